/* liaison-analysis.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-analysis"

#include "config.h"

#include "liaison-analysis.h"

struct _LiaisonAnalysis
{
  GObject                parent_instance;

  /* owned */
  LiaisonViewState      *state;
  LiaisonMetrics        *metrics;
  LiaisonEntityEncoding *encoding;
  GCancellable          *cancellable;
  LiaisonSubset         *base_subset;   /* the state's subset before ours: what is measured */
  LiaisonSubset         *own_subset;    /* the one we gave the state, or NULL */
  LiaisonSubset         *measured;      /* what the metrics measured; NULL: everything */

  LiaisonSizeBy          size_by;
  LiaisonColorBy         color_by;
  double                 progress;
  guint                  recompute_source;
  guint                  hidden_slots;  /* a bit a community colour slot */
  int                    piece;         /* the component shown alone, or -1 */
  gboolean               whole_dataset;
  gboolean               measured_whole;
  gboolean               applying;      /* while giving the state our subset */
};

enum {
  PROP_0,
  PROP_STATE,
  PROP_METRICS,
  PROP_COMPUTING,
  PROP_PROGRESS,
  PROP_WHOLE_DATASET,
  PROP_SIZE_BY,
  PROP_COLOR_BY,
  PROP_ENCODING,
  PROP_PIECE,
  N_PROPS
};

enum {
  COMMUNITIES_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonAnalysis, liaison_analysis, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_recompute (LiaisonAnalysis *self);

static void
update_encoding (LiaisonAnalysis *self)
{
  g_autoptr(LiaisonEntityEncoding) encoding = NULL;

  encoding = liaison_entity_encoding_new (self->metrics, self->size_by, self->color_by);
  if (liaison_entity_encoding_equal (encoding, self->encoding))
    return;

  g_set_object (&self->encoding, encoding);
  if (self->state != NULL)
    liaison_view_state_set_encoding (self->state, encoding);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);
}

static int
slot_of (LiaisonAnalysis *self,
         guint            entity)
{
  int community = liaison_metrics_get_community (self->metrics, entity);

  if (community < 0)
    return -1;
  return MIN (community, LIAISON_OTHER_COMMUNITY);
}

/* Gives the state the part of what is measured that the piece and the
 * communities switched on leave, or gives it back its own subset.
 */
static void
apply_own_subset (LiaisonAnalysis *self)
{
  g_autoptr(LiaisonSubset) subset = NULL;
  LiaisonDataset *dataset;

  if (self->state == NULL)
    return;

  dataset = liaison_view_state_get_dataset (self->state);
  if (self->metrics != NULL && (self->piece >= 0 || self->hidden_slots != 0))
    {
      subset = self->base_subset != NULL ? liaison_subset_copy (self->base_subset)
                                         : liaison_subset_new_full (liaison_dataset_get_n_entities (dataset),
                                                                    liaison_dataset_get_n_relations (dataset));
      for (guint i = liaison_subset_next_entity (subset, 0); i != LIAISON_SUBSET_END;
           i = liaison_subset_next_entity (subset, i + 1))
        {
          int slot;

          if (!liaison_metrics_contains (self->metrics, i))
            continue;
          slot = slot_of (self, i);
          if ((self->piece >= 0 && liaison_metrics_get_component (self->metrics, i) != self->piece) ||
              (slot >= 0 && (self->hidden_slots & (1u << slot)) != 0))
            liaison_subset_remove_entity (subset, i);
        }
    }
  else if (self->base_subset != NULL)
    subset = liaison_subset_ref (self->base_subset);

  g_clear_pointer (&self->own_subset, liaison_subset_unref);
  self->applying = TRUE;
  liaison_view_state_set_subset (self->state, subset);
  self->applying = FALSE;
  /* An equal subset leaves the state's own in place. */
  if (liaison_view_state_get_subset (self->state) != NULL && liaison_view_state_get_subset (self->state) != self->base_subset)
    self->own_subset = liaison_subset_ref (liaison_view_state_get_subset (self->state));
}

static void
reset_own_subset (LiaisonAnalysis *self)
{
  gboolean had_piece = self->piece >= 0;

  self->piece = -1;
  self->hidden_slots = 0;
  g_clear_pointer (&self->own_subset, liaison_subset_unref);
  if (had_piece)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIECE]);
  g_signal_emit (self, signals[COMMUNITIES_CHANGED], 0);
}

static void
visibility_changed_cb (LiaisonAnalysis *self)
{
  LiaisonSubset *subset = liaison_view_state_get_subset (self->state);

  if (self->applying)
    return;

  /* Someone else's subset (a focus, paths, an undo): it is what is
   * measured now, and our piece and communities no longer apply.
   */
  if (subset != self->own_subset || subset == NULL)
    {
      if (subset != self->base_subset)
        {
          g_clear_pointer (&self->base_subset, liaison_subset_unref);
          self->base_subset = subset != NULL ? liaison_subset_ref (subset) : NULL;
        }
      if (self->own_subset != NULL || self->piece >= 0 || self->hidden_slots != 0)
        reset_own_subset (self);
    }

  schedule_recompute (self);
}

typedef struct
{
  LiaisonAnalysis *self;
  GCancellable    *cancellable;
  LiaisonSubset   *measured;
  gboolean         whole;
} ComputeContext;

static void
compute_context_free (ComputeContext *context)
{
  g_clear_object (&context->self);
  g_clear_object (&context->cancellable);
  g_clear_pointer (&context->measured, liaison_subset_unref);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ComputeContext, compute_context_free)

static void
set_computing (LiaisonAnalysis *self,
               GCancellable    *cancellable)
{
  gboolean was = self->cancellable != NULL;

  g_set_object (&self->cancellable, cancellable);
  if (was != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTING]);
}

static void
compute_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ComputeContext) context = user_data;
  LiaisonAnalysis *self = context->self;
  g_autoptr(LiaisonMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;

  metrics = liaison_metrics_compute_finish (result, &error);

  /* A newer computation took this one's place. */
  if (context->cancellable != self->cancellable)
    return;

  set_computing (self, NULL);
  if (metrics == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not measure the graph: %s", error->message);
      return;
    }

  g_clear_pointer (&self->measured, liaison_subset_unref);
  self->measured = g_steal_pointer (&context->measured);
  self->measured_whole = context->whole;
  g_set_object (&self->metrics, metrics);

  /* Pieces and communities are numbered anew: the one shown alone, or
   * those switched off, may be others now.
   */
  if (self->piece >= 0 || self->hidden_slots != 0)
    {
      reset_own_subset (self);
      apply_own_subset (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRICS]);
  update_encoding (self);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  LiaisonAnalysis *self = user_data;

  self->progress = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/* What @state shows, as a subset, to tell whether it changed. */
static LiaisonSubset *
dup_visible (LiaisonViewState *state)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  guint n_relations = liaison_dataset_get_n_relations (dataset);
  LiaisonSubset *visible = liaison_subset_new (n_entities, n_relations);

  for (guint i = 0; i < n_entities; i++)
    if (liaison_view_state_is_entity_visible (state, i))
      liaison_subset_add_entity (visible, i);
  for (guint i = 0; i < n_relations; i++)
    if (liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, i)))
      liaison_subset_add_relation (visible, i);

  return visible;
}

static gboolean
recompute_cb (gpointer user_data)
{
  LiaisonAnalysis *self = user_data;
  g_autoptr(LiaisonViewState) input = NULL;
  g_autoptr(LiaisonSubset) visible = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  LiaisonProgress progress = { progress_cb, NULL, g_object_unref };
  ComputeContext *context;

  self->recompute_source = 0;
  if (self->state == NULL)
    return G_SOURCE_REMOVE;

  if (!self->whole_dataset)
    {
      input = liaison_view_state_copy_visibility (self->state);
      liaison_view_state_set_subset (input, self->base_subset);
      visible = dup_visible (input);
    }

  /* Sizes and colours change what is visible too, but not what is
   * measured.
   */
  if ((self->metrics != NULL || self->cancellable != NULL) && self->measured_whole == self->whole_dataset &&
      (self->whole_dataset || (self->measured != NULL && liaison_subset_equal (visible, self->measured))))
    return G_SOURCE_REMOVE;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  cancellable = g_cancellable_new ();
  set_computing (self, cancellable);
  self->progress = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);

  /* Counted as measured from now, so that a change back and forth
   * while this runs starts no second computation of the same.
   */
  g_clear_pointer (&self->measured, liaison_subset_unref);
  self->measured = visible != NULL ? liaison_subset_ref (visible) : NULL;
  self->measured_whole = self->whole_dataset;

  /* The computation frees it, whatever becomes of the analysis. */
  progress.data = g_object_ref (self);
  context = g_new0 (ComputeContext, 1);
  context->self = g_object_ref (self);
  context->cancellable = g_object_ref (cancellable);
  context->measured = g_steal_pointer (&visible);
  context->whole = self->whole_dataset;
  liaison_metrics_compute_async (liaison_view_state_get_dataset (self->state), input, LIAISON_METRICS_DEFAULT,
                                 cancellable, &progress, compute_cb, context);

  return G_SOURCE_REMOVE;
}

/* Changes of what is visible come in bursts (a legend switch, then the
 * sizes it brings): one computation for the lot.
 */
static void
schedule_recompute (LiaisonAnalysis *self)
{
  if (self->recompute_source != 0 || self->state == NULL)
    return;

  self->recompute_source = g_idle_add_full (G_PRIORITY_LOW, recompute_cb, g_object_ref (self), g_object_unref);
}

/* Measures again what is visible, even if it was measured already (after
 * a cancel).
 */
void
liaison_analysis_recompute (LiaisonAnalysis *self)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));

  self->measured_whole = !self->whole_dataset;
  g_clear_pointer (&self->measured, liaison_subset_unref);
  schedule_recompute (self);
}

void
liaison_analysis_cancel (LiaisonAnalysis *self)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* What was being measured was not. */
  self->measured_whole = !self->whole_dataset;
}

static void
liaison_analysis_dispose (GObject *object)
{
  LiaisonAnalysis *self = (LiaisonAnalysis *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->recompute_source, g_source_remove);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);
  g_clear_object (&self->metrics);
  g_clear_object (&self->encoding);
  g_clear_pointer (&self->base_subset, liaison_subset_unref);
  g_clear_pointer (&self->own_subset, liaison_subset_unref);
  g_clear_pointer (&self->measured, liaison_subset_unref);

  G_OBJECT_CLASS (liaison_analysis_parent_class)->dispose (object);
}

static void
liaison_analysis_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LiaisonAnalysis *self = LIAISON_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_METRICS:
      g_value_set_object (value, self->metrics);
      break;
    case PROP_COMPUTING:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_WHOLE_DATASET:
      g_value_set_boolean (value, self->whole_dataset);
      break;
    case PROP_SIZE_BY:
      g_value_set_uint (value, self->size_by);
      break;
    case PROP_COLOR_BY:
      g_value_set_uint (value, self->color_by);
      break;
    case PROP_ENCODING:
      g_value_set_object (value, self->encoding);
      break;
    case PROP_PIECE:
      g_value_set_int (value, self->piece);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_analysis_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LiaisonAnalysis *self = LIAISON_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_analysis_set_state (self, g_value_get_object (value));
      break;
    case PROP_WHOLE_DATASET:
      liaison_analysis_set_whole_dataset (self, g_value_get_boolean (value));
      break;
    case PROP_SIZE_BY:
      liaison_analysis_set_size_by (self, g_value_get_uint (value));
      break;
    case PROP_COLOR_BY:
      liaison_analysis_set_color_by (self, g_value_get_uint (value));
      break;
    case PROP_PIECE:
      liaison_analysis_set_piece (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_analysis_class_init (LiaisonAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_analysis_dispose;
  object_class->get_property = liaison_analysis_get_property;
  object_class->set_property = liaison_analysis_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METRICS] =
    g_param_spec_object ("metrics", NULL, NULL, LIAISON_TYPE_METRICS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPUTING] =
    g_param_spec_boolean ("computing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHOLE_DATASET] =
    g_param_spec_boolean ("whole-dataset", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE_BY] =
    g_param_spec_uint ("size-by", NULL, NULL, 0, LIAISON_N_SIZE_BY - 1, LIAISON_SIZE_BY_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_BY] =
    g_param_spec_uint ("color-by", NULL, NULL, 0, LIAISON_N_COLOR_BY - 1, LIAISON_COLOR_BY_TYPE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENCODING] =
    g_param_spec_object ("encoding", NULL, NULL, LIAISON_TYPE_ENTITY_ENCODING,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PIECE] =
    g_param_spec_int ("piece", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The communities switched on or off changed. */
  signals[COMMUNITIES_CHANGED] =
    g_signal_new ("communities-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
liaison_analysis_init (LiaisonAnalysis *self)
{
  self->piece = -1;
}

LiaisonAnalysis *
liaison_analysis_new (void)
{
  return g_object_new (LIAISON_TYPE_ANALYSIS, NULL);
}

LiaisonViewState *
liaison_analysis_get_state (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), NULL);

  return self->state;
}

void
liaison_analysis_set_state (LiaisonAnalysis  *self,
                            LiaisonViewState *state)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));
  g_return_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state));

  if (state == self->state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  set_computing (self, NULL);
  g_clear_handle_id (&self->recompute_source, g_source_remove);
  g_set_object (&self->state, state);
  g_clear_object (&self->metrics);
  g_clear_object (&self->encoding);
  g_clear_pointer (&self->base_subset, liaison_subset_unref);
  g_clear_pointer (&self->measured, liaison_subset_unref);
  reset_own_subset (self);

  if (state != NULL)
    {
      LiaisonSubset *subset = liaison_view_state_get_subset (state);

      self->base_subset = subset != NULL ? liaison_subset_ref (subset) : NULL;
      g_signal_connect_object (state, "visibility-changed", G_CALLBACK (visibility_changed_cb), self,
                               G_CONNECT_SWAPPED);
      update_encoding (self);
      schedule_recompute (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRICS]);
}

/* Returns: (transfer none) (nullable): the latest metrics, or NULL before
 * the first are ready.
 */
LiaisonMetrics *
liaison_analysis_get_metrics (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), NULL);

  return self->metrics;
}

gboolean
liaison_analysis_get_computing (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), FALSE);

  return self->cancellable != NULL;
}

double
liaison_analysis_get_progress (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), 0);

  return self->progress;
}

gboolean
liaison_analysis_get_whole_dataset (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), FALSE);

  return self->whole_dataset;
}

/* Measures every entity of the dataset, whatever the filters hide. */
void
liaison_analysis_set_whole_dataset (LiaisonAnalysis *self,
                                    gboolean         whole_dataset)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));

  whole_dataset = !!whole_dataset;
  if (whole_dataset == self->whole_dataset)
    return;

  self->whole_dataset = whole_dataset;
  /* Pieces and communities are numbered anew. */
  if (self->piece >= 0 || self->hidden_slots != 0)
    {
      reset_own_subset (self);
      apply_own_subset (self);
    }
  schedule_recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHOLE_DATASET]);
}

LiaisonSizeBy
liaison_analysis_get_size_by (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), LIAISON_SIZE_BY_NONE);

  return self->size_by;
}

void
liaison_analysis_set_size_by (LiaisonAnalysis *self,
                              LiaisonSizeBy    size_by)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));
  g_return_if_fail (size_by < LIAISON_N_SIZE_BY);

  if (size_by == self->size_by)
    return;

  self->size_by = size_by;
  update_encoding (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE_BY]);
}

LiaisonColorBy
liaison_analysis_get_color_by (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), LIAISON_COLOR_BY_TYPE);

  return self->color_by;
}

void
liaison_analysis_set_color_by (LiaisonAnalysis *self,
                               LiaisonColorBy   color_by)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));
  g_return_if_fail (color_by < LIAISON_N_COLOR_BY);

  if (color_by == self->color_by)
    return;

  self->color_by = color_by;
  update_encoding (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_BY]);
}

/* Returns: (transfer none) (nullable): how entities are drawn now. */
LiaisonEntityEncoding *
liaison_analysis_get_encoding (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), NULL);

  return self->encoding;
}

/* The connected piece shown alone (numbered by size, the largest 0), or
 * -1 when all are shown.
 */
int
liaison_analysis_get_piece (LiaisonAnalysis *self)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), -1);

  return self->piece;
}

void
liaison_analysis_set_piece (LiaisonAnalysis *self,
                            int              piece)
{
  g_return_if_fail (LIAISON_IS_ANALYSIS (self));

  if (piece < 0 || self->metrics == NULL || (guint) piece >= liaison_metrics_get_n_components (self->metrics))
    piece = -1;
  if (piece == self->piece)
    return;

  self->piece = piece;
  apply_own_subset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIECE]);
}

/* Whether the community colour slot @slot (LIAISON_OTHER_COMMUNITY for
 * every community past the palette) is switched on.
 */
gboolean
liaison_analysis_get_community_visible (LiaisonAnalysis *self,
                                        guint            slot)
{
  g_return_val_if_fail (LIAISON_IS_ANALYSIS (self), FALSE);
  g_return_val_if_fail (slot <= LIAISON_OTHER_COMMUNITY, FALSE);

  return (self->hidden_slots & (1u << slot)) == 0;
}

void
liaison_analysis_set_community_visible (LiaisonAnalysis *self,
                                        guint            slot,
                                        gboolean         visible)
{
  guint hidden;

  g_return_if_fail (LIAISON_IS_ANALYSIS (self));
  g_return_if_fail (slot <= LIAISON_OTHER_COMMUNITY);

  hidden = visible ? self->hidden_slots & ~(1u << slot) : self->hidden_slots | (1u << slot);
  if (hidden == self->hidden_slots)
    return;

  self->hidden_slots = hidden;
  apply_own_subset (self);
  g_signal_emit (self, signals[COMMUNITIES_CHANGED], 0);
}

/* liaison-view-history.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-view-history"

#include "config.h"

#include "liaison-view-carry.h"
#include "liaison-view-history.h"

/* Undo and redo of what a view state shows. The history listens to the
 * state rather than being told: the legend's type switches, the sources
 * panel's source and publisher switches, a timeline's
 * range and the window's focus all change the state their own way, and
 * every one of them is undone alike. A visibility step keeps the state as
 * it was before and after, as copies that share the (read-only) subsets,
 * so a step costs a few small hash tables, not a copy of the dataset.
 *
 * The history hears of a change after everyone else has, so that what
 * others change in answer (the paths panel finding its paths again within
 * a new filter) is part of the same step: one undo takes back the filter
 * and the paths, never one without the other.
 */

typedef enum
{
  ASPECT_TYPES  = 1 << 0,
  ASPECT_DATES  = 1 << 1,
  ASPECT_SUBSET = 1 << 2,
  ASPECT_SOURCES = 1 << 3,
} Aspects;

typedef struct
{
  const LiaisonViewChangeFuncs *funcs;
  gpointer                      data;
} Change;

typedef struct
{
  GArray  *changes;   /* Change, in the order they were made */
  gint64   time;      /* when its last change was made */
  Aspects  aspects;   /* of a visibility step, what it changed */
} Step;

typedef struct
{
  LiaisonViewState *before;
  LiaisonViewState *after;
} VisibilityChange;

struct _LiaisonViewHistory
{
  GObject           parent_instance;

  LiaisonViewState *state;
  LiaisonViewState *current;     /* what the last recorded step left */
  GPtrArray        *undo;        /* Step, oldest first */
  GPtrArray        *redo;        /* Step, the next to redo last */
  Step             *group;       /* being gathered, or NULL */
  guint             group_depth;
  gboolean          applying;    /* an undo or redo is changing the state */
  gint64          (*clock) (void);
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonViewHistory, liaison_view_history, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Puts back on @state what @snapshot shows. Each setter reports only a
 * real change, so an undo of a focus relays the graph out once.
 */
static void
restore_visibility (LiaisonViewState *state,
                    LiaisonViewState *snapshot)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  g_autoptr(GHashTable) publishers = NULL;
  LiaisonDateRange range;

  for (guint i = 0; i < liaison_dataset_get_n_entity_types (dataset); i++)
    {
      const char *id = liaison_dataset_get_entity_type (dataset, i)->id;

      liaison_view_state_set_entity_type_visible (state, id,
                                                  liaison_view_state_get_entity_type_visible (snapshot, id));
    }
  for (guint i = 0; i < liaison_dataset_get_n_relation_types (dataset); i++)
    {
      const char *id = liaison_dataset_get_relation_type (dataset, i)->id;

      liaison_view_state_set_relation_type_visible (state, id,
                                                    liaison_view_state_get_relation_type_visible (snapshot, id));
    }
  /* Each publisher once: setting one looks through every source. */
  publishers = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      liaison_view_state_set_source_visible (state, source->id,
                                             liaison_view_state_get_source_visible (snapshot, source->id));
      if (source->publisher != NULL && g_hash_table_add (publishers, (gpointer) source->publisher))
        liaison_view_state_set_publisher_visible (state, source->publisher,
                                                  liaison_view_state_get_publisher_visible (snapshot, source->publisher));
    }
  liaison_view_state_get_date_range (snapshot, &range);
  liaison_view_state_set_date_range (state, &range);
  liaison_view_state_set_subset (state, liaison_view_state_get_subset (snapshot));
}

static Aspects
compare_visibility (LiaisonViewState *a,
                    LiaisonViewState *b)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (a);
  LiaisonDateRange range_a, range_b;
  LiaisonSubset *subset_a, *subset_b;
  Aspects aspects = 0;

  for (guint i = 0; i < liaison_dataset_get_n_entity_types (dataset) && !(aspects & ASPECT_TYPES); i++)
    {
      const char *id = liaison_dataset_get_entity_type (dataset, i)->id;

      if (liaison_view_state_get_entity_type_visible (a, id) != liaison_view_state_get_entity_type_visible (b, id))
        aspects |= ASPECT_TYPES;
    }
  for (guint i = 0; i < liaison_dataset_get_n_relation_types (dataset) && !(aspects & ASPECT_TYPES); i++)
    {
      const char *id = liaison_dataset_get_relation_type (dataset, i)->id;

      if (liaison_view_state_get_relation_type_visible (a, id) != liaison_view_state_get_relation_type_visible (b, id))
        aspects |= ASPECT_TYPES;
    }

  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset) && !(aspects & ASPECT_SOURCES); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      if (liaison_view_state_get_source_visible (a, source->id) != liaison_view_state_get_source_visible (b, source->id) ||
          (source->publisher != NULL &&
           liaison_view_state_get_publisher_visible (a, source->publisher) !=
             liaison_view_state_get_publisher_visible (b, source->publisher)))
        aspects |= ASPECT_SOURCES;
    }

  liaison_view_state_get_date_range (a, &range_a);
  liaison_view_state_get_date_range (b, &range_b);
  if (!liaison_date_range_equal (&range_a, &range_b))
    aspects |= ASPECT_DATES;

  subset_a = liaison_view_state_get_subset (a);
  subset_b = liaison_view_state_get_subset (b);
  if (subset_a != subset_b &&
      (subset_a == NULL || subset_b == NULL || !liaison_subset_equal (subset_a, subset_b)))
    aspects |= ASPECT_SUBSET;

  return aspects;
}

static void
visibility_undo (gpointer          data,
                 LiaisonViewState *state)
{
  restore_visibility (state, ((VisibilityChange *) data)->before);
}

static void
visibility_redo (gpointer          data,
                 LiaisonViewState *state)
{
  restore_visibility (state, ((VisibilityChange *) data)->after);
}

static void
visibility_change_free (gpointer data)
{
  VisibilityChange *change = data;

  g_clear_object (&change->before);
  g_clear_object (&change->after);
  g_free (change);
}

static const LiaisonViewChangeFuncs visibility_funcs = {
  visibility_undo,
  visibility_redo,
  visibility_change_free,
};

static void
change_clear (gpointer data)
{
  Change *change = data;

  if (change->funcs->free != NULL)
    change->funcs->free (change->data);
}

static Step *
step_new (gint64 time)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (step->changes, change_clear);
  step->time = time;

  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_array_unref (step->changes);
  g_free (step);
}

static void
step_append (Step                         *step,
             const LiaisonViewChangeFuncs *funcs,
             gpointer                      data)
{
  Change change = { funcs, data };

  g_array_append_val (step->changes, change);
}

static void
notify_after (LiaisonViewHistory *self,
              gboolean            could_undo,
              gboolean            could_redo)
{
  if (could_undo != liaison_view_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != liaison_view_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* A new step: what was undone can no longer be redone. */
static void
push_step (LiaisonViewHistory *self,
           Step               *step)
{
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, step);
  if (self->undo->len > LIAISON_VIEW_HISTORY_MAX_STEPS)
    g_ptr_array_remove_index (self->undo, 0);
}

/* Another change of the dates made just after the last one, which
 * changed only the dates too, belongs to its step. Either may have
 * changed the explored part too, when it follows the dates (paths found
 * again within the new range).
 */
static gboolean
merge_dates (LiaisonViewHistory *self,
             LiaisonViewState   *after,
             Aspects             aspects,
             gint64              now)
{
  Step *top;
  VisibilityChange *last;
  Change *change;

  if (!(aspects & ASPECT_DATES) || (aspects & ~(ASPECT_DATES | ASPECT_SUBSET)) || self->undo->len == 0)
    return FALSE;

  top = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (!(top->aspects & ASPECT_DATES) || (top->aspects & ~(ASPECT_DATES | ASPECT_SUBSET)) ||
      top->changes->len != 1 || now - top->time >= LIAISON_VIEW_HISTORY_MERGE_USEC)
    return FALSE;

  change = &g_array_index (top->changes, Change, 0);
  g_assert (change->funcs == &visibility_funcs);
  last = change->data;
  g_set_object (&last->after, after);
  top->time = now;
  top->aspects |= aspects;
  g_ptr_array_set_size (self->redo, 0);

  /* Dragged back to where it started: nothing left to undo. */
  if (compare_visibility (last->before, last->after) == 0)
    g_ptr_array_remove_index (self->undo, self->undo->len - 1);

  return TRUE;
}

static void
visibility_changed_cb (LiaisonViewHistory *self,
                       LiaisonViewState   *state)
{
  gboolean could_undo = liaison_view_history_can_undo (self);
  gboolean could_redo = liaison_view_history_can_redo (self);
  g_autoptr(LiaisonViewState) after = NULL;
  VisibilityChange *change;
  Aspects aspects;
  gint64 now;

  if (self->applying)
    return;

  after = liaison_view_state_copy_visibility (state);
  aspects = compare_visibility (self->current, after);
  /* Something the history does not keep (how entities are drawn, say). */
  if (aspects == 0)
    {
      g_set_object (&self->current, after);
      return;
    }

  now = self->clock ();
  if (self->group == NULL && merge_dates (self, after, aspects, now))
    {
      g_set_object (&self->current, after);
      notify_after (self, could_undo, could_redo);
      return;
    }

  change = g_new0 (VisibilityChange, 1);
  change->before = g_object_ref (self->current);
  change->after = g_object_ref (after);
  g_set_object (&self->current, after);

  if (self->group != NULL)
    {
      step_append (self->group, &visibility_funcs, change);
      self->group->aspects |= aspects;
      return;
    }

  {
    Step *step = step_new (now);

    step_append (step, &visibility_funcs, change);
    step->aspects = aspects;
    push_step (self, step);
  }
  notify_after (self, could_undo, could_redo);
}

static void
liaison_view_history_dispose (GObject *object)
{
  LiaisonViewHistory *self = (LiaisonViewHistory *)object;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (liaison_view_history_parent_class)->dispose (object);
}

static void
liaison_view_history_finalize (GObject *object)
{
  LiaisonViewHistory *self = (LiaisonViewHistory *)object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);

  G_OBJECT_CLASS (liaison_view_history_parent_class)->finalize (object);
}

static void
liaison_view_history_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiaisonViewHistory *self = LIAISON_VIEW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, liaison_view_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, liaison_view_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_view_history_class_init (LiaisonViewHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_view_history_dispose;
  object_class->finalize = liaison_view_history_finalize;
  object_class->get_property = liaison_view_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_view_history_init (LiaisonViewHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->clock = g_get_monotonic_time;
}

/* Returns: (transfer full): a history of @state from now on. */
LiaisonViewHistory *
liaison_view_history_new (LiaisonViewState *state)
{
  LiaisonViewHistory *self;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), NULL);

  self = g_object_new (LIAISON_TYPE_VIEW_HISTORY, NULL);
  self->state = g_object_ref (state);
  self->current = liaison_view_state_copy_visibility (state);
  g_signal_connect_object (state, "visibility-changed", G_CALLBACK (visibility_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  return self;
}

LiaisonViewState *
liaison_view_history_get_state (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), NULL);

  return self->state;
}

gboolean
liaison_view_history_can_undo (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), FALSE);

  return self->undo->len > 0;
}

gboolean
liaison_view_history_can_redo (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), FALSE);

  return self->redo->len > 0;
}

guint
liaison_view_history_get_n_undo (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), 0);

  return self->undo->len;
}

guint
liaison_view_history_get_n_redo (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), 0);

  return self->redo->len;
}

/* Moves the last step of @from to @to, undoing or redoing it on the way. */
static gboolean
replay (LiaisonViewHistory *self,
        GPtrArray          *from,
        GPtrArray          *to,
        gboolean            undo)
{
  gboolean could_undo = liaison_view_history_can_undo (self);
  gboolean could_redo = liaison_view_history_can_redo (self);
  Step *step;

  g_return_val_if_fail (self->group == NULL, FALSE);

  if (from->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);

  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = &g_array_index (step->changes, Change, undo ? step->changes->len - 1 - i : i);

      if (undo)
        change->funcs->undo (change->data, self->state);
      else
        change->funcs->redo (change->data, self->state);
    }
  self->applying = FALSE;

  g_clear_object (&self->current);
  self->current = liaison_view_state_copy_visibility (self->state);
  /* An undone step never merges with the next change. */
  step->time = G_MININT64 / 2;
  g_ptr_array_add (to, step);

  notify_after (self, could_undo, could_redo);
  return TRUE;
}

/* Returns: FALSE when there was nothing to undo. */
gboolean
liaison_view_history_undo (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), FALSE);

  return replay (self, self->undo, self->redo, TRUE);
}

/* Returns: FALSE when there was nothing to redo. */
gboolean
liaison_view_history_redo (LiaisonViewHistory *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), FALSE);

  return replay (self, self->redo, self->undo, FALSE);
}

/* Until the matching end_group(), every change is part of one step:
 * showing a hidden search result may switch its type back on and add it
 * to the focus, and one undo takes both back. Groups nest.
 */
void
liaison_view_history_begin_group (LiaisonViewHistory *self)
{
  g_return_if_fail (LIAISON_IS_VIEW_HISTORY (self));

  if (self->group_depth++ == 0)
    self->group = step_new (self->clock ());
}

/* Returns: TRUE when the outermost group ends having changed something. */
gboolean
liaison_view_history_end_group (LiaisonViewHistory *self)
{
  gboolean could_undo, could_redo;
  Step *group;

  g_return_val_if_fail (LIAISON_IS_VIEW_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth > 0, FALSE);

  if (--self->group_depth > 0)
    return FALSE;

  group = g_steal_pointer (&self->group);
  if (group->changes->len == 0)
    {
      step_free (group);
      return FALSE;
    }

  could_undo = liaison_view_history_can_undo (self);
  could_redo = liaison_view_history_can_redo (self);
  group->time = self->clock ();
  push_step (self, group);
  notify_after (self, could_undo, could_redo);
  return TRUE;
}

/* Records a change already made to something the history does not watch
 * by itself: @funcs undo and redo it with @data, which the history owns
 * from now on.
 */
void
liaison_view_history_push (LiaisonViewHistory           *self,
                           const LiaisonViewChangeFuncs *funcs,
                           gpointer                      data)
{
  gboolean could_undo, could_redo;
  Step *step;

  g_return_if_fail (LIAISON_IS_VIEW_HISTORY (self));
  g_return_if_fail (funcs != NULL && funcs->undo != NULL && funcs->redo != NULL);

  if (self->group != NULL)
    {
      step_append (self->group, funcs, data);
      return;
    }

  could_undo = liaison_view_history_can_undo (self);
  could_redo = liaison_view_history_can_redo (self);
  step = step_new (self->clock ());
  step_append (step, funcs, data);
  push_step (self, step);
  notify_after (self, could_undo, could_redo);
}

/* Forgets every step; what the state shows now is where it starts. */
void
liaison_view_history_clear (LiaisonViewHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (LIAISON_IS_VIEW_HISTORY (self));

  could_undo = liaison_view_history_can_undo (self);
  could_redo = liaison_view_history_can_redo (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_clear_object (&self->current);
  self->current = liaison_view_state_copy_visibility (self->state);
  notify_after (self, could_undo, could_redo);
}

void
liaison_view_history_set_clock (LiaisonViewHistory *self,
                                gint64            (*clock) (void))
{
  g_return_if_fail (LIAISON_IS_VIEW_HISTORY (self));

  self->clock = clock != NULL ? clock : g_get_monotonic_time;
}

/* A change of what is shown, carried by ids to another version of the
 * dataset; NULL when, there, it no longer changes anything (a focus on an
 * entity that is gone, a type no longer used).
 */
static VisibilityChange *
carry_visibility_change (VisibilityChange *change,
                         LiaisonDataset   *dataset)
{
  g_autoptr(LiaisonViewState) before = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewState) after = liaison_view_state_new (dataset);
  VisibilityChange *carried;

  liaison_view_state_carry_visibility (change->before, before);
  liaison_view_state_carry_visibility (change->after, after);
  if (compare_visibility (before, after) == 0)
    return NULL;

  carried = g_new0 (VisibilityChange, 1);
  carried->before = g_steal_pointer (&before);
  carried->after = g_steal_pointer (&after);
  return carried;
}

/* A step goes over change by change, less what no longer changes
 * anything; a step holding a change that cannot go over (one pushed
 * without a carry function) does not go at all.
 */
static Step *
carry_step (Step           *step,
            LiaisonDataset *from,
            LiaisonDataset *dataset)
{
  Step *carried = step_new (G_MININT64 / 2);

  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = &g_array_index (step->changes, Change, i);
      VisibilityChange *visibility;

      if (change->funcs != &visibility_funcs)
        {
          gpointer data;

          if (change->funcs->carry == NULL)
            {
              step_free (carried);
              return NULL;
            }
          data = change->funcs->carry (change->data, from, dataset);
          if (data != NULL)
            step_append (carried, change->funcs, data);
          continue;
        }
      visibility = carry_visibility_change (change->data, dataset);
      if (visibility == NULL)
        continue;
      carried->aspects |= compare_visibility (visibility->before, visibility->after);
      step_append (carried, &visibility_funcs, visibility);
    }

  if (carried->changes->len == 0)
    {
      step_free (carried);
      return NULL;
    }
  return carried;
}

/* When the dataset is read again: @to, the history of the new version's
 * state, takes over @from's steps, carried by ids as the view is, so that
 * Undo goes on where it was. Whatever @to had recorded (the view being
 * carried over) is forgotten. Each step puts back a whole state, so one
 * dropped in between is undone together with the one before it.
 */
void
liaison_view_history_carry_over (LiaisonViewHistory *from,
                                 LiaisonViewHistory *to)
{
  LiaisonDataset *from_dataset;
  LiaisonDataset *dataset;
  gboolean could_undo, could_redo;

  g_return_if_fail (LIAISON_IS_VIEW_HISTORY (from));
  g_return_if_fail (LIAISON_IS_VIEW_HISTORY (to));
  g_return_if_fail (to->group == NULL);

  could_undo = liaison_view_history_can_undo (to);
  could_redo = liaison_view_history_can_redo (to);
  from_dataset = liaison_view_state_get_dataset (from->state);
  dataset = liaison_view_state_get_dataset (to->state);

  g_ptr_array_set_size (to->undo, 0);
  g_ptr_array_set_size (to->redo, 0);
  for (guint i = 0; i < from->undo->len; i++)
    {
      Step *step = carry_step (g_ptr_array_index (from->undo, i), from_dataset, dataset);

      if (step != NULL)
        g_ptr_array_add (to->undo, step);
    }
  for (guint i = 0; i < from->redo->len; i++)
    {
      Step *step = carry_step (g_ptr_array_index (from->redo, i), from_dataset, dataset);

      if (step != NULL)
        g_ptr_array_add (to->redo, step);
    }

  g_clear_object (&to->current);
  to->current = liaison_view_state_copy_visibility (to->state);
  notify_after (to, could_undo, could_redo);
}

/* liaison-view-state.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-view-state"

#include "config.h"

#include <string.h>

#include "liaison-entity-encoding.h"
#include "liaison-notes.h"
#include "liaison-search-notes.h"
#include "liaison-view-state.h"

struct _LiaisonViewState
{
  GObject         parent_instance;

  LiaisonDataset *dataset;
  GHashTable     *hidden_entity_types;    /* type id strings owned by the dataset */
  GHashTable     *hidden_relation_types;
  GHashTable     *hidden_sources;         /* source ids owned by the dataset */
  GHashTable     *hidden_publishers;      /* publishers, the dataset's strings */
  LiaisonDateRange date_range;
  LiaisonSubset  *subset;                 /* what an exploration shows, or NULL */
  GObject        *encoding;               /* a LiaisonEntityEncoding, or NULL */

  gboolean        has_selection;
  LiaisonElementKind selection_kind;
  guint           selection_index;

  char           *search;                 /* as typed, stripped */
  GArray         *matches;                /* entity indices, in dataset order */
  guint8         *is_match;               /* one a entity, when searching */
  LiaisonSearchIndex   *search_index;     /* once built, or NULL */
  LiaisonSearchResults *search_results;   /* what the index found, or NULL */

  LiaisonNotes   *notes;                  /* the user's notes, never NULL */
  LiaisonSearchNotes *search_notes;       /* the notes folded for searching, or NULL */
  gboolean        search_notes_stale;
};

enum {
  VISIBILITY_CHANGED,
  SELECTION_CHANGED,
  SEARCH_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonViewState, liaison_view_state, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static void find_matches (LiaisonViewState *self);

static void
liaison_view_state_finalize (GObject *object)
{
  LiaisonViewState *self = (LiaisonViewState *)object;

  g_clear_pointer (&self->hidden_entity_types, g_hash_table_unref);
  g_clear_pointer (&self->hidden_relation_types, g_hash_table_unref);
  g_clear_pointer (&self->hidden_sources, g_hash_table_unref);
  g_clear_pointer (&self->hidden_publishers, g_hash_table_unref);
  g_clear_pointer (&self->subset, liaison_subset_unref);
  g_clear_object (&self->encoding);
  g_clear_object (&self->notes);
  g_clear_pointer (&self->search_notes, liaison_search_notes_free);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->is_match, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->search_results, liaison_search_results_free);
  g_clear_pointer (&self->search_index, liaison_search_index_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (liaison_view_state_parent_class)->finalize (object);
}

static void
liaison_view_state_class_init (LiaisonViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_view_state_finalize;

  signals[VISIBILITY_CHANGED] =
    g_signal_new ("visibility-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SEARCH_CHANGED] =
    g_signal_new ("search-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/* A note written while a search is on may be what it looks for: the
 * results follow. The notes are folded again only when searched.
 */
static void
notes_changed_cb (LiaisonViewState *self)
{
  self->search_notes_stale = TRUE;

  if (self->search != NULL && self->search_index != NULL)
    {
      find_matches (self);
      g_signal_emit (self, signals[SEARCH_CHANGED], 0);
    }
}

static void
liaison_view_state_init (LiaisonViewState *self)
{
  self->hidden_entity_types = g_hash_table_new (g_str_hash, g_str_equal);
  self->hidden_relation_types = g_hash_table_new (g_str_hash, g_str_equal);
  self->hidden_sources = g_hash_table_new (g_str_hash, g_str_equal);
  self->hidden_publishers = g_hash_table_new (g_str_hash, g_str_equal);
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->notes = liaison_notes_new ();
  g_signal_connect_swapped (self->notes, "changed", G_CALLBACK (notes_changed_cb), self);
  liaison_date_range_init (&self->date_range);
}

LiaisonViewState *
liaison_view_state_new (LiaisonDataset *dataset)
{
  LiaisonViewState *self;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  self = g_object_new (LIAISON_TYPE_VIEW_STATE, NULL);
  self->dataset = g_object_ref (dataset);

  return self;
}

/* The keys are the dataset's strings, which both states share. */
static void
copy_keys (GHashTable *from,
           GHashTable *to)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (to, key);
}

/* Returns: (transfer full): a state that shows what @self shows, with
 * nothing selected or searched, for work on another thread while @self
 * goes on changing on this one. The notes stay behind: they change on
 * this thread at any keystroke and nothing that works on a copy (layout,
 * metrics, export) reads them.
 */
LiaisonViewState *
liaison_view_state_copy_visibility (LiaisonViewState *self)
{
  LiaisonViewState *copy;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  copy = liaison_view_state_new (self->dataset);
  copy_keys (self->hidden_entity_types, copy->hidden_entity_types);
  copy_keys (self->hidden_relation_types, copy->hidden_relation_types);
  copy_keys (self->hidden_sources, copy->hidden_sources);
  copy_keys (self->hidden_publishers, copy->hidden_publishers);
  copy->date_range = self->date_range;
  /* Read only once shown, so the copy can share it. */
  copy->subset = self->subset != NULL ? liaison_subset_ref (self->subset) : NULL;
  /* Immutable, so shared too. */
  g_set_object (&copy->encoding, self->encoding);

  return copy;
}

LiaisonDataset *
liaison_view_state_get_dataset (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->dataset;
}

static gboolean
set_type_visible (LiaisonViewState       *self,
                  GHashTable             *hidden,
                  const LiaisonTypeStyle *style,
                  gboolean                visible)
{
  gboolean changed;

  if (style == NULL)
    return FALSE;

  /* Keys are the dataset's own strings, which live as long as it does. */
  if (visible)
    changed = g_hash_table_remove (hidden, style->id);
  else
    changed = g_hash_table_add (hidden, (gpointer) style->id);

  if (changed)
    g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);

  return changed;
}

gboolean
liaison_view_state_get_entity_type_visible (LiaisonViewState *self,
                                            const char       *type)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  return !g_hash_table_contains (self->hidden_entity_types, type);
}

void
liaison_view_state_set_entity_type_visible (LiaisonViewState *self,
                                            const char       *type,
                                            gboolean          visible)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (type != NULL);

  set_type_visible (self, self->hidden_entity_types,
                    liaison_dataset_lookup_entity_type (self->dataset, type), visible);
}

gboolean
liaison_view_state_get_relation_type_visible (LiaisonViewState *self,
                                              const char       *type)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  return !g_hash_table_contains (self->hidden_relation_types, type);
}

void
liaison_view_state_set_relation_type_visible (LiaisonViewState *self,
                                              const char       *type,
                                              gboolean          visible)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (type != NULL);

  set_type_visible (self, self->hidden_relation_types,
                    liaison_dataset_lookup_relation_type (self->dataset, type), visible);
}

void
liaison_view_state_get_date_range (LiaisonViewState *self,
                                   LiaisonDateRange *range)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (range != NULL);

  *range = self->date_range;
}

/* Relations dated outside @range leave the view; entities stay. */
void
liaison_view_state_set_date_range (LiaisonViewState       *self,
                                   const LiaisonDateRange *range)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (range != NULL);

  if (liaison_date_range_equal (&self->date_range, range))
    return;

  self->date_range = *range;
  g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);
}

/* Asked for every entity and relation of a graph being built: with no
 * type hidden, no type's id is hashed.
 */
static gboolean
entity_passes_filters (LiaisonViewState *self,
                       guint             entity_index)
{
  const char *type;

  if (g_hash_table_size (self->hidden_entity_types) == 0)
    return TRUE;

  type = liaison_entity_get_entity_type (liaison_dataset_get_entity (self->dataset, entity_index));
  return type == NULL || !g_hash_table_contains (self->hidden_entity_types, type);
}

static gboolean
is_filtering_sources (LiaisonViewState *self)
{
  return g_hash_table_size (self->hidden_sources) > 0 || g_hash_table_size (self->hidden_publishers) > 0;
}

static gboolean
source_passes_filters (LiaisonViewState *self,
                       const char       *source_id)
{
  const LiaisonSource *source;

  if (g_hash_table_contains (self->hidden_sources, source_id))
    return FALSE;
  if (g_hash_table_size (self->hidden_publishers) == 0)
    return TRUE;

  source = liaison_dataset_lookup_source (self->dataset, source_id);
  return source == NULL || source->publisher == NULL ||
         !g_hash_table_contains (self->hidden_publishers, source->publisher);
}

/* A relation stays while one of its evidence items cites a source that is
 * switched on, of a publisher that is switched on: a claim two articles
 * make is still made when one of them is set aside. A relation that cites
 * no source at all has nothing to switch off, and stays. Evidence without
 * a source neither keeps nor hides a relation that also cites sources.
 */
static gboolean
evidence_passes_filters (LiaisonViewState      *self,
                         const LiaisonEvidence *evidence,
                         guint                  n_evidence)
{
  gboolean cites = FALSE;

  for (guint i = 0; i < n_evidence; i++)
    {
      if (evidence[i].source == NULL)
        continue;
      if (source_passes_filters (self, evidence[i].source))
        return TRUE;
      cites = TRUE;
    }

  return !cites;
}

static gboolean
relation_passes_filters (LiaisonViewState      *self,
                         const LiaisonRelation *relation)
{
  if (relation->type != NULL && g_hash_table_size (self->hidden_relation_types) > 0 &&
      g_hash_table_contains (self->hidden_relation_types, relation->type))
    return FALSE;

  if (is_filtering_sources (self) &&
      !evidence_passes_filters (self, relation->evidence, relation->n_evidence))
    return FALSE;

  return liaison_date_range_contains (&self->date_range, relation->date) &&
         entity_passes_filters (self, relation->from) && entity_passes_filters (self, relation->to);
}

/* Returns: (transfer full): what the type and date filters let through,
 * whatever is explored: where a focus or a path search walks.
 */
LiaisonSubset *
liaison_view_state_dup_filtered (LiaisonViewState *self)
{
  LiaisonSubset *filtered;
  guint n_entities, n_relations;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  n_entities = liaison_dataset_get_n_entities (self->dataset);
  n_relations = liaison_dataset_get_n_relations (self->dataset);
  filtered = liaison_subset_new_full (n_entities, n_relations);

  if (g_hash_table_size (self->hidden_entity_types) > 0)
    for (guint i = 0; i < n_entities; i++)
      if (!entity_passes_filters (self, i))
        liaison_subset_remove_entity (filtered, i);

  if (g_hash_table_size (self->hidden_entity_types) > 0 || g_hash_table_size (self->hidden_relation_types) > 0 ||
      is_filtering_sources (self) || !liaison_date_range_is_everything (&self->date_range))
    for (guint i = 0; i < n_relations; i++)
      if (!relation_passes_filters (self, liaison_dataset_get_relation (self->dataset, i)))
        liaison_subset_remove_relation (filtered, i);

  return filtered;
}

/* Returns: (transfer none) (nullable): what an exploration shows, or NULL
 * when it shows everything the filters let through.
 */
LiaisonSubset *
liaison_view_state_get_subset (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->subset;
}

/* Shows only @subset (NULL: everything) of what the filters let through:
 * the filters still apply, so a stale subset never brings back what they
 * hide. @subset is read only from now on.
 */
void
liaison_view_state_set_subset (LiaisonViewState *self,
                               LiaisonSubset    *subset)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (subset == NULL ||
                    (liaison_subset_get_entity_capacity (subset) == liaison_dataset_get_n_entities (self->dataset) &&
                     liaison_subset_get_relation_capacity (subset) == liaison_dataset_get_n_relations (self->dataset)));

  if (subset == self->subset ||
      (subset != NULL && self->subset != NULL && liaison_subset_equal (subset, self->subset)))
    return;

  g_clear_pointer (&self->subset, liaison_subset_unref);
  self->subset = subset != NULL ? liaison_subset_ref (subset) : NULL;
  g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);
}

gboolean
liaison_view_state_is_entity_visible (LiaisonViewState *self,
                                      guint             entity_index)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);

  /* The subset first: a focus leaves out nearly everything, cheaply. */
  if (self->subset != NULL && !liaison_subset_has_entity (self->subset, entity_index))
    return FALSE;

  return entity_passes_filters (self, entity_index);
}

/* A relation shows when its type is on, its date in the range, a source
 * it cites is on (or it cites none), both its ends show, and an
 * exploration, if any, holds it.
 */
gboolean
liaison_view_state_is_relation_visible (LiaisonViewState      *self,
                                        const LiaisonRelation *relation)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (relation != NULL, FALSE);

  if (self->subset != NULL &&
      (!liaison_subset_has_relation (self->subset, relation->index) ||
       !liaison_subset_has_entity (self->subset, relation->from) ||
       !liaison_subset_has_entity (self->subset, relation->to)))
    return FALSE;

  return relation_passes_filters (self, relation);
}

gboolean
liaison_view_state_get_source_visible (LiaisonViewState *self,
                                       const char       *source_id)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (source_id != NULL, FALSE);

  return !g_hash_table_contains (self->hidden_sources, source_id);
}

/* Entities stay, as they do for the date filter: the graph view dims an
 * entity left without a visible relation. An unknown id changes nothing.
 */
void
liaison_view_state_set_source_visible (LiaisonViewState *self,
                                       const char       *source_id,
                                       gboolean          visible)
{
  const LiaisonSource *source;
  gboolean changed;

  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (source_id != NULL);

  source = liaison_dataset_lookup_source (self->dataset, source_id);
  if (source == NULL)
    return;

  if (visible)
    changed = g_hash_table_remove (self->hidden_sources, source->id);
  else
    changed = g_hash_table_add (self->hidden_sources, (gpointer) source->id);

  if (changed)
    g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);
}

gboolean
liaison_view_state_get_publisher_visible (LiaisonViewState *self,
                                          const char       *publisher)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (publisher != NULL, FALSE);

  return !g_hash_table_contains (self->hidden_publishers, publisher);
}

/* Switches off every source @publisher published at once, whatever each
 * source's own switch says. A publisher no source names changes nothing.
 */
void
liaison_view_state_set_publisher_visible (LiaisonViewState *self,
                                          const char       *publisher,
                                          gboolean          visible)
{
  const char *owned = NULL;
  gboolean changed;

  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (publisher != NULL);

  for (guint i = 0; i < liaison_dataset_get_n_sources (self->dataset) && owned == NULL; i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (self->dataset, i);

      if (g_strcmp0 (source->publisher, publisher) == 0)
        owned = source->publisher;
    }
  if (owned == NULL)
    return;

  if (visible)
    changed = g_hash_table_remove (self->hidden_publishers, owned);
  else
    changed = g_hash_table_add (self->hidden_publishers, (gpointer) owned);

  if (changed)
    g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);
}

/* Returns: (transfer none) (nullable): how entities are sized and
 * coloured by their metrics, or NULL: by type, all at one size.
 */
LiaisonEntityEncoding *
liaison_view_state_get_encoding (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return (LiaisonEntityEncoding *) self->encoding;
}

/* Sizes change the layout, so a new encoding is a change of what is
 * visible; an equal one (liaison_entity_encoding_equal) is none.
 */
void
liaison_view_state_set_encoding (LiaisonViewState      *self,
                                 LiaisonEntityEncoding *encoding)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (encoding == NULL || G_IS_OBJECT (encoding));

  if (liaison_entity_encoding_equal ((LiaisonEntityEncoding *) self->encoding, encoding))
    return;

  g_set_object (&self->encoding, (GObject *) encoding);
  g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);
}

gboolean
liaison_view_state_is_everything_visible (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);

  return g_hash_table_size (self->hidden_entity_types) == 0 &&
         g_hash_table_size (self->hidden_relation_types) == 0 &&
         !is_filtering_sources (self) &&
         liaison_date_range_is_everything (&self->date_range) &&
         self->subset == NULL;
}

void
liaison_view_state_select (LiaisonViewState   *self,
                           LiaisonElementKind  kind,
                           guint               index)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (index < (kind == LIAISON_ELEMENT_ENTITY ? liaison_dataset_get_n_entities (self->dataset)
                                                             : liaison_dataset_get_n_relations (self->dataset)));

  if (self->has_selection && self->selection_kind == kind && self->selection_index == index)
    return;

  self->has_selection = TRUE;
  self->selection_kind = kind;
  self->selection_index = index;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
liaison_view_state_clear_selection (LiaisonViewState *self)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));

  if (!self->has_selection)
    return;

  self->has_selection = FALSE;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

gboolean
liaison_view_state_get_selection (LiaisonViewState   *self,
                                  LiaisonElementKind *kind,
                                  guint              *index)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);

  if (!self->has_selection)
    return FALSE;

  if (kind != NULL)
    *kind = self->selection_kind;
  if (index != NULL)
    *index = self->selection_index;
  return TRUE;
}

/* The notes on this dataset's entities and relations, by index; notes on
 * ids it does not have wait for them and are not searched.
 */
static LiaisonSearchNotes *
ensure_search_notes (LiaisonViewState *self)
{
  if (self->search_notes != NULL && !self->search_notes_stale)
    return self->search_notes;

  if (self->search_notes == NULL)
    self->search_notes = liaison_search_notes_new ();
  else
    liaison_search_notes_clear (self->search_notes);
  self->search_notes_stale = FALSE;
  for (guint k = LIAISON_ELEMENT_ENTITY; k <= LIAISON_ELEMENT_RELATION; k++)
    {
      g_autoptr(GPtrArray) ids = liaison_notes_dup_ids (self->notes, k);

      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = g_ptr_array_index (ids, i);
          guint index;

          if (k == LIAISON_ELEMENT_ENTITY)
            {
              LiaisonEntity *entity = liaison_dataset_lookup_entity (self->dataset, id);

              if (entity == NULL)
                continue;
              index = liaison_entity_get_index (entity);
            }
          else
            {
              const LiaisonRelation *relation = liaison_dataset_lookup_relation (self->dataset, id);

              if (relation == NULL)
                continue;
              index = relation->index;
            }
          liaison_search_notes_add (self->search_notes, k, index, liaison_notes_get (self->notes, k, id));
        }
    }

  return self->search_notes;
}

/* Until the dataset's search index is built, the search matches labels
 * and aliases; then everything the index holds, with its operators, and
 * the user's notes.
 */
static void
find_matches (LiaisonViewState *self)
{
  g_autofree char *needle = NULL;
  guint n_entities = liaison_dataset_get_n_entities (self->dataset);

  g_array_set_size (self->matches, 0);
  g_clear_pointer (&self->is_match, g_free);
  g_clear_pointer (&self->search_results, liaison_search_results_free);

  if (self->search == NULL)
    return;

  self->is_match = g_new0 (guint8, MAX (n_entities, 1));

  if (self->search_index != NULL)
    {
      g_autoptr(LiaisonSearchQuery) query = liaison_search_query_parse (self->search);
      const guint *entities;
      guint n_matches;

      self->search_results = liaison_search_index_query (self->search_index, query,
                                                         LIAISON_VIEW_STATE_MAX_HITS);
      liaison_search_results_add_notes (self->search_results, ensure_search_notes (self), query,
                                        LIAISON_VIEW_STATE_MAX_HITS);
      entities = liaison_search_results_get_entities (self->search_results, &n_matches);
      g_array_append_vals (self->matches, entities, n_matches);
      for (guint i = 0; i < n_matches; i++)
        self->is_match[entities[i]] = TRUE;
      return;
    }

  needle = liaison_entity_fold_search (self->search);
  for (guint i = 0; i < n_entities; i++)
    if (liaison_entity_matches (liaison_dataset_get_entity (self->dataset, i), needle))
      {
        g_array_append_val (self->matches, i);
        self->is_match[i] = TRUE;
      }
}

/* An empty search matches nothing (and the entity list shows everything). */
void
liaison_view_state_set_search (LiaisonViewState *self,
                               const char       *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (g_strcmp0 (stripped, self->search != NULL ? self->search : "") == 0)
    return;

  g_free (self->search);
  self->search = stripped[0] != '\0' ? g_strdup (stripped) : NULL;
  find_matches (self);

  g_signal_emit (self, signals[SEARCH_CHANGED], 0);
}

/* The index of this state's dataset, built once (off the main thread) and
 * shared by every state of it. A search typed before it arrived is done
 * again with it.
 */
void
liaison_view_state_set_search_index (LiaisonViewState   *self,
                                     LiaisonSearchIndex *index)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (index == NULL || liaison_search_index_get_dataset (index) == self->dataset);

  if (self->search_index == index)
    return;

  g_clear_pointer (&self->search_index, liaison_search_index_unref);
  if (index != NULL)
    self->search_index = liaison_search_index_ref (index);

  if (self->search != NULL)
    {
      find_matches (self);
      g_signal_emit (self, signals[SEARCH_CHANGED], 0);
    }
}

LiaisonSearchIndex *
liaison_view_state_get_search_index (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->search_index;
}

/* Entities, relations and evidence the search found, grouped, with where
 * in each; NULL while there is no search or no index yet.
 */
LiaisonSearchResults *
liaison_view_state_get_search_results (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->search_results;
}

const char *
liaison_view_state_get_search (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->search;
}

const guint *
liaison_view_state_get_matches (LiaisonViewState *self,
                                guint            *n_matches)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);
  g_return_val_if_fail (n_matches != NULL, NULL);

  *n_matches = self->matches->len;
  return (const guint *) (gpointer) self->matches->data;
}

gboolean
liaison_view_state_is_match (LiaisonViewState *self,
                             guint             entity_index)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);

  return self->is_match != NULL && entity_index < liaison_dataset_get_n_entities (self->dataset) &&
         self->is_match[entity_index];
}

/* Returns: (transfer none): the user's notes on this view's entities and
 * relations; the same object for the life of the state.
 */
LiaisonNotes *
liaison_view_state_get_notes (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->notes;
}

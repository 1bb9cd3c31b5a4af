/* liaison-view-carry.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-view-carry.h"

/* The index in @to of @from's entity @index, or G_MAXUINT. */
static guint
map_entity (LiaisonDataset *from,
            LiaisonDataset *to,
            guint           index)
{
  LiaisonEntity *entity = liaison_dataset_get_entity (from, index);
  LiaisonEntity *found = liaison_dataset_lookup_entity (to, liaison_entity_get_id (entity));

  return found != NULL ? liaison_entity_get_index (found) : G_MAXUINT;
}

static guint
map_relation (LiaisonDataset *from,
              LiaisonDataset *to,
              guint           index)
{
  const LiaisonRelation *relation = liaison_dataset_get_relation (from, index);
  const LiaisonRelation *found;

  if (relation->id == NULL)
    return G_MAXUINT;
  found = liaison_dataset_lookup_relation (to, relation->id);

  return found != NULL ? found->index : G_MAXUINT;
}

/* An exploration keeps what still exists of it; one of which nothing is
 * left would show an empty graph, so everything shows instead.
 */
static LiaisonSubset *
map_subset (LiaisonSubset  *subset,
            LiaisonDataset *from,
            LiaisonDataset *to)
{
  g_autoptr(LiaisonSubset) mapped = liaison_subset_new (liaison_dataset_get_n_entities (to),
                                                        liaison_dataset_get_n_relations (to));

  for (guint i = liaison_subset_next_entity (subset, 0); i != LIAISON_SUBSET_END;
       i = liaison_subset_next_entity (subset, i + 1))
    {
      guint j = map_entity (from, to, i);

      if (j != G_MAXUINT)
        liaison_subset_add_entity (mapped, j);
    }
  for (guint i = liaison_subset_next_relation (subset, 0); i != LIAISON_SUBSET_END;
       i = liaison_subset_next_relation (subset, i + 1))
    {
      guint j = map_relation (from, to, i);

      if (j != G_MAXUINT)
        liaison_subset_add_relation (mapped, j);
    }

  if (liaison_subset_get_n_entities (mapped) == 0)
    return NULL;

  return g_steal_pointer (&mapped);
}

/* Copies @from's type, source and publisher filters, date range and
 * exploration onto @to, a state of another version of the dataset: what
 * the undo history keeps of a state. A type hidden before stays hidden
 * while it exists; a type that is new, or renamed, shows.
 */
void
liaison_view_state_carry_visibility (LiaisonViewState *from,
                                     LiaisonViewState *to)
{
  LiaisonDataset *old_dataset;
  LiaisonDataset *new_dataset;
  LiaisonDateRange range;
  LiaisonSubset *subset;

  g_return_if_fail (LIAISON_IS_VIEW_STATE (from));
  g_return_if_fail (LIAISON_IS_VIEW_STATE (to));

  old_dataset = liaison_view_state_get_dataset (from);
  new_dataset = liaison_view_state_get_dataset (to);

  for (guint i = 0; i < liaison_dataset_get_n_entity_types (old_dataset); i++)
    {
      const char *type = liaison_dataset_get_entity_type (old_dataset, i)->id;

      if (!liaison_view_state_get_entity_type_visible (from, type) &&
          liaison_dataset_lookup_entity_type (new_dataset, type) != NULL)
        liaison_view_state_set_entity_type_visible (to, type, FALSE);
    }
  for (guint i = 0; i < liaison_dataset_get_n_relation_types (old_dataset); i++)
    {
      const char *type = liaison_dataset_get_relation_type (old_dataset, i)->id;

      if (!liaison_view_state_get_relation_type_visible (from, type) &&
          liaison_dataset_lookup_relation_type (new_dataset, type) != NULL)
        liaison_view_state_set_relation_type_visible (to, type, FALSE);
    }

  /* By id and by name: a source or publisher switched off stays off
   * while it exists; a new one shows.
   */
  for (guint i = 0; i < liaison_dataset_get_n_sources (old_dataset); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (old_dataset, i);

      if (!liaison_view_state_get_source_visible (from, source->id))
        liaison_view_state_set_source_visible (to, source->id, FALSE);
      /* Set once: a second time finds it off and changes nothing. */
      if (source->publisher != NULL && !liaison_view_state_get_publisher_visible (from, source->publisher) &&
          liaison_view_state_get_publisher_visible (to, source->publisher))
        liaison_view_state_set_publisher_visible (to, source->publisher, FALSE);
    }

  liaison_view_state_get_date_range (from, &range);
  liaison_view_state_set_date_range (to, &range);

  subset = liaison_view_state_get_subset (from);
  if (subset != NULL)
    {
      g_autoptr(LiaisonSubset) mapped = map_subset (subset, old_dataset, new_dataset);

      if (mapped != NULL)
        liaison_view_state_set_subset (to, mapped);
    }
}

/* Copies all of what the user was looking at in @from onto @to, a state
 * of another version of the dataset: what carry_visibility() carries, the
 * search as typed, the notes and the selection.
 */
void
liaison_view_state_carry_over (LiaisonViewState *from,
                               LiaisonViewState *to)
{
  LiaisonDataset *old_dataset;
  LiaisonDataset *new_dataset;
  LiaisonElementKind kind;
  guint index;

  g_return_if_fail (LIAISON_IS_VIEW_STATE (from));
  g_return_if_fail (LIAISON_IS_VIEW_STATE (to));

  old_dataset = liaison_view_state_get_dataset (from);
  new_dataset = liaison_view_state_get_dataset (to);

  liaison_view_state_carry_visibility (from, to);

  /* Found again in the new version, once its index is built. */
  liaison_view_state_set_search (to, liaison_view_state_get_search (from));

  /* Notes go over whole, those on ids that no longer exist too: they
   * are the user's words, not the file's, and an id that an edit took
   * away often comes back with the next save. First, so that the
   * selection carried below shows its note at once.
   */
  liaison_notes_assign (liaison_view_state_get_notes (to), liaison_view_state_get_notes (from));

  if (liaison_view_state_get_selection (from, &kind, &index))
    {
      guint mapped = kind == LIAISON_ELEMENT_ENTITY ? map_entity (old_dataset, new_dataset, index)
                                                    : map_relation (old_dataset, new_dataset, index);

      if (mapped != G_MAXUINT)
        liaison_view_state_select (to, kind, mapped);
    }
}

/* Where the entities that still exist were drawn, their sizes and pins,
 * and the engine: a layout that keeps the graph's shape then moves only
 * what changed.
 */
void
liaison_position_memory_carry_over (LiaisonPositionMemory *from,
                                    LiaisonDataset        *from_dataset,
                                    LiaisonPositionMemory *to,
                                    LiaisonDataset        *to_dataset)
{
  guint n;

  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (from));
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (to));
  g_return_if_fail (LIAISON_IS_DATASET (from_dataset));
  g_return_if_fail (LIAISON_IS_DATASET (to_dataset));

  n = MIN (liaison_position_memory_get_n_entities (from), liaison_dataset_get_n_entities (from_dataset));
  for (guint i = 0; i < n; i++)
    {
      double x, y, width, height;
      guint j;

      if (!liaison_position_memory_lookup (from, i, &x, &y))
        continue;
      j = map_entity (from_dataset, to_dataset, i);
      if (j == G_MAXUINT || j >= liaison_position_memory_get_n_entities (to))
        continue;

      liaison_position_memory_set (to, j, x, y);
      if (liaison_position_memory_get_size (from, i, &width, &height))
        liaison_position_memory_set_size (to, j, width, height);
      if (liaison_position_memory_is_pinned (from, i))
        liaison_position_memory_set_pinned (to, j, TRUE);
    }
  liaison_position_memory_set_engine (to, liaison_position_memory_get_engine (from));
  /* So that Undo of a move made before goes on in the new places. */
  liaison_position_memory_set_successor (from, to);
}

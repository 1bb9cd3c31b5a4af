/* liaison-investigation-apply.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A saved view put back onto a dataset, by ids. The dataset may have
 * changed since: what still matches is restored, and each part that no
 * longer does becomes a line for the user, naming the part of the view
 * and the id.
 */

#define G_LOG_DOMAIN "liaison-investigation"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-investigation-private.h"
#include "liaison-layout-engine.h"

typedef struct
{
  GPtrArray *lines;
  guint      n_more;   /* past LIAISON_INVESTIGATION_MAX_MISMATCHES */
} Mismatches;

static void add_mismatch (Mismatches *mismatches,
                          const char *format,
                          ...) G_GNUC_PRINTF (2, 3);

static void
add_mismatch (Mismatches *mismatches,
              const char *format,
              ...)
{
  va_list args;

  if (mismatches->lines->len >= LIAISON_INVESTIGATION_MAX_MISMATCHES)
    {
      mismatches->n_more++;
      return;
    }

  va_start (args, format);
  g_ptr_array_add (mismatches->lines, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
apply_types (LiaisonInvestigation *self,
             LiaisonViewState     *state,
             Mismatches           *mismatches)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);

  for (guint i = 0; i < self->hidden_entity_types->len; i++)
    {
      const char *type = g_ptr_array_index (self->hidden_entity_types, i);

      if (liaison_dataset_lookup_entity_type (dataset, type) != NULL)
        liaison_view_state_set_entity_type_visible (state, type, FALSE);
      else
        /* TRANSLATORS: an entity type's id, switched off in the saved view */
        add_mismatch (mismatches, _("Hidden entity type “%s”: not in the dataset"), type);
    }
  for (guint i = 0; i < self->hidden_relation_types->len; i++)
    {
      const char *type = g_ptr_array_index (self->hidden_relation_types, i);

      if (liaison_dataset_lookup_relation_type (dataset, type) != NULL)
        liaison_view_state_set_relation_type_visible (state, type, FALSE);
      else
        add_mismatch (mismatches, _("Hidden relation type “%s”: not in the dataset"), type);
    }
}

static gboolean
has_publisher (LiaisonDataset *dataset,
               const char     *publisher)
{
  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    if (g_strcmp0 (liaison_dataset_get_source (dataset, i)->publisher, publisher) == 0)
      return TRUE;
  return FALSE;
}

static void
apply_sources (LiaisonInvestigation *self,
               LiaisonViewState     *state,
               Mismatches           *mismatches)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);

  for (guint i = 0; i < self->hidden_sources->len; i++)
    {
      const char *id = g_ptr_array_index (self->hidden_sources, i);

      if (liaison_dataset_lookup_source (dataset, id) != NULL)
        liaison_view_state_set_source_visible (state, id, FALSE);
      else
        add_mismatch (mismatches, _("Hidden source “%s”: not in the dataset"), id);
    }
  for (guint i = 0; i < self->hidden_publishers->len; i++)
    {
      const char *publisher = g_ptr_array_index (self->hidden_publishers, i);

      if (has_publisher (dataset, publisher))
        liaison_view_state_set_publisher_visible (state, publisher, FALSE);
      else
        add_mismatch (mismatches, _("Hidden publisher “%s”: no source of the dataset has it"), publisher);
    }
}

/* Notes are the user's own words: all of them are kept, those on ids
 * the dataset no longer has too (they come back into use if the id
 * does), and those are listed.
 */
static void
apply_notes (LiaisonInvestigation *self,
             LiaisonViewState     *state,
             Mismatches           *mismatches)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  g_autoptr(GPtrArray) entities = liaison_notes_dup_ids (self->notes, LIAISON_ELEMENT_ENTITY);
  g_autoptr(GPtrArray) relations = liaison_notes_dup_ids (self->notes, LIAISON_ELEMENT_RELATION);

  liaison_notes_assign (liaison_view_state_get_notes (state), self->notes);

  for (guint i = 0; i < entities->len; i++)
    if (liaison_dataset_lookup_entity (dataset, g_ptr_array_index (entities, i)) == NULL)
      add_mismatch (mismatches, _("Note on entity “%s”: not in the dataset (the note is kept)"),
                    (const char *) g_ptr_array_index (entities, i));
  for (guint i = 0; i < relations->len; i++)
    if (liaison_dataset_lookup_relation (dataset, g_ptr_array_index (relations, i)) == NULL)
      add_mismatch (mismatches, _("Note on relation “%s”: not in the dataset (the note is kept)"),
                    (const char *) g_ptr_array_index (relations, i));
}

static guint
lookup_entity (LiaisonDataset *dataset,
               const char     *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);

  return entity != NULL ? liaison_entity_get_index (entity) : G_MAXUINT;
}

static guint
lookup_relation (LiaisonDataset *dataset,
                 const char     *id)
{
  const LiaisonRelation *relation = liaison_dataset_lookup_relation (dataset, id);

  return relation != NULL ? relation->index : G_MAXUINT;
}

/* A focus of which nothing is left would show an empty graph: the whole
 * graph shows instead, as when a file is read again.
 */
static void
apply_explored (LiaisonInvestigation *self,
                LiaisonViewState     *state,
                Mismatches           *mismatches)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  guint n_relations = liaison_dataset_get_n_relations (dataset);
  g_autoptr(LiaisonSubset) subset = NULL;

  if (!self->has_explored)
    return;

  subset = self->explored_all_except ? liaison_subset_new_full (n_entities, n_relations)
                                     : liaison_subset_new (n_entities, n_relations);

  for (guint i = 0; i < self->explored_entities->len; i++)
    {
      const char *id = g_ptr_array_index (self->explored_entities, i);
      guint index = lookup_entity (dataset, id);

      if (index == G_MAXUINT)
        add_mismatch (mismatches,
                      self->explored_all_except ? _("Hidden entity “%s”: not in the dataset")
                                                : _("Entity “%s” in the exploration: not in the dataset"),
                      id);
      else if (self->explored_all_except)
        liaison_subset_remove_entity (subset, index);
      else
        liaison_subset_add_entity (subset, index);
    }
  for (guint i = 0; i < self->explored_relations->len; i++)
    {
      const char *id = g_ptr_array_index (self->explored_relations, i);
      guint index = lookup_relation (dataset, id);

      if (index == G_MAXUINT)
        add_mismatch (mismatches,
                      self->explored_all_except ? _("Hidden relation “%s”: not in the dataset")
                                                : _("Relation “%s” in the exploration: not in the dataset"),
                      id);
      else if (self->explored_all_except)
        liaison_subset_remove_relation (subset, index);
      else
        liaison_subset_add_relation (subset, index);
    }

  if (liaison_subset_get_n_entities (subset) == 0 && n_entities > 0)
    {
      add_mismatch (mismatches, "%s", _("Nothing of the exploration is in the dataset: all of it is shown"));
      return;
    }
  liaison_view_state_set_subset (state, subset);
}

static void
apply_selection (LiaisonInvestigation *self,
                 LiaisonViewState     *state,
                 Mismatches           *mismatches)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  guint index;

  if (!self->has_selection)
    return;

  if (self->selection_kind == LIAISON_ELEMENT_ENTITY)
    {
      index = lookup_entity (dataset, self->selection_id);
      if (index == G_MAXUINT)
        add_mismatch (mismatches, _("Selected entity “%s”: not in the dataset"), self->selection_id);
    }
  else
    {
      index = lookup_relation (dataset, self->selection_id);
      if (index == G_MAXUINT)
        add_mismatch (mismatches, _("Selected relation “%s”: not in the dataset"), self->selection_id);
    }

  if (index != G_MAXUINT)
    liaison_view_state_select (state, self->selection_kind, index);
}

/* Every pinned entity that is gone is named; the others were only where
 * a layout put them, and are counted.
 */
static void
apply_positions (LiaisonInvestigation  *self,
                 LiaisonDataset        *dataset,
                 LiaisonPositionMemory *positions,
                 Mismatches            *mismatches)
{
  guint n_capacity = liaison_position_memory_get_n_entities (positions);
  guint n_placed_missing = 0;

  for (guint i = 0; i < self->positions->len; i++)
    {
      const LiaisonSavedPosition *position = &g_array_index (self->positions, LiaisonSavedPosition, i);
      guint index = lookup_entity (dataset, position->entity);

      if (index == G_MAXUINT || index >= n_capacity)
        {
          if (position->pinned)
            add_mismatch (mismatches, _("Pinned entity “%s”: not in the dataset"), position->entity);
          else
            n_placed_missing++;
          continue;
        }

      liaison_position_memory_set (positions, index, position->x, position->y);
      if (position->pinned)
        liaison_position_memory_set_pinned (positions, index, TRUE);
    }

  if (n_placed_missing > 0)
    add_mismatch (mismatches,
                  ngettext ("%u entity placed on the graph: not in the dataset",
                            "%u entities placed on the graph: not in the dataset", n_placed_missing),
                  n_placed_missing);

  if (self->drawn_by != NULL)
    liaison_position_memory_set_engine (positions, self->drawn_by);
}

/**
 * liaison_investigation_apply:
 *
 * Returns: (transfer full) (element-type utf8): a line for each part of
 * the saved view that is not in @state's dataset; empty when all of it
 * was restored.
 */
GPtrArray *
liaison_investigation_apply (LiaisonInvestigation  *self,
                             LiaisonViewState      *state,
                             LiaisonPositionMemory *positions)
{
  Mismatches mismatches = { g_ptr_array_new_with_free_func (g_free), 0 };
  LiaisonDataset *dataset;
  LiaisonLayoutEngine engine;

  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), NULL);
  g_return_val_if_fail (positions == NULL || LIAISON_IS_POSITION_MEMORY (positions), NULL);

  dataset = liaison_view_state_get_dataset (state);

  apply_types (self, state, &mismatches);
  apply_sources (self, state, &mismatches);
  liaison_view_state_set_date_range (state, &self->date_range);
  apply_explored (self, state, &mismatches);
  apply_selection (self, state, &mismatches);
  liaison_view_state_set_search (state, self->search);
  if (positions != NULL)
    apply_positions (self, dataset, positions, &mismatches);
  apply_notes (self, state, &mismatches);

  if (self->engine != NULL && !liaison_layout_engine_from_string (self->engine, &engine))
    add_mismatch (&mismatches, _("Layout engine “%s”: not one this Liaison has; Automatic is used"), self->engine);

  if (mismatches.n_more > 0)
    g_ptr_array_add (mismatches.lines,
                     g_strdup_printf (ngettext ("…and %u more", "…and %u more", mismatches.n_more),
                                      mismatches.n_more));

  return mismatches.lines;
}

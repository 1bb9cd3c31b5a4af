/* liaison-graph-view-selection.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the user picks on the graph (by click or rubber band, to act on
 * several entities at once) and the stepping from a selected entity
 * through its neighbours. The selection itself lives in the view state.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <stdlib.h>

#include "liaison-graph-query.h"
#include "liaison-graph-view-private.h"

/* The entities inside the rubber band join those picked. */
void
_liaison_graph_view_band_done (LiaisonGraphView *self)
{
  double x0, y0, x1, y1;
  guint before = g_hash_table_size (self->picked);

  _liaison_graph_view_widget_to_scene (self, MIN (self->band_x, self->band_x + self->band_dx),
                                       MIN (self->band_y, self->band_y + self->band_dy), &x0, &y0);
  _liaison_graph_view_widget_to_scene (self, MAX (self->band_x, self->band_x + self->band_dx),
                                       MAX (self->band_y, self->band_y + self->band_dy), &x1, &y1);

  for (guint i = 0; i < liaison_scene_get_n_nodes (self->scene); i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (self->scene, i);

      if (node->x >= x0 && node->x <= x1 && node->y >= y0 && node->y <= y1)
        g_hash_table_add (self->picked, GUINT_TO_POINTER (node->index + 1));
    }

  if (g_hash_table_size (self->picked) != before)
    _liaison_graph_view_emit_picked_changed (self);
}

void
liaison_graph_view_clear_picked (LiaisonGraphView *self)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->picked == NULL || g_hash_table_size (self->picked) == 0)
    return;
  g_hash_table_remove_all (self->picked);
  _liaison_graph_view_emit_picked_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Returns: (transfer full): the entities picked together, in the
 * dataset's order, as many as @n says.
 */
guint *
liaison_graph_view_dup_picked (LiaisonGraphView *self,
                               guint            *n)
{
  GHashTableIter iter;
  gpointer key;
  guint *entities, k = 0;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  *n = g_hash_table_size (self->picked);
  entities = g_new (guint, MAX (*n, 1));
  g_hash_table_iter_init (&iter, self->picked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    entities[k++] = GPOINTER_TO_UINT (key) - 1;
  qsort (entities, *n, sizeof (guint), compare_uint);

  return entities;
}

gboolean
liaison_graph_view_is_picked (LiaisonGraphView *self,
                              guint             entity)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return g_hash_table_contains (self->picked, GUINT_TO_POINTER (entity + 1));
}

static gboolean
relation_is_drawn (guint    relation,
                   gpointer user_data)
{
  return liaison_scene_lookup (user_data, LIAISON_ELEMENT_RELATION, relation) != NULL;
}

/* Selects the next (@direction 1) or previous (-1) neighbour of the entity
 * the stepping started from, and brings it into view.
 */
void
liaison_graph_view_step_neighbour (LiaisonGraphView *self,
                                   int               direction)
{
  g_autoptr(GArray) neighbours = NULL;
  LiaisonDataset *dataset;
  LiaisonElementKind kind;
  guint index;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->scene == NULL || self->state == NULL ||
      !liaison_view_state_get_selection (self->state, &kind, &index) || kind != LIAISON_ELEMENT_ENTITY)
    return;

  dataset = liaison_scene_get_dataset (self->scene);
  if (self->neighbour_anchor == G_MAXUINT || self->neighbour_anchor >= liaison_dataset_get_n_entities (dataset))
    {
      self->neighbour_anchor = index;
      self->neighbour_position = direction > 0 ? -1 : 0;
    }

  neighbours = liaison_graph_query_neighbours (dataset, self->neighbour_anchor, relation_is_drawn, self->scene);

  /* The selection moved elsewhere: step around its own neighbours. */
  if (index != self->neighbour_anchor)
    {
      gboolean is_neighbour = FALSE;

      for (guint k = 0; k < neighbours->len && !is_neighbour; k++)
        is_neighbour = g_array_index (neighbours, guint, k) == index;
      if (!is_neighbour)
        {
          self->neighbour_anchor = G_MAXUINT;
          liaison_graph_view_step_neighbour (self, direction);
          return;
        }
    }

  if (neighbours->len == 0)
    return;

  self->neighbour_position = (self->neighbour_position + direction + (int) neighbours->len) % (int) neighbours->len;
  index = g_array_index (neighbours, guint, self->neighbour_position);

  /* Keep the anchor while stepping: it is not the selection's fault. */
  {
    guint anchor = self->neighbour_anchor;
    int position = self->neighbour_position;

    liaison_view_state_select (self->state, LIAISON_ELEMENT_ENTITY, index);
    self->neighbour_anchor = anchor;
    self->neighbour_position = position;
  }
  liaison_graph_view_center_on (self, LIAISON_ELEMENT_ENTITY, index);
}

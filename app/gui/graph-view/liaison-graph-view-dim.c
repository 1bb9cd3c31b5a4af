/* liaison-graph-view-dim.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Entities that a filter has left without any relation on screen (the
 * timeline's range, a relation type switched off) stay in place but are
 * dimmed, so that what still connects stands out and what was cut off
 * can still be found.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include "liaison-graph-view-private.h"

typedef struct
{
  LiaisonScene *scene;  /* the scene the nodes are of */
  GArray       *nodes;  /* guint: scene node numbers */
} Dimmed;

static void
dimmed_free (Dimmed *dimmed)
{
  g_clear_object (&dimmed->scene);
  g_clear_pointer (&dimmed->nodes, g_array_unref);
  g_free (dimmed);
}

/* The nodes of the scene with relations in the dataset but no edge on
 * screen, found once for each scene.
 */
static GArray *
get_dimmed (LiaisonGraphView *self)
{
  Dimmed *dimmed = g_object_get_data (G_OBJECT (self), "liaison-dimmed");
  LiaisonDataset *dataset;
  g_autofree guint8 *has_edge = NULL;
  guint n_nodes, n_edges;

  if (self->scene == NULL)
    return NULL;
  if (dimmed != NULL && dimmed->scene == self->scene)
    return dimmed->nodes;

  dimmed = g_new0 (Dimmed, 1);
  dimmed->scene = g_object_ref (self->scene);
  dimmed->nodes = g_array_new (FALSE, FALSE, sizeof (guint));

  dataset = liaison_scene_get_dataset (self->scene);
  n_nodes = liaison_scene_get_n_nodes (self->scene);
  n_edges = liaison_scene_get_n_edges (self->scene);
  has_edge = g_new0 (guint8, MAX (n_nodes, 1));
  for (guint i = 0; i < n_edges; i++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (self->scene, i);

      has_edge[edge->tail] = has_edge[edge->head] = TRUE;
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (self->scene, i);
      guint n_out = 0, n_in = 0;

      if (has_edge[i])
        continue;
      liaison_dataset_get_outgoing (dataset, node->index, &n_out);
      liaison_dataset_get_incoming (dataset, node->index, &n_in);
      /* An entity that never had a relation is as it always was. */
      if (n_out + n_in > 0)
        g_array_append_val (dimmed->nodes, i);
    }

  g_object_set_data_full (G_OBJECT (self), "liaison-dimmed", dimmed, (GDestroyNotify) dimmed_free);
  return dimmed->nodes;
}

/**
 * liaison_graph_view_get_n_dimmed:
 * @self: a graph view
 *
 * How many entities on screen are dimmed for having no relation shown.
 *
 * Returns: the count; 0 without a scene
 */
guint
liaison_graph_view_get_n_dimmed (LiaisonGraphView *self)
{
  GArray *nodes;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), 0);

  nodes = get_dimmed (self);
  return nodes != NULL ? nodes->len : 0;
}

/* A veil of the background's colour over each dimmed entity and its
 * label, drawn over the tiles: the tiles stay as they are.
 */
void
_liaison_graph_view_snapshot_dimmed (LiaisonGraphView *self,
                                     GtkSnapshot      *snapshot)
{
  GArray *nodes = get_dimmed (self);
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  GdkRGBA veil = self->background;
  double ox, oy;

  if (nodes == NULL || nodes->len == 0)
    return;

  _liaison_graph_view_get_origin (self, &ox, &oy);
  labels = liaison_graph_view_get_labels (self);
  veil.alpha = 0.7;

  for (guint i = 0; i < nodes->len; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (self->scene, g_array_index (nodes, guint, i));
      const LiaisonLabel *label = labels != NULL ? liaison_label_placement_lookup (labels, node) : NULL;
      const LiaisonRect *boxes[2] = { &node->bounds, label != NULL ? &label->box : NULL };

      for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
        {
          graphene_rect_t rect;

          if (boxes[b] == NULL)
            continue;

          rect.origin.x = ox + boxes[b]->x0 * self->zoom - 1;
          rect.origin.y = oy + boxes[b]->y0 * self->zoom - 1;
          rect.size.width = (boxes[b]->x1 - boxes[b]->x0) * self->zoom + 2;
          rect.size.height = (boxes[b]->y1 - boxes[b]->y0) * self->zoom + 2;
          if (rect.origin.x > width || rect.origin.y > height ||
              rect.origin.x + rect.size.width < 0 || rect.origin.y + rect.size.height < 0)
            continue;

          gtk_snapshot_append_color (snapshot, &veil, &rect);
        }
    }
}

/* liaison-graph-view-overlay.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the graph view draws over its tiles in every frame: the hovered
 * element and its neighbourhood, the selection, and search matches, each
 * with a halo or a ring in the colours of the style.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <math.h>

#include "liaison-graph-view-private.h"

/* More highlighted elements than this in view are not drawn one by one. */
#define MAX_OVERLAY        4000

typedef struct
{
  const LiaisonSceneElement *element;
  const GdkRGBA             *color;   /* of the halo; NULL for none */
  double                     width;   /* of the halo, in pixels */
  gboolean                   label;   /* its label, even one that gave way */
} Highlight;

/* A ring of @color around a node, or a broad stroke under an edge, then
 * the element itself on top, with its label.
 */
static void
draw_highlighted (LiaisonGraphView      *self,
                  cairo_t               *cr,
                  LiaisonLabelPlacement *labels,
                  const Highlight       *highlight)
{
  LiaisonRenderOptions options = _liaison_graph_view_render_options (self, _liaison_graph_view_tile_scale (self));

  if (highlight->color != NULL)
    liaison_scene_render_halo (self->scene, cr, highlight->element, rgba_to_uint (highlight->color),
                               highlight->width / self->zoom);
  liaison_scene_render_element (self->scene, cr, highlight->element, &options);
  if (highlight->label && liaison_label_placement_lookup (labels, highlight->element) == NULL)
    liaison_scene_render_label (self->scene, cr, highlight->element, &options, TRUE);
}

static gboolean
in_view (LiaisonGraphView          *self,
         const LiaisonSceneElement *element,
         const LiaisonRect         *view)
{
  return element->bounds.x0 <= view->x1 && element->bounds.x1 >= view->x0 &&
         element->bounds.y0 <= view->y1 && element->bounds.y1 >= view->y0;
}

static void
extend_area (LiaisonRect       *area,
             const LiaisonRect *rect,
             double             margin)
{
  area->x0 = MIN (area->x0, rect->x0 - margin);
  area->y0 = MIN (area->y0, rect->y0 - margin);
  area->x1 = MAX (area->x1, rect->x1 + margin);
  area->y1 = MAX (area->y1, rect->y1 + margin);
}

static void
add_highlight (LiaisonGraphView          *self,
               GArray                    *highlights,
               guint                      limit,
               LiaisonRect               *area,
               const LiaisonRect         *view,
               LiaisonLabelPlacement     *labels,
               const LiaisonSceneElement *element,
               const GdkRGBA             *color,
               double                     width,
               gboolean                   label)
{
  Highlight highlight = { element, color, width, label };
  double margin = (width + 2) / self->zoom;  /* and antialiasing */
  const LiaisonLabel *placed;
  LiaisonLabel wanted;

  if (element == NULL || highlights->len >= limit || !in_view (self, element, view))
    return;

  g_array_append_val (highlights, highlight);
  extend_area (area, &element->bounds, margin);

  /* A label can reach beyond its element. */
  placed = liaison_label_placement_lookup (labels, element);
  if (placed != NULL)
    extend_area (area, &placed->box, margin);
  else if (label && liaison_label_placement_get_wanted (labels, element, &wanted))
    extend_area (area, &wanted.box, margin);
}

/* Below this size on screen, in pixels, a search match is outlined with a
 * rounded rectangle rather than a halo that follows its shape.
 */
#define MIN_DETAILED_MATCH 24.0

static void
append_match_ring (LiaisonGraphView          *self,
                   GtkSnapshot               *snapshot,
                   const LiaisonSceneElement *node,
                   double                     ox,
                   double                     oy)
{
  const float width = 3;
  GskRoundedRect ring;
  graphene_rect_t box;
  GdkRGBA colors[4] = { self->match, self->match, self->match, self->match };
  float widths[4] = { width, width, width, width };

  box.origin.x = ox + (node->x - node->width / 2) * self->zoom - width;
  box.origin.y = oy + (node->y - node->height / 2) * self->zoom - width;
  box.size.width = node->width * self->zoom + 2 * width;
  box.size.height = node->height * self->zoom + 2 * width;
  gsk_rounded_rect_init_from_rect (&ring, &box, MIN (box.size.width, box.size.height) / 2);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
}

/* Hover, selection and search matches, over the tiles. The cairo surface
 * covers only what is highlighted, so hovering one node uploads a small
 * texture, not one the size of the window, in every frame.
 */
void
_liaison_graph_view_snapshot_overlay (LiaisonGraphView *self,
                                      GtkSnapshot      *snapshot)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  const LiaisonSceneElement *selected = NULL;
  LiaisonElementKind kind;
  const guint *matches = NULL;
  guint n_matches = 0, n_rings = 0, index;
  g_autoptr(GArray) highlights = NULL;
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  LiaisonRect view, area = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  graphene_rect_t clip;
  double ox, oy;
  cairo_t *cr;

  _liaison_graph_view_snapshot_dimmed (self, snapshot);

  if (self->state != NULL)
    {
      if (liaison_view_state_get_selection (self->state, &kind, &index))
        selected = liaison_scene_lookup (self->scene, kind, index);
      matches = liaison_view_state_get_matches (self->state, &n_matches);
    }

  if (self->hover == NULL && selected == NULL && n_matches == 0)
    return;

  _liaison_graph_view_get_origin (self, &ox, &oy);
  view = (LiaisonRect) { -ox / self->zoom, -oy / self->zoom, (width - ox) / self->zoom, (height - oy) / self->zoom };

  /* Hovering dims the rest, so the neighbourhood stands out. */
  if (self->hover != NULL)
    {
      GdkRGBA veil = self->background;

      veil.alpha = 0.72;
      gtk_snapshot_append_color (snapshot, &veil, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }

  highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  labels = liaison_graph_view_get_labels (self);

  for (guint i = 0; i < n_matches; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_lookup (self->scene, LIAISON_ELEMENT_ENTITY, matches[i]);

      if (node == NULL || !in_view (self, node, &view))
        continue;

      /* A match too small to show its shape gets a ring the renderer draws
       * itself: a search that finds thousands costs a rectangle each, not
       * a cairo path.
       */
      if (MAX (node->width, node->height) * self->zoom < MIN_DETAILED_MATCH)
        {
          if (n_rings++ < MAX_OVERLAY)
            append_match_ring (self, snapshot, node, ox, oy);
        }
      else
        add_highlight (self, highlights, MAX_OVERLAY / 2, &area, &view, labels, node, &self->match, 6, FALSE);
    }

  if (self->hover != NULL)
    {
      GHashTableIter iter;
      gpointer element;

      /* Edges first, then nodes over them. */
      for (int pass = 0; pass < 2; pass++)
        {
          g_hash_table_iter_init (&iter, self->hover_set);
          while (g_hash_table_iter_next (&iter, &element, NULL))
            {
              const LiaisonSceneElement *e = element;

              if ((e->kind == LIAISON_ELEMENT_RELATION) == (pass == 0))
                add_highlight (self, highlights, MAX_OVERLAY, &area, &view, labels, e,
                               e == self->hover ? &self->accent : NULL, 3, e == self->hover);
            }
        }
    }

  /* Matches leave room for the hover; the selection is always shown. */
  add_highlight (self, highlights, G_MAXUINT, &area, &view, labels, selected, &self->accent, 5, TRUE);

  if (highlights->len == 0)
    return;

  /* In pixels, whole ones so the surface lines up with the screen. */
  clip.origin.x = floor (MAX (0, ox + area.x0 * self->zoom));
  clip.origin.y = floor (MAX (0, oy + area.y0 * self->zoom));
  clip.size.width = ceil (MIN (width, ox + area.x1 * self->zoom)) - clip.origin.x;
  clip.size.height = ceil (MIN (height, oy + area.y1 * self->zoom)) - clip.origin.y;
  if (clip.size.width <= 0 || clip.size.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &clip);
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, self->zoom, self->zoom);

  for (guint i = 0; i < highlights->len; i++)
    {
      draw_highlighted (self, cr, labels, &g_array_index (highlights, Highlight, i));
    }

  cairo_destroy (cr);
}

static void
update_hover_set (LiaisonGraphView *self)
{
  LiaisonDataset *dataset;

  g_hash_table_remove_all (self->hover_set);

  if (self->hover == NULL)
    return;

  dataset = liaison_scene_get_dataset (self->scene);
  g_hash_table_add (self->hover_set, (gpointer) self->hover);

  if (self->hover->kind == LIAISON_ELEMENT_RELATION)
    {
      g_hash_table_add (self->hover_set, (gpointer) liaison_scene_get_node (self->scene, self->hover->tail));
      g_hash_table_add (self->hover_set, (gpointer) liaison_scene_get_node (self->scene, self->hover->head));
      return;
    }

  /* A node: its relations, in and out, and the nodes at their other ends. */
  for (int direction = 0; direction < 2; direction++)
    {
      guint n;
      const guint *relations = direction == 0 ? liaison_dataset_get_outgoing (dataset, self->hover->index, &n)
                                              : liaison_dataset_get_incoming (dataset, self->hover->index, &n);

      for (guint i = 0; i < n; i++)
        {
          const LiaisonSceneElement *edge = liaison_scene_lookup (self->scene, LIAISON_ELEMENT_RELATION, relations[i]);

          if (edge == NULL)
            continue;
          g_hash_table_add (self->hover_set, (gpointer) edge);
          g_hash_table_add (self->hover_set, (gpointer) liaison_scene_get_node (self->scene, edge->tail));
          g_hash_table_add (self->hover_set, (gpointer) liaison_scene_get_node (self->scene, edge->head));
        }
    }
}

void
_liaison_graph_view_set_hover (LiaisonGraphView          *self,
                               const LiaisonSceneElement *element)
{
  if (self->hover == element)
    return;

  self->hover = element;
  update_hover_set (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}


/* Pins, as a dot at the top right of each pinned entity, and the outline
 * of an entity being dragged, where it would go.
 */
void
_liaison_graph_view_snapshot_moving (LiaisonGraphView *self,
                                     GtkSnapshot      *snapshot)
{
  double ox, oy;

  if (self->scene == NULL)
    return;

  _liaison_graph_view_get_origin (self, &ox, &oy);

  /* The entities picked together, ringed in the accent colour. */
  if (self->picked != NULL && g_hash_table_size (self->picked) > 0)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->picked);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          const LiaisonSceneElement *node = liaison_scene_lookup (self->scene, LIAISON_ELEMENT_ENTITY,
                                                                  GPOINTER_TO_UINT (key) - 1);
          const float width = 3;
          GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };
          float widths[4] = { width, width, width, width };
          GskRoundedRect ring;

          if (node == NULL)
            continue;
          gsk_rounded_rect_init_from_rect (&ring,
                                           &GRAPHENE_RECT_INIT (ox + (node->x - node->width / 2) * self->zoom - 2 * width,
                                                                oy + (node->y - node->height / 2) * self->zoom - 2 * width,
                                                                node->width * self->zoom + 4 * width,
                                                                node->height * self->zoom + 4 * width),
                                           6);
          gtk_snapshot_append_border (snapshot, &ring, widths, colors);
        }
    }

  if (self->banding)
    {
      GdkRGBA fill = self->accent;
      GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };
      float widths[4] = { 1, 1, 1, 1 };
      GskRoundedRect band;

      fill.alpha = 0.15;
      gsk_rounded_rect_init_from_rect (&band,
                                       &GRAPHENE_RECT_INIT (MIN (self->band_x, self->band_x + self->band_dx),
                                                            MIN (self->band_y, self->band_y + self->band_dy),
                                                            fabs (self->band_dx), fabs (self->band_dy)),
                                       0);
      gtk_snapshot_append_color (snapshot, &fill, &band.bounds);
      gtk_snapshot_append_border (snapshot, &band, widths, colors);
    }

  if (self->positions == NULL)
    return;

  if (liaison_position_memory_get_n_pinned (self->positions) > 0)
    {
      const float radius = 4;

      for (guint i = 0; i < liaison_scene_get_n_nodes (self->scene); i++)
        {
          const LiaisonSceneElement *node = liaison_scene_get_node (self->scene, i);
          GskRoundedRect dot;

          if (!liaison_position_memory_is_pinned (self->positions, node->index))
            continue;
          gsk_rounded_rect_init_from_rect (&dot,
                                           &GRAPHENE_RECT_INIT (ox + (node->x + node->width / 2) * self->zoom - radius,
                                                                oy + (node->y - node->height / 2) * self->zoom - radius,
                                                                2 * radius, 2 * radius),
                                           radius);
          gtk_snapshot_push_rounded_clip (snapshot, &dot);
          gtk_snapshot_append_color (snapshot, &self->accent, &dot.bounds);
          gtk_snapshot_pop (snapshot);
        }
    }

  if (self->moving != G_MAXUINT && self->dragging)
    {
      const LiaisonSceneElement *node = liaison_scene_lookup (self->scene, LIAISON_ELEMENT_ENTITY, self->moving);
      const float width = 2;
      GdkRGBA colors[4] = { self->accent, self->accent, self->accent, self->accent };
      float widths[4] = { width, width, width, width };
      GskRoundedRect ghost;

      if (node == NULL)
        return;
      gsk_rounded_rect_init_from_rect (&ghost,
                                       &GRAPHENE_RECT_INIT (ox + (node->x + self->move_dx - node->width / 2) * self->zoom,
                                                            oy + (node->y + self->move_dy - node->height / 2) * self->zoom,
                                                            node->width * self->zoom, node->height * self->zoom),
                                       4);
      gtk_snapshot_append_border (snapshot, &ghost, widths, colors);
    }
}

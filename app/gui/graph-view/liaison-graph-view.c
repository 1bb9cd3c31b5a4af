/* liaison-graph-view.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas: draws a LiaisonScene, and lets people pan, zoom, hover and
 * select.
 *
 * The graph itself is drawn once per zoom level into tiles, by a worker
 * thread (liaison-tile-cache.c), with Graphviz's geometry and leaving out
 * what would be too small to read. A frame then only places textures, which
 * keeps ten thousand nodes smooth even on a software renderer. While a zoom
 * is under way the tiles are stretched; once it settles they are drawn
 * again at the new scale, so the picture is sharp at every zoom. Hover,
 * selection and search matches are drawn over the tiles each frame, from
 * the few elements they concern.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "liaison-display-text.h"
#include "liaison-graph-query.h"
#include "liaison-graph-view.h"
#include "liaison-scene-renderer.h"
#include "liaison-tile-cache.h"

/* How long a zoom must rest before tiles are drawn again at its scale. */
#define SETTLE_MS          150
#define ANIMATION_US       (250 * 1000)
#define HIT_TOLERANCE      4.0    /* pixels */
#define DRAG_THRESHOLD     3.0    /* pixels */
#define ZOOM_STEP          1.25
#define PAN_STEP           48.0   /* pixels */
#define FIT_MARGIN         0.94
/* More highlighted elements than this in view are not drawn one by one. */
#define MAX_OVERLAY        4000

typedef struct
{
  double x, y, zoom;
} ViewRecord;

struct _LiaisonGraphView
{
  GtkWidget                  parent_instance;

  /* owned */
  LiaisonScene              *scene;
  LiaisonViewState          *state;
  LiaisonTileCache          *tiles;
  GArray                    *history;         /* ViewRecord */
  GHashTable                *hover_set;       /* elements to highlight on hover */

  /* borrowed from the scene */
  const LiaisonSceneElement *hover;

  double                     zoom;
  double                     center_x;
  double                     center_y;
  double                     render_scale;    /* device pixels per point of the tiles */
  double                     previous_scale;
  guint                      settle_source;
  guint                      notify_source;
  guint                      history_position;

  double                     drag_center_x;
  double                     drag_center_y;
  double                     pinch_zoom;
  double                     pointer_x;
  double                     pointer_y;
  gboolean                   pointer_inside;
  gboolean                   dragging;
  guint                      drag_button;

  guint                      tick_id;
  gint64                     animation_start;
  ViewRecord                 animation_from;
  ViewRecord                 animation_to;

  guint                      neighbour_anchor;
  int                        neighbour_position;

  gboolean                   dark;
  GdkRGBA                    accent;
  GdkRGBA                    match;
  GdkRGBA                    foreground;
  GdkRGBA                    background;
};

enum {
  PROP_0,
  PROP_SCENE,
  PROP_STATE,
  PROP_ZOOM,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonGraphView, liaison_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static guint32
rgba_to_uint (const GdkRGBA *color)
{
  return ((guint32) (color->red * 255) << 24) | ((guint32) (color->green * 255) << 16) |
         ((guint32) (color->blue * 255) << 8) | (guint32) (color->alpha * 255);
}

static LiaisonRenderOptions
render_options (LiaisonGraphView *self,
                double            scale)
{
  LiaisonRenderOptions options = { scale, TRUE, self->dark, rgba_to_uint (&self->foreground) };

  return options;
}

static double
device_scale (LiaisonGraphView *self)
{
  return self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/* The widget position of the scene's origin, on a whole device pixel so
 * that tiles drawn at this very scale land crisp.
 */
static void
get_origin (LiaisonGraphView *self,
            double           *x,
            double           *y)
{
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  *x = round ((width / 2 - self->center_x * self->zoom) * scale_factor) / scale_factor;
  *y = round ((height / 2 - self->center_y * self->zoom) * scale_factor) / scale_factor;
}

static void
widget_to_scene (LiaisonGraphView *self,
                 double            wx,
                 double            wy,
                 double           *sx,
                 double           *sy)
{
  double ox, oy;

  get_origin (self, &ox, &oy);
  *sx = (wx - ox) / self->zoom;
  *sy = (wy - oy) / self->zoom;
}

static double
fit_zoom (LiaisonGraphView *self)
{
  const LiaisonRect *bounds;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double zoom;

  if (self->scene == NULL || width <= 0 || height <= 0)
    return 1.0;

  bounds = liaison_scene_get_bounds (self->scene);
  zoom = MIN (width * FIT_MARGIN / MAX (bounds->x1 - bounds->x0, 1),
              height * FIT_MARGIN / MAX (bounds->y1 - bounds->y0, 1));

  /* A small graph is not blown up beyond its natural size. */
  return MIN (zoom, 1.0);
}

static double
min_zoom (LiaisonGraphView *self)
{
  return MIN (fit_zoom (self) / 2, 0.5);
}

static gboolean
settle_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;
  double scale = device_scale (self);

  self->settle_source = 0;
  if (scale != self->render_scale)
    {
      self->previous_scale = self->render_scale;
      self->render_scale = scale;
      liaison_tile_cache_keep_scales (self->tiles, self->render_scale, self->previous_scale);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  return G_SOURCE_REMOVE;
}

/* Sets the view, within sensible limits, and redraws. Everything that moves
 * or zooms goes through here.
 */
static void
apply_view (LiaisonGraphView *self,
            double            center_x,
            double            center_y,
            double            zoom)
{
  const LiaisonRect *bounds;
  gboolean zoom_changed;

  zoom = CLAMP (zoom, min_zoom (self), LIAISON_MAX_ZOOM);
  zoom_changed = zoom != self->zoom;

  /* Some of the graph always stays in view. */
  if (self->scene != NULL)
    {
      bounds = liaison_scene_get_bounds (self->scene);
      center_x = CLAMP (center_x, bounds->x0, bounds->x1);
      center_y = CLAMP (center_y, bounds->y0, bounds->y1);
    }

  self->center_x = center_x;
  self->center_y = center_y;
  self->zoom = zoom;

  if (zoom_changed)
    {
      g_clear_handle_id (&self->settle_source, g_source_remove);
      self->settle_source = g_timeout_add (SETTLE_MS, settle_cb, self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
stop_animation (LiaisonGraphView *self)
{
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

static gboolean
animation_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  double t = (gdk_frame_clock_get_frame_time (clock) - self->animation_start) / (double) ANIMATION_US;
  double eased, zoom;

  t = CLAMP (t, 0, 1);
  eased = 1 - pow (1 - t, 3);

  /* Zoom moves evenly on a log scale, as the eye sees it. */
  zoom = exp (log (self->animation_from.zoom) + (log (self->animation_to.zoom) - log (self->animation_from.zoom)) * eased);
  apply_view (self,
              self->animation_from.x + (self->animation_to.x - self->animation_from.x) * eased,
              self->animation_from.y + (self->animation_to.y - self->animation_from.y) * eased,
              zoom);

  if (t >= 1)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
animate_to (LiaisonGraphView *self,
            double            x,
            double            y,
            double            zoom)
{
  gboolean animations = TRUE;

  stop_animation (self);

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || !animations)
    {
      apply_view (self, x, y, zoom);
      return;
    }

  self->animation_from = (ViewRecord) { self->center_x, self->center_y, self->zoom };
  self->animation_to = (ViewRecord) { x, y, CLAMP (zoom, min_zoom (self), LIAISON_MAX_ZOOM) };
  self->animation_start = gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick_cb, NULL, NULL);
}

static void
notify_history (LiaisonGraphView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

/* Before a jump: remember where we were, as a browser does. */
static void
push_history (LiaisonGraphView *self)
{
  ViewRecord record = { self->center_x, self->center_y, self->zoom };

  if (self->scene == NULL)
    return;

  g_array_set_size (self->history, self->history_position);
  g_array_append_val (self->history, record);
  self->history_position = self->history->len;
  notify_history (self);
}

gboolean
liaison_graph_view_can_go_back (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->history_position > 0;
}

gboolean
liaison_graph_view_can_go_forward (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->history_position + 1 < self->history->len;
}

gboolean
liaison_graph_view_go_back (LiaisonGraphView *self)
{
  ViewRecord *record;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  if (self->history_position == 0)
    return FALSE;

  /* Leaving the present: keep it, so forward can return to it. */
  if (self->history_position == self->history->len)
    {
      ViewRecord now = { self->center_x, self->center_y, self->zoom };

      g_array_append_val (self->history, now);
    }

  self->history_position--;
  record = &g_array_index (self->history, ViewRecord, self->history_position);
  animate_to (self, record->x, record->y, record->zoom);
  notify_history (self);

  return TRUE;
}

gboolean
liaison_graph_view_go_forward (LiaisonGraphView *self)
{
  ViewRecord *record;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  if (self->history_position + 1 >= self->history->len)
    return FALSE;

  self->history_position++;
  record = &g_array_index (self->history, ViewRecord, self->history_position);
  animate_to (self, record->x, record->y, record->zoom);
  notify_history (self);

  return TRUE;
}

static void
draw_tiles (LiaisonGraphView *self,
            GtkSnapshot      *snapshot,
            double            scale,
            gboolean          request)
{
  const LiaisonRect *bounds = liaison_scene_get_bounds (self->scene);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double ox, oy, sx0, sy0, sx1, sy1, tile_points, mid_x, mid_y;
  int tx0, ty0, tx1, ty1;

  get_origin (self, &ox, &oy);

  /* The part of the scene in view, clipped to the scene. */
  sx0 = MAX ((0 - ox) / self->zoom, bounds->x0);
  sy0 = MAX ((0 - oy) / self->zoom, bounds->y0);
  sx1 = MIN ((width - ox) / self->zoom, bounds->x1);
  sy1 = MIN ((height - oy) / self->zoom, bounds->y1);
  if (sx1 < sx0 || sy1 < sy0)
    return;

  tile_points = LIAISON_TILE_SIZE / scale;
  tx0 = (int) floor (sx0 / tile_points);
  ty0 = (int) floor (sy0 / tile_points);
  tx1 = (int) floor (sx1 / tile_points);
  ty1 = (int) floor (sy1 / tile_points);
  mid_x = (sx0 + sx1) / 2;
  mid_y = (sy0 + sy1) / 2;

  /* Right after a large zoom, until the view settles at the new scale,
   * tiles at the old one would be tiny or huge on screen: asking for them
   * would render hundreds that are thrown away a moment later.
   */
  if (request)
    {
      double ratio = device_scale (self) / scale;

      request = ratio > 0.5 && ratio < 2;
    }
  if (request)
    liaison_tile_cache_set_in_view (self->tiles, (guint) ((tx1 - tx0 + 1) * (ty1 - ty0 + 1)));

  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        GdkTexture *texture = liaison_tile_cache_lookup (self->tiles, scale, tx, ty);
        double size = tile_points * self->zoom;

        if (texture != NULL)
          gtk_snapshot_append_texture (snapshot, texture,
                                       &GRAPHENE_RECT_INIT (ox + tx * size, oy + ty * size, size, size));
        else if (request)
          liaison_tile_cache_request (self->tiles, scale, tx, ty,
                                      hypot ((tx + 0.5) * tile_points - mid_x, (ty + 0.5) * tile_points - mid_y));
      }
}

static gboolean
all_tiles_ready (LiaisonGraphView *self,
                 double            scale)
{
  const LiaisonRect *bounds = liaison_scene_get_bounds (self->scene);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double ox, oy, tile_points = LIAISON_TILE_SIZE / scale;
  double sx0, sy0, sx1, sy1;

  get_origin (self, &ox, &oy);
  sx0 = MAX (-ox / self->zoom, bounds->x0);
  sy0 = MAX (-oy / self->zoom, bounds->y0);
  sx1 = MIN ((width - ox) / self->zoom, bounds->x1);
  sy1 = MIN ((height - oy) / self->zoom, bounds->y1);

  for (int ty = (int) floor (sy0 / tile_points); ty <= (int) floor (sy1 / tile_points); ty++)
    for (int tx = (int) floor (sx0 / tile_points); tx <= (int) floor (sx1 / tile_points); tx++)
      if (liaison_tile_cache_lookup (self->tiles, scale, tx, ty) == NULL)
        return FALSE;

  return TRUE;
}

/* A ring of @color around a node, or a broad stroke under an edge, then
 * the element itself on top.
 */
static void
draw_highlighted (LiaisonGraphView          *self,
                  cairo_t                   *cr,
                  const LiaisonSceneElement *element,
                  const GdkRGBA             *color,
                  double                     width)
{
  LiaisonRenderOptions options = render_options (self, device_scale (self));

  if (color != NULL)
    liaison_scene_render_halo (self->scene, cr, element, rgba_to_uint (color), width / self->zoom);
  liaison_scene_render_element (self->scene, cr, element, &options);
}

static gboolean
in_view (LiaisonGraphView          *self,
         const LiaisonSceneElement *element,
         const LiaisonRect         *view)
{
  return element->bounds.x0 <= view->x1 && element->bounds.x1 >= view->x0 &&
         element->bounds.y0 <= view->y1 && element->bounds.y1 >= view->y0;
}

typedef struct
{
  const LiaisonSceneElement *element;
  const GdkRGBA             *color;   /* of the halo; NULL for none */
  double                     width;   /* of the halo, in pixels */
} Highlight;

static void
add_highlight (LiaisonGraphView          *self,
               GArray                    *highlights,
               guint                      limit,
               LiaisonRect               *area,
               const LiaisonRect         *view,
               const LiaisonSceneElement *element,
               const GdkRGBA             *color,
               double                     width)
{
  Highlight highlight = { element, color, width };
  double margin = (width + 2) / self->zoom;  /* and antialiasing */

  if (element == NULL || highlights->len >= limit || !in_view (self, element, view))
    return;

  g_array_append_val (highlights, highlight);
  area->x0 = MIN (area->x0, element->bounds.x0 - margin);
  area->y0 = MIN (area->y0, element->bounds.y0 - margin);
  area->x1 = MAX (area->x1, element->bounds.x1 + margin);
  area->y1 = MAX (area->y1, element->bounds.y1 + margin);
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
static void
draw_overlay (LiaisonGraphView *self,
              GtkSnapshot      *snapshot)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  const LiaisonSceneElement *selected = NULL;
  LiaisonElementKind kind;
  const guint *matches = NULL;
  guint n_matches = 0, n_rings = 0, index;
  g_autoptr(GArray) highlights = NULL;
  LiaisonRect view, area = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  graphene_rect_t clip;
  double ox, oy;
  cairo_t *cr;

  if (self->state != NULL)
    {
      if (liaison_view_state_get_selection (self->state, &kind, &index))
        selected = liaison_scene_lookup (self->scene, kind, index);
      matches = liaison_view_state_get_matches (self->state, &n_matches);
    }

  if (self->hover == NULL && selected == NULL && n_matches == 0)
    return;

  get_origin (self, &ox, &oy);
  view = (LiaisonRect) { -ox / self->zoom, -oy / self->zoom, (width - ox) / self->zoom, (height - oy) / self->zoom };

  /* Hovering dims the rest, so the neighbourhood stands out. */
  if (self->hover != NULL)
    {
      GdkRGBA veil = self->background;

      veil.alpha = 0.72;
      gtk_snapshot_append_color (snapshot, &veil, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }

  highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));

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
        add_highlight (self, highlights, MAX_OVERLAY / 2, &area, &view, node, &self->match, 6);
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
                add_highlight (self, highlights, MAX_OVERLAY, &area, &view, e,
                               e == self->hover ? &self->accent : NULL, 3);
            }
        }
    }

  /* Matches leave room for the hover; the selection is always shown. */
  add_highlight (self, highlights, G_MAXUINT, &area, &view, selected, &self->accent, 5);

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
      const Highlight *h = &g_array_index (highlights, Highlight, i);

      draw_highlighted (self, cr, h->element, h->color, h->width);
    }

  cairo_destroy (cr);
}

static void
liaison_graph_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean current_complete;

  if (self->scene == NULL)
    return;

  if (self->render_scale == 0)
    {
      self->render_scale = device_scale (self);
      liaison_tile_cache_keep_scales (self->tiles, self->render_scale, self->render_scale);
    }

  /* The screen's scale changed under the view (another monitor) without a
   * zoom to settle it: tiles at the new scale are asked for once it has.
   */
  if (self->settle_source == 0 && device_scale (self) != self->render_scale)
    self->settle_source = g_timeout_add (SETTLE_MS, settle_cb, self);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The tiles at the previous scale fill in until the new ones arrive. */
  current_complete = all_tiles_ready (self, self->render_scale);
  if (!current_complete && self->previous_scale != self->render_scale && self->previous_scale > 0)
    draw_tiles (self, snapshot, self->previous_scale, FALSE);
  draw_tiles (self, snapshot, self->render_scale, TRUE);

  if (current_complete && self->previous_scale != self->render_scale)
    {
      self->previous_scale = self->render_scale;
      liaison_tile_cache_keep_scales (self->tiles, self->render_scale, self->render_scale);
    }

  draw_overlay (self, snapshot);

  gtk_snapshot_pop (snapshot);
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

static void
set_hover (LiaisonGraphView          *self,
           const LiaisonSceneElement *element)
{
  if (self->hover == element)
    return;

  self->hover = element;
  update_hover_set (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const LiaisonSceneElement *
liaison_graph_view_hit_test (LiaisonGraphView *self,
                             double            widget_x,
                             double            widget_y)
{
  double x, y;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  if (self->scene == NULL)
    return NULL;

  widget_to_scene (self, widget_x, widget_y, &x, &y);
  return liaison_scene_hit_test (self->scene, x, y, HIT_TOLERANCE / self->zoom);
}

static void
motion_cb (LiaisonGraphView         *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;

  if (!self->dragging)
    set_hover (self, liaison_graph_view_hit_test (self, x, y));
}

static void
leave_cb (LiaisonGraphView         *self,
          GtkEventControllerMotion *controller)
{
  self->pointer_inside = FALSE;
  set_hover (self, NULL);
}

static char *
describe_element_fully (LiaisonGraphView          *self,
                        const LiaisonSceneElement *element)
{
  LiaisonDataset *dataset = liaison_scene_get_dataset (self->scene);

  if (element->kind == LIAISON_ELEMENT_ENTITY)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, element->index);
      const char *type = liaison_entity_get_type_label (entity);

      if (type != NULL)
        /* TRANSLATORS: entity label — entity type */
        return g_strdup_printf (_("%s — %s"), liaison_entity_get_label (entity), type);
      return g_strdup (liaison_entity_get_label (entity));
    }
  else
    {
      return liaison_relation_dup_title (dataset, liaison_dataset_get_relation (dataset, element->index));
    }
}

/* For a tooltip or a screen reader, as long as a label can take. */
static char *
describe_element (LiaisonGraphView          *self,
                  const LiaisonSceneElement *element)
{
  g_autofree char *full = describe_element_fully (self, element);

  return liaison_display_text (full);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  const LiaisonSceneElement *element;
  g_autofree char *text = NULL;

  if (keyboard || self->dragging)
    return FALSE;

  element = liaison_graph_view_hit_test (self, x, y);
  if (element == NULL)
    return FALSE;

  /* Plain text: a label is data, never markup. */
  text = describe_element (self, element);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
drag_begin_cb (LiaisonGraphView *self,
               double            x,
               double            y,
               GtkGestureDrag   *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button != GDK_BUTTON_PRIMARY && button != GDK_BUTTON_MIDDLE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  stop_animation (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_center_x = self->center_x;
  self->drag_center_y = self->center_y;
  self->drag_button = button;
  self->dragging = FALSE;
}

static void
drag_update_cb (LiaisonGraphView *self,
                double            dx,
                double            dy,
                GtkGestureDrag   *gesture)
{
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  if (!self->dragging)
    {
      self->dragging = TRUE;
      set_hover (self, NULL);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  apply_view (self, self->drag_center_x - dx / self->zoom, self->drag_center_y - dy / self->zoom, self->zoom);
}

static void
drag_end_cb (LiaisonGraphView *self,
             double            dx,
             double            dy,
             GtkGestureDrag   *gesture)
{
  if (self->dragging)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);

  /* The click gesture, which sees only the primary button, ends a primary
   * drag (its release is not a click); any other drag ends here, or hover
   * would stay off until the next press.
   */
  if (self->drag_button != GDK_BUTTON_PRIMARY)
    self->dragging = FALSE;
}

static void
click_released_cb (LiaisonGraphView *self,
                   int               n_press,
                   double            x,
                   double            y,
                   GtkGestureClick  *gesture)
{
  const LiaisonSceneElement *element;

  /* The end of a drag is not a click. */
  if (self->dragging)
    {
      self->dragging = FALSE;
      return;
    }

  if (self->state == NULL)
    return;

  element = liaison_graph_view_hit_test (self, x, y);
  if (element == NULL)
    {
      liaison_view_state_clear_selection (self->state);
      return;
    }

  liaison_view_state_select (self->state, element->kind, element->index);
  if (n_press == 2)
    liaison_graph_view_center_on (self, element->kind, element->index);
}

static gboolean
scroll_cb (LiaisonGraphView         *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  stop_animation (self);

  if (state & GDK_CONTROL_MASK)
    {
      double x = self->pointer_inside ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2;
      double y = self->pointer_inside ? self->pointer_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2;

      /* Zoom about the pointer, so what is under it stays under it. */
      liaison_graph_view_zoom_at (self, pow (wheel ? ZOOM_STEP : 1.01, -dy), x, y);
      return GDK_EVENT_STOP;
    }

  if (wheel)
    {
      dx *= PAN_STEP;
      dy *= PAN_STEP;
    }
  liaison_graph_view_pan (self, dx, dy);

  return GDK_EVENT_STOP;
}

static void
zoom_begin_cb (LiaisonGraphView *self,
               GdkEventSequence *sequence,
               GtkGestureZoom   *gesture)
{
  stop_animation (self);
  self->pinch_zoom = self->zoom;
}

static void
zoom_scale_changed_cb (LiaisonGraphView *self,
                       double            scale,
                       GtkGestureZoom   *gesture)
{
  double x, y, sx, sy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  widget_to_scene (self, x, y, &sx, &sy);
  liaison_graph_view_zoom_at (self, self->pinch_zoom * scale / self->zoom, x, y);
}

/* What a screen reader says of the canvas: its size and, as it changes,
 * what is selected, so stepping through neighbours with N is heard.
 */
static void
update_accessible_label (LiaisonGraphView *self)
{
  g_autofree char *label = NULL;
  const LiaisonSceneElement *selected = NULL;
  LiaisonElementKind kind;
  guint index;

  if (self->scene != NULL && self->state != NULL &&
      liaison_view_state_get_selection (self->state, &kind, &index))
    selected = liaison_scene_lookup (self->scene, kind, index);

  if (self->scene != NULL)
    {
      guint n_nodes = liaison_scene_get_n_nodes (self->scene);
      guint n_edges = liaison_scene_get_n_edges (self->scene);
      g_autofree char *nodes = liaison_dup_count (LIAISON_COUNT_ENTITIES, n_nodes);
      g_autofree char *edges = liaison_dup_count (LIAISON_COUNT_RELATIONS, n_edges);

      if (selected != NULL)
        {
          g_autofree char *what = describe_element (self, selected);

          /* TRANSLATORS: "Graph of 37 entities and 76 relations, ZTE — Company selected" */
          label = g_strdup_printf (_("Graph of %s and %s, %s selected"), nodes, edges, what);
        }
      else
        /* TRANSLATORS: "Graph of 37 entities and 76 relations" */
        label = g_strdup_printf (_("Graph of %s and %s"), nodes, edges);
    }
  else
    label = g_strdup (_("Graph"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Arrow keys pan, plus and minus zoom, 0 shows actual size, F fits the "
                                    "graph, N and Shift+N step through the selected entity’s neighbours"),
                                  -1);
}

static void
state_changed_cb (LiaisonGraphView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selection_changed_cb (LiaisonGraphView *self)
{
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lookup_colors (LiaisonGraphView *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &self->foreground);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &self->accent))
    gdk_rgba_parse (&self->accent, "#3584e4");
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &self->background))
    gdk_rgba_parse (&self->background, "#ffffff");
  G_GNUC_END_IGNORE_DEPRECATIONS

  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gdk_rgba_parse (&self->match, self->dark ? "rgba(246, 211, 45, 0.85)" : "rgba(245, 194, 17, 0.9)");
}

static void
reset_tiles (LiaisonGraphView *self)
{
  LiaisonRenderOptions options = render_options (self, 1.0);

  liaison_tile_cache_set_scene (self->tiles, self->scene, &options);
  self->render_scale = 0;
  self->previous_scale = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
liaison_graph_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  gboolean was_dark = self->dark;
  GdkRGBA old_foreground = self->foreground;

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->css_changed (widget, change);

  lookup_colors (self);

  /* The tiles bake in the colours of light or dark mode. */
  if (was_dark != self->dark || !gdk_rgba_equal (&old_foreground, &self->foreground))
    reset_tiles (self);
}

static void
notify_zoom_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;

  self->notify_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
liaison_graph_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  /* The first size after a new scene shows all of it. */
  if (self->scene != NULL && self->zoom == 0 && width > 0 && height > 0)
    {
      const LiaisonRect *bounds = liaison_scene_get_bounds (self->scene);

      self->zoom = fit_zoom (self);
      self->center_x = (bounds->x0 + bounds->x1) / 2;
      self->center_y = (bounds->y0 + bounds->y1) / 2;

      /* Not from inside size allocation: a zoom label that listens would
       * resize itself in the middle of it.
       */
      if (self->notify_source == 0)
        self->notify_source = g_idle_add_once (notify_zoom_cb, self);
    }
}

static void
zoom_in_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  liaison_graph_view_zoom_by (LIAISON_GRAPH_VIEW (widget), ZOOM_STEP);
}

static void
zoom_out_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  liaison_graph_view_zoom_by (LIAISON_GRAPH_VIEW (widget), 1 / ZOOM_STEP);
}

static void
zoom_actual_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  liaison_graph_view_zoom_actual (LIAISON_GRAPH_VIEW (widget));
}

static void
zoom_fit_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  liaison_graph_view_zoom_to_fit (LIAISON_GRAPH_VIEW (widget), TRUE);
}

static void
pan_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  liaison_graph_view_pan (LIAISON_GRAPH_VIEW (widget), dx, dy);
}

static void
neighbour_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  liaison_graph_view_step_neighbour (LIAISON_GRAPH_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
liaison_graph_view_dispose (GObject *object)
{
  LiaisonGraphView *self = (LiaisonGraphView *)object;

  stop_animation (self);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_clear_handle_id (&self->notify_source, g_source_remove);
  liaison_graph_view_set_state (self, NULL);
  self->hover = NULL;
  g_clear_object (&self->scene);
  g_clear_object (&self->tiles);

  G_OBJECT_CLASS (liaison_graph_view_parent_class)->dispose (object);
}

static void
liaison_graph_view_finalize (GObject *object)
{
  LiaisonGraphView *self = (LiaisonGraphView *)object;

  g_clear_pointer (&self->history, g_array_unref);
  g_clear_pointer (&self->hover_set, g_hash_table_unref);

  G_OBJECT_CLASS (liaison_graph_view_parent_class)->finalize (object);
}

static void
liaison_graph_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SCENE:
      g_value_set_object (value, self->scene);
      break;
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, liaison_graph_view_can_go_back (self));
      break;
    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, liaison_graph_view_can_go_forward (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SCENE:
      liaison_graph_view_set_scene (self, g_value_get_object (value));
      break;
    case PROP_STATE:
      liaison_graph_view_set_state (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      liaison_graph_view_set_view (self, self->center_x, self->center_y, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_pan_binding (GtkWidgetClass *widget_class,
                 guint           keyval,
                 GdkModifierType modifiers,
                 double          dx,
                 double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, "view.pan", "(dd)", dx, dy);
}

static void
liaison_graph_view_class_init (LiaisonGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_graph_view_dispose;
  object_class->finalize = liaison_graph_view_finalize;
  object_class->get_property = liaison_graph_view_get_property;
  object_class->set_property = liaison_graph_view_set_property;

  widget_class->snapshot = liaison_graph_view_snapshot;
  widget_class->size_allocate = liaison_graph_view_size_allocate;
  widget_class->css_changed = liaison_graph_view_css_changed;

  properties[PROP_SCENE] =
    g_param_spec_object ("scene", NULL, NULL, LIAISON_TYPE_SCENE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, LIAISON_MAX_ZOOM, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "view.zoom-in", NULL, zoom_in_cb);
  gtk_widget_class_install_action (widget_class, "view.zoom-out", NULL, zoom_out_cb);
  gtk_widget_class_install_action (widget_class, "view.zoom-actual", NULL, zoom_actual_cb);
  gtk_widget_class_install_action (widget_class, "view.zoom-fit", NULL, zoom_fit_cb);
  gtk_widget_class_install_action (widget_class, "view.pan", "(dd)", pan_cb);
  gtk_widget_class_install_action (widget_class, "view.step-neighbour", "i", neighbour_cb);

  /* Keys act only while the canvas has focus: typing elsewhere, in the
   * search entry say, is never taken over. Tab still moves focus on.
   */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "view.zoom-actual", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "view.zoom-actual", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_SHIFT_MASK, "view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "view.step-neighbour", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_SHIFT_MASK, "view.step-neighbour", "i", -1);
  add_pan_binding (widget_class, GDK_KEY_Left, 0, -PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Right, 0, PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Up, 0, 0, -PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Down, 0, 0, PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, -5 * PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, 5 * PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Up, GDK_SHIFT_MASK, 0, -5 * PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Down, GDK_SHIFT_MASK, 0, 5 * PAN_STEP);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  /* Not an image: it takes focus and keys, and what it shows changes. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
liaison_graph_view_init (LiaisonGraphView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->tiles = liaison_tile_cache_new ();
  self->history = g_array_new (FALSE, FALSE, sizeof (ViewRecord));
  self->hover_set = g_hash_table_new (NULL, NULL);

  g_signal_connect_object (self->tiles, "tile-ready", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  lookup_colors (self);
  update_accessible_label (self);
}

GtkWidget *
liaison_graph_view_new (void)
{
  return g_object_new (LIAISON_TYPE_GRAPH_VIEW, NULL);
}

LiaisonScene *
liaison_graph_view_get_scene (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  return self->scene;
}

/* A new layout: everything is drawn afresh and fitted into view. The
 * selection lives in the view state, by dataset index, so it survives.
 */
void
liaison_graph_view_set_scene (LiaisonGraphView *self,
                              LiaisonScene     *scene)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (!scene || LIAISON_IS_SCENE (scene));

  if (self->scene == scene)
    return;

  stop_animation (self);
  self->hover = NULL;
  g_hash_table_remove_all (self->hover_set);
  g_set_object (&self->scene, scene);
  g_array_set_size (self->history, 0);
  self->history_position = 0;
  self->neighbour_anchor = G_MAXUINT;

  reset_tiles (self);

  /* Fitted at the next size allocation, or now if there is one. */
  self->zoom = 0;
  if (scene != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    liaison_graph_view_zoom_to_fit (self, FALSE);

  update_accessible_label (self);
  notify_history (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
}

LiaisonViewState *
liaison_graph_view_get_state (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  return self->state;
}

void
liaison_graph_view_set_state (LiaisonGraphView *self,
                              LiaisonViewState *state)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (!state || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);

  g_set_object (&self->state, state);

  if (state != NULL)
    {
      g_signal_connect_object (state, "selection-changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "search-changed", G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

double
liaison_graph_view_get_zoom (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), 0);

  return self->zoom;
}

void
liaison_graph_view_get_center (LiaisonGraphView *self,
                               double           *x,
                               double           *y)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  *x = self->center_x;
  *y = self->center_y;
}

void
liaison_graph_view_set_view (LiaisonGraphView *self,
                             double            center_x,
                             double            center_y,
                             double            zoom)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  stop_animation (self);
  apply_view (self, center_x, center_y, zoom);
}

/* Zooms by @factor keeping the scene point under (@widget_x, @widget_y)
 * where it is.
 */
void
liaison_graph_view_zoom_at (LiaisonGraphView *self,
                            double            factor,
                            double            widget_x,
                            double            widget_y)
{
  double width, height, sx, sy, zoom;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->scene == NULL || self->zoom <= 0)
    return;

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  sx = self->center_x + (widget_x - width / 2) / self->zoom;
  sy = self->center_y + (widget_y - height / 2) / self->zoom;
  zoom = CLAMP (self->zoom * factor, min_zoom (self), LIAISON_MAX_ZOOM);

  apply_view (self, sx - (widget_x - width / 2) / zoom, sy - (widget_y - height / 2) / zoom, zoom);
}

void
liaison_graph_view_zoom_by (LiaisonGraphView *self,
                            double            factor)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  stop_animation (self);
  liaison_graph_view_zoom_at (self, factor,
                              gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                              gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* Moves the view by (@dx, @dy) pixels. */
void
liaison_graph_view_pan (LiaisonGraphView *self,
                        double            dx,
                        double            dy)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->scene == NULL || self->zoom <= 0)
    return;

  stop_animation (self);
  apply_view (self, self->center_x + dx / self->zoom, self->center_y + dy / self->zoom, self->zoom);
}

void
liaison_graph_view_zoom_to_fit (LiaisonGraphView *self,
                                gboolean          animate)
{
  const LiaisonRect *bounds;
  double x, y;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->scene == NULL)
    return;

  bounds = liaison_scene_get_bounds (self->scene);
  x = (bounds->x0 + bounds->x1) / 2;
  y = (bounds->y0 + bounds->y1) / 2;

  if (animate && self->zoom > 0)
    {
      push_history (self);
      animate_to (self, x, y, fit_zoom (self));
    }
  else
    apply_view (self, x, y, fit_zoom (self));
}

void
liaison_graph_view_zoom_actual (LiaisonGraphView *self)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  stop_animation (self);
  apply_view (self, self->center_x, self->center_y, 1.0);
}

/* Brings an element to the middle of the view, close enough to read. */
void
liaison_graph_view_center_on (LiaisonGraphView   *self,
                              LiaisonElementKind  kind,
                              guint               index)
{
  const LiaisonSceneElement *element;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->scene == NULL || (element = liaison_scene_lookup (self->scene, kind, index)) == NULL)
    return;

  push_history (self);
  animate_to (self,
              (element->bounds.x0 + element->bounds.x1) / 2,
              (element->bounds.y0 + element->bounds.y1) / 2,
              MAX (self->zoom, 1.0));
}

/* Selects the next (@direction 1) or previous (-1) neighbour of the entity
 * the stepping started from, and brings it into view.
 */
static gboolean
relation_is_drawn (guint    relation,
                   gpointer user_data)
{
  return liaison_scene_lookup (user_data, LIAISON_ELEMENT_RELATION, relation) != NULL;
}

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

/* Tiles asked for and not drawn yet: work the view has queued. */
guint
liaison_graph_view_get_n_pending_tiles (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), 0);

  return liaison_tile_cache_get_pending (self->tiles);
}

/* TRUE once every tile in view is drawn at the view's own scale. */
gboolean
liaison_graph_view_is_settled (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  if (self->scene == NULL)
    return TRUE;

  return self->tick_id == 0 && self->settle_source == 0 && self->render_scale == device_scale (self) &&
         all_tiles_ready (self, self->render_scale);
}

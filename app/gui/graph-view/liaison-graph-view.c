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
 *
 * This file holds the view itself: its scene and state, and the tiles.
 * The camera (pan, zoom, animation, history, gestures and keys that move
 * the view) is in liaison-graph-view-camera.c, what is drawn over the
 * tiles in liaison-graph-view-overlay.c, hit testing, hover, tooltips,
 * clicks and what screen readers hear in liaison-graph-view-pointer.c.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "liaison-graph-view-private.h"

/* How often tiles still coming in are painted, at most. */
#define TILE_FRAME_MS 100

/* How long a zoom must rest before tiles are drawn again at its scale. */
#define SETTLE_MS 150

G_DEFINE_FINAL_TYPE (LiaisonGraphView, liaison_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

enum {
  ENTITY_MOVED,
  PICKED_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_liaison_graph_view_notify (LiaisonGraphView *self,
                            guint             prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

LiaisonRenderOptions
_liaison_graph_view_render_options (LiaisonGraphView *self,
                                    double            scale)
{
  LiaisonRenderOptions options = { scale, TRUE, self->dark, rgba_to_uint (&self->foreground) };

  /* Labels are never smaller than can be read: in device pixels, at the
   * desktop's text scale.
   */
  options.label_pixels = LIAISON_MIN_LABEL_PIXELS * self->text_scale * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  options.background = rgba_to_uint (&self->background) | 0xff;

  return options;
}

double
_liaison_graph_view_device_scale (LiaisonGraphView *self)
{
  return self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/* The scale the tiles in view are drawn at: what is drawn over them and
 * what the pointer finds follows their labels, even while a zoom
 * stretches them.
 */
double
_liaison_graph_view_tile_scale (LiaisonGraphView *self)
{
  if (self->render_scale > 0)
    return self->render_scale;
  return MAX (_liaison_graph_view_device_scale (self), 1e-6);
}

/**
 * liaison_graph_view_get_labels:
 * @self: a graph view
 *
 * The labels the view shows now, where it shows them.
 *
 * Returns: (transfer full) (nullable): the placement, NULL without a scene
 */
LiaisonLabelPlacement *
liaison_graph_view_get_labels (LiaisonGraphView *self)
{
  LiaisonRenderOptions options;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  if (self->scene == NULL)
    return NULL;

  options = _liaison_graph_view_render_options (self, _liaison_graph_view_tile_scale (self));
  return liaison_render_get_labels (self->scene, &options);
}

static gboolean
settle_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;
  double scale = _liaison_graph_view_device_scale (self);

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

/* Tiles at the view's scale are asked for once it has rested a while. */
void
_liaison_graph_view_queue_settle (LiaisonGraphView *self)
{
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (SETTLE_MS, settle_cb, self);
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

  _liaison_graph_view_get_origin (self, &ox, &oy);

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
      double ratio = _liaison_graph_view_device_scale (self) / scale;

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

  _liaison_graph_view_get_origin (self, &ox, &oy);
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
      self->render_scale = _liaison_graph_view_device_scale (self);
      liaison_tile_cache_keep_scales (self->tiles, self->render_scale, self->render_scale);
    }

  /* The screen's scale changed under the view (another monitor) without a
   * zoom to settle it: tiles at the new scale are asked for once it has.
   */
  if (self->settle_source == 0 && _liaison_graph_view_device_scale (self) != self->render_scale)
    _liaison_graph_view_queue_settle (self);

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

  _liaison_graph_view_snapshot_overlay (self, snapshot);
  _liaison_graph_view_snapshot_moving (self, snapshot);

  gtk_snapshot_pop (snapshot);
}

static void
state_changed_cb (LiaisonGraphView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selection_changed_cb (LiaisonGraphView *self)
{
  _liaison_graph_view_update_accessible_label (self);
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

/* The desktop's text scaling factor, which labels follow as text does. */
static double
lookup_text_scale (LiaisonGraphView *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int dpi = 0;

  if (settings != NULL)
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);

  return dpi > 0 ? CLAMP (dpi / (96.0 * 1024), 0.5, 4.0) : 1.0;
}

static void
reset_tiles (LiaisonGraphView *self)
{
  LiaisonRenderOptions options = _liaison_graph_view_render_options (self, 1.0);

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
  GdkRGBA old_background = self->background;

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->css_changed (widget, change);

  lookup_colors (self);

  /* The tiles bake in the colours of light or dark mode. */
  if (was_dark != self->dark || !gdk_rgba_equal (&old_foreground, &self->foreground) ||
      !gdk_rgba_equal (&old_background, &self->background))
    reset_tiles (self);
}

static void
text_scale_changed_cb (LiaisonGraphView *self)
{
  double text_scale = lookup_text_scale (self);

  /* Larger text makes larger labels, and so fewer fit. */
  if (text_scale != self->text_scale)
    {
      self->text_scale = text_scale;
      reset_tiles (self);
    }
}

static void
liaison_graph_view_root (GtkWidget *widget)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->root (widget);

  g_signal_connect_object (gtk_widget_get_settings (widget), "notify::gtk-xft-dpi",
                           G_CALLBACK (text_scale_changed_cb), self, G_CONNECT_SWAPPED);
  text_scale_changed_cb (self);
}

static void
liaison_graph_view_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget), text_scale_changed_cb, widget);

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->unroot (widget);
}

static void
neighbour_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  liaison_graph_view_step_neighbour (LIAISON_GRAPH_VIEW (widget), g_variant_get_int32 (parameter));
}

static gboolean
tile_frame_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;

  self->tile_frame_source = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Tiles come from the drawing threads one at a time: a frame for each
 * would paint the window a dozen times after a new layout, and with
 * software OpenGL each frame costs tens of milliseconds that the next
 * tiles wait for. The last tile asked for is drawn at once, those before
 * it every TILE_FRAME_MS.
 */
static void
tile_ready_cb (LiaisonGraphView *self)
{
  if (liaison_tile_cache_get_pending (self->tiles) == 0)
    {
      g_clear_handle_id (&self->tile_frame_source, g_source_remove);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (self->tile_frame_source == 0)
    self->tile_frame_source = g_timeout_add (TILE_FRAME_MS, tile_frame_cb, self);
}

static void
liaison_graph_view_dispose (GObject *object)
{
  LiaisonGraphView *self = (LiaisonGraphView *)object;

  _liaison_graph_view_stop_animation (self);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_clear_handle_id (&self->tile_frame_source, g_source_remove);
  g_clear_handle_id (&self->notify_source, g_source_remove);
  liaison_graph_view_set_state (self, NULL);
  liaison_graph_view_set_positions (self, NULL);
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
  g_clear_pointer (&self->picked, g_hash_table_unref);

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
liaison_graph_view_class_init (LiaisonGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_graph_view_dispose;
  object_class->finalize = liaison_graph_view_finalize;
  object_class->get_property = liaison_graph_view_get_property;
  object_class->set_property = liaison_graph_view_set_property;

  widget_class->snapshot = liaison_graph_view_snapshot;
  widget_class->css_changed = liaison_graph_view_css_changed;
  widget_class->root = liaison_graph_view_root;
  widget_class->unroot = liaison_graph_view_unroot;

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

  /* An entity was dragged by (dx, dy) points of the scene (y downwards). */
  signals[ENTITY_MOVED] = g_signal_new ("entity-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                        G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /* The entities picked together changed. */
  signals[PICKED_CHANGED] = g_signal_new ("picked-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* Keys act only while the canvas has focus: typing elsewhere, in the
   * search entry say, is never taken over. Tab still moves focus on.
   */
  _liaison_graph_view_class_init_camera (widget_class);
  gtk_widget_class_install_action (widget_class, "view.step-neighbour", "i", neighbour_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "view.step-neighbour", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_SHIFT_MASK, "view.step-neighbour", "i", -1);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  /* Not an image: it takes focus and keys, and what it shows changes. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
liaison_graph_view_init (LiaisonGraphView *self)
{
  self->moving = G_MAXUINT;
  self->picked = g_hash_table_new (NULL, NULL);
  self->tiles = liaison_tile_cache_new ();
  self->history = g_array_new (FALSE, FALSE, sizeof (ViewRecord));
  self->hover_set = g_hash_table_new (NULL, NULL);
  self->text_scale = 1.0;

  g_signal_connect_object (self->tiles, "tile-ready", G_CALLBACK (tile_ready_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  /* The drag gesture before the click: a primary drag's release reaches
   * drag-end first, and the click then takes it for the end of a drag.
   */
  _liaison_graph_view_add_drag_gesture (self);
  _liaison_graph_view_add_click_gesture (self);
  _liaison_graph_view_add_pinch_and_scroll (self);
  _liaison_graph_view_add_motion_controller (self);

  lookup_colors (self);
  _liaison_graph_view_update_accessible_label (self);
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
/* Where the camera must look for @scene, which replaces @old, to show
 * the entities both draw at the same place in Graphviz's coordinates
 * where they were on screen. Only while all of @scene fits in the view,
 * and fills at least half of it one way: otherwise it is fitted anew.
 */
static gboolean
anchor_camera (LiaisonGraphView *self,
               LiaisonScene     *old,
               LiaisonScene     *scene,
               double           *center_x,
               double           *center_y)
{
  double half_width, half_height;
  const LiaisonRect *bounds;
  gboolean found = FALSE;

  if (old == NULL || scene == NULL || self->zoom <= 0 || gtk_widget_get_width (GTK_WIDGET (self)) <= 0 ||
      liaison_scene_get_dataset (old) != liaison_scene_get_dataset (scene))
    return FALSE;

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene) && !found; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      const LiaisonSceneElement *before = liaison_scene_lookup (old, LIAISON_ELEMENT_ENTITY, node->index);

      if (before == NULL || node->graphviz_pos == NULL || before->graphviz_pos == NULL ||
          !g_str_equal (node->graphviz_pos, before->graphviz_pos))
        continue;
      *center_x = self->center_x + node->x - before->x;
      *center_y = self->center_y + node->y - before->y;
      found = TRUE;
    }
  if (!found)
    return FALSE;

  half_width = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0 / self->zoom;
  half_height = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0 / self->zoom;
  bounds = liaison_scene_get_bounds (scene);

  return bounds->x0 >= *center_x - half_width && bounds->x1 <= *center_x + half_width &&
         bounds->y0 >= *center_y - half_height && bounds->y1 <= *center_y + half_height &&
         (bounds->x1 - bounds->x0 >= half_width || bounds->y1 - bounds->y0 >= half_height);
}

void
liaison_graph_view_set_scene (LiaisonGraphView *self,
                              LiaisonScene     *scene)
{
  double center_x = 0, center_y = 0;
  gboolean keep;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (!scene || LIAISON_IS_SCENE (scene));

  if (self->scene == scene)
    return;

  keep = anchor_camera (self, self->scene, scene, &center_x, &center_y);
  if (scene == NULL || self->scene == NULL || liaison_scene_get_dataset (scene) != liaison_scene_get_dataset (self->scene))
    liaison_graph_view_clear_picked (self);
  _liaison_graph_view_stop_animation (self);
  _liaison_graph_view_set_hover (self, NULL);
  g_set_object (&self->scene, scene);
  g_array_set_size (self->history, 0);
  self->history_position = 0;
  self->neighbour_anchor = G_MAXUINT;

  reset_tiles (self);

  /* Fitted at the next size allocation, or now if there is one; a layout
   * that kept its shape stays where it was on screen while it fits.
   */
  if (keep)
    liaison_graph_view_set_view (self, center_x, center_y, self->zoom);
  else
    {
      self->zoom = 0;
      if (scene != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
        liaison_graph_view_zoom_to_fit (self, FALSE);
    }

  _liaison_graph_view_update_accessible_label (self);
  _liaison_graph_view_notify_history (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
}

void
_liaison_graph_view_emit_picked_changed (LiaisonGraphView *self)
{
  g_signal_emit (self, signals[PICKED_CHANGED], 0);
}

void
_liaison_graph_view_emit_entity_moved (LiaisonGraphView *self,
                                       guint             entity,
                                       double            dx,
                                       double            dy)
{
  g_signal_emit (self, signals[ENTITY_MOVED], 0, entity, dx, dy);
}

/* Where pins come from, for their marks; dragging an entity moves it only
 * with somewhere to keep where it went.
 */
void
liaison_graph_view_set_positions (LiaisonGraphView      *self,
                                  LiaisonPositionMemory *positions)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (!positions || LIAISON_IS_POSITION_MEMORY (positions));

  if (self->positions != NULL)
    g_signal_handlers_disconnect_by_data (self->positions, self);
  g_set_object (&self->positions, positions);
  if (positions != NULL)
    g_signal_connect_object (positions, "changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  _liaison_graph_view_update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
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

  return self->tick_id == 0 && self->settle_source == 0 &&
         self->render_scale == _liaison_graph_view_device_scale (self) &&
         all_tiles_ready (self, self->render_scale);
}

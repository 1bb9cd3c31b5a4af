/* liaison-graph-view-camera.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The graph view's camera: which part of the scene is in view and at what
 * zoom, how it moves there (animated, within limits), the history that
 * back and forward walk, and the gestures, actions and keys that move it.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <math.h>

#include "liaison-graph-view-private.h"

#define ANIMATION_US       (250 * 1000)
#define DRAG_THRESHOLD     3.0    /* pixels */
#define ZOOM_STEP          1.25
#define PAN_STEP           48.0   /* pixels */
#define FIT_MARGIN         0.94

/* The widget position of the scene's origin, on a whole device pixel so
 * that tiles drawn at this very scale land crisp.
 */
void
_liaison_graph_view_get_origin (LiaisonGraphView *self,
                                double           *x,
                                double           *y)
{
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  *x = round ((width / 2 - self->center_x * self->zoom) * scale_factor) / scale_factor;
  *y = round ((height / 2 - self->center_y * self->zoom) * scale_factor) / scale_factor;
}

void
_liaison_graph_view_widget_to_scene (LiaisonGraphView *self,
                                     double            wx,
                                     double            wy,
                                     double           *sx,
                                     double           *sy)
{
  double ox, oy;

  _liaison_graph_view_get_origin (self, &ox, &oy);
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
      _liaison_graph_view_queue_settle (self);
      _liaison_graph_view_notify (self, PROP_ZOOM);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_liaison_graph_view_stop_animation (LiaisonGraphView *self)
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

  _liaison_graph_view_stop_animation (self);

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  /* A zoom of 0 is a new scene still waiting for its first size: nothing
   * is on screen to move from, and the log of 0 would turn every step,
   * and the view for good, into NaN.
   */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || !animations || self->zoom <= 0)
    {
      apply_view (self, x, y, zoom);
      return;
    }

  self->animation_from = (ViewRecord) { self->center_x, self->center_y, self->zoom };
  self->animation_to = (ViewRecord) { x, y, CLAMP (zoom, min_zoom (self), LIAISON_MAX_ZOOM) };
  self->animation_start = gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick_cb, NULL, NULL);
}

void
_liaison_graph_view_notify_history (LiaisonGraphView *self)
{
  _liaison_graph_view_notify (self, PROP_CAN_GO_BACK);
  _liaison_graph_view_notify (self, PROP_CAN_GO_FORWARD);
}

/* Before a jump: remember where we were, as a browser does. */
static void
push_history (LiaisonGraphView *self)
{
  ViewRecord record = { self->center_x, self->center_y, self->zoom };

  if (self->scene == NULL || self->zoom <= 0)
    return;

  g_array_set_size (self->history, self->history_position);
  g_array_append_val (self->history, record);
  self->history_position = self->history->len;
  _liaison_graph_view_notify_history (self);
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
  _liaison_graph_view_notify_history (self);

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
  _liaison_graph_view_notify_history (self);

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

  _liaison_graph_view_stop_animation (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  /* The primary button on an entity moves it; elsewhere, or the middle
   * button anywhere, moves the view.
   */
  self->moving = G_MAXUINT;
  self->move_dx = self->move_dy = 0;
  self->banding = FALSE;
  if (button == GDK_BUTTON_PRIMARY && self->scene != NULL)
    {
      const LiaisonSceneElement *element = liaison_graph_view_hit_test (self, x, y);
      GdkModifierType modifiers = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

      if (element != NULL && element->kind == LIAISON_ELEMENT_ENTITY && self->positions != NULL)
        self->moving = element->index;
      else if (element == NULL && (modifiers & GDK_SHIFT_MASK))
        {
          /* Shift and a drag on the background: a rubber band. */
          self->banding = TRUE;
          self->band_x = x;
          self->band_y = y;
          self->band_dx = self->band_dy = 0;
        }
    }

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
      _liaison_graph_view_set_hover (self, NULL);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  if (self->banding)
    {
      self->band_dx = dx;
      self->band_dy = dy;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  if (self->moving != G_MAXUINT)
    {
      self->move_dx = dx / self->zoom;
      self->move_dy = dy / self->zoom;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
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

  if (self->banding)
    {
      self->band_dx = dx;
      self->band_dy = dy;
      _liaison_graph_view_band_done (self);
      self->banding = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  if (self->moving != G_MAXUINT)
    {
      guint entity = self->moving;

      /* The click gesture may have seen the release first and cleared
       * dragging: how far the pointer went says whether it was a move.
       */
      self->moving = G_MAXUINT;
      if (hypot (dx, dy) >= DRAG_THRESHOLD)
        _liaison_graph_view_emit_entity_moved (self, entity, dx / self->zoom, dy / self->zoom);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  /* The click gesture, which sees only the primary button, ends a primary
   * drag (its release is not a click); any other drag ends here, or hover
   * would stay off until the next press.
   */
  if (self->drag_button != GDK_BUTTON_PRIMARY)
    self->dragging = FALSE;
}

static gboolean
scroll_cb (LiaisonGraphView         *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  _liaison_graph_view_stop_animation (self);

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
  _liaison_graph_view_stop_animation (self);
  self->pinch_zoom = self->zoom;
}

static void
zoom_scale_changed_cb (LiaisonGraphView *self,
                       double            scale,
                       GtkGestureZoom   *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  liaison_graph_view_zoom_at (self, self->pinch_zoom * scale / self->zoom, x, y);
}

/* Panning with the primary or middle button. */
void
_liaison_graph_view_add_drag_gesture (LiaisonGraphView *self)
{
  GtkGesture *gesture = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

/* Zooming with two fingers, scrolling and zooming with the wheel. */
void
_liaison_graph_view_add_pinch_and_scroll (LiaisonGraphView *self)
{
  GtkGesture *gesture = gtk_gesture_zoom_new ();
  GtkEventController *controller;

  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
notify_zoom_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;

  self->notify_source = 0;
  _liaison_graph_view_notify (self, PROP_ZOOM);
}

/* Whether all of the scene is in a view of @width by @height. */
static gboolean
whole_in_view (LiaisonGraphView *self,
               int               width,
               int               height)
{
  const LiaisonRect *bounds = liaison_scene_get_bounds (self->scene);
  double half_width = width / 2.0 / self->zoom;
  double half_height = height / 2.0 / self->zoom;

  return bounds->x0 >= self->center_x - half_width && bounds->x1 <= self->center_x + half_width &&
         bounds->y0 >= self->center_y - half_height && bounds->y1 <= self->center_y + half_height;
}

static void
liaison_graph_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  gboolean shown_whole = FALSE;

  /* A drawing seen whole stays whole when the view narrows, as it does
   * when a panel opens beside it: a path or a source's support would
   * otherwise be cut in half behind the panel.
   */
  if (self->scene != NULL && self->zoom > 0 && width > 0 && height > 0 &&
      (width < self->last_width || height < self->last_height))
    shown_whole = whole_in_view (self, self->last_width, self->last_height) &&
                  !whole_in_view (self, width, height);
  self->last_width = width;
  self->last_height = height;

  /* The first size after a new scene shows all of it. */
  if (self->scene != NULL && (self->zoom == 0 || shown_whole) && width > 0 && height > 0)
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
add_pan_binding (GtkWidgetClass *widget_class,
                 guint           keyval,
                 GdkModifierType modifiers,
                 double          dx,
                 double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, "view.pan", "(dd)", dx, dy);
}

void
_liaison_graph_view_class_init_camera (GtkWidgetClass *widget_class)
{
  widget_class->size_allocate = liaison_graph_view_size_allocate;

  gtk_widget_class_install_action (widget_class, "view.zoom-in", NULL, zoom_in_cb);
  gtk_widget_class_install_action (widget_class, "view.zoom-out", NULL, zoom_out_cb);
  gtk_widget_class_install_action (widget_class, "view.zoom-actual", NULL, zoom_actual_cb);
  gtk_widget_class_install_action (widget_class, "view.zoom-fit", NULL, zoom_fit_cb);
  gtk_widget_class_install_action (widget_class, "view.pan", "(dd)", pan_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "view.zoom-actual", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "view.zoom-actual", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_SHIFT_MASK, "view.zoom-fit", NULL);
  add_pan_binding (widget_class, GDK_KEY_Left, 0, -PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Right, 0, PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Up, 0, 0, -PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Down, 0, 0, PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, -5 * PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, 5 * PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Up, GDK_SHIFT_MASK, 0, -5 * PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Down, GDK_SHIFT_MASK, 0, 5 * PAN_STEP);
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

  _liaison_graph_view_stop_animation (self);
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

  _liaison_graph_view_stop_animation (self);
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

  _liaison_graph_view_stop_animation (self);
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

  _liaison_graph_view_stop_animation (self);
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


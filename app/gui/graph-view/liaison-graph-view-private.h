/* liaison-graph-view-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-graph-view.h"
#include "liaison-position-memory.h"
#include "liaison-scene-renderer.h"
#include "liaison-tile-cache.h"

G_BEGIN_DECLS

/* A place the camera can return to: a scene point in the middle of the
 * view, and the zoom.
 */
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

  /* camera: what is in view and how it got there */
  double                     zoom;
  double                     center_x;
  double                     center_y;
  guint                      history_position;
  guint                      tick_id;
  gint64                     animation_start;
  ViewRecord                 animation_from;
  ViewRecord                 animation_to;
  guint                      notify_source;
  int                        last_width;    /* the size the camera last looked through */
  int                        last_height;
  double                     drag_center_x;
  double                     drag_center_y;
  double                     pinch_zoom;
  guint                      drag_button;

  /* tiles */
  double                     render_scale;    /* device pixels per point of the tiles */
  double                     text_scale;      /* the desktop's text scaling factor */
  double                     previous_scale;
  guint                      settle_source;
  guint                      tile_frame_source;

  /* pointer; the drag gesture sets dragging and, for the primary button,
   * the click gesture clears it, so the two must see events in that order
   */
  double                     pointer_x;
  double                     pointer_y;
  gboolean                   pointer_inside;
  gboolean                   dragging;

  /* moving an entity by dragging it, and where pins are drawn */
  LiaisonPositionMemory     *positions;
  guint                      moving;          /* the entity, or G_MAXUINT */
  double                     move_dx;         /* in points */
  double                     move_dy;

  /* entities picked with Shift or Ctrl and a click, or a rubber band */
  GHashTable                *picked;          /* entity index + 1 */
  gboolean                   banding;
  double                     band_x;          /* where it started, widget pixels */
  double                     band_y;
  double                     band_dx;
  double                     band_dy;

  /* stepping through neighbours with N */
  guint                      neighbour_anchor;
  int                        neighbour_position;

  /* from the style */
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

static inline guint32
rgba_to_uint (const GdkRGBA *color)
{
  return ((guint32) (color->red * 255) << 24) | ((guint32) (color->green * 255) << 16) |
         ((guint32) (color->blue * 255) << 8) | (guint32) (color->alpha * 255);
}

/* liaison-graph-view.c */
void                 _liaison_graph_view_notify                (LiaisonGraphView          *self,
                                                                guint                      prop_id);
LiaisonRenderOptions _liaison_graph_view_render_options        (LiaisonGraphView          *self,
                                                                double                     scale);
double               _liaison_graph_view_device_scale          (LiaisonGraphView          *self);
double               _liaison_graph_view_tile_scale            (LiaisonGraphView          *self);
void                 _liaison_graph_view_queue_settle          (LiaisonGraphView          *self);

/* liaison-graph-view-camera.c */
void                 _liaison_graph_view_class_init_camera     (GtkWidgetClass            *widget_class);
void                 _liaison_graph_view_add_drag_gesture      (LiaisonGraphView          *self);
void                 _liaison_graph_view_add_pinch_and_scroll  (LiaisonGraphView          *self);
void                 _liaison_graph_view_get_origin            (LiaisonGraphView          *self,
                                                                double                    *x,
                                                                double                    *y);
void                 _liaison_graph_view_widget_to_scene       (LiaisonGraphView          *self,
                                                                double                     wx,
                                                                double                     wy,
                                                                double                    *sx,
                                                                double                    *sy);
void                 _liaison_graph_view_stop_animation        (LiaisonGraphView          *self);
void                 _liaison_graph_view_notify_history        (LiaisonGraphView          *self);

/* liaison-graph-view-pointer.c */
void                 _liaison_graph_view_add_click_gesture     (LiaisonGraphView          *self);
void                 _liaison_graph_view_add_motion_controller (LiaisonGraphView          *self);
void                 _liaison_graph_view_update_accessible_label (LiaisonGraphView        *self);

/* liaison-graph-view-dim.c */
void                 _liaison_graph_view_snapshot_dimmed       (LiaisonGraphView          *self,
                                                                GtkSnapshot               *snapshot);

/* liaison-graph-view-overlay.c */
void                 _liaison_graph_view_snapshot_overlay      (LiaisonGraphView          *self,
                                                                GtkSnapshot               *snapshot);
void                 _liaison_graph_view_snapshot_moving       (LiaisonGraphView          *self,
                                                                GtkSnapshot               *snapshot);
void                 _liaison_graph_view_band_done             (LiaisonGraphView          *self);
void                 _liaison_graph_view_emit_picked_changed   (LiaisonGraphView          *self);
void                 _liaison_graph_view_emit_entity_moved     (LiaisonGraphView          *self,
                                                                guint                      entity,
                                                                double                     dx,
                                                                double                     dy);
void                 _liaison_graph_view_set_hover             (LiaisonGraphView          *self,
                                                                const LiaisonSceneElement *element);

G_END_DECLS

/* liaison-graph-view.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-label-placement.h"
#include "liaison-scene.h"
#include "liaison-position-memory.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_GRAPH_VIEW (liaison_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonGraphView, liaison_graph_view, LIAISON, GRAPH_VIEW, GtkWidget)

/* Zoom is in screen pixels per point of the layout. */
#define LIAISON_MAX_ZOOM 8.0

GtkWidget                 *liaison_graph_view_new          (void);
LiaisonScene              *liaison_graph_view_get_scene    (LiaisonGraphView   *self);
void                       liaison_graph_view_set_scene    (LiaisonGraphView   *self,
                                                            LiaisonScene       *scene);
LiaisonViewState          *liaison_graph_view_get_state    (LiaisonGraphView   *self);
void                       liaison_graph_view_set_state    (LiaisonGraphView   *self,
                                                            LiaisonViewState   *state);
void                       liaison_graph_view_set_positions (LiaisonGraphView *self,
                                                             LiaisonPositionMemory *positions);
void                       liaison_graph_view_clear_picked (LiaisonGraphView *self);
guint                     *liaison_graph_view_dup_picked   (LiaisonGraphView   *self,
                                                            guint              *n)
                                                            G_GNUC_WARN_UNUSED_RESULT;
gboolean                   liaison_graph_view_is_picked    (LiaisonGraphView   *self,
                                                            guint               entity);
double                     liaison_graph_view_get_zoom     (LiaisonGraphView   *self);
void                       liaison_graph_view_get_center   (LiaisonGraphView   *self,
                                                            double             *x,
                                                            double             *y);
void                       liaison_graph_view_set_view     (LiaisonGraphView   *self,
                                                            double              center_x,
                                                            double              center_y,
                                                            double              zoom);
void                       liaison_graph_view_zoom_at      (LiaisonGraphView   *self,
                                                            double              factor,
                                                            double              widget_x,
                                                            double              widget_y);
void                       liaison_graph_view_zoom_by      (LiaisonGraphView   *self,
                                                            double              factor);
void                       liaison_graph_view_pan          (LiaisonGraphView   *self,
                                                            double              dx,
                                                            double              dy);
void                       liaison_graph_view_zoom_to_fit  (LiaisonGraphView   *self,
                                                            gboolean            animate);
void                       liaison_graph_view_zoom_actual  (LiaisonGraphView   *self);
void                       liaison_graph_view_center_on    (LiaisonGraphView   *self,
                                                            LiaisonElementKind  kind,
                                                            guint               index);
gboolean                   liaison_graph_view_go_back      (LiaisonGraphView   *self);
gboolean                   liaison_graph_view_go_forward   (LiaisonGraphView   *self);
gboolean                   liaison_graph_view_can_go_back  (LiaisonGraphView   *self);
gboolean                   liaison_graph_view_can_go_forward (LiaisonGraphView *self);
void                       liaison_graph_view_step_neighbour (LiaisonGraphView *self,
                                                            int                 direction);
const LiaisonSceneElement *liaison_graph_view_hit_test     (LiaisonGraphView   *self,
                                                            double              widget_x,
                                                            double              widget_y);
LiaisonLabelPlacement     *liaison_graph_view_get_labels   (LiaisonGraphView   *self)
                                                           G_GNUC_WARN_UNUSED_RESULT;
guint                      liaison_graph_view_get_n_pending_tiles (LiaisonGraphView *self);
gboolean                   liaison_graph_view_is_settled   (LiaisonGraphView   *self);
guint                      liaison_graph_view_get_n_dimmed (LiaisonGraphView   *self);

G_END_DECLS

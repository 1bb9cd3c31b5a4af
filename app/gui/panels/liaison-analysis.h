/* liaison-analysis.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-entity-encoding.h"
#include "liaison-metrics.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ANALYSIS (liaison_analysis_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonAnalysis, liaison_analysis, LIAISON, ANALYSIS, GObject)

/* The metrics of what a view state shows, kept up to date off the main
 * thread, and what the window does with them: the entity table lists
 * them, the legend sizes and colours entities by them, and one piece of
 * the graph or some of its communities can be shown alone.
 *
 * The metrics measure what the filters and an exploration show (or the
 * whole dataset), never the piece or communities picked here, so that
 * picking one keeps every number and colour where it was.
 */

LiaisonAnalysis  *liaison_analysis_new                  (void);
LiaisonViewState *liaison_analysis_get_state            (LiaisonAnalysis  *self);
void              liaison_analysis_set_state            (LiaisonAnalysis  *self,
                                                         LiaisonViewState *state);
LiaisonMetrics   *liaison_analysis_get_metrics          (LiaisonAnalysis  *self);
gboolean          liaison_analysis_get_computing        (LiaisonAnalysis  *self);
double            liaison_analysis_get_progress         (LiaisonAnalysis  *self);
void              liaison_analysis_cancel               (LiaisonAnalysis  *self);
void              liaison_analysis_recompute            (LiaisonAnalysis  *self);

gboolean          liaison_analysis_get_whole_dataset    (LiaisonAnalysis  *self);
void              liaison_analysis_set_whole_dataset    (LiaisonAnalysis  *self,
                                                         gboolean          whole_dataset);
LiaisonSizeBy     liaison_analysis_get_size_by          (LiaisonAnalysis  *self);
void              liaison_analysis_set_size_by          (LiaisonAnalysis  *self,
                                                         LiaisonSizeBy     size_by);
LiaisonColorBy    liaison_analysis_get_color_by         (LiaisonAnalysis  *self);
void              liaison_analysis_set_color_by         (LiaisonAnalysis  *self,
                                                         LiaisonColorBy    color_by);
LiaisonEntityEncoding *liaison_analysis_get_encoding    (LiaisonAnalysis  *self);

int               liaison_analysis_get_piece            (LiaisonAnalysis  *self);
void              liaison_analysis_set_piece            (LiaisonAnalysis  *self,
                                                         int               piece);
gboolean          liaison_analysis_get_community_visible (LiaisonAnalysis *self,
                                                         guint             slot);
void              liaison_analysis_set_community_visible (LiaisonAnalysis *self,
                                                         guint             slot,
                                                         gboolean          visible);

G_END_DECLS

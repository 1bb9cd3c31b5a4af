/* liaison-metrics-legend.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-analysis.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_METRICS_LEGEND (liaison_metrics_legend_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonMetricsLegend, liaison_metrics_legend, LIAISON, METRICS_LEGEND, GtkWidget)

/* The legend's part for metrics: what entities are sized and coloured by,
 * the scale of sizes with its smallest and largest value, and the
 * communities by size, each with a switch that shows or hides it.
 */
GtkWidget       *liaison_metrics_legend_new          (void);
LiaisonAnalysis *liaison_metrics_legend_get_analysis (LiaisonMetricsLegend *self);
void             liaison_metrics_legend_set_analysis (LiaisonMetricsLegend *self,
                                                      LiaisonAnalysis      *analysis);

G_END_DECLS

/* liaison-legend.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_LEGEND (liaison_legend_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonLegend, liaison_legend, LIAISON, LEGEND, GtkWidget)

/* The entity and relation types with their colours and counts, each with
 * a switch that shows or hides it in the graph (in the view state; the
 * dataset is never changed).
 */
GtkWidget        *liaison_legend_new       (void);
LiaisonViewState *liaison_legend_get_state (LiaisonLegend    *self);
void              liaison_legend_set_state (LiaisonLegend    *self,
                                            LiaisonViewState *state);

G_END_DECLS

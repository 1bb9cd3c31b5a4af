/* liaison-timeline.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_TIMELINE (liaison_timeline_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonTimeline, liaison_timeline, LIAISON, TIMELINE, GtkWidget)

/* The strip under the graph: when the relations are dated, the range of
 * dates shown, whether undated relations stay, and how many relations
 * that leaves. It changes only the view state's date range.
 */

GtkWidget        *liaison_timeline_new             (void);
LiaisonViewState *liaison_timeline_get_state       (LiaisonTimeline  *self);
void              liaison_timeline_set_state       (LiaisonTimeline  *self,
                                                    LiaisonViewState *state);
GtkWidget        *liaison_timeline_get_strip       (LiaisonTimeline  *self);
const char       *liaison_timeline_get_count_text  (LiaisonTimeline  *self);
const char       *liaison_timeline_get_range_text  (LiaisonTimeline  *self);
void              liaison_timeline_set_show_undated (LiaisonTimeline *self,
                                                    gboolean          show);

G_END_DECLS

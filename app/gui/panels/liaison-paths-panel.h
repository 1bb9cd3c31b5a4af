/* liaison-paths-panel.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_PATHS_PANEL (liaison_paths_panel_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonPathsPanel, liaison_paths_panel, LIAISON, PATHS_PANEL, GtkWidget)

/* How two entities connect: every shortest path between them, shown on
 * the graph through the view state's explored subset and listed as
 * chains with the evidence of each link; on request the longer simple
 * paths too; or, when nothing connects them, the part of the graph each
 * is in. Closing it gives back what was shown before.
 */

GtkWidget        *liaison_paths_panel_new              (void);
LiaisonViewState *liaison_paths_panel_get_state        (LiaisonPathsPanel *self);
void              liaison_paths_panel_set_state        (LiaisonPathsPanel *self,
                                                        LiaisonViewState  *state);
void              liaison_paths_panel_show_paths       (LiaisonPathsPanel *self,
                                                        guint              from,
                                                        guint              to);
void              liaison_paths_panel_close            (LiaisonPathsPanel *self);
gboolean          liaison_paths_panel_get_active       (LiaisonPathsPanel *self);
void              liaison_paths_panel_find_longer      (LiaisonPathsPanel *self,
                                                        guint              max_length);
gboolean          liaison_paths_panel_get_searching    (LiaisonPathsPanel *self);
const char       *liaison_paths_panel_get_summary      (LiaisonPathsPanel *self);
char             *liaison_paths_panel_dup_chains       (LiaisonPathsPanel *self)
                                                       G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

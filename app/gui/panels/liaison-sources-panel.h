/* liaison-sources-panel.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_SOURCES_PANEL (liaison_sources_panel_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSourcesPanel, liaison_sources_panel, LIAISON, SOURCES_PANEL, GtkWidget)

/* The dataset's sources, each with what it supports; choosing one shows
 * only that on the graph, through the view state's subset, so that Undo
 * takes it back. A publisher narrows the list.
 */

GtkWidget        *liaison_sources_panel_new           (void);
LiaisonViewState *liaison_sources_panel_get_state     (LiaisonSourcesPanel *self);
void              liaison_sources_panel_set_state     (LiaisonSourcesPanel *self,
                                                       LiaisonViewState    *state);
void              liaison_sources_panel_show_source   (LiaisonSourcesPanel *self,
                                                       guint                source_index);
void              liaison_sources_panel_set_publisher (LiaisonSourcesPanel *self,
                                                       const char          *publisher);
void              liaison_sources_panel_show_everything (LiaisonSourcesPanel *self);
const char       *liaison_sources_panel_get_shown_text (LiaisonSourcesPanel *self);
guint             liaison_sources_panel_get_n_rows_shown (LiaisonSourcesPanel *self);

G_END_DECLS

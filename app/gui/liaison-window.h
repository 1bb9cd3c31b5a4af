/* liaison-window.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liaison-dataset.h"
#include "liaison-types.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_WINDOW (liaison_window_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonWindow, liaison_window, LIAISON, WINDOW, AdwApplicationWindow)

LiaisonWindow  *liaison_window_new                (LiaisonApplication *application);
void            liaison_window_open               (LiaisonWindow      *self,
                                                   GFile              *file);
void            liaison_window_open_bundled       (LiaisonWindow      *self);
LiaisonDataset *liaison_window_get_dataset        (LiaisonWindow      *self);
GFile          *liaison_window_get_file           (LiaisonWindow      *self);
gboolean        liaison_window_get_loading        (LiaisonWindow      *self);
const char     *liaison_window_get_status_message (LiaisonWindow      *self);
LiaisonViewState *liaison_window_get_view_state   (LiaisonWindow      *self);
GtkWidget      *liaison_window_get_graph_view     (LiaisonWindow      *self);
GtkWidget      *liaison_window_get_details_pane   (LiaisonWindow      *self);

/* liaison-window-investigation.c */
void            liaison_window_save_investigation (LiaisonWindow      *self,
                                                   GFile              *file);
GFile          *liaison_window_get_investigation_file (LiaisonWindow  *self);
gboolean        liaison_window_locate_dataset     (LiaisonWindow      *self,
                                                   GFile              *dataset);

G_END_DECLS

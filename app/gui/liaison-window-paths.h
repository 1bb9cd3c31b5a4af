/* liaison-window-paths.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-window.h"

G_BEGIN_DECLS

/* The window's paths panel and timeline: their actions, and how they are
 * shown and hidden.
 */
void       liaison_window_class_init_paths    (GtkWidgetClass *widget_class);
void       liaison_window_init_paths          (LiaisonWindow  *self);

void       liaison_window_find_connections    (LiaisonWindow  *self,
                                               guint           from);
void       liaison_window_show_paths          (LiaisonWindow  *self,
                                               guint           from,
                                               guint           to);
GtkWidget *liaison_window_get_paths_panel     (LiaisonWindow  *self);
GtkWidget *liaison_window_get_timeline        (LiaisonWindow  *self);
GtkWidget *liaison_window_get_entity_chooser  (LiaisonWindow  *self);

G_END_DECLS

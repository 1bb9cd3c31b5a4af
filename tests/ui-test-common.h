/* ui-test-common.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-application.h"
#include "liaison-window.h"

G_BEGIN_DECLS

/* What the GTK tests share: one application, set up as main.c does, and
 * ways to wait for the window without sleeping.
 */
LiaisonApplication *ui_test_init          (int            *argc,
                                           char         ***argv);
LiaisonWindow      *ui_test_open_window   (void);
void                ui_test_wait_for_load (LiaisonWindow  *window);
void                ui_test_wait_until    (gboolean      (*condition) (gpointer),
                                           gpointer        data);
GFile              *ui_test_file          (const char     *folder,
                                           const char     *name);

/* The first widget of @type under @widget (itself included), depth first. */
GtkWidget          *ui_test_find_widget   (GtkWidget      *widget,
                                           GType           type);

G_END_DECLS

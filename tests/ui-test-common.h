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
/* A window on tests/data/@folder/@name, or on @file, and nothing else:
 * laid out and shown.
 */
LiaisonWindow      *ui_test_open_window_on_data (const char  *folder,
                                                 const char  *name);
LiaisonWindow      *ui_test_open_window_on      (GFile       *file);
/* Opens @file in @window, in place of what it shows, and waits for it. */
void                ui_test_open_file     (LiaisonWindow  *window,
                                           GFile          *file);
void                ui_test_wait_for_load (LiaisonWindow  *window);
/* Until the graph view has drawn what is in view, at its own scale:
 * moved or zoomed, it is where a pointer finds it.
 */
void                ui_test_wait_for_view (LiaisonWindow  *window);
void                ui_test_wait_until    (gboolean      (*condition) (gpointer),
                                           gpointer        data);
GFile              *ui_test_file          (const char     *folder,
                                           const char     *name);

/* Activates @action on the window, as a menu item or key does, and waits
 * until what it started is laid out.
 */
void                ui_test_act           (LiaisonWindow  *window,
                                           const char     *action,
                                           GVariant       *parameter);

/* Presses @keys (xdotool's names) through the X server, so that they go
 * where GTK sends keys: to the focus, then up to the window. FALSE when
 * that cannot be done here.
 */
gboolean            ui_test_press_keys    (LiaisonWindow  *window,
                                           const char     *keys);

/* The window's template child @name, and the search bar's; they must
 * exist.
 */
gpointer            ui_test_window_child  (LiaisonWindow  *window,
                                           const char     *name);
gpointer            ui_test_search_child  (LiaisonWindow  *window,
                                           const char     *name);

/* The label at @position among a list box row's children, or NULL: a
 * row of search results has its title first, then what matched.
 */
GtkLabel           *ui_test_row_label     (GtkWidget      *row,
                                           guint           position);

/* Moves the pointer, through the X server, to (@view_x, @view_y) on the
 * graph view, waits 0.2 s as a hand would, and goes on with xdotool's
 * commands @then (NULL-terminated); FALSE where there is no X11 or no
 * xdotool. ui_test_pointer_on_entity () first brings @entity to the
 * middle of the view, at once, and points at it there.
 */
gboolean            ui_test_pointer_on_view (LiaisonWindow      *window,
                                             double              view_x,
                                             double              view_y,
                                             const char * const *then);
gboolean            ui_test_pointer_on_entity (LiaisonWindow      *window,
                                               guint               entity,
                                               const char * const *then);

/* The index of the entity @id in the window's dataset; it must exist. */
guint               ui_test_entity_index  (LiaisonWindow  *window,
                                           const char     *id);

/* The first widget under @widget (itself included), depth first, for
 * which @match holds.
 */
typedef gboolean  (*UiTestMatch)          (GtkWidget      *widget,
                                           gconstpointer   data);
GtkWidget          *ui_test_find          (GtkWidget      *widget,
                                           UiTestMatch     match,
                                           gconstpointer   data);
/* ... of @type; named @name (gtk_widget_get_name ()); a label whose text
 * starts with @prefix.
 */
GtkWidget          *ui_test_find_widget   (GtkWidget      *widget,
                                           GType           type);
GtkWidget          *ui_test_find_named    (GtkWidget      *widget,
                                           const char     *name);
GtkWidget          *ui_test_find_label_starting (GtkWidget  *widget,
                                                 const char *prefix);
/* A label whose text, markup included, holds @text. */
GtkWidget          *ui_test_find_label_containing (GtkWidget  *widget,
                                                   const char *text);
/* The button, or the check button, whose label reads @label; the widget
 * with the style class @css_class.
 */
GtkWidget          *ui_test_find_button   (GtkWidget      *widget,
                                           const char     *label);
GtkWidget          *ui_test_find_check    (GtkWidget      *widget,
                                           const char     *label);
GtkWidget          *ui_test_find_with_class (GtkWidget    *widget,
                                             const char   *css_class);
/* The entry of the shortcuts window that shows @accelerator (as
 * GtkShortcutsShortcut writes it) or is for the action @accelerator.
 */
GtkWidget          *ui_test_find_shortcut (GtkWidget      *widget,
                                           const char     *accelerator);
/* The first open window of @type, such as a dialog, or NULL. */
GtkWindow          *ui_test_find_toplevel (GType           type);

/* For ui_test_wait_until (): whether the pointer at @data is NULL, as a
 * weak pointer is once its object is freed.
 */
gboolean            ui_test_is_null       (gpointer        data);

G_END_DECLS

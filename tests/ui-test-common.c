/* ui-test-common.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "liaison-graph-view.h"
#include "liaison-search-bar.h"
#include "ui-test-common.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static LiaisonApplication *app;

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails after 30 s (or
 * LIAISON_UI_TEST_TIMEOUT seconds, for screenshots of large graphs).
 */
void
ui_test_wait_until (gboolean (*condition) (gpointer),
                    gpointer   data)
{
  const char *seconds = g_getenv ("LIAISON_UI_TEST_TIMEOUT");
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (seconds != NULL ? MAX (atoi (seconds), 1) : 30, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout);
}

static gboolean
not_loading (gpointer data)
{
  return !liaison_window_get_loading (data);
}

/* Until the file is read and the layout is on screen. */
void
ui_test_wait_for_load (LiaisonWindow *window)
{
  ui_test_wait_until (not_loading, window);
}

static LiaisonWindow *
present_window (void)
{
  LiaisonWindow *window = liaison_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static gboolean
view_settled (gpointer data)
{
  return liaison_graph_view_is_settled (data);
}

void
ui_test_wait_for_view (LiaisonWindow *window)
{
  ui_test_wait_until (view_settled, liaison_window_get_graph_view (window));
}

/* On the bundled dataset. */
LiaisonWindow *
ui_test_open_window (void)
{
  LiaisonWindow *window = present_window ();

  liaison_window_open_bundled (window);
  ui_test_wait_for_load (window);

  return window;
}

void
ui_test_open_file (LiaisonWindow *window,
                   GFile         *file)
{
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);
}

/* Without laying the bundled dataset out first: only to be replaced. */
LiaisonWindow *
ui_test_open_window_on (GFile *file)
{
  LiaisonWindow *window = present_window ();

  ui_test_open_file (window, file);
  g_assert_nonnull (liaison_window_get_dataset (window));

  return window;
}

LiaisonWindow *
ui_test_open_window_on_data (const char *folder,
                             const char *name)
{
  g_autoptr(GFile) file = ui_test_file (folder, name);

  return ui_test_open_window_on (file);
}

void
ui_test_act (LiaisonWindow *window,
             const char    *action,
             GVariant      *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  ui_test_wait_for_load (window);
}

#ifdef GDK_WINDOWING_X11
/* xdotool, or NULL where it cannot reach the window. */
static char *
find_xdotool (LiaisonWindow *window)
{
  if (!GDK_IS_X11_SURFACE (gtk_native_get_surface (GTK_NATIVE (window))))
    return NULL;
  return g_find_program_in_path ("xdotool");
}

static char *
window_xid (LiaisonWindow *window)
{
  return g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
}

static void
run_xdotool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}
#endif

gboolean
ui_test_press_keys (LiaisonWindow *window,
                    const char    *keys)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = find_xdotool (window);
  g_autofree char *xid = NULL;

  if (xdotool == NULL)
    return FALSE;

  xid = window_xid (window);
  {
    const char *argv[] = { xdotool, "windowfocus", "--sync", xid, "key", keys, NULL };

    run_xdotool (argv);
  }
  return TRUE;
#else
  return FALSE;
#endif
}

gboolean
ui_test_pointer_on_view (LiaisonWindow      *window,
                         double              view_x,
                         double              view_y,
                         const char * const *then)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = find_xdotool (window);
  g_autoptr(GPtrArray) argv = NULL;
  double window_x, window_y, offset_x, offset_y;

  if (xdotool == NULL)
    return FALSE;

  g_assert_true (gtk_widget_translate_coordinates (liaison_window_get_graph_view (window), GTK_WIDGET (window),
                                                   view_x, view_y, &window_x, &window_y));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &offset_x, &offset_y);
  argv = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (argv, g_strdup (xdotool));
  g_ptr_array_add (argv, g_strdup ("mousemove"));
  g_ptr_array_add (argv, g_strdup ("--window"));
  g_ptr_array_add (argv, window_xid (window));
  g_ptr_array_add (argv, g_strdup_printf ("%d", (int) (window_x + offset_x)));
  g_ptr_array_add (argv, g_strdup_printf ("%d", (int) (window_y + offset_y)));
  g_ptr_array_add (argv, g_strdup ("sleep"));
  g_ptr_array_add (argv, g_strdup ("0.2"));
  for (guint i = 0; then[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (then[i]));
  g_ptr_array_add (argv, NULL);
  run_xdotool ((const char * const *) argv->pdata);
  return TRUE;
#else
  return FALSE;
#endif
}

gboolean
ui_test_pointer_on_entity (LiaisonWindow      *window,
                           guint               entity,
                           const char * const *then)
{
  GtkWidget *view = liaison_window_get_graph_view (window);
  const LiaisonSceneElement *node;

  node = liaison_scene_lookup (liaison_graph_view_get_scene (LIAISON_GRAPH_VIEW (view)), LIAISON_ELEMENT_ENTITY, entity);
  g_assert_nonnull (node);
  liaison_graph_view_set_view (LIAISON_GRAPH_VIEW (view), node->x, node->y,
                               liaison_graph_view_get_zoom (LIAISON_GRAPH_VIEW (view)));
  ui_test_wait_for_view (window);
  return ui_test_pointer_on_view (window, gtk_widget_get_width (view) / 2.0, gtk_widget_get_height (view) / 2.0, then);
}

gpointer
ui_test_window_child (LiaisonWindow *window,
                      const char    *name)
{
  gpointer child = gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return child;
}

gpointer
ui_test_search_child (LiaisonWindow *window,
                      const char    *name)
{
  gpointer child = gtk_widget_get_template_child (ui_test_window_child (window, "search_bar"),
                                                  LIAISON_TYPE_SEARCH_BAR, name);

  g_assert_nonnull (child);
  return child;
}

GtkLabel *
ui_test_row_label (GtkWidget *row,
                   guint      position)
{
  GtkWidget *child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  if (GTK_IS_LABEL (child))
    return position == 0 ? GTK_LABEL (child) : NULL;

  child = gtk_widget_get_first_child (child);
  for (guint i = 0; child != NULL && i < position; i++)
    child = gtk_widget_get_next_sibling (child);
  return child != NULL && GTK_IS_LABEL (child) ? GTK_LABEL (child) : NULL;
}

guint
ui_test_entity_index (LiaisonWindow *window,
                      const char    *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (liaison_window_get_dataset (window), id);

  g_assert_nonnull (entity);
  return liaison_entity_get_index (entity);
}

GFile *
ui_test_file (const char *folder,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);

  return g_file_new_for_path (path);
}

LiaisonApplication *
ui_test_init (int    *argc,
              char ***argv)
{
  const char *localedir = g_getenv ("LIAISON_LOCALEDIR");
  g_autoptr(GError) error = NULL;

  /* As main.c does: translations from the build tree. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (g_getenv ("LIAISON_EXPECT_LOCALE") != NULL &&
      !g_str_has_prefix (setlocale (LC_MESSAGES, NULL), g_getenv ("LIAISON_EXPECT_LOCALE")))
    g_error ("the %s locale is missing: generate it (Debian: locales, locale-gen)",
             g_getenv ("LIAISON_EXPECT_LOCALE"));

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  app = liaison_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

GtkWidget *
ui_test_find (GtkWidget     *widget,
              UiTestMatch    match,
              gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
ui_test_find_widget (GtkWidget *widget,
                     GType      type)
{
  return ui_test_find (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
ui_test_find_named (GtkWidget  *widget,
                    const char *name)
{
  return ui_test_find (widget, is_named, name);
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

GtkWidget *
ui_test_find_label_starting (GtkWidget  *widget,
                             const char *prefix)
{
  return ui_test_find (widget, is_label_starting, prefix);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

GtkWidget *
ui_test_find_label_containing (GtkWidget  *widget,
                               const char *text)
{
  return ui_test_find (widget, is_label_containing, text);
}

static gboolean
is_button (GtkWidget     *widget,
           gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

GtkWidget *
ui_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  return ui_test_find (widget, is_button, label);
}

static gboolean
is_check (GtkWidget     *widget,
          gconstpointer  label)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

GtkWidget *
ui_test_find_check (GtkWidget  *widget,
                    const char *label)
{
  return ui_test_find (widget, is_check, label);
}

static gboolean
has_class (GtkWidget     *widget,
           gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

GtkWidget *
ui_test_find_with_class (GtkWidget  *widget,
                         const char *css_class)
{
  return ui_test_find (widget, has_class, css_class);
}

static gboolean
is_shortcut (GtkWidget     *widget,
             gconstpointer  accelerator)
{
  g_autofree char *shown = NULL;
  g_autofree char *action = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;
  g_object_get (widget, "accelerator", &shown, "action-name", &action, NULL);
  return g_strcmp0 (shown, accelerator) == 0 || g_strcmp0 (action, accelerator) == 0;
}

GtkWidget *
ui_test_find_shortcut (GtkWidget  *widget,
                       const char *accelerator)
{
  return ui_test_find (widget, is_shortcut, accelerator);
}

GtkWindow *
ui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        return GTK_WINDOW (item);
    }
  return NULL;
}

gboolean
ui_test_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

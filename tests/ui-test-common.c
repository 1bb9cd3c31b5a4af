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

#include "ui-test-common.h"

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

LiaisonWindow *
ui_test_open_window (void)
{
  LiaisonWindow *window = liaison_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  liaison_window_open_bundled (window);
  ui_test_wait_for_load (window);

  return window;
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
ui_test_find_widget (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

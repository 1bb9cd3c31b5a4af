/* test-engine-menu.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ui-test-common.h"

static const char *
automatic_item (LiaisonWindow *window)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (ui_test_window_child (window, "engine_dropdown"));

  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), 0);
}

static gboolean
loading (gpointer data)
{
  return liaison_window_get_loading (data);
}

/* Waits a moment in which nothing should start. */
static void
assert_stays_idle (LiaisonWindow *window)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_false (liaison_window_get_loading (window));
      g_usleep (1000);
    }
}

/* Sixty entities and six hundred relations: neato's size, too dense for
 * dot, and past the cost at which relations are drawn straight (600 *
 * 60^1.5 is seven times it). Larger, it only takes longer to lay out.
 */
static GFile *
write_dense_dataset (const char *dir)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20190903);
  g_autoptr(GString) text = g_string_new ("{\"entities\": [");
  g_autofree char *path = g_build_filename (dir, "dense.json", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"label\": \"Entity %u\"}", i ? "," : "", i, i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i < 600; i++)
    g_string_append_printf (text, "%s{\"from\": \"e%u\", \"to\": \"e%u\"}", i ? "," : "",
                            g_rand_int_range (rand, 0, 60), g_rand_int_range (rand, 0, 60));
  g_string_append (text, "]}");
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* The engine menu says what Automatic chose, engine and way of drawing
 * relations, for the graph on screen; saying so lays nothing out again.
 */
static void
test_automatic_says_what_it_chose (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  GSettings *settings = liaison_application_get_settings (LIAISON_APPLICATION (g_application_get_default ()));
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autoptr(GFile) dense = write_dense_dataset (dir);
  g_autofree char *engine = NULL;

  g_assert_cmpstr (automatic_item (window), ==, "Automatic (neato, curved lines)");

  liaison_window_open (window, dense);
  ui_test_wait_until (loading, window);
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_dataset_get_n_relations (liaison_window_get_dataset (window)), ==, 600);
  g_assert_cmpstr (automatic_item (window), ==, "Automatic (neato, straight lines)");
  assert_stays_idle (window);
  engine = g_settings_get_string (settings, "layout-engine");
  g_assert_cmpstr (engine, ==, "auto");

  /* Another engine chosen: Automatic is only a name again. */
  g_settings_set_string (settings, "layout-engine", "sfdp");
  ui_test_wait_for_load (window);
  g_assert_cmpstr (automatic_item (window), ==, "Automatic");

  g_settings_set_string (settings, "layout-engine", "auto");
  ui_test_wait_for_load (window);
  g_assert_cmpstr (automatic_item (window), ==, "Automatic (neato, straight lines)");
  assert_stays_idle (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (g_file_peek_path (dense));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/engine-menu/automatic-says-what-it-chose", test_automatic_says_what_it_chose);

  return g_test_run ();
}

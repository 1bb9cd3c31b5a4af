/* test-live-reload.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The open file saved as editors save it, by writing another file and
 * renaming it over: the graph follows and the view stays; a save that
 * does not open leaves the last good version with a bar saying why, and
 * the bar goes when a save fixes it.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "liaison-analysis.h"
#include "liaison-application.h"
#include "liaison-entity-encoding.h"
#include "liaison-entity-table.h"
#include "liaison-graph-view.h"
#include "liaison-search-bar.h"
#include "liaison-window-private.h"
#include "ui-test-common.h"

static const char first[] =
  "{ \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"Alice\", \"type\": \"person\" },"
  "  { \"id\": \"b\", \"label\": \"Bolt Ltd\", \"type\": \"company\" },"
  "  { \"id\": \"c\", \"label\": \"Carol\", \"type\": \"person\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\" },"
  "  { \"id\": \"r2\", \"from\": \"c\", \"to\": \"a\" } ] }";

static const char second[] =
  "{ \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"Alice\", \"type\": \"person\" },"
  "  { \"id\": \"b\", \"label\": \"Bolt Ltd\", \"type\": \"company\" },"
  "  { \"id\": \"c\", \"label\": \"Carol\", \"type\": \"person\" },"
  "  { \"id\": \"d\", \"label\": \"Dave\", \"type\": \"person\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\" },"
  "  { \"id\": \"r2\", \"from\": \"c\", \"to\": \"a\" },"
  "  { \"id\": \"r3\", \"from\": \"d\", \"to\": \"c\" } ] }";

/* A relation to an entity that is not there, named like markup. */
static const char broken[] =
  "{ \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"Alice\", \"type\": \"person\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"<b>ghost</b>\" } ] }";

typedef struct
{
  LiaisonWindow  *window;
  LiaisonDataset *dataset;
} Waiting;

static void
save (const char *path,
      const char *text)
{
  g_autofree char *temporary = g_strconcat (path, ".swp", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (temporary, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
}

/* A new dataset, laid out and on screen. */
static gboolean
replaced (gpointer data)
{
  Waiting *waiting = data;
  GtkWidget *view = liaison_window_get_graph_view (waiting->window);
  LiaisonScene *scene = liaison_graph_view_get_scene (LIAISON_GRAPH_VIEW (view));

  return liaison_window_get_dataset (waiting->window) != waiting->dataset &&
         !liaison_window_get_loading (waiting->window) && scene != NULL &&
         liaison_scene_get_dataset (scene) == liaison_window_get_dataset (waiting->window);
}

static gboolean
bar_shown (gpointer data)
{
  GtkWidget *bar = ui_test_find_named (GTK_WIDGET (data), "reload-bar");

  return bar != NULL && gtk_info_bar_get_revealed (GTK_INFO_BAR (bar));
}

static void
test_live_reload (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autofree char *dir = g_dir_make_tmp ("liaison-live-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "people.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LiaisonGraphView *view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
  Waiting waiting = { window, NULL };
  LiaisonDataset *dataset;
  GtkWidget *bar;
  GtkWidget *label;
  double center_x, center_y, zoom;
  double x, y;
  gpointer weak = window;

  save (path, first);
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);
  dataset = liaison_window_get_dataset (window);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 3);

  /* The user hides companies and zooms in on part of the graph. */
  liaison_view_state_set_entity_type_visible (liaison_window_get_view_state (window), "company", FALSE);
  ui_test_wait_for_load (window);
  liaison_graph_view_get_center (view, &center_x, &center_y);
  liaison_graph_view_set_view (view, center_x + 10, center_y - 5, 2.5);
  liaison_graph_view_get_center (view, &center_x, &center_y);
  zoom = liaison_graph_view_get_zoom (view);

  /* Saved with a new entity: it is there, the filter and camera stay. */
  waiting.dataset = dataset;
  g_test_message ("saving a new entity");
  save (path, second);
  ui_test_wait_until (replaced, &waiting);
  dataset = liaison_window_get_dataset (window);
  g_assert_nonnull (liaison_dataset_lookup_entity (dataset, "d"));
  g_assert_true (liaison_view_state_is_entity_visible (liaison_window_get_view_state (window),
                                                       liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "d"))));
  g_assert_false (liaison_view_state_get_entity_type_visible (liaison_window_get_view_state (window), "company"));
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (view), zoom, 1e-9);
  liaison_graph_view_get_center (view, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, center_x, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, center_y, 1e-6);
  g_assert_false (bar_shown (window));

  /* A broken save: the graph stays, the bar names the problem, as
   * text and never as markup.
   */
  g_test_message ("saving a broken version");
  save (path, broken);
  ui_test_wait_until (bar_shown, window);
  g_assert_true (liaison_window_get_dataset (window) == dataset);
  bar = ui_test_find_named (GTK_WIDGET (window), "reload-bar");
  label = ui_test_find_named (bar, "reload-bar-label");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "people.json"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "unknown entity \"<b>ghost</b>\""));

  /* Fixed: read again, and the bar goes. */
  waiting.dataset = dataset;
  g_test_message ("saving a fixed version");
  save (path, first);
  ui_test_wait_until (replaced, &waiting);
  g_assert_false (bar_shown (window));
  g_assert_null (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "d"));

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  g_test_message ("closing the window");
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_is_null, &weak);

  g_unlink (path);
  g_rmdir (dir);
}

/* Sized by degree, with the metrics of the version on screen. */
static gboolean
sized_by_degree (gpointer data)
{
  LiaisonWindow *window = data;
  LiaisonEntityEncoding *encoding = liaison_view_state_get_encoding (liaison_window_get_view_state (window));
  LiaisonMetrics *metrics = encoding != NULL ? liaison_entity_encoding_get_metrics (encoding) : NULL;

  return metrics != NULL && liaison_entity_encoding_get_size_by (encoding) == LIAISON_SIZE_BY_DEGREE &&
         liaison_metrics_get_dataset (metrics) == liaison_window_get_dataset (window);
}

/* What is typed in the search, how entities are sized and the undo
 * history go over to the new version too.
 */
static void
test_keeps_search_sizes_history (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autofree char *dir = g_dir_make_tmp ("liaison-live-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "people.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkEditable *entry = GTK_EDITABLE (ui_test_search_child (window, "search_entry"));
  LiaisonAnalysis *analysis = liaison_entity_table_get_analysis (LIAISON_ENTITY_TABLE (ui_test_find_widget (GTK_WIDGET (window), LIAISON_TYPE_ENTITY_TABLE)));
  Waiting waiting = { window, NULL };
  LiaisonViewState *state;
  const guint *matches;
  guint n_matches;
  double b_x, b_y, x, y;
  guint b;

  save (path, first);
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (entry, "Carol");
  liaison_analysis_set_size_by (analysis, LIAISON_SIZE_BY_DEGREE);
  ui_test_wait_until (sized_by_degree, window);
  /* Three steps, of which the view shows only the last. */
  state = liaison_window_get_view_state (window);
  liaison_view_state_set_entity_type_visible (state, "company", FALSE);
  liaison_view_state_set_entity_type_visible (state, "company", TRUE);
  liaison_view_state_set_entity_type_visible (state, "person", FALSE);
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_view_history_get_n_undo (window->history), ==, 3);
  /* And "b" dragged 40 points right, a fourth. */
  b = liaison_entity_get_index (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "b"));
  g_assert_true (liaison_position_memory_lookup (window->positions, b, &b_x, &b_y));
  liaison_position_memory_move (window->positions, window->history, &b, 1, 40, 0);
  g_assert_cmpuint (liaison_view_history_get_n_undo (window->history), ==, 4);

  waiting.dataset = liaison_window_get_dataset (window);
  save (path, second);
  ui_test_wait_until (replaced, &waiting);
  state = liaison_window_get_view_state (window);

  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Carol");
  g_assert_cmpstr (liaison_view_state_get_search (state), ==, "Carol");
  matches = liaison_view_state_get_matches (state, &n_matches);
  g_assert_cmpuint (n_matches, ==, 1);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (liaison_window_get_dataset (window), matches[0])),
                   ==, "c");

  /* Measured again on the new version. */
  ui_test_wait_until (sized_by_degree, window);

  /* All four steps are still there to undo, and carrying the view over
   * is none of them. The drag first: "b" goes back to where it was.
   */
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "person"));
  g_assert_cmpuint (liaison_view_history_get_n_undo (window->history), ==, 4);
  /* Undo in the search field would undo the typing. */
  gtk_widget_grab_focus (liaison_window_get_graph_view (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  b = liaison_entity_get_index (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "b"));
  g_assert_true (liaison_position_memory_lookup (window->positions, b, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, b_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, b_y, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (liaison_view_state_get_entity_type_visible (state, "person"));
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "company"));
  g_assert_cmpuint (liaison_view_history_get_n_undo (window->history), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (liaison_view_state_get_entity_type_visible (state, "company"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/live-reload/follows-saves", test_live_reload);
  g_test_add_func ("/live-reload/keeps-search-sizes-history", test_keeps_search_sizes_history);

  return g_test_run ();
}

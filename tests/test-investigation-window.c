/* test-investigation-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saved investigations in the window: a view saved from one window is
 * the view another window opens, every part of it; a dataset that is not
 * where the investigation says offers "Locate Dataset…"; one that
 * changed lists what no longer matches.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "liaison-graph-view.h"
#include "liaison-position-memory.h"
#include "liaison-test-util.h"
#include "liaison-window-private.h"
#include "ui-test-common.h"

static guint
entity_index (LiaisonWindow *window,
              const char    *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (liaison_window_get_dataset (window), id);

  g_assert_nonnull (entity);
  return liaison_entity_get_index (entity);
}

static LiaisonGraphView *
graph_view (LiaisonWindow *window)
{
  return LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
}

static void
position (LiaisonWindow *window,
          guint          entity,
          double        *x,
          double        *y)
{
  const LiaisonSceneElement *node;

  node = liaison_scene_lookup (liaison_graph_view_get_scene (graph_view (window)), LIAISON_ELEMENT_ENTITY, entity);
  g_assert_nonnull (node);
  g_assert_true (liaison_parse_graphviz_point (node->graphviz_pos, x, y));
}

static void
act (LiaisonWindow *window,
     const char    *action,
     GVariant      *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  ui_test_wait_for_load (window);
}

static gboolean
is_saved (gpointer data)
{
  return g_strcmp0 (liaison_window_get_status_message (data), "Investigation saved as “view.liaison”") == 0;
}

typedef struct
{
  LiaisonWindow *window;
  double         zoom;
} Restored;

/* The dataset is open, laid out, and the camera where it was saved. */
static gboolean
is_restored (gpointer data)
{
  Restored *restored = data;
  LiaisonWindow *window = restored->window;

  return liaison_window_get_dataset (window) != NULL && !liaison_window_get_loading (window) &&
         liaison_graph_view_get_scene (graph_view (window)) != NULL &&
         G_APPROX_VALUE (liaison_graph_view_get_zoom (graph_view (window)), restored->zoom, 1e-6);
}

/* A copy of the bundled dataset in a folder of its own. */
static char *
copy_dataset (void)
{
  g_autofree char *bundled = liaison_test_bundled_path ();
  g_autofree char *path = liaison_test_temporary_path ("huawei-japan.json");
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (bundled, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_steal_pointer (&path);
}

static LiaisonWindow *
open_in_new_window (GFile *file)
{
  LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (g_application_get_default ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  liaison_window_open (window, file);
  return window;
}

static void
test_save_and_restore (void)
{
  g_autofree char *path = copy_dataset ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *investigation_path = g_build_filename (dir, "view.liaison", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) dataset_file = g_file_new_for_path (path);
  g_autoptr(GFile) investigation = g_file_new_for_path (investigation_path);
  g_autoptr(LiaisonSubset) shown = NULL;
  LiaisonWindow *window;
  LiaisonWindow *restored_window;
  LiaisonViewState *state;
  LiaisonElementKind kind;
  Restored restored;
  LiaisonDateRange range = { 19870101, 20191231, FALSE };
  LiaisonDateRange restored_range;
  GSettings *settings = liaison_application_get_settings (LIAISON_APPLICATION (g_application_get_default ()));
  g_autofree char *engine = NULL;
  guint huawei, kddi, index;
  double pin_x, pin_y, x, y, centre_x, centre_y, zoom;

  window = open_in_new_window (dataset_file);
  ui_test_wait_for_load (window);
  g_settings_set_string (settings, "layout-engine", "neato");
  ui_test_wait_for_load (window);
  state = liaison_window_get_view_state (window);
  huawei = entity_index (window, "huawei");
  kddi = entity_index (window, "kddi");

  /* A focus two steps out, one entity hidden from it, a type and a
   * source switched off, a pin, a selection, a note, a camera.
   */
  act (window, "win.focus", g_variant_new ("(uu)", huawei, 2));
  act (window, "win.hide", g_variant_new_uint32 (entity_index (window, "ren-zhengfei")));
  liaison_view_state_set_entity_type_visible (state, "media", FALSE);
  liaison_view_state_set_date_range (state, &range);
  liaison_view_state_set_source_visible (state, liaison_dataset_get_source (liaison_window_get_dataset (window), 0)->id,
                                         FALSE);
  ui_test_wait_for_load (window);
  g_assert_true (liaison_view_state_is_entity_visible (state, kddi));
  act (window, "win.pin", g_variant_new_uint32 (kddi));
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, huawei);
  liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "huawei", "Ask about <Dongguan> & HR");
  position (window, kddi, &pin_x, &pin_y);
  liaison_graph_view_set_view (graph_view (window), pin_x + 40, 25, 1.5);
  liaison_graph_view_get_center (graph_view (window), &centre_x, &centre_y);
  zoom = liaison_graph_view_get_zoom (graph_view (window));
  shown = liaison_subset_copy (liaison_view_state_get_subset (state));

  liaison_window_save_investigation (window, investigation);
  ui_test_wait_until (is_saved, window);
  /* The engine is a preference: the investigation brings its own back. */
  g_settings_set_string (settings, "layout-engine", "auto");
  ui_test_wait_for_load (window);
  g_assert_true (g_file_get_contents (investigation_path, &text, NULL, NULL));
  /* Beside its dataset: named by its name alone. */
  g_assert_nonnull (strstr (text, "\"path\": \"huawei-japan.json\""));
  g_assert_true (g_file_equal (liaison_window_get_investigation_file (window), investigation));

  /* A fresh window opens the investigation as it would a dataset. */
  restored_window = open_in_new_window (investigation);
  restored.window = restored_window;
  restored.zoom = zoom;
  ui_test_wait_until (is_restored, &restored);
  state = liaison_window_get_view_state (restored_window);

  g_assert_true (g_file_equal (liaison_window_get_file (restored_window), dataset_file));
  g_assert_true (g_file_equal (liaison_window_get_investigation_file (restored_window), investigation));
  g_assert_nonnull (liaison_view_state_get_subset (state));
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (state), shown));
  g_assert_false (liaison_view_state_is_entity_visible (state, entity_index (restored_window, "ren-zhengfei")));
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "media"));
  g_assert_true (liaison_view_state_get_entity_type_visible (state, "company"));
  g_assert_false (liaison_view_state_get_source_visible (state,
                                                         liaison_dataset_get_source (liaison_window_get_dataset (restored_window), 0)->id));
  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpuint (index, ==, huawei);
  g_assert_cmpstr (liaison_notes_get (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "huawei"), ==,
                   "Ask about <Dongguan> & HR");

  liaison_view_state_get_date_range (state, &restored_range);
  g_assert_true (liaison_date_range_equal (&restored_range, &range));
  /* The investigation's engine is its window's, in its menu: the
   * preference, and the window that was open, keep the user's choice.
   */
  g_assert_cmpuint (liaison_window_get_engine (restored_window), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  g_assert_cmpuint (gtk_drop_down_get_selected (restored_window->engine_dropdown), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  g_assert_cmpstr (liaison_scene_get_engine (liaison_graph_view_get_scene (graph_view (restored_window))), ==, "neato");
  engine = g_settings_get_string (settings, "layout-engine");
  g_assert_cmpstr (engine, ==, "auto");
  g_assert_cmpuint (liaison_window_get_engine (window), ==, LIAISON_LAYOUT_ENGINE_AUTO);
  g_assert_cmpuint (gtk_drop_down_get_selected (window->engine_dropdown), ==, LIAISON_LAYOUT_ENGINE_AUTO);

  /* The pinned entity where it was pinned, and the camera as it was. */
  position (restored_window, kddi, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, pin_x, 0.5);
  g_assert_cmpfloat_with_epsilon (y, pin_y, 0.5);
  liaison_graph_view_get_center (graph_view (restored_window), &x, &y);
  g_assert_cmpfloat_with_epsilon (x, centre_x, 0.5);
  g_assert_cmpfloat_with_epsilon (y, centre_y, 0.5);
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (graph_view (restored_window)), zoom, 1e-6);
  /* Nothing to tell: the dataset is as it was saved. */
  g_assert_null (liaison_window_get_status_message (restored_window));

  /* A choice in another window's menu leaves the investigation's window
   * as it is: not laid out again, its entities where they were.
   */
  gtk_drop_down_set_selected (window->engine_dropdown, LIAISON_LAYOUT_ENGINE_FDP);
  g_assert_true (liaison_window_get_loading (window));
  g_assert_false (liaison_window_get_loading (restored_window));
  ui_test_wait_for_load (window);
  g_clear_pointer (&engine, g_free);
  engine = g_settings_get_string (settings, "layout-engine");
  g_assert_cmpstr (engine, ==, "fdp");
  g_assert_cmpuint (liaison_window_get_engine (restored_window), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  position (restored_window, kddi, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, pin_x, 0.5);

  /* Its own menu's choice is its, and the preference. */
  gtk_drop_down_set_selected (restored_window->engine_dropdown, LIAISON_LAYOUT_ENGINE_DOT);
  ui_test_wait_for_load (restored_window);
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_window_get_engine (restored_window), ==, LIAISON_LAYOUT_ENGINE_DOT);
  g_assert_cmpuint (liaison_window_get_engine (window), ==, LIAISON_LAYOUT_ENGINE_DOT);
  g_assert_cmpstr (liaison_scene_get_engine (liaison_graph_view_get_scene (graph_view (restored_window))), ==, "dot");

  g_settings_set_string (settings, "layout-engine", "auto");
  gtk_window_destroy (GTK_WINDOW (restored_window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (investigation_path);
  liaison_test_remove_temporary (path);
}

static gboolean
is_saved_as (gpointer data)
{
  return g_strcmp0 (liaison_window_get_status_message (data), "Investigation saved as “bundled.liaison”") == 0;
}

/* The bundled dataset is named by its resource URI, and opens again from
 * it, with the view.
 */
static void
test_bundled (void)
{
  g_autofree char *path = liaison_test_temporary_path ("bundled.liaison");
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonWindow *restored_window;
  Restored restored;

  act (window, "win.focus", g_variant_new ("(uu)", entity_index (window, "kddi"), 1));
  liaison_window_save_investigation (window, file);
  ui_test_wait_until (is_saved_as, window);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"path\": \"" LIAISON_BUNDLED_DATASET "\""));
  g_assert_nonnull (strstr (text, "\"sha256\": \""));

  restored_window = open_in_new_window (file);
  restored.window = restored_window;
  restored.zoom = liaison_graph_view_get_zoom (graph_view (window));
  ui_test_wait_until (is_restored, &restored);
  g_assert_true (g_file_equal (liaison_window_get_file (restored_window), liaison_window_get_file (window)));
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (liaison_window_get_view_state (restored_window)),
                                       liaison_view_state_get_subset (liaison_window_get_view_state (window))));

  gtk_window_destroy (GTK_WINDOW (restored_window));
  gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_remove_temporary (path);
}

typedef struct
{
  const char *name;
  GtkWidget  *found;
} DialogWait;

static gboolean
dialog_shown (gpointer data)
{
  DialogWait *wait = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (toplevel), wait->name) == 0 && gtk_widget_get_visible (toplevel))
        {
          wait->found = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}

/* The dataset is gone: the window keeps what it has open, and a dialog
 * names the path and offers to locate it.
 */
static void
test_missing_dataset (void)
{
  g_autofree char *path = liaison_test_temporary_path ("missing.liaison");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *missing = g_build_filename (dir, "gone", "graph.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  DialogWait wait = { "dataset-missing-dialog", NULL };

  g_assert_true (g_file_set_contents (path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"gone/graph.json\" } }", -1, NULL));
  liaison_window_open (window, file);
  ui_test_wait_until (dialog_shown, &wait);

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (wait.found)), ==, "Dataset Not Found");
  expected = g_strdup_printf ("“missing.liaison” is an investigation of a dataset that is not there:\n%s\n"
                              "Locate the dataset to restore the investigation.", missing);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (wait.found)), ==, expected);
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (wait.found), "locate"), ==,
                   "_Locate Dataset…");
  g_assert_true (liaison_window_get_dataset (window) == dataset);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (wait.found), "cancel");
  g_assert_true (liaison_window_get_dataset (window) == dataset);
  g_assert_false (liaison_window_locate_dataset (window, file));

  /* Another file opened meanwhile takes the dialog's place. */
  liaison_window_open (window, file);
  wait.found = NULL;
  ui_test_wait_until (dialog_shown, &wait);
  liaison_window_open_bundled (window);
  ui_test_wait_for_load (window);
  wait.found = NULL;
  g_assert_false (dialog_shown (&wait));
  g_assert_false (liaison_window_locate_dataset (window, file));

  gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_remove_temporary (path);
}

static gboolean
is_open (gpointer data)
{
  LiaisonWindow *window = data;

  return liaison_window_get_file (window) != NULL && g_file_has_uri_scheme (liaison_window_get_file (window), "file") &&
         !liaison_window_get_loading (window) && liaison_graph_view_get_scene (graph_view (window)) != NULL;
}

/* Located elsewhere, the dataset opens and the view is restored. */
static void
test_locate_dataset (void)
{
  g_autofree char *dataset_path = copy_dataset ();
  g_autofree char *path = liaison_test_temporary_path ("moved.liaison");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dataset_file = g_file_new_for_path (dataset_path);
  LiaisonWindow *window = ui_test_open_window ();
  DialogWait wait = { "dataset-missing-dialog", NULL };
  LiaisonSubset *subset;

  g_assert_true (g_file_set_contents (path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"elsewhere/huawei-japan.json\" },"
                                      "  \"view\": { \"explored\": { \"shows\": \"only\","
                                      "    \"entities\": [ \"huawei\", \"kddi\" ], \"relations\": [] } } }", -1, NULL));
  /* Nothing waits for a dataset yet. */
  g_assert_false (liaison_window_locate_dataset (window, dataset_file));

  liaison_window_open (window, file);
  ui_test_wait_until (dialog_shown, &wait);
  g_assert_true (liaison_window_locate_dataset (window, dataset_file));
  ui_test_wait_until (is_open, window);

  /* The dialog is gone, the dataset open, the view restored. */
  wait.found = NULL;
  g_assert_false (dialog_shown (&wait));
  g_assert_true (g_file_equal (liaison_window_get_file (window), dataset_file));
  subset = liaison_view_state_get_subset (liaison_window_get_view_state (window));
  g_assert_nonnull (subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 2);
  g_assert_true (liaison_subset_has_entity (subset, entity_index (window, "kddi")));

  gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_remove_temporary (path);
  liaison_test_remove_temporary (dataset_path);
}

/* A broken investigation is a message; the window keeps its dataset. */
static void
test_broken_investigation (void)
{
  g_autofree char *path = liaison_test_temporary_path ("broken.liaison");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *dataset = liaison_window_get_dataset (window);

  g_assert_true (g_file_set_contents (path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"graph.json\" },"
                                      "  \"view\": { \"positions\": [ { \"entity\": \"<b>x</b>\", \"x\": \"1\" } ] } }",
                                      -1, NULL));
  liaison_window_open (window, file);
  while (liaison_window_get_status_message (window) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (liaison_window_get_status_message (window), ==,
                   "Could not open “broken.liaison”: view.positions[0].x: expected a number, found a string");
  g_assert_true (liaison_window_get_dataset (window) == dataset);

  gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_remove_temporary (path);
}

/* Saved with another version of the file: what matches is restored, the
 * rest listed, as text.
 */
static void
test_changed_dataset (void)
{
  g_autofree char *path = copy_dataset ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *investigation_path = g_build_filename (dir, "changed.liaison", NULL);
  g_autoptr(GFile) investigation = g_file_new_for_path (investigation_path);
  LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (g_application_get_default ()));
  DialogWait wait = { "investigation-mismatch-dialog", NULL };
  GtkWidget *list;
  GtkWidget *row;
  LiaisonSubset *subset;

  g_assert_true (g_file_set_contents (investigation_path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"huawei-japan.json\","
                                      "    \"sha256\": \"0000000000000000000000000000000000000000000000000000000000000000\" },"
                                      "  \"view\": { \"explored\": { \"shows\": \"only\","
                                      "    \"entities\": [ \"huawei\", \"kddi\", \"<i>ghost</i>\" ], \"relations\": [] } } }",
                                      -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  liaison_window_open (window, investigation);
  ui_test_wait_until (dialog_shown, &wait);

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (wait.found)), ==, "The Dataset Has Changed");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (wait.found)), ==,
                   "“huawei-japan.json” has changed since the investigation was saved. What still matches is "
                   "restored; these parts of the view are not:");
  list = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (wait.found));
  list = ui_test_find_widget (list, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))), ==,
                   "Entity “<i>ghost</i>” in the exploration: not in the dataset");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));

  subset = liaison_view_state_get_subset (liaison_window_get_view_state (window));
  g_assert_nonnull (subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 2);
  g_assert_true (liaison_subset_has_entity (subset, entity_index (window, "kddi")));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (wait.found), "close");
  ui_test_wait_for_load (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (investigation_path);
  liaison_test_remove_temporary (path);
}

/* A dataset edited into one with a problem: Open Anyway opens the rest,
 * and the investigation's view with it.
 */
static void
test_open_anyway (void)
{
  g_autofree char *path = liaison_test_temporary_path ("anyway.liaison");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dataset_path = g_build_filename (dir, "edited.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *bundled = liaison_window_get_dataset (window);
  LiaisonSubset *subset;

  g_assert_true (g_file_set_contents (dataset_path,
                                      "{ \"entities\": [ { \"id\": \"a\", \"label\": \"A\" },"
                                      "  { \"id\": \"b\", \"label\": \"B\" }, { \"id\": \"c\", \"label\": \"C\" } ],"
                                      "  \"relations\": [ { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\" },"
                                      "  { \"id\": \"r2\", \"from\": \"b\", \"to\": \"ghost\" } ] }", -1, NULL));
  g_assert_true (g_file_set_contents (path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"edited.json\" },"
                                      "  \"view\": { \"explored\": { \"shows\": \"only\","
                                      "    \"entities\": [ \"a\", \"b\" ], \"relations\": [ \"r1\" ] } } }", -1, NULL));

  liaison_window_open (window, file);
  while (liaison_window_get_status_message (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (liaison_window_get_status_message (window), "Could not open “edited.json”"));
  g_assert_true (liaison_window_get_dataset (window) == bundled);

  g_action_group_activate_action (G_ACTION_GROUP (window), "open-anyway", NULL);
  ui_test_wait_until (is_open, window);
  g_assert_cmpuint (liaison_dataset_get_n_entities (liaison_window_get_dataset (window)), ==, 3);
  subset = liaison_view_state_get_subset (liaison_window_get_view_state (window));
  g_assert_nonnull (subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 2);
  g_assert_true (g_file_equal (liaison_window_get_investigation_file (window), file));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (dataset_path);
  liaison_test_remove_temporary (path);
}

/* A CSV edge list opened with its node table: the investigation names
 * both, and opens both again, so the entities keep the labels and types
 * of the node table.
 */
static void
test_node_table (void)
{
  g_autofree char *edges_path = liaison_test_temporary_path ("edges.csv");
  g_autofree char *dir = g_path_get_dirname (edges_path);
  g_autofree char *nodes_path = g_build_filename (dir, "entities.csv", NULL);
  g_autofree char *investigation_path = g_build_filename (dir, "view.liaison", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) edges = g_file_new_for_path (edges_path);
  g_autoptr(GFile) nodes = g_file_new_for_path (nodes_path);
  g_autoptr(GFile) investigation = g_file_new_for_path (investigation_path);
  g_autoptr(GListStore) picked = g_list_store_new (G_TYPE_FILE);
  LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (g_application_get_default ()));
  LiaisonWindow *restored_window;
  LiaisonEntity *entity;

  g_assert_true (g_file_set_contents (edges_path, "source,target\na,b\nb,c\n", -1, NULL));
  g_assert_true (g_file_set_contents (nodes_path, "id,label,type\na,Alpha,person\nb,Beta,company\nc,Gamma,ministry\n",
                                      -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  /* Picked together in the open dialog, the node table first. */
  g_list_store_append (picked, nodes);
  g_list_store_append (picked, edges);
  liaison_window_open_files (window, G_LIST_MODEL (picked));
  ui_test_wait_for_load (window);
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "c")),
                   ==, "Gamma");

  liaison_window_save_investigation (window, investigation);
  ui_test_wait_until (is_saved, window);
  g_assert_true (g_file_get_contents (investigation_path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"path\": \"edges.csv\""));
  g_assert_nonnull (strstr (text, "\"nodes\": {\n      \"path\": \"entities.csv\""));

  restored_window = open_in_new_window (investigation);
  ui_test_wait_until (is_open, restored_window);
  g_assert_true (g_file_equal (liaison_window_get_file (restored_window), edges));
  entity = liaison_dataset_lookup_entity (liaison_window_get_dataset (restored_window), "c");
  g_assert_nonnull (entity);
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, "Gamma");
  g_assert_cmpstr (liaison_entity_get_entity_type (entity), ==, "ministry");
  g_assert_null (liaison_window_get_status_message (restored_window));

  gtk_window_destroy (GTK_WINDOW (restored_window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (investigation_path);
  g_unlink (nodes_path);
  liaison_test_remove_temporary (edges_path);
}

static gboolean
is_cancelled (gpointer data)
{
  return g_strcmp0 (liaison_window_get_status_message (data), "Opening was cancelled") == 0;
}

/* Escape while an investigation is still being read stops it, as it
 * stops a dataset that is opening: what was open stays, and nothing is
 * restored later.
 */
static void
test_escape_cancels (void)
{
  g_autofree char *path = copy_dataset ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *investigation_path = g_build_filename (dir, "escape.liaison", NULL);
  g_autoptr(GFile) investigation = g_file_new_for_path (investigation_path);
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *bundled = liaison_window_get_dataset (window);
  gint64 until;

  g_assert_true (g_file_set_contents (investigation_path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"huawei-japan.json\" },"
                                      "  \"view\": { \"explored\": { \"shows\": \"only\","
                                      "    \"entities\": [ \"huawei\" ], \"relations\": [] } } }", -1, NULL));
  liaison_window_open (window, investigation);
  g_assert_true (liaison_window_get_loading (window));
  if (!ui_test_press_keys (window, "Escape"))
    {
      g_test_skip ("no xdotool to press keys with");
      gtk_window_destroy (GTK_WINDOW (window));
      g_unlink (investigation_path);
      liaison_test_remove_temporary (path);
      return;
    }
  ui_test_wait_until (is_cancelled, window);
  g_assert_false (liaison_window_get_loading (window));

  /* Long enough for the reading, and the dataset's, to have ended. */
  until = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (liaison_window_get_dataset (window) == bundled);
  g_assert_null (liaison_window_get_investigation_file (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (investigation_path);
  liaison_test_remove_temporary (path);
}

/* The dialog is as tall as its few lines: none is cut off below the
 * last one shown, where nothing would say that there are more.
 */
static void
test_mismatch_list_height (void)
{
  g_autofree char *path = copy_dataset ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *investigation_path = g_build_filename (dir, "four.liaison", NULL);
  g_autoptr(GFile) investigation = g_file_new_for_path (investigation_path);
  LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (g_application_get_default ()));
  DialogWait wait = { "investigation-mismatch-dialog", NULL };
  GtkWidget *scrolled;
  GtkWidget *list;
  int natural;
  gint64 until;

  g_assert_true (g_file_set_contents (investigation_path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"huawei-japan.json\" },"
                                      "  \"view\": { \"explored\": { \"shows\": \"only\","
                                      "    \"entities\": [ \"huawei\", \"gone-1\", \"gone-2\" ],"
                                      "    \"relations\": [ \"gone-relation-with-a-long-id\" ] },"
                                      "    \"positions\": [ { \"entity\": \"gone-1\", \"x\": 0, \"y\": 0, \"pinned\": true } ] } }",
                                      -1, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  liaison_window_open (window, investigation);
  ui_test_wait_until (dialog_shown, &wait);
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);

  scrolled = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (wait.found));
  list = ui_test_find_widget (scrolled, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 3));
  gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (scrolled), NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <, 280);
  g_assert_cmpint (gtk_widget_get_height (scrolled), >=, natural);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (wait.found), "close");
  ui_test_wait_for_load (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (investigation_path);
  liaison_test_remove_temporary (path);
}

/* The node table of a CSV edge list is gone: the dialog names it, not
 * the dataset, and the node table located opens with the edge list.
 */
static void
test_missing_node_table (void)
{
  g_autofree char *edges_path = liaison_test_temporary_path ("edges.csv");
  g_autofree char *dir = g_path_get_dirname (edges_path);
  g_autofree char *nodes_path = g_build_filename (dir, "moved-entities.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "entities.csv", NULL);
  g_autofree char *investigation_path = g_build_filename (dir, "nodes-gone.liaison", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) investigation = g_file_new_for_path (investigation_path);
  g_autoptr(GFile) nodes = g_file_new_for_path (nodes_path);
  LiaisonWindow *window = ui_test_open_window ();
  DialogWait wait = { "dataset-missing-dialog", NULL };

  g_assert_true (g_file_set_contents (edges_path, "source,target\na,b\nb,c\n", -1, NULL));
  g_assert_true (g_file_set_contents (nodes_path, "id,label\na,Alpha\nb,Beta\nc,Gamma\n", -1, NULL));
  g_assert_true (g_file_set_contents (investigation_path,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"edges.csv\", \"nodes\": { \"path\": \"entities.csv\" } } }",
                                      -1, NULL));
  liaison_window_open (window, investigation);
  ui_test_wait_until (dialog_shown, &wait);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (wait.found)), ==, "Node Table Not Found");
  expected = g_strdup_printf ("“nodes-gone.liaison” is an investigation of a CSV edge list whose node table is not "
                              "there:\n%s\nLocate the node table to restore the investigation.", missing);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (wait.found)), ==, expected);
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (wait.found), "locate"), ==,
                   "_Locate Node Table…");

  g_assert_true (liaison_window_locate_dataset (window, nodes));
  ui_test_wait_until (is_open, window);
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "c")),
                   ==, "Gamma");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (investigation_path);
  g_unlink (nodes_path);
  liaison_test_remove_temporary (edges_path);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/investigation-window/save-and-restore", test_save_and_restore);
  g_test_add_func ("/investigation-window/bundled", test_bundled);
  g_test_add_func ("/investigation-window/missing-dataset", test_missing_dataset);
  g_test_add_func ("/investigation-window/locate-dataset", test_locate_dataset);
  g_test_add_func ("/investigation-window/broken", test_broken_investigation);
  g_test_add_func ("/investigation-window/changed-dataset", test_changed_dataset);
  g_test_add_func ("/investigation-window/open-anyway", test_open_anyway);
  g_test_add_func ("/investigation-window/node-table", test_node_table);
  g_test_add_func ("/investigation-window/missing-node-table", test_missing_node_table);
  g_test_add_func ("/investigation-window/escape-cancels", test_escape_cancels);
  g_test_add_func ("/investigation-window/mismatch-list-height", test_mismatch_list_height);

  return g_test_run ();
}

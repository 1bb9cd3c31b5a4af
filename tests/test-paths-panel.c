/* test-paths-panel.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Find Connections To…" in the window: the chooser, the paths panel and
 * what the graph shows while it is open.
 */

#include "config.h"

#include <string.h>

#include "liaison-entity-chooser.h"
#include "liaison-graph-view.h"
#include "liaison-paths-panel.h"
#include "liaison-test-util.h"
#include "liaison-window-paths.h"
#include "ui-test-common.h"

static LiaisonScene *
scene_of (LiaisonWindow *window)
{
  return liaison_graph_view_get_scene (LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window)));
}

/* Whether a label under @widget reads @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
revealed (gpointer data)
{
  return gtk_revealer_get_child_revealed (data);
}

static gboolean
not_searching (gpointer data)
{
  return !liaison_paths_panel_get_searching (data);
}

/* From Ren Zhengfei, chosen by a search for Shinzo Abe: the panel lists each
 * shortest path with its links, and the graph shows exactly them; with a
 * date filter that cuts him off, there is no connection.
 */
static void
test_shortest_paths (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonPathsPanel *panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (window));
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (panel)));
  LiaisonEntityChooser *chooser;
  LiaisonSubset *subset;
  g_autofree char *chains = NULL;
  g_autofree char *longer = NULL;
  LiaisonDateRange range;
  guint n_entities, n_relations;

  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-connections", "u",
                              ui_test_entity_index (window, "ren-zhengfei"));
  chooser = LIAISON_ENTITY_CHOOSER (liaison_window_get_entity_chooser (window));
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Find Connections From Ren Zhengfei");

  liaison_entity_chooser_set_search (chooser, "shinzo");
  g_assert_cmpuint (liaison_entity_chooser_get_n_shown (chooser), ==, 1);
  liaison_entity_chooser_choose (chooser, 0);

  g_assert_true (liaison_paths_panel_get_active (panel));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  ui_test_wait_until (revealed, revealer);
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "2 shortest paths of 3 relations");
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==,
                   "Ren Zhengfei —founded→ Huawei Technologies —key market for procuring core parts→ Japan "
                   "←prime minister of— Shinzo Abe\n"
                   "Ren Zhengfei —founded→ Huawei Technologies ←covers— "
                   "Japan's ban on government purchases from Huawei and ZTE "
                   "←said not targeting any company— Shinzo Abe\n");

  /* A link selects its relation. */
  {
    GtkWidget *link = ui_test_find_with_class (GTK_WIDGET (panel), "path-link-button");
    LiaisonElementKind kind;
    guint index;

    g_assert_nonnull (link);
    g_signal_emit_by_name (link, "clicked");
    g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
    g_assert_cmpint (kind, ==, LIAISON_ELEMENT_RELATION);
    /* The first link of the first path: Ren Zhengfei founded Huawei. */
    g_assert_cmpuint (liaison_dataset_get_relation (liaison_window_get_dataset (window), index)->from,
                      ==, ui_test_entity_index (window, "ren-zhengfei"));
    g_assert_cmpuint (liaison_dataset_get_relation (liaison_window_get_dataset (window), index)->to,
                      ==, ui_test_entity_index (window, "huawei"));
  }

  /* The graph: those entities and relations, nothing else. */
  ui_test_wait_for_load (window);
  subset = liaison_view_state_get_subset (state);
  g_assert_nonnull (subset);
  n_entities = liaison_subset_get_n_entities (subset);
  n_relations = liaison_subset_get_n_relations (subset);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, n_entities);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene_of (window)), ==, n_relations);

  /* One relation longer: more paths, and the graph takes them in. */
  liaison_paths_panel_find_longer (panel, 4);
  g_assert_true (liaison_paths_panel_get_searching (panel));
  ui_test_wait_until (not_searching, panel);
  longer = liaison_paths_panel_dup_chains (panel);
  g_assert_true (g_str_has_prefix (longer, chains));
  g_assert_cmpuint (strlen (longer), >, strlen (chains));
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), >, n_entities);

  /* Closing gives back the whole graph. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-paths", NULL);
  g_assert_false (liaison_paths_panel_get_active (panel));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_null (liaison_view_state_get_subset (state));
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)),
                    ==, liaison_dataset_get_n_entities (liaison_window_get_dataset (window)));

  /* From 2018 on, with undated relations left out, Ren Zhengfei no
   * longer connects to the company he founded in 1987.
   */
  liaison_date_range_init (&range);
  range.since = 20180101;
  range.hide_undated = TRUE;
  liaison_view_state_set_date_range (state, &range);
  liaison_window_show_paths (window, ui_test_entity_index (window, "ren-zhengfei"), ui_test_entity_index (window, "huawei"));
  g_assert_true (shows_label (GTK_WIDGET (panel), "No Connection"));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==,
                   "Ren Zhengfei is in a group of 1 entity. Huawei Technologies is in a group of 2 entities. "
                   "The graph shows both groups.");
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 3);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene_of (window)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Nothing joins Alice and Dave: the panel says so, with the size of each
 * one's group, and the graph shows the two groups.
 */
static void
test_no_connection (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autoptr(GFile) file = ui_test_file ("valid", "two-components.json");
  LiaisonPathsPanel *panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (window));
  g_autofree char *chains = NULL;
  LiaisonViewState *state;

  /* A chooser still open on the bundled dataset goes with it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-connections", "u", 0);
  g_assert_nonnull (liaison_window_get_entity_chooser (window));
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);
  g_assert_null (liaison_window_get_entity_chooser (window));
  state = liaison_window_get_view_state (window);

  liaison_window_show_paths (window, ui_test_entity_index (window, "alice"), ui_test_entity_index (window, "dave"));
  g_assert_true (liaison_paths_panel_get_active (panel));
  g_assert_true (shows_label (GTK_WIDGET (panel), "No Connection"));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==,
                   "Alice is in a group of 3 entities. Dave is in a group of 2 entities. The graph shows both groups.");
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==, "");
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 5);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene_of (window)), ==, 3);

  /* Within a group there is a path. */
  liaison_window_show_paths (window, ui_test_entity_index (window, "alice"), ui_test_entity_index (window, "carol"));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "1 shortest path of 2 relations");
  g_clear_pointer (&chains, g_free);
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==, "Alice —knows→ Bob —knows→ Carol\n");

  /* A filter that cuts the path is taken in at once. */
  liaison_view_state_set_relation_type_visible (state, "employs", FALSE);
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==,
                   "Alice is in a group of 2 entities. Carol is in a group of 1 entity. The graph shows both groups.");

  /* An end the filters hide is in no group. */
  liaison_view_state_set_relation_type_visible (state, "employs", TRUE);
  liaison_view_state_set_entity_type_visible (state, "suspect", FALSE);
  liaison_window_show_paths (window, ui_test_entity_index (window, "alice"), ui_test_entity_index (window, "erin"));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==,
                   "Alice is in a group of 3 entities. Erin is hidden by the filters.");

  /* Showing another part of the graph closes the panel and keeps it. */
  liaison_view_state_set_subset (state, NULL);
  g_assert_false (liaison_paths_panel_get_active (panel));
  g_clear_pointer (&chains, g_free);
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==, "");
  g_assert_null (liaison_view_state_get_subset (state));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Between two ends of a mesh, twelve wide in two layers, there are 144
 * shortest paths: the panel lists 100 and counts the rest.
 */
static void
test_many_paths (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonPathsPanel *panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (window));
  g_autofree char *path = liaison_test_temporary_path ("mesh.json");
  g_autoptr(GString) json = g_string_new ("{\"entities\": [{\"id\": \"start\", \"label\": \"Start\"}, "
                                          "{\"id\": \"end\", \"label\": \"End\"}");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *chains = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  for (guint layer = 0; layer < 2; layer++)
    for (guint i = 0; i < 12; i++)
      g_string_append_printf (json, ", {\"id\": \"m%u-%u\", \"label\": \"M%u.%u\"}", layer, i, layer, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < 12; i++)
    {
      g_string_append_printf (json, "%s{\"from\": \"start\", \"to\": \"m0-%u\"}", i > 0 ? ", " : "", i);
      g_string_append_printf (json, ", {\"from\": \"m1-%u\", \"to\": \"end\"}", i);
      for (guint j = 0; j < 12; j++)
        g_string_append_printf (json, ", {\"from\": \"m0-%u\", \"to\": \"m1-%u\"}", i, j);
    }
  g_string_append (json, "]}");
  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);
  liaison_window_show_paths (window, ui_test_entity_index (window, "start"), ui_test_entity_index (window, "end"));

  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "144 shortest paths of 3 relations");
  chains = liaison_paths_panel_dup_chains (panel);
  lines = g_strsplit (chains, "\n", -1);
  while (lines[n] != NULL && lines[n][0] != '\0')
    n++;
  g_assert_cmpuint (n, ==, 100);
  g_assert_cmpstr (lines[0], ==, "Start —→ M0.0 —→ M1.0 —→ End");
  g_assert_true (shows_label (GTK_WIDGET (panel), "and 44 more"));

  /* The graph shows the whole mesh: every entity is on a shortest path. */
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 26);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene_of (window)), ==, 168);

  gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_remove_temporary (path);
}

/* With the paths from Ren Zhengfei to Shinzo Abe shown, switching off
 * policies leaves the one path through Japan; Ctrl+Z gives back both
 * paths, in the panel and on the graph, and Shift+Ctrl+Z the one again.
 * The paths follow the filters as one step of the history, never a
 * stale part of the graph under the filters of another.
 */
static void
test_undo_filter (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonPathsPanel *panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (window));
  const char *both = "Ren Zhengfei —founded→ Huawei Technologies —key market for procuring core parts→ Japan "
                     "←prime minister of— Shinzo Abe\n"
                     "Ren Zhengfei —founded→ Huawei Technologies ←covers— "
                     "Japan's ban on government purchases from Huawei and ZTE "
                     "←said not targeting any company— Shinzo Abe\n";
  const char *one = "Ren Zhengfei —founded→ Huawei Technologies —key market for procuring core parts→ Japan "
                    "←prime minister of— Shinzo Abe\n";
  g_autoptr(LiaisonSubset) before = NULL;
  g_autoptr(LiaisonSubset) after = NULL;
  g_autofree char *chains = NULL;

  liaison_window_show_paths (window, ui_test_entity_index (window, "ren-zhengfei"), ui_test_entity_index (window, "shinzo-abe"));
  ui_test_wait_for_load (window);
  before = liaison_subset_ref (liaison_view_state_get_subset (state));
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 5);

  liaison_view_state_set_entity_type_visible (state, "policy", FALSE);
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "1 shortest path of 3 relations");
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==, one);
  ui_test_wait_for_load (window);
  after = liaison_subset_ref (liaison_view_state_get_subset (state));
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 4);

  /* One undo: the filter and the paths it left, together. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (liaison_view_state_get_entity_type_visible (state, "policy"));
  g_assert_true (liaison_paths_panel_get_active (panel));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "2 shortest paths of 3 relations");
  g_clear_pointer (&chains, g_free);
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==, both);
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (state), before));
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 5);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene_of (window)), ==, liaison_subset_get_n_relations (before));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "policy"));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "1 shortest path of 3 relations");
  g_clear_pointer (&chains, g_free);
  chains = liaison_paths_panel_dup_chains (panel);
  g_assert_cmpstr (chains, ==, one);
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (state), after));
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene_of (window)), ==, 4);

  /* Undone twice: the filter, then the paths themselves, and the panel
   * goes with them; redone, it comes back with them.
   */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (liaison_paths_panel_get_active (panel));
  g_assert_null (liaison_view_state_get_subset (state));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (liaison_paths_panel_get_active (panel));
  g_assert_cmpstr (liaison_paths_panel_get_summary (panel), ==, "2 shortest paths of 3 relations");
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (state), before));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/paths-panel/shortest-paths", test_shortest_paths);
  g_test_add_func ("/paths-panel/no-connection", test_no_connection);
  g_test_add_func ("/paths-panel/many-paths", test_many_paths);
  g_test_add_func ("/paths-panel/undo-filter", test_undo_filter);

  return g_test_run ();
}

/* test-sources-panel.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Sources panel: choosing a source shows only what it supports, Undo
 * takes that back, a publisher narrows the list and what is shown, and
 * sources and publishers switched off leave their relations out.
 */

#include "config.h"

#include "liaison-graph-view.h"
#include "liaison-sources-panel.h"
#include "ui-test-common.h"

static gboolean
revealed (gpointer data)
{
  return gtk_revealer_get_child_revealed (data);
}

static guint
n_nodes_shown (LiaisonWindow *window)
{
  ui_test_wait_for_load (window);
  return liaison_scene_get_n_nodes (liaison_graph_view_get_scene (LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window))));
}

static void
test_choose_source (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonSourcesPanel *panel;
  GtkRevealer *revealer;
  GtkListBox *list;
  GtkListBoxRow *row;
  GtkDropDown *publishers;

  panel = LIAISON_SOURCES_PANEL (ui_test_window_child (window, "sources_panel"));
  revealer = GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (panel)));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sources", NULL);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  ui_test_wait_until (revealed, revealer);
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");
  g_assert_cmpuint (liaison_sources_panel_get_n_rows_shown (panel), ==, 2);

  /* The Kyodo report, first in the file. */
  list = GTK_LIST_BOX (ui_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX));
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "22 entities shown");
  g_assert_cmpuint (n_nodes_shown (window), ==, 22);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");

  /* The unattributed article has no publisher: Kyodo News leaves one row. */
  publishers = GTK_DROP_DOWN (ui_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (publishers, 1);
  g_assert_cmpuint (liaison_sources_panel_get_n_rows_shown (panel), ==, 1);
  g_signal_emit_by_name (ui_test_find_button (GTK_WIDGET (panel), "Show _Publisher’s"), "clicked");
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "22 entities shown");

  g_signal_emit_by_name (ui_test_find_button (GTK_WIDGET (panel), "Show _Everything"), "clicked");
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");
  g_assert_cmpuint (n_nodes_shown (window), ==, 37);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
n_edges_shown (LiaisonWindow *window)
{
  ui_test_wait_for_load (window);
  return liaison_scene_get_n_edges (liaison_graph_view_get_scene (LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window))));
}

/* The label under the panel's title that counts relations. */
static const char *
relations_text (LiaisonSourcesPanel *panel)
{
  GtkWidget *shown = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (panel)); w != NULL; w = gtk_widget_get_first_child (w))
    if (GTK_IS_BOX (w) && gtk_orientable_get_orientation (GTK_ORIENTABLE (w)) == GTK_ORIENTATION_HORIZONTAL)
      {
        shown = gtk_widget_get_last_child (gtk_widget_get_first_child (w));
        break;
      }
  g_assert_true (GTK_IS_LABEL (shown));
  return gtk_label_get_label (GTK_LABEL (shown));
}

/* A source or a publisher switched off leaves out the relations only it
 * supports, for good: entities stay, Undo switches it back on, and the
 * switches follow.
 */
static void
test_switch_sources (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state;
  LiaisonSourcesPanel *panel;
  GtkListBox *list;
  GtkCheckButton *kyodo, *article, *publisher;

  panel = LIAISON_SOURCES_PANEL (ui_test_window_child (window, "sources_panel"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sources", NULL);
  state = liaison_sources_panel_get_state (panel);
  g_assert_cmpstr (relations_text (panel), ==, "76 of 76 relations shown");
  g_assert_cmpuint (n_edges_shown (window), ==, 76);

  list = GTK_LIST_BOX (ui_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX));
  kyodo = g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list, 0)), "source-check");
  article = g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list, 1)), "source-check");
  g_assert_true (gtk_check_button_get_active (kyodo));
  g_assert_true (gtk_check_button_get_active (article));

  /* The unattributed article supports 46 relations, Kyodo the other 30. */
  gtk_check_button_set_active (article, FALSE);
  g_assert_false (liaison_view_state_get_source_visible (state, "huawei-japan-2019-article"));
  g_assert_cmpstr (relations_text (panel), ==, "30 of 76 relations shown");
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");
  g_assert_cmpuint (n_edges_shown (window), ==, 30);
  g_assert_cmpuint (n_nodes_shown (window), ==, 37);

  /* The panel's Show Everything is the window's: the source comes back. */
  g_signal_emit_by_name (ui_test_find_button (GTK_WIDGET (panel), "Show _Everything"), "clicked");
  g_assert_true (gtk_check_button_get_active (article));
  g_assert_cmpstr (relations_text (panel), ==, "76 of 76 relations shown");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (gtk_check_button_get_active (article));

  /* Choosing a source still shows only what it supports, within that. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "22 entities shown");
  g_assert_cmpuint (n_edges_shown (window), ==, 30);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (gtk_check_button_get_active (article));
  g_assert_cmpstr (relations_text (panel), ==, "76 of 76 relations shown");

  /* Kyodo News off: its report's switch greys out, and its 30 go. */
  publisher = GTK_CHECK_BUTTON (ui_test_find_check (GTK_WIDGET (panel), "Kyodo News"));
  g_assert_nonnull (publisher);
  gtk_check_button_set_active (publisher, FALSE);
  g_assert_false (liaison_view_state_get_publisher_visible (state, "Kyodo News"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (kyodo)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (article)));
  g_assert_cmpstr (relations_text (panel), ==, "46 of 76 relations shown");
  g_assert_cmpuint (n_edges_shown (window), ==, 46);

  /* Set from elsewhere (a saved investigation, say): the switch follows. */
  liaison_view_state_set_publisher_visible (state, "Kyodo News", TRUE);
  g_assert_true (gtk_check_button_get_active (publisher));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (kyodo)));
  liaison_view_state_set_source_visible (state, "kyodo-2019-09-03", FALSE);
  g_assert_false (gtk_check_button_get_active (kyodo));

  /* Show Everything switches every source and publisher back on, in one
   * step to undo.
   */
  liaison_view_state_set_publisher_visible (state, "Kyodo News", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-everything", NULL);
  g_assert_true (liaison_view_state_is_everything_visible (state));
  g_assert_true (gtk_check_button_get_active (kyodo));
  g_assert_true (gtk_check_button_get_active (publisher));
  g_assert_cmpstr (relations_text (panel), ==, "76 of 76 relations shown");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (liaison_view_state_get_source_visible (state, "kyodo-2019-09-03"));
  g_assert_false (liaison_view_state_get_publisher_visible (state, "Kyodo News"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/sources-panel/choose-source", test_choose_source);
  g_test_add_func ("/sources-panel/switch-sources", test_switch_sources);

  return g_test_run ();
}

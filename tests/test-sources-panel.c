/* test-sources-panel.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Sources panel: choosing a source shows only what it supports, Undo
 * takes that back, and a publisher narrows the list and what is shown.
 */

#include "config.h"

#include "liaison-graph-view.h"
#include "liaison-sources-panel.h"
#include "ui-test-common.h"

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button under @widget whose label reads @label. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

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

  panel = LIAISON_SOURCES_PANEL (gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW, "sources_panel"));
  revealer = GTK_REVEALER (gtk_widget_get_parent (GTK_WIDGET (panel)));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sources", NULL);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  ui_test_wait_until (revealed, revealer);
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");
  g_assert_cmpuint (liaison_sources_panel_get_n_rows_shown (panel), ==, 2);

  /* The Kyodo report, first in the file. */
  list = GTK_LIST_BOX (find_widget_of_type (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX));
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "22 entities shown");
  g_assert_cmpuint (n_nodes_shown (window), ==, 22);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");

  /* The unattributed article has no publisher: Kyodo News leaves one row. */
  publishers = GTK_DROP_DOWN (find_widget_of_type (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (publishers, 1);
  g_assert_cmpuint (liaison_sources_panel_get_n_rows_shown (panel), ==, 1);
  g_signal_emit_by_name (find_button (GTK_WIDGET (panel), "Show _Publisher’s"), "clicked");
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "22 entities shown");

  g_signal_emit_by_name (find_button (GTK_WIDGET (panel), "Show _Everything"), "clicked");
  g_assert_cmpstr (liaison_sources_panel_get_shown_text (panel), ==, "37 entities shown");
  g_assert_cmpuint (n_nodes_shown (window), ==, 37);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/sources-panel/choose-source", test_choose_source);

  return g_test_run ();
}

/* test-timeline.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline under the graph: its keys and its handles change which
 * relations the graph shows, and what is left alone is dimmed.
 */

#include "config.h"

#include "liaison-graph-view.h"
#include "liaison-timeline.h"
#include "liaison-timeline-strip.h"
#include "liaison-window-paths.h"
#include "ui-test-common.h"

/* As liaison-timeline-strip.c leaves at either end for the handles. */
#define STRIP_MARGIN 10.0

static guint
count_visible (LiaisonWindow *window)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  guint n = 0;

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    n += liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, i));
  return n;
}

static guint
n_edges_shown (LiaisonWindow *window)
{
  LiaisonGraphView *view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));

  ui_test_wait_for_load (window);
  return liaison_scene_get_n_edges (liaison_graph_view_get_scene (view));
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

/* A key press as the strip's key controller receives it. */
static void
press (GtkWidget       *strip,
       guint            keyval,
       GdkModifierType  modifiers)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (find_controller (strip, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         keyval, 0, modifiers, &handled);
  g_assert_true (handled);
}

static gboolean
allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 100 && gtk_widget_get_mapped (data);
}

static void
test_keys_and_drag (void)
{
  LiaisonWindow *window = ui_test_open_window_on_data ("valid", "dated-relations.json");
  LiaisonTimeline *timeline;
  GtkWidget *strip;
  GtkGesture *drag;
  LiaisonDateRange range;
  double bin_width;

  timeline = LIAISON_TIMELINE (liaison_window_get_timeline (window));
  strip = liaison_timeline_get_strip (timeline);

  /* Shown from the menu. */
  g_assert_false (gtk_widget_get_mapped (strip));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-timeline", NULL);
  ui_test_wait_until (allocated, strip);
  g_assert_true (gtk_widget_get_focusable (strip));

  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2019");
  g_assert_cmpstr (liaison_timeline_get_count_text (timeline), ==, "10 of 10 relations shown");

  /* Shift+Left: the range ends a year sooner, and 2019's relation goes. */
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2018");
  g_assert_cmpuint (count_visible (window), ==, 9);
  g_assert_cmpuint (n_edges_shown (window), ==, 9);
  g_assert_cmpstr (liaison_timeline_get_count_text (timeline), ==, "9 of 10 relations shown");

  /* Right: the whole range a year later. */
  press (strip, GDK_KEY_Right, 0);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2016 – 2019");
  g_assert_cmpuint (count_visible (window), ==, 9);

  /* Down to 2016 alone: its two relations and the two undated ones. */
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2016");
  g_assert_cmpuint (count_visible (window), ==, 4);
  g_assert_cmpuint (n_edges_shown (window), ==, 4);

  /* Undated ones off: A, E and F are left with nothing and are dimmed. */
  liaison_timeline_set_show_undated (timeline, FALSE);
  g_assert_cmpuint (count_visible (window), ==, 2);
  g_assert_cmpuint (n_edges_shown (window), ==, 2);
  g_assert_cmpuint (liaison_graph_view_get_n_dimmed (LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window))),
                    ==, 3);
  liaison_timeline_set_show_undated (timeline, TRUE);

  /* Home: 2015 alone. */
  press (strip, GDK_KEY_Home, 0);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015");
  g_assert_cmpuint (count_visible (window), ==, 3);

  /* Dragging the end handle to the last year: nothing changes until the
   * drag ends, then every relation is back and no date filter is left.
   */
  drag = GTK_GESTURE (find_controller (strip, GTK_TYPE_GESTURE_DRAG));
  bin_width = (gtk_widget_get_width (strip) - 2 * STRIP_MARGIN) / 5;
  g_signal_emit_by_name (drag, "drag-begin", STRIP_MARGIN + bin_width, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 2.2 * bin_width, 0.0);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2017");
  g_assert_cmpuint (count_visible (window), ==, 3);
  g_signal_emit_by_name (drag, "drag-update", 4.1 * bin_width, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 4.1 * bin_width, 0.0);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2019");
  g_assert_cmpuint (count_visible (window), ==, 10);
  g_assert_cmpuint (n_edges_shown (window), ==, 10);
  liaison_view_state_get_date_range (liaison_window_get_view_state (window), &range);
  g_assert_true (liaison_date_range_is_everything (&range));

  /* Dragging inside the range moves it whole. */
  press (strip, GDK_KEY_Home, 0);
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2016");
  g_signal_emit_by_name (drag, "drag-begin", STRIP_MARGIN + bin_width, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 2 * bin_width, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 2 * bin_width, 0.0);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2017 – 2018");
  g_assert_cmpuint (count_visible (window), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A change of the range is undone and redone like any change of what is
 * shown, and the strip follows.
 */
static void
test_undo (void)
{
  LiaisonWindow *window = ui_test_open_window_on_data ("valid", "dated-relations.json");
  LiaisonTimeline *timeline;
  GtkWidget *strip;

  timeline = LIAISON_TIMELINE (liaison_window_get_timeline (window));
  strip = liaison_timeline_get_strip (timeline);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-timeline", NULL);
  ui_test_wait_until (allocated, strip);

  press (strip, GDK_KEY_End, 0);
  press (strip, GDK_KEY_Left, GDK_SHIFT_MASK);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2018");
  g_assert_cmpuint (count_visible (window), ==, 9);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2019");
  g_assert_cmpuint (count_visible (window), ==, 10);
  g_assert_cmpstr (liaison_timeline_get_count_text (timeline), ==, "10 of 10 relations shown");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2018");
  g_assert_cmpuint (count_visible (window), ==, 9);
  g_assert_cmpuint (n_edges_shown (window), ==, 9);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dataset without dates has an empty strip that takes no input. */
static void
test_undated (void)
{
  LiaisonWindow *window = ui_test_open_window_on_data ("valid", "two-components.json");
  LiaisonTimeline *timeline = LIAISON_TIMELINE (liaison_window_get_timeline (window));

  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "No dated relations");
  g_assert_false (gtk_widget_get_sensitive (liaison_timeline_get_strip (timeline)));
  g_assert_cmpstr (liaison_timeline_get_count_text (timeline), ==, "3 of 3 relations shown");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A range given by month, as --since and --until or an investigation
 * give it, reads as it was given, not as the years of the strip's bins;
 * a range the strip can say exactly reads as the strip says it.
 */
static void
test_range_by_month (void)
{
  LiaisonWindow *window = ui_test_open_window_on_data ("valid", "dated-relations.json");
  LiaisonTimeline *timeline;
  LiaisonViewState *state;
  LiaisonDateRange range;

  timeline = LIAISON_TIMELINE (liaison_window_get_timeline (window));
  state = liaison_window_get_view_state (window);

  liaison_date_range_init (&range);
  range.since = 20160601;
  range.until = 20180631;
  liaison_view_state_set_date_range (state, &range);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2016-06 – 2018-06");
  /* 2016-03, 2016-03-14 and 2018-12 are out; 2017 and the undated in. */
  g_assert_cmpuint (count_visible (window), ==, 3);

  range.until = LIAISON_DAY_MAX;
  range.since = 20170315;
  liaison_view_state_set_date_range (state, &range);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2017-03-15 – …");

  range.since = 20160101;
  range.until = 20181231;
  liaison_view_state_set_date_range (state, &range);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2016 – 2018");

  /* From before the first dated relation: the strip's own words. */
  range.since = 20100101;
  range.until = 20171231;
  liaison_view_state_set_date_range (state, &range);
  g_assert_cmpstr (liaison_timeline_get_range_text (timeline), ==, "2015 – 2017");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/timeline/keys-and-drag", test_keys_and_drag);
  g_test_add_func ("/timeline/undo", test_undo);
  g_test_add_func ("/timeline/undated", test_undated);
  g_test_add_func ("/timeline/range-by-month", test_range_by_month);

  return g_test_run ();
}

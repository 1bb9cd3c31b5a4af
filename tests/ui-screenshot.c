/* ui-screenshot.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Puts the window in a given state and keeps it open, for screenshots of
 * the interface (README, reviews of light and dark mode, translations):
 *
 *   ui-screenshot [--file=FILE] [--select=ENTITY] [--relation=ID]
 *                 [--search=TEXT] [--note=TEXT] [--zoom=Z] [--action=NAME] [--seconds=N]
 *                 [--size-by=METRIC] [--color-by=community] [--table] [--legend]
 *                 [--path=FROM,TO] [--longer=N] [--timeline]
 *                 [--since=DATE] [--until=DATE] [--hide-undated]
 *                 [--focus=ID] [--depth=N] [--source-off=ID] [--publisher-off=NAME]
 *
 * It prints "ready" once the picture is drawn.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "liaison-entity-table.h"
#include "liaison-graph-view.h"
#include "liaison-metrics-legend.h"
#include "liaison-search-bar.h"
#include "ui-test-common.h"
#include "liaison-paths-panel.h"
#include "liaison-window-paths.h"

static gboolean
settled (gpointer data)
{
  return liaison_graph_view_is_settled (data);
}

static gboolean
measured (gpointer data)
{
  return liaison_analysis_get_metrics (data) != NULL && !liaison_analysis_get_computing (data);
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = NULL;
  g_autofree char *file = NULL;
  g_autofree char *select = NULL;
  g_autofree char *relation = NULL;
  g_autofree char *search = NULL;
  g_autofree char *note = NULL;
  g_autofree char *action = NULL;
  g_autofree char *size_by = NULL;
  g_autofree char *color_by = NULL;
  gboolean table = FALSE;
  gboolean legend = FALSE;
  g_autofree char *path = NULL;
  g_autofree char *focus = NULL;
  int depth = 1;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  gboolean timeline = FALSE, hide_undated = FALSE;
  int longer = 0;
  double zoom = 0;
  int seconds = 30;
  gboolean done = FALSE;
  gboolean open_anyway = FALSE;
  g_auto(GStrv) sources_off = NULL;
  g_auto(GStrv) publishers_off = NULL;
  GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file, "Dataset to open", "FILE" },
    { "select", 0, 0, G_OPTION_ARG_STRING, &select, "Entity to select", "ID" },
    { "relation", 0, 0, G_OPTION_ARG_STRING, &relation, "Relation to select", "ID" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Text to search for", "TEXT" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, "A note on the --select entity or the --relation relation", "TEXT" },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "Zoom level", "Z" },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action, "Window action to activate, e.g. win.export", "NAME" },
    { "seconds", 0, 0, G_OPTION_ARG_INT, &seconds, "How long to stay open", "N" },
    { "size-by", 0, 0, G_OPTION_ARG_STRING, &size_by, "Size entities by degree, betweenness or pagerank", "METRIC" },
    { "color-by", 0, 0, G_OPTION_ARG_STRING, &color_by, "Colour entities by community", "community" },
    { "table", 0, 0, G_OPTION_ARG_NONE, &table, "Show the entity table", NULL },
    { "legend", 0, 0, G_OPTION_ARG_NONE, &legend, "Open the legend", NULL },
    { "path", 0, 0, G_OPTION_ARG_STRING, &path, "Show the paths between two entities", "FROM,TO" },
    { "longer", 0, 0, G_OPTION_ARG_INT, &longer, "Also the longer paths, up to N relations", "N" },
    { "timeline", 0, 0, G_OPTION_ARG_NONE, &timeline, "Show the timeline", NULL },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, "Relations dated from", "DATE" },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, "Relations dated until", "DATE" },
    { "hide-undated", 0, 0, G_OPTION_ARG_NONE, &hide_undated, "Hide undated relations", NULL },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &focus, "Focus on an entity, as its context menu does", "ID" },
    { "depth", 0, 0, G_OPTION_ARG_INT, &depth, "How many steps out --focus goes (1-3)", "N" },
    { "open-anyway", 0, 0, G_OPTION_ARG_NONE, &open_anyway, "Open --file anyway and show what was left out", NULL },
    { "source-off", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sources_off, "Switch a source off (may be repeated)", "ID" },
    { "publisher-off", 0, 0, G_OPTION_ARG_STRING_ARRAY, &publishers_off, "Switch a publisher off (may be repeated)", "NAME" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  LiaisonWindow *window;
  LiaisonViewState *state;
  LiaisonGraphView *view;

  /* Arguments such as --search=会合 are read in the user's encoding. */
  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_parse (context, &argc, &argv, NULL);

  app = ui_test_init (&argc, &argv);
  window = ui_test_open_window ();
  if (file != NULL)
    {
      g_autoptr(GFile) gfile = g_file_new_for_commandline_arg (file);

      liaison_window_open (window, gfile);
      ui_test_wait_for_load (window);
      if (open_anyway)
        {
          g_action_group_activate_action (G_ACTION_GROUP (window), "open-anyway", NULL);
          ui_test_wait_for_load (window);
        }
    }

  gtk_window_maximize (GTK_WINDOW (window));
  state = liaison_window_get_view_state (window);
  view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));

  if (focus != NULL)
    {
      LiaisonEntity *entity = liaison_dataset_lookup_entity (liaison_window_get_dataset (window), focus);

      if (entity != NULL)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.focus", "(uu)", liaison_entity_get_index (entity),
                                    (guint) depth);
      ui_test_wait_for_load (window);
    }
  for (guint i = 0; sources_off != NULL && sources_off[i] != NULL; i++)
    liaison_view_state_set_source_visible (state, sources_off[i], FALSE);
  for (guint i = 0; publishers_off != NULL && publishers_off[i] != NULL; i++)
    liaison_view_state_set_publisher_visible (state, publishers_off[i], FALSE);
  if (sources_off != NULL || publishers_off != NULL)
    ui_test_wait_for_load (window);
  if (note != NULL && select != NULL)
    liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, select, note);
  if (note != NULL && relation != NULL)
    liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_RELATION, relation, note);
  if (search != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      GtkWidget *bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW, "search_bar"));

      gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (bar, LIAISON_TYPE_SEARCH_BAR, "search_entry")), search);
    }
  if (select != NULL)
    {
      LiaisonEntity *entity = liaison_dataset_lookup_entity (liaison_window_get_dataset (window), select);

      if (entity != NULL)
        liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, liaison_entity_get_index (entity));
    }
  if (relation != NULL)
    {
      const LiaisonRelation *r = liaison_dataset_lookup_relation (liaison_window_get_dataset (window), relation);

      if (r != NULL)
        liaison_view_state_select (state, LIAISON_ELEMENT_RELATION, r->index);
    }
  if (size_by != NULL || color_by != NULL || table)
    {
      GtkWidget *entity_table = ui_test_find_widget (GTK_WIDGET (window), LIAISON_TYPE_ENTITY_TABLE);
      LiaisonAnalysis *analysis = liaison_entity_table_get_analysis (LIAISON_ENTITY_TABLE (entity_table));

      ui_test_wait_until (measured, analysis);
      if (g_strcmp0 (size_by, "degree") == 0)
        liaison_analysis_set_size_by (analysis, LIAISON_SIZE_BY_DEGREE);
      else if (g_strcmp0 (size_by, "betweenness") == 0)
        liaison_analysis_set_size_by (analysis, LIAISON_SIZE_BY_BETWEENNESS);
      else if (g_strcmp0 (size_by, "pagerank") == 0)
        liaison_analysis_set_size_by (analysis, LIAISON_SIZE_BY_PAGERANK);
      if (g_strcmp0 (color_by, "community") == 0)
        liaison_analysis_set_color_by (analysis, LIAISON_COLOR_BY_COMMUNITY);
      gtk_widget_set_visible (entity_table, table);
      ui_test_wait_for_load (window);
    }
  if (path != NULL)
    {
      g_auto(GStrv) ends = g_strsplit (path, ",", 2);
      LiaisonEntity *from = liaison_dataset_lookup_entity (liaison_window_get_dataset (window), ends[0]);
      LiaisonEntity *to = ends[1] != NULL ? liaison_dataset_lookup_entity (liaison_window_get_dataset (window), ends[1]) : NULL;

      if (from != NULL && to != NULL)
        liaison_window_show_paths (window, liaison_entity_get_index (from), liaison_entity_get_index (to));
      if (longer > 0)
        {
          LiaisonPathsPanel *panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (window));

          liaison_paths_panel_find_longer (panel, longer);
          while (liaison_paths_panel_get_searching (panel))
            g_main_context_iteration (NULL, TRUE);
        }
      ui_test_wait_for_load (window);
    }
  if (timeline || since != NULL || until != NULL || hide_undated)
    {
      LiaisonDateRange range;
      guint32 first, last;

      g_action_group_activate_action (G_ACTION_GROUP (window), "show-timeline", NULL);
      liaison_date_range_init (&range);
      if (since != NULL && liaison_date_get_period (since, &first, &last))
        range.since = first;
      if (until != NULL && liaison_date_get_period (until, &first, &last))
        range.until = last;
      range.hide_undated = hide_undated;
      liaison_view_state_set_date_range (state, &range);
      ui_test_wait_for_load (window);
    }
  if (zoom > 0 && liaison_graph_view_get_scene (view) != NULL)
    {
      const LiaisonRect *bounds = liaison_scene_get_bounds (liaison_graph_view_get_scene (view));

      /* On the middle of the graph, as fitting it to the window is. */
      liaison_graph_view_set_view (view, (bounds->x0 + bounds->x1) / 2, (bounds->y0 + bounds->y1) / 2, zoom);
    }

  g_timeout_add (300, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  if (zoom > 0 && select != NULL)
    {
      LiaisonEntity *entity = liaison_dataset_lookup_entity (liaison_window_get_dataset (window), select);
      const LiaisonSceneElement *node = liaison_scene_lookup (liaison_graph_view_get_scene (view), LIAISON_ELEMENT_ENTITY,
                                                              liaison_entity_get_index (entity));

      liaison_graph_view_set_view (view, node->x, node->y, zoom);
    }
  ui_test_wait_until (settled, view);

  if (open_anyway)
    {
      for (GtkWidget *w = GTK_WIDGET (window); w != NULL;)
        {
          if (g_strcmp0 (gtk_widget_get_name (w), "left-out-button") == 0)
            {
              gtk_menu_button_popup (GTK_MENU_BUTTON (w));
              break;
            }
          /* Depth first, through the whole tree. */
          if (gtk_widget_get_first_child (w) != NULL)
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              if (w != NULL)
                w = gtk_widget_get_next_sibling (w);
            }
        }
    }

  if (action != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
      done = FALSE;
      g_timeout_add (500, quit_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }

  if (legend)
    {
      GtkWidget *popover = gtk_widget_get_ancestor (ui_test_find_widget (GTK_WIDGET (window), LIAISON_TYPE_METRICS_LEGEND),
                                                    GTK_TYPE_POPOVER);

      gtk_popover_popup (GTK_POPOVER (popover));
      done = FALSE;
      g_timeout_add (500, quit_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }

  printf ("ready\n");
  fflush (stdout);

  done = FALSE;
  g_timeout_add_seconds (seconds, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

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
 *                 [--search=TEXT] [--zoom=Z] [--action=NAME] [--seconds=N]
 *
 * It prints "ready" once the picture is drawn.
 */

#include "config.h"

#include <stdio.h>

#include "liaison-graph-view.h"
#include "liaison-search-bar.h"
#include "ui-test-common.h"

static gboolean
settled (gpointer data)
{
  return liaison_graph_view_is_settled (data);
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
  g_autofree char *action = NULL;
  double zoom = 0;
  int seconds = 30;
  gboolean done = FALSE;
  GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file, "Dataset to open", "FILE" },
    { "select", 0, 0, G_OPTION_ARG_STRING, &select, "Entity to select", "ID" },
    { "relation", 0, 0, G_OPTION_ARG_STRING, &relation, "Relation to select", "ID" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Text to search for", "TEXT" },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "Zoom level", "Z" },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action, "Window action to activate, e.g. win.export", "NAME" },
    { "seconds", 0, 0, G_OPTION_ARG_INT, &seconds, "How long to stay open", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  LiaisonWindow *window;
  LiaisonViewState *state;
  LiaisonGraphView *view;

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
    }

  gtk_window_maximize (GTK_WINDOW (window));
  state = liaison_window_get_view_state (window);
  view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));

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
  if (zoom > 0)
    liaison_graph_view_set_view (view, 0, 0, zoom);

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

  if (action != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
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

/* liaison-paths-panel-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-paths-panel.h"
#include "liaison-shortest-paths.h"
#include "liaison-simple-paths.h"

G_BEGIN_DECLS

struct _LiaisonPathsPanel
{
  GtkWidget             parent_instance;

  /* children */
  GtkWidget            *title_label;
  GtkWidget            *summary_label;
  GtkWidget            *stack;
  GtkWidget            *list;
  GtkWidget            *none_page;
  GtkWidget            *longer_box;
  GtkWidget            *length_spin;
  GtkWidget            *find_button;
  GtkWidget            *cancel_button;
  GtkWidget            *spinner;
  GtkWidget            *longer_label;

  /* owned */
  LiaisonViewState     *state;
  LiaisonSubset        *previous;       /* what was explored before, or NULL for everything */
  LiaisonSubset        *visible;        /* what the filters let through when the paths were found */
  LiaisonSubset        *shown;          /* what the panel last put on the graph, kept once closed */
  LiaisonShortestPaths *paths;
  GCancellable         *longer_cancellable;
  GPtrArray            *chains;         /* char *: the listed paths as text, in order */
  GtkWidget            *longer_heading; /* in the list; borrowed */

  guint                 from;
  guint                 to;
  gboolean              has_ends;       /* from and to were chosen on this state */
  gboolean              active;
};

/* liaison-paths-panel.c */
void       _liaison_paths_panel_append_path  (LiaisonPathsPanel *self,
                                              LiaisonDataset    *dataset,
                                              GArray            *path);
void       _liaison_paths_panel_append_note  (LiaisonPathsPanel *self,
                                              const char        *text,
                                              const char        *css_class);
void       _liaison_paths_panel_show_subset  (LiaisonPathsPanel *self,
                                              LiaisonSubset     *subset);

/* liaison-paths-panel-longer.c */
void       _liaison_paths_panel_cancel_longer (LiaisonPathsPanel *self);

/* liaison-paths-panel-rows.c */
GtkWidget *_liaison_paths_panel_new_label    (const char     *text,
                                              const char     *css_class);
GtkWidget *_liaison_paths_panel_new_path_row (LiaisonDataset *dataset,
                                              GArray         *path,
                                              const char     *chain,
                                              GCallback       link_clicked,
                                              gpointer        user_data);

G_END_DECLS

/* liaison-search-bar.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-graph-view.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_SEARCH_BAR (liaison_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSearchBar, liaison_search_bar, LIAISON, SEARCH_BAR, GtkWidget)

/* The search: what is typed becomes the view state's search, the bar
 * counts the entities it matches, and Enter, Shift+Enter and Ctrl+G step
 * through those in the graph view. Under the entry, what the dataset's
 * search index found is listed in groups (entities, relations, evidence),
 * the matched text marked; choosing one selects it. When it closes, the keys go back to
 * where they were before it opened, or to the graph view.
 */
GtkWidget        *liaison_search_bar_new             (void);
LiaisonViewState *liaison_search_bar_get_state       (LiaisonSearchBar *self);
void              liaison_search_bar_set_state       (LiaisonSearchBar *self,
                                                      LiaisonViewState *state);
LiaisonGraphView *liaison_search_bar_get_view        (LiaisonSearchBar *self);
void              liaison_search_bar_set_view        (LiaisonSearchBar *self,
                                                      LiaisonGraphView *view);
GtkWidget        *liaison_search_bar_get_key_capture_widget (LiaisonSearchBar *self);
void              liaison_search_bar_set_key_capture_widget (LiaisonSearchBar *self,
                                                             GtkWidget        *widget);
gboolean          liaison_search_bar_get_search_mode (LiaisonSearchBar *self);
void              liaison_search_bar_set_search_mode (LiaisonSearchBar *self,
                                                      gboolean          search_mode);
void              liaison_search_bar_step_match      (LiaisonSearchBar *self,
                                                      int               direction);
char             *liaison_search_bar_dup_hit_markup  (const LiaisonSearchHit *hit)
                                                      G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

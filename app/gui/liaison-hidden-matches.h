/* liaison-hidden-matches.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_HIDDEN_MATCHES (liaison_hidden_matches_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonHiddenMatches, liaison_hidden_matches, LIAISON, HIDDEN_MATCHES, GtkWidget)

/* Under the search: the matches that a focus, a hidden entity or a type
 * switched off keep out of the graph, each saying so with a button that
 * brings it in (the window's win.show-entity).
 */
#define LIAISON_HIDDEN_MATCHES_MAX_ROWS 5

GtkWidget        *liaison_hidden_matches_new       (void);
LiaisonViewState *liaison_hidden_matches_get_state (LiaisonHiddenMatches *self);
void              liaison_hidden_matches_set_state (LiaisonHiddenMatches *self,
                                                    LiaisonViewState     *state);

G_END_DECLS

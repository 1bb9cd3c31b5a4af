/* liaison-details-pane.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-note-editor.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DETAILS_PANE (liaison_details_pane_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDetailsPane, liaison_details_pane, LIAISON, DETAILS_PANE, GtkWidget)

/* What the sidebar shows of the selection: an entity with its relations,
 * or a relation with its evidence. It follows the view state's selection;
 * choosing a relation or an entity in it selects that in turn.
 */
GtkWidget        *liaison_details_pane_new        (void);
LiaisonViewState *liaison_details_pane_get_state  (LiaisonDetailsPane *self);
void              liaison_details_pane_set_state  (LiaisonDetailsPane *self,
                                                   LiaisonViewState   *state);
GListModel       *liaison_details_pane_get_rows   (LiaisonDetailsPane *self);
LiaisonNoteEditor *liaison_details_pane_get_note_editor (LiaisonDetailsPane *self);

G_END_DECLS

/* liaison-note-editor.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-notes.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_NOTE_EDITOR (liaison_note_editor_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonNoteEditor, liaison_note_editor, LIAISON, NOTE_EDITOR, GtkWidget)

/* Where the user writes their note on one entity or relation. What is
 * typed goes into the notes a moment after the typing stops, when the
 * focus leaves, and before the editor turns to another element, so
 * nothing written is lost; the text view's own undo covers the writing.
 */
GtkWidget   *liaison_note_editor_new        (void);
void         liaison_note_editor_set_target (LiaisonNoteEditor  *self,
                                             LiaisonNotes       *notes,
                                             LiaisonElementKind  kind,
                                             const char         *id);
void         liaison_note_editor_commit     (LiaisonNoteEditor  *self);
GtkTextView *liaison_note_editor_get_view   (LiaisonNoteEditor  *self);

/* How long after the last keystroke a note is kept. */
#define LIAISON_NOTE_EDITOR_PAUSE_MS 600

G_END_DECLS

/* liaison-notes.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "liaison-element-id.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_NOTES (liaison_notes_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonNotes, liaison_notes, LIAISON, NOTES, GObject)

#define LIAISON_NOTES_ERROR (liaison_notes_error_quark ())

typedef enum
{
  LIAISON_NOTES_ERROR_INVALID,
} LiaisonNotesError;

/* The longest note, in bytes, that a file may hold: a page of writing is
 * a few kilobytes, so this only stops a file that is not notes at all.
 */
#define LIAISON_NOTES_MAX_LENGTH (1024 * 1024)

/* The user's own words on entities and relations, by dataset id. They
 * are not part of the dataset: a note stays when its entity or relation
 * goes away in a new version of the file, and comes back into use if the
 * id returns. "changed" is emitted once for each change that adds,
 * alters or removes a note. Used on the main thread only.
 */

GQuark        liaison_notes_error_quark (void);

LiaisonNotes *liaison_notes_new         (void);
const char   *liaison_notes_get         (LiaisonNotes       *self,
                                         LiaisonElementKind  kind,
                                         const char         *id);
void          liaison_notes_set         (LiaisonNotes       *self,
                                         LiaisonElementKind  kind,
                                         const char         *id,
                                         const char         *text);
GPtrArray    *liaison_notes_dup_ids     (LiaisonNotes       *self,
                                         LiaisonElementKind  kind) G_GNUC_WARN_UNUSED_RESULT;
guint         liaison_notes_get_n_notes (LiaisonNotes       *self,
                                         LiaisonElementKind  kind);
void          liaison_notes_assign      (LiaisonNotes       *self,
                                         LiaisonNotes       *other);
void          liaison_notes_clear       (LiaisonNotes       *self);

/* {"entities": {"id": "text", …}, "relations": {"id": "text", …}}, both
 * members always present; ids sorted, so that a saved file changes only
 * where the notes do. Messages from loading name the place as
 * notes.entities["id"], for the member "notes" of the file that holds
 * them. Loading replaces every note, or none when @error is set.
 */
JsonNode     *liaison_notes_to_json     (LiaisonNotes       *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean      liaison_notes_load_json   (LiaisonNotes       *self,
                                         JsonNode           *node,
                                         GError            **error);

G_END_DECLS

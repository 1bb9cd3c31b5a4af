/* liaison-search-notes.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-element-id.h"
#include "liaison-search-index.h"
#include "liaison-search-query.h"

G_BEGIN_DECLS

/* The user's notes, searched beside a dataset's index. Notes change while
 * the user works and the index is built once per dataset, so they are a
 * small set of their own: each folded as the index folds its texts (so
 * case, accents and CJK substrings match alike) when it is added, and all
 * of them looked through at each query. Used on one thread.
 */
typedef struct _LiaisonSearchNotes LiaisonSearchNotes;

LiaisonSearchNotes *liaison_search_notes_new        (void) G_GNUC_WARN_UNUSED_RESULT;
void                liaison_search_notes_free       (LiaisonSearchNotes       *self);
void                liaison_search_notes_clear      (LiaisonSearchNotes       *self);
void                liaison_search_notes_add        (LiaisonSearchNotes       *self,
                                                     LiaisonElementKind        kind,
                                                     guint                     index,
                                                     const char               *text);
guint               liaison_search_notes_get_size   (LiaisonSearchNotes       *self);

/* Adds to @results, in the group LIAISON_SEARCH_GROUP_NOTES, each note of
 * @notes (on an element of @results' dataset) where at least one of
 * @query's words is, and every other word is too or is in the element's
 * own fields (label, aliases, id, …), so that "huawei raid" finds the
 * note "raid in 2019" on Huawei; type: and date: keep notes on elements
 * that pass them, as they keep the elements. An entity so found becomes
 * one of the results' entities. At most @max_hits hits are kept; all are
 * counted.
 */
void                liaison_search_results_add_notes (LiaisonSearchResults     *results,
                                                      LiaisonSearchNotes       *notes,
                                                      const LiaisonSearchQuery *query,
                                                      guint                     max_hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSearchNotes, liaison_search_notes_free)

G_END_DECLS

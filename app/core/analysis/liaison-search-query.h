/* liaison-search-query.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a search typed into the window asks for. Words and "quoted
 * phrases" must all be found (in any field of the same entity, relation
 * or piece of evidence); type:VALUE keeps entities and relations of a type
 * whose id or label starts with VALUE; date:DATE keeps relations whose
 * date falls in that period ("2019" is the whole year). Several type: or
 * several date: operators are alternatives. Terms and values are folded
 * with liaison_search_fold(), so case and accents never matter.
 */
typedef struct
{
  GPtrArray *terms;        /* char *, folded */
  GPtrArray *types;        /* char *, folded */
  GArray    *date_first;   /* guint32 day numbers, see liaison-date-range.h */
  GArray    *date_last;
} LiaisonSearchQuery;

LiaisonSearchQuery *liaison_search_query_parse    (const char         *text)
                                                   G_GNUC_WARN_UNUSED_RESULT;
void                liaison_search_query_free     (LiaisonSearchQuery *query);
gboolean            liaison_search_query_is_empty (const LiaisonSearchQuery *query);

/* Folds @text for searching: NFKD, combining marks dropped, case folded,
 * so "Société" and "SOCIETE" are both "societe" and full-width letters
 * are plain ones. When @offsets is given, it receives one guint32 per
 * byte of the result plus one for its end: the byte in @text where the
 * character that byte came from starts (the end maps to strlen (@text)).
 */
char               *liaison_search_fold           (const char         *text,
                                                   GArray            **offsets)
                                                   G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSearchQuery, liaison_search_query_free)

G_END_DECLS

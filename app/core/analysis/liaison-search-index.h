/* liaison-search-index.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-element-id.h"
#include "liaison-search-query.h"

G_BEGIN_DECLS

/* Everything a dataset says, ready to be searched as the user types:
 * entity labels, aliases, ids, descriptions and attribute values; relation
 * labels, types and dates; evidence quotes; source titles, publishers and
 * authors. Built once per dataset (off the main thread: it takes a while on
 * a large one), then immutable, so any thread may query it.
 */
typedef struct _LiaisonSearchIndex LiaisonSearchIndex;
typedef struct _LiaisonSearchResults LiaisonSearchResults;

typedef enum
{
  LIAISON_SEARCH_FIELD_LABEL,
  LIAISON_SEARCH_FIELD_ALIAS,
  LIAISON_SEARCH_FIELD_ID,
  LIAISON_SEARCH_FIELD_DESCRIPTION,
  LIAISON_SEARCH_FIELD_ATTRIBUTE,
  LIAISON_SEARCH_FIELD_TYPE,
  LIAISON_SEARCH_FIELD_DATE,
  LIAISON_SEARCH_FIELD_QUOTE,
  LIAISON_SEARCH_FIELD_SOURCE_TITLE,
  LIAISON_SEARCH_FIELD_SOURCE_PUBLISHER,
  LIAISON_SEARCH_FIELD_SOURCE_AUTHOR,
  LIAISON_SEARCH_FIELD_NOTE,
} LiaisonSearchField;

typedef enum
{
  LIAISON_SEARCH_GROUP_ENTITIES,
  LIAISON_SEARCH_GROUP_RELATIONS,
  LIAISON_SEARCH_GROUP_EVIDENCE,
  LIAISON_SEARCH_GROUP_NOTES,     /* the user's notes, liaison-search-notes.h */
  LIAISON_SEARCH_N_GROUPS,
} LiaisonSearchGroup;

typedef struct
{
  guint start;   /* bytes in the hit's text */
  guint end;
} LiaisonSearchRange;

/* One entity, relation or piece of evidence that matches, and where: the
 * text of the field it matched in, as the dataset has it, and the byte
 * ranges of that text that the search found. A piece of evidence names
 * the entity or relation it supports and its place in that one's list.
 */
typedef struct
{
  LiaisonElementKind        kind;
  guint                     index;
  guint                     evidence;   /* G_MAXUINT but in the evidence group */
  LiaisonSearchField        field;
  const char               *key;        /* an attribute's key, or NULL */
  const char               *text;
  const LiaisonSearchRange *ranges;
  guint                     n_ranges;
} LiaisonSearchHit;

LiaisonSearchIndex     *liaison_search_index_new          (LiaisonDataset       *dataset)
                                                           G_GNUC_WARN_UNUSED_RESULT;
void                    liaison_search_index_new_async    (LiaisonDataset       *dataset,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
LiaisonSearchIndex     *liaison_search_index_new_finish   (GAsyncResult         *result,
                                                           GError              **error)
                                                           G_GNUC_WARN_UNUSED_RESULT;
LiaisonSearchIndex     *liaison_search_index_ref          (LiaisonSearchIndex   *self);
void                    liaison_search_index_unref        (LiaisonSearchIndex   *self);
LiaisonDataset         *liaison_search_index_get_dataset  (LiaisonSearchIndex   *self);

/* At most @max_hits hits are kept in each group; the counts are of all. */
LiaisonSearchResults   *liaison_search_index_query        (LiaisonSearchIndex       *self,
                                                           const LiaisonSearchQuery *query,
                                                           guint                     max_hits)
                                                           G_GNUC_WARN_UNUSED_RESULT;
LiaisonSearchResults   *liaison_search_index_query_text   (LiaisonSearchIndex   *self,
                                                           const char           *text,
                                                           guint                 max_hits)
                                                           G_GNUC_WARN_UNUSED_RESULT;

void                    liaison_search_results_free       (LiaisonSearchResults *results);
guint                   liaison_search_results_get_count  (LiaisonSearchResults *results,
                                                           LiaisonSearchGroup    group);
guint                   liaison_search_results_get_n_hits (LiaisonSearchResults *results,
                                                           LiaisonSearchGroup    group);
const LiaisonSearchHit *liaison_search_results_get_hit    (LiaisonSearchResults *results,
                                                           LiaisonSearchGroup    group,
                                                           guint                 position);
/* Every matching entity's index, in dataset order. */
const guint            *liaison_search_results_get_entities (LiaisonSearchResults *results,
                                                             guint                *n_entities);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSearchIndex, liaison_search_index_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSearchResults, liaison_search_results_free)

G_END_DECLS

/* liaison-search-index-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-search-index.h"

G_BEGIN_DECLS

/* What the index's two halves share: liaison-search-index.c builds it and
 * finds the texts that hold a term, liaison-search-results.c answers a
 * query from them.
 */

#define NONE G_MAXUINT32

typedef enum
{
  OWNER_ENTITY,
  OWNER_RELATION,
  OWNER_SOURCE,
} OwnerKind;

/* One searchable text: a field of an entity, a relation, a quote or a
 * source. Its folded form is in the index's one buffer, followed by a NUL
 * so that no match runs from one text into the next.
 */
typedef struct
{
  const char *text;
  const char *key;
  guint32    *map;       /* folded byte → original byte; NULL when the same */
  guint32     start;     /* in the folded buffer */
  guint32     length;
  guint32     owner;
  guint32     evidence;  /* the evidence item a quote is, or NONE */
  guint8      owner_kind;
  guint8      field;
} Doc;

/* What each text belongs to, four bytes a text: a one-character search
 * walks hundreds of thousands of texts, and reading a whole Doc for each
 * was most of its time. The kind is in the top two bits: an entity's,
 * a relation's or a source's own text, or a quote, whose index is then
 * its evidence item's.
 */
#define DOC_KIND_SHIFT 30
#define DOC_INDEX_MASK ((1u << DOC_KIND_SHIFT) - 1)
#define DOC_QUOTE      3u

/* A piece of evidence: whose it is, where in its list, its source. */
typedef struct
{
  guint32 owner;
  guint32 position;
  guint32 source;        /* source index, or NONE */
  guint32 quote_doc;     /* or NONE */
  guint8  owner_kind;
} Evidence;

struct _LiaisonSearchIndex
{
  LiaisonDataset *dataset;
  GArray         *docs;             /* Doc */
  GString        *folded;
  GStringChunk   *strings;          /* attribute values as people read them */
  GArray         *evidence;         /* Evidence */
  guint32        *entity_docs;      /* n_entities + 1 starts in docs */
  guint32        *relation_docs;    /* n_relations + 1 */
  guint32        *source_docs;      /* n_sources + 1 */
  guint32        *entity_evidence;  /* n_entities + 1 starts in evidence */
  guint32        *relation_evidence;
  guint32        *entity_type;      /* type index, or NONE */
  guint32        *relation_type;
  guint32        *doc_owners;       /* per doc, as DOC_KIND_SHIFT says */
  guint32        *doc_spans;        /* per doc, its start and length in folded,
                                     * apart, for the same reason */
  GHashTable     *grams;            /* guint64 * → Posting */
  GHashTable     *source_index;     /* while building: source → index + 1 */
  gboolean        scan_short_terms;
};

static inline const Doc *
liaison_search_index_get_doc (LiaisonSearchIndex *self,
                              guint32             doc)
{
  return &g_array_index (self->docs, Doc, doc);
}

gboolean liaison_search_index_doc_contains (LiaisonSearchIndex *self,
                                            guint32             doc_id,
                                            const char         *term,
                                            gsize               term_length);
/* The texts that hold @term, in order. */
GArray  *liaison_search_index_find_docs    (LiaisonSearchIndex *self,
                                            const char         *term);

struct _LiaisonSearchResults
{
  LiaisonSearchIndex *index;
  GArray             *hits[LIAISON_SEARCH_N_GROUPS];
  guint               counts[LIAISON_SEARCH_N_GROUPS];
  GArray             *entities;
  GPtrArray          *texts;        /* what note hits point into, or NULL */
};

gboolean liaison_search_type_matches      (const LiaisonTypeStyle   *style,
                                           const LiaisonSearchQuery *query);
gboolean liaison_search_date_matches      (const char               *date,
                                           const LiaisonSearchQuery *query);
GArray  *liaison_search_find_ranges       (const char               *text,
                                           const char               *folded,
                                           gsize                     length,
                                           const guint32            *map,
                                           const LiaisonSearchQuery *query);
void     liaison_search_results_clear_hit (gpointer                  hit);

/* One- and two-character terms are answered from lists of the texts that
 * hold each character and pair; with @scan, they are looked for in every
 * text instead, which is slower and must give the same answer. For the
 * tests only: set it before any query, never while one runs.
 */
void liaison_search_index_set_scan_short_terms (LiaisonSearchIndex *self,
                                                gboolean            scan);

G_END_DECLS

/* liaison-search-results.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* memmem() */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "liaison-search"

#include "config.h"

#include <string.h>

#include "liaison-date-range.h"
#include "liaison-search-index.h"
#include "liaison-search-index-private.h"

typedef struct
{
  guint8 *entities;
  guint8 *relations;
  guint8 *evidence;
} Marks;

static void
marks_init (Marks              *marks,
            LiaisonSearchIndex *self,
            guint8              value)
{
  marks->entities = g_malloc (liaison_dataset_get_n_entities (self->dataset) + 1);
  marks->relations = g_malloc (liaison_dataset_get_n_relations (self->dataset) + 1);
  marks->evidence = g_malloc (self->evidence->len + 1);
  memset (marks->entities, value, liaison_dataset_get_n_entities (self->dataset) + 1);
  memset (marks->relations, value, liaison_dataset_get_n_relations (self->dataset) + 1);
  memset (marks->evidence, value, self->evidence->len + 1);
}

static void
marks_clear (Marks *marks)
{
  g_free (marks->entities);
  g_free (marks->relations);
  g_free (marks->evidence);
}

/* Which entities, relations and pieces of evidence hold @term somewhere:
 * a piece of evidence in its quote or its source, an entity or relation
 * in its own fields or its evidence.
 */
static void
mark_term (LiaisonSearchIndex *self,
           const char         *term,
           Marks              *marks)
{
  g_autoptr(GArray) docs = liaison_search_index_find_docs (self, term);
  guint n_sources = liaison_dataset_get_n_sources (self->dataset);
  g_autofree guint8 *sources = g_malloc0 (n_sources + 1);
  gboolean any_source = FALSE;

  for (guint i = 0; i < docs->len; i++)
    {
      guint32 owner = self->doc_owners[g_array_index (docs, guint32, i)];
      guint32 index = owner & DOC_INDEX_MASK;

      switch (owner >> DOC_KIND_SHIFT)
        {
        case OWNER_ENTITY:
          marks->entities[index] = TRUE;
          break;
        case OWNER_RELATION:
          marks->relations[index] = TRUE;
          break;
        case OWNER_SOURCE:
          sources[index] = TRUE;
          any_source = TRUE;
          break;
        default:
          {
            const Evidence *item = &g_array_index (self->evidence, Evidence, index);

            marks->evidence[index] = TRUE;
            if (item->owner_kind == OWNER_ENTITY)
              marks->entities[item->owner] = TRUE;
            else
              marks->relations[item->owner] = TRUE;
          }
        }
    }

  if (!any_source)
    return;

  for (guint i = 0; i < self->evidence->len; i++)
    {
      const Evidence *item = &g_array_index (self->evidence, Evidence, i);

      if (item->source == NONE || !sources[item->source])
        continue;
      marks->evidence[i] = TRUE;
      if (item->owner_kind == OWNER_ENTITY)
        marks->entities[item->owner] = TRUE;
      else
        marks->relations[item->owner] = TRUE;
    }
}

gboolean
liaison_search_type_matches (const LiaisonTypeStyle   *style,
                             const LiaisonSearchQuery *query)
{
  g_autofree char *id = NULL;
  g_autofree char *label = NULL;

  if (query->types->len == 0)
    return TRUE;
  if (style == NULL)
    return FALSE;

  id = liaison_search_fold (style->id, NULL);
  label = liaison_search_fold (style->label, NULL);
  for (guint i = 0; i < query->types->len; i++)
    if (g_str_has_prefix (id, g_ptr_array_index (query->types, i)) ||
        g_str_has_prefix (label, g_ptr_array_index (query->types, i)))
      return TRUE;
  return FALSE;
}

gboolean
liaison_search_date_matches (const char               *date,
                             const LiaisonSearchQuery *query)
{
  guint32 first, last;

  if (query->date_first->len == 0)
    return TRUE;
  if (!liaison_date_get_period (date, &first, &last))
    return FALSE;

  for (guint i = 0; i < query->date_first->len; i++)
    if (first <= g_array_index (query->date_last, guint32, i) &&
        last >= g_array_index (query->date_first, guint32, i))
      return TRUE;
  return FALSE;
}

static int
compare_range (gconstpointer a,
               gconstpointer b)
{
  const LiaisonSearchRange *x = a;
  const LiaisonSearchRange *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->end > y->end) - (x->end < y->end);
}

/* Where the terms are in @text, whose folded form is @folded (@length
 * bytes) and @map its map back, NULL when the same: folded offsets taken
 * back through the map, a match ending inside what one character folded
 * to taking all of that character.
 */
GArray *
liaison_search_find_ranges (const char               *text,
                            const char               *folded,
                            gsize                     length,
                            const guint32            *map,
                            const LiaisonSearchQuery *query)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (LiaisonSearchRange));
  guint kept = 0;

  for (guint t = 0; t < query->terms->len; t++)
    {
      const char *term = g_ptr_array_index (query->terms, t);
      gsize term_length = strlen (term);
      const char *p = folded;
      const char *end = folded + length;

      while (p < end && (p = memmem (p, end - p, term, term_length)) != NULL)
        {
          guint32 start = p - folded;
          guint32 last = start + term_length - 1;
          LiaisonSearchRange range;

          if (map == NULL)
            {
              range.start = start;
              range.end = last + 1;
            }
          else
            {
              range.start = map[start];
              range.end = map[last] + g_utf8_skip[(guchar) text[map[last]]];
            }
          g_array_append_val (ranges, range);
          p += term_length;
        }
    }

  g_array_sort (ranges, compare_range);
  for (guint i = 0; i < ranges->len; i++)
    {
      LiaisonSearchRange *range = &g_array_index (ranges, LiaisonSearchRange, i);
      LiaisonSearchRange *previous = kept > 0 ? &g_array_index (ranges, LiaisonSearchRange, kept - 1) : NULL;

      if (previous != NULL && range->start <= previous->end)
        previous->end = MAX (previous->end, range->end);
      else
        g_array_index (ranges, LiaisonSearchRange, kept++) = *range;
    }
  g_array_set_size (ranges, kept);
  return ranges;
}

static gboolean
doc_has_term (LiaisonSearchIndex       *self,
              guint32                   doc,
              const LiaisonSearchQuery *query)
{
  for (guint t = 0; t < query->terms->len; t++)
    {
      const char *term = g_ptr_array_index (query->terms, t);

      if (liaison_search_index_doc_contains (self, doc, term, strlen (term)))
        return TRUE;
    }
  return FALSE;
}

/* The first of @docs (a range of them) where a term is, or NONE. */
static guint32
first_doc_with_term (LiaisonSearchIndex       *self,
                     guint32                   first,
                     guint32                   end,
                     const LiaisonSearchQuery *query)
{
  for (guint32 d = first; d < end; d++)
    if (doc_has_term (self, d, query))
      return d;
  return NONE;
}

static guint32
evidence_doc (LiaisonSearchIndex       *self,
              const Evidence           *item,
              const LiaisonSearchQuery *query)
{
  guint32 doc = NONE;

  if (item->quote_doc != NONE && doc_has_term (self, item->quote_doc, query))
    return item->quote_doc;
  if (item->source != NONE)
    doc = first_doc_with_term (self, self->source_docs[item->source],
                               self->source_docs[item->source + 1], query);
  return doc;
}

static guint32
field_doc (LiaisonSearchIndex *self,
           guint32             first,
           guint32             end,
           LiaisonSearchField  field)
{
  for (guint32 d = first; d < end; d++)
    if (liaison_search_index_get_doc (self, d)->field == field)
      return d;
  return NONE;
}

static void
add_hit (LiaisonSearchResults     *results,
         LiaisonSearchGroup        group,
         LiaisonElementKind        kind,
         guint                     index,
         guint                     evidence,
         guint32                   doc_id,
         const LiaisonSearchQuery *query,
         gboolean                  whole)
{
  LiaisonSearchIndex *self = results->index;
  LiaisonSearchHit hit = { kind, index, evidence, LIAISON_SEARCH_FIELD_LABEL, NULL, NULL, NULL, 0 };

  if (doc_id != NONE)
    {
      const Doc *doc = liaison_search_index_get_doc (self, doc_id);
      GArray *ranges;

      hit.field = doc->field;
      hit.key = doc->key;
      hit.text = doc->text;
      if (whole)
        {
          LiaisonSearchRange range = { 0, strlen (doc->text) };

          ranges = g_array_new (FALSE, FALSE, sizeof (LiaisonSearchRange));
          g_array_append_val (ranges, range);
        }
      else
        ranges = liaison_search_find_ranges (doc->text, self->folded->str + doc->start,
                                             doc->length, doc->map, query);
      hit.n_ranges = ranges->len;
      hit.ranges = (const LiaisonSearchRange *) (gpointer) g_array_free (ranges, hit.n_ranges == 0);
    }

  g_array_append_val (results->hits[group], hit);
}

void
liaison_search_results_clear_hit (gpointer data)
{
  LiaisonSearchHit *hit = data;

  g_free ((gpointer) hit->ranges);
}

LiaisonSearchResults *
liaison_search_index_query (LiaisonSearchIndex       *self,
                            const LiaisonSearchQuery *query,
                            guint                     max_hits)
{
  LiaisonSearchResults *results;
  guint n_entities, n_relations;
  gboolean has_terms;
  Marks all;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  results = g_new0 (LiaisonSearchResults, 1);
  results->index = liaison_search_index_ref (self);
  results->entities = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint g = 0; g < LIAISON_SEARCH_N_GROUPS; g++)
    {
      results->hits[g] = g_array_new (FALSE, FALSE, sizeof (LiaisonSearchHit));
      g_array_set_clear_func (results->hits[g], liaison_search_results_clear_hit);
    }

  if (liaison_search_query_is_empty (query))
    return results;

  n_entities = liaison_dataset_get_n_entities (self->dataset);
  n_relations = liaison_dataset_get_n_relations (self->dataset);
  has_terms = query->terms->len > 0;

  /* Every term must be found in the same entity, relation or evidence.
   * The first marks what it finds at once; each other narrows that.
   */
  marks_init (&all, self, !has_terms);
  if (has_terms)
    mark_term (self, g_ptr_array_index (query->terms, 0), &all);
  for (guint t = 1; t < query->terms->len; t++)
    {
      Marks term;

      marks_init (&term, self, FALSE);
      mark_term (self, g_ptr_array_index (query->terms, t), &term);
      for (guint i = 0; i < n_entities; i++)
        all.entities[i] &= term.entities[i];
      for (guint i = 0; i < n_relations; i++)
        all.relations[i] &= term.relations[i];
      for (guint i = 0; i < self->evidence->len; i++)
        all.evidence[i] &= term.evidence[i];
      marks_clear (&term);
    }

  /* Entities have no dates, so a date: search is for relations. Without
   * type: or date:, nothing to look at: a short term marks most of a
   * large dataset, and reading every relation again cost a fifth of it.
   */
  for (guint i = 0; (query->types->len > 0 || query->date_first->len > 0) && i < n_entities; i++)
    if (all.entities[i])
      all.entities[i] = query->date_first->len == 0 &&
                        liaison_search_type_matches (self->entity_type[i] != NONE ? liaison_dataset_get_entity_type (self->dataset, self->entity_type[i]) : NULL, query);
  for (guint i = 0; (query->types->len > 0 || query->date_first->len > 0) && i < n_relations; i++)
    if (all.relations[i])
      {
        const LiaisonRelation *relation = liaison_dataset_get_relation (self->dataset, i);

        all.relations[i] = liaison_search_date_matches (relation->date, query) &&
                           liaison_search_type_matches (self->relation_type[i] != NONE ? liaison_dataset_get_relation_type (self->dataset, self->relation_type[i]) : NULL, query);
      }

  for (guint i = 0; i < n_entities; i++)
    if (all.entities[i])
      {
        guint32 doc = NONE;

        g_array_append_val (results->entities, i);
        if (results->counts[LIAISON_SEARCH_GROUP_ENTITIES]++ >= max_hits)
          continue;

        if (has_terms)
          {
            doc = first_doc_with_term (self, self->entity_docs[i], self->entity_docs[i + 1], query);
            for (guint32 e = self->entity_evidence[i]; doc == NONE && e < self->entity_evidence[i + 1]; e++)
              doc = evidence_doc (self, &g_array_index (self->evidence, Evidence, e), query);
          }
        else
          doc = field_doc (self, self->entity_docs[i], self->entity_docs[i + 1], LIAISON_SEARCH_FIELD_LABEL);
        add_hit (results, LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_ELEMENT_ENTITY, i, G_MAXUINT, doc, query, FALSE);
      }

  for (guint i = 0; i < n_relations; i++)
    if (all.relations[i])
      {
        guint32 doc = NONE;
        gboolean whole = FALSE;

        if (results->counts[LIAISON_SEARCH_GROUP_RELATIONS]++ >= max_hits)
          continue;

        if (has_terms)
          {
            doc = first_doc_with_term (self, self->relation_docs[i], self->relation_docs[i + 1], query);
            for (guint32 e = self->relation_evidence[i]; doc == NONE && e < self->relation_evidence[i + 1]; e++)
              doc = evidence_doc (self, &g_array_index (self->evidence, Evidence, e), query);
          }
        else
          {
            LiaisonSearchField field = query->date_first->len > 0 ? LIAISON_SEARCH_FIELD_DATE : LIAISON_SEARCH_FIELD_TYPE;

            doc = field_doc (self, self->relation_docs[i], self->relation_docs[i + 1], field);
            whole = TRUE;
          }
        add_hit (results, LIAISON_SEARCH_GROUP_RELATIONS, LIAISON_ELEMENT_RELATION, i, G_MAXUINT, doc, query, whole);
      }

  /* A type: or date: alone would list every quote of what it keeps. */
  for (guint i = 0; has_terms && i < self->evidence->len; i++)
    {
      const Evidence *item = &g_array_index (self->evidence, Evidence, i);
      gboolean owner_kept = item->owner_kind == OWNER_ENTITY ? all.entities[item->owner] : all.relations[item->owner];

      if (!all.evidence[i] || !owner_kept)
        continue;
      if (results->counts[LIAISON_SEARCH_GROUP_EVIDENCE]++ >= max_hits)
        continue;

      add_hit (results, LIAISON_SEARCH_GROUP_EVIDENCE,
               item->owner_kind == OWNER_ENTITY ? LIAISON_ELEMENT_ENTITY : LIAISON_ELEMENT_RELATION,
               item->owner, item->position, evidence_doc (self, item, query), query, FALSE);
    }

  marks_clear (&all);
  return results;
}

LiaisonSearchResults *
liaison_search_index_query_text (LiaisonSearchIndex *self,
                                 const char         *text,
                                 guint               max_hits)
{
  g_autoptr(LiaisonSearchQuery) query = liaison_search_query_parse (text);

  return liaison_search_index_query (self, query, max_hits);
}

void
liaison_search_results_free (LiaisonSearchResults *results)
{
  if (results == NULL)
    return;

  for (guint g = 0; g < LIAISON_SEARCH_N_GROUPS; g++)
    g_array_unref (results->hits[g]);
  g_array_unref (results->entities);
  g_clear_pointer (&results->texts, g_ptr_array_unref);
  liaison_search_index_unref (results->index);
  g_free (results);
}

guint
liaison_search_results_get_count (LiaisonSearchResults *results,
                                  LiaisonSearchGroup    group)
{
  g_return_val_if_fail (results != NULL, 0);
  g_return_val_if_fail (group < LIAISON_SEARCH_N_GROUPS, 0);

  return results->counts[group];
}

guint
liaison_search_results_get_n_hits (LiaisonSearchResults *results,
                                   LiaisonSearchGroup    group)
{
  g_return_val_if_fail (results != NULL, 0);
  g_return_val_if_fail (group < LIAISON_SEARCH_N_GROUPS, 0);

  return results->hits[group]->len;
}

const LiaisonSearchHit *
liaison_search_results_get_hit (LiaisonSearchResults *results,
                                LiaisonSearchGroup    group,
                                guint                 position)
{
  g_return_val_if_fail (results != NULL, NULL);
  g_return_val_if_fail (group < LIAISON_SEARCH_N_GROUPS, NULL);
  g_return_val_if_fail (position < results->hits[group]->len, NULL);

  return &g_array_index (results->hits[group], LiaisonSearchHit, position);
}

const guint *
liaison_search_results_get_entities (LiaisonSearchResults *results,
                                     guint                *n_entities)
{
  g_return_val_if_fail (results != NULL, NULL);
  g_return_val_if_fail (n_entities != NULL, NULL);

  *n_entities = results->entities->len;
  return (const guint *) (gpointer) results->entities->data;
}

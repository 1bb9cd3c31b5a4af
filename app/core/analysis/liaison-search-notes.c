/* liaison-search-notes.c
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

#include "liaison-search-index-private.h"
#include "liaison-search-notes.h"

typedef struct
{
  LiaisonElementKind kind;
  guint              index;
  char              *text;
  char              *folded;
  gsize              length;   /* of folded */
  guint32           *map;      /* folded byte → byte of text; NULL when the same */
} Note;

struct _LiaisonSearchNotes
{
  GArray   *notes;             /* Note */
  gboolean  sorted;
  GArray   *previous;          /* the notes before the last clear, sorted; or NULL */
};

static int compare_notes (gconstpointer a,
                          gconstpointer b);

static void
clear_note (gpointer data)
{
  Note *note = data;

  g_free (note->text);
  g_free (note->folded);
  g_free (note->map);
}

LiaisonSearchNotes *
liaison_search_notes_new (void)
{
  LiaisonSearchNotes *self = g_new0 (LiaisonSearchNotes, 1);

  self->notes = g_array_new (FALSE, FALSE, sizeof (Note));
  g_array_set_clear_func (self->notes, clear_note);
  self->sorted = TRUE;

  return self;
}

void
liaison_search_notes_free (LiaisonSearchNotes *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->notes);
  g_clear_pointer (&self->previous, g_array_unref);
  g_free (self);
}

/* Empties @self to be filled again. The notes it held are kept aside
 * until the next clear: one added again with the same text takes its
 * folded form from there, so that keeping one note of many, as the user
 * does at each pause in writing, folds only that one.
 */
void
liaison_search_notes_clear (LiaisonSearchNotes *self)
{
  g_return_if_fail (self != NULL);

  if (!self->sorted)
    g_array_sort (self->notes, compare_notes);
  g_clear_pointer (&self->previous, g_array_unref);
  self->previous = g_steal_pointer (&self->notes);
  self->notes = g_array_new (FALSE, FALSE, sizeof (Note));
  g_array_set_clear_func (self->notes, clear_note);
  self->sorted = TRUE;
}

/* The note kept aside for @kind and @index with @text, or NULL. */
static Note *
find_previous (LiaisonSearchNotes *self,
               LiaisonElementKind  kind,
               guint               index,
               const char         *text)
{
  Note key = { kind, index, NULL, NULL, 0, NULL };
  guint position;

  if (self->previous == NULL ||
      !g_array_binary_search (self->previous, &key, compare_notes, &position))
    return NULL;

  {
    Note *found = &g_array_index (self->previous, Note, position);

    return found->text != NULL && strcmp (found->text, text) == 0 ? found : NULL;
  }
}

void
liaison_search_notes_add (LiaisonSearchNotes *self,
                          LiaisonElementKind  kind,
                          guint               index,
                          const char         *text)
{
  g_autoptr(GArray) map = NULL;
  gboolean identity;
  Note note;

  Note *previous;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  previous = find_previous (self, kind, index, text);
  if (previous != NULL)
    {
      /* Taken over whole; what is left of it frees nothing, and keeps
       * its place in the sorted array.
       */
      note = *previous;
      previous->text = NULL;
      previous->folded = NULL;
      previous->map = NULL;
      g_array_append_val (self->notes, note);
      self->sorted = FALSE;
      return;
    }

  note.kind = kind;
  note.index = index;
  note.text = g_strdup (text);
  note.folded = liaison_search_fold (text, &map);
  note.length = strlen (note.folded);

  /* As the index does: no map when folding changed nothing. */
  identity = note.length == strlen (text);
  for (gsize i = 0; identity && i < note.length; i++)
    identity = g_array_index (map, guint32, i) == i;
  note.map = identity ? NULL : g_memdup2 (map->data, map->len * sizeof (guint32));

  g_array_append_val (self->notes, note);
  self->sorted = FALSE;
}

guint
liaison_search_notes_get_size (LiaisonSearchNotes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->notes->len;
}

/* Entities first, then relations, each in dataset order, as the other
 * groups list them.
 */
static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const Note *x = a;
  const Note *y = b;

  if (x->kind != y->kind)
    return x->kind == LIAISON_ELEMENT_ENTITY ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

static gboolean
note_has (const Note *note,
          const char *term)
{
  return memmem (note->folded, note->length, term, strlen (term)) != NULL;
}

/* Whether @term is in one of the element's own fields in the index. */
static gboolean
element_has (LiaisonSearchIndex *index,
             const Note         *note,
             const char         *term)
{
  const guint32 *starts = note->kind == LIAISON_ELEMENT_ENTITY ? index->entity_docs : index->relation_docs;

  for (guint32 d = starts[note->index]; d < starts[note->index + 1]; d++)
    if (liaison_search_index_doc_contains (index, d, term, strlen (term)))
      return TRUE;
  return FALSE;
}

static gboolean
note_matches (LiaisonSearchIndex       *index,
              const Note               *note,
              const LiaisonSearchQuery *query)
{
  LiaisonDataset *dataset = index->dataset;
  gboolean in_note = FALSE;

  if (note->kind == LIAISON_ELEMENT_ENTITY)
    {
      /* Entities have no dates, so a date: search is for relations. */
      if (note->index >= liaison_dataset_get_n_entities (dataset) || query->date_first->len > 0)
        return FALSE;
      if (!liaison_search_type_matches (index->entity_type[note->index] != NONE ? liaison_dataset_get_entity_type (dataset, index->entity_type[note->index]) : NULL, query))
        return FALSE;
    }
  else
    {
      if (note->index >= liaison_dataset_get_n_relations (dataset))
        return FALSE;
      if (!liaison_search_date_matches (liaison_dataset_get_relation (dataset, note->index)->date, query) ||
          !liaison_search_type_matches (index->relation_type[note->index] != NONE ? liaison_dataset_get_relation_type (dataset, index->relation_type[note->index]) : NULL, query))
        return FALSE;
    }

  for (guint t = 0; t < query->terms->len; t++)
    {
      const char *term = g_ptr_array_index (query->terms, t);

      if (note_has (note, term))
        in_note = TRUE;
      else if (!element_has (index, note, term))
        return FALSE;
    }

  return in_note;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a;
  guint y = *(const guint *)b;

  return (x > y) - (x < y);
}

/* Adds @entity to the results' entities, which stay in dataset order and
 * hold each once.
 */
static void
add_entity (LiaisonSearchResults *results,
            guint                 entity)
{
  guint position;

  if (g_array_binary_search (results->entities, &entity, compare_uint, &position))
    return;

  for (position = results->entities->len;
       position > 0 && g_array_index (results->entities, guint, position - 1) > entity;
       position--)
    ;
  g_array_insert_val (results->entities, position, entity);
}

void
liaison_search_results_add_notes (LiaisonSearchResults     *results,
                                  LiaisonSearchNotes       *notes,
                                  const LiaisonSearchQuery *query,
                                  guint                     max_hits)
{
  GArray *hits;

  g_return_if_fail (results != NULL);
  g_return_if_fail (notes != NULL);
  g_return_if_fail (query != NULL);

  /* A type: or date: alone would list every note of what it keeps. */
  if (query->terms->len == 0)
    return;

  if (!notes->sorted)
    {
      g_array_sort (notes->notes, compare_notes);
      notes->sorted = TRUE;
    }

  hits = results->hits[LIAISON_SEARCH_GROUP_NOTES];
  for (guint i = 0; i < notes->notes->len; i++)
    {
      const Note *note = &g_array_index (notes->notes, Note, i);
      LiaisonSearchHit hit = { note->kind, note->index, G_MAXUINT, LIAISON_SEARCH_FIELD_NOTE, NULL, NULL, NULL, 0 };
      GArray *ranges;
      char *text;

      if (!note_matches (results->index, note, query))
        continue;

      if (note->kind == LIAISON_ELEMENT_ENTITY)
        add_entity (results, note->index);
      if (results->counts[LIAISON_SEARCH_GROUP_NOTES]++ >= max_hits)
        continue;

      /* The results outlive the note, which the user may change at any
       * moment: they keep a copy of its text.
       */
      if (results->texts == NULL)
        results->texts = g_ptr_array_new_with_free_func (g_free);
      text = g_strdup (note->text);
      g_ptr_array_add (results->texts, text);

      ranges = liaison_search_find_ranges (text, note->folded, note->length, note->map, query);
      hit.text = text;
      hit.n_ranges = ranges->len;
      hit.ranges = (const LiaisonSearchRange *) (gpointer) g_array_free (ranges, hit.n_ranges == 0);
      g_array_append_val (hits, hit);
    }
}

/* liaison-search-index.c
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

#include "liaison-search-index.h"
#include "liaison-search-index-private.h"

typedef struct
{
  guint64  key;
  GArray  *docs;         /* guint32, ascending */
} Posting;


/* Chinese, Japanese and Korean text has no spaces and short words: two
 * characters already narrow a search down, where Latin text needs three.
 */
static gboolean
is_cjk (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_BOPOMOFO:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The gram that starts at @i, if @n characters hold it all: a bigram
 * from a CJK character, a trigram from any other.
 */
static gboolean
gram_at (const gunichar *chars,
         glong           n,
         glong           i,
         guint64        *key)
{
  if (is_cjk (chars[i]))
    {
      if (i + 1 >= n)
        return FALSE;
      *key = (G_GUINT64_CONSTANT (1) << 63) | ((guint64) chars[i] << 21) | chars[i + 1];
      return TRUE;
    }

  if (i + 2 >= n)
    return FALSE;
  *key = ((guint64) chars[i] << 42) | ((guint64) chars[i + 1] << 21) | chars[i + 2];
  return TRUE;
}

/* A term too short for a gram has one of its own: the character alone,
 * or a pair that does not start with a CJK character (tagged apart from
 * the CJK bigrams and from every trigram, whose top bit is clear). A text
 * whose folded form has the pair holds the term, so their lists need no
 * checking.
 */
#define UNIGRAM_TAG (G_GUINT64_CONSTANT (3) << 62)
#define BIGRAM_TAG  ((G_GUINT64_CONSTANT (1) << 63) | (G_GUINT64_CONSTANT (1) << 61))

static void
add_posting (LiaisonSearchIndex *self,
             guint64             gram,
             guint32             doc_id)
{
  Posting *posting = g_hash_table_lookup (self->grams, &gram);

  if (posting == NULL)
    {
      posting = g_new (Posting, 1);
      posting->key = gram;
      posting->docs = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (self->grams, &posting->key, posting);
    }
  /* Once a text is enough; texts come in order, so the last is it. */
  if (posting->docs->len == 0 ||
      g_array_index (posting->docs, guint32, posting->docs->len - 1) != doc_id)
    g_array_append_val (posting->docs, doc_id);
}

static void
posting_free (gpointer data)
{
  Posting *posting = data;

  g_array_unref (posting->docs);
  g_free (posting);
}

static void
add_doc (LiaisonSearchIndex *self,
         const char         *text,
         const char         *key,
         OwnerKind           owner_kind,
         guint               owner,
         guint               evidence,
         LiaisonSearchField  field)
{
  g_autoptr(GArray) map = NULL;
  g_autofree char *folded = NULL;
  g_autofree gunichar *chars = NULL;
  guint32 doc_id = self->docs->len;
  gboolean identity;
  glong n_chars;
  gsize length;
  Doc doc;

  if (text == NULL || text[0] == '\0')
    return;

  folded = liaison_search_fold (text, &map);
  length = strlen (folded);
  identity = length == strlen (text);
  for (gsize i = 0; identity && i < length; i++)
    identity = g_array_index (map, guint32, i) == i;

  doc.text = text;
  doc.key = key;
  doc.map = identity ? NULL : g_memdup2 (map->data, map->len * sizeof (guint32));
  doc.start = self->folded->len;
  doc.length = length;
  doc.owner = owner;
  doc.evidence = evidence;
  doc.owner_kind = owner_kind;
  doc.field = field;
  g_array_append_val (self->docs, doc);
  g_string_append_len (self->folded, folded, length + 1);

  chars = g_utf8_to_ucs4_fast (folded, length, &n_chars);
  for (glong i = 0; i < n_chars; i++)
    {
      guint64 gram;

      if (gram_at (chars, n_chars, i, &gram))
        add_posting (self, gram, doc_id);
      add_posting (self, UNIGRAM_TAG | chars[i], doc_id);
      if (i + 1 < n_chars && !is_cjk (chars[i]))
        add_posting (self, BIGRAM_TAG | ((guint64) chars[i] << 21) | chars[i + 1], doc_id);
    }
}

static guint32
type_index (const LiaisonTypeStyle *style)
{
  return style != NULL ? style->index : NONE;
}

static void
add_evidence (LiaisonSearchIndex    *self,
              OwnerKind              owner_kind,
              guint                  owner,
              const LiaisonEvidence *evidence,
              guint                  n_evidence)
{
  for (guint i = 0; i < n_evidence; i++)
    {
      const LiaisonSource *source = liaison_dataset_lookup_source (self->dataset, evidence[i].source);
      Evidence item = { owner, i, NONE, NONE, owner_kind };
      guint32 before = self->docs->len;

      if (source != NULL)
        item.source = GPOINTER_TO_UINT (g_hash_table_lookup (self->source_index, source)) - 1;

      add_doc (self, evidence[i].quote, NULL, owner_kind, owner, self->evidence->len, LIAISON_SEARCH_FIELD_QUOTE);
      if (self->docs->len > before)
        item.quote_doc = before;
      g_array_append_val (self->evidence, item);
    }
}

LiaisonSearchIndex *
liaison_search_index_new (LiaisonDataset *dataset)
{
  LiaisonSearchIndex *self;
  guint n_entities, n_relations, n_sources;
  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  n_entities = liaison_dataset_get_n_entities (dataset);
  n_relations = liaison_dataset_get_n_relations (dataset);
  n_sources = liaison_dataset_get_n_sources (dataset);

  self = g_atomic_rc_box_new0 (LiaisonSearchIndex);
  self->dataset = g_object_ref (dataset);
  self->docs = g_array_new (FALSE, FALSE, sizeof (Doc));
  self->folded = g_string_new (NULL);
  self->strings = g_string_chunk_new (4096);
  self->evidence = g_array_new (FALSE, FALSE, sizeof (Evidence));
  self->entity_docs = g_new (guint32, n_entities + 1);
  self->relation_docs = g_new (guint32, n_relations + 1);
  self->source_docs = g_new (guint32, n_sources + 1);
  self->entity_evidence = g_new (guint32, n_entities + 1);
  self->relation_evidence = g_new (guint32, n_relations + 1);
  self->entity_type = g_new (guint32, MAX (n_entities, 1));
  self->relation_type = g_new (guint32, MAX (n_relations, 1));
  self->grams = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, posting_free);
  self->source_index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_sources; i++)
    g_hash_table_insert (self->source_index, (gpointer) liaison_dataset_get_source (dataset, i),
                         GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i < n_entities; i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const char * const *aliases = liaison_entity_get_aliases (entity);
      const LiaisonAttribute *attributes;
      const LiaisonEvidence *evidence;
      guint n_attributes, n_evidence;

      self->entity_docs[i] = self->docs->len;
      self->entity_evidence[i] = self->evidence->len;
      self->entity_type[i] = liaison_entity_get_entity_type (entity) != NULL ?
                             type_index (liaison_dataset_lookup_entity_type (dataset, liaison_entity_get_entity_type (entity))) : NONE;

      add_doc (self, liaison_entity_get_label (entity), NULL, OWNER_ENTITY, i, NONE, LIAISON_SEARCH_FIELD_LABEL);
      for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
        add_doc (self, aliases[a], NULL, OWNER_ENTITY, i, NONE, LIAISON_SEARCH_FIELD_ALIAS);
      add_doc (self, liaison_entity_get_id (entity), NULL, OWNER_ENTITY, i, NONE, LIAISON_SEARCH_FIELD_ID);
      add_doc (self, liaison_entity_get_description (entity), NULL, OWNER_ENTITY, i, NONE, LIAISON_SEARCH_FIELD_DESCRIPTION);

      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      for (guint a = 0; a < n_attributes; a++)
        {
          g_autofree char *value = liaison_attribute_dup_display (&attributes[a]);

          add_doc (self, g_string_chunk_insert_const (self->strings, value), attributes[a].key,
                   OWNER_ENTITY, i, NONE, LIAISON_SEARCH_FIELD_ATTRIBUTE);
        }

      evidence = liaison_entity_get_evidence (entity, &n_evidence);
      add_evidence (self, OWNER_ENTITY, i, evidence, n_evidence);
    }
  self->entity_docs[n_entities] = self->docs->len;
  self->entity_evidence[n_entities] = self->evidence->len;

  for (guint i = 0; i < n_relations; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      const LiaisonTypeStyle *type = relation->type != NULL ? liaison_dataset_lookup_relation_type (dataset, relation->type) : NULL;

      self->relation_docs[i] = self->docs->len;
      self->relation_evidence[i] = self->evidence->len;
      self->relation_type[i] = type_index (type);

      add_doc (self, relation->label, NULL, OWNER_RELATION, i, NONE, LIAISON_SEARCH_FIELD_LABEL);
      add_doc (self, type != NULL ? type->label : relation->type, NULL, OWNER_RELATION, i, NONE, LIAISON_SEARCH_FIELD_TYPE);
      add_doc (self, relation->date, NULL, OWNER_RELATION, i, NONE, LIAISON_SEARCH_FIELD_DATE);
      add_doc (self, relation->description, NULL, OWNER_RELATION, i, NONE, LIAISON_SEARCH_FIELD_DESCRIPTION);
      add_evidence (self, OWNER_RELATION, i, relation->evidence, relation->n_evidence);
    }
  self->relation_docs[n_relations] = self->docs->len;
  self->relation_evidence[n_relations] = self->evidence->len;

  for (guint i = 0; i < n_sources; i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      self->source_docs[i] = self->docs->len;
      add_doc (self, source->title, NULL, OWNER_SOURCE, i, NONE, LIAISON_SEARCH_FIELD_SOURCE_TITLE);
      add_doc (self, source->publisher, NULL, OWNER_SOURCE, i, NONE, LIAISON_SEARCH_FIELD_SOURCE_PUBLISHER);
      add_doc (self, source->author, NULL, OWNER_SOURCE, i, NONE, LIAISON_SEARCH_FIELD_SOURCE_AUTHOR);
    }
  self->source_docs[n_sources] = self->docs->len;
  g_clear_pointer (&self->source_index, g_hash_table_unref);

  self->doc_owners = g_new (guint32, MAX (self->docs->len, 1));
  self->doc_spans = g_new (guint32, MAX (2 * self->docs->len, 1));
  for (guint32 d = 0; d < self->docs->len; d++)
    {
      const Doc *doc = liaison_search_index_get_doc (self, d);
      guint32 kind = doc->evidence != NONE ? DOC_QUOTE : doc->owner_kind;
      guint32 index = doc->evidence != NONE ? doc->evidence : doc->owner;

      /* More than a billion of anything never fits in memory anyway. */
      g_assert (index <= DOC_INDEX_MASK);
      self->doc_owners[d] = (kind << DOC_KIND_SHIFT) | index;
      self->doc_spans[2 * d] = doc->start;
      self->doc_spans[2 * d + 1] = doc->length;
    }

  return self;
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_pointer (task, liaison_search_index_new (task_data),
                         (GDestroyNotify) liaison_search_index_unref);
}

/* Building reads every text of the dataset once; for a large one that is
 * seconds, which the window spends on a worker thread.
 */
void
liaison_search_index_new_async (LiaisonDataset      *dataset,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, liaison_search_index_new_async);
  g_task_set_task_data (task, g_object_ref (dataset), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, build_thread);
}

LiaisonSearchIndex *
liaison_search_index_new_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

LiaisonSearchIndex *
liaison_search_index_ref (LiaisonSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
clear_index (gpointer data)
{
  LiaisonSearchIndex *self = data;

  for (guint i = 0; i < self->docs->len; i++)
    g_free (g_array_index (self->docs, Doc, i).map);
  g_array_unref (self->docs);
  g_string_free (self->folded, TRUE);
  g_string_chunk_free (self->strings);
  g_array_unref (self->evidence);
  g_free (self->entity_docs);
  g_free (self->relation_docs);
  g_free (self->source_docs);
  g_free (self->entity_evidence);
  g_free (self->relation_evidence);
  g_free (self->entity_type);
  g_free (self->relation_type);
  g_free (self->doc_owners);
  g_free (self->doc_spans);
  g_hash_table_unref (self->grams);
  g_clear_pointer (&self->source_index, g_hash_table_unref);
  g_object_unref (self->dataset);
}

void
liaison_search_index_unref (LiaisonSearchIndex *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, clear_index);
}

LiaisonDataset *
liaison_search_index_get_dataset (LiaisonSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->dataset;
}

void
liaison_search_index_set_scan_short_terms (LiaisonSearchIndex *self,
                                           gboolean            scan)
{
  g_return_if_fail (self != NULL);

  self->scan_short_terms = scan;
}

gboolean
liaison_search_index_doc_contains (LiaisonSearchIndex *self,
                                   guint32             doc_id,
                                   const char         *term,
                                   gsize               term_length)
{
  const guint32 *span = &self->doc_spans[2 * doc_id];

  return memmem (self->folded->str + span[0], span[1], term, term_length) != NULL;
}

static int
compare_length (gconstpointer a,
                gconstpointer b)
{
  const GArray *x = *(const GArray * const *) a;
  const GArray *y = *(const GArray * const *) b;

  return (x->len > y->len) - (x->len < y->len);
}

#define PREFETCH_AHEAD 8

/* The first place from @j on where @list (ascending, @length long) holds
 * @doc or more. A gram as common as "ota" names most texts, and the few
 * candidates a rarer one leaves are found in it by leaps, doubling each
 * time, then halving: reading it all was most of a four-letter search.
 */
static guint
skip_to (const guint32 *list,
         guint          length,
         guint          j,
         guint32        doc)
{
  guint step = 1;
  guint high;

  if (j >= length || list[j] >= doc)
    return j;

  /* list[j] < doc from here on. */
  while (j + step < length && list[j + step] < doc)
    {
      j += step;
      step *= 2;
    }
  high = MIN (j + step, length);
  j++;
  while (j < high)
    {
      guint middle = j + (high - j) / 2;

      if (list[middle] < doc)
        j = middle + 1;
      else
        high = middle;
    }
  return j;
}

/* The texts that hold @term: those that have every gram of it (the
 * shortest lists first, so that each step narrows what the next one
 * walks), then checked for the term itself. A term too short for a gram
 * has a list of its own, which needs no checking.
 */
GArray *
liaison_search_index_find_docs (LiaisonSearchIndex *self,
                                const char         *term)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autofree gunichar *chars = NULL;
  gsize term_length = strlen (term);
  g_autoptr(GArray) candidates = NULL;
  glong n_chars;

  chars = g_utf8_to_ucs4_fast (term, term_length, &n_chars);
  for (glong i = 0; i < n_chars; i++)
    {
      Posting *posting;
      guint64 gram;

      if (!gram_at (chars, n_chars, i, &gram))
        continue;
      posting = g_hash_table_lookup (self->grams, &gram);
      if (posting == NULL)
        return found;
      g_ptr_array_add (lists, posting->docs);
    }

  /* Too short for a gram: one or two characters, listed as they are. */
  if (lists->len == 0 && (n_chars == 1 || n_chars == 2) && !self->scan_short_terms)
    {
      Posting *posting;
      guint64 key;

      if (n_chars == 1)
        key = UNIGRAM_TAG | chars[0];
      else
        key = BIGRAM_TAG | ((guint64) chars[0] << 21) | chars[1];
      posting = g_hash_table_lookup (self->grams, &key);
      if (posting != NULL)
        g_array_append_vals (found, posting->docs->data, posting->docs->len);
      return found;
    }

  /* Text by text, in the order they lie in memory: one pass over it. */
  if (lists->len == 0)
    {
      for (guint32 d = 0; d < self->docs->len; d++)
        if (liaison_search_index_doc_contains (self, d, term, term_length))
          g_array_append_val (found, d);
      return found;
    }

  g_ptr_array_sort (lists, compare_length);
  candidates = g_array_copy (g_ptr_array_index (lists, 0));
  for (guint l = 1; l < lists->len && candidates->len > 0; l++)
    {
      GArray *list = g_ptr_array_index (lists, l);
      guint kept = 0;
      guint j = 0;

      for (guint i = 0; i < candidates->len; i++)
        {
          guint32 doc = g_array_index (candidates, guint32, i);

          j = skip_to ((const guint32 *) (gpointer) list->data, list->len, j, doc);
          if (j == list->len)
            break;
          if (g_array_index (list, guint32, j) == doc)
            g_array_index (candidates, guint32, kept++) = doc;
        }
      g_array_set_size (candidates, kept);
    }

  /* A term that is one gram is in every text its list names. */
  if (lists->len == 1 && (n_chars == 3 || (n_chars == 2 && is_cjk (chars[0]))))
    {
      g_array_unref (found);
      return g_steal_pointer (&candidates);
    }

  /* Each check waits on memory twice, for where the text is and for the
   * text, far apart in a large index: asked for ahead, the waits overlap.
   */
  for (guint i = 0; i < candidates->len; i++)
    {
      const guint32 *ids = (const guint32 *) (gpointer) candidates->data;
      guint32 doc = ids[i];

      if (i + 2 * PREFETCH_AHEAD < candidates->len)
        __builtin_prefetch (&self->doc_spans[2 * ids[i + 2 * PREFETCH_AHEAD]]);
      if (i + PREFETCH_AHEAD < candidates->len)
        __builtin_prefetch (self->folded->str + self->doc_spans[2 * ids[i + PREFETCH_AHEAD]]);
      if (liaison_search_index_doc_contains (self, doc, term, term_length))
        g_array_append_val (found, doc);
    }
  return found;
}

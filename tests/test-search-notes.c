/* test-search-notes.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's notes are searched with the dataset: folded alike (case,
 * accents, CJK substrings), grouped as notes with the words found marked,
 * and followed as the user writes them, without a new index.
 */

#include "config.h"

#include <string.h>

#include "liaison-search-notes.h"
#include "liaison-test-util.h"
#include "liaison-view-state.h"

static const char dataset_text[] =
  "{\"title\": \"Notes\","
  " \"entity_types\": [{\"id\": \"ministry\", \"label\": \"Ministry\"}, {\"id\": \"company\", \"label\": \"Company\"}],"
  " \"relation_types\": [{\"id\": \"supplies\", \"label\": \"supplies\"}, {\"id\": \"regulates\", \"label\": \"regulates\"}],"
  " \"entities\": ["
  "  {\"id\": \"mic\", \"label\": \"総務省\", \"type\": \"ministry\"},"
  "  {\"id\": \"huawei\", \"label\": \"Huawei\", \"type\": \"company\"},"
  "  {\"id\": \"sg\", \"label\": \"Société Générale\", \"type\": \"company\"},"
  "  {\"id\": \"x1\", \"label\": \"Nobody\"}],"
  " \"relations\": ["
  "  {\"id\": \"r1\", \"from\": \"huawei\", \"to\": \"sg\", \"type\": \"supplies\", \"date\": \"2019-03\"},"
  "  {\"id\": \"r2\", \"from\": \"mic\", \"to\": \"huawei\", \"type\": \"regulates\", \"date\": \"2018-12-10\"}]"
  "}";

static LiaisonSearchResults *
search (LiaisonSearchIndex *index,
        LiaisonSearchNotes *notes,
        const char         *text)
{
  g_autoptr(LiaisonSearchQuery) query = liaison_search_query_parse (text);
  LiaisonSearchResults *results = liaison_search_index_query (index, query, 10);

  liaison_search_results_add_notes (results, notes, query, 10);
  return results;
}

/* The parts of the note hit at @position that are marked, as "[a][b]". */
static char *
marked (LiaisonSearchResults *results,
        guint                 position)
{
  const LiaisonSearchHit *hit = liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_NOTES, position);
  GString *text = g_string_new (NULL);

  g_assert_cmpint (hit->field, ==, LIAISON_SEARCH_FIELD_NOTE);
  for (guint i = 0; i < hit->n_ranges; i++)
    {
      g_string_append_c (text, '[');
      g_string_append_len (text, hit->text + hit->ranges[i].start, hit->ranges[i].end - hit->ranges[i].start);
      g_string_append_c (text, ']');
    }
  return g_string_free (text, FALSE);
}

static void
test_fold_and_mark (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  g_autoptr(LiaisonSearchNotes) notes = liaison_search_notes_new ();
  static const struct {
    const char *query;
    const char *entity;
    const char *marked;
  } cases[] = {
    /* A Japanese word inside a longer run of kanji, as a bigram finds it. */
    { "停止", "mic", "[停止]" },
    { "調達停止", "mic", "[調達停止]" },
    /* Accents and case never matter; the mark covers the word as written. */
    { "zurich", "sg", "[Zürich]" },
    { "RENCONTRE ZÜRICH", "sg", "[Rencontre][Zürich]" },
    { "\"à zurich\"", "sg", "[à Zürich]" },
    /* Full-width letters are plain ones. */
    { "ｒａｉｄ", "huawei", "[raid]" },
  };

  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "sg"), "Rencontre à Zürich, voir le contrat");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "mic"), "調達停止の経緯を確認する");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "huawei"), "Ask about the raid in 2019");
  g_assert_cmpuint (liaison_search_notes_get_size (notes), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LiaisonSearchResults) results = search (index, notes, cases[i].query);
      g_autofree char *text = NULL;
      const LiaisonSearchHit *hit;
      const guint *entities;
      guint n_entities;

      g_test_message ("%s", cases[i].query);
      g_assert_cmpuint (liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
      hit = liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_NOTES, 0);
      g_assert_cmpint (hit->kind, ==, LIAISON_ELEMENT_ENTITY);
      g_assert_cmpuint (hit->index, ==, liaison_test_entity_index (dataset, cases[i].entity));
      text = marked (results, 0);
      g_assert_cmpstr (text, ==, cases[i].marked);

      /* The entity is one the search found, so the graph marks it. */
      entities = liaison_search_results_get_entities (results, &n_entities);
      g_assert_cmpuint (n_entities, ==, 1);
      g_assert_cmpuint (entities[0], ==, liaison_test_entity_index (dataset, cases[i].entity));
    }
}

static void
test_words_and_operators (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  g_autoptr(LiaisonSearchNotes) notes = liaison_search_notes_new ();
  guint r1 = liaison_dataset_lookup_relation (dataset, "r1")->index;
  g_autoptr(LiaisonSearchResults) with_label = NULL;
  g_autoptr(LiaisonSearchResults) elsewhere = NULL;
  g_autoptr(LiaisonSearchResults) year = NULL;
  g_autoptr(LiaisonSearchResults) other_year = NULL;
  g_autoptr(LiaisonSearchResults) type = NULL;
  g_autoptr(LiaisonSearchResults) other_type = NULL;
  g_autoptr(LiaisonSearchResults) type_alone = NULL;
  g_autoptr(LiaisonSearchResults) both = NULL;
  g_autofree char *marks = NULL;
  const guint *entities;
  guint n_entities;

  liaison_search_notes_add (notes, LIAISON_ELEMENT_RELATION, r1, "Check the invoice");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "huawei"), "Ask about the raid");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "x1"), "An invoice without a company");

  /* One word in the label, one in the note: the note is found, with only
   * its own word marked. The label alone finds the entity, as before.
   */
  with_label = search (index, notes, "huawei raid");
  g_assert_cmpuint (liaison_search_results_get_count (with_label, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
  g_assert_cmpuint (liaison_search_results_get_hit (with_label, LIAISON_SEARCH_GROUP_NOTES, 0)->index, ==, liaison_test_entity_index (dataset, "huawei"));
  marks = marked (with_label, 0);
  g_assert_cmpstr (marks, ==, "[raid]");
  /* A word in another entity's label finds nothing. */
  elsewhere = search (index, notes, "nobody raid");
  g_assert_cmpuint (liaison_search_results_get_count (elsewhere, LIAISON_SEARCH_GROUP_NOTES), ==, 0);

  /* date: and type: keep notes on what passes them; entities have no
   * dates.
   */
  year = search (index, notes, "invoice date:2019");
  g_assert_cmpuint (liaison_search_results_get_count (year, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
  g_assert_cmpint (liaison_search_results_get_hit (year, LIAISON_SEARCH_GROUP_NOTES, 0)->kind, ==, LIAISON_ELEMENT_RELATION);
  g_assert_cmpuint (liaison_search_results_get_hit (year, LIAISON_SEARCH_GROUP_NOTES, 0)->index, ==, r1);
  /* A relation's note marks no entity in the graph. */
  liaison_search_results_get_entities (year, &n_entities);
  g_assert_cmpuint (n_entities, ==, 0);
  other_year = search (index, notes, "invoice date:2018");
  g_assert_cmpuint (liaison_search_results_get_count (other_year, LIAISON_SEARCH_GROUP_NOTES), ==, 0);
  type = search (index, notes, "invoice type:supp");
  g_assert_cmpuint (liaison_search_results_get_count (type, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
  other_type = search (index, notes, "invoice type:regulates");
  g_assert_cmpuint (liaison_search_results_get_count (other_type, LIAISON_SEARCH_GROUP_NOTES), ==, 0);
  type_alone = search (index, notes, "type:company");
  g_assert_cmpuint (liaison_search_results_get_count (type_alone, LIAISON_SEARCH_GROUP_NOTES), ==, 0);

  /* Entities first, then relations; an entity found twice is one match. */
  both = search (index, notes, "invoice");
  g_assert_cmpuint (liaison_search_results_get_count (both, LIAISON_SEARCH_GROUP_NOTES), ==, 2);
  g_assert_cmpint (liaison_search_results_get_hit (both, LIAISON_SEARCH_GROUP_NOTES, 0)->kind, ==, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpint (liaison_search_results_get_hit (both, LIAISON_SEARCH_GROUP_NOTES, 1)->kind, ==, LIAISON_ELEMENT_RELATION);
  entities = liaison_search_results_get_entities (both, &n_entities);
  g_assert_cmpuint (n_entities, ==, 1);
  g_assert_cmpuint (entities[0], ==, liaison_test_entity_index (dataset, "x1"));
}

static void
test_counts (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  g_autoptr(LiaisonSearchNotes) notes = liaison_search_notes_new ();
  g_autoptr(LiaisonSearchQuery) query = liaison_search_query_parse ("lead");
  g_autoptr(LiaisonSearchResults) results = NULL;
  const guint *entities;
  guint n_entities;

  for (guint i = 0; i < 4; i++)
    liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, 3 - i, "a lead");
  results = liaison_search_index_query (index, query, 2);
  liaison_search_results_add_notes (results, notes, query, 2);

  /* Two kept, four counted, every entity a match, in dataset order. */
  g_assert_cmpuint (liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_NOTES), ==, 4);
  g_assert_cmpuint (liaison_search_results_get_n_hits (results, LIAISON_SEARCH_GROUP_NOTES), ==, 2);
  g_assert_cmpuint (liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_NOTES, 0)->index, ==, 0);
  g_assert_cmpuint (liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_NOTES, 1)->index, ==, 1);
  entities = liaison_search_results_get_entities (results, &n_entities);
  g_assert_cmpuint (n_entities, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (entities[i], ==, i);
}

/* Filled again after a note changed: the others keep their folded form,
 * the changed one is folded anew, a removed one is gone.
 */
static void
test_refill (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  g_autoptr(LiaisonSearchNotes) notes = liaison_search_notes_new ();
  g_autoptr(LiaisonSearchResults) before = NULL;
  g_autoptr(LiaisonSearchResults) old_word = NULL;
  g_autoptr(LiaisonSearchResults) new_word = NULL;
  g_autoptr(LiaisonSearchResults) kept = NULL;
  g_autoptr(LiaisonSearchResults) removed = NULL;
  g_autofree char *marks = NULL;

  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "sg"), "Rencontre à Zürich");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "mic"), "調達停止");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "huawei"), "the raid");
  before = search (index, notes, "zurich");
  g_assert_cmpuint (liaison_search_results_get_count (before, LIAISON_SEARCH_GROUP_NOTES), ==, 1);

  liaison_search_notes_clear (notes);
  g_assert_cmpuint (liaison_search_notes_get_size (notes), ==, 0);
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "mic"), "調達停止");
  liaison_search_notes_add (notes, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (dataset, "sg"), "Vu à Genève");
  g_assert_cmpuint (liaison_search_notes_get_size (notes), ==, 2);

  old_word = search (index, notes, "zurich");
  g_assert_cmpuint (liaison_search_results_get_count (old_word, LIAISON_SEARCH_GROUP_NOTES), ==, 0);
  new_word = search (index, notes, "geneve");
  g_assert_cmpuint (liaison_search_results_get_count (new_word, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
  marks = marked (new_word, 0);
  g_assert_cmpstr (marks, ==, "[Genève]");
  kept = search (index, notes, "停止");
  g_assert_cmpuint (liaison_search_results_get_count (kept, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
  g_assert_cmpstr (liaison_search_results_get_hit (kept, LIAISON_SEARCH_GROUP_NOTES, 0)->text, ==, "調達停止");
  removed = search (index, notes, "raid");
  g_assert_cmpuint (liaison_search_results_get_count (removed, LIAISON_SEARCH_GROUP_NOTES), ==, 0);
}

static void
count_cb (LiaisonViewState *state,
          guint            *count)
{
  (*count)++;
}

/* In the window: a note written while a search is on joins its results,
 * without the index being built again.
 */
static void
test_view_state (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  LiaisonNotes *notes = liaison_view_state_get_notes (state);
  LiaisonSearchResults *results;
  guint changes = 0;
  guint n_matches;

  /* Notes on ids the dataset lacks are kept, and not searched. */
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "gone", "zurich");
  liaison_notes_set (notes, LIAISON_ELEMENT_RELATION, "gone", "zurich");
  liaison_view_state_set_search_index (state, index);
  g_signal_connect (state, "search-changed", G_CALLBACK (count_cb), &changes);

  liaison_view_state_set_search (state, "zurich");
  g_assert_cmpuint (changes, ==, 1);
  results = liaison_view_state_get_search_results (state);
  g_assert_cmpuint (liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_NOTES), ==, 0);
  liaison_view_state_get_matches (state, &n_matches);
  g_assert_cmpuint (n_matches, ==, 0);

  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "sg", "Rencontre à Zürich");
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (liaison_view_state_get_search_index (state) == index);
  results = liaison_view_state_get_search_results (state);
  g_assert_cmpuint (liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_NOTES), ==, 1);
  g_assert_cmpstr (liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_NOTES, 0)->text, ==, "Rencontre à Zürich");
  g_assert_true (liaison_view_state_is_match (state, liaison_test_entity_index (dataset, "sg")));

  /* The note rewritten: the hit follows, and the old text is gone. */
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "sg", "Vu à Genève");
  g_assert_cmpuint (changes, ==, 3);
  results = liaison_view_state_get_search_results (state);
  g_assert_cmpuint (liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_NOTES), ==, 0);
  g_assert_false (liaison_view_state_is_match (state, liaison_test_entity_index (dataset, "sg")));

  /* Without a search, a note changes nothing of it. */
  liaison_view_state_set_search (state, NULL);
  changes = 0;
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "sg", "zurich");
  g_assert_cmpuint (changes, ==, 0);
  g_assert_null (liaison_view_state_get_search_results (state));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-notes/fold-and-mark", test_fold_and_mark);
  g_test_add_func ("/search-notes/words-and-operators", test_words_and_operators);
  g_test_add_func ("/search-notes/counts", test_counts);
  g_test_add_func ("/search-notes/refill", test_refill);
  g_test_add_func ("/search-notes/view-state", test_view_state);

  return g_test_run ();
}

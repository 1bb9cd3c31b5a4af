/* test-search.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-search-index.h"
#include "liaison-search-index-private.h"
#include "liaison-test-util.h"
#include "liaison-view-state.h"

static const char dataset_text[] =
  "{\"title\": \"Search\","
  " \"sources\": ["
  "  {\"id\": \"lemonde\", \"title\": \"Une enquête sur les réseaux\", \"publisher\": \"Le Monde\","
  "   \"author\": \"Hélène Dubois\", \"date\": \"2019-05-01\"},"
  "  {\"id\": \"nikkei\", \"title\": \"通信機器の調達\", \"publisher\": \"日本経済新聞\"}],"
  " \"entity_types\": [{\"id\": \"ministry\", \"label\": \"Ministry\"}, {\"id\": \"company\", \"label\": \"Company\"}],"
  " \"relation_types\": [{\"id\": \"supplies\", \"label\": \"supplies\"}, {\"id\": \"regulates\", \"label\": \"regulates\"}],"
  " \"entities\": ["
  "  {\"id\": \"mic\", \"label\": \"総務省\", \"type\": \"ministry\", \"aliases\": [\"Ministry of Internal Affairs\"]},"
  "  {\"id\": \"huawei\", \"label\": \"华为技术有限公司\", \"type\": \"company\", \"aliases\": [\"Huawei\"],"
  "   \"description\": \"A maker of telecommunications gear\","
  "   \"attributes\": {\"city\": \"Shenzhen\", \"founded\": 1987}},"
  "  {\"id\": \"sg\", \"label\": \"Société Générale\", \"type\": \"company\","
  "   \"evidence\": [{\"source\": \"lemonde\", \"quote\": \"the bank was never arrested\"}]},"
  "  {\"id\": \"strasse\", \"label\": \"Straße AG\", \"type\": \"company\"},"
  "  {\"id\": \"x1\", \"label\": \"Nobody\"}],"
  " \"relations\": ["
  "  {\"id\": \"r1\", \"from\": \"huawei\", \"to\": \"sg\", \"type\": \"supplies\", \"label\": \"sold routers to\","
  "   \"date\": \"2019-03\","
  "   \"evidence\": [{\"source\": \"lemonde\", \"quote\": \"Huawei sold forged routers\"},"
  "                 {\"source\": \"nikkei\", \"quote\": \"総務省は調達を停止した\"}]},"
  "  {\"id\": \"r2\", \"from\": \"mic\", \"to\": \"huawei\", \"type\": \"regulates\", \"date\": \"2018-12-10\"},"
  "  {\"id\": \"r3\", \"from\": \"x1\", \"to\": \"mic\"}]"
  "}";

static LiaisonSearchIndex *
load_index (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);

  return liaison_search_index_new (dataset);
}

static guint
count (LiaisonSearchResults *results,
       LiaisonSearchGroup    group)
{
  return liaison_search_results_get_count (results, group);
}

/* The text of the first hit's first range in @group. */
static char *
first_match (LiaisonSearchResults *results,
             LiaisonSearchGroup    group)
{
  const LiaisonSearchHit *hit;

  g_assert_cmpuint (liaison_search_results_get_n_hits (results, group), >, 0);
  hit = liaison_search_results_get_hit (results, group, 0);
  g_assert_cmpuint (hit->n_ranges, >, 0);
  return g_strndup (hit->text + hit->ranges[0].start, hit->ranges[0].end - hit->ranges[0].start);
}

static const LiaisonSearchHit *
only_hit (LiaisonSearchResults *results,
          LiaisonSearchGroup    group)
{
  g_assert_cmpuint (count (results, group), ==, 1);
  return liaison_search_results_get_hit (results, group, 0);
}

static void
test_search_fold (void)
{
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *folded = liaison_search_fold ("Société ＡＢ", &offsets);

  g_assert_cmpstr (folded, ==, "societe ab");
  g_assert_cmpuint (offsets->len, ==, strlen (folded) + 1);
  /* "t" is after "Soci" and "é" (two bytes), so at byte 6 of the original. */
  g_assert_cmpuint (g_array_index (offsets, guint32, 5), ==, 6);
  g_assert_cmpuint (g_array_index (offsets, guint32, offsets->len - 1), ==, strlen ("Société ＡＢ"));
}

static void
test_search_fields (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  static const struct {
    const char         *query;
    LiaisonSearchGroup  group;
    LiaisonSearchField  field;
    const char         *matched;
  } cases[] = {
    { "huawei", LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_SEARCH_FIELD_ALIAS, "Huawei" },
    { "mic", LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_SEARCH_FIELD_ID, "mic" },
    { "strasse", LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_SEARCH_FIELD_LABEL, "Straße" },
    { "telecommunications", LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_SEARCH_FIELD_DESCRIPTION, "telecommunications" },
    { "shenzhen", LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_SEARCH_FIELD_ATTRIBUTE, "Shenzhen" },
    { "1987", LIAISON_SEARCH_GROUP_ENTITIES, LIAISON_SEARCH_FIELD_ATTRIBUTE, "1987" },
    { "\"routers to\"", LIAISON_SEARCH_GROUP_RELATIONS, LIAISON_SEARCH_FIELD_LABEL, "routers to" },
    { "regulat", LIAISON_SEARCH_GROUP_RELATIONS, LIAISON_SEARCH_FIELD_TYPE, "regulat" },
    { "2018-12", LIAISON_SEARCH_GROUP_RELATIONS, LIAISON_SEARCH_FIELD_DATE, "2018-12" },
    { "forged", LIAISON_SEARCH_GROUP_EVIDENCE, LIAISON_SEARCH_FIELD_QUOTE, "forged" },
    { "\"le monde\"", LIAISON_SEARCH_GROUP_EVIDENCE, LIAISON_SEARCH_FIELD_SOURCE_PUBLISHER, "Le Monde" },
    { "helene", LIAISON_SEARCH_GROUP_EVIDENCE, LIAISON_SEARCH_FIELD_SOURCE_AUTHOR, "Hélène" },
    { "enquete", LIAISON_SEARCH_GROUP_EVIDENCE, LIAISON_SEARCH_FIELD_SOURCE_TITLE, "enquête" },
    { "経済新聞", LIAISON_SEARCH_GROUP_EVIDENCE, LIAISON_SEARCH_FIELD_SOURCE_PUBLISHER, "経済新聞" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, cases[i].query, 100);
      g_autofree char *matched = NULL;
      const LiaisonSearchHit *hit;

      g_test_message ("%s", cases[i].query);
      g_assert_cmpuint (count (results, cases[i].group), >, 0);
      hit = liaison_search_results_get_hit (results, cases[i].group, 0);
      g_assert_cmpint (hit->field, ==, cases[i].field);
      matched = first_match (results, cases[i].group);
      g_assert_cmpstr (matched, ==, cases[i].matched);
    }
}

/* Neither has a type: they are found, and no type: keeps them. */
static void
test_search_untyped (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, "nobody", 100);
  g_autoptr(LiaisonSearchResults) typed = liaison_search_index_query_text (index, "nobody type:c", 100);

  g_assert_cmpuint (only_hit (results, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 4);
  g_assert_cmpuint (count (typed, LIAISON_SEARCH_GROUP_ENTITIES), ==, 0);
}

static void
test_search_attribute_key (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, "shenz", 100);
  const LiaisonSearchHit *hit = only_hit (results, LIAISON_SEARCH_GROUP_ENTITIES);

  g_assert_cmpstr (hit->key, ==, "city");
  g_assert_cmpstr (hit->text, ==, "Shenzhen");
  g_assert_cmpuint (hit->index, ==, 1);
}

static void
test_search_accents (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  const char *queries[] = { "societe", "SOCIÉTÉ", "Societe generale", "ｓｏｃｉｅｔｅ" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, queries[i], 100);
      g_autofree char *matched = NULL;

      g_test_message ("%s", queries[i]);
      g_assert_cmpuint (only_hit (results, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 2);
      matched = first_match (results, LIAISON_SEARCH_GROUP_ENTITIES);
      g_assert_true (g_str_has_prefix (matched, "Société"));
    }

  /* ß folds to "ss": a match inside it takes the whole letter. */
  {
    g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, "stras", 100);
    g_autofree char *matched = first_match (results, LIAISON_SEARCH_GROUP_ENTITIES);

    g_assert_cmpstr (matched, ==, "Straß");
  }
}

static void
test_search_cjk (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  g_autoptr(LiaisonSearchResults) ministry = liaison_search_index_query_text (index, "総務", 100);
  g_autoptr(LiaisonSearchResults) huawei = liaison_search_index_query_text (index, "华为", 100);
  g_autoptr(LiaisonSearchResults) one = liaison_search_index_query_text (index, "省", 100);
  g_autoptr(LiaisonSearchResults) inner = liaison_search_index_query_text (index, "技术有限", 100);
  g_autofree char *matched = NULL;

  g_assert_cmpuint (only_hit (ministry, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 0);
  matched = first_match (ministry, LIAISON_SEARCH_GROUP_ENTITIES);
  g_assert_cmpstr (matched, ==, "総務");
  /* The quote of r1 says 総務省 too. */
  g_assert_cmpuint (count (ministry, LIAISON_SEARCH_GROUP_EVIDENCE), ==, 1);
  g_assert_cmpuint (only_hit (ministry, LIAISON_SEARCH_GROUP_RELATIONS)->field, ==, LIAISON_SEARCH_FIELD_QUOTE);

  g_assert_cmpuint (only_hit (huawei, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 1);
  g_assert_cmpuint (only_hit (one, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 0);
  g_assert_cmpuint (only_hit (inner, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 1);
}

static void
test_search_operators (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  g_autoptr(LiaisonSearchResults) type = liaison_search_index_query_text (index, "type:ministry", 100);
  g_autoptr(LiaisonSearchResults) type_relation = liaison_search_index_query_text (index, "type:Regul", 100);
  g_autoptr(LiaisonSearchResults) year = liaison_search_index_query_text (index, "date:2019", 100);
  g_autoptr(LiaisonSearchResults) month = liaison_search_index_query_text (index, "date:2018-12", 100);
  g_autoptr(LiaisonSearchResults) day = liaison_search_index_query_text (index, "date:2019-03-15", 100);
  g_autoptr(LiaisonSearchResults) none = liaison_search_index_query_text (index, "date:2017", 100);
  g_autoptr(LiaisonSearchResults) phrase = liaison_search_index_query_text (index, "\"forged routers\"", 100);
  g_autoptr(LiaisonSearchResults) apart = liaison_search_index_query_text (index, "\"routers forged\"", 100);
  g_autoptr(LiaisonSearchResults) both = liaison_search_index_query_text (index, "routers forged", 100);
  g_autoptr(LiaisonSearchResults) not_both = liaison_search_index_query_text (index, "huawei arrested", 100);
  g_autoptr(LiaisonSearchResults) with_type = liaison_search_index_query_text (index, "huawei type:company", 100);
  g_autoptr(LiaisonSearchResults) other_type = liaison_search_index_query_text (index, "huawei type:ministry", 100);
  g_autoptr(LiaisonSearchResults) with_date = liaison_search_index_query_text (index, "forged date:2019", 100);
  g_autoptr(LiaisonSearchResults) not_a_date = liaison_search_index_query_text (index, "date:soon", 100);
  const LiaisonSearchHit *hit;

  g_assert_cmpuint (only_hit (type, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 0);
  g_assert_cmpuint (count (type, LIAISON_SEARCH_GROUP_RELATIONS), ==, 0);
  g_assert_cmpuint (count (type_relation, LIAISON_SEARCH_GROUP_ENTITIES), ==, 0);
  hit = only_hit (type_relation, LIAISON_SEARCH_GROUP_RELATIONS);
  g_assert_cmpuint (hit->index, ==, 1);
  g_assert_cmpint (hit->field, ==, LIAISON_SEARCH_FIELD_TYPE);

  hit = only_hit (year, LIAISON_SEARCH_GROUP_RELATIONS);
  g_assert_cmpuint (hit->index, ==, 0);
  g_assert_cmpint (hit->field, ==, LIAISON_SEARCH_FIELD_DATE);
  g_assert_cmpuint (hit->n_ranges, ==, 1);
  g_assert_cmpuint (hit->ranges[0].end, ==, strlen ("2019-03"));
  g_assert_cmpuint (count (year, LIAISON_SEARCH_GROUP_ENTITIES), ==, 0);
  g_assert_cmpuint (only_hit (month, LIAISON_SEARCH_GROUP_RELATIONS)->index, ==, 1);
  g_assert_cmpuint (only_hit (day, LIAISON_SEARCH_GROUP_RELATIONS)->index, ==, 0);
  g_assert_cmpuint (count (none, LIAISON_SEARCH_GROUP_RELATIONS), ==, 0);

  g_assert_cmpuint (only_hit (phrase, LIAISON_SEARCH_GROUP_EVIDENCE)->evidence, ==, 0);
  g_assert_cmpuint (count (apart, LIAISON_SEARCH_GROUP_EVIDENCE), ==, 0);
  g_assert_cmpuint (count (apart, LIAISON_SEARCH_GROUP_RELATIONS), ==, 0);
  /* Two words, each somewhere in the relation (its label, its quote). */
  hit = only_hit (both, LIAISON_SEARCH_GROUP_RELATIONS);
  g_assert_cmpuint (hit->index, ==, 0);
  g_assert_cmpuint (hit->n_ranges, ==, 1);
  g_assert_cmpuint (count (not_both, LIAISON_SEARCH_GROUP_ENTITIES), ==, 0);

  g_assert_cmpuint (only_hit (with_type, LIAISON_SEARCH_GROUP_ENTITIES)->index, ==, 1);
  g_assert_cmpuint (count (other_type, LIAISON_SEARCH_GROUP_ENTITIES), ==, 0);
  g_assert_cmpuint (only_hit (with_date, LIAISON_SEARCH_GROUP_EVIDENCE)->index, ==, 0);
  g_assert_cmpuint (count (not_a_date, LIAISON_SEARCH_GROUP_ENTITIES) +
                    count (not_a_date, LIAISON_SEARCH_GROUP_RELATIONS), ==, 0);
}

static void
test_search_highlight (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, "ou er", 100);
  const LiaisonSearchHit *hit = only_hit (results, LIAISON_SEARCH_GROUP_EVIDENCE);

  /* Both words, every place, in order: "r[ou]t[er]s". */
  g_assert_cmpstr (hit->text, ==, "Huawei sold forged routers");
  g_assert_cmpuint (hit->n_ranges, ==, 2);
  g_assert_cmpuint (hit->ranges[0].start, ==, strlen ("Huawei sold forged r"));
  g_assert_cmpuint (hit->ranges[0].end, ==, strlen ("Huawei sold forged rou"));
  g_assert_cmpuint (hit->ranges[1].start, ==, strlen ("Huawei sold forged rout"));
  g_assert_cmpuint (hit->ranges[1].end, ==, strlen ("Huawei sold forged router"));

  {
    g_autoptr(LiaisonSearchResults) accented = liaison_search_index_query_text (index, "generale", 100);
    const LiaisonSearchHit *label = only_hit (accented, LIAISON_SEARCH_GROUP_ENTITIES);

    g_assert_cmpuint (label->ranges[0].start, ==, strlen ("Société "));
    g_assert_cmpuint (label->ranges[0].end, ==, strlen ("Société Générale"));
  }
}

static void
test_search_empty (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  const char *queries[] = { "", "   ", "\t\n", "\"\"", "\"" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, queries[i], 100);
      guint n_entities;

      for (guint g = 0; g < LIAISON_SEARCH_N_GROUPS; g++)
        g_assert_cmpuint (count (results, g), ==, 0);
      liaison_search_results_get_entities (results, &n_entities);
      g_assert_cmpuint (n_entities, ==, 0);
    }
}

static void
test_search_max_hits (void)
{
  g_autoptr(LiaisonSearchIndex) index = load_index ();
  g_autoptr(LiaisonSearchResults) results = liaison_search_index_query_text (index, "e", 1);
  guint n_entities;

  /* Counted in full, kept up to the limit. */
  g_assert_cmpuint (count (results, LIAISON_SEARCH_GROUP_ENTITIES), ==, 4);
  g_assert_cmpuint (liaison_search_results_get_n_hits (results, LIAISON_SEARCH_GROUP_ENTITIES), ==, 1);
  liaison_search_results_get_entities (results, &n_entities);
  g_assert_cmpuint (n_entities, ==, 4);
}

static void
built_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  LiaisonSearchIndex **index = user_data;
  g_autoptr(GError) error = NULL;

  *index = liaison_search_index_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_search_bundled (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonSearchIndex) index = NULL;
  g_autoptr(LiaisonSearchResults) results = NULL;
  const LiaisonRelation *relation;
  const LiaisonSearchHit *hit;
  gboolean found_reuters = FALSE;
  guint n_entities;
  const guint *entities;

  liaison_search_index_new_async (dataset, NULL, built_cb, &index);
  while (index == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* A word only a quote has: the relation it supports and the entity
   * whose evidence it is.
   */
  results = liaison_search_index_query_text (index, "telcos", 100);
  g_assert_cmpuint (count (results, LIAISON_SEARCH_GROUP_RELATIONS), >, 0);
  relation = liaison_dataset_get_relation (dataset, liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_RELATIONS, 0)->index);
  g_assert_cmpstr (relation->id, ==, "ntt-docomo-plans-exclude-huawei");
  /* Entities' evidence comes first, then relations'. */
  hit = liaison_search_results_get_hit (results, LIAISON_SEARCH_GROUP_EVIDENCE,
                                        count (results, LIAISON_SEARCH_GROUP_EVIDENCE) - 1);
  g_assert_cmpint (hit->kind, ==, LIAISON_ELEMENT_RELATION);
  g_assert_cmpint (hit->field, ==, LIAISON_SEARCH_FIELD_QUOTE);
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, hit->index)->evidence[hit->evidence].quote, ==, hit->text);
  g_assert_nonnull (strstr (hit->text, "telcos"));

  entities = liaison_search_results_get_entities (results, &n_entities);
  for (guint i = 0; i < n_entities; i++)
    found_reuters |= g_strcmp0 (liaison_entity_get_id (liaison_dataset_get_entity (dataset, entities[i])), "reuters") == 0;
  g_assert_true (found_reuters);
  g_assert_cmpuint (count (results, LIAISON_SEARCH_GROUP_EVIDENCE), >=, 2);
}

static gboolean
same_results (LiaisonSearchResults *a,
              LiaisonSearchResults *b)
{
  const guint *entities_a, *entities_b;
  guint n_a, n_b;

  for (guint g = 0; g < LIAISON_SEARCH_N_GROUPS; g++)
    {
      if (count (a, g) != count (b, g) ||
          liaison_search_results_get_n_hits (a, g) != liaison_search_results_get_n_hits (b, g))
        return FALSE;
      for (guint i = 0; i < liaison_search_results_get_n_hits (a, g); i++)
        {
          const LiaisonSearchHit *x = liaison_search_results_get_hit (a, g, i);
          const LiaisonSearchHit *y = liaison_search_results_get_hit (b, g, i);

          if (x->kind != y->kind || x->index != y->index || x->evidence != y->evidence ||
              x->field != y->field || x->key != y->key || x->text != y->text ||
              x->n_ranges != y->n_ranges ||
              (x->n_ranges > 0 && memcmp (x->ranges, y->ranges, x->n_ranges * sizeof (LiaisonSearchRange)) != 0))
            return FALSE;
        }
    }

  entities_a = liaison_search_results_get_entities (a, &n_a);
  entities_b = liaison_search_results_get_entities (b, &n_b);
  return n_a == n_b && (n_a == 0 || memcmp (entities_a, entities_b, n_a * sizeof (guint)) == 0);
}

/* Every character and every pair of characters in @text, folded, as a
 * search would be typed (but the CJK pairs, which have always had their
 * own lists), and a few that are in no dataset.
 */
static GPtrArray *
short_terms (const char *text)
{
  g_autofree char *folded = liaison_search_fold (text, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  static const char *absent[] = { "q", "qx", "🙂", "zz", "ß" };

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *second = g_utf8_next_char (p);
      const char *third = *second != '\0' ? g_utf8_next_char (second) : second;
      char *one = g_strndup (p, second - p);
      char *two = g_strndup (p, third - p);

      if (!g_hash_table_contains (seen, one))
        {
          g_hash_table_add (seen, one);
          g_ptr_array_add (terms, one);
        }
      else
        g_free (one);
      /* A pair that starts with a CJK character is a gram of its own. */
      if (third != second && !g_unichar_iswide (g_utf8_get_char (p)) && !g_hash_table_contains (seen, two))
        {
          g_hash_table_add (seen, two);
          g_ptr_array_add (terms, two);
        }
      else
        g_free (two);
    }
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    g_ptr_array_add (terms, g_strdup (absent[i]));
  return terms;
}

/* The lists of texts by character and pair must say just what a look
 * through every text says: counts, hits, their order and highlights, for
 * each term alone and some two together.
 */
static void
check_short_terms (LiaisonDataset *dataset,
                   const char     *text)
{
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  g_autoptr(GPtrArray) terms = short_terms (text);
  guint n_found = 0;

  g_assert_cmpuint (terms->len, >, 20);
  /* Each term alone, then some of them with another; the counts are of
   * all matches, the hits the first 50 (a smaller room keeps the first).
   */
  for (guint i = 0; i < terms->len + terms->len / 8; i++)
    {
      g_autoptr(LiaisonSearchResults) listed = NULL;
      g_autoptr(LiaisonSearchResults) scanned = NULL;
      g_autofree char *query = NULL;

      /* The quotes keep a term with a space or an operator's colon one. */
      if (i < terms->len)
        query = g_strdup_printf ("\"%s\"", (char *) g_ptr_array_index (terms, i));
      else
        query = g_strdup_printf ("%s %s", (char *) g_ptr_array_index (terms, (i - terms->len) * 8),
                                 (char *) g_ptr_array_index (terms, (i * 7) % terms->len));

      liaison_search_index_set_scan_short_terms (index, FALSE);
      listed = liaison_search_index_query_text (index, query, 50);
      liaison_search_index_set_scan_short_terms (index, TRUE);
      scanned = liaison_search_index_query_text (index, query, 50);
      if (!same_results (listed, scanned))
        {
          g_test_fail_printf ("“%s” is not found as a look through every text finds it", query);
          return;
        }
      n_found += count (listed, LIAISON_SEARCH_GROUP_ENTITIES) > 0;
    }
  g_assert_cmpuint (n_found, >, terms->len / 2);
}

static void
test_search_short_bundled (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autofree char *path = liaison_test_bundled_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  check_short_terms (dataset, contents);
}

/* Letters that fold to two (ß, ﬁ), accents composed and not, CJK, in
 * words that run into each other's pairs.
 */
static void
test_search_short_synthetic (void)
{
  static const char *pieces[] = { "a", "b", "é", "e\xcc\x81", "ß", "ss", "ﬁ", "Ö", "o", "İ", "i",
                                  "東", "京", "华", "为", "ー", "1", "-", ".", " ", "Ω", "K" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(LiaisonDataset) dataset = NULL;
  GString *json = g_string_new ("{\"title\": \"Short\", \"sources\": [");
  GString *words = g_string_new (NULL);
  g_autofree char *text = NULL;

#define WORD(n) G_STMT_START { \
    for (guint w_ = g_rand_int_range (rand, 1, (n)); w_ > 0; w_--) \
      { \
        const char *piece_ = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]; \
        g_string_append (json, piece_); \
        g_string_append (words, piece_); \
      } \
    g_string_append_c (words, '\n'); \
  } G_STMT_END

  for (guint i = 0; i < 10; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"s%u\", \"title\": \"", i > 0 ? "," : "", i);
      WORD (8);
      g_string_append (json, "\", \"author\": \"");
      WORD (4);
      g_string_append (json, "\"}");
    }
  g_string_append (json, "], \"entities\": [");
  for (guint i = 0; i < 200; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"", i > 0 ? "," : "", i);
      WORD (10);
      g_string_append (json, "\", \"aliases\": [\"");
      WORD (5);
      g_string_append (json, "\"], \"attributes\": {\"k\": \"");
      WORD (5);
      g_string_append (json, "\"}");
      if (i % 3 == 0)
        {
          g_string_append_printf (json, ", \"evidence\": [{\"source\": \"s%u\", \"quote\": \"", i % 10);
          WORD (12);
          g_string_append (json, "\"}]");
        }
      g_string_append (json, "}");
    }
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < 300; i++)
    {
      g_string_append_printf (json, "%s{\"from\": \"e%u\", \"to\": \"e%u\", \"label\": \"",
                              i > 0 ? "," : "", i % 200, (i * 13) % 200);
      WORD (6);
      g_string_append_printf (json, "\", \"evidence\": [{\"source\": \"s%u\", \"quote\": \"", i % 10);
      WORD (12);
      g_string_append (json, "\"}]}");
    }
  g_string_append (json, "]}");
#undef WORD

  text = g_string_free (words, FALSE);
  dataset = liaison_test_load_text (json->str);
  g_string_free (json, TRUE);
  check_short_terms (dataset, text);
}

/* Terms of three characters and more: the texts that hold every gram of
 * them, met by leaps through the longer lists, then checked, must be just
 * those a look through every text finds, for common grams and rare ones.
 */
static void
test_search_long_terms (void)
{
  static const char *syllables[] = { "ko", "ta", "ri", "me", "su", "no", "ha", "ve", "lo", "ne", "da", "gu",
                                     "é", "総", "務", "省" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonSearchIndex) index = NULL;
  GString *json = g_string_new ("{\"title\": \"Long\", \"entities\": [");
  guint n_checked = 0, n_found = 0;

  for (guint i = 0; i < 3000; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"", i > 0 ? "," : "", i);
      /* Mostly "ko" and "ta", so that some grams name most texts. */
      for (guint k = g_rand_int_range (rand, 2, 9); k > 0; k--)
        g_string_append (json, syllables[g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))
                                                                            : g_rand_int_range (rand, 0, 2)]);
      g_string_append (json, "\"}");
    }
  g_string_append (json, "]}");
  dataset = liaison_test_load_text (json->str);
  g_string_free (json, TRUE);
  index = liaison_search_index_new (dataset);

  for (guint t = 0; t < 400; t++)
    {
      const Doc *doc = liaison_search_index_get_doc (index, g_rand_int_range (rand, 0, index->docs->len));
      const char *text = index->folded->str + doc->start;
      glong n_chars = g_utf8_strlen (text, doc->length);
      glong wanted = g_rand_int_range (rand, 3, 9);
      glong length = MIN (wanted, n_chars);
      glong first = g_rand_int_range (rand, 0, n_chars - length + 1);
      g_autofree char *term = g_utf8_substring (text, first, first + length);
      g_autoptr(GArray) found = NULL;
      g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint32));

      if (length < 3)
        continue;
      for (guint32 d = 0; d < index->docs->len; d++)
        if (liaison_search_index_doc_contains (index, d, term, strlen (term)))
          g_array_append_val (expected, d);
      found = liaison_search_index_find_docs (index, term);

      g_assert_cmpuint (found->len, ==, expected->len);
      g_assert_cmpmem (found->data, found->len * sizeof (guint32), expected->data, expected->len * sizeof (guint32));
      n_checked++;
      n_found += found->len > 100;
    }
  /* Common terms were among them, whose lists the rare ones leap through. */
  g_assert_cmpuint (n_checked, >, 300);
  g_assert_cmpuint (n_found, >, 20);
}

static void
count_cb (guint *n_emitted)
{
  *n_emitted += 1;
}

/* A search typed before the index is built looks at names; the index,
 * when it comes, widens it to everything.
 */
static void
test_search_view_state (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonSearchIndex) index = liaison_search_index_new (dataset);
  const guint *matches;
  guint n_matches, n_emitted = 0;

  g_signal_connect_swapped (state, "search-changed", G_CALLBACK (count_cb), &n_emitted);
  liaison_view_state_set_search (state, "shenzhen");
  liaison_view_state_get_matches (state, &n_matches);
  g_assert_cmpuint (n_matches, ==, 0);
  g_assert_null (liaison_view_state_get_search_results (state));

  liaison_view_state_set_search_index (state, index);
  g_assert_cmpuint (n_emitted, ==, 2);
  matches = liaison_view_state_get_matches (state, &n_matches);
  g_assert_cmpuint (n_matches, ==, 1);
  g_assert_cmpuint (matches[0], ==, 1);
  g_assert_true (liaison_view_state_is_match (state, 1));
  g_assert_cmpuint (liaison_search_results_get_count (liaison_view_state_get_search_results (state),
                                                      LIAISON_SEARCH_GROUP_ENTITIES), ==, 1);

  liaison_view_state_set_search (state, "  ");
  g_assert_null (liaison_view_state_get_search_results (state));
  g_assert_false (liaison_view_state_is_match (state, 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold", test_search_fold);
  g_test_add_func ("/search/fields", test_search_fields);
  g_test_add_func ("/search/attribute-key", test_search_attribute_key);
  g_test_add_func ("/search/untyped", test_search_untyped);
  g_test_add_func ("/search/accents", test_search_accents);
  g_test_add_func ("/search/cjk", test_search_cjk);
  g_test_add_func ("/search/operators", test_search_operators);
  g_test_add_func ("/search/highlight", test_search_highlight);
  g_test_add_func ("/search/empty", test_search_empty);
  g_test_add_func ("/search/max-hits", test_search_max_hits);
  g_test_add_func ("/search/bundled", test_search_bundled);
  g_test_add_func ("/search/short-bundled", test_search_short_bundled);
  g_test_add_func ("/search/short-synthetic", test_search_short_synthetic);
  g_test_add_func ("/search/long-terms", test_search_long_terms);
  g_test_add_func ("/search/view-state", test_search_view_state);

  return g_test_run ();
}

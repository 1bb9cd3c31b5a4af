/* test-analysis.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "liaison-graph-query.h"
#include "liaison-test-util.h"

/* a → b twice (parallel), b → a once, a → a (a self-loop), c — a
 * undirected, d alone; a type with a label and a relation without one.
 */
static const char graph_json[] =
  "{\"relation_types\": [{\"id\": \"owns\", \"label\": \"owns shares in\"}],"
  " \"entities\": ["
  "  {\"id\": \"a\", \"label\": \"Alpha\"}, {\"id\": \"b\", \"label\": \"Beta\"},"
  "  {\"id\": \"c\", \"label\": \"Gamma\"}, {\"id\": \"d\", \"label\": \"Delta\"}],"
  " \"relations\": ["
  "  {\"id\": \"ab1\", \"from\": \"a\", \"to\": \"b\", \"label\": \"supplies\"},"
  "  {\"id\": \"ab2\", \"from\": \"a\", \"to\": \"b\", \"type\": \"owns\"},"
  "  {\"id\": \"ba\", \"from\": \"b\", \"to\": \"a\"},"
  "  {\"id\": \"aa\", \"from\": \"a\", \"to\": \"a\", \"label\": \"audits\"},"
  "  {\"id\": \"ca\", \"from\": \"c\", \"to\": \"a\", \"label\": \"met\", \"directed\": false}]}";

static guint
entity (LiaisonDataset *dataset,
        const char     *id)
{
  return liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, id));
}

static guint
relation (LiaisonDataset *dataset,
          const char     *id)
{
  return liaison_dataset_lookup_relation (dataset, id)->index;
}

static char *
join_entity_ids (LiaisonDataset *dataset,
                 GArray         *indices)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    {
      LiaisonEntity *e = liaison_dataset_get_entity (dataset, g_array_index (indices, guint, i));

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", liaison_entity_get_id (e));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
join_relation_ids (LiaisonDataset *dataset,
                   GArray         *indices)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < indices->len; i++)
    {
      const LiaisonRelation *r = liaison_dataset_get_relation (dataset, g_array_index (indices, guint, i));

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", r->id);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_neighbours (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (graph_json);
  g_autoptr(GArray) of_a = liaison_graph_query_neighbours (dataset, entity (dataset, "a"), NULL, NULL);
  g_autoptr(GArray) of_b = liaison_graph_query_neighbours (dataset, entity (dataset, "b"), NULL, NULL);
  g_autoptr(GArray) of_d = liaison_graph_query_neighbours (dataset, entity (dataset, "d"), NULL, NULL);
  g_autofree char *a_ids = join_entity_ids (dataset, of_a);
  g_autofree char *b_ids = join_entity_ids (dataset, of_b);

  /* Parallel and opposite relations give one neighbour; the self-loop none. */
  g_assert_cmpstr (a_ids, ==, "b,c");
  g_assert_cmpstr (b_ids, ==, "a");
  g_assert_cmpuint (of_d->len, ==, 0);
}

static gboolean
only_undirected (guint    index,
                 gpointer user_data)
{
  LiaisonDataset *dataset = user_data;

  return !liaison_dataset_get_relation (dataset, index)->directed;
}

static void
test_neighbours_filtered (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (graph_json);
  g_autoptr(GArray) of_a = liaison_graph_query_neighbours (dataset, entity (dataset, "a"), only_undirected, dataset);
  g_autofree char *ids = join_entity_ids (dataset, of_a);

  g_assert_cmpstr (ids, ==, "c");
}

static void
test_relation_count (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (graph_json);

  /* ab1, ab2, ba, aa (once), ca */
  g_assert_cmpuint (liaison_graph_query_n_relations (dataset, entity (dataset, "a")), ==, 5);
  g_assert_cmpuint (liaison_graph_query_n_relations (dataset, entity (dataset, "b")), ==, 3);
  g_assert_cmpuint (liaison_graph_query_n_relations (dataset, entity (dataset, "d")), ==, 0);
}

static void
test_relations_between (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (graph_json);
  g_autoptr(GArray) ab = liaison_graph_query_relations_between (dataset, entity (dataset, "a"), entity (dataset, "b"));
  g_autoptr(GArray) ba = liaison_graph_query_relations_between (dataset, entity (dataset, "b"), entity (dataset, "a"));
  g_autoptr(GArray) aa = liaison_graph_query_relations_between (dataset, entity (dataset, "a"), entity (dataset, "a"));
  g_autoptr(GArray) ad = liaison_graph_query_relations_between (dataset, entity (dataset, "a"), entity (dataset, "d"));
  g_autofree char *ab_ids = join_relation_ids (dataset, ab);
  g_autofree char *ba_ids = join_relation_ids (dataset, ba);
  g_autofree char *aa_ids = join_relation_ids (dataset, aa);

  g_assert_cmpstr (ab_ids, ==, "ab1,ab2,ba");
  g_assert_cmpstr (ba_ids, ==, "ab1,ab2,ba");
  g_assert_cmpstr (aa_ids, ==, "aa");
  g_assert_cmpuint (ad->len, ==, 0);
}

static void
test_relation_label (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (graph_json);
  const LiaisonRelation *ab1 = liaison_dataset_get_relation (dataset, relation (dataset, "ab1"));
  const LiaisonRelation *ab2 = liaison_dataset_get_relation (dataset, relation (dataset, "ab2"));
  const LiaisonRelation *ba = liaison_dataset_get_relation (dataset, relation (dataset, "ba"));
  const LiaisonRelation *ca = liaison_dataset_get_relation (dataset, relation (dataset, "ca"));
  g_autofree char *ab1_title = liaison_relation_dup_title (dataset, ab1);
  g_autofree char *ab2_title = liaison_relation_dup_title (dataset, ab2);
  g_autofree char *ca_title = liaison_relation_dup_title (dataset, ca);

  g_assert_cmpstr (liaison_relation_display_label (dataset, ab1), ==, "supplies");
  g_assert_cmpstr (liaison_relation_display_label (dataset, ab2), ==, "owns shares in");
  g_assert_cmpstr (liaison_relation_display_label (dataset, ba), ==, "");
  g_assert_cmpstr (ab1_title, ==, "Alpha → Beta: supplies");
  g_assert_cmpstr (ab2_title, ==, "Alpha → Beta: owns shares in");
  g_assert_cmpstr (ca_title, ==, "Gamma — Alpha: met");
}

static void
test_counts (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (graph_json);
  g_autofree char *summary = liaison_graph_query_dup_summary (dataset);
  g_autofree char *one = liaison_dup_count (LIAISON_COUNT_ENTITIES, 1);
  g_autofree char *none = liaison_dup_count (LIAISON_COUNT_RELATIONS, 0);
  g_autofree char *many = liaison_dup_count (LIAISON_COUNT_SOURCES, 100000);

  g_assert_cmpstr (summary, ==, "4 entities, 5 relations, 0 sources");
  g_assert_cmpstr (one, ==, "1 entity");
  g_assert_cmpstr (none, ==, "0 relations");
  g_assert_cmpstr (many, ==, "100000 sources");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/neighbours", test_neighbours);
  g_test_add_func ("/analysis/neighbours/filtered", test_neighbours_filtered);
  g_test_add_func ("/analysis/relation-count", test_relation_count);
  g_test_add_func ("/analysis/relations-between", test_relations_between);
  g_test_add_func ("/analysis/relation-label", test_relation_label);
  g_test_add_func ("/analysis/counts", test_counts);

  return g_test_run ();
}

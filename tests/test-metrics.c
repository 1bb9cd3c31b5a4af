/* test-metrics.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Centrality, communities and components on graphs small enough to work
 * out by hand, and on Zachary's karate club against the published values
 * (NetworkX's defaults, which the README promises).
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "liaison-metrics.h"
#include "liaison-test-util.h"

#define EPSILON 1e-9

/* A ring of @n entities with @n chords between random pairs, the same for
 * the same seed: connected, and with no structure to make ranks easy.
 */
static LiaisonDataset *
make_random_graph (guint n,
                   guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"E%u\"}", i > 0 ? ", " : "", i, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"from\": \"e%u\", \"to\": \"e%u\"}, {\"from\": \"e%u\", \"to\": \"e%u\"}",
                            i > 0 ? ", " : "", i, (i + 1) % n, g_rand_int_range (rand, 0, n),
                            g_rand_int_range (rand, 0, n));
  g_string_append (json, "]}");

  return liaison_test_load_text (json->str);
}

static LiaisonMetrics *
compute (LiaisonDataset      *dataset,
         LiaisonMetricsFlags  flags)
{
  g_autoptr(GError) error = NULL;
  LiaisonMetrics *metrics = liaison_metrics_compute (dataset, NULL, flags, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (metrics);
  return metrics;
}

#define assert_value(metrics, metric, id, expected, epsilon) \
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_value ((metrics), (metric), \
                                                              liaison_test_entity_index (liaison_metrics_get_dataset (metrics), (id))), \
                                  (expected), (epsilon) + 1e-12)

static void
test_path (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c d e", "a>b b>c c>d d>e");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);

  assert_value (metrics, LIAISON_METRIC_DEGREE, "a", 1, 0);
  assert_value (metrics, LIAISON_METRIC_DEGREE, "c", 2, 0);
  assert_value (metrics, LIAISON_METRIC_IN_DEGREE, "a", 0, 0);
  assert_value (metrics, LIAISON_METRIC_OUT_DEGREE, "a", 1, 0);
  assert_value (metrics, LIAISON_METRIC_IN_DEGREE, "e", 1, 0);
  assert_value (metrics, LIAISON_METRIC_OUT_DEGREE, "e", 0, 0);

  /* b lies on 3 of the 6 paths between the others, c on 4. */
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "a", 0, EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "b", 3.0 / 6, EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "c", 4.0 / 6, EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "d", 3.0 / 6, EPSILON);

  /* 4 entities reached at distances 1+2+3+4 from a, 1+1+2+3 from b. */
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "a", 4.0 / 10, EPSILON);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "b", 4.0 / 7, EPSILON);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "c", 4.0 / 6, EPSILON);

  /* Rank flows down the path and back from e, which links nowhere. */
  g_assert_cmpfloat (liaison_metrics_get_pagerank (metrics, 0), <, liaison_metrics_get_pagerank (metrics, 1));
  g_assert_cmpfloat (liaison_metrics_get_pagerank (metrics, 3), <, liaison_metrics_get_pagerank (metrics, 4));

  g_assert_cmpint (liaison_metrics_get_diameter (metrics), ==, 4);
  g_assert_false (liaison_metrics_is_diameter_estimate (metrics));
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_density (metrics), 4.0 / 10, EPSILON);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_average_clustering (metrics), 0, EPSILON);
  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 1);
  g_assert_false (liaison_metrics_is_estimate (metrics));
}

static void
test_two_entities_pagerank (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b", "a>b");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DEFAULT);

  /* b links nowhere, so its rank goes to both: a = 0.075 + 0.425 b, with
   * a + b = 1.
   */
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "a", 0.5 / 1.425, 1e-9);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "b", 1 - 0.5 / 1.425, 1e-9);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "a", 1, EPSILON);
}

static void
test_star (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("hub w x y z", "w>hub x>hub y>hub z>hub");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);

  assert_value (metrics, LIAISON_METRIC_DEGREE, "hub", 4, 0);
  assert_value (metrics, LIAISON_METRIC_IN_DEGREE, "hub", 4, 0);
  assert_value (metrics, LIAISON_METRIC_OUT_DEGREE, "hub", 0, 0);
  /* Every one of the 6 paths between leaves goes through the hub. */
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "hub", 1, EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "w", 0, EPSILON);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "hub", 1, EPSILON);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "w", 4.0 / 7, EPSILON);
  /* leaf = 0.03 + 0.17 hub and hub = 1 - 4 leaf: hub = 11/21. */
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "hub", 11.0 / 21, 1e-9);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "w", 5.0 / 42, 1e-9);

  g_assert_cmpint (liaison_metrics_get_diameter (metrics), ==, 2);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_density (metrics), 0.4, EPSILON);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_average_clustering (metrics), 0, EPSILON);
}

static void
test_two_cliques (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c d e f g h",
                                                  "a-b a-c a-d b-c b-d c-d d>e e-f e-g e-h f-g f-h g-h");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);
  double min, max;

  /* The 12 paths from a, b, c to the other clique all cross d. */
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "d", 12 * 2.0 / (7 * 6), EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "e", 12 * 2.0 / (7 * 6), EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "a", 0, EPSILON);
  liaison_metrics_get_range (metrics, LIAISON_METRIC_BETWEENNESS, &min, &max);
  g_assert_cmpfloat_with_epsilon (min, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (max, 4.0 / 7, EPSILON);
  /* a reaches b, c, d at 1, e at 2, f, g, h at 3: 14 in all. */
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "a", 7.0 / 14, EPSILON);

  /* One community a clique; of two of one size, the one listed first is 0. */
  g_assert_cmpuint (liaison_metrics_get_n_communities (metrics), ==, 2);
  g_assert_cmpuint (liaison_metrics_get_community_size (metrics, 0), ==, 4);
  g_assert_cmpuint (liaison_metrics_get_community_size (metrics, 1), ==, 4);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpint (liaison_metrics_get_community (metrics, i), ==, i < 4 ? 0 : 1);
  /* 13 relations, 6 inside each clique, each clique's degrees summing to 13. */
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_modularity (metrics), 2 * (6.0 / 13 - 0.25), 1e-9);

  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 1);
  g_assert_cmpint (liaison_metrics_get_diameter (metrics), ==, 3);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_density (metrics), 13.0 / 28, EPSILON);
  /* d and e close half the triangles they could; the others all. */
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_average_clustering (metrics), 7.0 / 8, EPSILON);
}

static void
test_self_loops (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b", "a>a a>b b>b");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);

  /* A loop counts once in the degree and once each way: in + out - loops. */
  assert_value (metrics, LIAISON_METRIC_DEGREE, "a", 2, 0);
  assert_value (metrics, LIAISON_METRIC_IN_DEGREE, "a", 1, 0);
  assert_value (metrics, LIAISON_METRIC_OUT_DEGREE, "a", 2, 0);
  assert_value (metrics, LIAISON_METRIC_DEGREE, "b", 2, 0);
  assert_value (metrics, LIAISON_METRIC_IN_DEGREE, "b", 2, 0);
  assert_value (metrics, LIAISON_METRIC_OUT_DEGREE, "b", 1, 0);

  /* A loop keeps its share of rank: b keeps all of its own, a half. */
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "a", 0.15 / 2 / (1 - 0.85 / 2), 1e-9);
  /* Paths and clustering ignore loops. */
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "a", 1, EPSILON);
  g_assert_cmpint (liaison_metrics_get_diameter (metrics), ==, 1);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_density (metrics), 1, EPSILON);
}

static void
test_parallel_relations (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c", "a>b a>b a>c b>a c>a b-a");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DEFAULT);

  assert_value (metrics, LIAISON_METRIC_DEGREE, "a", 6, 0);
  assert_value (metrics, LIAISON_METRIC_OUT_DEGREE, "a", 3, 0);
  assert_value (metrics, LIAISON_METRIC_IN_DEGREE, "a", 3, 0);
  g_assert_cmpuint (liaison_metrics_get_n_relations (metrics), ==, 6);

  /* a → b twice weighs as much as a → c once: b and c rank alike, with
   * b = 0.05 + 0.425 a and a = 0.05 + 0.85 (b + c).
   */
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "a", 0.135 / 0.2775, 1e-9);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "b", 0.05 + 0.425 * 0.135 / 0.2775, 1e-9);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "c", 0.05 + 0.425 * 0.135 / 0.2775, 1e-9);

  /* Parallel paths count once: a lies on the only path from b to c. */
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "a", 1, EPSILON);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_density (metrics), 2.0 / 3, EPSILON);
}

static void
test_empty (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text ("{\"entities\": [], \"relations\": []}");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);
  g_autoptr(GBytes) csv = liaison_metrics_to_csv (metrics);
  double min = -1, max = -1;

  g_assert_cmpuint (liaison_metrics_get_n_entities (metrics), ==, 0);
  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 0);
  g_assert_cmpuint (liaison_metrics_get_n_communities (metrics), ==, 0);
  g_assert_true (isnan (liaison_metrics_get_modularity (metrics)));
  g_assert_cmpfloat (liaison_metrics_get_density (metrics), ==, 0);
  liaison_metrics_get_range (metrics, LIAISON_METRIC_PAGERANK, &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 0);
  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                   "id,label,type,degree,in_degree,out_degree,betweenness,closeness,pagerank,community,component\n",
                   strlen ("id,label,type,degree,in_degree,out_degree,betweenness,closeness,pagerank,community,"
                           "component\n"));
}

static void
test_no_relations (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c", "");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);

  g_assert_cmpuint (liaison_metrics_get_n_entities (metrics), ==, 3);
  g_assert_cmpuint (liaison_metrics_get_n_relations (metrics), ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (liaison_metrics_get_degree (metrics, i), ==, 0);
      g_assert_cmpfloat (liaison_metrics_get_betweenness (metrics, i), ==, 0);
      g_assert_cmpfloat (liaison_metrics_get_closeness (metrics, i), ==, 0);
      g_assert_cmpfloat_with_epsilon (liaison_metrics_get_pagerank (metrics, i), 1.0 / 3, 1e-9);
      /* Each alone; pieces of one size are numbered in the file's order. */
      g_assert_cmpint (liaison_metrics_get_component (metrics, i), ==, i);
      g_assert_cmpint (liaison_metrics_get_community (metrics, i), ==, i);
    }
  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 3);
  g_assert_cmpuint (liaison_metrics_get_n_communities (metrics), ==, 3);
  g_assert_true (isnan (liaison_metrics_get_modularity (metrics)));
  g_assert_cmpint (liaison_metrics_get_diameter (metrics), ==, 0);
  g_assert_cmpfloat (liaison_metrics_get_density (metrics), ==, 0);
}

static void
test_components (void)
{
  /* Pieces of 2, 3, 1 and 3 entities: the largest first, ties in the
   * order of their first entity.
   */
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c d e f g h i", "a>b c>d d>e g>h h>i i>g");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DEFAULT);
  static const int expected[] = { 2, 2, 0, 0, 0, 3, 1, 1, 1 };

  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (liaison_metrics_get_component (metrics, i), ==, expected[i]);
  g_assert_cmpuint (liaison_metrics_get_component_size (metrics, 0), ==, 3);
  g_assert_cmpuint (liaison_metrics_get_component_size (metrics, 2), ==, 2);
  g_assert_cmpuint (liaison_metrics_get_component_size (metrics, 3), ==, 1);

  /* Closeness is scaled by the share of the graph reached: d reaches 2 of 8. */
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "d", 2.0 * 2 / (8 * 2), EPSILON);
  /* Betweenness is normalised over the whole graph. */
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "d", 2.0 / (8 * 7), EPSILON);
}

/* Zachary's karate club: the values NetworkX gives and the literature
 * quotes. Each tie is in the file both ways, so PageRank sees the
 * undirected graph.
 */
static void
test_karate (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_valid ("karate-club.json");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DIAMETER);
  g_autoptr(LiaisonMetrics) again = compute (dataset, LIAISON_METRICS_DEFAULT);
  double modularity = liaison_metrics_get_modularity (metrics);

  g_assert_cmpuint (liaison_metrics_get_n_entities (metrics), ==, 34);
  assert_value (metrics, LIAISON_METRIC_DEGREE, "34", 34, 0);
  assert_value (metrics, LIAISON_METRIC_DEGREE, "1", 32, 0);

  /* The instructor and the president are the brokers. */
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "1", 0.43763528, 1e-8);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "34", 0.30407498, 1e-8);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "33", 0.14524711, 1e-8);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "3", 0.14365681, 1e-8);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "1", 0.56896552, 1e-8);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "3", 0.55932203, 1e-8);
  assert_value (metrics, LIAISON_METRIC_CLOSENESS, "34", 0.55, 1e-8);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "34", 0.10091792, 1e-5);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "1", 0.09700182, 1e-5);
  assert_value (metrics, LIAISON_METRIC_PAGERANK, "33", 0.07169213, 1e-5);

  /* The best split known has four groups and modularity 0.4198; NetworkX's
   * Louvain finds 0.415 to 0.4198 depending on its seed.
   */
  g_assert_cmpuint (liaison_metrics_get_n_communities (metrics), >=, 3);
  g_assert_cmpuint (liaison_metrics_get_n_communities (metrics), <=, 5);
  g_assert_cmpfloat (modularity, >=, 0.95 * 0.41979);
  g_assert_cmpfloat (modularity, <=, 0.41979 + 1e-4);
  /* The instructor and the president never share one. */
  g_assert_cmpint (liaison_metrics_get_community (metrics, liaison_test_entity_index (dataset, "1")), !=,
                   liaison_metrics_get_community (metrics, liaison_test_entity_index (dataset, "34")));
  /* The same graph gets the same communities every time. */
  for (guint i = 0; i < 34; i++)
    g_assert_cmpint (liaison_metrics_get_community (metrics, i), ==, liaison_metrics_get_community (again, i));

  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 1);
  g_assert_cmpint (liaison_metrics_get_diameter (metrics), ==, 5);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_density (metrics), 78.0 / (34 * 33 / 2), 1e-9);
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_average_clustering (metrics), 0.5706384782, 1e-9);
}

static void
test_visible_only (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b:hidden c d", "a>b b>c c>d a>c");
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonMetrics) metrics = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;

  liaison_view_state_set_entity_type_visible (state, "hidden", FALSE);
  metrics = liaison_metrics_compute (dataset, state, LIAISON_METRICS_DEFAULT, NULL, NULL, &error);
  g_assert_no_error (error);

  /* What is left is the path a - c - d. */
  g_assert_false (liaison_metrics_contains (metrics, 1));
  g_assert_cmpint (liaison_metrics_get_component (metrics, 1), ==, -1);
  g_assert_cmpint (liaison_metrics_get_community (metrics, 1), ==, -1);
  g_assert_true (liaison_metrics_contains (metrics, 2));
  g_assert_cmpuint (liaison_metrics_get_n_entities (metrics), ==, 3);
  g_assert_cmpuint (liaison_metrics_get_n_relations (metrics), ==, 2);
  assert_value (metrics, LIAISON_METRIC_DEGREE, "a", 1, 0);
  assert_value (metrics, LIAISON_METRIC_DEGREE, "c", 2, 0);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "c", 1, EPSILON);
  assert_value (metrics, LIAISON_METRIC_BETWEENNESS, "b", 0, 0);

  csv = liaison_metrics_to_csv (metrics);
  g_assert_null (g_strstr_len (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), "\nb,"));
}

static const char text_json[] =
  "{\"entities\": ["
  "  {\"id\": \"=HYPERLINK(\\\"http://x\\\")\", \"label\": \"Smith, John \\\"JJ\\\"\", \"type\": \"person\"},"
  "  {\"id\": \"-5\", \"label\": \"two\\nlines\"},"
  "  {\"id\": \"'quoted\", \"label\": \"@home\"},"
  "  {\"id\": \"plain\", \"label\": \"+1 555\"}],"
  " \"relations\": [{\"from\": \"-5\", \"to\": \"plain\"}]}";

static void
test_csv (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text_json);
  g_autoptr(LiaisonMetrics) metrics = compute (dataset, LIAISON_METRICS_DEFAULT);
  g_autoptr(GBytes) csv = liaison_metrics_to_csv (metrics);
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

  /* RFC 4180 quotes; text that a spreadsheet would take for a formula is
   * quoted after an apostrophe, and so is a leading apostrophe itself.
   */
  g_assert_cmpstr (text, ==,
                   "id,label,type,degree,in_degree,out_degree,betweenness,closeness,pagerank,community,component\n"
                   "\"'=HYPERLINK(\"\"http://x\"\")\",\"Smith, John \"\"JJ\"\"\",person,0,0,0,0,0,0.206185567,1,1\n"
                   "\"'-5\",\"two\nlines\",,1,0,1,0,0.3333333333,0.206185567,0,0\n"
                   "\"''quoted\",\"'@home\",,0,0,0,0,0,0.206185567,2,2\n"
                   "plain,\"'+1 555\",,1,1,0,0,0.3333333333,0.381443299,0,0\n");
}

static void
test_estimate (void)
{
  /* A ring with chords of 2,000 entities, and a path of three apart. */
  g_autoptr(LiaisonDataset) ring = make_random_graph (2000, 7);
  g_autoptr(GString) json = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonMetrics) exact = NULL;
  g_autoptr(LiaisonMetrics) estimate = NULL;
  guint n, top = 0, top_estimate = 0;
  double worst_closeness = 0;

  json = g_string_new ("{\"entities\": [");
  for (guint i = 0; i < 2003; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"E%u\"}", i > 0 ? ", " : "", i, i);
  g_string_append (json, "], \"relations\": [{\"from\": \"e2000\", \"to\": \"e2001\"}, "
                         "{\"from\": \"e2001\", \"to\": \"e2002\"}");
  for (guint r = 0; r < liaison_dataset_get_n_relations (ring); r++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (ring, r);

      g_string_append_printf (json, ", {\"from\": \"e%u\", \"to\": \"e%u\"}", relation->from, relation->to);
    }
  g_string_append (json, "]}");
  dataset = liaison_test_load_text (json->str);
  n = liaison_dataset_get_n_entities (dataset);

  exact = compute (dataset, LIAISON_METRICS_DEFAULT);
  estimate = compute (dataset, LIAISON_METRICS_ESTIMATE | LIAISON_METRICS_DIAMETER);
  g_assert_false (liaison_metrics_is_estimate (exact));
  g_assert_true (liaison_metrics_is_estimate (estimate));
  g_assert_true (liaison_metrics_is_diameter_estimate (estimate));
  g_assert_cmpint (liaison_metrics_get_diameter (estimate), >, 5);

  for (guint i = 0; i < n; i++)
    {
      double c = liaison_metrics_get_closeness (exact, i);

      worst_closeness = MAX (worst_closeness, fabs (liaison_metrics_get_closeness (estimate, i) - c) / c);
      if (liaison_metrics_get_betweenness (exact, i) > liaison_metrics_get_betweenness (exact, top))
        top = i;
      if (liaison_metrics_get_betweenness (estimate, i) > liaison_metrics_get_betweenness (estimate, top_estimate))
        top_estimate = i;
    }
  g_test_message ("closeness estimated within %.1f %%", 100 * worst_closeness);
  /* 500 sampled sources of 2,000 put the mean distance within a few per cent. */
  g_assert_cmpfloat (worst_closeness, <, 0.05);
  /* The broker stands out in the estimate too. */
  g_assert_cmpfloat_with_epsilon (liaison_metrics_get_betweenness (estimate, top),
                                  liaison_metrics_get_betweenness (exact, top),
                                  0.25 * liaison_metrics_get_betweenness (exact, top));
  g_assert_cmpfloat (liaison_metrics_get_betweenness (exact, top_estimate), >,
                     0.5 * liaison_metrics_get_betweenness (exact, top));

  /* The small piece is computed exactly. */
  for (guint i = 2000; i < 2003; i++)
    {
      g_assert_cmpfloat_with_epsilon (liaison_metrics_get_betweenness (estimate, i),
                                      liaison_metrics_get_betweenness (exact, i), EPSILON);
      g_assert_cmpfloat_with_epsilon (liaison_metrics_get_closeness (estimate, i),
                                      liaison_metrics_get_closeness (exact, i), EPSILON);
    }
  g_assert_cmpfloat (liaison_metrics_get_betweenness (estimate, 2001), >, 0);
}

typedef struct
{
  GCancellable *cancellable;
  double        cancel_at;
  double        last;
  guint         calls;
  gboolean      done;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_false (progress->done);
  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1);
  progress->last = fraction;
  progress->calls++;

  if (progress->cancellable != NULL && fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
progress_done_cb (gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_false (progress->done);
  progress->done = TRUE;
}

static void
test_progress (void)
{
  g_autoptr(LiaisonDataset) dataset = make_random_graph (1000, 3);
  g_autoptr(LiaisonMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, };
  LiaisonProgress reporting = { progress_cb, &progress, progress_done_cb };

  metrics = liaison_metrics_compute (dataset, NULL, LIAISON_METRICS_DIAMETER, NULL, &reporting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, >, 10);
  g_assert_cmpfloat (progress.last, ==, 1);
  /* Its data is let go of once the work is done. */
  g_assert_true (progress.done);
}

static void
test_cancel (void)
{
  g_autoptr(LiaisonDataset) dataset = make_random_graph (3000, 5);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LiaisonMetrics) metrics = NULL;
  g_autoptr(LiaisonMetrics) after = NULL;
  g_autoptr(LiaisonDataset) small = liaison_test_make_graph ("hub w x y z", "w>hub x>hub y>hub z>hub");
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, 0.2, 0, 0, FALSE };
  LiaisonProgress reporting = { progress_cb, &progress, NULL };
  gint64 start = g_get_monotonic_time ();

  /* Cancelled a fifth of the way, in the middle of betweenness. */
  metrics = liaison_metrics_compute (dataset, NULL, LIAISON_METRICS_DEFAULT, cancellable, &reporting, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (metrics);
  g_assert_cmpfloat (progress.last, <, 0.3);
  g_test_message ("stopped after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* igraph is left ready for the next computation. */
  after = compute (small, LIAISON_METRICS_DEFAULT);
  assert_value (after, LIAISON_METRIC_BETWEENNESS, "hub", 1, EPSILON);

  /* Cancelled before it starts. */
  g_clear_error (&error);
  metrics = liaison_metrics_compute (small, NULL, LIAISON_METRICS_DEFAULT, cancellable, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (metrics);
}

typedef struct
{
  GMainLoop      *loop;
  LiaisonMetrics *metrics;
  GError         *error;
  Progress       *progress;
} AsyncResult;

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->metrics = liaison_metrics_compute_finish (result, &async->error);
  async->progress->done = TRUE;
  g_main_loop_quit (async->loop);
}

static void
test_async (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_valid ("karate-club.json");
  g_autoptr(LiaisonDataset) large = make_random_graph (3000, 11);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0, };
  LiaisonProgress reporting = { progress_cb, &progress, NULL };
  AsyncResult async = { loop, NULL, NULL, &progress };

  liaison_metrics_compute_async (dataset, state, LIAISON_METRICS_DEFAULT, NULL, &reporting, computed_cb, &async);
  /* The view may change while the work goes on. */
  liaison_view_state_set_entity_type_visible (state, "member", FALSE);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_cmpuint (liaison_metrics_get_n_entities (async.metrics), ==, 34);
  assert_value (async.metrics, LIAISON_METRIC_BETWEENNESS, "1", 0.43763528, 1e-8);
  g_clear_object (&async.metrics);

  /* Cancelled from the main thread as progress comes in. */
  progress = (Progress) { cancellable, 0.05, 0, 0, FALSE };
  liaison_metrics_compute_async (large, NULL, LIAISON_METRICS_DEFAULT, cancellable, &reporting, computed_cb, &async);
  g_main_loop_run (loop);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (async.metrics);
  g_clear_error (&async.error);

  /* Progress that was queued never arrives after the result. */
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_titles (void)
{
  g_assert_cmpstr (liaison_metric_to_string (LIAISON_METRIC_IN_DEGREE), ==, "in_degree");
  g_assert_cmpstr (liaison_metric_get_title (LIAISON_METRIC_PAGERANK), ==, "PageRank");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metrics/path", test_path);
  g_test_add_func ("/metrics/two-entities-pagerank", test_two_entities_pagerank);
  g_test_add_func ("/metrics/star", test_star);
  g_test_add_func ("/metrics/two-cliques", test_two_cliques);
  g_test_add_func ("/metrics/self-loops", test_self_loops);
  g_test_add_func ("/metrics/parallel-relations", test_parallel_relations);
  g_test_add_func ("/metrics/empty", test_empty);
  g_test_add_func ("/metrics/no-relations", test_no_relations);
  g_test_add_func ("/metrics/components", test_components);
  g_test_add_func ("/metrics/karate", test_karate);
  g_test_add_func ("/metrics/visible-only", test_visible_only);
  g_test_add_func ("/metrics/csv", test_csv);
  g_test_add_func ("/metrics/estimate", test_estimate);
  g_test_add_func ("/metrics/progress", test_progress);
  g_test_add_func ("/metrics/cancel", test_cancel);
  g_test_add_func ("/metrics/async", test_async);
  g_test_add_func ("/metrics/titles", test_titles);

  return g_test_run ();
}

/* test-simple-paths.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The longer paths between two entities, without a display: against a
 * walk that tries everything, capped, cancelled, and on another thread.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "liaison-simple-paths.h"
#include "liaison-test-util.h"

/* Entities e0… and relations given as "0>1 2-3", directed or not. */
static LiaisonDataset *
load_edges (guint       n_entities,
            const char *edges)
{
  g_auto(GStrv) links = g_strsplit (edges, " ", -1);
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"E%u\"}", i > 0 ? ", " : "", i, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0, n = 0; links[i] != NULL; i++)
    {
      guint from, to;
      char arrow;

      if (sscanf (links[i], "%u%c%u", &from, &arrow, &to) != 3)
        continue;
      g_string_append_printf (json, "%s{\"id\": \"r%u\", \"from\": \"e%u\", \"to\": \"e%u\", \"label\": \"r%u\"%s}",
                              n++ > 0 ? ", " : "", i, from, to, i, arrow == '>' ? "" : ", \"directed\": false");
    }
  g_string_append (json, "]}");

  return liaison_test_load_text (json->str);
}

static LiaisonDataset *
random_graph (GRand *rand,
              guint  n_entities,
              guint  n_relations)
{
  g_autoptr(GString) edges = g_string_new (NULL);

  for (guint i = 0; i < n_relations; i++)
    g_string_append_printf (edges, "%s%u%c%u", i > 0 ? " " : "", g_rand_int_range (rand, 0, n_entities),
                            g_rand_boolean (rand) ? '>' : '-', g_rand_int_range (rand, 0, n_entities));

  return load_edges (n_entities, edges->str);
}

/* "0 r3 2 r1 5": a path's entities and relations in order. */
static char *
path_key (LiaisonDataset *dataset,
          GArray         *path)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < path->len; i++)
    {
      const LiaisonPathStep *step = &g_array_index (path, LiaisonPathStep, i);

      if (i > 0)
        g_string_append_printf (key, " %s ", liaison_dataset_get_relation (dataset, step->relation)->id);
      g_string_append_printf (key, "%u", step->entity);
    }
  return g_string_free (key, FALSE);
}

typedef struct
{
  LiaisonDataset      *dataset;
  const LiaisonSubset *visible;
  guint                to, min_length, max_length;
  GArray              *entities;
  GArray              *relations;
  GHashTable          *found;
} Brute;

/* Every walk from the start that visits no entity twice, no pruning. */
static void
brute_force (Brute *brute)
{
  guint last = g_array_index (brute->entities, guint, brute->entities->len - 1);
  guint length = brute->relations->len;

  if (last == brute->to)
    {
      if (length >= brute->min_length && length <= brute->max_length && length > 0)
        {
          GString *key = g_string_new (NULL);

          for (guint i = 0; i < brute->entities->len; i++)
            {
              if (i > 0)
                g_string_append_printf (key, " %s ", liaison_dataset_get_relation (brute->dataset,
                                                                                    g_array_index (brute->relations, guint, i - 1))->id);
              g_string_append_printf (key, "%u", g_array_index (brute->entities, guint, i));
            }
          g_hash_table_add (brute->found, g_string_free (key, FALSE));
        }
      return;
    }
  if (length == brute->max_length)
    return;

  for (guint r = 0; r < liaison_dataset_get_n_relations (brute->dataset); r++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (brute->dataset, r);
      gboolean visited = FALSE;
      guint other;

      if (!liaison_subset_allows_relation (brute->visible, relation) || (relation->from != last && relation->to != last))
        continue;
      other = relation->from == last ? relation->to : relation->from;
      for (guint k = 0; k < brute->entities->len; k++)
        visited |= g_array_index (brute->entities, guint, k) == other;
      if (visited)
        continue;

      g_array_append_val (brute->entities, other);
      g_array_append_val (brute->relations, r);
      brute_force (brute);
      g_array_set_size (brute->entities, brute->entities->len - 1);
      g_array_set_size (brute->relations, brute->relations->len - 1);
    }
}

static void
test_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20181201);
  guint n_compared = 0, n_many = 0;

  for (guint round = 0; round < 200; round++)
    {
      guint n_entities = g_rand_int_range (rand, 2, 9);
      g_autoptr(LiaisonDataset) dataset = random_graph (rand, n_entities, g_rand_int_range (rand, 0, 3 * n_entities));
      g_autoptr(LiaisonSubset) visible = NULL;

      if (round % 2 == 1)
        visible = liaison_test_random_filter (rand, dataset);

      for (guint from = 0; from < n_entities; from++)
        for (guint to = 0; to < n_entities; to++)
          {
            guint min_length = g_rand_int_range (rand, 0, 3);
            guint max_length = g_rand_int_range (rand, 0, 6);
            g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
            g_autoptr(GArray) entities = g_array_new (FALSE, FALSE, sizeof (guint));
            g_autoptr(GArray) relations = g_array_new (FALSE, FALSE, sizeof (guint));
            g_autoptr(LiaisonSimplePaths) paths = NULL;
            g_autoptr(GError) error = NULL;
            Brute brute = { dataset, visible, to, min_length, max_length, entities, relations, expected };
            guint previous_length = 0;

            if (liaison_subset_allows_entity (visible, from) && liaison_subset_allows_entity (visible, to))
              {
                g_array_append_val (entities, from);
                brute_force (&brute);
              }

            paths = liaison_simple_paths_find (dataset, visible, from, to, min_length, max_length, G_MAXUINT,
                                               NULL, &error);
            g_assert_no_error (error);
            g_assert_false (paths->truncated);
            g_assert_cmpuint (paths->paths->len, ==, g_hash_table_size (expected));

            for (guint p = 0; p < paths->paths->len; p++)
              {
                GArray *path = g_ptr_array_index (paths->paths, p);
                g_autofree char *key = path_key (dataset, path);

                /* Each once, each real, the shorter first. */
                g_assert_true (g_hash_table_remove (expected, key));
                g_assert_cmpuint (path->len - 1, >=, previous_length);
                previous_length = path->len - 1;
                for (guint i = 1; i < path->len; i++)
                  {
                    const LiaisonPathStep *step = &g_array_index (path, LiaisonPathStep, i);
                    const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, step->relation);
                    guint before = g_array_index (path, LiaisonPathStep, i - 1).entity;

                    if (!relation->directed)
                      g_assert_cmpint (step->direction, ==, LIAISON_PATH_UNDIRECTED);
                    else if (step->direction == LIAISON_PATH_FORWARD)
                      g_assert_true (relation->from == before && relation->to == step->entity);
                    else
                      g_assert_true (relation->to == before && relation->from == step->entity);
                  }
              }

            n_compared++;
            n_many += paths->paths->len > 3;
          }
    }

  /* The rounds had something to compare. */
  g_assert_cmpuint (n_compared, >, 1000);
  g_assert_cmpuint (n_many, >, 50);
}

/* A ladder has many paths: the cap keeps the shortest and says there
 * are more; the shortest path itself is left out from its length up.
 */
static void
test_cap (void)
{
  /* 0 - 1 - 2 - 3 on top, 4 - 5 - 6 - 7 below, rungs between. */
  g_autoptr(LiaisonDataset) dataset = load_edges (8, "0-1 1-2 2-3 4-5 5-6 6-7 0-4 1-5 2-6 3-7");
  g_autoptr(LiaisonSimplePaths) all = NULL;
  g_autoptr(LiaisonSimplePaths) capped = NULL;
  g_autoptr(LiaisonSimplePaths) longer = NULL;
  g_autoptr(GError) error = NULL;

  all = liaison_simple_paths_find (dataset, NULL, 0, 3, 0, 20, G_MAXUINT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->paths->len, ==, 8);

  capped = liaison_simple_paths_find (dataset, NULL, 0, 3, 0, 20, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (capped->truncated);
  g_assert_cmpuint (capped->paths->len, ==, 3);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (capped->paths, 0))->len, ==, 4);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (capped->paths, 1))->len, ==, 6);

  longer = liaison_simple_paths_find (dataset, NULL, 0, 3, 4, 5, G_MAXUINT, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (longer->truncated);
  /* The ladder is bipartite, so nothing of 4; of 5, six ways round. */
  g_assert_cmpuint (longer->paths->len, ==, 6);
}

/* A complete graph has more paths than can be walked: cancelling stops it. */
static void
test_cancelled (void)
{
  g_autoptr(GString) edges = g_string_new (NULL);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LiaisonSimplePaths) paths = NULL;
  g_autoptr(GError) error = NULL;

  for (guint a = 0; a < 40; a++)
    for (guint b = a + 1; b < 40; b++)
      g_string_append_printf (edges, "%u-%u ", a, b);
  dataset = load_edges (40, edges->str);

  g_cancellable_cancel (cancellable);
  paths = liaison_simple_paths_find (dataset, NULL, 0, 1, 0, 39, G_MAXUINT, cancellable, &error);
  g_assert_null (paths);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

typedef struct
{
  GMainLoop          *loop;
  LiaisonSimplePaths *paths;
  GError             *error;
} AsyncResult;

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->paths = liaison_simple_paths_find_finish (result, &async->error);
  g_main_loop_quit (async->loop);
}

static void
test_async (void)
{
  g_autoptr(LiaisonDataset) dataset = load_edges (5, "0>1 1>2 0-3 3-2 4>1");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(LiaisonSubset) everything = liaison_subset_new_full (5, 5);
  AsyncResult async = { loop, NULL, NULL };
  g_autoptr(LiaisonSubset) on_paths = liaison_subset_new (5, 5);

  liaison_simple_paths_find_async (dataset, everything, 0, 2, 3, 4, 10, NULL, found_cb, &async);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_nonnull (async.paths);
  /* From 0 to 2 both paths have two relations: none of three or four. */
  g_assert_cmpuint (async.paths->paths->len, ==, 0);
  g_clear_pointer (&async.paths, liaison_simple_paths_free);

  liaison_simple_paths_find_async (dataset, everything, 0, 4, 2, 4, 10, NULL, found_cb, &async);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  /* 0 → 1 ← 4, and 0 — 3 — 2 ← 1 ← 4 through every entity. */
  liaison_paths_add_to_subset (async.paths->paths, on_paths);
  g_assert_cmpuint (async.paths->paths->len, ==, 2);
  g_assert_cmpuint (liaison_subset_get_n_entities (on_paths), ==, 5);
  g_clear_pointer (&async.paths, liaison_simple_paths_free);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simple-paths/brute-force", test_brute_force);
  g_test_add_func ("/simple-paths/cap", test_cap);
  g_test_add_func ("/simple-paths/cancelled", test_cancelled);
  g_test_add_func ("/simple-paths/async", test_async);

  return g_test_run ();
}

/* test-explore.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Focus, expand, hide, every shortest path and the date filter, without a
 * display: the questions the window and the command line both ask.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "liaison-date-range.h"
#include "liaison-graph-builder.h"
#include "liaison-neighbourhood.h"
#include "liaison-shortest-paths.h"
#include "liaison-subset.h"
#include "liaison-test-util.h"
#include "liaison-view-state.h"

static guint
relation (LiaisonDataset *dataset,
          const char     *id)
{
  const LiaisonRelation *found = liaison_dataset_lookup_relation (dataset, id);

  g_assert_nonnull (found);
  return found->index;
}

/* "a b c | ab bc": a subset's ids in the dataset's order. */
static char *
subset_ids (LiaisonDataset      *dataset,
            const LiaisonSubset *subset)
{
  GString *text = g_string_new (NULL);

  for (guint i = liaison_subset_next_entity (subset, 0); i != LIAISON_SUBSET_END;
       i = liaison_subset_next_entity (subset, i + 1))
    g_string_append_printf (text, "%s ", liaison_entity_get_id (liaison_dataset_get_entity (dataset, i)));
  g_string_append_c (text, '|');
  for (guint i = liaison_subset_next_relation (subset, 0); i != LIAISON_SUBSET_END;
       i = liaison_subset_next_relation (subset, i + 1))
    g_string_append_printf (text, " %s", liaison_dataset_get_relation (dataset, i)->id);

  return g_string_free (text, FALSE);
}

/* A dataset from a compact list: "a>b:ab" is a relation ab from a to b,
 * "a-b:ab" an undirected one; "@2019-06" after it dates it, "#t" types it.
 */
static LiaisonDataset *
load_graph (const char *entities,
            const char *relations)
{
  g_auto(GStrv) ids = g_strsplit (entities, " ", -1);
  g_auto(GStrv) links = g_strsplit (relations, " ", -1);
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *label = g_ascii_strup (ids[i], -1);

      g_string_append_printf (json, "%s{\"id\": \"%s\", \"label\": \"%s\"}", i > 0 ? ", " : "", ids[i], label);
    }
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; links[i] != NULL && links[i][0] != '\0'; i++)
    {
      g_autofree char *link = g_strdup (links[i]);
      char *date = strchr (link, '@');
      char *type = strchr (link, '#');
      char *name = strchr (link, ':');
      char *arrow = strpbrk (link, ">-");
      gboolean directed = *arrow == '>';

      if (date != NULL)
        *date++ = '\0';
      if (type != NULL)
        *type++ = '\0';
      *name++ = '\0';
      *arrow = '\0';
      g_string_append_printf (json, "%s{\"id\": \"%s\", \"from\": \"%s\", \"to\": \"%s\", \"label\": \"%s\"%s",
                              i > 0 ? ", " : "", name, link, arrow + 1, name, directed ? "" : ", \"directed\": false");
      if (date != NULL)
        g_string_append_printf (json, ", \"date\": \"%s\"", date);
      if (type != NULL)
        g_string_append_printf (json, ", \"type\": \"%s\"", type);
      g_string_append (json, "}");
    }
  g_string_append (json, "]}");

  return liaison_test_load_text (json->str);
}

/* A chain a — b — c — d — e with its relations pointing every which way,
 * a triangle b — x — c beside it, and f alone.
 */
static LiaisonDataset *
load_chain (void)
{
  return load_graph ("a b c d e x f",
                     "a>b:ab c>b:cb c-d:cd e>d:ed b>x:bx x>c:xc");
}

static void
assert_focus (LiaisonDataset      *dataset,
              const LiaisonSubset *visible,
              const char          *seeds,
              guint                depth,
              const char          *expected)
{
  g_auto(GStrv) ids = g_strsplit (seeds, " ", -1);
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(LiaisonSubset) focus = NULL;
  g_autofree char *found = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint index = liaison_test_entity_index (dataset, ids[i]);

      g_array_append_val (indices, index);
    }

  focus = liaison_neighbourhood_new (dataset, visible, (guint *) (gpointer) indices->data, indices->len, depth);
  found = subset_ids (dataset, focus);
  g_assert_cmpstr (found, ==, expected);
}

static void
test_neighbourhood_depths (void)
{
  g_autoptr(LiaisonDataset) dataset = load_chain ();

  /* Direction is ignored: c reaches b against ab's arrow and d across an
   * undirected relation; x → c, between two neighbours, comes along.
   */
  assert_focus (dataset, NULL, "c", 1, "b c d x | cb cd bx xc");
  assert_focus (dataset, NULL, "c", 2, "a b c d e x | ab cb cd ed bx xc");
  assert_focus (dataset, NULL, "a", 1, "a b | ab");
  assert_focus (dataset, NULL, "a", 2, "a b c x | ab cb bx xc");
  assert_focus (dataset, NULL, "a", 3, "a b c d x | ab cb cd bx xc");
  assert_focus (dataset, NULL, "e", 3, "b c d e x | cb cd ed bx xc");
  assert_focus (dataset, NULL, "a", 0, "a |");
  assert_focus (dataset, NULL, "f", 3, "f |");
  /* Several seeds at once. */
  assert_focus (dataset, NULL, "a e", 1, "a b d e | ab ed");
  assert_focus (dataset, NULL, "a f", 1, "a b f | ab");
}

static void
test_neighbourhood_self_loop_and_parallel (void)
{
  g_autoptr(LiaisonDataset) dataset = load_graph ("a b c", "a>a:aa a>b:ab1 b>a:ba a>b:ab2 b>c:bc");

  /* A self-loop is a relation between two focused entities (the same
   * one twice); parallel relations come each on its own.
   */
  assert_focus (dataset, NULL, "a", 1, "a b | aa ab1 ba ab2");
  assert_focus (dataset, NULL, "c", 1, "b c | bc");
}

/* The filters apply first: a walk neither crosses a filtered relation nor
 * reaches a filtered entity.
 */
static void
test_neighbourhood_filtered (void)
{
  g_autoptr(LiaisonDataset) dataset = load_graph ("a b c d",
                                                  "a>b:ab#owns@2010 b>c:bc#funds@2019-03 a>d:ad#funds c>d:cd#owns@2020");
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonSubset) visible = NULL;
  LiaisonDateRange range;

  assert_focus (dataset, NULL, "a", 1, "a b d | ab ad");

  liaison_view_state_set_relation_type_visible (state, "owns", FALSE);
  visible = liaison_view_state_dup_filtered (state);
  g_assert_cmpuint (liaison_subset_get_n_entities (visible), ==, 4);
  g_assert_cmpuint (liaison_subset_get_n_relations (visible), ==, 2);
  assert_focus (dataset, visible, "a", 3, "a d | ad");
  assert_focus (dataset, visible, "b", 1, "b c | bc");
  g_clear_pointer (&visible, liaison_subset_unref);

  /* Until 2019 (the whole year): bc (March 2019) stays, cd (2020) goes,
   * and so does ad, undated, once undated relations are hidden.
   */
  liaison_view_state_set_relation_type_visible (state, "owns", TRUE);
  liaison_date_range_init (&range);
  g_assert_true (liaison_date_get_period ("2019", &range.since, &range.until));
  range.since = LIAISON_DAY_MIN;
  range.hide_undated = TRUE;
  liaison_view_state_set_date_range (state, &range);
  visible = liaison_view_state_dup_filtered (state);
  assert_focus (dataset, visible, "a", 1, "a b | ab");
  assert_focus (dataset, visible, "d", 3, "d |");
  assert_focus (dataset, visible, "c", 2, "a b c | ab bc");
  g_clear_pointer (&visible, liaison_subset_unref);

  /* An entity whose type is off is never reached, nor is it a seed. */
  {
    g_autoptr(LiaisonDataset) typed = liaison_test_load_text (
      "{\"entities\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"},"
      " {\"id\": \"b\", \"label\": \"B\", \"type\": \"company\"}, {\"id\": \"c\", \"label\": \"C\", \"type\": \"person\"}],"
      " \"relations\": [{\"id\": \"ab\", \"from\": \"a\", \"to\": \"b\"}, {\"id\": \"bc\", \"from\": \"b\", \"to\": \"c\"},"
      " {\"id\": \"ac\", \"from\": \"a\", \"to\": \"c\"}]}");
    g_autoptr(LiaisonViewState) typed_state = liaison_view_state_new (typed);

    liaison_view_state_set_entity_type_visible (typed_state, "company", FALSE);
    visible = liaison_view_state_dup_filtered (typed_state);
    g_assert_cmpuint (liaison_subset_get_n_entities (visible), ==, 2);
    assert_focus (typed, visible, "a", 2, "a c | ac");
    assert_focus (typed, visible, "b", 2, "|");
    g_clear_pointer (&visible, liaison_subset_unref);
  }
}

static void
test_neighbourhood_expand_and_hide (void)
{
  g_autoptr(LiaisonDataset) dataset = load_chain ();
  g_autoptr(LiaisonSubset) shown = NULL;
  g_autofree char *ids = NULL;
  guint a = liaison_test_entity_index (dataset, "a"), c = liaison_test_entity_index (dataset, "c"), e = liaison_test_entity_index (dataset, "e");
  guint x = liaison_test_entity_index (dataset, "x"), b = liaison_test_entity_index (dataset, "b");

  shown = liaison_neighbourhood_new (dataset, NULL, &a, 1, 1);
  liaison_neighbourhood_expand (dataset, NULL, shown, &c, 1, 1);
  /* c came in with its neighbours, and with them every relation between
   * two shown entities, old and new.
   */
  ids = subset_ids (dataset, shown);
  g_assert_cmpstr (ids, ==, "a b c d x | ab cb cd bx xc");
  g_clear_pointer (&ids, g_free);

  liaison_neighbourhood_hide (dataset, shown, &x, 1);
  ids = subset_ids (dataset, shown);
  g_assert_cmpstr (ids, ==, "a b c d | ab cb cd");
  g_clear_pointer (&ids, g_free);

  /* Expanding e by two walks through d, shown already, and stops there. */
  liaison_neighbourhood_expand (dataset, NULL, shown, &e, 1, 2);
  ids = subset_ids (dataset, shown);
  g_assert_cmpstr (ids, ==, "a b c d e | ab cb cd ed");
  g_clear_pointer (&ids, g_free);

  /* Expanding b by one brings x back, with both its relations. */
  liaison_neighbourhood_expand (dataset, NULL, shown, &b, 1, 1);
  ids = subset_ids (dataset, shown);
  g_assert_cmpstr (ids, ==, "a b c d e x | ab cb cd ed bx xc");
}

static void
test_subset (void)
{
  g_autoptr(LiaisonSubset) subset = liaison_subset_new (130, 3);
  g_autoptr(LiaisonSubset) full = liaison_subset_new_full (130, 3);
  g_autoptr(LiaisonSubset) copy = NULL;
  guint found = 0;

  g_assert_cmpuint (liaison_subset_get_n_entities (full), ==, 130);
  g_assert_cmpuint (liaison_subset_next_entity (full, 129), ==, 129);
  g_assert_cmpuint (liaison_subset_next_entity (full, 130), ==, LIAISON_SUBSET_END);
  g_assert_false (liaison_subset_has_entity (full, 130));

  g_assert_true (liaison_subset_add_entity (subset, 0));
  g_assert_true (liaison_subset_add_entity (subset, 64));
  g_assert_true (liaison_subset_add_entity (subset, 129));
  g_assert_false (liaison_subset_add_entity (subset, 64));
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 3);
  for (guint i = liaison_subset_next_entity (subset, 1); i != LIAISON_SUBSET_END;
       i = liaison_subset_next_entity (subset, i + 1))
    found = found * 1000 + i;
  g_assert_cmpuint (found, ==, 64129);

  copy = liaison_subset_copy (subset);
  g_assert_true (liaison_subset_equal (copy, subset));
  g_assert_true (liaison_subset_remove_entity (copy, 64));
  g_assert_false (liaison_subset_remove_entity (copy, 64));
  g_assert_false (liaison_subset_equal (copy, subset));
  g_assert_true (liaison_subset_add_relation (copy, 2));
  liaison_subset_union (copy, subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (copy), ==, 3);
  g_assert_cmpuint (liaison_subset_get_n_relations (copy), ==, 1);
  liaison_subset_union (copy, full);
  g_assert_true (liaison_subset_equal (copy, full));
}

/* Every shortest path, the slow way: paths extended one relation at a
 * time, breadth first, until some reach the end; each is a string of
 * relation indices.
 */
static GPtrArray *
brute_force_paths (LiaisonDataset      *dataset,
                   const LiaisonSubset *visible,
                   guint                from,
                   guint                to)
{
  g_autoptr(GPtrArray) level = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *start = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!liaison_subset_allows_entity (visible, from) || !liaison_subset_allows_entity (visible, to))
    {
      g_array_unref (start);
      return found;
    }

  /* A path is the entities it visits, then the relations it takes. */
  g_array_append_val (start, from);
  g_ptr_array_add (level, start);

  for (guint length = 0; length <= liaison_dataset_get_n_entities (dataset) && level->len > 0; length++)
    {
      g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

      for (guint p = 0; p < level->len; p++)
        {
          GArray *path = g_ptr_array_index (level, p);

          if (g_array_index (path, guint, length) == to)
            g_ptr_array_add (found, g_array_ref (path));
        }
      if (found->len > 0)
        break;

      for (guint p = 0; p < level->len; p++)
        {
          GArray *path = g_ptr_array_index (level, p);
          guint last = g_array_index (path, guint, length);

          for (guint r = 0; r < liaison_dataset_get_n_relations (dataset); r++)
            {
              const LiaisonRelation *rel = liaison_dataset_get_relation (dataset, r);
              guint other;
              gboolean visited = FALSE;
              GArray *longer;

              if (!liaison_subset_allows_relation (visible, rel) || (rel->from != last && rel->to != last))
                continue;
              other = rel->from == last ? rel->to : rel->from;
              for (guint k = 0; k <= length; k++)
                visited |= g_array_index (path, guint, k) == other;
              if (visited)
                continue;

              /* Entities first, relations after: rebuild the array. */
              longer = g_array_new (FALSE, FALSE, sizeof (guint));
              g_array_append_vals (longer, path->data, length + 1);
              g_array_append_val (longer, other);
              g_array_append_vals (longer, &g_array_index (path, guint, length + 1), path->len - length - 1);
              g_array_append_val (longer, r);
              g_ptr_array_add (next, longer);
            }
        }

      g_ptr_array_set_size (level, 0);
      g_ptr_array_extend_and_steal (level, g_steal_pointer (&next));
    }

  return found;
}

static char *
path_key (GArray *relations_then_entities,
          guint   n_entities)
{
  GString *key = g_string_new (NULL);

  for (guint i = n_entities; i < relations_then_entities->len; i++)
    g_string_append_printf (key, "%u,", g_array_index (relations_then_entities, guint, i));
  return g_string_free (key, FALSE);
}

static char *
listed_path_key (GArray *path)
{
  GString *key = g_string_new (NULL);

  for (guint i = 1; i < path->len; i++)
    g_string_append_printf (key, "%u,", g_array_index (path, LiaisonPathStep, i).relation);
  return g_string_free (key, FALSE);
}

static LiaisonDataset *
random_graph (GRand *rand,
              guint  n_entities,
              guint  n_relations)
{
  GString *entities = g_string_new (NULL);
  GString *relations = g_string_new (NULL);
  LiaisonDataset *dataset;

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (entities, "%se%u", i > 0 ? " " : "", i);
  for (guint i = 0; i < n_relations; i++)
    g_string_append_printf (relations, "%se%u%ce%u:r%u", i > 0 ? " " : "",
                            g_rand_int_range (rand, 0, n_entities), g_rand_boolean (rand) ? '>' : '-',
                            g_rand_int_range (rand, 0, n_entities), i);

  dataset = load_graph (entities->str, relations->str);
  g_string_free (entities, TRUE);
  g_string_free (relations, TRUE);
  return dataset;
}

/* On random small graphs (a fixed seed), with parallel relations,
 * self-loops and a random filter: the entities and relations on shortest
 * paths, their count and the listed paths agree with brute force.
 */
static void
test_paths_against_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20190903);
  guint n_connected = 0, n_multiple = 0;

  for (guint round = 0; round < 300; round++)
    {
      guint n_entities = g_rand_int_range (rand, 2, 12);
      g_autoptr(LiaisonDataset) dataset = random_graph (rand, n_entities, g_rand_int_range (rand, 0, 3 * n_entities));
      g_autoptr(LiaisonSubset) visible = NULL;
      guint n_relations = liaison_dataset_get_n_relations (dataset);

      /* Half the rounds filter out a fifth of the relations and, now and
       * then, an entity.
       */
      if (round % 2 == 1)
        visible = liaison_test_random_filter (rand, dataset);

      for (guint from = 0; from < n_entities; from++)
        for (guint to = 0; to < n_entities; to++)
          {
            g_autoptr(LiaisonShortestPaths) paths = NULL;
            g_autoptr(GPtrArray) expected = brute_force_paths (dataset, visible, from, to);
            g_autoptr(LiaisonSubset) on_paths = liaison_subset_new (n_entities, n_relations);
            g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
            g_autoptr(GPtrArray) listed = NULL;
            g_autoptr(GError) error = NULL;
            guint64 n_more;

            paths = liaison_shortest_paths_find (dataset, visible, from, to, NULL, &error);
            g_assert_no_error (error);

            for (guint p = 0; p < expected->len; p++)
              {
                GArray *path = g_ptr_array_index (expected, p);
                guint length = (path->len - 1) / 2;

                for (guint k = 0; k <= length; k++)
                  liaison_subset_add_entity (on_paths, g_array_index (path, guint, k));
                for (guint k = length + 1; k < path->len; k++)
                  liaison_subset_add_relation (on_paths, g_array_index (path, guint, k));
                g_hash_table_add (keys, path_key (path, length + 1));
              }

            g_assert_cmpint (liaison_shortest_paths_is_connected (paths), ==, expected->len > 0);
            g_assert_true (liaison_subset_equal (liaison_shortest_paths_get_subset (paths), on_paths));
            g_assert_cmpuint (liaison_shortest_paths_count (paths), ==, expected->len);
            if (expected->len > 0)
              {
                GArray *first = g_ptr_array_index (expected, 0);

                g_assert_cmpuint (liaison_shortest_paths_get_length (paths), ==, (first->len - 1) / 2);
                n_connected++;
                n_multiple += expected->len > 1;
              }

            /* Listed: distinct paths, each a real shortest path, from the
             * start to the end, as many as asked for and the rest counted.
             */
            listed = liaison_shortest_paths_list (paths, 3, &n_more);
            g_assert_cmpuint (listed->len, ==, MIN (3, expected->len));
            g_assert_cmpuint (listed->len + n_more, ==, expected->len);
            for (guint p = 0; p < listed->len; p++)
              {
                GArray *path = g_ptr_array_index (listed, p);
                g_autofree char *key = listed_path_key (path);

                g_assert_cmpuint (g_array_index (path, LiaisonPathStep, 0).entity, ==, from);
                g_assert_cmpuint (g_array_index (path, LiaisonPathStep, path->len - 1).entity, ==, to);
                g_assert_true (g_hash_table_remove (keys, key));
              }
          }
    }

  /* The rounds did test something. */
  g_assert_cmpuint (n_connected, >, 1000);
  g_assert_cmpuint (n_multiple, >, 100);
}

static char *
list_paths (LiaisonDataset       *dataset,
            LiaisonShortestPaths *paths,
            guint                 max_paths)
{
  g_autoptr(GPtrArray) listed = NULL;
  GString *text = g_string_new (NULL);
  guint64 n_more;

  listed = liaison_shortest_paths_list (paths, max_paths, &n_more);
  for (guint i = 0; i < listed->len; i++)
    {
      g_autofree char *line = liaison_path_dup_text (dataset, g_ptr_array_index (listed, i));

      g_string_append_printf (text, "%s\n", line);
    }
  if (n_more > 0)
    g_string_append_printf (text, "and %" G_GUINT64_FORMAT " more\n", n_more);

  return g_string_free (text, FALSE);
}

static void
test_paths_parallel_relations (void)
{
  /* a ⇉ b (two), b ⇶ c (three: one each way and one undirected), and a
   * way through e beside it; b — e joins two entities on shortest paths
   * but is on none.
   */
  g_autoptr(LiaisonDataset) dataset = load_graph ("a b c e",
                                                  "a>b:ab1 a>b:ab2 b>c:bc1 c>b:cb b-c:bc2 a>e:ae e>c:ec b-e:be");
  g_autoptr(LiaisonShortestPaths) paths = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *all = NULL;
  g_autofree char *two = NULL;

  paths = liaison_shortest_paths_find (dataset, NULL, liaison_test_entity_index (dataset, "a"), liaison_test_entity_index (dataset, "c"), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (liaison_shortest_paths_is_connected (paths));
  g_assert_cmpuint (liaison_shortest_paths_get_length (paths), ==, 2);
  g_assert_cmpuint (liaison_shortest_paths_count (paths), ==, 7);
  ids = subset_ids (dataset, liaison_shortest_paths_get_subset (paths));
  g_assert_cmpstr (ids, ==, "a b c e | ab1 ab2 bc1 cb bc2 ae ec");

  all = list_paths (dataset, paths, LIAISON_MAX_LISTED_PATHS);
  g_assert_cmpstr (all, ==,
                   "A —ab1→ B —bc1→ C\n"
                   "A —ab1→ B —bc2— C\n"
                   "A —ab1→ B ←cb— C\n"
                   "A —ab2→ B —bc1→ C\n"
                   "A —ab2→ B —bc2— C\n"
                   "A —ab2→ B ←cb— C\n"
                   "A —ae→ E —ec→ C\n");
  two = list_paths (dataset, paths, 2);
  g_assert_cmpstr (two, ==, "A —ab1→ B —bc1→ C\nA —ab1→ B —bc2— C\nand 5 more\n");
  g_clear_pointer (&paths, liaison_shortest_paths_free);

  /* Backwards, the same relations read the other way. */
  paths = liaison_shortest_paths_find (dataset, NULL, liaison_test_entity_index (dataset, "c"), liaison_test_entity_index (dataset, "a"), NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&two, g_free);
  two = list_paths (dataset, paths, 1);
  g_assert_cmpstr (two, ==, "C —cb→ B ←ab1— A\nand 6 more\n");
  g_clear_pointer (&paths, liaison_shortest_paths_free);

  /* From an entity to itself: no relation, one path. */
  paths = liaison_shortest_paths_find (dataset, NULL, liaison_test_entity_index (dataset, "b"), liaison_test_entity_index (dataset, "b"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_shortest_paths_get_length (paths), ==, 0);
  g_assert_cmpuint (liaison_shortest_paths_count (paths), ==, 1);
  g_clear_pointer (&ids, g_free);
  ids = subset_ids (dataset, liaison_shortest_paths_get_subset (paths));
  g_assert_cmpstr (ids, ==, "b |");
}

static void
test_paths_no_connection (void)
{
  g_autoptr(LiaisonDataset) dataset = load_graph ("a b c d e f", "a>b:ab c-b:cb d>e:de b>c:bc2");
  g_autoptr(LiaisonShortestPaths) paths = NULL;
  g_autoptr(LiaisonSubset) component = NULL;
  g_autoptr(LiaisonSubset) visible = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  guint64 n_more = 42;

  paths = liaison_shortest_paths_find (dataset, NULL, liaison_test_entity_index (dataset, "a"), liaison_test_entity_index (dataset, "e"), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (liaison_shortest_paths_is_connected (paths));
  g_assert_cmpuint (liaison_shortest_paths_get_length (paths), ==, G_MAXUINT);
  g_assert_cmpuint (liaison_shortest_paths_count (paths), ==, 0);
  g_assert_cmpuint (liaison_subset_get_n_entities (liaison_shortest_paths_get_subset (paths)), ==, 0);
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_FROM), ==, 3);
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_TO), ==, 2);
  component = liaison_shortest_paths_dup_component (paths, LIAISON_PATH_FROM);
  ids = subset_ids (dataset, component);
  g_assert_cmpstr (ids, ==, "a b c | ab cb bc2");
  g_clear_pointer (&component, liaison_subset_unref);
  component = liaison_shortest_paths_dup_component (paths, LIAISON_PATH_TO);
  g_clear_pointer (&ids, g_free);
  ids = subset_ids (dataset, component);
  g_assert_cmpstr (ids, ==, "d e | de");
  listed = liaison_shortest_paths_list (paths, 100, &n_more);
  g_assert_cmpuint (listed->len, ==, 0);
  g_assert_cmpuint (n_more, ==, 0);
  g_clear_pointer (&paths, liaison_shortest_paths_free);
  g_clear_pointer (&component, liaison_subset_unref);

  /* An entity alone is a component of one. */
  paths = liaison_shortest_paths_find (dataset, NULL, liaison_test_entity_index (dataset, "f"), liaison_test_entity_index (dataset, "c"), NULL, &error);
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_FROM), ==, 1);
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_TO), ==, 3);
  g_clear_pointer (&paths, liaison_shortest_paths_free);

  /* The filters cut a component in two: without both b — c relations,
   * a and c are apart.
   */
  visible = liaison_subset_new_full (6, 4);
  liaison_subset_remove_relation (visible, relation (dataset, "cb"));
  liaison_subset_remove_relation (visible, relation (dataset, "bc2"));
  paths = liaison_shortest_paths_find (dataset, visible, liaison_test_entity_index (dataset, "a"), liaison_test_entity_index (dataset, "c"), NULL, &error);
  g_assert_false (liaison_shortest_paths_is_connected (paths));
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_FROM), ==, 2);
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_TO), ==, 1);
  g_clear_pointer (&paths, liaison_shortest_paths_free);

  /* A filtered-out end is connected to nothing, in no component. */
  liaison_subset_remove_entity (visible, liaison_test_entity_index (dataset, "d"));
  paths = liaison_shortest_paths_find (dataset, visible, liaison_test_entity_index (dataset, "d"), liaison_test_entity_index (dataset, "e"), NULL, &error);
  g_assert_false (liaison_shortest_paths_is_connected (paths));
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_FROM), ==, 0);
  g_assert_cmpuint (liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_TO), ==, 1);
}

/* A mesh of 33 layers of four entities, each joined to every entity of
 * the next: 4^33 shortest paths, more than 64 bits count. They are
 * counted, saturating, and never walked.
 */
static void
test_paths_mesh (void)
{
  GString *entities = g_string_new ("s t");
  GString *relations = g_string_new (NULL);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonShortestPaths) paths = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_more;
  guint n = 0;

  for (guint layer = 0; layer < 33; layer++)
    for (guint k = 0; k < 4; k++)
      {
        g_string_append_printf (entities, " n%u_%u", layer, k);
        if (layer == 0)
          g_string_append_printf (relations, "s>n0_%u:r%u ", k, n++);
        else
          for (guint j = 0; j < 4; j++)
            g_string_append_printf (relations, "n%u_%u>n%u_%u:r%u ", layer - 1, j, layer, k, n++);
        if (layer == 32)
          g_string_append_printf (relations, "n32_%u>t:r%u ", k, n++);
      }
  g_string_truncate (relations, relations->len - 1);
  dataset = load_graph (entities->str, relations->str);
  g_string_free (entities, TRUE);
  g_string_free (relations, TRUE);

  paths = liaison_shortest_paths_find (dataset, NULL, liaison_test_entity_index (dataset, "s"), liaison_test_entity_index (dataset, "t"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_shortest_paths_get_length (paths), ==, 34);
  g_assert_cmpuint (liaison_shortest_paths_count (paths), ==, G_MAXUINT64);
  g_assert_cmpuint (liaison_subset_get_n_entities (liaison_shortest_paths_get_subset (paths)), ==, 134);
  g_assert_cmpuint (liaison_subset_get_n_relations (liaison_shortest_paths_get_subset (paths)), ==, n);

  listed = liaison_shortest_paths_list (paths, LIAISON_MAX_LISTED_PATHS, &n_more);
  g_assert_cmpuint (listed->len, ==, 100);
  g_assert_cmpuint (n_more, ==, G_MAXUINT64);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (listed, 99))->len, ==, 35);
}

static void
test_paths_cancelled (void)
{
  GString *entities = g_string_new ("e0");
  GString *relations = g_string_new (NULL);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LiaisonShortestPaths) paths = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i < 5000; i++)
    {
      g_string_append_printf (entities, " e%u", i);
      g_string_append_printf (relations, "%se%u>e%u:r%u", i > 1 ? " " : "", i - 1, i, i);
    }
  dataset = load_graph (entities->str, relations->str);
  g_string_free (entities, TRUE);
  g_string_free (relations, TRUE);

  paths = liaison_shortest_paths_find (dataset, NULL, 0, 4999, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_shortest_paths_get_length (paths), ==, 4999);
  g_clear_pointer (&paths, liaison_shortest_paths_free);

  g_cancellable_cancel (cancellable);
  paths = liaison_shortest_paths_find (dataset, NULL, 0, 4999, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (paths);
}

static void
assert_period (const char *date,
               guint32     first,
               guint32     last)
{
  guint32 found_first = 0, found_last = 0;

  g_assert_true (liaison_date_get_period (date, &found_first, &found_last));
  g_assert_cmpuint (found_first, ==, first);
  g_assert_cmpuint (found_last, ==, last);
}

static void
test_date_periods (void)
{
  const char *invalid[] = { "", "19", "2019-13", "2019-02-29", "2019-9", "2019/09/03", "2019-09-03T25:00", "next year" };
  guint32 first = 7, last = 7;

  assert_period ("2018", 20180101, 20181231);
  assert_period ("2018-12", 20181201, 20181231);
  assert_period ("2012-02", 20120201, 20120231);
  assert_period ("2019-09-03", 20190903, 20190903);
  assert_period ("2020-02-29", 20200229, 20200229);
  assert_period ("2019-09-03T20:27:00+09:00", 20190903, 20190903);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_assert_false (liaison_date_get_period (invalid[i], &first, &last));
      g_assert_cmpuint (first, ==, 7);
    }
}

static LiaisonDateRange
make_range (const char *since,
            const char *until,
            gboolean    hide_undated)
{
  LiaisonDateRange range;
  guint32 ignored;

  liaison_date_range_init (&range);
  if (since != NULL)
    g_assert_true (liaison_date_get_period (since, &range.since, &ignored));
  if (until != NULL)
    g_assert_true (liaison_date_get_period (until, &ignored, &range.until));
  range.hide_undated = hide_undated;
  return range;
}

static void
test_date_range (void)
{
  LiaisonDateRange everything = make_range (NULL, NULL, FALSE);
  LiaisonDateRange since = make_range ("2018-12", NULL, FALSE);
  LiaisonDateRange until = make_range (NULL, "2012-06", TRUE);
  LiaisonDateRange day = make_range ("2019-09-03", "2019-09-03", FALSE);

  g_assert_true (liaison_date_range_is_everything (&everything));
  g_assert_true (liaison_date_range_contains (&everything, NULL));
  g_assert_true (liaison_date_range_contains (&everything, "1066"));
  g_assert_false (liaison_date_range_is_everything (&since));

  /* A partial date counts when any of it is in the range. */
  g_assert_true (liaison_date_range_contains (&since, "2018"));
  g_assert_true (liaison_date_range_contains (&since, "2018-12"));
  g_assert_true (liaison_date_range_contains (&since, "2018-12-01"));
  g_assert_false (liaison_date_range_contains (&since, "2018-11"));
  g_assert_false (liaison_date_range_contains (&since, "2018-11-30"));
  g_assert_false (liaison_date_range_contains (&since, "2017"));
  g_assert_true (liaison_date_range_contains (&since, "2031"));
  g_assert_true (liaison_date_range_contains (&since, NULL));

  /* Until June 2012 is until its last day, whatever the month's length. */
  g_assert_true (liaison_date_range_contains (&until, "2012-06-30"));
  g_assert_true (liaison_date_range_contains (&until, "2012-06"));
  g_assert_true (liaison_date_range_contains (&until, "2012"));
  g_assert_false (liaison_date_range_contains (&until, "2012-07-01"));
  g_assert_false (liaison_date_range_contains (&until, "2012-07"));
  g_assert_false (liaison_date_range_contains (&until, "2013"));
  g_assert_false (liaison_date_range_contains (&until, NULL));

  g_assert_true (liaison_date_range_contains (&day, "2019"));
  g_assert_true (liaison_date_range_contains (&day, "2019-09"));
  g_assert_true (liaison_date_range_contains (&day, "2019-09-03T23:59:00Z"));
  g_assert_false (liaison_date_range_contains (&day, "2019-09-04"));
  g_assert_false (liaison_date_range_contains (&day, "2019-08"));

  g_assert_false (liaison_date_range_equal (&since, &until));
  g_assert_true (liaison_date_range_equal (&day, &day));
}

static void
count_cb (LiaisonViewState *state,
          gpointer          user_data)
{
  (*(guint *) user_data)++;
}

/* The view state shows a subset through the same two questions it has
 * always answered, so the graph builder, the layout, the exporters and
 * the metrics all follow a focus without knowing of it.
 */
static void
test_view_state_subset (void)
{
  g_autoptr(LiaisonDataset) dataset = load_graph ("a b c d", "a>b:ab@2010 b>c:bc@2019-03 c>d:cd a>c:ac@2021");
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewState) copy = NULL;
  g_autoptr(LiaisonSubset) visible = NULL;
  g_autoptr(LiaisonSubset) focus = NULL;
  g_autoptr(GBytes) dot = NULL;
  LiaisonDateRange range = make_range ("2011", "2020", FALSE);
  LiaisonDateRange found;
  LiaisonGraphSize size;
  guint changes = 0;
  guint b = liaison_test_entity_index (dataset, "b");

  g_signal_connect (state, "visibility-changed", G_CALLBACK (count_cb), &changes);
  g_assert_true (liaison_view_state_is_everything_visible (state));

  liaison_view_state_set_date_range (state, &range);
  liaison_view_state_set_date_range (state, &range);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_false (liaison_view_state_is_everything_visible (state));
  liaison_view_state_get_date_range (state, &found);
  g_assert_true (liaison_date_range_equal (&found, &range));

  /* Out-of-range relations leave; every entity stays. */
  g_assert_false (liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, 0)));
  g_assert_true (liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, 1)));
  g_assert_true (liaison_view_state_is_entity_visible (state, liaison_test_entity_index (dataset, "a")));

  visible = liaison_view_state_dup_filtered (state);
  focus = liaison_neighbourhood_new (dataset, visible, &b, 1, 1);
  {
    g_autofree char *ids = subset_ids (dataset, focus);

    g_assert_cmpstr (ids, ==, "b c | bc");
  }

  liaison_view_state_set_subset (state, focus);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (liaison_view_state_get_subset (state) == focus);
  g_assert_false (liaison_view_state_is_entity_visible (state, liaison_test_entity_index (dataset, "a")));
  g_assert_true (liaison_view_state_is_entity_visible (state, b));
  g_assert_false (liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, 2)));

  /* A copy, as a layout on another thread takes, shows the same. */
  copy = liaison_view_state_copy_visibility (state);
  g_assert_true (liaison_view_state_get_subset (copy) == focus);
  liaison_view_state_get_date_range (copy, &found);
  g_assert_true (liaison_date_range_equal (&found, &range));

  /* And so does the graph that is laid out. */
  dot = liaison_graph_build_dot (dataset, copy, LIAISON_LAYOUT_ENGINE_AUTO, &size);
  g_assert_cmpuint (size.n_nodes, ==, 2);
  g_assert_cmpuint (size.n_edges, ==, 1);

  /* The filters still apply to the subset: narrowing the dates drops bc. */
  range = make_range ("2020", NULL, FALSE);
  liaison_view_state_set_date_range (state, &range);
  g_assert_false (liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, 1)));

  liaison_view_state_set_subset (state, NULL);
  liaison_view_state_set_subset (state, NULL);
  g_assert_cmpuint (changes, ==, 4);
  g_assert_true (liaison_view_state_is_entity_visible (state, liaison_test_entity_index (dataset, "a")));
}

/* A large focus is laid out radially, its rings scaled apart rather than
 * pushed about by prism; the whole graph keeps the usual choice.
 */
static void
test_explored_layout_engine (void)
{
  GString *entities = g_string_new ("e0");
  GString *relations = g_string_new (NULL);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonViewState) state = NULL;
  g_autoptr(LiaisonSubset) focus = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GBytes) focused = NULL;
  guint hub = 0, leaf = 1;

  /* A star of 400 around e0: too many entities for neato. */
  for (guint i = 1; i <= 400; i++)
    {
      g_string_append_printf (entities, " e%u", i);
      g_string_append_printf (relations, "%se0>e%u:r%u", i > 1 ? " " : "", i, i);
    }
  dataset = load_graph (entities->str, relations->str);
  g_string_free (entities, TRUE);
  g_string_free (relations, TRUE);
  state = liaison_view_state_new (dataset);

  g_assert_cmpint (liaison_graph_choose_engine (dataset, state), ==, LIAISON_LAYOUT_ENGINE_SFDP);
  whole = liaison_graph_build_dot (dataset, state, LIAISON_LAYOUT_ENGINE_AUTO, NULL);
  g_assert_null (strstr (g_bytes_get_data (whole, NULL), "overlap=scale"));

  focus = liaison_neighbourhood_new (dataset, NULL, &hub, 1, 1);
  liaison_view_state_set_subset (state, focus);
  g_assert_cmpint (liaison_graph_choose_engine (dataset, state), ==, LIAISON_LAYOUT_ENGINE_TWOPI);
  focused = liaison_graph_build_dot (dataset, state, LIAISON_LAYOUT_ENGINE_AUTO, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (focused, NULL), "overlap=scale"));
  g_clear_pointer (&focus, liaison_subset_unref);

  /* A small focus gets what a small graph gets. */
  focus = liaison_neighbourhood_new (dataset, NULL, &leaf, 1, 1);
  liaison_view_state_set_subset (state, focus);
  g_assert_cmpint (liaison_graph_choose_engine (dataset, state), ==, LIAISON_LAYOUT_ENGINE_DOT);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/explore/subset", test_subset);
  g_test_add_func ("/explore/neighbourhood/depths", test_neighbourhood_depths);
  g_test_add_func ("/explore/neighbourhood/self-loop-and-parallel", test_neighbourhood_self_loop_and_parallel);
  g_test_add_func ("/explore/neighbourhood/filtered", test_neighbourhood_filtered);
  g_test_add_func ("/explore/neighbourhood/expand-and-hide", test_neighbourhood_expand_and_hide);
  g_test_add_func ("/explore/paths/brute-force", test_paths_against_brute_force);
  g_test_add_func ("/explore/paths/parallel-relations", test_paths_parallel_relations);
  g_test_add_func ("/explore/paths/no-connection", test_paths_no_connection);
  g_test_add_func ("/explore/paths/mesh", test_paths_mesh);
  g_test_add_func ("/explore/paths/cancelled", test_paths_cancelled);
  g_test_add_func ("/explore/dates/periods", test_date_periods);
  g_test_add_func ("/explore/dates/range", test_date_range);
  g_test_add_func ("/explore/view-state", test_view_state_subset);
  g_test_add_func ("/explore/layout-engine", test_explored_layout_engine);

  return g_test_run ();
}

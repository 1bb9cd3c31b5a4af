/* test-keeping-layout.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The layout that keeps the graph's shape: entities that stay keep their
 * places when what is shown changes, new ones stand clear of the rest,
 * hidden ones come back where they were, and pins hold.
 */

#include "config.h"

#include <math.h>

#include "liaison-graph-builder.h"
#include "liaison-layout-keeping.h"
#include "liaison-neighbourhood.h"
#include "liaison-subset.h"
#include "liaison-test-util.h"

/* A random graph of @n entities and 2 @n relations, the same every time. */
static LiaisonDataset *
load_random_graph (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"Entity %u\"}", i > 0 ? ", " : "", i, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < 2 * n; i++)
    g_string_append_printf (json, "%s{\"from\": \"e%u\", \"to\": \"e%u\", \"label\": \"knows\"}",
                            i > 0 ? ", " : "", g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n));
  g_string_append (json, "]}");

  return liaison_test_load_text (json->str);
}

static gboolean
scene_position (LiaisonScene *scene,
                guint         entity,
                double       *x,
                double       *y)
{
  const LiaisonSceneElement *node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, entity);

  return node != NULL && liaison_parse_graphviz_point (node->graphviz_pos, x, y);
}

static LiaisonScene *
lay_out (LiaisonDataset        *dataset,
         LiaisonViewState      *state,
         LiaisonPositionMemory *memory)
{
  g_autoptr(GError) error = NULL;
  LiaisonScene *scene;

  scene = liaison_layout_keeping_run (dataset, state, memory, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (scene);
  liaison_position_memory_record (memory, scene);

  return scene;
}

/* No entity new to @after overlaps another, by more than rounding. */
static void
assert_new_clear (LiaisonScene *before,
                  LiaisonScene *after)
{
  guint n = liaison_scene_get_n_nodes (after);

  for (guint i = 0; i < n; i++)
    {
      const LiaisonSceneElement *a = liaison_scene_get_node (after, i);

      if (before != NULL && liaison_scene_lookup (before, LIAISON_ELEMENT_ENTITY, a->index) != NULL)
        continue;
      for (guint k = 0; k < n; k++)
        {
          const LiaisonSceneElement *b = liaison_scene_get_node (after, k);

          if (k == i)
            continue;
          if (fabs (a->x - b->x) < (a->width + b->width) / 2 - 1 &&
              fabs (a->y - b->y) < (a->height + b->height) / 2 - 1)
            g_error ("new entity %s overlaps %s", a->id, b->id);
        }
    }
}

/* The median of how far the entities of @before that @after still shows
 * moved, as a share of @after's diagonal.
 */
static double
median_move (LiaisonScene *before,
             LiaisonScene *after)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (double));
  const LiaisonRect *bounds = liaison_scene_get_bounds (after);
  double diagonal = hypot (bounds->x1 - bounds->x0, bounds->y1 - bounds->y0);

  for (guint i = 0; i < liaison_scene_get_n_nodes (before); i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (before, i);
      double x0, y0, x1, y1, move;

      if (!scene_position (after, node->index, &x1, &y1))
        continue;
      g_assert_true (scene_position (before, node->index, &x0, &y0));
      move = hypot (x1 - x0, y1 - y0) / diagonal;
      g_array_append_val (moves, move);
    }
  g_assert_cmpuint (moves->len, >, 0);

  return liaison_test_median (moves);
}

/* Focus, then expand five times: what stayed barely moves. */
static void
check_expansions (LiaisonDataset *dataset,
                  guint           seed)
{
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonSubset) shown = liaison_neighbourhood_new (dataset, NULL, &seed, 1, 1);
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GArray) medians = g_array_new (FALSE, FALSE, sizeof (double));
  double worst = 0;

  liaison_view_state_set_subset (state, shown);
  scene = lay_out (dataset, state, memory);
  g_hash_table_add (expanded, GUINT_TO_POINTER (seed + 1));

  for (guint step = 0; step < 5; step++)
    {
      guint next = liaison_test_most_connected_shown (dataset, scene, expanded);
      g_autoptr(LiaisonSubset) wider = liaison_subset_copy (liaison_view_state_get_subset (state));
      g_autoptr(LiaisonScene) after = NULL;
      double median;

      g_assert_cmpuint (next, !=, G_MAXUINT);
      g_hash_table_add (expanded, GUINT_TO_POINTER (next + 1));
      liaison_neighbourhood_expand (dataset, NULL, wider, &next, 1, 1);
      liaison_view_state_set_subset (state, wider);

      after = lay_out (dataset, state, memory);
      median = median_move (scene, after);
      assert_new_clear (scene, after);
      g_array_append_val (medians, median);
      worst = MAX (worst, median);
      g_test_message ("expansion %u: %u entities, median move of those that stayed %.2f %% of the diagonal",
                      step + 1, liaison_scene_get_n_nodes (after), 100 * median);
      g_set_object (&scene, after);
    }

  g_test_message ("worst median move over five expansions: %.2f %%", 100 * worst);
  g_assert_cmpfloat (worst, <, 0.05);
}

static void
test_expansions_random (void)
{
  g_autoptr(LiaisonDataset) dataset = load_random_graph (2000);

  check_expansions (dataset, 7);
}

static void
test_expansions_bundled (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();

  check_expansions (dataset, 0);
}

/* Hiding moves nothing; what comes back returns where it was. */
static void
test_hide_and_return (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonScene) whole = lay_out (dataset, state, memory);
  g_autoptr(LiaisonScene) fewer = NULL;
  g_autoptr(LiaisonScene) again = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  guint n = liaison_dataset_get_n_entities (dataset);
  guint hidden[] = { 1, 3 };

  g_assert_cmpuint (n, >, 4);
  shown = liaison_subset_new_full (n, liaison_dataset_get_n_relations (dataset));
  liaison_neighbourhood_hide (dataset, shown, hidden, G_N_ELEMENTS (hidden));
  liaison_view_state_set_subset (state, shown);

  fewer = lay_out (dataset, state, memory);
  g_assert_cmpuint (liaison_scene_get_n_nodes (fewer), ==, n - 2);
  g_assert_null (liaison_scene_lookup (fewer, LIAISON_ELEMENT_ENTITY, 1));
  g_assert_cmpfloat (median_move (whole, fewer), ==, 0);

  liaison_view_state_set_subset (state, NULL);
  again = lay_out (dataset, state, memory);
  for (guint i = 0; i < n; i++)
    {
      double x0, y0, x1, y1;

      g_assert_true (scene_position (whole, i, &x0, &y0));
      g_assert_true (scene_position (again, i, &x1, &y1));
      g_assert_cmpfloat_with_epsilon (x0, x1, 0.01);
      g_assert_cmpfloat_with_epsilon (y0, y1, 0.01);
    }
}

/* The engine menu names the engine that placed what is shown. A focus
 * none of whose entities had a place (the whole graph was laid out, by
 * sfdp, while they were filtered out) is laid out anew by the engine
 * chosen for it; hiding one of them then keeps the others' places, which
 * that engine found, not sfdp.
 */
static void
test_engine_of_kept_places (void)
{
  g_autoptr(LiaisonDataset) dataset = load_random_graph (400);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (400);
  g_autoptr(LiaisonSubset) shown = liaison_subset_new (400, liaison_dataset_get_n_relations (dataset));
  g_autoptr(LiaisonScene) focus = NULL;
  g_autoptr(LiaisonScene) fewer = NULL;
  g_autofree char *automatic = NULL;
  g_autofree char *expected = NULL;
  guint picked[150];
  guint hidden = 0;

  for (guint i = G_N_ELEMENTS (picked); i < 400; i++)
    liaison_position_memory_set (memory, i, 10.0 * i, 0);
  liaison_position_memory_set_engine (memory, "sfdp");

  for (guint i = 0; i < G_N_ELEMENTS (picked); i++)
    {
      picked[i] = i;
      liaison_subset_add_entity (shown, i);
    }
  liaison_neighbourhood_add_relations (dataset, NULL, shown, picked, G_N_ELEMENTS (picked));
  liaison_view_state_set_subset (state, shown);
  focus = lay_out (dataset, state, memory);
  g_assert_cmpstr (liaison_scene_get_engine (focus), !=, "sfdp");
  expected = g_strdup_printf ("Automatic (%s, ", liaison_scene_get_engine (focus));

  liaison_neighbourhood_hide (dataset, shown, &hidden, 1);
  liaison_view_state_set_subset (state, shown);
  fewer = lay_out (dataset, state, memory);
  g_assert_cmpuint (liaison_scene_get_n_nodes (fewer), ==, G_N_ELEMENTS (picked) - 1);
  g_assert_cmpfloat (median_move (focus, fewer), ==, 0);
  g_assert_cmpstr (liaison_scene_get_engine (fewer), ==, liaison_scene_get_engine (focus));
  automatic = liaison_graph_dup_automatic_name (fewer);
  g_assert_true (g_str_has_prefix (automatic, expected));
}

/* A pinned entity stays where it was put, through a layout from scratch. */
static void
test_pin_holds (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonScene) first = lay_out (dataset, state, memory);
  g_autoptr(LiaisonScene) again = NULL;
  double x, y;

  liaison_position_memory_set (memory, 2, -500, 400);
  liaison_position_memory_set_pinned (memory, 2, TRUE);
  liaison_position_memory_forget (memory, TRUE);
  g_assert_cmpuint (liaison_position_memory_get_n_pinned (memory), ==, 1);
  g_assert_false (liaison_position_memory_lookup (memory, 0, NULL, NULL));

  again = lay_out (dataset, state, memory);
  g_assert_true (scene_position (again, 2, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, -500, 0.01);
  g_assert_cmpfloat_with_epsilon (y, 400, 0.01);
  g_assert_cmpuint (liaison_scene_get_n_nodes (again), ==, liaison_scene_get_n_nodes (first));
  assert_new_clear (NULL, again);
}

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

/* A move pins; undo puts back the place and the pin, redo both again. */
static void
test_move_undo (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  guint entities[] = { 4 };
  guint changes = 0;
  double x, y;

  g_signal_connect_swapped (memory, "changed", G_CALLBACK (count_cb), &changes);
  liaison_position_memory_set (memory, 4, 100, 200);
  liaison_position_memory_move (memory, history, entities, 1, 30, -40);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (liaison_position_memory_lookup (memory, 4, &x, &y));
  g_assert_cmpfloat (x, ==, 130);
  g_assert_cmpfloat (y, ==, 160);
  g_assert_true (liaison_position_memory_is_pinned (memory, 4));
  g_assert_true (liaison_view_history_can_undo (history));

  g_assert_true (liaison_view_history_undo (history));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (liaison_position_memory_lookup (memory, 4, &x, &y));
  g_assert_cmpfloat (x, ==, 100);
  g_assert_cmpfloat (y, ==, 200);
  g_assert_false (liaison_position_memory_is_pinned (memory, 4));
  g_assert_cmpuint (liaison_position_memory_get_n_pinned (memory), ==, 0);

  g_assert_true (liaison_view_history_redo (history));
  g_assert_true (liaison_position_memory_lookup (memory, 4, &x, &y));
  g_assert_cmpfloat (x, ==, 130);
  g_assert_true (liaison_position_memory_is_pinned (memory, 4));

  /* Unpinning is a step too. */
  liaison_position_memory_pin (memory, history, entities, 1, FALSE);
  g_assert_false (liaison_position_memory_is_pinned (memory, 4));
  g_assert_true (liaison_view_history_undo (history));
  g_assert_true (liaison_position_memory_is_pinned (memory, 4));
}

static void
test_separate_boxes (void)
{
  /* Three new boxes on one spot, beside a placed one they overlap. */
  double xy[] = { 0, 0, 10, 0, 10, 0, 10, 0 };
  double size[] = { 80, 30, 60, 30, 60, 30, 60, 30 };
  guint8 movable[] = { FALSE, TRUE, TRUE, TRUE };
  guint members[] = { 0, 1, 2, 3 };

  liaison_separate_boxes (xy, size, movable, members, 4, 8);

  g_assert_cmpfloat (xy[0], ==, 0);
  g_assert_cmpfloat (xy[1], ==, 0);
  for (guint a = 0; a < 4; a++)
    for (guint b = a + 1; b < 4; b++)
      g_assert_true (fabs (xy[2 * a] - xy[2 * b]) >= (size[2 * a] + size[2 * b]) / 2 + 8 - 0.02 ||
                     fabs (xy[2 * a + 1] - xy[2 * b + 1]) >= (size[2 * a + 1] + size[2 * b + 1]) / 2 + 8 - 0.02);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/keeping-layout/separate-boxes", test_separate_boxes);
  g_test_add_func ("/keeping-layout/hide-and-return", test_hide_and_return);
  g_test_add_func ("/keeping-layout/engine-of-kept-places", test_engine_of_kept_places);
  g_test_add_func ("/keeping-layout/move-undo", test_move_undo);
  g_test_add_func ("/keeping-layout/pin-holds", test_pin_holds);
  g_test_add_func ("/keeping-layout/expansions-bundled", test_expansions_bundled);
  g_test_add_func ("/keeping-layout/expansions-random", test_expansions_random);

  return g_test_run ();
}

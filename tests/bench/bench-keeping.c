/* bench-keeping.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How well a layout keeps its shape: a focus, then five expansions, each
 * from the most connected entity shown and not yet expanded, on
 * synthetic graphs of 2,000 and 10,000 entities (on the larger, also a
 * focus three steps out, some 130 to 170 entities) and on the bundled
 * dataset. Prints how far the entities that stayed moved (median, as a
 * share of the view's diagonal; the reference is 5 %) and how long each
 * step took (the reference: half a second for a neighbourhood of 200
 * entities in a dataset of 10,000).
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "liaison-layout-keeping.h"
#include "liaison-neighbourhood.h"
#include "liaison-subset.h"
#include "liaison-test-util.h"
#include "synthetic.h"

/* In Graphviz's coordinates, or with @in_view in the scene's, whose
 * origin is the corner of what is drawn: what a view fitted to the graph
 * shows moving when the graph grows on one side.
 */
static double
median_move (LiaisonScene *before,
             LiaisonScene *after,
             gboolean      in_view)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (double));
  const LiaisonRect *bounds = liaison_scene_get_bounds (after);
  double diagonal = hypot (bounds->x1 - bounds->x0, bounds->y1 - bounds->y0);

  for (guint i = 0; i < liaison_scene_get_n_nodes (before); i++)
    {
      const LiaisonSceneElement *old = liaison_scene_get_node (before, i);
      const LiaisonSceneElement *now = liaison_scene_lookup (after, LIAISON_ELEMENT_ENTITY, old->index);
      double x0, y0, x1, y1, move;

      if (now == NULL || !liaison_parse_graphviz_point (old->graphviz_pos, &x0, &y0) ||
          !liaison_parse_graphviz_point (now->graphviz_pos, &x1, &y1))
        continue;
      if (in_view)
        move = hypot (now->x - old->x, now->y - old->y) / diagonal;
      else
        move = hypot (x1 - x0, y1 - y0) / diagonal;
      g_array_append_val (moves, move);
    }

  return moves->len > 0 ? liaison_test_median (moves) : 0;
}

static LiaisonScene *
lay_out (LiaisonDataset        *dataset,
         LiaisonViewState      *state,
         LiaisonPositionMemory *memory,
         double                *ms)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  LiaisonScene *scene = liaison_layout_keeping_run (dataset, state, memory, LIAISON_LAYOUT_ENGINE_AUTO,
                                                    120, NULL, &error);

  if (scene == NULL)
    g_error ("%s", error->message);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  liaison_position_memory_record (memory, scene);

  return scene;
}

static void
run (const char     *name,
     LiaisonDataset *dataset,
     guint           seed,
     guint           depth,
     guint           n_steps)
{
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonSubset) shown = liaison_neighbourhood_new (dataset, NULL, &seed, 1, depth);
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  g_autoptr(LiaisonScene) scene = NULL;
  double worst = 0, ms;

  liaison_view_state_set_subset (state, shown);
  scene = lay_out (dataset, state, memory, &ms);
  g_hash_table_add (expanded, GUINT_TO_POINTER (seed + 1));
  printf ("%s, %u entities: focus at depth %u, %u shown, %.0f ms\n", name,
          liaison_dataset_get_n_entities (dataset), depth, liaison_scene_get_n_nodes (scene), ms);

  for (guint step = 1; step <= n_steps; step++)
    {
      guint next = liaison_test_most_connected_shown (dataset, scene, expanded);
      g_autoptr(LiaisonSubset) wider = NULL;
      g_autoptr(LiaisonScene) after = NULL;
      double median, in_view;

      if (next == G_MAXUINT)
        break;
      wider = liaison_subset_copy (liaison_view_state_get_subset (state));
      g_hash_table_add (expanded, GUINT_TO_POINTER (next + 1));
      liaison_neighbourhood_expand (dataset, NULL, wider, &next, 1, 1);
      liaison_view_state_set_subset (state, wider);
      after = lay_out (dataset, state, memory, &ms);
      median = median_move (scene, after, FALSE);
      in_view = median_move (scene, after, TRUE);
      worst = MAX (worst, median);
      printf ("  expansion %u: %4u shown, median move of those that stayed %5.2f %% of the diagonal "
              "(%5.2f %% from the drawing's corner), %.0f ms\n",
              step, liaison_scene_get_n_nodes (after), 100 * median, 100 * in_view, ms);
      g_set_object (&scene, after);
    }

  printf ("  worst median move: %.2f %% (reference: under 5 %%)\n\n", 100 * worst);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) json = synthetic_dataset_json (2000, 20190903);
  g_autoptr(LiaisonDataset) synthetic = liaison_test_load_text (json->str);
  g_autoptr(GString) large_json = synthetic_dataset_json (10000, 20190903);
  g_autoptr(LiaisonDataset) large = liaison_test_load_text (large_json->str);
  g_autoptr(LiaisonDataset) bundled = liaison_test_load_bundled ();

  run ("Synthetic", synthetic, 0, 1, 5);
  run ("Synthetic", large, 0, 1, 5);
  run ("Synthetic", large, 0, 3, 5);
  run ("Bundled", bundled, 0, 1, 5);

  return 0;
}

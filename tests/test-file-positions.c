/* test-file-positions.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "liaison-dataset-builder.h"
#include "liaison-file-positions.h"
#include "liaison-graph-builder.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"

#define STRING(s) ((LiaisonValue) { LIAISON_VALUE_STRING, (s) })

typedef struct
{
  const char *id;
  gboolean    has_position;
  double      x, y;
} Point;

/* Entities a, b, c…, and a relation from the first to each other. */
static LiaisonDataset *
make_dataset (const Point *points,
              guint        n_points)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("points.graphml");
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  for (guint i = 0; i < n_points; i++)
    {
      LiaisonLocation location = liaison_location_line (i + 1, 0);
      LiaisonEntityInput entity = { { 0 } };

      entity.id = STRING (points[i].id);
      entity.label = STRING (points[i].id);
      entity.has_position = points[i].has_position;
      entity.x = points[i].x;
      entity.y = points[i].y;
      liaison_dataset_builder_add_entity (builder, &location, &entity);
    }
  for (guint i = 1; i < n_points; i++)
    {
      LiaisonLocation location = liaison_location_line (100 + i, 0);
      LiaisonRelationInput relation = { { 0 } };

      relation.from = STRING (points[0].id);
      relation.to = STRING (points[i].id);
      liaison_dataset_builder_add_relation (builder, &location, &relation);
    }

  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_no_error (error);
  return dataset;
}

/* Mesh files put nodes a few points apart, Gephi hundreds of units: both
 * come out about one entity's width apart.
 */
static void
test_scale (void)
{
  g_autofree double *mesh = g_new (double, 2 * 100 * 100);
  static const double spread[] = { 0, 0, 500, 0, 0, 500, 500, 500, 250, 250 };
  static const double one_place[] = { 3, 3, 3, 3, 3, 3 };
  static const double with_twins[] = { 0, 0, 0, 0, 10, 0, 20, 0, 30, 0, 40, 0, 50, 0, 60, 0, 70, 0, 80, 0, 90, 0, 100, 0 };

  for (guint i = 0; i < 100 * 100; i++)
    {
      mesh[2 * i] = (i % 100) * 2.0;
      mesh[2 * i + 1] = (i / 100) * 2.0;
    }

  g_assert_cmpfloat_with_epsilon (liaison_file_positions_scale (mesh, 100 * 100, 90), 45.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (liaison_file_positions_scale (spread, 5, 90), 90 / hypot (250, 250), 1e-9);
  g_assert_cmpfloat (liaison_file_positions_scale (one_place, 3, 90), ==, 1.0);
  g_assert_cmpfloat (liaison_file_positions_scale (spread, 1, 90), ==, 1.0);
  /* Two entities in one place cannot be told apart: the rest decide. */
  g_assert_cmpfloat_with_epsilon (liaison_file_positions_scale (with_twins, 12, 90), 9.0, 1e-9);
}

static void
test_drawn_as_in_the_file (void)
{
  static const Point points[] = {
    { "a", TRUE, 0, 0 }, { "b", TRUE, 4, 0 }, { "c", TRUE, 0, 4 }, { "d", TRUE, 4, 4 },
  };
  g_autoptr(LiaisonDataset) dataset = make_dataset (points, G_N_ELEMENTS (points));
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *automatic = NULL;
  const LiaisonSceneElement *a, *b, *c;
  double x, y;

  g_assert_true (liaison_dataset_has_positions (dataset));
  g_assert_true (liaison_entity_get_position (liaison_dataset_get_entity (dataset, 1), &x, &y));
  g_assert_cmpfloat (x, ==, 4);
  g_assert_cmpfloat (y, ==, 0);
  g_assert_cmpint (liaison_graph_choose_engine (dataset, NULL), ==, LIAISON_LAYOUT_ENGINE_FILE);

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_scene_get_engine (scene), ==, "file");
  liaison_test_assert_scene_matches (scene, dataset);
  automatic = liaison_graph_dup_automatic_name (scene);
  g_assert_cmpstr (automatic, ==, "Automatic (as in the file)");

  /* Four points apart in the file, 90 on screen; y points up in the
   * file and down on screen.
   */
  a = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 0);
  b = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 1);
  c = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 2);
  g_assert_cmpfloat_with_epsilon (b->x - a->x, 90, 0.5);
  g_assert_cmpfloat_with_epsilon (b->y, a->y, 0.5);
  g_assert_cmpfloat_with_epsilon (a->y - c->y, 90, 0.5);
  g_assert_cmpfloat_with_epsilon (c->x, a->x, 0.5);
}

/* One entity without a position: the file's layout cannot be drawn, and
 * asking for it gets the automatic choice.
 */
static void
test_one_without_position (void)
{
  static const Point points[] = {
    { "a", TRUE, 0, 0 }, { "b", TRUE, 4, 0 }, { "c", FALSE, 0, 0 },
  };
  g_autoptr(LiaisonDataset) dataset = make_dataset (points, G_N_ELEMENTS (points));
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (liaison_dataset_has_positions (dataset));
  g_assert_false (liaison_entity_get_position (liaison_dataset_get_entity (dataset, 2), NULL, NULL));
  g_assert_cmpint (liaison_graph_choose_engine (dataset, NULL), !=, LIAISON_LAYOUT_ENGINE_FILE);

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_FILE, 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_scene_get_engine (scene), ==,
                   liaison_layout_engine_to_string (liaison_graph_choose_engine (dataset, NULL)));
  liaison_test_assert_scene_matches (scene, dataset);
}

static void
test_engine_names (void)
{
  LiaisonLayoutEngine engine;

  g_assert_true (liaison_layout_engine_from_string ("file", &engine));
  g_assert_cmpint (engine, ==, LIAISON_LAYOUT_ENGINE_FILE);
  g_assert_cmpstr (liaison_layout_engine_graphviz_name (engine), ==, "nop2");
  g_assert_cmpstr (liaison_layout_engine_graphviz_name (LIAISON_LAYOUT_ENGINE_SFDP), ==, "sfdp");
  g_assert_cmpstr (liaison_layout_engine_display_name (engine), ==, "As in the file");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-positions/scale", test_scale);
  g_test_add_func ("/file-positions/drawn-as-in-the-file", test_drawn_as_in_the_file);
  g_test_add_func ("/file-positions/one-without-position", test_one_without_position);
  g_test_add_func ("/file-positions/engine-names", test_engine_names);

  return g_test_run ();
}

/* test-scene.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The scene: its parser of the layout worker's output, which must refuse
 * whatever is not a drawing of the dataset, and its geometry, which finds
 * what is under the pointer and in sight.
 */

#include "config.h"

#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-layout.h"
#include "liaison-scene.h"
#include "liaison-spatial-index.h"
#include "liaison-test-util.h"

static void
assert_scene_invalid (LiaisonDataset *dataset,
                      const char     *json,
                      const char     *message)
{
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  /* Exactly as long as the text, with no NUL after it, as the worker's
   * output comes: a sanitizer then sees any read past its end.
   */
  g_autofree char *copy = g_memdup2 (json, MAX (strlen (json), 1));

  scene = liaison_scene_new_from_json (copy, strlen (json), dataset, &error);
  g_assert_null (scene);
  g_assert_error (error, LIAISON_SCENE_ERROR, LIAISON_SCENE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* The fuzzer's seeds, as the worker wrote them for each engine: the
 * reader must keep taking them, or fuzzing starts from nothing.
 */
static void
test_scene_seeds (void)
{
  g_autofree char *dataset_path = g_test_build_filename (G_TEST_DIST, "data", "scene", "dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dataset_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_dataset_load_file (file, "dataset.json", NULL, NULL, &error);
  const char *engines[] = { "dot", "neato", "circo", "twopi", "fdp", "osage" };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.json", engines[i]);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "scene", name, NULL);
      g_autofree char *json = NULL;
      g_autoptr(LiaisonScene) scene = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &json, &length, NULL));
      scene = liaison_scene_new_from_json (json, length, dataset, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, 6);
      g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, 7);
      g_assert_cmpstr (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 3)->label, ==, "総務省");
    }
}

static void
test_scene_rejects_bad_output (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"}]}");
  g_autofree char *deep = NULL;
  const char *node = "{\"_gvid\": 0, \"name\": \"entity-a\", \"pos\": \"10,10\", \"width\": \"1\", \"height\": \"1\", ";

  /* The worker is a separate program, and what it writes is checked as
   * strictly as a dataset is.
   */
  assert_scene_invalid (dataset, "", "The layout engine’s output is not valid: the file is empty");
  assert_scene_invalid (dataset, "{\"bb\": \"0,0,10\"}",
                        "The layout engine’s output is not valid: the bounding box is missing");
  assert_scene_invalid (dataset, "{\"bb\": \"0,0,1e300,10\"}",
                        "The layout engine’s output is not valid: the bounding box is missing");
  assert_scene_invalid (dataset, "{\"bb\": \"0,0,10,10\", \"objects\": [{\"_gvid\": 0, \"name\": \"entity-zzz\"}]}",
                        "The layout engine’s output is not valid: a node names no entity of the dataset");
  assert_scene_invalid (dataset, "{\"bb\": \"0,0,10,10\", \"objects\": [{\"_gvid\": 0, \"name\": \"a\"}]}",
                        "The layout engine’s output is not valid: a node names no entity of the dataset");

  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_draw_\": [{\"op\": \"P\", \"points\": [[-5, 1]]}]}]}", node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: a polygon has fewer than two points");
  }
  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_draw_\": [{\"op\": \"b\", \"points\": [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]}]}]}", node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: a curve has the wrong number of points");
  }
  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_draw_\": [{\"op\": \"e\", \"rect\": [1, 1, 1e300, 1]}]}]}", node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: an ellipse is not four numbers");
  }
  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_ldraw_\": [{\"op\": \"F\", \"size\": -3, \"face\": \"x\"}]}]}", node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: a font size is out of range");
  }
  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_draw_\": [{\"op\": \"P\", \"points\": [[1, 1], [\"x\", 2]]}]}]}", node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: a point is not two numbers");
  }
  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_draw_\": []}, %s\"_draw_\": []}]}", node, node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: a node has no number of its own");
  }
  {
    g_autofree char *json = g_strdup_printf ("{\"bb\": \"0,0,10,10\", \"objects\": [%s\"_draw_\": []}], \"edges\": [{\"_gvid\": 0, \"tail\": 0, \"head\": 7, \"id\": \"relation-x\"}]}", node);
    assert_scene_invalid (dataset, json, "The layout engine’s output is not valid: an edge names no relation of the dataset");
  }

  deep = g_strnfill (200, '[');
  assert_scene_invalid (dataset, deep, "The layout engine’s output is not valid: 1:17: arrays and objects are nested more than 16 deep");
}

/* What fuzzing found in the scene reader, kept in tests/data/scene (where
 * the fuzzer also starts from), each with what the reader must say.
 */
static void
test_scene_fuzz_findings (void)
{
  static const struct { const char *file; const char *message; } findings[] = {
    /* A point of one number, and what came after it. */
    { "found-point-of-one-number.json", "a text operation is incomplete" },
    /* A lead byte that promises more bytes than remain. */
    { "found-truncated-utf8-lead-byte.json", "1:1: the text is not valid UTF-8 (0xFB)" },
  };
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"}]}");
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "scene", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (findings); i++)
    {
      g_autofree char *path = g_build_filename (dir, findings[i].file, NULL);
      g_autofree char *expected = g_strconcat ("The layout engine’s output is not valid: ", findings[i].message, NULL);
      g_autofree char *json = NULL;
      g_autoptr(LiaisonScene) scene = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &json, &length, NULL));
      {
        /* Without the NUL that g_file_get_contents() adds, as the worker's
         * output comes, so a sanitizer sees any read past the end.
         */
        g_autofree char *exact = g_memdup2 (json, MAX (length, 1));

        scene = liaison_scene_new_from_json (exact, length, dataset, &error);
      }
      g_assert_null (scene);
      g_assert_error (error, LIAISON_SCENE_ERROR, LIAISON_SCENE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected);
    }

  /* Every finding has its case. */
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "found-"))
      n_found++;
  g_assert_cmpuint (n_found, ==, G_N_ELEMENTS (findings));
}

static gboolean
collect_item_cb (guint    item,
                 gpointer user_data)
{
  g_hash_table_add (user_data, GUINT_TO_POINTER (item + 1));
  return TRUE;
}

static void
test_spatial_index_finds_what_overlaps (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint n = 5000;
  g_autofree double *rects = g_new (double, n * 4);
  g_autoptr(LiaisonSpatialIndex) index = NULL;

  /* Small and large boxes, many on the same spot, some of no size. */
  for (guint i = 0; i < n; i++)
    {
      double x = i % 7 == 0 ? 500 : g_rand_double_range (rand, -1000, 1000);
      double y = i % 7 == 0 ? 500 : g_rand_double_range (rand, -1000, 1000);
      double w = i % 5 == 0 ? 0 : g_rand_double_range (rand, 0, i % 11 == 0 ? 400 : 20);
      double h = i % 5 == 0 ? 0 : g_rand_double_range (rand, 0, 20);

      rects[i * 4] = x;
      rects[i * 4 + 1] = y;
      rects[i * 4 + 2] = x + w;
      rects[i * 4 + 3] = y + h;
    }
  index = liaison_spatial_index_new (rects, n);

  /* Every query finds exactly the boxes a search of them all finds. */
  for (guint q = 0; q < 300; q++)
    {
      g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
      double x0 = g_rand_double_range (rand, -1100, 1100), y0 = g_rand_double_range (rand, -1100, 1100);
      double x1 = x0 + g_rand_double_range (rand, 0, q % 10 == 0 ? 1000 : 30);
      double y1 = y0 + g_rand_double_range (rand, 0, 30);
      guint expected = 0;

      liaison_spatial_index_query (index, x0, y0, x1, y1, collect_item_cb, found);
      for (guint i = 0; i < n; i++)
        if (rects[i * 4] <= x1 && rects[i * 4 + 2] >= x0 && rects[i * 4 + 1] <= y1 && rects[i * 4 + 3] >= y0)
          {
            g_assert_true (g_hash_table_contains (found, GUINT_TO_POINTER (i + 1)));
            expected++;
          }
      g_assert_cmpuint (g_hash_table_size (found), ==, expected);
    }
}

static void
test_hit_testing_without_outline (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (
    "{\"entity_types\": [{\"id\": \"note\", \"shape\": \"plaintext\"}],"
    " \"entities\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"note\"}]}");
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonSceneElement *node;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, NULL, &error);
  g_assert_no_error (error);
  node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 0);

  /* Plain text has no outline: a click anywhere in its box, well away
   * from the letter itself, still finds it.
   */
  g_assert_true (liaison_scene_hit_test (scene, node->x - node->width / 2 + 1, node->y - node->height / 2 + 1, 0) == node);
  g_assert_true (liaison_scene_hit_test (scene, node->x + node->width / 2 - 1, node->y + node->height / 2 - 1, 0) == node);
  g_assert_null (liaison_scene_hit_test (scene, node->x + node->width, node->y, 0));
}

static void
test_hit_testing (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (
    "{\"entities\": [{\"id\": \"left\", \"label\": \"Left\"}, {\"id\": \"right\", \"label\": \"Right\"}],"
    " \"relations\": [{\"id\": \"link\", \"from\": \"left\", \"to\": \"right\"}]}");
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  const LiaisonSceneElement *left, *right, *link;
  const LiaisonShape *shapes;
  const double *p;
  LiaisonRect everything;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, NULL, &error);
  g_assert_no_error (error);

  left = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 0);
  right = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 1);
  link = liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, 0);

  /* A node's centre, and just inside its edge. */
  g_assert_true (liaison_scene_hit_test (scene, left->x, left->y, 0) == left);
  g_assert_true (liaison_scene_hit_test (scene, right->x, right->y, 0) == right);
  g_assert_true (liaison_scene_hit_test (scene, left->x + left->width / 2 - 2, left->y, 0) == left);

  /* The middle of the edge's curve, and a little beside it. */
  shapes = liaison_scene_get_shapes (scene, link);
  g_assert_cmpint (shapes[0].kind, ==, LIAISON_SHAPE_BEZIER);
  p = liaison_scene_get_points (scene, &shapes[0]);
  g_assert_true (liaison_scene_hit_test (scene, (p[0] + p[6]) / 2, (p[1] + p[7]) / 2, 3) == link);
  g_assert_true (liaison_scene_hit_test (scene, (p[0] + p[6]) / 2 + 2, (p[1] + p[7]) / 2, 3) == link);

  /* Empty space. */
  g_assert_null (liaison_scene_hit_test (scene, -500, -500, 3));
  g_assert_null (liaison_scene_hit_test (scene, left->x + left->width, left->y - left->height, 1));

  /* A rectangle around everything finds everything, edges first. */
  everything = *liaison_scene_get_bounds (scene);
  liaison_scene_query_rect (scene, &everything, found);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_true (g_ptr_array_index (found, 0) == link);
}

static void
test_hit_testing_scales (void)
{
  g_autoptr(GString) text = g_string_new ("{\"entities\": [");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n = 3000;
  gint64 start;
  double per_test_us;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"n%u\", \"label\": \"Node %u\"}", i ? "," : "", i, i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i < n * 2; i++)
    g_string_append_printf (text, "%s{\"from\": \"n%u\", \"to\": \"n%u\"}", i ? "," : "",
                            g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n));
  g_string_append (text, "]}");
  dataset = liaison_test_load_text (text->str);

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, 120, NULL, &error);
  g_assert_no_error (error);
  liaison_test_assert_scene_matches (scene, dataset);

  /* Every node is found at its centre… */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      const LiaisonSceneElement *hit = liaison_scene_hit_test (scene, node->x, node->y, 0);

      /* sfdp keeps nodes apart, so the centre is the node's own. */
      g_assert_nonnull (hit);
      g_assert_cmpuint (hit->kind, ==, LIAISON_ELEMENT_ENTITY);
      g_assert_true (hit == node);
    }
  per_test_us = (double) (g_get_monotonic_time () - start) / n;
  g_test_message ("hit test: %.2f µs each among %u nodes and %u edges", per_test_us, n, n * 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scene/rejects-bad-output", test_scene_rejects_bad_output);
  g_test_add_func ("/scene/seeds", test_scene_seeds);
  g_test_add_func ("/scene/fuzz-findings", test_scene_fuzz_findings);
  g_test_add_func ("/scene/spatial-index-finds-what-overlaps", test_spatial_index_finds_what_overlaps);
  g_test_add_func ("/scene/hit-testing", test_hit_testing);
  g_test_add_func ("/scene/hit-testing-without-outline", test_hit_testing_without_outline);
  g_test_add_func ("/scene/hit-testing-scales", test_hit_testing_scales);

  return g_test_run ();
}

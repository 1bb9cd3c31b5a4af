/* liaison-test-util.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers that several test programs share, so that each has one meaning. */

#include "config.h"

#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-test-util.h"

/* The dataset that ships with Liaison, from the source tree. */
LiaisonDataset *
liaison_test_load_bundled (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIAISON_DATA_DIR"), "datasets", "huawei-japan-2019.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  dataset = liaison_dataset_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

/* A dataset written out in the test, which must load. */
LiaisonDataset *
liaison_test_load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  dataset = liaison_dataset_load_bytes (bytes, "test.json", NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

/* Every entity has its node and every relation its edge, between the
 * right nodes, all within the scene's bounds.
 */
void
liaison_test_assert_scene_matches (LiaisonScene   *scene,
                                   LiaisonDataset *dataset)
{
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, liaison_dataset_get_n_entities (dataset));
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, liaison_dataset_get_n_relations (dataset));

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const LiaisonSceneElement *node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i);
      const LiaisonRect *bounds = liaison_scene_get_bounds (scene);

      g_assert_nonnull (node);
      g_assert_cmpstr (node->id, ==, liaison_entity_get_id (entity));
      g_assert_cmpuint (node->kind, ==, LIAISON_ELEMENT_ENTITY);
      g_assert_cmpuint (node->n_shapes, >=, 2);  /* an outline and a label */
      g_assert_cmpfloat (node->x, >=, bounds->x0);
      g_assert_cmpfloat (node->x, <=, bounds->x1);
      g_assert_cmpfloat (node->y, >=, bounds->y0);
      g_assert_cmpfloat (node->y, <=, bounds->y1);
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      const LiaisonSceneElement *edge = liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, i);

      g_assert_nonnull (edge);
      g_assert_cmpstr (edge->id, ==, relation->id);
      g_assert_cmpuint (liaison_scene_get_node (scene, edge->tail)->index, ==, relation->from);
      g_assert_cmpuint (liaison_scene_get_node (scene, edge->head)->index, ==, relation->to);
    }
}

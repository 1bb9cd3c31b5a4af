/* fuzz-scene.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the scene parser, which reads what the layout
 * worker writes: Graphviz's drawing of a graph, from another process and
 * so untrusted. The scenes refer to the entities and relations of
 * tests/data/scene/dataset.json, loaded once; a scene that parses is then
 * queried as the views query it and exported to SVG, which must be
 * well-formed XML whatever text the scene carries.
 */

#include "config.h"

#include <math.h>

#include "fuzz-common.h"
#include "liaison-dataset-loader.h"
#include "liaison-export.h"
#include "liaison-scene.h"

int LLVMFuzzerInitialize    (int          *argc,
                             char       ***argv);
int LLVMFuzzerTestOneInput  (const guint8 *data,
                             size_t        size);

static LiaisonDataset *dataset;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  dataset = fuzz_load_scene_dataset ();
  return 0;
}

static void
walk_element (LiaisonScene              *scene,
              const LiaisonSceneElement *element)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, element);

  g_assert (g_utf8_validate (element->label, -1, NULL));
  for (guint i = 0; i < element->n_shapes; i++)
    {
      const double *points = liaison_scene_get_points (scene, &shapes[i]);

      if (shapes[i].kind == LIAISON_SHAPE_TEXT)
        g_assert (g_utf8_validate (shapes[i].text, -1, NULL));

      for (guint j = 0; j < shapes[i].n_points * 2; j++)
        g_assert (isfinite (points[j]));
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const LiaisonRect *bounds;

  scene = liaison_scene_new_from_json ((const char *) data, size, dataset, &error);
  g_assert ((scene == NULL) != (error == NULL));
  if (scene == NULL)
    {
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    walk_element (scene, liaison_scene_get_node (scene, i));
  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, i);

      g_assert (edge->tail < liaison_scene_get_n_nodes (scene));
      g_assert (edge->head < liaison_scene_get_n_nodes (scene));
      walk_element (scene, edge);
    }

  /* What the view does: everything in sight, then under the pointer. */
  bounds = liaison_scene_get_bounds (scene);
  liaison_scene_query_rect (scene, bounds, elements);
  g_assert (elements->len <= liaison_scene_get_n_nodes (scene) + liaison_scene_get_n_edges (scene));
  liaison_scene_hit_test (scene, (bounds->x0 + bounds->x1) / 2, (bounds->y0 + bounds->y1) / 2, 4);
  liaison_scene_hit_test (scene, bounds->x0, bounds->y1, 1000);

  {
    static const GMarkupParser parser = { NULL };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
    g_autoptr(GBytes) svg = NULL;
    LiaisonExportOptions options;

    liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
    svg = liaison_export_to_bytes (scene, &options, &error);
    g_assert (svg != NULL);
    if (!g_markup_parse_context_parse (context, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error) ||
        !g_markup_parse_context_end_parse (context, &error))
      g_error ("the SVG export is not well-formed: %s", error->message);
  }

  return 0;
}

/* fuzz-dataset.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the dataset loader: the strict pre-scan, the
 * parse and the validation, on any bytes. A dataset that loads is also
 * walked the way the views walk it and turned into the DOT the layout
 * worker gets, which Graphviz's own parser must read back with exactly
 * one node an entity and one edge a relation: data never becomes DOT
 * syntax.
 */

#include "config.h"

#include <graphviz/cgraph.h>

#include "liaison-dataset-loader.h"
#include "liaison-entity.h"
#include "liaison-graph-builder.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_dataset_load_bytes (bytes, "fuzz.json", NULL, NULL, &error);

  /* Exactly one of the two, and a message that says where. */
  g_assert ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.json"));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);

      g_assert (g_utf8_validate (liaison_entity_get_id (entity), -1, NULL));
      g_assert (g_utf8_validate (liaison_entity_get_label (entity), -1, NULL));
      g_assert (liaison_dataset_lookup_entity (dataset, liaison_entity_get_id (entity)) == entity);
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      g_assert (relation->from < liaison_dataset_get_n_entities (dataset));
      g_assert (relation->to < liaison_dataset_get_n_entities (dataset));
      g_assert (liaison_dataset_lookup_relation (dataset, relation->id) == relation);
    }

  {
    g_autoptr(GBytes) dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, NULL);
    g_autofree char *text = g_strndup (g_bytes_get_data (dot, NULL), g_bytes_get_size (dot));
    Agraph_t *graph = agmemread (text);

    g_assert (graph != NULL);
    g_assert ((guint) agnnodes (graph) == liaison_dataset_get_n_entities (dataset));
    g_assert ((guint) agnedges (graph) == liaison_dataset_get_n_relations (dataset));
    agclose (graph);
  }

  return 0;
}

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

#include "fuzz-common.h"
#include "liaison-dataset-loader.h"
#include "liaison-graph-builder.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_dataset_load_bytes (bytes, "fuzz.json", NULL, NULL, &error);

  if (!fuzz_assert_outcome (dataset, error, "fuzz.json"))
    return 0;

  fuzz_assert_dataset (dataset);
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

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

/* fuzz-csv.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the CSV front end: libcsv's strict splitting, the
 * line counting around it, the header's roles and the builder, on any
 * bytes. An input with a line "--nodes--" is a node table (before it)
 * and an edge list (after it), so that both paths are reached.
 */

#include "config.h"

#include <string.h>

#include "liaison-entity.h"
#include "liaison-import-csv.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

#define SPLIT "\n--nodes--\n"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *text = (const char *) data;
  const char *split = size >= strlen (SPLIT) ? g_strstr_len (text, size, SPLIT) : NULL;
  LiaisonImportInput input = { .data = text, .length = size, .display_name = "fuzz.csv" };
  LiaisonCsvText nodes = { text, 0, "fuzz.nodes.csv" };
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  if (split != NULL)
    {
      nodes.length = split - text;
      input.data = split + strlen (SPLIT);
      input.length = size - nodes.length - strlen (SPLIT);
    }

  dataset = liaison_import_csv (&input, split != NULL ? &nodes : NULL, &error);

  /* Exactly one of the two, and a message that says where. */
  g_assert ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz."));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);

      g_assert (g_utf8_validate (liaison_entity_get_id (entity), -1, NULL));
      g_assert (liaison_dataset_lookup_entity (dataset, liaison_entity_get_id (entity)) == entity);
    }
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      g_assert (relation->from < liaison_dataset_get_n_entities (dataset));
      g_assert (relation->to < liaison_dataset_get_n_entities (dataset));
    }

  return 0;
}

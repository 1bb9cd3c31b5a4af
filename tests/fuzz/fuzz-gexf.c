/* fuzz-gexf.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the GEXF front end: libxml2's streaming reader as
 * Liaison sets it up, the checks around it (entities, depth, text
 * length), the mapping of the format and the builder, on any bytes. A
 * dataset that loads is written out as GEXF again, which must read back
 * with the same entities and relations: the writer and the reader agree
 * on everything either can hold.
 */

#include "config.h"

#include "liaison-entity.h"
#include "liaison-graph-writers.h"
#include "liaison-import-gexf.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  LiaisonLoadLimits limits;
  LiaisonImportInput input = { .data = (const char *) data, .length = size, .display_name = "fuzz.gexf",
                               .limits = &limits };
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonDataset) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  liaison_load_limits_init (&limits);
  dataset = liaison_import_gexf (&input, &error);

  /* Exactly one of the two, and a message that says where. */
  g_assert ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (g_str_has_prefix (error->message, "fuzz.gexf"));
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
    }

  written = liaison_gexf_write (dataset, NULL, NULL);
  input.data = g_bytes_get_data (written, &input.length);
  again = liaison_import_gexf (&input, &error);
  g_assert_no_error (error);
  g_assert (liaison_dataset_get_n_entities (again) == liaison_dataset_get_n_entities (dataset));
  g_assert (liaison_dataset_get_n_relations (again) == liaison_dataset_get_n_relations (dataset));

  return 0;
}

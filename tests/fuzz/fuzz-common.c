/* fuzz-common.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What every harness asks of a front end, whatever the format. */

#include "config.h"

#include "fuzz-common.h"
#include "liaison-dataset-loader.h"
#include "liaison-entity.h"

gboolean
fuzz_assert_outcome (LiaisonDataset *dataset,
                     const GError   *error,
                     const char     *display_name)
{
  g_assert ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (g_str_has_prefix (error->message, display_name));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return FALSE;
    }

  return TRUE;
}

void
fuzz_assert_dataset (LiaisonDataset *dataset)
{
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
}

int
fuzz_import_round_trip (const guint8 *data,
                        size_t        size,
                        const char   *display_name,
                        FuzzImport    import,
                        FuzzWrite     write)
{
  LiaisonLoadLimits limits;
  LiaisonImportInput input = { .data = (const char *) data, .length = size, .display_name = display_name,
                               .limits = &limits };
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonDataset) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  liaison_load_limits_init (&limits);
  dataset = import (&input, &error);
  if (!fuzz_assert_outcome (dataset, error, display_name))
    return 0;

  fuzz_assert_dataset (dataset);

  written = write (dataset, NULL, NULL);
  input.data = g_bytes_get_data (written, &input.length);
  again = import (&input, &error);
  g_assert_no_error (error);
  g_assert (liaison_dataset_get_n_entities (again) == liaison_dataset_get_n_entities (dataset));
  g_assert (liaison_dataset_get_n_relations (again) == liaison_dataset_get_n_relations (dataset));

  return 0;
}

LiaisonDataset *
fuzz_load_scene_dataset (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (FUZZ_SCENE_DATASET);
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset = liaison_dataset_load_file (file, "dataset.json", NULL, NULL, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

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

#include "fuzz-common.h"
#include "liaison-import-csv.h"

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

  if (!fuzz_assert_outcome (dataset, error, "fuzz."))
    return 0;

  fuzz_assert_dataset (dataset);

  return 0;
}

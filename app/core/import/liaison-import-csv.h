/* liaison-import-csv.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-import-format.h"
#include "liaison-types.h"

G_BEGIN_DECLS

/* A node table read with its edge list: its bytes and the name messages
 * give it.
 */
typedef struct
{
  const char *data;
  gsize       length;
  const char *display_name;
} LiaisonCsvText;

LiaisonDataset *liaison_import_csv               (const LiaisonImportInput  *input,
                                                  const LiaisonCsvText      *nodes,
                                                  GError                   **error)
                                                  G_GNUC_WARN_UNUSED_RESULT;

gboolean        liaison_import_csv_is_node_table (const char                *data,
                                                  gsize                      length);

G_END_DECLS

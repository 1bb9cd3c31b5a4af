/* liaison-import-format.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-types.h"

G_BEGIN_DECLS

/* The formats Liaison reads, each through a front end in this folder. */
typedef enum
{
  LIAISON_IMPORT_FORMAT_UNKNOWN,
  LIAISON_IMPORT_FORMAT_LIAISON_JSON,
  LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON,
  LIAISON_IMPORT_FORMAT_JGF,
  LIAISON_IMPORT_FORMAT_D3,
  LIAISON_IMPORT_FORMAT_GRAPHML,
  LIAISON_IMPORT_FORMAT_GEXF,
  LIAISON_IMPORT_FORMAT_CSV,
  LIAISON_IMPORT_FORMAT_DOT,
  LIAISON_N_IMPORT_FORMATS
} LiaisonImportFormat;

/* What every front end is given: the whole file, already read within
 * the size limit, and whom to tell how far it has got.
 */
typedef struct
{
  const char              *data;
  gsize                    length;
  const char              *display_name;  /* for messages: "file.graphml:12:5: …" */
  const LiaisonLoadLimits *limits;
  GCancellable            *cancellable;
  LiaisonProgressFunc      progress;
  gpointer                 progress_data;
} LiaisonImportInput;

LiaisonImportFormat liaison_import_format_sniff   (const char          *data,
                                                   gsize                length,
                                                   const char          *display_name);
const char         *liaison_import_format_to_string (LiaisonImportFormat format);

G_END_DECLS

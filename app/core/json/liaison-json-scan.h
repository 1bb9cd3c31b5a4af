/* liaison-json-scan.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-types.h"

G_BEGIN_DECLS

#define LIAISON_JSON_SCAN_ERROR (liaison_json_scan_error_quark ())

typedef enum
{
  LIAISON_JSON_SCAN_ERROR_EMPTY,
  LIAISON_JSON_SCAN_ERROR_ENCODING,
  LIAISON_JSON_SCAN_ERROR_SYNTAX,
  LIAISON_JSON_SCAN_ERROR_DUPLICATE_KEY,
  LIAISON_JSON_SCAN_ERROR_NUMBER_RANGE,
  LIAISON_JSON_SCAN_ERROR_LIMIT,
} LiaisonJsonScanError;

typedef struct
{
  gsize   start;      /* where the JSON text begins: 3 after a UTF-8 byte-order mark */
  guint64 n_values;
  guint   max_depth;
} LiaisonJsonScanInfo;

GQuark   liaison_json_scan_error_quark (void);

gboolean liaison_json_scan             (const char               *data,
                                        gsize                     length,
                                        const LiaisonLoadLimits  *limits,
                                        LiaisonJsonScanInfo      *info,
                                        GCancellable             *cancellable,
                                        GError                  **error);

void     liaison_json_position         (const char               *data,
                                        gsize                     offset,
                                        guint                    *line,
                                        guint                    *column);

G_END_DECLS

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

/* Where the members of a top-level object lie, as the pre-scan found
 * them, and where each element of those that are arrays starts: enough
 * for a reader to hand json-glib the file a piece at a time.
 */
typedef struct
{
  char   *key;             /* decoded */
  gsize   start;           /* the member's value: its first byte */
  gsize   end;             /* and the byte after its last */
  GArray *element_starts;  /* gsize, for an array value; NULL otherwise */
} LiaisonJsonMember;

typedef struct
{
  const char *data;         /* the text outlined: borrowed, to outlive the outline */
  gsize       length;
  gboolean    is_object;    /* the top level is an object: only then are there members */
  GPtrArray  *members;      /* LiaisonJsonMember, in the order of the file */
} LiaisonJsonOutline;

GQuark   liaison_json_scan_error_quark (void);

gboolean liaison_json_scan             (const char               *data,
                                        gsize                     length,
                                        const LiaisonLoadLimits  *limits,
                                        LiaisonJsonScanInfo      *info,
                                        GCancellable             *cancellable,
                                        GError                  **error);

gboolean liaison_json_scan_outline     (const char               *data,
                                        gsize                     length,
                                        const LiaisonLoadLimits  *limits,
                                        LiaisonJsonScanInfo      *info,
                                        LiaisonJsonOutline      **outline,
                                        GCancellable             *cancellable,
                                        GError                  **error);
const LiaisonJsonMember *
         liaison_json_outline_lookup   (const LiaisonJsonOutline *outline,
                                        const char               *key);
void     liaison_json_outline_free     (LiaisonJsonOutline       *outline);

void     liaison_json_position         (const char               *data,
                                        gsize                     offset,
                                        guint                    *line,
                                        guint                    *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonJsonOutline, liaison_json_outline_free)

G_END_DECLS

/* liaison-json-scan-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-json-scan.h"

G_BEGIN_DECLS

/* Shared by the pre-scan's two files, and nothing else. */

typedef struct
{
  const char *raw;      /* the key as written, without quotes */
  gsize       raw_len;
  char       *decoded;  /* set only when the key has escapes */
} Key;

typedef struct
{
  gboolean    is_object;
  guint       first_key;  /* index into Scanner.keys */
  GHashTable *key_set;    /* decoded key -> GUINT (index + 1), once an object grows large */
} Frame;

typedef struct
{
  const char              *data;
  const char              *end;
  const char              *p;
  const LiaisonLoadLimits *limits;
  GCancellable            *cancellable;
  const char              *next_cancel_check;
  gsize                    valid_utf8_end;
  guint64                  n_values;
  guint                    max_depth;
  GArray                  *frames;
  GArray                  *keys;
  GError                  *error;
  LiaisonJsonOutline      *outline;   /* NULL unless asked for */
  LiaisonJsonMember       *member;    /* the top-level member being read */
} Scanner;

gboolean  liaison_json_scanner_fail            (Scanner    *s,
                                               const char *where,
                                               int         code,
                                               const char *format,
                                               ...) G_GNUC_PRINTF (4, 5);
gboolean  liaison_json_scanner_fail_unexpected (Scanner    *s,
                                               const char *expected);
char     *liaison_json_scanner_shown_token     (Scanner    *s,
                                               const char *start,
                                               const char *end) G_GNUC_WARN_UNUSED_RESULT;
gboolean  liaison_json_scanner_scan_string     (Scanner    *s,
                                               gboolean    is_key,
                                               gboolean   *has_escapes);
gboolean  liaison_json_scanner_scan_number     (Scanner    *s);
gboolean  liaison_json_scanner_scan_literal    (Scanner    *s);

static inline int
liaison_json_hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

G_END_DECLS

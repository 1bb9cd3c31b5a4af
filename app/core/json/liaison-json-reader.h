/* liaison-json-reader.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A pull reader for JSON that liaison_json_scan() has already accepted:
 * it hands out tokens one at a time and builds no tree, so reading a large
 * document costs no more memory than what is made of it. Syntax errors
 * cannot happen; it still never reads past the end.
 */

typedef enum
{
  LIAISON_JSON_END,           /* of the input */
  LIAISON_JSON_OBJECT_START,
  LIAISON_JSON_OBJECT_END,
  LIAISON_JSON_ARRAY_START,
  LIAISON_JSON_ARRAY_END,
  LIAISON_JSON_STRING,        /* also an object's key */
  LIAISON_JSON_NUMBER,
  LIAISON_JSON_TRUE,
  LIAISON_JSON_FALSE,
  LIAISON_JSON_NULL,
} LiaisonJsonToken;

typedef struct
{
  const char *p;
  const char *end;
  GString    *string;   /* the last string, decoded */
  double      number;   /* the last number */
} LiaisonJsonReader;

void             liaison_json_reader_init  (LiaisonJsonReader *reader,
                                            const char        *data,
                                            gsize              length);
void             liaison_json_reader_clear (LiaisonJsonReader *reader);
LiaisonJsonToken liaison_json_reader_next  (LiaisonJsonReader *reader);
void             liaison_json_reader_skip  (LiaisonJsonReader *reader,
                                            LiaisonJsonToken   first);

G_END_DECLS

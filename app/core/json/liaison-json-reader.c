/* liaison-json-reader.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-json-reader"

#include "config.h"

#include <string.h>

#include "liaison-json-reader.h"
#include "liaison-numbers.h"

void
liaison_json_reader_init (LiaisonJsonReader *reader,
                          const char        *data,
                          gsize              length)
{
  reader->p = data;
  reader->end = data + length;
  reader->string = g_string_sized_new (64);
  reader->number = 0;
}

void
liaison_json_reader_clear (LiaisonJsonReader *reader)
{
  if (reader->string != NULL)
    g_string_free (reader->string, TRUE);
  reader->string = NULL;
}

static int
hex (char c)
{
  return g_ascii_xdigit_value (c) < 0 ? 0 : g_ascii_xdigit_value (c);
}

static gunichar
read_hex4 (const char *p)
{
  return (hex (p[0]) << 12) | (hex (p[1]) << 8) | (hex (p[2]) << 4) | hex (p[3]);
}

static void
read_string (LiaisonJsonReader *reader)
{
  const char *p = reader->p + 1;
  const char *end = reader->end;

  g_string_truncate (reader->string, 0);

  while (p < end && *p != '"')
    {
      const char *run = p;

      while (p < end && *p != '"' && *p != '\\')
        p++;
      g_string_append_len (reader->string, run, p - run);

      if (p + 1 < end && *p == '\\')
        {
          switch (p[1])
            {
            case 'b': g_string_append_c (reader->string, '\b'); p += 2; break;
            case 'f': g_string_append_c (reader->string, '\f'); p += 2; break;
            case 'n': g_string_append_c (reader->string, '\n'); p += 2; break;
            case 'r': g_string_append_c (reader->string, '\r'); p += 2; break;
            case 't': g_string_append_c (reader->string, '\t'); p += 2; break;
            case 'u':
              if (end - p >= 6)
                {
                  gunichar c = read_hex4 (p + 2);

                  p += 6;
                  /* The scan let through only whole surrogate pairs. */
                  if (c >= 0xD800 && c <= 0xDBFF && end - p >= 6)
                    {
                      c = 0x10000 + ((c - 0xD800) << 10) + (read_hex4 (p + 2) - 0xDC00);
                      p += 6;
                    }
                  g_string_append_unichar (reader->string, c);
                }
              else
                p = end;
              break;
            default:
              g_string_append_c (reader->string, p[1]);
              p += 2;
              break;
            }
        }
      else if (*p == '\\')
        p = end;
    }

  reader->p = p < end ? p + 1 : end;
}

LiaisonJsonToken
liaison_json_reader_next (LiaisonJsonReader *reader)
{
  for (;;)
    {
      char c;

      while (reader->p < reader->end &&
             (*reader->p == ' ' || *reader->p == '\n' || *reader->p == '\r' || *reader->p == '\t' ||
              *reader->p == ':' || *reader->p == ','))
        reader->p++;

      if (reader->p >= reader->end)
        return LIAISON_JSON_END;

      c = *reader->p;
      switch (c)
        {
        case '{':
          reader->p++;
          return LIAISON_JSON_OBJECT_START;
        case '}':
          reader->p++;
          return LIAISON_JSON_OBJECT_END;
        case '[':
          reader->p++;
          return LIAISON_JSON_ARRAY_START;
        case ']':
          reader->p++;
          return LIAISON_JSON_ARRAY_END;
        case '"':
          read_string (reader);
          return LIAISON_JSON_STRING;
        case 't':
          reader->p = MIN (reader->p + 4, reader->end);
          return LIAISON_JSON_TRUE;
        case 'f':
          reader->p = MIN (reader->p + 5, reader->end);
          return LIAISON_JSON_FALSE;
        case 'n':
          reader->p = MIN (reader->p + 4, reader->end);
          return LIAISON_JSON_NULL;
        default:
          if (c == '-' || g_ascii_isdigit (c))
            {
              const char *start = reader->p;

              while (reader->p < reader->end &&
                     (g_ascii_isdigit (*reader->p) || *reader->p == '.' || *reader->p == '-' ||
                      *reader->p == '+' || *reader->p == 'e' || *reader->p == 'E'))
                reader->p++;
              reader->number = liaison_parse_number (start, reader->p - start);
              return LIAISON_JSON_NUMBER;
            }

          /* Not after the scan; stop rather than loop. */
          reader->p = reader->end;
          return LIAISON_JSON_END;
        }
    }
}

/* Skips the rest of a value whose first token was @first. */
void
liaison_json_reader_skip (LiaisonJsonReader *reader,
                          LiaisonJsonToken   first)
{
  guint depth = 0;
  LiaisonJsonToken token = first;

  for (;;)
    {
      if (token == LIAISON_JSON_OBJECT_START || token == LIAISON_JSON_ARRAY_START)
        depth++;
      else if (token == LIAISON_JSON_OBJECT_END || token == LIAISON_JSON_ARRAY_END)
        {
          if (depth == 0)
            return;
          depth--;
        }
      else if (token == LIAISON_JSON_END)
        return;

      if (depth == 0)
        return;

      token = liaison_json_reader_next (reader);
    }
}

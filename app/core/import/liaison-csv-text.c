/* liaison-csv-text.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the CSV importer settles about a text before libcsv parses it: a
 * byte order mark to skip, an encoding to refuse, the delimiter to use.
 */

#define G_LOG_DOMAIN "liaison-import-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-csv-text.h"
#include "liaison-dataset.h"

gsize
liaison_csv_text_skip_bom (const char *data,
                           gsize       length)
{
  return length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* The line and column (in characters, from 1) of @offset in @data, which
 * is valid UTF-8 up to there.
 */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < data + offset; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }

  *column = g_utf8_strlen (line_start, data + offset - line_start) + 1;
}

/* A NUL byte or text that is not UTF-8 is refused before libcsv sees it:
 * it would pass both on into ids and labels.
 */
gboolean
liaison_csv_text_check_encoding (const LiaisonCsvText  *text,
                                 GError               **error)
{
  const char *end;
  guint line, column;

  if (g_utf8_validate_len (text->data, text->length, &end))
    return TRUE;

  locate (text->data, end - text->data, &line, &column);
  if (*end == '\0')
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 _("%s:%u:%u: a NUL byte: this is not a text file"),
                 text->display_name, line, column);
  else
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 _("%s:%u:%u: the text is not UTF-8: save the file as UTF-8"),
                 text->display_name, line, column);
  return FALSE;
}

/* The delimiter that splits the first line in the most fields, outside
 * quotes: a comma, a semicolon (what spreadsheets write where the comma
 * is the decimal mark) or a tab. A comma when none is there.
 */
unsigned char
liaison_csv_text_sniff_delimiter (const char *data,
                                  gsize       length)
{
  static const unsigned char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  unsigned char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if ((unsigned char) c == candidates[k])
            counts[k]++;
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > best_count)
      {
        best = candidates[k];
        best_count = counts[k];
      }

  return best;
}

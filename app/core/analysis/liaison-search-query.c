/* liaison-search-query.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-search"

#include "config.h"

#include <string.h>

#include "liaison-date-range.h"
#include "liaison-search-query.h"

static gboolean
is_mark (gunichar c)
{
  return g_unichar_combining_class (c) != 0 || g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK;
}

char *
liaison_search_fold (const char  *text,
                     GArray     **offsets)
{
  GString *folded;
  GArray *map = NULL;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_string_sized_new (strlen (text) + 1);
  if (offsets != NULL)
    map = g_array_sized_new (FALSE, FALSE, sizeof (guint32), strlen (text) + 1);

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint32 origin = (guint32) (p - text);
      gsize before = folded->len;

      if ((guchar) *p < 0x80)
        g_string_append_c (folded, g_ascii_tolower (*p));
      else
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *decomposed = g_utf8_normalize (p, next - p, G_NORMALIZE_NFKD);

          /* Text from a dataset is valid UTF-8; anything else is kept as is. */
          if (decomposed == NULL)
            g_string_append_len (folded, p, next - p);
          else
            for (const char *q = decomposed; *q != '\0'; q = g_utf8_next_char (q))
              {
                gunichar c = g_utf8_get_char (q);
                g_autofree char *cased = NULL;

                if (is_mark (c))
                  continue;
                cased = g_utf8_casefold (q, g_utf8_next_char (q) - q);
                g_string_append (folded, cased);
              }
        }

      if (map != NULL)
        for (gsize i = before; i < folded->len; i++)
          g_array_append_val (map, origin);
    }

  if (map != NULL)
    {
      guint32 end = (guint32) (p - text);

      g_array_append_val (map, end);
      *offsets = map;
    }

  return g_string_free (folded, FALSE);
}

static void
add_term (GPtrArray  *terms,
          const char *text,
          gsize       length)
{
  g_autofree char *raw = g_strndup (text, length);
  char *folded = liaison_search_fold (raw, NULL);

  if (folded[0] == '\0')
    g_free (folded);
  else
    g_ptr_array_add (terms, folded);
}

/* Reads one word, or a quoted phrase, from *@p: its text without quotes. */
static char *
read_word (const char **p)
{
  const char *start = *p;

  if (*start == '"')
    {
      const char *end = strchr (start + 1, '"');

      /* An unclosed quote runs to the end, as it does while being typed. */
      if (end == NULL)
        end = start + strlen (start);
      *p = *end == '"' ? end + 1 : end;
      return g_strndup (start + 1, end - start - 1);
    }

  while (**p != '\0' && !g_ascii_isspace (**p))
    *p += 1;
  return g_strndup (start, *p - start);
}

LiaisonSearchQuery *
liaison_search_query_parse (const char *text)
{
  LiaisonSearchQuery *query = g_new0 (LiaisonSearchQuery, 1);
  const char *p = text != NULL ? text : "";

  query->terms = g_ptr_array_new_with_free_func (g_free);
  query->types = g_ptr_array_new_with_free_func (g_free);
  query->date_first = g_array_new (FALSE, FALSE, sizeof (guint32));
  query->date_last = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (;;)
    {
      g_autofree char *word = NULL;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (g_ascii_strncasecmp (p, "type:", 5) == 0 && p[5] != '\0' && !g_ascii_isspace (p[5]))
        {
          p += 5;
          word = read_word (&p);
          add_term (query->types, word, strlen (word));
          continue;
        }

      if (g_ascii_strncasecmp (p, "date:", 5) == 0 && p[5] != '\0' && !g_ascii_isspace (p[5]))
        {
          const char *value = p + 5;
          guint32 first, last;

          word = read_word (&value);
          if (liaison_date_get_period (word, &first, &last))
            {
              g_array_append_val (query->date_first, first);
              g_array_append_val (query->date_last, last);
              p = value;
              continue;
            }
          /* Not a date: "date:soon" is looked for as it is. */
          g_clear_pointer (&word, g_free);
        }

      word = read_word (&p);
      add_term (query->terms, word, strlen (word));
    }

  return query;
}

void
liaison_search_query_free (LiaisonSearchQuery *query)
{
  if (query == NULL)
    return;

  g_ptr_array_unref (query->terms);
  g_ptr_array_unref (query->types);
  g_array_unref (query->date_first);
  g_array_unref (query->date_last);
  g_free (query);
}

gboolean
liaison_search_query_is_empty (const LiaisonSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, TRUE);

  return query->terms->len == 0 && query->types->len == 0 && query->date_first->len == 0;
}

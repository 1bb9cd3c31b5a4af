/* liaison-json-scan-tokens.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The pre-scan's tokens: strings, numbers and the literals, each checked
 * to the letter of RFC 8259, with messages that say what a person most
 * likely meant.
 */

#define G_LOG_DOMAIN "liaison-json-scan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-json-scan-private.h"

#define MAX_SHOWN_TOKEN 40

static inline gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$' || c == '.' || c == '+' || c == '-';
}

/* The end of the character at @p, to show it in a message: never past
 * the text, nor into bytes that are not UTF-8 (whose error comes first).
 */
static const char *
char_end (Scanner    *s,
          const char *p)
{
  if (p >= s->data + s->valid_utf8_end)
    return MIN (p + 1, s->end);
  return g_utf8_next_char (p);
}

/* The length of the escape sequence at @p, which is well formed: a
 * surrogate pair's two halves count as one.
 */
static gsize
escape_length (const char *p,
               const char *end)
{
  if (end - p >= 12 && p[1] == 'u' && (p[2] == 'd' || p[2] == 'D') &&
      p[3] != '\0' && strchr ("89abAB", p[3]) != NULL && p[6] == '\\' && p[7] == 'u')
    return 12;
  if (end - p >= 6 && p[1] == 'u')
    return 6;
  return MIN (2, end - p);
}

/* Text from the file, to show in a message: at most MAX_SHOWN_TOKEN
 * characters, in UTF-8 whatever the file, and cut between characters and
 * between escapes, never inside one (a key is shown as written, "\u0069d").
 */
char *
liaison_json_scanner_shown_token (Scanner    *s,
                                  const char *start,
                                  const char *end)
{
  const char *valid_end = s->data + s->valid_utf8_end;
  const char *p = start;
  guint n = 0;
  GString *out;

  end = MIN (end, valid_end);
  while (p < end && n < MAX_SHOWN_TOKEN)
    {
      const char *next = *p == '\\' ? p + escape_length (p, end) : g_utf8_next_char (p);

      if (next > end)
        break;
      p = next;
      n++;
    }

  out = g_string_new_len (start, MAX (p - start, 0));
  if (p < end)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

static gboolean
read_hex4 (Scanner    *s,
           const char *at,
           gunichar   *out)
{
  gunichar v = 0;

  if (s->end - at < 4)
    return liaison_json_scanner_fail (s, at - 2, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("“\\u” must be followed by four hexadecimal digits"));

  for (guint i = 0; i < 4; i++)
    {
      int h = liaison_json_hex_value (at[i]);

      if (h < 0)
        return liaison_json_scanner_fail (s, at - 2, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("“\\u” must be followed by four hexadecimal digits"));
      v = (v << 4) | h;
    }

  *out = v;
  return TRUE;
}

/* Scans a string starting at the opening quote. When @decoded is not NULL and
 * the string has escapes, it receives the decoded text.
 */
gboolean
liaison_json_scanner_scan_string (Scanner  *s,
                                  gboolean  is_key,
                                  gboolean *has_escapes)
{
  const char *start = s->p;
  const char *p = s->p + 1;
  const char *end = s->end;

  *has_escapes = FALSE;

  for (;;)
    {
      /* Fast path over ordinary bytes; UTF-8 validity was checked up front. */
      while (p < end && (guchar) *p >= 0x20 && *p != '"' && *p != '\\')
        p++;

      if ((guint64) (p - start - 1) > s->limits->max_string_length)
        {
          g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, s->limits->max_string_length);

          return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_LIMIT,
                       _("a string is longer than the limit of %s bytes"), limit);
        }

      if (p >= end)
        return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("a string is not closed: the file ends before its closing quote"));

      if (*p == '"')
        {
          s->p = p + 1;
          return TRUE;
        }

      if (*p == '\\')
        {
          *has_escapes = TRUE;

          if (p + 1 >= end)
            return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         _("a string is not closed: the file ends before its closing quote"));

          switch (p[1])
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              p += 2;
              break;

            case 'u':
              {
                gunichar c;

                if (!read_hex4 (s, p + 2, &c))
                  return FALSE;

                if (c == 0)
                  return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                               _("“\\u0000” (a NUL character) is not allowed in strings"));

                if (c >= 0xDC00 && c <= 0xDFFF)
                  return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_ENCODING,
                               _("“\\u%04X” is half of a surrogate pair without its first half"),
                               c);

                if (c >= 0xD800 && c <= 0xDBFF)
                  {
                    gunichar low = 0;

                    if (end - p < 12 || p[6] != '\\' || p[7] != 'u' ||
                        !read_hex4 (s, p + 8, &low) || low < 0xDC00 || low > 0xDFFF)
                      {
                        if (s->error != NULL)
                          return FALSE;
                        return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_ENCODING,
                                     _("“\\u%04X” is half of a surrogate pair without its second half"),
                                     c);
                      }
                    p += 12;
                  }
                else
                  p += 6;
              }
              break;

            default:
              {
                const char *next = char_end (s, p + 1);

                /* A backslash before bytes that are not UTF-8: those are the
                 * problem, and fail() leaves them to the encoding check.
                 */
                return liaison_json_scanner_fail (s, p + 1 >= s->data + s->valid_utf8_end ? p + 1 : p,
                             LIAISON_JSON_SCAN_ERROR_SYNTAX,
                             _("“\\%.*s” is not a valid escape; write a backslash as “\\\\”"),
                             (int) (next - (p + 1)), p + 1);
              }
            }
          continue;
        }

      /* A control character. A raw line break usually means a missing quote. */
      if (*p == '\n' || *p == '\r')
        return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     is_key ? _("a line break inside a key: is a closing quote missing?")
                            : _("a line break inside a string: is a closing quote missing? "
                                "Write a line break in a string as “\\n”"));

      return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("the control character U+%04X must be escaped in a string"),
                   (guint) (guchar) *p);
    }
}

static gboolean
integer_out_of_range (const char *digits,
                      gsize       n_digits,
                      gboolean    negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  if (n_digits != 19)
    return n_digits > 19;

  return memcmp (digits, limit, 19) > 0;
}

gboolean
liaison_json_scanner_scan_number (Scanner *s)
{
  const char *start = s->p;
  const char *p = s->p;
  const char *end = s->end;
  const char *int_start;
  gboolean negative = FALSE;
  gboolean is_integer = TRUE;
  gboolean exponent = FALSE;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  if (p < end && (*p == 'I' || *p == 'N'))
    return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("NaN and Infinity are not numbers in JSON"));

  if (p >= end || !g_ascii_isdigit (*p))
    {
      if (p < end && *p == '.')
        return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("a number needs a digit before its decimal point"));
      return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("“-” must be followed by a digit"));
    }

  int_start = p;

  if (*p == '0')
    {
      p++;
      if (p < end && (*p == 'x' || *p == 'X'))
        return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("hexadecimal numbers are not allowed in JSON"));
      if (p < end && g_ascii_isdigit (*p))
        return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("a number cannot start with 0 (leading zeros are not allowed in JSON)"));
    }
  else
    {
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && *p == '.')
    {
      is_integer = FALSE;
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("a digit must follow the decimal point"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      is_integer = FALSE;
      exponent = TRUE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("a digit must follow the exponent of a number"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && is_word_char (*p))
    {
      const char *word_end = p;
      g_autofree char *shown = NULL;

      while (word_end < end && is_word_char (*word_end))
        word_end++;
      shown = liaison_json_scanner_shown_token (s, start, word_end);
      return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("“%s” is not a valid number"), shown);
    }

  if (is_integer)
    {
      if (integer_out_of_range (int_start, p - int_start, negative))
        {
          g_autofree char *shown = liaison_json_scanner_shown_token (s, start, p);

          return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_NUMBER_RANGE,
                       _("the integer %s does not fit in 64 bits; write it as a string "
                         "to keep every digit"),
                       shown);
        }
    }
  else if (exponent || p - int_start > 300)
    {
      /* Only an exponent or hundreds of digits can overflow a double. */
      g_autofree char *copy = g_strndup (start, p - start);
      double value = g_ascii_strtod (copy, NULL);

      if (!isfinite (value))
        {
          g_autofree char *shown = liaison_json_scanner_shown_token (s, start, p);

          return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_NUMBER_RANGE,
                       _("the number %s is too large to represent"), shown);
        }
    }

  s->p = p;
  return TRUE;
}

gboolean
liaison_json_scanner_scan_literal (Scanner *s)
{
  static const char *const literals[] = { "true", "false", "null" };
  const char *start = s->p;
  const char *word_end = start;
  g_autofree char *shown = NULL;

  while (word_end < s->end && is_word_char (*word_end))
    word_end++;

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if ((gsize) (word_end - start) == len && memcmp (start, literals[i], len) == 0)
        {
          s->p = word_end;
          return TRUE;
        }
    }

  shown = liaison_json_scanner_shown_token (s, start, word_end > start ? word_end : char_end (s, start));

  if (g_ascii_strncasecmp (shown, "nan", 3) == 0 || g_ascii_strncasecmp (shown, "inf", 3) == 0)
    return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("NaN and Infinity are not numbers in JSON"));

  return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
               _("unexpected “%s”: text must be in double quotes, and only true, false "
                 "and null are written without them"),
               shown);
}

/* Explains a byte that cannot start a value. */
gboolean
liaison_json_scanner_fail_unexpected (Scanner    *s,
                                      const char *expected)
{
  const char *p = s->p;

  if (p >= s->end)
    return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("the file ends before the JSON is complete (expected %s)"), expected);

  switch (*p)
    {
    case '\'':
      return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("strings must be in double quotes, not single quotes"));
    case '/':
      return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("comments are not allowed in JSON"));
    case '#':
      return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("comments are not allowed in JSON"));
    case '+':
      return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("a number cannot start with “+”"));
    case '.':
      return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("a number needs a digit before its decimal point"));
    default:
      break;
    }

  if (g_ascii_isalpha (*p) || *p == '_' || *p == '$' || (guchar) *p >= 0x80)
    return liaison_json_scanner_scan_literal (s);

  {
    const char *next = char_end (s, p);

    return liaison_json_scanner_fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("unexpected “%.*s” (expected %s)"), (int) (next - p), p, expected);
  }
}


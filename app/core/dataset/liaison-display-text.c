/* liaison-display-text.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-display-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-display-text.h"

/* A run this long with nowhere to break gets a zero-width space. */
#define MAX_UNBROKEN_CHARS 64

/* Whether @c belongs to the character before it, as a reader sees it: a
 * combining mark, a variation selector, an emoji modifier or tag, the
 * second half of a flag, or either side of a zero-width joiner.
 */
static gboolean
continues_character (const char *text,
                     const char *p)
{
  const char *before = g_utf8_find_prev_char (text, p);
  gunichar c = g_utf8_get_char (p);
  gunichar prev;

  if (before == NULL)
    return FALSE;
  prev = g_utf8_get_char (before);

  if (g_unichar_ismark (c) || c == 0x200D || prev == 0x200D ||
      (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) ||
      (prev == '\r' && c == '\n'))
    return TRUE;

  /* Flags are pairs of regional indicators: count the run before @p,
   * not too far back.
   */
  if (c >= 0x1F1E6 && c <= 0x1F1FF)
    {
      guint n = 0;

      for (const char *q = before; q != NULL && n < 64; q = g_utf8_find_prev_char (text, q))
        {
          gunichar r = g_utf8_get_char (q);

          if (r < 0x1F1E6 || r > 0x1F1FF)
            break;
          n++;
        }
      return n % 2 == 1;
    }

  return FALSE;
}

/* A character followed by this many marks is cut among them anyway: a
 * hostile text must not make its shortening long.
 */
#define MAX_CHARACTER_PARTS 32

/* Returns: how many bytes of @text to keep to keep at most @max_chars
 * characters (code points) of it, ending between two characters: never
 * inside a UTF-8 sequence, nor between a letter and its accent or the
 * parts of an emoji, unless that one character alone is longer than
 * @max_chars. @text is valid UTF-8.
 */
gsize
liaison_text_cut_length (const char *text,
                         gsize       max_chars)
{
  const char *p = text;
  const char *cut;

  g_return_val_if_fail (text != NULL, 0);

  for (gsize n = 0; n < max_chars && *p != '\0'; n++)
    p = g_utf8_next_char (p);

  if (*p == '\0' || p == text)
    return p - text;

  cut = p;
  for (guint i = 0; i < MAX_CHARACTER_PARTS && cut > text && continues_character (text, cut); i++)
    cut = g_utf8_find_prev_char (text, cut);

  /* A whole character was found to end at, or there is none to keep. */
  if (cut > text && !continues_character (text, cut))
    return cut - text;

  return p - text;
}

/* Returns: (transfer full): @text itself when it has at most @max_chars
 * characters; otherwise as much of it as liaison_text_cut_length() keeps,
 * followed by “…”. Shorten plain text, then escape or mark it up, so that
 * the cut never falls inside an escape.
 */
char *
liaison_text_shorten (const char *text,
                      gsize       max_chars)
{
  GString *out;
  gsize keep;

  g_return_val_if_fail (text != NULL, NULL);

  keep = liaison_text_cut_length (text, max_chars);
  if (text[keep] == '\0')
    return g_strdup (text);

  out = g_string_sized_new (keep + 4);
  g_string_append_len (out, text, keep);
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): @text as a wrapping label can show it.
 *
 * Pango breaks a word too long for its line by shaping it again for each
 * line it fills, so a label of 20,000 letters and no space froze the
 * window for minutes, and a string of a few mebibytes would never come
 * back. Long runs get zero-width spaces to break at, which change nothing
 * on screen, and a text past LIAISON_MAX_DISPLAY_CHARS is cut, saying how
 * much is left out.
 */
char *
liaison_display_text (const char *text)
{
  GString *out;
  guint run = 0;
  const char *p;
  const char *end;

  if (text == NULL)
    return NULL;

  end = text + liaison_text_cut_length (text, LIAISON_MAX_DISPLAY_CHARS);
  out = g_string_sized_new (end - text + 16);
  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        run = 0;
      else if (++run > MAX_UNBROKEN_CHARS && !continues_character (text, p))
        {
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      g_string_append_unichar (out, c);
    }

  if (*p != '\0')
    {
      glong rest = g_utf8_strlen (p, -1);

      /* TRANSLATORS: after a text cut short, how much of it is not shown */
      g_string_append_printf (out, ngettext ("… (%ld more character)", "… (%ld more characters)", rest), rest);
    }

  return g_string_free (out, FALSE);
}

/* The escape C and JSON share for @c, or NULL; \v is C's alone. */
static const char *
short_escape (gunichar c,
              gboolean as_json)
{
  switch (c)
    {
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\v': return as_json ? NULL : "\\v";
    case '\\': return "\\\\";
    case '"': return "\\\"";
    default: return NULL;
    }
}

/* @value in quotes after it is shortened, escaped as C writes strings
 * (characters that show as themselves stay as they are) or, @as_json, as
 * json-glib does (byte by byte: only ASCII is escaped). The cut can never
 * fall inside an escape or a character.
 */
static char *
quote (const char *value,
       gboolean    as_json)
{
  g_autofree char *cut = liaison_text_shorten (value, LIAISON_MAX_QUOTED_CHARS);
  GString *out = g_string_sized_new (strlen (cut) + 2);
  const char *next;

  g_string_append_c (out, '"');
  for (const char *p = cut; *p != '\0'; p = next)
    {
      gunichar c = as_json ? (guchar) *p : g_utf8_get_char (p);
      const char *escape = short_escape (c, as_json);

      next = as_json ? p + 1 : g_utf8_next_char (p);
      if (escape != NULL)
        g_string_append (out, escape);
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, as_json ? "\\u%04x" : "\\%03o", c);
      else if (as_json || c < 0x80 || c == 0x200C || c == 0x200D ||
               (g_unichar_isprint (c) && c != 0x2028 && c != 0x2029))
        g_string_append_len (out, p, next - p);
      else
        g_string_append_printf (out, "\\u%04X", c);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): a value in a message, quoted and escaped as C
 * writes strings, after it is shortened.
 */
char *
liaison_quote_value (const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  return quote (value, FALSE);
}

/* Returns: (transfer full): the same as JSON writes it (json-glib's way). */
char *
liaison_quote_json (const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  return quote (value, TRUE);
}

/* Returns: (transfer full): "unknown entity "huwei" (did you mean
 * "huawei"?)": @what is a word marked with N_(), @guess the id that was
 * probably meant, or NULL.
 */
char *
liaison_describe_unknown (const char *what,
                          const char *value,
                          const char *guess)
{
  g_autofree char *shown = NULL;
  g_autofree char *shown_guess = NULL;

  g_return_val_if_fail (what != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  shown = liaison_quote_value (value);
  if (guess == NULL)
    return g_strdup_printf (_("unknown %s %s"), _(what), shown);

  shown_guess = liaison_quote_value (guess);
  /* TRANSLATORS: e.g. unknown entity "huwei" (did you mean "huawei"?) */
  return g_strdup_printf (_("unknown %s %s (did you mean %s?)"), _(what), shown, shown_guess);
}

/* liaison-json-scan.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A strict, byte-level JSON (RFC 8259) checker that runs before json-glib.
 *
 * json-glib 1.6 accepts comments, hex numbers, single quotes, raw control
 * characters and trailing text, silently mangles large numbers and "\u0000",
 * crashes on very deep nesting and has no limits at all. This pass reads the
 * bytes once, without building anything, and stops at the first problem with
 * its line and column, so json-glib only ever sees text it handles correctly.
 *
 * Decisions (documented in the README):
 *  - a UTF-8 byte-order mark is skipped; UTF-16 and UTF-32 are refused;
 *  - a key repeated in one object is an error (json-glib would keep the last);
 *  - an integer beyond 64 bits or a number that overflows a double is an
 *    error, while a number too small for a double becomes 0 as usual.
 */

#define G_LOG_DOMAIN "liaison-json-scan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-json-scan.h"

G_DEFINE_QUARK (liaison-json-scan-error-quark, liaison_json_scan_error)

#define CANCEL_CHECK_INTERVAL (1024 * 1024)
#define MAX_SHOWN_TOKEN       40
/* Below this many keys an object's duplicates are found by a linear search. */
#define KEY_HASH_THRESHOLD    16

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
} Scanner;

void
liaison_load_limits_init (LiaisonLoadLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->max_file_size = LIAISON_DEFAULT_MAX_FILE_SIZE;
  limits->max_depth = LIAISON_DEFAULT_MAX_DEPTH;
  limits->max_values = LIAISON_DEFAULT_MAX_VALUES;
  limits->max_string_length = LIAISON_DEFAULT_MAX_STRING_LENGTH;
}

void
liaison_json_position (const char *data,
                       gsize       offset,
                       guint      *line,
                       guint      *column)
{
  const char *line_start = data;
  const char *target = data + offset;
  const char *nl;
  guint n_lines = 1;

  while ((nl = memchr (line_start, '\n', target - line_start)) != NULL)
    {
      n_lines++;
      line_start = nl + 1;
    }

  *line = n_lines;
  /* Columns count characters, as editors show them; the text before the
   * offset is known to be valid UTF-8.
   */
  *column = g_utf8_strlen (line_start, target - line_start) + 1;
}

static gboolean
fail (Scanner    *s,
      const char *where,
      int         code,
      const char *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Scanner    *s,
      const char *where,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  gsize offset = where - s->data;
  guint line, column;
  va_list args;

  if (s->error != NULL)
    return FALSE;

  /* An encoding problem earlier in the file is the real first problem;
   * liaison_json_scan() reports it.
   */
  if (s->valid_utf8_end < (gsize) (s->end - s->data) && offset >= s->valid_utf8_end)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  liaison_json_position (s->data, offset, &line, &column);
  s->error = g_error_new (LIAISON_JSON_SCAN_ERROR, code, "%u:%u: %s", line, column, message);

  return FALSE;
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

static char *
shown_token (Scanner    *s,
             const char *start,
             const char *end)
{
  const char *valid_end = s->data + s->valid_utf8_end;
  const char *p = start;
  guint n = 0;

  /* Show a bounded, whole-character excerpt, in UTF-8 whatever the file. */
  end = MIN (end, valid_end);
  while (p < end && n < MAX_SHOWN_TOKEN)
    {
      p = g_utf8_next_char (p);
      n++;
    }
  if (p > end)
    p = end;

  if (p < end)
    return g_strdup_printf ("%.*s…", (int) (p - start), start);

  return g_strndup (start, MAX (p - start, 0));
}

static inline void
skip_whitespace (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
    s->p++;
}

static inline gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$' || c == '.' || c == '+' || c == '-';
}

static gboolean
check_cancel (Scanner *s)
{
  if (s->p < s->next_cancel_check)
    return TRUE;

  s->next_cancel_check = s->p + CANCEL_CHECK_INTERVAL;

  if (g_cancellable_set_error_if_cancelled (s->cancellable, &s->error))
    return FALSE;

  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scanner    *s,
           const char *at,
           gunichar   *out)
{
  gunichar v = 0;

  if (s->end - at < 4)
    return fail (s, at - 2, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("“\\u” must be followed by four hexadecimal digits"));

  for (guint i = 0; i < 4; i++)
    {
      int h = hex_value (at[i]);

      if (h < 0)
        return fail (s, at - 2, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("“\\u” must be followed by four hexadecimal digits"));
      v = (v << 4) | h;
    }

  *out = v;
  return TRUE;
}

/* Scans a string starting at the opening quote. When @decoded is not NULL and
 * the string has escapes, it receives the decoded text.
 */
static gboolean
scan_string (Scanner  *s,
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

          return fail (s, start, LIAISON_JSON_SCAN_ERROR_LIMIT,
                       _("a string is longer than the limit of %s bytes"), limit);
        }

      if (p >= end)
        return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
            return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
                  return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                               _("“\\u0000” (a NUL character) is not allowed in strings"));

                if (c >= 0xDC00 && c <= 0xDFFF)
                  return fail (s, p, LIAISON_JSON_SCAN_ERROR_ENCODING,
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
                        return fail (s, p, LIAISON_JSON_SCAN_ERROR_ENCODING,
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
                return fail (s, p + 1 >= s->data + s->valid_utf8_end ? p + 1 : p,
                             LIAISON_JSON_SCAN_ERROR_SYNTAX,
                             _("“\\%.*s” is not a valid escape; write a backslash as “\\\\”"),
                             (int) (next - (p + 1)), p + 1);
              }
            }
          continue;
        }

      /* A control character. A raw line break usually means a missing quote. */
      if (*p == '\n' || *p == '\r')
        return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     is_key ? _("a line break inside a key: is a closing quote missing?")
                            : _("a line break inside a string: is a closing quote missing? "
                                "Write a line break in a string as “\\n”"));

      return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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

static gboolean
scan_number (Scanner *s)
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
    return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("NaN and Infinity are not numbers in JSON"));

  if (p >= end || !g_ascii_isdigit (*p))
    {
      if (p < end && *p == '.')
        return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("a number needs a digit before its decimal point"));
      return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("“-” must be followed by a digit"));
    }

  int_start = p;

  if (*p == '0')
    {
      p++;
      if (p < end && (*p == 'x' || *p == 'X'))
        return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     _("hexadecimal numbers are not allowed in JSON"));
      if (p < end && g_ascii_isdigit (*p))
        return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
        return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
        return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
      shown = shown_token (s, start, word_end);
      return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("“%s” is not a valid number"), shown);
    }

  if (is_integer)
    {
      if (integer_out_of_range (int_start, p - int_start, negative))
        {
          g_autofree char *shown = shown_token (s, start, p);

          return fail (s, start, LIAISON_JSON_SCAN_ERROR_NUMBER_RANGE,
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
          g_autofree char *shown = shown_token (s, start, p);

          return fail (s, start, LIAISON_JSON_SCAN_ERROR_NUMBER_RANGE,
                       _("the number %s is too large to represent"), shown);
        }
    }

  s->p = p;
  return TRUE;
}

static gboolean
scan_literal (Scanner *s)
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

  shown = shown_token (s, start, word_end > start ? word_end : char_end (s, start));

  if (g_ascii_strncasecmp (shown, "nan", 3) == 0 || g_ascii_strncasecmp (shown, "inf", 3) == 0)
    return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("NaN and Infinity are not numbers in JSON"));

  return fail (s, start, LIAISON_JSON_SCAN_ERROR_SYNTAX,
               _("unexpected “%s”: text must be in double quotes, and only true, false "
                 "and null are written without them"),
               shown);
}

/* Explains a byte that cannot start a value. */
static gboolean
fail_unexpected (Scanner    *s,
                 const char *expected)
{
  const char *p = s->p;

  if (p >= s->end)
    return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("the file ends before the JSON is complete (expected %s)"), expected);

  switch (*p)
    {
    case '\'':
      return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("strings must be in double quotes, not single quotes"));
    case '/':
      return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("comments are not allowed in JSON"));
    case '#':
      return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("comments are not allowed in JSON"));
    case '+':
      return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("a number cannot start with “+”"));
    case '.':
      return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                   _("a number needs a digit before its decimal point"));
    default:
      break;
    }

  if (g_ascii_isalpha (*p) || *p == '_' || *p == '$' || (guchar) *p >= 0x80)
    return scan_literal (s);

  {
    const char *next = char_end (s, p);

    return fail (s, p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                 _("unexpected “%.*s” (expected %s)"), (int) (next - p), p, expected);
  }
}

static Frame *
top_frame (Scanner *s)
{
  return &g_array_index (s->frames, Frame, s->frames->len - 1);
}

static gboolean
push_frame (Scanner  *s,
            gboolean  is_object)
{
  Frame frame = { is_object, s->keys->len, NULL };

  if (s->frames->len + 1 > s->limits->max_depth)
    return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_LIMIT,
                 _("arrays and objects are nested more than %u deep"), s->limits->max_depth);

  g_array_append_val (s->frames, frame);
  s->max_depth = MAX (s->max_depth, s->frames->len);
  s->p++;

  return TRUE;
}

static void
clear_key (gpointer data)
{
  Key *key = data;

  g_clear_pointer (&key->decoded, g_free);
}

static void
pop_frame (Scanner *s)
{
  Frame *frame = top_frame (s);

  g_array_set_size (s->keys, frame->first_key);
  g_clear_pointer (&frame->key_set, g_hash_table_unref);
  g_array_set_size (s->frames, s->frames->len - 1);
}

static char *
decode_key (const char *raw,
            gsize       raw_len)
{
  const char *end = raw + raw_len;
  GString *out = g_string_sized_new (raw_len);

  /* The key has passed scan_string(), so every escape here is well formed. */
  for (const char *p = raw; p < end; )
    {
      gunichar c;

      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      switch (p[1])
        {
        case 'b': g_string_append_c (out, '\b'); p += 2; break;
        case 'f': g_string_append_c (out, '\f'); p += 2; break;
        case 'n': g_string_append_c (out, '\n'); p += 2; break;
        case 'r': g_string_append_c (out, '\r'); p += 2; break;
        case 't': g_string_append_c (out, '\t'); p += 2; break;
        case 'u':
          c = (hex_value (p[2]) << 12) | (hex_value (p[3]) << 8) |
              (hex_value (p[4]) << 4) | hex_value (p[5]);
          p += 6;
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              gunichar low = (hex_value (p[2]) << 12) | (hex_value (p[3]) << 8) |
                             (hex_value (p[4]) << 4) | hex_value (p[5]);

              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (out, c);
          break;
        default:
          g_string_append_c (out, p[1]);
          p += 2;
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static const char *
key_text (const Key *key,
          gsize     *len)
{
  if (key->decoded != NULL)
    {
      *len = strlen (key->decoded);
      return key->decoded;
    }

  *len = key->raw_len;
  return key->raw;
}

static gboolean
keys_equal (const Key *a,
            const Key *b)
{
  gsize a_len, b_len;
  const char *a_text = key_text (a, &a_len);
  const char *b_text = key_text (b, &b_len);

  return a_len == b_len && memcmp (a_text, b_text, a_len) == 0;
}

/* Records the key just scanned and fails when the object already has it. */
static gboolean
add_key (Scanner    *s,
         const char *start,
         gboolean    has_escapes)
{
  Frame *frame = top_frame (s);
  Key key = { start + 1, s->p - start - 2, NULL };
  const Key *previous = NULL;
  guint n_keys;

  if (has_escapes)
    key.decoded = decode_key (key.raw, key.raw_len);

  n_keys = s->keys->len - frame->first_key;

  if (frame->key_set == NULL && n_keys >= KEY_HASH_THRESHOLD)
    {
      frame->key_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = frame->first_key; i < s->keys->len; i++)
        {
          const Key *k = &g_array_index (s->keys, Key, i);
          gsize len;
          const char *text = key_text (k, &len);

          g_hash_table_insert (frame->key_set, g_strndup (text, len), GUINT_TO_POINTER (i + 1));
        }
    }

  if (frame->key_set != NULL)
    {
      gsize len;
      const char *text = key_text (&key, &len);
      char *copy = g_strndup (text, len);
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (frame->key_set, copy));

      if (found != 0)
        {
          previous = &g_array_index (s->keys, Key, found - 1);
          g_free (copy);
        }
      else
        g_hash_table_insert (frame->key_set, copy, GUINT_TO_POINTER (s->keys->len + 1));
    }
  else
    {
      for (guint i = frame->first_key; i < s->keys->len; i++)
        {
          const Key *k = &g_array_index (s->keys, Key, i);

          if (keys_equal (k, &key))
            {
              previous = k;
              break;
            }
        }
    }

  if (previous != NULL)
    {
      g_autofree char *shown = shown_token (s, key.raw, key.raw + key.raw_len);
      guint line, column;

      g_free (key.decoded);
      liaison_json_position (s->data, previous->raw - 1 - s->data, &line, &column);
      return fail (s, start, LIAISON_JSON_SCAN_ERROR_DUPLICATE_KEY,
                   _("the key “%s” appears twice in one object (first at line %u, column %u)"),
                   shown, line, column);
    }

  g_array_append_val (s->keys, key);
  return TRUE;
}

static gboolean
count_value (Scanner *s)
{
  if (++s->n_values > s->limits->max_values)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, s->limits->max_values);

      return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_LIMIT,
                   _("the file has more than %s values, the limit"), limit);
    }
  return TRUE;
}

typedef enum
{
  STATE_VALUE,
  STATE_AFTER_VALUE,
  STATE_KEY,
} State;

static gboolean
scan_document (Scanner *s)
{
  State state = STATE_VALUE;
  gboolean after_comma = FALSE;
  gboolean has_escapes;

  for (;;)
    {
      gboolean follows_comma = after_comma;

      after_comma = FALSE;

      if (!check_cancel (s))
        return FALSE;

      skip_whitespace (s);

      switch (state)
        {
        case STATE_VALUE:
          if (s->p >= s->end)
            return fail_unexpected (s, _("a value"));

          if (!count_value (s))
            return FALSE;

          switch (*s->p)
            {
            case '{':
              if (!push_frame (s, TRUE))
                return FALSE;
              skip_whitespace (s);
              if (s->p < s->end && *s->p == '}')
                {
                  s->p++;
                  pop_frame (s);
                  state = STATE_AFTER_VALUE;
                }
              else
                state = STATE_KEY;
              break;

            case '[':
              if (!push_frame (s, FALSE))
                return FALSE;
              skip_whitespace (s);
              if (s->p < s->end && *s->p == ']')
                {
                  s->p++;
                  pop_frame (s);
                  state = STATE_AFTER_VALUE;
                }
              else
                state = STATE_VALUE;
              break;

            case '"':
              if (!scan_string (s, FALSE, &has_escapes))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!scan_number (s))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case 't': case 'f': case 'n':
              if (!scan_literal (s))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case ']':
            case '}':
              if (follows_comma)
                return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                             _("a comma before “%c” has no value after it (trailing commas are "
                               "not allowed in JSON)"), *s->p);
              return fail_unexpected (s, _("a value"));

            case ',':
              return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                           _("unexpected “,”: a value is missing"));

            default:
              return fail_unexpected (s, _("a value"));
            }
          break;

        case STATE_KEY:
          if (s->p < s->end && *s->p == '"')
            {
              const char *key_start = s->p;

              if (!scan_string (s, TRUE, &has_escapes) || !add_key (s, key_start, has_escapes))
                return FALSE;

              skip_whitespace (s);
              if (s->p >= s->end || *s->p != ':')
                {
                  if (s->p >= s->end)
                    return fail_unexpected (s, _("“:”"));
                  return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                               _("expected “:” after an object key"));
                }
              s->p++;
              state = STATE_VALUE;
            }
          else if (s->p < s->end && *s->p == '}')
            return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         _("a comma before “}” has no value after it (trailing commas are "
                           "not allowed in JSON)"));
          else if (s->p < s->end && (*s->p == '\'' || *s->p == '/' || *s->p == '#'))
            return fail_unexpected (s, _("a key"));
          else if (s->p < s->end && (g_ascii_isalpha (*s->p) || *s->p == '_' || *s->p == '$'))
            return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         _("object keys must be strings in double quotes"));
          else
            return fail_unexpected (s, _("a key in double quotes"));
          break;

        case STATE_AFTER_VALUE:
          if (s->frames->len == 0)
            {
              if (s->p < s->end)
                {
                  if (*s->p == '/' || *s->p == '#')
                    return fail_unexpected (s, "");
                  return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                               _("unexpected text after the end of the JSON value"));
                }
              return TRUE;
            }

          if (s->p >= s->end)
            return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         ngettext ("the file ends before the JSON is complete (%u array or object "
                                   "is not closed)",
                                   "the file ends before the JSON is complete (%u arrays or objects "
                                   "are not closed)", s->frames->len), s->frames->len);

          if (*s->p == ',')
            {
              s->p++;
              after_comma = TRUE;
              state = top_frame (s)->is_object ? STATE_KEY : STATE_VALUE;
              continue;
            }
          else if (*s->p == (top_frame (s)->is_object ? '}' : ']'))
            {
              s->p++;
              pop_frame (s);
            }
          else if (*s->p == '/' || *s->p == '#')
            return fail_unexpected (s, "");
          else if (top_frame (s)->is_object)
            return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         *s->p == ']' ? _("“]” closes an object; expected “}”")
                                      : _("expected “,” or “}” after a value in an object "
                                          "(is a comma missing?)"));
          else
            return fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         *s->p == '}' ? _("“}” closes an array; expected “]”")
                                      : _("expected “,” or “]” after a value in an array "
                                          "(is a comma missing?)"));
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
check_encoding_prefix (Scanner *s)
{
  const guchar *u = (const guchar *) s->data;
  gsize len = s->end - s->data;

  if ((len >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) ||
      (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF))
    {
      s->error = g_error_new (LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_ENCODING,
                              "1:1: %s", _("the file is UTF-32 encoded; save it as UTF-8"));
      return FALSE;
    }

  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
    {
      s->error = g_error_new (LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_ENCODING,
                              "1:1: %s", _("the file is UTF-16 encoded; save it as UTF-8"));
      return FALSE;
    }

  return TRUE;
}

gboolean
liaison_json_scan (const char               *data,
                   gsize                     length,
                   const LiaisonLoadLimits  *limits,
                   LiaisonJsonScanInfo      *info,
                   GCancellable             *cancellable,
                   GError                  **error)
{
  Scanner s = { 0 };
  const char *valid_end = NULL;
  gsize start = 0;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;

  s.data = data;
  s.end = data + length;
  s.limits = limits;
  s.cancellable = cancellable;

  if (!check_encoding_prefix (&s))
    {
      g_propagate_error (error, s.error);
      return FALSE;
    }

  /* g_utf8_validate_len() also stops at NUL bytes, which json-glib would
   * treat as the end of the text.
   */
  g_utf8_validate_len (data, length, &valid_end);
  s.valid_utf8_end = valid_end - data;

  s.p = data + start;
  s.next_cancel_check = s.p;
  skip_whitespace (&s);

  if (s.p >= s.end && s.valid_utf8_end == length)
    {
      g_set_error_literal (error, LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_EMPTY,
                           length == start ? _("the file is empty")
                                           : _("the file contains only white space"));
      return FALSE;
    }

  if (s.p < s.end && *s.p == '<')
    fail (&s, s.p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
          _("this is not JSON: it starts with “<” as HTML and XML do"));
  else if (s.p < s.end && strchr ("{[\"-+.0123456789tfn/'#", *s.p) == NULL)
    {
      /* Another kind of file altogether, more likely than a typo. */
      const char *word_end = s.p;
      g_autofree char *shown = NULL;

      while (word_end < s.end && word_end - s.p < 8 && g_ascii_isprint (*word_end) && *word_end != ' ')
        word_end++;
      shown = word_end > s.p ? g_strndup (s.p, word_end - s.p) : NULL;
      if (shown != NULL && g_utf8_validate (shown, -1, NULL))
        fail (&s, s.p, LIAISON_JSON_SCAN_ERROR_SYNTAX, _("this is not JSON: it starts with “%s”"), shown);
    }

  if (s.error != NULL)
    {
      g_propagate_error (error, s.error);
      return FALSE;
    }

  s.frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  s.keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_array_set_clear_func (s.keys, clear_key);

  ok = scan_document (&s);

  while (s.frames->len > 0)
    pop_frame (&s);
  g_array_unref (s.frames);
  g_array_unref (s.keys);

  if (s.error == NULL && (!ok || s.valid_utf8_end < length))
    {
      const char *bad = data + s.valid_utf8_end;
      guint line, column;

      /* Either the scan stopped past the first encoding problem, or it
       * finished while invalid bytes remain.
       */
      liaison_json_position (data, s.valid_utf8_end, &line, &column);
      if (*bad == '\0')
        s.error = g_error_new (LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_ENCODING,
                               "%u:%u: %s", line, column,
                               _("the file contains a NUL byte: it is binary, or not UTF-8 text"));
      else
        s.error = g_error_new (LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_ENCODING,
                               "%u:%u: %s (0x%02X)", line, column,
                               _("the text is not valid UTF-8"), (guint) (guchar) *bad);
    }

  if (s.error != NULL)
    {
      g_propagate_error (error, s.error);
      return FALSE;
    }

  if (info != NULL)
    {
      info->start = start;
      info->n_values = s.n_values;
      info->max_depth = s.max_depth;
    }

  return TRUE;
}

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
#include <string.h>

#include "liaison-json-scan-private.h"

G_DEFINE_QUARK (liaison-json-scan-error-quark, liaison_json_scan_error)

#define CANCEL_CHECK_INTERVAL (1024 * 1024)
/* Below this many keys an object's duplicates are found by a linear search. */
#define KEY_HASH_THRESHOLD    16

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

gboolean
liaison_json_scanner_fail (Scanner    *s,
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

static inline void
skip_whitespace (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
    s->p++;
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
    return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_LIMIT,
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
          c = (liaison_json_hex_value (p[2]) << 12) | (liaison_json_hex_value (p[3]) << 8) |
              (liaison_json_hex_value (p[4]) << 4) | liaison_json_hex_value (p[5]);
          p += 6;
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              gunichar low = (liaison_json_hex_value (p[2]) << 12) | (liaison_json_hex_value (p[3]) << 8) |
                             (liaison_json_hex_value (p[4]) << 4) | liaison_json_hex_value (p[5]);

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
      g_autofree char *shown = liaison_json_scanner_shown_token (s, key.raw, key.raw + key.raw_len);
      guint line, column;

      g_free (key.decoded);
      liaison_json_position (s->data, previous->raw - 1 - s->data, &line, &column);
      return liaison_json_scanner_fail (s, start, LIAISON_JSON_SCAN_ERROR_DUPLICATE_KEY,
                   _("the key “%s” appears twice in one object (first at line %u, column %u)"),
                   shown, line, column);
    }

  g_array_append_val (s->keys, key);

  if (s->outline != NULL && s->frames->len == 1)
    {
      LiaisonJsonMember *member = g_new0 (LiaisonJsonMember, 1);
      gsize len;
      const char *text = key_text (&key, &len);

      member->key = g_strndup (text, len);
      g_ptr_array_add (s->outline->members, member);
      s->member = member;
    }

  return TRUE;
}

static gboolean
count_value (Scanner *s)
{
  if (++s->n_values > s->limits->max_values)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, s->limits->max_values);

      return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_LIMIT,
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

/* For the outline: a value starts at s->p. */
static void
note_value (Scanner *s)
{
  if (s->frames->len == 0)
    s->outline->is_object = s->p < s->end && *s->p == '{';
  else if (s->frames->len == 1 && s->member != NULL)
    {
      s->member->start = s->p - s->data;
      if (s->p < s->end && *s->p == '[')
        s->member->element_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
    }
  else if (s->frames->len == 2 && s->member != NULL && s->member->element_starts != NULL)
    {
      gsize start = s->p - s->data;

      g_array_append_val (s->member->element_starts, start);
    }
}

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

      if (s->member != NULL && state == STATE_AFTER_VALUE && s->frames->len == 1)
        {
          s->member->end = s->p - s->data;
          s->member = NULL;
        }

      skip_whitespace (s);

      if (s->outline != NULL && state == STATE_VALUE)
        note_value (s);

      switch (state)
        {
        case STATE_VALUE:
          if (s->p >= s->end)
            return liaison_json_scanner_fail_unexpected (s, _("a value"));

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
              if (!liaison_json_scanner_scan_string (s, FALSE, &has_escapes))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!liaison_json_scanner_scan_number (s))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case 't': case 'f': case 'n':
              if (!liaison_json_scanner_scan_literal (s))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case ']':
            case '}':
              if (follows_comma)
                return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                             _("a comma before “%c” has no value after it (trailing commas are "
                               "not allowed in JSON)"), *s->p);
              return liaison_json_scanner_fail_unexpected (s, _("a value"));

            case ',':
              return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                           _("unexpected “,”: a value is missing"));

            default:
              return liaison_json_scanner_fail_unexpected (s, _("a value"));
            }
          break;

        case STATE_KEY:
          if (s->p < s->end && *s->p == '"')
            {
              const char *key_start = s->p;

              if (!liaison_json_scanner_scan_string (s, TRUE, &has_escapes) || !add_key (s, key_start, has_escapes))
                return FALSE;

              skip_whitespace (s);
              if (s->p >= s->end || *s->p != ':')
                {
                  if (s->p >= s->end)
                    return liaison_json_scanner_fail_unexpected (s, _("“:”"));
                  return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                               _("expected “:” after an object key"));
                }
              s->p++;
              state = STATE_VALUE;
            }
          else if (s->p < s->end && *s->p == '}')
            return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         _("a comma before “}” has no value after it (trailing commas are "
                           "not allowed in JSON)"));
          else if (s->p < s->end && (*s->p == '\'' || *s->p == '/' || *s->p == '#'))
            return liaison_json_scanner_fail_unexpected (s, _("a key"));
          else if (s->p < s->end && (g_ascii_isalpha (*s->p) || *s->p == '_' || *s->p == '$'))
            return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         _("object keys must be strings in double quotes"));
          else
            return liaison_json_scanner_fail_unexpected (s, _("a key in double quotes"));
          break;

        case STATE_AFTER_VALUE:
          if (s->frames->len == 0)
            {
              if (s->p < s->end)
                {
                  if (*s->p == '/' || *s->p == '#')
                    return liaison_json_scanner_fail_unexpected (s, "");
                  return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                               _("unexpected text after the end of the JSON value"));
                }
              return TRUE;
            }

          if (s->p >= s->end)
            return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
            return liaison_json_scanner_fail_unexpected (s, "");
          else if (top_frame (s)->is_object)
            return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                         *s->p == ']' ? _("“]” closes an object; expected “}”")
                                      : _("expected “,” or “}” after a value in an object "
                                          "(is a comma missing?)"));
          else
            return liaison_json_scanner_fail (s, s->p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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

static void
member_free (gpointer data)
{
  LiaisonJsonMember *member = data;

  g_free (member->key);
  g_clear_pointer (&member->element_starts, g_array_unref);
  g_free (member);
}

void
liaison_json_outline_free (LiaisonJsonOutline *outline)
{
  if (outline == NULL)
    return;

  g_ptr_array_unref (outline->members);
  g_free (outline);
}

/* Returns: (nullable): the top-level member named @key. */
const LiaisonJsonMember *
liaison_json_outline_lookup (const LiaisonJsonOutline *outline,
                             const char               *key)
{
  g_return_val_if_fail (outline != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < outline->members->len; i++)
    {
      const LiaisonJsonMember *member = g_ptr_array_index (outline->members, i);

      if (strcmp (member->key, key) == 0)
        return member;
    }

  return NULL;
}

static gboolean
scan (const char               *data,
      gsize                     length,
      const LiaisonLoadLimits  *limits,
      LiaisonJsonScanInfo      *info,
      LiaisonJsonOutline       *outline,
      GCancellable             *cancellable,
      GError                  **error)
{
  Scanner s = { 0 };
  const char *valid_end = NULL;
  gsize start = 0;
  gboolean ok;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;

  s.data = data;
  s.end = data + length;
  s.limits = limits;
  s.cancellable = cancellable;
  s.outline = outline;

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
    liaison_json_scanner_fail (&s, s.p, LIAISON_JSON_SCAN_ERROR_SYNTAX,
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
        liaison_json_scanner_fail (&s, s.p, LIAISON_JSON_SCAN_ERROR_SYNTAX, _("this is not JSON: it starts with “%s”"), shown);
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

gboolean
liaison_json_scan (const char               *data,
                   gsize                     length,
                   const LiaisonLoadLimits  *limits,
                   LiaisonJsonScanInfo      *info,
                   GCancellable             *cancellable,
                   GError                  **error)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return scan (data, length, limits, info, NULL, cancellable, error);
}

/* As liaison_json_scan(), and on success gives the outline of a
 * top-level object in @outline, which borrows @data.
 */
gboolean
liaison_json_scan_outline (const char               *data,
                           gsize                     length,
                           const LiaisonLoadLimits  *limits,
                           LiaisonJsonScanInfo      *info,
                           LiaisonJsonOutline      **outline,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_autoptr(LiaisonJsonOutline) found = NULL;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);
  g_return_val_if_fail (outline != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  found = g_new0 (LiaisonJsonOutline, 1);
  found->data = data;
  found->length = length;
  found->members = g_ptr_array_new_with_free_func (member_free);

  if (!scan (data, length, limits, info, found, cancellable, error))
    return FALSE;

  *outline = g_steal_pointer (&found);
  return TRUE;
}

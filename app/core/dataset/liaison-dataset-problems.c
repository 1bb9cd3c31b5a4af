/* liaison-dataset-problems.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the dataset builder tells a researcher: where a problem is, the
 * value at fault, quoted and shortened, the id that was probably meant,
 * and, past a limit, how many more there are. Messages cost formatting
 * and sometimes a search: past the limit none is made, only counted.
 */

#define G_LOG_DOMAIN "liaison-dataset"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-dataset-problems.h"
#include "liaison-display-text.h"

LiaisonLocation
liaison_location_path (const char *section,
                       guint       index)
{
  LiaisonLocation location = { LIAISON_LOCATION_PATH, section, index, 0, 0, NULL, 0 };

  return location;
}

LiaisonLocation
liaison_location_line (guint line,
                       guint column)
{
  LiaisonLocation location = {
    LIAISON_LOCATION_LINE, NULL, LIAISON_LOCATION_NO_INDEX, line, column, NULL, 0
  };

  return location;
}

/* Appends where a problem is, and the separator before its message:
 * ": entities[3].evidence[0].source" or ":12:5: evidence[0].source".
 */
static void
append_location (GString               *out,
                 const LiaisonLocation *location,
                 const char            *member)
{
  gsize start;

  if (location->kind == LIAISON_LOCATION_LINE)
    {
      /* In a file read with the dataset's own (a CSV node table), which
       * the message then names instead of the dataset's.
       */
      if (location->file != NULL)
        g_string_append (out, location->file);
      g_string_append_printf (out, ":%u", location->line);
      if (location->column > 0)
        g_string_append_printf (out, ":%u", location->column);
      if (location->list == NULL && member == NULL)
        return;
      g_string_append (out, ": ");
      start = out->len;
    }
  else
    {
      g_string_append (out, ": ");
      start = out->len;
      g_string_append (out, location->section != NULL ? location->section : "");
      if (location->index != LIAISON_LOCATION_NO_INDEX)
        g_string_append_printf (out, "[%u]", location->index);
    }

  if (location->list != NULL)
    {
      if (out->len > start)
        g_string_append_c (out, '.');
      g_string_append_printf (out, "%s[%u]", location->list, location->list_index);
    }
  if (member != NULL)
    {
      /* Top-level members are named on their own: "title", not ".title". */
      if (out->len > start)
        g_string_append_c (out, '.');
      g_string_append (out, member);
    }
}

/* Returns: (transfer full): "entities[3].from", or "12:5: from". */
char *
liaison_location_to_string (const LiaisonLocation *location,
                            const char            *member)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (location != NULL, NULL);

  append_location (out, location, member);
  /* Without the separator that joins it to a file name. */
  if (location->kind == LIAISON_LOCATION_PATH)
    g_string_erase (out, 0, 2);
  else if (location->file == NULL)
    g_string_erase (out, 0, 1);

  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): "a number (42)", "a string (\"x\")", "an
 * array"…, for messages.
 */
char *
liaison_value_describe (const LiaisonValue *value)
{
  g_autofree char *shown = NULL;
  const char *text;

  g_return_val_if_fail (value != NULL, NULL);

  text = value->text != NULL ? value->text : "";

  switch (value->kind)
    {
    case LIAISON_VALUE_OBJECT:
      return g_strdup (_("an object"));
    case LIAISON_VALUE_ARRAY:
      return g_strdup (_("an array"));
    case LIAISON_VALUE_NULL:
      return g_strdup (_("null"));
    case LIAISON_VALUE_STRING:
      shown = liaison_quote_json (text);
      return g_strdup_printf (_("a string (%s)"), shown);
    case LIAISON_VALUE_BOOLEAN:
      shown = liaison_text_shorten (text, LIAISON_MAX_QUOTED_CHARS);
      return g_strdup_printf (_("a boolean (%s)"), shown);
    case LIAISON_VALUE_NUMBER:
      shown = liaison_text_shorten (text, LIAISON_MAX_QUOTED_CHARS);
      return g_strdup_printf (_("a number (%s)"), shown);
    case LIAISON_VALUE_ABSENT:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
liaison_problems_init (LiaisonProblems *self,
                       guint            max_shown)
{
  self->lines = g_ptr_array_new_with_free_func (g_free);
  self->n_problems = 0;
  self->max_shown = max_shown;
}

void
liaison_problems_clear (LiaisonProblems *self)
{
  g_clear_pointer (&self->lines, g_ptr_array_unref);
}

/* Counts a problem, and whether it is one to spell out. */
static gboolean
count_problem (LiaisonProblems *self)
{
  self->n_problems++;
  return self->lines->len < self->max_shown;
}

/* Past the limit a problem is only counted: its message, which may cost
 * formatting and a search through every id, is never made. Returns
 * whether that is the case.
 */
gboolean
liaison_problems_count_if_unshown (LiaisonProblems *self)
{
  if (self->lines->len < self->max_shown)
    return FALSE;

  self->n_problems++;
  return TRUE;
}

/* Returns: (transfer full) (nullable): @value quoted for the message of a
 * problem about it, or NULL when the problem is past the limit: then it is
 * counted, and nothing is made.
 */
char *
liaison_problems_quote_if_shown (LiaisonProblems *self,
                                 const char      *value)
{
  if (liaison_problems_count_if_unshown (self))
    return NULL;

  return liaison_quote_value (value);
}

/* Counts a problem and, below the limit, spells it out: @member is the
 * member of the located item at fault, or NULL.
 */
void
liaison_problems_add_valist (LiaisonProblems       *self,
                             const LiaisonLocation *location,
                             const char            *member,
                             const char            *format,
                             va_list                args)
{
  GString *text;

  if (!count_problem (self))
    return;

  text = g_string_new (NULL);
  append_location (text, location, member);
  g_string_append (text, ": ");
  g_string_append_vprintf (text, format, args);
  g_ptr_array_add (self->lines, g_string_free (text, FALSE));
}

void
liaison_problems_add (LiaisonProblems       *self,
                      const LiaisonLocation *location,
                      const char            *member,
                      const char            *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  liaison_problems_add_valist (self, location, member, format, args);
  va_end (args);
}

/* "expected a string, found a number (42)". */
void
liaison_problems_expected (LiaisonProblems       *self,
                           const LiaisonLocation *location,
                           const char            *member,
                           LiaisonValueKind       expected,
                           const LiaisonValue    *found)
{
  g_autofree char *described = NULL;

  if (liaison_problems_count_if_unshown (self))
    return;

  described = liaison_value_describe (found);
  switch (expected)
    {
    case LIAISON_VALUE_STRING:
      liaison_problems_add (self, location, member,
                            _("expected a string, found %s"), described);
      break;
    case LIAISON_VALUE_ARRAY:
      liaison_problems_add (self, location, member,
                            _("expected an array, found %s"), described);
      break;
    case LIAISON_VALUE_OBJECT:
      liaison_problems_add (self, location, member,
                            _("expected an object, found %s"), described);
      break;
    case LIAISON_VALUE_BOOLEAN:
      liaison_problems_add (self, location, member,
                            _("expected true or false, found %s"), described);
      break;
    case LIAISON_VALUE_ABSENT:
    case LIAISON_VALUE_NULL:
    case LIAISON_VALUE_NUMBER:
    default:
      g_assert_not_reached ();
    }
}

static guint
edit_distance (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len,
               guint       limit)
{
  g_autofree guint *row = g_new (guint, b_len + 1);

  for (gsize j = 0; j <= b_len; j++)
    row[j] = j;

  for (gsize i = 1; i <= a_len; i++)
    {
      guint diagonal = row[0];
      guint row_min;

      row[0] = i;
      row_min = row[0];
      for (gsize j = 1; j <= b_len; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
          row_min = MIN (row_min, row[j]);
        }

      if (row_min > limit)
        return limit + 1;
    }

  return row[b_len];
}

/* Returns: (nullable): the id in @ids closest to @word, when one is close
 * enough to be what was meant. Ties go to the alphabetically first id, so
 * messages are stable.
 */
const char *
liaison_suggest_id (GHashTable *ids,
                    const char *word)
{
  GHashTableIter iter;
  gpointer key;
  gsize word_len = strlen (word);
  guint limit = CLAMP (word_len / 3, 1, 3);
  const char *best = NULL;
  guint best_distance = limit + 1;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *candidate = key;
      gsize candidate_len = strlen (candidate);
      guint distance;

      gsize length_difference = candidate_len > word_len ? candidate_len - word_len
                                                         : word_len - candidate_len;

      if (length_difference >= best_distance)
        continue;

      /* Exact up to the best so far, so that a tie is a tie and not a
       * candidate given up on.
       */
      distance = edit_distance (word, word_len, candidate, candidate_len, best_distance);
      if (distance < best_distance ||
          (distance == best_distance && best != NULL && strcmp (candidate, best) < 0))
        {
          best = candidate;
          best_distance = distance;
        }
    }

  return best_distance <= limit ? best : NULL;
}

/* "unknown entity "huwei" (did you mean "huawei"?)": @what is a word
 * marked with N_(), @ids the table @value was looked up in.
 */
void
liaison_problems_unknown (LiaisonProblems       *self,
                          const LiaisonLocation *location,
                          const char            *member,
                          const char            *what,
                          GHashTable            *ids,
                          const char            *value)
{
  g_autofree char *message = NULL;

  /* A guess compares against every id: only for problems that are shown,
   * or a file of bad references would take hours to refuse.
   */
  if (liaison_problems_count_if_unshown (self))
    return;

  message = liaison_describe_unknown (what, value, liaison_suggest_id (ids, value));
  liaison_problems_add (self, location, member, "%s", message);
}

/* Sets @error to every problem spelled out, a line each after the file's
 * name, and how many more there are.
 */
void
liaison_problems_set_error (LiaisonProblems  *self,
                            const char       *display_name,
                            GError          **error)
{
  GString *message = g_string_new (NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      const char *line = g_ptr_array_index (self->lines, i);

      if (i > 0)
        g_string_append_c (message, '\n');
      /* A line that names its own file does not start with a separator. */
      if (line[0] == ':')
        g_string_append (message, display_name);
      g_string_append (message, line);
    }

  if (self->n_problems > self->lines->len)
    {
      guint more = self->n_problems - self->lines->len;

      if (message->len > 0)
        g_string_append_c (message, '\n');
      g_string_append_printf (message,
                              ngettext ("%s: … and %u more problem", "%s: … and %u more problems", more),
                              display_name, more);
    }

  g_set_error_literal (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID, message->str);
  g_string_free (message, TRUE);
}

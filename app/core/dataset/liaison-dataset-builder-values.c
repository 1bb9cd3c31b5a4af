/* liaison-dataset-builder-values.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The builder's readers of single values, which front ends call too: a
 * value of the wrong kind, strings that may or must be there, and dates.
 */

#define G_LOG_DOMAIN "liaison-dataset"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-dataset-builder-private.h"

/* "expected an array, found a number (3)", for a value of the wrong kind. */
void
liaison_dataset_builder_expected (LiaisonDatasetBuilder *self,
                                  const LiaisonLocation *location,
                                  const char            *member,
                                  LiaisonValueKind       expected,
                                  const LiaisonValue    *found)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (location != NULL);
  g_return_if_fail (found != NULL && found->kind != LIAISON_VALUE_ABSENT);
  g_return_if_fail (expected == LIAISON_VALUE_STRING || expected == LIAISON_VALUE_ARRAY ||
                    expected == LIAISON_VALUE_OBJECT || expected == LIAISON_VALUE_BOOLEAN);

  liaison_problems_expected (&self->problems, location, member, expected, found);
}

/* The value as a string, or NULL when it is absent or null. Any other
 * kind is a problem.
 */
const char *
liaison_dataset_builder_read_string (LiaisonDatasetBuilder *self,
                                     const LiaisonValue    *value,
                                     const LiaisonLocation *location,
                                     const char            *member)
{
  switch (value->kind)
    {
    case LIAISON_VALUE_STRING:
      return value->text;
    case LIAISON_VALUE_ABSENT:
    case LIAISON_VALUE_NULL:
      return NULL;
    default:
      liaison_problems_expected (&self->problems, location, member, LIAISON_VALUE_STRING, value);
      return NULL;
    }
}

const char *
liaison_dataset_builder_read_required_string (LiaisonDatasetBuilder *self,
                                              const LiaisonValue    *value,
                                              const LiaisonLocation *location,
                                              const char            *member)
{
  if (value->kind == LIAISON_VALUE_ABSENT)
    {
      liaison_problems_add (&self->problems, location, NULL, _("“%s” is missing"), member);
      return NULL;
    }

  if (value->kind != LIAISON_VALUE_STRING)
    {
      liaison_problems_expected (&self->problems, location, member, LIAISON_VALUE_STRING, value);
      return NULL;
    }

  if (value->text[0] == '\0')
    {
      liaison_problems_add (&self->problems, location, member, _("must not be empty"));
      return NULL;
    }

  return value->text;
}

static gboolean
is_leap_year (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      *value = *value * 10 + ((*p)[i] - '0');
    }
  *p += n;
  return TRUE;
}

/* ISO 8601 calendar dates, possibly partial ("2018", "2018-12",
 * "2019-09-03"), optionally with a time ("2019-09-03T20:27:00+09:00").
 */
gboolean
liaison_date_is_valid (const char *date)
{
  static const guint8 days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  const char *p = date;
  guint year, month, day, hour, minute, second;

  if (!read_digits (&p, 4, &year))
    return FALSE;
  if (*p == '\0')
    return TRUE;

  if (*p++ != '-' || !read_digits (&p, 2, &month) || month < 1 || month > 12)
    return FALSE;
  if (*p == '\0')
    return TRUE;

  if (*p++ != '-' || !read_digits (&p, 2, &day) || day < 1)
    return FALSE;
  if (day > days_in_month[month - 1] + (guint) (month == 2 && is_leap_year (year) ? 1 : 0))
    return FALSE;
  if (*p == '\0')
    return TRUE;

  if (*p++ != 'T' || !read_digits (&p, 2, &hour) || hour > 23 ||
      *p++ != ':' || !read_digits (&p, 2, &minute) || minute > 59)
    return FALSE;

  if (*p == ':')
    {
      p++;
      if (!read_digits (&p, 2, &second) || second > 60)
        return FALSE;
      if (*p == '.')
        {
          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }

  if (*p == 'Z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      guint offset_hours, offset_minutes;

      p++;
      if (!read_digits (&p, 2, &offset_hours) || offset_hours > 14 ||
          *p++ != ':' || !read_digits (&p, 2, &offset_minutes) || offset_minutes > 59)
        return FALSE;
    }

  return *p == '\0';
}

const char *
liaison_dataset_builder_read_date (LiaisonDatasetBuilder *self,
                                   const LiaisonValue    *value,
                                   const LiaisonLocation *location)
{
  const char *date = liaison_dataset_builder_read_string (self, value, location, "date");

  if (date == NULL || date[0] == '\0')
    return NULL;

  if (!liaison_date_is_valid (date))
    {
      g_autofree char *shown = liaison_problems_quote_if_shown (&self->problems, date);

      if (shown != NULL)
        liaison_problems_add (&self->problems, location, "date",
                              _("%s is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"), shown);
      return NULL;
    }

  return liaison_string_store_add (self->store, date);
}

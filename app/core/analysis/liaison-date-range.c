/* liaison-date-range.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-date-range"

#include "config.h"

#include <string.h>

#include "liaison-dataset.h"
#include "liaison-date-range.h"

static guint
digits (const char *p,
        guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (p[i] - '0');
  return value;
}

/* The days @date covers, from its first to its last: a year, a month or
 * a day (a time of day counts as its day). Returns FALSE, and sets
 * nothing, for what the dataset would not take as a date.
 */
gboolean
liaison_date_get_period (const char *date,
                         guint32    *first_day,
                         guint32    *last_day)
{
  guint32 year, month, day;
  gsize length;

  g_return_val_if_fail (first_day != NULL, FALSE);
  g_return_val_if_fail (last_day != NULL, FALSE);

  /* One grammar of dates in Liaison: the dataset's. */
  if (date == NULL || !liaison_date_is_valid (date))
    return FALSE;

  /* Valid, so "YYYY", "YYYY-MM" or "YYYY-MM-DD…", digits where they belong. */
  length = strlen (date);
  year = digits (date, 4);
  if (length == 4)
    {
      *first_day = year * 10000 + 101;
      *last_day = year * 10000 + 1231;
      return TRUE;
    }

  month = digits (date + 5, 2);
  if (length == 7)
    {
      *first_day = year * 10000 + month * 100 + 1;
      *last_day = year * 10000 + month * 100 + 31;
      return TRUE;
    }

  day = digits (date + 8, 2);
  *first_day = *last_day = year * 10000 + month * 100 + day;
  return TRUE;
}

void
liaison_date_range_init (LiaisonDateRange *range)
{
  g_return_if_fail (range != NULL);

  range->since = LIAISON_DAY_MIN;
  range->until = LIAISON_DAY_MAX;
  range->hide_undated = FALSE;
}

gboolean
liaison_date_range_is_everything (const LiaisonDateRange *range)
{
  g_return_val_if_fail (range != NULL, TRUE);

  return range->since == LIAISON_DAY_MIN && range->until == LIAISON_DAY_MAX && !range->hide_undated;
}

gboolean
liaison_date_range_equal (const LiaisonDateRange *a,
                          const LiaisonDateRange *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->since == b->since && a->until == b->until && !a->hide_undated == !b->hide_undated;
}

/* Whether a relation dated @date (NULL when undated) passes: a partial
 * date counts when any day of it is in the range, so "2018" passes
 * since 2018-12 and "2012-06-30" passes until 2012-06.
 */
gboolean
liaison_date_range_contains (const LiaisonDateRange *range,
                             const char             *date)
{
  guint32 first, last;

  g_return_val_if_fail (range != NULL, TRUE);

  if (liaison_date_range_is_everything (range))
    return TRUE;

  /* The dataset keeps only valid dates; anything else is undated. */
  if (date == NULL || !liaison_date_get_period (date, &first, &last))
    return !range->hide_undated;

  return last >= range->since && first <= range->until;
}

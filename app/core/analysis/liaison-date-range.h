/* liaison-date-range.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates in a dataset are ISO 8601 and often partial: "2018" is the whole
 * of 2018, "2018-12" the whole of December. Each is a period of days,
 * written here as a day number YYYYMMDD so that periods compare as
 * integers (a month ends on its 31st: no real date falls between its
 * last day and that).
 */
#define LIAISON_DAY_MIN 0
#define LIAISON_DAY_MAX G_MAXUINT32

gboolean liaison_date_get_period (const char *date,
                                  guint32    *first_day,
                                  guint32    *last_day);

/* Which relations a date filter lets through: those whose period
 * overlaps [since, until], both ends inclusive, and undated ones unless
 * @hide_undated. The default lets everything through.
 */
typedef struct
{
  guint32  since;         /* first day, or LIAISON_DAY_MIN */
  guint32  until;         /* last day, or LIAISON_DAY_MAX */
  gboolean hide_undated;
} LiaisonDateRange;

void     liaison_date_range_init          (LiaisonDateRange       *range);
gboolean liaison_date_range_is_everything (const LiaisonDateRange *range);
gboolean liaison_date_range_equal         (const LiaisonDateRange *a,
                                           const LiaisonDateRange *b);
gboolean liaison_date_range_contains      (const LiaisonDateRange *range,
                                           const char             *date);

G_END_DECLS

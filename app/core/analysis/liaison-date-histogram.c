/* liaison-date-histogram.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-date-histogram"

#include "config.h"

#include "liaison-date-histogram.h"

struct _LiaisonDateHistogram
{
  LiaisonDateUnit unit;
  guint           first_year;
  guint           first_month;  /* 1–12; month bins only */
  GArray         *bins;         /* LiaisonDateBin */
  guint           max_count;
  guint           n_dated;
  guint           n_undated;
};

#define DAY_YEAR(day)  ((day) / 10000)
#define DAY_MONTH(day) ((day) / 100 % 100)

static guint
bin_of_day (const LiaisonDateHistogram *self,
            guint32                     day)
{
  gint64 bin;

  if (self->unit == LIAISON_DATE_UNIT_YEAR)
    bin = (gint64) DAY_YEAR (day) - self->first_year;
  else
    bin = ((gint64) DAY_YEAR (day) * 12 + DAY_MONTH (day) - 1) -
          ((gint64) self->first_year * 12 + self->first_month - 1);

  return bin >= 0 && bin < self->bins->len ? (guint) bin : G_MAXUINT;
}

/* Returns: (transfer full): the dates of the relations in @relations (NULL:
 * all of them), binned; no bins when none is dated.
 */
LiaisonDateHistogram *
liaison_date_histogram_new (LiaisonDataset      *dataset,
                            const LiaisonSubset *relations)
{
  LiaisonDateHistogram *self;
  guint n_relations;
  guint32 min_day = G_MAXUINT32, max_day = 0;
  gboolean only_years = TRUE;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  self = g_new0 (LiaisonDateHistogram, 1);
  self->bins = g_array_new (FALSE, TRUE, sizeof (LiaisonDateBin));
  n_relations = liaison_dataset_get_n_relations (dataset);

  /* Two passes: the span decides the bins, then each date finds its own. */
  for (guint i = 0; i < n_relations; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      guint32 first, last;

      if (relations != NULL && !liaison_subset_has_relation (relations, i))
        continue;
      if (!liaison_date_get_period (relation->date, &first, &last))
        {
          self->n_undated++;
          continue;
        }
      self->n_dated++;
      only_years = only_years && first % 10000 == 101 && last % 10000 == 1231;
      min_day = MIN (min_day, first);
      max_day = MAX (max_day, last);
    }

  if (self->n_dated == 0)
    return self;

  self->first_year = DAY_YEAR (min_day);
  /* Months only say more when some date is known to the month. */
  if (only_years || DAY_YEAR (max_day) - self->first_year + 1 > LIAISON_DATE_HISTOGRAM_MONTHS_UP_TO_YEARS)
    {
      self->unit = LIAISON_DATE_UNIT_YEAR;
      for (guint year = self->first_year; year <= DAY_YEAR (max_day); year++)
        {
          LiaisonDateBin bin = { year * 10000 + 101, year * 10000 + 1231, 0, 0 };

          g_array_append_val (self->bins, bin);
        }
    }
  else
    {
      guint year = self->first_year, month = DAY_MONTH (min_day);

      self->unit = LIAISON_DATE_UNIT_MONTH;
      self->first_month = month;
      while (year * 100 + month <= max_day / 100)
        {
          LiaisonDateBin bin = { year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31, 0, 0 };

          g_array_append_val (self->bins, bin);
          if (++month > 12)
            {
              month = 1;
              year++;
            }
        }
    }

  for (guint i = 0; i < n_relations; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      LiaisonDateBin *bin;
      guint32 first, last;
      guint n;

      if ((relations != NULL && !liaison_subset_has_relation (relations, i)) ||
          !liaison_date_get_period (relation->date, &first, &last))
        continue;

      n = bin_of_day (self, first);
      g_assert (n != G_MAXUINT);
      bin = &g_array_index (self->bins, LiaisonDateBin, n);
      bin->count++;
      if (last > bin->last_day)
        bin->n_coarse++;
      self->max_count = MAX (self->max_count, bin->count);
    }

  return self;
}

void
liaison_date_histogram_free (LiaisonDateHistogram *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->bins);
  g_free (self);
}

LiaisonDateUnit
liaison_date_histogram_get_unit (const LiaisonDateHistogram *self)
{
  g_return_val_if_fail (self != NULL, LIAISON_DATE_UNIT_YEAR);

  return self->unit;
}

guint
liaison_date_histogram_get_n_bins (const LiaisonDateHistogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bins->len;
}

const LiaisonDateBin *
liaison_date_histogram_get_bin (const LiaisonDateHistogram *self,
                                guint                       bin)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (bin < self->bins->len, NULL);

  return &g_array_index (self->bins, LiaisonDateBin, bin);
}

guint
liaison_date_histogram_get_max_count (const LiaisonDateHistogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->max_count;
}

guint
liaison_date_histogram_get_n_dated (const LiaisonDateHistogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_dated;
}

guint
liaison_date_histogram_get_n_undated (const LiaisonDateHistogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_undated;
}

/* The bin that holds @day (YYYYMMDD), or G_MAXUINT outside them all. */
guint
liaison_date_histogram_find_bin (const LiaisonDateHistogram *self,
                                 guint32                     day)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (self->bins->len == 0)
    return G_MAXUINT;

  return bin_of_day (self, day);
}

/* The date filter that keeps the bins from @first_bin to @last_bin. The
 * first and the last bin reach out for good: every bin at once is no date
 * filter at all, and says so (liaison_date_range_is_everything()).
 */
void
liaison_date_histogram_get_range (const LiaisonDateHistogram *self,
                                  guint                       first_bin,
                                  guint                       last_bin,
                                  gboolean                    hide_undated,
                                  LiaisonDateRange           *range)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (range != NULL);

  liaison_date_range_init (range);
  range->hide_undated = hide_undated;
  if (self->bins->len == 0)
    return;

  last_bin = MIN (last_bin, self->bins->len - 1);
  first_bin = MIN (first_bin, last_bin);
  if (first_bin > 0)
    range->since = g_array_index (self->bins, LiaisonDateBin, first_bin).first_day;
  if (last_bin < self->bins->len - 1)
    range->until = g_array_index (self->bins, LiaisonDateBin, last_bin).last_day;
}

/* The bins that @range covers, partly or wholly; FALSE when there are no
 * bins or the range misses them all.
 */
gboolean
liaison_date_histogram_find_bins (const LiaisonDateHistogram *self,
                                  const LiaisonDateRange     *range,
                                  guint                      *first_bin,
                                  guint                      *last_bin)
{
  const LiaisonDateBin *first, *last;
  guint a, b;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (range != NULL, FALSE);

  if (self->bins->len == 0)
    return FALSE;

  first = &g_array_index (self->bins, LiaisonDateBin, 0);
  last = &g_array_index (self->bins, LiaisonDateBin, self->bins->len - 1);
  if (range->until < first->first_day || range->since > last->last_day || range->since > range->until)
    return FALSE;

  a = range->since <= first->first_day ? 0 : bin_of_day (self, range->since);
  b = range->until >= last->last_day ? self->bins->len - 1 : bin_of_day (self, range->until);
  if (a == G_MAXUINT || b == G_MAXUINT)
    return FALSE;

  if (first_bin != NULL)
    *first_bin = a;
  if (last_bin != NULL)
    *last_bin = b;
  return TRUE;
}

/* Returns: (transfer full): "2018" or "2018-12". */
char *
liaison_date_bin_dup_label (const LiaisonDateBin *bin,
                            LiaisonDateUnit       unit)
{
  g_return_val_if_fail (bin != NULL, NULL);

  if (unit == LIAISON_DATE_UNIT_YEAR)
    return g_strdup_printf ("%04u", DAY_YEAR (bin->first_day));

  return g_strdup_printf ("%04u-%02u", DAY_YEAR (bin->first_day), DAY_MONTH (bin->first_day));
}

/* Returns: (transfer full): a day number as ISO 8601, "2018-12-31". */
char *
liaison_date_day_dup_text (guint32 day)
{
  return g_strdup_printf ("%04u-%02u-%02u", DAY_YEAR (day), DAY_MONTH (day), day % 100);
}

/* test-date-histogram.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's histogram of relation dates, without a display: partial
 * dates in their year or month, bins that follow the span, and the date
 * filter a range of bins stands for.
 */

#include "config.h"

#include <locale.h>

#include "liaison-date-histogram.h"
#include "liaison-test-util.h"

/* Relations from a to b, one for each date given ("" for undated). */
static LiaisonDataset *
load_dates (const char * const *dates)
{
  g_autoptr(GString) json = g_string_new ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"}, "
                                          "{\"id\": \"b\", \"label\": \"B\"}], \"relations\": [");

  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"r%u\", \"from\": \"a\", \"to\": \"b\"", i > 0 ? ", " : "", i);
      if (dates[i][0] != '\0')
        g_string_append_printf (json, ", \"date\": \"%s\"", dates[i]);
      g_string_append (json, "}");
    }
  g_string_append (json, "]}");

  return liaison_test_load_text (json->str);
}

/* "1987:1 1988:0 …": each bin's label and count, a "~" before the count
 * of coarse dates.
 */
static char *
describe (const LiaisonDateHistogram *histogram)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < liaison_date_histogram_get_n_bins (histogram); i++)
    {
      const LiaisonDateBin *bin = liaison_date_histogram_get_bin (histogram, i);
      g_autofree char *label = liaison_date_bin_dup_label (bin, liaison_date_histogram_get_unit (histogram));

      g_string_append_printf (text, "%s%s:%u", i > 0 ? " " : "", label, bin->count);
      if (bin->n_coarse > 0)
        g_string_append_printf (text, "~%u", bin->n_coarse);
    }

  return g_string_free (text, FALSE);
}

static void
test_years (void)
{
  const char *dates[] = { "2019-09-03", "2015", "2018-12", "", "2019", "2019-09-03T20:27:00+09:00", "", NULL };
  g_autoptr(LiaisonDataset) dataset = load_dates (dates);
  g_autoptr(LiaisonDateHistogram) histogram = liaison_date_histogram_new (dataset, NULL);
  g_autofree char *text = describe (histogram);

  /* Five years: by year, and a year is as coarse as its bins. */
  g_assert_cmpint (liaison_date_histogram_get_unit (histogram), ==, LIAISON_DATE_UNIT_YEAR);
  g_assert_cmpstr (text, ==, "2015:1 2016:0 2017:0 2018:1 2019:3");
  g_assert_cmpuint (liaison_date_histogram_get_max_count (histogram), ==, 3);
  g_assert_cmpuint (liaison_date_histogram_get_n_dated (histogram), ==, 5);
  g_assert_cmpuint (liaison_date_histogram_get_n_undated (histogram), ==, 2);
  g_assert_cmpuint (liaison_date_histogram_find_bin (histogram, 20180615), ==, 3);
  g_assert_cmpuint (liaison_date_histogram_find_bin (histogram, 20140615), ==, G_MAXUINT);
  g_assert_cmpuint (liaison_date_histogram_find_bin (histogram, 20200101), ==, G_MAXUINT);
}

static void
test_months (void)
{
  const char *dates[] = { "2018-12", "2019-02-14", "2018", "2018-11-30", "2019-02", NULL };
  g_autoptr(LiaisonDataset) dataset = load_dates (dates);
  g_autoptr(LiaisonDateHistogram) histogram = liaison_date_histogram_new (dataset, NULL);
  g_autofree char *text = describe (histogram);

  /* Two years: by month, the whole of 2018 since one date is only 2018,
   * which counts in January as a coarse date.
   */
  g_assert_cmpint (liaison_date_histogram_get_unit (histogram), ==, LIAISON_DATE_UNIT_MONTH);
  g_assert_cmpstr (text, ==, "2018-01:1~1 2018-02:0 2018-03:0 2018-04:0 2018-05:0 2018-06:0 2018-07:0 "
                             "2018-08:0 2018-09:0 2018-10:0 2018-11:1 2018-12:1 2019-01:0 2019-02:2");
}

static void
test_one_day_and_none (void)
{
  const char *one[] = { "2019-09-03", "2019-09-03", NULL };
  const char *none[] = { "", "", NULL };
  g_autoptr(LiaisonDataset) dataset = load_dates (one);
  g_autoptr(LiaisonDataset) undated = load_dates (none);
  g_autoptr(LiaisonDateHistogram) histogram = liaison_date_histogram_new (dataset, NULL);
  g_autoptr(LiaisonDateHistogram) empty = liaison_date_histogram_new (undated, NULL);
  g_autofree char *text = describe (histogram);
  LiaisonDateRange range;

  g_assert_cmpstr (text, ==, "2019-09:2");

  g_assert_cmpuint (liaison_date_histogram_get_n_bins (empty), ==, 0);
  g_assert_cmpuint (liaison_date_histogram_get_n_undated (empty), ==, 2);
  liaison_date_histogram_get_range (empty, 0, 0, TRUE, &range);
  g_assert_cmpuint (range.since, ==, LIAISON_DAY_MIN);
  g_assert_cmpuint (range.until, ==, LIAISON_DAY_MAX);
  g_assert_true (range.hide_undated);
  g_assert_false (liaison_date_histogram_find_bins (empty, &range, NULL, NULL));
}

/* Years alone, however close, are binned by year. */
static void
test_only_years (void)
{
  const char *dates[] = { "2018", "2019", "2019", "", NULL };
  g_autoptr(LiaisonDataset) dataset = load_dates (dates);
  g_autoptr(LiaisonDateHistogram) histogram = liaison_date_histogram_new (dataset, NULL);
  g_autofree char *text = describe (histogram);

  g_assert_cmpint (liaison_date_histogram_get_unit (histogram), ==, LIAISON_DATE_UNIT_YEAR);
  g_assert_cmpstr (text, ==, "2018:1 2019:2");
}

/* Only the relations a subset holds are counted. */
static void
test_subset (void)
{
  const char *dates[] = { "2001", "2002", "2004", "2010", NULL };
  g_autoptr(LiaisonDataset) dataset = load_dates (dates);
  g_autoptr(LiaisonSubset) subset = liaison_subset_new (2, 4);
  g_autoptr(LiaisonDateHistogram) histogram = NULL;
  g_autofree char *text = NULL;

  liaison_subset_add_relation (subset, 0);
  liaison_subset_add_relation (subset, 2);
  histogram = liaison_date_histogram_new (dataset, subset);
  text = describe (histogram);
  g_assert_cmpstr (text, ==, "2001:1 2002:0 2003:0 2004:1");
}

/* A range of bins is the date filter the view state takes: inner ends at
 * the bins' first and last days, outer ends open, and back again.
 */
static void
test_ranges (void)
{
  const char *dates[] = { "2015", "2016-06", "2018-12", "2019-09-03", NULL };
  g_autoptr(LiaisonDataset) dataset = load_dates (dates);
  g_autoptr(LiaisonDateHistogram) histogram = liaison_date_histogram_new (dataset, NULL);
  LiaisonDateRange range;
  guint first, last;

  g_assert_cmpuint (liaison_date_histogram_get_n_bins (histogram), ==, 5);

  liaison_date_histogram_get_range (histogram, 0, 4, FALSE, &range);
  g_assert_true (liaison_date_range_is_everything (&range));

  liaison_date_histogram_get_range (histogram, 1, 3, FALSE, &range);
  g_assert_cmpuint (range.since, ==, 20160101);
  g_assert_cmpuint (range.until, ==, 20181231);
  g_assert_true (liaison_date_range_contains (&range, "2016-06"));
  g_assert_true (liaison_date_range_contains (&range, "2018-12"));
  g_assert_false (liaison_date_range_contains (&range, "2015"));
  g_assert_false (liaison_date_range_contains (&range, "2019-09-03"));
  g_assert_true (liaison_date_histogram_find_bins (histogram, &range, &first, &last));
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (last, ==, 3);

  liaison_date_histogram_get_range (histogram, 0, 2, TRUE, &range);
  g_assert_cmpuint (range.since, ==, LIAISON_DAY_MIN);
  g_assert_cmpuint (range.until, ==, 20171231);
  g_assert_true (range.hide_undated);
  g_assert_true (liaison_date_histogram_find_bins (histogram, &range, &first, &last));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 2);

  /* A range from the command line, days inside bins, and one that misses. */
  range.since = 20170315;
  range.until = 20990101;
  g_assert_true (liaison_date_histogram_find_bins (histogram, &range, &first, &last));
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (last, ==, 4);
  range.since = 20200101;
  g_assert_false (liaison_date_histogram_find_bins (histogram, &range, &first, &last));
}

static void
test_labels (void)
{
  LiaisonDateBin bin = { 20181201, 20181231, 0, 0 };
  g_autofree char *month = liaison_date_bin_dup_label (&bin, LIAISON_DATE_UNIT_MONTH);
  g_autofree char *year = liaison_date_bin_dup_label (&bin, LIAISON_DATE_UNIT_YEAR);
  g_autofree char *day = liaison_date_day_dup_text (20190903);

  g_assert_cmpstr (month, ==, "2018-12");
  g_assert_cmpstr (year, ==, "2018");
  g_assert_cmpstr (day, ==, "2019-09-03");
}

/* The bundled dataset's dates, 1987 to 2019: by year. */
static void
test_bundled (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonDateHistogram) histogram = liaison_date_histogram_new (dataset, NULL);
  const LiaisonDateBin *last;

  g_assert_cmpint (liaison_date_histogram_get_unit (histogram), ==, LIAISON_DATE_UNIT_YEAR);
  g_assert_cmpuint (liaison_date_histogram_get_n_bins (histogram), ==, 2019 - 1987 + 1);
  last = liaison_date_histogram_get_bin (histogram, 2019 - 1987);
  g_assert_cmpuint (last->count, ==, 3);
  g_assert_cmpuint (liaison_date_histogram_get_n_dated (histogram) + liaison_date_histogram_get_n_undated (histogram),
                    ==, liaison_dataset_get_n_relations (dataset));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-histogram/years", test_years);
  g_test_add_func ("/date-histogram/months", test_months);
  g_test_add_func ("/date-histogram/one-day-and-none", test_one_day_and_none);
  g_test_add_func ("/date-histogram/only-years", test_only_years);
  g_test_add_func ("/date-histogram/subset", test_subset);
  g_test_add_func ("/date-histogram/ranges", test_ranges);
  g_test_add_func ("/date-histogram/labels", test_labels);
  g_test_add_func ("/date-histogram/bundled", test_bundled);

  return g_test_run ();
}

/* liaison-date-histogram.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-dataset.h"
#include "liaison-date-range.h"
#include "liaison-subset.h"

G_BEGIN_DECLS

/* How many relations are dated in each year or month, for the timeline.
 * The bins cover every dated relation, from the first period to the last,
 * with no gap: years when the dates span more than a few years or none is
 * known to the month, months otherwise. A partial date counts in its year or month; one that is
 * coarser than a bin ("2018" among months) counts in the first bin of its
 * period and is also counted apart as coarse, so that it can be drawn as
 * what it is.
 */
typedef struct _LiaisonDateHistogram LiaisonDateHistogram;

typedef enum
{
  LIAISON_DATE_UNIT_YEAR,
  LIAISON_DATE_UNIT_MONTH,
} LiaisonDateUnit;

typedef struct
{
  guint32 first_day;  /* YYYYMMDD, as liaison_date_get_period() gives them */
  guint32 last_day;
  guint   count;      /* relations whose period starts in this bin */
  guint   n_coarse;   /* of those, dated only to a period longer than the bin */
} LiaisonDateBin;

/* At most this many years are shown month by month. */
#define LIAISON_DATE_HISTOGRAM_MONTHS_UP_TO_YEARS 3

LiaisonDateHistogram *liaison_date_histogram_new        (LiaisonDataset             *dataset,
                                                         const LiaisonSubset        *relations)
                                                         G_GNUC_WARN_UNUSED_RESULT;
void                  liaison_date_histogram_free       (LiaisonDateHistogram       *self);

LiaisonDateUnit       liaison_date_histogram_get_unit   (const LiaisonDateHistogram *self);
guint                 liaison_date_histogram_get_n_bins (const LiaisonDateHistogram *self);
const LiaisonDateBin *liaison_date_histogram_get_bin    (const LiaisonDateHistogram *self,
                                                         guint                       bin);
guint                 liaison_date_histogram_get_max_count (const LiaisonDateHistogram *self);
guint                 liaison_date_histogram_get_n_dated   (const LiaisonDateHistogram *self);
guint                 liaison_date_histogram_get_n_undated (const LiaisonDateHistogram *self);
guint                 liaison_date_histogram_find_bin   (const LiaisonDateHistogram *self,
                                                         guint32                     day);

void                  liaison_date_histogram_get_range  (const LiaisonDateHistogram *self,
                                                         guint                       first_bin,
                                                         guint                       last_bin,
                                                         gboolean                    hide_undated,
                                                         LiaisonDateRange           *range);
gboolean              liaison_date_histogram_find_bins  (const LiaisonDateHistogram *self,
                                                         const LiaisonDateRange     *range,
                                                         guint                      *first_bin,
                                                         guint                      *last_bin);

char                 *liaison_date_bin_dup_label        (const LiaisonDateBin       *bin,
                                                         LiaisonDateUnit             unit)
                                                         G_GNUC_WARN_UNUSED_RESULT;
char                 *liaison_date_day_dup_text         (guint32                     day)
                                                         G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonDateHistogram, liaison_date_histogram_free)

G_END_DECLS

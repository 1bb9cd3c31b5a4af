/* liaison-metrics-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-metrics.h"

G_BEGIN_DECLS

struct _LiaisonMetrics
{
  GObject         parent_instance;

  LiaisonDataset *dataset;

  /* Arrays have one element per entity of the dataset; entities left out
   * by the filter have community and component -1.
   */
  guint           n_entities;
  guint           n_relations;
  guint          *degree;
  guint          *in_degree;
  guint          *out_degree;
  double         *betweenness;
  double         *closeness;
  double         *pagerank;
  int            *community;
  int            *component;
  GArray         *community_sizes;
  GArray         *component_sizes;
  double          modularity;
  double          density;
  double          average_clustering;
  int             diameter;
  gboolean        estimate;
  gboolean        diameter_estimate;
};

LiaisonMetrics *liaison_metrics_new  (LiaisonDataset        *dataset)
                                     G_GNUC_WARN_UNUSED_RESULT;
gboolean        liaison_metrics_fill (LiaisonMetrics        *metrics,
                                      LiaisonViewState      *visible,
                                      LiaisonMetricsFlags    flags,
                                      GCancellable          *cancellable,
                                      const LiaisonProgress *progress,
                                      GError               **error);

G_END_DECLS

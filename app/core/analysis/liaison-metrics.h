/* liaison-metrics.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* Who matters in a graph: centrality, communities and components of every
 * entity, and figures for the whole graph, computed with igraph. The
 * result is immutable and may be read from any thread.
 */

#define LIAISON_TYPE_METRICS (liaison_metrics_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonMetrics, liaison_metrics, LIAISON, METRICS, GObject)

#define LIAISON_METRICS_ERROR (liaison_metrics_error_quark ())

typedef enum
{
  LIAISON_METRICS_ERROR_FAILED,     /* igraph reported an error */
  LIAISON_METRICS_ERROR_NO_MEMORY,
} LiaisonMetricsError;

typedef enum
{
  LIAISON_METRICS_DEFAULT  = 0,
  /* The diameter needs a search from every entity, as much work as
   * closeness: only when asked.
   */
  LIAISON_METRICS_DIAMETER = 1 << 0,
  /* Estimate betweenness and closeness from sampled entities whatever the
   * graph's size, as is done past LIAISON_METRICS_EXACT_LIMIT anyway.
   */
  LIAISON_METRICS_ESTIMATE = 1 << 1,
} LiaisonMetricsFlags;

/* Past this many entities, betweenness and closeness are estimated. */
#define LIAISON_METRICS_EXACT_LIMIT 20000

/* The values per entity, in the order of the CSV table's columns. */
typedef enum
{
  LIAISON_METRIC_DEGREE,
  LIAISON_METRIC_IN_DEGREE,
  LIAISON_METRIC_OUT_DEGREE,
  LIAISON_METRIC_BETWEENNESS,
  LIAISON_METRIC_CLOSENESS,
  LIAISON_METRIC_PAGERANK,
  LIAISON_N_METRICS
} LiaisonMetric;

GQuark          liaison_metrics_error_quark         (void);

const char     *liaison_metric_to_string            (LiaisonMetric          metric);
const char     *liaison_metric_get_title            (LiaisonMetric          metric);

void            liaison_metrics_compute_async       (LiaisonDataset        *dataset,
                                                     LiaisonViewState      *visible,
                                                     LiaisonMetricsFlags    flags,
                                                     GCancellable          *cancellable,
                                                     const LiaisonProgress *progress,
                                                     GAsyncReadyCallback    callback,
                                                     gpointer               user_data);
LiaisonMetrics *liaison_metrics_compute_finish      (GAsyncResult          *result,
                                                     GError               **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;
LiaisonMetrics *liaison_metrics_compute             (LiaisonDataset        *dataset,
                                                     LiaisonViewState      *visible,
                                                     LiaisonMetricsFlags    flags,
                                                     GCancellable          *cancellable,
                                                     const LiaisonProgress *progress,
                                                     GError               **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;

LiaisonDataset *liaison_metrics_get_dataset         (LiaisonMetrics        *self);
gboolean        liaison_metrics_contains            (LiaisonMetrics        *self,
                                                     guint                  entity);
guint           liaison_metrics_get_n_entities      (LiaisonMetrics        *self);
guint           liaison_metrics_get_n_relations     (LiaisonMetrics        *self);

guint           liaison_metrics_get_degree          (LiaisonMetrics        *self,
                                                     guint                  entity);
guint           liaison_metrics_get_in_degree       (LiaisonMetrics        *self,
                                                     guint                  entity);
guint           liaison_metrics_get_out_degree      (LiaisonMetrics        *self,
                                                     guint                  entity);
double          liaison_metrics_get_betweenness     (LiaisonMetrics        *self,
                                                     guint                  entity);
double          liaison_metrics_get_closeness       (LiaisonMetrics        *self,
                                                     guint                  entity);
double          liaison_metrics_get_pagerank        (LiaisonMetrics        *self,
                                                     guint                  entity);
double          liaison_metrics_get_value           (LiaisonMetrics        *self,
                                                     LiaisonMetric          metric,
                                                     guint                  entity);
void            liaison_metrics_get_range           (LiaisonMetrics        *self,
                                                     LiaisonMetric          metric,
                                                     double                *min,
                                                     double                *max);
gboolean        liaison_metrics_is_estimate         (LiaisonMetrics        *self);

int             liaison_metrics_get_community       (LiaisonMetrics        *self,
                                                     guint                  entity);
guint           liaison_metrics_get_n_communities   (LiaisonMetrics        *self);
guint           liaison_metrics_get_community_size  (LiaisonMetrics        *self,
                                                     guint                  community);
double          liaison_metrics_get_modularity      (LiaisonMetrics        *self);

int             liaison_metrics_get_component       (LiaisonMetrics        *self,
                                                     guint                  entity);
guint           liaison_metrics_get_n_components    (LiaisonMetrics        *self);
guint           liaison_metrics_get_component_size  (LiaisonMetrics        *self,
                                                     guint                  component);

double          liaison_metrics_get_density         (LiaisonMetrics        *self);
int             liaison_metrics_get_diameter        (LiaisonMetrics        *self);
gboolean        liaison_metrics_is_diameter_estimate (LiaisonMetrics       *self);
double          liaison_metrics_get_average_clustering (LiaisonMetrics     *self);

GBytes         *liaison_metrics_to_csv              (LiaisonMetrics        *self)
                                                     G_GNUC_WARN_UNUSED_RESULT;
void            liaison_csv_append_field            (GString               *csv,
                                                     const char            *text);

G_END_DECLS

/* liaison-metrics.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Centrality, communities and components with igraph.
 *
 * The values follow NetworkX's defaults, so that a researcher who checks
 * a figure in Python finds the same one: betweenness and closeness on the
 * undirected graph with parallel relations collapsed and normalised as
 * NetworkX does (closeness with Wasserman and Faust's correction for
 * graphs in several pieces); PageRank on the directed graph, every
 * relation followed from its "from" to its "to", parallel ones once,
 * self-loops kept.
 *
 * This file holds the result and its table; liaison-metrics-igraph.c the
 * computation.
 */

#define G_LOG_DOMAIN "liaison-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-metrics-private.h"

G_DEFINE_QUARK (liaison-metrics-error-quark, liaison_metrics_error)

G_DEFINE_FINAL_TYPE (LiaisonMetrics, liaison_metrics, G_TYPE_OBJECT)

static void
liaison_metrics_finalize (GObject *object)
{
  LiaisonMetrics *self = LIAISON_METRICS (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->degree, g_free);
  g_clear_pointer (&self->in_degree, g_free);
  g_clear_pointer (&self->out_degree, g_free);
  g_clear_pointer (&self->betweenness, g_free);
  g_clear_pointer (&self->closeness, g_free);
  g_clear_pointer (&self->pagerank, g_free);
  g_clear_pointer (&self->community, g_free);
  g_clear_pointer (&self->component, g_free);
  g_clear_pointer (&self->community_sizes, g_array_unref);
  g_clear_pointer (&self->component_sizes, g_array_unref);

  G_OBJECT_CLASS (liaison_metrics_parent_class)->finalize (object);
}

static void
liaison_metrics_class_init (LiaisonMetricsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_metrics_finalize;
}

static void
liaison_metrics_init (LiaisonMetrics *self)
{
  self->community_sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  self->component_sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  self->modularity = NAN;
  self->diameter = -1;
}

/* The metric names, as the CSV table's columns. */
static const char *const metric_names[] = {
  "degree", "in_degree", "out_degree", "betweenness", "closeness", "pagerank",
};

static const char *const metric_titles[] = {
  N_("Degree"), N_("In-degree"), N_("Out-degree"), N_("Betweenness"), N_("Closeness"), N_("PageRank"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (metric_names) == LIAISON_N_METRICS);
G_STATIC_ASSERT (G_N_ELEMENTS (metric_titles) == LIAISON_N_METRICS);

const char *
liaison_metric_to_string (LiaisonMetric metric)
{
  g_return_val_if_fail (metric < LIAISON_N_METRICS, NULL);

  return metric_names[metric];
}

/* The metric's name as people read it, translated. */
const char *
liaison_metric_get_title (LiaisonMetric metric)
{
  g_return_val_if_fail (metric < LIAISON_N_METRICS, NULL);

  return _(metric_titles[metric]);
}

/* Returns: (transfer full): metrics of nothing yet, an entry for each of
 * @dataset's entities.
 */
LiaisonMetrics *
liaison_metrics_new (LiaisonDataset *dataset)
{
  LiaisonMetrics *metrics = g_object_new (LIAISON_TYPE_METRICS, NULL);
  guint n = liaison_dataset_get_n_entities (dataset);

  metrics->dataset = g_object_ref (dataset);
  metrics->n_entities = n;
  metrics->degree = g_new0 (guint, MAX (n, 1));
  metrics->in_degree = g_new0 (guint, MAX (n, 1));
  metrics->out_degree = g_new0 (guint, MAX (n, 1));
  metrics->betweenness = g_new0 (double, MAX (n, 1));
  metrics->closeness = g_new0 (double, MAX (n, 1));
  metrics->pagerank = g_new0 (double, MAX (n, 1));
  metrics->community = g_new (int, MAX (n, 1));
  metrics->component = g_new (int, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    metrics->community[i] = metrics->component[i] = -1;

  return metrics;
}

/* Computes the metrics of what @visible shows of @dataset, or of all of
 * it when @visible is %NULL, on the calling thread. @progress, if not
 * %NULL, is told on this thread as the work goes on, and its data freed
 * before this returns.
 *
 * Returns: (transfer full): the metrics, or %NULL with @error set
 */
LiaisonMetrics *
liaison_metrics_compute (LiaisonDataset        *dataset,
                         LiaisonViewState      *visible,
                         LiaisonMetricsFlags    flags,
                         GCancellable          *cancellable,
                         const LiaisonProgress *progress,
                         GError               **error)
{
  g_autoptr(LiaisonMetrics) metrics = NULL;
  gboolean ok;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (visible == NULL || LIAISON_IS_VIEW_STATE (visible), NULL);
  g_return_val_if_fail (visible == NULL || liaison_view_state_get_dataset (visible) == dataset, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  metrics = liaison_metrics_new (dataset);
  ok = liaison_metrics_fill (metrics, visible, flags, cancellable, progress, error);
  if (progress != NULL && progress->data_free != NULL)
    progress->data_free (progress->data);

  return ok ? g_steal_pointer (&metrics) : NULL;
}

/* Carries the worker's progress to the caller's main context: the worker
 * publishes the value under the lock and queues at most one idle.
 */
typedef struct
{
  gatomicrefcount  ref_count;
  GMutex           lock;
  GMainContext    *context;
  LiaisonProgress  caller;
  double           fraction;
  gboolean         queued;
  gboolean         finished;   /* main context only */
} ProgressRelay;

static ProgressRelay *
progress_relay_ref (ProgressRelay *relay)
{
  g_atomic_ref_count_inc (&relay->ref_count);

  return relay;
}

static void
progress_relay_unref (ProgressRelay *relay)
{
  if (!g_atomic_ref_count_dec (&relay->ref_count))
    return;

  g_mutex_clear (&relay->lock);
  g_main_context_unref (relay->context);
  g_free (relay);
}

static gboolean
relay_progress_cb (gpointer user_data)
{
  ProgressRelay *relay = user_data;
  double fraction;

  g_mutex_lock (&relay->lock);
  relay->queued = FALSE;
  fraction = relay->fraction;
  g_mutex_unlock (&relay->lock);

  if (!relay->finished)
    relay->caller.func (fraction, relay->caller.data);

  return G_SOURCE_REMOVE;
}

static void
publish_progress_cb (double   fraction,
                     gpointer user_data)
{
  ProgressRelay *relay = user_data;

  g_mutex_lock (&relay->lock);
  relay->fraction = fraction;
  if (!relay->queued)
    {
      GSource *source = g_idle_source_new ();

      relay->queued = TRUE;
      g_source_set_priority (source, G_PRIORITY_LOW);
      g_source_set_callback (source, relay_progress_cb, progress_relay_ref (relay),
                             (GDestroyNotify) progress_relay_unref);
      g_source_set_static_name (source, "[liaison] metrics progress");
      g_source_attach (source, relay->context);
      g_source_unref (source);
    }
  g_mutex_unlock (&relay->lock);
}

typedef struct
{
  LiaisonDataset      *dataset;
  LiaisonViewState    *visible;
  LiaisonMetricsFlags  flags;
  ProgressRelay       *relay;
  GAsyncReadyCallback  callback;
  gpointer             user_data;
} ComputeData;

static void
compute_data_free (ComputeData *data)
{
  g_clear_object (&data->dataset);
  g_clear_object (&data->visible);
  g_clear_pointer (&data->relay, progress_relay_unref);
  g_free (data);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *data = task_data;
  g_autoptr(LiaisonMetrics) metrics = liaison_metrics_new (data->dataset);
  LiaisonProgress progress = { publish_progress_cb, data->relay, NULL };
  GError *error = NULL;

  if (!liaison_metrics_fill (metrics, data->visible, data->flags, cancellable,
                             data->relay != NULL ? &progress : NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&metrics), g_object_unref);
}

/* Progress stops before the caller hears the result, whichever of the
 * two idles runs first.
 */
static void
compute_done_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ComputeData *data = g_task_get_task_data (G_TASK (result));

  if (data->relay != NULL)
    {
      data->relay->finished = TRUE;
      if (data->relay->caller.data_free != NULL)
        g_clear_pointer (&data->relay->caller.data, data->relay->caller.data_free);
    }

  data->callback (NULL, result, data->user_data);
}

/* Computes the metrics on a worker thread, as liaison_metrics_compute()
 * does. @visible is copied: it may go on changing. @progress, if not
 * %NULL, is told on the caller's thread-default main context, never after
 * @callback, and its data is freed there before @callback runs. igraph
 * works for one computation at a time: cancel the one under way before
 * starting the next.
 */
void
liaison_metrics_compute_async (LiaisonDataset        *dataset,
                               LiaisonViewState      *visible,
                               LiaisonMetricsFlags    flags,
                               GCancellable          *cancellable,
                               const LiaisonProgress *progress,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *data;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (visible == NULL || LIAISON_IS_VIEW_STATE (visible));
  g_return_if_fail (visible == NULL || liaison_view_state_get_dataset (visible) == dataset);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (callback != NULL);

  data = g_new0 (ComputeData, 1);
  data->dataset = g_object_ref (dataset);
  data->visible = visible != NULL ? liaison_view_state_copy_visibility (visible) : NULL;
  data->flags = flags;
  data->callback = callback;
  data->user_data = user_data;
  if (progress != NULL && progress->func == NULL && progress->data_free != NULL)
    progress->data_free (progress->data);
  else if (progress != NULL && progress->func != NULL)
    {
      data->relay = g_new0 (ProgressRelay, 1);
      g_atomic_ref_count_init (&data->relay->ref_count);
      g_mutex_init (&data->relay->lock);
      data->relay->context = g_main_context_ref_thread_default ();
      data->relay->caller = *progress;
    }

  task = g_task_new (NULL, cancellable, compute_done_cb, NULL);
  g_task_set_source_tag (task, liaison_metrics_compute_async);
  g_task_set_name (task, "[liaison] metrics");
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

LiaisonMetrics *
liaison_metrics_compute_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == liaison_metrics_compute_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

LiaisonDataset *
liaison_metrics_get_dataset (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), NULL);

  return self->dataset;
}

/* Whether @entity was part of the graph the metrics describe; the values
 * of one that was not are 0.
 */
gboolean
liaison_metrics_contains (LiaisonMetrics *self,
                          guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), FALSE);
  g_return_val_if_fail (entity < self->n_entities, FALSE);

  return self->component[entity] >= 0;
}

/* The entities and relations that were part of the graph. */
guint
liaison_metrics_get_n_entities (LiaisonMetrics *self)
{
  guint n = 0;

  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);

  for (guint i = 0; i < self->component_sizes->len; i++)
    n += g_array_index (self->component_sizes, guint, i);

  return n;
}

guint
liaison_metrics_get_n_relations (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);

  return self->n_relations;
}

/* Relations touching the entity, a self-loop once. */
guint
liaison_metrics_get_degree (LiaisonMetrics *self,
                            guint           entity)
{
  return liaison_metrics_get_value (self, LIAISON_METRIC_DEGREE, entity);
}

/* Relations whose "to" is the entity, undirected ones too. */
guint
liaison_metrics_get_in_degree (LiaisonMetrics *self,
                               guint           entity)
{
  return liaison_metrics_get_value (self, LIAISON_METRIC_IN_DEGREE, entity);
}

/* Relations whose "from" is the entity, undirected ones too. */
guint
liaison_metrics_get_out_degree (LiaisonMetrics *self,
                                guint           entity)
{
  return liaison_metrics_get_value (self, LIAISON_METRIC_OUT_DEGREE, entity);
}

double
liaison_metrics_get_betweenness (LiaisonMetrics *self,
                                 guint           entity)
{
  return liaison_metrics_get_value (self, LIAISON_METRIC_BETWEENNESS, entity);
}

double
liaison_metrics_get_closeness (LiaisonMetrics *self,
                               guint           entity)
{
  return liaison_metrics_get_value (self, LIAISON_METRIC_CLOSENESS, entity);
}

double
liaison_metrics_get_pagerank (LiaisonMetrics *self,
                              guint           entity)
{
  return liaison_metrics_get_value (self, LIAISON_METRIC_PAGERANK, entity);
}

double
liaison_metrics_get_value (LiaisonMetrics *self,
                           LiaisonMetric   metric,
                           guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  switch (metric)
    {
    case LIAISON_METRIC_DEGREE:
      return self->degree[entity];
    case LIAISON_METRIC_IN_DEGREE:
      return self->in_degree[entity];
    case LIAISON_METRIC_OUT_DEGREE:
      return self->out_degree[entity];
    case LIAISON_METRIC_BETWEENNESS:
      return self->betweenness[entity];
    case LIAISON_METRIC_CLOSENESS:
      return self->closeness[entity];
    case LIAISON_METRIC_PAGERANK:
      return self->pagerank[entity];
    case LIAISON_N_METRICS:
    default:
      g_return_val_if_reached (0);
    }
}

/* The smallest and largest value among the entities the metrics cover,
 * for a scale; both 0 when they cover none.
 */
void
liaison_metrics_get_range (LiaisonMetrics *self,
                           LiaisonMetric   metric,
                           double         *min,
                           double         *max)
{
  double lo = INFINITY, hi = -INFINITY;

  g_return_if_fail (LIAISON_IS_METRICS (self));
  g_return_if_fail (metric < LIAISON_N_METRICS);

  for (guint i = 0; i < self->n_entities; i++)
    if (self->component[i] >= 0)
      {
        double value = liaison_metrics_get_value (self, metric, i);

        lo = MIN (lo, value);
        hi = MAX (hi, value);
      }

  if (lo > hi)
    lo = hi = 0;
  if (min != NULL)
    *min = lo;
  if (max != NULL)
    *max = hi;
}

/* Whether betweenness and closeness were estimated from a sample. */
gboolean
liaison_metrics_is_estimate (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), FALSE);

  return self->estimate;
}

/* The entity's community, numbered by size from 0, or -1. */
int
liaison_metrics_get_community (LiaisonMetrics *self,
                               guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), -1);
  g_return_val_if_fail (entity < self->n_entities, -1);

  return self->community[entity];
}

guint
liaison_metrics_get_n_communities (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);

  return self->community_sizes->len;
}

guint
liaison_metrics_get_community_size (LiaisonMetrics *self,
                                    guint           community)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (community < self->community_sizes->len, 0);

  return g_array_index (self->community_sizes, guint, community);
}

/* The communities' modularity, NaN when there are no relations. */
double
liaison_metrics_get_modularity (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), NAN);

  return self->modularity;
}

/* The entity's connected piece, numbered by size from 0, or -1. */
int
liaison_metrics_get_component (LiaisonMetrics *self,
                               guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), -1);
  g_return_val_if_fail (entity < self->n_entities, -1);

  return self->component[entity];
}

guint
liaison_metrics_get_n_components (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);

  return self->component_sizes->len;
}

guint
liaison_metrics_get_component_size (LiaisonMetrics *self,
                                    guint           component)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (component < self->component_sizes->len, 0);

  return g_array_index (self->component_sizes, guint, component);
}

/* Pairs of entities joined by a relation in the simple undirected graph,
 * over all pairs; 0 with fewer than two entities.
 */
double
liaison_metrics_get_density (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);

  return self->density;
}

/* The longest shortest path between two entities in one piece, in
 * relations; -1 unless LIAISON_METRICS_DIAMETER was asked for.
 */
int
liaison_metrics_get_diameter (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), -1);

  return self->diameter;
}

/* Whether the diameter is a lower bound from the largest piece only. */
gboolean
liaison_metrics_is_diameter_estimate (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), FALSE);

  return self->diameter_estimate;
}

/* The mean of the entities' local clustering coefficients, entities with
 * fewer than two neighbours counting 0, as in NetworkX.
 */
double
liaison_metrics_get_average_clustering (LiaisonMetrics *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);

  return self->average_clustering;
}

/* Appends @text as one CSV field: quoted as RFC 4180 says when it holds
 * a comma, a quote or a line break; and, when it begins with a character
 * that makes a spreadsheet read a formula (= + - @, a tab or a carriage
 * return), quoted with an apostrophe first, so that it stays text. An
 * apostrophe at the start gets one more, so that a reader can always
 * take the first one away.
 */
void
liaison_csv_append_field (GString    *csv,
                          const char *text)
{
  gboolean formula;

  g_return_if_fail (csv != NULL);

  if (text == NULL)
    return;

  formula = text[0] != '\0' && strchr ("=+-@\t\r'", text[0]) != NULL;
  if (!formula && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  if (formula)
    g_string_append_c (csv, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_number (GString *csv,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (csv, ',');
  g_string_append (csv, g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

/* The table of every entity the metrics cover, in the dataset's order:
 * a header, then one line each, numbers as %.10g whatever the locale.
 */
GBytes *
liaison_metrics_to_csv (LiaisonMetrics *self)
{
  g_autoptr(GString) csv = g_string_new ("id,label,type");

  g_return_val_if_fail (LIAISON_IS_METRICS (self), NULL);

  for (guint m = 0; m < LIAISON_N_METRICS; m++)
    g_string_append_printf (csv, ",%s", metric_names[m]);
  g_string_append (csv, ",community,component\n");

  for (guint i = 0; i < self->n_entities; i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (self->dataset, i);

      if (self->component[i] < 0)
        continue;

      liaison_csv_append_field (csv, liaison_entity_get_id (entity));
      g_string_append_c (csv, ',');
      liaison_csv_append_field (csv, liaison_entity_get_label (entity));
      g_string_append_c (csv, ',');
      liaison_csv_append_field (csv, liaison_entity_get_entity_type (entity));
      g_string_append_printf (csv, ",%u,%u,%u", self->degree[i], self->in_degree[i], self->out_degree[i]);
      append_number (csv, self->betweenness[i]);
      append_number (csv, self->closeness[i]);
      append_number (csv, self->pagerank[i]);
      g_string_append_printf (csv, ",%d,%d\n", self->community[i], self->component[i]);
    }

  return g_string_free_to_bytes (g_steal_pointer (&csv));
}

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
 * Debian's igraph is built without thread-local state: its error and
 * "finally" stacks, handlers and random generator are shared by the whole
 * process. One thread at a time calls it, under igraph_lock, and the
 * handlers find the computation they serve in current_run.
 */

#define G_LOG_DOMAIN "liaison-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <igraph.h>
#include <math.h>
#include <string.h>

#include "liaison-graph-query.h"
#include "liaison-metrics.h"

/* Estimates take this many sources across the graph, at least
 * MIN_SAMPLE in each piece; a piece that would need half its entities
 * as sources anyway is computed exactly.
 */
#define SAMPLE_SIZE    500
#define MIN_SAMPLE     50
#define DISTANCE_BATCH 32
/* Any fixed value: the same graph always gets the same communities. */
#define COMMUNITY_SEED 2019

G_DEFINE_QUARK (liaison-metrics-error-quark, liaison_metrics_error)

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

/* One computation's link to igraph's process-wide handlers. */
typedef struct
{
  GCancellable        *cancellable;
  LiaisonProgressFunc  progress;
  gpointer             progress_data;
  /* The part of the whole that the igraph call under way reports. */
  double               base;
  double               share;
  double               reported;
} Run;

static GMutex igraph_lock;
static Run *current_run;

static void
report (Run    *run,
        double  fraction)
{
  /* igraph reports once per entity; a hundredth is enough for a bar. */
  if (run->progress == NULL || (fraction < 1.0 && fraction - run->reported < 0.01))
    return;

  run->reported = fraction;
  run->progress (CLAMP (fraction, 0.0, 1.0), run->progress_data);
}

static void
begin_stage (Run    *run,
             double  share)
{
  run->base += run->share;
  run->share = share;
  report (run, run->base);
}

static igraph_error_t
interruption_cb (void *data)
{
  if (current_run == NULL || !g_cancellable_is_cancelled (current_run->cancellable))
    return IGRAPH_SUCCESS;

  /* igraph returns at once without freeing what the interrupted function
   * holds, unlike after an error; its frame is still alive here. (The
   * progress macro frees on its own.)
   */
  IGRAPH_FINALLY_FREE ();

  return IGRAPH_INTERRUPTED;
}

static igraph_error_t
progress_cb (const char    *message,
             igraph_real_t  percent,
             void          *data)
{
  if (current_run == NULL)
    return IGRAPH_SUCCESS;
  if (g_cancellable_is_cancelled (current_run->cancellable))
    return IGRAPH_INTERRUPTED;

  report (current_run, current_run->base + current_run->share * CLAMP (percent, 0.0, 100.0) / 100.0);

  return IGRAPH_SUCCESS;
}

static void
warning_cb (const char *reason,
            const char *file,
            int         line)
{
  g_debug ("igraph: %s (%s:%d)", reason, file, line);
}

/* igraph's default error handler aborts the process, an interrupted
 * computation included; errors come back as codes instead.
 */
static void
ensure_igraph (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      igraph_set_error_handler (igraph_error_handler_ignore);
      igraph_set_warning_handler (warning_cb);
      igraph_set_interruption_handler (interruption_cb);
      igraph_set_progress_handler (progress_cb);
      g_once_init_leave (&initialised, 1);
    }
}

static gboolean
check (igraph_error_t   code,
       Run             *run,
       GError         **error)
{
  if (code == IGRAPH_SUCCESS)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;

  if (code == IGRAPH_ENOMEM)
    g_set_error_literal (error, LIAISON_METRICS_ERROR, LIAISON_METRICS_ERROR_NO_MEMORY,
                         _("Not enough memory to compute the metrics"));
  else
    /* TRANSLATORS: %s is igraph's own description of the problem, in English */
    g_set_error (error, LIAISON_METRICS_ERROR, LIAISON_METRICS_ERROR_FAILED,
                 _("Could not compute the metrics: %s"), igraph_strerror (code));

  return FALSE;
}

/* The input of one computation and igraph's structures for it, freed
 * together.
 */
typedef struct
{
  LiaisonDataset      *dataset;
  LiaisonViewState    *visible;
  LiaisonMetricsFlags  flags;

  guint                n_vertices;
  guint               *entity_of;    /* vertex → entity */
  int                 *vertex_of;    /* entity → vertex, or -1 */

  igraph_t             directed;
  igraph_t             undirected;   /* simple: no parallel relations, no loops */
  gboolean             have_directed;
  gboolean             have_undirected;
  igraph_vector_int_t  components;   /* per vertex, igraph's numbering */
  igraph_vector_int_t  component_sizes;
  gboolean             have_components;
} Graphs;

static void
graphs_clear (Graphs *graphs)
{
  g_clear_pointer (&graphs->entity_of, g_free);
  g_clear_pointer (&graphs->vertex_of, g_free);
  if (graphs->have_directed)
    igraph_destroy (&graphs->directed);
  if (graphs->have_undirected)
    igraph_destroy (&graphs->undirected);
  if (graphs->have_components)
    {
      igraph_vector_int_destroy (&graphs->components);
      igraph_vector_int_destroy (&graphs->component_sizes);
    }
  graphs->have_directed = graphs->have_undirected = graphs->have_components = FALSE;
}

static gboolean
is_relation_included (Graphs                *graphs,
                      const LiaisonRelation *relation)
{
  return graphs->visible == NULL || liaison_view_state_is_relation_visible (graphs->visible, relation);
}

typedef struct
{
  Graphs         *graphs;
  LiaisonMetrics *metrics;
  guint           entity;
} DegreeWalk;

/* The graph query's walk visits a self-loop once, as outgoing: it counts
 * once in the degree and once in each direction.
 */
static void
count_degree_cb (const LiaisonRelation *relation,
                 gboolean               outgoing,
                 guint                  other,
                 gpointer               user_data)
{
  DegreeWalk *walk = user_data;

  if (!is_relation_included (walk->graphs, relation))
    return;

  walk->metrics->degree[walk->entity]++;
  if (relation->from == walk->entity)
    walk->metrics->out_degree[walk->entity]++;
  if (relation->to == walk->entity)
    walk->metrics->in_degree[walk->entity]++;
}

static gboolean
build_graphs (Graphs          *graphs,
              LiaisonMetrics  *metrics,
              Run             *run,
              GError         **error)
{
  guint n_entities = liaison_dataset_get_n_entities (graphs->dataset);
  guint n_relations = liaison_dataset_get_n_relations (graphs->dataset);
  igraph_vector_int_t edges;
  igraph_error_t code;

  graphs->entity_of = g_new (guint, MAX (n_entities, 1));
  graphs->vertex_of = g_new (int, MAX (n_entities, 1));

  for (guint i = 0; i < n_entities; i++)
    {
      if (graphs->visible == NULL || liaison_view_state_is_entity_visible (graphs->visible, i))
        {
          graphs->vertex_of[i] = graphs->n_vertices;
          graphs->entity_of[graphs->n_vertices++] = i;
        }
      else
        graphs->vertex_of[i] = -1;
    }

  for (guint v = 0; v < graphs->n_vertices; v++)
    {
      DegreeWalk walk = { graphs, metrics, graphs->entity_of[v] };

      liaison_graph_query_foreach_relation (graphs->dataset, walk.entity, count_degree_cb, &walk);
    }

  if ((code = igraph_vector_int_init (&edges, 0)) != IGRAPH_SUCCESS)
    return check (code, run, error);

  for (guint r = 0; r < n_relations && code == IGRAPH_SUCCESS; r++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (graphs->dataset, r);

      if (!is_relation_included (graphs, relation))
        continue;

      metrics->n_relations++;
      code = igraph_vector_int_push_back (&edges, graphs->vertex_of[relation->from]);
      if (code == IGRAPH_SUCCESS)
        code = igraph_vector_int_push_back (&edges, graphs->vertex_of[relation->to]);
    }

  if (code == IGRAPH_SUCCESS)
    code = igraph_create (&graphs->directed, &edges, graphs->n_vertices, IGRAPH_DIRECTED);
  igraph_vector_int_destroy (&edges);
  if (code != IGRAPH_SUCCESS)
    return check (code, run, error);
  graphs->have_directed = TRUE;

  if ((code = igraph_copy (&graphs->undirected, &graphs->directed)) != IGRAPH_SUCCESS)
    return check (code, run, error);
  graphs->have_undirected = TRUE;

  /* PageRank follows each pair once; a self-loop keeps a share of its
   * entity's rank, as in NetworkX.
   */
  if ((code = igraph_simplify (&graphs->directed, TRUE, FALSE, NULL)) != IGRAPH_SUCCESS)
    return check (code, run, error);

  /* Collapsing keeps one loop per entity; shortest paths never use it and
   * NetworkX's clustering ignores it, so it goes.
   */
  if ((code = igraph_to_undirected (&graphs->undirected, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL)) != IGRAPH_SUCCESS ||
      (code = igraph_simplify (&graphs->undirected, TRUE, TRUE, NULL)) != IGRAPH_SUCCESS)
    return check (code, run, error);

  return TRUE;
}

typedef struct
{
  guint label;
  guint size;
  guint first;
} Group;

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = a, *y = b;

  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;

  return (x->first > y->first) - (x->first < y->first);
}

/* Numbers groups by size, the largest 0; among groups of one size, the
 * one whose first entity comes first in the dataset wins. Vertices are in
 * the dataset's order, so the first vertex is the first entity.
 */
static void
renumber_by_size (const igraph_vector_int_t *membership,
                  Graphs                    *graphs,
                  int                       *per_entity,
                  GArray                    *sizes)
{
  guint n_labels = 0;
  g_autofree Group *groups = NULL;
  g_autofree guint *rank = NULL;

  for (guint v = 0; v < graphs->n_vertices; v++)
    n_labels = MAX (n_labels, (guint) VECTOR (*membership)[v] + 1);

  groups = g_new0 (Group, MAX (n_labels, 1));
  for (guint l = 0; l < n_labels; l++)
    groups[l] = (Group) { l, 0, G_MAXUINT };
  for (guint v = 0; v < graphs->n_vertices; v++)
    {
      Group *group = &groups[VECTOR (*membership)[v]];

      group->size++;
      group->first = MIN (group->first, v);
    }

  qsort (groups, n_labels, sizeof (Group), compare_groups);

  rank = g_new (guint, MAX (n_labels, 1));
  g_array_set_size (sizes, 0);
  for (guint i = 0; i < n_labels; i++)
    {
      /* Labels that no vertex carries sort last, with size 0. */
      if (groups[i].size == 0)
        break;
      rank[groups[i].label] = i;
      g_array_append_val (sizes, groups[i].size);
    }

  for (guint v = 0; v < graphs->n_vertices; v++)
    per_entity[graphs->entity_of[v]] = rank[VECTOR (*membership)[v]];
}

static gboolean
compute_components (Graphs          *graphs,
                    LiaisonMetrics  *metrics,
                    Run             *run,
                    GError         **error)
{
  igraph_integer_t n_components = 0;
  igraph_error_t code;

  if ((code = igraph_vector_int_init (&graphs->components, 0)) != IGRAPH_SUCCESS)
    return check (code, run, error);
  if ((code = igraph_vector_int_init (&graphs->component_sizes, 0)) != IGRAPH_SUCCESS)
    {
      igraph_vector_int_destroy (&graphs->components);
      return check (code, run, error);
    }
  graphs->have_components = TRUE;

  code = igraph_connected_components (&graphs->undirected, &graphs->components,
                                      &graphs->component_sizes, &n_components, IGRAPH_WEAK);
  if (code != IGRAPH_SUCCESS)
    return check (code, run, error);

  renumber_by_size (&graphs->components, graphs, metrics->component, metrics->component_sizes);

  return TRUE;
}

/* NetworkX's normalisation: undirected betweenness counts each pair once
 * in igraph and twice in NetworkX before its 1/((n-1)(n-2)).
 */
static double
betweenness_scale (guint n)
{
  return n > 2 ? 2.0 / (((double) n - 1) * ((double) n - 2)) : 1.0;
}

/* NetworkX's closeness with Wasserman and Faust's correction: the
 * inverse mean distance to the R entities reachable, times R / (n - 1).
 */
static double
closeness_from (double reachable,
                double total_distance,
                guint  n)
{
  if (reachable <= 0 || total_distance <= 0 || n < 2)
    return 0;

  return reachable * reachable / (((double) n - 1) * total_distance);
}

static gboolean
compute_exact_centrality (Graphs          *graphs,
                          LiaisonMetrics  *metrics,
                          double           betweenness_share,
                          double           closeness_share,
                          Run             *run,
                          GError         **error)
{
  igraph_vector_t values;
  igraph_vector_int_t reachable;
  igraph_error_t code;
  double scale = betweenness_scale (graphs->n_vertices);

  if ((code = igraph_vector_init (&values, 0)) != IGRAPH_SUCCESS)
    return check (code, run, error);
  if ((code = igraph_vector_int_init (&reachable, 0)) != IGRAPH_SUCCESS)
    {
      igraph_vector_destroy (&values);
      return check (code, run, error);
    }

  begin_stage (run, betweenness_share);
  code = igraph_betweenness (&graphs->undirected, &values, igraph_vss_all (), FALSE, NULL);
  if (code == IGRAPH_SUCCESS)
    {
      for (guint v = 0; v < graphs->n_vertices; v++)
        metrics->betweenness[graphs->entity_of[v]] = VECTOR (values)[v] * scale;

      begin_stage (run, closeness_share);
      /* Normalised, igraph gives R / total distance. */
      code = igraph_closeness (&graphs->undirected, &values, &reachable, NULL, igraph_vss_all (),
                               IGRAPH_ALL, NULL, TRUE);
    }
  if (code == IGRAPH_SUCCESS)
    for (guint v = 0; v < graphs->n_vertices; v++)
      {
        double r = VECTOR (reachable)[v];
        double c = VECTOR (values)[v];

        metrics->closeness[graphs->entity_of[v]] = r > 0 && isfinite (c) && c > 0
                                                   ? closeness_from (r, r / c, graphs->n_vertices)
                                                   : 0;
      }

  igraph_vector_destroy (&values);
  igraph_vector_int_destroy (&reachable);

  return check (code, run, error);
}

/* Estimates in the manner of Brandes and Pich for betweenness and of
 * Eppstein and Wang for closeness: from a sample of sources in each
 * piece of the graph, scaled up to the piece. The same seed picks the
 * same sample.
 */
static gboolean
compute_estimated_centrality (Graphs          *graphs,
                              LiaisonMetrics  *metrics,
                              double           betweenness_share,
                              double           closeness_share,
                              Run             *run,
                              GError         **error)
{
  guint n = graphs->n_vertices;
  guint n_components = igraph_vector_int_size (&graphs->component_sizes);
  g_autoptr(GRand) rand = g_rand_new_with_seed (COMMUNITY_SEED);
  g_autofree guint *n_sources = g_new0 (guint, MAX (n_components, 1));
  g_autofree double *sum = g_new0 (double, MAX (n, 1));
  g_autofree guint *count = g_new0 (guint, MAX (n, 1));
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  igraph_vector_int_t sources, exact, batch, targets;
  igraph_vector_t values;
  igraph_vector_int_t reachable;
  igraph_matrix_t distances;
  igraph_error_t code = IGRAPH_SUCCESS;
  double scale = betweenness_scale (n);
  guint n_sampled = 0, done = 0;

  for (guint c = 0; c < n_components; c++)
    g_ptr_array_add (members, g_array_new (FALSE, FALSE, sizeof (igraph_integer_t)));
  for (guint v = 0; v < n; v++)
    {
      igraph_integer_t vertex = v;

      g_array_append_val (g_ptr_array_index (members, VECTOR (graphs->components)[v]), vertex);
    }

  /* A piece that would need half its entities as sources is computed
   * exactly; otherwise sources are a random part of it, shuffled in
   * place (Fisher and Yates, only as far as needed).
   */
  for (guint c = 0; c < n_components; c++)
    {
      GArray *piece = g_ptr_array_index (members, c);
      guint size = piece->len;
      guint k = MAX ((guint) ceil ((double) SAMPLE_SIZE * size / n), MIN_SAMPLE);

      if (2 * k >= size)
        k = size;
      else
        {
          for (guint i = 0; i < k; i++)
            {
              guint j = g_rand_int_range (rand, i, size);
              igraph_integer_t swap = g_array_index (piece, igraph_integer_t, i);

              g_array_index (piece, igraph_integer_t, i) = g_array_index (piece, igraph_integer_t, j);
              g_array_index (piece, igraph_integer_t, j) = swap;
            }
          n_sampled += k;
        }
      n_sources[c] = k;
    }

  igraph_vector_int_init (&sources, 0);
  igraph_vector_int_init (&exact, 0);
  igraph_vector_int_init (&batch, 0);
  igraph_vector_int_init (&targets, 0);
  igraph_vector_int_init (&reachable, 0);
  igraph_vector_init (&values, 0);
  igraph_matrix_init (&distances, 0, 0);

  for (guint c = 0; c < n_components && code == IGRAPH_SUCCESS; c++)
    {
      GArray *piece = g_ptr_array_index (members, c);

      for (guint i = 0; i < n_sources[c] && code == IGRAPH_SUCCESS; i++)
        {
          code = igraph_vector_int_push_back (&sources, g_array_index (piece, igraph_integer_t, i));
          if (code == IGRAPH_SUCCESS && n_sources[c] == piece->len)
            code = igraph_vector_int_push_back (&exact, g_array_index (piece, igraph_integer_t, i));
        }
    }

  /* Betweenness: one pass over every source, each vertex's sum scaled up
   * to its piece.
   */
  begin_stage (run, betweenness_share);
  if (code == IGRAPH_SUCCESS)
    code = igraph_betweenness_subset (&graphs->undirected, &values, igraph_vss_all (), FALSE,
                                      igraph_vss_vector (&sources), igraph_vss_all (), NULL);
  if (code == IGRAPH_SUCCESS)
    for (guint v = 0; v < n; v++)
      {
        guint c = VECTOR (graphs->components)[v];
        guint size = ((GArray *) g_ptr_array_index (members, c))->len;

        metrics->betweenness[graphs->entity_of[v]] = VECTOR (values)[v] * size / n_sources[c] * scale;
      }

  /* Closeness: exactly where the piece is small, else the mean distance
   * from the sampled sources stands for the mean distance from all.
   */
  begin_stage (run, closeness_share);
  if (code == IGRAPH_SUCCESS && igraph_vector_int_size (&exact) > 0)
    code = igraph_closeness (&graphs->undirected, &values, &reachable, NULL, igraph_vss_vector (&exact),
                             IGRAPH_ALL, NULL, TRUE);
  if (code == IGRAPH_SUCCESS)
    for (igraph_integer_t i = 0; i < igraph_vector_int_size (&exact); i++)
      {
        igraph_integer_t v = VECTOR (exact)[i];
        double r = VECTOR (reachable)[i];
        double value = VECTOR (values)[i];

        metrics->closeness[graphs->entity_of[v]] = r > 0 && isfinite (value) && value > 0
                                                   ? closeness_from (r, r / value, n)
                                                   : 0;
      }

  for (guint c = 0; c < n_components && code == IGRAPH_SUCCESS; c++)
    {
      GArray *piece = g_ptr_array_index (members, c);

      if (n_sources[c] == piece->len)
        continue;

      igraph_vector_int_clear (&targets);
      for (guint i = 0; i < piece->len && code == IGRAPH_SUCCESS; i++)
        code = igraph_vector_int_push_back (&targets, g_array_index (piece, igraph_integer_t, i));

      for (guint start = 0; start < n_sources[c] && code == IGRAPH_SUCCESS; start += DISTANCE_BATCH)
        {
          guint end = MIN (start + DISTANCE_BATCH, n_sources[c]);

          if (g_cancellable_is_cancelled (run->cancellable))
            {
              code = IGRAPH_INTERRUPTED;
              break;
            }

          igraph_vector_int_clear (&batch);
          for (guint i = start; i < end && code == IGRAPH_SUCCESS; i++)
            code = igraph_vector_int_push_back (&batch, g_array_index (piece, igraph_integer_t, i));
          if (code == IGRAPH_SUCCESS)
            code = igraph_distances (&graphs->undirected, &distances, igraph_vss_vector (&batch),
                                     igraph_vss_vector (&targets), IGRAPH_ALL);
          if (code != IGRAPH_SUCCESS)
            break;

          for (guint s = 0; s < end - start; s++)
            for (guint t = 0; t < piece->len; t++)
              {
                igraph_integer_t v = VECTOR (targets)[t];

                if (v == VECTOR (batch)[s])
                  continue;
                sum[v] += MATRIX (distances, s, t);
                count[v]++;
              }

          done += end - start;
          report (run, run->base + run->share * done / MAX (n_sampled, 1));
        }

      for (guint t = 0; t < piece->len; t++)
        {
          igraph_integer_t v = VECTOR (targets)[t];

          /* The reachable, less the entity itself, over the estimated
           * total distance (piece - 1) × sum / count.
           */
          metrics->closeness[graphs->entity_of[v]] =
            count[v] > 0 ? closeness_from (piece->len - 1, (piece->len - 1) * sum[v] / count[v], n) : 0;
        }
    }

  igraph_vector_int_destroy (&sources);
  igraph_vector_int_destroy (&exact);
  igraph_vector_int_destroy (&batch);
  igraph_vector_int_destroy (&targets);
  igraph_vector_int_destroy (&reachable);
  igraph_vector_destroy (&values);
  igraph_matrix_destroy (&distances);

  metrics->estimate = TRUE;

  return check (code, run, error);
}

static gboolean
compute_pagerank (Graphs          *graphs,
                  LiaisonMetrics  *metrics,
                  Run             *run,
                  GError         **error)
{
  igraph_vector_t values;
  igraph_error_t code;

  if ((code = igraph_vector_init (&values, 0)) != IGRAPH_SUCCESS)
    return check (code, run, error);

  code = igraph_pagerank (&graphs->directed, IGRAPH_PAGERANK_ALGO_PRPACK, &values, NULL, igraph_vss_all (),
                          TRUE, 0.85, NULL, NULL);
  if (code == IGRAPH_SUCCESS)
    for (guint v = 0; v < graphs->n_vertices; v++)
      metrics->pagerank[graphs->entity_of[v]] = VECTOR (values)[v];

  igraph_vector_destroy (&values);

  return check (code, run, error);
}

/* Louvain's method on the simple undirected graph. It visits entities in
 * a random order, so the generator is seeded each time.
 */
static gboolean
compute_communities (Graphs          *graphs,
                     LiaisonMetrics  *metrics,
                     Run             *run,
                     GError         **error)
{
  igraph_vector_int_t membership;
  igraph_vector_t modularity;
  igraph_error_t code;

  if ((code = igraph_vector_int_init (&membership, 0)) != IGRAPH_SUCCESS)
    return check (code, run, error);
  if ((code = igraph_vector_init (&modularity, 0)) != IGRAPH_SUCCESS)
    {
      igraph_vector_int_destroy (&membership);
      return check (code, run, error);
    }

  code = igraph_rng_seed (igraph_rng_default (), COMMUNITY_SEED);
  if (code == IGRAPH_SUCCESS)
    code = igraph_community_multilevel (&graphs->undirected, NULL, 1.0, &membership, NULL, &modularity);
  if (code == IGRAPH_SUCCESS)
    {
      renumber_by_size (&membership, graphs, metrics->community, metrics->community_sizes);
      /* The membership is the best level's; so is the largest value. */
      if (igraph_vector_size (&modularity) > 0)
        metrics->modularity = igraph_vector_max (&modularity);
      if (igraph_ecount (&graphs->undirected) == 0)
        metrics->modularity = NAN;
    }

  igraph_vector_int_destroy (&membership);
  igraph_vector_destroy (&modularity);

  return check (code, run, error);
}

static gboolean
compute_figures (Graphs          *graphs,
                 LiaisonMetrics  *metrics,
                 gboolean         estimate,
                 Run             *run,
                 GError         **error)
{
  igraph_real_t value = 0;
  igraph_error_t code;

  if (graphs->n_vertices >= 2)
    {
      if ((code = igraph_density (&graphs->undirected, &value, FALSE)) != IGRAPH_SUCCESS)
        return check (code, run, error);
      metrics->density = value;
    }

  if ((code = igraph_transitivity_avglocal_undirected (&graphs->undirected, &value,
                                                       IGRAPH_TRANSITIVITY_ZERO)) != IGRAPH_SUCCESS)
    return check (code, run, error);
  metrics->average_clustering = isfinite (value) ? value : 0;

  if (!(graphs->flags & LIAISON_METRICS_DIAMETER))
    return TRUE;

  if (estimate)
    {
      /* From an entity of the largest piece, a double sweep: a lower
       * bound that is usually the diameter itself.
       */
      igraph_integer_t start = 0;

      for (guint v = 0; v < graphs->n_vertices; v++)
        if (metrics->component[graphs->entity_of[v]] == 0)
          {
            start = v;
            break;
          }
      code = igraph_pseudo_diameter (&graphs->undirected, &value, start, NULL, NULL, FALSE, TRUE);
      metrics->diameter_estimate = TRUE;
    }
  else
    code = igraph_diameter (&graphs->undirected, &value, NULL, NULL, NULL, NULL, FALSE, TRUE);

  if (code != IGRAPH_SUCCESS)
    return check (code, run, error);
  metrics->diameter = isfinite (value) ? (int) value : 0;

  return TRUE;
}

/* Called with igraph_lock held. */
static gboolean
compute_with_igraph (Graphs          *graphs,
                     LiaisonMetrics  *metrics,
                     Run             *run,
                     GError         **error)
{
  gboolean estimate;
  gboolean diameter = (graphs->flags & LIAISON_METRICS_DIAMETER) != 0;
  /* Shares of the bar, from timings on random graphs: betweenness takes
   * twice as long as closeness, which takes as long as the diameter.
   */
  double total = 2.0 + 1.0 + (diameter ? 1.0 : 0.0) + 0.2;
  gint64 start = g_get_monotonic_time (), built, centrality, communities;

  begin_stage (run, 0.1 / total);
  if (!build_graphs (graphs, metrics, run, error) ||
      !compute_components (graphs, metrics, run, error))
    return FALSE;
  built = g_get_monotonic_time ();

  estimate = (graphs->flags & LIAISON_METRICS_ESTIMATE) || graphs->n_vertices > LIAISON_METRICS_EXACT_LIMIT;

  if (graphs->n_vertices == 0)
    return TRUE;

  if (!(estimate ? compute_estimated_centrality : compute_exact_centrality) (graphs, metrics,
                                                                              2.0 / total, 1.0 / total,
                                                                              run, error))
    return FALSE;
  centrality = g_get_monotonic_time ();

  begin_stage (run, 0.1 / total);
  if (!compute_pagerank (graphs, metrics, run, error) ||
      !compute_communities (graphs, metrics, run, error))
    return FALSE;
  communities = g_get_monotonic_time ();

  begin_stage (run, diameter ? 1.0 / total : 0);
  if (!compute_figures (graphs, metrics, estimate, run, error))
    return FALSE;

  g_debug ("%u entities: graphs and components %.0f ms, betweenness and closeness %.0f ms%s, "
           "PageRank and communities %.0f ms, figures %.0f ms", graphs->n_vertices,
           (built - start) / 1000.0, (centrality - built) / 1000.0, estimate ? " (estimated)" : "",
           (communities - centrality) / 1000.0, (g_get_monotonic_time () - communities) / 1000.0);

  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;

  return TRUE;
}

static LiaisonMetrics *
compute (LiaisonDataset       *dataset,
         LiaisonViewState     *visible,
         LiaisonMetricsFlags   flags,
         GCancellable         *cancellable,
         LiaisonProgressFunc   progress,
         gpointer              progress_data,
         GError              **error)
{
  g_autoptr(LiaisonMetrics) metrics = g_object_new (LIAISON_TYPE_METRICS, NULL);
  Graphs graphs = { dataset, visible, flags, };
  Run run = { cancellable, progress, progress_data, 0, 0, -1 };
  guint n = liaison_dataset_get_n_entities (dataset);
  gboolean ok;

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

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  ensure_igraph ();

  g_mutex_lock (&igraph_lock);
  current_run = &run;
  ok = compute_with_igraph (&graphs, metrics, &run, error);
  graphs_clear (&graphs);
  current_run = NULL;
  g_mutex_unlock (&igraph_lock);

  if (!ok)
    return NULL;

  run.share = 0;
  report (&run, 1.0);

  return g_steal_pointer (&metrics);
}

/* Computes the metrics of what @visible shows of @dataset, or of all of
 * it when @visible is %NULL, on the calling thread. @progress, if not
 * %NULL, is called on this thread as the work goes on.
 *
 * Returns: (transfer full): the metrics, or %NULL with @error set
 */
LiaisonMetrics *
liaison_metrics_compute (LiaisonDataset       *dataset,
                         LiaisonViewState     *visible,
                         LiaisonMetricsFlags   flags,
                         GCancellable         *cancellable,
                         LiaisonProgressFunc   progress,
                         gpointer              progress_data,
                         GError              **error)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (visible == NULL || LIAISON_IS_VIEW_STATE (visible), NULL);
  g_return_val_if_fail (visible == NULL || liaison_view_state_get_dataset (visible) == dataset, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return compute (dataset, visible, flags, cancellable, progress, progress_data, error);
}

/* Carries the worker's progress to the caller's main context: the worker
 * publishes the value under the lock and queues at most one idle.
 */
typedef struct
{
  gatomicrefcount      ref_count;
  GMutex               lock;
  GMainContext        *context;
  LiaisonProgressFunc  func;
  gpointer             data;
  GDestroyNotify       data_free;
  double               fraction;
  gboolean             queued;
  gboolean             finished;   /* main context only */
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
    relay->func (fraction, relay->data);

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
  GError *error = NULL;
  LiaisonMetrics *metrics;

  metrics = compute (data->dataset, data->visible, data->flags, cancellable,
                     data->relay != NULL ? publish_progress_cb : NULL, data->relay, &error);
  if (metrics == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, metrics, g_object_unref);
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
      if (data->relay->data_free != NULL)
        g_clear_pointer (&data->relay->data, data->relay->data_free);
    }

  data->callback (NULL, result, data->user_data);
}

/* Computes the metrics on a worker thread. @visible is copied: it may go
 * on changing. @progress is called on the thread-default main context of
 * the caller, never after @callback; @progress_data_free frees
 * @progress_data there once the work is over.
 */
void
liaison_metrics_compute_async (LiaisonDataset       *dataset,
                               LiaisonViewState     *visible,
                               LiaisonMetricsFlags   flags,
                               GCancellable         *cancellable,
                               LiaisonProgressFunc   progress,
                               gpointer              progress_data,
                               GDestroyNotify        progress_data_free,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
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
  if (progress == NULL && progress_data_free != NULL)
    progress_data_free (progress_data);
  else if (progress != NULL)
    {
      data->relay = g_new0 (ProgressRelay, 1);
      g_atomic_ref_count_init (&data->relay->ref_count);
      g_mutex_init (&data->relay->lock);
      data->relay->context = g_main_context_ref_thread_default ();
      data->relay->func = progress;
      data->relay->data = progress_data;
      data->relay->data_free = progress_data_free;
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
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->degree[entity];
}

/* Relations whose "to" is the entity, undirected ones too. */
guint
liaison_metrics_get_in_degree (LiaisonMetrics *self,
                               guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->in_degree[entity];
}

/* Relations whose "from" is the entity, undirected ones too. */
guint
liaison_metrics_get_out_degree (LiaisonMetrics *self,
                                guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->out_degree[entity];
}

double
liaison_metrics_get_betweenness (LiaisonMetrics *self,
                                 guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->betweenness[entity];
}

double
liaison_metrics_get_closeness (LiaisonMetrics *self,
                               guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->closeness[entity];
}

double
liaison_metrics_get_pagerank (LiaisonMetrics *self,
                              guint           entity)
{
  g_return_val_if_fail (LIAISON_IS_METRICS (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->pagerank[entity];
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

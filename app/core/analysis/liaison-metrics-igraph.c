/* liaison-metrics-igraph.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The metrics' computation with igraph.
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

#include "liaison-graph-query.h"
#include "liaison-metrics-private.h"

/* Estimates take as many sources across the graph as searches of
 * SAMPLE_WORK entities and relations in all allow (a fixed time, about a
 * quarter of the exact computation at LIAISON_METRICS_EXACT_LIMIT), but
 * no fewer than SAMPLE_SIZE and no more than a quarter of the entities;
 * at least MIN_SAMPLE in each piece. A piece that would need half its
 * entities as sources anyway is computed exactly.
 */
#define SAMPLE_WORK    2e8
#define SAMPLE_SIZE    500
#define MIN_SAMPLE     50
#define DISTANCE_BATCH 32
/* Any fixed value: the same graph always gets the same communities and,
 * when estimated, the same sample.
 */
#define SEED 2019

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
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
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
  double size_of_search = (double) n + igraph_ecount (&graphs->undirected);
  guint n_wanted = MAX (SAMPLE_SIZE, MIN (SAMPLE_WORK / size_of_search, n / 4));
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
      guint k = MAX ((guint) ceil ((double) n_wanted * size / n), MIN_SAMPLE);

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

  code = igraph_rng_seed (igraph_rng_default (), SEED);
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

/* Fills @metrics, made for its dataset by liaison_metrics_new(), for
 * what @visible shows of the dataset, or all of it. @progress, if not
 * %NULL, is told on this thread; its data is left to the caller.
 */
gboolean
liaison_metrics_fill (LiaisonMetrics        *metrics,
                      LiaisonViewState      *visible,
                      LiaisonMetricsFlags    flags,
                      GCancellable          *cancellable,
                      const LiaisonProgress *progress,
                      GError               **error)
{
  Graphs graphs = { metrics->dataset, visible, flags, };
  Run run = { cancellable, progress != NULL ? progress->func : NULL, progress != NULL ? progress->data : NULL,
              0, 0, -1 };
  gboolean ok;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  ensure_igraph ();

  g_mutex_lock (&igraph_lock);
  current_run = &run;
  ok = compute_with_igraph (&graphs, metrics, &run, error);
  graphs_clear (&graphs);
  current_run = NULL;
  g_mutex_unlock (&igraph_lock);

  if (!ok)
    return FALSE;

  run.share = 0;
  report (&run, 1.0);

  return TRUE;
}

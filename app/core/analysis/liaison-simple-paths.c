/* liaison-simple-paths.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-simple-paths"

#include "config.h"

#include <string.h>

#include "liaison-breadth-first.h"
#include "liaison-graph-query.h"
#include "liaison-path-frames.h"
#include "liaison-simple-paths.h"

/* A depth-first walk from one end, one length at a time so that a cap
 * keeps the shortest. A breadth-first pass from the far end first gives
 * each entity's distance to it, and the walk never takes a step from
 * which the far end is out of reach within the length: every branch it
 * follows could still end there, unless the entities already on the path
 * are in the way.
 */

#define UNREACHED LIAISON_DISTANCE_UNREACHED

/* How often the walk looks at its cancellable, in steps. */
#define CANCEL_CHECK_INTERVAL 4096

typedef struct
{
  LiaisonDataset      *dataset;
  const LiaisonSubset *visible;
  guint                from;
  guint                to;
  guint               *distance;  /* to @to */
  guint8              *on_path;
  GArray              *stack;     /* LiaisonPathFrame */
  GPtrArray           *paths;
  guint                limit;     /* paths to collect, one past the cap */
  guint64              steps;
} Search;


/* The distance of every entity to @source, no further than @limit. Not
 * cancellable: it is linear in the graph, unlike the walk that follows.
 */
static void
measure_distances (LiaisonDataset      *dataset,
                   const LiaisonSubset *visible,
                   guint                source,
                   guint                limit,
                   guint               *distance)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));

  liaison_breadth_first (dataset, visible, source, UNREACHED, limit, distance, queue, NULL, NULL);
}

typedef struct
{
  Search *search;
  GArray *options;
  guint   entity;
  guint   left;     /* relations the path may still take after this one */
} Options;

static void
option_cb (const LiaisonRelation *relation,
           gboolean               outgoing,
           guint                  other,
           gpointer               user_data)
{
  Options *options = user_data;
  Search *search = options->search;
  LiaisonPathOption option = { relation->index, other };

  if (search->on_path[other] || search->distance[other] == UNREACHED || search->distance[other] > options->left ||
      !liaison_subset_allows_relation (search->visible, relation))
    return;

  /* The far end only as the last step, or the path would go on past it. */
  if (other == search->to && options->left != 0)
    return;

  g_array_append_val (options->options, option);
}

static void
push_frame (Search *search,
            guint   entity,
            guint   left)
{
  LiaisonPathFrame frame = { entity, g_array_new (FALSE, FALSE, sizeof (LiaisonPathOption)), 0 };

  search->on_path[entity] = TRUE;
  if (entity != search->to)
    {
      Options options = { search, frame.options, entity, left - 1 };

      liaison_graph_query_foreach_relation (search->dataset, entity, option_cb, &options);
    }
  g_array_append_val (search->stack, frame);
}

static void
pop_frame (Search *search)
{
  LiaisonPathFrame *top = &g_array_index (search->stack, LiaisonPathFrame, search->stack->len - 1);

  search->on_path[top->entity] = FALSE;
  g_array_unref (top->options);
  g_array_set_size (search->stack, search->stack->len - 1);
}

/* Collects the simple paths of exactly @length relations. */
static gboolean
find_of_length (Search        *search,
                guint          length,
                GCancellable  *cancellable,
                GError       **error)
{
  gboolean ok = TRUE;

  push_frame (search, search->from, length);

  while (search->stack->len > 0 && search->paths->len < search->limit)
    {
      LiaisonPathFrame *top = &g_array_index (search->stack, LiaisonPathFrame,
                                              search->stack->len - 1);

      if (++search->steps % CANCEL_CHECK_INTERVAL == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      if (top->entity == search->to)
        {
          g_ptr_array_add (search->paths,
                           liaison_path_frames_to_path (search->dataset, search->stack));
          pop_frame (search);
        }
      else if (top->next < top->options->len)
        {
          guint other = g_array_index (top->options, LiaisonPathOption, top->next).other;
          guint left = length - search->stack->len;

          top->next++;
          push_frame (search, other, left);
        }
      else
        pop_frame (search);
    }

  while (search->stack->len > 0)
    pop_frame (search);

  return ok;
}

/* Returns: (transfer full): the simple paths from @from to @to within
 * @visible (NULL: everything) of @min_length to @max_length relations,
 * the shorter first, at most @max_paths of them; NULL when cancelled.
 */
LiaisonSimplePaths *
liaison_simple_paths_find (LiaisonDataset       *dataset,
                           const LiaisonSubset  *visible,
                           guint                 from,
                           guint                 to,
                           guint                 min_length,
                           guint                 max_length,
                           guint                 max_paths,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_autoptr(LiaisonSimplePaths) self = NULL;
  g_autofree guint *distance = NULL;
  g_autofree guint8 *on_path = NULL;
  g_autoptr(GArray) stack = NULL;
  Search search;
  guint n_entities;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  n_entities = liaison_dataset_get_n_entities (dataset);
  g_return_val_if_fail (from < n_entities && to < n_entities, NULL);
  g_return_val_if_fail (visible == NULL || liaison_subset_get_entity_capacity (visible) == n_entities, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (LiaisonSimplePaths, 1);
  self->paths = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  /* From an entity to itself the only simple path has no relation. */
  if (from == to || max_paths == 0 || max_length == 0 || min_length > max_length ||
      !liaison_subset_allows_entity (visible, from) || !liaison_subset_allows_entity (visible, to))
    return g_steal_pointer (&self);

  distance = g_new (guint, n_entities);
  memset (distance, 0xff, n_entities * sizeof (guint));
  measure_distances (dataset, visible, to, max_length, distance);
  if (distance[from] == UNREACHED)
    return g_steal_pointer (&self);

  on_path = g_new0 (guint8, n_entities);
  stack = g_array_new (FALSE, FALSE, sizeof (LiaisonPathFrame));
  search = (Search) { dataset, visible, from, to, distance, on_path, stack, self->paths,
                      max_paths == G_MAXUINT ? max_paths : max_paths + 1, 0 };

  for (guint length = MAX (min_length, distance[from]); length <= max_length; length++)
    if (!find_of_length (&search, length, cancellable, error))
      return NULL;

  if (self->paths->len > max_paths)
    {
      g_ptr_array_set_size (self->paths, max_paths);
      self->truncated = TRUE;
    }

  return g_steal_pointer (&self);
}

void
liaison_simple_paths_free (LiaisonSimplePaths *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->paths, g_ptr_array_unref);
  g_free (self);
}

typedef struct
{
  LiaisonDataset *dataset;
  LiaisonSubset  *visible;
  guint           from, to, min_length, max_length, max_paths;
} FindData;

static void
find_data_free (FindData *data)
{
  g_clear_object (&data->dataset);
  g_clear_pointer (&data->visible, liaison_subset_unref);
  g_free (data);
}

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  FindData *data = task_data;
  g_autoptr(GError) error = NULL;
  LiaisonSimplePaths *found;

  found = liaison_simple_paths_find (data->dataset, data->visible, data->from, data->to, data->min_length,
                                     data->max_length, data->max_paths, cancellable, &error);
  if (found == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, found, (GDestroyNotify) liaison_simple_paths_free);
}

/* As liaison_simple_paths_find(), on another thread. @visible must be
 * shared (read only) by now: the thread holds it.
 */
void
liaison_simple_paths_find_async (LiaisonDataset       *dataset,
                                 const LiaisonSubset  *visible,
                                 guint                 from,
                                 guint                 to,
                                 guint                 min_length,
                                 guint                 max_length,
                                 guint                 max_paths,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  FindData *data;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));

  data = g_new0 (FindData, 1);
  data->dataset = g_object_ref (dataset);
  data->visible = visible != NULL ? liaison_subset_ref ((LiaisonSubset *) visible) : NULL;
  data->from = from;
  data->to = to;
  data->min_length = min_length;
  data->max_length = max_length;
  data->max_paths = max_paths;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, liaison_simple_paths_find_async);
  g_task_set_task_data (task, data, (GDestroyNotify) find_data_free);
  /* A cancelled search says so, even when it had just finished. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, TRUE);
  g_task_run_in_thread (task, find_thread);
}

LiaisonSimplePaths *
liaison_simple_paths_find_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == liaison_simple_paths_find_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Adds the entities and relations of @paths (GArrays of LiaisonPathStep)
 * to @subset.
 */
void
liaison_paths_add_to_subset (GPtrArray     *paths,
                             LiaisonSubset *subset)
{
  g_return_if_fail (paths != NULL);
  g_return_if_fail (subset != NULL);

  for (guint p = 0; p < paths->len; p++)
    {
      GArray *path = g_ptr_array_index (paths, p);

      for (guint i = 0; i < path->len; i++)
        {
          const LiaisonPathStep *step = &g_array_index (path, LiaisonPathStep, i);

          liaison_subset_add_entity (subset, step->entity);
          if (step->relation != LIAISON_SUBSET_END)
            liaison_subset_add_relation (subset, step->relation);
        }
    }
}

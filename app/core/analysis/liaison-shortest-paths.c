/* liaison-shortest-paths.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-shortest-paths"

#include "config.h"

#include <string.h>

#include "liaison-breadth-first.h"
#include "liaison-graph-query.h"
#include "liaison-path-frames.h"
#include "liaison-neighbourhood.h"
#include "liaison-shortest-paths.h"

/* Two breadth-first passes, one from each end. With d the distance from
 * A to B, an entity x is on a shortest path exactly when
 * d(A,x) + d(x,B) = d, and a relation between x and y exactly when
 * d(A,x) + 1 + d(y,B) = d, one way round or the other; parallel relations
 * are each on it, since each carries its own evidence. That is linear in
 * the graph however many paths there are. They are counted by dynamic
 * programming over the same distances, and listed only up to a cap.
 */

#define UNREACHED LIAISON_DISTANCE_UNREACHED

struct _LiaisonShortestPaths
{
  LiaisonDataset *dataset;
  LiaisonSubset  *visible;         /* may be NULL: everything */
  guint           ends[2];
  guint           length;          /* UNREACHED when not connected */
  guint          *distance[2];     /* from each end; UNREACHED past what was walked */
  GArray         *order[2];        /* guint: entities in the order each walk reached them */
  LiaisonSubset  *subset;
  guint64         count;           /* saturating */
};

/* Whether @relation, from @x to @other (either way round), is a step
 * towards the far end on a shortest path.
 */
static gboolean
is_forward_step (const LiaisonShortestPaths *self,
                 const LiaisonRelation      *relation,
                 guint                       x,
                 guint                       other)
{
  guint from_x = self->distance[LIAISON_PATH_FROM][x];
  guint other_to = self->distance[LIAISON_PATH_TO][other];

  return from_x != UNREACHED && other_to != UNREACHED && from_x + 1 + other_to == self->length &&
         liaison_subset_allows_relation (self->visible, relation);
}

typedef struct
{
  LiaisonShortestPaths *self;
  guint                 entity;
  guint64              *ways;
} Collect;

static void
collect_cb (const LiaisonRelation *relation,
            gboolean               outgoing,
            guint                  other,
            gpointer               user_data)
{
  Collect *collect = user_data;
  guint64 *ways = collect->ways;

  if (!is_forward_step (collect->self, relation, collect->entity, other))
    return;

  liaison_subset_add_relation (collect->self->subset, relation->index);
  /* Saturating: the count of a mesh's paths overflows any integer. */
  ways[other] = ways[other] > G_MAXUINT64 - ways[collect->entity] ? G_MAXUINT64
                                                                   : ways[other] + ways[collect->entity];
}

/* Marks what lies on a shortest path and counts the paths, walking the
 * entities in order of distance from the start, so that each one's count
 * is complete before it passes it on.
 */
static void
collect_paths (LiaisonShortestPaths *self)
{
  guint n_entities = liaison_dataset_get_n_entities (self->dataset);
  g_autofree guint64 *ways = g_new0 (guint64, MAX (n_entities, 1));
  Collect collect = { self, 0, ways };
  GArray *order = self->order[LIAISON_PATH_FROM];

  ways[self->ends[LIAISON_PATH_FROM]] = 1;

  for (guint i = 0; i < order->len; i++)
    {
      guint x = g_array_index (order, guint, i);
      guint from_x = self->distance[LIAISON_PATH_FROM][x];
      guint x_to = self->distance[LIAISON_PATH_TO][x];

      if (from_x > self->length)
        break;
      if (x_to == UNREACHED || from_x + x_to != self->length)
        continue;

      liaison_subset_add_entity (self->subset, x);
      collect.entity = x;
      liaison_graph_query_foreach_relation (self->dataset, x, collect_cb, &collect);
    }

  self->count = ways[self->ends[LIAISON_PATH_TO]];
}

/* Returns: (transfer full): the shortest paths from @from to @to within
 * @visible (NULL: the whole dataset), or NULL when @cancellable is
 * cancelled. An end that is not visible is connected to nothing.
 */
LiaisonShortestPaths *
liaison_shortest_paths_find (LiaisonDataset       *dataset,
                             const LiaisonSubset  *visible,
                             guint                 from,
                             guint                 to,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr(LiaisonShortestPaths) self = NULL;
  guint n_entities;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  n_entities = liaison_dataset_get_n_entities (dataset);
  g_return_val_if_fail (from < n_entities && to < n_entities, NULL);
  g_return_val_if_fail (visible == NULL || liaison_subset_get_entity_capacity (visible) == n_entities, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (LiaisonShortestPaths, 1);
  self->dataset = g_object_ref (dataset);
  /* Shared subsets are read only; holding one is safe. */
  self->visible = visible != NULL ? liaison_subset_ref ((LiaisonSubset *) visible) : NULL;
  self->ends[LIAISON_PATH_FROM] = from;
  self->ends[LIAISON_PATH_TO] = to;
  self->length = UNREACHED;
  self->subset = liaison_subset_new (n_entities, liaison_dataset_get_n_relations (dataset));

  for (guint end = 0; end < 2; end++)
    {
      self->distance[end] = g_new (guint, MAX (n_entities, 1));
      memset (self->distance[end], 0xff, MAX (n_entities, 1) * sizeof (guint));
      self->order[end] = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  if (!liaison_subset_allows_entity (visible, from) || !liaison_subset_allows_entity (visible, to))
    {
      /* What the visible end reaches is still its component. */
      for (guint end = 0; end < 2; end++)
        if (liaison_subset_allows_entity (visible, self->ends[end]) &&
            !liaison_breadth_first (dataset, visible, self->ends[end], UNREACHED, UNREACHED,
                                    self->distance[end], self->order[end], cancellable, error))
          return NULL;

      return g_steal_pointer (&self);
    }

  if (!liaison_breadth_first (dataset, visible, from, to, UNREACHED,
                              self->distance[LIAISON_PATH_FROM], self->order[LIAISON_PATH_FROM],
                              cancellable, error))
    return NULL;

  self->length = self->distance[LIAISON_PATH_FROM][to];

  /* Unconnected, the walk from B goes all the way too: its component. */
  if (!liaison_breadth_first (dataset, visible, to, UNREACHED, self->length,
                              self->distance[LIAISON_PATH_TO], self->order[LIAISON_PATH_TO],
                              cancellable, error))
    return NULL;

  if (self->length != UNREACHED)
    collect_paths (self);

  return g_steal_pointer (&self);
}

void
liaison_shortest_paths_free (LiaisonShortestPaths *self)
{
  if (self == NULL)
    return;

  for (guint end = 0; end < 2; end++)
    {
      g_free (self->distance[end]);
      g_clear_pointer (&self->order[end], g_array_unref);
    }
  g_clear_pointer (&self->subset, liaison_subset_unref);
  g_clear_pointer (&self->visible, liaison_subset_unref);
  g_clear_object (&self->dataset);
  g_free (self);
}

gboolean
liaison_shortest_paths_is_connected (const LiaisonShortestPaths *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->length != UNREACHED;
}

/* The number of relations in each shortest path; 0 from an entity to
 * itself, G_MAXUINT when not connected.
 */
guint
liaison_shortest_paths_get_length (const LiaisonShortestPaths *self)
{
  g_return_val_if_fail (self != NULL, UNREACHED);

  return self->length;
}

/* Returns: (transfer none): the entities and relations on a shortest
 * path, and nothing else (no other relation between them); empty when
 * not connected.
 */
LiaisonSubset *
liaison_shortest_paths_get_subset (const LiaisonShortestPaths *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->subset;
}

/* How many shortest paths there are, two paths that differ only in which
 * of two parallel relations they take counted apart; G_MAXUINT64 stands
 * for that many or more.
 */
guint64
liaison_shortest_paths_count (const LiaisonShortestPaths *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->count;
}

/* When the ends are not connected, how many entities the component of
 * @end has, itself included (0 when it is not visible). Connected ends
 * share one component, which no walk went all through: 0.
 */
guint
liaison_shortest_paths_get_component_size (const LiaisonShortestPaths *self,
                                           LiaisonPathEnd              end)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (end == LIAISON_PATH_FROM || end == LIAISON_PATH_TO, 0);

  if (self->length != UNREACHED)
    return 0;

  return self->order[end]->len;
}

/* Returns: (transfer full) (nullable): when the ends are not connected,
 * the component of @end, with its visible relations, to show where each
 * end belongs; NULL when connected.
 */
LiaisonSubset *
liaison_shortest_paths_dup_component (const LiaisonShortestPaths *self,
                                      LiaisonPathEnd              end)
{
  LiaisonSubset *component;
  GArray *order;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (end == LIAISON_PATH_FROM || end == LIAISON_PATH_TO, NULL);

  if (self->length != UNREACHED)
    return NULL;

  order = self->order[end];
  component = liaison_subset_new (liaison_dataset_get_n_entities (self->dataset),
                                  liaison_dataset_get_n_relations (self->dataset));
  for (guint i = 0; i < order->len; i++)
    liaison_subset_add_entity (component, g_array_index (order, guint, i));
  liaison_neighbourhood_add_relations (self->dataset, self->visible, component,
                                       (const guint *) (gpointer) order->data, order->len);

  return component;
}

typedef struct
{
  const LiaisonShortestPaths *self;
  guint                       entity;
  GArray                     *options;
} Options;

static void
option_cb (const LiaisonRelation *relation,
           gboolean               outgoing,
           guint                  other,
           gpointer               user_data)
{
  Options *options = user_data;
  LiaisonPathOption option = { relation->index, other };

  if (is_forward_step (options->self, relation, options->entity, other))
    g_array_append_val (options->options, option);
}

static void
push_frame (const LiaisonShortestPaths *self,
            GArray                     *stack,
            guint                       entity)
{
  LiaisonPathFrame frame = { entity, g_array_new (FALSE, FALSE, sizeof (LiaisonPathOption)), 0 };
  Options options = { self, entity, frame.options };

  /* Only needed before the far end: from there, the path is complete. */
  if (entity != self->ends[LIAISON_PATH_TO])
    liaison_graph_query_foreach_relation (self->dataset, entity, option_cb, &options);
  g_array_append_val (stack, frame);
}

static void
pop_frame (GArray *stack)
{
  g_array_unref (g_array_index (stack, LiaisonPathFrame, stack->len - 1).options);
  g_array_set_size (stack, stack->len - 1);
}

/* Returns: (transfer full): at most @max_paths of the shortest paths, each
 * a GArray of LiaisonPathStep from one end to the other, in the order of
 * the dataset's relations; @n_more (may be NULL) says how many more there
 * are, saturating at G_MAXUINT64. Each path costs its length: the paths
 * left out are counted, never walked.
 */
GPtrArray *
liaison_shortest_paths_list (const LiaisonShortestPaths *self,
                             guint                       max_paths,
                             guint64                    *n_more)
{
  g_autoptr(GArray) stack = NULL;
  GPtrArray *paths;

  g_return_val_if_fail (self != NULL, NULL);

  paths = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  if (n_more != NULL)
    *n_more = 0;
  if (self->length == UNREACHED)
    return paths;

  /* Every forward step leads on to the far end, so the walk never
   * backtracks out of a dead end: each path listed costs its length.
   */
  stack = g_array_new (FALSE, FALSE, sizeof (LiaisonPathFrame));
  push_frame (self, stack, self->ends[LIAISON_PATH_FROM]);

  while (stack->len > 0 && paths->len < max_paths)
    {
      LiaisonPathFrame *top = &g_array_index (stack, LiaisonPathFrame, stack->len - 1);

      if (top->entity == self->ends[LIAISON_PATH_TO])
        {
          g_ptr_array_add (paths, liaison_path_frames_to_path (self->dataset, stack));
          pop_frame (stack);
        }
      else if (top->next < top->options->len)
        {
          guint other = g_array_index (top->options, LiaisonPathOption, top->next).other;

          top->next++;
          push_frame (self, stack, other);
        }
      else
        pop_frame (stack);
    }

  while (stack->len > 0)
    pop_frame (stack);

  if (n_more != NULL)
    *n_more = self->count == G_MAXUINT64 ? G_MAXUINT64 : self->count - paths->len;

  return paths;
}

/* Returns: (transfer full): a path as the paths panel lists it, e.g.
 * "Ren Zhengfei —founded→ Huawei ←excludes— KDDI".
 */
char *
liaison_path_dup_text (LiaisonDataset *dataset,
                       GArray         *path)
{
  GString *text;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (path != NULL && path->len > 0, NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < path->len; i++)
    {
      const LiaisonPathStep *step = &g_array_index (path, LiaisonPathStep, i);
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, step->entity);

      if (i > 0)
        {
          const char *label = liaison_relation_display_label (dataset,
                                                              liaison_dataset_get_relation (dataset, step->relation));

          switch (step->direction)
            {
            case LIAISON_PATH_FORWARD:
              g_string_append_printf (text, " —%s→ ", label);
              break;
            case LIAISON_PATH_BACKWARD:
              g_string_append_printf (text, " ←%s— ", label);
              break;
            case LIAISON_PATH_UNDIRECTED:
            default:
              g_string_append_printf (text, " —%s— ", label);
              break;
            }
        }
      g_string_append (text, liaison_entity_get_label (entity));
    }

  return g_string_free (text, FALSE);
}

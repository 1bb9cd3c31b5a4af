/* liaison-breadth-first.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-breadth-first.h"
#include "liaison-graph-query.h"

/* How many entities are taken from the queue between looks at the
 * cancellable: often enough to stop at once, rarely enough to cost nothing.
 */
#define CANCEL_CHECK_INTERVAL 4096

typedef struct
{
  const LiaisonSubset *visible;
  guint               *distance;
  GArray              *order;
  guint                next_distance;
} Walk;

static void
walk_cb (const LiaisonRelation *relation,
         gboolean               outgoing,
         guint                  other,
         gpointer               user_data)
{
  Walk *walk = user_data;

  if (walk->distance[other] != LIAISON_DISTANCE_UNREACHED ||
      !liaison_subset_allows_relation (walk->visible, relation))
    return;

  walk->distance[other] = walk->next_distance;
  g_array_append_val (walk->order, other);
}

gboolean
liaison_breadth_first (LiaisonDataset       *dataset,
                       const LiaisonSubset  *visible,
                       guint                 source,
                       guint                 target,
                       guint                 limit,
                       guint                *distance,
                       GArray               *order,
                       GCancellable         *cancellable,
                       GError              **error)
{
  Walk walk = { visible, distance, order, 0 };

  distance[source] = 0;
  g_array_append_val (order, source);

  for (guint head = 0; head < order->len; head++)
    {
      guint entity = g_array_index (order, guint, head);

      if (head % CANCEL_CHECK_INTERVAL == CANCEL_CHECK_INTERVAL - 1 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (target != LIAISON_DISTANCE_UNREACHED && distance[target] != LIAISON_DISTANCE_UNREACHED)
        limit = MIN (limit, distance[target]);
      if (distance[entity] >= limit)
        break;

      walk.next_distance = distance[entity] + 1;
      liaison_graph_query_foreach_relation (dataset, entity, walk_cb, &walk);
    }

  return TRUE;
}

/* liaison-neighbourhood.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-neighbourhood"

#include "config.h"

#include "liaison-graph-query.h"
#include "liaison-neighbourhood.h"

/* Walks cost O(degree) an entity reached, from the dataset's adjacency
 * lists, never a pass over the whole dataset: expanding one entity of a
 * 100,000-entity file touches its relations and nothing else.
 */

typedef struct
{
  const LiaisonSubset *visible;
  LiaisonSubset       *shown;
  LiaisonSubset       *seen;     /* entities the walk has reached */
  GArray              *added;    /* guint: entities it added to @shown */
  GArray              *next;     /* guint: the next ring */
} Walk;

static void
reach (Walk  *walk,
       guint  entity)
{
  if (!liaison_subset_add_entity (walk->seen, entity))
    return;

  g_array_append_val (walk->next, entity);
  if (liaison_subset_add_entity (walk->shown, entity))
    g_array_append_val (walk->added, entity);
}

static void
step_cb (const LiaisonRelation *relation,
         gboolean               outgoing,
         guint                  other,
         gpointer               user_data)
{
  Walk *walk = user_data;

  if (liaison_subset_allows_relation (walk->visible, relation))
    reach (walk, other);
}

typedef struct
{
  const LiaisonSubset *visible;
  LiaisonSubset       *shown;
} Closure;

static void
add_relation_cb (const LiaisonRelation *relation,
                 gboolean               outgoing,
                 guint                  other,
                 gpointer               user_data)
{
  Closure *closure = user_data;

  if (liaison_subset_allows_relation (closure->visible, relation) && liaison_subset_has_entity (closure->shown, other))
    liaison_subset_add_relation (closure->shown, relation->index);
}

/* Adds to @shown every visible relation between one of @entities (shown
 * already) and an entity @shown holds.
 */
void
liaison_neighbourhood_add_relations (LiaisonDataset      *dataset,
                                     const LiaisonSubset *visible,
                                     LiaisonSubset       *shown,
                                     const guint         *entities,
                                     guint                n_entities)
{
  Closure closure = { visible, shown };

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (shown != NULL);
  g_return_if_fail (entities != NULL || n_entities == 0);

  for (guint i = 0; i < n_entities; i++)
    liaison_graph_query_foreach_relation (dataset, entities[i], add_relation_cb, &closure);
}

/* Adds to @shown the entities within @depth steps of @seeds (0: the
 * seeds alone) and every visible relation that joins them to each other
 * or to what @shown held. Seeds that are not visible stay out. To expand
 * an entity is to call this with it and a depth of 1.
 */
void
liaison_neighbourhood_expand (LiaisonDataset      *dataset,
                              const LiaisonSubset *visible,
                              LiaisonSubset       *shown,
                              const guint         *seeds,
                              guint                n_seeds,
                              guint                depth)
{
  g_autoptr(LiaisonSubset) seen = NULL;
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (guint));
  Walk walk = { visible, shown, NULL, added, next };

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (shown != NULL);
  g_return_if_fail (liaison_subset_get_entity_capacity (shown) == liaison_dataset_get_n_entities (dataset));
  g_return_if_fail (seeds != NULL || n_seeds == 0);

  /* Its own record of where it has been: an entity shown before is
   * walked through like any other, or expanding next to it would stop
   * short.
   */
  seen = liaison_subset_new (liaison_dataset_get_n_entities (dataset), 0);
  walk.seen = seen;

  for (guint i = 0; i < n_seeds; i++)
    {
      g_return_if_fail (seeds[i] < liaison_dataset_get_n_entities (dataset));

      if (liaison_subset_allows_entity (visible, seeds[i]))
        reach (&walk, seeds[i]);
    }

  /* Ring by ring, all seeds at once, so each entity is reached once. */
  for (guint level = 0; level < depth && next->len > 0; level++)
    {
      g_array_set_size (ring, 0);
      g_array_append_vals (ring, next->data, next->len);
      g_array_set_size (next, 0);
      for (guint i = 0; i < ring->len; i++)
        liaison_graph_query_foreach_relation (dataset, g_array_index (ring, guint, i), step_cb, &walk);
    }

  /* Relations among what was there before are there already. */
  liaison_neighbourhood_add_relations (dataset, visible, shown, (const guint *) (gpointer) added->data,
                                       added->len);
}

/* Returns: (transfer full): the neighbourhood of @seeds to @depth, a
 * subset of @dataset.
 */
LiaisonSubset *
liaison_neighbourhood_new (LiaisonDataset      *dataset,
                           const LiaisonSubset *visible,
                           const guint         *seeds,
                           guint                n_seeds,
                           guint                depth)
{
  LiaisonSubset *shown;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  shown = liaison_subset_new (liaison_dataset_get_n_entities (dataset), liaison_dataset_get_n_relations (dataset));
  liaison_neighbourhood_expand (dataset, visible, shown, seeds, n_seeds, depth);

  return shown;
}

static void
remove_relation_cb (const LiaisonRelation *relation,
                    gboolean               outgoing,
                    guint                  other,
                    gpointer               user_data)
{
  liaison_subset_remove_relation (user_data, relation->index);
}

/* Takes @entities out of @shown, with every relation touching them. */
void
liaison_neighbourhood_hide (LiaisonDataset *dataset,
                            LiaisonSubset  *shown,
                            const guint    *entities,
                            guint           n_entities)
{
  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (shown != NULL);
  g_return_if_fail (entities != NULL || n_entities == 0);

  for (guint i = 0; i < n_entities; i++)
    {
      if (!liaison_subset_remove_entity (shown, entities[i]))
        continue;
      liaison_graph_query_foreach_relation (dataset, entities[i], remove_relation_cb, shown);
    }
}

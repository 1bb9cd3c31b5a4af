/* liaison-graph-query.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-graph-query"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-graph-query.h"

/* Walks an entity's relations in O(degree), from the dataset's adjacency
 * lists. A self-loop is in both the outgoing and the incoming list; it is
 * one relation, so it is visited once.
 */
void
liaison_graph_query_foreach_relation (LiaisonDataset         *dataset,
                                      guint                   entity,
                                      LiaisonRelationVisitor  visitor,
                                      gpointer                user_data)
{
  const guint *outgoing, *incoming;
  guint n_out, n_in;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (entity < liaison_dataset_get_n_entities (dataset));
  g_return_if_fail (visitor != NULL);

  outgoing = liaison_dataset_get_outgoing (dataset, entity, &n_out);
  incoming = liaison_dataset_get_incoming (dataset, entity, &n_in);

  for (guint i = 0; i < n_out; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, outgoing[i]);

      visitor (relation, TRUE, relation->to, user_data);
    }

  for (guint i = 0; i < n_in; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, incoming[i]);

      if (relation->from != entity)
        visitor (relation, FALSE, relation->from, user_data);
    }
}

static void
count_cb (const LiaisonRelation *relation,
          gboolean               outgoing,
          guint                  other,
          gpointer               user_data)
{
  guint *n = user_data;

  (*n)++;
}

/* The relations touching ENTITY, a self-loop once. */
guint
liaison_graph_query_n_relations (LiaisonDataset *dataset,
                                 guint           entity)
{
  guint n = 0;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), 0);
  g_return_val_if_fail (entity < liaison_dataset_get_n_entities (dataset), 0);

  liaison_graph_query_foreach_relation (dataset, entity, count_cb, &n);

  return n;
}

typedef struct
{
  guint                  entity;
  LiaisonRelationFilter  filter;
  gpointer               filter_data;
  GHashTable            *seen;
  GArray                *neighbours;
} NeighbourWalk;

static void
collect_neighbour_cb (const LiaisonRelation *relation,
                      gboolean               outgoing,
                      guint                  other,
                      gpointer               user_data)
{
  NeighbourWalk *walk = user_data;

  if (other == walk->entity)
    return;
  if (walk->filter != NULL && !walk->filter (relation->index, walk->filter_data))
    return;
  if (!g_hash_table_add (walk->seen, GUINT_TO_POINTER (other + 1)))
    return;

  g_array_append_val (walk->neighbours, other);
}

/* The entities joined to ENTITY by a relation in either direction that
 * FILTER lets through, each once, in the order of its first relation
 * (outgoing ones first); never ENTITY itself. Returns an array of guint.
 */
GArray *
liaison_graph_query_neighbours (LiaisonDataset        *dataset,
                                guint                  entity,
                                LiaisonRelationFilter  filter,
                                gpointer               user_data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  NeighbourWalk walk = { entity, filter, user_data, seen, NULL };

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (entity < liaison_dataset_get_n_entities (dataset), NULL);

  walk.neighbours = g_array_new (FALSE, FALSE, sizeof (guint));
  liaison_graph_query_foreach_relation (dataset, entity, collect_neighbour_cb, &walk);

  return walk.neighbours;
}

typedef struct
{
  guint   other;
  GArray *relations;
} BetweenWalk;

static void
collect_between_cb (const LiaisonRelation *relation,
                    gboolean               outgoing,
                    guint                  other,
                    gpointer               user_data)
{
  BetweenWalk *walk = user_data;

  if (other == walk->other)
    g_array_append_val (walk->relations, relation->index);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Every relation joining A and B, either way round, parallel ones
 * included (each carries its own evidence); A == B gives A's self-loops.
 * Walks the entity with fewer relations. Returns an array of guint
 * relation indices in dataset order.
 */
GArray *
liaison_graph_query_relations_between (LiaisonDataset *dataset,
                                       guint           a,
                                       guint           b)
{
  BetweenWalk walk;
  guint n_a, n_b, n_in;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (a < liaison_dataset_get_n_entities (dataset), NULL);
  g_return_val_if_fail (b < liaison_dataset_get_n_entities (dataset), NULL);

  liaison_dataset_get_outgoing (dataset, a, &n_a);
  liaison_dataset_get_incoming (dataset, a, &n_in);
  n_a += n_in;
  liaison_dataset_get_outgoing (dataset, b, &n_b);
  liaison_dataset_get_incoming (dataset, b, &n_in);
  n_b += n_in;

  walk.other = n_a <= n_b ? b : a;
  walk.relations = g_array_new (FALSE, FALSE, sizeof (guint));
  liaison_graph_query_foreach_relation (dataset, n_a <= n_b ? a : b, collect_between_cb, &walk);
  g_array_sort (walk.relations, compare_uint);

  return walk.relations;
}

/* What a relation says: its own label, else its type's label, else "". */
const char *
liaison_relation_display_label (LiaisonDataset        *dataset,
                                const LiaisonRelation *relation)
{
  const LiaisonTypeStyle *type;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), "");
  g_return_val_if_fail (relation != NULL, "");

  if (relation->label != NULL)
    return relation->label;

  type = relation->type != NULL ? liaison_dataset_lookup_relation_type (dataset, relation->type) : NULL;

  return type != NULL ? type->label : "";
}

/* "Huawei → ZTE: competes with", the way a tooltip or an SVG title names
 * a relation; an undirected one joins its ends with a dash.
 */
char *
liaison_relation_dup_title (LiaisonDataset        *dataset,
                            const LiaisonRelation *relation)
{
  LiaisonEntity *from, *to;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (relation != NULL, NULL);

  from = liaison_dataset_get_entity (dataset, relation->from);
  to = liaison_dataset_get_entity (dataset, relation->to);

  /* TRANSLATORS: from entity → to entity: what the relation says */
  return g_strdup_printf (relation->directed ? _("%s → %s: %s") : _("%s — %s: %s"),
                          liaison_entity_get_label (from), liaison_entity_get_label (to),
                          liaison_relation_display_label (dataset, relation));
}

/* "1 entity", "37 relations", "2 sources". */
char *
liaison_dup_count (LiaisonCountNoun noun,
                   guint            n)
{
  switch (noun)
    {
    case LIAISON_COUNT_ENTITIES:
      return g_strdup_printf (ngettext ("%u entity", "%u entities", n), n);
    case LIAISON_COUNT_RELATIONS:
      return g_strdup_printf (ngettext ("%u relation", "%u relations", n), n);
    case LIAISON_COUNT_SOURCES:
      return g_strdup_printf (ngettext ("%u source", "%u sources", n), n);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "37 entities, 76 relations, 2 sources": the line --check prints. */
char *
liaison_graph_query_dup_summary (LiaisonDataset *dataset)
{
  g_autofree char *entities = NULL;
  g_autofree char *relations = NULL;
  g_autofree char *sources = NULL;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  entities = liaison_dup_count (LIAISON_COUNT_ENTITIES, liaison_dataset_get_n_entities (dataset));
  relations = liaison_dup_count (LIAISON_COUNT_RELATIONS, liaison_dataset_get_n_relations (dataset));
  sources = liaison_dup_count (LIAISON_COUNT_SOURCES, liaison_dataset_get_n_sources (dataset));

  /* TRANSLATORS: "37 entities, 76 relations, 2 sources" */
  return g_strdup_printf (_("%s, %s, %s"), entities, relations, sources);
}

/* liaison-graph-query.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-dataset.h"

G_BEGIN_DECLS

/* The questions every view and exporter asks of a dataset's graph, answered
 * once here so that they all agree: what touches an entity, what joins
 * two, how a relation or a count reads.
 */

typedef enum
{
  LIAISON_COUNT_ENTITIES,
  LIAISON_COUNT_RELATIONS,
  LIAISON_COUNT_SOURCES,
} LiaisonCountNoun;

/* Which relations a walk follows; NULL follows all of them. */
typedef gboolean (*LiaisonRelationFilter) (guint    relation,
                                           gpointer user_data);

/* Called once for each relation touching an entity, outgoing ones first,
 * a self-loop once (as outgoing). OTHER is the entity at the other end.
 */
typedef void (*LiaisonRelationVisitor) (const LiaisonRelation *relation,
                                        gboolean               outgoing,
                                        guint                  other,
                                        gpointer               user_data);

void        liaison_graph_query_foreach_relation  (LiaisonDataset         *dataset,
                                                   guint                   entity,
                                                   LiaisonRelationVisitor  visitor,
                                                   gpointer                user_data);
guint       liaison_graph_query_n_relations       (LiaisonDataset         *dataset,
                                                   guint                   entity);
GArray     *liaison_graph_query_neighbours        (LiaisonDataset         *dataset,
                                                   guint                   entity,
                                                   LiaisonRelationFilter   filter,
                                                   gpointer                user_data)
                                                   G_GNUC_WARN_UNUSED_RESULT;
GArray     *liaison_graph_query_relations_between (LiaisonDataset         *dataset,
                                                   guint                   a,
                                                   guint                   b)
                                                   G_GNUC_WARN_UNUSED_RESULT;

const char *liaison_relation_display_label        (LiaisonDataset         *dataset,
                                                   const LiaisonRelation  *relation);
char       *liaison_relation_dup_title            (LiaisonDataset         *dataset,
                                                   const LiaisonRelation  *relation)
                                                   G_GNUC_WARN_UNUSED_RESULT;

char       *liaison_dup_count                     (LiaisonCountNoun        noun,
                                                   guint                   n)
                                                   G_GNUC_WARN_UNUSED_RESULT;
char       *liaison_graph_query_dup_summary       (LiaisonDataset         *dataset)
                                                   G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

/* liaison-relation-rows.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"

G_BEGIN_DECLS

/* An entity's relations as one flat list for a list view: a header row for
 * each group (by direction, then type), followed by its relations. Rows
 * are made only when a list view asks for them, so an entity with a
 * hundred thousand relations costs a sorted array, not a hundred thousand
 * objects.
 */

typedef enum
{
  LIAISON_RELATION_ROW_HEADER,
  LIAISON_RELATION_ROW_RELATION,
} LiaisonRelationRowKind;

typedef enum
{
  LIAISON_DIRECTION_OUTGOING,
  LIAISON_DIRECTION_INCOMING,
  LIAISON_DIRECTION_UNDIRECTED,
} LiaisonDirection;

#define LIAISON_TYPE_RELATION_ROW (liaison_relation_row_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonRelationRow, liaison_relation_row, LIAISON, RELATION_ROW, GObject)

/* A header's title names its group: "roles and positions, incoming". A
 * relation's reads in the relation's own direction, the entity at the
 * other end included, so that an incoming one cannot pass for an
 * outgoing one: "founded → Huawei Technologies" leaves the entity,
 * "Ren Zhengfei → founded" arrives at it.
 */
LiaisonRelationRowKind liaison_relation_row_get_kind        (LiaisonRelationRow *self);
LiaisonDirection       liaison_relation_row_get_direction   (LiaisonRelationRow *self);
const char            *liaison_relation_row_get_title       (LiaisonRelationRow *self);
const char            *liaison_relation_row_get_date        (LiaisonRelationRow *self);
guint                  liaison_relation_row_get_count       (LiaisonRelationRow *self);
guint                  liaison_relation_row_get_relation    (LiaisonRelationRow *self);
guint                  liaison_relation_row_get_other       (LiaisonRelationRow *self);

#define LIAISON_TYPE_RELATION_ROWS (liaison_relation_rows_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonRelationRows, liaison_relation_rows, LIAISON, RELATION_ROWS, GObject)

LiaisonRelationRows *liaison_relation_rows_new         (LiaisonDataset      *dataset,
                                                        guint                entity_index);
guint                liaison_relation_rows_get_n_relations (LiaisonRelationRows *self);

G_END_DECLS

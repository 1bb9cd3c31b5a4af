/* liaison-scene-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-scene.h"
#include "liaison-spatial-index.h"

G_BEGIN_DECLS

/* Shared by the scene's model (liaison-scene.c), which owns these and
 * answers queries on them, and its parser (liaison-scene-parser.c), which
 * fills them from the layout worker's output.
 */
struct _LiaisonScene
{
  GObject              parent_instance;

  LiaisonDataset      *dataset;
  char                *engine;
  char               **messages;
  LiaisonRect          bounds;

  GArray              *nodes;        /* LiaisonSceneElement */
  GArray              *edges;        /* LiaisonSceneElement */
  GArray              *shapes;       /* LiaisonShape */
  GArray              *points;       /* double, x y pairs */
  GStringChunk        *strings;

  guint               *node_of_entity;    /* entity index -> node number, or G_MAXUINT */
  guint               *edge_of_relation;  /* relation index -> edge number, or G_MAXUINT */

  LiaisonSpatialIndex *node_index;
  LiaisonSpatialIndex *edge_index;        /* whole edges, for drawing */
  LiaisonSpatialIndex *edge_piece_index;  /* short pieces of edges, for pointing */
  GArray              *edge_piece_owner;  /* piece -> edge number */
  guint               *edge_visited;      /* edge -> the last hit test that met it */
  guint                hit_test_serial;
};

LiaisonScene *_liaison_scene_new           (LiaisonDataset     *dataset) G_GNUC_WARN_UNUSED_RESULT;
void          _liaison_scene_build_indexes (LiaisonScene       *self);
void          _liaison_scene_extend_bounds (LiaisonScene       *self,
                                            LiaisonRect        *bounds,
                                            const LiaisonShape *shape);

G_END_DECLS

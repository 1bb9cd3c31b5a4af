/* liaison-layout-engine.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LIAISON_LAYOUT_ENGINE_AUTO,
  LIAISON_LAYOUT_ENGINE_DOT,
  LIAISON_LAYOUT_ENGINE_NEATO,
  LIAISON_LAYOUT_ENGINE_FDP,
  LIAISON_LAYOUT_ENGINE_SFDP,
  LIAISON_LAYOUT_ENGINE_CIRCO,
  LIAISON_LAYOUT_ENGINE_TWOPI,
  LIAISON_LAYOUT_ENGINE_OSAGE,
  LIAISON_LAYOUT_ENGINE_FILE,   /* where the file puts each entity (Graphviz's nop2) */
  LIAISON_N_LAYOUT_ENGINES
} LiaisonLayoutEngine;

/* How relations are drawn between entities. */
typedef enum
{
  LIAISON_EDGE_ROUTING_CURVED,    /* curves around entities (Graphviz's splines) */
  LIAISON_EDGE_ROUTING_STRAIGHT,  /* straight lines, parallel relations bowed apart */
} LiaisonEdgeRouting;

/* What the automatic choice weighs, of the entities and relations shown. */
typedef struct
{
  guint n_nodes;
  guint n_edges;
  guint max_degree;    /* relations at the most connected entity */
  guint n_back_edges;  /* directed relations that point back up a depth-first walk */
} LiaisonGraphShape;

const char          *liaison_layout_engine_to_string    (LiaisonLayoutEngine      engine);
gboolean             liaison_layout_engine_from_string  (const char              *name,
                                                         LiaisonLayoutEngine     *engine);
const char          *liaison_layout_engine_graphviz_name (LiaisonLayoutEngine     engine);
const char          *liaison_layout_engine_display_name (LiaisonLayoutEngine      engine);
const char          *liaison_layout_engine_description  (LiaisonLayoutEngine      engine);

LiaisonLayoutEngine  liaison_layout_engine_choose       (const LiaisonGraphShape *shape);
/* Past this many entities an explored part is laid out radially. */
#define LIAISON_RADIAL_EXPLORED_NODES 100

LiaisonLayoutEngine  liaison_layout_engine_choose_explored (const LiaisonGraphShape *shape);
LiaisonEdgeRouting   liaison_layout_engine_get_routing  (LiaisonLayoutEngine      engine,
                                                         guint                    n_nodes,
                                                         guint                    n_edges);
const char          *liaison_edge_routing_display_name  (LiaisonEdgeRouting       routing);
char                *liaison_layout_engine_dup_automatic_name (LiaisonLayoutEngine chosen,
                                                         LiaisonEdgeRouting       routing)
                                                         G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

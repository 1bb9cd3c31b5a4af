/* liaison-graph-builder.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-dataset.h"
#include "liaison-layout-engine.h"
#include "liaison-scene.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* Graphs with more visible relations than this are laid out without
 * relation labels: there would be no room to read them, and they slow
 * every engine down.
 */
#define LIAISON_MAX_LABELLED_RELATIONS 300

typedef struct
{
  guint n_nodes;
  guint n_edges;
} LiaisonGraphSize;

GBytes              *liaison_graph_build_dot      (LiaisonDataset      *dataset,
                                                   LiaisonViewState    *state,
                                                   LiaisonLayoutEngine  engine,
                                                   LiaisonGraphSize    *size)
                                                   G_GNUC_WARN_UNUSED_RESULT;
GBytes              *liaison_graph_build_laid_out_dot (LiaisonScene    *scene,
                                                   LiaisonViewState    *state)
                                                   G_GNUC_WARN_UNUSED_RESULT;
GBytes              *liaison_graph_build_placed_dot (LiaisonDataset    *dataset,
                                                   LiaisonViewState    *state,
                                                   const guint8        *include,
                                                   const double        *xy,
                                                   const guint8        *pinned,
                                                   gboolean             spring)
                                                   G_GNUC_WARN_UNUSED_RESULT;
LiaisonLayoutEngine  liaison_graph_choose_engine  (LiaisonDataset      *dataset,
                                                   LiaisonViewState    *state);
char                *liaison_graph_dup_automatic_name (LiaisonScene      *scene)
                                                   G_GNUC_WARN_UNUSED_RESULT;
char                *liaison_graphviz_escape_text (const char          *text)
                                                   G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

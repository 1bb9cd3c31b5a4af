/* liaison-shortest-paths.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-subset.h"

G_BEGIN_DECLS

/* Every shortest path between two entities, relations followed in either
 * direction within what the filters let through, found without listing
 * the paths: a mesh has astronomically many.
 */
typedef struct _LiaisonShortestPaths LiaisonShortestPaths;

typedef enum
{
  LIAISON_PATH_FROM,
  LIAISON_PATH_TO,
} LiaisonPathEnd;

/* How a relation in a path reads from the entity before it: "A —label→ B"
 * (forward), "A ←label— B" (backward) or "A —label— B" (undirected).
 */
typedef enum
{
  LIAISON_PATH_FORWARD,
  LIAISON_PATH_BACKWARD,
  LIAISON_PATH_UNDIRECTED,
} LiaisonPathDirection;

/* One entity of a path and the relation that led to it from the one
 * before; the first step has no relation (LIAISON_SUBSET_END).
 */
typedef struct
{
  guint                entity;
  guint                relation;
  LiaisonPathDirection direction;
} LiaisonPathStep;

/* The most paths a list shows; the rest are counted. */
#define LIAISON_MAX_LISTED_PATHS 100

LiaisonShortestPaths *liaison_shortest_paths_find           (LiaisonDataset              *dataset,
                                                             const LiaisonSubset         *visible,
                                                             guint                        from,
                                                             guint                        to,
                                                             GCancellable                *cancellable,
                                                             GError                     **error)
                                                             G_GNUC_WARN_UNUSED_RESULT;
void                  liaison_shortest_paths_free           (LiaisonShortestPaths        *self);

gboolean              liaison_shortest_paths_is_connected   (const LiaisonShortestPaths  *self);
guint                 liaison_shortest_paths_get_length     (const LiaisonShortestPaths  *self);
LiaisonSubset        *liaison_shortest_paths_get_subset     (const LiaisonShortestPaths  *self);
guint64               liaison_shortest_paths_count          (const LiaisonShortestPaths  *self);
guint                 liaison_shortest_paths_get_component_size (const LiaisonShortestPaths *self,
                                                             LiaisonPathEnd               end);
LiaisonSubset        *liaison_shortest_paths_dup_component  (const LiaisonShortestPaths  *self,
                                                             LiaisonPathEnd               end)
                                                             G_GNUC_WARN_UNUSED_RESULT;
GPtrArray            *liaison_shortest_paths_list           (const LiaisonShortestPaths  *self,
                                                             guint                        max_paths,
                                                             guint64                     *n_more)
                                                             G_GNUC_WARN_UNUSED_RESULT;

char                 *liaison_path_dup_text                 (LiaisonDataset              *dataset,
                                                             GArray                      *path)
                                                             G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonShortestPaths, liaison_shortest_paths_free)

G_END_DECLS

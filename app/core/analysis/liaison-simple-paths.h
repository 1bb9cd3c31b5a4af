/* liaison-simple-paths.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-shortest-paths.h"
#include "liaison-subset.h"

G_BEGIN_DECLS

/* The paths between two entities that are longer than the shortest but
 * no longer than a length the user sets: simple (no entity twice),
 * relations followed in either direction, each parallel relation a path
 * of its own. There can be very many, so they are capped, shortest
 * first, and the search can be cancelled.
 */
typedef struct
{
  GPtrArray *paths;      /* GArray of LiaisonPathStep, as liaison_shortest_paths_list() gives */
  gboolean   truncated;  /* the cap was reached: there are more */
} LiaisonSimplePaths;

/* The most paths a search collects. */
#define LIAISON_MAX_SIMPLE_PATHS 100

LiaisonSimplePaths *liaison_simple_paths_find        (LiaisonDataset       *dataset,
                                                      const LiaisonSubset  *visible,
                                                      guint                 from,
                                                      guint                 to,
                                                      guint                 min_length,
                                                      guint                 max_length,
                                                      guint                 max_paths,
                                                      GCancellable         *cancellable,
                                                      GError              **error)
                                                      G_GNUC_WARN_UNUSED_RESULT;
void                liaison_simple_paths_find_async  (LiaisonDataset       *dataset,
                                                      const LiaisonSubset  *visible,
                                                      guint                 from,
                                                      guint                 to,
                                                      guint                 min_length,
                                                      guint                 max_length,
                                                      guint                 max_paths,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
LiaisonSimplePaths *liaison_simple_paths_find_finish (GAsyncResult         *result,
                                                      GError              **error)
                                                      G_GNUC_WARN_UNUSED_RESULT;
void                liaison_simple_paths_free        (LiaisonSimplePaths   *self);

void                liaison_paths_add_to_subset      (GPtrArray            *paths,
                                                      LiaisonSubset        *subset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSimplePaths, liaison_simple_paths_free)

G_END_DECLS

/* liaison-spatial-index.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A static R-tree, packed once with sort-tile-recursive, over rectangles
 * that each carry a number. Queries visit O(log n + k) nodes.
 */
typedef struct _LiaisonSpatialIndex LiaisonSpatialIndex;

typedef gboolean (*LiaisonSpatialVisit) (guint    item,
                                         gpointer user_data);

LiaisonSpatialIndex *liaison_spatial_index_new   (const double        *rects,
                                                  guint                n_rects);
void                 liaison_spatial_index_free  (LiaisonSpatialIndex *index);
void                 liaison_spatial_index_query (LiaisonSpatialIndex *index,
                                                  double               x0,
                                                  double               y0,
                                                  double               x1,
                                                  double               y1,
                                                  LiaisonSpatialVisit  visit,
                                                  gpointer             user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSpatialIndex, liaison_spatial_index_free)

G_END_DECLS

/* liaison-breadth-first.h
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

/* A distance not (yet) walked to. */
#define LIAISON_DISTANCE_UNREACHED G_MAXUINT

/* Breadth first from @source through the relations @visible allows,
 * writing each entity's distance into @distance (which the caller fills
 * with LIAISON_DISTANCE_UNREACHED) and appending the entities reached to
 * @order in the order they are reached. Entities at @limit or further are
 * not gone past (no limit: LIAISON_DISTANCE_UNREACHED). When @target
 * (or LIAISON_DISTANCE_UNREACHED) is reached, its distance becomes the
 * limit: nothing further can be on a shortest path to it.
 *
 * Returns FALSE with @error set when @cancellable was cancelled.
 */
gboolean liaison_breadth_first (LiaisonDataset       *dataset,
                                const LiaisonSubset  *visible,
                                guint                 source,
                                guint                 target,
                                guint                 limit,
                                guint                *distance,
                                GArray               *order,
                                GCancellable         *cancellable,
                                GError              **error);

G_END_DECLS

/* liaison-layout-keeping.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-layout-engine.h"
#include "liaison-position-memory.h"
#include "liaison-scene.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* Room left between an entity placed around others and its neighbours, in
 * points, as the layouts' "sep" leaves.
 */
#define LIAISON_KEEPING_SEPARATION 8.0

/* Finished with liaison_layout_finish(). */
void          liaison_layout_keeping_async (LiaisonDataset        *dataset,
                                            LiaisonViewState      *state,
                                            LiaisonPositionMemory *memory,
                                            LiaisonLayoutEngine    engine,
                                            guint                  timeout_seconds,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
LiaisonScene *liaison_layout_keeping_run   (LiaisonDataset        *dataset,
                                            LiaisonViewState      *state,
                                            LiaisonPositionMemory *memory,
                                            LiaisonLayoutEngine    engine,
                                            guint                  timeout_seconds,
                                            GCancellable          *cancellable,
                                            GError               **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

void          liaison_separate_boxes       (double                *xy,
                                            const double          *size,
                                            const guint8          *movable,
                                            const guint           *members,
                                            guint                  n_members,
                                            double                 separation);

G_END_DECLS

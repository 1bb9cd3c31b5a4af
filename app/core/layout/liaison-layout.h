/* liaison-layout.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-layout-engine.h"
#include "liaison-scene.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_LAYOUT_ERROR (liaison_layout_error_quark ())

typedef enum
{
  LIAISON_LAYOUT_ERROR_FAILED,       /* Graphviz reported an error */
  LIAISON_LAYOUT_ERROR_CRASHED,      /* the worker died */
  LIAISON_LAYOUT_ERROR_TIMED_OUT,
  LIAISON_LAYOUT_ERROR_NO_WORKER,
} LiaisonLayoutError;

#define LIAISON_DEFAULT_LAYOUT_TIMEOUT 60

GQuark        liaison_layout_error_quark (void);

void          liaison_layout_async       (LiaisonDataset       *dataset,
                                          LiaisonViewState     *state,
                                          LiaisonLayoutEngine   engine,
                                          guint                 timeout_seconds,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
LiaisonScene *liaison_layout_finish      (GAsyncResult         *result,
                                          GError              **error)
                                          G_GNUC_WARN_UNUSED_RESULT;
LiaisonScene *liaison_layout_run         (LiaisonDataset       *dataset,
                                          LiaisonViewState     *state,
                                          LiaisonLayoutEngine   engine,
                                          guint                 timeout_seconds,
                                          GCancellable         *cancellable,
                                          GError              **error)
                                          G_GNUC_WARN_UNUSED_RESULT;

/* What the worker wrote, and what Graphviz said on the way. */
typedef struct
{
  GBytes  *output;
  char   **messages;
} LiaisonRenderResult;

void                 liaison_render_result_free (LiaisonRenderResult  *result);

LiaisonRenderResult *liaison_layout_render      (GBytes               *dot,
                                                 const char           *engine,
                                                 const char           *format,
                                                 guint                 timeout_seconds,
                                                 GCancellable         *cancellable,
                                                 GError              **error)
                                                 G_GNUC_WARN_UNUSED_RESULT;

const char   *liaison_layout_get_worker_path (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonRenderResult, liaison_render_result_free)

G_END_DECLS

/* liaison-commands.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-explore-options.h"
#include "liaison-types.h"

G_BEGIN_DECLS

/* What every command is given: where it speaks (standard output and
 * error, or a test's own streams) and the limits on what it reads.
 */
typedef struct
{
  GOutputStream     *out;
  GOutputStream     *err;
  LiaisonLoadLimits  limits;
  const char        *nodes;   /* --nodes: the node table of a CSV edge list, or NULL */
} LiaisonCommandContext;

void liaison_command_context_init  (LiaisonCommandContext       *context,
                                    GOutputStream               *out,
                                    GOutputStream               *err);
void liaison_command_context_clear (LiaisonCommandContext       *context);

/* Commands that run without a display, from handle-local-options. Each
 * writes to the context's streams and returns the process exit status: 0
 * on success, 1 on any failure, a usage mistake included, as the README
 * tells scripts. @input is FILE as typed, or %NULL for the bundled
 * dataset.
 */
int  liaison_command_check         (const LiaisonCommandContext *context,
                                    const char * const          *paths);

int  liaison_command_export        (const LiaisonCommandContext *context,
                                    const char                  *input,
                                    const char                  *output,
                                    const char                  *format,
                                    const char                  *engine,
                                    const char                  *decorations,
                                    const char                  *page,
                                    const LiaisonExploreOptions *explore,
                                    guint                        timeout_seconds);

int  liaison_command_metrics       (const LiaisonCommandContext *context,
                                    const char                  *input,
                                    const char                  *output);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LiaisonCommandContext, liaison_command_context_clear)

G_END_DECLS

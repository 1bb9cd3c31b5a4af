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

/* Commands that run without a display, from handle-local-options. Each
 * writes to the given streams and returns the process exit status: 0 on
 * success, 1 on any failure, a usage mistake included, as the README
 * tells scripts.
 */
int liaison_command_check (const char * const      *paths,
                           const LiaisonLoadLimits *limits,
                           GOutputStream           *out,
                           GOutputStream           *err);

int liaison_command_export (GFile                       *input,
                            const char                  *input_name,
                            const char                  *output,
                            const char                  *format,
                            const char                  *engine,
                            const LiaisonExploreOptions *explore,
                            guint                        timeout_seconds,
                            const LiaisonLoadLimits     *limits,
                            GOutputStream               *out,
                            GOutputStream               *err);

int liaison_command_metrics (GFile                   *input,
                             const char              *input_name,
                             const char              *output,
                             const LiaisonLoadLimits *limits,
                             GOutputStream           *out,
                             GOutputStream           *err);

G_END_DECLS

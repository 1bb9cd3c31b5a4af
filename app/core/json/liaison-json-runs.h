/* liaison-json-runs.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "liaison-json-scan.h"

G_BEGIN_DECLS

typedef struct _LiaisonJsonRuns LiaisonJsonRuns;

LiaisonJsonRuns *liaison_json_runs_new  (const char                     *data,
                                         const LiaisonJsonMember *const *members,
                                         guint                           n_members);
JsonArray       *liaison_json_runs_next (LiaisonJsonRuns                *self,
                                         const LiaisonJsonMember       **member,
                                         guint                          *first,
                                         GError                        **error);
void             liaison_json_runs_release (LiaisonJsonRuns             *self,
                                            JsonArray                   *run);
void             liaison_json_runs_free (LiaisonJsonRuns                *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonJsonRuns, liaison_json_runs_free)

G_END_DECLS

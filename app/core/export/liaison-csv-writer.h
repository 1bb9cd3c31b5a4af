/* liaison-csv-writer.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-scene.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

GBytes *liaison_csv_write            (LiaisonDataset   *dataset,
                                      LiaisonViewState *state,
                                      GBytes          **entities)
                                      G_GNUC_WARN_UNUSED_RESULT;
GBytes *liaison_csv_write_shown      (LiaisonDataset   *dataset,
                                      LiaisonViewState *state,
                                      LiaisonScene     *scene,
                                      GBytes          **entities)
                                      G_GNUC_WARN_UNUSED_RESULT;
char   *liaison_csv_nodes_path       (const char       *path)
                                      G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

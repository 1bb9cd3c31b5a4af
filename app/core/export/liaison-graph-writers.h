/* liaison-graph-writers.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset.h"
#include "liaison-scene.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

GBytes *liaison_graphml_write (LiaisonDataset   *dataset,
                               LiaisonViewState *state,
                               LiaisonScene     *scene)
                               G_GNUC_WARN_UNUSED_RESULT;
GBytes *liaison_gexf_write    (LiaisonDataset   *dataset,
                               LiaisonViewState *state,
                               LiaisonScene     *scene)
                               G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

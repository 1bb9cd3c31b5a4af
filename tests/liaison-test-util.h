/* liaison-test-util.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset.h"
#include "liaison-scene.h"

G_BEGIN_DECLS

LiaisonDataset *liaison_test_load_bundled          (void) G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset *liaison_test_load_text             (const char     *text) G_GNUC_WARN_UNUSED_RESULT;
void            liaison_test_assert_scene_matches  (LiaisonScene   *scene,
                                                    LiaisonDataset *dataset);

G_END_DECLS

/* fuzz-common.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-graph-writers.h"
#include "liaison-import-format.h"

G_BEGIN_DECLS

int             LLVMFuzzerTestOneInput      (const guint8 *data,
                                             size_t        size);

/* Exactly one of @dataset and @error, and a message that starts with
 * @display_name; TRUE when the dataset loaded.
 */
gboolean        fuzz_assert_outcome         (LiaisonDataset *dataset,
                                             const GError   *error,
                                             const char     *display_name);

/* Valid UTF-8 ids and labels that look up to their entity, and relations
 * between entities that exist.
 */
void            fuzz_assert_dataset         (LiaisonDataset *dataset);

typedef LiaisonDataset *(*FuzzImport) (const LiaisonImportInput  *input,
                                       GError                   **error);
typedef GBytes         *(*FuzzWrite)  (LiaisonDataset            *dataset,
                                       LiaisonViewState          *state,
                                       LiaisonScene              *scene);

/* Imports @data with @import; a dataset that loads is written with @write
 * and must read back with the same numbers of entities and relations.
 */
int             fuzz_import_round_trip      (const guint8 *data,
                                             size_t        size,
                                             const char   *display_name,
                                             FuzzImport    import,
                                             FuzzWrite     write);

/* tests/data/scene/dataset.json, loaded once, for the harnesses that put
 * what they read onto a dataset; a failure to load it ends the run.
 */
LiaisonDataset *fuzz_load_scene_dataset     (void);

G_END_DECLS

/* liaison-import-graphml.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-import-format.h"

G_BEGIN_DECLS

LiaisonDataset *liaison_import_graphml (const LiaisonImportInput  *input,
                                        GError                   **error)
                                        G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

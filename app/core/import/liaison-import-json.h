/* liaison-import-json.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-json-scan.h"
#include "liaison-types.h"

G_BEGIN_DECLS

LiaisonDataset *liaison_import_json (const LiaisonJsonOutline  *outline,
                                     const char                *display_name,
                                     GCancellable              *cancellable,
                                     LiaisonProgressFunc        progress,
                                     gpointer                   progress_data,
                                     GError                   **error)
                                     G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

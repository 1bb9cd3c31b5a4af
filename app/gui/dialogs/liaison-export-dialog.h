/* liaison-export-dialog.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liaison-export.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_EXPORT_DIALOG (liaison_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonExportDialog, liaison_export_dialog, LIAISON, EXPORT_DIALOG, AdwWindow)

/* Asks what to export and where; "export" carries the answer: the file,
 * the options and whether the whole graph is wanted rather than the view.
 */
LiaisonExportDialog *liaison_export_dialog_new (GtkWindow        *parent,
                                                LiaisonViewState *state,
                                                const char       *suggested_name);
gboolean             liaison_export_dialog_get_options (LiaisonExportDialog  *self,
                                                        LiaisonExportOptions *options);

G_END_DECLS

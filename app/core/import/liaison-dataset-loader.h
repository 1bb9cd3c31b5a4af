/* liaison-dataset-loader.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-types.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DATASET_LOADER (liaison_dataset_loader_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDatasetLoader, liaison_dataset_loader, LIAISON, DATASET_LOADER, GObject)

LiaisonDatasetLoader *liaison_dataset_loader_new         (const LiaisonLoadLimits  *limits);
double                liaison_dataset_loader_get_fraction (LiaisonDatasetLoader     *self);
void                  liaison_dataset_loader_load_async   (LiaisonDatasetLoader     *self,
                                                           GFile                    *file,
                                                           const char               *display_name,
                                                           GCancellable             *cancellable,
                                                           GAsyncReadyCallback       callback,
                                                           gpointer                  user_data);
void                  liaison_dataset_loader_load_with_nodes_async
                                                          (LiaisonDatasetLoader     *self,
                                                           GFile                    *file,
                                                           GFile                    *nodes_file,
                                                           GCancellable             *cancellable,
                                                           GAsyncReadyCallback       callback,
                                                           gpointer                  user_data);
void                  liaison_dataset_loader_load_stream_async
                                                          (LiaisonDatasetLoader     *self,
                                                           GInputStream             *stream,
                                                           const char               *display_name,
                                                           GCancellable             *cancellable,
                                                           GAsyncReadyCallback       callback,
                                                           gpointer                  user_data);
LiaisonDataset       *liaison_dataset_loader_load_finish  (LiaisonDatasetLoader     *self,
                                                           GAsyncResult             *result,
                                                           GError                  **error)
                                                           G_GNUC_WARN_UNUSED_RESULT;

LiaisonDataset       *liaison_dataset_load_file           (GFile                    *file,
                                                           const char               *display_name,
                                                           const LiaisonLoadLimits  *limits,
                                                           GCancellable             *cancellable,
                                                           GError                  **error)
                                                           G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset       *liaison_dataset_load_file_with_nodes
                                                          (GFile                    *file,
                                                           GFile                    *nodes_file,
                                                           const char               *display_name,
                                                           const char               *nodes_display_name,
                                                           const LiaisonLoadLimits  *limits,
                                                           GCancellable             *cancellable,
                                                           GError                  **error)
                                                           G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset       *liaison_dataset_load_bytes          (GBytes                   *bytes,
                                                           const char               *display_name,
                                                           const LiaisonLoadLimits  *limits,
                                                           GCancellable             *cancellable,
                                                           GError                  **error)
                                                           G_GNUC_WARN_UNUSED_RESULT;

char                 *liaison_dataset_display_name        (GFile                    *file)
                                                           G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

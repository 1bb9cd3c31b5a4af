/* liaison-import-dot.h
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

LiaisonDataset *liaison_import_dot        (const LiaisonImportInput  *input,
                                           GError                   **error)
                                           G_GNUC_WARN_UNUSED_RESULT;

/* Graphviz's own parser, in the process that calls it: the layout worker
 * (liaison-layout-worker --read-dot), and the fuzz harness. Reads @dot
 * with cgraph and writes what it holds as JSON to @json, or its syntax
 * errors, a line each, to @messages. Not thread-safe: cgraph's parser has
 * global state.
 */
/* The message in @messages for a text that is not UTF-8 and does not say
 * it is Latin-1, or that holds a NUL byte: the app finds where.
 */
#define LIAISON_IMPORT_DOT_NOT_UTF8 "not-utf-8"

gboolean        liaison_import_dot_parse  (const char                *dot,
                                           gsize                      length,
                                           GString                   *json,
                                           GString                   *messages);

/* The same JSON, read into a dataset: what liaison_import_dot() does with
 * the worker's output.
 */
LiaisonDataset *liaison_import_dot_read_parsed (const LiaisonImportInput  *input,
                                                const char                *json,
                                                gsize                      length,
                                                GError                   **error)
                                                G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

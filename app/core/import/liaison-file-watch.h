/* liaison-file-watch.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_FILE_WATCH (liaison_file_watch_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonFileWatch, liaison_file_watch, LIAISON, FILE_WATCH, GObject)

#define LIAISON_FILE_WATCH_DEFAULT_DELAY_MS 300

LiaisonFileWatch *liaison_file_watch_new          (GFile            *file,
                                                   GBytes           *contents,
                                                   GError          **error)
                                                   G_GNUC_WARN_UNUSED_RESULT;
GFile            *liaison_file_watch_get_file     (LiaisonFileWatch *self);
void              liaison_file_watch_set_delay    (LiaisonFileWatch *self,
                                                   guint             milliseconds);
guint             liaison_file_watch_get_n_skipped (LiaisonFileWatch *self);

G_END_DECLS

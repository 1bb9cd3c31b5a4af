/* liaison-display-text.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Past this many characters, a text from a dataset is cut when shown. */
#define LIAISON_MAX_DISPLAY_CHARS 10000

/* Past this many, a value quoted in a message is. */
#define LIAISON_MAX_QUOTED_CHARS 60

char  *liaison_display_text     (const char *text) G_GNUC_WARN_UNUSED_RESULT;

gsize  liaison_text_cut_length  (const char *text,
                                 gsize       max_chars);
char  *liaison_text_shorten     (const char *text,
                                 gsize       max_chars) G_GNUC_WARN_UNUSED_RESULT;

char  *liaison_quote_value      (const char *value) G_GNUC_WARN_UNUSED_RESULT;
char  *liaison_quote_json       (const char *value) G_GNUC_WARN_UNUSED_RESULT;
char  *liaison_describe_unknown (const char *what,
                                 const char *value,
                                 const char *guess) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

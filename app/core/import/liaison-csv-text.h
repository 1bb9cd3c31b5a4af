/* liaison-csv-text.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-import-csv.h"

G_BEGIN_DECLS

/* 3 when @data starts with a UTF-8 byte order mark, else 0. */
gsize         liaison_csv_text_skip_bom        (const char            *data,
                                                gsize                  length);
gboolean      liaison_csv_text_check_encoding  (const LiaisonCsvText  *text,
                                                GError               **error);
unsigned char liaison_csv_text_sniff_delimiter (const char            *data,
                                                gsize                  length);

G_END_DECLS

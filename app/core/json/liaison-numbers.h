/* liaison-numbers.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Coordinates are written by the hundred thousand: printf() and strtod()
 * dominate the time of a large export, so the common cases are done here.
 */

#define LIAISON_NUMBER_BUF_SIZE 32

gsize  liaison_format_number (char        buffer[LIAISON_NUMBER_BUF_SIZE],
                              double      value);
double liaison_parse_number  (const char *text,
                              gsize       length);

G_END_DECLS

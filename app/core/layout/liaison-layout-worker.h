/* liaison-layout-worker.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The whole of the layout worker process (see liaison-layout-worker.c):
 * reads DOT on standard input, writes the layout on standard output, and
 * returns the exit status.
 */
int liaison_layout_worker_main (int   argc,
                                char *argv[]);

G_END_DECLS

/* main-layout-worker.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-layout-worker.h"

int
main (int   argc,
      char *argv[])
{
  return liaison_layout_worker_main (argc, argv);
}

/* liaison-path-frames.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-dataset.h"
#include "liaison-shortest-paths.h"

G_BEGIN_DECLS

/* The stack of a depth-first walk along paths, as listing shortest paths
 * and searching simple paths both keep it: a frame for each entity on the
 * path so far, with the steps it may take next.
 */
typedef struct
{
  guint relation;
  guint other;
} LiaisonPathOption;

typedef struct
{
  guint   entity;
  GArray *options;  /* LiaisonPathOption */
  guint   next;     /* the option after the one taken */
} LiaisonPathFrame;

/* The path @frames (LiaisonPathFrame) stand for, as LiaisonPathStep: each
 * frame's entity, reached by the option the frame before took.
 */
GArray *liaison_path_frames_to_path (LiaisonDataset *dataset,
                                     GArray         *frames)
                                     G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

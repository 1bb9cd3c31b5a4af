/* liaison-file-positions.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How far apart, centre to centre, entities drawn where their file put
 * them stand at the least, in points: an entity with a short label is
 * about this wide.
 */
#define LIAISON_FILE_POSITIONS_SPACING 90.0

double liaison_file_positions_scale (const double *xy,
                                     guint         n,
                                     double        min_distance);

G_END_DECLS

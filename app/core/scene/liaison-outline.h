/* liaison-outline.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An entity's outline as a legend shows it: small, in a box from -1 to 1,
 * near enough to what Graphviz draws to be recognised. The legend panel,
 * and the legends of PNG, PDF and SVG exports, draw it alike.
 */
typedef enum
{
  LIAISON_OUTLINE_ROUNDED_BOX,  /* Liaison's "box": corners rounded */
  LIAISON_OUTLINE_ELLIPSE,
  LIAISON_OUTLINE_POLYGON,
} LiaisonOutlineKind;

#define LIAISON_OUTLINE_MAX_CORNERS 10

typedef struct
{
  LiaisonOutlineKind kind;
  gboolean           square;   /* circles and squares: as high as wide */
  guint              n_points; /* polygons */
  double             points[LIAISON_OUTLINE_MAX_CORNERS * 2];
} LiaisonOutline;

void liaison_outline_for_shape (const char     *shape,
                                LiaisonOutline *outline);

G_END_DECLS

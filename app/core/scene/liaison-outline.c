/* liaison-outline.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-outline"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-outline.h"

static void
set_polygon (LiaisonOutline *outline,
             const double   *points,
             guint           n_points)
{
  g_assert (n_points <= LIAISON_OUTLINE_MAX_CORNERS);

  outline->kind = LIAISON_OUTLINE_POLYGON;
  outline->n_points = n_points;
  memcpy (outline->points, points, n_points * 2 * sizeof (double));
}

/* A regular polygon of @n corners, flat at the bottom as Graphviz draws
 * them.
 */
static void
set_regular_polygon (LiaisonOutline *outline,
                     guint           n)
{
  outline->kind = LIAISON_OUTLINE_POLYGON;
  outline->n_points = n;
  for (guint i = 0; i < n; i++)
    {
      double angle = G_PI / 2 + G_PI / n + 2 * G_PI * i / n;

      outline->points[i * 2] = cos (angle);
      outline->points[i * 2 + 1] = sin (angle);
    }
}

static gboolean
is_one_of (const char         *shape,
           const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (shape, names[i]) == 0)
      return TRUE;

  return FALSE;
}

/* @shape is an allowed Graphviz shape, or NULL for Graphviz's default, the
 * ellipse.
 */
void
liaison_outline_for_shape (const char     *shape,
                           LiaisonOutline *outline)
{
  static const char *const round[] = { "ellipse", "oval", "circle", "doublecircle", "Mcircle", "point", "egg", NULL };
  static const char *const squares[] = { "circle", "doublecircle", "Mcircle", "point", "square", "Msquare", NULL };
  static const double diamond[] = { 0, -1, 1, 0, 0, 1, -1, 0 };
  static const double hexagon[] = { -1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1 };
  static const double triangle[] = { 0, -1, 1, 1, -1, 1 };
  static const double invtriangle[] = { -1, -1, 1, -1, 0, 1 };
  static const double trapezium[] = { -0.6, -1, 0.6, -1, 1, 1, -1, 1 };
  static const double invtrapezium[] = { -1, -1, 1, -1, 0.6, 1, -0.6, 1 };
  static const double parallelogram[] = { -0.6, -1, 1, -1, 0.6, 1, -1, 1 };
  static const double house[] = { 0, -1, 1, -0.3, 1, 1, -1, 1, -1, -0.3 };
  static const double invhouse[] = { -1, -1, 1, -1, 1, 0.3, 0, 1, -1, 0.3 };
  static const double rectangle[] = { -1, -1, 1, -1, 1, 1, -1, 1 };

  g_return_if_fail (outline != NULL);

  memset (outline, 0, sizeof *outline);
  if (shape == NULL)
    shape = "ellipse";

  outline->square = is_one_of (shape, squares);

  if (strcmp (shape, "box") == 0)
    outline->kind = LIAISON_OUTLINE_ROUNDED_BOX;
  else if (is_one_of (shape, round))
    outline->kind = LIAISON_OUTLINE_ELLIPSE;
  else if (strcmp (shape, "diamond") == 0 || strcmp (shape, "Mdiamond") == 0)
    set_polygon (outline, diamond, G_N_ELEMENTS (diamond) / 2);
  else if (strcmp (shape, "hexagon") == 0)
    set_polygon (outline, hexagon, G_N_ELEMENTS (hexagon) / 2);
  else if (strcmp (shape, "triangle") == 0)
    set_polygon (outline, triangle, G_N_ELEMENTS (triangle) / 2);
  else if (strcmp (shape, "invtriangle") == 0)
    set_polygon (outline, invtriangle, G_N_ELEMENTS (invtriangle) / 2);
  else if (strcmp (shape, "trapezium") == 0)
    set_polygon (outline, trapezium, G_N_ELEMENTS (trapezium) / 2);
  else if (strcmp (shape, "invtrapezium") == 0)
    set_polygon (outline, invtrapezium, G_N_ELEMENTS (invtrapezium) / 2);
  else if (strcmp (shape, "parallelogram") == 0)
    set_polygon (outline, parallelogram, G_N_ELEMENTS (parallelogram) / 2);
  else if (strcmp (shape, "house") == 0)
    set_polygon (outline, house, G_N_ELEMENTS (house) / 2);
  else if (strcmp (shape, "invhouse") == 0)
    set_polygon (outline, invhouse, G_N_ELEMENTS (invhouse) / 2);
  else if (strcmp (shape, "pentagon") == 0)
    set_regular_polygon (outline, 5);
  else if (strcmp (shape, "septagon") == 0)
    set_regular_polygon (outline, 7);
  else if (strcmp (shape, "octagon") == 0 || strcmp (shape, "doubleoctagon") == 0 ||
           strcmp (shape, "tripleoctagon") == 0)
    set_regular_polygon (outline, 8);
  else if (strcmp (shape, "star") == 0)
    {
      outline->kind = LIAISON_OUTLINE_POLYGON;
      outline->n_points = 10;
      for (guint i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + G_PI * i / 5, r = i % 2 == 0 ? 1 : 0.45;

          outline->points[i * 2] = r * cos (angle);
          outline->points[i * 2 + 1] = r * sin (angle);
        }
    }
  else
    /* Boxes with square corners, and the shapes that are boxes with
     * decoration.
     */
    set_polygon (outline, rectangle, G_N_ELEMENTS (rectangle) / 2);
}

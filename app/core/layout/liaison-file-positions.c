/* liaison-file-positions.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Positions a file gives its entities come in any unit: Gephi writes a few
 * hundred units across, mesh files put nodes a few points apart, yEd
 * counts pixels. Drawn as they are, entities would pile on each other or
 * drift apart. One factor scales them all, so that nearly every entity
 * stands clear of its nearest neighbour: the picture keeps its shape.
 */

#define G_LOG_DOMAIN "liaison-layout"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "liaison-file-positions.h"

/* The nearest neighbours of this many entities, spread over the graph,
 * are enough to tell the spacing of a file; each looks at this many
 * others at most, so that a file of coincident points costs no more.
 */
#define MAX_SAMPLES  2000
#define MAX_EXAMINED 20000

/* The share of entities that may stand closer to their neighbour than
 * @min_distance after scaling: a few outliers (two nodes on top of each
 * other) should not blow the whole picture up.
 */
#define CROWDED_SHARE 0.1

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * liaison_file_positions_scale:
 * @xy: (array): @n points, x then y
 * @n: the number of points
 * @min_distance: how far apart, centre to centre, entities should stand
 *
 * Returns: the factor by which to multiply every coordinate, or 1 when
 *   the points say nothing of their spacing (fewer than two, or all in one
 *   place)
 */
double
liaison_file_positions_scale (const double *xy,
                              guint         n,
                              double        min_distance)
{
  g_autofree guint *cell_start = NULL;
  g_autofree guint *order = NULL;
  g_autofree double *nearest = NULL;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double cell, spacing;
  guint columns, rows, n_cells, n_samples, n_nearest = 0, stride;

  g_return_val_if_fail (xy != NULL || n == 0, 1.0);
  g_return_val_if_fail (min_distance > 0, 1.0);

  if (n < 2)
    return 1.0;

  for (guint i = 0; i < n; i++)
    {
      min_x = MIN (min_x, xy[2 * i]);
      max_x = MAX (max_x, xy[2 * i]);
      min_y = MIN (min_y, xy[2 * i + 1]);
      max_y = MAX (max_y, xy[2 * i + 1]);
    }
  if (max_x - min_x <= 0 && max_y - min_y <= 0)
    return 1.0;

  /* About one point a cell, were they spread evenly. */
  cell = MAX (max_x - min_x, max_y - min_y) / sqrt (n);
  cell = MAX (cell, (MAX (max_x - min_x, max_y - min_y)) / 4096);
  columns = MIN ((guint) ((max_x - min_x) / cell) + 1, 4096);
  rows = MIN ((guint) ((max_y - min_y) / cell) + 1, 4096);
  n_cells = columns * rows;

  /* The points sorted by cell, by counting. */
  cell_start = g_new0 (guint, n_cells + 1);
  order = g_new (guint, n);
#define CELL_OF(i) (MIN ((guint) ((xy[2 * (i)] - min_x) / cell), columns - 1) + \
                    MIN ((guint) ((xy[2 * (i) + 1] - min_y) / cell), rows - 1) * columns)
  for (guint i = 0; i < n; i++)
    cell_start[CELL_OF (i) + 1]++;
  for (guint c = 0; c < n_cells; c++)
    cell_start[c + 1] += cell_start[c];
  {
    g_autofree guint *fill = g_memdup2 (cell_start, n_cells * sizeof (guint));

    for (guint i = 0; i < n; i++)
      order[fill[CELL_OF (i)]++] = i;
  }

  n_samples = MIN (n, MAX_SAMPLES);
  stride = n / n_samples;
  nearest = g_new (double, n_samples);

  for (guint s = 0; s < n_samples; s++)
    {
      guint i = s * stride;
      double x = xy[2 * i], y = xy[2 * i + 1];
      int cx = MIN ((guint) ((x - min_x) / cell), columns - 1);
      int cy = MIN ((guint) ((y - min_y) / cell), rows - 1);
      double best = G_MAXDOUBLE;
      guint examined = 0;

      /* Rings of cells around the point's own, until no nearer point can
       * be in the next: its points are at least r cells away.
       */
      for (int r = 0; r < (int) MAX (columns, rows) && examined < MAX_EXAMINED; r++)
        {
          for (int gy = cy - r; gy <= cy + r; gy++)
            for (int gx = cx - r; gx <= cx + r; gx++)
              {
                guint c;

                if (gx < 0 || gy < 0 || gx >= (int) columns || gy >= (int) rows)
                  continue;
                if (ABS (gx - cx) != r && ABS (gy - cy) != r)
                  continue;

                c = gx + gy * columns;
                for (guint k = cell_start[c]; k < cell_start[c + 1]; k++)
                  {
                    guint j = order[k];
                    double d;

                    if (j == i)
                      continue;
                    examined++;
                    d = hypot (xy[2 * j] - x, xy[2 * j + 1] - y);
                    /* Points in one place cannot be told apart by scaling. */
                    if (d > 0 && d < best)
                      best = d;
                  }
              }

          if (best <= r * cell)
            break;
        }

      if (best < G_MAXDOUBLE)
        nearest[n_nearest++] = best;
    }
#undef CELL_OF

  if (n_nearest == 0)
    return 1.0;

  qsort (nearest, n_nearest, sizeof (double), compare_doubles);
  spacing = nearest[(guint) (n_nearest * CROWDED_SHARE)];

  return CLAMP (min_distance / spacing, 1e-6, 1e9);
}

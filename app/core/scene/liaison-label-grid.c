/* liaison-label-grid.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The geometry label placement asks about: which placed labels a box
 * would overlap, and whether a relation's line crosses a box.
 */

#define G_LOG_DOMAIN "liaison-labels"

#include "config.h"

#include <math.h>

#include "liaison-label-placement-private.h"
#include "liaison-scene-private.h"

/* Grid cells a side, at most. */
#define MAX_GRID      512
/* Labels beside entities and along relations cover at most this much of
 * the drawing: far out, a wall of labels would hide the graph itself.
 */
#define MAX_COVER     0.15

void
_liaison_label_grid_init (Grid              *grid,
                          const LiaisonRect *bounds,
                          double             size)
{
  double width = MAX (bounds->x1 - bounds->x0, 1);
  double height = MAX (bounds->y1 - bounds->y0, 1);

  grid->x0 = bounds->x0;
  grid->y0 = bounds->y0;
  grid->cell = MAX (MAX (size * 4, 1), MAX (width, height) / MAX_GRID);
  grid->columns = (int) ceil (width / grid->cell) + 1;
  grid->rows = (int) ceil (height / grid->cell) + 1;
  grid->cells = g_new0 (GArray *, (gsize) grid->columns * grid->rows);
  grid->room = MAX_COVER * width * height;
}

void
_liaison_label_grid_clear (Grid *grid)
{
  for (gsize i = 0; i < (gsize) grid->columns * grid->rows; i++)
    if (grid->cells[i] != NULL)
      g_array_unref (grid->cells[i]);
  g_free (grid->cells);
}

static void
grid_span (Grid              *grid,
           const LiaisonRect *box,
           int               *c0,
           int               *r0,
           int               *c1,
           int               *r1)
{
  *c0 = CLAMP ((int) floor ((box->x0 - grid->x0) / grid->cell), 0, grid->columns - 1);
  *r0 = CLAMP ((int) floor ((box->y0 - grid->y0) / grid->cell), 0, grid->rows - 1);
  *c1 = CLAMP ((int) floor ((box->x1 - grid->x0) / grid->cell), 0, grid->columns - 1);
  *r1 = CLAMP ((int) floor ((box->y1 - grid->y0) / grid->cell), 0, grid->rows - 1);
}

void
_liaison_label_grid_add (Grid              *grid,
                         const LiaisonRect *box,
                         guint              label)
{
  int c0, r0, c1, r1;

  grid_span (grid, box, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray **cell = &grid->cells[(gsize) r * grid->columns + c];

        if (*cell == NULL)
          *cell = g_array_sized_new (FALSE, FALSE, sizeof (guint), 4);
        g_array_append_val (*cell, label);
      }
}


gboolean
_liaison_label_grid_hits (Grid              *grid,
                          GArray            *labels,
                          const LiaisonRect *box)
{
  int c0, r0, c1, r1;

  grid_span (grid, box, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray *cell = grid->cells[(gsize) r * grid->columns + c];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (rects_meet (box, &g_array_index (labels, LiaisonLabel, g_array_index (cell, guint, i)).box))
            return TRUE;
      }

  return FALSE;
}

/* Whether a straight piece of line passes through @rect (Liang-Barsky). */
static gboolean
segment_meets_rect (double             x0,
                    double             y0,
                    double             x1,
                    double             y1,
                    const LiaisonRect *rect)
{
  double p[4] = { -(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0 };
  double q[4] = { x0 - rect->x0, rect->x1 - x0, y0 - rect->y0, rect->y1 - y0 };
  double t0 = 0, t1 = 1;

  for (guint i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }

  return TRUE;
}

static gboolean
piece_meets_rect_cb (double   x0,
                     double   y0,
                     double   x1,
                     double   y1,
                     double   slack,
                     gpointer user_data)
{
  return segment_meets_rect (x0, y0, x1, y1, user_data);
}

/* Whether an edge's line, or its arrowhead, passes through @rect: its
 * curves cut into 16 pieces each.
 */
gboolean
_liaison_label_edge_meets_rect (LiaisonScene              *scene,
                                const LiaisonSceneElement *edge,
                                const LiaisonRect         *rect)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, edge);

  for (guint i = 0; i < edge->n_shapes; i++)
    if (liaison_scene_foreach_piece (scene, &shapes[i], 16, piece_meets_rect_cb, (gpointer) rect))
      return TRUE;

  return FALSE;
}

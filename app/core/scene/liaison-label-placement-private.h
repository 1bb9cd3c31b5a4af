/* liaison-label-placement-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-label-placement.h"

G_BEGIN_DECLS

/* Shared by the placement (liaison-label-placement.c), which places labels
 * at a scale, and what it places (liaison-label-source.c): the labels of a
 * scene that do not depend on the scale, worked out once a scene.
 */

/* Points along each relation's line where its label may go: first for its
 * own label, then for a bundle's; see liaison-label-source.c.
 */
#define N_EDGE_SAMPLES   9
#define N_BUNDLE_SAMPLES 5
#define N_SAMPLES        (N_EDGE_SAMPLES + N_BUNDLE_SAMPLES)

/* An element's label as Graphviz drew it, in one line. */
typedef struct
{
  const char *text;       /* or NULL for none */
  double      font_size;
  double      width;      /* at that size, as Graphviz measured it */
  double      ems;        /* the estimated width, in ems */
  double      baseline;   /* nodes: below the centre, in ems */
  guint32     color;
} LiaisonLabelText;

typedef struct
{
  GArray           *members;  /* edge numbers; the label goes with the first */
  LiaisonLabelText  text;
} LiaisonLabelBundle;

typedef struct
{
  int                    step;
  LiaisonLabelPlacement *placement;
} LiaisonLabelCacheEntry;

typedef struct
{
  LiaisonScene     *scene;            /* borrowed: this is kept on it */
  GStringChunk     *strings;
  LiaisonLabelText *nodes;
  LiaisonLabelText *edges;
  guint            *bundle_of_edge;   /* or G_MAXUINT */
  GArray           *bundles;          /* LiaisonLabelBundle */
  guint            *node_order;       /* node numbers, the most connected first */
  GArray           *relation_order;   /* guint: an edge number, or n_edges + a bundle */
  double           *samples;          /* N_SAMPLES points an edge, tail to head */
  double           *lengths;          /* of each edge's line, in points */
  double            min_font;         /* the smallest size Graphviz drew a label at */
  GArray           *cache;            /* LiaisonLabelCacheEntry, the latest used last */
} LiaisonLabelSource;

/* Called with the placement's cache lock held. */
LiaisonLabelSource *_liaison_label_source_get (LiaisonScene *scene);

/* The labels placed so far, in cells of a grid over the scene, to find
 * those a candidate would overlap without looking at all.
 */
typedef struct
{
  double   x0, y0, cell;
  int      columns, rows;
  GArray **cells;         /* guint label numbers, or NULL */
  double   room;          /* the area labels outside entities may still cover */
} Grid;

static inline gboolean
rects_meet (const LiaisonRect *a,
            const LiaisonRect *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

void     _liaison_label_grid_init      (Grid                      *grid,
                                        const LiaisonRect         *bounds,
                                        double                     size);
void     _liaison_label_grid_clear     (Grid                      *grid);
void     _liaison_label_grid_add       (Grid                      *grid,
                                        const LiaisonRect         *box,
                                        guint                      label);
gboolean _liaison_label_grid_hits      (Grid                      *grid,
                                        GArray                    *labels,
                                        const LiaisonRect         *box);
gboolean _liaison_label_edge_meets_rect (LiaisonScene             *scene,
                                         const LiaisonSceneElement *edge,
                                         const LiaisonRect         *rect);

G_END_DECLS

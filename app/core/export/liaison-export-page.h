/* liaison-export-page.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "liaison-export.h"
#include "liaison-outline.h"

G_BEGIN_DECLS

/* Where a drawing export puts things on its page: the graph, scaled and
 * moved, and the title, legend and credits around it, already broken into
 * lines, so that PNG, PDF and SVG place them alike. Coordinates are in
 * points from the page's top left.
 */
typedef struct
{
  char   *text;
  double  x, y;           /* the start of the baseline */
} LiaisonPageLine;

typedef struct
{
  LiaisonElementKind kind;
  char              *label;
  LiaisonRect        swatch;
  double             text_x, text_y;
  /* entities */
  LiaisonOutline     outline;
  guint32            fill, line;   /* 0xRRGGBBAA */
  /* relations; line is the colour */
  double             line_width;
  LiaisonLineStyle   line_style;
} LiaisonLegendEntry;

typedef struct
{
  double  width, height;
  double  scale, dx, dy;      /* page = scene × scale + (dx, dy) */
  gboolean plain;             /* the drawing alone, at its own size */
  double  label_points;       /* the least size of a label on the page */
  double  title_size, legend_size, credits_size;
  GArray *title;              /* of LiaisonPageLine */
  GArray *legend;             /* of LiaisonLegendEntry */
  GArray *credits;            /* of LiaisonPageLine */
  guint32 text_color, credits_color, background;
} LiaisonExportPage;

LiaisonExportPage *liaison_export_page_new              (LiaisonScene                *scene,
                                                         const LiaisonExportOptions  *options)
                                                         G_GNUC_WARN_UNUSED_RESULT;
void               liaison_export_page_free             (LiaisonExportPage           *page);
void               liaison_export_page_draw_decorations (const LiaisonExportPage     *page,
                                                         cairo_t                     *cr);
char              *liaison_export_dup_credits           (LiaisonScene                *scene)
                                                         G_GNUC_WARN_UNUSED_RESULT;

/* The margin around a drawing on a page of its own size. */
#define LIAISON_EXPORT_MARGIN 8.0

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonExportPage, liaison_export_page_free)

G_END_DECLS

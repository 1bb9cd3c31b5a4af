/* liaison-style.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-types.h"

G_BEGIN_DECLS

/* What data may say about looks. Graphviz reads files for some shapes and
 * parses others as markup, so only shapes on an allow-list and colours that
 * resolve to hex ever reach it.
 */

/* One family with Latin, kana and Han, so labels in any of them measure
 * the same in the layout worker, on screen and in exports.
 */
#define LIAISON_FONT_FAMILY "Noto Sans CJK JP"
/* For SVG readers on machines without it. */
#define LIAISON_SVG_FONT_FAMILIES \
  "'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Source Han Sans', 'Hiragino Sans', " \
  "'Yu Gothic', 'Microsoft YaHei', 'PingFang SC', sans-serif"

typedef struct
{
  const char *fill;    /* #RRGGBB */
  const char *line;    /* #RRGGBB */
} LiaisonPaletteColor;

gboolean                   liaison_style_is_allowed_shape      (const char *shape);
const char * const        *liaison_style_get_allowed_shapes    (void);
gboolean                   liaison_style_is_allowed_line_style (const char *style);
gboolean                   liaison_style_parse_color           (const char *color,
                                                                guint8     *red,
                                                                guint8     *green,
                                                                guint8     *blue,
                                                                guint8     *alpha);
char                      *liaison_style_normalize_color       (const char *color)
                                                                G_GNUC_WARN_UNUSED_RESULT;
const LiaisonPaletteColor *liaison_style_get_palette_color     (guint       index);
guint                      liaison_style_get_palette_size      (void);

/* How entities of one type are drawn: colour and outline together tell
 * every type of a dataset apart, up to LIAISON_N_LOOKS of them.
 */
typedef struct
{
  char        fill[10];  /* "#rrggbb" or "#rrggbbaa" */
  char        line[10];
  const char *shape;     /* an allowed Graphviz shape; "box" has rounded corners */
} LiaisonEntityLook;

/* The palette's colours times the outlines that differ in how they are
 * drawn (a rounded box is a curve, an ellipse an ellipse, a hexagon a
 * six-cornered polygon), so no two look alike in any export either.
 */
#define LIAISON_N_LOOKS 24

void                       liaison_style_assign_entity_looks   (const LiaisonTypeStyle * const *types,
                                                                guint                          n_types,
                                                                LiaisonEntityLook             *looks);
LiaisonEntityLook         *liaison_style_dup_entity_looks      (LiaisonDataset         *dataset)
                                                                G_GNUC_WARN_UNUSED_RESULT;
void                       liaison_style_get_entity_look       (LiaisonDataset         *dataset,
                                                                const LiaisonTypeStyle *type,
                                                                LiaisonEntityLook      *look);

/* The colour a relation type is drawn in, from the dataset or the palette,
 * as "#rrggbb" or "#rrggbbaa"; @type may be NULL for untyped relations.
 */
void                       liaison_style_get_relation_color    (const LiaisonTypeStyle *type,
                                                                char                    color[10]);
const char                *liaison_style_get_text_color        (const char             *fill);

/* How wide a relation of @line_style is drawn, in points: Graphviz is
 * given it, and the screen and every export draw what Graphviz says.
 */
double                     liaison_style_get_relation_line_width (const char *line_style);

/* Labels on the palette's fills. */
#define LIAISON_DARK_TEXT  "#1e1e1e"
#define LIAISON_LIGHT_TEXT "#ffffff"

G_END_DECLS

/* liaison-scene-renderer.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "liaison-label-placement.h"
#include "liaison-scene.h"

G_BEGIN_DECLS

/* Draws a scene with cairo: for the graph view's tiles and for PNG and PDF
 * exports alike, so both show the same thing. The caller sets up @cr so
 * that one unit is one point of the scene.
 */
typedef struct
{
  double   scale;           /* device pixels per point, for the level of detail */
  gboolean level_of_detail; /* leave out what would be too small to read */
  gboolean dark;            /* lighten lines for a dark background */
  guint32  text_color;      /* 0xRRGGBBAA for labels on the background,
                             * or 0 for the scene's */
  double   label_pixels;    /* the least size of a label, in device pixels; 0 for
                             * LIAISON_MIN_LABEL_PIXELS */
  guint32  background;      /* 0xRRGGBBAA around labels, or 0 for white (dark: #242424) */
} LiaisonRenderOptions;

void liaison_scene_render          (LiaisonScene               *scene,
                                    cairo_t                    *cr,
                                    const LiaisonRect          *region,
                                    const LiaisonRenderOptions *options);
void liaison_scene_render_element  (LiaisonScene               *scene,
                                    cairo_t                    *cr,
                                    const LiaisonSceneElement  *element,
                                    const LiaisonRenderOptions *options);

void liaison_scene_render_label    (LiaisonScene               *scene,
                                    cairo_t                    *cr,
                                    const LiaisonSceneElement  *element,
                                    const LiaisonRenderOptions *options,
                                    gboolean                    always);
LiaisonLabelPlacement *
     liaison_render_get_labels     (LiaisonScene               *scene,
                                    const LiaisonRenderOptions *options)
                                    G_GNUC_WARN_UNUSED_RESULT;

void    liaison_scene_render_halo  (LiaisonScene               *scene,
                                    cairo_t                    *cr,
                                    const LiaisonSceneElement  *element,
                                    guint32                     rgba,
                                    double                      width);
guint32 liaison_render_adapt_line  (guint32                     rgba,
                                    gboolean                    dark);
void    liaison_render_set_color   (cairo_t                    *cr,
                                    guint32                     rgba);
PangoLayout *
        liaison_render_new_layout  (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

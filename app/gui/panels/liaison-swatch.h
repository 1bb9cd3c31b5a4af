/* liaison-swatch.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-style.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_SWATCH (liaison_swatch_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSwatch, liaison_swatch, LIAISON, SWATCH, GtkWidget)

/* A small sample of how a type is drawn: an entity type's colours in its
 * outline, a relation type's line. Colours come from data, so they are
 * drawn here rather than set in CSS.
 */
GtkWidget  *liaison_swatch_new_entity (const LiaisonEntityLook *look);
GtkWidget  *liaison_swatch_new_line   (const char              *color,
                                       const char              *line_style);
const char *liaison_swatch_get_shape  (LiaisonSwatch           *self);
void        liaison_swatch_get_colors (LiaisonSwatch           *self,
                                       GdkRGBA                 *fill,
                                       GdkRGBA                 *line);

G_END_DECLS

/* liaison-swatch.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_SWATCH (liaison_swatch_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSwatch, liaison_swatch, LIAISON, SWATCH, GtkWidget)

/* A small sample of how a type is drawn: a filled box for an entity type,
 * a line for a relation type. Colours come from data, so they are drawn
 * here rather than set in CSS.
 */
GtkWidget *liaison_swatch_new_box  (const char *fill,
                                    const char *line);
GtkWidget *liaison_swatch_new_line (const char *color,
                                    const char *line_style);

G_END_DECLS

/* liaison-swatch.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-swatch"

#include "config.h"

#include <math.h>

#include "liaison-outline.h"
#include "liaison-swatch.h"

#define SIZE 16
/* Entities: wide enough that an ellipse, a hexagon and a box differ at a
 * glance, as they do in the graph.
 */
#define ENTITY_WIDTH 22

struct _LiaisonSwatch
{
  GtkWidget   parent_instance;

  GdkRGBA     fill;
  GdkRGBA     line;
  gboolean    is_line;
  gboolean    dashed;
  float       thickness;  /* lines: pixels */
  const char *shape;      /* entities: an allowed Graphviz shape, static */
};

G_DEFINE_FINAL_TYPE (LiaisonSwatch, liaison_swatch, GTK_TYPE_WIDGET)

/* The outline of @shape as every legend draws it (liaison-outline.h), in
 * a box of @width × @height pixels.
 */
static void
trace_shape (cairo_t    *cr,
             const char *shape,
             double      width,
             double      height)
{
  LiaisonOutline outline;
  double rx, ry;

  liaison_outline_for_shape (shape, &outline);
  ry = height / 2 - 1;
  rx = outline.square ? ry : width / 2 - 1;

  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);

  switch (outline.kind)
    {
    case LIAISON_OUTLINE_ROUNDED_BOX:
      {
        /* In pixels, not the unit box: the corners stay round. */
        double r = 4;

        cairo_new_sub_path (cr);
        cairo_arc (cr, rx - r, -ry + r, r, -G_PI / 2, 0);
        cairo_arc (cr, rx - r, ry - r, r, 0, G_PI / 2);
        cairo_arc (cr, -rx + r, ry - r, r, G_PI / 2, G_PI);
        cairo_arc (cr, -rx + r, -ry + r, r, G_PI, 3 * G_PI / 2);
        cairo_close_path (cr);
      }
      break;

    case LIAISON_OUTLINE_ELLIPSE:
      cairo_scale (cr, rx, ry);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      break;

    case LIAISON_OUTLINE_POLYGON:
    default:
      for (guint i = 0; i < outline.n_points; i++)
        cairo_line_to (cr, rx * outline.points[i * 2], ry * outline.points[i * 2 + 1]);
      cairo_close_path (cr);
      break;
    }

  cairo_restore (cr);
}

static void
liaison_swatch_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  LiaisonSwatch *self = LIAISON_SWATCH (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);

  if (self->is_line)
    {
      float y = (height - self->thickness) / 2;

      if (self->dashed)
        for (float x = 1; x < width - 1; x += 5)
          gtk_snapshot_append_color (snapshot, &self->line, &GRAPHENE_RECT_INIT (x, y, MIN (3, width - 1 - x), self->thickness));
      else
        gtk_snapshot_append_color (snapshot, &self->line, &GRAPHENE_RECT_INIT (1, y, width - 2, self->thickness));
    }
  else
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      trace_shape (cr, self->shape, width, height);
      gdk_cairo_set_source_rgba (cr, &self->fill);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &self->line);
      cairo_set_line_width (cr, 1.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

static void
liaison_swatch_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  LiaisonSwatch *self = LIAISON_SWATCH (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL && !self->is_line ? ENTITY_WIDTH : SIZE;
}

static void
liaison_swatch_class_init (LiaisonSwatchClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = liaison_swatch_snapshot;
  widget_class->measure = liaison_swatch_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
liaison_swatch_init (LiaisonSwatch *self)
{
  self->shape = "box";
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/* A sample of how entities of a type are drawn: their colours in their
 * outline, so a legend tells types apart as the graph does.
 */
GtkWidget *
liaison_swatch_new_entity (const LiaisonEntityLook *look)
{
  LiaisonSwatch *self;

  g_return_val_if_fail (look != NULL, NULL);
  g_return_val_if_fail (liaison_style_is_allowed_shape (look->shape), NULL);

  self = g_object_new (LIAISON_TYPE_SWATCH, NULL);
  gdk_rgba_parse (&self->fill, look->fill);
  gdk_rgba_parse (&self->line, look->line);
  self->shape = look->shape;
  return GTK_WIDGET (self);
}

/* What a swatch draws, for tests: an entity type's outline (NULL for a
 * relation type's line) and colours.
 */
const char *
liaison_swatch_get_shape (LiaisonSwatch *self)
{
  g_return_val_if_fail (LIAISON_IS_SWATCH (self), NULL);

  return self->is_line ? NULL : self->shape;
}

void
liaison_swatch_get_colors (LiaisonSwatch *self,
                           GdkRGBA       *fill,
                           GdkRGBA       *line)
{
  g_return_if_fail (LIAISON_IS_SWATCH (self));

  if (fill != NULL)
    *fill = self->fill;
  if (line != NULL)
    *line = self->line;
}

GtkWidget *
liaison_swatch_new_line (const char *color,
                         const char *line_style)
{
  LiaisonSwatch *self = g_object_new (LIAISON_TYPE_SWATCH, NULL);

  self->is_line = TRUE;
  self->dashed = g_strcmp0 (line_style, "dashed") == 0 || g_strcmp0 (line_style, "dotted") == 0;
  /* Two pixels for a plain line; bold as much wider as it is in the graph. */
  self->thickness = 2 * liaison_style_get_relation_line_width (line_style) / liaison_style_get_relation_line_width (NULL);
  gdk_rgba_parse (&self->line, color);
  return GTK_WIDGET (self);
}

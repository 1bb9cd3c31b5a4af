/* liaison-swatch.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-swatch"

#include "config.h"

#include "liaison-style.h"
#include "liaison-swatch.h"

#define SIZE 16

struct _LiaisonSwatch
{
  GtkWidget parent_instance;

  GdkRGBA   fill;
  GdkRGBA   line;
  gboolean  is_line;
  gboolean  dashed;
  float     thickness;  /* lines: pixels */
};

G_DEFINE_FINAL_TYPE (LiaisonSwatch, liaison_swatch, GTK_TYPE_WIDGET)

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
      GskRoundedRect outline;
      float border[4] = { 1.5, 1.5, 1.5, 1.5 };
      GdkRGBA colors[4] = { self->line, self->line, self->line, self->line };

      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &self->fill, &outline.bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_append_border (snapshot, &outline, border, colors);
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
  *minimum = *natural = SIZE;
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
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
liaison_swatch_new_box (const char *fill,
                        const char *line)
{
  LiaisonSwatch *self = g_object_new (LIAISON_TYPE_SWATCH, NULL);

  gdk_rgba_parse (&self->fill, fill);
  gdk_rgba_parse (&self->line, line);
  return GTK_WIDGET (self);
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

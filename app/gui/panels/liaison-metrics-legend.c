/* liaison-metrics-legend.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-metrics-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-metrics-legend.h"
#include "liaison-swatch.h"

/* The diameter of the smallest entity in the scale, in pixels. */
#define SCALE_BASE_PX 12

struct _LiaisonMetricsLegend
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkDropDown     *size_dropdown;
  GtkDropDown     *color_dropdown;
  GtkWidget       *details;       /* rebuilt: the scale and the communities */

  LiaisonAnalysis *analysis;
};

enum {
  PROP_0,
  PROP_ANALYSIS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonMetricsLegend, liaison_metrics_legend, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
draw_circle_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  double diameter = GPOINTER_TO_UINT (user_data);
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cairo_arc (cr, width / 2.0, height / 2.0, diameter / 2 - 0.75, 0, 2 * G_PI);
  color.alpha *= 0.25;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_fill_preserve (cr);
  color.alpha = 1;
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static GtkWidget *
new_circle (double scale)
{
  GtkWidget *area = gtk_drawing_area_new ();
  guint diameter = (guint) (SCALE_BASE_PX * scale + 0.5);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), SCALE_BASE_PX * LIAISON_MAX_ENTITY_SCALE + 1);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), diameter + 1);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_circle_cb, GUINT_TO_POINTER (diameter), NULL);
  return area;
}

static char *
format_value (LiaisonSizeBy size_by,
              double        value)
{
  if (size_by == LIAISON_SIZE_BY_DEGREE)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.3g", value);
}

static void
add_scale_row (GtkWidget     *box,
               double         scale,
               const char    *caption,
               LiaisonSizeBy  size_by,
               double         value)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *number = format_value (size_by, value);
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *value_label = gtk_label_new (number);

  gtk_box_append (GTK_BOX (row), new_circle (scale));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_box_append (GTK_BOX (row), value_label);
  gtk_box_append (GTK_BOX (box), row);
}

static void
community_toggled_cb (GtkCheckButton       *button,
                      LiaisonMetricsLegend *self)
{
  guint slot = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "slot"));

  if (self->analysis != NULL)
    liaison_analysis_set_community_visible (self->analysis, slot, gtk_check_button_get_active (button));
}

static void
add_community_row (LiaisonMetricsLegend *self,
                   GtkWidget            *box,
                   guint                 slot,
                   const char           *text,
                   guint                 count)
{
  LiaisonEntityLook look = { "", "", "ellipse" };
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (number);

  liaison_entity_encoding_get_slot_look (slot, &look);
  gtk_box_append (GTK_BOX (line), liaison_swatch_new_entity (&look));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (line), count_label);

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), line);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), liaison_analysis_get_community_visible (self->analysis, slot));
  gtk_widget_set_tooltip_text (button, _("Show or hide this community"));
  g_object_set_data (G_OBJECT (button), "slot", GUINT_TO_POINTER (slot));
  g_signal_connect (button, "toggled", G_CALLBACK (community_toggled_cb), self);
  gtk_box_append (GTK_BOX (box), button);
}

static GtkWidget *
new_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 4);
  return label;
}

static void
rebuild (LiaisonMetricsLegend *self)
{
  LiaisonMetrics *metrics = self->analysis != NULL ? liaison_analysis_get_metrics (self->analysis) : NULL;
  LiaisonEntityEncoding *encoding = self->analysis != NULL ? liaison_analysis_get_encoding (self->analysis) : NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  LiaisonSizeBy size_by;

  if (self->details != NULL)
    gtk_box_remove (GTK_BOX (self->box), self->details);
  self->details = box;
  gtk_box_append (GTK_BOX (self->box), box);

  if (self->analysis == NULL)
    return;

  gtk_drop_down_set_selected (self->size_dropdown, liaison_analysis_get_size_by (self->analysis));
  gtk_drop_down_set_selected (self->color_dropdown, liaison_analysis_get_color_by (self->analysis));

  if (metrics == NULL || encoding == NULL)
    {
      if (liaison_analysis_get_size_by (self->analysis) != LIAISON_SIZE_BY_NONE ||
          liaison_analysis_get_color_by (self->analysis) != LIAISON_COLOR_BY_TYPE)
        {
          GtkWidget *label = gtk_label_new (_("Measuring the graph…"));

          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_set_margin_top (label, 6);
          gtk_box_append (GTK_BOX (box), label);
        }
      return;
    }

  size_by = liaison_entity_encoding_get_size_by (encoding);
  if (size_by != LIAISON_SIZE_BY_NONE)
    {
      double min, max;

      liaison_entity_encoding_get_range (encoding, &min, &max);
      gtk_box_append (GTK_BOX (box), new_heading (liaison_size_by_get_title (size_by)));
      /* TRANSLATORS: the smallest entities of the size scale */
      add_scale_row (box, LIAISON_MIN_ENTITY_SCALE, _("Smallest"), size_by, min);
      /* TRANSLATORS: the largest entities of the size scale */
      add_scale_row (box, liaison_entity_encoding_scale_value (encoding, max), _("Largest"), size_by, max);
    }

  if (liaison_entity_encoding_get_color_by (encoding) == LIAISON_COLOR_BY_COMMUNITY)
    {
      guint n = liaison_metrics_get_n_communities (metrics);
      guint other = 0;
      g_autofree char *modularity = NULL;
      GtkWidget *label;

      gtk_box_append (GTK_BOX (box), new_heading (_("Communities")));
      for (guint i = 0; i < n; i++)
        {
          if (i < LIAISON_N_COMMUNITY_COLORS)
            {
              /* TRANSLATORS: a community of the graph, counted from 1 */
              g_autofree char *name = g_strdup_printf (_("Community %u"), i + 1);

              add_community_row (self, box, i, name, liaison_metrics_get_community_size (metrics, i));
            }
          else
            other += liaison_metrics_get_community_size (metrics, i);
        }
      if (n > LIAISON_N_COMMUNITY_COLORS)
        {
          guint n_other = n - LIAISON_N_COMMUNITY_COLORS;
          /* TRANSLATORS: the smaller communities, which share one colour */
          g_autofree char *name = g_strdup_printf (ngettext ("%u other community", "%u other communities", n_other),
                                                   n_other);

          add_community_row (self, box, LIAISON_OTHER_COMMUNITY, name, other);
        }

      /* TRANSLATORS: how well the communities divide the graph, from -0.5 to 1 */
      modularity = g_strdup_printf (_("Modularity %.2f"), liaison_metrics_get_modularity (metrics));
      label = gtk_label_new (modularity);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 4);
      gtk_box_append (GTK_BOX (box), label);
    }
}

static void
size_selected_cb (LiaisonMetricsLegend *self)
{
  guint selected = gtk_drop_down_get_selected (self->size_dropdown);

  if (self->analysis != NULL && selected < LIAISON_N_SIZE_BY)
    liaison_analysis_set_size_by (self->analysis, selected);
}

static void
color_selected_cb (LiaisonMetricsLegend *self)
{
  guint selected = gtk_drop_down_get_selected (self->color_dropdown);

  if (self->analysis != NULL && selected < LIAISON_N_COLOR_BY)
    liaison_analysis_set_color_by (self->analysis, selected);
}

static void
liaison_metrics_legend_dispose (GObject *object)
{
  LiaisonMetricsLegend *self = (LiaisonMetricsLegend *)object;

  liaison_metrics_legend_set_analysis (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (liaison_metrics_legend_parent_class)->dispose (object);
}

static void
liaison_metrics_legend_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LiaisonMetricsLegend *self = LIAISON_METRICS_LEGEND (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      g_value_set_object (value, self->analysis);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_metrics_legend_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LiaisonMetricsLegend *self = LIAISON_METRICS_LEGEND (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      liaison_metrics_legend_set_analysis (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_metrics_legend_class_init (LiaisonMetricsLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_metrics_legend_dispose;
  object_class->get_property = liaison_metrics_legend_get_property;
  object_class->set_property = liaison_metrics_legend_set_property;

  properties[PROP_ANALYSIS] =
    g_param_spec_object ("analysis", NULL, NULL, LIAISON_TYPE_ANALYSIS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "metricslegend");
}

static GtkDropDown *
add_choice (GtkGrid     *grid,
            int          row,
            const char  *title,
            const char **choices)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_widget_set_hexpand (dropdown, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, dropdown, 1, row, 1, 1);
  return GTK_DROP_DOWN (dropdown);
}

static void
liaison_metrics_legend_init (LiaisonMetricsLegend *self)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *sizes[LIAISON_N_SIZE_BY + 1] = { NULL };
  const char *colors[] = { _("Type"), _("Community"), NULL };

  for (guint i = 0; i < LIAISON_N_SIZE_BY; i++)
    sizes[i] = liaison_size_by_get_title (i);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  /* TRANSLATORS: what entities are sized by */
  self->size_dropdown = add_choice (GTK_GRID (grid), 0, _("_Size by"), sizes);
  /* TRANSLATORS: what entities are coloured by */
  self->color_dropdown = add_choice (GTK_GRID (grid), 1, _("_Colour by"), colors);
  g_signal_connect_object (self->size_dropdown, "notify::selected", G_CALLBACK (size_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->color_dropdown, "notify::selected", G_CALLBACK (color_selected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), grid);

  rebuild (self);
}

GtkWidget *
liaison_metrics_legend_new (void)
{
  return g_object_new (LIAISON_TYPE_METRICS_LEGEND, NULL);
}

LiaisonAnalysis *
liaison_metrics_legend_get_analysis (LiaisonMetricsLegend *self)
{
  g_return_val_if_fail (LIAISON_IS_METRICS_LEGEND (self), NULL);

  return self->analysis;
}

void
liaison_metrics_legend_set_analysis (LiaisonMetricsLegend *self,
                                     LiaisonAnalysis      *analysis)
{
  g_return_if_fail (LIAISON_IS_METRICS_LEGEND (self));
  g_return_if_fail (analysis == NULL || LIAISON_IS_ANALYSIS (analysis));

  if (analysis == self->analysis)
    return;

  if (self->analysis != NULL)
    g_signal_handlers_disconnect_by_data (self->analysis, self);
  g_set_object (&self->analysis, analysis);
  if (analysis != NULL)
    {
      g_signal_connect_object (analysis, "notify::encoding", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::metrics", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::size-by", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::color-by", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "communities-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
    }

  if (self->box != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}

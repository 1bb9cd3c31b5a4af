/* liaison-timeline-strip.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "liaison-timeline-strip.h"

/* Room at either end for a handle, and under the bars for the years. */
#define MARGIN        10.0
#define AXIS_HEIGHT   18.0
#define HANDLE_GRAB   8.0
#define MIN_HEIGHT    64

typedef enum
{
  DRAG_NONE,
  DRAG_FIRST,
  DRAG_LAST,
  DRAG_MOVE,
} DragMode;

struct _LiaisonTimelineStrip
{
  GtkWidget             parent_instance;

  /* owned */
  LiaisonDateHistogram *histogram;

  guint                 first_bin;
  guint                 last_bin;

  DragMode              drag_mode;
  double                drag_start_x;
  guint                 drag_first;
  guint                 drag_last;
};

enum {
  PROP_0,
  PROP_FIRST_BIN,
  PROP_LAST_BIN,
  PROP_DRAGGING,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonTimelineStrip, liaison_timeline_strip, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
n_bins (LiaisonTimelineStrip *self)
{
  return self->histogram != NULL ? liaison_date_histogram_get_n_bins (self->histogram) : 0;
}

static double
bin_width (LiaisonTimelineStrip *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * MARGIN;

  return n_bins (self) > 0 ? MAX (width, 1) / n_bins (self) : 1;
}

/* The boundary between bins nearest to @x: 0 before the first bin, the
 * number of bins after the last.
 */
static guint
boundary_at (LiaisonTimelineStrip *self,
             double                x)
{
  double b = round ((x - MARGIN) / bin_width (self));

  return (guint) CLAMP (b, 0, n_bins (self));
}

static guint
bin_at (LiaisonTimelineStrip *self,
        double                x)
{
  double b = floor ((x - MARGIN) / bin_width (self));

  return n_bins (self) > 0 ? (guint) CLAMP (b, 0, n_bins (self) - 1) : 0;
}

/* "2015 – 2018", or one bin alone: "2019-09". */
char *
liaison_timeline_strip_dup_range_text (LiaisonTimelineStrip *self)
{
  LiaisonDateUnit unit;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (LIAISON_IS_TIMELINE_STRIP (self), NULL);

  if (n_bins (self) == 0)
    return g_strdup (_("No dated relations"));

  unit = liaison_date_histogram_get_unit (self->histogram);
  first = liaison_date_bin_dup_label (liaison_date_histogram_get_bin (self->histogram, self->first_bin), unit);
  if (self->first_bin == self->last_bin)
    return g_steal_pointer (&first);

  last = liaison_date_bin_dup_label (liaison_date_histogram_get_bin (self->histogram, self->last_bin), unit);
  /* TRANSLATORS: a range of dates, e.g. "2015 – 2018" */
  return g_strdup_printf (_("%s – %s"), first, last);
}

static void
update_accessible (LiaisonTimelineStrip *self)
{
  g_autofree char *range = liaison_timeline_strip_dup_range_text (self);
  g_autofree char *text = NULL;
  guint count = 0;

  for (guint i = self->first_bin; i <= self->last_bin && i < n_bins (self); i++)
    count += liaison_date_histogram_get_bin (self->histogram, i)->count;

  /* A screen reader hears the range as the slider's value: "2015 – 2018,
   * 42 dated relations".
   */
  text = g_strdup_printf (ngettext ("%s, %u dated relation", "%s, %u dated relations", count), range, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) MAX (n_bins (self), 1) - 1,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->first_bin,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
set_range (LiaisonTimelineStrip *self,
           guint                 first_bin,
           guint                 last_bin)
{
  guint n = n_bins (self);

  if (n == 0)
    first_bin = last_bin = 0;
  else
    {
      last_bin = MIN (last_bin, n - 1);
      first_bin = MIN (first_bin, last_bin);
    }

  if (first_bin == self->first_bin && last_bin == self->last_bin)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (first_bin != self->first_bin)
    {
      self->first_bin = first_bin;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_BIN]);
    }
  if (last_bin != self->last_bin)
    {
      self->last_bin = last_bin;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_BIN]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

void
liaison_timeline_strip_set_range (LiaisonTimelineStrip *self,
                                  guint                 first_bin,
                                  guint                 last_bin)
{
  g_return_if_fail (LIAISON_IS_TIMELINE_STRIP (self));

  set_range (self, first_bin, last_bin);
}

/* Takes @histogram (transfer full); the range becomes every bin. */
void
liaison_timeline_strip_set_histogram (LiaisonTimelineStrip *self,
                                      LiaisonDateHistogram *histogram)
{
  g_return_if_fail (LIAISON_IS_TIMELINE_STRIP (self));

  g_clear_pointer (&self->histogram, liaison_date_histogram_free);
  self->histogram = histogram;
  self->first_bin = 0;
  self->last_bin = n_bins (self) > 0 ? n_bins (self) - 1 : 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self), n_bins (self) > 0);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

const LiaisonDateHistogram *
liaison_timeline_strip_get_histogram (LiaisonTimelineStrip *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE_STRIP (self), NULL);

  return self->histogram;
}

guint
liaison_timeline_strip_get_first_bin (LiaisonTimelineStrip *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE_STRIP (self), 0);

  return self->first_bin;
}

guint
liaison_timeline_strip_get_last_bin (LiaisonTimelineStrip *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE_STRIP (self), 0);

  return self->last_bin;
}

gboolean
liaison_timeline_strip_get_dragging (LiaisonTimelineStrip *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE_STRIP (self), FALSE);

  return self->drag_mode != DRAG_NONE;
}

/* Labels far enough apart not to touch: every year, or every 2, 5, 10…;
 * every month, or every quarter, half or whole year.
 */
static guint
label_step (LiaisonTimelineStrip *self,
            double                label_width)
{
  static const guint year_steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000 };
  static const guint month_steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };
  gboolean years = liaison_date_histogram_get_unit (self->histogram) == LIAISON_DATE_UNIT_YEAR;
  const guint *steps = years ? year_steps : month_steps;
  guint n_steps = years ? G_N_ELEMENTS (year_steps) : G_N_ELEMENTS (month_steps);
  double needed = label_width + 12;

  for (guint i = 0; i < n_steps; i++)
    if (steps[i] * bin_width (self) >= needed)
      return steps[i];

  return steps[n_steps - 1];
}

/* Whether a label goes under @bin: on round numbers, so that the years
 * read 1990, 2000, 2010 rather than 1987, 1997, 2007.
 */
static gboolean
is_labelled (LiaisonTimelineStrip *self,
             guint                 bin,
             guint                 step)
{
  const LiaisonDateBin *b = liaison_date_histogram_get_bin (self->histogram, bin);
  guint year = b->first_day / 10000, month = b->first_day / 100 % 100;

  if (liaison_date_histogram_get_unit (self->histogram) == LIAISON_DATE_UNIT_YEAR)
    return year % step == 0;

  return ((year * 12) + month - 1) % step == 0;
}

static void
liaison_timeline_strip_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  LiaisonTimelineStrip *self = LIAISON_TIMELINE_STRIP (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double bars = MAX (height - AXIS_HEIGHT, 8), bw = bin_width (self);
  GdkRGBA fg, accent, dim, coarse, band;
  guint n = n_bins (self), max_count, step;
  g_autoptr(PangoLayout) layout = NULL;
  int label_width, label_height;
  double x0, x1;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  /* The baseline, even with nothing to show. */
  dim = fg;
  dim.alpha = 0.25;
  gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (MARGIN, bars - 1, width - 2 * MARGIN, 1));
  if (n == 0)
    return;

  max_count = MAX (liaison_date_histogram_get_max_count (self->histogram), 1);
  x0 = MARGIN + self->first_bin * bw;
  x1 = MARGIN + (self->last_bin + 1) * bw;

  /* The chosen range as a band behind its bars. */
  band = accent;
  band.alpha = 0.15;
  gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (x0, 0, x1 - x0, bars));

  dim.alpha = 0.3;
  coarse = accent;
  coarse.alpha = 0.55;
  for (guint i = 0; i < n; i++)
    {
      const LiaisonDateBin *bin = liaison_date_histogram_get_bin (self->histogram, i);
      gboolean inside = i >= self->first_bin && i <= self->last_bin;
      double gap = bw > 4 ? MIN (2, bw / 4) : 0;
      double h, exact;

      if (bin->count == 0)
        continue;

      /* At least a sliver, so a single relation among thousands shows. */
      h = MAX (2, (bars - 6) * bin->count / max_count);
      exact = h * (bin->count - bin->n_coarse) / bin->count;
      gtk_snapshot_append_color (snapshot, inside ? &accent : &dim,
                                 &GRAPHENE_RECT_INIT (MARGIN + i * bw + gap / 2, bars - 1 - exact,
                                                      MAX (bw - gap, 1), exact));
      /* Dates known only to a coarser period than the bin, paler. */
      if (bin->n_coarse > 0)
        gtk_snapshot_append_color (snapshot, inside ? &coarse : &dim,
                                   &GRAPHENE_RECT_INIT (MARGIN + i * bw + gap / 2, bars - 1 - h,
                                                        MAX (bw - gap, 1), h - exact));
    }

  /* The handles: a bar at each end of the range, with a grip. */
  for (int end = 0; end < 2; end++)
    {
      double x = end == 0 ? x0 : x1;
      GskRoundedRect grip;

      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (x - 1, 0, 2, bars));
      gsk_rounded_rect_init_from_rect (&grip, &GRAPHENE_RECT_INIT (x - 4, bars / 2 - 9, 8, 18), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &grip);
      gtk_snapshot_append_color (snapshot, &accent, &grip.bounds);
      gtk_snapshot_pop (snapshot);
    }

  /* The axis: the labels that fit, each under the start of its bin. */
  layout = gtk_widget_create_pango_layout (widget, "0000-00");
  if (liaison_date_histogram_get_unit (self->histogram) == LIAISON_DATE_UNIT_YEAR)
    pango_layout_set_text (layout, "0000", -1);
  pango_layout_get_pixel_size (layout, &label_width, &label_height);
  step = label_step (self, label_width);
  dim.alpha = 0.7;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = NULL;
      double x = MARGIN + i * bw;

      if (!is_labelled (self, i, step) || x + label_width > width)
        continue;

      text = liaison_date_bin_dup_label (liaison_date_histogram_get_bin (self->histogram, i),
                                         liaison_date_histogram_get_unit (self->histogram));
      pango_layout_set_text (layout, text, -1);
      gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (x, bars - 1, 1, 4));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 2, bars + 2));
      gtk_snapshot_append_layout (snapshot, layout, &dim);
      gtk_snapshot_restore (snapshot);
    }
}

static void
liaison_timeline_strip_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = MIN_HEIGHT + 8;
    }
}

static void
drag_begin_cb (GtkGestureDrag       *gesture,
               double                x,
               double                y,
               LiaisonTimelineStrip *self)
{
  double bw = bin_width (self);
  double x0 = MARGIN + self->first_bin * bw, x1 = MARGIN + (self->last_bin + 1) * bw;

  if (n_bins (self) == 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_start_x = x;
  self->drag_first = self->first_bin;
  self->drag_last = self->last_bin;

  if (fabs (x - x0) <= HANDLE_GRAB && fabs (x - x0) <= fabs (x - x1))
    self->drag_mode = DRAG_FIRST;
  else if (fabs (x - x1) <= HANDLE_GRAB)
    self->drag_mode = DRAG_LAST;
  else if (x > x0 && x < x1)
    self->drag_mode = DRAG_MOVE;
  else if (x < x0)
    {
      /* A press outside the range brings the nearer end to it. */
      self->drag_mode = DRAG_FIRST;
      set_range (self, bin_at (self, x), self->last_bin);
    }
  else
    {
      self->drag_mode = DRAG_LAST;
      set_range (self, self->first_bin, bin_at (self, x));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAGGING]);
}

static void
drag_update_cb (GtkGestureDrag       *gesture,
                double                dx,
                double                dy,
                LiaisonTimelineStrip *self)
{
  double x = self->drag_start_x + dx;
  guint n = n_bins (self), boundary;

  switch (self->drag_mode)
    {
    case DRAG_FIRST:
      boundary = boundary_at (self, x);
      set_range (self, MIN (boundary, self->last_bin), self->last_bin);
      break;

    case DRAG_LAST:
      boundary = boundary_at (self, x);
      set_range (self, self->first_bin, MAX (boundary, self->first_bin + 1) - 1);
      break;

    case DRAG_MOVE:
      {
        int shift = (int) round (dx / bin_width (self));
        int span = self->drag_last - self->drag_first;
        int first = CLAMP ((int) self->drag_first + shift, 0, (int) n - 1 - span);

        set_range (self, first, first + span);
      }
      break;

    case DRAG_NONE:
    default:
      break;
    }
}

static void
drag_end_cb (GtkGestureDrag       *gesture,
             double                dx,
             double                dy,
             LiaisonTimelineStrip *self)
{
  if (self->drag_mode == DRAG_NONE)
    return;

  self->drag_mode = DRAG_NONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAGGING]);
}

/* Left and Right step the whole range through time, keeping its width;
 * with Shift they move its end, narrowing or widening it.
 */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LiaisonTimelineStrip  *self)
{
  guint n = n_bins (self), span = self->last_bin - self->first_bin;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if (n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (shift)
        set_range (self, self->first_bin, MAX (self->last_bin, self->first_bin + 1) - 1);
      else if (self->first_bin > 0)
        set_range (self, self->first_bin - 1, self->last_bin - 1);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (shift)
        set_range (self, self->first_bin, MIN (self->last_bin + 1, n - 1));
      else if (self->last_bin + 1 < n)
        set_range (self, self->first_bin + 1, self->last_bin + 1);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      set_range (self, 0, span);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      set_range (self, n - 1 - span, n - 1);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (LiaisonTimelineStrip *self,
                  int                   x,
                  int                   y,
                  gboolean              keyboard,
                  GtkTooltip           *tooltip)
{
  const LiaisonDateBin *bin;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  guint index;

  if (n_bins (self) == 0)
    return FALSE;

  index = keyboard ? self->first_bin : bin_at (self, x);
  bin = liaison_date_histogram_get_bin (self->histogram, index);
  label = liaison_date_bin_dup_label (bin, liaison_date_histogram_get_unit (self->histogram));
  if (bin->n_coarse > 0)
    /* TRANSLATORS: a year or month, how many relations it has, and how
     * many of those are dated only to a longer period, e.g. the year */
    text = g_strdup_printf (ngettext ("%s: %u relation (%u dated only to a longer period)",
                                      "%s: %u relations (%u dated only to a longer period)", bin->count),
                            label, bin->count, bin->n_coarse);
  else
    /* TRANSLATORS: a year or month and how many relations it has */
    text = g_strdup_printf (ngettext ("%s: %u relation", "%s: %u relations", bin->count), label, bin->count);

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
liaison_timeline_strip_finalize (GObject *object)
{
  LiaisonTimelineStrip *self = (LiaisonTimelineStrip *)object;

  g_clear_pointer (&self->histogram, liaison_date_histogram_free);

  G_OBJECT_CLASS (liaison_timeline_strip_parent_class)->finalize (object);
}

static void
liaison_timeline_strip_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LiaisonTimelineStrip *self = LIAISON_TIMELINE_STRIP (object);

  switch (prop_id)
    {
    case PROP_FIRST_BIN:
      g_value_set_uint (value, self->first_bin);
      break;
    case PROP_LAST_BIN:
      g_value_set_uint (value, self->last_bin);
      break;
    case PROP_DRAGGING:
      g_value_set_boolean (value, self->drag_mode != DRAG_NONE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_timeline_strip_class_init (LiaisonTimelineStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = liaison_timeline_strip_finalize;
  object_class->get_property = liaison_timeline_strip_get_property;

  widget_class->snapshot = liaison_timeline_strip_snapshot;
  widget_class->measure = liaison_timeline_strip_measure;

  properties[PROP_FIRST_BIN] =
    g_param_spec_uint ("first-bin", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_BIN] =
    g_param_spec_uint ("last-bin", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* While a handle is dragged the range changes at every bin it passes;
   * whoever acts on the range may wait for the drag to end.
   */
  properties[PROP_DRAGGING] =
    g_param_spec_boolean ("dragging", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "timelinestrip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
liaison_timeline_strip_init (LiaisonTimelineStrip *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time range"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left and Right move the range through time; with Shift they narrow or widen it"),
                                  -1);
  update_accessible (self);
}

GtkWidget *
liaison_timeline_strip_new (void)
{
  return g_object_new (LIAISON_TYPE_TIMELINE_STRIP, NULL);
}

/* liaison-timeline.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-date-histogram.h"
#include "liaison-timeline.h"
#include "liaison-timeline-strip.h"

struct _LiaisonTimeline
{
  GtkWidget         parent_instance;

  /* children */
  GtkWidget        *range_label;
  GtkWidget        *count_label;
  GtkWidget        *strip;
  GtkWidget        *undated_switch;
  GtkWidget        *reset_button;

  /* owned */
  LiaisonViewState *state;

  gboolean          syncing;
};

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonTimeline, liaison_timeline, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* A day of a range as precisely as it was given: "2018" for the first
 * (or last) day of a year, "2018-06" for that of a month.
 */
static char *
dup_day_text (guint32  day,
              gboolean last)
{
  guint year = day / 10000, month = day / 100 % 100, day_of_month = day % 100;

  if (month == (last ? 12 : 1) && day_of_month == (last ? 31 : 1))
    return g_strdup_printf ("%04u", year);
  if (day_of_month == (last ? 31 : 1))
    return g_strdup_printf ("%04u-%02u", year, month);
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day_of_month);
}

/* The state's range when the strip's bins cannot say it: a range given
 * by month (on the command line, in an investigation) in a strip of
 * years reads "2018-06 – 2019-06", not the years its bins cover.
 */
static char *
dup_range_text (LiaisonTimeline *self)
{
  LiaisonTimelineStrip *strip = LIAISON_TIMELINE_STRIP (self->strip);
  const LiaisonDateHistogram *histogram = liaison_timeline_strip_get_histogram (strip);
  LiaisonDateRange dates, bins;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  guint n;

  if (self->state == NULL || histogram == NULL || liaison_timeline_strip_get_dragging (strip) ||
      (n = liaison_date_histogram_get_n_bins (histogram)) == 0)
    return liaison_timeline_strip_dup_range_text (strip);

  liaison_view_state_get_date_range (self->state, &dates);
  /* Before the first dated relation, or after the last, is open ended. */
  if (dates.since <= liaison_date_histogram_get_bin (histogram, 0)->first_day)
    dates.since = LIAISON_DAY_MIN;
  if (dates.until >= liaison_date_histogram_get_bin (histogram, n - 1)->last_day)
    dates.until = LIAISON_DAY_MAX;
  liaison_date_histogram_get_range (histogram, liaison_timeline_strip_get_first_bin (strip),
                                    liaison_timeline_strip_get_last_bin (strip), dates.hide_undated, &bins);
  if (bins.since == dates.since && bins.until == dates.until)
    return liaison_timeline_strip_dup_range_text (strip);

  since = dates.since == LIAISON_DAY_MIN ? g_strdup ("…") : dup_day_text (dates.since, FALSE);
  until = dates.until == LIAISON_DAY_MAX ? g_strdup ("…") : dup_day_text (dates.until, TRUE);
  if (g_str_equal (since, until))
    return g_steal_pointer (&since);
  /* TRANSLATORS: a range of dates, e.g. "2015 – 2018" */
  return g_strdup_printf (_("%s – %s"), since, until);
}

static void
update_labels (LiaisonTimeline *self)
{
  g_autofree char *range = dup_range_text (self);
  g_autofree char *count = NULL;
  LiaisonDataset *dataset;
  LiaisonDateRange dates;
  guint n_relations, n_visible = 0;

  gtk_label_set_label (GTK_LABEL (self->range_label), range);

  if (self->state == NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->count_label), "");
      return;
    }

  dataset = liaison_view_state_get_dataset (self->state);
  n_relations = liaison_dataset_get_n_relations (dataset);
  for (guint i = 0; i < n_relations; i++)
    n_visible += liaison_view_state_is_relation_visible (self->state, liaison_dataset_get_relation (dataset, i));

  /* TRANSLATORS: how many relations the graph shows, of how many */
  count = g_strdup_printf (ngettext ("%u of %u relation shown", "%u of %u relations shown", n_relations),
                           n_visible, n_relations);
  gtk_label_set_label (GTK_LABEL (self->count_label), count);

  liaison_view_state_get_date_range (self->state, &dates);
  gtk_widget_set_sensitive (self->reset_button, !liaison_date_range_is_everything (&dates));
}

/* What the strip and the switch say, to the view state. */
static void
apply (LiaisonTimeline *self)
{
  LiaisonTimelineStrip *strip = LIAISON_TIMELINE_STRIP (self->strip);
  const LiaisonDateHistogram *histogram = liaison_timeline_strip_get_histogram (strip);
  LiaisonDateRange range;

  if (self->state == NULL || self->syncing || histogram == NULL)
    return;

  liaison_date_histogram_get_range (histogram, liaison_timeline_strip_get_first_bin (strip),
                                    liaison_timeline_strip_get_last_bin (strip),
                                    !gtk_switch_get_active (GTK_SWITCH (self->undated_switch)), &range);
  liaison_view_state_set_date_range (self->state, &range);
}

/* A drag lays the graph out once, when it ends, not at every bin. */
static void
strip_changed_cb (LiaisonTimeline *self)
{
  update_labels (self);
  if (!liaison_timeline_strip_get_dragging (LIAISON_TIMELINE_STRIP (self->strip)))
    apply (self);
}

static void
undated_cb (LiaisonTimeline *self)
{
  apply (self);
}

static void
reset_cb (LiaisonTimeline *self)
{
  LiaisonDateRange everything;

  if (self->state == NULL)
    return;

  liaison_date_range_init (&everything);
  liaison_view_state_set_date_range (self->state, &everything);
}

/* The state's range, wherever it came from (the command line, an undo),
 * in the strip and the switch.
 */
static void
sync_from_state (LiaisonTimeline *self)
{
  LiaisonTimelineStrip *strip = LIAISON_TIMELINE_STRIP (self->strip);
  const LiaisonDateHistogram *histogram = liaison_timeline_strip_get_histogram (strip);
  LiaisonDateRange range;
  guint first = 0, last = G_MAXUINT;

  if (self->state == NULL || histogram == NULL)
    {
      update_labels (self);
      return;
    }

  liaison_view_state_get_date_range (self->state, &range);
  if (!liaison_date_histogram_find_bins (histogram, &range, &first, &last) &&
      !liaison_date_range_is_everything (&range))
    first = last = 0;

  self->syncing = TRUE;
  liaison_timeline_strip_set_range (strip, first, last);
  gtk_switch_set_active (GTK_SWITCH (self->undated_switch), !range.hide_undated);
  self->syncing = FALSE;
  update_labels (self);
}

LiaisonViewState *
liaison_timeline_get_state (LiaisonTimeline *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE (self), NULL);

  return self->state;
}

void
liaison_timeline_set_state (LiaisonTimeline  *self,
                            LiaisonViewState *state)
{
  LiaisonDateHistogram *histogram = NULL;

  g_return_if_fail (LIAISON_IS_TIMELINE (self));
  g_return_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_set_object (&self->state, state);

  if (state != NULL)
    {
      g_signal_connect_object (state, "visibility-changed", G_CALLBACK (sync_from_state), self, G_CONNECT_SWAPPED);
      /* Every relation of the dataset: the bars stay put while the
       * filters change, so the range keeps its meaning.
       */
      histogram = liaison_date_histogram_new (liaison_view_state_get_dataset (state), NULL);
    }

  self->syncing = TRUE;
  liaison_timeline_strip_set_histogram (LIAISON_TIMELINE_STRIP (self->strip), histogram);
  self->syncing = FALSE;
  sync_from_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

GtkWidget *
liaison_timeline_get_strip (LiaisonTimeline *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE (self), NULL);

  return self->strip;
}

/* "42 of 76 relations shown" */
const char *
liaison_timeline_get_count_text (LiaisonTimeline *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->count_label));
}

/* "2015 – 2018" */
const char *
liaison_timeline_get_range_text (LiaisonTimeline *self)
{
  g_return_val_if_fail (LIAISON_IS_TIMELINE (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->range_label));
}

void
liaison_timeline_set_show_undated (LiaisonTimeline *self,
                                   gboolean         show)
{
  g_return_if_fail (LIAISON_IS_TIMELINE (self));

  gtk_switch_set_active (GTK_SWITCH (self->undated_switch), show);
}

static void
liaison_timeline_dispose (GObject *object)
{
  LiaisonTimeline *self = (LiaisonTimeline *)object;
  GtkWidget *child;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liaison_timeline_parent_class)->dispose (object);
}

static void
liaison_timeline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LiaisonTimeline *self = LIAISON_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_timeline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LiaisonTimeline *self = LIAISON_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_timeline_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_timeline_class_init (LiaisonTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_timeline_dispose;
  object_class->get_property = liaison_timeline_get_property;
  object_class->set_property = liaison_timeline_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
liaison_timeline_init (LiaisonTimeline *self)
{
  GtkWidget *about = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *undated = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = new_label ("heading");
  GtkWidget *undated_label = gtk_label_new_with_mnemonic (_("_Undated"));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);

  gtk_label_set_label (GTK_LABEL (heading), _("Time"));
  self->range_label = new_label ("numeric");
  self->count_label = new_label ("dim-label");
  gtk_widget_add_css_class (self->count_label, "caption");
  gtk_widget_set_valign (about, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (about, 150, -1);
  gtk_box_append (GTK_BOX (about), heading);
  gtk_box_append (GTK_BOX (about), self->range_label);
  gtk_box_append (GTK_BOX (about), self->count_label);
  gtk_widget_set_parent (about, GTK_WIDGET (self));

  self->strip = liaison_timeline_strip_new ();
  gtk_widget_set_hexpand (self->strip, TRUE);
  g_signal_connect_object (self->strip, "changed", G_CALLBACK (strip_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->strip, "notify::dragging", G_CALLBACK (strip_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (self->strip, GTK_WIDGET (self));

  self->undated_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->undated_switch), TRUE);
  gtk_widget_set_valign (self->undated_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->undated_switch, _("Keep relations that have no date"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (undated_label), self->undated_switch);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->undated_switch),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, undated_label, NULL, -1);
  g_signal_connect_object (self->undated_switch, "notify::active", G_CALLBACK (undated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (undated), undated_label);
  gtk_box_append (GTK_BOX (undated), self->undated_switch);

  self->reset_button = gtk_button_new_with_mnemonic (_("_All Dates"));
  gtk_widget_set_tooltip_text (self->reset_button, _("Show relations of every date"));
  g_signal_connect_object (self->reset_button, "clicked", G_CALLBACK (reset_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_valign (controls, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (controls), undated);
  gtk_box_append (GTK_BOX (controls), self->reset_button);
  gtk_widget_set_parent (controls, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);
  update_labels (self);
}

GtkWidget *
liaison_timeline_new (void)
{
  return g_object_new (LIAISON_TYPE_TIMELINE, NULL);
}

/* liaison-legend.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-display-text.h"
#include "liaison-entity-encoding.h"
#include "liaison-legend.h"
#include "liaison-style.h"
#include "liaison-swatch.h"

struct _LiaisonLegend
{
  GtkWidget         parent_instance;

  GtkWidget        *scroller;
  GtkWidget        *box;
  LiaisonViewState *state;
  gboolean          plain_type_keys;  /* the entity types' keys are outlines only */
};

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonLegend, liaison_legend, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
toggled_cb (GtkCheckButton *button,
            LiaisonLegend  *self)
{
  const char *type = g_object_get_data (G_OBJECT (button), "type");
  gboolean is_entity = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "is-entity"));

  if (self->state == NULL)
    return;

  if (is_entity)
    liaison_view_state_set_entity_type_visible (self->state, type, gtk_check_button_get_active (button));
  else
    liaison_view_state_set_relation_type_visible (self->state, type, gtk_check_button_get_active (button));
}

/* An entity type's row when @looks are the entity types' looks, a
 * relation type's when NULL.
 */
static void
add_row (LiaisonLegend           *self,
         const LiaisonTypeStyle  *type,
         const LiaisonEntityLook *looks)
{
  gboolean is_entity = looks != NULL;
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *shown = liaison_display_text (type->label);
  GtkWidget *label = gtk_label_new (shown);
  g_autofree char *count = g_strdup_printf ("%u", type->count);
  GtkWidget *number = gtk_label_new (count);

  if (is_entity)
    gtk_box_append (GTK_BOX (line), liaison_swatch_new_entity (&looks[type->index]));
  else
    {
      char color[10];

      liaison_style_get_relation_color (type, color);
      gtk_box_append (GTK_BOX (line), liaison_swatch_new_line (color, type->line_style));
    }

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (line), number);
  g_object_set_data (G_OBJECT (button), "number", number);
  g_object_set_data (G_OBJECT (button), "total", GUINT_TO_POINTER (type->count));

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), line);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button),
                               is_entity ? liaison_view_state_get_entity_type_visible (self->state, type->id)
                                         : liaison_view_state_get_relation_type_visible (self->state, type->id));
  gtk_widget_set_tooltip_text (button, is_entity ? _("Show or hide entities of this type")
                                                 : _("Show or hide relations of this type"));
  /* The string belongs to the dataset, which the state keeps alive. */
  g_object_set_data (G_OBJECT (button), "type", (gpointer) type->id);
  g_object_set_data (G_OBJECT (button), "is-entity", GINT_TO_POINTER (is_entity));
  g_signal_connect (button, "toggled", G_CALLBACK (toggled_cb), self);

  gtk_box_append (GTK_BOX (self->box), button);
}

static void
add_heading (LiaisonLegend *self,
             const char    *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, gtk_widget_get_first_child (self->box) != NULL ? 12 : 0);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_box_append (GTK_BOX (self->box), label);
}

/* Whether entities are coloured by community, so that the colours the
 * entity types have are nowhere on the graph.
 */
static gboolean
wants_plain_type_keys (LiaisonLegend *self)
{
  LiaisonEntityLook look = { "", "", NULL };

  return liaison_entity_encoding_apply_type_key (liaison_view_state_get_encoding (self->state), &look);
}

static void
rebuild (LiaisonLegend *self)
{
  LiaisonDataset *dataset;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);

  if (self->state == NULL)
    return;

  dataset = liaison_view_state_get_dataset (self->state);
  self->plain_type_keys = wants_plain_type_keys (self);

  if (liaison_dataset_get_n_entity_types (dataset) > 0)
    {
      g_autofree LiaisonEntityLook *looks = liaison_style_dup_entity_looks (dataset);

      for (guint i = 0; i < liaison_dataset_get_n_entity_types (dataset); i++)
        liaison_entity_encoding_apply_type_key (liaison_view_state_get_encoding (self->state), &looks[i]);

      add_heading (self, _("Entity Types"));
      for (guint i = 0; i < liaison_dataset_get_n_entity_types (dataset); i++)
        add_row (self, liaison_dataset_get_entity_type (dataset, i), looks);
    }

  if (liaison_dataset_get_n_relation_types (dataset) > 0)
    {
      add_heading (self, _("Relation Types"));
      for (guint i = 0; i < liaison_dataset_get_n_relation_types (dataset); i++)
        add_row (self, liaison_dataset_get_relation_type (dataset, i), NULL);
    }

  if (gtk_widget_get_first_child (self->box) == NULL)
    {
      GtkWidget *label = gtk_label_new (_("This dataset has no types."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->box), label);
    }
}

/* How many of each type a focus, hidden entities and the dates leave on
 * screen, whatever the type switches say (so that a type switched off
 * still tells what switching it on would bring).
 */
static void
count_shown (LiaisonLegend *self,
             guint         *entities,
             guint         *relations)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (self->state);
  LiaisonSubset *subset = liaison_view_state_get_subset (self->state);
  LiaisonDateRange range;

  liaison_view_state_get_date_range (self->state, &range);

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      const char *id = liaison_entity_get_entity_type (liaison_dataset_get_entity (dataset, i));
      const LiaisonTypeStyle *type = id != NULL ? liaison_dataset_lookup_entity_type (dataset, id) : NULL;

      if (type != NULL && (subset == NULL || liaison_subset_has_entity (subset, i)))
        entities[type->index]++;
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      const LiaisonTypeStyle *type = relation->type != NULL ? liaison_dataset_lookup_relation_type (dataset, relation->type)
                                                            : NULL;

      if (type != NULL && liaison_date_range_contains (&range, relation->date) &&
          (subset == NULL || (liaison_subset_has_relation (subset, i) && liaison_subset_has_entity (subset, relation->from) &&
                              liaison_subset_has_entity (subset, relation->to))))
        relations[type->index]++;
    }
}

/* The state changes by other ways than these switches too: an undo, Show
 * Everything, a hidden search result brought back.
 */
static void
sync_switches (LiaisonLegend *self)
{
  LiaisonDataset *dataset;
  g_autofree guint *entities = NULL;
  g_autofree guint *relations = NULL;

  if (self->state == NULL)
    return;

  /* Colouring by community, or by type again, changes the keys. */
  if (wants_plain_type_keys (self) != self->plain_type_keys)
    rebuild (self);

  dataset = liaison_view_state_get_dataset (self->state);
  entities = g_new0 (guint, liaison_dataset_get_n_entity_types (dataset) + 1);
  relations = g_new0 (guint, liaison_dataset_get_n_relation_types (dataset) + 1);
  count_shown (self, entities, relations);

  for (GtkWidget *child = gtk_widget_get_first_child (self->box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *type = g_object_get_data (G_OBJECT (child), "type");
      gboolean is_entity = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "is-entity"));
      gboolean visible;
      GtkLabel *number = g_object_get_data (G_OBJECT (child), "number");
      guint total = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "total"));
      const LiaisonTypeStyle *style;
      g_autofree char *count = NULL;

      if (type == NULL)
        continue;

      /* "5 / 12" while part of the type is out of view. */
      style = is_entity ? liaison_dataset_lookup_entity_type (dataset, type)
                        : liaison_dataset_lookup_relation_type (dataset, type);
      if (style != NULL && number != NULL)
        {
          guint shown = is_entity ? entities[style->index] : relations[style->index];

          count = shown == total ? g_strdup_printf ("%u", total) : g_strdup_printf ("%u / %u", shown, total);
          gtk_label_set_label (number, count);
        }

      visible = is_entity ? liaison_view_state_get_entity_type_visible (self->state, type)
                          : liaison_view_state_get_relation_type_visible (self->state, type);
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)) == visible)
        continue;

      g_signal_handlers_block_by_func (child, toggled_cb, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), visible);
      g_signal_handlers_unblock_by_func (child, toggled_cb, self);
    }
}

static void
liaison_legend_dispose (GObject *object)
{
  LiaisonLegend *self = (LiaisonLegend *)object;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, sync_switches, self);
  g_clear_object (&self->state);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (liaison_legend_parent_class)->dispose (object);
}

static void
liaison_legend_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonLegend *self = LIAISON_LEGEND (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, liaison_legend_get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_legend_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LiaisonLegend *self = LIAISON_LEGEND (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_legend_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_legend_class_init (LiaisonLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_legend_dispose;
  object_class->get_property = liaison_legend_get_property;
  object_class->set_property = liaison_legend_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "legend");
}

static void
liaison_legend_init (LiaisonLegend *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scroller), 520);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->box);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
liaison_legend_new (void)
{
  return g_object_new (LIAISON_TYPE_LEGEND, NULL);
}

LiaisonViewState *
liaison_legend_get_state (LiaisonLegend *self)
{
  g_return_val_if_fail (LIAISON_IS_LEGEND (self), NULL);

  return self->state;
}

void
liaison_legend_set_state (LiaisonLegend    *self,
                          LiaisonViewState *state)
{
  g_return_if_fail (LIAISON_IS_LEGEND (self));
  g_return_if_fail (!state || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, sync_switches, self);
  g_set_object (&self->state, state);
  if (state != NULL)
    g_signal_connect_object (state, "visibility-changed", G_CALLBACK (sync_switches), self, G_CONNECT_SWAPPED);

  rebuild (self);
  sync_switches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

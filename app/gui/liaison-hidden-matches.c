/* liaison-hidden-matches.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-hidden-matches"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-display-text.h"
#include "liaison-hidden-matches.h"

struct _LiaisonHiddenMatches
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  LiaisonViewState *state;
};

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonHiddenMatches, liaison_hidden_matches, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
add_row (LiaisonHiddenMatches *self,
         LiaisonEntity        *entity)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *name = liaison_display_text (liaison_entity_get_label (entity));
  /* TRANSLATORS: a search result that the graph does not show, "Huawei is hidden" */
  g_autofree char *text = g_strdup_printf (_("%s is hidden"), name);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Show"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (row), label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Bring it into the graph"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-entity");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_uint32 (liaison_entity_get_index (entity)));
  gtk_box_append (GTK_BOX (row), button);

  gtk_box_append (GTK_BOX (self->box), row);
}

static void
rebuild (LiaisonHiddenMatches *self)
{
  LiaisonDataset *dataset;
  const guint *matches;
  guint n_matches = 0;
  guint n_hidden = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);

  if (self->state == NULL || liaison_view_state_get_search (self->state) == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  dataset = liaison_view_state_get_dataset (self->state);
  matches = liaison_view_state_get_matches (self->state, &n_matches);
  for (guint i = 0; i < n_matches; i++)
    {
      if (liaison_view_state_is_entity_visible (self->state, matches[i]))
        continue;
      if (n_hidden++ < LIAISON_HIDDEN_MATCHES_MAX_ROWS)
        add_row (self, liaison_dataset_get_entity (dataset, matches[i]));
    }

  if (n_hidden > LIAISON_HIDDEN_MATCHES_MAX_ROWS)
    {
      guint more = n_hidden - LIAISON_HIDDEN_MATCHES_MAX_ROWS;
      g_autofree char *text = g_strdup_printf (ngettext ("and %u more hidden match", "and %u more hidden matches", more),
                                               more);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (self->box), label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n_hidden > 0);
}

static void
liaison_hidden_matches_dispose (GObject *object)
{
  LiaisonHiddenMatches *self = (LiaisonHiddenMatches *)object;

  liaison_hidden_matches_set_state (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (liaison_hidden_matches_parent_class)->dispose (object);
}

static void
liaison_hidden_matches_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LiaisonHiddenMatches *self = LIAISON_HIDDEN_MATCHES (object);

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
liaison_hidden_matches_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LiaisonHiddenMatches *self = LIAISON_HIDDEN_MATCHES (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_hidden_matches_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_hidden_matches_class_init (LiaisonHiddenMatchesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_hidden_matches_dispose;
  object_class->get_property = liaison_hidden_matches_get_property;
  object_class->set_property = liaison_hidden_matches_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hiddenmatches");
}

static void
liaison_hidden_matches_init (LiaisonHiddenMatches *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
liaison_hidden_matches_new (void)
{
  return g_object_new (LIAISON_TYPE_HIDDEN_MATCHES, NULL);
}

LiaisonViewState *
liaison_hidden_matches_get_state (LiaisonHiddenMatches *self)
{
  g_return_val_if_fail (LIAISON_IS_HIDDEN_MATCHES (self), NULL);

  return self->state;
}

void
liaison_hidden_matches_set_state (LiaisonHiddenMatches *self,
                                  LiaisonViewState     *state)
{
  g_return_if_fail (LIAISON_IS_HIDDEN_MATCHES (self));
  g_return_if_fail (!state || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, rebuild, self);
  g_set_object (&self->state, state);
  if (state != NULL)
    {
      g_signal_connect_object (state, "search-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "visibility-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

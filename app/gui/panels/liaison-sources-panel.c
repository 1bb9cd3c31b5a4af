/* liaison-sources-panel.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-sources"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-source-support.h"
#include "liaison-sources-panel.h"
#include "liaison-view-counts.h"

struct _LiaisonSourcesPanel
{
  GtkWidget         parent_instance;

  LiaisonViewState *state;
  char             *publisher;      /* NULL: every publisher */

  GtkWidget        *box;
  GtkWidget        *shown_label;
  GtkWidget        *relations_label;
  GtkWidget        *publisher_section;  /* the publishers' switches, when there are any */
  GtkWidget        *publisher_checks;
  GtkWidget        *publisher_dropdown;
  GtkStringList    *publishers;
  GtkWidget        *publisher_button;
  GtkWidget        *list;
  gboolean          syncing_publishers;
  gboolean          syncing_checks;      /* the switches follow the state */
};

G_DEFINE_FINAL_TYPE (LiaisonSourcesPanel, liaison_sources_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The switches say what the state says, after an undo too. A source of a
 * publisher switched off cannot be switched on alone, so it is greyed.
 */
static void
sync_checks (LiaisonSourcesPanel *self)
{
  LiaisonDataset *dataset;

  if (self->state == NULL)
    return;
  dataset = liaison_view_state_get_dataset (self->state);

  self->syncing_checks = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "source-check");
      const LiaisonSource *source = liaison_dataset_get_source (dataset,
                                                                GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "source-index")));

      gboolean publisher_on = source->publisher == NULL ||
                              liaison_view_state_get_publisher_visible (self->state, source->publisher);
      gboolean on = liaison_view_state_get_source_visible (self->state, source->id);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
      gtk_widget_set_sensitive (check, publisher_on);
      /* A source that is off reads as such, not only by its box. */
      if (on && publisher_on)
        gtk_widget_remove_css_class (gtk_widget_get_next_sibling (check), "dim-label");
      else
        gtk_widget_add_css_class (gtk_widget_get_next_sibling (check), "dim-label");
    }
  for (GtkWidget *check = gtk_widget_get_first_child (self->publisher_checks); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                 liaison_view_state_get_publisher_visible (self->state,
                                                                           g_object_get_data (G_OBJECT (check), "publisher")));
  self->syncing_checks = FALSE;
}

static void
update_shown (LiaisonSourcesPanel *self)
{
  g_autofree char *text = NULL;
  g_autofree char *relations = NULL;
  LiaisonDataset *dataset;
  guint n, n_relations, shown = 0;

  if (self->state == NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->shown_label), "");
      gtk_label_set_label (GTK_LABEL (self->relations_label), "");
      return;
    }
  n = liaison_view_state_count_visible_entities (self->state);
  text = g_strdup_printf (ngettext ("%u entity shown", "%u entities shown", n), n);
  gtk_label_set_label (GTK_LABEL (self->shown_label), text);

  /* What the source switches change: entities stay. */
  dataset = liaison_view_state_get_dataset (self->state);
  n_relations = liaison_dataset_get_n_relations (dataset);
  for (guint i = 0; i < n_relations; i++)
    shown += liaison_view_state_is_relation_visible (self->state, liaison_dataset_get_relation (dataset, i));
  /* TRANSLATORS: relations on the graph, "46 of 76 relations shown";
   * the plural follows the second number */
  relations = g_strdup_printf (ngettext ("%u of %u relation shown", "%u of %u relations shown", n_relations),
                               shown, n_relations);
  gtk_label_set_label (GTK_LABEL (self->relations_label), relations);

  sync_checks (self);
}

static void
show_subset (LiaisonSourcesPanel *self,
             LiaisonSubset       *subset)
{
  if (self->state != NULL)
    liaison_view_state_set_subset (self->state, subset);
}

void
liaison_sources_panel_show_source (LiaisonSourcesPanel *self,
                                   guint                source_index)
{
  g_autoptr(LiaisonSubset) subset = NULL;

  g_return_if_fail (LIAISON_IS_SOURCES_PANEL (self));
  g_return_if_fail (self->state != NULL);

  subset = liaison_source_support_for_source (liaison_view_state_get_dataset (self->state), source_index);
  show_subset (self, subset);
}

/* What Show Everything does anywhere in the window, sources and
 * publishers switched back on included; alone, what the panel chose.
 */
void
liaison_sources_panel_show_everything (LiaisonSourcesPanel *self)
{
  g_return_if_fail (LIAISON_IS_SOURCES_PANEL (self));

  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-everything", NULL))
    show_subset (self, NULL);
}

static void
show_publisher_cb (LiaisonSourcesPanel *self)
{
  g_autoptr(LiaisonSubset) subset = NULL;

  if (self->state == NULL || self->publisher == NULL)
    return;
  subset = liaison_source_support_for_publisher (liaison_view_state_get_dataset (self->state), self->publisher);
  show_subset (self, subset);
}

static void
row_activated_cb (LiaisonSourcesPanel *self,
                  GtkListBoxRow       *row)
{
  liaison_sources_panel_show_source (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "source-index")));
}

static void
link_clicked_cb (GtkButton *button,
                 const char *url)
{
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), url, GDK_CURRENT_TIME);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  LiaisonSourcesPanel *self = user_data;
  const LiaisonSource *source;

  if (self->publisher == NULL || self->state == NULL)
    return TRUE;
  source = liaison_dataset_get_source (liaison_view_state_get_dataset (self->state),
                                       GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "source-index")));
  return g_strcmp0 (source->publisher, self->publisher) == 0;
}

void
liaison_sources_panel_set_publisher (LiaisonSourcesPanel *self,
                                     const char          *publisher)
{
  guint position = 0;

  g_return_if_fail (LIAISON_IS_SOURCES_PANEL (self));

  if (g_strcmp0 (publisher, self->publisher) == 0)
    return;
  g_free (self->publisher);
  self->publisher = g_strdup (publisher);
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
  gtk_widget_set_sensitive (self->publisher_button, publisher != NULL);

  /* The first item is every publisher; the rest are the publishers. */
  for (guint i = 1; publisher != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->publishers)); i++)
    if (g_str_equal (gtk_string_list_get_string (self->publishers, i), publisher))
      position = i;
  self->syncing_publishers = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->publisher_dropdown), position);
  self->syncing_publishers = FALSE;
}

static void
publisher_selected_cb (LiaisonSourcesPanel *self)
{
  guint position;

  if (self->syncing_publishers)
    return;
  position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->publisher_dropdown));
  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    liaison_sources_panel_set_publisher (self, NULL);
  else
    liaison_sources_panel_set_publisher (self, gtk_string_list_get_string (self->publishers, position));
}

static void
source_toggled_cb (GtkCheckButton      *check,
                   LiaisonSourcesPanel *self)
{
  if (self->syncing_checks || self->state == NULL)
    return;
  liaison_view_state_set_source_visible (self->state, g_object_get_data (G_OBJECT (check), "source-id"),
                                         gtk_check_button_get_active (check));
}

static void
publisher_toggled_cb (GtkCheckButton      *check,
                      LiaisonSourcesPanel *self)
{
  if (self->syncing_checks || self->state == NULL)
    return;
  liaison_view_state_set_publisher_visible (self->state, g_object_get_data (G_OBJECT (check), "publisher"),
                                            gtk_check_button_get_active (check));
}

static GtkWidget *
make_label (const char *text,
            const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static GtkWidget *
make_row (LiaisonSourcesPanel *self,
          LiaisonDataset      *dataset,
          guint                index)
{
  const LiaisonSource *source = liaison_dataset_get_source (dataset, index);
  g_autoptr(LiaisonSubset) support = liaison_source_support_for_source (dataset, index);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *entities = NULL;
  g_autofree char *relations = NULL;
  g_autofree char *counts = NULL;
  guint n_entities = liaison_subset_get_n_entities (support);
  guint n_relations = liaison_subset_get_n_relations (support);
  g_autofree char *check_label = NULL;
  GtkWidget *row, *hbox, *vbox, *check;

  if (source->publisher != NULL)
    g_strv_builder_add (builder, source->publisher);
  if (source->author != NULL)
    g_strv_builder_add (builder, source->author);
  if (source->date != NULL)
    g_strv_builder_add (builder, source->date);
  parts = g_strv_builder_end (builder);
  meta = parts[0] != NULL ? g_strjoinv (" · ", parts) : g_strdup (_("No publisher, author or date"));

  entities = g_strdup_printf (ngettext ("%u entity", "%u entities", n_entities), n_entities);
  relations = g_strdup_printf (ngettext ("%u relation", "%u relations", n_relations), n_relations);
  /* TRANSLATORS: the two counts above: what cites a source */
  counts = g_strdup_printf (_("Supports %s and %s"), entities, relations);

  vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (vbox, TRUE);
  gtk_box_append (GTK_BOX (vbox), make_label (source->title != NULL ? source->title : source->id, "heading"));
  gtk_box_append (GTK_BOX (vbox), make_label (meta, "dim-label"));
  gtk_box_append (GTK_BOX (vbox), make_label (counts, "caption"));

  hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (hbox, 6);
  gtk_widget_set_margin_bottom (hbox, 6);
  /* The row's own padding puts the switch under the publishers' ones. */
  gtk_widget_set_margin_start (hbox, 0);
  gtk_widget_set_margin_end (hbox, 6);

  /* Its own switch, apart from choosing the row, which shows only what it
   * supports: this one leaves what it alone supports out, and lasts.
   */
  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Use this source: off, the relations only it supports leave the graph"));
  /* TRANSLATORS: the accessible name of a source's switch; the source's title */
  check_label = g_strdup_printf (_("Use “%s”"), source->title != NULL ? source->title : source->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_object_set_data (G_OBJECT (check), "source-id", (gpointer) source->id);
  g_signal_connect_object (check, "toggled", G_CALLBACK (source_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (hbox), check);
  gtk_box_append (GTK_BOX (hbox), vbox);

  if (source->url != NULL)
    {
      GtkWidget *link = gtk_button_new_from_icon_name ("web-browser-symbolic");

      gtk_widget_add_css_class (link, "flat");
      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (link, source->url);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open Link"), -1);
      /* The dataset's strings live as long as the rows. */
      g_signal_connect (link, "clicked", G_CALLBACK (link_clicked_cb), (gpointer) source->url);
      gtk_box_append (GTK_BOX (hbox), link);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);
  g_object_set_data (G_OBJECT (row), "source-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "source-check", check);
  gtk_widget_set_tooltip_text (row, source->description);
  return row;
}

static void
rebuild (LiaisonSourcesPanel *self)
{
  LiaisonDataset *dataset = self->state != NULL ? liaison_view_state_get_dataset (self->state) : NULL;
  GtkWidget *child;
  g_auto(GStrv) publishers = NULL;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  while ((child = gtk_widget_get_first_child (self->publisher_checks)) != NULL)
    gtk_box_remove (GTK_BOX (self->publisher_checks), child);

  g_clear_pointer (&self->publisher, g_free);
  gtk_widget_set_sensitive (self->publisher_button, FALSE);
  self->syncing_publishers = TRUE;
  gtk_string_list_splice (self->publishers, 1, g_list_model_get_n_items (G_LIST_MODEL (self->publishers)) - 1, NULL);
  if (dataset != NULL)
    {
      publishers = liaison_source_support_dup_publishers (dataset);
      gtk_string_list_splice (self->publishers, 1, 0, (const char * const *) publishers);
      for (guint i = 0; publishers[i] != NULL; i++)
        {
          GtkWidget *check = gtk_check_button_new_with_label (publishers[i]);
          const LiaisonSource *source = NULL;

          /* The dataset's own string, which outlives the switch. */
          for (guint j = 0; source == NULL || g_strcmp0 (source->publisher, publishers[i]) != 0; j++)
            source = liaison_dataset_get_source (dataset, j);
          g_object_set_data (G_OBJECT (check), "publisher", (gpointer) source->publisher);
          gtk_widget_set_tooltip_text (check, _("Use this publisher’s sources: off, the relations only they support leave the graph"));
          g_signal_connect_object (check, "toggled", G_CALLBACK (publisher_toggled_cb), self, 0);
          gtk_box_append (GTK_BOX (self->publisher_checks), check);
        }
      for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
        gtk_list_box_append (GTK_LIST_BOX (self->list), make_row (self, dataset, i));
    }
  gtk_widget_set_visible (self->publisher_section, gtk_widget_get_first_child (self->publisher_checks) != NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->publisher_dropdown), 0);
  self->syncing_publishers = FALSE;
  update_shown (self);
}

LiaisonViewState *
liaison_sources_panel_get_state (LiaisonSourcesPanel *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCES_PANEL (self), NULL);

  return self->state;
}

void
liaison_sources_panel_set_state (LiaisonSourcesPanel *self,
                                 LiaisonViewState    *state)
{
  g_return_if_fail (LIAISON_IS_SOURCES_PANEL (self));
  g_return_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_set_object (&self->state, state);
  if (state != NULL)
    g_signal_connect_object (state, "visibility-changed", G_CALLBACK (update_shown), self, G_CONNECT_SWAPPED);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

const char *
liaison_sources_panel_get_shown_text (LiaisonSourcesPanel *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCES_PANEL (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->shown_label));
}

/* How many sources the publisher filter leaves in the list. */
guint
liaison_sources_panel_get_n_rows_shown (LiaisonSourcesPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (LIAISON_IS_SOURCES_PANEL (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += filter_row (GTK_LIST_BOX_ROW (row), self);
  return n;
}

GtkWidget *
liaison_sources_panel_new (void)
{
  return g_object_new (LIAISON_TYPE_SOURCES_PANEL, NULL);
}

static void
liaison_sources_panel_dispose (GObject *object)
{
  LiaisonSourcesPanel *self = LIAISON_SOURCES_PANEL (object);

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->publishers);
  g_clear_pointer (&self->publisher, g_free);

  G_OBJECT_CLASS (liaison_sources_panel_parent_class)->dispose (object);
}

static void
liaison_sources_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LiaisonSourcesPanel *self = LIAISON_SOURCES_PANEL (object);

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
liaison_sources_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LiaisonSourcesPanel *self = LIAISON_SOURCES_PANEL (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_sources_panel_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_sources_panel_class_init (LiaisonSourcesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_sources_panel_dispose;
  object_class->get_property = liaison_sources_panel_get_property;
  object_class->set_property = liaison_sources_panel_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcespanel");
}

static void
liaison_sources_panel_init (LiaisonSourcesPanel *self)
{
  const char *all[] = { _("All Publishers"), NULL };
  GtkWidget *header, *title, *close, *buttons, *everything, *scrolled, *heading;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->box, "view");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  title = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (title), make_label (_("Sources"), "heading"));
  self->shown_label = make_label ("", "dim-label");
  gtk_box_append (GTK_BOX (title), self->shown_label);
  self->relations_label = make_label ("", "dim-label");
  gtk_box_append (GTK_BOX (title), self->relations_label);
  gtk_box_append (GTK_BOX (header), title);
  close = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close Sources"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close), "win.show-sources");
  gtk_box_append (GTK_BOX (header), close);
  gtk_box_append (GTK_BOX (self->box), header);

  /* Everything first; the publishers come with the dataset. */
  self->publishers = gtk_string_list_new (all);
  self->publisher_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->publishers)), NULL);
  gtk_widget_set_margin_start (self->publisher_dropdown, 12);
  gtk_widget_set_margin_end (self->publisher_dropdown, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->publisher_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Publisher"), -1);
  g_signal_connect_object (self->publisher_dropdown, "notify::selected", G_CALLBACK (publisher_selected_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), self->publisher_dropdown);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  self->publisher_button = gtk_button_new_with_mnemonic (_("Show _Publisher’s"));
  gtk_widget_set_tooltip_text (self->publisher_button, _("Show only what this publisher’s sources support"));
  gtk_widget_set_sensitive (self->publisher_button, FALSE);
  g_signal_connect_object (self->publisher_button, "clicked", G_CALLBACK (show_publisher_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), self->publisher_button);
  everything = gtk_button_new_with_mnemonic (_("Show _Everything"));
  g_signal_connect_object (everything, "clicked", G_CALLBACK (liaison_sources_panel_show_everything),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), everything);
  gtk_box_append (GTK_BOX (self->box), buttons);

  /* Lasting filters, beside the type and date filters: a publisher
   * switched off takes its sources' relations along.
   */
  self->publisher_section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (self->publisher_section, 6);
  gtk_widget_set_margin_start (self->publisher_section, 12);
  gtk_widget_set_margin_end (self->publisher_section, 12);
  heading = make_label (_("Publishers Used"), "heading");
  gtk_box_append (GTK_BOX (self->publisher_section), heading);
  self->publisher_checks = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->publisher_checks), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  gtk_box_append (GTK_BOX (self->publisher_section), self->publisher_checks);
  gtk_box_append (GTK_BOX (self->box), self->publisher_section);
  heading = make_label (_("Sources Used"), "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_end (heading, 12);
  gtk_box_append (GTK_BOX (self->box), heading);

  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sources"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_box_append (GTK_BOX (self->box), scrolled);

  update_shown (self);
}

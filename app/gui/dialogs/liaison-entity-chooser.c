/* liaison-entity-chooser.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-entity-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-entity-chooser.h"

struct _LiaisonEntityChooser
{
  AdwWindow           parent_instance;

  /* children */
  GtkWidget          *window_title;
  GtkWidget          *entry;
  GtkWidget          *list;

  /* owned */
  LiaisonDataset     *dataset;
  GtkFilterListModel *model;
  GtkCustomFilter    *filter;
  char               *needle;   /* folded, or NULL for every entity */

  guint               from;
};

enum {
  CHOSEN,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonEntityChooser, liaison_entity_chooser, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

/* Every entity but the one the connection starts from. */
static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  LiaisonEntityChooser *self = user_data;
  LiaisonEntity *entity = item;

  if (liaison_entity_get_index (entity) == self->from)
    return FALSE;

  return self->needle == NULL || liaison_entity_matches (entity, self->needle);
}

void
liaison_entity_chooser_set_search (LiaisonEntityChooser *self,
                                   const char           *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_if_fail (LIAISON_IS_ENTITY_CHOOSER (self));

  g_clear_pointer (&self->needle, g_free);
  if (stripped[0] != '\0')
    self->needle = liaison_entity_fold_search (stripped);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

guint
liaison_entity_chooser_get_n_shown (LiaisonEntityChooser *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_CHOOSER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

/* Chooses the entity at @position among those shown. */
void
liaison_entity_chooser_choose (LiaisonEntityChooser *self,
                               guint                 position)
{
  g_autoptr(LiaisonEntity) entity = NULL;

  g_return_if_fail (LIAISON_IS_ENTITY_CHOOSER (self));

  entity = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (entity == NULL)
    return;

  g_signal_emit (self, signals[CHOSEN], 0, liaison_entity_get_index (entity));
  gtk_window_close (GTK_WINDOW (self));
}

static void
search_changed_cb (LiaisonEntityChooser *self,
                   GtkSearchEntry       *entry)
{
  liaison_entity_chooser_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter in the search takes the first match. */
static void
search_activate_cb (LiaisonEntityChooser *self,
                    GtkSearchEntry       *entry)
{
  liaison_entity_chooser_choose (self, 0);
}

static void
stop_search_cb (LiaisonEntityChooser *self,
                GtkSearchEntry       *entry)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
activate_cb (LiaisonEntityChooser *self,
             guint                 position,
             GtkListView          *list)
{
  liaison_entity_chooser_choose (self, position);
}

/* The entity's label, and its type below it, dimmed. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      if (i == 1)
        {
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_add_css_class (label, "dim-label");
        }
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  LiaisonEntity *entity = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  g_autofree char *type = NULL;

  g_object_get (entity, "type-label", &type, NULL);
  gtk_label_set_label (GTK_LABEL (label), liaison_entity_get_label (entity));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (label)), type != NULL ? type : "");
}

static void
liaison_entity_chooser_dispose (GObject *object)
{
  LiaisonEntityChooser *self = (LiaisonEntityChooser *)object;

  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (liaison_entity_chooser_parent_class)->dispose (object);
}

static void
liaison_entity_chooser_finalize (GObject *object)
{
  LiaisonEntityChooser *self = (LiaisonEntityChooser *)object;

  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (liaison_entity_chooser_parent_class)->finalize (object);
}

static void
liaison_entity_chooser_class_init (LiaisonEntityChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_entity_chooser_dispose;
  object_class->finalize = liaison_entity_chooser_finalize;

  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
liaison_entity_chooser_init (LiaisonEntityChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkSingleSelection *selection;

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 380, 460);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  /* The entity's name on a line of its own: in one title, a long name
   * or a longer language cut it off.
   */
  self->window_title = adw_window_title_new (_("Find Connections"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), self->window_title);

  self->entry = gtk_search_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  g_object_set (self->entry, "placeholder-text", _("Search entities"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search for the other entity"), -1);
  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "stop-search", G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_margin_start (self->entry, 12);
  gtk_widget_set_margin_end (self->entry, 12);
  gtk_widget_set_margin_top (self->entry, 6);
  gtk_widget_set_margin_bottom (self->entry, 6);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  self->list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory));
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list), TRUE);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entities"), -1);
  g_signal_connect_object (self->list, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->entry);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->entry), GTK_WIDGET (self));
}

/* Returns: (transfer none): a dialog over @parent to choose where a
 * connection from the entity @from goes; it is shown by the caller.
 */
LiaisonEntityChooser *
liaison_entity_chooser_new (GtkWindow      *parent,
                            LiaisonDataset *dataset,
                            guint           from)
{
  LiaisonEntityChooser *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (from < liaison_dataset_get_n_entities (dataset), NULL);

  self = g_object_new (LIAISON_TYPE_ENTITY_CHOOSER, "transient-for", parent, NULL);
  self->dataset = g_object_ref (dataset);
  self->from = from;
  gtk_filter_list_model_set_model (self->model, G_LIST_MODEL (dataset));

  /* TRANSLATORS: the title of the dialog that picks the other end of a
   * connection; the entity it starts from */
  title = g_strdup_printf (_("Find Connections From %s"),
                           liaison_entity_get_label (liaison_dataset_get_entity (dataset, from)));
  gtk_window_set_title (GTK_WINDOW (self), title);
  g_clear_pointer (&title, g_free);
  /* TRANSLATORS: under "Find Connections", the entity they start from */
  title = g_strdup_printf (_("From %s"), liaison_entity_get_label (liaison_dataset_get_entity (dataset, from)));
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->window_title), title);
  gtk_widget_grab_focus (self->entry);

  return self;
}

/* liaison-entity-table.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-entity-table"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "liaison-entity-table-private.h"

/* Measuring that ends sooner than this never shows its progress. */
#define PROGRESS_DELAY_MS 500

enum {
  PROP_0,
  PROP_ANALYSIS,
  PROP_STATE,
  N_PROPS
};

enum {
  NAVIGATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonEntityTable, liaison_entity_table, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static LiaisonViewState *
get_state (LiaisonEntityTable *self)
{
  return self->analysis != NULL ? liaison_analysis_get_state (self->analysis) : NULL;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  LiaisonEntityTable *self = user_data;
  LiaisonEntity *entity = item;
  LiaisonViewState *state = get_state (self);

  /* The rows are what is measured: what the view shows, or everything. */
  if (state != NULL && !liaison_analysis_get_whole_dataset (self->analysis) &&
      !liaison_view_state_is_entity_visible (state, liaison_entity_get_index (entity)))
    return FALSE;

  if (self->needle == NULL)
    return TRUE;

  if (liaison_entity_matches (entity, self->needle))
    return TRUE;

  {
    g_autofree char *id = liaison_entity_fold_search (liaison_entity_get_id (entity));

    return strstr (id, self->needle) != NULL;
  }
}

static void
update_summary (LiaisonEntityTable *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = self->dataset != NULL ? liaison_dataset_get_n_entities (self->dataset) : 0;
  LiaisonMetrics *metrics = liaison_entity_table_get_metrics (self);
  g_autofree char *rows = NULL;
  g_autofree char *text = NULL;

  /* TRANSLATORS: rows of the entity table, e.g. "12 of 40 entities" */
  rows = g_strdup_printf (ngettext ("%u of %u entity", "%u of %u entities", total), shown, total);
  if (metrics != NULL && liaison_metrics_get_n_components (metrics) > 1)
    {
      guint n = liaison_metrics_get_n_components (metrics);
      /* TRANSLATORS: how many unconnected parts the graph is in */
      g_autofree char *pieces = g_strdup_printf (ngettext ("%u piece", "%u pieces", n), n);

      /* TRANSLATORS: rows — pieces, e.g. "40 of 40 entities · 3 pieces" */
      text = g_strdup_printf (_("%s · %s"), rows, pieces);
    }
  else
    text = g_steal_pointer (&rows);

  if (metrics != NULL && liaison_metrics_is_estimate (metrics))
    {
      /* TRANSLATORS: betweenness and closeness were estimated from a sample */
      g_autofree char *estimated = g_strdup_printf (_("%s (estimated)"), text);

      g_free (text);
      text = g_steal_pointer (&estimated);
    }
  else if (self->cancelled)
    {
      /* TRANSLATORS: the numbers are not those of what is shown: measuring was cancelled */
      g_autofree char *unmeasured = g_strdup_printf (_("%s (not measured)"), text);

      g_free (text);
      text = g_steal_pointer (&unmeasured);
    }
  gtk_label_set_label (self->summary_label, text);
}

static void follow_selection (LiaisonEntityTable *self);
static void scroll_to        (LiaisonEntityTable *self,
                              guint               position);

static void
items_changed_cb (LiaisonEntityTable *self)
{
  update_summary (self);
}

/* The list keeps the row at its top in sight while the rows change, so
 * a new order would be seen from wherever that row went, and a list
 * filled a part at a time would show its first part while it is sorted.
 * Until the rows are in place the list shows none; then it shows the
 * selected row, or the top.
 */
static gboolean
attach_idle_cb (gpointer user_data)
{
  LiaisonEntityTable *self = user_data;

  self->attach_source = 0;
  /* A sort that started again ends with another call. */
  if (gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
      gtk_sort_list_model_get_pending (self->sort_model) > 0)
    return G_SOURCE_REMOVE;

  self->detached = FALSE;
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  follow_selection (self);

  return G_SOURCE_REMOVE;
}

static void
pending_cb (LiaisonEntityTable *self)
{
  /* Disposed: its columns go, which changes the sorter. */
  if (self->filter_model == NULL)
    return;

  if (!self->detached || gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
      gtk_sort_list_model_get_pending (self->sort_model) > 0)
    return;

  /* Not while the models are still telling what changed. */
  if (self->attach_source == 0)
    self->attach_source = g_idle_add (attach_idle_cb, self);
}

static void
order_changed_cb (LiaisonEntityTable *self)
{
  if (self->filter_model == NULL)
    return;

  if (!self->detached)
    {
      self->detached = TRUE;
      gtk_column_view_set_model (self->column_view, NULL);
    }
  pending_cb (self);
}

static void
scroll_to (LiaisonEntityTable *self,
           guint               position)
{
  /* GTK 4.8's column view has no scroll_to(); its list does. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* Selects and scrolls to the view state's selected entity, if a row. */
static void
follow_selection (LiaisonEntityTable *self)
{
  LiaisonViewState *state = get_state (self);
  LiaisonElementKind kind;
  guint index, n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint position = GTK_INVALID_LIST_POSITION;

  if (state != NULL && liaison_view_state_get_selection (state, &kind, &index) && kind == LIAISON_ELEMENT_ENTITY)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(LiaisonEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

        if (liaison_entity_get_index (entity) == index)
          {
            position = i;
            break;
          }
      }

  if (position == gtk_single_selection_get_selected (self->selection))
    return;

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;

  if (position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (self->column_view)))
    scroll_to (self, position);
}

static void
selected_cb (LiaisonEntityTable *self)
{
  LiaisonViewState *state = get_state (self);
  LiaisonEntity *entity;

  if (self->syncing || state == NULL)
    return;

  entity = gtk_single_selection_get_selected_item (self->selection);
  if (entity != NULL)
    liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, liaison_entity_get_index (entity));
}

static void
activate_cb (LiaisonEntityTable *self,
             guint               position)
{
  g_autoptr(LiaisonEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (entity == NULL || get_state (self) == NULL)
    return;

  liaison_view_state_select (get_state (self), LIAISON_ELEMENT_ENTITY, liaison_entity_get_index (entity));
  g_signal_emit (self, signals[NAVIGATE], 0, (int) LIAISON_ELEMENT_ENTITY, liaison_entity_get_index (entity));
}

static void
filter_changed_cb (LiaisonEntityTable *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->needle, g_free);
  if (stripped[0] != '\0')
    self->needle = liaison_entity_fold_search (stripped);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Every row again: the numbers changed, or what is measured. */
static void
reload_rows (LiaisonEntityTable *self)
{
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->dataset));
  liaison_entity_table_notify_sorters (self, TRUE);
  update_summary (self);
  order_changed_cb (self);
}

static void
update_pieces (LiaisonEntityTable *self)
{
  LiaisonMetrics *metrics = liaison_entity_table_get_metrics (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = metrics != NULL ? liaison_metrics_get_n_components (metrics) : 0;
  int piece = self->analysis != NULL ? liaison_analysis_get_piece (self->analysis) : -1;

  if (n > 1)
    {
      /* TRANSLATORS: the first choice of the pieces menu, e.g. "All 3 pieces" */
      g_autofree char *all = g_strdup_printf (ngettext ("All %u piece", "All %u pieces", n), n);

      gtk_string_list_append (names, all);
      for (guint i = 0; i < n; i++)
        {
          guint size = liaison_metrics_get_component_size (metrics, i);
          /* TRANSLATORS: a connected piece of the graph, e.g. "Piece 2 (14 entities)" */
          g_autofree char *name = g_strdup_printf (ngettext ("Piece %u (%u entity)", "Piece %u (%u entities)", size),
                                                   i + 1, size);

          gtk_string_list_append (names, name);
        }
    }

  self->updating_pieces = TRUE;
  gtk_drop_down_set_model (self->piece_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->piece_dropdown, piece >= 0 ? (guint) piece + 1 : 0);
  self->updating_pieces = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->piece_dropdown), n > 1);
}

static void
piece_selected_cb (LiaisonEntityTable *self)
{
  guint selected = gtk_drop_down_get_selected (self->piece_dropdown);

  if (self->updating_pieces || self->analysis == NULL)
    return;

  liaison_analysis_set_piece (self->analysis, selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                              ? -1 : (int) selected - 1);
}

static void
piece_changed_cb (LiaisonEntityTable *self)
{
  self->updating_pieces = TRUE;
  gtk_drop_down_set_selected (self->piece_dropdown, liaison_analysis_get_piece (self->analysis) + 1);
  self->updating_pieces = FALSE;
}

static void
metrics_changed_cb (LiaisonEntityTable *self)
{
  /* Measured after all, or anew. */
  self->cancelled = FALSE;
  update_pieces (self);
  reload_rows (self);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  LiaisonEntityTable *self = user_data;

  self->progress_timeout = 0;
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static void
computing_changed_cb (LiaisonEntityTable *self)
{
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (liaison_analysis_get_computing (self->analysis))
    {
      self->cancelled = FALSE;
      self->progress_timeout = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);
    }
  else
    gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  update_summary (self);
}

static void
progress_changed_cb (LiaisonEntityTable *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, liaison_analysis_get_progress (self->analysis));
}

static void
cancel_clicked_cb (LiaisonEntityTable *self)
{
  if (self->analysis != NULL && liaison_analysis_get_computing (self->analysis))
    {
      self->cancelled = TRUE;
      liaison_analysis_cancel (self->analysis);
    }
}

static void
visibility_changed_cb (LiaisonEntityTable *self)
{
  /* Rows follow what is visible at once; their numbers when measured. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
set_dataset (LiaisonEntityTable *self,
             LiaisonDataset     *dataset)
{
  if (dataset == self->dataset)
    return;

  g_set_object (&self->dataset, dataset);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      g_clear_pointer (&column->collate, g_strfreev);
      g_clear_pointer (&column->text, g_strfreev);
    }
  liaison_entity_table_rebuild_attribute_columns (self);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (dataset));
}

static void
state_changed_cb (LiaisonEntityTable *self)
{
  LiaisonViewState *state = get_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_set_object (&self->state, state);

  set_dataset (self, state != NULL ? liaison_view_state_get_dataset (state) : NULL);
  if (state != NULL)
    {
      g_signal_connect_object (state, "selection-changed", G_CALLBACK (follow_selection), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "visibility-changed", G_CALLBACK (visibility_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  update_pieces (self);
  update_summary (self);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(LiaisonEntityTable) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  GtkWidget *dialog;

  if (g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    return;

  /* The file as it was stays: it is replaced only once written whole. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("The Table Could Not Be Exported"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (LiaisonEntityTable   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GBytes) csv = liaison_entity_table_to_csv (self);

      g_file_replace_contents_bytes_async (file, csv, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                           write_cb, g_object_ref (self));
    }

  g_clear_object (&self->chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiaisonEntityTable *self = LIAISON_ENTITY_TABLE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export the Table"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("entities.csv"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
liaison_entity_table_dispose (GObject *object)
{
  LiaisonEntityTable *self = (LiaisonEntityTable *)object;

  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (self->analysis_owned != NULL)
    liaison_analysis_set_state (self->analysis_owned, NULL);
  liaison_entity_table_set_analysis (self, NULL);
  g_clear_object (&self->analysis_owned);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  /* Last: taking the columns away changes the sorter, which asks for one. */
  g_clear_handle_id (&self->attach_source, g_source_remove);

  G_OBJECT_CLASS (liaison_entity_table_parent_class)->dispose (object);
}

static void
liaison_entity_table_finalize (GObject *object)
{
  LiaisonEntityTable *self = (LiaisonEntityTable *)object;

  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (liaison_entity_table_parent_class)->finalize (object);
}

static void
liaison_entity_table_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiaisonEntityTable *self = LIAISON_ENTITY_TABLE (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      g_value_set_object (value, self->analysis);
      break;
    case PROP_STATE:
      g_value_set_object (value, get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_table_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiaisonEntityTable *self = LIAISON_ENTITY_TABLE (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      liaison_entity_table_set_analysis (self, g_value_get_object (value));
      break;
    case PROP_STATE:
      liaison_analysis_set_state (self->analysis, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_table_class_init (LiaisonEntityTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_entity_table_dispose;
  object_class->finalize = liaison_entity_table_finalize;
  object_class->get_property = liaison_entity_table_get_property;
  object_class->set_property = liaison_entity_table_set_property;

  /* The table measures what its state shows; the legend shares its
   * analysis.
   */
  properties[PROP_ANALYSIS] =
    g_param_spec_object ("analysis", NULL, NULL, LIAISON_TYPE_ANALYSIS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A row was activated: the window brings the entity into sight, as it
   * does for the details pane's "navigate".
   */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "table.export", NULL, export_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitytable");
}

static GtkWidget *
new_toolbar (LiaisonEntityTable *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *whole = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *whole_label = gtk_label_new_with_mnemonic (_("_Whole dataset"));
  GtkWidget *columns_popover = gtk_popover_new ();
  GtkWidget *export_button = gtk_button_new_from_icon_name ("document-save-symbolic");

  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);

  self->filter_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->filter_entry, "placeholder-text", _("Filter entities"), NULL);
  gtk_widget_set_size_request (GTK_WIDGET (self->filter_entry), 200, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter the table"), -1);
  g_signal_connect_object (self->filter_entry, "search-changed", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->filter_entry));

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_ellipsize (self->summary_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->summary_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->summary_label));

  self->piece_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->piece_dropdown), _("Show One Piece of the Graph"));
  gtk_widget_set_visible (GTK_WIDGET (self->piece_dropdown), FALSE);
  g_signal_connect_object (self->piece_dropdown, "notify::selected", G_CALLBACK (piece_selected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->piece_dropdown));

  self->whole_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->whole_switch), GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (whole_label), GTK_WIDGET (self->whole_switch));
  gtk_widget_set_tooltip_text (whole, _("Measure every entity, not only those the filters show"));
  gtk_box_append (GTK_BOX (whole), whole_label);
  gtk_box_append (GTK_BOX (whole), GTK_WIDGET (self->whole_switch));
  gtk_box_append (GTK_BOX (bar), whole);

  self->columns_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  gtk_popover_set_child (GTK_POPOVER (columns_popover), GTK_WIDGET (self->columns_box));
  self->columns_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->columns_button, "view-more-symbolic");
  gtk_menu_button_set_popover (self->columns_button, columns_popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->columns_button), _("Columns"));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->columns_button));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (export_button), "table.export");
  gtk_widget_set_tooltip_text (export_button, _("Export the Table as CSV"));
  gtk_box_append (GTK_BOX (bar), export_button);

  return bar;
}

static GtkWidget *
new_progress (LiaisonEntityTable *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Measuring the graph…"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress_bar), GTK_ALIGN_CENTER);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress_bar));
  gtk_box_append (GTK_BOX (box), cancel);

  self->progress_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->progress_revealer, box);
  return GTK_WIDGET (self->progress_revealer);
}

static void
liaison_entity_table_init (LiaisonEntityTable *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkSorter *sorter;
  Column *label;

  self->columns = g_ptr_array_new_with_free_func (liaison_entity_table_column_free);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), new_toolbar (self));
  gtk_box_append (GTK_BOX (self->box), new_progress (self));

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_reorderable (self->column_view, TRUE);
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entities and their metrics"), -1);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);

  label = liaison_entity_table_add_column (self, COLUMN_LABEL, _("Label"), NULL, TRUE);
  liaison_entity_table_add_column (self, COLUMN_ID, _("ID"), NULL, FALSE);
  liaison_entity_table_add_column (self, COLUMN_TYPE, _("Type"), NULL, TRUE);
  liaison_entity_table_add_column (self, COLUMN_DEGREE, liaison_metric_get_title (LIAISON_METRIC_DEGREE), NULL, TRUE);
  liaison_entity_table_add_column (self, COLUMN_BETWEENNESS, liaison_metric_get_title (LIAISON_METRIC_BETWEENNESS), NULL, TRUE);
  liaison_entity_table_add_column (self, COLUMN_CLOSENESS, liaison_metric_get_title (LIAISON_METRIC_CLOSENESS), NULL, FALSE);
  liaison_entity_table_add_column (self, COLUMN_PAGERANK, liaison_metric_get_title (LIAISON_METRIC_PAGERANK), NULL, TRUE);
  liaison_entity_table_add_column (self, COLUMN_COMMUNITY, _("Community"), NULL, TRUE);
  liaison_entity_table_add_column (self, COLUMN_PIECE, _("Piece"), NULL, FALSE);

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              sorter != NULL ? g_object_ref (sorter) : NULL);
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "notify::pending", G_CALLBACK (pending_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending", G_CALLBACK (pending_cb), self, G_CONNECT_SWAPPED);
  if (sorter != NULL)
    g_signal_connect_object (sorter, "changed", G_CALLBACK (order_changed_cb), self, G_CONNECT_SWAPPED);

  /* The most connected first: the question people come with. */
  gtk_column_view_sort_by_column (self->column_view,
                                  ((Column *) g_ptr_array_index (self->columns, COLUMN_DEGREE))->column,
                                  GTK_SORT_DESCENDING);
  (void) label;

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);

  update_summary (self);

  self->analysis_owned = liaison_analysis_new ();
  liaison_entity_table_set_analysis (self, self->analysis_owned);
}

GtkWidget *
liaison_entity_table_new (void)
{
  return g_object_new (LIAISON_TYPE_ENTITY_TABLE, NULL);
}

LiaisonAnalysis *
liaison_entity_table_get_analysis (LiaisonEntityTable *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_TABLE (self), NULL);

  return self->analysis;
}

void
liaison_entity_table_set_analysis (LiaisonEntityTable *self,
                                   LiaisonAnalysis    *analysis)
{
  g_return_if_fail (LIAISON_IS_ENTITY_TABLE (self));
  g_return_if_fail (analysis == NULL || LIAISON_IS_ANALYSIS (analysis));

  if (analysis == self->analysis)
    return;

  if (self->analysis != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->analysis, self);
      if (self->state != NULL)
        g_signal_handlers_disconnect_by_data (self->state, self);
      g_clear_object (&self->state);
      g_object_unref (self->analysis);
    }
  self->analysis = analysis != NULL ? g_object_ref (analysis) : NULL;

  if (analysis != NULL)
    {
      g_signal_connect_object (analysis, "notify::state", G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::metrics", G_CALLBACK (metrics_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::computing", G_CALLBACK (computing_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::progress", G_CALLBACK (progress_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::piece", G_CALLBACK (piece_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (analysis, "notify::whole-dataset", G_CALLBACK (visibility_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_object_bind_property (analysis, "whole-dataset", self->whole_switch, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      state_changed_cb (self);
    }
  else
    set_dataset (self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}

/* Returns: (transfer none): the rows shown, in the order shown. */
GListModel *
liaison_entity_table_get_rows (LiaisonEntityTable *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_TABLE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

GtkColumnView *
liaison_entity_table_get_column_view (LiaisonEntityTable *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_TABLE (self), NULL);

  return self->column_view;
}

void
liaison_entity_table_set_filter_text (LiaisonEntityTable *self,
                                      const char         *text)
{
  g_return_if_fail (LIAISON_IS_ENTITY_TABLE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text != NULL ? text : "");
  /* Now, not after the search entry's delay. */
  filter_changed_cb (self);
}


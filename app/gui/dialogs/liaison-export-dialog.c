/* liaison-export-dialog.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-display-text.h"
#include "liaison-export-dialog.h"
#include "liaison-view-state.h"

static const double resolutions[] = { 72, 144, 300 };

static const char *const format_descriptions[] = {
  N_("A drawing with text kept as text, for articles and Inkscape"),
  N_("An image"),
  N_("A document, for print"),
  N_("The graph with its positions, for Graphviz"),
  N_("A dataset of exactly what is shown, for Liaison"),
  N_("The graph with its positions and data, for yEd, NetworkX and igraph"),
  N_("The graph with its positions and data, for Gephi"),
  N_("Two tables, the relations and beside them the entities, for spreadsheets and Liaison"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (format_descriptions) == LIAISON_N_EXPORT_FORMATS);

struct _LiaisonExportDialog
{
  AdwWindow         parent_instance;

  /* template widgets */
  AdwComboRow      *format_row;
  AdwComboRow      *scope_row;
  AdwComboRow      *resolution_row;
  AdwActionRow     *selection_row;
  AdwActionRow     *dark_row;
  GtkSwitch        *selection_switch;
  GtkSwitch        *dark_switch;
  AdwPreferencesGroup *page_group;
  AdwComboRow      *page_row;
  AdwActionRow     *title_row;
  GtkSwitch        *title_switch;
  GtkSwitch        *legend_switch;
  GtkSwitch        *credits_switch;

  /* owned */
  LiaisonViewState *state;
  char             *suggested_name;

  /* the format the decoration switches were last set for */
  LiaisonExportFormat decorated_format;
};

enum {
  EXPORT,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonExportDialog, liaison_export_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static LiaisonExportFormat
get_format (LiaisonExportDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->format_row), LIAISON_N_EXPORT_FORMATS - 1);
}

static void
update_rows_cb (LiaisonExportDialog *self)
{
  LiaisonExportFormat format = get_format (self);
  gboolean drawing = format == LIAISON_EXPORT_SVG || format == LIAISON_EXPORT_PNG || format == LIAISON_EXPORT_PDF;
  gboolean selected = self->state != NULL && liaison_view_state_get_selection (self->state, NULL, NULL);
  gboolean filtered = self->state != NULL && !liaison_view_state_is_everything_visible (self->state);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), _(format_descriptions[format]));
  gtk_widget_set_visible (GTK_WIDGET (self->resolution_row), format == LIAISON_EXPORT_PNG);
  /* In light mode the screen's colours are the light ones. */
  gtk_widget_set_visible (GTK_WIDGET (self->dark_row),
                          drawing && adw_style_manager_get_dark (adw_style_manager_get_default ()));
  gtk_widget_set_visible (GTK_WIDGET (self->selection_row), drawing && selected);

  /* Each format starts from its own defaults: a PDF with title, legend
   * and credits, an SVG or a PNG without.
   */
  gtk_widget_set_visible (GTK_WIDGET (self->page_group), drawing);
  if (drawing && format != self->decorated_format)
    {
      LiaisonDecorations decorations = liaison_decorations_default (format);

      gtk_switch_set_active (self->title_switch, (decorations & LIAISON_DECORATION_TITLE) != 0);
      gtk_switch_set_active (self->legend_switch, (decorations & LIAISON_DECORATION_LEGEND) != 0);
      gtk_switch_set_active (self->credits_switch, (decorations & LIAISON_DECORATION_CREDITS) != 0);
      self->decorated_format = format;
    }

  /* Only a filtered view differs from the whole graph, which then needs a
   * layout of its own.
   */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_row), filtered);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scope_row),
                               !filtered ? _("Nothing is hidden: the view is the whole graph")
                               : adw_combo_row_get_selected (self->scope_row) == 1
                               ? _("Lays the whole graph out again, with the same engine")
                               : _("What the type filters leave visible"));
}

/* What the rows say now: the options an export would be made with, and
 * whether it is of the whole graph rather than the view.
 */
gboolean
liaison_export_dialog_get_options (LiaisonExportDialog  *self,
                                   LiaisonExportOptions *options)
{
  g_return_val_if_fail (LIAISON_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  liaison_export_options_init (options, get_format (self));
  options->dpi = resolutions[MIN (adw_combo_row_get_selected (self->resolution_row), G_N_ELEMENTS (resolutions) - 1)];
  options->keep_selection = gtk_widget_get_visible (GTK_WIDGET (self->selection_row)) &&
                            gtk_switch_get_active (self->selection_switch) &&
                            liaison_view_state_get_selection (self->state, &options->selection_kind,
                                                              &options->selection_index);
  options->dark = gtk_widget_get_visible (GTK_WIDGET (self->dark_row)) && gtk_switch_get_active (self->dark_switch);
  if (liaison_export_format_is_drawing (options->format))
    {
      options->page = MIN (adw_combo_row_get_selected (self->page_row), LIAISON_N_PAGES - 1);
      options->decorations = (gtk_switch_get_active (self->title_switch) ? LIAISON_DECORATION_TITLE : 0) |
                             (gtk_switch_get_active (self->legend_switch) ? LIAISON_DECORATION_LEGEND : 0) |
                             (gtk_switch_get_active (self->credits_switch) ? LIAISON_DECORATION_CREDITS : 0);
    }

  return gtk_widget_get_sensitive (GTK_WIDGET (self->scope_row)) &&
         adw_combo_row_get_selected (self->scope_row) == 1;
}

static void
save_response_cb (GtkNativeDialog     *chooser,
                  int                  response,
                  LiaisonExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  LiaisonExportOptions options;
  gboolean whole_graph;

  if (response != GTK_RESPONSE_ACCEPT ||
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    {
      g_object_unref (chooser);
      return;
    }

  whole_graph = liaison_export_dialog_get_options (self, &options);
  g_signal_emit (self, signals[EXPORT], 0, file, &options, whole_graph);

  g_object_unref (chooser);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
export_clicked_cb (LiaisonExportDialog *self)
{
  LiaisonExportFormat format = get_format (self);
  g_autofree char *name = g_strdup_printf ("%s.%s", self->suggested_name, liaison_export_format_to_string (format));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
liaison_export_dialog_dispose (GObject *object)
{
  LiaisonExportDialog *self = (LiaisonExportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->state);
  g_clear_pointer (&self->suggested_name, g_free);

  G_OBJECT_CLASS (liaison_export_dialog_parent_class)->dispose (object);
}

static void
liaison_export_dialog_class_init (LiaisonExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_export_dialog_dispose;

  signals[EXPORT] =
    g_signal_new ("export",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_FILE, G_TYPE_POINTER, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, selection_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, dark_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, selection_switch);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, dark_switch);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, page_group);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, page_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, title_switch);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, LiaisonExportDialog, credits_switch);
  gtk_widget_class_bind_template_callback (widget_class, update_rows_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
liaison_export_dialog_init (LiaisonExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->decorated_format = LIAISON_N_EXPORT_FORMATS;

  /* Chosen here, once the row has its items: a "selected" in the .ui is
   * set before the model and lost, which left PNGs at 72 dpi.
   */
  for (guint i = 0; i < G_N_ELEMENTS (resolutions); i++)
    if (resolutions[i] == LIAISON_DEFAULT_PNG_DPI)
      adw_combo_row_set_selected (self->resolution_row, i);
}

LiaisonExportDialog *
liaison_export_dialog_new (GtkWindow        *parent,
                           LiaisonViewState *state,
                           const char       *suggested_name)
{
  LiaisonExportDialog *self;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), NULL);

  self = g_object_new (LIAISON_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->state = g_object_ref (state);
  self->suggested_name = g_strdup (suggested_name != NULL && suggested_name[0] != '\0' ? suggested_name : "graph");
  gtk_switch_set_active (self->selection_switch, TRUE);

  {
    const char *title = liaison_dataset_get_title (liaison_view_state_get_dataset (state));

    if (title != NULL && title[0] != '\0')
      {
        g_autofree char *shown = liaison_display_text (title);

        adw_action_row_set_subtitle (self->title_row, shown);
      }
    else
      {
        adw_action_row_set_subtitle (self->title_row, _("The dataset has no title"));
        gtk_widget_set_sensitive (GTK_WIDGET (self->title_row), FALSE);
      }
  }
  update_rows_cb (self);

  return self;
}

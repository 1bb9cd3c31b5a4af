/* liaison-window-actions.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-export-dialog.h"
#include "liaison-layout.h"
#include "liaison-window-private.h"

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  LiaisonWindow *self = user_data;

  /* Two files picked together are a CSV edge list and its node table. */
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      liaison_window_open_files (self, files);
    }

  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  GtkFileChooserNative *dialog;
  static const char *const graph_suffixes[] = {
    "json", "graphml", "gexf", "csv", "tsv", "dot", "gv", "cyjs", "jgf", "xml", "liaison",
  };
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);

  /* Every format Liaison reads; the content decides how it is read. */
  gtk_file_filter_set_name (json_filter, _("Datasets, Graphs and Investigations"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  for (guint i = 0; i < G_N_ELEMENTS (graph_suffixes); i++)
    gtk_file_filter_add_suffix (json_filter, graph_suffixes[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json_filter);

  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all_filter);

  if (self->file != NULL && g_file_has_uri_scheme (self->file, "file"))
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  liaison_window_open (LIAISON_WINDOW (widget), file);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  liaison_window_open_bundled (LIAISON_WINDOW (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  liaison_window_cancel (LIAISON_WINDOW (widget));
}

static void
relayout_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  liaison_window_relayout_afresh (LIAISON_WINDOW (widget));
}

static void
show_error_details_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  GtkWidget *dialog;

  if (self->error_details == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), self->error_title, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), self->error_details);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  liaison_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "entities");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_bar));
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  if (self->state != NULL)
    liaison_view_state_clear_selection (self->state);
}

/* Escape stops a file that is opening, a dataset or an investigation
 * still being read, as the progress bar's Cancel does; otherwise it
 * clears the selection. A layout is not stopped by it: one starts with
 * every change of filter, and Escape then means the selection.
 */
static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  if (liaison_window_cancel_opening (self))
    return TRUE;
  if (self->state == NULL || !liaison_view_state_get_selection (self->state, NULL, NULL))
    return FALSE;

  liaison_view_state_clear_selection (self->state);
  return TRUE;
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonGraphView *view = self->graph_view;

  /* Buttons outside the canvas reach its actions through the window:
   * win.zoom-in is the view's view.zoom-in, and so on.
   */
  if (g_str_equal (action_name, "win.back"))
    liaison_graph_view_go_back (view);
  else if (g_str_equal (action_name, "win.forward"))
    liaison_graph_view_go_forward (view);
  else
    {
      g_autofree char *name = g_strconcat ("view.", action_name + strlen ("win."), NULL);

      gtk_widget_activate_action (GTK_WIDGET (view), name, NULL);
    }
}

typedef struct
{
  LiaisonWindow        *self;
  GFile                *file;
  GCancellable         *cancellable;
  LiaisonExportOptions  options;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
open_export_action_cb (AdwToast *toast,
                       gpointer  user_data)
{
  GFile *file = user_data;
  g_autofree char *uri = g_file_get_uri (file);
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "window");

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  LiaisonWindow *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (job->file);
  g_autofree char *title = NULL;
  gboolean written;
  AdwToast *toast;

  written = liaison_export_to_file_finish (result, &error);

  /* A newer export took this one's place, or the window is closing. */
  if (job->cancellable != self->export_cancellable)
    return;
  g_clear_object (&self->export_cancellable);

  if (!written)
    {
      liaison_window_show_toast (self, liaison_window_new_toast (error->message));
      return;
    }

  /* TRANSLATORS: a file was written */
  title = g_strdup_printf (_("Exported “%s”"), basename);
  toast = liaison_window_new_toast (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data (G_OBJECT (toast), "window", self);
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (job->file), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_export_action_cb), job->file);
  liaison_window_show_toast (self, toast);
}

/* The whole graph's layout for an export is over, or gone. */
static void
end_export_layout (LiaisonWindow *self)
{
  if (!self->export_laying_out)
    return;

  self->export_laying_out = FALSE;
  if (self->layout_cancellable == NULL)
    liaison_window_stop_progress (self);
  liaison_window_notify_loading (self);
}

static void
write_export (ExportJob    *job,
              LiaisonScene *scene)
{
  liaison_export_to_file_async (scene, &job->options, job->file, job->cancellable, exported_cb, job);
}

static void
whole_graph_laid_out_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  LiaisonWindow *self = job->self;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  scene = liaison_layout_finish (result, &error);

  /* A newer export took this one's place, or the window is closing. */
  if (job->cancellable != self->export_cancellable)
    return;

  end_export_layout (self);
  if (scene == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        liaison_window_show_toast (self, liaison_window_new_toast (error->message));
      g_clear_object (&self->export_cancellable);
      return;
    }

  write_export (g_steal_pointer (&job), scene);
}

static void
dialog_export_cb (LiaisonExportDialog        *dialog,
                  GFile                      *file,
                  const LiaisonExportOptions *options,
                  gboolean                    whole_graph,
                  LiaisonWindow              *self)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  LiaisonScene *scene = liaison_graph_view_get_scene (self->graph_view);
  LiaisonLayoutEngine engine = LIAISON_LAYOUT_ENGINE_AUTO;
  LiaisonScene *whole = self->whole_scene;

  /* A new export replaces the one under way. */
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  self->export_cancellable = g_cancellable_new ();
  end_export_layout (self);

  job->self = g_object_ref (self);
  job->file = g_object_ref (file);
  job->cancellable = g_object_ref (self->export_cancellable);
  job->options = *options;

  /* The whole graph, when filters hide part of it, as it was on screen
   * before they did; failing that (another engine since), a layout of its
   * own by the engine that made the view's.
   */
  if (whole_graph && !liaison_view_state_is_everything_visible (self->state))
    {
      if (whole != NULL && g_strcmp0 (liaison_scene_get_engine (whole), liaison_scene_get_engine (scene)) == 0)
        scene = whole;
      else
        scene = NULL;
    }

  if (scene != NULL)
    {
      write_export (job, scene);
      return;
    }

  self->export_laying_out = TRUE;
  liaison_window_start_progress (self, _("Laying the whole graph out for export…"), TRUE);
  liaison_window_notify_loading (self);
  liaison_layout_engine_from_string (liaison_scene_get_engine (liaison_graph_view_get_scene (self->graph_view)),
                                     &engine);
  liaison_layout_async (self->dataset, NULL, engine, liaison_window_get_layout_timeout (self),
                        self->export_cancellable, whole_graph_laid_out_cb, job);
}

static char *
suggest_name (LiaisonWindow *self)
{
  const char *title = liaison_dataset_get_title (self->dataset);
  g_autofree char *name = NULL;

  if (title == NULL && self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL)
        *dot = '\0';
      return g_steal_pointer (&basename);
    }

  /* A title makes a file name, once nothing in it can be a path. */
  name = g_strdup (title != NULL ? title : "graph");
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autofree char *name = NULL;
  LiaisonExportDialog *dialog;

  if (self->state == NULL || liaison_graph_view_get_scene (self->graph_view) == NULL)
    return;

  name = suggest_name (self);
  dialog = liaison_export_dialog_new (GTK_WINDOW (self), self->state, name);
  g_signal_connect_object (dialog, "export", G_CALLBACK (dialog_export_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
liaison_window_update_actions (LiaisonWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_scene = liaison_graph_view_get_scene (self->graph_view) != NULL;

  gtk_widget_action_set_enabled (widget, "win.back", liaison_graph_view_can_go_back (self->graph_view));
  gtk_widget_action_set_enabled (widget, "win.forward", liaison_graph_view_can_go_forward (self->graph_view));
  gtk_widget_action_set_enabled (widget, "win.zoom-in", has_scene);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", has_scene);
  gtk_widget_action_set_enabled (widget, "win.zoom-actual", has_scene);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", has_scene);
  gtk_widget_action_set_enabled (widget, "win.relayout", self->dataset != NULL);
  gtk_widget_action_set_enabled (widget, "win.cancel", liaison_window_get_loading (self));
  gtk_widget_action_set_enabled (widget, "win.clear-selection",
                                 self->state != NULL && liaison_view_state_get_selection (self->state, NULL, NULL));
  gtk_widget_action_set_enabled (widget, "win.export", has_scene);
  /* An investigation names its dataset's file. */
  gtk_widget_action_set_enabled (widget, "win.save-investigation", self->state != NULL && self->file != NULL);
  gtk_widget_action_set_enabled (widget, "win.save-investigation-as", self->state != NULL && self->file != NULL);
}

void
liaison_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.relayout", NULL, relayout_action);
  gtk_widget_class_install_action (widget_class, "win.show-error-details", NULL, show_error_details_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-actual", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, view_action);

  /* Ctrl+O, Ctrl+E, Ctrl+F and Ctrl+R are the application's accelerators,
   * so that the shortcuts window lists them.
   */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.forward", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

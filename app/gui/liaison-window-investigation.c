/* liaison-window-investigation.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saved investigations in the window: Save Investigation writes what is
 * on screen (the view, where entities stand, the camera, the engine, the
 * notes) beside the dataset's path and checksum; opening one reads its
 * dataset and puts the view back. A dataset that is not where the
 * investigation says offers "Locate Dataset…"; one that changed since is
 * restored as far as it matches, and the rest is listed. Whatever fails,
 * what the window had open stays. The file itself is the core's
 * (liaison-investigation.c).
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-investigation.h"
#include "liaison-window-private.h"

#define INVESTIGATION_KEY "liaison-investigation"

typedef struct
{
  GFile        *file;           /* the investigation open, or last saved: where Save writes */
  GCancellable *cancellable;    /* reading one */
  gulong        scene_handler;  /* puts the camera back on the first layout */
  LiaisonCamera camera;

  /* An investigation whose dataset is to be located, and the dialog
   * that asks for it (weak).
   */
  LiaisonInvestigation *pending;
  GFile        *pending_file;
  gboolean      pending_nodes;  /* it is the node table that is to be located */
  GtkWidget    *missing_dialog;
} Investigation;

struct _LiaisonRestore
{
  LiaisonInvestigation *investigation;
  GFile                *file;      /* where it was read from */
  GFile                *changed;   /* the dataset or node table whose bytes are not those saved, or NULL */
};

void
liaison_restore_free (LiaisonRestore *restore)
{
  g_clear_object (&restore->investigation);
  g_clear_object (&restore->file);
  g_clear_object (&restore->changed);
  g_free (restore);
}

static void
investigation_free (Investigation *data)
{
  if (data->cancellable != NULL)
    g_cancellable_cancel (data->cancellable);
  g_clear_object (&data->cancellable);
  g_clear_object (&data->file);
  g_clear_object (&data->pending);
  g_clear_object (&data->pending_file);
  g_free (data);
}

static Investigation *
get_data (LiaisonWindow *self)
{
  Investigation *data = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);

  if (data == NULL)
    {
      data = g_new0 (Investigation, 1);
      g_object_set_data_full (G_OBJECT (self), INVESTIGATION_KEY, data, (GDestroyNotify) investigation_free);
    }
  return data;
}

static char *
dup_shown_path (GFile *file)
{
  return g_file_is_native (file) ? g_file_get_path (file) : g_file_get_uri (file);
}

/* A message from the core names the file first ("x.liaison: …"); the
 * toast that quotes the file goes without.
 */
static const char *
skip_name (const char *message,
           const char *name)
{
  gsize length = strlen (name);

  if (strncmp (message, name, length) == 0 && message[length] == ':')
    return message + length + 1 + (message[length + 1] == ' ');
  return message;
}

static void
show_failure (LiaisonWindow *self,
              gboolean       saving,
              GFile         *file,
              const GError  *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  const char *reason = skip_name (error->message, basename);
  /* TRANSLATORS: the investigation's file name, then why */
  g_autofree char *text = saving ? g_strdup_printf (_("Could not save “%s”: %s"), basename, reason)
                                 : g_strdup_printf (_("Could not open “%s”: %s"), basename, reason);
  AdwToast *toast = liaison_window_new_toast (text);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  liaison_window_show_toast (self, toast);
}

/* An investigation is opened again from the recent menu, as a dataset is. */
static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = NULL;

  if (!g_file_has_uri_scheme (file, "file"))
    return;

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Saving */

typedef struct
{
  LiaisonInvestigation *investigation;
  GFile                *dataset;
  GFile                *nodes;          /* the edge list's node table, or NULL */
  GFile                *destination;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->investigation);
  g_clear_object (&data->dataset);
  g_clear_object (&data->nodes);
  g_clear_object (&data->destination);
  g_free (data);
}

/* The dataset's checksum is of its bytes on disk, read here; the view
 * was taken on the main thread and is this task's alone.
 */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autofree char *checksum = NULL;
  g_autoptr(GError) error = NULL;

  checksum = liaison_investigation_checksum_file (data->dataset, cancellable, &error);
  if (checksum == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  liaison_investigation_set_dataset (data->investigation, data->dataset, checksum);

  /* The node table holds the entities' attributes: without it, an edge
   * list opened again would be a different dataset.
   */
  if (data->nodes != NULL)
    {
      g_autofree char *nodes_checksum = liaison_investigation_checksum_file (data->nodes, cancellable, &error);

      if (nodes_checksum == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      liaison_investigation_set_nodes (data->investigation, data->nodes, nodes_checksum);
    }

  if (!liaison_investigation_save (data->investigation, data->destination, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (data->destination);
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_failure (self, TRUE, data->destination, error);
      return;
    }

  g_set_object (&get_data (self)->file, data->destination);
  add_to_recent (data->destination);
  /* TRANSLATORS: the investigation's file name */
  text = g_strdup_printf (_("Investigation saved as “%s”"), basename);
  liaison_window_show_toast (self, liaison_window_new_toast (text));
}

/* Saves what the window shows now as an investigation at @file. */
void
liaison_window_save_investigation (LiaisonWindow *self,
                                   GFile         *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *engine = NULL;
  LiaisonCamera camera;
  gboolean has_camera;
  SaveData *data;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->state == NULL || self->file == NULL)
    return;

  /* A view not yet drawn has no zoom (0), which no investigation holds:
   * the camera is left out, and the layout is fitted to the window.
   */
  has_camera = liaison_graph_view_get_scene (self->graph_view) != NULL &&
               liaison_graph_view_get_zoom (self->graph_view) > 0;
  if (has_camera)
    {
      liaison_graph_view_get_center (self->graph_view, &camera.x, &camera.y);
      camera.zoom = liaison_graph_view_get_zoom (self->graph_view);
    }
  engine = g_strdup (liaison_layout_engine_to_string (liaison_window_get_engine (self)));

  data = g_new0 (SaveData, 1);
  data->investigation = liaison_investigation_new_from_view (self->state, self->positions,
                                                             has_camera ? &camera : NULL, engine);
  data->dataset = g_object_ref (self->file);
  data->nodes = self->nodes_file != NULL ? g_object_ref (self->nodes_file) : NULL;
  data->destination = g_object_ref (file);

  task = g_task_new (self, NULL, saved_cb, NULL);
  g_task_set_source_tag (task, liaison_window_save_investigation);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  LiaisonWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;

      /* Saved as an investigation, so named as one, whatever was typed. */
      if (basename != NULL && !g_str_has_suffix (basename, LIAISON_INVESTIGATION_EXTENSION))
        {
          g_autoptr(GFile) folder = g_file_get_parent (file);
          g_autofree char *named = g_strconcat (basename, LIAISON_INVESTIGATION_EXTENSION, NULL);

          g_clear_object (&file);
          file = g_file_get_child (folder, named);
        }
      if (file != NULL)
        liaison_window_save_investigation (self, file);
    }

  g_object_unref (dialog);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  Investigation *data = get_data (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->state == NULL || self->file == NULL)
    return;

  /* Save writes over the investigation open, once there is one. */
  if (g_str_equal (action_name, "win.save-investigation") && data->file != NULL)
    {
      liaison_window_save_investigation (self, data->file);
      return;
    }

  dialog = gtk_file_chooser_native_new (_("Save Investigation"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("Liaison Investigations"));
  gtk_file_filter_add_suffix (filter, LIAISON_INVESTIGATION_EXTENSION + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  if (data->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), data->file, NULL);
  else
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = basename != NULL ? strrchr (basename, '.') : NULL;
      g_autoptr(GFile) folder = g_file_is_native (self->file) ? g_file_get_parent (self->file) : NULL;

      if (dot != NULL && dot != basename)
        *dot = '\0';
      name = g_strconcat (basename != NULL ? basename : "investigation", LIAISON_INVESTIGATION_EXTENSION, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Opening */

typedef struct
{
  GFile                *file;
  LiaisonInvestigation *investigation;   /* read, or to be read when NULL */
  char                 *checksum;        /* of the dataset as it is now */
  char                 *nodes_checksum;  /* of its node table, if it has one */
  GFile                *unreadable;      /* the dataset or node table that cannot be read */
  GError               *dataset_error;   /* why */
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->investigation);
  g_clear_pointer (&data->checksum, g_free);
  g_clear_pointer (&data->nodes_checksum, g_free);
  g_clear_object (&data->unreadable);
  g_clear_error (&data->dataset_error);
  g_free (data);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *data = task_data;
  g_autofree char *basename = g_file_get_basename (data->file);
  GError *error = NULL;
  GFile *dataset;
  GFile *nodes;

  if (data->investigation == NULL)
    {
      data->investigation = liaison_investigation_load (data->file, basename, cancellable, &error);
      if (data->investigation == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  /* Only a regular file is read: the checksum refuses anything else. */
  dataset = liaison_investigation_get_dataset_file (data->investigation);
  nodes = liaison_investigation_get_nodes_file (data->investigation);
  data->checksum = liaison_investigation_checksum_file (dataset, cancellable, &data->dataset_error);
  if (data->checksum == NULL)
    data->unreadable = g_object_ref (dataset);
  else if (nodes != NULL)
    {
      data->nodes_checksum = liaison_investigation_checksum_file (nodes, cancellable, &data->dataset_error);
      if (data->nodes_checksum == NULL)
        {
          g_clear_pointer (&data->checksum, g_free);
          data->unreadable = g_object_ref (nodes);
        }
    }
  g_task_return_boolean (task, TRUE);
}

static void read_investigation (LiaisonWindow        *self,
                                GFile                *file,
                                LiaisonInvestigation *investigation);

static void
forget_pending (Investigation *data)
{
  g_clear_object (&data->pending);
  g_clear_object (&data->pending_file);
}

static void
locate_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  LiaisonWindow *self = user_data;
  g_autoptr(GFile) dataset = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    dataset = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (dataset == NULL || !liaison_window_locate_dataset (self, dataset))
    forget_pending (get_data (self));

  g_object_unref (dialog);
}

static void
missing_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  LiaisonWindow *self = user_data;
  Investigation *data = get_data (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = NULL;

  if (g_strcmp0 (response, "locate") != 0 || data->pending_file == NULL)
    {
      forget_pending (data);
      return;
    }

  chooser = gtk_file_chooser_native_new (data->pending_nodes ? _("Locate Node Table") : _("Locate Dataset"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  folder = g_file_get_parent (data->pending_file);
  if (folder != NULL && g_file_is_native (folder))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (locate_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The user found the dataset of the investigation that asked for it, at
 * @dataset (or its node table, when that was what was missing): it is
 * checked as before and, if it will do, opened and the view restored.
 * FALSE when no investigation is waiting for one.
 */
gboolean
liaison_window_locate_dataset (LiaisonWindow *self,
                               GFile         *dataset)
{
  Investigation *data;
  g_autoptr(LiaisonInvestigation) investigation = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dataset), FALSE);

  data = get_data (self);
  if (data->pending == NULL)
    return FALSE;

  investigation = g_steal_pointer (&data->pending);
  file = g_steal_pointer (&data->pending_file);
  if (data->missing_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (data->missing_dialog));

  if (data->pending_nodes)
    {
      g_autofree char *checksum = g_strdup (liaison_investigation_get_nodes_checksum (investigation));

      liaison_investigation_set_nodes (investigation, dataset, checksum);
    }
  else
    liaison_investigation_locate_dataset (investigation, dataset);
  read_investigation (self, file, investigation);
  return TRUE;
}

/* The dataset is not there, or not a file: say which path, and offer to
 * find it.
 */
static void
show_missing (LiaisonWindow *self,
              ReadData      *data)
{
  g_autofree char *basename = g_file_get_basename (data->file);
  g_autofree char *path = dup_shown_path (data->unreadable);
  g_autofree char *body = NULL;
  Investigation *investigation = get_data (self);
  gboolean nodes = data->unreadable == liaison_investigation_get_nodes_file (data->investigation);
  const char *heading;
  GtkWidget *dialog;

  /* The path on a line of its own, where it reads whole. */
  if (g_error_matches (data->dataset_error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_DATASET_MISSING))
    {
      heading = nodes ? _("Node Table Not Found") : _("Dataset Not Found");
      /* TRANSLATORS: the investigation's file name, then its dataset's path */
      body = nodes ? g_strdup_printf (_("“%s” is an investigation of a CSV edge list whose node table is not there:\n%s\n"
                                        "Locate the node table to restore the investigation."), basename, path)
                   : g_strdup_printf (_("“%s” is an investigation of a dataset that is not there:\n%s\n"
                                        "Locate the dataset to restore the investigation."), basename, path);
    }
  else if (g_error_matches (data->dataset_error, LIAISON_INVESTIGATION_ERROR,
                            LIAISON_INVESTIGATION_ERROR_DATASET_NOT_FILE))
    {
      heading = nodes ? _("Node Table Is Not a File") : _("Dataset Is Not a File");
      body = nodes ? g_strdup_printf (_("“%s” names as its node table what is not a regular file, so it is not read:\n%s\n"
                                        "Locate the node table to restore the investigation."), basename, path)
                   : g_strdup_printf (_("“%s” names as its dataset what is not a regular file, so it is not read:\n%s\n"
                                        "Locate the dataset to restore the investigation."), basename, path);
    }
  else
    {
      heading = nodes ? _("Node Table Cannot Be Read") : _("Dataset Cannot Be Read");
      /* TRANSLATORS: the investigation, its dataset's path, and why */
      body = nodes ? g_strdup_printf (_("“%s” names a node table that cannot be read:\n%s\n%s"), basename, path,
                                      data->dataset_error->message)
                   : g_strdup_printf (_("“%s” names a dataset that cannot be read:\n%s\n%s"), basename, path,
                                      data->dataset_error->message);
    }

  /* Heading and body are plain text: paths may hold "<" or "&". */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  gtk_widget_set_name (dialog, "dataset-missing-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "locate", nodes ? _("_Locate Node Table…") : _("_Locate Dataset…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "locate", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "locate");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_set_object (&investigation->pending, data->investigation);
  g_set_object (&investigation->pending_file, data->file);
  investigation->pending_nodes = nodes;
  if (investigation->missing_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (investigation->missing_dialog));
  investigation->missing_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &investigation->missing_dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (missing_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  ReadData *data = g_task_get_task_data (G_TASK (result));
  Investigation *investigation = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);
  g_autoptr(GError) error = NULL;
  const char *saved_checksum;
  const char *saved_nodes_checksum;
  LiaisonRestore *restore;

  /* A newer opening, a cancel, or the closing window came first. */
  if (investigation == NULL || g_task_get_cancellable (G_TASK (result)) != investigation->cancellable)
    return;
  g_clear_object (&investigation->cancellable);
  liaison_window_stop_progress (self);
  liaison_window_notify_loading (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, FALSE, data->file, error);
      return;
    }

  if (data->checksum == NULL)
    {
      show_missing (self, data);
      return;
    }

  restore = g_new0 (LiaisonRestore, 1);
  restore->investigation = g_object_ref (data->investigation);
  restore->file = g_object_ref (data->file);
  /* The file that changed is the one the user is told of. */
  saved_checksum = liaison_investigation_get_checksum (data->investigation);
  saved_nodes_checksum = liaison_investigation_get_nodes_checksum (data->investigation);
  if (saved_checksum != NULL && g_strcmp0 (saved_checksum, data->checksum) != 0)
    restore->changed = g_object_ref (liaison_investigation_get_dataset_file (data->investigation));
  else if (saved_nodes_checksum != NULL && g_strcmp0 (saved_nodes_checksum, data->nodes_checksum) != 0)
    restore->changed = g_object_ref (liaison_investigation_get_nodes_file (data->investigation));
  liaison_window_open_for_restore (self, liaison_investigation_get_dataset_file (data->investigation),
                                   liaison_investigation_get_nodes_file (data->investigation), restore);
}

static void
read_investigation (LiaisonWindow        *self,
                    GFile                *file,
                    LiaisonInvestigation *investigation)
{
  Investigation *data = get_data (self);
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *message = NULL;
  ReadData *read;

  if (data->cancellable != NULL)
    g_cancellable_cancel (data->cancellable);
  g_clear_object (&data->cancellable);
  data->cancellable = g_cancellable_new ();

  /* TRANSLATORS: shown while a file loads */
  message = g_strdup_printf (_("Opening “%s”…"), basename);
  liaison_window_start_progress (self, message, TRUE);

  read = g_new0 (ReadData, 1);
  read->file = g_object_ref (file);
  read->investigation = investigation != NULL ? g_object_ref (investigation) : NULL;

  task = g_task_new (self, data->cancellable, read_cb, NULL);
  g_task_set_source_tag (task, read_investigation);
  g_task_set_task_data (task, read, (GDestroyNotify) read_data_free);
  g_task_run_in_thread (task, read_thread);
  liaison_window_notify_loading (self);
}

/* Whether an investigation is being read, before its dataset is. */
gboolean
liaison_window_is_reading_investigation (LiaisonWindow *self)
{
  Investigation *data = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);

  return data != NULL && data->cancellable != NULL;
}

/* The user cancelled (Escape, or the progress bar's Cancel) while an
 * investigation was being read: it is dropped, and what was open stays.
 * FALSE when none was being read.
 */
gboolean
liaison_window_cancel_investigation (LiaisonWindow *self)
{
  Investigation *data = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);

  if (data == NULL || data->cancellable == NULL)
    return FALSE;

  g_cancellable_cancel (data->cancellable);
  g_clear_object (&data->cancellable);
  liaison_window_stop_progress (self);
  liaison_window_set_status_message (self, _("Opening was cancelled"));
  liaison_window_notify_loading (self);
  return TRUE;
}

/* Reads the investigation @file, then its dataset, then puts its view
 * back (liaison_window_investigation_loaded()).
 */
void
liaison_window_open_investigation (LiaisonWindow *self,
                                   GFile         *file)
{
  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  read_investigation (self, file, NULL);
}

/* Restoring */

static void
scene_cb (LiaisonWindow    *self,
          GParamSpec       *pspec,
          LiaisonGraphView *view)
{
  Investigation *data = get_data (self);

  if (liaison_graph_view_get_scene (view) == NULL)
    return;

  g_clear_signal_handler (&data->scene_handler, view);
  liaison_graph_view_set_view (view, data->camera.x, data->camera.y, data->camera.zoom);
}

/* The list's width in the message dialog (about 290 pixels; a little
 * less, so that no line is cut off), and the most it shows before it
 * scrolls.
 */
#define MISMATCH_LIST_WIDTH  260
#define MISMATCH_LIST_HEIGHT 280

static GtkWidget *
new_mismatch_list (GPtrArray *mismatches)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  int natural = 0;

  gtk_widget_set_name (list, "investigation-mismatches");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < mismatches->len; i++)
    {
      /* Ids from the file are text, never markup. */
      GtkWidget *label = gtk_label_new (g_ptr_array_index (mismatches, i));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }

  /* The message dialog gives its extra child no more than it asks for at
   * the least, which cut the list after three lines with nothing to say
   * that more were below: it asks for all of it, up to a height that
   * still fits a small window, and scrolls beyond.
   */
  gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, MISMATCH_LIST_WIDTH, NULL, &natural, NULL, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (natural, MISMATCH_LIST_HEIGHT));
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), MISMATCH_LIST_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

/* What was not restored, in a dialog the user closes; a dataset that
 * changed without consequence is only a toast.
 */
static void
show_mismatches (LiaisonWindow  *self,
                 LiaisonRestore *restore,
                 GPtrArray      *mismatches)
{
  g_autofree char *basename = restore->changed != NULL ? g_file_get_basename (restore->changed) : NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (mismatches->len == 0)
    {
      if (restore->changed != NULL)
        {
          /* TRANSLATORS: the dataset's file name */
          g_autofree char *text = g_strdup_printf (_("“%s” has changed since the investigation was saved; "
                                                     "all of the view was restored"), basename);

          liaison_window_show_toast (self, liaison_window_new_toast (text));
        }
      return;
    }

  if (restore->changed != NULL)
    /* TRANSLATORS: the dataset's file name */
    body = g_strdup_printf (_("“%s” has changed since the investigation was saved. What still matches is "
                              "restored; these parts of the view are not:"), basename);
  else
    body = g_strdup (_("What matches the dataset is restored; these parts of the view are not:"));

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   restore->changed != NULL ? _("The Dataset Has Changed")
                                                    : _("Part of the View Was Not Restored"),
                                   body);
  gtk_widget_set_name (dialog, "investigation-mismatch-dialog");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_mismatch_list (mismatches));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A dataset has just opened, from an investigation when @restore is not
 * NULL (taken): its view goes onto the new state in one step, with one
 * layout, which the camera then looks at as it did.
 */
void
liaison_window_investigation_loaded (LiaisonWindow  *self,
                                     LiaisonRestore *restore)
{
  Investigation *data = get_data (self);
  g_autoptr(GPtrArray) mismatches = NULL;

  g_clear_object (&data->file);
  g_clear_signal_handler (&data->scene_handler, self->graph_view);
  if (restore == NULL)
    return;
  if (self->state == NULL)
    {
      liaison_restore_free (restore);
      return;
    }
  data->file = g_object_ref (restore->file);
  add_to_recent (restore->file);

  g_signal_handlers_block_by_func (self->state, liaison_window_relayout, self);
  if (self->positions != NULL)
    g_signal_handlers_block_by_func (self->positions, liaison_window_relayout, self);
  mismatches = liaison_investigation_apply (restore->investigation, self->state, self->positions);
  if (self->positions != NULL)
    g_signal_handlers_unblock_by_func (self->positions, liaison_window_relayout, self);
  g_signal_handlers_unblock_by_func (self->state, liaison_window_relayout, self);
  /* Opening is no step to undo. */
  if (self->history != NULL)
    liaison_view_history_clear (self->history);

  /* The investigation's engine is this window's, not the preference:
   * other windows keep theirs, and new files the user's choice. Setting
   * it does not lay out afresh, which would forget the positions just
   * restored.
   */
  liaison_window_set_engine (self, liaison_investigation_get_engine (restore->investigation));

  if (liaison_investigation_get_camera (restore->investigation, &data->camera))
    data->scene_handler = g_signal_connect_object (self->graph_view, "notify::scene", G_CALLBACK (scene_cb),
                                                   self, G_CONNECT_SWAPPED);

  liaison_window_relayout (self);
  liaison_window_update_actions (self);
  show_mismatches (self, restore, mismatches);
  liaison_restore_free (restore);
}

/* The investigation open, or last saved; NULL when there is none. */
GFile *
liaison_window_get_investigation_file (LiaisonWindow *self)
{
  Investigation *data;

  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  data = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);
  return data != NULL ? data->file : NULL;
}

/* Another file is opening: an investigation being read, or waiting for
 * its dataset to be located, gives way to it.
 */
void
liaison_window_stop_investigation (LiaisonWindow *self)
{
  Investigation *data = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);

  if (data == NULL)
    return;

  if (data->cancellable != NULL)
    {
      g_cancellable_cancel (data->cancellable);
      g_clear_object (&data->cancellable);
      liaison_window_stop_progress (self);
      liaison_window_notify_loading (self);
    }
  if (data->missing_dialog != NULL)
    {
      GtkWidget *dialog = data->missing_dialog;

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &data->missing_dialog);
      data->missing_dialog = NULL;
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  forget_pending (data);
}

void
liaison_window_dispose_investigation (LiaisonWindow *self)
{
  Investigation *data = g_object_get_data (G_OBJECT (self), INVESTIGATION_KEY);

  if (data == NULL)
    return;

  if (data->cancellable != NULL)
    g_cancellable_cancel (data->cancellable);
  g_clear_object (&data->cancellable);
  if (self->graph_view != NULL)
    g_clear_signal_handler (&data->scene_handler, self->graph_view);
  liaison_window_stop_investigation (self);
}

void
liaison_window_install_investigation_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-investigation", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-investigation-as", NULL, save_as_action);
}

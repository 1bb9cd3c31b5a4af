/* liaison-window-open.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How a window opens a dataset: from a file, the recent menu or a drop,
 * with progress, a way to cancel, and a message that says what is wrong
 * when the file will not do (and what was open stays open).
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-application.h"
#include "liaison-import-csv.h"
#include "liaison-investigation.h"
#include "liaison-window-private.h"
#include "liaison-window-reload.h"

#define MAX_RECENT_ITEMS 8

/* What "Open Anyway" opens again, leniently: the file whose meaning had
 * problems, kept on the window under this key.
 */
#define OPEN_ANYWAY_KEY "liaison-open-anyway"
#define LEFT_OUT_KEY    "liaison-left-out-button"

typedef struct
{
  GFile          *file;
  GFile          *nodes;
  LiaisonRestore *restore;   /* the investigation whose dataset it is, or NULL */
} OpenAnyway;

static void
open_anyway_free (OpenAnyway *retry)
{
  g_clear_object (&retry->file);
  g_clear_object (&retry->nodes);
  g_clear_pointer (&retry->restore, liaison_restore_free);
  g_free (retry);
}

static void open_file (LiaisonWindow  *self,
                       GFile          *file,
                       GFile          *nodes,
                       gboolean        lenient);
static void load_file (LiaisonWindow  *self,
                       GFile          *file,
                       GFile          *nodes,
                       gboolean        lenient,
                       LiaisonRestore *restore);

static void
loader_fraction_cb (LiaisonWindow        *self,
                    GParamSpec           *pspec,
                    LiaisonDatasetLoader *loader)
{
  gtk_progress_bar_set_fraction (self->progress_bar, liaison_dataset_loader_get_fraction (loader));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = NULL;

  if (!g_file_has_uri_scheme (file, "file"))
    return;

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* The loader's message names the file, as the command line needs; the
 * toast names it already, so its first line goes without.
 */
static char *
dup_reason (GFile        *file,
            const GError *error)
{
  g_autofree char *name = liaison_dataset_display_name (file);
  const char *newline = strchr (error->message, '\n');
  g_autofree char *first_line = newline != NULL ? g_strndup (error->message, newline - error->message)
                                                : g_strdup (error->message);
  gsize name_len = strlen (name);

  if (g_str_has_prefix (first_line, name) && first_line[name_len] == ':')
    return g_strdup (g_strchug (first_line + name_len + 1));

  return g_steal_pointer (&first_line);
}

static void
show_error (LiaisonWindow *self,
            GFile         *file,
            GFile         *nodes,
            const GError  *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *reason = dup_reason (file, error);
  g_autofree char *title = NULL;
  gboolean can_open_anyway = g_error_matches (error, LIAISON_DATASET_ERROR,
                                              LIAISON_DATASET_ERROR_INVALID);
  AdwToast *toast;

  /* TRANSLATORS: Could not open “file.json”: the reason */
  title = g_strdup_printf (_("Could not open “%s”: %s"), basename, reason);

  g_free (self->error_title);
  self->error_title = g_strdup_printf (_("Could Not Open “%s”"), basename);
  g_free (self->error_details);
  self->error_details = g_strdup (error->message);

  toast = liaison_window_new_toast (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  /* A file whose syntax is sound can still open without what is wrong
   * in it; the details say what that would be, and offer it.
   */
  if (can_open_anyway)
    {
      OpenAnyway *retry = g_new0 (OpenAnyway, 1);

      retry->file = g_object_ref (file);
      retry->nodes = nodes != NULL ? g_object_ref (nodes) : NULL;
      g_object_set_data_full (G_OBJECT (self), OPEN_ANYWAY_KEY, retry,
                              (GDestroyNotify) open_anyway_free);
      adw_toast_set_action_name (toast, "win.show-open-problems");
    }
  else
    {
      g_object_set_data (G_OBJECT (self), OPEN_ANYWAY_KEY, NULL);
      adw_toast_set_action_name (toast, "win.show-error-details");
    }
  liaison_window_show_toast (self, toast);
}

static void
open_anyway_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LiaisonWindow *self = user_data;
  OpenAnyway *retry = g_object_get_data (G_OBJECT (self), OPEN_ANYWAY_KEY);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nodes = NULL;

  if (retry == NULL)
    return;

  file = g_object_ref (retry->file);
  nodes = retry->nodes != NULL ? g_object_ref (retry->nodes) : NULL;
  /* An investigation's dataset opens with its view, once. */
  if (retry->restore != NULL)
    load_file (self, file, nodes, TRUE, g_steal_pointer (&retry->restore));
  else
    open_file (self, file, nodes, TRUE);
}

static void
open_problems_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           LiaisonWindow    *self)
{
  if (g_strcmp0 (response, "open-anyway") == 0)
    g_action_group_activate_action (G_ACTION_GROUP (self), "open-anyway", NULL);
}

/* The error's details, with "Open Anyway". */
static void
show_open_problems_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LiaisonWindow *self = user_data;
  GtkWidget *dialog;

  if (self->error_details == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), self->error_title, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), self->error_details);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "open-anyway", _("Open _Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open-anyway",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_problems_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The header's "Left Out" button: what a lenient open left out, a line
 * each with its place in the file, for as long as the dataset is open.
 */
static void
update_left_out (LiaisonWindow  *self,
                 LiaisonDataset *dataset,
                 GFile          *file)
{
  GtkMenuButton *button = g_object_get_data (G_OBJECT (self), LEFT_OUT_KEY);
  const char * const *left_out = liaison_dataset_get_left_out (dataset);
  g_autofree char *display_name = liaison_dataset_display_name (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  GtkWidget *popover;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *scrolled;
  GtkWidget *list;
  guint n = g_strv_length ((char **) left_out);

  if (button == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (button), n > 0);
  if (n == 0)
    {
      gtk_menu_button_set_popover (button, NULL);
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  heading = g_strdup_printf (_("Not opened from “%s”"), basename);
  label = gtk_label_new (heading);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (_("Each part below had a problem and was left out; the rest of the file is open."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "left-out-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = NULL;

      /* The heading names the file: a line names only the place in it
       * ("relations[3].to: …", "12:5: …"), unless it is another file's.
       */
      if (g_str_has_prefix (left_out[i], display_name))
        {
          const char *place = left_out[i] + strlen (display_name);

          while (*place == ':' || *place == ' ')
            place++;
          text = g_strdup (place);
        }
      else
        text = g_strdup (left_out[i]);

      label = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 8);
      gtk_widget_set_margin_end (label, 8);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }

  /* A scroller's natural height misjudges wrapped lines: a short list
   * goes without one.
   */
  if (n <= 8)
    gtk_box_append (GTK_BOX (box), list);
  else
    {
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      gtk_box_append (GTK_BOX (box), scrolled);
    }

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

static void
init_left_out (LiaisonWindow *self)
{
  static const GActionEntry entries[] = {
    { "open-anyway", open_anyway_cb, NULL, NULL, NULL },
    { "show-open-problems", show_open_problems_cb, NULL, NULL, NULL },
  };
  GtkWidget *header = gtk_widget_get_ancestor (GTK_WIDGET (self->window_title), ADW_TYPE_HEADER_BAR);
  GtkWidget *button;

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);

  if (header == NULL)
    return;

  button = gtk_menu_button_new ();
  gtk_widget_set_name (button, "left-out-button");
  /* TRANSLATORS: the header button listing what a file opened with
   * "Open Anyway" left out */
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Left Out"));
  gtk_widget_set_tooltip_text (button, _("Parts of the file that were not opened"));
  gtk_widget_add_css_class (button, "warning");
  gtk_widget_set_visible (button, FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
  g_object_set_data (G_OBJECT (self), LEFT_OUT_KEY, button);
}

typedef struct
{
  LiaisonWindow  *self;
  GFile          *file;
  GFile          *nodes;
  LiaisonRestore *restore;   /* the investigation of which this is the dataset, or NULL */
} LoadContext;

static void
load_context_free (LoadContext *context)
{
  g_clear_object (&context->self);
  g_clear_object (&context->file);
  g_clear_object (&context->nodes);
  g_clear_pointer (&context->restore, liaison_restore_free);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadContext, load_context_free)

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  LiaisonDatasetLoader *loader = LIAISON_DATASET_LOADER (object);
  g_autoptr(LoadContext) context = user_data;
  LiaisonWindow *self = context->self;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_dataset_loader_load_finish (loader, result, &error);

  /* A newer load replaced this one, or the window is closing. */
  if (loader != self->loader)
    return;

  liaison_window_stop_progress (self);
  g_clear_object (&self->loader);
  g_clear_object (&self->load_cancellable);
  liaison_window_notify_loading (self);

  if (dataset == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        liaison_window_set_status_message (self, _("Opening was cancelled"));
      else
        {
          OpenAnyway *retry;

          show_error (self, context->file, context->nodes, error);
          retry = g_object_get_data (G_OBJECT (self), OPEN_ANYWAY_KEY);
          if (retry != NULL)
            retry->restore = g_steal_pointer (&context->restore);
        }

      if (self->dataset == NULL)
        gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  add_to_recent (context->file);
  liaison_window_set_status_message (self, NULL);
  /* A dataset opened on its own is laid out with the preference, not
   * with the engine of the investigation open before it.
   */
  if (context->restore == NULL)
    liaison_window_set_engine (self, NULL);
  liaison_window_set_dataset (self, dataset, context->file);
  g_set_object (&self->nodes_file, context->nodes);
  update_left_out (self, dataset, context->file);
  /* A CSV edge list read again would lose its node table. */
  liaison_window_watch_file (self, context->nodes == NULL ? context->file : NULL);
  liaison_window_investigation_loaded (self, g_steal_pointer (&context->restore));

  /* What was read of a file that was only read in part ("only the first
   * of 3 graphs is read"), as --check says it.
   */
  if (liaison_dataset_get_notes (dataset)[0] != NULL)
    {
      const char * const *notes = liaison_dataset_get_notes (dataset);
      g_autofree char *display_name = liaison_dataset_display_name (context->file);
      g_autofree char *basename = g_file_get_basename (context->file);
      g_autoptr(GString) text = g_string_new (NULL);
      AdwToast *toast;

      /* The file's name, as the error toasts give it, not its path. */
      for (guint i = 0; notes[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          if (g_str_has_prefix (notes[i], display_name))
            g_string_append_printf (text, "%s%s", basename, notes[i] + strlen (display_name));
          else
            g_string_append (text, notes[i]);
        }
      toast = liaison_window_new_toast (text->str);
      adw_toast_set_timeout (toast, 10);
      liaison_window_show_toast (self, toast);
    }
}

/* Opens @file, a CSV edge list with its node table when @nodes is not
 * %NULL; or, when @file is a saved investigation, its dataset and view.
 */
static void
open_file (LiaisonWindow *self,
           GFile         *file,
           GFile         *nodes,
           gboolean       lenient)
{
  if (nodes == NULL && liaison_investigation_sniff_file (file))
    liaison_window_open_investigation (self, file);
  else
    load_file (self, file, nodes, lenient, NULL);
}

/* Reads @dataset, an investigation's, with its node table @nodes (may be
 * NULL), and then puts @restore's view (taken) onto it; never read as an
 * investigation itself.
 */
void
liaison_window_open_for_restore (LiaisonWindow  *self,
                                 GFile          *dataset,
                                 GFile          *nodes,
                                 LiaisonRestore *restore)
{
  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (dataset));
  g_return_if_fail (nodes == NULL || G_IS_FILE (nodes));
  g_return_if_fail (restore != NULL);

  load_file (self, dataset, nodes, FALSE, restore);
}

static void
load_file (LiaisonWindow  *self,
           GFile          *file,
           GFile          *nodes,
           gboolean        lenient,
           LiaisonRestore *restore)
{
  GtkApplication *app;
  LoadContext *context;
  LiaisonLoadLimits limits;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A new request replaces the one under way, an investigation's too. */
  if (restore == NULL)
    liaison_window_stop_investigation (self);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_func (self->loader, loader_fraction_cb, self);
  g_clear_object (&self->loader);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    liaison_application_get_limits (LIAISON_APPLICATION (app), &limits);
  else
    liaison_load_limits_init (&limits);
  limits.lenient = lenient;

  self->load_cancellable = g_cancellable_new ();
  self->loader = liaison_dataset_loader_new (&limits);
  g_signal_connect_object (self->loader, "notify::fraction",
                           G_CALLBACK (loader_fraction_cb), self, G_CONNECT_SWAPPED);

  basename = g_file_get_basename (file);
  /* TRANSLATORS: shown while a file loads */
  message = g_strdup_printf (_("Opening “%s”…"), basename);
  liaison_window_start_progress (self, message, FALSE);

  context = g_new0 (LoadContext, 1);
  context->self = g_object_ref (self);
  context->file = g_object_ref (file);
  context->nodes = nodes != NULL ? g_object_ref (nodes) : NULL;
  context->restore = restore;

  if (nodes != NULL)
    liaison_dataset_loader_load_with_nodes_async (self->loader, file, nodes, self->load_cancellable,
                                                  load_cb, context);
  else
    liaison_dataset_loader_load_async (self->loader, file, NULL, self->load_cancellable, load_cb, context);
  liaison_window_notify_loading (self);
}

void
liaison_window_open (LiaisonWindow *self,
                     GFile         *file)
{
  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open_file (self, file, NULL, FALSE);
}

/* Whether @file starts with the header of a CSV node table. Only the
 * start is read: the header is on its first line.
 */
static gboolean
is_node_table (GFile *file)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char buffer[16 * 1024];
  gsize n_read = 0;
  const char *newline;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, sizeof buffer, &n_read, NULL, NULL))
    return FALSE;

  /* Up to the end of the last whole line, which the header is. */
  newline = n_read == sizeof buffer ? g_strrstr_len (buffer, n_read, "\n") : NULL;
  if (newline != NULL)
    n_read = newline - buffer + 1;

  return liaison_import_csv_is_node_table (buffer, n_read);
}

/* What the open dialog picked: one file, or a CSV edge list and its node
 * table picked together, of which the node table is the one with an
 * "id" column and no "source" and "target".
 */
void
liaison_window_open_files (LiaisonWindow *self,
                           GListModel    *files)
{
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  if (g_list_model_get_n_items (files) == 0)
    return;

  first = g_list_model_get_item (files, 0);
  if (g_list_model_get_n_items (files) == 2)
    {
      second = g_list_model_get_item (files, 1);
      if (is_node_table (first) && !is_node_table (second))
        {
          open_file (self, second, first, FALSE);
          return;
        }
      if (is_node_table (second) && !is_node_table (first))
        {
          open_file (self, first, second, FALSE);
          return;
        }
    }

  open_file (self, first, NULL, FALSE);
}

void
liaison_window_open_bundled (LiaisonWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (LIAISON_BUNDLED_DATASET);

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  liaison_window_open (self, file);
}

static gboolean
drop_cb (LiaisonWindow *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  g_autoptr(GListStore) store = NULL;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  /* One dataset a window: the first file dropped is the one opened, or
   * a CSV edge list and its node table dropped together.
   */
  store = g_list_store_new (G_TYPE_FILE);
  for (GSList *l = files; l != NULL; l = l->next)
    g_list_store_append (store, l->data);
  liaison_window_open_files (self, G_LIST_MODEL (store));
  g_slist_free (files);

  return TRUE;
}

static int
compare_recent_by_date (gconstpointer a,
                        gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b), gtk_recent_info_get_modified (info_a));
}

/* A menu takes "_" for the mark of its access key, so a file name's own
 * are doubled: "my_notes.json" would show as "mynotes.json".
 */
static char *
escape_mnemonics (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
update_recent_menu (LiaisonWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *all = gtk_recent_manager_get_items (manager);
  const char *app_name = g_get_application_name ();
  g_autoptr(GMenu) files_section = g_menu_new ();
  g_autoptr(GMenu) bundled_section = g_menu_new ();
  g_autoptr(GMenuItem) bundled = NULL;

  for (GList *l = all; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (app_name != NULL && gtk_recent_info_has_application (info, app_name) &&
          gtk_recent_info_is_local (info) && gtk_recent_info_exists (info))
        g_ptr_array_add (items, gtk_recent_info_ref (info));
    }
  g_list_free_full (all, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (items, compare_recent_by_date);
  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; i < items->len && i < MAX_RECENT_ITEMS; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (items, i);
      g_autofree char *label = escape_mnemonics (gtk_recent_info_get_display_name (info));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-uri", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (files_section, item);
    }

  if (items->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Datasets"), "win.no-recent");

      g_menu_append_item (files_section, item);
    }

  bundled = g_menu_item_new (_("Bundled Huawei–Japan Dataset"), "win.open-bundled");
  g_menu_append_item (bundled_section, bundled);

  g_menu_append_section (self->recent_menu, _("Recent"), G_MENU_MODEL (files_section));
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (bundled_section));
}

void
liaison_window_init_opening (LiaisonWindow *self)
{
  GtkDropTarget *drop_target;

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_swapped (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  init_left_out (self);
}

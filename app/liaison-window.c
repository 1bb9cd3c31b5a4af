/* liaison-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-application.h"
#include "liaison-dataset-loader.h"
#include "liaison-entity.h"
#include "liaison-layout-engine.h"
#include "liaison-window.h"

#define BUNDLED_DATASET  "resource://" RESOURCE_PREFIX "/datasets/huawei-japan-2019.json"
#define MAX_RECENT_ITEMS 8
/* A load that ends sooner than this never shows its progress bar. */
#define PROGRESS_DELAY_MS 250

struct _LiaisonWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwSplitButton       *open_button;
  GtkDropDown          *engine_dropdown;
  GtkMenuButton        *primary_menu_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkListView          *entity_list;
  GtkStack             *content_stack;
  AdwStatusPage        *graph_page;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;

  /* borrowed */
  GSettings            *settings;

  /* owned */
  LiaisonDataset       *dataset;
  GFile                *file;
  GCancellable         *load_cancellable;
  LiaisonDatasetLoader *loader;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *filter;
  GMenu                *recent_menu;
  char                 *search_needle;   /* folded */
  char                 *status_message;
  char                 *error_title;
  char                 *error_details;
  guint                 progress_timeout;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_LOADING,
  PROP_STATUS_MESSAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonWindow, liaison_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
set_status_message (LiaisonWindow *self,
                    const char    *message)
{
  if (g_strcmp0 (self->status_message, message) == 0)
    return;

  g_free (self->status_message);
  self->status_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_MESSAGE]);
}

static void
show_toast (LiaisonWindow *self,
            AdwToast      *toast)
{
  set_status_message (self, adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_title (LiaisonWindow *self)
{
  const char *title = self->dataset != NULL ? liaison_dataset_get_title (self->dataset) : NULL;
  g_autofree char *subtitle = NULL;

  if (self->dataset != NULL)
    {
      g_autofree char *summary = liaison_dataset_dup_summary (self->dataset);
      g_autofree char *name = self->file != NULL ? liaison_dataset_display_name (self->file) : NULL;

      if (name != NULL && g_file_has_uri_scheme (self->file, "file"))
        {
          g_autofree char *basename = g_file_get_basename (self->file);

          /* TRANSLATORS: file name — counts */
          subtitle = g_strdup_printf (_("%s — %s"), basename, summary);
        }
      else
        subtitle = g_steal_pointer (&summary);
    }

  if (title == NULL || title[0] == '\0')
    title = _("Liaison");

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
set_dataset (LiaisonWindow  *self,
             LiaisonDataset *dataset,
             GFile          *file)
{
  if (!g_set_object (&self->dataset, dataset))
    return;

  g_set_object (&self->file, file);

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (dataset));

  if (dataset != NULL)
    {
      g_autofree char *summary = liaison_dataset_dup_summary (dataset);
      const char *title = liaison_dataset_get_title (dataset);

      adw_status_page_set_title (self->graph_page, title != NULL ? title : _("Untitled Dataset"));
      adw_status_page_set_description (self->graph_page, summary);
      gtk_stack_set_visible_child_name (self->content_stack, "graph");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");

  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
stop_progress (LiaisonWindow *self)
{
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  LiaisonWindow *self = user_data;

  self->progress_timeout = 0;
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);

  return G_SOURCE_REMOVE;
}

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

typedef struct
{
  LiaisonWindow *self;
  GFile         *file;
} LoadContext;

static void
load_context_free (LoadContext *context)
{
  g_clear_object (&context->self);
  g_clear_object (&context->file);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadContext, load_context_free)

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
            const GError  *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *reason = dup_reason (file, error);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* TRANSLATORS: Could not open “file.json”: the reason */
  title = g_strdup_printf (_("Could not open “%s”: %s"), basename, reason);

  g_free (self->error_title);
  self->error_title = g_strdup_printf (_("Could Not Open “%s”"), basename);
  g_free (self->error_details);
  self->error_details = g_strdup (error->message);

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-error-details");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  show_toast (self, toast);
}

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

  stop_progress (self);
  g_clear_object (&self->loader);
  g_clear_object (&self->load_cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  if (dataset == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_status_message (self, _("Opening was cancelled"));
          return;
        }

      show_error (self, context->file, error);
      if (self->dataset == NULL)
        gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  add_to_recent (context->file);
  set_dataset (self, dataset, context->file);
  set_status_message (self, NULL);
}

void
liaison_window_open (LiaisonWindow *self,
                     GFile         *file)
{
  GtkApplication *app;
  LoadContext *context;
  LiaisonLoadLimits limits;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A new request replaces the one under way. */
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

  self->load_cancellable = g_cancellable_new ();
  self->loader = liaison_dataset_loader_new (&limits);
  g_signal_connect_object (self->loader, "notify::fraction",
                           G_CALLBACK (loader_fraction_cb), self, G_CONNECT_SWAPPED);

  basename = g_file_get_basename (file);
  /* TRANSLATORS: shown while a file loads */
  message = g_strdup_printf (_("Opening “%s”…"), basename);
  gtk_label_set_label (self->progress_label, message);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  self->progress_timeout = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);

  context = g_new0 (LoadContext, 1);
  context->self = g_object_ref (self);
  context->file = g_object_ref (file);

  liaison_dataset_loader_load_async (self->loader, file, NULL, self->load_cancellable,
                                     load_cb, context);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
liaison_window_open_bundled (LiaisonWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri (BUNDLED_DATASET);

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  liaison_window_open (self, file);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  LiaisonWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        liaison_window_open (self, file);
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
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (json_filter, _("JSON Datasets"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
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
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  liaison_window_open (self, file);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  liaison_window_open_bundled (LIAISON_WINDOW (widget));
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
toggle_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
entity_filter_func (gpointer item,
                    gpointer user_data)
{
  LiaisonWindow *self = user_data;

  if (self->search_needle == NULL || self->search_needle[0] == '\0')
    return TRUE;

  return liaison_entity_matches (LIAISON_ENTITY (item), self->search_needle);
}

static void
search_changed_cb (LiaisonWindow  *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_free (self->search_needle);
  self->search_needle = stripped[0] != '\0' ? liaison_entity_fold_search (stripped) : NULL;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
drop_cb (LiaisonWindow *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  /* One dataset a window: the first file dropped is the one opened. */
  liaison_window_open (self, files->data);
  g_slist_free (files);

  return TRUE;
}

static int
compare_recent_by_date (gconstpointer a,
                        gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;
  g_autoptr(GDateTime) time_a = gtk_recent_info_get_modified (info_a);
  g_autoptr(GDateTime) time_b = gtk_recent_info_get_modified (info_b);

  return g_date_time_compare (time_b, time_a);
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
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

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

static gboolean
engine_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  LiaisonLayoutEngine engine = LIAISON_LAYOUT_ENGINE_AUTO;

  liaison_layout_engine_from_string (g_variant_get_string (variant, NULL), &engine);
  g_value_set_uint (value, engine);

  return TRUE;
}

static GVariant *
engine_set_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint engine = g_value_get_uint (value);

  if (engine >= LIAISON_N_LAYOUT_ENGINES)
    engine = LIAISON_LAYOUT_ENGINE_AUTO;

  return g_variant_new_string (liaison_layout_engine_to_string (engine));
}

static void
setup_engine_dropdown (LiaisonWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < LIAISON_N_LAYOUT_ENGINES; i++)
    gtk_string_list_append (names, liaison_layout_engine_display_name (i));

  gtk_drop_down_set_model (self->engine_dropdown, G_LIST_MODEL (names));
}

static gboolean
liaison_window_close_request (GtkWindow *window)
{
  LiaisonWindow *self = LIAISON_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (liaison_window_parent_class)->close_request (window);
}

static void
liaison_window_constructed (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  int width, height;

  G_OBJECT_CLASS (liaison_window_parent_class)->constructed (object);

  if (app == NULL)
    return;

  self->settings = liaison_application_get_settings (LIAISON_APPLICATION (app));

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind_with_mapping (self->settings, "layout-engine",
                                self->engine_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                engine_get_mapping, engine_set_mapping, NULL, NULL);
}

static void
liaison_window_dispose (GObject *object)
{
  LiaisonWindow *self = (LiaisonWindow *)object;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loader);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_WINDOW);

  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (liaison_window_parent_class)->dispose (object);
}

static void
liaison_window_finalize (GObject *object)
{
  LiaisonWindow *self = (LiaisonWindow *)object;

  g_clear_pointer (&self->search_needle, g_free);
  g_clear_pointer (&self->status_message, g_free);
  g_clear_pointer (&self->error_title, g_free);
  g_clear_pointer (&self->error_details, g_free);

  G_OBJECT_CLASS (liaison_window_parent_class)->finalize (object);
}

static void
liaison_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, liaison_window_get_loading (self));
      break;

    case PROP_STATUS_MESSAGE:
      g_value_set_string (value, self->status_message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_window_class_init (LiaisonWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = liaison_window_constructed;
  object_class->dispose = liaison_window_dispose;
  object_class->finalize = liaison_window_finalize;
  object_class->get_property = liaison_window_get_property;

  window_class->close_request = liaison_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, LIAISON_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_MESSAGE] =
    g_param_spec_string ("status-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, engine_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, entity_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, graph_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.show-error-details", NULL, show_error_details_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, toggle_search_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

static void
liaison_window_init (LiaisonWindow *self)
{
  GtkDropTarget *drop_target;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_engine_dropdown (self);

  self->filter = gtk_custom_filter_new (entity_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->entity_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  /* Export arrives with the exporters; until then the menu item is inert. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_swapped (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

LiaisonWindow *
liaison_window_new (LiaisonApplication *application)
{
  return g_object_new (LIAISON_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

LiaisonDataset *
liaison_window_get_dataset (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->dataset;
}

GFile *
liaison_window_get_file (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
liaison_window_get_loading (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);

  return self->loader != NULL;
}

/* The last message shown to the user, in a toast; NULL after a success. */
const char *
liaison_window_get_status_message (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->status_message;
}

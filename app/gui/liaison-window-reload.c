/* liaison-window-reload.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Live reload: the open file is watched, and a save reads it again while
 * the view stays as it was (positions, filters, exploration, selection,
 * search, how entities are sized and coloured, the undo history, camera). A save that does not open leaves the last good version on
 * screen, with a bar that says what is wrong until a save fixes it.
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-application.h"
#include "liaison-file-watch.h"
#include "liaison-view-carry.h"
#include "liaison-window-private.h"
#include "liaison-window-reload.h"

#define RELOAD_KEY "liaison-reload"

typedef struct
{
  LiaisonFileWatch     *watch;
  GCancellable         *cancellable;  /* reading the file to watch, or reading it again */
  LiaisonDatasetLoader *loader;
  GtkInfoBar           *bar;          /* borrowed: the window holds it */
  GtkLabel             *bar_label;
  gulong                scene_handler;
  double                center_x;
  double                center_y;
  double                zoom;
} Reload;

static void
reload_stop (Reload *reload)
{
  if (reload->cancellable != NULL)
    g_cancellable_cancel (reload->cancellable);
  g_clear_object (&reload->cancellable);
  g_clear_object (&reload->loader);
  if (reload->watch != NULL)
    g_signal_handlers_disconnect_matched (reload->watch, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, NULL);
  g_clear_object (&reload->watch);
}

static void
reload_free (Reload *reload)
{
  reload_stop (reload);
  g_free (reload);
}

static Reload *
get_reload (LiaisonWindow *self)
{
  Reload *reload = g_object_get_data (G_OBJECT (self), RELOAD_KEY);

  if (reload == NULL)
    {
      reload = g_new0 (Reload, 1);
      g_object_set_data_full (G_OBJECT (self), RELOAD_KEY, reload, (GDestroyNotify) reload_free);
    }
  return reload;
}

static void
bar_response_cb (GtkInfoBar *bar,
                 int         response)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

/* Above the graph, below the header, where it does not hide the graph. */
static void
ensure_bar (LiaisonWindow *self,
            Reload        *reload)
{
  GtkWidget *place = GTK_WIDGET (self->content_stack);
  GtkWidget *bar;
  GtkWidget *label;

  if (reload->bar != NULL)
    return;

  bar = gtk_info_bar_new ();
  gtk_widget_set_name (bar, "reload-bar");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (bar), GTK_MESSAGE_WARNING);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (bar), TRUE);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (bar), FALSE);
  g_signal_connect (bar, "response", G_CALLBACK (bar_response_cb), NULL);

  /* Plain text: a file's contents are never markup. */
  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "reload-bar-label");
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), label);

  for (GtkWidget *parent = gtk_widget_get_parent (place); parent != NULL;
       place = parent, parent = gtk_widget_get_parent (parent))
    {
      if (GTK_IS_BOX (parent) &&
          gtk_orientable_get_orientation (GTK_ORIENTABLE (parent)) == GTK_ORIENTATION_VERTICAL)
        {
          gtk_box_insert_child_after (GTK_BOX (parent), bar, gtk_widget_get_prev_sibling (place));
          reload->bar = GTK_INFO_BAR (bar);
          reload->bar_label = GTK_LABEL (label);
          return;
        }
    }

  /* No column to go in: over the graph, then. */
  g_return_if_fail (GTK_IS_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->content_stack))));
  gtk_widget_set_valign (bar, GTK_ALIGN_START);
  gtk_overlay_add_overlay (GTK_OVERLAY (gtk_widget_get_parent (GTK_WIDGET (self->content_stack))), bar);
  reload->bar = GTK_INFO_BAR (bar);
  reload->bar_label = GTK_LABEL (label);
}

static void
hide_bar (Reload *reload)
{
  if (reload->bar != NULL)
    gtk_info_bar_set_revealed (reload->bar, FALSE);
}

/* The first problem only, without the file's name, which the bar gives. */
static void
show_bar (LiaisonWindow *self,
          Reload        *reload,
          GFile         *file,
          const GError  *error)
{
  g_autofree char *display_name = liaison_dataset_display_name (file);
  g_autofree char *basename = g_file_get_basename (file);
  const char *newline = strchr (error->message, '\n');
  g_autofree char *first = newline != NULL ? g_strndup (error->message, newline - error->message)
                                           : g_strdup (error->message);
  const char *problem = first;
  g_autofree char *text = NULL;

  if (g_str_has_prefix (first, display_name) && first[strlen (display_name)] == ':')
    problem = g_strchug (first + strlen (display_name) + 1);

  ensure_bar (self, reload);
  /* TRANSLATORS: the file's name, then what is wrong in it, as in
   * "12:5: expected a comma"; the graph on screen stays as it was. */
  text = g_strdup_printf (_("“%s” was saved with a problem, so the last version that opened stays: %s"),
                          basename, problem);
  gtk_label_set_text (reload->bar_label, text);
  gtk_info_bar_set_revealed (reload->bar, TRUE);
}

/* The first layout of the new version is put where the camera was. */
static void
scene_cb (LiaisonWindow    *self,
          GParamSpec       *pspec,
          LiaisonGraphView *view)
{
  Reload *reload = get_reload (self);

  if (liaison_graph_view_get_scene (view) == NULL)
    return;

  g_clear_signal_handler (&reload->scene_handler, view);
  liaison_graph_view_set_view (view, reload->center_x, reload->center_y, reload->zoom);
}

static void
replace_dataset (LiaisonWindow  *self,
                 Reload         *reload,
                 LiaisonDataset *dataset)
{
  g_autoptr(LiaisonViewState) old_state = self->state != NULL ? g_object_ref (self->state) : NULL;
  g_autoptr(LiaisonPositionMemory) old_positions = self->positions != NULL ? g_object_ref (self->positions) : NULL;
  g_autoptr(LiaisonDataset) old_dataset = self->dataset != NULL ? g_object_ref (self->dataset) : NULL;
  g_autoptr(LiaisonViewHistory) old_history = self->history != NULL ? g_object_ref (self->history) : NULL;
  g_autoptr(GFile) file = self->file != NULL ? g_object_ref (self->file) : NULL;
  gboolean keep_camera = liaison_graph_view_get_scene (self->graph_view) != NULL;

  if (keep_camera)
    {
      liaison_graph_view_get_center (self->graph_view, &reload->center_x, &reload->center_y);
      reload->zoom = liaison_graph_view_get_zoom (self->graph_view);
    }

  liaison_window_set_dataset (self, dataset, file);

  if (old_state != NULL)
    liaison_view_state_carry_over (old_state, self->state);
  if (old_positions != NULL && self->positions != NULL)
    liaison_position_memory_carry_over (old_positions, old_dataset, self->positions, dataset);
  /* After the state, so that carrying it over is not a step to undo, and
   * the positions, where the moves undone now take place.
   */
  if (old_history != NULL && self->history != NULL)
    liaison_view_history_carry_over (old_history, self->history);

  g_clear_signal_handler (&reload->scene_handler, self->graph_view);
  if (keep_camera)
    reload->scene_handler = g_signal_connect_object (self->graph_view, "notify::scene",
                                                     G_CALLBACK (scene_cb), self, G_CONNECT_SWAPPED);

  /* Again, now that it starts from where entities were. */
  liaison_window_relayout (self);
}

typedef struct
{
  LiaisonWindow *self;
  GFile         *file;
} ReloadContext;

static void
reload_context_free (ReloadContext *context)
{
  g_clear_object (&context->self);
  g_clear_object (&context->file);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReloadContext, reload_context_free)

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  LiaisonDatasetLoader *loader = LIAISON_DATASET_LOADER (object);
  g_autoptr(ReloadContext) context = user_data;
  LiaisonWindow *self = context->self;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  Reload *reload;

  dataset = liaison_dataset_loader_load_finish (loader, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A newer save, another file or the closing window came first. */
  reload = g_object_get_data (G_OBJECT (self), RELOAD_KEY);
  if (reload == NULL || loader != reload->loader || self->file == NULL ||
      !g_file_equal (self->file, context->file))
    return;
  g_clear_object (&reload->loader);
  g_debug ("Read again: %s", dataset != NULL ? "opened" : error->message);

  if (dataset == NULL)
    {
      show_bar (self, reload, context->file, error);
      return;
    }

  hide_bar (reload);
  replace_dataset (self, reload, dataset);
}

/* Read off the main thread, as an opening is, from what the watch read. */
static void
changed_cb (LiaisonWindow    *self,
            GBytes           *contents,
            LiaisonFileWatch *watch)
{
  Reload *reload = get_reload (self);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (contents);
  GFile *file = liaison_file_watch_get_file (watch);
  g_autofree char *display_name = liaison_dataset_display_name (file);
  ReloadContext *context;
  LiaisonLoadLimits limits;

  g_debug ("Reading “%s” again, %zu bytes", display_name, g_bytes_get_size (contents));
  if (app != NULL)
    liaison_application_get_limits (LIAISON_APPLICATION (app), &limits);
  else
    liaison_load_limits_init (&limits);

  g_clear_object (&reload->loader);
  reload->loader = liaison_dataset_loader_new (&limits);

  context = g_new0 (ReloadContext, 1);
  context->self = g_object_ref (self);
  context->file = g_object_ref (file);
  liaison_dataset_loader_load_stream_async (reload->loader, stream, display_name, reload->cancellable,
                                            reloaded_cb, context);
}

/* Watches @file, the one now open, in place of any before; %NULL, or a
 * file that is not local, stops watching.
 */
void
liaison_window_watch_file (LiaisonWindow *self,
                           GFile         *file)
{
  g_autoptr(GBytes) unknown = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;
  Reload *reload;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  reload = get_reload (self);
  reload_stop (reload);
  hide_bar (reload);

  if (file == NULL || !g_file_is_native (file))
    return;

  /* Watched from now, so that no save is missed: reading the file again
   * first would block, or, done aside, could read a save and then never
   * see it. The first save is compared with nothing, and so always read.
   */
  reload->cancellable = g_cancellable_new ();
  reload->watch = liaison_file_watch_new (file, unknown, &error);
  if (reload->watch == NULL)
    {
      g_debug ("Not watching the file: %s", error->message);
      return;
    }
  g_signal_connect_object (reload->watch, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}

void
liaison_window_dispose_reload (LiaisonWindow *self)
{
  Reload *reload = g_object_get_data (G_OBJECT (self), RELOAD_KEY);

  if (reload == NULL)
    return;

  reload_stop (reload);
  if (self->graph_view != NULL)
    g_clear_signal_handler (&reload->scene_handler, self->graph_view);
  reload->bar = NULL;
  reload->bar_label = NULL;
}

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

#include "liaison-analysis.h"
#include "liaison-application.h"
#include "liaison-entity.h"
#include "liaison-entity-table.h"
#include "liaison-graph-builder.h"
#include "liaison-layout.h"
#include "liaison-layout-keeping.h"
#include "liaison-layout-engine.h"
#include "liaison-metrics-legend.h"
#include "liaison-sources-panel.h"
#include "liaison-view-counts.h"
#include "liaison-window-paths.h"
#include "liaison-window-private.h"
#include "liaison-window-reload.h"

/* Work that ends sooner than this never shows its progress bar: a focus
 * or an expansion is drawn within half a second, and the bar sliding in
 * and pulsing would take frames (and processor time) from it.
 */
#define PROGRESS_DELAY_MS 500

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_LOADING,
  PROP_STATE,
  PROP_STATUS_MESSAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonWindow, liaison_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

void
liaison_window_set_status_message (LiaisonWindow *self,
                                   const char    *message)
{
  if (g_strcmp0 (self->status_message, message) == 0)
    return;

  g_free (self->status_message);
  self->status_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_MESSAGE]);
}

/* A toast's title is Pango markup in libadwaita 1.2, and no property turns
 * that off; but messages quote file names, values from datasets and what
 * parsers say about them, where a "<" or "&" is text. So every toast is
 * made here, from plain text, and keeps that text for the status message.
 */
AdwToast *
liaison_window_new_toast (const char *message)
{
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);

  g_object_set_data_full (G_OBJECT (toast), "liaison-message", g_strdup (message), g_free);
  return toast;
}

void
liaison_window_show_toast (LiaisonWindow *self,
                           AdwToast      *toast)
{
  const char *message = g_object_get_data (G_OBJECT (toast), "liaison-message");

  g_return_if_fail (message != NULL);

  liaison_window_set_status_message (self, message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
liaison_window_notify_loading (LiaisonWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  liaison_window_update_actions (self);
}

static void
update_title (LiaisonWindow *self)
{
  const char *title = self->dataset != NULL ? liaison_dataset_get_title (self->dataset) : NULL;
  g_autofree char *subtitle = NULL;

  if (self->dataset != NULL)
    {
      /* While part of it is out of view, how much of it is shown. */
      g_autofree char *shown = self->state != NULL ? liaison_view_state_dup_shown_summary (self->state) : NULL;
      g_autofree char *summary = shown != NULL ? g_steal_pointer (&shown) : liaison_dataset_dup_summary (self->dataset);

      if (self->file != NULL && g_file_has_uri_scheme (self->file, "file"))
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

void
liaison_window_stop_progress (LiaisonWindow *self)
{
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
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

static gboolean
pulse_cb (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));
  return G_SOURCE_CONTINUE;
}

/* Graphviz cannot say how far along it is, so a layout pulses. */
void
liaison_window_start_progress (LiaisonWindow *self,
                               const char    *message,
                               gboolean       pulse)
{
  liaison_window_stop_progress (self);
  gtk_label_set_label (self->progress_label, message);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  if (pulse)
    self->pulse_source = g_timeout_add (100, pulse_cb, self->progress_bar);
  self->progress_timeout = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);
}

/* What is typed filters the entity list, so it must be in sight even when
 * the details of a selection are shown. Only what is typed: a note kept
 * while a search is on changes its results too, and the note's writer
 * stays where they write.
 */
static void
search_changed_cb (LiaisonWindow *self)
{
  const char *search = self->state != NULL ? liaison_view_state_get_search (self->state) : NULL;
  gboolean typed = g_strcmp0 (search, self->listed_search) != 0;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_free (self->listed_search);
  self->listed_search = g_strdup (search);
  if (search != NULL && typed)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "entities");
}

/* Hidden entities leave the list and the header's count as they leave
 * the graph.
 */
static void
visibility_changed_cb (LiaisonWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_title (self);
}

static void
selection_changed_cb (LiaisonWindow *self)
{
  gboolean selected = self->state != NULL && liaison_view_state_get_selection (self->state, NULL, NULL);

  gtk_stack_set_visible_child_name (self->sidebar_stack, selected ? "details" : "entities");
  liaison_window_update_actions (self);
}

typedef struct
{
  LiaisonWindow *self;
  GCancellable  *cancellable;
  gboolean       everything_visible;
} LayoutContext;

static void
layout_context_free (LayoutContext *context)
{
  g_clear_object (&context->self);
  g_clear_object (&context->cancellable);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LayoutContext, layout_context_free)

/* The engine menu's first item says what Automatic chose for the graph on
 * screen, e.g. "Automatic (sfdp, straight lines)".
 */
static void
show_automatic_choice (LiaisonWindow *self,
                       LiaisonScene  *scene)
{
  GtkStringList *names = GTK_STRING_LIST (gtk_drop_down_get_model (self->engine_dropdown));
  guint notify_id = g_signal_lookup ("notify", G_TYPE_OBJECT);
  GQuark selected = g_quark_from_static_string ("selected");
  const char *replacement[] = { NULL, NULL };
  g_autofree char *name = NULL;

  if (gtk_drop_down_get_selected (self->engine_dropdown) == LIAISON_LAYOUT_ENGINE_AUTO)
    name = liaison_graph_dup_automatic_name (scene);
  else
    name = g_strdup (liaison_layout_engine_display_name (LIAISON_LAYOUT_ENGINE_AUTO));
  if (g_strcmp0 (gtk_string_list_get_string (names, LIAISON_LAYOUT_ENGINE_AUTO), name) == 0)
    return;

  /* Replacing the item notifies "selected" though the choice stays, and
   * the settings would take that for a new choice and lay out again.
   */
  replacement[0] = name;
  g_signal_handlers_block_matched (self->engine_dropdown, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL,
                                   notify_id, selected, NULL, NULL, NULL);
  gtk_string_list_splice (names, LIAISON_LAYOUT_ENGINE_AUTO, 1, replacement);
  g_signal_handlers_unblock_matched (self->engine_dropdown, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL,
                                     notify_id, selected, NULL, NULL, NULL);
}

static void
layout_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LayoutContext) context = user_data;
  LiaisonWindow *self = context->self;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *messages;

  scene = liaison_layout_finish (result, &error);

  /* A newer layout took this one's place. */
  if (context->cancellable != self->layout_cancellable)
    return;

  /* The bar may be showing a whole-graph export's layout too. */
  if (!self->export_laying_out)
    liaison_window_stop_progress (self);
  g_clear_object (&self->layout_cancellable);
  liaison_window_notify_loading (self);

  if (scene == NULL)
    {
      gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

      /* With nothing laid out yet there is no previous picture to keep:
       * say why, and offer to try again (perhaps with another engine).
       */
      if (liaison_graph_view_get_scene (self->graph_view) == NULL)
        {
          g_autofree char *description = g_markup_escape_text (error->message, -1);

          /* The description is markup too, and the message may quote
           * what Graphviz said.
           */
          adw_status_page_set_description (self->no_layout_page, description);
          gtk_stack_set_visible_child_name (self->content_stack, "no-layout");
          liaison_window_set_status_message (self, NULL);
        }
      else if (cancelled)
        liaison_window_set_status_message (self, _("The layout was cancelled; the previous one stays"));
      else
        liaison_window_show_toast (self, liaison_window_new_toast (error->message));
      return;
    }

  /* A scene for a dataset that has since been replaced is of no use. */
  if (liaison_scene_get_dataset (scene) != self->dataset)
    return;

  liaison_position_memory_record (self->positions, scene);
  liaison_graph_view_set_scene (self->graph_view, scene);
  gtk_stack_set_visible_child_name (self->content_stack, "graph");
  show_automatic_choice (self, scene);

  /* Exporting the whole graph while filters hide part of it then shows it
   * as it was on screen, not as a new layout would.
   */
  if (context->everything_visible)
    g_set_object (&self->whole_scene, scene);

  messages = liaison_scene_get_messages (scene);
  if (messages[0] != NULL)
    {
      /* TRANSLATORS: what Graphviz said while laying the graph out */
      g_autofree char *text = g_strdup_printf (_("Graphviz: %s"), messages[0]);
      AdwToast *toast = liaison_window_new_toast (text);

      adw_toast_set_timeout (toast, 8);
      liaison_window_show_toast (self, toast);
    }
  else
    liaison_window_set_status_message (self, NULL);
}

static LiaisonLayoutEngine
preferred_engine (LiaisonWindow *self)
{
  LiaisonLayoutEngine engine = LIAISON_LAYOUT_ENGINE_AUTO;

  if (self->settings != NULL)
    {
      g_autofree char *name = g_settings_get_string (self->settings, "layout-engine");

      liaison_layout_engine_from_string (name, &engine);
    }

  return engine;
}

/* The engine this window lays out with: the one of the investigation it
 * opened, or else the preference (the engine menu's last choice), which
 * every window without an investigation's follows.
 */
LiaisonLayoutEngine
liaison_window_get_engine (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), LIAISON_LAYOUT_ENGINE_AUTO);

  return self->engine >= 0 ? (LiaisonLayoutEngine) self->engine : preferred_engine (self);
}

static void
show_engine (LiaisonWindow *self)
{
  guint engine = liaison_window_get_engine (self);

  if (gtk_drop_down_get_selected (self->engine_dropdown) != engine)
    gtk_drop_down_set_selected (self->engine_dropdown, engine);
}

/* An investigation's engine (@engine, as liaison_layout_engine_to_string()
 * names it) for this window alone, without laying out: its positions are
 * about to be restored. NULL, or a name Liaison does not know, goes back
 * to the preference. The preference itself, which other windows and new
 * files use, is left as the user set it.
 */
void
liaison_window_set_engine (LiaisonWindow *self,
                           const char    *engine)
{
  LiaisonLayoutEngine value;

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  self->engine = engine != NULL && liaison_layout_engine_from_string (engine, &value) ? (int) value : -1;
  show_engine (self);
}


guint
liaison_window_get_layout_timeout (LiaisonWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? liaison_application_get_layout_timeout (LIAISON_APPLICATION (app))
                     : LIAISON_DEFAULT_LAYOUT_TIMEOUT;
}

/* Lays out what the view state shows; a newer request replaces one under
 * way, and until the new layout arrives the old one stays on screen.
 */
void
liaison_window_relayout (LiaisonWindow *self)
{
  LiaisonLayoutEngine engine = liaison_window_get_engine (self);
  guint timeout = liaison_window_get_layout_timeout (self);
  g_autofree char *message = NULL;
  LayoutContext *context;
  GCancellable *previous;

  if (self->dataset == NULL)
    return;

  previous = g_steal_pointer (&self->layout_cancellable);
  self->layout_cancellable = g_cancellable_new ();
  if (previous != NULL)
    {
      g_cancellable_cancel (previous);
      g_object_unref (previous);
    }

  if (engine == LIAISON_LAYOUT_ENGINE_AUTO)
    /* TRANSLATORS: shown while Graphviz works */
    message = g_strdup (_("Laying the graph out…"));
  else
    /* TRANSLATORS: the engine's name, e.g. "Spring (neato)" */
    message = g_strdup_printf (_("Laying the graph out with %s…"), liaison_layout_engine_display_name (engine));
  liaison_window_start_progress (self, message, TRUE);
  if (liaison_graph_view_get_scene (self->graph_view) == NULL)
    gtk_stack_set_visible_child_name (self->content_stack, "loading");

  context = g_new0 (LayoutContext, 1);
  context->self = g_object_ref (self);
  context->cancellable = g_object_ref (self->layout_cancellable);
  context->everything_visible = liaison_view_state_is_everything_visible (self->state);
  liaison_layout_keeping_async (self->dataset, self->state, self->positions, engine, timeout,
                                self->layout_cancellable, layout_cb, context);
  liaison_window_notify_loading (self);
}

/* A layout from scratch, as when the engine changes or the user asks for
 * one: only pinned entities keep their places.
 */
void
liaison_window_relayout_afresh (LiaisonWindow *self)
{
  if (self->positions != NULL)
    liaison_position_memory_forget (self->positions, TRUE);
  liaison_window_relayout (self);
}

void
liaison_window_set_dataset (LiaisonWindow  *self,
                            LiaisonDataset *dataset,
                            GFile          *file)
{
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);

  /* The old scene's indices mean nothing in the new dataset. */
  liaison_graph_view_set_scene (self->graph_view, NULL);

  g_set_object (&self->dataset, dataset);
  g_set_object (&self->file, file);
  g_clear_object (&self->state);
  g_clear_object (&self->whole_scene);
  liaison_window_positions_dataset (self);

  if (dataset != NULL)
    {
      self->state = liaison_view_state_new (dataset);
      g_signal_connect_object (self->state, "visibility-changed", G_CALLBACK (liaison_window_relayout),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->state, "selection-changed", G_CALLBACK (selection_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->state, "search-changed", G_CALLBACK (search_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->state, "visibility-changed", G_CALLBACK (visibility_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  liaison_window_explore_state (self);

  /* Everything that shows the dataset follows the new state through the
   * bindings in liaison-window.ui; the search bar hands it what is typed.
   */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (dataset));
  selection_changed_cb (self);
  update_title (self);

  gtk_stack_set_visible_child_name (self->content_stack, dataset != NULL ? "loading" : "empty");
  liaison_window_relayout (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Stops a file that is opening: a dataset, or an investigation still
 * being read. What was open stays. FALSE when none was opening.
 */
gboolean
liaison_window_cancel_opening (LiaisonWindow *self)
{
  gboolean cancelled = liaison_window_cancel_investigation (self);

  if (self->loader != NULL && self->load_cancellable != NULL)
    {
      g_cancellable_cancel (self->load_cancellable);
      cancelled = TRUE;
    }
  return cancelled;
}

/* Stops whatever is under way: a file opening, or a layout. */
void
liaison_window_cancel (LiaisonWindow *self)
{
  liaison_window_cancel_opening (self);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  if (self->layout_cancellable != NULL)
    g_cancellable_cancel (self->layout_cancellable);
  /* An export that is only writing its file has no bar to cancel it. */
  if (self->export_laying_out)
    g_cancellable_cancel (self->export_cancellable);
}

static gboolean
entity_filter_func (gpointer item,
                    gpointer user_data)
{
  LiaisonWindow *self = user_data;

  guint index = liaison_entity_get_index (LIAISON_ENTITY (item));

  if (self->state == NULL)
    return TRUE;

  if (!liaison_view_state_is_entity_visible (self->state, index))
    return FALSE;

  return liaison_view_state_get_search (self->state) == NULL || liaison_view_state_is_match (self->state, index);
}

static void
entity_activated_cb (LiaisonWindow *self,
                     guint          position,
                     GtkListView   *view)
{
  g_autoptr(LiaisonEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (entity == NULL || self->state == NULL)
    return;

  liaison_view_state_select (self->state, LIAISON_ELEMENT_ENTITY, liaison_entity_get_index (entity));
  liaison_graph_view_center_on (self->graph_view, LIAISON_ELEMENT_ENTITY, liaison_entity_get_index (entity));
}

static void
details_navigate_cb (LiaisonWindow      *self,
                     int                 kind,
                     guint               index,
                     LiaisonDetailsPane *pane)
{
  liaison_graph_view_center_on (self->graph_view, kind, index);
}

static void
zoom_changed_cb (LiaisonWindow    *self,
                 GParamSpec       *pspec,
                 LiaisonGraphView *view)
{
  /* TRANSLATORS: a zoom level, e.g. "150%" */
  g_autofree char *text = g_strdup_printf (_("%.0f%%"), liaison_graph_view_get_zoom (view) * 100);

  gtk_label_set_label (self->zoom_label, text);
}

/* A choice in the engine menu: this window's engine, and the preference
 * that the other windows without an investigation's engine, and new
 * files, follow. It lays out from scratch.
 */
static void
engine_selected_cb (LiaisonWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->engine_dropdown);
  gboolean had_own = self->engine >= 0;

  /* Nothing selected, for a moment: the menu shows the engine again. */
  if (selected >= LIAISON_N_LAYOUT_ENGINES)
    {
      show_engine (self);
      return;
    }
  if (selected == liaison_window_get_engine (self))
    return;

  if (self->settings == NULL)
    {
      /* No application, so no preference: the window's alone. */
      self->engine = selected;
      liaison_window_relayout_afresh (self);
      return;
    }

  self->engine = -1;
  if (selected != preferred_engine (self))
    /* Every window that follows the preference, this one now too, lays out. */
    g_settings_set_string (self->settings, "layout-engine", liaison_layout_engine_to_string (selected));
  else if (had_own)
    liaison_window_relayout_afresh (self);
}

/* The preference changed, in this window's menu or another's: a window
 * with an investigation's engine keeps it.
 */
static void
engine_preference_cb (LiaisonWindow *self)
{
  if (self->engine >= 0)
    return;

  show_engine (self);
  liaison_window_relayout_afresh (self);
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

/* Called once the window belongs to the application: "application" is not
 * a construct property, so it is not there yet in constructed().
 */
static void
setup_settings (LiaisonWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  int width, height;

  if (app == NULL || self->settings != NULL)
    return;

  self->settings = liaison_application_get_settings (LIAISON_APPLICATION (app));

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Not bound to the menu: a window may show an investigation's engine,
   * which is not the preference.
   */
  show_engine (self);
  g_signal_connect_object (self->engine_dropdown, "notify::selected",
                           G_CALLBACK (engine_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::layout-engine",
                           G_CALLBACK (engine_preference_cb), self, G_CONNECT_SWAPPED);
}

static void
liaison_window_dispose (GObject *object)
{
  LiaisonWindow *self = (LiaisonWindow *)object;

  /* The investigation first: cancelling its reading says so to the user. */
  liaison_window_dispose_investigation (self);
  liaison_window_cancel (self);
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->layout_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->whole_scene);
  g_clear_object (&self->positions);
  g_clear_object (&self->loader);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  liaison_window_dispose_explore (self);
  liaison_window_dispose_reload (self);
  liaison_window_dispose_investigation (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_WINDOW);

  g_clear_object (&self->state);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->nodes_file);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (liaison_window_parent_class)->dispose (object);
}

static void
liaison_window_finalize (GObject *object)
{
  LiaisonWindow *self = (LiaisonWindow *)object;

  g_clear_pointer (&self->status_message, g_free);
  g_clear_pointer (&self->listed_search, g_free);
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
    case PROP_STATE:
      g_value_set_object (value, self->state);
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
  /* How the dataset is looked at; the panels are bound to it. */
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_MESSAGE] =
    g_param_spec_string ("status-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIAISON_TYPE_ANALYSIS);
  g_type_ensure (LIAISON_TYPE_DETAILS_PANE);
  g_type_ensure (LIAISON_TYPE_ENTITY);
  g_type_ensure (LIAISON_TYPE_ENTITY_TABLE);
  g_type_ensure (LIAISON_TYPE_GRAPH_VIEW);
  g_type_ensure (LIAISON_TYPE_HIDDEN_MATCHES);
  g_type_ensure (LIAISON_TYPE_LEGEND);
  g_type_ensure (LIAISON_TYPE_METRICS_LEGEND);
  g_type_ensure (LIAISON_TYPE_SEARCH_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, engine_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, no_layout_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, entity_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, details_pane);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, explore_revealer);
  gtk_widget_class_bind_template_callback (widget_class, entity_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_navigate_cb);

  liaison_window_install_actions (widget_class);
  liaison_window_class_init_paths (widget_class);
  g_type_ensure (LIAISON_TYPE_SOURCES_PANEL);
  gtk_widget_class_bind_template_child_full (widget_class, "sources_revealer", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "sources_panel", FALSE, 0);
  liaison_window_install_explore_actions (widget_class);
  liaison_window_install_positions_actions (widget_class);
  liaison_window_install_investigation_actions (widget_class);
}

/* win.show-sources: a check item in the menu, and the panel's own close
 * button. Not a GPropertyAction, which would keep the revealer, and the
 * panel's bindings to the window, alive past the window's disposal.
 */
static void
show_sources_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       user_data)
{
  GObject *revealer = gtk_widget_get_template_child (GTK_WIDGET (user_data), LIAISON_TYPE_WINDOW, "sources_revealer");

  g_simple_action_set_state (action, value);
  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), g_variant_get_boolean (value));
}

static void
init_sources (LiaisonWindow *self)
{
  g_autoptr(GSimpleAction) show_sources = g_simple_action_new_stateful ("show-sources", NULL,
                                                                         g_variant_new_boolean (FALSE));

  g_signal_connect (show_sources, "change-state", G_CALLBACK (show_sources_cb), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_sources));
}

static void
liaison_window_init (LiaisonWindow *self)
{
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->engine = -1;
  setup_engine_dropdown (self);

  self->filter = gtk_custom_filter_new (entity_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->entity_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  liaison_window_init_opening (self);
  liaison_window_init_paths (self);
  init_sources (self);
  liaison_window_init_explore (self);
  liaison_window_init_positions (self);
  g_signal_connect_object (self->graph_view, "notify::zoom", G_CALLBACK (zoom_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "notify::can-go-back",
                           G_CALLBACK (liaison_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "notify::can-go-forward",
                           G_CALLBACK (liaison_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "notify::scene",
                           G_CALLBACK (liaison_window_update_actions), self, G_CONNECT_SWAPPED);
  zoom_changed_cb (self, NULL, self->graph_view);

  liaison_window_update_actions (self);
}

LiaisonWindow *
liaison_window_new (LiaisonApplication *application)
{
  LiaisonWindow *self = g_object_new (LIAISON_TYPE_WINDOW,
                                      "application", application,
                                      NULL);

  setup_settings (self);
  return self;
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

/* TRUE while a file opens or a layout runs: until the picture is ready. */
gboolean
liaison_window_get_loading (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);

  return self->loader != NULL || self->layout_cancellable != NULL || self->export_laying_out ||
         liaison_window_is_reading_investigation (self);
}

/* The last message shown to the user, in a toast; NULL after a success. */
const char *
liaison_window_get_status_message (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->status_message;
}

LiaisonViewState *
liaison_window_get_view_state (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->state;
}

GtkWidget *
liaison_window_get_graph_view (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->graph_view);
}

GtkWidget *
liaison_window_get_details_pane (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->details_pane);
}

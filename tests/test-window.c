/* test-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "liaison-export-dialog.h"
#include "liaison-graph-view.h"
#include "liaison-search-bar.h"
#include "liaison-window-private.h"
#include "ui-test-common.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* The first "Failed to set text … from markup" GTK logged: a message was
 * taken for markup, and its label shows nothing.
 */
static char *markup_warning;

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
          g_str_has_prefix (fields[i].value, "Failed to set text"))
        {
          if (markup_warning == NULL)
            markup_warning = g_strdup (fields[i].value);
          /* Shown but not fatal, so that the test says which message. */
          return g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
        }
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
test_opens_bundled_dataset (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  AdwWindowTitle *title;

  g_assert_nonnull (dataset);
  g_assert_nonnull (liaison_dataset_lookup_entity (dataset, "huawei"));
  g_assert_nonnull (liaison_dataset_lookup_entity (dataset, "ntt-docomo"));
  g_assert_null (liaison_window_get_status_message (window));

  /* The header names the dataset and counts what is in it. */
  title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW, "window_title"));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, liaison_dataset_get_title (dataset));
  g_assert_true (g_str_has_suffix (adw_window_title_get_subtitle (title), " relations, 2 sources"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_broken_file_keeps_dataset (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *before = liaison_window_get_dataset (window);
  g_autoptr(GFile) broken = ui_test_file ("invalid", "relation-to-unknown-entity.json");
  g_autoptr(GFile) empty = ui_test_file ("invalid", "empty.json");

  g_assert_nonnull (before);

  liaison_window_open (window, broken);
  ui_test_wait_for_load (window);

  /* What was open stays open, and the toast says what and where. */
  g_assert_true (liaison_window_get_dataset (window) == before);
  g_assert_cmpstr (liaison_window_get_status_message (window), ==,
                   "Could not open “relation-to-unknown-entity.json”: relations[0].to: unknown "
                   "entity \"huwei\" (did you mean \"huawei\"?)");

  liaison_window_open (window, empty);
  ui_test_wait_for_load (window);
  g_assert_true (liaison_window_get_dataset (window) == before);
  g_assert_cmpstr (liaison_window_get_status_message (window), ==,
                   "Could not open “empty.json”: the file is empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_opens_another_file (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autoptr(GFile) file = ui_test_file ("valid", "japanese-and-chinese.json");
  LiaisonDataset *dataset;

  ui_test_open_file (window, file);
  dataset = liaison_window_get_dataset (window);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "華為と日本");
  g_assert_true (g_file_equal (liaison_window_get_file (window), file));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A CSV edge list and its node table picked together, the node table
 * first: which is which is read from their headers.
 */
static void
test_opens_edge_list_with_node_table (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GFile) nodes = ui_test_file ("csv", "nodes.csv");
  g_autoptr(GFile) edges = ui_test_file ("csv", "edges.csv");
  LiaisonDataset *dataset;

  g_list_store_append (files, nodes);
  g_list_store_append (files, edges);
  liaison_window_open_files (window, G_LIST_MODEL (files));
  ui_test_wait_for_load (window);

  dataset = liaison_window_get_dataset (window);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 4);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 3);
  /* Labels and types come from the node table. */
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_lookup_entity (dataset, "huawei")), ==,
                   "Huawei Technologies");
  g_assert_true (g_file_equal (liaison_window_get_file (window), edges));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_newer_open_supersedes (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autoptr(GFile) first = ui_test_file ("valid", "minimal.json");
  g_autoptr(GFile) second = ui_test_file ("valid", "self-loop-and-parallel.json");

  /* The second request replaces the first before it lands. */
  liaison_window_open (window, first);
  liaison_window_open (window, second);
  ui_test_wait_for_load (window);

  g_assert_true (g_file_equal (liaison_window_get_file (window), second));
  g_assert_cmpuint (liaison_dataset_get_n_entities (liaison_window_get_dataset (window)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
first_menu_labels (GMenuModel *menu)
{
  GString *labels = g_string_new (NULL);

  /* Sections first, then their items. */
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          g_string_append_printf (labels, "%s|", label);
        }
    }

  return g_string_free (labels, FALSE);
}

static void
test_japanese (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);
  LiaisonWindow *window;
  GtkMenuButton *menu_button;
  g_autofree char *labels = NULL;
  AdwWindowTitle *title;

  if (messages == NULL || !g_str_has_prefix (messages, "ja"))
    {
      g_test_skip ("runs in the window-ja test, with LC_ALL=ja_JP.UTF-8");
      return;
    }

  window = ui_test_open_window ();

  menu_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW,
                                                                "primary_menu_button"));
  labels = first_menu_labels (gtk_menu_button_get_menu_model (menu_button));
  g_test_message ("menu: %s", labels);
  g_assert_nonnull (strstr (labels, "エクスポート"));
  g_assert_nonnull (strstr (labels, "キーボードショートカット"));
  g_assert_nonnull (strstr (labels, "Liaison について"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (menu_button)), ==, "メインメニュー");

  title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW, "window_title"));
  g_test_message ("subtitle: %s", adw_window_title_get_subtitle (title));
  g_assert_true (g_str_has_suffix (adw_window_title_get_subtitle (title), "出典 2 件"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The search's own bar and entry, inside the window's search bar. */
static GtkSearchBar *
search_bar (LiaisonWindow *window)
{
  return GTK_SEARCH_BAR (ui_test_search_child (window, "search_bar"));
}

static GtkEditable *
search_entry (LiaisonWindow *window)
{
  return GTK_EDITABLE (ui_test_search_child (window, "search_entry"));
}

static gboolean
search_is (gpointer data)
{
  LiaisonWindow *window = data;
  const char *wanted = g_object_get_data (G_OBJECT (window), "wanted-search");

  return g_strcmp0 (liaison_view_state_get_search (liaison_window_get_view_state (window)), wanted) == 0;
}

static void
wait_for_search (LiaisonWindow *window,
                 const char    *wanted)
{
  g_object_set_data_full (G_OBJECT (window), "wanted-search", g_strdup (wanted), g_free);
  ui_test_wait_until (search_is, window);
}

static void
test_search_entry (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  GtkSearchBar *bar = search_bar (window);
  GtkEditable *entry = search_entry (window);
  GtkStack *sidebar = ui_test_window_child (window, "sidebar_stack");
  LiaisonDataset *dataset = liaison_window_get_dataset (window);

  /* With an entity's details in the sidebar, Ctrl+F brings the list back,
   * since that is what the search filters.
   */
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY,
                             liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "zte")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "details");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "entities");

  /* What is typed becomes the search... */
  gtk_editable_set_text (entry, "softbank");
  wait_for_search (window, "softbank");

  /* ...and closing the bar ends it, rather than leave the list filtered
   * and the graph highlighted behind a hidden entry.
   */
  gtk_search_bar_set_search_mode (bar, FALSE);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  wait_for_search (window, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_quit_saves_window_size (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GSettings *settings = liaison_application_get_settings (LIAISON_APPLICATION (app));
  int width, height;

  /* Quitting (Ctrl+Q) remembers the size as closing the window does. */
  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 777);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 1111);
  g_assert_cmpint (height, ==, 777);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_settings_reset (settings, "window-size");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
test_layout_timeout_from_preferences (void)
{
  LiaisonApplication *app = LIAISON_APPLICATION (g_application_get_default ());
  GSettings *settings = liaison_application_get_settings (app);

  /* Without --layout-timeout, the preference rules. */
  g_settings_set_uint (settings, "layout-timeout", 7);
  g_assert_cmpuint (liaison_application_get_layout_timeout (app), ==, 7);
  g_settings_reset (settings, "layout-timeout");
  g_assert_cmpuint (liaison_application_get_layout_timeout (app), ==, 60);
}

static void
test_failed_first_layout (void)
{
  LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (g_application_get_default ()));
  GtkStack *content = ui_test_window_child (window, "content_stack");
  AdwStatusPage *page = ui_test_window_child (window, "no_layout_page");

  /* With nothing on screen to keep, a failed layout says why in the
   * window and offers to try again, instead of spinning for ever.
   */
  g_setenv ("LIAISON_WORKER_TEST_ABORT", "1", TRUE);
  gtk_window_present (GTK_WINDOW (window));
  liaison_window_open_bundled (window);
  ui_test_wait_for_load (window);
  g_unsetenv ("LIAISON_WORKER_TEST_ABORT");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "no-layout");
  g_assert_true (g_str_has_suffix (adw_status_page_get_description (page), "crashed (Aborted); try another engine"));
  g_assert_null (liaison_graph_view_get_scene (LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.relayout", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "loading");
  ui_test_wait_for_load (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "graph");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
export_reported (gpointer data)
{
  return g_strcmp0 (liaison_window_get_status_message (data), "Exported “whole.svg”") == 0;
}

static void
test_export_whole_graph_as_shown (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonGraphView *view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
  g_autoptr(LiaisonScene) whole = g_object_ref (liaison_graph_view_get_scene (view));
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "whole.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonExportOptions options;
  LiaisonExportDialog *dialog;

  liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
  expected = liaison_export_to_bytes (whole, &options, &error);
  g_assert_no_error (error);

  /* Countries hidden: the view has a layout of its own... */
  liaison_view_state_set_entity_type_visible (state, "country", FALSE);
  ui_test_wait_for_load (window);
  g_assert_true (liaison_graph_view_get_scene (view) != whole);

  /* ...and the whole graph exports as it was on screen before, not as a
   * new layout would place it.
   */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = LIAISON_EXPORT_DIALOG (ui_test_find_toplevel (LIAISON_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (dialog, "export", file, &options, TRUE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (liaison_window_get_loading (window));
  /* Done when the window says so: the file exists before it is whole. */
  ui_test_wait_until (export_reported, window);
  ui_test_wait_for_load (window);

  written = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (written, expected));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The text a toast shows: its title label's, as Pango parsed it. */
static void
collect_toast_texts (GtkWidget *widget,
                     GPtrArray *texts)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget"))
    {
      /* The title comes first, in a bin, before the buttons. */
      GtkWidget *title = gtk_widget_get_first_child (widget);

      if (ADW_IS_BIN (title) && GTK_IS_LABEL (adw_bin_get_child (ADW_BIN (title))))
        g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (adw_bin_get_child (ADW_BIN (title))))));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_toast_texts (child, texts);
}

static void
assert_toast_shows (LiaisonWindow *window,
                    const char    *message)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gboolean found = FALSE;

  collect_toast_texts (GTK_WIDGET (window), texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_test_message ("toast: %s", (char *) g_ptr_array_index (texts, i));
      found |= g_str_equal (g_ptr_array_index (texts, i), message);
    }

  g_assert_null (markup_warning);
  g_assert_true (found);
}

static gboolean
status_is (gpointer data)
{
  LiaisonWindow *window = data;

  return g_strcmp0 (liaison_window_get_status_message (window),
                    g_object_get_data (G_OBJECT (window), "wanted-status")) == 0;
}

/* A file's name and what a dataset holds are text, wherever a message
 * quotes them: never markup that paints, and never a "<" or "&" that
 * empties the toast.
 */
static void
test_messages_are_not_markup (void)
{
  static const struct {
    const char *file;
    const char *message;
  } cases[] = {
    { "relation-to-markup.json",
      "Could not open “relation-to-markup.json”: relations[0].to: unknown entity "
      "\"<span color='red' size='xx-large'>INJECTED</span>\"" },
    { "R&D notes.json",
      "Could not open “R&D notes.json”: 1:1: this is not JSON: it starts with “R&D”" },
    { "notes.xml",
      "Could not open “notes.xml”: 1:1: this is not JSON: it starts with “<” as HTML and XML do" },
  };
  LiaisonWindow *window = ui_test_open_window ();
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "R&D <draft>.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LiaisonExportOptions options;
  LiaisonExportDialog *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) broken = ui_test_file ("markup", cases[i].file);

      liaison_window_open (window, broken);
      ui_test_wait_for_load (window);
      g_assert_cmpstr (liaison_window_get_status_message (window), ==, cases[i].message);
      assert_toast_shows (window, cases[i].message);
    }

  /* The name of an exported file, likewise (in a new window, where no
   * toast about opening comes first).
   */
  gtk_window_destroy (GTK_WINDOW (window));
  window = ui_test_open_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = LIAISON_EXPORT_DIALOG (ui_test_find_toplevel (LIAISON_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
  g_signal_emit_by_name (dialog, "export", file, &options, FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_set_data (G_OBJECT (window), "wanted-status", (gpointer) "Exported “R&D <draft>.svg”");
  ui_test_wait_until (status_is, window);
  assert_toast_shows (window, "Exported “R&D <draft>.svg”");

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window (Ctrl+?) shows the keys of what the window does,
 * which it learns from the application.
 */
static void
test_shortcuts_listed (void)
{
  static const struct {
    const char *action;
    const char *accel;
  } cases[] = {
    { "win.open", "<Control>o" },
    { "win.export", "<Control>e" },
    { "win.search", "<Control>f" },
    { "win.relayout", "<Control>r" },
    { "app.quit", "<Control>q" },
  };
  LiaisonWindow *window = ui_test_open_window ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

  g_assert_nonnull (overlay);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, cases[i].action);
      GtkWidget *shortcut = ui_test_find_shortcut (GTK_WIDGET (overlay), cases[i].action);
      g_autofree char *shown = NULL;

      g_test_message ("%s", cases[i].action);
      g_assert_cmpuint (g_strv_length (accels), ==, 1);
      g_assert_cmpstr (accels[0], ==, cases[i].accel);

      g_assert_nonnull (shortcut);
      g_object_get (shortcut, "accelerator", &shown, NULL);
      g_assert_cmpstr (shown, ==, cases[i].accel);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* PNGs are sharp on today's screens unless asked otherwise. */
static void
test_export_dialog_default_dpi (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonExportDialog *dialog;
  AdwComboRow *format_row;
  AdwComboRow *resolution_row;
  LiaisonExportOptions options;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = LIAISON_EXPORT_DIALOG (ui_test_find_toplevel (LIAISON_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  format_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), LIAISON_TYPE_EXPORT_DIALOG,
                                                             "format_row"));
  resolution_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), LIAISON_TYPE_EXPORT_DIALOG,
                                                                 "resolution_row"));

  adw_combo_row_set_selected (format_row, LIAISON_EXPORT_PNG);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (resolution_row)));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (resolution_row)), ==,
                   "Sharp, 144 dpi");

  liaison_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, LIAISON_EXPORT_PNG);
  g_assert_cmpfloat (options.dpi, ==, 144);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gpointer
get_dialog_child (LiaisonExportDialog *dialog,
                  const char          *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (dialog), LIAISON_TYPE_EXPORT_DIALOG, name);
}

/* Title, legend and credits: on for PDF, off for SVG and PNG, as the
 * command line; and the page a drawing is fitted to.
 */
static void
test_export_dialog_decorations (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonExportDialog *dialog;
  LiaisonExportOptions options;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = LIAISON_EXPORT_DIALOG (ui_test_find_toplevel (LIAISON_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_action_row_get_subtitle (get_dialog_child (dialog, "title_row")), ==,
                   "Huawei and Japan, 2019");

  adw_combo_row_set_selected (get_dialog_child (dialog, "format_row"), LIAISON_EXPORT_PDF);
  liaison_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.decorations, ==, LIAISON_DECORATIONS_ALL);
  g_assert_cmpint (options.page, ==, LIAISON_PAGE_DRAWING);

  gtk_switch_set_active (get_dialog_child (dialog, "legend_switch"), FALSE);
  adw_combo_row_set_selected (get_dialog_child (dialog, "page_row"), LIAISON_PAGE_A4);
  liaison_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.decorations, ==, LIAISON_DECORATION_TITLE | LIAISON_DECORATION_CREDITS);
  g_assert_cmpint (options.page, ==, LIAISON_PAGE_A4);

  adw_combo_row_set_selected (get_dialog_child (dialog, "format_row"), LIAISON_EXPORT_SVG);
  g_assert_true (gtk_widget_get_visible (get_dialog_child (dialog, "page_group")));
  liaison_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.decorations, ==, LIAISON_DECORATIONS_NONE);

  adw_combo_row_set_selected (get_dialog_child (dialog, "format_row"), LIAISON_EXPORT_JSON);
  g_assert_false (gtk_widget_get_visible (get_dialog_child (dialog, "page_group")));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Open means shown whole, as a person sees it before pressing Escape (an
 * Escape pressed while the bar still slides in goes unseen here).
 */
static gboolean
search_mode_is (gpointer data)
{
  GtkSearchBar *bar = data;
  gboolean wanted = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (bar), "wanted"));
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_first_child (GTK_WIDGET (bar)));

  return gtk_search_bar_get_search_mode (bar) == wanted &&
         (!wanted || gtk_revealer_get_child_revealed (revealer));
}

static gboolean
has_size (gpointer data)
{
  return gtk_widget_get_width (data) > 0 && gtk_widget_get_height (data) > 0;
}

static void
wait_for_search_mode (GtkSearchBar *bar,
                      gboolean      wanted)
{
  g_object_set_data (G_OBJECT (bar), "wanted", GINT_TO_POINTER (wanted));
  ui_test_wait_until (search_mode_is, bar);
}

typedef struct
{
  LiaisonWindow    *window;
  GtkSearchBar     *bar;
  LiaisonGraphView *view;
  double            zoom;
} KeyOutcome;

/* The key was taken either way: by a search, or by the view. */
static gboolean
searched_or_zoomed (gpointer data)
{
  KeyOutcome *outcome = data;

  return gtk_search_bar_get_search_mode (outcome->bar) ||
         liaison_view_state_get_search (liaison_window_get_view_state (outcome->window)) != NULL ||
         G_APPROX_VALUE (liaison_graph_view_get_zoom (outcome->view), outcome->zoom, 1e-6);
}

static void
test_graph_keys_after_search (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
  GtkSearchBar *bar = search_bar (window);
  KeyOutcome outcome = { window, bar, view, 0 };
  double fit;

  ui_test_wait_until (has_size, view);
  liaison_graph_view_zoom_to_fit (view, FALSE);
  fit = liaison_graph_view_get_zoom (view);
  liaison_graph_view_zoom_by (view, 2);
  g_assert_false (G_APPROX_VALUE (liaison_graph_view_get_zoom (view), fit, 1e-6));

  /* Working on the graph, a search with Ctrl+F, closed with Escape... */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  if (!ui_test_press_keys (window, "ctrl+f"))
    {
      g_test_skip ("pressing keys needs X11 and xdotool");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  wait_for_search_mode (bar, TRUE);
  ui_test_press_keys (window, "Escape");
  wait_for_search_mode (bar, FALSE);

  /* ...gives the keys back to the graph: f fits it, rather than start a
   * search for "f"...
   */
  outcome.zoom = fit;
  ui_test_press_keys (window, "f");
  ui_test_wait_until (searched_or_zoomed, &outcome);
  g_assert_null (liaison_view_state_get_search (liaison_window_get_view_state (window)));
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (view), fit, 1e-6);

  /* ...and 0 shows it at actual size. */
  outcome.zoom = 1;
  ui_test_press_keys (window, "0");
  ui_test_wait_until (searched_or_zoomed, &outcome);
  g_assert_null (liaison_view_state_get_search (liaison_window_get_view_state (window)));
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (view), 1, 1e-6);

  /* In the entity list, typing is what starts a search. */
  g_assert_true (gtk_widget_grab_focus (ui_test_window_child (window, "entity_list")));
  ui_test_press_keys (window, "z");
  wait_for_search (window, "z");
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
view_settled (gpointer data)
{
  return liaison_graph_view_is_settled (data);
}

/* The zoom that @action on @target leaves, starting from the whole graph. */
static double
zoom_after (LiaisonGraphView *view,
            GtkWidget        *target,
            const char       *action)
{
  liaison_graph_view_zoom_to_fit (view, FALSE);
  g_assert_true (gtk_widget_activate_action (target, action, NULL));
  ui_test_wait_until (view_settled, view);

  return liaison_graph_view_get_zoom (view);
}

/* The zoom buttons do what the view's own keys do. */
static void
test_zoom_buttons (void)
{
  static const char *const actions[] = { "zoom-in", "zoom-out", "zoom-actual", "zoom-fit" };
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
  double fit;

  ui_test_wait_until (has_size, view);
  liaison_graph_view_zoom_to_fit (view, FALSE);
  fit = liaison_graph_view_get_zoom (view);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *button = g_strconcat ("win.", actions[i], NULL);
      g_autofree char *key = g_strconcat ("view.", actions[i], NULL);
      double by_button = zoom_after (view, GTK_WIDGET (window), button);

      g_test_message ("%s: %g", button, by_button);
      g_assert_cmpfloat_with_epsilon (by_button, zoom_after (view, GTK_WIDGET (view), key), 1e-9);
    }

  g_assert_cmpfloat (zoom_after (view, GTK_WIDGET (window), "win.zoom-in"), >, fit);
  g_assert_cmpfloat (zoom_after (view, GTK_WIDGET (window), "win.zoom-out"), <, fit);
  g_assert_cmpfloat_with_epsilon (zoom_after (view, GTK_WIDGET (window), "win.zoom-actual"), 1, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
recent_item_shown (gpointer data)
{
  return ui_test_find_label_containing (data, "notes.json") != NULL;
}

/* A file's name in the recent menu is shown as it is: a menu takes "_"
 * for the mark of an access key, and "my_notes.json" lost its "_".
 */
static void
test_recent_menu_shows_underscores (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autoptr(GFile) source = ui_test_file ("valid", "minimal.json");
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "my_notes.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *open_button = ui_test_window_child (window, "open_button");
  GtkLabel *label;

  g_file_copy (source, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);

  adw_split_button_popup (ADW_SPLIT_BUTTON (open_button));
  ui_test_wait_until (recent_item_shown, open_button);
  label = GTK_LABEL (ui_test_find_label_containing (open_button, "notes.json"));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "my_notes.json");
  adw_split_button_popdown (ADW_SPLIT_BUTTON (open_button));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closed, a window is freed: the panels bound to its state, the search
 * bar and its jobs let go of it.
 */
static void
test_closing_frees_window (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_wait_until (ui_test_is_null, &weak);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = NULL;
  g_autofree char *recent_dir = NULL;
  g_autofree char *recent_file = NULL;
  int status;

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  /* Files opened here go into a list of recent files of the tests' own. */
  recent_dir = g_dir_make_tmp ("liaison-test-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", recent_dir, TRUE);
  /* Held until the tests end. */
  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/window/opens-bundled-dataset", test_opens_bundled_dataset);
  g_test_add_func ("/window/broken-file-keeps-dataset", test_broken_file_keeps_dataset);
  g_test_add_func ("/window/opens-another-file", test_opens_another_file);
  g_test_add_func ("/window/opens-edge-list-with-node-table", test_opens_edge_list_with_node_table);
  g_test_add_func ("/window/newer-open-supersedes", test_newer_open_supersedes);
  g_test_add_func ("/window/search-entry", test_search_entry);
  g_test_add_func ("/window/quit-saves-window-size", test_quit_saves_window_size);
  g_test_add_func ("/window/failed-first-layout", test_failed_first_layout);
  g_test_add_func ("/window/layout-timeout-from-preferences", test_layout_timeout_from_preferences);
  g_test_add_func ("/window/export-whole-graph-as-shown", test_export_whole_graph_as_shown);
  g_test_add_func ("/window/messages-are-not-markup", test_messages_are_not_markup);
  g_test_add_func ("/window/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/window/export-dialog-default-dpi", test_export_dialog_default_dpi);
  g_test_add_func ("/window/export-dialog-decorations", test_export_dialog_decorations);
  g_test_add_func ("/window/graph-keys-after-search", test_graph_keys_after_search);
  g_test_add_func ("/window/zoom-buttons", test_zoom_buttons);
  g_test_add_func ("/window/closing-frees-window", test_closing_frees_window);
  g_test_add_func ("/window/recent-menu-shows-underscores", test_recent_menu_shows_underscores);
  g_test_add_func ("/window/japanese", test_japanese);

  status = g_test_run ();

  recent_file = g_build_filename (recent_dir, "recently-used.xbel", NULL);
  g_unlink (recent_file);
  g_rmdir (recent_dir);
  return status;
}

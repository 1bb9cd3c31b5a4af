/* test-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ui-test-common.h"

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

  liaison_window_open (window, file);
  ui_test_wait_for_load (window);

  dataset = liaison_window_get_dataset (window);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "華為と日本");
  g_assert_true (g_file_equal (liaison_window_get_file (window), file));

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

int
main (int   argc,
      char *argv[])
{
  /* Held until the tests end. */
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/window/opens-bundled-dataset", test_opens_bundled_dataset);
  g_test_add_func ("/window/broken-file-keeps-dataset", test_broken_file_keeps_dataset);
  g_test_add_func ("/window/opens-another-file", test_opens_another_file);
  g_test_add_func ("/window/newer-open-supersedes", test_newer_open_supersedes);
  g_test_add_func ("/window/japanese", test_japanese);

  return g_test_run ();
}

/* test-open-anyway.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A file whose meaning has problems: the error offers "Open Anyway",
 * which opens the rest, and the header's "Left Out" lists what was not.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "liaison-application.h"
#include "liaison-window.h"
#include "ui-test-common.h"

static const char mixed[] =
  "{\n"
  "  \"sources\": [ { \"id\": \"s1\", \"title\": \"Ledger\" } ],\n"
  "  \"entities\": [\n"
  "    { \"id\": \"a\", \"label\": \"A\", \"evidence\": [ { \"source\": \"s1\" }, { \"source\": \"nope\" } ] },\n"
  "    { \"id\": \"b\", \"label\": \"B\" },\n"
  "    { \"id\": \"c\", \"label\": \"C\", \"description\": 7 }\n"
  "  ],\n"
  "  \"relations\": [\n"
  "    { \"from\": \"a\", \"to\": \"ghost\" },\n"
  "    { \"from\": \"a\", \"to\": \"c\" },\n"
  "    { \"from\": \"a\", \"to\": \"b\" }\n"
  "  ]\n"
  "}\n";

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static void
test_open_anyway (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *bundled = liaison_window_get_dataset (window);
  g_autofree char *dir = g_dir_make_tmp ("liaison-open-anyway-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mixed.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *button = ui_test_find_named (GTK_WIDGET (window), "left-out-button");
  AdwMessageDialog *dialog;
  GtkPopover *popover;
  GtkWidget *list;
  GtkWidget *row;
  const char *expected[] = {
    "entities[0].evidence[1].source: unknown source \"nope\"",
    "entities[2].description: expected a string, found a number (7)",
    "relations[0].to: unknown entity \"ghost\"",
  };
  guint n_rows = 0;

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));

  g_file_set_contents (path, mixed, -1, &error);
  g_assert_no_error (error);

  /* Refused: what was open stays open, and the details offer the rest. */
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);
  g_assert_true (liaison_window_get_dataset (window) == bundled);

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-open-problems", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "open-anyway"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "unknown entity \"ghost\""));
  adw_message_dialog_response (dialog, "open-anyway");

  ui_test_wait_for_load (window);
  g_assert_true (liaison_window_get_dataset (window) != bundled);
  g_assert_cmpuint (liaison_dataset_get_n_entities (liaison_window_get_dataset (window)), ==, 2);
  g_assert_cmpuint (liaison_dataset_get_n_relations (liaison_window_get_dataset (window)), ==, 1);

  /* What was left out, a line each with its place in the file. */
  g_assert_true (gtk_widget_get_visible (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  list = ui_test_find_named (GTK_WIDGET (popover), "left-out-list");
  g_assert_nonnull (list);
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_assert_cmpuint (n_rows, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected[n_rows]);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (expected));

  /* The list is there to come back to, until another file opens. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));

  liaison_window_open_bundled (window);
  ui_test_wait_for_load (window);
  g_assert_false (gtk_widget_get_visible (button));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/open-anyway/lists-left-out", test_open_anyway);

  return g_test_run ();
}

/* test-explore-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Focus, expand, hide and show everything in the window, and undo and
 * redo of each: what the graph, the header, the entity list and the
 * search say afterwards.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-graph-view.h"
#include "liaison-hidden-matches.h"
#include "liaison-search-bar.h"
#include "liaison-view-counts.h"
#include "ui-test-common.h"

static const char *
subtitle (LiaisonWindow *window)
{
  return adw_window_title_get_subtitle (ui_test_window_child (window, "window_title"));
}

static guint
n_nodes (LiaisonWindow *window)
{
  LiaisonGraphView *view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));

  return liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view));
}

static gboolean
list_filtered (gpointer data)
{
  GtkListView *list = data;
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  GListModel *filtered = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));

  return gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (filtered)) == 0;
}

/* Rows in the entity list, once its filter has gone through them all. */
static guint
n_listed (LiaisonWindow *window)
{
  GtkListView *list = ui_test_window_child (window, "entity_list");

  ui_test_wait_until (list_filtered, list);
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

static void
assert_shown (LiaisonWindow *window,
              guint          n,
              const char    *header)
{
  g_assert_cmpuint (n_nodes (window), ==, n);
  g_assert_cmpuint (n_listed (window), ==, n);
  g_assert_cmpstr (subtitle (window), ==, header);
}

static gboolean
is_type_switch (GtkWidget     *widget,
                gconstpointer  type)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "type"), type) == 0;
}

static GtkWidget *
find_type_switch (GtkWidget  *widget,
                  const char *type)
{
  return ui_test_find (widget, is_type_switch, type);
}

/* "5 / 9": what the legend counts of a type. */
static const char *
legend_count (LiaisonWindow *window,
              const char    *type)
{
  GtkWidget *button = find_type_switch (ui_test_window_child (window, "legend"), type);

  g_assert_nonnull (button);
  return gtk_label_get_text (g_object_get_data (G_OBJECT (button), "number"));
}

static guint
count_of_type (LiaisonWindow *window,
               const char    *type,
               gboolean       shown)
{
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  guint n = 0;

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    if (g_strcmp0 (liaison_entity_get_entity_type (liaison_dataset_get_entity (dataset, i)), type) == 0 &&
        (!shown || liaison_view_state_is_entity_visible (liaison_window_get_view_state (window), i)))
      n++;

  return n;
}

static void
test_focus_expand_hide (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  g_autofree char *everything = g_strdup (subtitle (window));
  guint zte = ui_test_entity_index (window, "zte");
  guint kddi = ui_test_entity_index (window, "kddi");
  guint japan = ui_test_entity_index (window, "japan");

  g_assert_cmpuint (n_nodes (window), ==, 37);
  g_assert_cmpuint (n_listed (window), ==, 37);
  g_assert_true (g_str_has_suffix (everything, "37 entities, 76 relations, 2 sources"));

  /* ZTE and its twelve neighbours; the legend counts what is shown. */
  ui_test_act (window, "win.focus", g_variant_new ("(uu)", zte, 1));
  assert_shown (window, 13, "13 of 37 entities");
  {
    g_autofree char *countries = g_strdup_printf ("%u / %u", count_of_type (window, "country", TRUE),
                                                  count_of_type (window, "country", FALSE));

    g_assert_cmpuint (count_of_type (window, "country", TRUE), <, count_of_type (window, "country", FALSE));
    g_assert_cmpstr (legend_count (window, "country"), ==, countries);
  }
  g_assert_true (liaison_view_state_is_entity_visible (state, kddi));
  g_assert_false (liaison_view_state_is_entity_visible (state, ui_test_entity_index (window, "ren-zhengfei")));

  /* Japan, shown, one step further: its neighbours join. */
  ui_test_act (window, "win.expand", g_variant_new_uint32 (japan));
  g_assert_cmpuint (n_nodes (window), >, 13);
  g_assert_cmpuint (n_listed (window), ==, n_nodes (window));
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (relation->from == japan || relation->to == japan)
        g_assert_true (liaison_view_state_is_entity_visible (state, relation->from == japan ? relation->to
                                                                                              : relation->from));
    }

  /* KDDI, selected, leaves: the selection with it. */
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, kddi);
  ui_test_act (window, "win.undo", NULL);
  assert_shown (window, 13, "13 of 37 entities");
  ui_test_act (window, "win.hide", g_variant_new_uint32 (kddi));
  assert_shown (window, 12, "12 of 37 entities");
  g_assert_false (liaison_view_state_is_entity_visible (state, kddi));
  g_assert_false (liaison_view_state_get_selection (state, NULL, NULL));

  /* Undo brings it back; redo takes it away again. */
  ui_test_act (window, "win.undo", NULL);
  assert_shown (window, 13, "13 of 37 entities");
  ui_test_act (window, "win.redo", NULL);
  assert_shown (window, 12, "12 of 37 entities");

  /* Show Everything, and its undo. */
  ui_test_act (window, "win.show-everything", NULL);
  assert_shown (window, 37, everything);
  {
    g_autofree char *countries = g_strdup_printf ("%u", count_of_type (window, "country", FALSE));

    g_assert_cmpstr (legend_count (window, "country"), ==, countries);
  }
  ui_test_act (window, "win.undo", NULL);
  assert_shown (window, 12, "12 of 37 entities");

  /* Down to nothing focused at all. */
  ui_test_act (window, "win.undo", NULL);
  ui_test_act (window, "win.undo", NULL);
  ui_test_act (window, "win.undo", NULL);
  assert_shown (window, 37, everything);
  g_assert_true (liaison_view_state_is_everything_visible (state));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Hiding from the whole graph, and several entities focused at once. */
static void
test_hide_and_add_to_focus (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  guint huawei = ui_test_entity_index (window, "huawei");
  guint ren = ui_test_entity_index (window, "ren-zhengfei");
  guint softbank = ui_test_entity_index (window, "softbank");

  ui_test_act (window, "win.hide", g_variant_new_uint32 (huawei));
  assert_shown (window, 36, "36 of 37 entities");
  g_assert_false (liaison_view_state_is_entity_visible (state, huawei));

  ui_test_act (window, "win.show-everything", NULL);
  ui_test_act (window, "win.focus", g_variant_new ("(uu)", ren, 1));
  g_assert_true (liaison_view_state_is_entity_visible (state, huawei));
  g_assert_false (liaison_view_state_is_entity_visible (state, softbank));
  ui_test_act (window, "win.add-to-focus", g_variant_new_uint32 (softbank));
  g_assert_true (liaison_view_state_is_entity_visible (state, ren));
  g_assert_true (liaison_view_state_is_entity_visible (state, softbank));
  g_assert_cmpuint (n_listed (window), ==, n_nodes (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The type switches of the legend are undone like a focus, and the
 * switch follows.
 */
static void
test_undo_type_filter (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  GtkCheckButton *country;
  guint n_countries = 0;

  for (guint i = 0; i < 37; i++)
    n_countries += g_strcmp0 (liaison_entity_get_entity_type (liaison_dataset_get_entity (liaison_window_get_dataset (window), i)),
                              "country") == 0;
  g_assert_cmpuint (n_countries, >, 0);

  country = GTK_CHECK_BUTTON (find_type_switch (ui_test_window_child (window, "legend"), "country"));
  g_assert_nonnull (country);
  gtk_check_button_set_active (country, FALSE);
  ui_test_wait_for_load (window);
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "country"));
  g_assert_cmpuint (n_nodes (window), ==, 37 - n_countries);
  g_assert_cmpuint (n_listed (window), ==, 37 - n_countries);

  ui_test_act (window, "win.undo", NULL);
  g_assert_true (liaison_view_state_get_entity_type_visible (state, "country"));
  g_assert_true (gtk_check_button_get_active (country));
  assert_shown (window, 37, subtitle (window));
  g_assert_false (gtk_revealer_get_reveal_child (ui_test_window_child (window, "explore_revealer")));

  ui_test_act (window, "win.redo", NULL);
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "country"));
  g_assert_false (gtk_check_button_get_active (country));
  g_assert_cmpuint (n_nodes (window), ==, 37 - n_countries);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A search result outside the focus is not counted, says it is hidden,
 * and comes in at a click.
 */
static void
test_hidden_search_result (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  GtkWidget *search = ui_test_window_child (window, "search_bar");
  GtkWidget *sidebar = gtk_widget_get_parent (search);
  guint zte = ui_test_entity_index (window, "zte");
  guint ren = ui_test_entity_index (window, "ren-zhengfei");
  GtkWidget *row_label, *show;

  ui_test_act (window, "win.focus", g_variant_new ("(uu)", zte, 1));
  liaison_search_bar_set_search_mode (LIAISON_SEARCH_BAR (search), TRUE);
  liaison_view_state_set_search (state, "zhengfei");

  /* The count leaves it out, and the list does not show it... */
  g_assert_nonnull (ui_test_find_label_starting (search, "No matches"));
  g_assert_cmpuint (n_listed (window), ==, 0);

  /* ...but says it is hidden. */
  row_label = ui_test_find_label_starting (sidebar, "Ren Zhengfei is hidden");
  g_assert_nonnull (row_label);
  g_assert_true (gtk_widget_is_visible (row_label));
  /* Its own button: the search also finds entities whose description
   * or quotes name him, hidden too.
   */
  show = gtk_widget_get_next_sibling (row_label);
  g_assert_true (GTK_IS_BUTTON (show));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (show)), ==, "win.show-entity");

  g_signal_emit_by_name (show, "clicked");
  ui_test_wait_for_load (window);
  g_assert_true (liaison_view_state_is_entity_visible (state, ren));
  g_assert_cmpuint (n_nodes (window), ==, 14);
  g_assert_cmpstr (subtitle (window), ==, "14 of 37 entities");
  g_assert_cmpuint (n_listed (window), ==, 1);
  g_assert_nonnull (ui_test_find_label_starting (search, "1 match"));
  g_assert_null (ui_test_find_label_starting (sidebar, "Ren Zhengfei is hidden"));

  /* One undo, and it is hidden again (from the graph: in the search
   * entry, undo is the entry's).
   */
  g_assert_true (gtk_widget_grab_focus (liaison_window_get_graph_view (window)));
  ui_test_act (window, "win.undo", NULL);
  g_assert_false (liaison_view_state_is_entity_visible (state, ren));
  g_assert_nonnull (ui_test_find_label_starting (sidebar, "Ren Zhengfei is hidden"));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  LiaisonWindow *window;
  guint          n;
} Wanted;

static gboolean
shows_n (gpointer data)
{
  Wanted *wanted = data;

  return !liaison_window_get_loading (wanted->window) &&
         liaison_view_state_count_visible_entities (liaison_window_get_view_state (wanted->window)) == wanted->n;
}

static void
wait_for_n (LiaisonWindow *window,
            guint          n)
{
  Wanted wanted = { window, n };

  ui_test_wait_until (shows_n, &wanted);
  ui_test_wait_for_load (window);
}

/* On the graph, 1, 2 and 3 focus on the selection, h hides it, Home shows
 * everything and Ctrl+Z, Shift+Ctrl+Z undo and redo.
 */
static void
test_keys (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  GtkWidget *view = liaison_window_get_graph_view (window);
  guint zte = ui_test_entity_index (window, "zte");

  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, zte);
  g_assert_true (gtk_widget_grab_focus (view));
  if (!ui_test_press_keys (window, "1"))
    {
      g_test_skip ("pressing keys needs X11 and xdotool");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  wait_for_n (window, 13);
  g_assert_cmpstr (subtitle (window), ==, "13 of 37 entities");

  ui_test_press_keys (window, "2");
  wait_for_n (window, 24);

  ui_test_press_keys (window, "h");
  wait_for_n (window, 23);
  g_assert_false (liaison_view_state_is_entity_visible (state, zte));

  ui_test_press_keys (window, "ctrl+z");
  wait_for_n (window, 24);
  ui_test_press_keys (window, "ctrl+z");
  wait_for_n (window, 13);
  ui_test_press_keys (window, "shift+ctrl+z");
  wait_for_n (window, 24);

  ui_test_press_keys (window, "Home");
  wait_for_n (window, 37);
  g_assert_true (liaison_view_state_is_everything_visible (state));

  /* In the search entry, Ctrl+Z is the entry's own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  ui_test_press_keys (window, "z");
  ui_test_press_keys (window, "ctrl+z");
  ui_test_wait_for_load (window);
  g_assert_true (liaison_view_state_is_everything_visible (state));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Clicks @button @count times on @entity, brought to the middle of the
 * graph first.
 */
static gboolean
click_entity (LiaisonWindow *window,
              guint          entity,
              int            button,
              int            count)
{
  g_autofree char *button_text = g_strdup_printf ("%d", button);
  g_autofree char *count_text = g_strdup_printf ("%d", count);
  const char *click[] = { "click", "--repeat", count_text, "--delay", "80", button_text, NULL };

  return ui_test_pointer_on_entity (window, entity, click);
}

static gboolean
is_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

/* A double-click on an entity focuses on it; a right-click opens its
 * menu, whose items act on it.
 */
static void
test_mouse (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  GtkWidget *view = liaison_window_get_graph_view (window);
  guint zte = ui_test_entity_index (window, "zte");
  GtkWidget *menu;
  GMenuModel *model;
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;

  if (!click_entity (window, zte, 1, 2))
    {
      g_test_skip ("clicking needs X11 and xdotool");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  wait_for_n (window, 13);
  g_assert_cmpstr (subtitle (window), ==, "13 of 37 entities");

  click_entity (window, zte, 3, 1);
  menu = ui_test_find_widget (view, GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  ui_test_wait_until (is_visible, menu);
  g_assert_true (liaison_view_state_get_selection (state, NULL, NULL));

  /* The first section acts on ZTE. */
  model = g_menu_model_get_item_link (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)), 0, G_MENU_LINK_SECTION);
  g_assert_true (g_menu_model_get_item_attribute (model, 5, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "_Hide");
  g_assert_true (g_menu_model_get_item_attribute (model, 5, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.hide");
  g_object_unref (model);
  gtk_popover_popdown (GTK_POPOVER (menu));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keys are in the shortcuts window; undo and redo are the
 * application's, as Ctrl+Z and Shift+Ctrl+Z.
 */
static void
test_shortcuts_listed (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_auto(GStrv) undo = gtk_application_get_accels_for_action (app, "win.undo");
  g_auto(GStrv) redo = gtk_application_get_accels_for_action (app, "win.redo");

  g_assert_cmpstr (undo[0], ==, "<Control>z");
  g_assert_cmpstr (redo[0], ==, "<Shift><Control>z");
  g_assert_nonnull (ui_test_find_shortcut (GTK_WIDGET (overlay), "win.undo"));
  g_assert_nonnull (ui_test_find_shortcut (GTK_WIDGET (overlay), "win.redo"));
  g_assert_nonnull (ui_test_find_shortcut (GTK_WIDGET (overlay), "1 2 3"));
  g_assert_nonnull (ui_test_find_shortcut (GTK_WIDGET (overlay), "e"));
  g_assert_nonnull (ui_test_find_shortcut (GTK_WIDGET (overlay), "h Delete"));
  g_assert_nonnull (ui_test_find_shortcut (GTK_WIDGET (overlay), "Home"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = NULL;

  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/explore-window/focus-expand-hide", test_focus_expand_hide);
  g_test_add_func ("/explore-window/hide-and-add-to-focus", test_hide_and_add_to_focus);
  g_test_add_func ("/explore-window/undo-type-filter", test_undo_type_filter);
  g_test_add_func ("/explore-window/hidden-search-result", test_hidden_search_result);
  g_test_add_func ("/explore-window/keys", test_keys);
  g_test_add_func ("/explore-window/mouse", test_mouse);
  g_test_add_func ("/explore-window/shortcuts-listed", test_shortcuts_listed);

  return g_test_run ();
}

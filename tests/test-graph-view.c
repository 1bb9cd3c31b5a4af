/* test-graph-view.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-details-pane.h"
#include "liaison-graph-query.h"
#include "liaison-graph-view.h"
#include "liaison-layout.h"
#include "liaison-relation-rows.h"
#include "liaison-search-bar.h"
#include "liaison-tile-cache.h"
#include "liaison-test-util.h"
#include "ui-test-common.h"

static LiaisonGraphView *
get_view (LiaisonWindow *window)
{
  return LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
}

static gboolean
view_settled (gpointer data)
{
  return liaison_graph_view_is_settled (data);
}

/* Where a scene point is in the view's own coordinates. */
static void
scene_to_widget (LiaisonGraphView *view,
                 double            x,
                 double            y,
                 double           *wx,
                 double           *wy)
{
  double cx, cy, zoom = liaison_graph_view_get_zoom (view);

  liaison_graph_view_get_center (view, &cx, &cy);
  *wx = (x - cx) * zoom + gtk_widget_get_width (GTK_WIDGET (view)) / 2.0;
  *wy = (y - cy) * zoom + gtk_widget_get_height (GTK_WIDGET (view)) / 2.0;
}

static void
test_draws_the_dataset (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  LiaisonScene *scene = liaison_graph_view_get_scene (view);

  g_assert_nonnull (scene);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, liaison_dataset_get_n_entities (dataset));
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, liaison_dataset_get_n_relations (dataset));

  /* Zoomed to fit when the layout arrived, and every tile drawn. */
  ui_test_wait_until (view_settled, view);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), >, 0.05);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), <=, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_hit_test_at_node_centre (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  LiaisonScene *scene = liaison_graph_view_get_scene (view);

  ui_test_wait_until (view_settled, view);
  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      const LiaisonSceneElement *hit;
      double wx, wy;

      scene_to_widget (view, node->x, node->y, &wx, &wy);
      hit = liaison_graph_view_hit_test (view, wx, wy);
      g_assert_true (hit == node);
    }

  /* Outside the graph there is nothing. */
  g_assert_null (liaison_graph_view_hit_test (view, 1, 1));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
view_narrower_than (gpointer data)
{
  GtkWidget *view = data;
  int *width = g_object_get_data (G_OBJECT (view), "test-width");

  return gtk_widget_get_width (view) < *width;
}

/* A drawing seen whole stays whole when the view narrows, as it does
 * when a panel opens beside the graph.
 */
static void
test_narrower_view_keeps_drawing_whole (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  const LiaisonRect *bounds;
  double x0, y0, x1, y1;
  int width;

  ui_test_wait_until (view_settled, view);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  g_object_set_data (G_OBJECT (view), "test-width", &width);

  gtk_window_set_default_size (GTK_WINDOW (window), gtk_widget_get_width (GTK_WIDGET (window)) - 400,
                               gtk_widget_get_height (GTK_WIDGET (window)));
  ui_test_wait_until (view_narrower_than, view);
  ui_test_wait_until (view_settled, view);

  bounds = liaison_scene_get_bounds (liaison_graph_view_get_scene (view));
  scene_to_widget (view, bounds->x0, bounds->y0, &x0, &y0);
  scene_to_widget (view, bounds->x1, bounds->y1, &x1, &y1);
  g_assert_cmpfloat (x0, >=, -0.5);
  g_assert_cmpfloat (y0, >=, -0.5);
  g_assert_cmpfloat (x1, <=, gtk_widget_get_width (GTK_WIDGET (view)) + 0.5);
  g_assert_cmpfloat (y1, <=, gtk_widget_get_height (GTK_WIDGET (view)) + 0.5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_zoom_and_pan (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  LiaisonScene *scene = liaison_graph_view_get_scene (view);
  const LiaisonSceneElement *node = liaison_scene_get_node (scene, 0);
  double zoom;

  ui_test_wait_until (view_settled, view);
  zoom = liaison_graph_view_get_zoom (view);
  double cx, cy, cx2, cy2, wx, wy, wx2, wy2;

  liaison_graph_view_get_center (view, &cx, &cy);

  liaison_graph_view_zoom_by (view, 2.0);
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (view), zoom * 2, 1e-9);
  liaison_graph_view_get_center (view, &cx2, &cy2);
  g_assert_cmpfloat_with_epsilon (cx2, cx, 1e-9);

  /* Panning moves by screen pixels, whatever the zoom. */
  liaison_graph_view_pan (view, 100, -50);
  liaison_graph_view_get_center (view, &cx2, &cy2);
  g_assert_cmpfloat_with_epsilon (cx2, cx + 100 / (zoom * 2), 1e-6);
  g_assert_cmpfloat_with_epsilon (cy2, cy - 50 / (zoom * 2), 1e-6);

  /* Zooming about a point keeps that point where it is on screen. */
  scene_to_widget (view, node->x, node->y, &wx, &wy);
  liaison_graph_view_zoom_at (view, 1.5, wx, wy);
  scene_to_widget (view, node->x, node->y, &wx2, &wy2);
  g_assert_cmpfloat_with_epsilon (wx2, wx, 1e-6);
  g_assert_cmpfloat_with_epsilon (wy2, wy, 1e-6);

  /* 100 % and the limits. */
  liaison_graph_view_zoom_actual (view);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), ==, 1.0);
  for (guint i = 0; i < 40; i++)
    liaison_graph_view_zoom_by (view, 2.0);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), ==, LIAISON_MAX_ZOOM);
  for (guint i = 0; i < 80; i++)
    liaison_graph_view_zoom_by (view, 0.5);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), >, 0.01);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), <, zoom);

  /* The canvas's own actions, as its keys trigger them. */
  liaison_graph_view_zoom_to_fit (view, FALSE);
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (view), zoom, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (liaison_graph_view_get_zoom (view), zoom * 1.25, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.pan", "(dd)", 0.0, 48.0));
  liaison_graph_view_get_center (view, &cx2, &cy2);
  g_assert_cmpfloat_with_epsilon (cy2, cy + 48 / (zoom * 1.25), 1e-6);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_fills_sidebar (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  guint huawei = ui_test_entity_index (window, "huawei");
  GListModel *rows = liaison_details_pane_get_rows (pane);
  guint n_out, n_in, n_relations = 0, n_headers = 0;
  g_autoptr(GObject) first = NULL;

  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, huawei);

  /* The entity first, then each group's header and its relations. */
  first = g_list_model_get_item (rows, 0);
  g_assert_true (LIAISON_ENTITY (first) == liaison_dataset_get_entity (dataset, huawei));

  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LiaisonRelationRow) row = g_list_model_get_item (rows, i);

      if (liaison_relation_row_get_kind (row) == LIAISON_RELATION_ROW_HEADER)
        n_headers++;
      else
        {
          const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, liaison_relation_row_get_relation (row));

          g_assert_true (relation->from == huawei || relation->to == huawei);
          n_relations++;
        }
    }

  liaison_dataset_get_outgoing (dataset, huawei, &n_out);
  liaison_dataset_get_incoming (dataset, huawei, &n_in);
  g_assert_cmpuint (n_relations, ==, n_out + n_in);
  g_assert_cmpuint (n_headers, >=, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (pane)))), ==, "details");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
relations_heading_shown (gpointer data)
{
  return ui_test_find_label_containing (data, " Relation") != NULL;
}

static void
test_self_loop_counted_once (void)
{
  LiaisonWindow *window = ui_test_open_window_on_data ("valid", "self-loop-and-parallel.json");
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  GListModel *rows;
  guint n_relations = 0;

  liaison_view_state_select (liaison_window_get_view_state (window), LIAISON_ELEMENT_ENTITY, ui_test_entity_index (window, "a"));

  /* A leaves itself, twice to B, and meets B undirected: four relations,
   * in the list and in its heading, though the loop also arrives.
   */
  rows = liaison_details_pane_get_rows (pane);
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LiaisonRelationRow) row = g_list_model_get_item (rows, i);

      n_relations += liaison_relation_row_get_kind (row) != LIAISON_RELATION_ROW_HEADER;
    }
  g_assert_cmpuint (n_relations, ==, 4);
  ui_test_wait_until (relations_heading_shown, pane);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (ui_test_find_label_containing (GTK_WIDGET (pane), " Relation"))), ==, "4 Relations");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
long_title_shown (gpointer data)
{
  return ui_test_find_label_containing (data, "xxxx") != NULL;
}

static void
test_huge_label_keeps_window_responsive (void)
{
  LiaisonWindow *window = ui_test_open_window_on_data ("hostile", "long-label.json");
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  const char *title;

  /* Twenty thousand letters and no space: the details pane shows them
   * within the test's time, as one wrapped paragraph, cut at ten thousand.
   */
  liaison_view_state_select (liaison_window_get_view_state (window), LIAISON_ELEMENT_ENTITY, ui_test_entity_index (window, "a"));
  ui_test_wait_until (long_title_shown, pane);
  title = gtk_label_get_label (GTK_LABEL (ui_test_find_label_containing (GTK_WIDGET (pane), "xxxx")));
  g_assert_true (g_str_has_suffix (title, "x… (10000 more characters)"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_relation_shows_evidence (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  GtkWidget *pane = liaison_window_get_details_pane (window);
  const LiaisonRelation *relation = NULL;

  /* Ren Zhengfei founded Huawei in 1987: its quote and its source. */
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *r = liaison_dataset_get_relation (dataset, i);

      if (r->from == ui_test_entity_index (window, "ren-zhengfei") && r->to == ui_test_entity_index (window, "huawei") &&
          g_strcmp0 (r->date, "1987") == 0)
        relation = r;
    }
  g_assert_nonnull (relation);
  g_assert_cmpuint (relation->n_evidence, >, 0);

  liaison_view_state_select (state, LIAISON_ELEMENT_RELATION, relation->index);

  g_assert_nonnull (ui_test_find_label_containing (pane, relation->evidence[0].quote));
  g_assert_nonnull (ui_test_find_label_containing (pane, "Kyodo News"));
  g_assert_nonnull (ui_test_find_label_containing (pane, "2019-09-03"));
  g_assert_nonnull (ui_test_find_label_containing (pane, "Date: 1987"));
  g_assert_nonnull (ui_test_find_label_containing (pane, "Ren Zhengfei"));

  /* Escape clears the selection and brings the list back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL));
  g_assert_false (liaison_view_state_get_selection (state, NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Enter on a search, or a click in the list, can come before a new scene
 * has had its first size: the view then had no zoom to move from, and its
 * camera turned to NaN for good, blank and never settling.
 */
static void
test_center_before_first_size (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonScene) scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_NEATO, 60, NULL, &error);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = liaison_graph_view_new ();
  guint zte = liaison_test_entity_index (dataset, "zte");
  const LiaisonSceneElement *node;
  double cx, cy;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (view));

  liaison_graph_view_set_state (LIAISON_GRAPH_VIEW (view), state);
  liaison_graph_view_set_scene (LIAISON_GRAPH_VIEW (view), scene);
  liaison_graph_view_center_on (LIAISON_GRAPH_VIEW (view), LIAISON_ELEMENT_ENTITY, zte);
  ui_test_wait_until (view_settled, view);

  node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, zte);
  liaison_graph_view_get_center (LIAISON_GRAPH_VIEW (view), &cx, &cy);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (LIAISON_GRAPH_VIEW (view)), ==, 1.0);
  g_assert_cmpfloat (fabs (cx - (node->bounds.x0 + node->bounds.x1) / 2), <, 1);
  g_assert_cmpfloat (fabs (cy - (node->bounds.y0 + node->bounds.y1) / 2), <, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonGraphView *view = get_view (window);
  GtkListView *list;
  GListModel *model;
  const guint *matches;
  guint n_matches, abe = ui_test_entity_index (window, "shinzo-abe");
  LiaisonElementKind kind;
  guint index;
  double cx, cy;
  const LiaisonSceneElement *node;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  /* A name no other entity's text mentions: quotes are searched too. */
  liaison_view_state_set_search (state, "  shinzo ABE ");

  matches = liaison_view_state_get_matches (state, &n_matches);
  g_assert_cmpuint (n_matches, ==, 1);
  g_assert_cmpuint (matches[0], ==, abe);
  g_assert_true (liaison_view_state_is_match (state, abe));

  /* The entity list shows the match alone. */
  list = GTK_LIST_VIEW (ui_test_window_child (window, "entity_list"));
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  while (gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)))) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Enter steps to the match: selected, and in the middle of the view. */
  g_signal_emit_by_name (ui_test_search_child (window, "search_entry"), "activate");
  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpuint (kind, ==, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpuint (index, ==, abe);

  ui_test_wait_until (view_settled, view);
  node = liaison_scene_lookup (liaison_graph_view_get_scene (view), LIAISON_ELEMENT_ENTITY, abe);
  liaison_graph_view_get_center (view, &cx, &cy);
  g_assert_cmpfloat (fabs (cx - (node->bounds.x0 + node->bounds.x1) / 2), <, 1);
  g_assert_cmpfloat (fabs (cy - (node->bounds.y0 + node->bounds.y1) / 2), <, 1);
  g_assert_cmpfloat (liaison_graph_view_get_zoom (view), >=, 1.0);

  /* And back to where it was. */
  g_assert_true (liaison_graph_view_can_go_back (view));
  g_assert_true (liaison_graph_view_go_back (view));
  ui_test_wait_until (view_settled, view);
  g_assert_true (liaison_graph_view_can_go_forward (view));

  /* Japanese, in any width, finds nothing here and says so. */
  liaison_view_state_set_search (state, "ファーウェイ");
  liaison_view_state_get_matches (state, &n_matches);
  g_assert_cmpuint (n_matches, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
new_scene_ready (gpointer data)
{
  LiaisonWindow *window = data;

  return !liaison_window_get_loading (window) &&
         liaison_graph_view_get_scene (get_view (window)) != g_object_get_data (G_OBJECT (window), "scene-before");
}

static void
test_selection_survives_relayout (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonGraphView *view = get_view (window);
  LiaisonScene *before = liaison_graph_view_get_scene (view);
  GSettings *settings = liaison_application_get_settings (LIAISON_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  guint zte = ui_test_entity_index (window, "zte");
  LiaisonElementKind kind;
  guint index;

  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, zte);

  /* Another engine: a new layout, the same selection. */
  g_settings_set_string (settings, "layout-engine", "circo");
  g_object_set_data (G_OBJECT (window), "scene-before", before);
  ui_test_wait_until (new_scene_ready, window);

  g_assert_true (liaison_graph_view_get_scene (view) != before);
  g_assert_cmpstr (liaison_scene_get_engine (liaison_graph_view_get_scene (view)), ==, "circo");
  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpuint (index, ==, zte);
  g_assert_nonnull (liaison_scene_lookup (liaison_graph_view_get_scene (view), LIAISON_ELEMENT_ENTITY, zte));

  g_object_set_data (G_OBJECT (window), "scene-before", liaison_graph_view_get_scene (view));
  g_settings_reset (settings, "layout-engine");
  ui_test_wait_until (new_scene_ready, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_type_filter_relays_out (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonGraphView *view = get_view (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  guint n_countries = liaison_dataset_lookup_entity_type (dataset, "country")->count;

  liaison_view_state_set_entity_type_visible (state, "country", FALSE);
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view)), ==,
                    liaison_dataset_get_n_entities (dataset) - n_countries);

  /* The dataset itself is untouched. */
  g_assert_nonnull (liaison_dataset_lookup_entity (dataset, "japan"));

  liaison_view_state_set_entity_type_visible (state, "country", TRUE);
  ui_test_wait_for_load (window);
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view)), ==,
                    liaison_dataset_get_n_entities (dataset));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_step_through_neighbours (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonGraphView *view = get_view (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  guint kddi = ui_test_entity_index (window, "kddi");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  LiaisonElementKind kind;
  guint index, n_out, n_in;

  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, kddi);
  liaison_dataset_get_outgoing (dataset, kddi, &n_out);
  liaison_dataset_get_incoming (dataset, kddi, &n_in);

  /* Each press selects a neighbour of KDDI, and comes round again. */
  for (guint i = 0; i < n_out + n_in; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.step-neighbour", "i", 1));
      g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
      g_assert_cmpuint (index, !=, kddi);
      g_hash_table_add (seen, GUINT_TO_POINTER (index));
    }

  g_assert_cmpuint (g_hash_table_size (seen), >=, 3);
  g_assert_cmpuint (g_hash_table_size (seen), <=, n_out + n_in);

  /* A screen reader hears where each step lands. */
  {
    LiaisonEntity *entity = liaison_dataset_get_entity (dataset, index);
    LiaisonScene *scene = liaison_graph_view_get_scene (view);
    g_autofree char *expected = g_strdup_printf ("Graph of %u entities and %u relations, %s — %s selected",
                                                 liaison_scene_get_n_nodes (scene), liaison_scene_get_n_edges (scene),
                                                 liaison_entity_get_label (entity), liaison_entity_get_type_label (entity));

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
    g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
no_tiles_pending (gpointer data)
{
  return liaison_tile_cache_get_pending (data) == 0;
}

static void
test_tile_cache_keeps_the_view (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonScene *scene = liaison_graph_view_get_scene (get_view (window));
  g_autoptr(LiaisonTileCache) cache = liaison_tile_cache_new ();
  LiaisonRenderOptions options = { 1, TRUE, FALSE, 0, 0, 0 };
  guint n_kept = 0;

  /* A large screen at twice the resolution shows 10 × 6 tiles: all of
   * them stay, or the view would ask for the ones it lost for ever.
   */
  liaison_tile_cache_set_scene (cache, scene, &options);
  liaison_tile_cache_keep_scales (cache, 2, 2);
  liaison_tile_cache_set_in_view (cache, 60);
  for (int y = 0; y < 6; y++)
    for (int x = 0; x < 10; x++)
      liaison_tile_cache_request (cache, 2, x, y, 0);
  ui_test_wait_until (no_tiles_pending, cache);

  for (int y = 0; y < 6; y++)
    for (int x = 0; x < 10; x++)
      n_kept += liaison_tile_cache_lookup (cache, 2, x, y) != NULL;
  g_assert_cmpuint (n_kept, ==, 60);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_large_zoom_out_renders_no_stale_tiles (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  /* Settled at the closest zoom: tiles at eight times the size... */
  ui_test_wait_until (view_settled, view);
  liaison_graph_view_zoom_by (view, LIAISON_MAX_ZOOM / liaison_graph_view_get_zoom (view));
  ui_test_wait_until (view_settled, view);

  /* ...are not what the whole graph, fitted, needs: the frame right after
   * the jump asks for none of them (hundreds, at that size), only for
   * tiles at the new scale once the view settles.
   */
  liaison_graph_view_zoom_to_fit (view, FALSE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  ui_test_wait_until (is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
  g_test_message ("%u tiles pending after the jump", liaison_graph_view_get_n_pending_tiles (view));
  g_assert_cmpuint (liaison_graph_view_get_n_pending_tiles (view), <, 8);

  ui_test_wait_until (view_settled, view);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opened on the bundled dataset, the graph fits the window, and what is
 * labelled can be read: the 15 most connected entities have their labels,
 * each at least 10 pixels high, none over another, all in view.
 */
static void
test_first_view_labels (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  g_autofree guint *degree = NULL;
  LiaisonScene *scene;
  guint n_entities;
  double zoom, width, height;

  ui_test_wait_until (view_settled, view);
  scene = liaison_graph_view_get_scene (view);
  zoom = liaison_graph_view_get_zoom (view);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  labels = liaison_graph_view_get_labels (view);

  /* The first view fits the graph, far below 100 %. */
  g_assert_cmpfloat (zoom, <, 0.8);

  for (guint i = 0; i < liaison_label_placement_get_n_labels (labels); i++)
    {
      const LiaisonLabel *label = liaison_label_placement_get_label (labels, i);
      double x0, y0, x1, y1;

      g_assert_cmpfloat (label->font_size * zoom, >=, 10);
      scene_to_widget (view, label->box.x0, label->box.y0, &x0, &y0);
      scene_to_widget (view, label->box.x1, label->box.y1, &x1, &y1);
      g_assert_cmpfloat (x0, >=, -1);
      g_assert_cmpfloat (y0, >=, -1);
      g_assert_cmpfloat (x1, <=, width + 1);
      g_assert_cmpfloat (y1, <=, height + 1);

      for (guint j = i + 1; j < liaison_label_placement_get_n_labels (labels); j++)
        {
          const LiaisonLabel *other = liaison_label_placement_get_label (labels, j);

          g_assert_false (label->box.x0 < other->box.x1 && other->box.x0 < label->box.x1 &&
                          label->box.y0 < other->box.y1 && other->box.y0 < label->box.y1);
        }
    }

  n_entities = liaison_dataset_get_n_entities (dataset);
  degree = g_new (guint, MAX (n_entities, 1));
  for (guint i = 0; i < n_entities; i++)
    degree[i] = liaison_graph_query_n_relations (dataset, i);

  /* An entity with fewer than 15 ranked before it (more connected, or as
   * connected and earlier in the dataset, as the view ranks them).
   */
  for (guint i = 0; i < n_entities; i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const LiaisonLabel *label;
      guint before = 0;

      for (guint j = 0; j < n_entities; j++)
        before += degree[j] > degree[i] || (degree[j] == degree[i] && j < i);
      if (before >= 15)
        continue;

      label = liaison_label_placement_lookup (labels, liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i));
      if (label == NULL)
        g_error ("%s, with %u relations, has no label", liaison_entity_get_id (entity), degree[i]);
      g_assert_cmpstr (label->text, ==, liaison_entity_get_label (entity));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pointing at a label finds its element, wherever the label lies. */
static void
test_label_is_pointed_at (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = get_view (window);
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  guint n_outside = 0;

  ui_test_wait_until (view_settled, view);
  labels = liaison_graph_view_get_labels (view);

  for (guint i = 0; i < liaison_label_placement_get_n_labels (labels); i++)
    {
      const LiaisonLabel *label = liaison_label_placement_get_label (labels, i);
      double wx, wy;

      if (label->element->kind != LIAISON_ELEMENT_ENTITY || label->inside)
        continue;
      n_outside++;
      scene_to_widget (view, (label->box.x0 + label->box.x1) / 2, (label->box.y0 + label->box.y1) / 2, &wx, &wy);
      g_assert_true (liaison_graph_view_hit_test (view, wx, wy) == label->element);
    }

  /* Far out, labels are beside their entities, not within. */
  g_assert_cmpuint (n_outside, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Held until the tests end. */
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/graph-view/draws-the-dataset", test_draws_the_dataset);
  g_test_add_func ("/graph-view/hit-test-at-node-centre", test_hit_test_at_node_centre);
  g_test_add_func ("/graph-view/zoom-and-pan", test_zoom_and_pan);
  g_test_add_func ("/graph-view/narrower-view-keeps-drawing-whole", test_narrower_view_keeps_drawing_whole);
  g_test_add_func ("/graph-view/select-fills-sidebar", test_select_fills_sidebar);
  g_test_add_func ("/graph-view/relation-shows-evidence", test_relation_shows_evidence);
  g_test_add_func ("/graph-view/self-loop-counted-once", test_self_loop_counted_once);
  g_test_add_func ("/graph-view/huge-label-keeps-window-responsive", test_huge_label_keeps_window_responsive);
  g_test_add_func ("/graph-view/search", test_search);
  g_test_add_func ("/graph-view/center-before-first-size", test_center_before_first_size);
  g_test_add_func ("/graph-view/selection-survives-relayout", test_selection_survives_relayout);
  g_test_add_func ("/graph-view/type-filter-relays-out", test_type_filter_relays_out);
  g_test_add_func ("/graph-view/step-through-neighbours", test_step_through_neighbours);
  g_test_add_func ("/graph-view/tile-cache-keeps-the-view", test_tile_cache_keeps_the_view);
  g_test_add_func ("/graph-view/large-zoom-out-renders-no-stale-tiles", test_large_zoom_out_renders_no_stale_tiles);
  g_test_add_func ("/graph-view/first-view-labels", test_first_view_labels);
  g_test_add_func ("/graph-view/label-is-pointed-at", test_label_is_pointed_at);

  return g_test_run ();
}

/* test-positions-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dragging an entity in the graph: it goes where it is dropped and stays
 * there, pinned, through an expansion and Lay Out Again; Ctrl+Z puts it
 * back; Unpin lets it go.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "liaison-export-dialog.h"
#include "liaison-graph-view.h"
#include "liaison-position-memory.h"
#include "liaison-test-util.h"
#include "ui-test-common.h"


static LiaisonGraphView *
graph_view (LiaisonWindow *window)
{
  return LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (window));
}

/* Where the scene has @entity, in Graphviz's points. */
static void
position (LiaisonWindow *window,
          guint          entity,
          double        *x,
          double        *y)
{
  const LiaisonSceneElement *node;

  node = liaison_scene_lookup (liaison_graph_view_get_scene (graph_view (window)), LIAISON_ELEMENT_ENTITY, entity);
  g_assert_nonnull (node);
  g_assert_true (liaison_parse_graphviz_point (node->graphviz_pos, x, y));
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  gboolean waited = FALSE;

  g_timeout_add (ms, quit_cb, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  LiaisonWindow *window;
  LiaisonScene  *before;
} SceneWait;

static gboolean
scene_replaced (gpointer data)
{
  SceneWait *wait = data;

  return liaison_graph_view_get_scene (graph_view (wait->window)) != wait->before &&
         !liaison_window_get_loading (wait->window);
}

/* Drags @entity, brought to the middle of the graph first, by (@dx, @dy)
 * pixels with the primary button, as a user's pointer does; FALSE where
 * there is no X11 or no xdotool to do it with.
 */
static gboolean
drag_entity (LiaisonWindow *window,
             guint          entity,
             int            dx,
             int            dy)
{
  g_autofree char *step_x = g_strdup_printf ("%d", dx / 4);
  g_autofree char *step_y = g_strdup_printf ("%d", dy / 4);
  g_autofree char *rest_x = g_strdup_printf ("%d", dx - dx / 4);
  g_autofree char *rest_y = g_strdup_printf ("%d", dy - dy / 4);
  const char *drag[] = { "mousedown", "1", "sleep", "0.1",
                         "mousemove_relative", step_x, step_y, "sleep", "0.1",
                         "mousemove_relative", rest_x, rest_y, "sleep", "0.2",
                         "mouseup", "1", NULL };
  SceneWait wait = { window, liaison_graph_view_get_scene (graph_view (window)) };

  if (!ui_test_pointer_on_entity (window, entity, drag))
    return FALSE;

  /* The drop lays the graph out again, keeping everything else. */
  ui_test_wait_until (scene_replaced, &wait);
  return TRUE;
}

static void
assert_at (LiaisonWindow *window,
           guint          entity,
           double         x,
           double         y)
{
  double now_x, now_y;

  position (window, entity, &now_x, &now_y);
  g_assert_cmpfloat_with_epsilon (now_x, x, 0.5);
  g_assert_cmpfloat_with_epsilon (now_y, y, 0.5);
}

static void
test_drag_to_pin (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  guint zte = ui_test_entity_index (window, "zte");
  guint kddi = ui_test_entity_index (window, "kddi");
  guint japan = ui_test_entity_index (window, "japan");
  double x0, y0, x1, y1, kx, ky, zoom;

  ui_test_act (window, "win.focus", g_variant_new ("(uu)", zte, 1));
  position (window, zte, &x0, &y0);
  position (window, kddi, &kx, &ky);
  zoom = liaison_graph_view_get_zoom (graph_view (window));

  if (!drag_entity (window, zte, 120, 80))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("dragging needs X11 and xdotool");
      return;
    }

  /* Where it was dropped, in the layout's points (y grows upwards). */
  position (window, zte, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 120 / zoom, 4 / zoom + 0.5);
  g_assert_cmpfloat_with_epsilon (y1 - y0, -80 / zoom, 4 / zoom + 0.5);
  /* The others did not move. */
  assert_at (window, kddi, kx, ky);

  /* It stays, through an expansion and a layout from scratch. */
  ui_test_act (window, "win.expand", g_variant_new_uint32 (japan));
  assert_at (window, zte, x1, y1);
  assert_at (window, kddi, kx, ky);
  ui_test_act (window, "win.relayout", NULL);
  assert_at (window, zte, x1, y1);

  /* Undo takes back the expansion, then the move; redo does it again. */
  ui_test_act (window, "win.undo", NULL);
  assert_at (window, zte, x1, y1);
  ui_test_act (window, "win.undo", NULL);
  {
    double ux, uy;

    position (window, zte, &ux, &uy);
    g_assert_cmpfloat (hypot (ux - x1, uy - y1), >, 10);
  }
  ui_test_act (window, "win.redo", NULL);
  assert_at (window, zte, x1, y1);

  /* Unpinned, it stays until a layout from scratch, which is free to put
   * it anywhere.
   */
  ui_test_act (window, "win.unpin", g_variant_new_uint32 (zte));
  assert_at (window, zte, x1, y1);
  ui_test_act (window, "win.relayout", NULL);
  {
    double ux, uy;

    position (window, zte, &ux, &uy);
    g_assert_cmpfloat (hypot (ux - x1, uy - y1), >, 1);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Moves the pointer to (@view_x, @view_y) of the graph and runs the
 * xdotool commands @then from there, then gives GTK time to take in the
 * events; FALSE where there is no X11 or no xdotool.
 */
static gboolean
xdotool_on_view (LiaisonWindow *window,
                 double         view_x,
                 double         view_y,
                 const char    *const *then)
{
  if (!ui_test_pointer_on_view (window, view_x, view_y, then))
    return FALSE;
  settle (300);
  return TRUE;
}

static guint
n_picked (LiaisonWindow *window)
{
  g_autofree guint *picked = NULL;
  guint n;

  picked = liaison_graph_view_dup_picked (graph_view (window), &n);
  return n;
}

/* Shift and a drag on the background picks what the band covers; Ctrl
 * and a click lets one go; the rest are hidden in one step.
 */
static void
test_rubber_band (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = graph_view (window);
  guint zte = ui_test_entity_index (window, "zte");
  guint n_shown;
  double width, height, start_x, start_y;
  guint n_inside, n_now;
  gboolean was_picked;
  g_autofree char *rest_x = NULL;
  g_autofree char *rest_y = NULL;
  const char *ctrl_click[] = { "keydown", "ctrl", "click", "1", "keyup", "ctrl", NULL };
  const LiaisonSceneElement *node;

  ui_test_act (window, "win.focus", g_variant_new ("(uu)", zte, 1));
  n_shown = liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view));
  liaison_graph_view_zoom_to_fit (view, FALSE);
  ui_test_wait_for_view (window);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  /* The band goes from just outside the drawing's top left corner,
   * where nothing is and no button lies over the view, to past its
   * bottom right: it covers every entity.
   */
  {
    const LiaisonRect *bounds = liaison_scene_get_bounds (liaison_graph_view_get_scene (view));
    double zoom = liaison_graph_view_get_zoom (view), cx, cy, x0, y0, x1, y1;

    liaison_graph_view_get_center (view, &cx, &cy);
    x0 = width / 2 + (bounds->x0 - cx) * zoom;
    y0 = height / 2 + (bounds->y0 - cy) * zoom;
    x1 = width / 2 + (bounds->x1 - cx) * zoom;
    y1 = height / 2 + (bounds->y1 - cy) * zoom;
    start_x = start_y = -1;
    for (double d = 2; d < 100 && start_x < 0; d += 2)
      {
        double vx = MAX (x0 - d, 1), vy = MAX (y0 - d / 2, 1), wx, wy;

        g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (window), vx, vy, &wx, &wy));
        if (gtk_widget_pick (GTK_WIDGET (window), wx, wy, GTK_PICK_DEFAULT) == GTK_WIDGET (view) &&
            liaison_graph_view_hit_test (view, vx, vy) == NULL)
          {
            start_x = vx;
            start_y = vy;
          }
      }
    g_assert_cmpfloat (start_x, >=, 0);
    rest_x = g_strdup_printf ("%d", (int) (x1 + 4 - start_x) - 40);
    rest_y = g_strdup_printf ("%d", (int) (y1 + 4 - start_y) - 30);
    n_inside = n_shown;
  }
  {
    const char *band[] = { "keydown", "shift", "mousedown", "1", "sleep", "0.1",
                           "mousemove_relative", "40", "30", "sleep", "0.1",
                           "mousemove_relative", rest_x, rest_y, "sleep", "0.2",
                           "mouseup", "1", "keyup", "shift", NULL };

    if (!xdotool_on_view (window, start_x, start_y, band))
      {
        gtk_window_destroy (GTK_WINDOW (window));
        g_test_skip ("a rubber band needs X11 and xdotool");
        return;
      }
  }
  g_assert_cmpuint (n_inside, >=, 3);
  g_assert_cmpuint (n_picked (window), ==, n_inside);

  /* Ctrl and a click on ZTE adds it, or lets it go. */
  node = liaison_scene_lookup (liaison_graph_view_get_scene (view), LIAISON_ELEMENT_ENTITY, zte);
  liaison_graph_view_set_view (view, node->x, node->y, liaison_graph_view_get_zoom (view));
  ui_test_wait_for_view (window);
  was_picked = liaison_graph_view_is_picked (view, zte);
  g_assert_true (xdotool_on_view (window, width / 2, height / 2, ctrl_click));
  g_assert_true (liaison_graph_view_is_picked (view, zte) != was_picked);
  n_now = n_picked (window);
  g_assert_cmpuint (n_now, ==, was_picked ? n_inside - 1 : n_inside + 1);

  /* Hiding the picked takes them out in one step, which undo takes
   * back; they are picked no more.
   */
  ui_test_act (window, "win.hide-picked", NULL);
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view)), ==, n_shown - n_now);
  g_assert_cmpuint (n_picked (window), ==, 0);
  ui_test_act (window, "win.undo", NULL);
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view)), ==, n_shown);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
picked_exported (gpointer data)
{
  return g_strcmp0 (liaison_window_get_status_message (data), "Exported “picked.json”") == 0;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* "a b c": the ids of what @dataset holds of @kind, sorted. */
static char *
dup_ids (LiaisonDataset     *dataset,
         LiaisonElementKind  kind)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n = kind == LIAISON_ELEMENT_ENTITY ? liaison_dataset_get_n_entities (dataset)
                                           : liaison_dataset_get_n_relations (dataset);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, (char *) (kind == LIAISON_ELEMENT_ENTITY
                                     ? liaison_entity_get_id (liaison_dataset_get_entity (dataset, i))
                                     : liaison_dataset_get_relation (dataset, i)->id));
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (" ", (char **) ids->pdata);
}

/* Four entities picked with Ctrl and a click each, then "Export the 4
 * Picked…": the file holds exactly those four and the four relations
 * among them, none of the many they have with others.
 */
static void
test_export_picked (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonGraphView *view = graph_view (window);
  const char *chosen[] = { "huawei", "japan-government-procurement-ban", "softbank", "zte" };
  const char *ctrl_click[] = { "keydown", "ctrl", "click", "1", "keyup", "ctrl", NULL };
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "picked.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) exported = NULL;
  g_autofree char *entities = NULL;
  g_autofree char *relations = NULL;
  LiaisonExportOptions options;
  LiaisonExportDialog *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (chosen); i++)
    {
      const LiaisonSceneElement *node = liaison_scene_lookup (liaison_graph_view_get_scene (view),
                                                              LIAISON_ELEMENT_ENTITY, ui_test_entity_index (window, chosen[i]));

      g_assert_nonnull (node);
      liaison_graph_view_set_view (view, node->x, node->y, 2.0);
      ui_test_wait_for_view (window);
      if (!xdotool_on_view (window, gtk_widget_get_width (GTK_WIDGET (view)) / 2.0,
                            gtk_widget_get_height (GTK_WIDGET (view)) / 2.0, ctrl_click))
        {
          gtk_window_destroy (GTK_WINDOW (window));
          g_rmdir (dir);
          g_test_skip ("picking needs X11 and xdotool");
          return;
        }
      g_assert_true (liaison_graph_view_is_picked (view, ui_test_entity_index (window, chosen[i])));
    }
  g_assert_cmpuint (n_picked (window), ==, 4);

  ui_test_act (window, "win.export-picked", NULL);
  dialog = LIAISON_EXPORT_DIALOG (ui_test_find_toplevel (LIAISON_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  liaison_export_options_init (&options, LIAISON_EXPORT_JSON);
  g_signal_emit_by_name (dialog, "export", file, &options, FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_wait_until (picked_exported, window);
  ui_test_wait_for_load (window);

  exported = liaison_test_load_path (path);
  entities = dup_ids (exported, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpstr (entities, ==, "huawei japan-government-procurement-ban softbank zte");
  relations = dup_ids (exported, LIAISON_ELEMENT_RELATION);
  g_assert_cmpstr (relations, ==,
                   "ban-targets-huawei ban-targets-zte softbank-plans-exclude-huawei softbank-plans-exclude-zte");

  /* The graph shows what was exported, and one undo gives back the rest. */
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view)), ==, 4);
  g_assert_cmpuint (liaison_scene_get_n_edges (liaison_graph_view_get_scene (view)), ==, 4);
  ui_test_act (window, "win.undo", NULL);
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_graph_view_get_scene (view)),
                    ==, liaison_dataset_get_n_entities (liaison_window_get_dataset (window)));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = NULL;

  app = ui_test_init (&argc, &argv);

  g_test_add_func ("/positions-window/drag-to-pin", test_drag_to_pin);
  g_test_add_func ("/positions-window/rubber-band", test_rubber_band);
  g_test_add_func ("/positions-window/export-picked", test_export_picked);

  return g_test_run ();
}

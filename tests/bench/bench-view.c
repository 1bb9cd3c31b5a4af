/* bench-view.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times the graph view on a laid-out synthetic graph of 10,000 entities
 * and 20,000 relations (sfdp, fixed seed): a scripted sweep of pans and
 * zooms, zoomed to fit and at 100 %, one change a frame. A frame is timed
 * from the frame clock's before-paint to its after-paint, so it counts
 * layout, snapshot and the renderer. Then the sweep zoomed to fit with a
 * ninth of the graph highlighted by a search, hover hit tests, peak memory,
 * and the same sweep in xdot.py for reference. Run it under Xvfb:
 *
 *   xvfb-run -a -s '-screen 0 1600x1000x24' bench-view [--entities=N]
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-graph-builder.h"
#include "liaison-graph-view.h"
#include "liaison-label-placement.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"
#include "liaison-view-state.h"
#include "synthetic.h"

#define STEPS 60

typedef struct
{
  LiaisonGraphView *view;
  GArray           *frames;     /* double, milliseconds */
  gint64            paint_start;
  gboolean          recording;
  guint             step;
  guint             n_steps;
  gboolean          done;
} Sweep;

static void
before_paint_cb (GdkFrameClock *clock,
                 Sweep         *sweep)
{
  sweep->paint_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Sweep         *sweep)
{
  if (sweep->recording && sweep->paint_start != 0)
    {
      double ms = (g_get_monotonic_time () - sweep->paint_start) / 1000.0;

      g_array_append_val (sweep->frames, ms);
    }
}

/* One step of the sweep a frame: right, left, in, out. */
static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Sweep *sweep = user_data;
  guint phase = sweep->step / STEPS;

  if (sweep->step >= 4 * STEPS)
    {
      sweep->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  if (phase == 0)
    liaison_graph_view_pan (sweep->view, 8, 0);
  else if (phase == 1)
    liaison_graph_view_pan (sweep->view, -8, 0);
  else if (phase == 2)
    liaison_graph_view_zoom_by (sweep->view, 1.02);
  else
    liaison_graph_view_zoom_by (sweep->view, 1 / 1.02);

  sweep->step++;
  return G_SOURCE_CONTINUE;
}

static gboolean
is_settled (gpointer data)
{
  return liaison_graph_view_is_settled (data);
}

static void
wait_until (gboolean (*condition) (gpointer),
            gpointer   data)
{
  while (!condition (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
sweep_done (gpointer data)
{
  return ((Sweep *) data)->done;
}

typedef struct
{
  double p50, p95, max;
  guint  n;
} Stats;

static Stats
stats_of (GArray *values)
{
  Stats stats = { 0 };

  if (values->len == 0)
    return stats;

  g_array_sort (values, liaison_test_compare_doubles);
  stats.n = values->len;
  stats.p50 = g_array_index (values, double, values->len / 2);
  stats.p95 = g_array_index (values, double, MAX ((guint) (values->len * 0.95), 1) - 1);
  stats.max = g_array_index (values, double, values->len - 1);
  return stats;
}

static Stats
run_sweep (LiaisonGraphView *view,
           Sweep            *sweep)
{
  g_array_set_size (sweep->frames, 0);
  sweep->step = 0;
  sweep->done = FALSE;
  sweep->recording = TRUE;
  gtk_widget_add_tick_callback (GTK_WIDGET (view), tick_cb, sweep, NULL);
  wait_until (sweep_done, sweep);
  sweep->recording = FALSE;

  return stats_of (sweep->frames);
}

static double
time_hit_tests (LiaisonScene *scene,
                double        zoom)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  guint n = 100000, found = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    {
      double x = g_rand_double_range (rand, bounds->x0, bounds->x1);
      double y = g_rand_double_range (rand, bounds->y0, bounds->y1);

      if (liaison_scene_hit_test (scene, x, y, 4 / zoom) != NULL)
        found++;
    }

  return (g_get_monotonic_time () - start) / 1000.0 / n;
}

/* Milliseconds to place the labels at @scale, the median of five; and the
 * labels placed.
 */
static double
time_placement (LiaisonScene *scene,
                double        scale,
                guint        *n_labels)
{
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LiaisonLabelPlacement) labels = liaison_label_placement_new (scene, scale, LIAISON_MIN_LABEL_PIXELS);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      *n_labels = liaison_label_placement_get_n_labels (labels);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), liaison_test_compare_doubles);
  return times[G_N_ELEMENTS (times) / 2];
}

static JsonObject *
run_xdot_reference (LiaisonScene *scene)
{
  g_autoptr(GBytes) dot = liaison_graph_build_laid_out_dot (scene, NULL);
  g_autoptr(LiaisonRenderResult) xdot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "graph.xdot", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "bench-view-xdot.py", NULL);
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  int status;

  /* The same positions, drawn by Graphviz as xdot for xdot.py. */
  xdot = liaison_layout_render (dot, "nop2", "xdot", 600, NULL, &error);
  if (xdot == NULL ||
      !g_file_set_contents (path, g_bytes_get_data (xdot->output, NULL), g_bytes_get_size (xdot->output), &error))
    {
      g_printerr ("xdot.py reference skipped: %s\n", error->message);
      return NULL;
    }

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) ||
      !json_parser_load_from_data (parser, out, -1, &error))
    {
      g_printerr ("xdot.py reference skipped: %s\n", error->message);
      g_unlink (path);
      g_rmdir (dir);
      return NULL;
    }

  g_unlink (path);
  g_rmdir (dir);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
print_row (const char *what,
           Stats       stats,
           double      target)
{
  printf ("| %-36s | %6.1f | %6.1f | %6.1f | %6u | %s |\n", what, stats.p50, stats.p95, stats.max, stats.n,
          target > 0 ? (stats.p95 <= target ? "met" : "MISSED") : "");
}

static void
print_xdot_row (const char *what,
                JsonObject *object)
{
  printf ("| %-36s | %6.1f | %6.1f | %6.1f | %6u | |\n", what,
          json_object_get_double_member (object, "p50"), json_object_get_double_member (object, "p95"),
          json_object_get_double_member (object, "max"), (guint) json_object_get_int_member (object, "frames"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the graph view");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(JsonObject) reference = NULL;
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  int n_entities = 10000;
  gboolean skip_xdot = FALSE;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "no-xdot", 0, 0, G_OPTION_ARG_NONE, &skip_xdot, "Leave out the xdot.py reference", NULL },
    { NULL }
  };
  Sweep sweep = { 0 };
  GtkWidget *window;
  GdkFrameClock *clock;
  g_autoptr(LiaisonViewState) state = NULL;
  Stats fit, actual, highlighted;
  guint n_matches = 0, n_fit_labels = 0, n_actual_labels = 0;
  double fit_zoom, hit_fit, hit_actual, prepare_ms, place_fit, place_actual;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  json = synthetic_dataset_json (n_entities, 20190903);
  {
    g_autoptr(GBytes) bytes = g_string_free_to_bytes (g_steal_pointer (&json));

    dataset = liaison_dataset_load_bytes (bytes, "synthetic.json", NULL, NULL, &error);
  }
  if (dataset == NULL)
    g_error ("%s", error->message);

  printf ("Laying out %d entities with sfdp…\n", n_entities);
  fflush (stdout);
  start = g_get_monotonic_time ();
  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, 1800, NULL, &error);
  if (scene == NULL)
    g_error ("%s", error->message);
  printf ("Laid out in %.1f s\n\n", (g_get_monotonic_time () - start) / 1e6);

  /* What is worked out once a scene (texts, connections, bundles), with
   * the first placement.
   */
  start = g_get_monotonic_time ();
  g_clear_pointer (&labels, liaison_label_placement_unref);
  labels = liaison_scene_get_labels (scene, 1.0, LIAISON_MIN_LABEL_PIXELS);
  prepare_ms = (g_get_monotonic_time () - start) / 1000.0;

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  sweep.view = LIAISON_GRAPH_VIEW (liaison_graph_view_new ());
  sweep.frames = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (sweep.view));
  liaison_graph_view_set_scene (sweep.view, scene);
  gtk_window_present (GTK_WINDOW (window));

  wait_until (is_settled, sweep.view);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (sweep.view));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &sweep);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &sweep);

  /* Zoomed to fit: everything in view, drawn with the least detail. */
  liaison_graph_view_zoom_to_fit (sweep.view, FALSE);
  fit_zoom = liaison_graph_view_get_zoom (sweep.view);
  wait_until (is_settled, sweep.view);
  fit = run_sweep (sweep.view, &sweep);
  hit_fit = time_hit_tests (scene, fit_zoom);
  place_fit = time_placement (scene, fit_zoom, &n_fit_labels);

  /* At 100 %: every label, on a small part of the graph. */
  liaison_graph_view_zoom_actual (sweep.view);
  wait_until (is_settled, sweep.view);
  actual = run_sweep (sweep.view, &sweep);
  hit_actual = time_hit_tests (scene, 1.0);
  place_actual = time_placement (scene, 1.0, &n_actual_labels);

  /* Zoomed to fit again, with a search that highlights a ninth of the
   * graph ("Entity 1", "Entity 10"…): highlights are drawn over the tiles,
   * so their cost shows here.
   */
  state = liaison_view_state_new (dataset);
  liaison_graph_view_set_state (sweep.view, state);
  liaison_view_state_set_search (state, "Entity 1");
  liaison_view_state_get_matches (state, &n_matches);
  liaison_graph_view_zoom_to_fit (sweep.view, FALSE);
  wait_until (is_settled, sweep.view);
  highlighted = run_sweep (sweep.view, &sweep);
  liaison_graph_view_set_state (sweep.view, NULL);

  if (!skip_xdot)
    reference = run_xdot_reference (scene);

  printf ("Graph view: %u nodes, %u edges, 1280×900, renderer %s\n\n",
          liaison_scene_get_n_nodes (scene), liaison_scene_get_n_edges (scene),
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  printf ("| %-36s | %6s | %6s | %6s | %6s | %s |\n", "frame time (ms)", "p50", "p95", "max", "frames", "target");
  printf ("|--------------------------------------|--------|--------|--------|--------|--------|\n");
  print_row ("Liaison, zoomed to fit (p95 <= 50)", fit, 50);
  print_row ("Liaison, at 100 % (p95 <= 33)", actual, 33);
  {
    g_autofree char *what = g_strdup_printf ("Liaison, fit, %u highlighted", n_matches);

    print_row (what, highlighted, 50);
  }
  if (reference != NULL)
    {
      print_xdot_row ("xdot.py, zoomed to fit", json_object_get_object_member (reference, "fit"));
      print_xdot_row ("xdot.py, at 100 %", json_object_get_object_member (reference, "actual"));
    }

  printf ("\nHover hit test: %.4f ms zoomed to fit, %.4f ms at 100 %% (target < 0.05 ms)\n", hit_fit, hit_actual);
  printf ("Label placement: %.1f ms zoomed to fit (%u labels), %.1f ms at 100 %% (%u labels); "
          "%.1f ms the first time, with what is worked out once a scene\n",
          place_fit, n_fit_labels, place_actual, n_actual_labels, prepare_ms);
  printf ("Peak memory: %.0f MiB (target < 400 MiB)", liaison_test_peak_rss_kib () / 1024.0);
  if (reference != NULL)
    printf ("; xdot.py %.0f MiB", json_object_get_double_member (reference, "peak_mib"));
  printf ("\n");

  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (sweep.frames);

  return 0;
}

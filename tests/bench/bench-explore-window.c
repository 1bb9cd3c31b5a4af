/* bench-explore-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Focusing and expanding in the window, timed from the action to the
 * frame drawn with the new layout. The dataset: 10,000 random entities
 * and 20,000 relations (synthetic.c) with two neighbourhoods of about 200
 * entities planted in it, one a step out from e0 and one two steps out
 * from e1. Each action is timed to the graph view taking the new scene,
 * to the first frame painted after that, and to the first frame with
 * every tile in view drawn; five runs each, median and worst, against
 * the target of half a second. Also the processor time the window's
 * process and its layout workers spent until then, which a busy machine
 * does not inflate as it does the wall clock, and the frames painted. Twice: with the places of the whole graph remembered,
 * as after opening the file, and with them forgotten before each action,
 * so that every entity shown is laid out anew. For reference, the same
 * neighbourhoods laid out from scratch by twopi and by neato with prism
 * overlap removal, outside the window. Run it under Xvfb:
 *
 *   build-aux/run-ui-test _build/tests/bench/bench-explore-window
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <sys/resource.h>

#include "liaison-graph-view.h"
#include "liaison-layout.h"
#include "liaison-neighbourhood.h"
#include "liaison-test-util.h"
#include "liaison-window-private.h"
#include "synthetic.h"
#include "ui-test-common.h"

#define N_ENTITIES 10000
#define N_RUNS     5

typedef struct
{
  LiaisonWindow    *window;
  LiaisonGraphView *view;
  gint64            start;
  gint64            scene_at;
  gint64            frame_at;
  gint64            settled_at;
  gint64            cpu_at_start;
  gint64            cpu_at_settled;
  guint             n_frames;
} Timing;

/* Processor time of the window's process and of its finished workers,
 * in microseconds: what the action cost, whatever else the machine runs.
 */
static gint64
cpu_time (void)
{
  struct rusage self, children;

  getrusage (RUSAGE_SELF, &self);
  getrusage (RUSAGE_CHILDREN, &children);
  return (self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec + children.ru_stime.tv_sec) *
           G_USEC_PER_SEC +
         self.ru_utime.tv_usec + self.ru_stime.tv_usec + children.ru_utime.tv_usec + children.ru_stime.tv_usec;
}

static void
scene_cb (Timing *timing)
{
  if (timing->start != 0 && timing->scene_at == 0)
    timing->scene_at = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Timing        *timing)
{
  gint64 now = g_get_monotonic_time ();

  if (timing->start != 0 && timing->settled_at == 0)
    timing->n_frames++;
  if (timing->scene_at == 0)
    return;
  if (timing->frame_at == 0)
    timing->frame_at = now;
  if (timing->settled_at == 0 && liaison_graph_view_is_settled (timing->view))
    {
      timing->settled_at = now;
      timing->cpu_at_settled = cpu_time ();
    }
}

static gboolean
is_drawn (gpointer data)
{
  Timing *timing = data;

  return timing->settled_at != 0 && !liaison_window_get_loading (timing->window);
}

static gboolean
is_quiet (gpointer data)
{
  Timing *timing = data;

  return !liaison_window_get_loading (timing->window) && liaison_graph_view_is_settled (timing->view);
}

/* How long each step of an action took, in seconds, over the runs. */
typedef struct
{
  GArray *scene;     /* to the layout taken by the view */
  GArray *first;     /* to the first frame drawn with it */
  GArray *settled;   /* to the frame with every tile in view drawn */
  GArray *cpu;       /* processor time to that frame */
  GArray *frames;    /* frames painted until then */
} Figures;

static void
figures_init (Figures *figures)
{
  figures->scene = g_array_new (FALSE, FALSE, sizeof (double));
  figures->first = g_array_new (FALSE, FALSE, sizeof (double));
  figures->settled = g_array_new (FALSE, FALSE, sizeof (double));
  figures->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  figures->frames = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
figures_clear (Figures *figures)
{
  g_clear_pointer (&figures->scene, g_array_unref);
  g_clear_pointer (&figures->first, g_array_unref);
  g_clear_pointer (&figures->settled, g_array_unref);
  g_clear_pointer (&figures->cpu, g_array_unref);
  g_clear_pointer (&figures->frames, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Figures, figures_clear)

static void
append_seconds (GArray *values,
                gint64  usec)
{
  double seconds = usec / 1e6;

  g_array_append_val (values, seconds);
}

/* Runs @action and waits until its layout is drawn; with @figures, keeps
 * how long that took.
 */
static void
act (Timing     *timing,
     const char *action,
     GVariant   *parameter,
     gboolean    forget,
     Figures    *figures)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (parameter);

  if (forget)
    liaison_position_memory_forget (timing->window->positions, FALSE);

  timing->scene_at = timing->frame_at = timing->settled_at = 0;
  timing->n_frames = 0;
  timing->cpu_at_start = cpu_time ();
  timing->start = g_get_monotonic_time ();
  gtk_widget_activate_action_variant (GTK_WIDGET (timing->window), action, owned);
  ui_test_wait_until (is_drawn, timing);

  if (figures != NULL)
    {
      append_seconds (figures->scene, timing->scene_at - timing->start);
      append_seconds (figures->first, timing->frame_at - timing->start);
      append_seconds (figures->settled, timing->settled_at - timing->start);
      append_seconds (figures->cpu, timing->cpu_at_settled - timing->cpu_at_start);
      append_seconds (figures->frames, timing->n_frames * G_USEC_PER_SEC);
    }
  timing->start = 0;
}

static GVariant *
focus_on (guint entity,
          guint depth)
{
  return g_variant_new ("(uu)", entity, depth);
}

static guint
index_of (LiaisonDataset *dataset,
          const char     *id)
{
  return liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, id));
}

static guint
neighbourhood_size (LiaisonDataset *dataset,
                    guint           entity,
                    guint           depth)
{
  g_autoptr(LiaisonSubset) subset = liaison_neighbourhood_new (dataset, NULL, &entity, 1, depth);

  return liaison_subset_get_n_entities (subset);
}

static double
worst (GArray *values)
{
  double most = 0;

  for (guint i = 0; i < values->len; i++)
    most = MAX (most, g_array_index (values, double, i));
  return most;
}

static void
print_row (const char *what,
           guint       n_shown,
           Figures    *figures)
{
  printf ("| %s (%u entities) | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f | 0.5 |\n", what, n_shown,
          liaison_test_median (figures->scene), liaison_test_median (figures->first), worst (figures->first),
          liaison_test_median (figures->settled), worst (figures->settled), liaison_test_median (figures->cpu),
          liaison_test_median (figures->frames));
}

static void
measure (Timing         *timing,
         LiaisonDataset *dataset,
         gboolean        forget)
{
  guint hub = index_of (dataset, "e0");
  guint fan = index_of (dataset, "e1");
  guint far = index_of (dataset, "e5000");
  guint beside = G_MAXUINT;
  g_auto(Figures) hub_figures = { 0 };
  g_auto(Figures) fan_figures = { 0 };
  g_auto(Figures) expand_figures = { 0 };
  g_autoptr(LiaisonSubset) expanded = NULL;
  guint n_expanded;

  /* A neighbour of the hub's, from which the hub is expanded. */
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset) && beside == G_MAXUINT; i++)
    if (liaison_dataset_get_relation (dataset, i)->from == hub)
      beside = liaison_dataset_get_relation (dataset, i)->to;
  expanded = liaison_neighbourhood_new (dataset, NULL, &beside, 1, 1);
  liaison_neighbourhood_expand (dataset, NULL, expanded, &hub, 1, 1);
  n_expanded = liaison_subset_get_n_entities (expanded);
  figures_init (&hub_figures);
  figures_init (&fan_figures);
  figures_init (&expand_figures);

  for (guint run = 0; run < N_RUNS; run++)
    {
      act (timing, "win.focus", focus_on (far, 1), FALSE, NULL);
      act (timing, "win.focus", focus_on (hub, 1), forget, &hub_figures);
      act (timing, "win.focus", focus_on (far, 1), FALSE, NULL);
      act (timing, "win.focus", focus_on (fan, 2), forget, &fan_figures);
      act (timing, "win.focus", focus_on (beside, 1), forget, NULL);
      act (timing, "win.expand", g_variant_new_uint32 (hub), forget, &expand_figures);
    }

  printf ("\n%s\n\n", forget ? "Every entity shown laid out anew (places forgotten before each action):"
                             : "Places kept from the layout of the whole graph:");
  printf ("| action | layout taken (s) | first frame (s) | worst (s) | all tiles drawn (s) | worst (s) "
          "| processor (s) | frames | target (s) |\n");
  printf ("|---|---|---|---|---|---|---|---|---|\n");
  print_row ("focus on e0, depth 1", neighbourhood_size (dataset, hub, 1), &hub_figures);
  print_row ("focus on e1, depth 2", neighbourhood_size (dataset, fan, 2), &fan_figures);
  print_row ("expand e0 beside it", n_expanded, &expand_figures);
}

/* The neighbourhood laid out from scratch by @engine, outside the window:
 * what the reference figures time.
 */
static double
reference (LiaisonDataset      *dataset,
           guint                entity,
           guint                depth,
           LiaisonLayoutEngine  engine)
{
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonSubset) subset = liaison_neighbourhood_new (dataset, NULL, &entity, 1, depth);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  liaison_view_state_set_subset (state, subset);
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LiaisonScene) scene = NULL;
      gint64 start = g_get_monotonic_time ();
      double seconds;

      scene = liaison_layout_run (dataset, state, engine, 60, NULL, &error);
      if (scene == NULL)
        g_error ("%s", error->message);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_array_append_val (times, seconds);
    }

  return liaison_test_median (times);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = ui_test_init (&argc, &argv);
  g_autoptr(GString) json = synthetic_hubs_json (N_ENTITIES, 190, 11, 20190903);
  g_autofree char *path = liaison_test_temporary_path ("explore-window.json");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;
  Timing timing = { 0 };
  GdkFrameClock *clock;
  gint64 start;

  if (!g_file_set_contents (path, json->str, json->len, &error))
    g_error ("%s", error->message);
  file = g_file_new_for_path (path);

  /* The whole graph first, as a user opening the file sees it. */
  g_setenv ("LIAISON_UI_TEST_TIMEOUT", "600", FALSE);
  timing.window = liaison_window_new (app);
  timing.view = LIAISON_GRAPH_VIEW (liaison_window_get_graph_view (timing.window));
  gtk_window_set_default_size (GTK_WINDOW (timing.window), 1280, 900);
  gtk_window_present (GTK_WINDOW (timing.window));
  start = g_get_monotonic_time ();
  liaison_window_open (timing.window, file);
  ui_test_wait_for_load (timing.window);
  ui_test_wait_until (is_quiet, &timing);
  dataset = liaison_window_get_dataset (timing.window);
  printf ("%u entities and %u relations, opened and laid out whole in %.1f s\n",
          liaison_dataset_get_n_entities (dataset), liaison_dataset_get_n_relations (dataset),
          (g_get_monotonic_time () - start) / 1e6);

  g_signal_connect_swapped (timing.view, "notify::scene", G_CALLBACK (scene_cb), &timing);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (timing.window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &timing);

  measure (&timing, dataset, FALSE);
  measure (&timing, dataset, TRUE);

  printf ("\nReference, the same neighbourhoods laid out from scratch outside the window (median of %u):\n\n",
          N_RUNS);
  printf ("| neighbourhood | twopi (s) | neato with prism (s) |\n|---|---|---|\n");
  printf ("| e0, depth 1 (%u entities) | %.3f | %.3f |\n", neighbourhood_size (dataset, index_of (dataset, "e0"), 1),
          reference (dataset, index_of (dataset, "e0"), 1, LIAISON_LAYOUT_ENGINE_TWOPI),
          reference (dataset, index_of (dataset, "e0"), 1, LIAISON_LAYOUT_ENGINE_NEATO));
  printf ("| e1, depth 2 (%u entities) | %.3f | %.3f |\n", neighbourhood_size (dataset, index_of (dataset, "e1"), 2),
          reference (dataset, index_of (dataset, "e1"), 2, LIAISON_LAYOUT_ENGINE_TWOPI),
          reference (dataset, index_of (dataset, "e1"), 2, LIAISON_LAYOUT_ENGINE_NEATO));

  g_signal_handlers_disconnect_by_data (clock, &timing);
  g_signal_handlers_disconnect_by_data (timing.view, &timing);
  gtk_window_destroy (GTK_WINDOW (timing.window));
  liaison_test_remove_temporary (path);

  return 0;
}

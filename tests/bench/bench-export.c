/* bench-export.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times "liaison --export=graph.svg --layout=sfdp" on a synthetic dataset
 * of 5,000 entities and 10,000 relations (fixed seed), headless and end to
 * end (reading, layout in the worker, writing SVG), next to Graphviz's own
 * "sfdp -Tsvg" on the same graph in DOT, in the same run.
 *
 *   bench-export [--entities=N] [--runs=N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "liaison-dataset-loader.h"
#include "liaison-graph-builder.h"
#include "synthetic.h"

static double
time_command (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time SVG export against Graphviz's sfdp");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GBytes) dot = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  g_autofree char *dataset_path = g_build_filename (dir, "synthetic.json", NULL);
  g_autofree char *dot_path = g_build_filename (dir, "graph.gv", NULL);
  g_autofree char *ours = g_build_filename (dir, "liaison.svg", NULL);
  g_autofree char *theirs = g_build_filename (dir, "sfdp.svg", NULL);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", ours);
  const char *binary = g_getenv ("LIAISON_BINARY");
  int n_entities = 5000;
  int runs = 7;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each, keeping the fastest", "N" },
    { NULL }
  };
  g_autoptr(GArray) ours_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs_times = g_array_new (FALSE, FALSE, sizeof (double));
  double best_ours, best_theirs;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (binary == NULL)
    g_error ("set LIAISON_BINARY to the liaison program");

  json = synthetic_dataset_json (n_entities, 20190903);
  if (!g_file_set_contents (dataset_path, json->str, json->len, &error))
    g_error ("%s", error->message);

  /* The very graph Liaison lays out, for Graphviz's own tool. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (json->str, json->len);

    dataset = liaison_dataset_load_bytes (bytes, "synthetic.json", NULL, NULL, &error);
    if (dataset == NULL)
      g_error ("%s", error->message);
  }
  dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, NULL);
  if (!g_file_set_contents (dot_path, g_bytes_get_data (dot, NULL), g_bytes_get_size (dot), &error))
    g_error ("%s", error->message);

  for (int run = 0; run < runs; run++)
    {
      const char *our_argv[] = { binary, export_arg, "--layout=sfdp", dataset_path, NULL };
      const char *their_argv[] = { "sfdp", "-Tsvg", dot_path, "-o", theirs, NULL };

      double t;

      /* Taken in turns, so that a busy moment of the machine falls on
       * both.
       */
      t = time_command (our_argv);
      g_array_append_val (ours_times, t);
      t = time_command (their_argv);
      g_array_append_val (theirs_times, t);
    }

  g_array_sort (ours_times, compare_doubles);
  g_array_sort (theirs_times, compare_doubles);
  best_ours = g_array_index (ours_times, double, 0);
  best_theirs = g_array_index (theirs_times, double, 0);

  printf ("SVG export of %d entities and %d relations with sfdp, headless, %d runs each\n\n",
          n_entities, 2 * n_entities, runs);
  printf ("| %-53s | %8s | %10s | %8s |\n", "", "best (s)", "median (s)", "SVG (MB)");
  printf ("|-------------------------------------------------------|----------|------------|----------|\n");
  printf ("| %-53s | %8.2f | %10.2f | %8.1f |\n", "liaison --export=graph.svg --layout=sfdp dataset.json",
          best_ours, g_array_index (ours_times, double, runs / 2), file_size (ours) / 1e6);
  printf ("| %-53s | %8.2f | %10.2f | %8.1f |\n", "sfdp -Tsvg graph.gv (the same graph in DOT)",
          best_theirs, g_array_index (theirs_times, double, runs / 2), file_size (theirs) / 1e6);
  printf ("\nLiaison / sfdp: %.2fx best, %.2fx median (target at most 1.2x)\n", best_ours / best_theirs,
          g_array_index (ours_times, double, runs / 2) / g_array_index (theirs_times, double, runs / 2));

  g_unlink (dataset_path);
  g_unlink (dot_path);
  g_unlink (ours);
  g_unlink (theirs);
  g_rmdir (dir);

  return 0;
}

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

#include "liaison-test-util.h"
#include "synthetic.h"

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
  LiaisonBenchFiles files;
  const char *binary;
  int n_entities = 5000;
  int runs = 7;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each, keeping the fastest", "N" },
    { NULL }
  };
  g_autoptr(GArray) ours_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs_times = g_array_new (FALSE, FALSE, sizeof (double));
  double best_ours, best_theirs, median_ours, median_theirs;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  binary = liaison_test_binary ();

  liaison_bench_files_init (&files, "liaison.svg", "sfdp.svg");
  json = synthetic_dataset_json (n_entities, 20190903);
  dataset = liaison_bench_files_write (&files, json);

  for (int run = 0; run < runs; run++)
    {
      const char *our_argv[] = { binary, files.export_arg, "--layout=sfdp", files.dataset, NULL };
      const char *their_argv[] = { "sfdp", "-Tsvg", files.dot, "-o", files.theirs, NULL };

      double t;

      /* Taken in turns, so that a busy moment of the machine falls on
       * both.
       */
      t = liaison_test_time_command (our_argv, NULL);
      g_array_append_val (ours_times, t);
      t = liaison_test_time_command (their_argv, NULL);
      g_array_append_val (theirs_times, t);
    }

  best_ours = liaison_test_best (ours_times);
  best_theirs = liaison_test_best (theirs_times);
  median_ours = liaison_test_median (ours_times);
  median_theirs = liaison_test_median (theirs_times);

  printf ("SVG export of %d entities and %d relations with sfdp, headless, %d runs each\n\n",
          n_entities, 2 * n_entities, runs);
  printf ("| %-53s | %8s | %10s | %8s |\n", "", "best (s)", "median (s)", "SVG (MB)");
  printf ("|-------------------------------------------------------|----------|------------|----------|\n");
  printf ("| %-53s | %8.2f | %10.2f | %8.1f |\n", "liaison --export=graph.svg --layout=sfdp dataset.json",
          best_ours, median_ours, file_size (files.ours) / 1e6);
  printf ("| %-53s | %8.2f | %10.2f | %8.1f |\n", "sfdp -Tsvg graph.gv (the same graph in DOT)",
          best_theirs, median_theirs, file_size (files.theirs) / 1e6);
  printf ("\nLiaison / sfdp: %.2fx best, %.2fx median (target at most 1.2x)\n", best_ours / best_theirs,
          median_ours / median_theirs);

  liaison_bench_files_clear (&files);

  return 0;
}

/* bench-layout.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times laying out synthetic datasets of 2,000 and 10,000 entities (twice
 * as many relations, fixed seed) with sfdp through Liaison's worker, end to
 * end (building the graph, the worker, reading its output into a scene),
 * next to Graphviz's own "sfdp -Txdot" on the same DOT in the same run.
 * Processor time (this process's threads and the processes it waited for)
 * is given too: on a shared machine the wall-clock times swing by half
 * from run to run, processor time by a few percent.
 *
 *   bench-layout [--runs=N] [--sizes=2000,10000]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>

#include "liaison-dataset-loader.h"
#include "liaison-graph-builder.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"
#include "synthetic.h"

/* Seconds of processor time used so far by this process and by the
 * children it has waited for (the layout worker, sfdp).
 */
static double
get_cpu_time (void)
{
  struct rusage self, children;

  getrusage (RUSAGE_SELF, &self);
  getrusage (RUSAGE_CHILDREN, &children);

  return self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec + children.ru_stime.tv_sec +
         (self.ru_utime.tv_usec + self.ru_stime.tv_usec + children.ru_utime.tv_usec + children.ru_stime.tv_usec) / 1e6;
}

static double
time_liaison (LiaisonDataset *dataset)
{
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, 600, NULL, &error);
  if (scene == NULL)
    g_error ("%s", error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time layouts against Graphviz's sfdp");
  g_autoptr(GError) error = NULL;
  g_autofree char *sizes_arg = g_strdup ("2000,10000");
  g_auto(GStrv) sizes = NULL;
  g_autofree char *dir = NULL;
  int runs = 3;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each, keeping the fastest", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_arg, "Entity counts, separated by commas", "N,N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  sizes = g_strsplit (sizes_arg, ",", -1);
  dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);

  printf ("sfdp layouts, best of %d runs\n\n", runs);
  printf ("| %-8s | %-9s | %-34s | %-22s | %-5s | %-19s | %-9s |\n", "entities", "relations",
          "Liaison: graph, worker, scene (s)", "sfdp -Txdot file (s)", "ratio", "processor (s), L/s", "ratio");
  printf ("|----------|-----------|------------------------------------|------------------------|-------|"
          "---------------------|-----------|\n");

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint n = g_ascii_strtoull (sizes[i], NULL, 10);
      g_autoptr(GString) json = synthetic_dataset_json (n, 20190903);
      g_autoptr(GBytes) bytes = g_string_free_to_bytes (g_steal_pointer (&json));
      g_autoptr(LiaisonDataset) dataset = NULL;
      g_autoptr(GBytes) dot = NULL;
      g_autofree char *path = g_build_filename (dir, "graph.gv", NULL);
      const char *sfdp_argv[] = { "sfdp", "-Txdot", path, NULL };
      double best_liaison = G_MAXDOUBLE, best_sfdp = G_MAXDOUBLE;
      double cpu_liaison = G_MAXDOUBLE, cpu_sfdp = G_MAXDOUBLE;

      dataset = liaison_dataset_load_bytes (bytes, "synthetic.json", NULL, NULL, &error);
      if (dataset == NULL)
        g_error ("%s", error->message);

      dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, NULL);
      if (!g_file_set_contents (path, g_bytes_get_data (dot, NULL), g_bytes_get_size (dot), &error))
        g_error ("%s", error->message);

      /* Each timing into a variable of its own: MIN() evaluates its
       * arguments twice, which ran every layout twice and kept the second
       * timing, not the best one.
       */
      for (int run = 0; run < runs; run++)
        {
          double cpu_start = get_cpu_time ();
          double liaison = time_liaison (dataset);
          double cpu_middle = get_cpu_time ();
          double sfdp = liaison_test_time_command (sfdp_argv, NULL);
          double cpu_end = get_cpu_time ();

          best_liaison = MIN (best_liaison, liaison);
          best_sfdp = MIN (best_sfdp, sfdp);
          cpu_liaison = MIN (cpu_liaison, cpu_middle - cpu_start);
          cpu_sfdp = MIN (cpu_sfdp, cpu_end - cpu_middle);
        }

      printf ("| %8u | %9u | %34.2f | %22.2f | %4.2fx | %8.2f / %8.2f | %8.2fx |\n", n,
              liaison_dataset_get_n_relations (dataset), best_liaison, best_sfdp, best_liaison / best_sfdp,
              cpu_liaison, cpu_sfdp, cpu_liaison / cpu_sfdp);
      fflush (stdout);
      g_unlink (path);
    }

  printf ("\nTarget: Liaison at most 1.3x Graphviz's command-line tool.\n");
  g_rmdir (dir);

  return 0;
}

/* bench-metrics.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times "liaison --metrics=table.csv dataset.json" on a synthetic dataset
 * of 10,000 entities and 20,000 relations (fixed seed), end to end, next
 * to python-igraph and NetworkX reading the same file with Python's json
 * and computing the same columns (bench-metrics.py), in the same run.
 * A library that is not installed is left out of the table.
 *
 *   bench-metrics [--entities=N] [--runs=N] [--networkx-runs=N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "liaison-test-util.h"
#include "synthetic.h"

static const char *python;

/* Rows of a table with no quoted fields, as the synthetic data gives. */
static GPtrArray *
read_rows (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], ",", -1));

  return rows;
}

/* Says how far python-igraph's table is from Liaison's, as a check that
 * both did the same work.
 */
static void
compare_tables (const char *ours,
                const char *theirs)
{
  g_autoptr(GPtrArray) a = read_rows (ours);
  g_autoptr(GPtrArray) b = read_rows (theirs);
  static const char *const names[] = { "betweenness", "closeness", "pagerank" };
  double max_diff[3] = { 0, 0, 0 };
  guint different_counts = 0, different_pieces = 0;

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      char **x = g_ptr_array_index (a, i), **y = g_ptr_array_index (b, i);

      g_assert_cmpstr (x[0], ==, y[0]);
      for (guint c = 3; c <= 5; c++)
        different_counts += strcmp (x[c], y[c]) != 0;
      different_pieces += strcmp (x[10], y[10]) != 0;
      for (guint m = 0; m < 3; m++)
        max_diff[m] = MAX (max_diff[m], fabs (g_ascii_strtod (x[6 + m], NULL) - g_ascii_strtod (y[6 + m], NULL)));
    }

  printf ("Check against python-igraph's table: %u degrees and %u components differ; largest difference:",
          different_counts, different_pieces);
  for (guint m = 0; m < 3; m++)
    printf (" %s %.1e%s", names[m], max_diff[m], m < 2 ? "," : "\n");
}

static gboolean
python_has (const char *module)
{
  g_autofree char *code = g_strdup_printf ("import %s", module);
  const char *argv[] = { python, "-c", code, NULL };
  int status = 1;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

static void
print_row (const char *name,
           GArray     *times,
           double      reference)
{
  if (times->len == 0)
    return;

  printf ("| %-52s | %8.2f | %10.2f |", name, liaison_test_best (times), liaison_test_median (times));
  if (reference > 0)
    printf (" %7.2fx |\n", liaison_test_median (times) / reference);
  else
    printf (" %8s |\n", "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time --metrics against python-igraph and NetworkX");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  g_autofree char *dataset_path = g_build_filename (dir, "synthetic.json", NULL);
  g_autofree char *ours = g_build_filename (dir, "liaison.csv", NULL);
  g_autofree char *igraph_csv = g_build_filename (dir, "igraph.csv", NULL);
  g_autofree char *networkx_csv = g_build_filename (dir, "networkx.csv", NULL);
  g_autofree char *metrics_arg = g_strdup_printf ("--metrics=%s", ours);
  g_autofree char *script = NULL;
  const char *binary;
  int n_entities = 10000;
  int runs = 3;
  int networkx_runs = 1;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of Liaison and python-igraph, in turns", "N" },
    { "networkx-runs", 0, 0, G_OPTION_ARG_INT, &networkx_runs, "Runs of NetworkX (0: none; it is slow)", "N" },
    { NULL }
  };
  g_autoptr(GArray) ours_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) igraph_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) networkx_times = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean have_igraph, have_networkx;
  double reference = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  binary = liaison_test_binary ();

  /* Debian's python3 is the one with python3-igraph and python3-networkx. */
  python = g_getenv ("LIAISON_PYTHON");
  if (python == NULL)
    python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
  script = g_build_filename (BENCH_SRCDIR, "bench-metrics.py", NULL);
  have_igraph = python_has ("igraph");
  have_networkx = networkx_runs > 0 && python_has ("networkx");

  json = synthetic_dataset_json (n_entities, 20190903);
  if (!g_file_set_contents (dataset_path, json->str, json->len, &error))
    g_error ("%s", error->message);

  for (int run = 0; run < runs; run++)
    {
      const char *our_argv[] = { binary, metrics_arg, dataset_path, NULL };
      const char *igraph_argv[] = { python, script, "igraph", dataset_path, igraph_csv, NULL };
      double t;

      /* In turns, so that a busy moment of the machine falls on both. */
      t = liaison_test_time_command (our_argv, NULL);
      g_array_append_val (ours_times, t);
      if (have_igraph)
        {
          t = liaison_test_time_command (igraph_argv, NULL);
          g_array_append_val (igraph_times, t);
        }
    }

  for (int run = 0; have_networkx && run < networkx_runs; run++)
    {
      const char *networkx_argv[] = { python, script, "networkx", dataset_path, networkx_csv, NULL };
      double t = liaison_test_time_command (networkx_argv, NULL);

      g_array_append_val (networkx_times, t);
    }

  printf ("Metrics of %d entities and %d relations (degree, betweenness, closeness, PageRank, communities, "
          "components), end to end from the JSON file to a CSV table\n\n", n_entities, 2 * n_entities);
  printf ("| %-52s | %8s | %10s | %8s |\n", "", "best (s)", "median (s)", "ratio");
  printf ("|------------------------------------------------------|----------|------------|----------|\n");
  if (have_igraph)
    reference = liaison_test_median (igraph_times);
  print_row ("liaison --metrics=table.csv dataset.json", ours_times, reference);
  print_row ("python-igraph: json.load, igraph (bench-metrics.py)", igraph_times, reference);
  print_row ("NetworkX: json.load, networkx (bench-metrics.py)", networkx_times, reference);
  printf ("\n");

  if (have_igraph)
    {
      printf ("Liaison / python-igraph: %.2fx best, %.2fx median (target at most 1.2x)\n",
              liaison_test_best (ours_times) / liaison_test_best (igraph_times),
              liaison_test_median (ours_times) / liaison_test_median (igraph_times));
      compare_tables (ours, igraph_csv);
    }
  else
    printf ("python-igraph is not installed (apt-get install python3-igraph): no reference\n");
  if (networkx_runs > 0 && !have_networkx)
    printf ("NetworkX is not installed (apt-get install python3-networkx): left out\n");

  g_unlink (dataset_path);
  g_unlink (ours);
  g_unlink (igraph_csv);
  g_unlink (networkx_csv);
  g_rmdir (dir);

  return 0;
}

/* bench-csv.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times "liaison --check --nodes=nodes.csv edges.csv" on a node table of
 * 100,000 entities and an edge list of 200,000 relations (fixed seed)
 * against Python's csv.DictReader building a dict of the nodes by id and
 * the list of the edges, on the same files. Each measurement runs in a
 * process of its own, alternately, a round at a time; the ratio is the
 * median of each round's ratio.
 *
 *   bench-csv [--entities=N] [--runs=N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "liaison-test-util.h"

static const char *const types[] = { "company", "person", "agency", "university" };
static const char *const relation_types[] = { "supplies", "founded", "invests in", "competes with" };
static const char *const countries[] = { "China", "Japan", "United States", "Germany", "Côte d'Ivoire" };

static void
write_tables (const char *nodes_path,
              const char *edges_path,
              guint       n_entities)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20190903);
  g_autoptr(GString) nodes = g_string_new ("id,label,type,country,founded\n");
  g_autoptr(GString) edges = g_string_new ("source,target,label,type,date,weight\n");

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (nodes, "e%u,\"Entity %u, %s\",%s,%s,%u\n", i, i,
                            countries[i % G_N_ELEMENTS (countries)],
                            types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))],
                            countries[g_rand_int_range (rand, 0, G_N_ELEMENTS (countries))],
                            (guint) g_rand_int_range (rand, 1900, 2024));

  for (guint i = 0; i < 2 * n_entities; i++)
    {
      guint from = g_rand_int_range (rand, 0, n_entities);
      guint to = g_rand_int_range (rand, 0, n_entities);
      const char *type = relation_types[g_rand_int_range (rand, 0, G_N_ELEMENTS (relation_types))];

      g_string_append_printf (edges, "e%u,e%u,%s,%s,%04d-%02d,%.2f\n", from, to, type, type,
                              g_rand_int_range (rand, 1990, 2024), g_rand_int_range (rand, 1, 13),
                              g_rand_double (rand));
    }

  if (!g_file_set_contents (nodes_path, nodes->str, nodes->len, NULL) ||
      !g_file_set_contents (edges_path, edges->str, edges->len, NULL))
    g_error ("cannot write the tables");
}

/* In the child: check the tables as "liaison --check --nodes" does. */
static int
run_liaison (const char *nodes,
             const char *edges)
{
  gint64 start = g_get_monotonic_time ();

  liaison_bench_check (nodes, edges);
  printf ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

static const char python_script[] =
  "import csv, sys, time\n"
  "start = time.monotonic()\n"
  "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
  "    nodes = {row['id']: row for row in csv.DictReader(f)}\n"
  "with open(sys.argv[2], newline='', encoding='utf-8') as f:\n"
  "    edges = [row for row in csv.DictReader(f)]\n"
  "print('%.3f' % (time.monotonic() - start))\n";

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time checking a large CSV node table and edge list");
  g_autoptr(GError) error = NULL;
  g_autofree char *run = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *nodes = NULL;
  g_autofree char *edges = NULL;
  int n_entities = 100000;
  int runs = 5;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Rounds, each running every measurement once", "N" },
    { "run", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &run, NULL, NULL },
    { NULL }
  };
  g_autoptr(GArray) liaison_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) python_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  GStatBuf node_stat, edge_stat;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  if (run != NULL)
    return run_liaison (argv[1], argv[2]);

  runs = MAX (runs, 1);
  dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  nodes = g_build_filename (dir, "nodes.csv", NULL);
  edges = g_build_filename (dir, "edges.csv", NULL);
  write_tables (nodes, edges, n_entities);
  g_stat (nodes, &node_stat);
  g_stat (edges, &edge_stat);

  for (int i = 0; i < runs; i++)
    {
      const char *liaison_argv[] = { argv[0], "--run=liaison", nodes, edges, NULL };
      const char *python_argv[] = { "python3", "-c", python_script, nodes, edges, NULL };
      LiaisonBenchMeasure ours, theirs;
      double liaison, python, ratio;

      liaison_bench_measure_pair (i, liaison_argv, python_argv, &ours, &theirs);
      liaison = ours.seconds;
      python = theirs.seconds;

      fprintf (stderr, "round %d: Liaison %.2f s, Python %.2f s\n", i + 1, liaison, python);
      ratio = liaison / python;
      g_array_append_val (liaison_s, liaison);
      g_array_append_val (python_s, python);
      g_array_append_val (ratios, ratio);
    }

  printf ("Checking a node table of %d entities and an edge list of %d relations (%.1f MB), "
          "median of %d alternating rounds\n\n",
          n_entities, n_entities * 2, (node_stat.st_size + edge_stat.st_size) / 1e6, runs);
  printf ("| %-52s | %8s |\n", "", "time (s)");
  printf ("|%s|%s|\n", "------------------------------------------------------", "----------");
  printf ("| %-52s | %8.2f |\n", "liaison --check --nodes: read, split, build",
          liaison_test_median (liaison_s));
  printf ("| %-52s | %8.2f |\n", "Python csv.DictReader: node dict + edge list",
          liaison_test_median (python_s));
  printf ("\nLiaison / Python time: %.2fx (median of paired ratios; target at most 1.0x)\n",
          liaison_test_median (ratios));

  g_unlink (nodes);
  g_unlink (edges);
  g_rmdir (dir);

  return 0;
}

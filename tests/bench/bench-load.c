/* bench-load.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times "liaison --check" on a synthetic dataset of 100,000 entities and
 * 200,000 relations (fixed seed) against Python's json.load with an id
 * index and adjacency lists, and compares peak memory with json-glib's
 * parse alone, all on the same file. Each measurement runs in a process
 * of its own so that peak memory is its own.
 *
 * The machine is shared and noisy: the measurements run alternately, a
 * round at a time, and the ratios are the median of each round's ratio,
 * which a slow moment disturbs far less than figures of separate runs.
 *
 *   bench-load [--entities=N] [--runs=N] [--write=FILE]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-test-util.h"
#include "synthetic.h"

static void
write_dataset (const char *path,
               guint       n_entities)
{
  g_autoptr(GString) text = synthetic_dataset_json (n_entities, 20190903);

  if (!g_file_set_contents (path, text->str, text->len, NULL))
    g_error ("cannot write %s", path);
}

/* In the child: do one thing, print "seconds peak-kib". */
static int
run_one (const char *what,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (g_str_equal (what, "liaison"))
    {
      /* What "liaison --check FILE" does, without starting the application. */
      liaison_bench_check (NULL, path);
      printf ("%.3f %" G_GUINT64_FORMAT "\n", (g_get_monotonic_time () - start) / 1e6, liaison_test_peak_rss_kib ());
    }
  else if (g_str_equal (what, "json-glib"))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_mapped_file (parser, path, &error))
        g_error ("%s", error->message);
      printf ("%.3f %" G_GUINT64_FORMAT "\n", (g_get_monotonic_time () - start) / 1e6, liaison_test_peak_rss_kib ());
    }
  else
    g_error ("unknown measurement %s", what);

  return 0;
}

static const char python_script[] =
  "import json, resource, sys, time\n"
  "start = time.monotonic()\n"
  "with open(sys.argv[1], encoding='utf-8') as f:\n"
  "    data = json.load(f)\n"
  "index = {e['id']: i for i, e in enumerate(data['entities'])}\n"
  "out = [[] for _ in data['entities']]\n"
  "inc = [[] for _ in data['entities']]\n"
  "for i, r in enumerate(data['relations']):\n"
  "    out[index[r['from']]].append(i)\n"
  "    inc[index[r['to']]].append(i)\n"
  "print('%.3f %d' % (time.monotonic() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n";

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), liaison_test_compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time checking a large dataset");
  g_autoptr(GError) error = NULL;
  g_autofree char *run = NULL;
  g_autofree char *write = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int n_entities = 100000;
  int runs = 5;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Rounds, each running every measurement once", "N" },
    { "write", 0, 0, G_OPTION_ARG_FILENAME, &write, "Only write the synthetic dataset to FILE", "FILE" },
    { "run", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &run, NULL, NULL },
    { NULL }
  };
  g_autofree double *liaison_s = NULL, *json_glib_s = NULL, *python_s = NULL;
  g_autofree double *liaison_mib = NULL, *json_glib_mib = NULL, *python_mib = NULL;
  g_autofree double *time_ratios = NULL, *memory_ratios = NULL;
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  if (run != NULL)
    return run_one (run, argv[1]);

  if (write != NULL)
    {
      write_dataset (write, n_entities);
      return 0;
    }

  runs = MAX (runs, 1);
  dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  path = g_build_filename (dir, "synthetic.json", NULL);
  write_dataset (path, n_entities);
  g_stat (path, &st);

  liaison_s = g_new (double, runs);
  json_glib_s = g_new (double, runs);
  python_s = g_new (double, runs);
  liaison_mib = g_new (double, runs);
  json_glib_mib = g_new (double, runs);
  python_mib = g_new (double, runs);
  time_ratios = g_new (double, runs);
  memory_ratios = g_new (double, runs);

  for (int i = 0; i < runs; i++)
    {
      const char *liaison_argv[] = { argv[0], "--run=liaison", path, NULL };
      const char *json_glib_argv[] = { argv[0], "--run=json-glib", path, NULL };
      const char *python_argv[] = { "python3", "-c", python_script, path, NULL };
      LiaisonBenchMeasure liaison, json_glib, python;

      liaison_bench_measure_pair (i, liaison_argv, python_argv, &liaison, &python);
      json_glib = liaison_bench_measure (json_glib_argv);

      fprintf (stderr, "round %d: Liaison %.2f s %.0f MiB, Python %.2f s, json-glib %.2f s %.0f MiB\n",
               i + 1, liaison.seconds, liaison.peak_kib / 1024.0, python.seconds,
               json_glib.seconds, json_glib.peak_kib / 1024.0);

      liaison_s[i] = liaison.seconds;
      json_glib_s[i] = json_glib.seconds;
      python_s[i] = python.seconds;
      liaison_mib[i] = liaison.peak_kib / 1024.0;
      json_glib_mib[i] = json_glib.peak_kib / 1024.0;
      python_mib[i] = python.peak_kib / 1024.0;
      time_ratios[i] = liaison.seconds / python.seconds;
      memory_ratios[i] = (double) liaison.peak_kib / json_glib.peak_kib;
    }

  printf ("Checking %d entities and %d relations (%.1f MB), median of %d alternating rounds\n\n",
          n_entities, n_entities * 2, st.st_size / 1e6, runs);
  printf ("| %-44s | %8s | %14s |\n", "", "time (s)", "peak RSS (MiB)");
  printf ("|%s|%s|%s|\n", "----------------------------------------------", "----------", "----------------");
  printf ("| %-44s | %8.2f | %14.0f |\n", "liaison --check: read, scan, parse, build",
          median (liaison_s, runs), median (liaison_mib, runs));
  printf ("| %-44s | %8.2f | %14.0f |\n", "json-glib 1.6 parse alone",
          median (json_glib_s, runs), median (json_glib_mib, runs));
  printf ("| %-44s | %8.2f | %14.0f |\n", "Python json.load + id index + adjacency",
          median (python_s, runs), median (python_mib, runs));
  printf ("\nLiaison / Python time:      %.2fx (median of paired ratios; target at most 1.3x)\n",
          median (time_ratios, runs));
  printf ("Liaison / json-glib memory: %.2fx (median of paired ratios; target at most 1.1x)\n",
          median (memory_ratios, runs));

  g_unlink (path);
  g_rmdir (dir);

  return 0;
}

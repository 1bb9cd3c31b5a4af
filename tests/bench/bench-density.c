/* bench-density.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times the whole "liaison --export=graph.svg dataset.json" run, with the
 * automatic engine, on random graphs of rising density (fixed seed), next
 * to "sfdp -Goverlap=prism -Gsep=+8 -Tsvg" on the same graph in DOT, taken
 * in turns in the same run. Dense graphs are where routing relations
 * around entities once took minutes.
 *
 *   bench-density [--runs=N] [--large]
 *
 * --large adds graphs of 10,000 entities, which must export in under a
 * minute.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-graph-builder.h"
#include "synthetic.h"

typedef struct
{
  guint n_entities;
  guint n_relations;
  gboolean large;
} Case;

static const Case cases[] = {
  { 160, 6000, FALSE },
  { 1000, 1000, FALSE },
  { 1000, 3000, FALSE },
  { 1000, 10000, FALSE },
  { 1000, 30000, FALSE },
  { 10000, 20000, TRUE },
  { 10000, 60000, TRUE },
};

static double
time_command (const char *const *argv,
              char              **out)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | (out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                     NULL, NULL, out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

static double
best_of (GArray *times)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < times->len; i++)
    best = MIN (best, g_array_index (times, double, i));

  return best;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time SVG export of dense graphs against sfdp");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  g_autofree char *dataset_path = g_build_filename (dir, "graph.json", NULL);
  g_autofree char *dot_path = g_build_filename (dir, "graph.gv", NULL);
  g_autofree char *ours = g_build_filename (dir, "liaison.svg", NULL);
  g_autofree char *theirs = g_build_filename (dir, "sfdp.svg", NULL);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", ours);
  const char *binary = g_getenv ("LIAISON_BINARY");
  int runs = 3;
  gboolean large = FALSE;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each, keeping the fastest", "N" },
    { "large", 0, 0, G_OPTION_ARG_NONE, &large, "Add graphs of 10,000 entities", NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (binary == NULL)
    g_error ("set LIAISON_BINARY to the liaison program");
  runs = MAX (runs, 1);

  printf ("SVG export with the automatic engine against sfdp -Goverlap=prism -Gsep=+8 -Tsvg,\n"
          "random graphs (fixed seed), best of %d interleaved runs each\n\n", runs);
  printf ("| entities | relations | Automatic chose              | Liaison (s) | sfdp (s) | ratio |\n");
  printf ("|----------|-----------|------------------------------|-------------|----------|-------|\n");
  fflush (stdout);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) json = NULL;
      g_autoptr(LiaisonDataset) dataset = NULL;
      g_autoptr(GBytes) dot = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GArray) ours_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) theirs_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *chosen = NULL;
      LiaisonLayoutEngine engine;
      double best_ours, best_theirs;

      if (cases[c].large && !large)
        continue;

      json = synthetic_graph_json (cases[c].n_entities, cases[c].n_relations, 20190903);
      if (!g_file_set_contents (dataset_path, json->str, json->len, &error))
        g_error ("%s", error->message);

      /* The very graph Liaison lays out, for Graphviz's own tool. */
      bytes = g_bytes_new (json->str, json->len);
      dataset = liaison_dataset_load_bytes (bytes, "graph.json", NULL, NULL, &error);
      if (dataset == NULL)
        g_error ("%s", error->message);
      dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, NULL);
      if (!g_file_set_contents (dot_path, g_bytes_get_data (dot, NULL), g_bytes_get_size (dot), &error))
        g_error ("%s", error->message);

      engine = liaison_graph_choose_engine (dataset, NULL);
      chosen = g_strdup_printf ("%s, %s", liaison_layout_engine_to_string (engine),
                                liaison_edge_routing_display_name (
                                  liaison_layout_engine_get_routing (engine, cases[c].n_entities,
                                                                     cases[c].n_relations)));

      for (int run = 0; run < runs; run++)
        {
          const char *our_argv[] = { binary, export_arg, "--layout-timeout=600", dataset_path, NULL };
          const char *their_argv[] = { "sfdp", "-Goverlap=prism", "-Gsep=+8", "-Tsvg", dot_path, "-o", theirs, NULL };
          g_autofree char *said = NULL;
          double t;

          /* Taken in turns, so that a busy moment of the machine falls on
           * both.
           */
          t = time_command (our_argv, &said);
          g_array_append_val (ours_times, t);
          if (strstr (said, liaison_layout_engine_to_string (engine)) == NULL)
            g_error ("liaison used another engine than %s: %s", liaison_layout_engine_to_string (engine), said);
          t = time_command (their_argv, NULL);
          g_array_append_val (theirs_times, t);
        }

      best_ours = best_of (ours_times);
      best_theirs = best_of (theirs_times);
      printf ("| %8u | %9u | %-28s | %11.2f | %8.2f | %4.2fx |\n", cases[c].n_entities, cases[c].n_relations,
              chosen, best_ours, best_theirs, best_ours / best_theirs);
      fflush (stdout);
    }

  printf ("\nTargets: at most 5x sfdp up to 1,000 entities; under 60 s up to 10,000.\n");

  g_unlink (dataset_path);
  g_unlink (dot_path);
  g_unlink (ours);
  g_unlink (theirs);
  g_rmdir (dir);

  return 0;
}

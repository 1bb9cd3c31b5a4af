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

#include <stdio.h>
#include <string.h>

#include "liaison-graph-builder.h"
#include "liaison-test-util.h"
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
  { 10000, 150000, TRUE },
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time SVG export of dense graphs against sfdp");
  g_autoptr(GError) error = NULL;
  LiaisonBenchFiles files;
  const char *binary;
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
  binary = liaison_test_binary ();
  runs = MAX (runs, 1);
  liaison_bench_files_init (&files, "liaison.svg", "sfdp.svg");

  printf ("SVG export with the automatic engine against sfdp -Goverlap=prism -Gsep=+8 -Tsvg,\n"
          "random graphs (fixed seed), best of %d interleaved runs each\n\n", runs);
  printf ("| entities | relations | Automatic chose              | Liaison (s) | sfdp (s) | ratio |\n");
  printf ("|----------|-----------|------------------------------|-------------|----------|-------|\n");
  fflush (stdout);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) json = NULL;
      g_autoptr(LiaisonDataset) dataset = NULL;
      g_autoptr(GArray) ours_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) theirs_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *chosen = NULL;
      LiaisonLayoutEngine engine;
      double best_ours, best_theirs;

      if (cases[c].large && !large)
        continue;

      json = synthetic_graph_json (cases[c].n_entities, cases[c].n_relations, 20190903);
      dataset = liaison_bench_files_write (&files, json);

      engine = liaison_graph_choose_engine (dataset, NULL);
      chosen = g_strdup_printf ("%s, %s", liaison_layout_engine_to_string (engine),
                                liaison_edge_routing_display_name (
                                  liaison_layout_engine_get_routing (engine, cases[c].n_entities,
                                                                     cases[c].n_relations)));

      for (int run = 0; run < runs; run++)
        {
          const char *our_argv[] = { binary, files.export_arg, "--layout-timeout=600", files.dataset, NULL };
          const char *their_argv[] = { "sfdp", "-Goverlap=prism", "-Gsep=+8", "-Tsvg", files.dot, "-o", files.theirs,
                                       NULL };
          g_autofree char *said = NULL;
          double t;

          /* Taken in turns, so that a busy moment of the machine falls on
           * both.
           */
          t = liaison_test_time_command (our_argv, &said);
          g_array_append_val (ours_times, t);
          if (strstr (said, liaison_layout_engine_to_string (engine)) == NULL)
            g_error ("liaison used another engine than %s: %s", liaison_layout_engine_to_string (engine), said);
          t = liaison_test_time_command (their_argv, NULL);
          g_array_append_val (theirs_times, t);
        }

      best_ours = liaison_test_best (ours_times);
      best_theirs = liaison_test_best (theirs_times);
      printf ("| %8u | %9u | %-28s | %11.2f | %8.2f | %4.2fx |\n", cases[c].n_entities, cases[c].n_relations,
              chosen, best_ours, best_theirs, best_ours / best_theirs);
      fflush (stdout);
    }

  printf ("\nTargets: at most 5x sfdp up to 1,000 entities; under 60 s up to 10,000.\n");

  liaison_bench_files_clear (&files);

  return 0;
}

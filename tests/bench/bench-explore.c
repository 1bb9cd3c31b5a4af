/* bench-explore.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times "liaison --export=out.svg --focus=ID --depth=2" (and a focus on
 * fifty entities, which reaches about 1,100, and --path; and the fifty
 * laid out with sfdp, as a whole graph of that size would be) against a
 * plain "liaison --check" of the same synthetic file of 100,000 entities
 * and 200,000 relations (fixed seed), end to end: reading, the focus, the
 * layout in its worker and the SVG. The target is at most 1.5 times the
 * check.
 *
 * The machine is shared and noisy: the commands run in turns, a round at
 * a time, and each ratio is the median of the rounds' ratios. CPU time
 * (user and system, the layout worker included) is steadier than wall
 * time on a busy machine; both are shown.
 *
 *   bench-explore [--entities=N] [--runs=N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>

#include "liaison-test-util.h"
#include "synthetic.h"

typedef struct
{
  const char *name;
  char      **argv;
  GArray     *wall;       /* double, seconds */
  GArray     *cpu;
  GArray     *wall_ratio; /* against the check of the same round */
  GArray     *cpu_ratio;
  char       *summary;    /* what the export says it wrote */
} Command;

static double
children_cpu (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static void
run (Command *command)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  double cpu = children_cpu ();
  gint64 start = g_get_monotonic_time ();
  double wall;
  int status;

  if (!g_spawn_sync (NULL, command->argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", command->name, error->message);

  wall = (g_get_monotonic_time () - start) / 1e6;
  cpu = children_cpu () - cpu;
  g_array_append_val (command->wall, wall);
  g_array_append_val (command->cpu, cpu);
  g_free (command->summary);
  command->summary = g_strdup (g_strstrip (out));
}

static char **
make_argv (const char *arg,
           ...) G_GNUC_NULL_TERMINATED;

static char **
make_argv (const char *arg,
           ...)
{
  GPtrArray *argv = g_ptr_array_new ();
  va_list args;

  va_start (args, arg);
  for (; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  return (char **) g_ptr_array_free (argv, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time a focused export against --check");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(GString) fifty = g_string_new ("--focus=");
  g_autofree char *dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  g_autofree char *dataset = g_build_filename (dir, "synthetic.json", NULL);
  g_autofree char *svg = g_build_filename (dir, "out.svg", NULL);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", svg);
  const char *binary;
  int n_entities = 100000;
  int runs = 5;
  GOptionEntry entries[] = {
    { "entities", 0, 0, G_OPTION_ARG_INT, &n_entities, "Entities (relations are twice as many)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Rounds of every command", "N" },
    { NULL }
  };
  Command commands[5] = { { 0 } };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  binary = liaison_test_binary ();

  json = synthetic_dataset_json (n_entities, 20190903);
  if (!g_file_set_contents (dataset, json->str, json->len, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (fifty, "%se%u", i > 0 ? "," : "", i * (n_entities / 50));

  commands[0].name = "liaison --check FILE";
  commands[0].argv = make_argv (binary, "--check", dataset, NULL);
  commands[1].name = "--export=out.svg --focus=e0 --depth=2 FILE";
  commands[1].argv = make_argv (binary, export_arg, "--focus=e0", "--depth=2", dataset, NULL);
  commands[2].name = "--export=out.svg --focus=(50 ids) --depth=2 FILE";
  commands[2].argv = make_argv (binary, export_arg, fifty->str, "--depth=2", dataset, NULL);
  commands[3].name = "--export=out.svg --path=e0,e1 FILE";
  commands[3].argv = make_argv (binary, export_arg, "--path=e0,e1", dataset, NULL);
  /* What the fifty would cost without the radial layout of a focus. */
  commands[4].name = "the same fifty, --layout=sfdp (overlaps: prism)";
  commands[4].argv = make_argv (binary, export_arg, fifty->str, "--depth=2", "--layout=sfdp", dataset, NULL);

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      commands[c].wall = g_array_new (FALSE, FALSE, sizeof (double));
      commands[c].cpu = g_array_new (FALSE, FALSE, sizeof (double));
      commands[c].wall_ratio = g_array_new (FALSE, FALSE, sizeof (double));
      commands[c].cpu_ratio = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* One run of each first, to warm the page cache and the fonts. */
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      run (&commands[c]);
      g_array_set_size (commands[c].wall, 0);
      g_array_set_size (commands[c].cpu, 0);
    }

  for (int round = 0; round < runs; round++)
    for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
      {
        double wall_ratio, cpu_ratio;

        run (&commands[c]);
        wall_ratio = g_array_index (commands[c].wall, double, round) / g_array_index (commands[0].wall, double, round);
        cpu_ratio = g_array_index (commands[c].cpu, double, round) / g_array_index (commands[0].cpu, double, round);
        g_array_append_val (commands[c].wall_ratio, wall_ratio);
        g_array_append_val (commands[c].cpu_ratio, cpu_ratio);
      }

  printf ("%d entities, %d relations (synthetic, seed 20190903); %d rounds, medians\n\n", n_entities,
          2 * n_entities, runs);
  printf ("| %-50s | %8s | %7s | %8s | %7s |\n", "command", "wall (s)", "x check", "CPU (s)", "x check");
  printf ("|----------------------------------------------------|----------|---------|----------|---------|\n");
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    printf ("| %-50s | %8.2f | %7.2f | %8.2f | %7.2f |\n", commands[c].name,
            liaison_test_median (commands[c].wall), liaison_test_median (commands[c].wall_ratio),
            liaison_test_median (commands[c].cpu), liaison_test_median (commands[c].cpu_ratio));
  printf ("\nTarget: a focused export at most 1.5x the check.\n\nWhat the exports hold:\n");
  for (guint c = 1; c < G_N_ELEMENTS (commands); c++)
    printf ("  %s\n    %s\n", commands[c].name, commands[c].summary);

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_strfreev (commands[c].argv);
      g_array_unref (commands[c].wall);
      g_array_unref (commands[c].cpu);
      g_array_unref (commands[c].wall_ratio);
      g_array_unref (commands[c].cpu_ratio);
      g_free (commands[c].summary);
    }
  g_unlink (dataset);
  g_unlink (svg);
  g_rmdir (dir);

  return 0;
}

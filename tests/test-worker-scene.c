/* test-worker-scene.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* On graphs of many relations the layout worker writes plain relations
 * from Graphviz's geometry rather than through its xdot renderer: the
 * scene it hands back must be the same, byte for byte.
 */

#include "config.h"

#include <string.h>

#include "liaison-test-util.h"

static char *
dense_dot (void)
{
  GString *dot = g_string_new ("digraph liaison {\n"
                               "  graph [overlap=true, splines=line, outputorder=edgesfirst];\n"
                               "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#73b1d5\", penwidth=1.2];\n"
                               "  edge [arrowsize=0.7, penwidth=1.2, dir=forward];\n");
  guint32 state = 20190903;

  for (guint i = 0; i < 20500; i++)
    {
      guint from, to;

      state = state * 1664525u + 1013904223u;
      from = (state >> 8) % 400;
      state = state * 1664525u + 1013904223u;
      to = (state >> 8) % 400;

      g_string_append_printf (dot, "  n%u -> n%u [id=\"relation-r%u\", color=\"#%06x\"", from, to, i,
                              (state >> 4) & 0xffffff);
      /* The ones that keep going through xdot, and arrows both ways or
       * none.
       */
      switch (i % 500)
        {
        case 1: g_string_append (dot, ", style=dashed"); break;
        case 2: g_string_append (dot, ", label=\"funds\""); break;
        case 3: g_string_append (dot, ", dir=both"); break;
        case 4: g_string_append (dot, ", dir=none"); break;
        case 5: g_string_append (dot, ", penwidth=2, arrowsize=1"); break;
        case 6: g_string_append (dot, ", color=\"#ff000080\""); break;
        default: break;
        }
      g_string_append (dot, "];\n");
    }
  g_string_append (dot, "}\n");

  return g_string_free (dot, FALSE);
}

static char *
run_worker (const char *dot,
            gboolean    xdot_only)
{
  const char *worker = g_getenv ("LIAISON_LAYOUT_WORKER");
  const char *argv[] = { worker, "--engine=sfdp", NULL };
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_assert_nonnull (worker);
  if (xdot_only)
    g_subprocess_launcher_setenv (launcher, "LIAISON_WORKER_TEST_XDOT_ONLY", "1", TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "LIAISON_WORKER_TEST_XDOT_ONLY");

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, dot, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));

  return out;
}

static void
test_plain_relations_as_xdot (void)
{
  g_autofree char *dot = dense_dot ();
  g_autofree char *direct = run_worker (dot, FALSE);
  g_autofree char *xdot = run_worker (dot, TRUE);

  g_assert_cmpuint (strlen (direct), >, 20500 * 200);
  /* Arrowheads at the head, at both ends, and none. */
  g_assert_nonnull (strstr (direct, "\"_tdraw_\""));
  g_assert_nonnull (strstr (direct, "\"_hdraw_\""));
  g_assert_true (strcmp (direct, xdot) == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/worker-scene/plain-relations-as-xdot", test_plain_relations_as_xdot);

  return g_test_run ();
}

/* bench-graphml.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times "liaison --check" on a GraphML file of 100,000 entities and
 * 200,000 relations (fixed seed, written as NetworkX writes GraphML, with
 * a label, a type and a number for each node and a type, a date and a
 * weight for each edge: about 47 MB) against Python's
 * xml.etree.ElementTree.iterparse merely counting the nodes and edges,
 * and "xmllint --stream --noout" as the floor: libxml2's streaming
 * reader doing nothing. Each measurement runs in a process of its own,
 * alternately, a round at a time; the ratio is the median of each
 * round's ratio.
 *
 *   bench-graphml [--entities=N] [--runs=N] [--write=FILE]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "liaison-test-util.h"

static const char *const types[] = { "company", "person", "agency", "university" };
static const char *const relation_types[] = { "supplies", "founded", "invests in", "competes with" };

static void
write_graphml (const char *path,
               guint       n_entities)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20190903);
  g_autoptr(GString) text = g_string_sized_new (40 * 1024 * 1024);

  g_string_append (text,
                   "<?xml version='1.0' encoding='utf-8'?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                   "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                   "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\" />\n"
                   "  <key id=\"d1\" for=\"node\" attr.name=\"entity_type\" attr.type=\"string\" />\n"
                   "  <key id=\"d2\" for=\"node\" attr.name=\"founded\" attr.type=\"long\" />\n"
                   "  <key id=\"d3\" for=\"edge\" attr.name=\"relation_type\" attr.type=\"string\" />\n"
                   "  <key id=\"d4\" for=\"edge\" attr.name=\"date\" attr.type=\"string\" />\n"
                   "  <key id=\"d5\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\" />\n"
                   "  <graph edgedefault=\"directed\">\n");

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (text,
                            "    <node id=\"e%u\">\n"
                            "      <data key=\"d0\">Entity %u</data>\n"
                            "      <data key=\"d1\">%s</data>\n"
                            "      <data key=\"d2\">%u</data>\n"
                            "    </node>\n",
                            i, i, types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))],
                            (guint) g_rand_int_range (rand, 1900, 2024));

  for (guint i = 0; i < 2 * n_entities; i++)
    {
      guint from = g_rand_int_range (rand, 0, n_entities);
      guint to = g_rand_int_range (rand, 0, n_entities);

      g_string_append_printf (text,
                              "    <edge source=\"e%u\" target=\"e%u\">\n"
                              "      <data key=\"d3\">%s</data>\n"
                              "      <data key=\"d4\">%04d-%02d</data>\n"
                              "      <data key=\"d5\">%.2f</data>\n"
                              "    </edge>\n",
                              from, to, relation_types[g_rand_int_range (rand, 0, G_N_ELEMENTS (relation_types))],
                              g_rand_int_range (rand, 1990, 2024), g_rand_int_range (rand, 1, 13),
                              g_rand_double (rand));
    }

  g_string_append (text, "  </graph>\n</graphml>\n");

  if (!g_file_set_contents (path, text->str, text->len, NULL))
    g_error ("cannot write %s", path);
}

/* In the child: check the file as "liaison --check" does. */
static int
run_liaison (const char *path)
{
  gint64 start = g_get_monotonic_time ();

  liaison_bench_check (NULL, path);
  printf ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

/* The least a Python reader does: count the nodes and edges, clearing
 * each element once read, as iterparse's documentation advises.
 */
static const char python_script[] =
  "import sys, time, xml.etree.ElementTree as ET\n"
  "start = time.monotonic()\n"
  "nodes = edges = 0\n"
  "for event, element in ET.iterparse(sys.argv[1]):\n"
  "    tag = element.tag.rpartition('}')[2]\n"
  "    if tag == 'node':\n"
  "        nodes += 1\n"
  "        element.clear()\n"
  "    elif tag == 'edge':\n"
  "        edges += 1\n"
  "        element.clear()\n"
  "assert nodes > 0 and edges > 0\n"
  "print('%.3f' % (time.monotonic() - start))\n";

/* xmllint has no timer of its own: the child times it. */
static int
run_xmllint (const char *path)
{
  const char *argv[] = { "xmllint", "--stream", "--noout", path, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  if (process == NULL || !g_subprocess_wait_check (process, NULL, &error))
    g_error ("xmllint: %s", error->message);

  printf ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time checking a large GraphML file");
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
    { "write", 0, 0, G_OPTION_ARG_FILENAME, &write, "Only write the GraphML file to FILE", "FILE" },
    { "run", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &run, NULL, NULL },
    { NULL }
  };
  g_autoptr(GArray) liaison_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) python_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) xmllint_s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  if (run != NULL)
    return g_str_equal (run, "xmllint") ? run_xmllint (argv[1]) : run_liaison (argv[1]);

  if (write != NULL)
    {
      write_graphml (write, n_entities);
      return 0;
    }

  runs = MAX (runs, 1);
  dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  path = g_build_filename (dir, "synthetic.graphml", NULL);
  write_graphml (path, n_entities);
  g_stat (path, &st);

  for (int i = 0; i < runs; i++)
    {
      const char *liaison_argv[] = { argv[0], "--run=liaison", path, NULL };
      const char *xmllint_argv[] = { argv[0], "--run=xmllint", path, NULL };
      const char *python_argv[] = { "python3", "-c", python_script, path, NULL };
      LiaisonBenchMeasure ours, theirs;
      double liaison, python, xmllint, ratio;

      liaison_bench_measure_pair (i, liaison_argv, python_argv, &ours, &theirs);
      liaison = ours.seconds;
      python = theirs.seconds;
      xmllint = liaison_bench_measure (xmllint_argv).seconds;

      fprintf (stderr, "round %d: Liaison %.2f s, Python %.2f s, xmllint %.2f s\n", i + 1, liaison, python, xmllint);
      ratio = liaison / python;
      g_array_append_val (liaison_s, liaison);
      g_array_append_val (python_s, python);
      g_array_append_val (xmllint_s, xmllint);
      g_array_append_val (ratios, ratio);
    }

  printf ("Checking a GraphML file of %d entities and %d relations (%.1f MB), median of %d alternating rounds\n\n",
          n_entities, n_entities * 2, st.st_size / 1e6, runs);
  printf ("| %-58s | %8s |\n", "", "time (s)");
  printf ("|%s|%s|\n", "------------------------------------------------------------", "----------");
  printf ("| %-58s | %8.2f |\n", "liaison --check: read, parse, map, build", liaison_test_median (liaison_s));
  printf ("| %-58s | %8.2f |\n", "Python ElementTree.iterparse: count nodes and edges",
          liaison_test_median (python_s));
  printf ("| %-58s | %8.2f |\n", "xmllint --stream --noout (the floor)", liaison_test_median (xmllint_s));
  printf ("\nLiaison / Python time: %.2fx (median of paired ratios; target at most 1.0x)\n",
          liaison_test_median (ratios));

  g_unlink (path);
  g_rmdir (dir);

  return 0;
}

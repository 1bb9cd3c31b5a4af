/* test-commands.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "liaison-test-util.h"

static int
run_liaison (const char * const  *args,
             char               **out,
             char               **err)
{
  return liaison_test_run_liaison_in (NULL, NULL, NULL, args, out, err);
}

static void
test_check_valid (void)
{
  const char *args[] = { "--check", "valid/self-loop-and-parallel.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "2 entities, 4 relations, 0 sources\n");
  g_assert_cmpstr (err, ==, "");
}

static void
test_check_singular (void)
{
  const char *args[] = { "--check", "valid/partial-dates.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "1 entity, 3 relations, 1 source\n");
}

static void
test_check_bundled (void)
{
  g_autofree char *path = liaison_test_bundled_path ();
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_true (g_regex_match_simple ("^[0-9]+ entities, [0-9]+ relations, 2 sources\n$", out, 0, 0));
}

static void
test_check_syntax_error (void)
{
  const char *args[] = { "--check", "invalid/trailing-comma-object.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "invalid/trailing-comma-object.json:1:40: a comma before “}” has no value "
                            "after it (trailing commas are not allowed in JSON)\n");
}

static void
test_check_meaning_errors (void)
{
  const char *args[] = { "--check", "invalid/twenty-five-problems.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  lines = g_strsplit (err, "\n", -1);
  /* 20 problems, the count of the rest, and the final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 22);
  g_assert_cmpstr (lines[0], ==, "invalid/twenty-five-problems.json: relations[0].to: unknown entity \"missing-00\"");
  g_assert_cmpstr (lines[20], ==, "invalid/twenty-five-problems.json: … and 5 more problems");
}

static void
test_check_several_files (void)
{
  const char *args[] = { "--check", "valid/minimal.json", "invalid/empty.json", "valid/partial-dates.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* Every file is checked; one failure fails the whole. */
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "valid/minimal.json: 1 entity, 0 relations, 0 sources\n"
                            "valid/partial-dates.json: 1 entity, 3 relations, 1 source\n");
  g_assert_cmpstr (err, ==, "invalid/empty.json: the file is empty\n");
}

static void
test_check_missing_file (void)
{
  const char *args[] = { "--check", "no-such-file.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "no-such-file.json: the file does not exist\n");
}

static void
test_check_without_file (void)
{
  const char *args[] = { "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "--check needs a file to check\n");
}

static void
test_check_max_file_size (void)
{
  const char *args[] = { "--check", "--max-file-size=1", "valid/minimal.json", NULL };
  const char *bad_args[] = { "--check", "--max-file-size=0", "valid/minimal.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_liaison (bad_args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "--max-file-size needs a positive number of mebibytes\n");
}

static void
test_export_bundled (void)
{
  g_autofree char *path = liaison_test_temporary_path ("bundled.svg");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  const char *args[] = { arg, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *svg = NULL;

  /* No file: the bundled dataset, with no display anywhere. */
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s: ", path);
  g_assert_true (g_str_has_prefix (out, expected));
  g_assert_true (g_str_has_suffix (out, " relations, laid out with neato\n"));
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_true (g_str_has_prefix (svg, "<?xml version=\"1.0\" encoding=\"UTF-8\""));
  g_assert_nonnull (strstr (svg, "<g id=\"entity-huawei\" class=\"entity entity-type-company\">"));

  liaison_test_remove_temporary (path);
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, needle)) != NULL; p++)
    n++;
  return n;
}

static guint32
read_be32 (const char *bytes)
{
  const guchar *b = (const guchar *) bytes;

  return ((guint32) b[0] << 24) | ((guint32) b[1] << 16) | ((guint32) b[2] << 8) | b[3];
}

/* What the command line wrote for the two entities and four relations of
 * valid/self-loop-and-parallel.json is a whole file of its kind.
 */
static void
check_export (const char *path,
              const char *contents,
              gsize       length)
{
  if (g_str_has_suffix (path, ".svg"))
    {
      static const GMarkupParser parser = { NULL };
      g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      g_autoptr(GError) error = NULL;

      g_markup_parse_context_parse (context, contents, length, &error);
      g_assert_no_error (error);
      g_markup_parse_context_end_parse (context, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (count_occurrences (contents, "<g id=\"entity-"), ==, 2);
      g_assert_cmpuint (count_occurrences (contents, "<g id=\"relation-"), ==, 4);
    }
  else if (g_str_has_suffix (path, ".pdf"))
    g_assert_nonnull (g_strstr_len (contents + length - MIN (length, 32), MIN (length, 32), "%%EOF"));
  else if (g_str_has_suffix (path, ".dot"))
    {
      g_autofree char *neato = g_find_program_in_path ("neato");
      const char *argv[] = { neato, "-n2", "-Tsvg", "-o/dev/null", path, NULL };
      g_autoptr(GError) error = NULL;
      int status;

      /* Graphviz draws it again with the positions it holds. */
      if (neato != NULL)
        {
          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                       NULL, NULL, &status, &error));
          g_assert_no_error (error);
          g_assert_true (g_spawn_check_wait_status (status, NULL));
        }
    }
  else if (g_str_has_suffix (path, ".json"))
    {
      const char *args[] = { "--check", path, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      /* Liaison opens it again. */
      g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
      g_assert_cmpstr (out, ==, "2 entities, 4 relations, 0 sources\n");
    }
  else
    {
      /* A PNG: its header gives a picture of some size. */
      g_assert_cmpuint (length, >, 24);
      g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
      g_assert_cmpuint (read_be32 (contents + 16), >, 0);
      g_assert_cmpuint (read_be32 (contents + 20), >, 0);
    }
}

static void
test_export_formats (void)
{
  static const struct { const char *name; const char *format; const char *magic; } cases[] = {
    { "graph.svg", NULL, "<?xml" },
    { "graph.png", NULL, "\x89PNG\r\n\x1a\n" },
    { "graph.pdf", NULL, "%PDF-" },
    { "graph.dot", NULL, "digraph liaison" },
    { "graph.json", NULL, "{\n  \"sources\" :" },
    { "picture", "png", "\x89PNG" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = liaison_test_temporary_path (cases[i].name);
      g_autofree char *arg = g_strdup_printf ("--export=%s", path);
      g_autofree char *format = cases[i].format ? g_strdup_printf ("--format=%s", cases[i].format) : NULL;
      const char *args[] = { arg, "--layout=dot", "valid/self-loop-and-parallel.json", format, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_test_message ("%s", cases[i].name);
      g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
      g_assert_true (g_str_has_suffix (out, ": 2 entities and 4 relations, laid out with dot\n"));
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, strlen (cases[i].magic));
      g_assert_cmpmem (contents, strlen (cases[i].magic), cases[i].magic, strlen (cases[i].magic));
      check_export (path, contents, length);
      liaison_test_remove_temporary (path);
    }
}

static void
test_export_failures (void)
{
  g_autofree char *path = liaison_test_temporary_path ("graph.svg");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  g_autofree char *missing_dir = g_strdup_printf ("--export=%s/no/such/folder/graph.svg", g_get_tmp_dir ());
  struct {
    const char *args[5];
    int status;
    const char *message;
  } cases[] = {
    { { arg, "--layout=circular", "valid/minimal.json", NULL }, 1,
      "unknown layout engine “circular” (use auto, dot, neato, fdp, sfdp, circo, twopi, osage or file)\n" },
    { { arg, "--format=tiff", "valid/minimal.json", NULL }, 1,
      "unknown export format “tiff” (use svg, png, pdf, dot, json, graphml, gexf or csv)\n" },
    { { "--export=graph", "valid/minimal.json", NULL }, 1,
      "cannot tell the format from “graph”: name it .svg, .png, .pdf, .dot, .json, .graphml, .gexf or .csv, "
      "or add --format\n" },
    { { arg, "invalid/trailing-comma-object.json", NULL }, 1,
      "invalid/trailing-comma-object.json:1:40: a comma before “}” has no value after it (trailing commas "
      "are not allowed in JSON)\n" },
    { { arg, "invalid/twenty-five-problems.json", NULL }, 1,
      "invalid/twenty-five-problems.json: relations[0].to: unknown entity \"missing-00\" (and more problems: "
      "liaison --check lists them all)\n" },
    { { arg, "valid/minimal.json", "valid/empty-dataset.json", NULL }, 1,
      "--export takes one FILE\n" },
    { { arg, "--layout-timeout=0", "valid/minimal.json", NULL }, 1,
      "--layout-timeout needs a number of seconds, from 1 to 86400\n" },
    { { missing_dir, "valid/minimal.json", NULL }, 1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_liaison (cases[i].args, &out, &err), ==, cases[i].status);
      if (cases[i].message != NULL)
        g_assert_cmpstr (err, ==, cases[i].message);
      else
        g_assert_true (g_str_has_prefix (err, "Could not write “"));
      /* One line, always. */
      g_assert_true (g_str_has_suffix (err, "\n"));
      g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
      g_assert_cmpstr (out, ==, "");
    }

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  liaison_test_remove_temporary (path);
}

static void
test_export_time_limit (void)
{
  g_autofree char *path = liaison_test_temporary_path ("graph.svg");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  const char *args[] = { arg, "--layout=dot", "--layout-timeout=1", "valid/minimal.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A layout that never ends is stopped at the limit given. */
  g_assert_cmpint (liaison_test_run_liaison_in (NULL, "LIAISON_WORKER_TEST_HANG", NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "Graphviz’s dot engine took more than 1 second and was stopped; "
                            "the sfdp engine lays large graphs out much faster\n");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  liaison_test_remove_temporary (path);
}

static void
limit_file_size_cb (gpointer user_data)
{
  struct rlimit limit = { 1024, 1024 };

  /* In the child, before it runs: writes past 1 KiB fail, as on a full
   * disk, instead of killing it.
   */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
test_export_full_disk (void)
{
  g_autofree char *path = liaison_test_temporary_path ("graph.svg");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  const char *args[] = { arg, "valid/self-loop-and-parallel.json", NULL };
  g_autofree char *expected = g_strdup_printf ("Could not write “%s”: ", path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "the previous export", -1, NULL));

  /* A one-line reason, and the old file untouched. */
  g_assert_cmpint (liaison_test_run_liaison_in (NULL, NULL, limit_file_size_cb, args, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, expected));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous export");
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (listing), ==, "graph.svg");
    g_assert_null (g_dir_read_name (listing));
  }

  liaison_test_remove_temporary (path);
}

static void
test_layout_timeout_checked_for_windows (void)
{
  const char *args[] = { "--layout-timeout=forever", "valid/minimal.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* The limit applies to the windows too, so it is checked before one
   * opens (none could, here: there is no display).
   */
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "--layout-timeout needs a number of seconds, from 1 to 86400\n");
}

static void
test_export_name_with_colon (void)
{
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autofree char *written = g_build_filename (dir, "report:2019.svg", NULL);
  const char *args[] = { "--export=report:2019.svg", input, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A file name, here, not a URI with the scheme "report". */
  g_assert_cmpint (liaison_test_run_liaison_in (dir, NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));

  g_unlink (written);
  g_rmdir (dir);
}

/* Scripts branch on the status alone: 0 when the work was done, 1 for
 * any failure, whether the command was mistyped or the file was bad.
 */
static void
test_exit_status (void)
{
  g_autofree char *path = liaison_test_temporary_path ("graph.svg");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  struct {
    const char *args[5];
    int status;
  } cases[] = {
    { { "--check", "valid/minimal.json", NULL }, 0 },
    { { "--check", "--no-such-option", "valid/minimal.json", NULL }, 1 },
    { { "--check", "no-such-file.json", NULL }, 1 },
    { { "--check", "invalid/trailing-comma-object.json", NULL }, 1 },
    { { "--check", "--max-file-size=big", "valid/minimal.json", NULL }, 1 },
    { { arg, "valid/minimal.json", NULL }, 0 },
    { { arg, "--no-such-option", "valid/minimal.json", NULL }, 1 },
    { { arg, "--format=tiff", "valid/minimal.json", NULL }, 1 },
    { { arg, "--format", NULL }, 1 },
    { { arg, "--layout=spring", "valid/minimal.json", NULL }, 1 },
    { { arg, "no-such-file.json", NULL }, 1 },
    { { arg, "invalid/trailing-comma-object.json", NULL }, 1 },
    { { "--export", NULL }, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *command = g_strjoinv (" ", (char **) cases[i].args);

      g_test_message ("liaison %s", command);
      g_assert_cmpint (run_liaison (cases[i].args, &out, &err), ==, cases[i].status);
      /* A failure always says why. */
      if (cases[i].status != 0)
        g_assert_cmpstr (err, !=, "");
    }

  liaison_test_remove_temporary (path);
}

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "Liaison " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  const char *args[] = { "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* One "[FILE…]", not two. */
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Usage:\n  liaison [OPTION…] [FILE…]\n\n"));
  g_assert_nonnull (strstr (out, "  --export=OUT "));
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_metrics_table (void)
{
  g_autofree char *path = liaison_test_temporary_path ("karate.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", path);
  g_autofree char *expected_out = g_strdup_printf ("%s: 34 entities\n", path);
  const char *args[] = { arg, "valid/karate-club.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  /* A layout worker that cannot start: the table needs none. */
  g_assert_cmpint (liaison_test_run_liaison_in (NULL, "LIAISON_LAYOUT_WORKER", NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, expected_out);

  contents = read_text (path);
  lines = g_strsplit (contents, "\n", -1);
  /* A header, one line an entity, and the newline after the last. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 34 + 1);
  g_assert_cmpstr (lines[0], ==, "id,label,type,degree,in_degree,out_degree,betweenness,closeness,pagerank,"
                                 "community,component");
  /* The club's instructor: 16 ties, each written both ways; NetworkX's
   * betweenness, closeness and PageRank to ten digits.
   */
  g_assert_true (g_str_has_prefix (lines[1], "1,Member 1,member,32,16,16,0.4376352814,0.5689655172,0.09699728539,"));
  g_assert_true (g_str_has_suffix (lines[1], ",0"));
  g_assert_true (g_str_has_prefix (lines[34], "34,Member 34,member,34,17,17,0.3040749759,0.55,0.1009191823,"));
  g_assert_cmpstr (lines[35], ==, "");

  liaison_test_remove_temporary (path);
}

static void
test_metrics_quoting (void)
{
  g_autofree char *path = liaison_test_temporary_path ("text.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", path);
  const char *args[] = { arg, "valid/formula-and-quotes-in-text.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  contents = read_text (path);
  /* Quotes as RFC 4180 has them; an apostrophe keeps what a spreadsheet
   * would run as a formula as text, ids included.
   */
  g_assert_cmpstr (contents, ==,
                   "id,label,type,degree,in_degree,out_degree,betweenness,closeness,pagerank,community,component\n"
                   "\"'=HYPERLINK(\"\"http://example.com\"\")\",\"Smith, John \"\"JJ\"\"\",person,0,0,0,0,0,"
                   "0.206185567,1,1\n"
                   "\"'-5\",\"two\nlines\",,1,0,1,0,0.3333333333,0.206185567,0,0\n"
                   "\"''quoted\",\"'@home\",,0,0,0,0,0,0.206185567,2,2\n"
                   "plain,\"'+1 555\",,1,1,0,0,0.3333333333,0.381443299,0,0\n");

  liaison_test_remove_temporary (path);
}

static void
test_metrics_bundled (void)
{
  g_autofree char *path = liaison_test_temporary_path ("bundled.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", path);
  g_autofree char *expected_out = g_strdup_printf ("%s: 37 entities\n", path);
  const char *args[] = { arg, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  /* Without a file, the bundled dataset, as --export does. */
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, expected_out);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "\nhuawei,Huawei Technologies,company,33,15,18,"));

  liaison_test_remove_temporary (path);
}

static void
test_metrics_failures (void)
{
  g_autofree char *path = liaison_test_temporary_path ("table.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", path);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s.svg", path);
  g_autofree char *missing_dir = g_strdup_printf ("--metrics=%s/no/such/folder/table.csv", g_get_tmp_dir ());
  struct {
    const char *args[5];
    const char *message;
  } cases[] = {
    { { arg, "no-such-file.json", NULL }, "no-such-file.json: the file does not exist\n" },
    { { arg, "invalid/twenty-five-problems.json", NULL },
      "invalid/twenty-five-problems.json: relations[0].to: unknown entity \"missing-00\" (and more problems: "
      "liaison --check lists them all)\n" },
    { { arg, "valid/minimal.json", "valid/empty-dataset.json", NULL }, "--metrics takes one FILE\n" },
    { { arg, export_arg, "valid/minimal.json", NULL }, "--metrics and --export cannot be combined\n" },
    { { "--metrics", NULL }, "Missing argument for --metrics\n" },
    { { missing_dir, "valid/minimal.json", NULL }, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_liaison (cases[i].args, &out, &err), ==, 1);
      if (cases[i].message != NULL)
        g_assert_cmpstr (err, ==, cases[i].message);
      else
        g_assert_true (g_str_has_prefix (err, "Could not write “"));
      g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
      g_assert_cmpstr (out, ==, "");
    }

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  liaison_test_remove_temporary (path);
}

static void
test_metrics_full_disk (void)
{
  g_autofree char *path = liaison_test_temporary_path ("karate.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", path);
  const char *args[] = { arg, "valid/karate-club.json", NULL };
  g_autofree char *expected = g_strdup_printf ("Could not write “%s”: ", path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "the previous table", -1, NULL));

  /* The table is larger than the 1 KiB the child may write. */
  g_assert_cmpint (liaison_test_run_liaison_in (NULL, NULL, limit_file_size_cb, args, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, expected));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  contents = read_text (path);
  g_assert_cmpstr (contents, ==, "the previous table");

  liaison_test_remove_temporary (path);
}

static void
test_metrics_estimated (void)
{
  g_autofree char *path = liaison_test_temporary_path ("path.csv");
  g_autofree char *input = g_strconcat (path, ".json", NULL);
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", path);
  g_autofree char *expected_out = g_strdup_printf ("%s: 20001 entities (betweenness and closeness estimated "
                                                   "from a sample)\n", path);
  const char *args[] = { arg, input, NULL };
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) middle = NULL;
  g_autofree char *lsan_options = g_strdup (g_getenv ("LSAN_OPTIONS"));
  const char *row;

  /* 20,001 entities, one past the limit for exact values: a path of
   * 1,001 and 19,000 alone, so that the sample stays small.
   */
  for (guint i = 0; i <= 20000; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"E\"}", i > 0 ? "," : "", i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "%s{\"from\": \"e%u\", \"to\": \"e%u\"}", i > 0 ? "," : "", i, i + 1);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (input, json->str, json->len, NULL));

  /* This child makes no PDF: the full unwinding of every allocation that
   * LeakSanitizer needs for those would take it minutes over 20,000
   * entities.
   */
  if (lsan_options != NULL)
    {
      g_autoptr(GString) fast = g_string_new (lsan_options);

      g_string_replace (fast, "fast_unwind_on_malloc=0", "fast_unwind_on_malloc=1", 0);
      g_setenv ("LSAN_OPTIONS", fast->str, TRUE);
    }
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  if (lsan_options != NULL)
    g_setenv ("LSAN_OPTIONS", lsan_options, TRUE);
  g_assert_cmpstr (out, ==, expected_out);

  /* The middle of the path lies between 500 entities on each side:
   * 2 × 500² / (20,000 × 19,999) exactly. Every source but itself sees
   * the same, so the estimate comes within a thousandth.
   */
  contents = read_text (path);
  row = strstr (contents, "\ne500,");
  g_assert_nonnull (row);
  *strchr (row + 1, '\n') = '\0';
  middle = g_strsplit (row + 1, ",", -1);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (middle[6], NULL), 2.0 * 500 * 500 / (20000.0 * 19999),
                                  0.002 * 2.0 * 500 * 500 / (20000.0 * 19999));

  g_unlink (input);
  liaison_test_remove_temporary (path);
}

static void
test_metrics_help (void)
{
  const char *args[] = { "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "  --metrics=OUT "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/commands/check/valid", test_check_valid);
  g_test_add_func ("/commands/check/singular", test_check_singular);
  g_test_add_func ("/commands/check/bundled", test_check_bundled);
  g_test_add_func ("/commands/check/syntax-error", test_check_syntax_error);
  g_test_add_func ("/commands/check/meaning-errors", test_check_meaning_errors);
  g_test_add_func ("/commands/check/several-files", test_check_several_files);
  g_test_add_func ("/commands/check/missing-file", test_check_missing_file);
  g_test_add_func ("/commands/check/without-file", test_check_without_file);
  g_test_add_func ("/commands/check/max-file-size", test_check_max_file_size);
  g_test_add_func ("/commands/version", test_version);
  g_test_add_func ("/commands/help", test_help);
  g_test_add_func ("/commands/export/bundled", test_export_bundled);
  g_test_add_func ("/commands/export/formats", test_export_formats);
  g_test_add_func ("/commands/export/failures", test_export_failures);
  g_test_add_func ("/commands/export/time-limit", test_export_time_limit);
  g_test_add_func ("/commands/export/name-with-colon", test_export_name_with_colon);
  g_test_add_func ("/commands/layout-timeout-checked-for-windows", test_layout_timeout_checked_for_windows);
  g_test_add_func ("/commands/export/full-disk", test_export_full_disk);
  g_test_add_func ("/commands/exit-status", test_exit_status);

  g_test_add_func ("/commands/metrics/table", test_metrics_table);
  g_test_add_func ("/commands/metrics/quoting", test_metrics_quoting);
  g_test_add_func ("/commands/metrics/bundled", test_metrics_bundled);
  g_test_add_func ("/commands/metrics/failures", test_metrics_failures);
  g_test_add_func ("/commands/metrics/full-disk", test_metrics_full_disk);
  g_test_add_func ("/commands/metrics/estimated", test_metrics_estimated);
  g_test_add_func ("/commands/metrics/help", test_metrics_help);

  return g_test_run ();
}

/* test-commands-investigation.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "liaison --export=OUT INVESTIGATION": the view a saved investigation
 * holds, exported without a display, as a script would run it; and the
 * exit status and message when the investigation or its dataset will
 * not do.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "liaison-test-util.h"

static const char dataset_text[] =
  "{ \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"A\", \"type\": \"person\" },"
  "  { \"id\": \"b\", \"label\": \"B\", \"type\": \"company\" },"
  "  { \"id\": \"c\", \"label\": \"C\", \"type\": \"ministry\" },"
  "  { \"id\": \"d\", \"label\": \"D\", \"type\": \"person\" },"
  "  { \"id\": \"e\", \"label\": \"E\", \"type\": \"company\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\", \"type\": \"owns\" },"
  "  { \"id\": \"r2\", \"from\": \"b\", \"to\": \"c\", \"type\": \"funds\" },"
  "  { \"id\": \"r3\", \"from\": \"c\", \"to\": \"d\", \"type\": \"owns\" },"
  "  { \"id\": \"r4\", \"from\": \"d\", \"to\": \"e\", \"type\": \"owns\" } ] }";

/* A focus on a, b and c, with d's type hidden besides. */
static const char view_text[] =
  "  \"view\": {"
  "    \"hidden_entity_types\": [ \"company-gone\" ],"
  "    \"explored\": { \"shows\": \"only\", \"entities\": [ \"a\", \"b\", \"c\" ], \"relations\": [ \"r1\", \"r2\" ] },"
  "    \"positions\": [ { \"entity\": \"a\", \"x\": 0, \"y\": 0, \"pinned\": true },"
  "                     { \"entity\": \"b\", \"x\": 150, \"y\": 0 } ],"
  "    \"engine\": \"neato\" } }";

typedef struct
{
  char *dir;
  char *dataset;
  char *investigation;
  char *output;
} Files;

/* The investigation, naming its dataset @dataset_path, with the
 * dataset's checksum.
 */
static void
write_investigation (Files      *files,
                     const char *dataset_path)
{
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, dataset_text, -1);
  g_autofree char *text = NULL;

  text = g_strdup_printf ("{ \"format\": \"liaison-investigation\", \"version\": 1,"
                          "  \"dataset\": { \"path\": \"%s\", \"sha256\": \"%s\" },%s",
                          dataset_path, sum, view_text);
  g_assert_true (g_file_set_contents (files->investigation, text, -1, NULL));
}

/* A folder with the dataset and an investigation of it beside it. */
static void
files_init (Files      *files,
            const char *dataset_path)
{
  g_autoptr(GError) error = NULL;

  files->dir = g_dir_make_tmp ("liaison-investigation-XXXXXX", &error);
  g_assert_no_error (error);
  files->dataset = g_build_filename (files->dir, "graph.json", NULL);
  files->investigation = g_build_filename (files->dir, "focus.liaison", NULL);
  files->output = g_build_filename (files->dir, "out.json", NULL);

  g_assert_true (g_file_set_contents (files->dataset, dataset_text, -1, NULL));
  write_investigation (files, dataset_path);
}

static void
files_clear (Files *files)
{
  g_autoptr(GDir) dir = g_dir_open (files->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (files->dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (files->dir);
  g_free (files->dir);
  g_free (files->dataset);
  g_free (files->investigation);
  g_free (files->output);
}

/* The ids an exported JSON file holds: "entities | relations". */
static char *
export_ids (const char *path)
{
  static const char * const sections[] = { "entities", "relations", NULL };

  return liaison_test_export_ids (path, sections);
}

static int
run_export (Files       *files,
            const char  *extra,
            char       **out,
            char       **err)
{
  g_autofree char *arg = g_strdup_printf ("--export=%s", files->output);
  /* As typed in its folder: messages name it so. */
  const char *args[] = { arg, "focus.liaison", extra, NULL };

  return liaison_test_run_liaison_in (files->dir, NULL, NULL, args, out, err);
}

/* The focus, and only it, with a note of the type that is gone. */
static void
test_export_json (void)
{
  Files files;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *expected = NULL;

  files_init (&files, "graph.json");
  g_assert_cmpint (run_export (&files, NULL, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s: 3 entities and 2 relations, laid out with ", files.output);
  g_assert_true (g_str_has_prefix (out, expected));
  g_assert_cmpstr (err, ==, "focus.liaison: Hidden entity type “company-gone”: not in the dataset\n");
  ids = export_ids (files.output);
  g_assert_cmpstr (ids, ==, "a b c | r1 r2");
  files_clear (&files);
}

/* The drawing holds the focus's entities and relations by their ids. */
static void
test_export_svg (void)
{
  Files files;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *svg = NULL;

  files_init (&files, "graph.json");
  g_free (files.output);
  files.output = g_build_filename (files.dir, "out.svg", NULL);
  g_assert_cmpint (run_export (&files, NULL, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (files.output, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "id=\"entity-a\""));
  g_assert_nonnull (strstr (svg, "id=\"entity-c\""));
  g_assert_nonnull (strstr (svg, "id=\"relation-r2\""));
  g_assert_null (strstr (svg, "id=\"entity-d\""));
  g_assert_null (strstr (svg, "id=\"relation-r3\""));
  files_clear (&files);
}

/* The dataset by its absolute path, from another folder. */
static void
test_export_absolute (void)
{
  Files files;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *arg = NULL;

  files_init (&files, "graph.json");
  absolute = g_strdup (files.dataset);
  write_investigation (&files, absolute);
  arg = g_strdup_printf ("--export=%s", files.output);
  {
    const char *args[] = { arg, files.investigation, NULL };

    g_assert_cmpint (liaison_test_run_liaison_in (NULL, NULL, NULL, args, &out, &err), ==, 0);
  }
  ids = export_ids (files.output);
  g_assert_cmpstr (ids, ==, "a b c | r1 r2");
  files_clear (&files);
}

/* A dataset saved since: what still matches is exported, and the rest
 * said, after the change itself.
 */
static void
test_export_changed (void)
{
  Files files;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *expected = NULL;
  static const char changed[] =
    "{ \"entities\": [ { \"id\": \"a\", \"label\": \"A\" }, { \"id\": \"c\", \"label\": \"C\" } ],"
    "  \"relations\": [ { \"id\": \"r9\", \"from\": \"a\", \"to\": \"c\" } ] }";

  files_init (&files, "graph.json");
  g_assert_true (g_file_set_contents (files.dataset, changed, -1, NULL));
  g_assert_cmpint (run_export (&files, NULL, &out, &err), ==, 0);
  expected = g_strdup_printf ("focus.liaison: “%s” has changed since the investigation was saved\n"
                              "focus.liaison: Hidden entity type “company-gone”: not in the dataset\n"
                              "focus.liaison: Entity “b” in the exploration: not in the dataset\n"
                              "focus.liaison: Relation “r1” in the exploration: not in the dataset\n"
                              "focus.liaison: Relation “r2” in the exploration: not in the dataset\n"
                              "focus.liaison: 1 entity placed on the graph: not in the dataset\n",
                              files.dataset);
  g_assert_cmpstr (err, ==, expected);
  ids = export_ids (files.output);
  g_assert_cmpstr (ids, ==, "a c |");
  files_clear (&files);
}

/* Nothing to export: exit 1, one clear line, no file written. */
static void
assert_fails (Files      *files,
              const char *extra,
              const char *expected_err)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_export (files, extra, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected_err);
  g_assert_false (g_file_test (files->output, G_FILE_TEST_EXISTS));
}

static void
test_missing_dataset (void)
{
  Files files;
  g_autofree char *missing = NULL;
  g_autofree char *expected = NULL;

  files_init (&files, "gone/graph.json");
  missing = g_build_filename (files.dir, "gone", "graph.json", NULL);
  expected = g_strdup_printf ("focus.liaison: the dataset “%s” is not there\n", missing);
  assert_fails (&files, NULL, expected);
  files_clear (&files);
}

/* A folder where the dataset should be is not read. */
static void
test_dataset_folder (void)
{
  Files files;
  g_autofree char *folder = NULL;
  g_autofree char *expected = NULL;

  files_init (&files, "folder.json");
  folder = g_build_filename (files.dir, "folder.json", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  expected = g_strdup_printf ("focus.liaison: “%s” is not a regular file, so it is not read as the dataset\n", folder);
  assert_fails (&files, NULL, expected);
  files_clear (&files);
}

static void
test_bad_investigation (void)
{
  Files files;

  files_init (&files, "graph.json");
  g_assert_true (g_file_set_contents (files.investigation,
                                      "{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                      "  \"dataset\": { \"path\": \"graph.json\" },"
                                      "  \"view\": { \"camera\": { \"x\": 0, \"y\": 0, \"zoom\": \"far\" } } }",
                                      -1, NULL));
  assert_fails (&files, NULL, "focus.liaison: view.camera.zoom: expected a number, found a string\n");

  g_assert_true (g_file_set_contents (files.investigation, "{ \"format\": \"liaison-investigation\",\n  \"version\": 1,,",
                                      -1, NULL));
  assert_fails (&files, NULL, "focus.liaison:2:16: unexpected “,” (expected a key in double quotes)\n");
  files_clear (&files);
}

/* --check reads the investigation and its dataset, and says what no
 * longer matches.
 */
static void
test_check (void)
{
  Files files;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  const char *args[] = { "--check", "focus.liaison", NULL };

  files_init (&files, "graph.json");
  g_assert_cmpint (liaison_test_run_liaison_in (files.dir, NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "5 entities, 4 relations, 0 sources\n");
  g_assert_cmpstr (err, ==, "focus.liaison: Hidden entity type “company-gone”: not in the dataset\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_unlink (files.dataset);
  g_assert_cmpint (liaison_test_run_liaison_in (files.dir, NULL, NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  expected = g_strdup_printf ("focus.liaison: the dataset “%s” is not there\n", files.dataset);
  g_assert_cmpstr (err, ==, expected);
  files_clear (&files);
}

/* An investigation holds its own view. */
static void
test_with_focus_option (void)
{
  Files files;

  files_init (&files, "graph.json");
  assert_fails (&files, "--focus=a",
                "--focus, --path and the date and source options cannot be given with an investigation, "
                "which holds its own view\n");
  files_clear (&files);
}

/* A CSV edge list and its node table: the investigation names both, and
 * the export reads the entities' labels, types and attributes from the
 * node table, as the window showed them; a node table changed since is
 * said as the dataset is.
 */
static void
test_export_node_table (void)
{
  static const char edges[] = "source,target,type\na,b,owns\nb,c,funds\n";
  static const char nodes[] = "id,label,type,country\na,Alpha,person,FR\nb,Beta,company,DE\nc,Gamma,ministry,CN\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-investigation-XXXXXX", &error);
  g_autofree char *edges_path = g_build_filename (dir, "edges.csv", NULL);
  g_autofree char *nodes_path = g_build_filename (dir, "entities.csv", NULL);
  g_autofree char *investigation_path = g_build_filename (dir, "csv.liaison", NULL);
  g_autofree char *output = g_build_filename (dir, "out.json", NULL);
  g_autofree char *edges_sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, edges, -1);
  g_autofree char *nodes_sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, nodes, -1);
  g_autofree char *text = NULL;
  g_autofree char *arg = g_strdup_printf ("--export=%s", output);
  const char *args[] = { arg, "csv.liaison", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (edges_path, edges, -1, NULL));
  g_assert_true (g_file_set_contents (nodes_path, nodes, -1, NULL));
  text = g_strdup_printf ("{ \"format\": \"liaison-investigation\", \"version\": 1,"
                          "  \"dataset\": { \"path\": \"edges.csv\", \"sha256\": \"%s\","
                          "                 \"nodes\": { \"path\": \"entities.csv\", \"sha256\": \"%s\" } },"
                          "  \"view\": { \"engine\": \"neato\" } }", edges_sum, nodes_sum);
  g_assert_true (g_file_set_contents (investigation_path, text, -1, NULL));

  g_assert_cmpint (liaison_test_run_liaison_in (dir, NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (output, &exported, NULL, NULL));
  g_assert_nonnull (strstr (exported, "\"Alpha\""));
  g_assert_nonnull (strstr (exported, "\"ministry\""));
  g_assert_nonnull (strstr (exported, "\"country\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The node table edited since: said as a changed dataset is. */
  g_assert_true (g_file_set_contents (nodes_path, "id,label,type,country\na,Alpha,person,FR\nb,Beta,company,DE\n"
                                      "c,Gamma,ministry,JP\n", -1, NULL));
  g_assert_cmpint (liaison_test_run_liaison_in (dir, NULL, NULL, args, &out, &err), ==, 0);
  expected = g_strdup_printf ("csv.liaison: “%s” has changed since the investigation was saved\n", nodes_path);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);

  /* A node table that is gone is named, as a dataset that is gone is. */
  g_unlink (nodes_path);
  g_assert_cmpint (liaison_test_run_liaison_in (dir, NULL, NULL, args, &out, &err), ==, 1);
  expected = g_strdup_printf ("csv.liaison: the dataset “%s” is not there\n", nodes_path);
  g_assert_cmpstr (err, ==, expected);

  g_unlink (edges_path);
  g_unlink (investigation_path);
  g_unlink (output);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/commands/investigation/export-json", test_export_json);
  g_test_add_func ("/commands/investigation/export-svg", test_export_svg);
  g_test_add_func ("/commands/investigation/absolute-path", test_export_absolute);
  g_test_add_func ("/commands/investigation/changed-dataset", test_export_changed);
  g_test_add_func ("/commands/investigation/missing-dataset", test_missing_dataset);
  g_test_add_func ("/commands/investigation/dataset-folder", test_dataset_folder);
  g_test_add_func ("/commands/investigation/bad-investigation", test_bad_investigation);
  g_test_add_func ("/commands/investigation/with-focus", test_with_focus_option);
  g_test_add_func ("/commands/investigation/check", test_check);
  g_test_add_func ("/commands/investigation/node-table", test_export_node_table);

  return g_test_run ();
}

/* test-lenient.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening what is valid: each kind of part a problem leaves out, and
 * --lenient on the command line.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-entity.h"
#include "liaison-test-util.h"

static const char mixed[] =
  "{\n"
  "  \"sources\": [ { \"id\": \"s1\", \"title\": \"Ledger\" } ],\n"
  "  \"entities\": [\n"
  "    { \"id\": \"a\", \"label\": \"A\", \"evidence\": [ { \"source\": \"s1\", \"quote\": \"kept\" }, { \"source\": \"nope\" } ] },\n"
  "    { \"id\": \"b\", \"label\": \"B\" },\n"
  "    { \"id\": \"c\", \"label\": \"C\", \"description\": 7 }\n"
  "  ],\n"
  "  \"relations\": [\n"
  "    { \"id\": \"bad-date\", \"from\": \"a\", \"to\": \"b\", \"date\": \"2019-13\" },\n"
  "    { \"id\": \"to-ghost\", \"from\": \"a\", \"to\": \"ghost\" },\n"
  "    { \"id\": \"to-c\", \"from\": \"a\", \"to\": \"c\" },\n"
  "    { \"id\": \"b-a\", \"from\": \"b\", \"to\": \"a\", \"evidence\": [ { \"source\": \"s2\" } ] },\n"
  "    { \"id\": \"a-b\", \"from\": \"a\", \"to\": \"b\" }\n"
  "  ]\n"
  "}\n";

static const char *const mixed_problems[] = {
  "mixed.json: entities[0].evidence[1].source: unknown source \"nope\"",
  "mixed.json: entities[2].description: expected a string, found a number (7)",
  "mixed.json: relations[0].date: \"2019-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
  "mixed.json: relations[1].to: unknown entity \"ghost\"",
  "mixed.json: relations[3].evidence[0].source: unknown source \"s2\" (did you mean \"s1\"?)",
  NULL
};

static LiaisonDataset *
load_mixed (gboolean   lenient,
            GError   **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (mixed, sizeof mixed - 1);
  LiaisonLoadLimits limits;

  liaison_load_limits_init (&limits);
  limits.lenient = lenient;
  return liaison_dataset_load_bytes (bytes, "mixed.json", &limits, NULL, error);
}

static void
test_strict_refuses (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_mixed (FALSE, &error);

  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID);
}

/* A bad source in one evidence item leaves out that item only. */
static void
test_evidence_item (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_mixed (TRUE, &error);
  LiaisonEntity *a;
  const LiaisonEvidence *evidence;
  const LiaisonRelation *relation;
  guint n_evidence = 0;

  g_assert_no_error (error);
  a = liaison_dataset_lookup_entity (dataset, "a");
  g_assert_nonnull (a);
  evidence = liaison_entity_get_evidence (a, &n_evidence);
  g_assert_cmpuint (n_evidence, ==, 1);
  g_assert_cmpstr (evidence[0].quote, ==, "kept");

  relation = liaison_dataset_lookup_relation (dataset, "b-a");
  g_assert_nonnull (relation);
  g_assert_cmpuint (relation->n_evidence, ==, 0);
}

/* A relation with a problem of its own goes: an unknown end, a bad date. */
static void
test_relation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_mixed (TRUE, &error);
  const LiaisonRelation *relation;

  g_assert_no_error (error);
  g_assert_null (liaison_dataset_lookup_relation (dataset, "to-ghost"));
  g_assert_null (liaison_dataset_lookup_relation (dataset, "bad-date"));
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 2);

  relation = liaison_dataset_lookup_relation (dataset, "a-b");
  g_assert_nonnull (relation);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->from)), ==, "a");
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->to)), ==, "b");
}

/* An entity with a problem goes with its relations; the problems are
 * kept, as an error would have worded them.
 */
static void
test_entity_and_left_out (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_mixed (TRUE, &error);
  const char * const *left_out;

  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_null (liaison_dataset_lookup_entity (dataset, "c"));
  g_assert_null (liaison_dataset_lookup_relation (dataset, "to-c"));

  left_out = liaison_dataset_get_left_out (dataset);
  g_assert_cmpstrv (left_out, mixed_problems);
}

static int
run_liaison (const char * const  *args,
             char               **out,
             char               **err)
{
  return liaison_test_run_liaison_in (g_get_tmp_dir (), NULL, NULL, args, out, err);
}

static char *
write_temporary (const char *name,
                 const char *contents)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_check_lenient (void)
{
  g_autofree char *path = write_temporary ("mixed.json", mixed);
  const char *args[] = { "--check", "--lenient", "mixed.json", NULL };
  const char *strict[] = { "--check", "mixed.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *strict_out = NULL;
  g_autofree char *strict_err = NULL;
  g_autofree char *problems = g_strjoinv ("\n", (char **) mixed_problems);
  g_autofree char *expected_err = g_strconcat (problems, "\n", NULL);

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "2 entities, 2 relations, 1 source\n");
  g_assert_cmpstr (err, ==, expected_err);

  /* Each problem as --check words it without --lenient. */
  g_assert_cmpint (run_liaison (strict, &strict_out, &strict_err), ==, 1);
  g_assert_cmpstr (strict_out, ==, "");
  g_assert_cmpstr (strict_err, ==, expected_err);

  g_unlink (path);
}

static void
test_check_lenient_syntax (void)
{
  g_autofree char *path = write_temporary ("broken-syntax.json", "{ \"entities\": [ { \"id\": \"a\", ");
  const char *args[] = { "--check", "--lenient", "broken-syntax.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "broken-syntax.json:1:30: the file ends before the JSON is complete "
                            "(expected a key in double quotes)\n");
  g_unlink (path);
}

static void
test_lenient_needs_command (void)
{
  const char *args[] = { "--lenient", "mixed.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "--lenient needs --check, --export or --metrics\n");
}

static void
test_export_lenient (void)
{
  g_autofree char *path = write_temporary ("mixed-export.json", mixed);
  g_autofree char *output = g_build_filename (g_get_tmp_dir (), "mixed-export.csv", NULL);
  g_autofree char *nodes = g_build_filename (g_get_tmp_dir (), "mixed-export.csv.nodes.csv", NULL);
  const char *args[] = { "--export", output, "--lenient", "mixed-export.json", NULL };
  const char *strict[] = { "--export", output, "mixed-export.json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *strict_out = NULL;
  g_autofree char *strict_err = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;

  g_unlink (output);
  g_assert_cmpint (run_liaison (strict, &strict_out, &strict_err), ==, 1);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (err, "mixed-export.json: entities[0].evidence[1].source:"));
  g_file_get_contents (output, &csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (csv, "a-b"));
  g_assert_null (strstr (csv, "to-ghost"));

  g_unlink (path);
  g_unlink (output);
  g_unlink (nodes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lenient/strict-refuses", test_strict_refuses);
  g_test_add_func ("/lenient/evidence-item", test_evidence_item);
  g_test_add_func ("/lenient/relation", test_relation);
  g_test_add_func ("/lenient/entity-and-left-out", test_entity_and_left_out);
  g_test_add_func ("/lenient/check", test_check_lenient);
  g_test_add_func ("/lenient/check-syntax", test_check_lenient_syntax);
  g_test_add_func ("/lenient/needs-command", test_lenient_needs_command);
  g_test_add_func ("/lenient/export", test_export_lenient);

  return g_test_run ();
}

/* test-commands-explore.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The exploration options of the command line (--focus, --path, the
 * dates) on an export, run as a script would run them.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "liaison-test-util.h"

static int
run_liaison (const char * const  *args,
             char               **out,
             char               **err)
{
  return liaison_test_run_liaison_in (NULL, NULL, NULL, args, out, err);
}

/* The ids an exported JSON file holds: "entities | relations | sources". */
static char *
export_ids (const char *path)
{
  static const char * const sections[] = { "entities", "relations", "sources", NULL };

  return liaison_test_export_ids (path, sections);
}

/* Exports @dataset (the bundled one when NULL) to JSON with @options and
 * returns the exit status; @ids gets what the export holds.
 */
static int
run_explore (const char * const  *options,
             const char          *dataset,
             char               **ids,
             char               **out,
             char               **err)
{
  g_autofree char *path = liaison_test_temporary_path ("explore.json");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  g_autofree char *bundled = liaison_test_bundled_path ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *expected_out = NULL;
  int status;

  g_ptr_array_add (args, arg);
  for (guint i = 0; options[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) options[i]);
  g_ptr_array_add (args, (gpointer) (dataset != NULL ? dataset : bundled));
  g_ptr_array_add (args, NULL);

  status = run_liaison ((const char * const *) args->pdata, out, err);
  *ids = NULL;
  if (status == 0)
    {
      expected_out = g_strdup_printf ("%s: ", path);
      g_assert_true (g_str_has_prefix (*out, expected_out));
      *ids = export_ids (path);
    }
  else
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  liaison_test_remove_temporary (path);
  return status;
}

static void
assert_explore (const char * const *options,
                const char         *dataset,
                const char         *expected_ids)
{
  g_autofree char *ids = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_test_message ("%s", expected_ids);
  g_assert_cmpint (run_explore (options, dataset, &ids, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (ids, ==, expected_ids);
}

/* Each relation in the exported file at @path has the evidence the
 * bundled dataset gives it, source and quote; returns how many there are.
 */
static guint
assert_same_evidence (const char *path)
{
  g_autofree char *bundled = liaison_test_bundled_path ();
  g_autoptr(JsonParser) exported = json_parser_new ();
  g_autoptr(JsonParser) original = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *relations, *original_relations;
  guint n_relations;

  json_parser_load_from_file (exported, path, &error);
  g_assert_no_error (error);
  json_parser_load_from_file (original, bundled, &error);
  g_assert_no_error (error);
  relations = json_object_get_array_member (json_node_get_object (json_parser_get_root (exported)), "relations");
  original_relations = json_object_get_array_member (json_node_get_object (json_parser_get_root (original)), "relations");
  n_relations = json_array_get_length (relations);

  for (guint i = 0; i < n_relations; i++)
    {
      JsonObject *relation = json_array_get_object_element (relations, i);
      const char *id = json_object_get_string_member (relation, "id");
      JsonNode *evidence = json_object_get_member (relation, "evidence");
      gboolean found = FALSE;

      g_assert_nonnull (evidence);
      for (guint k = 0; k < json_array_get_length (original_relations) && !found; k++)
        {
          JsonObject *candidate = json_array_get_object_element (original_relations, k);

          if (g_str_equal (json_object_get_string_member (candidate, "id"), id))
            {
              g_assert_true (json_node_equal (evidence, json_object_get_member (candidate, "evidence")));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }

  return n_relations;
}

/* The export of a focus holds exactly the focused entities and every
 * relation between two of them, each with its evidence and sources.
 */
static void
test_explore_focus (void)
{
  const char *one[] = { "--focus=huawei-technologies-japan", NULL };
  const char *depth_two[] = { "--focus=tomoyuki-tachikawa", "--depth=2", NULL };
  const char *depth_three[] = { "--depth=3", "--focus=tomoyuki-tachikawa", NULL };
  const char *joined[] = { "--focus=wang-jianfeng,tomoyuki-tachikawa", NULL };
  const char *repeated[] = { "--focus=wang-jianfeng", "--focus=tomoyuki-tachikawa", "--depth=1", NULL };
  g_autofree char *path = liaison_test_temporary_path ("focus.json");
  g_autofree char *arg = g_strdup_printf ("--export=%s", path);
  const char *args[] = { arg, "--focus=huawei-technologies-japan", NULL };
  g_autofree char *expected_out = g_strdup_printf ("%s: 3 entities and 2 relations, laid out with dot\n", path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  assert_explore (one, NULL,
                  "huawei huawei-technologies-japan wang-jianfeng"
                  " | wang-president-huawei-japan huawei-japan-part-of-huawei"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");
  /* Relations are followed against their direction: kyodo-news →
   * john-suffolk, and tachikawa → kyodo-news.
   */
  assert_explore (depth_two, NULL,
                  "john-suffolk tomoyuki-tachikawa kyodo-news"
                  " | tachikawa-wrote-for-kyodo kyodo-interviewed-suffolk"
                  " | kyodo-2019-09-03");
  assert_explore (depth_three, NULL,
                  "huawei ren-zhengfei john-suffolk tomoyuki-tachikawa kyodo-news united-states"
                  " | ren-founded-huawei suffolk-svp-huawei tachikawa-wrote-for-kyodo kyodo-interviewed-suffolk"
                  " suffolk-quoted-ren united-states-restricts-huawei suffolk-criticized-us-pressure"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");
  assert_explore (joined, NULL,
                  "huawei-technologies-japan wang-jianfeng tomoyuki-tachikawa kyodo-news japan-government-procurement-ban"
                  " | wang-president-huawei-japan tachikawa-wrote-for-kyodo wang-commented-on-ban"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");
  assert_explore (repeated, NULL,
                  "huawei-technologies-japan wang-jianfeng tomoyuki-tachikawa kyodo-news japan-government-procurement-ban"
                  " | wang-president-huawei-japan tachikawa-wrote-for-kyodo wang-commented-on-ban"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");

  /* The evidence of every relation comes along, as the file has it. */
  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, expected_out);
  g_assert_cmpuint (assert_same_evidence (path), ==, 2);
  liaison_test_remove_temporary (path);
}

/* The export of a path holds every shortest path and nothing more: here
 * three of four, huawei — john-suffolk (suffolk-svp-huawei) is between
 * two entities on the paths, on none itself.
 */
static void
test_explore_path (void)
{
  const char *path[] = { "--path=united-states,ren-zhengfei", NULL };
  const char *direct[] = { "--path=huawei,japan", NULL };
  const char *self[] = { "--path=zte,zte", NULL };

  assert_explore (path, NULL,
                  "huawei ren-zhengfei john-suffolk united-states"
                  " | ren-founded-huawei suffolk-quoted-ren united-states-restricts-huawei suffolk-criticized-us-pressure"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");
  assert_explore (direct, NULL,
                  "huawei japan | huawei-key-market-japan | kyodo-2019-09-03 huawei-japan-2019-article");
  assert_explore (self, NULL, "zte | | huawei-japan-2019-article");

  /* suffolk-criticized-us-pressure has two pieces of evidence. */
  {
    g_autofree char *file = liaison_test_temporary_path ("path.json");
    g_autofree char *arg = g_strdup_printf ("--export=%s", file);
    const char *args[] = { arg, "--path=united-states,ren-zhengfei", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
    g_assert_cmpuint (assert_same_evidence (file), ==, 4);
    liaison_test_remove_temporary (file);
  }
}

/* Dates filter relations before any focus or path; entities stay. A
 * partial date covers its whole year or month.
 */
static void
test_explore_dates (void)
{
  const char *until_2018_hidden[] = { "--focus=japanese-suppliers", "--until=2018", "--undated=hide", NULL };
  const char *until_2018[] = { "--until=2018", "--focus=japanese-suppliers", NULL };
  const char *one_day[] = { "--since=2019-09-03", "--until=2019-09-03", "--undated=hide", NULL };
  const char *before_day[] = { "--since=2019-09", "--until=2019-09-02", "--undated=hide", NULL };
  const char *since_month[] = { "--since=2019-12", "--undated=hide", "--path=huawei,japanese-suppliers", NULL };
  g_autofree char *ids = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) sections = NULL;
  g_auto(GStrv) entities = NULL;

  assert_explore (until_2018_hidden, NULL,
                  "huawei japanese-suppliers | huawei-purchased-from-japanese-suppliers-2018"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");
  assert_explore (until_2018, NULL,
                  "huawei japan japanese-suppliers huawei-osaka-rd-center"
                  " | huawei-purchased-from-japanese-suppliers-2018 huawei-key-market-japan huawei-opened-osaka-rd-center"
                  " osaka-rd-center-ties-japanese-suppliers osaka-rd-center-located-in-japan japanese-suppliers-based-in-japan"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");
  /* "2019" overlaps 2019-12 and the one day 2019-09-03. */
  assert_explore (since_month, NULL,
                  "huawei japanese-suppliers | huawei-plans-more-purchases-2019"
                  " | kyodo-2019-09-03 huawei-japan-2019-article");

  /* Without a focus, every entity stays and only relations leave. */
  g_assert_cmpint (run_explore (one_day, NULL, &ids, &out, &err), ==, 0);
  sections = g_strsplit (ids, " | ", -1);
  entities = g_strsplit (sections[0], " ", -1);
  g_assert_cmpuint (g_strv_length (entities), ==, 37);
  g_assert_cmpstr (sections[1], ==,
                   "tachikawa-wrote-for-kyodo kyodo-interviewed-suffolk huawei-plans-more-purchases-2019");
  g_assert_nonnull (strstr (out, ": 37 entities and 3 relations, laid out with "));
  g_clear_pointer (&sections, g_strfreev);
  g_clear_pointer (&ids, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_explore (before_day, NULL, &ids, &out, &err), ==, 0);
  sections = g_strsplit (ids, " | ", -1);
  g_assert_cmpstr (sections[1], ==, "huawei-plans-more-purchases-2019");
}

/* Ids may hold commas: --focus and --path cut at the commas that leave
 * existing ids.
 */
static void
test_explore_commas_in_ids (void)
{
  const char *path[] = { "--path=smith, john,acme, inc.", NULL };
  const char *focus[] = { "--focus=smith, john,john", NULL };
  const char *ambiguous[] = { "--path=a,b,c", NULL };
  const char *unknown[] = { "--focus=smith,jon", NULL };
  g_autofree char *ids = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  assert_explore (path, "valid/commas-in-ids.json", "smith, john acme, inc. | r1 |");
  assert_explore (focus, "valid/commas-in-ids.json", "smith, john smith john acme, inc. | r1 r2 r3 |");

  g_assert_cmpint (run_explore (ambiguous, "valid/commas-in-ids.json", &ids, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "--path: “a,b,c” splits into two entity ids at more than one comma\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_explore (unknown, "valid/commas-in-ids.json", &ids, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "--focus: unknown entity \"jon\" (did you mean \"john\"?)\n");
}

/* Every mistake exits 1 with one line that says what is wrong, and
 * writes nothing; those that need no dataset are found before it is read.
 */
static void
test_explore_failures (void)
{
  struct {
    const char *options[4];
    const char *dataset;
    const char *message;
  } cases[] = {
    { { "--focus=huwei", NULL }, NULL, "--focus: unknown entity \"huwei\" (did you mean \"huawei\"?)\n" },
    { { "--focus=huawei,ztee", NULL }, NULL, "--focus: unknown entity \"ztee\" (did you mean \"zte\"?)\n" },
    { { "--focus=huawei", "--focus=nobody-at-all", NULL }, NULL, "--focus: unknown entity \"nobody-at-all\"\n" },
    { { "--path=huawei,ztee", NULL }, NULL, "--path: unknown entity \"ztee\" (did you mean \"zte\"?)\n" },
    { { "--path=huwei,zte", NULL }, NULL, "--path: unknown entity \"huwei\" (did you mean \"huawei\"?)\n" },
    { { "--path=huwei,ztee", NULL }, NULL, "--path: unknown entity \"huwei\" (did you mean \"huawei\"?)\n" },
    { { "--path=huawei", NULL }, NULL, "--path needs two entity ids: --path=FROM,TO\n" },
    { { "--focus=", NULL }, NULL, "--focus needs entity ids: --focus=ID[,ID…]\n" },
    { { "--focus=huawei", "--depth=0", NULL }, NULL, "--depth needs a number from 1 to 3\n" },
    { { "--focus=huawei", "--depth=4", NULL }, NULL, "--depth needs a number from 1 to 3\n" },
    { { "--focus=huawei", "--depth=two", NULL }, NULL, "--depth needs a number from 1 to 3\n" },
    { { "--depth=2", NULL }, NULL, "--depth goes with --focus\n" },
    { { "--focus=huawei", "--path=huawei,zte", NULL }, NULL, "--focus and --path cannot be combined\n" },
    { { "--since=2019-13", NULL }, NULL,
      "--since: \"2019-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)\n" },
    { { "--until=June 2012", NULL }, NULL,
      "--until: \"June 2012\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)\n" },
    { { "--until=2019-02-29", NULL }, NULL,
      "--until: \"2019-02-29\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)\n" },
    { { "--since=2020", "--until=2019-12", NULL }, NULL, "--since 2020 is after --until 2019-12\n" },
    { { "--undated=maybe", NULL }, NULL, "--undated needs show or hide\n" },
    /* Before the file is read: the file does not even exist. */
    { { "--since=2019-13", NULL }, "no-such-file.json",
      "--since: \"2019-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)\n" },
    { { "--depth=9", "--focus=x", NULL }, "no-such-file.json", "--depth needs a number from 1 to 3\n" },
    /* Filters first: without its undated relations, huawei reaches only
     * ren-zhengfei.
     */
    { { "--path=huawei,japanese-suppliers", "--until=2017", "--undated=hide", NULL }, NULL,
      "no connection between \"huawei\" and \"japanese-suppliers\": \"huawei\" is in a component of 2 entities, "
      "\"japanese-suppliers\" in one of 1 entity\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("%s", cases[i].message);
      g_assert_cmpint (run_explore (cases[i].options, cases[i].dataset, &ids, &out, &err), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, cases[i].message);
    }
}

/* --source and --publisher leave out the relations that only other
 * sources support; entities stay, as with the dates.
 */
static void
test_explore_sources (void)
{
  const char *kyodo[] = { "--source=kyodo-2019-09-03", NULL };
  const char *publisher[] = { "--publisher=Kyodo News", NULL };
  const char *both_sources[] = { "--source=kyodo-2019-09-03,huawei-japan-2019-article", NULL };
  const char *focus[] = { "--focus=japanese-suppliers", "--source=kyodo-2019-09-03", NULL };
  struct {
    const char *options[2];
    const char *message;
  } failures[] = {
    { { "--source=kyodo-2019-09-03,kyodo-2019-09-30", NULL },
      "--source: unknown source \"kyodo-2019-09-30\" (did you mean \"kyodo-2019-09-03\"?)\n" },
    { { "--source=nothing-like-it-at-all", NULL }, "--source: unknown source \"nothing-like-it-at-all\"\n" },
    { { "--publisher=Kyodo Newz", NULL },
      "--publisher: unknown publisher \"Kyodo Newz\" (did you mean \"Kyodo News\"?)\n" },
    { { "--publisher=Kyodo", NULL }, "--publisher: unknown publisher \"Kyodo\"\n" },
    { { "--source=", NULL }, "--source needs source ids: --source=ID[,ID…]\n" },
  };

  for (guint k = 0; k < 2; k++)
    {
      g_autofree char *ids = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) sections = NULL;
      g_auto(GStrv) entities = NULL;
      g_auto(GStrv) relations = NULL;

      g_assert_cmpint (run_explore (k == 0 ? kyodo : publisher, NULL, &ids, &out, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      sections = g_strsplit (ids, " | ", -1);
      entities = g_strsplit (sections[0], " ", -1);
      relations = g_strsplit (sections[1], " ", -1);
      g_assert_cmpuint (g_strv_length (entities), ==, 37);
      g_assert_cmpuint (g_strv_length (relations), ==, 30);
      /* Entities stay with their own evidence, and so with its sources. */
      g_assert_cmpstr (sections[2], ==, "kyodo-2019-09-03 huawei-japan-2019-article");
      g_assert_nonnull (strstr (out, ": 37 entities and 30 relations, laid out with "));
    }

  {
    g_autofree char *ids = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_explore (both_sources, NULL, &ids, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, ": 37 entities and 76 relations, laid out with "));
  }

  /* The filter first, then the focus: Kyodo's report says nothing of
   * the suppliers, who are left alone.
   */
  assert_explore (focus, NULL, "japanese-suppliers | | huawei-japan-2019-article");

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autofree char *ids = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("%s", failures[i].message);
      g_assert_cmpint (run_explore (failures[i].options, NULL, &ids, &out, &err), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, failures[i].message);
    }
}

/* The options choose what an export shows: alone, they are a mistake. */
static void
test_explore_needs_export (void)
{
  struct {
    const char *args[4];
    const char *message;
  } cases[] = {
    { { "--focus=huawei", NULL }, "--focus needs --export\n" },
    { { "--path=huawei,zte", "valid/minimal.json", NULL }, "--path needs --export\n" },
    { { "--since=2019", NULL }, "--since needs --export\n" },
    { { "--until=2019", "--check", "valid/minimal.json", NULL }, "--until needs --export\n" },
    { { "--undated=hide", "--metrics=out.csv", NULL }, "--undated needs --export\n" },
    { { "--depth=2", NULL }, "--depth needs --export\n" },
    { { "--source=kyodo-2019-09-03", NULL }, "--source needs --export\n" },
    { { "--publisher=Kyodo News", "--check", "valid/minimal.json" }, "--publisher needs --export\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_liaison (cases[i].args, &out, &err), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, cases[i].message);
    }
}

static void
test_explore_help (void)
{
  const char *args[] = { "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_liaison (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "  --focus=ID[,ID…] "));
  g_assert_nonnull (strstr (out, "  --depth=N "));
  g_assert_nonnull (strstr (out, "  --path=FROM,TO "));
  g_assert_nonnull (strstr (out, "  --since=DATE "));
  g_assert_nonnull (strstr (out, "  --until=DATE "));
  g_assert_nonnull (strstr (out, "  --undated=show|hide "));
  g_assert_nonnull (strstr (out, "  --source=ID[,ID…] "));
  g_assert_nonnull (strstr (out, "  --publisher=NAME "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/commands/explore/focus", test_explore_focus);
  g_test_add_func ("/commands/explore/path", test_explore_path);
  g_test_add_func ("/commands/explore/dates", test_explore_dates);
  g_test_add_func ("/commands/explore/commas-in-ids", test_explore_commas_in_ids);
  g_test_add_func ("/commands/explore/failures", test_explore_failures);
  g_test_add_func ("/commands/explore/sources", test_explore_sources);
  g_test_add_func ("/commands/explore/needs-export", test_explore_needs_export);
  g_test_add_func ("/commands/explore/help", test_explore_help);

  return g_test_run ();
}

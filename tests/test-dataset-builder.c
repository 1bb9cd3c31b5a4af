/* test-dataset-builder.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dataset builder on its own, fed by calls as any front end feeds it:
 * no JSON anywhere. Messages are compared whole, as a researcher reads
 * them.
 */

#include "config.h"

#include <string.h>

#include "liaison-dataset-builder.h"
#include "liaison-entity.h"
#include "liaison-test-util.h"

#define STRING(s) ((LiaisonValue) { LIAISON_VALUE_STRING, (s) })
#define NUMBER(s) ((LiaisonValue) { LIAISON_VALUE_NUMBER, (s) })

static LiaisonLocation
at (const char *section,
    guint       index)
{
  return liaison_location_path (section, index);
}

static void
add_entity (LiaisonDatasetBuilder *builder,
            LiaisonLocation        location,
            const char            *id,
            const char            *label)
{
  LiaisonEntityInput entity = { { 0 } };

  entity.id = STRING (id);
  entity.label = STRING (label);
  g_assert_true (liaison_dataset_builder_add_entity (builder, &location, &entity));
}

static void
add_relation (LiaisonDatasetBuilder *builder,
              LiaisonLocation        location,
              const char            *from,
              const char            *to)
{
  LiaisonRelationInput relation = { { 0 } };

  relation.from = STRING (from);
  relation.to = STRING (to);
  g_assert_true (liaison_dataset_builder_add_relation (builder, &location, &relation));
}

/* Finishes @builder, which must fail, and returns the message. */
static char *
finish_with_problems (LiaisonDatasetBuilder *builder)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID);
  /* Whatever the values, a message is text a terminal and a toast show. */
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return g_strdup (error->message);
}

static void
test_builds_a_dataset (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonLocation top = at ("", LIAISON_LOCATION_NO_INDEX);
  LiaisonSourceInput source = { STRING ("kyodo"), STRING ("Kyodo") };
  LiaisonEvidenceInput evidence = { { LIAISON_VALUE_OBJECT, NULL }, STRING ("kyodo"), STRING ("it says so") };
  LiaisonAttribute attribute = { "founded", "1987" };
  LiaisonEntityInput huawei = { { 0 } };
  LiaisonRelationInput relation = { { 0 } };
  LiaisonValue title = STRING ("Built by hand");
  LiaisonLocation location;
  const LiaisonRelation *r;
  LiaisonEntity *entity;
  const LiaisonEvidence *found;
  guint n;

  liaison_dataset_builder_set_title (builder, &top, &title);
  location = at ("sources", 0);
  liaison_dataset_builder_add_source (builder, &location, &source);

  huawei.id = STRING ("huawei");
  huawei.label = STRING ("Huawei");
  huawei.type = STRING ("company");
  huawei.details.evidence = (LiaisonValue) { LIAISON_VALUE_ARRAY, NULL };
  huawei.details.evidence_items = &evidence;
  huawei.details.n_evidence_items = 1;
  huawei.details.attribute_items = &attribute;
  huawei.details.n_attribute_items = 1;
  location = at ("entities", 0);
  g_assert_true (liaison_dataset_builder_add_entity (builder, &location, &huawei));
  add_entity (builder, at ("entities", 1), "kddi", "KDDI");

  relation.from = STRING ("kddi");
  relation.to = STRING ("huawei");
  relation.date = STRING ("2018-12");
  relation.directed = (LiaisonValue) { LIAISON_VALUE_BOOLEAN, "false" };
  location = at ("relations", 0);
  g_assert_true (liaison_dataset_builder_add_relation (builder, &location, &relation));
  add_relation (builder, at ("relations", 1), "huawei", "kddi");

  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "Built by hand");
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  entity = liaison_dataset_lookup_entity (dataset, "huawei");
  g_assert_nonnull (entity);
  g_assert_cmpuint (liaison_entity_get_index (entity), ==, 0);
  g_assert_cmpstr (liaison_entity_get_type_label (entity), ==, "company");
  found = liaison_entity_get_evidence (entity, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (found[0].source, ==, "kyodo");
  g_assert_cmpstr (found[0].quote, ==, "it says so");
  g_assert_cmpstr (liaison_entity_get_attributes (entity, &n)[0].json, ==, "1987");
  g_assert_true (liaison_dataset_lookup_entity (dataset, "kddi") == liaison_dataset_get_entity (dataset, 1));
  g_assert_null (liaison_dataset_lookup_entity (dataset, "zte"));

  /* An undeclared type becomes one; relations without ids get theirs. */
  g_assert_cmpuint (liaison_dataset_get_n_entity_types (dataset), ==, 1);
  r = liaison_dataset_get_relation (dataset, 0);
  g_assert_cmpstr (r->id, ==, "relation-1");
  g_assert_true (r->generated_id);
  g_assert_cmpstr (r->date, ==, "2018-12");
  g_assert_false (r->directed);
  g_assert_true (liaison_dataset_lookup_relation (dataset, "relation-2") == liaison_dataset_get_relation (dataset, 1));
  g_assert_true (liaison_dataset_get_relation (dataset, 1)->directed);
}

static void
test_generated_relation_ids (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(LiaisonDatasetBuilder) colliding = liaison_dataset_builder_new ("calls");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonDataset) other = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonRelationInput named = { STRING ("relation-2"), STRING ("a"), STRING ("a") };
  LiaisonLocation location = at ("relations", 0);

  add_entity (builder, at ("entities", 0), "a", "A");
  for (guint i = 0; i < 3; i++)
    add_relation (builder, at ("relations", i), "a", "a");
  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_no_error (error);

  /* Every generated id finds its relation, and nothing else does. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("relation-%u", i + 1);

      g_assert_true (liaison_dataset_lookup_relation (dataset, id) == liaison_dataset_get_relation (dataset, i));
    }
  g_assert_null (liaison_dataset_lookup_relation (dataset, "relation-4"));
  g_assert_null (liaison_dataset_lookup_relation (dataset, "relation-0"));
  g_assert_null (liaison_dataset_lookup_relation (dataset, "relation-01"));
  g_assert_null (liaison_dataset_lookup_relation (dataset, "relation-1x"));
  g_assert_null (liaison_dataset_lookup_relation (dataset, "relation-"));

  /* A relation of the file named like a generated one pushes them on. */
  add_entity (colliding, at ("entities", 0), "a", "A");
  g_assert_true (liaison_dataset_builder_add_relation (colliding, &location, &named));
  add_relation (colliding, at ("relations", 1), "a", "a");
  add_relation (colliding, at ("relations", 2), "a", "a");
  other = liaison_dataset_builder_finish (colliding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_dataset_get_relation (other, 1)->id, ==, "relation-3");
  g_assert_cmpstr (liaison_dataset_get_relation (other, 2)->id, ==, "relation-4");
  g_assert_true (liaison_dataset_lookup_relation (other, "relation-2") == liaison_dataset_get_relation (other, 0));
  g_assert_true (liaison_dataset_lookup_relation (other, "relation-3") == liaison_dataset_get_relation (other, 1));
  g_assert_true (liaison_dataset_lookup_relation (other, "relation-4") == liaison_dataset_get_relation (other, 2));
  g_assert_null (liaison_dataset_lookup_relation (other, "relation-1"));
}

static void
test_duplicate_ids (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autofree char *message = NULL;
  LiaisonSourceInput no_id = { { LIAISON_VALUE_ABSENT } };
  LiaisonSourceInput s = { STRING ("s") };
  LiaisonLocation location;

  /* The first use is named by its place, also after an item that could
   * not be kept.
   */
  location = at ("sources", 0);
  liaison_dataset_builder_add_source (builder, &location, &no_id);
  location = at ("sources", 1);
  liaison_dataset_builder_add_source (builder, &location, &s);
  location = at ("sources", 2);
  liaison_dataset_builder_add_source (builder, &location, &s);

  add_entity (builder, at ("entities", 0), "a", "A");
  add_entity (builder, at ("entities", 1), "b", "B");
  add_entity (builder, at ("entities", 2), "a", "A again");

  {
    LiaisonRelationInput relation = { { 0 } };

    relation.id = STRING ("r");
    relation.from = STRING ("a");
    relation.to = STRING ("b");
    location = at ("relations", 0);
    liaison_dataset_builder_add_relation (builder, &location, &relation);
    location = at ("relations", 1);
    liaison_dataset_builder_add_relation (builder, &location, &relation);
  }

  message = finish_with_problems (builder);
  g_assert_cmpstr (message, ==,
                   "calls: sources[0]: “id” is missing\n"
                   "calls: sources[2].id: the id \"s\" is already used by sources[1]\n"
                   "calls: entities[2].id: the id \"a\" is already used by entities[0]\n"
                   "calls: relations[1].id: the id \"r\" is already used by relations[0]");
}

static void
test_unknown_references (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autofree char *message = NULL;
  LiaisonSourceInput source = { STRING ("kyodo-2019-09-03") };
  LiaisonTypeInput company = { STRING ("company") };
  LiaisonEvidenceInput evidence = { { LIAISON_VALUE_OBJECT, NULL }, STRING ("kyodo-2019-09-30") };
  LiaisonEntityInput entity = { { 0 } };
  LiaisonLocation location;

  location = at ("sources", 0);
  liaison_dataset_builder_add_source (builder, &location, &source);
  location = at ("entity_types", 0);
  liaison_dataset_builder_add_entity_type (builder, &location, &company);

  entity.id = STRING ("huawei");
  entity.label = STRING ("Huawei");
  entity.type = STRING ("compnay");
  entity.details.evidence = (LiaisonValue) { LIAISON_VALUE_ARRAY, NULL };
  entity.details.evidence_items = &evidence;
  entity.details.n_evidence_items = 1;
  location = at ("entities", 0);
  liaison_dataset_builder_add_entity (builder, &location, &entity);

  /* Close enough for a guess, and too far for one. */
  add_relation (builder, at ("relations", 0), "huawei", "huwei");
  add_relation (builder, at ("relations", 1), "kddi", "huawei");

  message = finish_with_problems (builder);
  g_assert_cmpstr (message, ==,
                   "calls: entities[0].type: unknown entity type \"compnay\" (did you mean \"company\"?)\n"
                   "calls: entities[0].evidence[0].source: unknown source \"kyodo-2019-09-30\" "
                   "(did you mean \"kyodo-2019-09-03\"?)\n"
                   "calls: relations[0].to: unknown entity \"huwei\" (did you mean \"huawei\"?)\n"
                   "calls: relations[1].from: unknown entity \"kddi\"");
}

static void
test_dates (void)
{
  static const char *const valid[] = {
    "2018", "2018-12", "2020-02-29", "2019-09-03T20:27:00+09:00", "2019-09-03T20:27Z", "2019-09-03T20:27:00.5Z",
  };
  static const char *const invalid[] = {
    "2019-02-30", "2019-13", "09/03/2019", "2019-1", "20190", "2100-02-29", "2019-09-03T24:00",
  };
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *message = NULL;
  guint index = 0;

  add_entity (builder, at ("entities", 0), "a", "A");

  for (guint i = 0; i < G_N_ELEMENTS (valid) + G_N_ELEMENTS (invalid); i++)
    {
      LiaisonRelationInput relation = { { 0 } };
      LiaisonLocation location = at ("relations", index++);
      const char *date = i < G_N_ELEMENTS (valid) ? valid[i] : invalid[i - G_N_ELEMENTS (valid)];

      relation.from = STRING ("a");
      relation.to = STRING ("a");
      relation.date = STRING (date);
      liaison_dataset_builder_add_relation (builder, &location, &relation);

      if (i >= G_N_ELEMENTS (valid))
        g_string_append_printf (expected, "%scalls: relations[%u].date: \"%s\" is not an ISO 8601 date "
                                "(YYYY, YYYY-MM or YYYY-MM-DD)",
                                expected->len > 0 ? "\n" : "", index - 1, date);
    }

  message = finish_with_problems (builder);
  g_assert_cmpstr (message, ==, expected->str);
}

static void
test_values_of_the_wrong_kind (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autofree char *message = NULL;
  LiaisonValue aliases[] = { STRING ("Huawei"), NUMBER ("7") };
  LiaisonEntityInput entity = { { 0 } };
  LiaisonRelationInput relation = { { 0 } };
  LiaisonLocation location;

  entity.id = NUMBER ("42");
  entity.name = STRING ("");
  entity.aliases = (LiaisonValue) { LIAISON_VALUE_ARRAY, NULL };
  entity.alias_items = aliases;
  entity.n_alias_items = G_N_ELEMENTS (aliases);
  entity.details.attributes = (LiaisonValue) { LIAISON_VALUE_ARRAY, NULL };
  location = at ("entities", 0);
  liaison_dataset_builder_add_entity (builder, &location, &entity);

  memset (&entity, 0, sizeof entity);
  entity.id = STRING ("b");
  location = at ("entities", 1);
  liaison_dataset_builder_add_entity (builder, &location, &entity);

  relation.from = STRING ("b");
  relation.directed = STRING ("yes");
  location = at ("relations", 0);
  liaison_dataset_builder_add_relation (builder, &location, &relation);

  message = finish_with_problems (builder);
  g_assert_cmpstr (message, ==,
                   "calls: entities[0].id: expected a string, found a number (42)\n"
                   "calls: entities[0].name: must not be empty\n"
                   "calls: entities[0].aliases[1]: expected a string, found a number (7)\n"
                   "calls: entities[0].attributes: expected an object, found an array\n"
                   "calls: entities[1]: “label” (or “name”) is missing\n"
                   "calls: relations[0]: “to” is missing\n"
                   "calls: relations[0].directed: expected true or false, found a string (\"yes\")");
}

static void
test_problems_are_capped (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autofree char *message = NULL;
  g_auto(GStrv) lines = NULL;

  add_entity (builder, at ("entities", 0), "a", "A");
  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *to = g_strdup_printf ("missing-%02u", i);

      add_relation (builder, at ("relations", i), "a", to);
    }
  g_assert_cmpuint (liaison_dataset_builder_get_n_problems (builder), ==, 25);

  /* Twenty spelled out, one a line, then a count of the rest. */
  message = finish_with_problems (builder);
  lines = g_strsplit (message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 21);
  g_assert_cmpstr (lines[0], ==, "calls: relations[0].to: unknown entity \"missing-00\"");
  g_assert_cmpstr (lines[19], ==, "calls: relations[19].to: unknown entity \"missing-19\"");
  g_assert_cmpstr (lines[20], ==, "calls: … and 5 more problems");
}

static void
test_problem_cap_is_settable (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autofree char *message = NULL;

  liaison_dataset_builder_set_max_problems (builder, 1);
  add_relation (builder, at ("relations", 0), "x", "y");

  message = finish_with_problems (builder);
  g_assert_cmpstr (message, ==, "calls: relations[0].from: unknown entity \"x\"\ncalls: … and 1 more problem");
}

static void
test_line_locations (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("graph.csv");
  g_autofree char *message = NULL;
  LiaisonLocation line_2 = liaison_location_line (2, 0);
  LiaisonLocation line_7 = liaison_location_line (7, 3);
  LiaisonLocation line_9 = liaison_location_line (9, 1);
  LiaisonEvidenceInput evidence = { { LIAISON_VALUE_OBJECT, NULL }, STRING ("nowhere") };
  LiaisonRelationInput relation = { { 0 } };
  g_autofree char *shown = NULL;

  shown = liaison_location_to_string (&line_7, "from");
  g_assert_cmpstr (shown, ==, "7:3: from");
  g_clear_pointer (&shown, g_free);
  shown = liaison_location_to_string (&line_2, NULL);
  g_assert_cmpstr (shown, ==, "2");
  g_clear_pointer (&shown, g_free);
  line_9.section = "ignored";
  shown = liaison_location_to_string (&line_9, NULL);
  g_assert_cmpstr (shown, ==, "9:1");

  add_entity (builder, line_2, "huawei", "Huawei");
  add_entity (builder, line_7, "huawei", "Huawei again");

  relation.from = STRING ("huawei");
  relation.to = STRING ("huwei");
  relation.details.evidence = (LiaisonValue) { LIAISON_VALUE_ARRAY, NULL };
  relation.details.evidence_items = &evidence;
  relation.details.n_evidence_items = 1;
  liaison_dataset_builder_add_relation (builder, &line_9, &relation);
  liaison_dataset_builder_add_problem (builder, &line_2, NULL, "a problem the front end found");

  /* "file:line:column: member: message", as compilers write them. */
  message = finish_with_problems (builder);
  g_assert_cmpstr (message, ==,
                   "graph.csv:7:3: id: the id \"huawei\" is already used on line 2\n"
                   "graph.csv:9:1: to: unknown entity \"huwei\" (did you mean \"huawei\"?)\n"
                   "graph.csv:9:1: evidence[0].source: unknown source \"nowhere\"\n"
                   "graph.csv:2: a problem the front end found");
}

static void
test_path_locations (void)
{
  LiaisonLocation top = at ("", LIAISON_LOCATION_NO_INDEX);
  LiaisonLocation section = at ("relations", LIAISON_LOCATION_NO_INDEX);
  LiaisonLocation item = at ("relations", 12);
  g_autofree char *a = liaison_location_to_string (&top, "title");
  g_autofree char *b = liaison_location_to_string (&section, NULL);
  g_autofree char *c = liaison_location_to_string (&item, "from");

  g_assert_cmpstr (a, ==, "title");
  g_assert_cmpstr (b, ==, "relations");
  g_assert_cmpstr (c, ==, "relations[12].from");
}

typedef struct
{
  double last;
  guint  n_calls;
} ProgressRecord;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ProgressRecord *record = user_data;

  g_assert_cmpfloat (fraction, >=, record->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  record->last = fraction;
  record->n_calls++;
}

static void
test_progress (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  ProgressRecord record = { 0 };
  guint n = 10000;

  liaison_dataset_builder_set_progress (builder, n, progress_cb, &record);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);

      add_entity (builder, at ("entities", i), id, id);
    }

  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_calls, >, 1);
  g_assert_cmpfloat (record.last, ==, 1.0);
}

static void
test_cancellation (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  liaison_dataset_builder_set_cancellable (builder, cancellable);
  add_entity (builder, at ("entities", 0), "a", "A");
  g_cancellable_cancel (cancellable);

  /* The builder notices within a few thousand items and says to stop. */
  for (guint i = 1; i < 100000; i++)
    {
      LiaisonEntityInput entity = { { 0 } };
      LiaisonLocation location = at ("entities", i);

      entity.id = STRING ("same");
      entity.label = STRING ("Same");
      if (!liaison_dataset_builder_add_entity (builder, &location, &entity))
        break;
      n_added++;
    }
  g_assert_cmpuint (n_added, <, 5000);

  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_long_values_are_cut_cleanly (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(GString) cjk = g_string_new (NULL);
  g_autoptr(GString) emoji = g_string_new (NULL);
  g_autoptr(GString) escapes = g_string_new ("x");
  g_autofree char *message = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_string_append (cjk, "华为技术");
      /* A family (joined by zero-width joiners), a flag, a thumb with a skin tone. */
      g_string_append (emoji, "👨\u200d👩\u200d👧🇯🇵👍🏽");
      g_string_append (escapes, "\"\\\n");
    }

  add_entity (builder, at ("entities", 0), "a", "A");
  add_relation (builder, at ("relations", 0), "a", cjk->str);
  add_relation (builder, at ("relations", 1), "a", emoji->str);
  add_relation (builder, at ("relations", 2), "a", escapes->str);
  {
    LiaisonRelationInput relation = { { 0 } };
    LiaisonLocation location = at ("relations", 3);

    relation.from = STRING ("a");
    relation.to = STRING ("a");
    relation.directed = STRING (escapes->str);
    liaison_dataset_builder_add_relation (builder, &location, &relation);
  }

  message = finish_with_problems (builder);
  liaison_test_assert_cut_cleanly (message);
  lines = g_strsplit (message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);

  /* Sixty characters, then "…". */
  g_assert_true (g_str_has_prefix (lines[0], "calls: relations[0].to: unknown entity \"华为技术华为技术"));
  g_assert_true (g_str_has_suffix (lines[0], "华为技术华为技术…\""));
  /* Sixty characters would end inside a flag: the cut comes before it. */
  g_assert_true (g_str_has_suffix (lines[1], "🇯🇵👍🏽👨\u200d👩\u200d👧…\""));
  /* Escapes are written after the cut: each whole. */
  g_assert_true (g_str_has_suffix (lines[2], "\\\"\\\\\\n\\\"\\\\…\""));
  g_assert_true (g_str_has_suffix (lines[3], "\\\"\\\\\\n\\\"\\\\…\")"));
}

/* The guess that messages about unknown entities make, for the command
 * line and the views to make it too.
 */
static void
test_suggested_entities (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("calls");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "zte", "huawei", "zta", "ren-zhengfei" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    add_entity (builder, at ("entities", i), ids[i], ids[i]);
  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (liaison_dataset_suggest_entity (dataset, "huwei"), ==, "huawei");
  g_assert_cmpstr (liaison_dataset_suggest_entity (dataset, "Ren-Zhengfie"), ==, "ren-zhengfei");
  /* Equally close: the alphabetically first, so that messages are stable. */
  g_assert_cmpstr (liaison_dataset_suggest_entity (dataset, "ztb"), ==, "zta");
  g_assert_null (liaison_dataset_suggest_entity (dataset, "siemens"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-builder/builds-a-dataset", test_builds_a_dataset);
  g_test_add_func ("/dataset-builder/generated-relation-ids", test_generated_relation_ids);
  g_test_add_func ("/dataset-builder/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/dataset-builder/unknown-references", test_unknown_references);
  g_test_add_func ("/dataset-builder/dates", test_dates);
  g_test_add_func ("/dataset-builder/values-of-the-wrong-kind", test_values_of_the_wrong_kind);
  g_test_add_func ("/dataset-builder/problems-are-capped", test_problems_are_capped);
  g_test_add_func ("/dataset-builder/problem-cap-is-settable", test_problem_cap_is_settable);
  g_test_add_func ("/dataset-builder/line-locations", test_line_locations);
  g_test_add_func ("/dataset-builder/path-locations", test_path_locations);
  g_test_add_func ("/dataset-builder/progress", test_progress);
  g_test_add_func ("/dataset-builder/cancellation", test_cancellation);
  g_test_add_func ("/dataset-builder/long-values-are-cut-cleanly", test_long_values_are_cut_cleanly);
  g_test_add_func ("/dataset-builder/suggested-entities", test_suggested_entities);

  return g_test_run ();
}

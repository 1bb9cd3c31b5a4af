/* test-dataset.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "liaison-dataset-loader.h"
#include "liaison-test-util.h"

typedef struct
{
  const char *file;
  int         code;
  const char *message;  /* after the file name */
} InvalidCase;

#define SYNTAX  LIAISON_DATASET_ERROR_SYNTAX
#define LIMIT   LIAISON_DATASET_ERROR_LIMIT
#define INVALID LIAISON_DATASET_ERROR_INVALID

/* Every file in tests/data/invalid and exactly what a researcher is told. */
static const InvalidCase invalid_cases[] = {
  { "aliases-not-strings.json", INVALID,
    ": entities[0].aliases[1]: expected a string, found a number (7)" },
  { "attributes-is-array.json", INVALID,
    ": entities[0].attributes: expected an object, found an array" },
  { "bare-decimal-point.json", SYNTAX,
    ":1:61: a number needs a digit before its decimal point" },
  { "bare-word.json", SYNTAX,
    ":1:53: unexpected “yes”: text must be in double quotes, and only true, false and null are written without them" },
  { "binary-png.json", SYNTAX,
    ":1:1: the text is not valid UTF-8 (0x89)" },
  { "comment-block.json", SYNTAX,
    ":1:17: comments are not allowed in JSON" },
  { "comment-hash.json", SYNTAX,
    ":2:1: comments are not allowed in JSON" },
  { "comment-line.json", SYNTAX,
    ":1:1: comments are not allowed in JSON" },
  { "date-february-30.json", INVALID,
    ": relations[0].date: \"2019-02-30\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "date-month-13.json", INVALID,
    ": relations[0].date: \"2019-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "date-us-format.json", INVALID,
    ": relations[0].date: \"09/03/2019\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "decimal-point-without-digits.json", SYNTAX,
    ":1:61: a digit must follow the decimal point" },
  { "directed-is-string.json", INVALID,
    ": relations[0].directed: expected true or false, found a string (\"yes\")" },
  { "duplicate-entity-id.json", INVALID,
    ": entities[2].id: the id \"huawei\" is already used by entities[0]" },
  /* Each duplicate names the first use by its place in the file, also
   * after a problem earlier in the file.
   */
  { "duplicate-id-after-another-problem.json", INVALID,
    ": entities[0].label: expected a string, found a number (3)\n"
    "duplicate-id-after-another-problem.json: entities[2].id: the id \"a\" is already used by entities[0]\n"
    "duplicate-id-after-another-problem.json: relations[0].directed: expected true or false, found a string (\"no\")\n"
    "duplicate-id-after-another-problem.json: relations[2].id: the id \"q\" is already used by relations[1]" },
  { "duplicate-key-escaped.json", SYNTAX,
    ":1:41: the key “\\u0069d” appears twice in one object (first at line 1, column 16)" },
  { "duplicate-key.json", SYNTAX,
    ":1:41: the key “id” appears twice in one object (first at line 1, column 16)" },
  { "duplicate-source-id.json", INVALID,
    ": sources[1].id: the id \"s\" is already used by sources[0]" },
  /* The first use by its place in the file, not among the sources kept. */
  { "duplicate-source-id-after-missing-id.json", INVALID,
    ": sources[0]: “id” is missing\n"
    "duplicate-source-id-after-missing-id.json: sources[2].id: the id \"s\" is already used by sources[1]" },
  { "empty.json", SYNTAX,
    ": the file is empty" },
  { "entities-not-array.json", INVALID,
    ": entities: expected an array, found an object" },
  { "entity-empty-id.json", INVALID,
    ": entities[0].id: must not be empty" },
  { "entity-id-is-number.json", INVALID,
    ": entities[0].id: expected a string, found a number (42)" },
  { "entity-label-is-null.json", INVALID,
    ": entities[0].label: expected a string, found null" },
  { "entity-missing-id.json", INVALID,
    ": entities[0]: “id” is missing" },
  { "entity-missing-label.json", INVALID,
    ": entities[0]: “label” (or “name”) is missing" },
  { "entity-not-object.json", INVALID,
    ": entities[0]: expected an object, found a string (\"huawei\")" },
  { "escaped-nul.json", SYNTAX,
    ":1:24: “\\u0000” (a NUL character) is not allowed in strings" },
  { "evidence-not-array.json", INVALID,
    ": entities[0].evidence: expected an array, found a string (\"Kyodo\")" },
  { "evidence-unknown-source.json", INVALID,
    ": relations[0].evidence[0].source: unknown source \"kyodo-2019-09-30\" (did you mean \"kyodo-2019-09-03\"?)" },
  { "escape-before-invalid-utf8.json", SYNTAX,
    ":1:38: the text is not valid UTF-8 (0xFF)" },
  { "hex-number.json", SYNTAX,
    ":1:61: hexadecimal numbers are not allowed in JSON" },
  { "html-page.json", SYNTAX,
    ":1:1: this is not JSON: it starts with “<” as HTML and XML do" },
  { "integer-beyond-64-bits.json", SYNTAX,
    ":1:61: the integer 123456789012345678901234567890 does not fit in 64 bits; write it as a string to keep every digit" },
  { "invalid-escape.json", SYNTAX,
    ":1:39: “\\U” is not a valid escape; write a backslash as “\\\\”" },
  { "invalid-utf8-in-key.json", SYNTAX,
    ":1:31: the text is not valid UTF-8 (0xFF)" },
  { "invalid-utf8-in-value.json", SYNTAX,
    ":1:40: the text is not valid UTF-8 (0xE9)" },
  { "leading-zero.json", SYNTAX,
    ":1:61: a number cannot start with 0 (leading zeros are not allowed in JSON)" },
  { "lone-high-surrogate.json", SYNTAX,
    ":1:37: “\\uD83D” is half of a surrogate pair without its second half" },
  { "lone-low-surrogate.json", SYNTAX,
    ":1:37: “\\uDE00” is half of a surrogate pair without its first half" },
  { "mismatched-bracket.json", SYNTAX,
    ":1:40: “}” closes an array; expected “]”" },
  { "missing-colon.json", SYNTAX,
    ":1:21: expected “:” after an object key" },
  { "missing-comma.json", SYNTAX,
    ":1:26: expected “,” or “}” after a value in an object (is a comma missing?)" },
  { "nan.json", SYNTAX,
    ":1:61: NaN and Infinity are not numbers in JSON" },
  { "negative-infinity.json", SYNTAX,
    ":1:61: NaN and Infinity are not numbers in JSON" },
  { "nesting-513-deep.json", LIMIT,
    ":1:543: arrays and objects are nested more than 512 deep" },
  { "no-entities.json", INVALID,
    ": there is no “entities” array: is this a Liaison dataset?" },
  { "nul-byte.json", SYNTAX,
    ":1:15: the file contains a NUL byte: it is binary, or not UTF-8 text" },
  { "number-overflows-double.json", SYNTAX,
    ":1:61: the number 1e400 is too large to represent" },
  { "only-whitespace.json", SYNTAX,
    ": the file contains only white space" },
  { "overlong-utf8.json", SYNTAX,
    ":1:23: the text is not valid UTF-8 (0xC0)" },
  { "plus-sign-number.json", SYNTAX,
    ":1:61: a number cannot start with “+”" },
  { "python-true.json", SYNTAX,
    ":1:61: unexpected “True”: text must be in double quotes, and only true, false and null are written without them" },
  { "raw-line-break-in-string.json", SYNTAX,
    ":1:40: a line break inside a string: is a closing quote missing? Write a line break in a string as “\\n”" },
  { "raw-tab-in-string.json", SYNTAX,
    ":1:40: the control character U+0009 must be escaped in a string" },
  { "relation-from-unknown-entity.json", INVALID,
    ": relations[0].from: unknown entity \"kddi\"" },
  { "relation-missing-to.json", INVALID,
    ": relations[0]: “to” is missing" },
  { "relation-to-unknown-entity.json", INVALID,
    ": relations[0].to: unknown entity \"huwei\" (did you mean \"huawei\"?)" },
  { "relation-type-bad-style.json", INVALID,
    ": relation_types[0].style: \"wavy\" is not a line style (use solid, dashed, dotted or bold)" },
  { "short-unicode-escape.json", SYNTAX,
    ":1:37: “\\u” must be followed by four hexadecimal digits" },
  { "single-quoted-string.json", SYNTAX,
    ":1:22: strings must be in double quotes, not single quotes" },
  { "sources-not-array.json", INVALID,
    ": sources: expected an array, found a number (5)" },
  { "source-bad-date.json", INVALID,
    ": sources[0].date: \"December\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "source-file-url.json", INVALID,
    ": sources[0].url: \"file:///etc/passwd\" is not an http or https link" },
  { "source-javascript-url.json", INVALID,
    ": sources[0].url: \"javascript:alert(1)\" is not an http or https link" },
  { "text-after-json.json", SYNTAX,
    ":2:1: unexpected text after the end of the JSON value" },
  { "title-is-number.json", INVALID,
    ": title: expected a string, found a number (2019)" },
  { "top-level-array.json", INVALID,
    ": the top level must be an object with “entities” and “relations”, found an array" },
  { "top-level-string.json", INVALID,
    ": the top level must be an object with “entities” and “relations”, found a string (\"huawei\")" },
  { "trailing-comma-array.json", SYNTAX,
    ":1:41: a comma before “]” has no value after it (trailing commas are not allowed in JSON)" },
  { "trailing-comma-object.json", SYNTAX,
    ":1:40: a comma before “}” has no value after it (trailing commas are not allowed in JSON)" },
  { "truncated.json", SYNTAX,
    ":1:40: the file ends before the JSON is complete (2 arrays or objects are not closed)" },
  { "two-documents.json", SYNTAX,
    ":2:1: unexpected text after the end of the JSON value" },
  { "type-bad-color.json", INVALID,
    ": entity_types[0].color: \"bluish\" is not a colour (use #RRGGBB, #RRGGBBAA or a CSS colour name)" },
  { "type-record-shape.json", INVALID,
    ": entity_types[0].shape: \"record\" is not an allowed shape (use one of: box, rect, rectangle, square, ellipse, oval, circle, doublecircle, diamond, Mdiamond, Msquare, Mcircle, egg, triangle, invtriangle, trapezium, invtrapezium, parallelogram, house, invhouse, pentagon, hexagon, septagon, octagon, doubleoctagon, tripleoctagon, star, cylinder, note, tab, folder, box3d, component, underline, plaintext, plain, none, point)" },
  { "unclosed-object.json", SYNTAX,
    ":2:1: the file ends before the JSON is complete (1 array or object is not closed)" },
  { "unknown-entity-type.json", INVALID,
    ": entities[0].type: unknown entity type \"compnay\" (did you mean \"company\"?)" },
  { "unquoted-key.json", SYNTAX,
    ":1:2: object keys must be strings in double quotes" },
  { "unterminated-string.json", SYNTAX,
    ":1:36: a string is not closed: the file ends before its closing quote" },
  { "utf16-with-bom.json", SYNTAX,
    ":1:1: the file is UTF-16 encoded; save it as UTF-8" },
  { "truncated-utf8-lead-byte.json", SYNTAX,
    ":1:1: the text is not valid UTF-8 (0xFB)" },
  { "utf16-without-bom.json", SYNTAX,
    ":1:2: the file contains a NUL byte: it is binary, or not UTF-8 text" },
  { "utf32-with-bom.json", SYNTAX,
    ":1:1: the file is UTF-32 encoded; save it as UTF-8" },
  { "utf8-encoded-surrogate.json", SYNTAX,
    ":1:23: the text is not valid UTF-8 (0xED)" },
};

static void
test_invalid_file (gconstpointer data)
{
  const InvalidCase *test = data;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strconcat (test->file, test->message, NULL);

  dataset = liaison_test_load_data ("invalid", test->file, &error);
  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, test->code);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_every_invalid_file_has_a_case (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean found = g_str_equal (name, "twenty-five-problems.json");

      for (guint i = 0; i < G_N_ELEMENTS (invalid_cases) && !found; i++)
        found = g_str_equal (invalid_cases[i].file, name);

      if (!found)
        g_error ("tests/data/invalid/%s has no expected message", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 40);
}

static void
test_problems_are_capped (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  dataset = liaison_test_load_data ("invalid", "twenty-five-problems.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID);

  /* Twenty problems spelled out, one a line, then a count of the rest. */
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 21);
  g_assert_cmpstr (lines[0], ==, "twenty-five-problems.json: relations[0].to: unknown entity \"missing-00\"");
  g_assert_cmpstr (lines[19], ==, "twenty-five-problems.json: relations[19].to: unknown entity \"missing-19\"");
  g_assert_cmpstr (lines[20], ==, "twenty-five-problems.json: … and 5 more problems");
}

static void
test_utf8_bom (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* A UTF-8 byte-order mark, as Windows editors write, is skipped. */
  dataset = liaison_test_load_data ("valid", "utf8-bom.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 1);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (dataset, 0)), ==, "a");
}

static void
test_empty_dataset (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_test_load_data ("valid", "empty-dataset.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 0);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 0);
}

static void
test_name_synonym (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_test_load_data ("valid", "name-instead-of-label.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_lookup_entity (dataset, "a")), ==, "Alpha");
}

static void
test_self_loops_and_parallel_relations (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonRelation *relation;
  const guint *ids;
  guint n;

  dataset = liaison_test_load_data ("valid", "self-loop-and-parallel.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 4);

  /* a→a, a→b, a→b leave a; a→a and b→a arrive at it. */
  ids = liaison_dataset_get_outgoing (dataset, 0, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (ids[0], ==, 0);
  g_assert_cmpuint (ids[1], ==, 1);
  g_assert_cmpuint (ids[2], ==, 2);
  ids = liaison_dataset_get_incoming (dataset, 0, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (ids[0], ==, 0);
  g_assert_cmpuint (ids[1], ==, 3);
  liaison_dataset_get_outgoing (dataset, 1, &n);
  g_assert_cmpuint (n, ==, 1);
  liaison_dataset_get_incoming (dataset, 1, &n);
  g_assert_cmpuint (n, ==, 2);

  /* "directed" defaults to true. */
  relation = liaison_dataset_get_relation (dataset, 0);
  g_assert_true (relation->directed);
  relation = liaison_dataset_get_relation (dataset, 3);
  g_assert_false (relation->directed);
}

static void
test_unknown_fields_are_kept (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonAttribute *attributes;
  LiaisonEntity *entity;
  guint n;

  dataset = liaison_test_load_data ("valid", "unknown-fields-kept.json", &error);
  g_assert_no_error (error);

  entity = liaison_dataset_lookup_entity (dataset, "huawei");
  attributes = liaison_entity_get_attributes (entity, &n);
  /* "attributes" first, then the members the format does not know. */
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (attributes[0].key, ==, "employees");
  g_assert_cmpstr (attributes[0].json, ==, "194000");
  g_assert_cmpstr (attributes[1].key, ==, "country");
  g_assert_cmpstr (attributes[1].json, ==, "\"China\"");
  g_assert_cmpstr (attributes[2].key, ==, "founded");
  g_assert_cmpstr (attributes[2].json, ==, "1987");

  {
    g_autofree char *display = liaison_attribute_dup_display (&attributes[1]);

    g_assert_cmpstr (display, ==, "China");
  }
}

static void
test_nulls_for_optional_fields (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonEntity *entity;

  dataset = liaison_test_load_data ("valid", "nulls-for-optional-fields.json", &error);
  g_assert_no_error (error);
  g_assert_null (liaison_dataset_get_title (dataset));
  entity = liaison_dataset_get_entity (dataset, 0);
  g_assert_null (liaison_entity_get_entity_type (entity));
  g_assert_null (liaison_entity_get_description (entity));
  g_assert_null (liaison_entity_get_aliases (entity)[0]);
  g_assert_true (liaison_dataset_get_relation (dataset, 0)->directed);
}

static void
test_partial_dates (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_test_load_data ("valid", "partial-dates.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 0)->date, ==, "2018");
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 1)->date, ==, "2018-12");
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 2)->date, ==, "2020-02-29");
  g_assert_cmpstr (liaison_dataset_get_source (dataset, 0)->date, ==, "2019-09-03T20:27:00+09:00");
}

static void
test_tiny_number (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonAttribute *attributes;
  guint n;

  /* Too small for a double: it becomes 0, as in every JSON reader. */
  dataset = liaison_test_load_data ("valid", "tiny-number-becomes-zero.json", &error);
  g_assert_no_error (error);
  attributes = liaison_entity_get_attributes (liaison_dataset_get_entity (dataset, 0), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (g_ascii_strtod (attributes[0].json, NULL), ==, 0.0);
}

static void
test_generated_relation_ids (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* The third relation would be "relation-3", which the dataset uses
   * itself, so it becomes "relation-4".
   */
  dataset = liaison_test_load_data ("valid", "relation-ids-generated.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 0)->id, ==, "relation-1");
  g_assert_true (liaison_dataset_get_relation (dataset, 0)->generated_id);
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 1)->id, ==, "relation-3");
  g_assert_false (liaison_dataset_get_relation (dataset, 1)->generated_id);
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 2)->id, ==, "relation-4");
  g_assert_true (liaison_dataset_lookup_relation (dataset, "relation-4") == liaison_dataset_get_relation (dataset, 2));
}

static void
test_japanese_and_chinese (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *needle = NULL;
  LiaisonEntity *huawei;

  dataset = liaison_test_load_data ("valid", "japanese-and-chinese.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "華為と日本");

  huawei = liaison_dataset_lookup_entity (dataset, "huawei");
  g_assert_cmpstr (liaison_entity_get_label (huawei), ==, "华为技术有限公司");
  g_assert_cmpstr (liaison_entity_get_type_label (huawei), ==, "企業");
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 0)->label, ==, "調達を見送る");

  /* Search finds aliases, in any width and case. */
  needle = liaison_entity_fold_search ("ファーウェイ");
  g_assert_true (liaison_entity_matches (huawei, needle));
  g_free (needle);
  needle = liaison_entity_fold_search ("huawei");
  g_assert_true (liaison_entity_matches (huawei, needle));
  g_free (needle);
  needle = liaison_entity_fold_search ("华为");
  g_assert_true (liaison_entity_matches (huawei, needle));
  g_assert_false (liaison_entity_matches (liaison_dataset_lookup_entity (dataset, "softbank"), needle));
}

static void
test_escapes (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_test_load_data ("valid", "escapes-and-surrogate-pairs.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_get_entity (dataset, 0)), ==,
                   "tab\there \"quoted\" 😀 é / \\");
}

static void
test_undeclared_types (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonTypeStyle *company;

  /* With no entity_types, every type used becomes one, in order of use. */
  dataset = liaison_test_load_data ("valid", "undeclared-types.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entity_types (dataset), ==, 2);
  company = liaison_dataset_get_entity_type (dataset, 0);
  g_assert_cmpstr (company->id, ==, "company");
  g_assert_cmpstr (company->label, ==, "company");
  g_assert_cmpuint (company->count, ==, 2);
  g_assert_false (company->declared);
  g_assert_cmpuint (liaison_dataset_lookup_entity_type (dataset, "person")->count, ==, 1);
}

static void
test_list_model (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  dataset = liaison_test_load_data ("valid", "undeclared-types.json", &error);
  g_assert_no_error (error);

  model = G_LIST_MODEL (dataset);
  g_assert_true (g_list_model_get_item_type (model) == LIAISON_TYPE_ENTITY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LiaisonEntity) entity = g_list_model_get_item (model, i);
      g_autofree char *label = NULL;
      static const char *const ids[] = { "a", "b", "c" };

      g_assert_cmpstr (liaison_entity_get_id (entity), ==, ids[i]);
      g_assert_cmpuint (liaison_entity_get_index (entity), ==, i);
      g_assert_true (entity == liaison_dataset_lookup_entity (dataset, ids[i]));
      g_object_get (entity, "label", &label, NULL);
      g_assert_cmpstr (label, ==, liaison_entity_get_label (entity));
    }

  g_assert_null (g_list_model_get_item (model, 3));
}

static void
test_entity_outlives_dataset (void)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonEntity) entity = NULL;
  g_autoptr(GError) error = NULL;

  /* A list view may hold a row's entity after the dataset is replaced. */
  dataset = liaison_test_load_data ("valid", "japanese-and-chinese.json", &error);
  g_assert_no_error (error);
  entity = g_object_ref (liaison_dataset_lookup_entity (dataset, "huawei"));
  g_clear_object (&dataset);
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, "华为技术有限公司");
  g_assert_cmpstr (liaison_entity_get_aliases (entity)[0], ==, "ファーウェイ");
}

static void
test_long_values_are_cut_cleanly (void)
{
  g_autoptr(GString) cjk = g_string_new (NULL);
  g_autoptr(GString) emoji = g_string_new (NULL);
  g_autoptr(GString) escapes = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_string_append (cjk, "一二三华为");
      g_string_append (emoji, "😀😀👨\u200d👩\u200d👧");
      g_string_append (escapes, "\\\"\\\\\\n\\u0007");
    }

  bytes = g_bytes_new_take (g_strdup_printf ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"}],"
                                             " \"relations\": ["
                                             "{\"from\": \"a\", \"to\": \"%s\"},"
                                             "{\"from\": \"a\", \"to\": \"a\", \"date\": \"%s\"},"
                                             "{\"from\": \"a\", \"to\": \"a\", \"directed\": \"%s\"}]}",
                                             cjk->str, emoji->str, escapes->str),
                            strlen ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"}], \"relations\": ["
                                    "{\"from\": \"a\", \"to\": \"\"},"
                                    "{\"from\": \"a\", \"to\": \"a\", \"date\": \"\"},"
                                    "{\"from\": \"a\", \"to\": \"a\", \"directed\": \"\"}]}")
                            + cjk->len + emoji->len + escapes->len);
  dataset = liaison_dataset_load_bytes (bytes, "long.json", NULL, NULL, &error);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID);
  liaison_test_assert_cut_cleanly (error->message);

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  /* Sixty characters and "…", within the quotes. */
  g_assert_cmpstr (lines[0], ==, "long.json: relations[0].to: unknown entity "
                   "\"一二三华为一二三华为一二三华为一二三华为一二三华为一二三华为"
                   "一二三华为一二三华为一二三华为一二三华为一二三华为一二三华为…\"");
  /* Sixty characters would end inside a family: the cut comes before it. */
  g_assert_true (g_str_has_suffix (lines[1], "👨\u200d👩\u200d👧😀😀…\" is not an ISO 8601 date "
                                             "(YYYY, YYYY-MM or YYYY-MM-DD)"));
  /* Escapes come after the cut, each whole, the closing quote included. */
  g_assert_true (g_str_has_suffix (lines[2], "\\\"\\\\\\n\\u0007\\\"\\\\\\n\\u0007…\")"));
}

/* Large files are read a run of elements at a time: places in messages
 * still count from the start of each array.
 */
static void
test_places_in_a_large_file (void)
{
  GString *text = g_string_new ("{\"entities\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20000; i++)
    {
      if (i == 15000)
        g_string_append (text, ",\n  \"oops\"");
      else
        g_string_append_printf (text, "%s{\"id\": \"entity%05u\", \"label\": \"Entity %u\"}", i ? ",\n  " : "", i, i);
    }
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (text, "%s{\"from\": \"entity%05u\", \"to\": \"entity%05u%s\"}", i ? " , " : "",
                            i % 20000, (i * 7) % 20000, i == 25000 ? "x" : "");
  g_string_append (text, "]}");
  bytes = g_string_free_to_bytes (text);

  dataset = liaison_dataset_load_bytes (bytes, "large.json", NULL, NULL, &error);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID);
  /* The guess is the nearest id; of equally near ones, the first in order. */
  g_assert_cmpstr (error->message, ==,
                   "large.json: entities[15000]: expected an object, found a string (\"oops\")\n"
                   "large.json: relations[5000].to: unknown entity \"entity15000\" (did you mean \"entity05000\"?)\n"
                   "large.json: relations[15000].from: unknown entity \"entity15000\" (did you mean \"entity05000\"?)\n"
                   "large.json: relations[25000].to: unknown entity \"entity15000x\" (did you mean \"entity05000\"?)");
}

/* The bundled dataset: everything it says comes with evidence, and every
 * quote is really in the article it cites.
 */
static void
test_bundled_loads (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  static const char *const required[] = {
    "huawei", "huawei-technologies-japan", "ren-zhengfei", "john-suffolk", "wang-jianfeng",
    "tomoyuki-tachikawa", "kyodo-news", "reuters", "chinese-government",
    "communist-party-of-china", "us-administration", "donald-trump", "japanese-government",
    "shinzo-abe", "ministry-of-internal-affairs-and-communications",
    "ministry-of-economy-trade-and-industry", "ntt-docomo", "kddi", "softbank", "zte",
    "google", "android", "harmony-os", "united-kingdom", "canada", "germany", "australia",
    "new-zealand",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (liaison_dataset_lookup_entity (dataset, required[i]) == NULL)
      g_error ("the bundled dataset lacks the entity “%s”", required[i]);

  g_assert_cmpuint (liaison_dataset_get_n_sources (dataset), ==, 2);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), >=, 50);
  /* A legend of a dozen relation types stays readable. */
  g_assert_cmpuint (liaison_dataset_get_n_relation_types (dataset), <=, 14);
}

static gboolean
has_relation (LiaisonDataset *dataset,
              const char     *from,
              const char     *to,
              const char     *date)
{
  guint from_index = liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, from));
  guint to_index = liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, to));
  const guint *relations;
  guint n;

  relations = liaison_dataset_get_outgoing (dataset, from_index, &n);
  for (guint i = 0; i < n; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, relations[i]);

      if (relation->to == to_index && (date == NULL || g_strcmp0 (relation->date, date) == 0))
        return TRUE;
    }

  return FALSE;
}

static void
test_bundled_facts (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();

  g_assert_true (has_relation (dataset, "ren-zhengfei", "huawei", "1987"));
  g_assert_true (has_relation (dataset, "john-suffolk", "huawei", NULL));
  g_assert_true (has_relation (dataset, "wang-jianfeng", "huawei-technologies-japan", NULL));
  g_assert_true (has_relation (dataset, "huawei", "united-kingdom", NULL));
  g_assert_true (has_relation (dataset, "huawei", "canada", NULL));
  g_assert_true (has_relation (dataset, "huawei", "germany", NULL));
  g_assert_true (has_relation (dataset, "japanese-government", "huawei", NULL));
  g_assert_true (has_relation (dataset, "japanese-government", "zte", NULL));
  g_assert_true (has_relation (dataset, "ntt-docomo", "huawei", NULL));
  g_assert_true (has_relation (dataset, "kddi", "zte", NULL));
  g_assert_true (has_relation (dataset, "softbank", "huawei", NULL));
  g_assert_true (has_relation (dataset, "huawei", "harmony-os", NULL));
  g_assert_true (has_relation (dataset, "kyodo-news", "john-suffolk", "2019-09-03"));
}

static void
test_bundled_evidence (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (relation->n_evidence == 0)
        g_error ("relation “%s” has no evidence", relation->id);
      for (guint j = 0; j < relation->n_evidence; j++)
        g_assert_nonnull (relation->evidence[j].quote);
    }

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      guint n;

      liaison_entity_get_evidence (entity, &n);
      if (n == 0)
        g_error ("entity “%s” has no evidence", liaison_entity_get_id (entity));
    }
}

/* Collapses white space, which the articles break into lines: a quote
 * otherwise matches the article to the character, typographic quotes and
 * apostrophes included, since the details pane shows it as a quotation.
 */
static char *
normalize_text (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && out->len > 0)
        g_string_append_c (out, ' ');
      in_space = FALSE;

      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
test_bundled_quotes_are_verbatim (void)
{
  static const struct { const char *source; const char *file; } articles[] = {
    { "kyodo-2019-09-03", "000_a47c27395c397a2b.txt" },
    { "huawei-japan-2019-article", "001_81f1bafb92e5712f.txt" },
  };
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *seeds = g_getenv ("LIAISON_SEEDS_DIR");
  guint n_checked = 0;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the source articles are not available");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (seeds, articles[i].file, NULL);
      g_autofree char *contents = NULL;

      g_assert_nonnull (liaison_dataset_lookup_source (dataset, articles[i].source));
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_hash_table_insert (texts, (gpointer) articles[i].source, normalize_text (contents));
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset) + liaison_dataset_get_n_entities (dataset); i++)
    {
      const LiaisonEvidence *evidence;
      const char *owner;
      guint n;

      if (i < liaison_dataset_get_n_relations (dataset))
        {
          const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

          evidence = relation->evidence;
          n = relation->n_evidence;
          owner = relation->id;
        }
      else
        {
          LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i - liaison_dataset_get_n_relations (dataset));

          evidence = liaison_entity_get_evidence (entity, &n);
          owner = liaison_entity_get_id (entity);
        }

      for (guint j = 0; j < n; j++)
        {
          const char *text = g_hash_table_lookup (texts, evidence[j].source);
          g_autofree char *quote = normalize_text (evidence[j].quote);

          g_assert_nonnull (text);
          if (strstr (text, quote) == NULL)
            g_error ("the quote for “%s” is not in %s: %s", owner, evidence[j].source, quote);
          n_checked++;
        }
    }

  g_test_message ("%u quotes checked", n_checked);
  g_assert_cmpuint (n_checked, >=, liaison_dataset_get_n_relations (dataset));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *name = g_strndup (invalid_cases[i].file, strlen (invalid_cases[i].file) - 5);
      g_autofree char *path = g_strdup_printf ("/dataset/invalid/%s", name);

      g_test_add_data_func (path, &invalid_cases[i], test_invalid_file);
    }
  g_test_add_func ("/dataset/invalid/every-file-has-a-case", test_every_invalid_file_has_a_case);
  g_test_add_func ("/dataset/invalid/problems-are-capped", test_problems_are_capped);
  g_test_add_func ("/dataset/invalid/long-values-are-cut-cleanly", test_long_values_are_cut_cleanly);
  g_test_add_func ("/dataset/invalid/places-in-a-large-file", test_places_in_a_large_file);
  g_test_add_func ("/dataset/valid/utf8-bom", test_utf8_bom);
  g_test_add_func ("/dataset/valid/empty", test_empty_dataset);
  g_test_add_func ("/dataset/valid/name-synonym", test_name_synonym);
  g_test_add_func ("/dataset/valid/self-loops-and-parallel", test_self_loops_and_parallel_relations);
  g_test_add_func ("/dataset/valid/unknown-fields-kept", test_unknown_fields_are_kept);
  g_test_add_func ("/dataset/valid/nulls", test_nulls_for_optional_fields);
  g_test_add_func ("/dataset/valid/partial-dates", test_partial_dates);
  g_test_add_func ("/dataset/valid/tiny-number", test_tiny_number);
  g_test_add_func ("/dataset/valid/generated-relation-ids", test_generated_relation_ids);
  g_test_add_func ("/dataset/valid/japanese-and-chinese", test_japanese_and_chinese);
  g_test_add_func ("/dataset/valid/escapes", test_escapes);
  g_test_add_func ("/dataset/valid/undeclared-types", test_undeclared_types);
  g_test_add_func ("/dataset/list-model", test_list_model);
  g_test_add_func ("/dataset/entity-outlives-dataset", test_entity_outlives_dataset);
  g_test_add_func ("/dataset/bundled/loads", test_bundled_loads);
  g_test_add_func ("/dataset/bundled/facts", test_bundled_facts);
  g_test_add_func ("/dataset/bundled/evidence", test_bundled_evidence);
  g_test_add_func ("/dataset/bundled/quotes-are-verbatim", test_bundled_quotes_are_verbatim);

  return g_test_run ();
}

/* test-json-scan.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-json-scan.h"

static void
assert_scan_error (const char *text,
                   gsize       length,
                   int         code,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;

  liaison_load_limits_init (&limits);
  g_assert_false (liaison_json_scan (text, length, &limits, NULL, NULL, &error));
  g_assert_error (error, LIAISON_JSON_SCAN_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_valid_documents (void)
{
  static const char *const documents[] = {
    "{}", "[]", "0", "-0", "1.5e-3", "\"\"", "true", "null",
    "{\"a\": [1, 2.0, -3e+2, \"x\", {\"b\": null}]}",
    " \t\r\n{\"k\" : \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"} \n",
    "9223372036854775807", "-9223372036854775808",
    "{\"a\": 1, \"b\": {\"a\": 2}}",   /* the same key in different objects */
  };
  LiaisonLoadLimits limits;

  liaison_load_limits_init (&limits);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GError) error = NULL;
      LiaisonJsonScanInfo info;

      g_test_message ("%s", documents[i]);
      g_assert_true (liaison_json_scan (documents[i], strlen (documents[i]), &limits, &info, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (info.start, ==, 0);
    }
}

static void
test_counts (void)
{
  const char *text = "{\"a\": [1, [2, 3]], \"b\": {}}";
  LiaisonLoadLimits limits;
  LiaisonJsonScanInfo info;

  liaison_load_limits_init (&limits);
  g_assert_true (liaison_json_scan (text, strlen (text), &limits, &info, NULL, NULL));
  /* object, array, 1, array, 2, 3, object */
  g_assert_cmpuint (info.n_values, ==, 7);
  g_assert_cmpuint (info.max_depth, ==, 3);
}

static void
test_byte_order_mark (void)
{
  const char *text = "\xEF\xBB\xBF{\"a\": 1}";
  LiaisonLoadLimits limits;
  LiaisonJsonScanInfo info;

  liaison_load_limits_init (&limits);
  g_assert_true (liaison_json_scan (text, strlen (text), &limits, &info, NULL, NULL));
  g_assert_cmpuint (info.start, ==, 3);

  /* A byte-order mark anywhere else is text, and not allowed between tokens. */
  assert_scan_error ("{\"a\":\xEF\xBB\xBF 1}", 12, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     "1:6: unexpected “\xEF\xBB\xBF”: text must be in double quotes, and only "
                     "true, false and null are written without them");
}

static void
test_positions_count_characters (void)
{
  /* Columns count characters, not bytes: "日本" is two columns. */
  assert_scan_error ("{\"日本\": x}", strlen ("{\"日本\": x}"), LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     "1:8: unexpected “x”: text must be in double quotes, and only true, false "
                     "and null are written without them");
  assert_scan_error ("{\n  \"a\": 1,\n  \"b\": ]\n}", strlen ("{\n  \"a\": 1,\n  \"b\": ]\n}"),
                     LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     "3:8: unexpected “]” (expected a value)");
}

static void
test_first_problem_wins (void)
{
  /* The syntax error comes before the invalid byte, so it is reported. */
  assert_scan_error ("{'a': \"\xff\"}", 10, LIAISON_JSON_SCAN_ERROR_SYNTAX,
                     "1:2: strings must be in double quotes, not single quotes");
  /* And the other way round. */
  assert_scan_error ("{\"\xff\": 'a'}", 10, LIAISON_JSON_SCAN_ERROR_ENCODING,
                     "1:3: the text is not valid UTF-8 (0xFF)");
}

static void
test_depth_limit (void)
{
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;
  gsize depth = 100000;
  g_autofree char *text = g_malloc (depth * 2);

  /* json-glib crashes on this; the scan must refuse it early and cheaply. */
  memset (text, '[', depth);
  memset (text + depth, ']', depth);

  liaison_load_limits_init (&limits);
  g_assert_false (liaison_json_scan (text, depth * 2, &limits, NULL, NULL, &error));
  g_assert_error (error, LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "1:513: arrays and objects are nested more than 512 deep");

  g_clear_error (&error);
  limits.max_depth = G_MAXUINT;
  g_assert_true (liaison_json_scan (text, depth * 2, &limits, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_string_limit (void)
{
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;
  gsize length = 5 * 1024 * 1024;
  g_autofree char *text = g_malloc (length);

  memset (text, 'x', length);
  memcpy (text, "{\"a\": \"", 7);
  memcpy (text + length - 2, "\"}", 2);

  liaison_load_limits_init (&limits);
  g_assert_false (liaison_json_scan (text, length, &limits, NULL, NULL, &error));
  g_assert_error (error, LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "1:7: a string is longer than the limit of 4194304 bytes");
}

static void
test_value_limit (void)
{
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;
  const char *text = "[1, 2, 3, 4, 5, 6]";

  liaison_load_limits_init (&limits);
  limits.max_values = 5;
  g_assert_false (liaison_json_scan (text, strlen (text), &limits, NULL, NULL, &error));
  g_assert_error (error, LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "1:14: the file has more than 5 values, the limit");
}

static void
test_many_keys (void)
{
  g_autoptr(GString) text = g_string_new ("{");
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;

  /* Enough keys for the hashed duplicate check, with a repeat at the end. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "\"k%u\": %u, ", i, i);
  g_string_append (text, "\"k17\": 0}");

  liaison_load_limits_init (&limits);
  g_assert_false (liaison_json_scan (text->str, text->len, &limits, NULL, NULL, &error));
  g_assert_error (error, LIAISON_JSON_SCAN_ERROR, LIAISON_JSON_SCAN_ERROR_DUPLICATE_KEY);
  g_assert_true (g_str_has_suffix (error->message,
                                   ": the key “k17” appears twice in one object (first at line 1, column 169)"));
}

static void
test_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;
  gsize length = 8 * 1024 * 1024;
  g_autofree char *text = g_malloc (length);

  memset (text, ' ', length);
  text[0] = '[';
  text[length - 1] = ']';

  g_cancellable_cancel (cancellable);
  liaison_load_limits_init (&limits);
  g_assert_false (liaison_json_scan (text, length, &limits, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_outline (void)
{
  const char *text = "{\"title\": \"t\", \"\\u0065ntities\": [ {\"id\": \"a\"} ,2,\n [3] ], \"x\": {\"y\": [1]}}";
  g_autoptr(LiaisonJsonOutline) outline = NULL;
  const LiaisonJsonMember *member;
  LiaisonLoadLimits limits;
  LiaisonJsonScanInfo info;

  liaison_load_limits_init (&limits);
  g_assert_true (liaison_json_scan_outline (text, strlen (text), &limits, &info, &outline, NULL, NULL));
  g_assert_true (outline->is_object);
  g_assert_cmpuint (outline->members->len, ==, 3);

  member = liaison_json_outline_lookup (outline, "title");
  g_assert_nonnull (member);
  g_assert_cmpuint (member->end - member->start, ==, 3);
  g_assert_true (strncmp (text + member->start, "\"t\"", 3) == 0);
  g_assert_null (member->element_starts);

  /* Keys are decoded; each element's first byte is known. */
  member = liaison_json_outline_lookup (outline, "entities");
  g_assert_nonnull (member);
  g_assert_cmpint (text[member->start], ==, '[');
  g_assert_cmpint (text[member->end - 1], ==, ']');
  g_assert_cmpuint (member->element_starts->len, ==, 3);
  g_assert_true (g_str_has_prefix (text + g_array_index (member->element_starts, gsize, 0), "{\"id\""));
  g_assert_true (g_str_has_prefix (text + g_array_index (member->element_starts, gsize, 1), "2,"));
  g_assert_true (g_str_has_prefix (text + g_array_index (member->element_starts, gsize, 2), "[3]"));

  /* Only the top level's members: not those of objects inside it. */
  member = liaison_json_outline_lookup (outline, "x");
  g_assert_nonnull (member);
  g_assert_null (member->element_starts);
  g_assert_null (liaison_json_outline_lookup (outline, "y"));
}

static void
test_outline_of_other_documents (void)
{
  static const char *const documents[] = { "[{\"a\": 1}]", "\"text\"", "{}" };
  LiaisonLoadLimits limits;

  liaison_load_limits_init (&limits);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(LiaisonJsonOutline) outline = NULL;

      g_assert_true (liaison_json_scan_outline (documents[i], strlen (documents[i]), &limits, NULL, &outline, NULL, NULL));
      g_assert_true (outline->is_object == (documents[i][0] == '{'));
      g_assert_cmpuint (outline->members->len, ==, 0);
    }
}

static void
test_long_key_is_cut_between_escapes (void)
{
  g_autofree char *a39 = g_strnfill (39, 'a');
  g_autofree char *key = g_strconcat (a39, "\\u0069\\u0069", NULL);
  g_autofree char *text = g_strdup_printf ("{\"%s\": 1, \"%s\": 2}", key, key);
  g_autofree char *message = NULL;

  /* Forty characters would end inside "\u0069": the key is shown as
   * written, up to the last whole escape.
   */
  message = g_strdup_printf ("1:%u: the key “%s\\u0069…” appears twice in one object (first at line 1, column 2)",
                             (guint) strlen (key) + 9, a39);
  assert_scan_error (text, strlen (text), LIAISON_JSON_SCAN_ERROR_DUPLICATE_KEY, message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-scan/valid", test_valid_documents);
  g_test_add_func ("/json-scan/counts", test_counts);
  g_test_add_func ("/json-scan/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/json-scan/positions-count-characters", test_positions_count_characters);
  g_test_add_func ("/json-scan/first-problem-wins", test_first_problem_wins);
  g_test_add_func ("/json-scan/limit/depth", test_depth_limit);
  g_test_add_func ("/json-scan/limit/string", test_string_limit);
  g_test_add_func ("/json-scan/limit/values", test_value_limit);
  g_test_add_func ("/json-scan/duplicate-key/many-keys", test_many_keys);
  g_test_add_func ("/json-scan/cancel", test_cancel);
  g_test_add_func ("/json-scan/outline", test_outline);
  g_test_add_func ("/json-scan/outline-of-other-documents", test_outline_of_other_documents);
  g_test_add_func ("/json-scan/long-key-is-cut-between-escapes", test_long_key_is_cut_between_escapes);

  return g_test_run ();
}

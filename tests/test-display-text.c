/* test-display-text.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-dataset-builder.h"
#include "liaison-display-text.h"
#include "liaison-graph-builder.h"

#define ZWSP "\xe2\x80\x8b"

static void
test_ordinary_text_unchanged (void)
{
  g_autofree char *shown = liaison_display_text ("Huawei Technologies Japan, 華為技術日本");

  g_assert_cmpstr (shown, ==, "Huawei Technologies Japan, 華為技術日本");
  g_assert_null (liaison_display_text (NULL));
}

static void
test_long_word_gets_break_points (void)
{
  g_autofree char *word = g_strnfill (130, 'x');
  g_autofree char *shown = liaison_display_text (word);
  g_autofree char *expected = NULL;
  g_autofree char *a = g_strnfill (64, 'x');
  g_autofree char *b = g_strnfill (2, 'x');

  /* Every 64 characters, somewhere to break the line. */
  expected = g_strconcat (a, ZWSP, a, ZWSP, b, NULL);
  g_assert_cmpstr (shown, ==, expected);
}

static void
test_very_long_text_is_cut (void)
{
  g_autofree char *text = g_strnfill (LIAISON_MAX_DISPLAY_CHARS + 2500, 'y');
  g_autofree char *shown = liaison_display_text (text);

  /* The first ten thousand characters, then what is left out. */
  g_assert_true (g_str_has_prefix (shown, "yyyy"));
  g_assert_true (g_str_has_suffix (shown, "y… (2500 more characters)"));
  g_assert_cmpuint (g_utf8_strlen (shown, -1), <, LIAISON_MAX_DISPLAY_CHARS + LIAISON_MAX_DISPLAY_CHARS / 64 + 40);
}

static void
test_cut_keeps_characters_whole (void)
{
  const char *family = "ab👨\u200d👩\u200d👧c";
  g_autofree char *accents = g_strdup ("e\u0301e\u0301e\u0301");

  g_assert_cmpuint (liaison_text_cut_length ("abcdef", 3), ==, 3);
  g_assert_cmpuint (liaison_text_cut_length ("abc", 10), ==, 3);
  /* Characters, not bytes. */
  g_assert_cmpuint (liaison_text_cut_length ("华为技术有限公司", 3), ==, strlen ("华为技"));
  /* An accent stays with its letter. */
  g_assert_cmpuint (liaison_text_cut_length (accents, 3), ==, strlen ("e\u0301"));
  /* A family joined by zero-width joiners is one character. */
  g_assert_cmpuint (liaison_text_cut_length (family, 5), ==, 2);
  g_assert_cmpuint (liaison_text_cut_length (family, 7), ==, strlen ("ab👨\u200d👩\u200d👧"));
  /* A flag is a pair of regional indicators. */
  g_assert_cmpuint (liaison_text_cut_length ("🇯🇵🇫🇷", 3), ==, strlen ("🇯🇵"));
  g_assert_cmpuint (liaison_text_cut_length ("x🇯🇵🇫🇷", 4), ==, strlen ("x🇯🇵"));
  /* A skin tone belongs to its hand. */
  g_assert_cmpuint (liaison_text_cut_length ("👍🏽👍🏽", 3), ==, strlen ("👍🏽"));
}

static void
test_shorten (void)
{
  g_autofree char *same = liaison_text_shorten ("華為技術日本", 6);
  g_autofree char *cut = liaison_text_shorten ("華為技術日本", 4);
  g_autofree char *emoji = liaison_text_shorten ("🇯🇵🇯🇵🇯🇵", 3);

  g_assert_cmpstr (same, ==, "華為技術日本");
  g_assert_cmpstr (cut, ==, "華為技術…");
  g_assert_cmpstr (emoji, ==, "🇯🇵…");
}

static void
test_long_text_is_cut_between_characters (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *shown = NULL;

  /* The ten-thousandth character is the first of a family of three. */
  for (guint i = 0; i < LIAISON_MAX_DISPLAY_CHARS - 1; i++)
    g_string_append_c (text, i % 10 == 9 ? ' ' : 'y');
  g_string_append (text, "👨\u200d👩\u200d👧 and more");

  shown = liaison_display_text (text->str);
  g_assert_true (g_utf8_validate (shown, -1, NULL));
  g_assert_true (g_str_has_suffix (shown, "y… (14 more characters)"));
}

static void
test_break_points_skip_accents (void)
{
  g_autofree char *x = g_strnfill (64, 'x');
  g_autofree char *text = g_strconcat (x, "\u0301yy", NULL);
  g_autofree char *shown = liaison_display_text (text);
  g_autofree char *expected = g_strconcat (x, "\u0301" ZWSP "yy", NULL);

  /* A break between a letter and its accent would show the accent alone. */
  g_assert_cmpstr (shown, ==, expected);
}

static void
test_graph_labels_keep_characters_whole (void)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new ("labels");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GBytes) dot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a78 = g_strnfill (78, 'a');
  g_autofree char *label = g_strconcat (a78, "👨\u200d👩\u200d👧 & more", NULL);
  g_autofree char *expected = g_strdup_printf ("%s…", a78);
  g_autofree char *text = NULL;
  LiaisonLocation location = liaison_location_path ("entities", 0);
  LiaisonEntityInput entity = { { 0 } };

  entity.id = (LiaisonValue) { LIAISON_VALUE_STRING, "a" };
  entity.label = (LiaisonValue) { LIAISON_VALUE_STRING, label };
  liaison_dataset_builder_add_entity (builder, &location, &entity);
  dataset = liaison_dataset_builder_finish (builder, &error);
  g_assert_no_error (error);

  /* A node's label is cut to eighty characters: here before the family
   * that the eightieth would split, not after its first member.
   */
  dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, NULL);
  text = g_strndup (g_bytes_get_data (dot, NULL), g_bytes_get_size (dot));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, expected));
  g_assert_null (strstr (text, "👨"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/display-text/ordinary-text-unchanged", test_ordinary_text_unchanged);
  g_test_add_func ("/display-text/long-word-gets-break-points", test_long_word_gets_break_points);
  g_test_add_func ("/display-text/very-long-text-is-cut", test_very_long_text_is_cut);
  g_test_add_func ("/display-text/cut-keeps-characters-whole", test_cut_keeps_characters_whole);
  g_test_add_func ("/display-text/shorten", test_shorten);
  g_test_add_func ("/display-text/long-text-is-cut-between-characters", test_long_text_is_cut_between_characters);
  g_test_add_func ("/display-text/break-points-skip-accents", test_break_points_skip_accents);
  g_test_add_func ("/display-text/graph-labels-keep-characters-whole", test_graph_labels_keep_characters_whole);

  return g_test_run ();
}

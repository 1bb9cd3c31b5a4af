/* test-display-text.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-display-text.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/display-text/ordinary-text-unchanged", test_ordinary_text_unchanged);
  g_test_add_func ("/display-text/long-word-gets-break-points", test_long_word_gets_break_points);
  g_test_add_func ("/display-text/very-long-text-is-cut", test_very_long_text_is_cut);

  return g_test_run ();
}

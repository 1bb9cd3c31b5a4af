/* test-search-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-graph-query.h"
#include "liaison-search-bar.h"
#include "liaison-window-private.h"
#include "ui-test-common.h"

static gboolean
has_results (gpointer data)
{
  LiaisonWindow *window = data;

  return liaison_view_state_get_search_results (liaison_window_get_view_state (window)) != NULL;
}

static void
test_quote_word_selects_relation (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  const LiaisonRelation *wanted = liaison_dataset_lookup_relation (dataset, "ren-would-refuse-chinese-government");
  g_autofree char *title = liaison_relation_dup_title (dataset, wanted);
  GtkListBox *list = ui_test_search_child (window, "results_list");
  GtkWidget *relation_row = NULL;
  gboolean in_relations = FALSE;
  LiaisonElementKind kind;
  guint index;
  GtkLabel *detail;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_search_child (window, "search_entry")), "blankly");
  ui_test_wait_until (has_results, window);
  g_assert_true (gtk_widget_get_visible (ui_test_search_child (window, "results_window")));

  /* "blankly" is only in a quote: the relation they support is listed under
   * Relations, with the quote's words marked.
   */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *text = gtk_label_get_text (ui_test_row_label (row, 0));

      if (!gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
        in_relations = g_str_equal (text, "Relations") || (in_relations && !g_str_equal (text, "Evidence"));
      else if (in_relations && g_str_equal (text, title))
        relation_row = row;
    }
  g_assert_nonnull (relation_row);

  detail = ui_test_row_label (relation_row, 1);
  g_assert_nonnull (detail);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (detail), "Quote: "));
  g_assert_nonnull (strstr (gtk_label_get_text (detail), "blankly"));
  g_assert_nonnull (strstr (gtk_label_get_label (detail), ">blankly</span>"));

  g_signal_emit_by_name (relation_row, "activate");
  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_RELATION);
  g_assert_cmpuint (index, ==, wanted->index);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Text from a dataset is never read as markup: only the marks are. */
static void
test_hit_markup_escapes (void)
{
  static const char text[] = "<i>&</i> telcos";
  LiaisonSearchRange range = { strlen ("<i>&</i> "), strlen (text) };
  LiaisonSearchHit hit = { LIAISON_ELEMENT_RELATION, 0, 0, LIAISON_SEARCH_FIELD_QUOTE, NULL, text, &range, 1 };
  g_autofree char *markup = liaison_search_bar_dup_hit_markup (&hit);
  g_autofree char *plain = NULL;

  g_assert_true (g_str_has_prefix (markup, "&lt;i&gt;&amp;&lt;/i&gt; <span "));
  g_assert_true (g_str_has_suffix (markup, ">telcos</span>"));
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, NULL));
  g_assert_cmpstr (plain, ==, text);
}

/* A name that shows whole up to what was found is not cut before it;
 * a long quote is, from a little before.
 */
static void
test_hit_markup_keeps_names (void)
{
  static const char name[] = "Huawei Technologies Japan";
  static const char quote[] = "The ministry said on Tuesday that the ban covers Japan";
  LiaisonSearchRange name_range = { strlen ("Huawei Technologies "), strlen (name) };
  LiaisonSearchRange quote_range = { strlen (quote) - strlen ("Japan"), strlen (quote) };
  LiaisonSearchHit name_hit = { LIAISON_ELEMENT_ENTITY, 0, G_MAXUINT, LIAISON_SEARCH_FIELD_LABEL, NULL, name, &name_range, 1 };
  LiaisonSearchHit quote_hit = { LIAISON_ELEMENT_RELATION, 0, 0, LIAISON_SEARCH_FIELD_QUOTE, NULL, quote, &quote_range, 1 };
  g_autofree char *name_markup = liaison_search_bar_dup_hit_markup (&name_hit);
  g_autofree char *quote_markup = liaison_search_bar_dup_hit_markup (&quote_hit);

  g_assert_true (g_str_has_prefix (name_markup, "Huawei Technologies <span "));
  g_assert_true (g_str_has_prefix (quote_markup, "…ban covers <span "));

  /* Cut into a word, it starts with the word when the word is short. */
  {
    static const char description[] = "Huawei Technologies Japan is Huawei's arm in Japan";
    LiaisonSearchRange range = { strlen ("Huawei Technologies "), strlen ("Huawei Technologies Japan") };
    LiaisonSearchHit hit = { LIAISON_ELEMENT_ENTITY, 0, G_MAXUINT, LIAISON_SEARCH_FIELD_DESCRIPTION, NULL, description, &range, 1 };
    g_autofree char *markup = liaison_search_bar_dup_hit_markup (&hit);

    g_assert_true (g_str_has_prefix (markup, "…Technologies <span "));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/search-window/quote-word-selects-relation", test_quote_word_selects_relation);
  g_test_add_func ("/search-window/hit-markup-escapes", test_hit_markup_escapes);
  g_test_add_func ("/search-window/hit-markup-keeps-names", test_hit_markup_keeps_names);

  return g_test_run ();
}

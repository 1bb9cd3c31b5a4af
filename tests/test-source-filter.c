/* test-source-filter.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Sources and publishers switched off in the view state: which relations
 * leave, which stay, undo of a switch, and a file read again keeping them.
 */

#include "config.h"

#include "liaison-dataset-loader.h"
#include "liaison-test-util.h"
#include "liaison-view-carry.h"
#include "liaison-view-history.h"

/* r-both is cited by a Times and a Herald article, r-herald only by the
 * Herald, r-post by a source without a publisher, r-none by nothing,
 * r-times by the second Times article.
 */
static const char dataset_text[] =
  "{ \"sources\": ["
  "  { \"id\": \"times-1\", \"title\": \"T1\", \"publisher\": \"Times\" },"
  "  { \"id\": \"times-2\", \"title\": \"T2\", \"publisher\": \"Times\" },"
  "  { \"id\": \"herald-1\", \"title\": \"H1\", \"publisher\": \"Herald\" },"
  "  { \"id\": \"post-1\", \"title\": \"P1\" } ],"
  "  \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"A\" },"
  "  { \"id\": \"b\", \"label\": \"B\" },"
  "  { \"id\": \"c\", \"label\": \"C\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r-both\", \"from\": \"a\", \"to\": \"b\", \"evidence\": ["
  "      { \"source\": \"times-1\" }, { \"source\": \"herald-1\" } ] },"
  "  { \"id\": \"r-herald\", \"from\": \"b\", \"to\": \"c\", \"evidence\": ["
  "      { \"source\": \"herald-1\", \"quote\": \"q\" } ] },"
  "  { \"id\": \"r-post\", \"from\": \"a\", \"to\": \"c\", \"evidence\": ["
  "      { \"source\": \"post-1\" } ] },"
  "  { \"id\": \"r-none\", \"from\": \"c\", \"to\": \"a\" },"
  "  { \"id\": \"r-times\", \"from\": \"c\", \"to\": \"b\", \"evidence\": ["
  "      { \"source\": \"times-2\" } ] } ] }";

/* times-2 is gone, herald-2 is new and comes first, and r-herald moved. */
static const char reread_text[] =
  "{ \"sources\": ["
  "  { \"id\": \"herald-2\", \"title\": \"H2\", \"publisher\": \"Herald\" },"
  "  { \"id\": \"times-1\", \"title\": \"T1\", \"publisher\": \"Times\" },"
  "  { \"id\": \"herald-1\", \"title\": \"H1\", \"publisher\": \"Herald\" },"
  "  { \"id\": \"post-1\", \"title\": \"P1\" } ],"
  "  \"entities\": ["
  "  { \"id\": \"c\", \"label\": \"C\" },"
  "  { \"id\": \"a\", \"label\": \"A\" },"
  "  { \"id\": \"b\", \"label\": \"B\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r-herald\", \"from\": \"b\", \"to\": \"c\", \"evidence\": ["
  "      { \"source\": \"herald-2\" } ] },"
  "  { \"id\": \"r-post\", \"from\": \"a\", \"to\": \"c\", \"evidence\": ["
  "      { \"source\": \"post-1\" } ] } ] }";

/* The ids of the relations @state shows, in dataset order, as one string. */
static char *
shown (LiaisonViewState *state)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (!liaison_view_state_is_relation_visible (state, relation))
        continue;
      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, relation->id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_source (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonSubset) filtered = NULL;
  g_autofree char *ids = NULL;
  guint changes = 0;

  g_signal_connect_swapped (state, "visibility-changed", G_CALLBACK (count_cb), &changes);

  g_assert_true (liaison_view_state_get_source_visible (state, "herald-1"));
  liaison_view_state_set_source_visible (state, "herald-1", FALSE);
  g_assert_false (liaison_view_state_get_source_visible (state, "herald-1"));
  g_assert_cmpuint (changes, ==, 1);
  /* Said again, or of a source the dataset does not have: no change. */
  liaison_view_state_set_source_visible (state, "herald-1", FALSE);
  liaison_view_state_set_source_visible (state, "no-such-source", FALSE);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (liaison_view_state_get_source_visible (state, "no-such-source"));

  /* r-both keeps its Times article; r-none cites nothing to switch off. */
  ids = shown (state);
  g_assert_cmpstr (ids, ==, "r-both r-post r-none r-times");
  g_assert_false (liaison_view_state_is_everything_visible (state));

  /* Entities stay, as with the date filter. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (liaison_view_state_is_entity_visible (state, i));
  filtered = liaison_view_state_dup_filtered (state);
  g_assert_cmpuint (liaison_subset_get_n_entities (filtered), ==, 3);
  g_assert_cmpuint (liaison_subset_get_n_relations (filtered), ==, 4);

  liaison_view_state_set_source_visible (state, "times-1", FALSE);
  g_clear_pointer (&ids, g_free);
  ids = shown (state);
  g_assert_cmpstr (ids, ==, "r-post r-none r-times");

  liaison_view_state_set_source_visible (state, "herald-1", TRUE);
  liaison_view_state_set_source_visible (state, "times-1", TRUE);
  g_assert_cmpuint (changes, ==, 4);
  g_assert_true (liaison_view_state_is_everything_visible (state));
}

static void
test_publisher (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autofree char *ids = NULL;
  guint changes = 0;

  g_signal_connect_swapped (state, "visibility-changed", G_CALLBACK (count_cb), &changes);

  liaison_view_state_set_publisher_visible (state, "Times", FALSE);
  g_assert_false (liaison_view_state_get_publisher_visible (state, "Times"));
  /* The sources' own switches stay as they were. */
  g_assert_true (liaison_view_state_get_source_visible (state, "times-1"));
  ids = shown (state);
  g_assert_cmpstr (ids, ==, "r-both r-herald r-post r-none");

  liaison_view_state_set_publisher_visible (state, "Herald", FALSE);
  g_clear_pointer (&ids, g_free);
  ids = shown (state);
  /* A source without a publisher is never a publisher's. */
  g_assert_cmpstr (ids, ==, "r-post r-none");

  liaison_view_state_set_publisher_visible (state, "Nobody Publishes This", FALSE);
  g_assert_cmpuint (changes, ==, 2);

  /* The copy a layout works from filters alike. */
  {
    g_autoptr(LiaisonViewState) copy = liaison_view_state_copy_visibility (state);
    g_autofree char *copied = shown (copy);

    g_assert_cmpstr (copied, ==, "r-post r-none");
    g_assert_false (liaison_view_state_get_publisher_visible (copy, "Herald"));
  }
}

static gint64 fake_now;

static gint64
fake_clock (void)
{
  return fake_now;
}

static void
test_undo (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  g_autofree char *ids = NULL;

  liaison_view_history_set_clock (history, fake_clock);
  fake_now = 0;
  liaison_view_state_set_source_visible (state, "herald-1", FALSE);
  fake_now += 10;
  liaison_view_state_set_publisher_visible (state, "Times", FALSE);
  /* Two switches, two steps, however close together. */
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  g_assert_true (liaison_view_history_undo (history));
  g_assert_true (liaison_view_state_get_publisher_visible (state, "Times"));
  g_assert_false (liaison_view_state_get_source_visible (state, "herald-1"));
  ids = shown (state);
  g_assert_cmpstr (ids, ==, "r-both r-post r-none r-times");

  g_assert_true (liaison_view_history_undo (history));
  g_assert_true (liaison_view_state_is_everything_visible (state));

  g_assert_true (liaison_view_history_redo (history));
  g_assert_true (liaison_view_history_redo (history));
  g_assert_false (liaison_view_state_get_source_visible (state, "herald-1"));
  g_assert_false (liaison_view_state_get_publisher_visible (state, "Times"));
}

static void
test_carry (void)
{
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (reread_text);
  g_autoptr(LiaisonViewState) from = liaison_view_state_new (old_dataset);
  g_autoptr(LiaisonViewState) to = liaison_view_state_new (new_dataset);
  g_autofree char *ids = NULL;

  liaison_view_state_set_source_visible (from, "post-1", FALSE);
  liaison_view_state_set_source_visible (from, "times-2", FALSE);
  liaison_view_state_set_publisher_visible (from, "Herald", FALSE);

  liaison_view_state_carry_over (from, to);

  g_assert_false (liaison_view_state_get_source_visible (to, "post-1"));
  g_assert_false (liaison_view_state_get_publisher_visible (to, "Herald"));
  g_assert_true (liaison_view_state_get_source_visible (to, "times-1"));
  /* herald-2 is new, but its publisher is switched off. */
  g_assert_true (liaison_view_state_get_source_visible (to, "herald-2"));
  ids = shown (to);
  g_assert_cmpstr (ids, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-filter/source", test_source);
  g_test_add_func ("/source-filter/publisher", test_publisher);
  g_test_add_func ("/source-filter/undo", test_undo);
  g_test_add_func ("/source-filter/carry", test_carry);

  return g_test_run ();
}

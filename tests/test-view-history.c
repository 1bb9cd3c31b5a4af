/* test-view-history.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Undo and redo of what a view state shows, and the count the header
 * gives of it, without a display.
 */

#include "config.h"

#include <locale.h>

#include "liaison-neighbourhood.h"
#include "liaison-test-util.h"
#include "liaison-view-counts.h"
#include "liaison-view-history.h"

/* a — b — c — d, with a and b people, c and d companies. */
static const char chain_json[] =
  "{\"entity_types\": [{\"id\": \"person\"}, {\"id\": \"company\"}],"
  " \"relation_types\": [{\"id\": \"knows\"}, {\"id\": \"owns\"}],"
  " \"entities\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"},"
  "               {\"id\": \"b\", \"label\": \"B\", \"type\": \"person\"},"
  "               {\"id\": \"c\", \"label\": \"C\", \"type\": \"company\"},"
  "               {\"id\": \"d\", \"label\": \"D\", \"type\": \"company\"}],"
  " \"relations\": [{\"id\": \"ab\", \"from\": \"a\", \"to\": \"b\", \"type\": \"knows\", \"date\": \"2010\"},"
  "                {\"id\": \"bc\", \"from\": \"b\", \"to\": \"c\", \"type\": \"owns\", \"date\": \"2015-06\"},"
  "                {\"id\": \"cd\", \"from\": \"c\", \"to\": \"d\", \"type\": \"owns\"}]}";

static gint64 fake_now;

static gint64
fake_clock (void)
{
  return fake_now;
}

static guint
entity (LiaisonDataset *dataset,
        const char     *id)
{
  return liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, id));
}

/* "a b": the ids of the entities @state shows. */
static char *
shown_ids (LiaisonViewState *state)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    if (liaison_view_state_is_entity_visible (state, i))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                              liaison_entity_get_id (liaison_dataset_get_entity (dataset, i)));

  return g_string_free (text, FALSE);
}

static void
assert_shown (LiaisonViewState *state,
              const char       *expected)
{
  g_autofree char *ids = shown_ids (state);

  g_assert_cmpstr (ids, ==, expected);
}

static void
focus (LiaisonViewState *state,
       const char       *id,
       guint             depth)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  g_autoptr(LiaisonSubset) visible = liaison_view_state_dup_filtered (state);
  guint seed = entity (dataset, id);
  g_autoptr(LiaisonSubset) subset = liaison_neighbourhood_new (dataset, visible, &seed, 1, depth);

  liaison_view_state_set_subset (state, subset);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_focus_undo_redo (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (chain_json);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  guint notified = 0;

  g_signal_connect_swapped (history, "notify::can-undo", G_CALLBACK (count_cb), &notified);
  g_assert_false (liaison_view_history_can_undo (history));
  g_assert_false (liaison_view_history_undo (history));

  focus (state, "a", 1);
  assert_shown (state, "a b");
  g_assert_true (liaison_view_history_can_undo (history));
  g_assert_cmpuint (notified, ==, 1);

  focus (state, "d", 2);
  assert_shown (state, "b c d");
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  g_assert_true (liaison_view_history_undo (history));
  assert_shown (state, "a b");
  g_assert_true (liaison_view_history_undo (history));
  assert_shown (state, "a b c d");
  g_assert_true (liaison_view_state_is_everything_visible (state));
  g_assert_false (liaison_view_history_can_undo (history));
  g_assert_cmpuint (liaison_view_history_get_n_redo (history), ==, 2);

  g_assert_true (liaison_view_history_redo (history));
  assert_shown (state, "a b");
  g_assert_true (liaison_view_history_redo (history));
  assert_shown (state, "b c d");
  g_assert_false (liaison_view_history_redo (history));

  /* A new change after an undo: what was undone cannot come back. */
  g_assert_true (liaison_view_history_undo (history));
  focus (state, "c", 1);
  assert_shown (state, "b c d");
  g_assert_false (liaison_view_history_can_redo (history));
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);
  g_assert_true (liaison_view_history_undo (history));
  assert_shown (state, "a b");
}

/* The legend's switches change the state directly; they are undone too. */
static void
test_type_filters (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (chain_json);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  guint changes = 0;

  liaison_view_state_set_entity_type_visible (state, "company", FALSE);
  liaison_view_state_set_relation_type_visible (state, "knows", FALSE);
  assert_shown (state, "a b");
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  /* One undo, one change reported, so the graph is laid out once. */
  g_signal_connect_swapped (state, "visibility-changed", G_CALLBACK (count_cb), &changes);
  g_assert_true (liaison_view_history_undo (history));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (liaison_view_state_get_relation_type_visible (state, "knows"));
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "company"));
  g_assert_true (liaison_view_history_undo (history));
  assert_shown (state, "a b c d");
  g_assert_true (liaison_view_state_is_everything_visible (state));

  /* Undoing is not itself a step. */
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 0);
  g_assert_cmpuint (liaison_view_history_get_n_redo (history), ==, 2);
}

static void
set_since (LiaisonViewState *state,
           guint32           since)
{
  LiaisonDateRange range;

  liaison_date_range_init (&range);
  range.since = since;
  liaison_view_state_set_date_range (state, &range);
}

/* A range dragged along the timeline changes the state many times a
 * second: undo takes back the whole drag.
 */
static void
test_date_range_merges (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (chain_json);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  LiaisonDateRange range;

  liaison_view_history_set_clock (history, fake_clock);
  fake_now = 1000 * G_USEC_PER_SEC;

  for (guint32 year = 2011; year <= 2014; year++)
    {
      set_since (state, year * 10000 + 101);
      fake_now += G_USEC_PER_SEC / 10;
    }
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 1);

  /* A later drag is a step of its own. */
  fake_now += 2 * G_USEC_PER_SEC;
  set_since (state, 20160101);
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  g_assert_true (liaison_view_history_undo (history));
  liaison_view_state_get_date_range (state, &range);
  g_assert_cmpuint (range.since, ==, 20140101);
  g_assert_true (liaison_view_history_undo (history));
  liaison_view_state_get_date_range (state, &range);
  g_assert_true (liaison_date_range_is_everything (&range));

  /* Dragged and brought back to where it was: nothing to undo. */
  liaison_view_history_redo (history);
  liaison_view_history_redo (history);
  fake_now += 2 * G_USEC_PER_SEC;
  set_since (state, 20170101);
  fake_now += G_USEC_PER_SEC / 10;
  set_since (state, 20160101);
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  /* A focus made just after a drag is a step of its own. */
  fake_now += G_USEC_PER_SEC / 10;
  set_since (state, 20150101);
  focus (state, "c", 1);
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 4);
}

typedef struct
{
  GString *log;
  char    *name;
} Move;

static void
move_undo (gpointer          data,
           LiaisonViewState *state)
{
  Move *move = data;

  g_string_append_printf (move->log, "undo %s; ", move->name);
}

static void
move_redo (gpointer          data,
           LiaisonViewState *state)
{
  Move *move = data;

  g_string_append_printf (move->log, "redo %s; ", move->name);
}

static void
move_free (gpointer data)
{
  Move *move = data;

  g_free (move->name);
  g_free (move);
}

static const LiaisonViewChangeFuncs move_funcs = { move_undo, move_redo, move_free };

static Move *
move_new (GString    *log,
          const char *name)
{
  Move *move = g_new0 (Move, 1);

  move->log = log;
  move->name = g_strdup (name);
  return move;
}

/* Several changes made as one are undone as one, last first; a change of
 * another kind (an entity moved) takes its place among them.
 */
static void
test_groups (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (chain_json);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  g_autoptr(GString) log = g_string_new (NULL);

  liaison_view_state_set_entity_type_visible (state, "company", FALSE);
  focus (state, "a", 1);
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  /* Bring c in: its type back on, and it into the focus. */
  liaison_view_history_begin_group (history);
  liaison_view_history_begin_group (history);
  liaison_view_state_set_entity_type_visible (state, "company", TRUE);
  g_assert_false (liaison_view_history_end_group (history));
  liaison_view_history_push (history, &move_funcs, move_new (log, "c"));
  {
    g_autoptr(LiaisonSubset) more = liaison_subset_copy (liaison_view_state_get_subset (state));
    guint c = entity (dataset, "c");

    liaison_neighbourhood_expand (dataset, NULL, more, &c, 1, 0);
    liaison_view_state_set_subset (state, more);
  }
  g_assert_true (liaison_view_history_end_group (history));
  assert_shown (state, "a b c");
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 3);

  g_assert_true (liaison_view_history_undo (history));
  assert_shown (state, "a b");
  g_assert_false (liaison_view_state_get_entity_type_visible (state, "company"));
  g_assert_cmpstr (log->str, ==, "undo c; ");
  g_assert_true (liaison_view_history_redo (history));
  assert_shown (state, "a b c");
  g_assert_cmpstr (log->str, ==, "undo c; redo c; ");

  /* A group that changes nothing is no step. */
  liaison_view_history_begin_group (history);
  liaison_view_state_set_entity_type_visible (state, "company", TRUE);
  g_assert_false (liaison_view_history_end_group (history));
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 3);

  /* A change of another kind alone is a step too. */
  liaison_view_history_push (history, &move_funcs, move_new (log, "d"));
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 4);
  g_assert_true (liaison_view_history_undo (history));
  g_assert_cmpstr (log->str, ==, "undo c; redo c; undo d; ");
  assert_shown (state, "a b c");
}

static void
test_oldest_steps_go (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (chain_json);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);
  guint n = 0;

  for (guint i = 0; i < LIAISON_VIEW_HISTORY_MAX_STEPS + 10; i++)
    liaison_view_state_set_entity_type_visible (state, "company", i % 2 == 1);
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, LIAISON_VIEW_HISTORY_MAX_STEPS);

  while (liaison_view_history_undo (history))
    n++;
  g_assert_cmpuint (n, ==, LIAISON_VIEW_HISTORY_MAX_STEPS);
  /* The ten oldest are gone: companies stay as the tenth left them. */
  g_assert_true (liaison_view_state_get_entity_type_visible (state, "company"));

  liaison_view_history_clear (history);
  g_assert_false (liaison_view_history_can_undo (history));
  g_assert_false (liaison_view_history_can_redo (history));
}

static void
test_number_format (void)
{
  static const struct {
    guint       n;
    const char *text;
  } cases[] = {
    { 0, "0" },
    { 42, "42" },
    { 999, "999" },
    { 1000, "1,000" },
    { 3000, "3,000" },
    { 100000, "100,000" },
    { 1234567, "1,234,567" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = liaison_dup_grouped_number (cases[i].n);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_shown_summary (void)
{
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonViewState) state = NULL;
  g_autofree char *everything = NULL;
  g_autofree char *focused = NULL;
  g_autofree char *filtered = NULL;

  /* A star of 3,000: the hub and 2,999 around it. */
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"E%u\", \"type\": \"%s\"}",
                            i > 0 ? ", " : "", i, i, i < 41 ? "near" : "far");
  g_string_append (json, "], \"relations\": [");
  for (guint i = 1; i < 3000; i++)
    g_string_append_printf (json, "%s{\"from\": \"e0\", \"to\": \"e%u\"}", i > 1 ? ", " : "", i);
  g_string_append (json, "]}");
  dataset = liaison_test_load_text (json->str);
  state = liaison_view_state_new (dataset);

  everything = liaison_view_state_dup_shown_summary (state);
  g_assert_null (everything);

  liaison_view_state_set_entity_type_visible (state, "far", FALSE);
  filtered = liaison_view_state_dup_shown_summary (state);
  g_assert_cmpstr (filtered, ==, "41 of 3,000 entities");
  g_assert_cmpuint (liaison_view_state_count_visible_entities (state), ==, 41);

  /* The hidden type still hides within a focus. */
  liaison_view_state_set_entity_type_visible (state, "far", TRUE);
  focus (state, "e0", 1);
  liaison_view_state_set_entity_type_visible (state, "near", FALSE);
  focused = liaison_view_state_dup_shown_summary (state);
  g_assert_cmpstr (focused, ==, "2,959 of 3,000 entities");
}

/* Focuses on b with what the filters leave, as the paths panel finds its
 * paths again when a filter changes, unless it is already so.
 */
static void
refocus_cb (LiaisonViewState *state)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  g_autoptr(LiaisonSubset) visible = liaison_view_state_dup_filtered (state);
  guint seed = entity (dataset, "b");
  g_autoptr(LiaisonSubset) subset = liaison_neighbourhood_new (dataset, visible, &seed, 1, 1);

  liaison_view_state_set_subset (state, subset);
}

/* A listener that answers a filter change by changing what is explored,
 * connected after the history was made: one step holds both, and its undo
 * puts back the filter and the explored part it had, never one of them.
 */
static void
test_answer_is_same_step (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (chain_json);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewHistory) history = liaison_view_history_new (state);

  focus (state, "b", 1);
  g_signal_connect (state, "visibility-changed", G_CALLBACK (refocus_cb), NULL);
  assert_shown (state, "a b c");
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 1);

  liaison_view_state_set_relation_type_visible (state, "owns", FALSE);
  assert_shown (state, "a b");
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);

  g_assert_true (liaison_view_history_undo (history));
  g_assert_true (liaison_view_state_get_relation_type_visible (state, "owns"));
  assert_shown (state, "a b c");
  g_assert_true (liaison_view_history_redo (history));
  g_assert_false (liaison_view_state_get_relation_type_visible (state, "owns"));
  assert_shown (state, "a b");

  /* A range dragged along the timeline, the explored part following it
   * at each change, is still one step.
   */
  g_assert_true (liaison_view_history_undo (history));
  liaison_view_history_set_clock (history, fake_clock);
  fake_now = 1000 * G_USEC_PER_SEC;
  set_since (state, 20110101);
  assert_shown (state, "b c");
  fake_now += G_USEC_PER_SEC / 10;
  set_since (state, 20160101);
  assert_shown (state, "b");
  g_assert_cmpuint (liaison_view_history_get_n_undo (history), ==, 2);
  g_assert_true (liaison_view_history_undo (history));
  assert_shown (state, "a b c");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view-history/focus-undo-redo", test_focus_undo_redo);
  g_test_add_func ("/view-history/type-filters", test_type_filters);
  g_test_add_func ("/view-history/date-range-merges", test_date_range_merges);
  g_test_add_func ("/view-history/groups", test_groups);
  g_test_add_func ("/view-history/answer-is-same-step", test_answer_is_same_step);
  g_test_add_func ("/view-history/oldest-steps-go", test_oldest_steps_go);
  g_test_add_func ("/view-counts/number-format", test_number_format);
  g_test_add_func ("/view-counts/shown-summary", test_shown_summary);

  return g_test_run ();
}

/* test-view-carry.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A file read again keeps what the user was looking at, by ids: filters,
 * the date range, an exploration, the selection and where entities were.
 */

#include "config.h"

#include "liaison-dataset-loader.h"
#include "liaison-test-util.h"
#include "liaison-view-carry.h"

static const char before[] =
  "{ \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"A\", \"type\": \"person\" },"
  "  { \"id\": \"b\", \"label\": \"B\", \"type\": \"company\" },"
  "  { \"id\": \"c\", \"label\": \"C\", \"type\": \"ministry\" },"
  "  { \"id\": \"d\", \"label\": \"D\", \"type\": \"person\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\", \"type\": \"owns\" },"
  "  { \"id\": \"r2\", \"from\": \"b\", \"to\": \"c\", \"type\": \"funds\" },"
  "  { \"id\": \"r3\", \"from\": \"c\", \"to\": \"d\", \"type\": \"owns\" } ] }";

/* "a" and "r1" are gone, "e" is new and comes first, "ministry" is now
 * "agency", and "b" moved to another index.
 */
static const char after[] =
  "{ \"entities\": ["
  "  { \"id\": \"e\", \"label\": \"E\", \"type\": \"company\" },"
  "  { \"id\": \"d\", \"label\": \"D\", \"type\": \"person\" },"
  "  { \"id\": \"c\", \"label\": \"C\", \"type\": \"agency\" },"
  "  { \"id\": \"b\", \"label\": \"B\", \"type\": \"company\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r2\", \"from\": \"b\", \"to\": \"c\", \"type\": \"funds\" },"
  "  { \"id\": \"r3\", \"from\": \"c\", \"to\": \"d\", \"type\": \"owns\" },"
  "  { \"id\": \"r4\", \"from\": \"e\", \"to\": \"b\", \"type\": \"owns\" } ] }";

static void
test_state (void)
{
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (before);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (after);
  g_autoptr(LiaisonViewState) from = liaison_view_state_new (old_dataset);
  g_autoptr(LiaisonViewState) to = liaison_view_state_new (new_dataset);
  g_autoptr(LiaisonSubset) focus = liaison_subset_new (4, 3);
  LiaisonDateRange range, carried;
  LiaisonSubset *subset;
  LiaisonElementKind kind;
  guint index;

  liaison_view_state_set_entity_type_visible (from, "person", FALSE);
  liaison_view_state_set_entity_type_visible (from, "ministry", FALSE);
  liaison_view_state_set_relation_type_visible (from, "owns", FALSE);
  liaison_date_range_init (&range);
  range.since = 1000;
  range.hide_undated = TRUE;
  liaison_view_state_set_date_range (from, &range);
  liaison_subset_add_entity (focus, liaison_test_entity_index (old_dataset, "a"));
  liaison_subset_add_entity (focus, liaison_test_entity_index (old_dataset, "b"));
  liaison_subset_add_entity (focus, liaison_test_entity_index (old_dataset, "c"));
  liaison_subset_add_relation (focus, 0);
  liaison_subset_add_relation (focus, 1);
  liaison_view_state_set_subset (from, focus);
  liaison_view_state_select (from, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (old_dataset, "b"));

  liaison_view_state_carry_over (from, to);

  /* A hidden type stays hidden; a renamed one is a new type, shown. */
  g_assert_false (liaison_view_state_get_entity_type_visible (to, "person"));
  g_assert_true (liaison_view_state_get_entity_type_visible (to, "company"));
  g_assert_true (liaison_view_state_get_entity_type_visible (to, "agency"));
  g_assert_false (liaison_view_state_get_relation_type_visible (to, "owns"));
  g_assert_true (liaison_view_state_get_relation_type_visible (to, "funds"));

  liaison_view_state_get_date_range (to, &carried);
  g_assert_true (liaison_date_range_equal (&range, &carried));

  /* The exploration keeps "b", "c" and "r2"; "a" and "r1" are gone, and
   * "e", new, is not part of it.
   */
  subset = liaison_view_state_get_subset (to);
  g_assert_nonnull (subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 2);
  g_assert_true (liaison_subset_has_entity (subset, liaison_test_entity_index (new_dataset, "b")));
  g_assert_true (liaison_subset_has_entity (subset, liaison_test_entity_index (new_dataset, "c")));
  g_assert_false (liaison_subset_has_entity (subset, liaison_test_entity_index (new_dataset, "e")));
  g_assert_cmpuint (liaison_subset_get_n_relations (subset), ==, 1);
  g_assert_true (liaison_subset_has_relation (subset, liaison_dataset_lookup_relation (new_dataset, "r2")->index));

  /* The selection follows "b" to its new index. */
  g_assert_true (liaison_view_state_get_selection (to, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (new_dataset, index)), ==, "b");
}

static void
test_removed (void)
{
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (before);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (after);
  g_autoptr(LiaisonViewState) from = liaison_view_state_new (old_dataset);
  g_autoptr(LiaisonViewState) to = liaison_view_state_new (new_dataset);
  g_autoptr(LiaisonSubset) focus = liaison_subset_new (4, 3);

  /* Nothing left of the exploration, or of the selection: everything
   * shows, and nothing is selected.
   */
  liaison_subset_add_entity (focus, liaison_test_entity_index (old_dataset, "a"));
  liaison_view_state_set_subset (from, focus);
  liaison_view_state_select (from, LIAISON_ELEMENT_RELATION, 0);

  liaison_view_state_carry_over (from, to);

  g_assert_null (liaison_view_state_get_subset (to));
  g_assert_false (liaison_view_state_get_selection (to, NULL, NULL));
  g_assert_true (liaison_view_state_is_everything_visible (to));
}

typedef struct
{
  LiaisonViewState *state;
  char             *note;
} SelectionSeen;

static void
selection_changed_cb (LiaisonViewState *state,
                      SelectionSeen    *seen)
{
  LiaisonElementKind kind;
  guint index;

  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_ENTITY);
  g_free (seen->note);
  seen->note = g_strdup (liaison_notes_get (liaison_view_state_get_notes (state), kind,
                                            liaison_entity_get_id (liaison_dataset_get_entity (liaison_view_state_get_dataset (state), index))));
}

static void
test_notes (void)
{
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (before);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (after);
  g_autoptr(LiaisonViewState) from = liaison_view_state_new (old_dataset);
  g_autoptr(LiaisonViewState) to = liaison_view_state_new (new_dataset);
  LiaisonNotes *notes = liaison_view_state_get_notes (from);
  LiaisonNotes *carried = liaison_view_state_get_notes (to);
  SelectionSeen seen = { to, NULL };

  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "a", "gone from the file, still mine");
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "b", "ビーについてのメモ");
  liaison_notes_set (notes, LIAISON_ELEMENT_RELATION, "r1", "removed relation");
  liaison_notes_set (notes, LIAISON_ELEMENT_RELATION, "r2", "still here");
  liaison_view_state_select (from, LIAISON_ELEMENT_ENTITY, liaison_test_entity_index (old_dataset, "b"));
  g_signal_connect (to, "selection-changed", G_CALLBACK (selection_changed_cb), &seen);

  liaison_view_state_carry_over (from, to);

  /* Every note goes over, those on "a" and "r1", which the new version
   * no longer has, too: they are the user's words, not the file's.
   */
  g_assert_cmpuint (liaison_notes_get_n_notes (carried, LIAISON_ELEMENT_ENTITY), ==, 2);
  g_assert_cmpuint (liaison_notes_get_n_notes (carried, LIAISON_ELEMENT_RELATION), ==, 2);
  g_assert_cmpstr (liaison_notes_get (carried, LIAISON_ELEMENT_ENTITY, "a"), ==, "gone from the file, still mine");
  g_assert_cmpstr (liaison_notes_get (carried, LIAISON_ELEMENT_ENTITY, "b"), ==, "ビーについてのメモ");
  g_assert_cmpstr (liaison_notes_get (carried, LIAISON_ELEMENT_RELATION, "r1"), ==, "removed relation");
  g_assert_cmpstr (liaison_notes_get (carried, LIAISON_ELEMENT_RELATION, "r2"), ==, "still here");

  /* The carried selection finds its note as soon as it is selected. */
  g_assert_cmpstr (seen.note, ==, "ビーについてのメモ");
  g_free (seen.note);

  /* A copy: writing in the new view leaves the old one as it was. */
  liaison_notes_set (carried, LIAISON_ELEMENT_ENTITY, "b", NULL);
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "b"), ==, "ビーについてのメモ");
}

static void
test_positions (void)
{
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (before);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (after);
  g_autoptr(LiaisonPositionMemory) from = liaison_position_memory_new (4);
  g_autoptr(LiaisonPositionMemory) to = liaison_position_memory_new (4);
  double x, y, width, height;

  liaison_position_memory_set (from, liaison_test_entity_index (old_dataset, "a"), 1, 2);
  liaison_position_memory_set (from, liaison_test_entity_index (old_dataset, "b"), 30, 40);
  liaison_position_memory_set_size (from, liaison_test_entity_index (old_dataset, "b"), 72, 36);
  liaison_position_memory_set (from, liaison_test_entity_index (old_dataset, "d"), 50, 60);
  liaison_position_memory_set_pinned (from, liaison_test_entity_index (old_dataset, "d"), TRUE);
  liaison_position_memory_set_engine (from, "neato");

  liaison_position_memory_carry_over (from, old_dataset, to, new_dataset);

  g_assert_true (liaison_position_memory_lookup (to, liaison_test_entity_index (new_dataset, "b"), &x, &y));
  g_assert_cmpfloat (x, ==, 30);
  g_assert_cmpfloat (y, ==, 40);
  g_assert_true (liaison_position_memory_get_size (to, liaison_test_entity_index (new_dataset, "b"), &width, &height));
  g_assert_cmpfloat (width, ==, 72);
  g_assert_false (liaison_position_memory_is_pinned (to, liaison_test_entity_index (new_dataset, "b")));

  g_assert_true (liaison_position_memory_lookup (to, liaison_test_entity_index (new_dataset, "d"), &x, &y));
  g_assert_cmpfloat (x, ==, 50);
  g_assert_true (liaison_position_memory_is_pinned (to, liaison_test_entity_index (new_dataset, "d")));

  /* "e" is new, and "c" was never drawn: the layout places them. */
  g_assert_false (liaison_position_memory_lookup (to, liaison_test_entity_index (new_dataset, "e"), &x, &y));
  g_assert_false (liaison_position_memory_lookup (to, liaison_test_entity_index (new_dataset, "c"), &x, &y));
  g_assert_cmpuint (liaison_position_memory_get_n_pinned (to), ==, 1);
  g_assert_cmpstr (liaison_position_memory_get_engine (to), ==, "neato");
}

static gint64 fake_now;

static gint64
fake_clock (void)
{
  return fake_now += 10 * G_USEC_PER_SEC;
}

static LiaisonSubset *
subset_of (LiaisonDataset     *dataset,
           const char * const *entities,
           const char * const *relations)
{
  LiaisonSubset *subset = liaison_subset_new (liaison_dataset_get_n_entities (dataset),
                                              liaison_dataset_get_n_relations (dataset));

  for (guint i = 0; entities[i] != NULL; i++)
    liaison_subset_add_entity (subset, liaison_test_entity_index (dataset, entities[i]));
  for (guint i = 0; relations != NULL && relations[i] != NULL; i++)
    liaison_subset_add_relation (subset, liaison_dataset_lookup_relation (dataset, relations[i])->index);
  return subset;
}

/* Undo goes on across a reload: each step goes over by ids, moves of
 * entities to the new places, and a step that no longer changes anything
 * (a focus on an entity that is gone, a type no longer used, a move of an
 * entity that is gone) is dropped.
 */
static void
test_history (void)
{
  const char *only_a[] = { "a", NULL };
  const char *b_and_c[] = { "b", "c", NULL };
  const char *r2[] = { "r2", NULL };
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (before);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (after);
  g_autoptr(LiaisonViewState) from = liaison_view_state_new (old_dataset);
  g_autoptr(LiaisonViewState) to = liaison_view_state_new (new_dataset);
  g_autoptr(LiaisonViewHistory) old_history = liaison_view_history_new (from);
  g_autoptr(LiaisonViewHistory) new_history = liaison_view_history_new (to);
  g_autoptr(LiaisonPositionMemory) positions = liaison_position_memory_new (4);
  g_autoptr(LiaisonPositionMemory) new_positions = liaison_position_memory_new (4);
  g_autoptr(LiaisonSubset) focus_a = subset_of (old_dataset, only_a, NULL);
  g_autoptr(LiaisonSubset) focus_bc = subset_of (old_dataset, b_and_c, r2);
  LiaisonSubset *subset;
  guint b = liaison_test_entity_index (old_dataset, "b");
  guint a = liaison_test_entity_index (old_dataset, "a");
  double x, y;

  liaison_view_history_set_clock (old_history, fake_clock);
  liaison_view_history_set_clock (new_history, fake_clock);

  liaison_view_state_set_entity_type_visible (from, "person", FALSE);   /* kept */
  liaison_view_state_set_subset (from, focus_a);                         /* "a" is gone */
  liaison_view_state_set_subset (from, focus_bc);                        /* kept */
  liaison_view_state_set_entity_type_visible (from, "ministry", FALSE); /* now "agency" */
  liaison_position_memory_set (positions, b, 0, 0);
  liaison_position_memory_move (positions, old_history, &b, 1, 5, 5);   /* kept */
  liaison_position_memory_set (positions, a, 0, 0);
  liaison_position_memory_move (positions, old_history, &a, 1, 5, 5);   /* "a" is gone */
  liaison_view_state_set_relation_type_visible (from, "funds", FALSE);
  g_assert_true (liaison_view_history_undo (old_history));              /* to redo: kept */
  g_assert_cmpuint (liaison_view_history_get_n_undo (old_history), ==, 6);

  /* As the window does it: the state first, which the new history hears,
   * the positions, then the history.
   */
  liaison_view_state_carry_over (from, to);
  g_assert_cmpuint (liaison_view_history_get_n_undo (new_history), >, 0);
  liaison_position_memory_carry_over (positions, old_dataset, new_positions, new_dataset);
  liaison_view_history_carry_over (old_history, new_history);

  g_assert_cmpuint (liaison_view_history_get_n_undo (new_history), ==, 3);
  g_assert_cmpuint (liaison_view_history_get_n_redo (new_history), ==, 1);

  /* Undo: "b" goes back where it was, at its new index. */
  g_assert_true (liaison_position_memory_lookup (new_positions, liaison_test_entity_index (new_dataset, "b"), &x, &y));
  g_assert_cmpfloat (x, ==, 5);
  g_assert_true (liaison_view_history_undo (new_history));
  g_assert_true (liaison_position_memory_lookup (new_positions, liaison_test_entity_index (new_dataset, "b"), &x, &y));
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);
  g_assert_false (liaison_position_memory_is_pinned (new_positions, liaison_test_entity_index (new_dataset, "b")));
  g_assert_nonnull (liaison_view_state_get_subset (to));

  /* Then the focus on "b" and "c" goes; then people show again. */
  g_assert_true (liaison_view_history_undo (new_history));
  g_assert_null (liaison_view_state_get_subset (to));
  g_assert_false (liaison_view_state_get_entity_type_visible (to, "person"));
  g_assert_true (liaison_view_history_undo (new_history));
  g_assert_true (liaison_view_state_get_entity_type_visible (to, "person"));
  g_assert_true (liaison_view_state_is_everything_visible (to));
  g_assert_false (liaison_view_history_undo (new_history));

  /* Redo all the way: the focus, at the new indices, the move, and
   * "funds" hidden.
   */
  g_assert_true (liaison_view_history_redo (new_history));
  g_assert_true (liaison_view_history_redo (new_history));
  g_assert_true (liaison_view_history_redo (new_history));
  g_assert_true (liaison_position_memory_is_pinned (new_positions, liaison_test_entity_index (new_dataset, "b")));
  subset = liaison_view_state_get_subset (to);
  g_assert_nonnull (subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 2);
  g_assert_true (liaison_subset_has_entity (subset, liaison_test_entity_index (new_dataset, "b")));
  g_assert_true (liaison_subset_has_entity (subset, liaison_test_entity_index (new_dataset, "c")));
  g_assert_true (liaison_view_state_get_relation_type_visible (to, "funds"));
  g_assert_true (liaison_view_history_redo (new_history));
  g_assert_false (liaison_view_state_get_relation_type_visible (to, "funds"));
  g_assert_false (liaison_view_history_redo (new_history));

  /* A change now is recorded on top, as ever. */
  liaison_view_state_set_entity_type_visible (to, "company", FALSE);
  g_assert_cmpuint (liaison_view_history_get_n_undo (new_history), ==, 5);
  g_assert_true (liaison_view_history_undo (new_history));
  g_assert_true (liaison_view_state_get_entity_type_visible (to, "company"));
}

/* The search as typed goes over, and finds in the new version. */
static void
test_search (void)
{
  g_autoptr(LiaisonDataset) old_dataset = liaison_test_load_text (before);
  g_autoptr(LiaisonDataset) new_dataset = liaison_test_load_text (after);
  g_autoptr(LiaisonViewState) from = liaison_view_state_new (old_dataset);
  g_autoptr(LiaisonViewState) to = liaison_view_state_new (new_dataset);
  const guint *matches;
  guint n_matches;

  liaison_view_state_set_search (from, "  D ");
  liaison_view_state_carry_over (from, to);

  g_assert_cmpstr (liaison_view_state_get_search (to), ==, "D");
  matches = liaison_view_state_get_matches (to, &n_matches);
  g_assert_cmpuint (n_matches, ==, 1);
  g_assert_cmpuint (matches[0], ==, liaison_test_entity_index (new_dataset, "d"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view-carry/state", test_state);
  g_test_add_func ("/view-carry/removed", test_removed);
  g_test_add_func ("/view-carry/positions", test_positions);
  g_test_add_func ("/view-carry/notes", test_notes);
  g_test_add_func ("/view-carry/history", test_history);
  g_test_add_func ("/view-carry/search", test_search);

  return g_test_run ();
}

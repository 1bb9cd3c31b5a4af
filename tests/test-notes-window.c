/* test-notes-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A researcher's note in the window: written in the details pane, kept
 * after a pause or when another element is chosen, found by the search,
 * and shown again when the search leads back to its entity.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "liaison-details-pane.h"
#include "liaison-search-bar.h"
#include "liaison-test-util.h"
#include "liaison-window-private.h"
#include "ui-test-common.h"

typedef struct
{
  LiaisonNotes *notes;
  const char   *id;
  const char   *text;   /* or NULL for any */
} NoteQuery;

static gboolean
note_kept (gpointer data)
{
  const NoteQuery *query = data;
  const char *note = liaison_notes_get (query->notes, LIAISON_ELEMENT_ENTITY, query->id);

  return note != NULL && (query->text == NULL || g_str_equal (note, query->text));
}

static gboolean
has_note_results (gpointer data)
{
  LiaisonSearchResults *results = liaison_view_state_get_search_results (liaison_window_get_view_state (data));

  return results != NULL && liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_NOTES) > 0;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkWidget *
placeholder_of (GtkWidget *editor)
{
  /* The dim label over the text view. */
  GtkWidget *overlay = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_widget_get_last_child (editor)));

  if (GTK_IS_VIEWPORT (overlay))
    overlay = gtk_viewport_get_child (GTK_VIEWPORT (overlay));
  return gtk_widget_get_last_child (overlay);
}

static void
test_write_search_select (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  LiaisonNotes *notes = liaison_view_state_get_notes (state);
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  LiaisonNoteEditor *editor = liaison_details_pane_get_note_editor (pane);
  GtkTextView *view = liaison_note_editor_get_view (editor);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  LiaisonEntity *first = liaison_dataset_get_entity (dataset, 0);
  LiaisonEntity *second = liaison_dataset_get_entity (dataset, 1);
  const char *first_id = liaison_entity_get_id (first);
  const char *second_id = liaison_entity_get_id (second);
  GtkListBox *list = ui_test_search_child (window, "results_list");
  GtkWidget *note_row = NULL;
  gboolean in_notes = FALSE;
  NoteQuery query = { notes, first_id, NULL };
  GtkTextIter end;
  g_autofree char *shown = NULL;
  LiaisonElementKind kind;
  guint index;
  GtkLabel *detail;

  /* An entity chosen: its note is empty and says how to start one. */
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_get_visible (placeholder_of (GTK_WIDGET (editor))));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (placeholder_of (GTK_WIDGET (editor)))), ==, "Add a note…");

  /* Written, and kept once the typing pauses. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (buffer, "Met the ministry in Zürich; 港区の会合", -1);
  g_assert_false (gtk_widget_get_visible (placeholder_of (GTK_WIDGET (editor))));
  g_assert_null (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, first_id));
  ui_test_wait_until (note_kept, &query);
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, first_id), ==,
                   "Met the ministry in Zürich; 港区の会合");

  /* Written on another entity and chosen away from at once: kept all
   * the same, and undo in the next one never brings it back.
   */
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, 1);
  g_assert_true (gtk_widget_get_visible (placeholder_of (GTK_WIDGET (editor))));
  gtk_text_buffer_insert_at_cursor (buffer, "second thoughts", -1);
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, 0);
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, second_id), ==, "second thoughts");
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, "Met the ministry in Zürich; 港区の会合");
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));

  /* Written, and kept as soon as the focus leaves the note. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_insert_at_cursor (buffer, " (twice)", -1);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (window->graph_view)));
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, first_id), ==,
                   "Met the ministry in Zürich; 港区の会合 (twice)");
  gtk_text_buffer_set_text (buffer, "Met the ministry in Zürich; 港区の会合", -1);
  liaison_note_editor_commit (editor);

  /* A word of it searched, without its accent; then a Japanese one. */
  liaison_view_state_clear_selection (state);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_search_child (window, "search_entry")), "zurich");
  ui_test_wait_until (has_note_results, window);
  g_assert_true (gtk_widget_get_visible (ui_test_search_child (window, "results_window")));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *text = gtk_label_get_text (ui_test_row_label (row, 0));

      if (!gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
        in_notes = g_str_equal (text, "Notes");
      else if (in_notes && g_str_equal (text, liaison_entity_get_label (first)))
        note_row = row;
    }
  g_assert_nonnull (note_row);
  detail = ui_test_row_label (note_row, 1);
  /* From the start of a word a little before the match, as a long quote
   * is shown.
   */
  g_assert_cmpstr (gtk_label_get_text (detail), ==, "Note: …ministry in Zürich; 港区の会合");
  g_assert_nonnull (strstr (gtk_label_get_label (detail), ">Zürich</span>"));

  /* Chosen, it selects the entity, whose note the details pane shows. */
  g_signal_emit_by_name (note_row, "activate");
  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpuint (index, ==, 0);
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, "Met the ministry in Zürich; 港区の会合");
  g_assert_true (liaison_view_state_is_match (state, 0));

  /* Writing on with the search still on: the results follow the note,
   * and the details stay where the user writes.
   */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_insert_at_cursor (buffer, ", again in May", -1);
  query.text = "Met the ministry in Zürich; 港区の会合, again in May";
  ui_test_wait_until (note_kept, &query);
  g_assert_cmpstr (liaison_search_results_get_hit (liaison_view_state_get_search_results (state),
                                                   LIAISON_SEARCH_GROUP_NOTES, 0)->text, ==, query.text);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "details");

  gtk_editable_set_text (GTK_EDITABLE (ui_test_search_child (window, "search_entry")), "会合");
  ui_test_wait_until (has_note_results, window);
  g_assert_cmpstr (liaison_view_state_get_search (state), ==, "会合");
  g_assert_cmpuint (liaison_search_results_get_count (liaison_view_state_get_search_results (state),
                                                      LIAISON_SEARCH_GROUP_NOTES), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char before_save[] =
  "{ \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"Alice\" },"
  "  { \"id\": \"b\", \"label\": \"Bolt Ltd\" },"
  "  { \"id\": \"c\", \"label\": \"Carol\" } ],"
  "  \"relations\": [ { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\" } ] }";

/* "c" is gone, and "a" moved. */
static const char after_save[] =
  "{ \"entities\": ["
  "  { \"id\": \"b\", \"label\": \"Bolt Ltd\" },"
  "  { \"id\": \"a\", \"label\": \"Alice\" } ],"
  "  \"relations\": [ { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\" } ] }";

typedef struct
{
  LiaisonWindow  *window;
  LiaisonDataset *dataset;
} Waiting;

static gboolean
replaced (gpointer data)
{
  Waiting *waiting = data;

  return liaison_window_get_dataset (waiting->window) != waiting->dataset &&
         !liaison_window_get_loading (waiting->window);
}

/* Saved by an editor while a note is being written: the note goes over
 * to the new version with the rest, and so does one on an entity the
 * new version no longer has.
 */
static void
test_live_reload (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  g_autofree char *dir = g_dir_make_tmp ("liaison-notes-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "people.json", NULL);
  g_autofree char *temporary = g_build_filename (dir, "people.json.swp", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  GtkTextView *view = liaison_note_editor_get_view (liaison_details_pane_get_note_editor (pane));
  Waiting waiting = { window, NULL };
  LiaisonViewState *state;
  LiaisonNotes *notes;
  g_autofree char *shown = NULL;

  g_file_set_contents (path, before_save, -1, &error);
  g_assert_no_error (error);
  liaison_window_open (window, file);
  ui_test_wait_for_load (window);
  state = liaison_window_get_view_state (window);
  liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "c", "Carol left in March");
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY,
                             liaison_entity_get_index (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "a")));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), "Alice signed for Bolt", -1);

  waiting.dataset = liaison_window_get_dataset (window);
  g_file_set_contents (temporary, after_save, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
  ui_test_wait_until (replaced, &waiting);

  state = liaison_window_get_view_state (window);
  notes = liaison_view_state_get_notes (state);
  g_assert_null (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), "c"));
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "a"), ==, "Alice signed for Bolt");
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "c"), ==, "Carol left in March");
  /* The selection went over too, and the pane shows its note. */
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, "Alice signed for Bolt");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A pane handed another state (a reload does that before it carries the
 * notes over) first keeps what was being written, in the old state.
 */
static void
test_state_change (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (before_save);
  g_autoptr(LiaisonViewState) old_state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewState) new_state = liaison_view_state_new (dataset);
  GtkWidget *pane = g_object_ref_sink (liaison_details_pane_new ());
  GtkTextView *view = liaison_note_editor_get_view (liaison_details_pane_get_note_editor (LIAISON_DETAILS_PANE (pane)));
  g_autofree char *shown = NULL;

  liaison_details_pane_set_state (LIAISON_DETAILS_PANE (pane), old_state);
  liaison_view_state_select (old_state, LIAISON_ELEMENT_ENTITY, 2);
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), "unfinished thought", -1);
  liaison_details_pane_set_state (LIAISON_DETAILS_PANE (pane), new_state);

  g_assert_cmpstr (liaison_notes_get (liaison_view_state_get_notes (old_state), LIAISON_ELEMENT_ENTITY, "c"), ==,
                   "unfinished thought");
  g_assert_null (liaison_notes_get (liaison_view_state_get_notes (new_state), LIAISON_ELEMENT_ENTITY, "c"));
  /* Nothing is selected in the new state: no note to show. */
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (liaison_details_pane_get_note_editor (LIAISON_DETAILS_PANE (pane)))));

  g_object_unref (pane);
}

/* Ctrl+Z and Shift+Ctrl+Z while writing a note undo and redo the
 * writing, not the changes to what the graph shows, which stay as they
 * were and can still be undone and redone from elsewhere.
 */
static void
test_undo_in_note (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  const char *first_type = liaison_dataset_get_entity_type (dataset, 0)->id;
  const char *second_type = liaison_dataset_get_entity_type (dataset, 1)->id;
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  GtkTextView *view = liaison_note_editor_get_view (liaison_details_pane_get_note_editor (pane));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  /* Two types hidden, the second shown again: both Undo and Redo have
   * something to do for the graph.
   */
  liaison_view_state_set_entity_type_visible (state, first_type, FALSE);
  ui_test_wait_for_load (window);
  liaison_view_state_set_entity_type_visible (state, second_type, FALSE);
  ui_test_wait_for_load (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_test_wait_for_load (window);
  g_assert_true (liaison_view_state_get_entity_type_visible (state, second_type));
  g_assert_true (liaison_view_history_can_undo (window->history));
  g_assert_true (liaison_view_history_can_redo (window->history));

  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  gtk_text_buffer_insert_at_cursor (buffer, "typed by mistake", -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  undone = buffer_text (view);
  g_assert_cmpstr (undone, ==, "");
  g_assert_false (liaison_view_state_get_entity_type_visible (state, first_type));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  redone = buffer_text (view);
  g_assert_cmpstr (redone, ==, "typed by mistake");
  g_assert_true (liaison_view_state_get_entity_type_visible (state, second_type));
  g_assert_true (liaison_view_history_can_undo (window->history));
  g_assert_true (liaison_view_history_can_redo (window->history));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A note of several lines shows on the one line of its result. */
static void
test_hit_on_one_line (void)
{
  static const char text[] = "First line\nraid in 2019\r\n\tthird";
  LiaisonSearchRange range = { strlen ("First line\n"), strlen ("First line\nraid") };
  LiaisonSearchHit hit = { LIAISON_ELEMENT_ENTITY, 0, G_MAXUINT, LIAISON_SEARCH_FIELD_NOTE, NULL, text, &range, 1 };
  g_autofree char *markup = liaison_search_bar_dup_hit_markup (&hit);
  g_autofree char *plain = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, NULL));
  g_assert_cmpstr (plain, ==, "First line raid in 2019   third");
  g_assert_nonnull (strstr (markup, ">raid</span> in 2019"));
}

/* The text view is named by its heading for a screen reader. */
static void
test_accessible (void)
{
  GtkWidget *editor = liaison_note_editor_new ();
  GtkTextView *view = liaison_note_editor_get_view (LIAISON_NOTE_EDITOR (editor));
  GtkWidget *heading = gtk_widget_get_first_child (editor);

  g_object_ref_sink (editor);
  g_assert_true (GTK_IS_LABEL (heading));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, "Note");
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (heading)) == GTK_WIDGET (view));
  g_assert_false (gtk_text_view_get_accepts_tab (view));
  g_object_unref (editor);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/notes-window/write-search-select", test_write_search_select);
  g_test_add_func ("/notes-window/accessible", test_accessible);
  g_test_add_func ("/notes-window/live-reload", test_live_reload);
  g_test_add_func ("/notes-window/state-change", test_state_change);
  g_test_add_func ("/notes-window/undo-in-note", test_undo_in_note);
  g_test_add_func ("/notes-window/hit-on-one-line", test_hit_on_one_line);

  return g_test_run ();
}

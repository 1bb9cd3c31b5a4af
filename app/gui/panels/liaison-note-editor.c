/* liaison-note-editor.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-note-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-note-editor.h"

struct _LiaisonNoteEditor
{
  GtkWidget      parent_instance;

  /* children */
  GtkWidget     *heading;
  GtkWidget     *scroller;
  GtkTextView   *view;
  GtkWidget     *placeholder;

  /* owned */
  LiaisonNotes  *notes;
  LiaisonElementKind kind;
  char          *id;
  guint          pause_id;      /* a commit waiting for the typing to stop */
  gboolean       loading;       /* the buffer is being filled from the notes */
};

G_DEFINE_FINAL_TYPE (LiaisonNoteEditor, liaison_note_editor, GTK_TYPE_WIDGET)

static char *
dup_text (LiaisonNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_placeholder (LiaisonNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);

  gtk_widget_set_visible (self->placeholder, gtk_text_buffer_get_char_count (buffer) == 0);
}

/* A note that is only spaces and line breaks is no note; otherwise it is
 * kept as written.
 */
void
liaison_note_editor_commit (LiaisonNoteEditor *self)
{
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;

  g_return_if_fail (LIAISON_IS_NOTE_EDITOR (self));

  g_clear_handle_id (&self->pause_id, g_source_remove);
  if (self->notes == NULL || self->id == NULL)
    return;

  text = dup_text (self);
  stripped = g_strstrip (g_strdup (text));
  liaison_notes_set (self->notes, self->kind, self->id, stripped[0] != '\0' ? text : NULL);
}

static gboolean
pause_cb (gpointer data)
{
  LiaisonNoteEditor *self = data;

  self->pause_id = 0;
  liaison_note_editor_commit (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (LiaisonNoteEditor *self)
{
  update_placeholder (self);
  if (self->loading || self->notes == NULL)
    return;

  g_clear_handle_id (&self->pause_id, g_source_remove);
  self->pause_id = g_timeout_add (LIAISON_NOTE_EDITOR_PAUSE_MS, pause_cb, self);
}

/* Fills the buffer with the note as it is kept, as one step that undo
 * does not go back over: Ctrl+Z never brings back another element's note.
 */
static void
load (LiaisonNoteEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  const char *note = self->notes != NULL && self->id != NULL ? liaison_notes_get (self->notes, self->kind, self->id) : NULL;

  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->loading = FALSE;
  update_placeholder (self);
}

/* Notes changed elsewhere (another pane, an investigation opened): the
 * editor shows them unless the user is in the middle of writing, whose
 * words win.
 */
static void
notes_changed_cb (LiaisonNoteEditor *self)
{
  g_autofree char *text = NULL;
  const char *note;

  if (self->pause_id != 0 || self->id == NULL)
    return;

  text = dup_text (self);
  note = liaison_notes_get (self->notes, self->kind, self->id);
  /* Our own commit, or spaces that make no note: nothing to show anew. */
  if (note == NULL ? g_strstrip (text)[0] == '\0' : strcmp (text, note) == 0)
    return;
  load (self);
}

static void
focus_leave_cb (LiaisonNoteEditor *self)
{
  if (self->pause_id != 0)
    liaison_note_editor_commit (self);
}

/* Turns to @id's note in @notes (NULL for none), keeping first what was
 * written on the one before.
 */
void
liaison_note_editor_set_target (LiaisonNoteEditor  *self,
                                LiaisonNotes       *notes,
                                LiaisonElementKind  kind,
                                const char         *id)
{
  g_return_if_fail (LIAISON_IS_NOTE_EDITOR (self));
  g_return_if_fail (notes == NULL || LIAISON_IS_NOTES (notes));

  if (notes == self->notes && kind == self->kind && g_strcmp0 (id, self->id) == 0)
    return;

  if (self->pause_id != 0)
    liaison_note_editor_commit (self);

  if (self->notes != notes)
    {
      if (self->notes != NULL)
        g_signal_handlers_disconnect_by_func (self->notes, notes_changed_cb, self);
      g_set_object (&self->notes, notes);
      if (notes != NULL)
        g_signal_connect_object (notes, "changed", G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->kind = kind;
  g_free (self->id);
  self->id = notes != NULL ? g_strdup (id) : NULL;

  load (self);
}

GtkTextView *
liaison_note_editor_get_view (LiaisonNoteEditor *self)
{
  g_return_val_if_fail (LIAISON_IS_NOTE_EDITOR (self), NULL);

  return self->view;
}

static void
liaison_note_editor_dispose (GObject *object)
{
  LiaisonNoteEditor *self = (LiaisonNoteEditor *)object;
  GtkWidget *child;

  /* Closing the window keeps what was just typed. */
  if (self->pause_id != 0)
    liaison_note_editor_commit (self);
  liaison_note_editor_set_target (self, NULL, LIAISON_ELEMENT_ENTITY, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liaison_note_editor_parent_class)->dispose (object);
}

static void
liaison_note_editor_finalize (GObject *object)
{
  LiaisonNoteEditor *self = (LiaisonNoteEditor *)object;

  g_free (self->id);

  G_OBJECT_CLASS (liaison_note_editor_parent_class)->finalize (object);
}

static void
liaison_note_editor_class_init (LiaisonNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_note_editor_dispose;
  object_class->finalize = liaison_note_editor_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "noteeditor");
}

static void
liaison_note_editor_init (LiaisonNoteEditor *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkEventController *focus;
  GtkWidget *overlay;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  /* TRANSLATORS: the heading over the user's own note; _ marks the access key */
  self->heading = gtk_label_new_with_mnemonic (_("_Note"));
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_widget_set_parent (self->heading, GTK_WIDGET (self));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 8);
  gtk_text_view_set_bottom_margin (self->view, 8);
  gtk_text_view_set_left_margin (self->view, 10);
  gtk_text_view_set_right_margin (self->view, 10);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->view), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (self->heading), GTK_WIDGET (self->view));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->heading, NULL,
                                  -1);
  /* TRANSLATORS: shown in the empty note; the user's own words go there */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, _("Add a note…"),
                                  -1);
  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);

  /* GtkTextView has no placeholder of its own: a dim label over it that
   * lets clicks through.
   */
  self->placeholder = gtk_label_new (_("Add a note…"));
  gtk_label_set_xalign (GTK_LABEL (self->placeholder), 0);
  gtk_label_set_wrap (GTK_LABEL (self->placeholder), TRUE);
  gtk_widget_set_valign (self->placeholder, GTK_ALIGN_START);
  gtk_widget_set_halign (self->placeholder, GTK_ALIGN_FILL);
  gtk_widget_set_can_target (self->placeholder, FALSE);
  /* Where the text view's first line starts. */
  gtk_widget_set_margin_start (self->placeholder, 10);
  gtk_widget_set_margin_end (self->placeholder, 10);
  gtk_widget_set_margin_top (self->placeholder, 8);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_add_css_class (self->placeholder, "note-placeholder");
  /* The text view says it to a screen reader already. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->placeholder), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->view));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->placeholder);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scroller), 180);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), overlay);
  gtk_widget_add_css_class (self->scroller, "card");
  gtk_widget_add_css_class (self->scroller, "note-frame");
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  update_placeholder (self);
}

GtkWidget *
liaison_note_editor_new (void)
{
  return g_object_new (LIAISON_TYPE_NOTE_EDITOR, NULL);
}

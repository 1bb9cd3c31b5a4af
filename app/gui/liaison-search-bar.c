/* liaison-search-bar.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-search-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-display-text.h"
#include "liaison-graph-query.h"
#include "liaison-search-bar.h"

/* How many hits of each group the list under the entry shows: few
 * entities, since the entity list below shows them all.
 */
#define MAX_ROWS 20
#define MAX_ENTITY_ROWS 3

struct _LiaisonSearchBar
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkSearchBar     *search_bar;
  GtkSearchEntry   *search_entry;
  GtkLabel         *match_label;
  GtkWidget        *results_window;
  GtkListBox       *results_list;

  /* borrowed */
  GtkRoot          *root;
  GtkWidget        *return_focus;  /* weak: where keys go when the search closes */

  /* owned */
  LiaisonViewState *state;
  LiaisonGraphView *view;
  int               match_position;
  LiaisonSearchIndex *index;         /* the last one built, for states of its dataset */
  GCancellable     *index_cancellable;
};

enum {
  PROP_0,
  PROP_STATE,
  PROP_VIEW,
  PROP_KEY_CAPTURE_WIDGET,
  PROP_SEARCH_MODE_ENABLED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonSearchBar, liaison_search_bar, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static const char *
field_name (const LiaisonSearchHit *hit)
{
  switch (hit->field)
    {
    case LIAISON_SEARCH_FIELD_LABEL:
      return _("Label");
    case LIAISON_SEARCH_FIELD_ALIAS:
      return _("Alias");
    case LIAISON_SEARCH_FIELD_ID:
      return _("Id");
    case LIAISON_SEARCH_FIELD_DESCRIPTION:
      return _("Description");
    case LIAISON_SEARCH_FIELD_ATTRIBUTE:
      return hit->key;
    case LIAISON_SEARCH_FIELD_TYPE:
      return _("Type");
    case LIAISON_SEARCH_FIELD_DATE:
      return _("Date");
    case LIAISON_SEARCH_FIELD_QUOTE:
      return _("Quote");
    case LIAISON_SEARCH_FIELD_SOURCE_TITLE:
      return _("Source");
    case LIAISON_SEARCH_FIELD_SOURCE_PUBLISHER:
      return _("Publisher");
    case LIAISON_SEARCH_FIELD_SOURCE_AUTHOR:
      return _("Author");
    case LIAISON_SEARCH_FIELD_NOTE:
      /* TRANSLATORS: the user's own note on an entity or relation */
      return _("Note");
    default:
      g_assert_not_reached ();
    }
}

/* A note or a quote may run over several lines; a result is one, so
 * its line breaks and tabs read as spaces (one byte for one, so the
 * ranges found stay where they are).
 */
static void
append_escaped (GString    *markup,
                const char *text,
                gssize      length)
{
  g_autofree char *line = g_strndup (text, length);
  g_autofree char *escaped = NULL;

  for (char *p = line; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  escaped = g_markup_escape_text (line, -1);
  g_string_append (markup, escaped);
}

/* The hit's text around its first match, the matches marked. Every piece
 * of the data goes through g_markup_escape_text(): only the marks are
 * markup.
 */
char *
liaison_search_bar_dup_hit_markup (const LiaisonSearchHit *hit)
{
  GString *markup = g_string_new (NULL);
  const char *text = hit->text != NULL ? hit->text : "";
  gsize length = strlen (text);
  gsize from = 0;
  gsize to, position;
  glong room;

  /* A long quote is shown from a little before what was found: the
   * sidebar is narrow. A text that shows whole up to what was found, an
   * entity's name mostly, is not cut: "…ologies Japan" names nothing.
   * An entity's own label has the row to itself; the others follow the
   * field's name, in smaller type.
   */
  room = hit->kind == LIAISON_ELEMENT_ENTITY && hit->field == LIAISON_SEARCH_FIELD_LABEL &&
         hit->evidence == G_MAXUINT ? 26 : 20;
  if (hit->n_ranges > 0 && g_utf8_strlen (text, hit->ranges[0].end) > room &&
      g_utf8_strlen (text, hit->ranges[0].start) > 12)
    {
      const char *p = text + hit->ranges[0].start;

      const char *word;

      for (guint i = 0; i < 8; i++)
        p = g_utf8_prev_char (p);
      /* From the start of the word cut into, if it starts close by. */
      word = p;
      for (guint i = 0; i < 8 && word > text && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (word))); i++)
        word = g_utf8_prev_char (word);
      if (word > text && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (word))))
        p = word;
      from = p - text;
      g_string_append (markup, "…");
    }
  to = from + liaison_text_cut_length (text + from, 160);

  position = from;
  for (guint i = 0; i < hit->n_ranges; i++)
    {
      gsize start = MAX (hit->ranges[i].start, from);
      gsize end = MIN (hit->ranges[i].end, to);

      if (end <= start)
        continue;
      append_escaped (markup, text + position, start - position);
      g_string_append (markup, "<span weight=\"bold\" bgcolor=\"#f6d32d\" bgalpha=\"45%\">");
      append_escaped (markup, text + start, end - start);
      g_string_append (markup, "</span>");
      position = end;
    }
  append_escaped (markup, text + position, to - position);
  if (to < length)
    g_string_append (markup, "…");

  return g_string_free (markup, FALSE);
}

static const char *
group_name (LiaisonSearchGroup group,
            guint              count)
{
  switch (group)
    {
    case LIAISON_SEARCH_GROUP_ENTITIES:
      return _("Entities");
    case LIAISON_SEARCH_GROUP_RELATIONS:
      return _("Relations");
    case LIAISON_SEARCH_GROUP_EVIDENCE:
      /* The details pane's heading, which has a plural. */
      return ngettext ("Evidence", "Evidence", count);
    case LIAISON_SEARCH_GROUP_NOTES:
      /* TRANSLATORS: the user's own notes on entities and relations */
      return _("Notes");
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
new_header (const char *name,
            guint       count)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (name);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (number);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "search-group");
  return row;
}

static GtkWidget *
new_label (const char *markup,
           gboolean    dim)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "caption");
  return label;
}

static GtkWidget *
new_hit_row (LiaisonSearchBar       *self,
             const LiaisonSearchHit *hit)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (self->state);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = NULL;
  g_autofree char *hit_markup = liaison_search_bar_dup_hit_markup (hit);

  if (hit->kind == LIAISON_ELEMENT_ENTITY)
    title = g_strdup (liaison_entity_get_label (liaison_dataset_get_entity (dataset, hit->index)));
  else
    title = liaison_relation_dup_title (dataset, liaison_dataset_get_relation (dataset, hit->index));

  /* A match in an entity's own label is shown in the label itself. */
  if (hit->kind == LIAISON_ELEMENT_ENTITY && hit->field == LIAISON_SEARCH_FIELD_LABEL &&
      hit->evidence == G_MAXUINT)
    gtk_box_append (GTK_BOX (box), new_label (hit_markup, FALSE));
  else
    {
      g_autofree char *shown = liaison_text_shorten (title, 120);
      g_autofree char *escaped_title = g_markup_escape_text (shown, -1);
      g_autofree char *escaped_field = g_markup_escape_text (field_name (hit), -1);
      g_autofree char *detail = NULL;

      gtk_box_append (GTK_BOX (box), new_label (escaped_title, FALSE));
      /* TRANSLATORS: a search result's field and what was found there, "Quote: …the ban…" */
      detail = g_strdup_printf (_("%s: %s"), escaped_field, hit_markup);
      gtk_box_append (GTK_BOX (box), new_label (detail, TRUE));
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "liaison-kind", GUINT_TO_POINTER (hit->kind));
  g_object_set_data (G_OBJECT (row), "liaison-index", GUINT_TO_POINTER (hit->index));
  return row;
}

/* The user's notes come right after the few entities: they are the
 * user's own words, few, and often why the search was typed.
 */
static const LiaisonSearchGroup group_order[] = {
  LIAISON_SEARCH_GROUP_ENTITIES,
  LIAISON_SEARCH_GROUP_NOTES,
  LIAISON_SEARCH_GROUP_RELATIONS,
  LIAISON_SEARCH_GROUP_EVIDENCE,
};
G_STATIC_ASSERT (G_N_ELEMENTS (group_order) == LIAISON_SEARCH_N_GROUPS);

static void
update_results (LiaisonSearchBar *self)
{
  LiaisonSearchResults *results = self->state != NULL ? liaison_view_state_get_search_results (self->state) : NULL;
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  for (guint o = 0; results != NULL && o < G_N_ELEMENTS (group_order); o++)
    {
      LiaisonSearchGroup g = group_order[o];
      guint count = liaison_search_results_get_count (results, g);
      guint n_rows = MIN (liaison_search_results_get_n_hits (results, g),
                          g == LIAISON_SEARCH_GROUP_ENTITIES ? MAX_ENTITY_ROWS : MAX_ROWS);

      if (count == 0)
        continue;

      any = TRUE;
      gtk_list_box_append (self->results_list, new_header (group_name (g, count), count));
      for (guint i = 0; i < n_rows; i++)
        gtk_list_box_append (self->results_list,
                             new_hit_row (self, liaison_search_results_get_hit (results, g, i)));
      if (count > n_rows)
        {
          g_autofree char *more = g_strdup_printf (ngettext ("%u more", "%u more", count - n_rows), count - n_rows);
          GtkWidget *row = gtk_list_box_row_new ();
          GtkWidget *label = gtk_label_new (more);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_widget_set_focusable (row, FALSE);
          gtk_list_box_append (self->results_list, row);
        }
    }

  gtk_widget_set_visible (self->results_window, any);
}

/* A relation or a quote chosen in the list is selected in the graph, as
 * an entity is, and brought into view when it is there.
 */
static void
result_activated_cb (LiaisonSearchBar *self,
                     GtkListBoxRow    *row)
{
  LiaisonElementKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "liaison-kind"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "liaison-index"));
  LiaisonScene *scene;

  if (self->state == NULL)
    return;

  liaison_view_state_select (self->state, kind, index);
  scene = self->view != NULL ? liaison_graph_view_get_scene (self->view) : NULL;
  if (scene != NULL && liaison_scene_lookup (scene, kind, index) != NULL)
    liaison_graph_view_center_on (self->view, kind, index);
}

static void
update_matches (LiaisonSearchBar *self)
{
  const char *search = self->state != NULL ? liaison_view_state_get_search (self->state) : NULL;
  const guint *matches;
  guint n_all = 0;
  guint n_matches = 0;

  self->match_position = -1;
  update_results (self);

  if (search == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->match_label), FALSE);
      return;
    }

  /* Matches a focus or a filter hides are not counted: the list below
   * says which they are, and offers to bring them in.
   */
  matches = liaison_view_state_get_matches (self->state, &n_all);
  for (guint i = 0; i < n_all; i++)
    n_matches += liaison_view_state_is_entity_visible (self->state, matches[i]);
  if (n_matches == 0)
    gtk_label_set_label (self->match_label, _("No matches"));
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u match", "%u matches", n_matches), n_matches);

      gtk_label_set_label (self->match_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->match_label), TRUE);
}

static void
search_changed_cb (LiaisonSearchBar *self,
                   GtkSearchEntry   *entry)
{
  if (self->state != NULL)
    liaison_view_state_set_search (self->state, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter and Shift+Enter, and Ctrl+G, step through the matches that are in
 * the graph, selecting and centring each.
 */
void
liaison_search_bar_step_match (LiaisonSearchBar *self,
                               int               direction)
{
  LiaisonScene *scene;
  const guint *matches;
  guint n_matches;

  g_return_if_fail (LIAISON_IS_SEARCH_BAR (self));

  scene = self->view != NULL ? liaison_graph_view_get_scene (self->view) : NULL;
  if (self->state == NULL || scene == NULL)
    return;

  matches = liaison_view_state_get_matches (self->state, &n_matches);
  for (guint tries = 0; tries < n_matches; tries++)
    {
      guint index;

      self->match_position = (self->match_position + direction + (int) n_matches) % (int) n_matches;
      index = matches[self->match_position];
      if (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, index) == NULL)
        continue;

      liaison_view_state_select (self->state, LIAISON_ELEMENT_ENTITY, index);
      liaison_graph_view_center_on (self->view, LIAISON_ELEMENT_ENTITY, index);
      return;
    }
}

static void
next_match_cb (LiaisonSearchBar *self)
{
  liaison_search_bar_step_match (self, 1);
}

static void
previous_match_cb (LiaisonSearchBar *self)
{
  liaison_search_bar_step_match (self, -1);
}

static gboolean
key_pressed_cb (LiaisonSearchBar      *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      liaison_search_bar_step_match (self, -1);
      return GDK_EVENT_STOP;
    }

  /* Down goes from the entry to the results. */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && gtk_widget_get_visible (self->results_window))
    return gtk_widget_child_focus (GTK_WIDGET (self->results_list), GTK_DIR_TAB_FORWARD) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

  return GDK_EVENT_PROPAGATE;
}

static gboolean
focus_is_inside (LiaisonSearchBar *self)
{
  GtkWidget *focus = gtk_root_get_focus (self->root);

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

/* Remembers where the keys went before a search took them... */
static void
focus_changed_cb (LiaisonSearchBar *self)
{
  GtkWidget *focus = gtk_root_get_focus (self->root);

  if (focus != NULL && !focus_is_inside (self))
    g_set_weak_pointer (&self->return_focus, focus);
}

/* ...and gives them back when it closes (on Escape, say): otherwise they
 * stay with the entry as it slides away, and the f meant for the graph
 * becomes a search for "f".
 */
static void
search_mode_changed_cb (LiaisonSearchBar *self)
{
  GtkWidget *focus;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);

  if (self->root == NULL || gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* A click elsewhere that closed it has put the keys there already. */
  focus = gtk_root_get_focus (self->root);
  if (focus != NULL && !focus_is_inside (self))
    return;

  if (self->return_focus != NULL && gtk_widget_get_mapped (self->return_focus) &&
      gtk_widget_grab_focus (self->return_focus))
    return;

  if (self->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
liaison_search_bar_root (GtkWidget *widget)
{
  LiaisonSearchBar *self = LIAISON_SEARCH_BAR (widget);

  GTK_WIDGET_CLASS (liaison_search_bar_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_swapped (self->root, "notify::focus-widget", G_CALLBACK (focus_changed_cb), self);
}

static void
liaison_search_bar_unroot (GtkWidget *widget)
{
  LiaisonSearchBar *self = LIAISON_SEARCH_BAR (widget);

  g_signal_handlers_disconnect_by_func (self->root, focus_changed_cb, self);
  self->root = NULL;
  g_clear_weak_pointer (&self->return_focus);

  GTK_WIDGET_CLASS (liaison_search_bar_parent_class)->unroot (widget);
}

/* Ctrl+F lands in the entry. */
static gboolean
liaison_search_bar_grab_focus (GtkWidget *widget)
{
  LiaisonSearchBar *self = LIAISON_SEARCH_BAR (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
liaison_search_bar_dispose (GObject *object)
{
  LiaisonSearchBar *self = (LiaisonSearchBar *)object;

  g_cancellable_cancel (self->index_cancellable);
  g_clear_object (&self->index_cancellable);
  liaison_search_bar_set_state (self, NULL);
  g_clear_pointer (&self->index, liaison_search_index_unref);
  g_clear_object (&self->view);
  g_clear_weak_pointer (&self->return_focus);
  if (self->search_bar != NULL)
    g_signal_handlers_disconnect_by_func (self->search_bar, search_mode_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_SEARCH_BAR);

  G_OBJECT_CLASS (liaison_search_bar_parent_class)->dispose (object);
}

static void
liaison_search_bar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonSearchBar *self = LIAISON_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    case PROP_KEY_CAPTURE_WIDGET:
      g_value_set_object (value, liaison_search_bar_get_key_capture_widget (self));
      break;
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, liaison_search_bar_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_search_bar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonSearchBar *self = LIAISON_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_search_bar_set_state (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      liaison_search_bar_set_view (self, g_value_get_object (value));
      break;
    case PROP_KEY_CAPTURE_WIDGET:
      liaison_search_bar_set_key_capture_widget (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE_ENABLED:
      liaison_search_bar_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_search_bar_class_init (LiaisonSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_search_bar_dispose;
  object_class->get_property = liaison_search_bar_get_property;
  object_class->set_property = liaison_search_bar_set_property;

  widget_class->root = liaison_search_bar_root;
  widget_class->unroot = liaison_search_bar_unroot;
  widget_class->grab_focus = liaison_search_bar_grab_focus;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Where matches are found and shown, and the keys go when it closes. */
  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, LIAISON_TYPE_GRAPH_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Typing there opens the search. */
  properties[PROP_KEY_CAPTURE_WIDGET] =
    g_param_spec_object ("key-capture-widget", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonSearchBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonSearchBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LiaisonSearchBar, match_label);
  gtk_widget_class_bind_template_child (widget_class, LiaisonSearchBar, results_window);
  gtk_widget_class_bind_template_child (widget_class, LiaisonSearchBar, results_list);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
liaison_search_bar_init (LiaisonSearchBar *self)
{
  GtkEventController *controller;

  self->match_position = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Connected, the bar closes on Escape and clears the search when it
   * closes.
   */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (search_mode_changed_cb), self);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);
}

GtkWidget *
liaison_search_bar_new (void)
{
  return g_object_new (LIAISON_TYPE_SEARCH_BAR, NULL);
}

LiaisonViewState *
liaison_search_bar_get_state (LiaisonSearchBar *self)
{
  g_return_val_if_fail (LIAISON_IS_SEARCH_BAR (self), NULL);

  return self->state;
}

static void
index_built_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LiaisonSearchBar) self = user_data;
  g_autoptr(LiaisonSearchIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  index = liaison_search_index_new_finish (result, &error);
  if (index == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Search index: %s", error->message);
      return;
    }

  g_clear_pointer (&self->index, liaison_search_index_unref);
  self->index = liaison_search_index_ref (index);
  if (self->state != NULL && liaison_view_state_get_dataset (self->state) == liaison_search_index_get_dataset (index))
    liaison_view_state_set_search_index (self->state, index);
}

/* Each dataset's index is built once, on a worker thread; the states of
 * that dataset (an exploration makes new ones) share it.
 */
static void
ensure_index (LiaisonSearchBar *self)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (self->state);

  if (liaison_view_state_get_search_index (self->state) != NULL)
    return;

  if (self->index != NULL && liaison_search_index_get_dataset (self->index) == dataset)
    {
      liaison_view_state_set_search_index (self->state, self->index);
      return;
    }

  g_cancellable_cancel (self->index_cancellable);
  g_clear_object (&self->index_cancellable);
  self->index_cancellable = g_cancellable_new ();
  liaison_search_index_new_async (dataset, self->index_cancellable, index_built_cb, g_object_ref (self));
}

/* A new state (a new dataset) takes up the search that is typed. */
void
liaison_search_bar_set_state (LiaisonSearchBar *self,
                              LiaisonViewState *state)
{
  g_return_if_fail (LIAISON_IS_SEARCH_BAR (self));
  g_return_if_fail (!state || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, update_matches, self);

  g_set_object (&self->state, state);

  if (state != NULL)
    {
      g_signal_connect_object (state, "search-changed", G_CALLBACK (update_matches), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "visibility-changed", G_CALLBACK (update_matches), self, G_CONNECT_SWAPPED);
      liaison_view_state_set_search (state, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      ensure_index (self);
    }

  update_matches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

LiaisonGraphView *
liaison_search_bar_get_view (LiaisonSearchBar *self)
{
  g_return_val_if_fail (LIAISON_IS_SEARCH_BAR (self), NULL);

  return self->view;
}

void
liaison_search_bar_set_view (LiaisonSearchBar *self,
                             LiaisonGraphView *view)
{
  g_return_if_fail (LIAISON_IS_SEARCH_BAR (self));
  g_return_if_fail (!view || LIAISON_IS_GRAPH_VIEW (view));

  if (g_set_object (&self->view, view))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

GtkWidget *
liaison_search_bar_get_key_capture_widget (LiaisonSearchBar *self)
{
  g_return_val_if_fail (LIAISON_IS_SEARCH_BAR (self), NULL);

  return gtk_search_bar_get_key_capture_widget (self->search_bar);
}

void
liaison_search_bar_set_key_capture_widget (LiaisonSearchBar *self,
                                           GtkWidget        *widget)
{
  g_return_if_fail (LIAISON_IS_SEARCH_BAR (self));
  g_return_if_fail (!widget || GTK_IS_WIDGET (widget));

  if (gtk_search_bar_get_key_capture_widget (self->search_bar) == widget)
    return;

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_CAPTURE_WIDGET]);
}

gboolean
liaison_search_bar_get_search_mode (LiaisonSearchBar *self)
{
  g_return_val_if_fail (LIAISON_IS_SEARCH_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/* Closing the bar empties the entry, and so ends the search. */
void
liaison_search_bar_set_search_mode (LiaisonSearchBar *self,
                                    gboolean          search_mode)
{
  g_return_if_fail (LIAISON_IS_SEARCH_BAR (self));

  /* The inner bar notifies only on change, and search_mode_changed_cb
   * passes that on.
   */
  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

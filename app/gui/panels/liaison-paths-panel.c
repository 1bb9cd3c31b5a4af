/* liaison-paths-panel.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Connections panel: every shortest path between two entities, on
 * the graph and listed, "No connection" with each one's group when there
 * is none, and giving back what was shown before once it closes. How a
 * path reads in the list is in liaison-paths-panel-rows.c, the search for
 * longer paths in liaison-paths-panel-longer.c.
 */

#define G_LOG_DOMAIN "liaison-paths-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "liaison-paths-panel-private.h"
#include "liaison-shortest-paths.h"
#include "liaison-simple-paths.h"

/* The longest paths a user may ask for, in relations. */
#define MAX_LONGER_LENGTH 12

enum {
  PROP_0,
  PROP_STATE,
  PROP_ACTIVE,
  PROP_SEARCHING,
  N_PROPS
};

enum {
  CLOSED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonPathsPanel, liaison_paths_panel, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
entity_label (LiaisonDataset *dataset,
              guint           index)
{
  return liaison_entity_get_label (liaison_dataset_get_entity (dataset, index));
}

static void
link_clicked_cb (GtkButton         *button,
                 LiaisonPathsPanel *self)
{
  guint relation = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "relation"));

  if (self->state != NULL)
    liaison_view_state_select (self->state, LIAISON_ELEMENT_RELATION, relation);
}

/* A path's row at the end of the list; the panel keeps its chain, for
 * liaison_paths_panel_dup_chains().
 */
void
_liaison_paths_panel_append_path (LiaisonPathsPanel *self,
                                  LiaisonDataset    *dataset,
                                  GArray            *path)
{
  char *chain = liaison_path_dup_text (dataset, path);

  g_ptr_array_add (self->chains, chain);
  gtk_list_box_append (GTK_LIST_BOX (self->list),
                       _liaison_paths_panel_new_path_row (dataset, path, chain, G_CALLBACK (link_clicked_cb), self));
}

void
_liaison_paths_panel_append_note (LiaisonPathsPanel *self,
                                  const char        *text,
                                  const char        *css_class)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = _liaison_paths_panel_new_label (text, css_class);

  gtk_widget_add_css_class (label, "path-note");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

static void
clear_list (LiaisonPathsPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->chains, 0);
  self->longer_heading = NULL;
}

/* "Huawei is in a group of 35 entities.", or why it is in none. */
static char *
dup_group_text (LiaisonDataset *dataset,
                guint           entity,
                guint           size)
{
  /* Only an entity the filters hide is in no group, not even its own. */
  if (size == 0)
    /* TRANSLATORS: an entity that a type filter leaves out */
    return g_strdup_printf (_("%s is hidden by the filters."), entity_label (dataset, entity));

  /* TRANSLATORS: an entity and the size of the connected part of the
   * graph it is in, e.g. "Huawei is in a group of 35 entities" */
  return g_strdup_printf (ngettext ("%s is in a group of %u entity.", "%s is in a group of %u entities.", size),
                          entity_label (dataset, entity), size);
}

static void
show_no_connection (LiaisonPathsPanel *self,
                    LiaisonDataset    *dataset)
{
  guint from_size = liaison_shortest_paths_get_component_size (self->paths, LIAISON_PATH_FROM);
  guint to_size = liaison_shortest_paths_get_component_size (self->paths, LIAISON_PATH_TO);
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;

  from_text = dup_group_text (dataset, self->from, from_size);
  to_text = dup_group_text (dataset, self->to, to_size);
  if (from_size > 0 && to_size > 0)
    /* TRANSLATORS: the two sentences above, then what the graph shows */
    description = g_strdup_printf (_("%s %s The graph shows both groups."), from_text, to_text);
  else
    /* TRANSLATORS: the two sentences above */
    description = g_strdup_printf (_("%s %s"), from_text, to_text);
  gtk_label_set_label (GTK_LABEL (self->summary_label), description);
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->none_page), escaped);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "none");
  gtk_widget_set_sensitive (self->longer_box, FALSE);
}

/* Shows @subset on the graph, with what the filters let through. */
void
_liaison_paths_panel_show_subset (LiaisonPathsPanel *self,
                                  LiaisonSubset     *subset)
{
  g_clear_pointer (&self->shown, liaison_subset_unref);
  self->shown = subset != NULL ? liaison_subset_ref (subset) : NULL;
  liaison_view_state_set_subset (self->state, subset);
}

/* Leaves the graph as it is: something else has changed what it shows.
 * The ends, what the panel showed and what was explored before stay, so
 * that an undo that puts those paths back on the graph opens the panel
 * again as it was.
 */
static void
deactivate (LiaisonPathsPanel *self)
{
  _liaison_paths_panel_cancel_longer (self);
  self->active = FALSE;
  g_clear_pointer (&self->paths, liaison_shortest_paths_free);
  g_clear_pointer (&self->visible, liaison_subset_unref);
  clear_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
set_active (LiaisonPathsPanel *self)
{
  if (self->active)
    return;

  self->active = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* The shortest paths between the panel's ends within what the filters
 * let through now, listed and on the graph.
 */
static void
find_paths (LiaisonPathsPanel *self)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  g_autofree char *summary = NULL;
  LiaisonDataset *dataset = liaison_view_state_get_dataset (self->state);
  guint from = self->from, to = self->to;
  guint64 n_more = 0, count;
  guint length;

  _liaison_paths_panel_cancel_longer (self);
  g_clear_pointer (&self->paths, liaison_shortest_paths_free);
  g_clear_pointer (&self->visible, liaison_subset_unref);
  /* Type and date filters first, then the paths within what they leave. */
  self->visible = liaison_view_state_dup_filtered (self->state);
  /* Linear in the graph, whatever the number of paths: no thread needed. */
  self->paths = liaison_shortest_paths_find (dataset, self->visible, from, to, NULL, &error);
  g_assert_no_error (error);

  clear_list (self);
  /* TRANSLATORS: the panel's title: from one entity to another */
  summary = g_strdup_printf (_("%s to %s"), entity_label (dataset, from), entity_label (dataset, to));
  gtk_label_set_label (GTK_LABEL (self->title_label), summary);
  g_clear_pointer (&summary, g_free);

  if (!liaison_shortest_paths_is_connected (self->paths))
    {
      shown = liaison_shortest_paths_dup_component (self->paths, LIAISON_PATH_FROM);
      if (from != to)
        {
          g_autoptr(LiaisonSubset) other = liaison_shortest_paths_dup_component (self->paths, LIAISON_PATH_TO);

          liaison_subset_union (shown, other);
        }
      show_no_connection (self, dataset);
      _liaison_paths_panel_show_subset (self, shown);
      return;
    }

  length = liaison_shortest_paths_get_length (self->paths);
  count = liaison_shortest_paths_count (self->paths);
  if (count == G_MAXUINT64)
    /* TRANSLATORS: more shortest paths than can be counted */
    summary = g_strdup_printf (_("More shortest paths than can be counted, each of %u relations"), length);
  else if (length == 0)
    summary = g_strdup (_("An entity is its own connection"));
  else
    {
      g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT, count);
      /* TRANSLATORS: the number of shortest paths, e.g. "2 shortest paths" */
      g_autofree char *paths = g_strdup_printf (ngettext ("%s shortest path", "%s shortest paths", count), number);
      g_autofree char *relations = g_strdup_printf (ngettext ("%u relation", "%u relations", length), length);

      /* TRANSLATORS: how many shortest paths, and how long each is, e.g.
       * "2 shortest paths of 3 relations" */
      summary = g_strdup_printf (_("%s of %s"), paths, relations);
    }
  gtk_label_set_label (GTK_LABEL (self->summary_label), summary);

  /* Listed lazily from the distances: at most the cap is ever walked. */
  listed = liaison_shortest_paths_list (self->paths, LIAISON_MAX_LISTED_PATHS, &n_more);
  for (guint i = 0; i < listed->len; i++)
    _liaison_paths_panel_append_path (self, dataset, g_ptr_array_index (listed, i));
  if (n_more == G_MAXUINT64)
    _liaison_paths_panel_append_note (self, _("and more than can be counted"), "dim-label");
  else if (n_more > 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT, n_more);
      /* TRANSLATORS: after the listed paths, how many more there are */
      g_autofree char *more = g_strdup_printf (ngettext ("and %s more", "and %s more", n_more), number);

      _liaison_paths_panel_append_note (self, more, "dim-label");
    }
  g_object_set_data (G_OBJECT (self->list), "n-shortest", GUINT_TO_POINTER (self->chains->len));

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "paths");
  gtk_widget_set_sensitive (self->longer_box, length > 0);
  gtk_spin_button_set_range (GTK_SPIN_BUTTON (self->length_spin), MIN (length + 1, MAX_LONGER_LENGTH),
                             MAX (length + 1, MAX_LONGER_LENGTH));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->length_spin), length + 1);
  gtk_label_set_label (GTK_LABEL (self->longer_label), "");

  shown = liaison_subset_copy (liaison_shortest_paths_get_subset (self->paths));
  _liaison_paths_panel_show_subset (self, shown);
}

/* Every shortest path from @from to @to, on the graph and listed. What
 * was explored before comes back when the panel is closed.
 */
void
liaison_paths_panel_show_paths (LiaisonPathsPanel *self,
                                guint              from,
                                guint              to)
{
  LiaisonDataset *dataset;

  g_return_if_fail (LIAISON_IS_PATHS_PANEL (self));
  g_return_if_fail (self->state != NULL);

  dataset = liaison_view_state_get_dataset (self->state);
  g_return_if_fail (from < liaison_dataset_get_n_entities (dataset) && to < liaison_dataset_get_n_entities (dataset));

  if (!self->active)
    {
      LiaisonSubset *previous = liaison_view_state_get_subset (self->state);

      g_clear_pointer (&self->previous, liaison_subset_unref);
      self->previous = previous != NULL ? liaison_subset_ref (previous) : NULL;
    }

  self->from = from;
  self->to = to;
  self->has_ends = TRUE;
  set_active (self);
  find_paths (self);
}

static void
find_clicked_cb (LiaisonPathsPanel *self)
{
  liaison_paths_panel_find_longer (self, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->length_spin)));
}

static void
cancel_clicked_cb (LiaisonPathsPanel *self)
{
  _liaison_paths_panel_cancel_longer (self);
  gtk_label_set_label (GTK_LABEL (self->longer_label), _("The search for longer paths was stopped"));
}

/* Gives back what was explored before the paths were shown. */
void
liaison_paths_panel_close (LiaisonPathsPanel *self)
{
  g_autoptr(LiaisonSubset) previous = NULL;

  g_return_if_fail (LIAISON_IS_PATHS_PANEL (self));

  _liaison_paths_panel_cancel_longer (self);
  if (!self->active)
    return;

  self->active = FALSE;
  previous = self->previous != NULL ? liaison_subset_ref (self->previous) : NULL;
  g_clear_pointer (&self->paths, liaison_shortest_paths_free);
  g_clear_pointer (&self->visible, liaison_subset_unref);
  clear_list (self);
  /* Not show_subset(): what the panel showed stays known, for an undo. */
  if (self->state != NULL)
    liaison_view_state_set_subset (self->state, previous);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_signal_emit (self, signals[CLOSED], 0);
}

gboolean
liaison_paths_panel_get_active (LiaisonPathsPanel *self)
{
  g_return_val_if_fail (LIAISON_IS_PATHS_PANEL (self), FALSE);

  return self->active;
}

gboolean
liaison_paths_panel_get_searching (LiaisonPathsPanel *self)
{
  g_return_val_if_fail (LIAISON_IS_PATHS_PANEL (self), FALSE);

  return self->longer_cancellable != NULL;
}

/* "2 shortest paths of 3 relation(s)", or why there is none. */
const char *
liaison_paths_panel_get_summary (LiaisonPathsPanel *self)
{
  g_return_val_if_fail (LIAISON_IS_PATHS_PANEL (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->summary_label));
}

/* Returns: (transfer full): the listed paths as they read, one a line. */
char *
liaison_paths_panel_dup_chains (LiaisonPathsPanel *self)
{
  GString *text;

  g_return_val_if_fail (LIAISON_IS_PATHS_PANEL (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->chains->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (self->chains, i));

  return g_string_free (text, FALSE);
}

LiaisonViewState *
liaison_paths_panel_get_state (LiaisonPathsPanel *self)
{
  g_return_val_if_fail (LIAISON_IS_PATHS_PANEL (self), NULL);

  return self->state;
}

/* Whether @subset is what the panel's paths are within what the filters
 * let through now: an undo or a redo that put back the filters and the
 * paths found under them together.
 */
static gboolean
is_paths_now (LiaisonPathsPanel *self,
              LiaisonSubset     *subset)
{
  g_autoptr(LiaisonSubset) filtered = liaison_view_state_dup_filtered (self->state);
  g_autoptr(LiaisonShortestPaths) paths = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;

  paths = liaison_shortest_paths_find (liaison_view_state_get_dataset (self->state), filtered, self->from, self->to,
                                       NULL, NULL);
  if (paths == NULL)
    return FALSE;

  if (liaison_shortest_paths_is_connected (paths))
    return liaison_subset_equal (subset, liaison_shortest_paths_get_subset (paths));

  shown = liaison_shortest_paths_dup_component (paths, LIAISON_PATH_FROM);
  if (self->from != self->to)
    {
      g_autoptr(LiaisonSubset) other = liaison_shortest_paths_dup_component (paths, LIAISON_PATH_TO);

      liaison_subset_union (shown, other);
    }
  return liaison_subset_equal (subset, shown);
}

/* What the graph shows is the panel's as long as it is what the panel
 * last showed, or the paths under the filters now. A filter changed under
 * it (a type switched off, the timeline's range): the paths are found
 * again within what it now lets through, and the view history keeps both
 * changes as one step. An undo or redo that brings back the panel's paths
 * opens it again. Anything else showing another part of the graph (a
 * focus, Show Everything) closes the panel and leaves the graph as that
 * made it.
 */
static void
visibility_changed_cb (LiaisonPathsPanel *self)
{
  g_autoptr(LiaisonSubset) filtered = NULL;
  LiaisonSubset *subset;

  if (self->state == NULL || !self->has_ends)
    return;

  subset = liaison_view_state_get_subset (self->state);
  if (subset != NULL && self->shown != NULL && liaison_subset_equal (subset, self->shown))
    {
      filtered = liaison_view_state_dup_filtered (self->state);
      if (!self->active || self->visible == NULL || !liaison_subset_equal (filtered, self->visible))
        {
          set_active (self);
          find_paths (self);
        }
      return;
    }

  if (subset != NULL && is_paths_now (self, subset))
    {
      set_active (self);
      find_paths (self);
      return;
    }

  if (self->active)
    deactivate (self);
}

/* A new state is a new dataset, or none: the paths of the old one go. */
void
liaison_paths_panel_set_state (LiaisonPathsPanel *self,
                               LiaisonViewState  *state)
{
  g_return_if_fail (LIAISON_IS_PATHS_PANEL (self));
  g_return_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  if (self->active)
    {
      /* Nothing to give back to a state that is going away. */
      g_clear_object (&self->state);
      liaison_paths_panel_close (self);
    }
  self->has_ends = FALSE;
  g_clear_pointer (&self->previous, liaison_subset_unref);
  g_clear_pointer (&self->shown, liaison_subset_unref);
  g_set_object (&self->state, state);
  if (state != NULL)
    g_signal_connect_object (state, "visibility-changed", G_CALLBACK (visibility_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
liaison_paths_panel_dispose (GObject *object)
{
  LiaisonPathsPanel *self = (LiaisonPathsPanel *)object;
  GtkWidget *child;

  _liaison_paths_panel_cancel_longer (self);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->state);
  g_clear_pointer (&self->previous, liaison_subset_unref);
  g_clear_pointer (&self->shown, liaison_subset_unref);
  g_clear_pointer (&self->visible, liaison_subset_unref);
  g_clear_pointer (&self->paths, liaison_shortest_paths_free);
  g_clear_pointer (&self->chains, g_ptr_array_unref);

  G_OBJECT_CLASS (liaison_paths_panel_parent_class)->dispose (object);
}

static void
liaison_paths_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiaisonPathsPanel *self = LIAISON_PATHS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, self->longer_cancellable != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_paths_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiaisonPathsPanel *self = LIAISON_PATHS_PANEL (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_paths_panel_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_paths_panel_class_init (LiaisonPathsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_paths_panel_dispose;
  object_class->get_property = liaison_paths_panel_get_property;
  object_class->set_property = liaison_paths_panel_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* TRUE while paths are shown, until closed. */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "pathspanel");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
liaison_paths_panel_init (LiaisonPathsPanel *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *kicker = _liaison_paths_panel_new_label (_("Connections"), "caption-heading");
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *longer_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *longer_text = gtk_label_new_with_mnemonic (_("_Longer paths, up to"));
  GtkWidget *relations_text = gtk_label_new (_("relations"));

  self->chains = g_ptr_array_new_with_free_func (g_free);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (layout, 6);

  /* Header: what is shown, and the way back. */
  gtk_widget_add_css_class (kicker, "dim-label");
  self->title_label = _liaison_paths_panel_new_label (NULL, "heading");
  gtk_box_append (GTK_BOX (heading), kicker);
  gtk_box_append (GTK_BOX (heading), self->title_label);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (header), heading);
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_set_valign (close, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (close, _("Close and Show the Previous View"));
  g_signal_connect_object (close, "clicked", G_CALLBACK (liaison_paths_panel_close), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), close);
  gtk_widget_add_css_class (header, "paths-header");
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  self->summary_label = _liaison_paths_panel_new_label (NULL, "paths-summary");
  gtk_widget_set_parent (self->summary_label, GTK_WIDGET (self));

  /* The paths, or why there are none. */
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "paths-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Paths"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  self->none_page = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (self->none_page), _("No Connection"));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->none_page), "action-unavailable-symbolic");
  gtk_widget_add_css_class (self->none_page, "compact");

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "paths");
  gtk_stack_add_named (GTK_STACK (self->stack), self->none_page, "none");
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  /* Longer paths on request: there may be very many. */
  self->length_spin = gtk_spin_button_new_with_range (1, MAX_LONGER_LENGTH, 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (longer_text), self->length_spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->length_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Longest path to look for, in relations"), -1);
  self->find_button = gtk_button_new_with_mnemonic (_("_Find"));
  gtk_widget_set_tooltip_text (self->find_button, _("Find the longer paths too"));
  g_signal_connect_object (self->find_button, "clicked", G_CALLBACK (find_clicked_cb), self, G_CONNECT_SWAPPED);
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Stop"));
  gtk_widget_set_visible (self->cancel_button, FALSE);
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self, G_CONNECT_SWAPPED);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (longer_row), longer_text);
  gtk_box_append (GTK_BOX (longer_row), self->length_spin);
  gtk_box_append (GTK_BOX (longer_row), relations_text);
  gtk_box_append (GTK_BOX (longer_row), self->spinner);
  gtk_box_append (GTK_BOX (longer_row), self->find_button);
  gtk_box_append (GTK_BOX (longer_row), self->cancel_button);

  self->longer_label = _liaison_paths_panel_new_label (NULL, "dim-label");
  gtk_widget_add_css_class (self->longer_label, "caption");
  self->longer_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_box_append (GTK_BOX (self->longer_box), longer_row);
  gtk_box_append (GTK_BOX (self->longer_box), self->longer_label);
  gtk_widget_add_css_class (self->longer_box, "paths-longer");
  gtk_widget_set_parent (self->longer_box, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Connections"), -1);
}

GtkWidget *
liaison_paths_panel_new (void)
{
  return g_object_new (LIAISON_TYPE_PATHS_PANEL, NULL);
}

/* liaison-window-explore.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exploring in the window: focus on an entity and its neighbours, expand,
 * hide, show everything again, and undo and redo each of these. The
 * questions are the core's (liaison-neighbourhood.c, shared with
 * --focus); the history is the core's too (liaison-view-history.c), which
 * also undoes what the legend and the timeline change. This file turns
 * menus, keys and clicks into those calls.
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-neighbourhood.h"
#include "liaison-window-private.h"

/* A change of what is shown, made of one or more changes of the state:
 * one step to undo, and one layout rather than one each.
 */
static void
begin_change (LiaisonWindow *self)
{
  g_signal_handlers_block_by_func (self->state, liaison_window_relayout, self);
  liaison_view_history_begin_group (self->history);
}

static void
end_change (LiaisonWindow *self)
{
  gboolean changed = liaison_view_history_end_group (self->history);

  g_signal_handlers_unblock_by_func (self->state, liaison_window_relayout, self);
  if (changed)
    liaison_window_relayout (self);
}

static gboolean
is_entity (LiaisonWindow *self,
           guint          index)
{
  return self->state != NULL && index < liaison_dataset_get_n_entities (self->dataset);
}

/* Shows @index and what lies within @depth steps of it, and nothing else;
 * or, when @add, that besides what is shown already.
 */
static void
focus (LiaisonWindow *self,
       guint          index,
       guint          depth,
       gboolean       add)
{
  g_autoptr(LiaisonSubset) visible = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  LiaisonSubset *current;

  if (!is_entity (self, index))
    return;

  depth = CLAMP (depth, LIAISON_MIN_FOCUS_DEPTH, LIAISON_MAX_FOCUS_DEPTH);
  visible = liaison_view_state_dup_filtered (self->state);
  current = liaison_view_state_get_subset (self->state);

  if (add && current != NULL)
    {
      /* The state's subset is read only: a new one for the new view. */
      shown = liaison_subset_copy (current);
      liaison_neighbourhood_expand (self->dataset, visible, shown, &index, 1, depth);
    }
  else
    shown = liaison_neighbourhood_new (self->dataset, visible, &index, 1, depth);

  begin_change (self);
  liaison_view_state_set_subset (self->state, shown);
  end_change (self);
}

static void
focus_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  guint index, depth;

  g_variant_get (parameter, "(uu)", &index, &depth);
  focus (LIAISON_WINDOW (widget), index, depth, FALSE);
}

static void
add_to_focus_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  focus (LIAISON_WINDOW (widget), g_variant_get_uint32 (parameter), 1, TRUE);
}

/* One more step out from @index, which is shown already. */
static void
expand (LiaisonWindow *self,
        guint          index)
{
  g_autoptr(LiaisonSubset) visible = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  LiaisonSubset *current;

  if (!is_entity (self, index))
    return;

  /* With everything shown, there is nothing further out. */
  current = liaison_view_state_get_subset (self->state);
  if (current == NULL)
    return;

  visible = liaison_view_state_dup_filtered (self->state);
  shown = liaison_subset_copy (current);
  liaison_neighbourhood_expand (self->dataset, visible, shown, &index, 1, 1);

  begin_change (self);
  liaison_view_state_set_subset (self->state, shown);
  end_change (self);
}

static void
expand_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  expand (LIAISON_WINDOW (widget), g_variant_get_uint32 (parameter));
}

static void
hide (LiaisonWindow *self,
      guint          index)
{
  g_autoptr(LiaisonSubset) shown = NULL;
  LiaisonSubset *current;
  LiaisonElementKind kind;
  guint selected;

  if (!is_entity (self, index))
    return;

  /* Hiding from the whole graph starts from all of it. */
  current = liaison_view_state_get_subset (self->state);
  if (current != NULL)
    shown = liaison_subset_copy (current);
  else
    shown = liaison_subset_new_full (liaison_dataset_get_n_entities (self->dataset),
                                     liaison_dataset_get_n_relations (self->dataset));
  liaison_neighbourhood_hide (self->dataset, shown, &index, 1);

  /* The details of what has left the graph would point at nothing. */
  if (liaison_view_state_get_selection (self->state, &kind, &selected) &&
      kind == LIAISON_ELEMENT_ENTITY && selected == index)
    liaison_view_state_clear_selection (self->state);

  begin_change (self);
  liaison_view_state_set_subset (self->state, shown);
  end_change (self);
}

static void
hide_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  hide (LIAISON_WINDOW (widget), g_variant_get_uint32 (parameter));
}

/* Brings a hidden search result in: its type back on if it was off, and
 * it into what is explored, with its relations to what is there.
 */
static void
show_entity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  LiaisonEntity *entity;
  const char *type;
  LiaisonSubset *current;

  if (!is_entity (self, index) || liaison_view_state_is_entity_visible (self->state, index))
    return;

  entity = liaison_dataset_get_entity (self->dataset, index);
  type = liaison_entity_get_entity_type (entity);

  begin_change (self);
  if (type != NULL)
    liaison_view_state_set_entity_type_visible (self->state, type, TRUE);
  current = liaison_view_state_get_subset (self->state);
  if (current != NULL && !liaison_subset_has_entity (current, index))
    {
      g_autoptr(LiaisonSubset) visible = liaison_view_state_dup_filtered (self->state);
      g_autoptr(LiaisonSubset) shown = liaison_subset_copy (current);

      liaison_neighbourhood_expand (self->dataset, visible, shown, &index, 1, 0);
      liaison_view_state_set_subset (self->state, shown);
    }
  end_change (self);

  liaison_view_state_select (self->state, LIAISON_ELEMENT_ENTITY, index);
}

/* Every type and source on, every date, no focus: the whole dataset. */
static void
show_everything_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonDateRange everything;

  if (self->state == NULL)
    return;

  liaison_date_range_init (&everything);

  begin_change (self);
  liaison_view_state_set_subset (self->state, NULL);
  for (guint i = 0; i < liaison_dataset_get_n_entity_types (self->dataset); i++)
    liaison_view_state_set_entity_type_visible (self->state, liaison_dataset_get_entity_type (self->dataset, i)->id,
                                                TRUE);
  for (guint i = 0; i < liaison_dataset_get_n_relation_types (self->dataset); i++)
    liaison_view_state_set_relation_type_visible (self->state,
                                                  liaison_dataset_get_relation_type (self->dataset, i)->id, TRUE);
  for (guint i = 0; i < liaison_dataset_get_n_sources (self->dataset); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (self->dataset, i);

      liaison_view_state_set_source_visible (self->state, source->id, TRUE);
      if (source->publisher != NULL && !liaison_view_state_get_publisher_visible (self->state, source->publisher))
        liaison_view_state_set_publisher_visible (self->state, source->publisher, TRUE);
    }
  liaison_view_state_set_date_range (self->state, &everything);
  end_change (self);
}

/* Ctrl+Z in the search entry, or in a note being written, undoes typing
 * there, not the graph.
 */
static gboolean
text_has_focus (LiaisonWindow *self,
                const char    *action)
{
  GtkWidget *focus_widget = gtk_root_get_focus (GTK_ROOT (self));

  return focus_widget != NULL && (GTK_IS_TEXT (focus_widget) || GTK_IS_TEXT_VIEW (focus_widget)) &&
         gtk_widget_activate_action (focus_widget, action, NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  gboolean changed;

  if (text_has_focus (self, "text.undo") || self->history == NULL)
    return;

  g_signal_handlers_block_by_func (self->state, liaison_window_relayout, self);
  if (g_str_equal (action_name, "win.undo"))
    changed = liaison_view_history_undo (self->history);
  else
    changed = liaison_view_history_redo (self->history);
  g_signal_handlers_unblock_by_func (self->state, liaison_window_relayout, self);

  if (changed)
    liaison_window_relayout (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  if (text_has_focus (LIAISON_WINDOW (widget), "text.redo"))
    return;

  undo_action (widget, action_name, parameter);
}

/* The keys act on the selected entity, when there is one; otherwise they
 * go on to whatever else takes them.
 */
static gboolean
selection_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonElementKind kind;
  const char *what;
  guint index, depth;

  if (self->state == NULL || !liaison_view_state_get_selection (self->state, &kind, &index) ||
      kind != LIAISON_ELEMENT_ENTITY)
    return FALSE;

  g_variant_get (args, "(&su)", &what, &depth);
  if (g_str_equal (what, "focus"))
    focus (self, index, depth, FALSE);
  else if (g_str_equal (what, "add"))
    focus (self, index, depth, TRUE);
  else if (g_str_equal (what, "expand"))
    expand (self, index);
  else if (g_str_equal (what, "hide"))
    hide (self, index);
  else
    g_return_val_if_reached (FALSE);

  return TRUE;
}

static void
append_item (GMenu      *section,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (section, item);
}

/* What the context menus offer on @index, or, for G_MAXUINT, on the
 * graph as a whole.
 */
static GMenuModel *
build_menu (LiaisonWindow *self,
            guint          index)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) explore = g_menu_new ();
  g_autoptr(GMenu) whole = g_menu_new ();

  if (index != G_MAXUINT)
    {
      append_item (explore, _("_Focus"), "win.focus", g_variant_new ("(uu)", index, 1));
      append_item (explore, _("Focus _2 Steps Out"), "win.focus", g_variant_new ("(uu)", index, 2));
      append_item (explore, _("Focus _3 Steps Out"), "win.focus", g_variant_new ("(uu)", index, 3));
      append_item (explore, _("_Add to Focus"), "win.add-to-focus", g_variant_new_uint32 (index));
      append_item (explore, _("_Expand"), "win.expand", g_variant_new_uint32 (index));
      append_item (explore, _("_Hide"), "win.hide", g_variant_new_uint32 (index));
      /* liaison-window-paths.c's */
      append_item (explore, _("Find _Connections To…"), "win.find-connections", g_variant_new_uint32 (index));
      /* liaison-window-positions.c's */
      liaison_window_append_pin_item (self, explore, index);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (explore));
    }

  append_item (whole, _("Show _Everything"), "win.show-everything", NULL);
  append_item (whole, _("_Undo"), "win.undo", NULL);
  append_item (whole, _("_Redo"), "win.redo", NULL);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (whole));

  return G_MENU_MODEL (menu);
}

static void
popup_menu (LiaisonWindow *self,
            GtkWidget     *menu,
            guint          index,
            double         x,
            double         y)
{
  g_autoptr(GMenuModel) model = build_menu (self, index);
  GdkRectangle point = { (int) x, (int) y, 1, 1 };

  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (menu), &point);
  gtk_popover_popup (GTK_POPOVER (menu));
}

static void
graph_secondary_pressed_cb (LiaisonWindow   *self,
                            int              n_press,
                            double           x,
                            double           y,
                            GtkGestureClick *gesture)
{
  const LiaisonSceneElement *element;
  guint index = G_MAXUINT;

  if (self->state == NULL || liaison_graph_view_get_scene (self->graph_view) == NULL)
    return;

  element = liaison_graph_view_hit_test (self->graph_view, x, y);
  if (element != NULL && element->kind == LIAISON_ELEMENT_ENTITY)
    {
      index = element->index;
      liaison_view_state_select (self->state, LIAISON_ELEMENT_ENTITY, index);
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, self->graph_menu, index, x, y);
}

/* A double-click on an entity focuses on it. */
static void
graph_primary_released_cb (LiaisonWindow   *self,
                           int              n_press,
                           double           x,
                           double           y,
                           GtkGestureClick *gesture)
{
  const LiaisonSceneElement *element;

  if (n_press != 2 || self->state == NULL)
    return;

  element = liaison_graph_view_hit_test (self->graph_view, x, y);
  if (element != NULL && element->kind == LIAISON_ELEMENT_ENTITY)
    focus (self, element->index, 1, FALSE);
}

/* Right-click on a row of the entity list; connected in
 * liaison-entity-row.ui.
 */
static void
entity_row_pressed_cb (GtkListItem     *item,
                       int              n_press,
                       double           x,
                       double           y,
                       GtkGestureClick *gesture)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  LiaisonEntity *entity = gtk_list_item_get_item (item);
  LiaisonWindow *self = LIAISON_WINDOW (gtk_widget_get_root (row));
  double list_x, list_y;

  if (entity == NULL || self->list_menu == NULL ||
      !gtk_widget_translate_coordinates (row, GTK_WIDGET (self->entity_list), x, y, &list_x, &list_y))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, self->list_menu, liaison_entity_get_index (entity), list_x, list_y);
}

static GtkWidget *
new_menu (GtkWidget *parent)
{
  GtkWidget *menu = gtk_popover_menu_new_from_model (NULL);

  gtk_popover_set_has_arrow (GTK_POPOVER (menu), FALSE);
  gtk_widget_set_halign (menu, GTK_ALIGN_START);
  gtk_widget_set_parent (menu, parent);

  return menu;
}

void
liaison_window_update_explore (LiaisonWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_state = self->state != NULL;
  gboolean everything = !has_state || liaison_view_state_is_everything_visible (self->state);

  gtk_widget_action_set_enabled (widget, "win.focus", has_state);
  gtk_widget_action_set_enabled (widget, "win.add-to-focus", has_state);
  gtk_widget_action_set_enabled (widget, "win.expand",
                                 has_state && liaison_view_state_get_subset (self->state) != NULL);
  gtk_widget_action_set_enabled (widget, "win.hide", has_state);
  gtk_widget_action_set_enabled (widget, "win.show-entity", has_state);
  gtk_widget_action_set_enabled (widget, "win.show-everything", !everything);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 self->history != NULL && liaison_view_history_can_undo (self->history));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 self->history != NULL && liaison_view_history_can_redo (self->history));
  gtk_revealer_set_reveal_child (self->explore_revealer, !everything);
}

/* A new state, for a new dataset: a history of its own. */
void
liaison_window_explore_state (LiaisonWindow *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);

  if (self->state != NULL)
    {
      self->history = liaison_view_history_new (self->state);
      g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (liaison_window_update_explore),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::can-redo", G_CALLBACK (liaison_window_update_explore),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->state, "visibility-changed", G_CALLBACK (liaison_window_update_explore),
                               self, G_CONNECT_SWAPPED);
    }

  liaison_window_update_explore (self);
}

void
liaison_window_init_explore (LiaisonWindow *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkGesture *gesture;

  /* Beside the view's own clicks (select, centre), which go on as ever. */
  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (graph_secondary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->graph_view), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "released", G_CALLBACK (graph_primary_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->graph_view), GTK_EVENT_CONTROLLER (gesture));

  /* The rows' right-click reaches this file through the factory's scope. */
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "entity_row_pressed_cb",
                                          G_CALLBACK (entity_row_pressed_cb));
  factory = gtk_builder_list_item_factory_new_from_resource (scope, RESOURCE_PREFIX "/liaison-entity-row.ui");
  gtk_list_view_set_factory (self->entity_list, factory);

  self->graph_menu = new_menu (GTK_WIDGET (self->graph_view));
  self->list_menu = new_menu (GTK_WIDGET (self->entity_list));

  liaison_window_update_explore (self);
}

/* Before the template goes: the menus are children the view and the list
 * do not know of.
 */
void
liaison_window_dispose_explore (LiaisonWindow *self)
{
  g_clear_pointer (&self->graph_menu, gtk_widget_unparent);
  g_clear_pointer (&self->list_menu, gtk_widget_unparent);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
}

static void
add_selection_key (GtkWidgetClass  *widget_class,
                   guint            keyval,
                   GdkModifierType  modifiers,
                   const char      *what,
                   guint            depth)
{
  gtk_widget_class_add_binding (widget_class, keyval, modifiers, selection_key_cb, "(su)", what, depth);
}

void
liaison_window_install_explore_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.focus", "(uu)", focus_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-focus", "u", add_to_focus_action);
  gtk_widget_class_install_action (widget_class, "win.expand", "u", expand_action);
  gtk_widget_class_install_action (widget_class, "win.hide", "u", hide_action);
  gtk_widget_class_install_action (widget_class, "win.show-entity", "u", show_entity_action);
  gtk_widget_class_install_action (widget_class, "win.show-everything", NULL, show_everything_action);
  /* Ctrl+Z and Shift+Ctrl+Z are the application's, for the shortcuts
   * window.
   */
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  /* Where typing goes to a search (the entity list, the entry) these
   * keys are typed; on the graph they explore from the selection.
   */
  add_selection_key (widget_class, GDK_KEY_1, 0, "focus", 1);
  add_selection_key (widget_class, GDK_KEY_2, 0, "focus", 2);
  add_selection_key (widget_class, GDK_KEY_3, 0, "focus", 3);
  add_selection_key (widget_class, GDK_KEY_KP_1, 0, "focus", 1);
  add_selection_key (widget_class, GDK_KEY_KP_2, 0, "focus", 2);
  add_selection_key (widget_class, GDK_KEY_KP_3, 0, "focus", 3);
  add_selection_key (widget_class, GDK_KEY_a, 0, "add", 1);
  add_selection_key (widget_class, GDK_KEY_e, 0, "expand", 1);
  add_selection_key (widget_class, GDK_KEY_h, 0, "hide", 1);
  add_selection_key (widget_class, GDK_KEY_Delete, 0, "hide", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "win.show-everything", NULL);
}

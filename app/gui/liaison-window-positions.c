/* liaison-window-positions.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where entities stand: the window's memory of it, which every layout
 * after the first keeps to, and the user's hand in it. Dragging an entity
 * moves and pins it there; pins hold through later layouts, Lay Out Again
 * included, until taken out; each move or pin is a step that Ctrl+Z
 * undoes.
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-neighbourhood.h"
#include "liaison-subset.h"
#include "liaison-window-private.h"

static void
entity_moved_cb (LiaisonWindow    *self,
                 guint             entity,
                 double            dx,
                 double            dy,
                 LiaisonGraphView *view)
{
  g_debug ("entity %u dragged by %.1f, %.1f points", entity, dx, dy);
  if (self->positions == NULL)
    return;

  /* The scene's y grows downwards, Graphviz's upwards. */
  liaison_position_memory_move (self->positions, self->history, &entity, 1, dx, -dy);
}

static void
pin_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  guint entity = g_variant_get_uint32 (parameter);

  if (self->positions == NULL || entity >= liaison_position_memory_get_n_entities (self->positions))
    return;

  liaison_position_memory_pin (self->positions, self->history, &entity, 1,
                               g_str_equal (action_name, "win.pin"));
}

/* What is done to the entities picked together (Shift or Ctrl and a
 * click, or a rubber band): each is one step of the undo history.
 */
static void
picked_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(LiaisonSubset) visible = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  g_autofree guint *picked = NULL;
  guint n;

  if (self->state == NULL)
    return;
  picked = liaison_graph_view_dup_picked (self->graph_view, &n);
  if (n == 0)
    return;

  if (g_str_equal (action_name, "win.pin-picked") || g_str_equal (action_name, "win.unpin-picked"))
    {
      if (self->positions != NULL)
        liaison_position_memory_pin (self->positions, self->history, picked, n,
                                     g_str_equal (action_name, "win.pin-picked"));
      return;
    }

  visible = liaison_view_state_dup_filtered (self->state);
  if (g_str_equal (action_name, "win.focus-picked"))
    shown = liaison_neighbourhood_new (self->dataset, visible, picked, n, 1);
  else if (g_str_equal (action_name, "win.hide-picked"))
    {
      LiaisonSubset *current = liaison_view_state_get_subset (self->state);

      shown = current != NULL ? liaison_subset_copy (current)
                              : liaison_subset_new_full (liaison_dataset_get_n_entities (self->dataset),
                                                         liaison_dataset_get_n_relations (self->dataset));
      liaison_neighbourhood_hide (self->dataset, shown, picked, n);
      liaison_view_state_clear_selection (self->state);
    }
  else
    {
      /* Exactly the picked entities and the relations among them, for
       * the export dialog, which writes what is shown.
       */
      shown = liaison_subset_new (liaison_dataset_get_n_entities (self->dataset),
                                  liaison_dataset_get_n_relations (self->dataset));
      for (guint i = 0; i < n; i++)
        liaison_subset_add_entity (shown, picked[i]);
      liaison_neighbourhood_add_relations (self->dataset, visible, shown, picked, n);
    }

  liaison_graph_view_clear_picked (self->graph_view);
  /* As the window's own focus and hide do: one step, one layout. */
  g_signal_handlers_block_by_func (self->state, liaison_window_relayout, self);
  liaison_view_history_begin_group (self->history);
  liaison_view_state_set_subset (self->state, shown);
  liaison_view_history_end_group (self->history);
  g_signal_handlers_unblock_by_func (self->state, liaison_window_relayout, self);
  liaison_window_relayout (self);
  if (g_str_equal (action_name, "win.export-picked"))
    gtk_widget_activate_action (widget, "win.export", NULL);
}

/* A new dataset: nothing placed yet. */
void
liaison_window_positions_dataset (LiaisonWindow *self)
{
  g_clear_object (&self->positions);

  if (self->dataset != NULL)
    {
      self->positions = liaison_position_memory_new (liaison_dataset_get_n_entities (self->dataset));
      g_signal_connect_object (self->positions, "changed", G_CALLBACK (liaison_window_relayout),
                               self, G_CONNECT_SWAPPED);
    }
  liaison_graph_view_set_positions (self->graph_view, self->positions);
}

/* What the context menu offers on @entity: to pin it where it is, or to
 * let it go.
 */
void
liaison_window_append_pin_item (LiaisonWindow *self,
                                GMenu         *section,
                                guint          entity)
{
  gboolean pinned = self->positions != NULL && liaison_position_memory_is_pinned (self->positions, entity);
  g_autoptr(GMenuItem) item = g_menu_item_new (pinned ? _("_Unpin") : _("_Pin Where It Is"), NULL);

  g_autofree guint *picked = NULL;
  guint n_picked = 0;

  if (liaison_graph_view_is_picked (self->graph_view, entity))
    picked = liaison_graph_view_dup_picked (self->graph_view, &n_picked);

  /* On one of several entities picked together, the menu acts on them
   * all. The count is at least two: no plural forms to choose from.
   */
  if (n_picked > 1)
    {
      g_autofree char *focus = g_strdup_printf (_("_Focus the %u Picked"), n_picked);
      g_autofree char *hide = g_strdup_printf (_("_Hide the %u Picked"), n_picked);
      g_autofree char *pin = g_strdup_printf (_("_Pin the %u Picked"), n_picked);
      g_autofree char *unpin = g_strdup_printf (_("_Unpin the %u Picked"), n_picked);
      g_autofree char *export = g_strdup_printf (_("E_xport the %u Picked…"), n_picked);

      g_menu_append (section, focus, "win.focus-picked");
      g_menu_append (section, hide, "win.hide-picked");
      g_menu_append (section, pin, "win.pin-picked");
      g_menu_append (section, unpin, "win.unpin-picked");
      g_menu_append (section, export, "win.export-picked");
    }

  if (self->positions == NULL || !liaison_position_memory_lookup (self->positions, entity, NULL, NULL))
    return;
  g_menu_item_set_action_and_target_value (item, pinned ? "win.unpin" : "win.pin", g_variant_new_uint32 (entity));
  g_menu_append_item (section, item);
}

void
liaison_window_init_positions (LiaisonWindow *self)
{
  g_signal_connect_object (self->graph_view, "entity-moved", G_CALLBACK (entity_moved_cb), self, G_CONNECT_SWAPPED);
}

void
liaison_window_install_positions_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.pin", "u", pin_action);
  gtk_widget_class_install_action (widget_class, "win.unpin", "u", pin_action);
  gtk_widget_class_install_action (widget_class, "win.focus-picked", NULL, picked_action);
  gtk_widget_class_install_action (widget_class, "win.hide-picked", NULL, picked_action);
  gtk_widget_class_install_action (widget_class, "win.pin-picked", NULL, picked_action);
  gtk_widget_class_install_action (widget_class, "win.unpin-picked", NULL, picked_action);
  gtk_widget_class_install_action (widget_class, "win.export-picked", NULL, picked_action);
}

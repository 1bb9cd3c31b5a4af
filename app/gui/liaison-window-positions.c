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
}

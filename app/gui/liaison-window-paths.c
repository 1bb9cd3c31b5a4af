/* liaison-window-paths.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Find Connections To…" from an entity, the panel of paths beside the
 * graph and the timeline under it. Both panels are bound to the window's
 * view state in liaison-window.ui; this is only how they come and go.
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-entity-chooser.h"
#include "liaison-paths-panel.h"
#include "liaison-timeline.h"
#include "liaison-window-paths.h"

static GtkWidget *
template_child (LiaisonWindow *self,
                const char    *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), LIAISON_TYPE_WINDOW, name));
}

GtkWidget *
liaison_window_get_paths_panel (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return template_child (self, "paths_panel");
}

GtkWidget *
liaison_window_get_timeline (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return template_child (self, "timeline");
}

/* Returns: (transfer none) (nullable): the dialog that is choosing the
 * other end of a connection, while it is open.
 */
GtkWidget *
liaison_window_get_entity_chooser (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return g_object_get_data (G_OBJECT (self), "liaison-entity-chooser");
}

void
liaison_window_show_paths (LiaisonWindow *self,
                           guint          from,
                           guint          to)
{
  LiaisonPathsPanel *panel;

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (self));
  if (liaison_paths_panel_get_state (panel) == NULL)
    return;

  liaison_paths_panel_show_paths (panel, from, to);
}

static void
chosen_cb (LiaisonWindow        *self,
           guint                 to,
           LiaisonEntityChooser *chooser)
{
  guint from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "from"));

  liaison_window_show_paths (self, from, to);
}

static void
chooser_destroyed_cb (LiaisonWindow *self)
{
  g_object_steal_data (G_OBJECT (self), "liaison-entity-chooser");
}

/* Asks for the other end of a connection from @from. */
void
liaison_window_find_connections (LiaisonWindow *self,
                                 guint          from)
{
  LiaisonDataset *dataset;
  LiaisonEntityChooser *chooser;
  GtkWidget *open;

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  dataset = liaison_window_get_dataset (self);
  if (dataset == NULL || from >= liaison_dataset_get_n_entities (dataset))
    return;

  open = liaison_window_get_entity_chooser (self);
  if (open != NULL)
    gtk_window_destroy (GTK_WINDOW (open));

  chooser = liaison_entity_chooser_new (GTK_WINDOW (self), dataset, from);
  g_object_set_data (G_OBJECT (chooser), "from", GUINT_TO_POINTER (from));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (self), "liaison-entity-chooser", chooser);
  g_signal_connect_object (chooser, "destroy", G_CALLBACK (chooser_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* win.find-connections(u): from the entity with that index. */
static void
find_connections_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  liaison_window_find_connections (LIAISON_WINDOW (widget), g_variant_get_uint32 (parameter));
}

/* win.find-connections-from-selection: from the selected entity. */
static void
find_connections_from_selection_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonViewState *state = liaison_window_get_view_state (self);
  LiaisonElementKind kind;
  guint index;

  if (state != NULL && liaison_view_state_get_selection (state, &kind, &index) && kind == LIAISON_ELEMENT_ENTITY)
    liaison_window_find_connections (self, index);
}

static void
close_paths_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  liaison_paths_panel_close (LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (LIAISON_WINDOW (widget))));
}

static void
update_selection_action (LiaisonWindow *self)
{
  LiaisonViewState *state = liaison_window_get_view_state (self);
  LiaisonElementKind kind;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-connections-from-selection",
                                 state != NULL && liaison_view_state_get_selection (state, &kind, NULL) &&
                                 kind == LIAISON_ELEMENT_ENTITY);
}

/* A new dataset: a chooser open on the old one would pick from it. */
static void
state_changed_cb (LiaisonWindow *self)
{
  LiaisonViewState *state = liaison_window_get_view_state (self);
  GtkWidget *chooser = liaison_window_get_entity_chooser (self);

  if (chooser != NULL)
    gtk_window_destroy (GTK_WINDOW (chooser));

  if (state != NULL)
    g_signal_connect_object (state, "selection-changed", G_CALLBACK (update_selection_action), self,
                             G_CONNECT_SWAPPED);
  update_selection_action (self);
}

static void
panel_active_cb (LiaisonWindow *self)
{
  LiaisonPathsPanel *panel = LIAISON_PATHS_PANEL (liaison_window_get_paths_panel (self));

  gtk_revealer_set_reveal_child (GTK_REVEALER (template_child (self, "paths_revealer")),
                                 liaison_paths_panel_get_active (panel));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-paths", liaison_paths_panel_get_active (panel));
}

void
liaison_window_class_init_paths (GtkWidgetClass *widget_class)
{
  g_type_ensure (LIAISON_TYPE_PATHS_PANEL);
  g_type_ensure (LIAISON_TYPE_TIMELINE);

  /* No field of the window's: the panels are found by their ids. */
  gtk_widget_class_bind_template_child_full (widget_class, "paths_panel", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "paths_revealer", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_revealer", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.find-connections", "u", find_connections_action);
  gtk_widget_class_install_action (widget_class, "win.find-connections-from-selection", NULL,
                                   find_connections_from_selection_action);
  gtk_widget_class_install_action (widget_class, "win.close-paths", NULL, close_paths_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.find-connections-from-selection", NULL);
}

void
liaison_window_init_paths (LiaisonWindow *self)
{
  g_autoptr(GPropertyAction) show_timeline = NULL;

  /* A check item in the menu, and the timeline's own close button. */
  show_timeline = g_property_action_new ("show-timeline", template_child (self, "timeline_revealer"), "reveal-child");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_timeline));

  g_signal_connect_object (liaison_window_get_paths_panel (self), "notify::active", G_CALLBACK (panel_active_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::state", G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  panel_active_cb (self);
  state_changed_cb (self);
}

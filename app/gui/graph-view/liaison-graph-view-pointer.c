/* liaison-graph-view-pointer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the pointer is on: hit testing (labels first, as they are drawn
 * over everything), hover, tooltips and clicks, and what a screen reader
 * hears of the canvas. Dragging, panning and zooming are the camera's
 * (liaison-graph-view-camera.c).
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-display-text.h"
#include "liaison-graph-query.h"
#include "liaison-graph-view-private.h"

#define HIT_TOLERANCE 4.0 /* pixels */

const LiaisonSceneElement *
liaison_graph_view_hit_test (LiaisonGraphView *self,
                             double            widget_x,
                             double            widget_y)
{
  double x, y;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  if (self->scene == NULL)
    return NULL;

  _liaison_graph_view_widget_to_scene (self, widget_x, widget_y, &x, &y);

  /* Labels are drawn over everything: what is under the pointer is the
   * element whose label it is.
   */
  {
    g_autoptr(LiaisonLabelPlacement) labels = liaison_graph_view_get_labels (self);
    const LiaisonLabel *label = liaison_label_placement_hit_test (labels, x, y);

    if (label != NULL)
      return label->element;
  }

  return liaison_scene_hit_test (self->scene, x, y, HIT_TOLERANCE / self->zoom);
}

static void
motion_cb (LiaisonGraphView         *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;

  if (!self->dragging)
    _liaison_graph_view_set_hover (self, liaison_graph_view_hit_test (self, x, y));
}

static void
leave_cb (LiaisonGraphView         *self,
          GtkEventControllerMotion *controller)
{
  self->pointer_inside = FALSE;
  _liaison_graph_view_set_hover (self, NULL);
}

static char *
describe_element_fully (LiaisonGraphView          *self,
                        const LiaisonSceneElement *element)
{
  LiaisonDataset *dataset = liaison_scene_get_dataset (self->scene);

  if (element->kind == LIAISON_ELEMENT_ENTITY)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, element->index);
      const char *type = liaison_entity_get_type_label (entity);

      if (type != NULL)
        /* TRANSLATORS: entity label — entity type */
        return g_strdup_printf (_("%s — %s"), liaison_entity_get_label (entity), type);
      return g_strdup (liaison_entity_get_label (entity));
    }
  else
    {
      return liaison_relation_dup_title (dataset, liaison_dataset_get_relation (dataset, element->index));
    }
}

/* For a tooltip or a screen reader, as long as a label can take. */
static char *
describe_element (LiaisonGraphView          *self,
                  const LiaisonSceneElement *element)
{
  g_autofree char *full = describe_element_fully (self, element);

  return liaison_display_text (full);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  const LiaisonSceneElement *element;
  g_autofree char *text = NULL;

  if (keyboard || self->dragging)
    return FALSE;

  element = liaison_graph_view_hit_test (self, x, y);
  if (element == NULL)
    return FALSE;

  /* Plain text: a label is data, never markup. */
  text = describe_element (self, element);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
click_released_cb (LiaisonGraphView *self,
                   int               n_press,
                   double            x,
                   double            y,
                   GtkGestureClick  *gesture)
{
  const LiaisonSceneElement *element;

  /* The end of a drag is not a click. */
  if (self->dragging)
    {
      self->dragging = FALSE;
      return;
    }

  if (self->state == NULL)
    return;

  element = liaison_graph_view_hit_test (self, x, y);

  /* Shift or Ctrl and a click picks an entity, or lets it go, with the
   * others picked; a plain click starts again.
   */
  if (element != NULL && element->kind == LIAISON_ELEMENT_ENTITY &&
      (gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)) &
       (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    {
      gpointer key = GUINT_TO_POINTER (element->index + 1);

      if (g_hash_table_size (self->picked) == 0 && liaison_view_state_get_selection (self->state, NULL, NULL))
        {
          LiaisonElementKind kind;
          guint selected;

          /* The entity selected before is the first picked. */
          liaison_view_state_get_selection (self->state, &kind, &selected);
          if (kind == LIAISON_ELEMENT_ENTITY && selected != element->index)
            g_hash_table_add (self->picked, GUINT_TO_POINTER (selected + 1));
        }
      if (!g_hash_table_remove (self->picked, key))
        g_hash_table_add (self->picked, key);
      liaison_view_state_select (self->state, element->kind, element->index);
      _liaison_graph_view_emit_picked_changed (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  liaison_graph_view_clear_picked (self);

  if (element == NULL)
    {
      liaison_view_state_clear_selection (self->state);
      return;
    }

  liaison_view_state_select (self->state, element->kind, element->index);
  if (n_press == 2)
    liaison_graph_view_center_on (self, element->kind, element->index);
}

/* What a screen reader says of the canvas: its size and, as it changes,
 * what is selected, so stepping through neighbours with N is heard.
 */
void
_liaison_graph_view_update_accessible_label (LiaisonGraphView *self)
{
  g_autofree char *label = NULL;
  const LiaisonSceneElement *selected = NULL;
  LiaisonElementKind kind;
  guint index;

  if (self->scene != NULL && self->state != NULL &&
      liaison_view_state_get_selection (self->state, &kind, &index))
    selected = liaison_scene_lookup (self->scene, kind, index);

  if (self->scene != NULL)
    {
      guint n_nodes = liaison_scene_get_n_nodes (self->scene);
      guint n_edges = liaison_scene_get_n_edges (self->scene);
      g_autofree char *nodes = liaison_dup_count (LIAISON_COUNT_ENTITIES, n_nodes);
      g_autofree char *edges = liaison_dup_count (LIAISON_COUNT_RELATIONS, n_edges);

      if (selected != NULL)
        {
          g_autofree char *what = describe_element (self, selected);

          /* TRANSLATORS: "Graph of 37 entities and 76 relations, ZTE — Company selected" */
          label = g_strdup_printf (_("Graph of %s and %s, %s selected"), nodes, edges, what);
        }
      else
        /* TRANSLATORS: "Graph of 37 entities and 76 relations" */
        label = g_strdup_printf (_("Graph of %s and %s"), nodes, edges);
    }
  else
    label = g_strdup (_("Graph"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Arrow keys pan, plus and minus zoom, 0 shows actual size, F fits the "
                                    "graph, N and Shift+N step through the selected entity’s neighbours"),
                                  -1);
}

/* Tooltips, and the click gesture: after the drag gesture, whose
 * drag-end must see a primary release first (see liaison_graph_view_init()).
 */
void
_liaison_graph_view_add_click_gesture (LiaisonGraphView *self)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

void
_liaison_graph_view_add_motion_controller (LiaisonGraphView *self)
{
  GtkEventController *controller = gtk_event_controller_motion_new ();

  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* liaison-paths-panel-longer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The paths panel's search for the simple paths longer than the
 * shortest, up to a length the user sets: on another thread, capped at
 * LIAISON_MAX_SIMPLE_PATHS, cancellable; what it finds is listed after
 * the shortest paths and shown on the graph beside them.
 */

#define G_LOG_DOMAIN "liaison-paths-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-paths-panel-private.h"

/* Removes the rows of a previous search for longer paths. */
static void
clear_longer (LiaisonPathsPanel *self)
{
  GtkWidget *child;

  if (self->longer_heading == NULL)
    return;

  while ((child = gtk_widget_get_next_sibling (self->longer_heading)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  gtk_list_box_remove (GTK_LIST_BOX (self->list), self->longer_heading);
  self->longer_heading = NULL;
  g_ptr_array_set_size (self->chains, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self->list), "n-shortest")));
}

static void
set_searching (LiaisonPathsPanel *self,
               gboolean           searching)
{
  gtk_widget_set_visible (self->find_button, !searching);
  gtk_widget_set_visible (self->cancel_button, searching);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), searching);
  gtk_widget_set_visible (self->spinner, searching);
  g_object_notify (G_OBJECT (self), "searching");
}

void
_liaison_paths_panel_cancel_longer (LiaisonPathsPanel *self)
{
  if (self->longer_cancellable != NULL)
    {
      g_cancellable_cancel (self->longer_cancellable);
      g_clear_object (&self->longer_cancellable);
      set_searching (self, FALSE);
    }
}

typedef struct
{
  LiaisonPathsPanel *self;
  GCancellable      *cancellable;
  guint              max_length;
} LongerContext;

static void
longer_context_free (LongerContext *context)
{
  g_clear_object (&context->self);
  g_clear_object (&context->cancellable);
  g_free (context);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LongerContext, longer_context_free)

static void
longer_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LongerContext) context = user_data;
  LiaisonPathsPanel *self = context->self;
  g_autoptr(LiaisonSimplePaths) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  g_autofree char *heading = NULL;
  LiaisonDataset *dataset;

  found = liaison_simple_paths_find_finish (result, &error);

  /* Cancelled, or replaced by a newer search or other paths. */
  if (context->cancellable != self->longer_cancellable || self->state == NULL || !self->active)
    return;

  g_clear_object (&self->longer_cancellable);
  set_searching (self, FALSE);

  if (found == NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->longer_label), error->message);
      return;
    }

  dataset = liaison_view_state_get_dataset (self->state);
  clear_longer (self);

  if (found->paths->len == 0)
    {
      g_autofree char *none = g_strdup_printf (ngettext ("No longer path of up to %u relation",
                                                         "No longer path of up to %u relations", context->max_length),
                                               context->max_length);

      gtk_label_set_label (GTK_LABEL (self->longer_label), none);
      return;
    }

  heading = g_strdup_printf (ngettext ("%u longer path of up to %u relations",
                                       "%u longer paths of up to %u relations", found->paths->len),
                             found->paths->len, context->max_length);
  if (found->truncated)
    {
      g_free (heading);
      /* TRANSLATORS: the search stopped at a cap; the number is the cap */
      heading = g_strdup_printf (_("The first %u longer paths; there are more"), found->paths->len);
    }
  gtk_label_set_label (GTK_LABEL (self->longer_label), heading);

  _liaison_paths_panel_append_note (self, heading, "heading");
  self->longer_heading = gtk_widget_get_last_child (self->list);
  for (guint i = 0; i < found->paths->len; i++)
    _liaison_paths_panel_append_path (self, dataset, g_ptr_array_index (found->paths, i));

  /* The graph shows them beside the shortest. */
  shown = liaison_subset_copy (liaison_shortest_paths_get_subset (self->paths));
  liaison_paths_add_to_subset (found->paths, shown);
  _liaison_paths_panel_show_subset (self, shown);
}

/* Also the simple paths longer than the shortest, up to @max_length
 * relations, on another thread; the first LIAISON_MAX_SIMPLE_PATHS.
 */
void
liaison_paths_panel_find_longer (LiaisonPathsPanel *self,
                                 guint              max_length)
{
  LongerContext *context;
  guint length;

  g_return_if_fail (LIAISON_IS_PATHS_PANEL (self));

  if (!self->active || self->paths == NULL || !liaison_shortest_paths_is_connected (self->paths))
    return;

  _liaison_paths_panel_cancel_longer (self);
  length = liaison_shortest_paths_get_length (self->paths);
  self->longer_cancellable = g_cancellable_new ();
  set_searching (self, TRUE);
  gtk_label_set_label (GTK_LABEL (self->longer_label), _("Looking for longer paths…"));

  context = g_new0 (LongerContext, 1);
  context->self = g_object_ref (self);
  context->cancellable = g_object_ref (self->longer_cancellable);
  context->max_length = max_length;
  liaison_simple_paths_find_async (liaison_view_state_get_dataset (self->state), self->visible, self->from, self->to,
                                   length + 1, max_length, LIAISON_MAX_SIMPLE_PATHS, self->longer_cancellable,
                                   longer_cb, context);
}

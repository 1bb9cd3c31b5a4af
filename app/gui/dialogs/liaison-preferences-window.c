/* liaison-preferences-window.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-preferences-window.h"

struct _LiaisonPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  GtkSpinButton        *max_file_size;
  GtkSpinButton        *layout_timeout;

  /* owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (LiaisonPreferencesWindow, liaison_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
liaison_preferences_window_dispose (GObject *object)
{
  LiaisonPreferencesWindow *self = (LiaisonPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (liaison_preferences_window_parent_class)->dispose (object);
}

static void
liaison_preferences_window_class_init (LiaisonPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonPreferencesWindow, max_file_size);
  gtk_widget_class_bind_template_child (widget_class, LiaisonPreferencesWindow, layout_timeout);
}

static void
liaison_preferences_window_init (LiaisonPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LiaisonPreferencesWindow *
liaison_preferences_window_new (GSettings *settings)
{
  LiaisonPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIAISON_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "max-file-size", self->max_file_size, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "layout-timeout", self->layout_timeout, "value", G_SETTINGS_BIND_DEFAULT);

  return self;
}

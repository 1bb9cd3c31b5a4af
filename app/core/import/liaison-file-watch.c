/* liaison-file-watch.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Watches the open dataset's file and says when its contents changed,
 * so that the window can read it again.
 *
 * Editors save in more than one way: writing in place (CHANGES_DONE_HINT),
 * writing a new file (CREATED), or writing a temporary file and renaming
 * it over the old one (RENAMED onto the file, or MOVED_IN from another
 * folder). A save is a burst of such events, so the file is read once
 * they have been quiet for a moment; and a save that changed nothing
 * (the same bytes: a checksum says so) is not a change.
 */

#define G_LOG_DOMAIN "liaison-loader"

#include "config.h"

#include "liaison-file-watch.h"

struct _LiaisonFileWatch
{
  GObject       parent_instance;

  GFile        *file;
  GFileMonitor *monitor;
  char         *checksum;   /* of the contents last seen, SHA-256 */
  guint         delay_ms;
  guint         timeout;
  guint         n_skipped;  /* saves that changed nothing */
};

G_DEFINE_FINAL_TYPE (LiaisonFileWatch, liaison_file_watch, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
checksum_of (GBytes *contents)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
}

static gboolean
read_cb (gpointer user_data)
{
  LiaisonFileWatch *self = user_data;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = NULL;
  char *data = NULL;
  gsize length = 0;

  self->timeout = 0;

  /* Between a rename's two halves, or after a delete, there is nothing
   * to read yet: the next event comes with the file.
   */
  if (!g_file_load_contents (self->file, NULL, &data, &length, NULL, &error))
    {
      g_debug ("%s: not read again: %s", g_file_peek_path (self->file), error->message);
      return G_SOURCE_REMOVE;
    }
  contents = g_bytes_new_take (data, length);

  checksum = checksum_of (contents);
  if (g_strcmp0 (checksum, self->checksum) == 0)
    {
      self->n_skipped++;
      return G_SOURCE_REMOVE;
    }

  g_free (self->checksum);
  self->checksum = g_steal_pointer (&checksum);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, contents);

  return G_SOURCE_REMOVE;
}

static void
changed_cb (GFileMonitor      *monitor,
            GFile             *file,
            GFile             *other_file,
            GFileMonitorEvent  event,
            LiaisonFileWatch  *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      break;
    case G_FILE_MONITOR_EVENT_RENAMED:
      /* Only a rename onto the file brings new contents. */
      if (other_file == NULL || !g_file_equal (other_file, self->file))
        return;
      break;
    default:
      return;
    }

  /* Debounced: the last event of a burst starts the wait again. */
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->timeout = g_timeout_add (self->delay_ms, read_cb, self);
}

static void
liaison_file_watch_dispose (GObject *object)
{
  LiaisonFileWatch *self = LIAISON_FILE_WATCH (object);

  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, changed_cb, self);
      g_file_monitor_cancel (self->monitor);
    }
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (liaison_file_watch_parent_class)->dispose (object);
}

static void
liaison_file_watch_finalize (GObject *object)
{
  LiaisonFileWatch *self = LIAISON_FILE_WATCH (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->checksum, g_free);

  G_OBJECT_CLASS (liaison_file_watch_parent_class)->finalize (object);
}

static void
liaison_file_watch_class_init (LiaisonFileWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_file_watch_dispose;
  object_class->finalize = liaison_file_watch_finalize;

  /**
   * LiaisonFileWatch::changed:
   * @contents: the file's new contents
   *
   * The file was saved with different contents, and is quiet since.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BYTES);
}

static void
liaison_file_watch_init (LiaisonFileWatch *self)
{
  self->delay_ms = LIAISON_FILE_WATCH_DEFAULT_DELAY_MS;
}

/* @contents: what was read of @file, or %NULL to read it now; a save
 * with the same contents is no change.
 */
LiaisonFileWatch *
liaison_file_watch_new (GFile   *file,
                        GBytes  *contents,
                        GError **error)
{
  g_autoptr(LiaisonFileWatch) self = NULL;
  g_autoptr(GBytes) read = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (LIAISON_TYPE_FILE_WATCH, NULL);
  self->file = g_object_ref (file);

  if (contents == NULL)
    {
      read = g_file_load_bytes (file, NULL, NULL, error);
      if (read == NULL)
        return NULL;
      contents = read;
    }
  self->checksum = checksum_of (contents);

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, error);
  if (self->monitor == NULL)
    return NULL;
  g_signal_connect (self->monitor, "changed", G_CALLBACK (changed_cb), self);

  return g_steal_pointer (&self);
}

GFile *
liaison_file_watch_get_file (LiaisonFileWatch *self)
{
  g_return_val_if_fail (LIAISON_IS_FILE_WATCH (self), NULL);

  return self->file;
}

/* How long the file must be quiet before it is read again. */
void
liaison_file_watch_set_delay (LiaisonFileWatch *self,
                              guint             milliseconds)
{
  g_return_if_fail (LIAISON_IS_FILE_WATCH (self));

  self->delay_ms = milliseconds;
}

/* How many saves left the contents as they were, and were not reported. */
guint
liaison_file_watch_get_n_skipped (LiaisonFileWatch *self)
{
  g_return_val_if_fail (LIAISON_IS_FILE_WATCH (self), 0);

  return self->n_skipped;
}

/* liaison-dataset-loader.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reads a dataset in a worker thread: the bytes (never more than the size
 * limit), then the front end of the format they are in, told by their
 * content (liaison-import-format), which gives what it reads to the
 * dataset builder. JSON has a strict pre-scan first, and its front end
 * hands json-glib a piece of the file at a time. Loading never writes to
 * the file.
 */

#define G_LOG_DOMAIN "liaison-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "liaison-dataset-builder.h"
#include "liaison-dataset-loader.h"
#include "liaison-import-csv.h"
#include "liaison-import-dot.h"
#include "liaison-import-format.h"
#include "liaison-import-gexf.h"
#include "liaison-import-graphml.h"
#include "liaison-import-json-value.h"
#include "liaison-import-json.h"
#include "liaison-import-node-link.h"
#include "liaison-json-scan.h"

#define READ_CHUNK (1024 * 1024)

/* Shares of the progress bar for the first two steps; reading the
 * entities and relations takes the rest.
 */
#define SHARE_READ      0.10
#define SHARE_SCAN      0.10

struct _LiaisonDatasetLoader
{
  GObject           parent_instance;

  LiaisonLoadLimits limits;

  /* Written by the worker thread under the lock, read on the main thread. */
  GMutex            lock;
  double            fraction;
  guint             notify_source;
};

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonDatasetLoader, liaison_dataset_loader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  LiaisonDatasetLoader *loader;     /* borrowed: the task holds it */
  GMainContext         *context;
  double                base;
  double                share;
} Progress;

/* One load, in the worker thread or in the caller's. */
typedef struct
{
  const char        *display_name;
  LiaisonLoadLimits  limits;
  GCancellable      *cancellable;
  Progress           progress;
  GBytes            *nodes;         /* a CSV edge list's node table, or NULL */
  const char        *nodes_name;
} Load;

typedef struct
{
  GFile            *file;
  GInputStream     *stream;
  char             *display_name;
  GFile            *nodes_file;
  char             *nodes_name;
  LiaisonLoadLimits limits;
  GMainContext     *context;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->stream);
  g_clear_pointer (&data->display_name, g_free);
  g_clear_object (&data->nodes_file);
  g_clear_pointer (&data->nodes_name, g_free);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
}

static gboolean
notify_fraction_cb (gpointer user_data)
{
  LiaisonDatasetLoader *self = user_data;

  g_mutex_lock (&self->lock);
  self->notify_source = 0;
  g_mutex_unlock (&self->lock);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);

  return G_SOURCE_REMOVE;
}

/* Called in the worker: publish the value, and queue at most one
 * notification for the main thread.
 */
static void
set_fraction (LiaisonDatasetLoader *self,
              GMainContext         *context,
              double                fraction)
{
  g_mutex_lock (&self->lock);

  self->fraction = CLAMP (fraction, 0.0, 1.0);

  if (self->notify_source == 0)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_LOW);
      g_source_set_callback (source, notify_fraction_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[liaison] loader progress");
      self->notify_source = g_source_attach (source, context);
      g_source_unref (source);
    }

  g_mutex_unlock (&self->lock);
}

void
liaison_load_limits_init (LiaisonLoadLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->max_file_size = LIAISON_DEFAULT_MAX_FILE_SIZE;
  limits->max_depth = LIAISON_DEFAULT_MAX_DEPTH;
  limits->max_values = LIAISON_DEFAULT_MAX_VALUES;
  limits->max_string_length = LIAISON_DEFAULT_MAX_STRING_LENGTH;
  limits->lenient = FALSE;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->loader != NULL)
    set_fraction (progress->loader, progress->context, progress->base + progress->share * fraction);
}

char *
liaison_dataset_display_name (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_has_uri_scheme (file, "resource"))
    {
      basename = g_file_get_basename (file);
      return g_steal_pointer (&basename);
    }

  return g_file_get_parse_name (file);
}

static void
load_init (Load                    *load,
           const char              *display_name,
           const LiaisonLoadLimits *limits,
           GCancellable            *cancellable)
{
  load->display_name = display_name;
  if (limits != NULL)
    load->limits = *limits;
  else
    liaison_load_limits_init (&load->limits);
  load->cancellable = cancellable;
}

/* GIO's messages repeat the full path, which the message already names;
 * the common cases get a plainer sentence.
 */
static void
set_read_error (const Load  *load,
                GError     **error)
{
  const char *reason = NULL;

  if (error == NULL || *error == NULL)
    return;

  if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("the file does not exist");
  else if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("this is a folder, not a file");
  else if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("you do not have permission to read the file");

  if (reason != NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", load->display_name, reason);

      g_free ((*error)->message);
      (*error)->message = g_steal_pointer (&message);
    }
  else
    g_prefix_error (error, "%s: ", load->display_name);
}

static void
set_too_large_error (const Load  *load,
                     GError     **error)
{
  g_autofree char *limit = g_format_size_full (load->limits.max_file_size, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
               _("%s: the file is larger than the limit of %s"), load->display_name, limit);
}

static GBytes *
read_stream (Load          *load,
             GInputStream  *stream,
             guint64        expected_size,
             GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  for (;;)
    {
      gsize old_len = buffer->len;
      gssize n_read;

      /* Read one byte past the limit, to tell "at the limit" from "over". */
      g_byte_array_set_size (buffer, old_len + READ_CHUNK);
      n_read = g_input_stream_read (stream, buffer->data + old_len, READ_CHUNK, load->cancellable,
                                    error);
      if (n_read < 0)
        {
          set_read_error (load, error);
          return NULL;
        }
      g_byte_array_set_size (buffer, old_len + n_read);

      if (buffer->len > load->limits.max_file_size)
        {
          set_too_large_error (load, error);
          return NULL;
        }

      if (n_read == 0)
        break;

      if (expected_size > 0)
        progress_cb (MIN (1.0, (double) buffer->len / expected_size), &load->progress);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static GBytes *
read_file (Load    *load,
           GFile   *file,
           GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  guint64 size = 0;

  stream = g_file_read (file, load->cancellable, error);
  if (stream == NULL)
    {
      set_read_error (load, error);
      return NULL;
    }

  /* Refuse an oversized file before reading any of it. A sparse file of
   * hundreds of megabytes costs nothing to make and must cost nothing here.
   */
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                         load->cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_TYPE) &&
      g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s: this is a folder, not a file"), load->display_name);
      return NULL;
    }
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    {
      size = g_file_info_get_size (info);
      if (size > load->limits.max_file_size)
        {
          g_autofree char *actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
          g_autofree char *limit = g_format_size_full (load->limits.max_file_size,
                                                       G_FORMAT_SIZE_IEC_UNITS);

          g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
                       _("%s: the file is %s, larger than the limit of %s"),
                       load->display_name, actual, limit);
          return NULL;
        }
    }

  return read_stream (load, G_INPUT_STREAM (stream), size, error);
}

static LiaisonDataset *
load_json (Load        *load,
           const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LiaisonJsonOutline) outline = NULL;
  LiaisonJsonScanInfo info;
  LiaisonDataset *dataset;
  gint64 start = g_get_monotonic_time ();
  gint64 scanned;

  if (!liaison_json_scan_outline (data, length, &load->limits, &info, &outline, load->cancellable,
                                  &local_error))
    {
      liaison_json_scan_error_propagate (g_steal_pointer (&local_error), load->display_name,
                                         error);
      return NULL;
    }

  scanned = g_get_monotonic_time ();
  load->progress.base += load->progress.share;
  load->progress.share = 1.0 - load->progress.base;
  progress_cb (0, &load->progress);

  dataset = liaison_import_json (outline, load->display_name, load->cancellable,
                                 progress_cb, &load->progress, error);

  g_debug ("%s: pre-scan %.0f ms, parse and build %.0f ms (%" G_GUINT64_FORMAT " values)",
           load->display_name, (scanned - start) / 1000.0,
           (g_get_monotonic_time () - scanned) / 1000.0, info.n_values);

  return dataset;
}

/* Front ends other than JSON have no pre-scan: theirs is the rest of the
 * progress bar. Returns @input, for the call.
 */
static const LiaisonImportInput *
start_front_end (Load               *load,
                 LiaisonImportInput *input)
{
  load->progress.base += load->progress.share;
  load->progress.share = 1.0 - load->progress.base;
  progress_cb (0, &load->progress);

  return input;
}

/* An edge list, and its node table when one came with it. */
static LiaisonDataset *
load_csv (Load                     *load,
          const LiaisonImportInput *input,
          GError                  **error)
{
  LiaisonCsvText nodes = { NULL, 0, load->nodes_name };

  if (load->nodes == NULL)
    return liaison_import_csv (input, NULL, error);

  nodes.data = g_bytes_get_data (load->nodes, &nodes.length);
  return liaison_import_csv (input, &nodes, error);
}

/* Takes @bytes. */
static LiaisonDataset *
import_bytes (Load    *load,
              GBytes  *bytes,
              GError **error);

/* Takes @bytes. Every front end's builder is lenient as the limits say. */
static LiaisonDataset *
load_bytes (Load    *load,
            GBytes  *bytes,
            GError **error)
{
  LiaisonDataset *dataset;

  liaison_dataset_builder_lenient_begin (load->limits.lenient);
  dataset = import_bytes (load, bytes, error);
  liaison_dataset_builder_lenient_end ();

  return dataset;
}

static LiaisonDataset *
import_bytes (Load    *load,
              GBytes  *bytes,
              GError **error)
{
  g_autoptr(GBytes) owned_bytes = bytes;
  LiaisonImportFormat format;
  LiaisonImportInput input;
  const char *data;
  gsize length;

  data = g_bytes_get_data (bytes, &length);

  if (length > load->limits.max_file_size)
    {
      set_too_large_error (load, error);
      return NULL;
    }

  format = liaison_import_format_sniff (data, length, load->display_name);
  g_debug ("%s: read as %s", load->display_name, liaison_import_format_to_string (format));

  if (load->nodes != NULL && format != LIAISON_IMPORT_FORMAT_CSV)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: a node table goes with an edge list in CSV, and this file is %s"),
                   load->display_name, liaison_import_format_to_string (format));
      return NULL;
    }

  /* Each front end is called as
   *   liaison_import_x (start_front_end (load, &input), error)
   */
  input = (LiaisonImportInput) {
    .data = data,
    .length = length,
    .display_name = load->display_name,
    .limits = &load->limits,
    .cancellable = load->cancellable,
    .progress = progress_cb,
    .progress_data = &load->progress,
  };

  switch (format)
    {
    case LIAISON_IMPORT_FORMAT_CSV:
      return load_csv (load, start_front_end (load, &input), error);
    case LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON:
      return liaison_import_cytoscape (start_front_end (load, &input), error);
    case LIAISON_IMPORT_FORMAT_JGF:
      return liaison_import_jgf (start_front_end (load, &input), error);
    case LIAISON_IMPORT_FORMAT_D3:
      return liaison_import_d3 (start_front_end (load, &input), error);
    case LIAISON_IMPORT_FORMAT_DOT:
      return liaison_import_dot (start_front_end (load, &input), error);
    case LIAISON_IMPORT_FORMAT_GRAPHML:
      return liaison_import_graphml (start_front_end (load, &input), error);
    case LIAISON_IMPORT_FORMAT_GEXF:
      return liaison_import_gexf (start_front_end (load, &input), error);
    /* The JSON reader says what it found in place of a dataset. */
    case LIAISON_IMPORT_FORMAT_LIAISON_JSON:
    case LIAISON_IMPORT_FORMAT_UNKNOWN:
    case LIAISON_N_IMPORT_FORMATS:
    default:
      return load_json (load, data, length, error);
    }
}

LiaisonDataset *
liaison_dataset_load_bytes (GBytes                   *bytes,
                            const char               *display_name,
                            const LiaisonLoadLimits  *limits,
                            GCancellable             *cancellable,
                            GError                  **error)
{
  Load load = { .progress = { NULL, NULL, 0, SHARE_SCAN } };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  load_init (&load, display_name, limits, cancellable);
  return load_bytes (&load, g_bytes_ref (bytes), error);
}

/* Takes @bytes, what was read, or NULL when reading failed. */
static LiaisonDataset *
load_read_bytes (Load    *load,
                 GBytes  *bytes,
                 GError **error)
{
  if (bytes == NULL)
    return NULL;

  load->progress.base = SHARE_READ;
  load->progress.share = SHARE_SCAN;
  return load_bytes (load, bytes, error);
}

LiaisonDataset *
liaison_dataset_load_file (GFile                    *file,
                           const char               *display_name,
                           const LiaisonLoadLimits  *limits,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_autofree char *default_name = NULL;
  Load load = { .progress = { NULL, NULL, 0, SHARE_READ } };

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (display_name == NULL)
    display_name = default_name = liaison_dataset_display_name (file);

  load_init (&load, display_name, limits, cancellable);
  return load_read_bytes (&load, read_file (&load, file, error), error);
}

/* Reads @nodes_file, the node table of the CSV edge list being loaded,
 * within the same size limit; its messages name it.
 */
static gboolean
read_nodes (Load        *load,
            GFile       *nodes_file,
            const char  *nodes_name,
            GError     **error)
{
  const char *display_name = load->display_name;

  load->display_name = nodes_name;
  load->nodes = read_file (load, nodes_file, error);
  load->display_name = display_name;
  load->nodes_name = nodes_name;

  return load->nodes != NULL;
}

/* A CSV edge list, @file, whose entities are in the node table
 * @nodes_file (liaison --nodes, or two files opened together).
 */
LiaisonDataset *
liaison_dataset_load_file_with_nodes (GFile                    *file,
                                      GFile                    *nodes_file,
                                      const char               *display_name,
                                      const char               *nodes_display_name,
                                      const LiaisonLoadLimits  *limits,
                                      GCancellable             *cancellable,
                                      GError                  **error)
{
  g_autofree char *default_name = NULL;
  g_autofree char *default_nodes_name = NULL;
  Load load = { .progress = { NULL, NULL, 0, SHARE_READ } };
  LiaisonDataset *dataset = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (G_IS_FILE (nodes_file), NULL);

  if (display_name == NULL)
    display_name = default_name = liaison_dataset_display_name (file);
  if (nodes_display_name == NULL)
    nodes_display_name = default_nodes_name = liaison_dataset_display_name (nodes_file);

  load_init (&load, display_name, limits, cancellable);
  if (read_nodes (&load, nodes_file, nodes_display_name, error))
    dataset = load_read_bytes (&load, read_file (&load, file, error), error);
  g_clear_pointer (&load.nodes, g_bytes_unref);

  return dataset;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LiaisonDatasetLoader *self = source_object;
  LoadData *data = task_data;
  Load load = { .progress = { self, data->context, 0, SHARE_READ } };
  GError *error = NULL;
  LiaisonDataset *dataset;
  GBytes *bytes;

  load_init (&load, data->display_name, &data->limits, cancellable);
  if (data->nodes_file != NULL && !read_nodes (&load, data->nodes_file, data->nodes_name, &error))
    bytes = NULL;
  else if (data->file != NULL)
    bytes = read_file (&load, data->file, &error);
  else
    bytes = read_stream (&load, data->stream, 0, &error);
  dataset = load_read_bytes (&load, bytes, &error);
  g_clear_pointer (&load.nodes, g_bytes_unref);

  if (dataset == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  set_fraction (self, data->context, 1.0);
  g_task_return_pointer (task, dataset, g_object_unref);
}

/* Takes @file or @stream, @nodes_file and @display_name. */
static void
start_load (LiaisonDatasetLoader *self,
            GFile                *file,
            GInputStream         *stream,
            GFile                *nodes_file,
            char                 *display_name,
            GCancellable         *cancellable,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data = g_new0 (LoadData, 1);

  data->file = file;
  data->stream = stream;
  data->display_name = display_name;
  if (nodes_file != NULL)
    {
      data->nodes_file = nodes_file;
      data->nodes_name = liaison_dataset_display_name (nodes_file);
    }
  data->limits = self->limits;
  data->context = g_main_context_ref_thread_default ();

  g_mutex_lock (&self->lock);
  self->fraction = 0;
  g_mutex_unlock (&self->lock);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, liaison_dataset_loader_load_async);
  g_task_set_name (task, "[liaison] load dataset");
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  /* Reading stops soon after a cancel, but a long read of a slow stream
   * or a huge single value need not be waited for: the thread finishes on
   * its own and its result is dropped.
   */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

void
liaison_dataset_loader_load_async (LiaisonDatasetLoader *self,
                                   GFile                *file,
                                   const char           *display_name,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_return_if_fail (LIAISON_IS_DATASET_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  start_load (self, g_object_ref (file), NULL, NULL,
              display_name != NULL ? g_strdup (display_name) : liaison_dataset_display_name (file),
              cancellable, callback, user_data);
}

/* Loads a CSV edge list, @file, with its node table, @nodes_file. */
void
liaison_dataset_loader_load_with_nodes_async (LiaisonDatasetLoader *self,
                                              GFile                *file,
                                              GFile                *nodes_file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data)
{
  g_return_if_fail (LIAISON_IS_DATASET_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (G_IS_FILE (nodes_file));

  start_load (self, g_object_ref (file), NULL, g_object_ref (nodes_file),
              liaison_dataset_display_name (file), cancellable, callback, user_data);
}

void
liaison_dataset_loader_load_stream_async (LiaisonDatasetLoader *self,
                                          GInputStream         *stream,
                                          const char           *display_name,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data)
{
  g_return_if_fail (LIAISON_IS_DATASET_LOADER (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (display_name != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  start_load (self, NULL, g_object_ref (stream), NULL, g_strdup (display_name),
              cancellable, callback, user_data);
}

/* Returns: (transfer full) */
LiaisonDataset *
liaison_dataset_loader_load_finish (LiaisonDatasetLoader  *self,
                                    GAsyncResult          *result,
                                    GError               **error)
{
  g_return_val_if_fail (LIAISON_IS_DATASET_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
liaison_dataset_loader_finalize (GObject *object)
{
  LiaisonDatasetLoader *self = (LiaisonDatasetLoader *)object;

  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (liaison_dataset_loader_parent_class)->finalize (object);
}

static void
liaison_dataset_loader_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LiaisonDatasetLoader *self = LIAISON_DATASET_LOADER (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, liaison_dataset_loader_get_fraction (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_dataset_loader_class_init (LiaisonDatasetLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_dataset_loader_finalize;
  object_class->get_property = liaison_dataset_loader_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_dataset_loader_init (LiaisonDatasetLoader *self)
{
  g_mutex_init (&self->lock);
  liaison_load_limits_init (&self->limits);
}

LiaisonDatasetLoader *
liaison_dataset_loader_new (const LiaisonLoadLimits *limits)
{
  LiaisonDatasetLoader *self = g_object_new (LIAISON_TYPE_DATASET_LOADER, NULL);

  if (limits != NULL)
    self->limits = *limits;

  return self;
}

double
liaison_dataset_loader_get_fraction (LiaisonDatasetLoader *self)
{
  double fraction;

  g_return_val_if_fail (LIAISON_IS_DATASET_LOADER (self), 0.0);

  g_mutex_lock (&self->lock);
  fraction = self->fraction;
  g_mutex_unlock (&self->lock);

  return fraction;
}

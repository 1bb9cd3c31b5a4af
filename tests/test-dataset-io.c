/* test-dataset-io.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Loading a dataset as a file: the limits that guard memory, files that
 * are not there or are folders, that loading never writes, and loading
 * in the background with progress and cancelling.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "liaison-dataset-loader.h"
#include "liaison-test-util.h"

static void
test_file_size_limit (void)
{
  g_autofree char *path = liaison_test_temporary_path ("sparse-600-mib.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  FILE *stream;

  /* A sparse file: 600 MiB that cost nothing to make, and must cost
   * nothing to refuse.
   */
  stream = fopen (path, "w");
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), 600 * 1024 * 1024), ==, 0);
  fclose (stream);

  start = g_get_monotonic_time ();
  dataset = liaison_dataset_load_file (file, "sparse-600-mib.json", NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "sparse-600-mib.json: the file is 600.0\u00a0MiB, larger than the limit of 64.0\u00a0MiB");
  /* Refused before reading: far quicker than reading 600 MiB. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  liaison_test_remove_temporary (path);
}

static void
test_file_size_limit_raised (void)
{
  g_autofree char *path = liaison_test_temporary_path ("padded.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonLoadLimits limits;
  gsize size = 3 * 1024 * 1024;
  g_autofree char *text = g_malloc (size);

  /* Valid JSON padded with white space to 3 MiB. */
  memset (text, ' ', size);
  memcpy (text, "{\"entities\": []}", 16);
  g_assert_true (g_file_set_contents (path, text, size, NULL));

  liaison_load_limits_init (&limits);
  limits.max_file_size = 2 * 1024 * 1024;
  dataset = liaison_dataset_load_file (file, "padded.json", &limits, NULL, &error);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "padded.json: the file is 3.0\u00a0MiB, larger than the limit of 2.0\u00a0MiB");
  g_clear_error (&error);

  limits.max_file_size = 4 * 1024 * 1024;
  dataset = liaison_dataset_load_file (file, "padded.json", &limits, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  liaison_test_remove_temporary (path);
}

static void
test_huge_string (void)
{
  g_autofree char *path = liaison_test_temporary_path ("fifty-mib-string.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 50 * 1024 * 1024;
  g_autofree char *text = g_malloc (size);
  const char *head = "{\"entities\": [{\"id\": \"a\", \"label\": \"";

  memset (text, 'x', size);
  memcpy (text, head, strlen (head));
  memcpy (text + size - 5, "\"}]}\n", 5);
  g_assert_true (g_file_set_contents (path, text, size, NULL));

  dataset = liaison_dataset_load_file (file, "fifty-mib-string.json", NULL, NULL, &error);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "fifty-mib-string.json:1:36: a string is longer than the limit of 4194304 bytes");

  liaison_test_remove_temporary (path);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  gsize depth = 100000;
  char *text = g_malloc (depth * 2);

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  bytes = g_bytes_new_take (text, depth * 2);

  dataset = liaison_dataset_load_bytes (bytes, "deep.json", NULL, NULL, &error);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "deep.json:1:513: arrays and objects are nested more than 512 deep");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/liaison/data.json");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_dataset_load_file (file, "/nonexistent/liaison/data.json", NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "/nonexistent/liaison/data.json: the file does not exist");
}

static void
test_folder (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = liaison_dataset_load_file (file, "data", NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "data: this is a folder, not a file");
}

static void
test_loading_never_writes (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autofree char *path = liaison_test_temporary_path ("read-only.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf stat_before, stat_after;

  g_assert_true (g_file_get_contents (source, &before, NULL, NULL));
  g_assert_true (g_file_set_contents (path, before, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_stat (path, &stat_before), ==, 0);

  dataset = liaison_dataset_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &stat_after), ==, 0);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (stat_before.st_mtime, ==, stat_after.st_mtime);
  g_assert_cmpint (stat_after.st_mode & 0777, ==, 0444);

  g_chmod (path, 0644);
  liaison_test_remove_temporary (path);
}

typedef struct
{
  GMainLoop      *loop;
  LiaisonDataset *dataset;
  GError         *error;
  double          last_fraction;
  guint           n_notifies;
  GThread        *main_thread;
} AsyncResult;

static void
fraction_cb (LiaisonDatasetLoader *loader,
             GParamSpec           *pspec,
             AsyncResult          *result)
{
  double fraction = liaison_dataset_loader_get_fraction (loader);

  /* Notifications arrive on the main thread, and never go backwards. */
  g_assert_true (g_thread_self () == result->main_thread);
  g_assert_cmpfloat (fraction, >=, result->last_fraction);
  result->last_fraction = fraction;
  result->n_notifies++;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *res,
           gpointer      user_data)
{
  AsyncResult *result = user_data;

  result->dataset = liaison_dataset_loader_load_finish (LIAISON_DATASET_LOADER (object), res, &result->error);
  g_main_loop_quit (result->loop);
}

static GBytes *
make_large_dataset (guint n_entities)
{
  GString *text = g_string_new ("{\"entities\": [");

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"label\": \"Entity %u\"}", i ? ", " : "", i, i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i + 1 < n_entities; i++)
    g_string_append_printf (text, "%s{\"from\": \"e%u\", \"to\": \"e%u\"}", i ? ", " : "", i, i + 1);
  g_string_append (text, "]}");

  return g_string_free_to_bytes (text);
}

static void
test_async_load (void)
{
  g_autoptr(LiaisonDatasetLoader) loader = liaison_dataset_loader_new (NULL);
  g_autoptr(GBytes) bytes = make_large_dataset (50000);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  AsyncResult result = { g_main_loop_new (NULL, FALSE) };

  result.main_thread = g_thread_self ();
  g_signal_connect (loader, "notify::fraction", G_CALLBACK (fraction_cb), &result);
  liaison_dataset_loader_load_stream_async (loader, stream, "large.json", NULL, loaded_cb, &result);
  g_main_loop_run (result.loop);

  g_assert_no_error (result.error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (result.dataset), ==, 50000);
  g_assert_cmpuint (liaison_dataset_get_n_relations (result.dataset), ==, 49999);
  g_assert_cmpfloat (liaison_dataset_loader_get_fraction (loader), ==, 1.0);
  g_assert_cmpuint (result.n_notifies, >, 0);

  g_clear_object (&result.dataset);
  g_main_loop_unref (result.loop);
}

static void
test_async_cancel (void)
{
  g_autoptr(LiaisonDatasetLoader) loader = liaison_dataset_loader_new (NULL);
  g_autoptr(GBytes) bytes = make_large_dataset (200000);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult result = { g_main_loop_new (NULL, FALSE) };
  gint64 cancelled_at, returned_at;

  liaison_dataset_loader_load_stream_async (loader, stream, "large.json", cancellable, loaded_cb, &result);

  /* Let the worker get going, then cancel: the result must come back at
   * once, not when the parse would have ended.
   */
  g_usleep (20000);
  cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  g_main_loop_run (result.loop);
  returned_at = g_get_monotonic_time ();

  g_assert_null (result.dataset);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_test_message ("cancel returned after %.1f ms", (returned_at - cancelled_at) / 1000.0);
  g_assert_cmpint (returned_at - cancelled_at, <, 100 * 1000);

  g_clear_error (&result.error);
  g_main_loop_unref (result.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/limit/file-size", test_file_size_limit);
  g_test_add_func ("/dataset/limit/file-size-raised", test_file_size_limit_raised);
  g_test_add_func ("/dataset/limit/huge-string", test_huge_string);
  g_test_add_func ("/dataset/limit/deep-nesting", test_deep_nesting);
  g_test_add_func ("/dataset/io/missing-file", test_missing_file);
  g_test_add_func ("/dataset/io/folder", test_folder);
  g_test_add_func ("/dataset/io/never-writes", test_loading_never_writes);
  g_test_add_func ("/dataset/async/load", test_async_load);
  g_test_add_func ("/dataset/async/cancel", test_async_cancel);

  return g_test_run ();
}

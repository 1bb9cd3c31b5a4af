/* test-export-files.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing an export to a file: the messages when it cannot be written,
 * the old file kept whole when the disk fills up, and the window's way
 * of exporting on a thread.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "liaison-export.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"

static void
test_write_errors (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_valid ("minimal.json");
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "graph.svg", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "graph.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  LiaisonExportOptions options;
  g_autoptr(GError) error = NULL;

  liaison_export_options_init (&options, LIAISON_EXPORT_SVG);

  /* A folder that does not exist. */
  g_assert_false (liaison_export_to_file (scene, &options, missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Could not write “%s”: ", missing);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_clear_error (&error);

  /* A folder where the file should be. */
  g_assert_false (liaison_export_to_file (scene, &options, folder, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* An existing file survives a write that fails. */
  g_assert_true (g_file_set_contents (path, "the previous export", -1, NULL));
  g_cancellable_cancel (cancelled);
  g_assert_false (liaison_export_to_file (scene, &options, file, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous export");
  g_clear_error (&error);

  /* And is replaced by one that succeeds, with nothing left beside it. */
  g_assert_true (liaison_export_to_file (scene, &options, file, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  gboolean  done;
  gboolean  written;
  GError   *error;
} AsyncOutcome;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncOutcome *outcome = user_data;

  outcome->written = liaison_export_to_file_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
export_async (LiaisonScene               *scene,
              const LiaisonExportOptions *options,
              GFile                      *file,
              GCancellable               *cancellable,
              AsyncOutcome               *outcome)
{
  liaison_export_to_file_async (scene, options, file, cancellable, exported_cb, outcome);
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

/* The window's way to export: on a thread, with a way to cancel. */
static void
test_to_file_async (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) expected = liaison_test_export_bytes (scene, LIAISON_EXPORT_PNG);
  g_autofree char *path = liaison_test_temporary_path ("graph.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) written = NULL;
  g_autofree char *contents = NULL;
  AsyncOutcome done = { 0 };
  AsyncOutcome cancelled = { 0 };
  LiaisonExportOptions options;

  liaison_export_options_init (&options, LIAISON_EXPORT_PNG);

  /* The file holds what the same export gives in memory. */
  export_async (scene, &options, file, NULL, &done);
  g_assert_no_error (done.error);
  g_assert_true (done.written);
  written = g_file_load_bytes (file, NULL, NULL, NULL);
  g_assert_nonnull (written);
  g_assert_true (g_bytes_equal (written, expected));

  /* Cancelled, it says so and leaves the file that was there alone. */
  g_assert_true (g_file_set_contents (path, "the previous export", -1, NULL));
  g_cancellable_cancel (cancellable);
  export_async (scene, &options, file, cancellable, &cancelled);
  g_assert_false (cancelled.written);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous export");
  g_clear_error (&cancelled.error);

  liaison_test_remove_temporary (path);
}

/* A disk that fills up halfway through the export. */
static void
test_full_disk_keeps_old_file (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(LiaisonDataset) dataset = liaison_test_load_valid ("self-loop-and-parallel.json");
      g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
      const char *dir = g_getenv ("LIAISON_TEST_EXPORT_DIR");
      g_autofree char *path = g_build_filename (dir, "graph.svg", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      g_autofree char *expected = g_strdup_printf ("Could not write “%s”: ", path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;
      struct rlimit limit = { 1024, 1024 };
      LiaisonExportOptions options;

      g_assert_true (g_file_set_contents (path, "the previous export", -1, NULL));

      /* Writes past 1 KiB fail with EFBIG, as on a full disk with ENOSPC. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
      g_assert_false (liaison_export_to_file (scene, &options, file, NULL, &error));
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, expected));

      /* The old file as it was, and no half-written one beside it. */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous export");
      listing = g_dir_open (dir, 0, NULL);
      g_assert_cmpstr (g_dir_read_name (listing), ==, "graph.svg");
      g_assert_null (g_dir_read_name (listing));
      return;
    }

  {
    g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "graph.svg", NULL);

    g_setenv ("LIAISON_TEST_EXPORT_DIR", dir, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_unsetenv ("LIAISON_TEST_EXPORT_DIR");

    g_unlink (path);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/write-errors", test_write_errors);
  g_test_add_func ("/export/full-disk-keeps-old-file", test_full_disk_keeps_old_file);
  g_test_add_func ("/export/to-file-async", test_to_file_async);

  return g_test_run ();
}

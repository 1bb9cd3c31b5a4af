/* test-file-watch.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Watching the open file: saves as editors make them, a broken save then
 * a fixed one, a save that changed nothing, entities taken out.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-file-watch.h"

#define TWO "{ \"entities\": [ { \"id\": \"a\", \"label\": \"A\" }, { \"id\": \"b\", \"label\": \"B\" } ],\n" \
            "  \"relations\": [ { \"from\": \"a\", \"to\": \"b\" } ] }\n"
#define THREE "{ \"entities\": [ { \"id\": \"a\", \"label\": \"A\" }, { \"id\": \"b\", \"label\": \"B\" },\n" \
              "  { \"id\": \"c\", \"label\": \"C\" } ],\n" \
              "  \"relations\": [ { \"from\": \"a\", \"to\": \"b\" }, { \"from\": \"c\", \"to\": \"a\" } ] }\n"
#define BROKEN "{ \"entities\": [ { \"id\": \"a\", \"label\": \"A\" } ],\n" \
               "  \"relations\": [ { \"from\": \"a\", \"to\": \"ghost\" } ] }\n"
#define ONE "{ \"entities\": [ { \"id\": \"a\", \"label\": \"A\" } ] }\n"

typedef struct
{
  char             *dir;
  char             *path;
  GFile            *file;
  LiaisonFileWatch *watch;
  GPtrArray        *seen;   /* GBytes, each "changed" */
} Fixture;

static void
changed_cb (LiaisonFileWatch *watch,
            GBytes           *contents,
            Fixture          *fixture)
{
  g_ptr_array_add (fixture->seen, g_bytes_ref (contents));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("liaison-watch-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "data.json", NULL);
  g_file_set_contents (fixture->path, TWO, -1, &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->seen = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  fixture->watch = liaison_file_watch_new (fixture->file, NULL, &error);
  g_assert_no_error (error);
  liaison_file_watch_set_delay (fixture->watch, 100);
  g_signal_connect (fixture->watch, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->watch);
  g_clear_object (&fixture->file);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->seen);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the loop for @milliseconds, or until @n changes were seen. */
static void
run (Fixture *fixture,
     guint    n,
     guint    milliseconds)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (milliseconds, timeout_cb, &timed_out);

  while (!timed_out && fixture->seen->len < n)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
}

/* As an editor that saves by rename: a new file beside, moved over. */
static void
save_by_rename (Fixture    *fixture,
                const char *contents)
{
  g_autofree char *temporary = g_build_filename (fixture->dir, ".data.json.swp", NULL);
  FILE *stream = fopen (temporary, "w");

  g_assert_nonnull (stream);
  fputs (contents, stream);
  fclose (stream);
  g_assert_cmpint (g_rename (temporary, fixture->path), ==, 0);
}

/* As an editor that writes the file in place, in pieces. */
static void
save_in_place (Fixture    *fixture,
               const char *contents)
{
  FILE *stream = fopen (fixture->path, "w");

  g_assert_nonnull (stream);
  fputs (contents, stream);
  fclose (stream);
}

static LiaisonDataset *
load (GBytes  *contents,
      GError **error)
{
  return liaison_dataset_load_bytes (contents, "data.json", NULL, NULL, error);
}

static void
assert_bytes (GBytes     *bytes,
              const char *text)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_cmpmem (data, length, text, strlen (text));
}

static void
test_rename_save (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  save_by_rename (fixture, THREE);
  run (fixture, 1, 5000);
  /* One save, one change, however many events it made. */
  run (fixture, 2, 500);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  assert_bytes (g_ptr_array_index (fixture->seen, 0), THREE);

  dataset = load (g_ptr_array_index (fixture->seen, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (liaison_dataset_lookup_entity (dataset, "c"));
}

static void
test_in_place_debounced (Fixture       *fixture,
                         gconstpointer  data)
{
  save_in_place (fixture, BROKEN);
  save_in_place (fixture, ONE);
  save_in_place (fixture, THREE);
  run (fixture, 1, 5000);
  run (fixture, 2, 500);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  assert_bytes (g_ptr_array_index (fixture->seen, 0), THREE);
}

/* A broken save is reported like any other: the reader refuses it and
 * keeps what it had; the fixed save that follows loads.
 */
static void
test_broken_then_fixed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LiaisonDataset) broken = NULL;
  g_autoptr(LiaisonDataset) fixed = NULL;
  g_autoptr(GError) error = NULL;

  save_by_rename (fixture, BROKEN);
  run (fixture, 1, 5000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  broken = load (g_ptr_array_index (fixture->seen, 0), &error);
  g_assert_null (broken);
  g_assert_cmpstr (error->message, ==, "data.json: relations[0].to: unknown entity \"ghost\"");
  g_clear_error (&error);

  save_by_rename (fixture, THREE);
  run (fixture, 2, 5000);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  fixed = load (g_ptr_array_index (fixture->seen, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (fixed), ==, 3);
}

static void
test_unchanged_skipped (Fixture       *fixture,
                        gconstpointer  data)
{
  save_by_rename (fixture, TWO);
  run (fixture, 1, 1000);
  g_assert_cmpuint (fixture->seen->len, ==, 0);
  g_assert_cmpuint (liaison_file_watch_get_n_skipped (fixture->watch), >=, 1);

  /* And the next real change still comes. */
  save_in_place (fixture, THREE);
  run (fixture, 1, 5000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
}

static void
test_entities_removed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  save_by_rename (fixture, ONE);
  run (fixture, 1, 5000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  dataset = load (g_ptr_array_index (fixture->seen, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 1);
  g_assert_null (liaison_dataset_lookup_entity (dataset, "b"));
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/file-watch/rename-save", Fixture, NULL, fixture_set_up, test_rename_save, fixture_tear_down);
  g_test_add ("/file-watch/in-place-debounced", Fixture, NULL, fixture_set_up, test_in_place_debounced,
              fixture_tear_down);
  g_test_add ("/file-watch/broken-then-fixed", Fixture, NULL, fixture_set_up, test_broken_then_fixed,
              fixture_tear_down);
  g_test_add ("/file-watch/unchanged-skipped", Fixture, NULL, fixture_set_up, test_unchanged_skipped,
              fixture_tear_down);
  g_test_add ("/file-watch/entities-removed", Fixture, NULL, fixture_set_up, test_entities_removed,
              fixture_tear_down);

  return g_test_run ();
}

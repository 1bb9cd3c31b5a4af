/* test-layout-worker.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The layout worker's life: cancelled, superseded, timed out, crashed or
 * orphaned, it never outlives its purpose nor holds the app up.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "liaison-layout.h"
#include "liaison-test-util.h"

/* Children of this process that run the layout worker. */
static guint
count_workers (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *status_path = g_build_filename ("/proc", name, "status", NULL);
      g_autofree char *status = NULL;
      g_autofree char *expected = g_strdup_printf ("\nPPid:\t%d\n", getpid ());

      if (!g_ascii_isdigit (name[0]) || !g_file_get_contents (status_path, &status, NULL, NULL))
        continue;
      if (strstr (status, expected) != NULL && strstr (status, "Name:\tliaison-layout") != NULL &&
          strstr (status, "State:\tZ") == NULL)
        n++;
    }

  return n;
}

typedef struct
{
  GMainLoop    *loop;
  LiaisonScene *scene;
  GError       *error;
  gint64        finished;
  guint         pending;
} Outcome;

static void
layout_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->scene = liaison_layout_finish (result, &outcome->error);
  outcome->finished = g_get_monotonic_time ();
  if (--outcome->pending == 0)
    g_main_loop_quit (outcome->loop);
}

/* The worker starts once the graph is built, on another thread. */
static void
wait_for_worker (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (count_workers () == 0 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpuint (count_workers (), ==, 1);
}

/* How long the worker outlives a cancellation. */
static gint64
wait_for_no_worker (gint64 since)
{
  gint64 deadline = since + 5 * G_USEC_PER_SEC;

  while (count_workers () > 0 && g_get_monotonic_time () < deadline)
    g_usleep (500);
  g_assert_cmpuint (count_workers (), ==, 0);

  return g_get_monotonic_time () - since;
}

static void
test_cancel (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Outcome outcome = { loop, NULL, NULL, 0, 1 };
  gint64 cancelled_at, killed_after;

  /* A worker that would never finish on its own. */
  g_setenv ("LIAISON_WORKER_TEST_HANG", "1", TRUE);
  liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, cancellable, layout_cb, &outcome);
  wait_for_worker ();
  g_unsetenv ("LIAISON_WORKER_TEST_HANG");

  cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  killed_after = wait_for_no_worker (cancelled_at);
  g_main_loop_run (loop);

  g_test_message ("worker killed %.1f ms after the cancel, which returned after %.1f ms",
                  killed_after / 1000.0, (outcome.finished - cancelled_at) / 1000.0);
  g_assert_null (outcome.scene);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The kill itself is immediate (SIGKILL from the cancel); the callback
   * waits for the main loop, which this test held up meanwhile.
   */
  g_assert_cmpint (killed_after, <, 100 * 1000);
  g_assert_cmpint (outcome.finished - cancelled_at, <, G_USEC_PER_SEC);

  g_clear_error (&outcome.error);
}

static void
test_supersede (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GCancellable) first = g_cancellable_new ();
  g_autoptr(GCancellable) second = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Outcome first_outcome = { loop, NULL, NULL, 0, 1 };
  Outcome second_outcome = { loop, NULL, NULL, 0, 1 };

  /* As the window does: a new request cancels the one under way, whose
   * worker is killed, and the new one's result arrives.
   */
  g_setenv ("LIAISON_WORKER_TEST_HANG", "1", TRUE);
  liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_NEATO, 60, first, layout_cb, &first_outcome);
  wait_for_worker ();
  g_unsetenv ("LIAISON_WORKER_TEST_HANG");

  g_cancellable_cancel (first);
  liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, second, layout_cb, &second_outcome);

  while (first_outcome.pending > 0 || second_outcome.pending > 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (first_outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (first_outcome.scene);
  g_assert_no_error (second_outcome.error);
  g_assert_cmpstr (liaison_scene_get_engine (second_outcome.scene), ==, "dot");
  liaison_test_assert_scene_matches (second_outcome.scene, dataset);
  wait_for_no_worker (g_get_monotonic_time ());

  g_clear_error (&first_outcome.error);
  g_clear_object (&second_outcome.scene);
}

/* A cancel can land at any moment of the exchange with the worker,
 * including while it is winding down. Cancelled from another thread, as
 * an export or a second window may, none of those moments may leave the
 * layout waiting forever.
 */
typedef struct
{
  GCancellable *cancellable;
  gulong        delay_us;
  int           done;           /* atomic */
} CancelLater;

static gpointer
cancel_later_thread (gpointer data)
{
  CancelLater *later = data;

  g_usleep (later->delay_us);
  g_cancellable_cancel (later->cancellable);
  g_atomic_int_set (&later->done, TRUE);

  return NULL;
}

static void
test_cancel_at_any_moment (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gint64 worker_time;
  guint n_cancelled = 0, n_finished = 0;

  /* How long one exchange takes here, to spread the cancels over it. */
  {
    Outcome outcome = { loop, NULL, NULL, 0, 1 };
    gint64 started = g_get_monotonic_time ();

    liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_CIRCO, 60, NULL, layout_cb, &outcome);
    g_main_loop_run (loop);
    g_assert_no_error (outcome.error);
    g_clear_object (&outcome.scene);
    worker_time = outcome.finished - started;
  }

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Outcome outcome = { loop, NULL, NULL, 0, 1 };
      CancelLater later = { cancellable, g_rand_int_range (rand, worker_time * 7 / 10, worker_time * 13 / 10 + 1), FALSE };
      gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      GThread *thread;

      liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_CIRCO, 60, cancellable, layout_cb, &outcome);
      thread = g_thread_new ("cancel-later", cancel_later_thread, &later);
      while (outcome.pending > 0 || !g_atomic_int_get (&later.done))
        {
          if (g_get_monotonic_time () > deadline)
            g_error ("layout %u, cancelled after %.1f ms: %s", i, later.delay_us / 1000.0,
                     outcome.pending > 0 ? "the layout never returned" : "the cancel never returned");
          g_main_context_iteration (NULL, FALSE);
          g_usleep (200);
        }
      g_thread_join (thread);

      if (outcome.error != NULL)
        {
          g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          n_cancelled++;
        }
      else
        n_finished++;
      g_clear_error (&outcome.error);
      g_clear_object (&outcome.scene);
    }

  g_test_message ("%u cancelled, %u finished first", n_cancelled, n_finished);
  wait_for_no_worker (g_get_monotonic_time ());
}

/* Cancelled while the graph is still being built: no worker is started
 * at all.
 */
static void
test_cancel_before_worker (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Outcome outcome = { loop, NULL, NULL, 0, 1 };

  liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, cancellable, layout_cb, &outcome);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (loop);

  g_assert_null (outcome.scene);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_workers (), ==, 0);
  g_clear_error (&outcome.error);
}

static void
test_worker_crash (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  /* Graphviz aborts on some inputs; the app must only report it. */
  g_setenv ("LIAISON_WORKER_TEST_ABORT", "1", TRUE);
  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_FDP, 60, NULL, &error);
  g_unsetenv ("LIAISON_WORKER_TEST_ABORT");

  g_assert_null (scene);
  g_assert_error (error, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_CRASHED);
  g_assert_cmpstr (error->message, ==, "Graphviz’s fdp engine crashed (Aborted); try another engine");
}

static void
test_worker_without_its_parent (void)
{
  const char *argv[] = { liaison_layout_get_worker_path (), "--engine=dot", "--parent=999999999", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  /* A worker whose app is gone by the time it starts (adopted by another
   * process) ends at once rather than lay out for nobody.
   */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
}

static void
test_time_limit (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_setenv ("LIAISON_WORKER_TEST_HANG", "1", TRUE);
  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 1, NULL, &error);
  g_unsetenv ("LIAISON_WORKER_TEST_HANG");

  g_assert_null (scene);
  g_assert_error (error, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_TIMED_OUT);
  g_assert_cmpstr (error->message, ==, "Graphviz’s dot engine took more than 1 second and was stopped; "
                                       "the sfdp engine lays large graphs out much faster");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  g_assert_cmpuint (count_workers (), ==, 0);
  g_clear_error (&error);

  /* sfdp is already the fastest: the advice is another. */
  g_setenv ("LIAISON_WORKER_TEST_HANG", "1", TRUE);
  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, 2, NULL, &error);
  g_unsetenv ("LIAISON_WORKER_TEST_HANG");
  g_assert_error (error, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_TIMED_OUT);
  g_assert_cmpstr (error->message, ==, "Graphviz’s sfdp engine took more than 2 seconds and was stopped; "
                                       "raise the time limit in Preferences, or hide some types to lay out "
                                       "fewer entities");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-worker/cancel", test_cancel);
  g_test_add_func ("/layout-worker/supersede", test_supersede);
  g_test_add_func ("/layout-worker/cancel-before-worker", test_cancel_before_worker);
  g_test_add_func ("/layout-worker/cancel-at-any-moment", test_cancel_at_any_moment);
  g_test_add_func ("/layout-worker/worker-crash", test_worker_crash);
  g_test_add_func ("/layout-worker/time-limit", test_time_limit);
  g_test_add_func ("/layout-worker/worker-without-its-parent", test_worker_without_its_parent);

  return g_test_run ();
}

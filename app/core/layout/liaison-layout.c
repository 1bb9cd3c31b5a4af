/* liaison-layout.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs Graphviz in the layout worker (liaison-layout-worker.c) and turns
 * what it writes into a LiaisonScene. Cancelling kills the worker at once;
 * so does the time limit; a worker that dies becomes an error, never a
 * crash of the app.
 */

#define G_LOG_DOMAIN "liaison-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "liaison-graph-builder.h"
#include "liaison-layout.h"

#define WORKER_NAME     "liaison-layout-worker"
#define MAX_MESSAGES    50
#define MAX_MESSAGE_LEN 500

G_DEFINE_QUARK (liaison-layout-error-quark, liaison_layout_error)

typedef struct
{
  GSubprocess  *process;
  GCancellable *cancellable;
  GSource      *timeout_source;
  GBytes       *dot;
  gulong        cancelled_id;
  char         *engine;
  guint         timeout_seconds;
  int           timed_out;      /* atomic: set on the main thread, read on the job's */
  gint64        started;
} RenderJob;

void
liaison_render_result_free (LiaisonRenderResult *result)
{
  g_clear_pointer (&result->output, g_bytes_unref);
  g_clear_pointer (&result->messages, g_strfreev);
  g_free (result);
}

static void
render_job_free (RenderJob *job)
{
  if (job->cancelled_id != 0)
    g_cancellable_disconnect (job->cancellable, job->cancelled_id);
  if (job->timeout_source != NULL)
    {
      g_source_destroy (job->timeout_source);
      g_source_unref (job->timeout_source);
    }
  g_clear_object (&job->cancellable);
  g_clear_object (&job->process);
  g_clear_pointer (&job->dot, g_bytes_unref);
  g_free (job->engine);
  g_free (job);
}

const char *
liaison_layout_get_worker_path (void)
{
  static char *path;

  if (g_once_init_enter (&path))
    {
      const char *from_env = g_getenv ("LIAISON_LAYOUT_WORKER");
      g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *beside = NULL;
      char *found;

      /* The environment (tests, meson devenv), then beside the running
       * binary (the build tree), then where it is installed.
       */
      if (self != NULL)
        {
          g_autofree char *dir = g_path_get_dirname (self);

          beside = g_build_filename (dir, WORKER_NAME, NULL);
        }

      if (from_env != NULL && from_env[0] != '\0')
        found = g_strdup (from_env);
      else if (beside != NULL && g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        found = g_steal_pointer (&beside);
      else
        found = g_build_filename (LIBEXECDIR, WORKER_NAME, NULL);

      g_once_init_leave (&path, found);
    }

  return path;
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  GSubprocess *process = user_data;

  /* Any thread may cancel; kill(2) is safe from any of them. */
  g_subprocess_force_exit (process);
}

static gboolean
timeout_cb (gpointer user_data)
{
  RenderJob *job = user_data;

  g_atomic_int_set (&job->timed_out, TRUE);
  g_subprocess_force_exit (job->process);

  return G_SOURCE_REMOVE;
}

static char **
split_messages (GBytes *bytes)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return g_new0 (char *, 1);

  data = g_bytes_get_data (bytes, &length);
  text = g_utf8_make_valid (data != NULL ? data : "", length);
  parts = g_strsplit (text, "\n", -1);

  for (guint i = 0; parts[i] != NULL && lines->len < MAX_MESSAGES; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (g_utf8_strlen (parts[i], -1) > MAX_MESSAGE_LEN)
        g_ptr_array_add (lines, g_utf8_substring (parts[i], 0, MAX_MESSAGE_LEN));
      else
        g_ptr_array_add (lines, g_strdup (parts[i]));
    }
  g_ptr_array_add (lines, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}

/* Turns how the worker ended into the task's result. */
static void
return_outcome (GTask  *task,
                GBytes *out,
                GBytes *err)
{
  RenderJob *job = g_task_get_task_data (task);
  GSubprocess *process = job->process;
  g_auto(GStrv) messages = NULL;
  LiaisonRenderResult *render;

  g_debug ("%s worker: %.0f ms", job->engine, (g_get_monotonic_time () - job->started) / 1000.0);

  messages = split_messages (err);

  if (g_subprocess_get_if_signaled (process))
    {
      int signum = g_subprocess_get_term_sig (process);

      if (g_atomic_int_get (&job->timed_out) && g_str_equal (job->engine, "sfdp"))
        g_task_return_new_error (task, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_TIMED_OUT,
                                 /* TRANSLATORS: the time limit; sfdp is already the fastest engine */
                                 ngettext ("Graphviz’s sfdp engine took more than %u second and was stopped; "
                                           "raise the time limit in Preferences, or hide some types to lay "
                                           "out fewer entities",
                                           "Graphviz’s sfdp engine took more than %u seconds and was stopped; "
                                           "raise the time limit in Preferences, or hide some types to lay "
                                           "out fewer entities",
                                           job->timeout_seconds),
                                 job->timeout_seconds);
      else if (g_atomic_int_get (&job->timed_out))
        g_task_return_new_error (task, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_TIMED_OUT,
                                 /* TRANSLATORS: the engine, then the time limit */
                                 ngettext ("Graphviz’s %s engine took more than %u second and was stopped; "
                                           "the sfdp engine lays large graphs out much faster",
                                           "Graphviz’s %s engine took more than %u seconds and was stopped; "
                                           "the sfdp engine lays large graphs out much faster",
                                           job->timeout_seconds),
                                 job->engine, job->timeout_seconds);
      else if (g_cancellable_is_cancelled (job->cancellable))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The layout was cancelled"));
      else
        g_task_return_new_error (task, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_CRASHED,
                                 /* TRANSLATORS: the engine, then what killed it, e.g. "Aborted" */
                                 _("Graphviz’s %s engine crashed (%s); try another engine"),
                                 job->engine, g_strsignal (signum));
      return;
    }

  if (!g_subprocess_get_successful (process) || out == NULL)
    {
      g_autofree char *joined = g_strjoinv ("; ", messages);

      g_task_return_new_error (task, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_FAILED,
                               _("Graphviz’s %s engine could not lay the graph out: %s"),
                               job->engine, joined[0] != '\0' ? joined : _("no reason given"));
      return;
    }

  render = g_new0 (LiaisonRenderResult, 1);
  render->output = g_bytes_ref (out);
  render->messages = g_steal_pointer (&messages);
  g_task_return_pointer (task, render, (GDestroyNotify) liaison_render_result_free);
}

/* On a thread of its own: the worker's output is read as fast as it comes.
 * Read on the main context, in GIO's 8 KiB steps between the window's
 * frames, the 3 MB of a dense graph took ten times as long as the layout.
 *
 * The exchange itself needs no cancellable: cancelling kills the worker
 * (cancelled_cb()), which ends it.
 */
static void
communicate_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  RenderJob *job = task_data;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  gboolean communicated;

  communicated = g_subprocess_communicate (job->process, job->dot, NULL, &out, &err, NULL);

  /* Here, not when the job is freed: the last reference to the task can
   * go while the cancellable is emitting "cancelled" (GTask's own handler
   * holds one), and a disconnect from within that emission waits for it
   * to end, for ever: the window froze.
   */
  if (job->cancelled_id != 0)
    {
      g_cancellable_disconnect (job->cancellable, job->cancelled_id);
      job->cancelled_id = 0;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!communicated)
    {
      /* The worker went away before reading its input: how it ended says
       * why, once it has.
       */
      g_subprocess_wait (job->process, NULL, NULL);
      return_outcome (task, NULL, NULL);
      return;
    }

  return_outcome (task, out, err);
}

/* Lays @dot out with @engine in the worker and returns what it writes in
 * @format.
 */
static void
render_async (GBytes              *dot,
              const char          *engine,
              const char          *format,
              guint                timeout_seconds,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *engine_arg = g_strdup_printf ("--engine=%s", engine);
  g_autofree char *format_arg = g_strdup_printf ("--format=%s", format);
  g_autofree char *parent_arg = g_strdup_printf ("--parent=%d", (int) getpid ());
  const char *argv[] = { liaison_layout_get_worker_path (), engine_arg, format_arg, parent_arg, NULL };
  static gsize sigpipe_ignored;
  RenderJob *job;

  /* A worker that dies before reading all of its input must cost an
   * error, not the app: writes to its pipe then fail with EPIPE instead of
   * raising SIGPIPE.
   */
  if (g_once_init_enter (&sigpipe_ignored))
    {
      signal (SIGPIPE, SIG_IGN);
      g_once_init_leave (&sigpipe_ignored, 1);
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, render_async);
  g_task_set_name (task, "[liaison] layout worker");

  job = g_new0 (RenderJob, 1);
  job->engine = g_strdup (engine);
  job->timeout_seconds = timeout_seconds;
  job->started = g_get_monotonic_time ();
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);

  if (g_task_return_error_if_cancelled (task))
    return;

  job->process = g_subprocess_newv (argv,
                                    G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                    G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                    G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                    &error);
  if (job->process == NULL)
    {
      g_task_return_new_error (task, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_NO_WORKER,
                               _("The layout worker could not be started (%s): %s"),
                               argv[0], error->message);
      return;
    }

  if (cancellable != NULL)
    {
      job->cancellable = g_object_ref (cancellable);
      job->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), job->process, NULL);
    }

  if (timeout_seconds > 0)
    {
      job->timeout_source = g_timeout_source_new_seconds (timeout_seconds);
      g_source_set_callback (job->timeout_source, timeout_cb, job, NULL);
      g_source_set_static_name (job->timeout_source, "[liaison] layout time limit");
      g_source_attach (job->timeout_source, g_task_get_context (task));
    }

  job->dot = g_bytes_ref (dot);
  g_task_run_in_thread (task, communicate_thread);
}

static LiaisonRenderResult *
render_finish (GAsyncResult  *result,
               GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  LiaisonDataset      *dataset;
  LiaisonViewState    *state;     /* a copy of the caller's, owned by the task */
  LiaisonLayoutEngine  engine;
  guint                timeout_seconds;
  GBytes              *dot;
  LiaisonRenderResult *render;
} LayoutData;

static void
layout_data_free (LayoutData *data)
{
  g_clear_object (&data->dataset);
  g_clear_object (&data->state);
  g_clear_pointer (&data->dot, g_bytes_unref);
  g_clear_pointer (&data->render, liaison_render_result_free);
  g_free (data);
}

static const char *
get_engine_name (LayoutData *data)
{
  return liaison_layout_engine_to_string (data->engine);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  LayoutData *data = task_data;
  GError *error = NULL;
  const char *json;
  gsize length;
  gint64 start;
  LiaisonScene *scene;

  json = g_bytes_get_data (data->render->output, &length);
  start = g_get_monotonic_time ();
  scene = liaison_scene_new_from_json (json, length, data->dataset, &error);
  g_debug ("scene: %" G_GSIZE_FORMAT " bytes read in %.0f ms", length, (g_get_monotonic_time () - start) / 1000.0);
  if (scene == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  liaison_scene_set_engine (scene, get_engine_name (data));
  liaison_scene_set_messages (scene, (const char * const *) data->render->messages);
  g_task_return_pointer (task, scene, g_object_unref);
}

static void
rendered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LayoutData *data = g_task_get_task_data (task);
  GError *error = NULL;

  data->render = render_finish (result, &error);
  if (data->render == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Reading a large layout takes a while; not on the main thread, and
   * cancelling does not wait for it.
   */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, parse_thread);
}

/* In a thread: choosing the engine and writing the graph take long
 * enough on large datasets to be felt on the main thread.
 */
static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  LayoutData *data = task_data;
  gint64 start = g_get_monotonic_time ();

  /* Superseded while waiting for a thread, or for another build. */
  if (g_task_return_error_if_cancelled (task))
    return;

  /* Positions from the file are only drawn when every entity has one. */
  if (data->engine == LIAISON_LAYOUT_ENGINE_AUTO ||
      (data->engine == LIAISON_LAYOUT_ENGINE_FILE && !liaison_dataset_has_positions (data->dataset)))
    data->engine = liaison_graph_choose_engine (data->dataset, data->state);
  data->dot = liaison_graph_build_dot (data->dataset, data->state, data->engine, NULL);
  g_debug ("graph: %" G_GSIZE_FORMAT " bytes of DOT in %.0f ms", g_bytes_get_size (data->dot),
           (g_get_monotonic_time () - start) / 1000.0);
  g_task_return_boolean (task, TRUE);
}

static void
built_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LayoutData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (g_task_return_error_if_cancelled (task))
    return;

  render_async (data->dot, liaison_layout_engine_graphviz_name (data->engine), "scene", data->timeout_seconds,
                cancellable, rendered_cb, g_steal_pointer (&task));
}

void
liaison_layout_async (LiaisonDataset      *dataset,
                      LiaisonViewState    *state,
                      LiaisonLayoutEngine  engine,
                      guint                timeout_seconds,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) build = NULL;
  LayoutData *data;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state));
  g_return_if_fail (engine < LIAISON_N_LAYOUT_ENGINES);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, liaison_layout_async);
  g_task_set_name (task, "[liaison] layout");

  data = g_new0 (LayoutData, 1);
  data->dataset = g_object_ref (dataset);
  data->state = state != NULL ? liaison_view_state_copy_visibility (state) : NULL;
  data->engine = engine;
  data->timeout_seconds = timeout_seconds;
  g_task_set_task_data (task, data, (GDestroyNotify) layout_data_free);

  /* The graph is built by a task of its own, which shares the data; the
   * layout's task, kept alive by it, returns once the worker is done.
   */
  build = g_task_new (NULL, cancellable, built_cb, g_steal_pointer (&task));
  g_task_set_source_tag (build, build_thread);
  g_task_set_name (build, "[liaison] graph builder");
  g_task_set_task_data (build, data, NULL);
  g_task_run_in_thread (build, build_thread);
}

/* Returns: (transfer full) */
LiaisonScene *
liaison_layout_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The synchronous forms, for the command line and the tests: the
 * asynchronous ones, run to their end on a main context of their own.
 */
typedef struct
{
  GMainContext *context;
  GAsyncResult *result;
} SyncRun;

static void
sync_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SyncRun *run = user_data;

  run->result = g_object_ref (result);
}

static void
sync_run_begin (SyncRun *run)
{
  run->context = g_main_context_new ();
  run->result = NULL;
  g_main_context_push_thread_default (run->context);
}

/* Returns: (transfer full): the result sync_cb() was given */
static GAsyncResult *
sync_run_end (SyncRun *run)
{
  while (run->result == NULL)
    g_main_context_iteration (run->context, TRUE);

  g_main_context_pop_thread_default (run->context);
  g_clear_pointer (&run->context, g_main_context_unref);

  return run->result;
}

LiaisonScene *
liaison_layout_run (LiaisonDataset       *dataset,
                    LiaisonViewState     *state,
                    LiaisonLayoutEngine   engine,
                    guint                 timeout_seconds,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SyncRun run;

  sync_run_begin (&run);
  liaison_layout_async (dataset, state, engine, timeout_seconds, cancellable, sync_cb, &run);
  result = sync_run_end (&run);

  return liaison_layout_finish (result, error);
}

/* Returns: (transfer full): what the worker wrote, e.g. SVG from Graphviz's
 * own renderer, with Graphviz's warnings.
 */
LiaisonRenderResult *
liaison_layout_render (GBytes        *dot,
                       const char    *engine,
                       const char    *format,
                       guint          timeout_seconds,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SyncRun run;

  g_return_val_if_fail (dot != NULL, NULL);
  g_return_val_if_fail (engine != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  sync_run_begin (&run);
  render_async (dot, engine, format, timeout_seconds, cancellable, sync_cb, &run);
  result = sync_run_end (&run);

  return render_finish (result, error);
}

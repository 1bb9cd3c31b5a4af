/* liaison-test-util.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers that several test and benchmark programs share, so that each
 * has one meaning.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "liaison-commands.h"
#include "liaison-dataset-loader.h"
#include "liaison-entity.h"
#include "liaison-graph-builder.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"

#include <json-glib/json-glib.h>

/* The dataset that ships with Liaison, in the source tree. */
char *
liaison_test_bundled_path (void)
{
  const char *data_dir = g_getenv ("LIAISON_DATA_DIR");

  g_assert_nonnull (data_dir);
  return g_build_filename (data_dir, "datasets", "huawei-japan-2019.json", NULL);
}

LiaisonDataset *
liaison_test_load_bundled (void)
{
  g_autofree char *path = liaison_test_bundled_path ();

  return liaison_test_load_path (path);
}

LiaisonDataset *
liaison_test_load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  dataset = liaison_dataset_load_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

LiaisonDataset *
liaison_test_load_data (const char  *folder,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return liaison_dataset_load_file (file, name, NULL, NULL, error);
}

LiaisonDataset *
liaison_test_load_data_valid (const char *folder,
                              const char *name)
{
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset = liaison_test_load_data (folder, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

const char *
liaison_test_attribute (const LiaisonAttribute *attributes,
                        guint                   n_attributes,
                        const char             *key)
{
  for (guint i = 0; i < n_attributes; i++)
    if (g_str_equal (attributes[i].key, key))
      return attributes[i].json;

  return NULL;
}

const char *
liaison_test_entity_attribute (LiaisonDataset *dataset,
                               const char     *id,
                               const char     *key)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);
  const LiaisonAttribute *attributes;
  guint n = 0;

  g_assert_nonnull (entity);
  attributes = liaison_entity_get_attributes (entity, &n);
  return liaison_test_attribute (attributes, n, key);
}

const char *
liaison_test_relation_attribute (const LiaisonRelation *relation,
                                 const char            *key)
{
  return liaison_test_attribute (relation->attributes, relation->n_attributes, key);
}

const char *
liaison_test_label_of (LiaisonDataset *dataset,
                       const char     *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);

  g_assert_nonnull (entity);
  return liaison_entity_get_label (entity);
}

void
liaison_test_add_file_cases (const char    *prefix,
                             gconstpointer  cases,
                             gsize          case_size,
                             guint          n_cases,
                             GTestDataFunc  test)
{
  for (guint i = 0; i < n_cases; i++)
    {
      gconstpointer one = (const char *) cases + i * case_size;
      g_autofree char *path = g_strdup_printf ("%s/%s", prefix, *(const char * const *) one);

      g_test_add_data_func (path, one, test);
    }
}

/* Runs the real binary with no display at all, as a script or CI would,
 * in @cwd (tests/data when NULL), with @variable set and @child_setup run
 * in the child when not NULL.
 */
int
liaison_test_run_liaison_in (const char            *cwd,
                             const char            *variable,
                             GSpawnChildSetupFunc   child_setup,
                             const char * const    *args,
                             char                 **out,
                             char                 **err)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *srcdir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_unsetenv (launcher, "GSETTINGS_SCHEMA_DIR");
  if (variable != NULL)
    g_subprocess_launcher_setenv (launcher, variable, "1", TRUE);
  g_subprocess_launcher_set_cwd (launcher, cwd != NULL ? cwd : srcdir);
  if (child_setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

  g_ptr_array_add (argv, (gpointer) g_getenv ("LIAISON_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  for (guint attempt = 0;; attempt++)
    {
      g_autofree char *child_err = NULL;

      g_clear_object (&process);
      process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, out, &child_err, &error);
      g_assert_no_error (error);

      if (g_subprocess_get_if_exited (process))
        {
          if (err != NULL)
            *err = g_steal_pointer (&child_err);
          break;
        }

      /* LeakSanitizer's own tracer sometimes fails (clang 14: "Tracer
       * caught signal 11") and aborts a child that did its work: that is
       * the checker failing, not Liaison, and is tried once more. Any
       * other end by a signal fails the test, with what the child said.
       */
      if (attempt == 0 && child_err != NULL &&
          strstr (child_err, "LeakSanitizer has encountered a fatal error") != NULL)
        {
          g_test_message ("the leak checker failed in the child; running it again");
          if (out != NULL)
            g_clear_pointer (out, g_free);
          continue;
        }

      g_error ("liaison was killed by signal %d (%s); it said:\n%s",
               g_subprocess_get_term_sig (process), g_strsignal (g_subprocess_get_term_sig (process)),
               child_err != NULL ? child_err : "");
    }

  return g_subprocess_get_exit_status (process);
}

/* Returns: (transfer full): "e1 e2 | r1 | s1", the ids of each of
 * @sections (e.g. "entities", "relations") of an exported JSON file, each
 * in its order.
 */
char *
liaison_test_export_ids (const char         *path,
                         const char * const *sections)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GString *ids = g_string_new (NULL);
  JsonObject *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  for (guint s = 0; sections[s] != NULL; s++)
    {
      JsonArray *array = json_object_get_array_member (root, sections[s]);

      if (s > 0)
        g_string_append (ids, " |");
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "",
                                json_object_get_string_member (json_array_get_object_element (array, i), "id"));
    }

  return g_string_free (ids, FALSE);
}

LiaisonScene *
liaison_test_lay_out (LiaisonDataset   *dataset,
                      LiaisonViewState *state)
{
  g_autoptr(GError) error = NULL;
  LiaisonScene *scene = liaison_layout_run (dataset, state, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);

  g_assert_no_error (error);
  return scene;
}

GBytes *
liaison_test_export_bytes (LiaisonScene        *scene,
                           LiaisonExportFormat  format)
{
  LiaisonExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  liaison_export_options_init (&options, format);
  bytes = liaison_export_to_bytes (scene, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

/* One of the test data's valid files, tests/data/valid/@name. */
LiaisonDataset *
liaison_test_load_valid (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);

  return liaison_test_load_path (path);
}

/* A dataset written out in the test, which must load. */
LiaisonDataset *
liaison_test_load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  dataset = liaison_dataset_load_bytes (bytes, "test.json", NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

LiaisonDataset *
liaison_test_make_graph (const char *entities,
                         const char *relations)
{
  g_auto(GStrv) ids = g_strsplit (entities, " ", -1);
  g_auto(GStrv) pairs = g_strsplit (relations, " ", -1);
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (ids[i], ":", 2);

      if (*ids[i] == '\0')
        continue;
      g_string_append_printf (json, "%s{\"id\": \"%s\", \"label\": \"%s\"", i > 0 ? ", " : "", parts[0], parts[0]);
      if (parts[1] != NULL)
        g_string_append_printf (json, ", \"type\": \"%s\"", parts[1]);
      g_string_append (json, "}");
    }

  g_string_append (json, "], \"relations\": [");
  for (guint i = 0, n = 0; pairs[i] != NULL; i++)
    {
      const char *sign = strpbrk (pairs[i], ">-");

      if (sign == NULL)
        continue;
      g_string_append_printf (json, "%s{\"from\": \"%.*s\", \"to\": \"%s\", \"directed\": %s}", n++ > 0 ? ", " : "",
                              (int) (sign - pairs[i]), pairs[i], sign + 1, *sign == '>' ? "true" : "false");
    }
  g_string_append (json, "]}");

  return liaison_test_load_text (json->str);
}

guint
liaison_test_entity_index (LiaisonDataset *dataset,
                           const char     *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);

  g_assert_nonnull (entity);
  return liaison_entity_get_index (entity);
}

LiaisonSubset *
liaison_test_random_filter (GRand          *rand,
                            LiaisonDataset *dataset)
{
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  guint n_relations = liaison_dataset_get_n_relations (dataset);
  LiaisonSubset *visible = liaison_subset_new_full (n_entities, n_relations);

  for (guint r = 0; r < n_relations; r++)
    if (g_rand_int_range (rand, 0, 5) == 0)
      liaison_subset_remove_relation (visible, r);
  if (g_rand_int_range (rand, 0, 3) == 0)
    liaison_subset_remove_entity (visible, g_rand_int_range (rand, 0, n_entities));
  return visible;
}

/* Every entity has its node and every relation its edge, between the
 * right nodes, all within the scene's bounds.
 */
void
liaison_test_assert_scene_matches (LiaisonScene   *scene,
                                   LiaisonDataset *dataset)
{
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, liaison_dataset_get_n_entities (dataset));
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, liaison_dataset_get_n_relations (dataset));

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const LiaisonSceneElement *node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i);
      const LiaisonRect *bounds = liaison_scene_get_bounds (scene);

      g_assert_nonnull (node);
      g_assert_cmpstr (node->id, ==, liaison_entity_get_id (entity));
      g_assert_cmpuint (node->kind, ==, LIAISON_ELEMENT_ENTITY);
      g_assert_cmpuint (node->n_shapes, >=, 2);  /* an outline and a label */
      g_assert_cmpfloat (node->x, >=, bounds->x0);
      g_assert_cmpfloat (node->x, <=, bounds->x1);
      g_assert_cmpfloat (node->y, >=, bounds->y0);
      g_assert_cmpfloat (node->y, <=, bounds->y1);
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      const LiaisonSceneElement *edge = liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, i);

      g_assert_nonnull (edge);
      g_assert_cmpstr (edge->id, ==, relation->id);
      g_assert_cmpuint (liaison_scene_get_node (scene, edge->tail)->index, ==, relation->from);
      g_assert_cmpuint (liaison_scene_get_node (scene, edge->head)->index, ==, relation->to);
    }
}

/* No message ends in half an escape or half a character, whatever is cut. */
void
liaison_test_assert_cut_cleanly (const char *message)
{
  g_assert_true (g_utf8_validate (message, -1, NULL));

  for (const char *p = strstr (message, "…"); p != NULL; p = strstr (p + 1, "…"))
    {
      gsize backslashes = 0;

      /* An odd run of backslashes before "…" would be an escape cut in two. */
      for (const char *q = p; q > message && q[-1] == '\\'; q--)
        backslashes++;
      g_assert_cmpuint (backslashes % 2, ==, 0);
    }
}

/* A path named @name in a folder made for it alone; give it to
 * liaison_test_remove_temporary() when done.
 */
char *
liaison_test_temporary_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

void
liaison_test_remove_temporary (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* A figure in KiB of this process's /proc/self/status, such as
 * "VmRSS:"; 0 where there is none.
 */
guint64
liaison_test_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, field);
  return line != NULL ? g_ascii_strtoull (line + strlen (field), NULL, 10) : 0;
}

/* A temporary folder with the names of a benchmark's files in it, @ours
 * and @theirs (such as "liaison.svg" and "sfdp.svg") for what the two
 * sides write; liaison_bench_files_clear() removes it all.
 */
void
liaison_bench_files_init (LiaisonBenchFiles *files,
                          const char        *ours,
                          const char        *theirs)
{
  g_autoptr(GError) error = NULL;

  files->dir = g_dir_make_tmp ("liaison-bench-XXXXXX", &error);
  if (files->dir == NULL)
    g_error ("%s", error->message);
  files->dataset = g_build_filename (files->dir, "dataset.json", NULL);
  files->dot = g_build_filename (files->dir, "graph.gv", NULL);
  files->ours = g_build_filename (files->dir, ours, NULL);
  files->theirs = g_build_filename (files->dir, theirs, NULL);
  files->export_arg = g_strdup_printf ("--export=%s", files->ours);
}

/* Writes @json as the dataset, and the very graph Liaison lays out of it
 * with sfdp as DOT, for Graphviz's own tool; returns the dataset.
 */
LiaisonDataset *
liaison_bench_files_write (LiaisonBenchFiles *files,
                           const GString     *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json->str, json->len);
  g_autoptr(GBytes) dot = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  if (!g_file_set_contents (files->dataset, json->str, json->len, &error))
    g_error ("%s", error->message);

  dataset = liaison_dataset_load_bytes (bytes, "dataset.json", NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("%s", error->message);
  dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, NULL);
  if (!g_file_set_contents (files->dot, g_bytes_get_data (dot, NULL), g_bytes_get_size (dot), &error))
    g_error ("%s", error->message);

  return dataset;
}

void
liaison_bench_files_clear (LiaisonBenchFiles *files)
{
  g_unlink (files->dataset);
  g_unlink (files->dot);
  g_unlink (files->ours);
  g_unlink (files->theirs);
  g_rmdir (files->dir);
  g_clear_pointer (&files->dir, g_free);
  g_clear_pointer (&files->dataset, g_free);
  g_clear_pointer (&files->dot, g_free);
  g_clear_pointer (&files->ours, g_free);
  g_clear_pointer (&files->theirs, g_free);
  g_clear_pointer (&files->export_arg, g_free);
}

/* The liaison program that the benchmarks run, from LIAISON_BINARY, as
 * "meson test --benchmark" sets it.
 */
const char *
liaison_test_binary (void)
{
  const char *binary = g_getenv ("LIAISON_BINARY");

  if (binary == NULL)
    g_error ("set LIAISON_BINARY to the liaison program");
  return binary;
}

/* The most memory this process has held at once, in KiB. */
guint64
liaison_test_peak_rss_kib (void)
{
  return liaison_test_status_kib ("VmHWM:");
}

/* Seconds that @argv (its program looked for in PATH) takes to run to a
 * successful end; what it writes to its standard output goes to @out, or
 * nowhere when @out is %NULL. A program that fails ends the benchmark.
 */
double
liaison_test_time_command (const char * const  *argv,
                           char               **out)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | (out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                     NULL, NULL, out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);

  return (g_get_monotonic_time () - start) / 1e6;
}

/* Doubles in rising order, for g_array_sort() and qsort(). */
int
liaison_test_compare_doubles (gconstpointer a,
                              gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

/* The middle one of @values (of doubles), the upper of the two middle
 * ones for an even count; @values keep their order.
 */
double
liaison_test_median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  g_assert_cmpuint (values->len, >, 0);
  g_array_sort (sorted, liaison_test_compare_doubles);
  return g_array_index (sorted, double, sorted->len / 2);
}

/* The smallest of @values (of doubles): the best of several timings. */
double
liaison_test_best (GArray *values)
{
  double best = G_MAXDOUBLE;

  g_assert_cmpuint (values->len, >, 0);
  for (guint i = 0; i < values->len; i++)
    best = MIN (best, g_array_index (values, double, i));
  return best;
}

void
liaison_bench_check (const char *nodes,
                     const char *path)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) err = g_memory_output_stream_new_resizable ();
  g_auto(LiaisonCommandContext) context = { NULL };
  const char *paths[] = { path, NULL };

  liaison_command_context_init (&context, out, err);
  context.nodes = nodes;
  if (liaison_command_check (&context, paths) != 0)
    g_error ("--check failed: %.*s", (int) g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (err)),
             (const char *) g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (err)));
}

LiaisonBenchMeasure
liaison_bench_measure (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GSubprocess) process = NULL;
  LiaisonBenchMeasure m = { 0 };

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_subprocess_get_successful (process) ||
      sscanf (out, "%lf %" G_GUINT64_FORMAT, &m.seconds, &m.peak_kib) < 1)
    g_error ("%s failed: %s", argv[0], out);

  return m;
}

void
liaison_bench_measure_pair (guint                round,
                            const char * const  *ours,
                            const char * const  *theirs,
                            LiaisonBenchMeasure *our_measure,
                            LiaisonBenchMeasure *their_measure)
{
  /* Who goes first alternates, so neither always meets a cold cache. */
  if (round % 2 == 0)
    {
      *our_measure = liaison_bench_measure (ours);
      *their_measure = liaison_bench_measure (theirs);
    }
  else
    {
      *their_measure = liaison_bench_measure (theirs);
      *our_measure = liaison_bench_measure (ours);
    }
}

guint
liaison_test_most_connected_shown (LiaisonDataset *dataset,
                                   LiaisonScene   *scene,
                                   GHashTable     *expanded)
{
  guint best = G_MAXUINT, best_degree = 0;

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      guint index = liaison_scene_get_node (scene, i)->index;
      guint n_out, n_in;

      if (g_hash_table_contains (expanded, GUINT_TO_POINTER (index + 1)))
        continue;
      liaison_dataset_get_outgoing (dataset, index, &n_out);
      liaison_dataset_get_incoming (dataset, index, &n_in);
      if (best == G_MAXUINT || n_out + n_in > best_degree)
        {
          best = index;
          best_degree = n_out + n_in;
        }
    }

  return best;
}

/* liaison-commands.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-commands"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-commands.h"
#include "liaison-csv-writer.h"
#include "liaison-dataset-loader.h"
#include "liaison-export.h"
#include "liaison-graph-writers.h"
#include "liaison-investigation.h"
#include "liaison-layout.h"
#include "liaison-layout-keeping.h"
#include "liaison-metrics.h"

static void
print_to (GOutputStream *stream,
          const char    *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
print_to (GOutputStream *stream,
          const char    *format,
          ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, NULL);
}

/* Takes references to @out and @err; the limits are the defaults. */
void
liaison_command_context_init (LiaisonCommandContext *context,
                              GOutputStream         *out,
                              GOutputStream         *err)
{
  g_return_if_fail (G_IS_OUTPUT_STREAM (out));
  g_return_if_fail (G_IS_OUTPUT_STREAM (err));

  context->out = g_object_ref (out);
  context->err = g_object_ref (err);
  liaison_load_limits_init (&context->limits);
}

void
liaison_command_context_clear (LiaisonCommandContext *context)
{
  g_clear_object (&context->out);
  g_clear_object (&context->err);
}

/* @path as typed, with the node table of --nodes when there is one. */
static LiaisonDataset *
load_path (const LiaisonCommandContext  *context,
           GFile                        *file,
           const char                   *path,
           GError                      **error)
{
  g_autoptr(GFile) nodes = NULL;

  if (context->nodes == NULL)
    return liaison_dataset_load_file (file, path, &context->limits, NULL, error);

  nodes = g_file_new_for_commandline_arg (context->nodes);
  return liaison_dataset_load_file_with_nodes (file, nodes, path, context->nodes, &context->limits,
                                               NULL, error);
}

/* What the researcher should know of a file that loaded: which part of
 * it was read, and with --lenient the problems of what was left out, as
 * --check words them without it. Not a failure, so on the error stream.
 */
static void
print_notes (const LiaisonCommandContext *context,
             LiaisonDataset              *dataset)
{
  const char * const *notes = liaison_dataset_get_notes (dataset);
  const char * const *left_out = liaison_dataset_get_left_out (dataset);

  for (guint i = 0; notes[i] != NULL; i++)
    print_to (context->err, "%s\n", notes[i]);
  for (guint i = 0; left_out[i] != NULL; i++)
    print_to (context->err, "%s\n", left_out[i]);
}

static LiaisonDataset *load_view (const LiaisonCommandContext  *context,
                                   const char                   *input,
                                   const LiaisonExploreOptions  *explore,
                                   LiaisonViewState            **state,
                                   LiaisonPositionMemory       **positions,
                                   const char                  **engine);

int
liaison_command_check (const LiaisonCommandContext *context,
                       const char * const          *paths)
{
  guint n_paths = paths != NULL ? g_strv_length ((char **) paths) : 0;
  int status = 0;

  if (n_paths == 0)
    {
      print_to (context->err, "%s\n", _("--check needs a file to check"));
      return 1;
    }

  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(LiaisonDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;
      gboolean investigation;

      /* A saved investigation: it, its dataset, and what of its view no
       * longer matches the dataset, as --export says it.
       */
      investigation = context->nodes == NULL && liaison_investigation_sniff_file (file);
      if (investigation)
        {
          g_autoptr(LiaisonViewState) state = NULL;
          g_autoptr(LiaisonPositionMemory) positions = NULL;
          const char *engine;

          dataset = load_view (context, paths[i], NULL, &state, &positions, &engine);
          if (dataset == NULL)
            {
              status = 1;
              continue;
            }
        }
      else
        {
          /* Messages name the file as it was typed. */
          dataset = load_path (context, file, paths[i], &error);
          if (dataset == NULL)
            {
              print_to (context->err, "%s\n", error->message);
              status = 1;
              continue;
            }
        }

      {
        g_autofree char *summary = liaison_dataset_dup_summary (dataset);

        if (n_paths > 1)
          print_to (context->out, "%s: %s\n", paths[i], summary);
        else
          print_to (context->out, "%s\n", summary);
      }
      /* An investigation's were said as its dataset was read. */
      if (!investigation)
        print_notes (context, dataset);
    }

  return status;
}

/* A failure in one line, as scripts expect: the first problem, and how
 * many more there are.
 */
static void
print_first_line (GOutputStream *err,
                  const char    *message)
{
  const char *newline = strchr (message, '\n');

  if (newline == NULL)
    print_to (err, "%s\n", message);
  else
    print_to (err, "%.*s %s\n", (int) (newline - message), message,
              _("(and more problems: liaison --check lists them all)"));
}

/* The dataset a command reads, @input as typed or the bundled one; or
 * %NULL, said in one line on the context's error stream.
 */
static LiaisonDataset *
load_input (const LiaisonCommandContext *context,
            const char                  *input)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  file = input != NULL ? g_file_new_for_commandline_arg (input) : g_file_new_for_uri (LIAISON_BUNDLED_DATASET);
  if (input != NULL)
    dataset = load_path (context, file, input, &error);
  else
    dataset = liaison_dataset_load_file (file, input, &context->limits, NULL, &error);
  if (dataset == NULL)
    print_first_line (context->err, error->message);
  else
    print_notes (context, dataset);

  return dataset;
}

/* What an export shows: the dataset FILE and what @explore shows of it
 * (@state NULL when that is everything), or, when FILE is a saved
 * investigation, its dataset and view: the state, where entities stood
 * (@positions) and the engine it was laid out with (@engine, "auto" when
 * it says none). Failures are said on the error stream; parts of a view
 * that no longer match the dataset are said there too, and restored as
 * far as they match.
 */
static LiaisonDataset *
load_view (const LiaisonCommandContext  *context,
           const char                   *input,
           const LiaisonExploreOptions  *explore,
           LiaisonViewState            **state,
           LiaisonPositionMemory       **positions,
           const char                  **engine)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(LiaisonInvestigation) investigation = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *nodes_shown = NULL;
  g_autofree char *nodes_checksum = NULL;
  LiaisonLayoutEngine saved_engine;
  GFile *dataset_file;
  GFile *nodes_file;

  *state = NULL;
  *positions = NULL;
  *engine = NULL;

  file = input != NULL ? g_file_new_for_commandline_arg (input) : NULL;
  if (file == NULL || !liaison_investigation_sniff_file (file))
    {
      dataset = load_input (context, input);
      if (dataset == NULL)
        return NULL;

      /* The window's own view state and queries: what it would show. */
      if (liaison_explore_options_is_set (explore))
        {
          *state = liaison_view_state_new (dataset);
          if (!liaison_explore_options_apply (explore, *state, &error))
            {
              print_to (context->err, "%s\n", error->message);
              g_clear_object (state);
              return NULL;
            }
        }
      return g_steal_pointer (&dataset);
    }

  if (liaison_explore_options_is_set (explore))
    {
      print_to (context->err, "%s\n", _("--focus, --path and the date and source options cannot be given with an investigation, "
                                         "which holds its own view"));
      return NULL;
    }

  investigation = liaison_investigation_load (file, input, NULL, &error);
  if (investigation == NULL)
    {
      print_to (context->err, "%s\n", error->message);
      return NULL;
    }

  /* Only a regular file is read, and named by its path. */
  dataset_file = liaison_investigation_get_dataset_file (investigation);
  checksum = liaison_investigation_checksum_file (dataset_file, NULL, &error);
  if (checksum == NULL)
    {
      print_to (context->err, "%s: %s\n", input, error->message);
      return NULL;
    }
  shown = g_file_is_native (dataset_file) ? g_file_get_path (dataset_file) : g_file_get_uri (dataset_file);
  /* A CSV edge list with its node table, each checked as the dataset is. */
  nodes_file = liaison_investigation_get_nodes_file (investigation);
  if (nodes_file != NULL)
    {
      nodes_checksum = liaison_investigation_checksum_file (nodes_file, NULL, &error);
      if (nodes_checksum == NULL)
        {
          print_to (context->err, "%s: %s\n", input, error->message);
          return NULL;
        }
      nodes_shown = g_file_is_native (nodes_file) ? g_file_get_path (nodes_file) : g_file_get_uri (nodes_file);
      dataset = liaison_dataset_load_file_with_nodes (dataset_file, nodes_file, shown, nodes_shown,
                                                     &context->limits, NULL, &error);
    }
  else
    dataset = liaison_dataset_load_file (dataset_file, shown, &context->limits, NULL, &error);
  if (dataset == NULL)
    {
      print_first_line (context->err, error->message);
      return NULL;
    }
  print_notes (context, dataset);

  *state = liaison_view_state_new (dataset);
  *positions = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  mismatches = liaison_investigation_apply (investigation, *state, *positions);

  if (liaison_investigation_get_checksum (investigation) != NULL &&
      g_strcmp0 (checksum, liaison_investigation_get_checksum (investigation)) != 0)
    /* TRANSLATORS: the investigation, then the dataset's path */
    print_to (context->err, _("%s: “%s” has changed since the investigation was saved\n"), input, shown);
  if (nodes_file != NULL && liaison_investigation_get_nodes_checksum (investigation) != NULL &&
      g_strcmp0 (nodes_checksum, liaison_investigation_get_nodes_checksum (investigation)) != 0)
    print_to (context->err, _("%s: “%s” has changed since the investigation was saved\n"), input, nodes_shown);
  for (guint i = 0; i < mismatches->len; i++)
    print_to (context->err, "%s: %s\n", input, (const char *) g_ptr_array_index (mismatches, i));

  /* The engine's own name, which outlives the investigation. */
  if (liaison_layout_engine_from_string (liaison_investigation_get_engine (investigation), &saved_engine))
    *engine = liaison_layout_engine_to_string (saved_engine);
  return g_steal_pointer (&dataset);
}

/* Writes the dataset, or what @explore shows of it, as two CSV tables:
 * @output, the relations, and beside it OUTPUT.nodes.csv, the entities.
 * Tables need no layout.
 */
static int
export_csv (const LiaisonCommandContext *context,
            const char                  *input,
            const char                  *output,
            const LiaisonExploreOptions *explore)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonViewState) state = NULL;
  g_autoptr(GBytes) relations = NULL;
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GFile) relations_file = NULL;
  g_autoptr(GFile) entities_file = NULL;
  g_autoptr(LiaisonPositionMemory) positions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nodes_path = liaison_csv_nodes_path (output);
  const char *engine;

  if (explore != NULL && !liaison_explore_options_check (explore, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  dataset = load_view (context, input, explore, &state, &positions, &engine);
  if (dataset == NULL)
    return 1;

  relations = liaison_csv_write (dataset, state, &entities);
  relations_file = g_file_new_for_path (output);
  entities_file = g_file_new_for_path (nodes_path);
  if (!liaison_export_write_bytes (entities_file, entities, NULL, &error) ||
      !liaison_export_write_bytes (relations_file, relations, NULL, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  {
    guint n_entities = 0, n_relations = 0;
    g_autofree char *entities_text = NULL;
    g_autofree char *relations_text = NULL;

    for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
      n_entities += state == NULL || liaison_view_state_is_entity_visible (state, i);
    for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
      n_relations += state == NULL || liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, i));
    entities_text = g_strdup_printf (ngettext ("%u entity", "%u entities", n_entities), n_entities);
    relations_text = g_strdup_printf (ngettext ("%u relation", "%u relations", n_relations), n_relations);

    /* TRANSLATORS: the relations file and how many, the entities file and how many */
    print_to (context->out, _("%s: %s; %s: %s\n"), output, relations_text, nodes_path, entities_text);
  }
  return 0;
}

/* GraphML and GEXF, of the dataset or what @explore shows of it: data
 * formats, which need no layout. Positions go with them when the file
 * gave every entity one.
 */
static int
export_graph_data (const LiaisonCommandContext *context,
                   const char                  *input,
                   const char                  *output,
                   LiaisonExportFormat          format,
                   const LiaisonExploreOptions *explore)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonViewState) state = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(LiaisonPositionMemory) positions = NULL;
  g_autoptr(GError) error = NULL;
  const char *engine;
  guint n_entities = 0, n_relations = 0;
  g_autofree char *entities_text = NULL;
  g_autofree char *relations_text = NULL;

  if (explore != NULL && !liaison_explore_options_check (explore, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  dataset = load_view (context, input, explore, &state, &positions, &engine);
  if (dataset == NULL)
    return 1;

  bytes = format == LIAISON_EXPORT_GEXF ? liaison_gexf_write (dataset, state, NULL)
                                        : liaison_graphml_write (dataset, state, NULL);
  target = g_file_new_for_path (output);
  if (!liaison_export_write_bytes (target, bytes, NULL, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    n_entities += state == NULL || liaison_view_state_is_entity_visible (state, i);
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    n_relations += state == NULL || liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, i));
  entities_text = g_strdup_printf (ngettext ("%u entity", "%u entities", n_entities), n_entities);
  relations_text = g_strdup_printf (ngettext ("%u relation", "%u relations", n_relations), n_relations);
  /* TRANSLATORS: the file, then "3 entities" and "5 relations" */
  print_to (context->out, _("%s: %s and %s\n"), output, entities_text, relations_text);

  return 0;
}

static gboolean
is_csv (const char *output,
        const char *format_name)
{
  if (format_name != NULL)
    return g_ascii_strcasecmp (format_name, "csv") == 0;

  return strlen (output) > 4 && g_ascii_strcasecmp (output + strlen (output) - 4, ".csv") == 0;
}

/* Lays a dataset out and exports it, with no display at all: all of it,
 * or what @explore (may be NULL) shows of it.
 */
int
liaison_command_export (const LiaisonCommandContext *context,
                        const char                  *input,
                        const char                  *output,
                        const char                  *format_name,
                        const char                  *engine_name,
                        const char                  *decorations_text,
                        const char                  *page_name,
                        const LiaisonExploreOptions *explore,
                        guint                        timeout_seconds)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(LiaisonViewState) state = NULL;
  g_autoptr(LiaisonPositionMemory) positions = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  const char *saved_engine = NULL;
  LiaisonExportOptions options;
  LiaisonExportFormat format;
  LiaisonLayoutEngine engine = LIAISON_LAYOUT_ENGINE_AUTO;
  LiaisonDecorations decorations;
  LiaisonPage page = LIAISON_PAGE_DRAWING;
  gint64 start, loaded, explored, laid_out;

  g_return_val_if_fail (context != NULL, 1);
  g_return_val_if_fail (output != NULL, 1);

  if (is_csv (output, format_name))
    return export_csv (context, input, output, explore);

  if (format_name != NULL)
    {
      if (!liaison_export_format_from_string (format_name, &format))
        {
          print_to (context->err, _("unknown export format “%s” (use svg, png, pdf, dot, json, graphml, gexf or csv)\n"),
                    format_name);
          return 1;
        }
    }
  else if (!liaison_export_format_for_path (output, &format))
    {
      print_to (context->err, _("cannot tell the format from “%s”: name it .svg, .png, .pdf, .dot, .json, .graphml, "
                                ".gexf or .csv, or add --format\n"), output);
      return 1;
    }

  if (format == LIAISON_EXPORT_GRAPHML || format == LIAISON_EXPORT_GEXF)
    {
      if (decorations_text != NULL || page_name != NULL)
        {
          print_to (context->err, "%s\n", _("--decorations and --page apply only to svg, png and pdf"));
          return 1;
        }
      return export_graph_data (context, input, output, format, explore);
    }

  decorations = liaison_decorations_default (format);
  if ((decorations_text != NULL || page_name != NULL) && !liaison_export_format_is_drawing (format))
    {
      print_to (context->err, "%s\n", _("--decorations and --page apply only to svg, png and pdf"));
      return 1;
    }
  if (decorations_text != NULL && !liaison_decorations_parse (decorations_text, &decorations, &error))
    {
      print_to (context->err, "--decorations: %s\n", error->message);
      return 1;
    }
  if (page_name != NULL && !liaison_page_from_string (page_name, &page))
    {
      print_to (context->err, _("unknown page “%s” (use drawing, a4, letter or slide)\n"), page_name);
      return 1;
    }

  if (engine_name != NULL && !liaison_layout_engine_from_string (engine_name, &engine))
    {
      print_to (context->err,
                _("unknown layout engine “%s” (use auto, dot, neato, fdp, sfdp, circo, twopi, osage or file)\n"),
                engine_name);
      return 1;
    }

  if (explore != NULL && !liaison_explore_options_check (explore, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  dataset = load_view (context, input, explore, &state, &positions, &saved_engine);
  if (dataset == NULL)
    return 1;
  loaded = explored = g_get_monotonic_time ();

  /* An investigation's engine, unless --layout names another; and where
   * its entities stood, pinned ones included.
   */
  if (engine_name == NULL && saved_engine != NULL)
    liaison_layout_engine_from_string (saved_engine, &engine);
  if (positions != NULL)
    scene = liaison_layout_keeping_run (dataset, state, positions, engine, timeout_seconds, NULL, &error);
  else
    scene = liaison_layout_run (dataset, state, engine, timeout_seconds, NULL, &error);
  if (scene == NULL)
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }
  laid_out = g_get_monotonic_time ();

  liaison_export_options_init (&options, format);
  options.decorations = decorations;
  options.page = page;
  /* A path, always: "a:b.svg" is a file name, not a URI. */
  target = g_file_new_for_path (output);
  if (!liaison_export_to_file (scene, &options, target, NULL, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  g_debug ("export: load %.0f ms, filters, focus or path %.0f ms, layout %.0f ms, write %.0f ms",
           (loaded - start) / 1000.0, (explored - loaded) / 1000.0, (laid_out - explored) / 1000.0,
           (g_get_monotonic_time () - laid_out) / 1000.0);

  {
    guint n_nodes = liaison_scene_get_n_nodes (scene);
    guint n_edges = liaison_scene_get_n_edges (scene);
    g_autofree char *nodes = g_strdup_printf (ngettext ("%u entity", "%u entities", n_nodes), n_nodes);
    g_autofree char *edges = g_strdup_printf (ngettext ("%u relation", "%u relations", n_edges), n_edges);

    /* TRANSLATORS: file: what it holds, and the engine that laid it out */
    print_to (context->out, _("%s: %s and %s, laid out with %s\n"), output, nodes, edges,
              liaison_scene_get_engine (scene));
  }

  return 0;
}

/* Writes the table of metrics as CSV, with no display and no layout. */
int
liaison_command_metrics (const LiaisonCommandContext *context,
                         const char                  *input,
                         const char                  *output)
{
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonMetrics) metrics = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *entities = NULL;
  guint n_entities;
  gint64 start, loaded;

  g_return_val_if_fail (context != NULL, 1);
  g_return_val_if_fail (output != NULL, 1);

  start = g_get_monotonic_time ();
  dataset = load_input (context, input);
  if (dataset == NULL)
    return 1;
  loaded = g_get_monotonic_time ();

  metrics = liaison_metrics_compute (dataset, NULL, LIAISON_METRICS_DEFAULT, NULL, NULL, &error);
  if (metrics == NULL)
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  g_debug ("metrics: load %.0f ms, compute %.0f ms", (loaded - start) / 1000.0,
           (g_get_monotonic_time () - loaded) / 1000.0);

  csv = liaison_metrics_to_csv (metrics);
  /* A path, always, replaced only once the table is complete. */
  target = g_file_new_for_path (output);
  if (!liaison_export_write_bytes (target, csv, NULL, &error))
    {
      print_to (context->err, "%s\n", error->message);
      return 1;
    }

  n_entities = liaison_metrics_get_n_entities (metrics);
  entities = g_strdup_printf (ngettext ("%u entity", "%u entities", n_entities), n_entities);
  if (liaison_metrics_is_estimate (metrics))
    /* TRANSLATORS: the file, then how many entities it has a row for */
    print_to (context->out, _("%s: %s (betweenness and closeness estimated from a sample)\n"), output, entities);
  else
    print_to (context->out, "%s: %s\n", output, entities);

  return 0;
}

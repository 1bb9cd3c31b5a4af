/* liaison-import-dot.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Graphviz DOT front end. DOT is read by Graphviz's own parser,
 * cgraph's agmemread(), so that a file means here exactly what it means
 * to Graphviz: parallel edges and self-loops are relations of their own,
 * a strict graph has merged them, attribute defaults apply. That parser
 * has global state and aborts on some inputs, so it runs in the layout
 * worker (liaison-layout-worker --read-dot, liaison-import-dot-parse.c),
 * where a crash costs a message. The worker writes what cgraph read as
 * JSON; this side reads that into the builder, and the worker's messages
 * into the error.
 */

#define G_LOG_DOMAIN "liaison-import-dot"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-dot.h"
#include "liaison-json-scan.h"
#include "liaison-layout.h"

/* Reading the worker's JSON into the builder. */

typedef struct
{
  LiaisonDatasetBuilder *builder;
  GPtrArray             *owned;
  GArray                *attributes;
} Read;

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static void
set_optional (LiaisonValue *value,
              const char   *text)
{
  if (text != NULL)
    *value = (LiaisonValue) { LIAISON_VALUE_STRING, text };
}

static void
read_attributes (Read                *r,
                 JsonObject          *object,
                 LiaisonDetailsInput *details)
{
  JsonObject *attributes = json_object_get_object_member (object, "attributes");
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  g_array_set_size (r->attributes, 0);
  if (attributes == NULL)
    return;

  json_object_iter_init_ordered (&iter, attributes);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      LiaisonAttribute attribute = { key, NULL };
      char *json = json_to_string (value, FALSE);

      g_ptr_array_add (r->owned, json);
      attribute.json = json;
      g_array_append_val (r->attributes, attribute);
    }

  details->attribute_items = (const LiaisonAttribute *) (gpointer) r->attributes->data;
  details->n_attribute_items = r->attributes->len;
}

static gboolean
read_graph (Read       *r,
            JsonObject *graph)
{
  JsonArray *nodes = json_object_get_array_member (graph, "nodes");
  JsonArray *edges = json_object_get_array_member (graph, "edges");
  gboolean directed = json_object_get_boolean_member_with_default (graph, "directed", TRUE);
  const char *title = string_member (graph, "title");

  if (title != NULL)
    {
      LiaisonLocation location = liaison_location_path ("", LIAISON_LOCATION_NO_INDEX);
      LiaisonValue value = { LIAISON_VALUE_STRING, title };

      liaison_dataset_builder_set_title (r->builder, &location, &value);
    }

  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonObject *node = json_array_get_object_element (nodes, i);
      LiaisonEntityInput entity = { { 0 } };
      g_autofree char *section = NULL;
      LiaisonLocation location;
      gboolean go_on;

      set_optional (&entity.id, string_member (node, "id"));
      set_optional (&entity.label, string_member (node, "label"));
      set_optional (&entity.type, string_member (node, "type"));
      if (json_object_has_member (node, "x") && json_object_has_member (node, "y"))
        {
          entity.has_position = TRUE;
          entity.x = json_object_get_double_member (node, "x");
          entity.y = json_object_get_double_member (node, "y");
        }
      read_attributes (r, node, &entity.details);

      /* DOT has no place for the builder to point at but the node's name. */
      section = g_strdup_printf ("node \"%s\"", entity.id.text != NULL ? entity.id.text : "");
      location = liaison_location_path (section, LIAISON_LOCATION_NO_INDEX);
      go_on = liaison_dataset_builder_add_entity (r->builder, &location, &entity);
      g_ptr_array_set_size (r->owned, 0);
      if (!go_on)
        return FALSE;
    }

  for (guint i = 0; edges != NULL && i < json_array_get_length (edges); i++)
    {
      JsonObject *edge = json_array_get_object_element (edges, i);
      LiaisonRelationInput relation = { { 0 } };
      g_autofree char *section = NULL;
      LiaisonLocation location;
      gboolean go_on;

      set_optional (&relation.from, string_member (edge, "tail"));
      set_optional (&relation.to, string_member (edge, "head"));
      set_optional (&relation.id, string_member (edge, "id"));
      set_optional (&relation.label, string_member (edge, "label"));
      set_optional (&relation.type, string_member (edge, "type"));
      set_optional (&relation.date, string_member (edge, "date"));
      relation.directed = (LiaisonValue) { LIAISON_VALUE_BOOLEAN, directed ? "true" : "false" };
      read_attributes (r, edge, &relation.details);

      section = g_strdup_printf ("edge \"%s\" %s \"%s\"", relation.from.text, directed ? "->" : "--",
                                 relation.to.text);
      location = liaison_location_path (section, LIAISON_LOCATION_NO_INDEX);
      go_on = liaison_dataset_builder_add_relation (r->builder, &location, &relation);
      g_ptr_array_set_size (r->owned, 0);
      if (!go_on)
        return FALSE;
    }

  return TRUE;
}

LiaisonDataset *
liaison_import_dot_read_parsed (const LiaisonImportInput  *input,
                                const char                *json,
                                gsize                      length,
                                GError                   **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  LiaisonDataset *dataset;
  JsonNode *root;
  Read r = { NULL };

  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  /* The worker's own output, whose every string it has checked. */
  if (!json_parser_load_from_data (parser, json, length, &local_error) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s: the layout worker's reading of the file cannot be read: %s"),
                   input->display_name, local_error != NULL ? local_error->message : "");
      return NULL;
    }

  r.builder = liaison_dataset_builder_new (input->display_name);
  r.owned = g_ptr_array_new_with_free_func (g_free);
  r.attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  liaison_dataset_builder_set_cancellable (r.builder, input->cancellable);

  {
    JsonObject *graph = json_node_get_object (root);
    JsonArray *nodes = json_object_get_array_member (graph, "nodes");
    JsonArray *edges = json_object_get_array_member (graph, "edges");

    liaison_dataset_builder_set_progress (r.builder,
                                          (nodes != NULL ? json_array_get_length (nodes) : 0) +
                                          (edges != NULL ? json_array_get_length (edges) : 0),
                                          input->progress, input->progress_data);
    read_graph (&r, graph);
  }

  dataset = liaison_dataset_builder_finish (r.builder, error);

  liaison_dataset_builder_free (r.builder);
  g_ptr_array_unref (r.owned);
  g_array_unref (r.attributes);
  return dataset;
}

/* The worker's messages, "LINE\tmessage" a line each, as the error:
 * "file.dot:3: syntax error near '->'".
 */
static void
set_parse_error (const LiaisonImportInput  *input,
                 const char                *messages,
                 GError                   **error)
{
  g_auto(GStrv) lines = g_strsplit (messages, "\n", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      guint64 line;

      if (tab == NULL)
        continue;
      *tab = '\0';
      line = g_ascii_strtoull (lines[i], NULL, 10);

      if (text->len > 0)
        g_string_append_c (text, '\n');

      if (g_str_equal (tab + 1, LIAISON_IMPORT_DOT_NOT_UTF8))
        {
          const char *end = NULL;
          guint l = 1, column = 1;

          g_utf8_validate_len (input->data, input->length, &end);
          if (end != NULL)
            liaison_json_position (input->data, end - input->data, &l, &column);
          if (end != NULL && end < input->data + input->length && *end == '\0')
            g_string_append_printf (text, _("%s:%u:%u: a NUL byte: this is not a text file"),
                                    input->display_name, l, column);
          else
            g_string_append_printf (text, _("%s:%u:%u: the text is not UTF-8 (a Latin-1 file says "
                                            "so with charset=latin1)"),
                                    input->display_name, l, column);
        }
      else if (line > 0)
        g_string_append_printf (text, "%s:%" G_GUINT64_FORMAT ": %s", input->display_name, line, tab + 1);
      else
        g_string_append_printf (text, "%s: %s", input->display_name, tab + 1);
    }

  if (text->len == 0)
    g_string_append_printf (text, _("%s: Graphviz could not read the file"), input->display_name);

  g_set_error_literal (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX, text->str);
  g_string_free (text, TRUE);
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  g_subprocess_force_exit (G_SUBPROCESS (user_data));
}

/* Returns: (transfer full) (nullable): the dataset in the DOT text of
 * @input, read by cgraph in the layout worker.
 */
LiaisonDataset *
liaison_import_dot (const LiaisonImportInput  *input,
                    GError                   **error)
{
  g_autofree char *parent_arg = g_strdup_printf ("--parent=%d", (int) getpid ());
  const char *argv[] = { liaison_layout_get_worker_path (), "--read-dot", parent_arg, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) local_error = NULL;
  static gsize sigpipe_ignored;
  gulong cancelled_id = 0;
  gboolean communicated;

  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  /* A worker that dies before reading all of the file must cost a
   * message, not the app.
   */
  if (g_once_init_enter (&sigpipe_ignored))
    {
      signal (SIGPIPE, SIG_IGN);
      g_once_init_leave (&sigpipe_ignored, 1);
    }

  process = g_subprocess_newv (argv,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &local_error);
  if (process == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s: the layout worker, which reads DOT, could not be started (%s): %s"),
                   input->display_name, argv[0], local_error->message);
      return NULL;
    }

  if (input->cancellable != NULL)
    cancelled_id = g_cancellable_connect (input->cancellable, G_CALLBACK (cancelled_cb), process, NULL);

  text = g_bytes_new_static (input->data, input->length);
  communicated = g_subprocess_communicate (process, text, NULL, &out, &err, &local_error);
  if (communicated)
    g_subprocess_wait (process, NULL, NULL);

  if (cancelled_id != 0)
    g_cancellable_disconnect (input->cancellable, cancelled_id);

  if (g_cancellable_set_error_if_cancelled (input->cancellable, error))
    return NULL;

  if (!communicated)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", input->display_name, local_error->message);
      return NULL;
    }

  if (g_subprocess_get_if_signaled (process))
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s: Graphviz's parser crashed reading the file (signal %d)"),
                   input->display_name, g_subprocess_get_term_sig (process));
      return NULL;
    }

  if (!g_subprocess_get_successful (process))
    {
      g_autofree char *messages = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));

      set_parse_error (input, messages, error);
      return NULL;
    }

  return liaison_import_dot_read_parsed (input, g_bytes_get_data (out, NULL), g_bytes_get_size (out),
                                         error);
}

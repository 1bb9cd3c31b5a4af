/* liaison-csv-writer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a dataset, or what a view state shows of it, as two CSV tables
 * that Liaison reads back (liaison --nodes): the relations, an edge list
 *
 *   id,source,target,label,type,date,directed[,description],attributes…
 *
 * and the entities, a node table
 *
 *   id,label,type[,description],attributes…
 *
 * RFC 4180 quoting, UTF-8 without a byte-order mark, CRLF line ends as
 * the RFC has them; a field that a spreadsheet would take for a formula
 * gets an apostrophe first, which the CSV front end takes away again. An attribute column is every key some row has, in
 * the order first met; a string attribute is written as its text, any
 * other value as its JSON. Evidence, aliases and sources have no place
 * in a table and are not written.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "liaison-csv-writer.h"
#include "liaison-entity.h"
#include "liaison-graph-export-private.h"
#include "liaison-metrics.h"

/* Quoted as RFC 4180 says, and kept from being read as a formula, as
 * the metrics table is.
 */
static void
append_field (GString    *out,
              const char *text)
{
  liaison_csv_append_field (out, text);
}

/* A string attribute as its text; anything else as the JSON it is. */
static void
append_attribute (GString    *out,
                  const char *json)
{
  if (json[0] == '"')
    {
      g_autoptr(JsonNode) node = json_from_string (json, NULL);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        {
          append_field (out, json_node_get_string (node));
          return;
        }
    }

  append_field (out, json);
}

/* The attribute columns: every key, in the order first met. */
static void
add_keys (GPtrArray              *keys,
          GHashTable             *seen,
          const LiaisonAttribute *attributes,
          guint                   n_attributes)
{
  for (guint i = 0; i < n_attributes; i++)
    if (g_hash_table_add (seen, (gpointer) attributes[i].key))
      g_ptr_array_add (keys, (gpointer) attributes[i].key);
}

static void
append_attributes (GString                *out,
                   GPtrArray              *keys,
                   const LiaisonAttribute *attributes,
                   guint                   n_attributes)
{
  for (guint k = 0; k < keys->len; k++)
    {
      const char *key = g_ptr_array_index (keys, k);

      g_string_append_c (out, ',');
      for (guint i = 0; i < n_attributes; i++)
        if (g_str_equal (attributes[i].key, key))
          {
            append_attribute (out, attributes[i].json);
            break;
          }
    }
}

static void
append_header (GString            *out,
               const char * const *columns,
               gboolean            description,
               GPtrArray          *keys)
{
  for (guint i = 0; columns[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, columns[i]);
    }
  if (description)
    g_string_append (out, ",description");
  for (guint k = 0; k < keys->len; k++)
    {
      g_string_append_c (out, ',');
      append_field (out, g_ptr_array_index (keys, k));
    }
  g_string_append (out, "\r\n");
}

static GBytes *
write_entities (LiaisonDataset     *dataset,
                LiaisonGraphExport *shown)
{
  static const char * const columns[] = { "id", "label", "type", NULL };
  guint n = liaison_dataset_get_n_entities (dataset);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean description = FALSE;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const LiaisonAttribute *attributes;
      guint n_attributes = 0;

      if (!liaison_graph_export_has_entity (shown, i))
        continue;
      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      add_keys (keys, seen, attributes, n_attributes);
      description |= liaison_entity_get_description (entity) != NULL;
    }

  append_header (out, columns, description, keys);
  for (guint i = 0; i < n; i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const LiaisonAttribute *attributes;
      guint n_attributes = 0;

      if (!liaison_graph_export_has_entity (shown, i))
        continue;

      append_field (out, liaison_entity_get_id (entity));
      g_string_append_c (out, ',');
      append_field (out, liaison_entity_get_label (entity));
      g_string_append_c (out, ',');
      append_field (out, liaison_entity_get_entity_type (entity));
      if (description)
        {
          g_string_append_c (out, ',');
          append_field (out, liaison_entity_get_description (entity));
        }
      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      append_attributes (out, keys, attributes, n_attributes);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}

static GBytes *
write_relations (LiaisonDataset     *dataset,
                 LiaisonGraphExport *shown)
{
  static const char * const columns[] = {
    "id", "source", "target", "label", "type", "date", "directed", NULL
  };
  guint n = liaison_dataset_get_n_relations (dataset);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean description = FALSE;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (!liaison_graph_export_has_relation (shown, i))
        continue;
      add_keys (keys, seen, relation->attributes, relation->n_attributes);
      description |= relation->description != NULL;
    }

  append_header (out, columns, description, keys);
  for (guint i = 0; i < n; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (!liaison_graph_export_has_relation (shown, i))
        continue;

      append_field (out, relation->id);
      g_string_append_c (out, ',');
      append_field (out, liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->from)));
      g_string_append_c (out, ',');
      append_field (out, liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->to)));
      g_string_append_c (out, ',');
      append_field (out, relation->label);
      g_string_append_c (out, ',');
      append_field (out, relation->type);
      g_string_append_c (out, ',');
      append_field (out, relation->date);
      g_string_append_c (out, ',');
      g_string_append (out, relation->directed ? "true" : "false");
      if (description)
        {
          g_string_append_c (out, ',');
          append_field (out, relation->description);
        }
      append_attributes (out, keys, relation->attributes, relation->n_attributes);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}

/* Returns: (transfer full): the relations of @dataset that @state (or
 * %NULL, for all) shows, as CSV; and in @entities, its entities. What is
 * shown is what the GraphML and GEXF writers write.
 */
GBytes *
liaison_csv_write (LiaisonDataset   *dataset,
                   LiaisonViewState *state,
                   GBytes          **entities)
{
  return liaison_csv_write_shown (dataset, state, NULL, entities);
}

/* Returns: (transfer full): as liaison_csv_write(), of what @scene shows
 * when it is not %NULL.
 */
GBytes *
liaison_csv_write_shown (LiaisonDataset   *dataset,
                         LiaisonViewState *state,
                         LiaisonScene     *scene,
                         GBytes          **entities)
{
  static const char * const no_names[] = { NULL };
  LiaisonGraphExport shown;
  GBytes *relations;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state), NULL);
  g_return_val_if_fail (scene == NULL || LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (entities != NULL, NULL);

  liaison_graph_export_init (&shown, dataset, state, scene, no_names);
  *entities = write_entities (dataset, &shown);
  relations = write_relations (dataset, &shown);
  liaison_graph_export_clear (&shown);

  return relations;
}

/* Returns: (transfer full): where the entities of an export to @path
 * go: "x.csv" gives "x.nodes.csv".
 */
char *
liaison_csv_nodes_path (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".CSV"))
    return g_strdup_printf ("%.*s.nodes%s", (int) strlen (path) - 4, path, path + strlen (path) - 4);

  return g_strconcat (path, ".nodes.csv", NULL);
}

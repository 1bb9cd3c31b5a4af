/* liaison-import-node-link.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The front ends of the JSON formats that list nodes and the links
 * between them: Cytoscape.js and Cytoscape desktop ("elements"), the JSON
 * Graph Format ("graph", "graphs") and d3's node-link form ("nodes",
 * "links", as NetworkX writes it too). They differ in where a node keeps
 * its id, label and type; what they share is here: the strict pre-scan
 * (json-glib alone has no limits and overflows its stack on deep
 * nesting), the tree, and the rule that every member a format does not
 * map is kept as an attribute, as JSON text.
 *
 * The builder takes entities before relations, so nodes are always read
 * first, whatever the order of the file. Cytoscape's reading is in
 * liaison-import-cytoscape.c.
 */

#define G_LOG_DOMAIN "liaison-import-node-link"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-json-value.h"
#include "liaison-import-node-link-private.h"
#include "liaison-import-node-link.h"
#include "liaison-json-scan.h"

const char *
liaison_node_link_own (LiaisonNodeLinkImport *im,
                       char                  *text)
{
  g_ptr_array_add (im->owned, text);
  return text;
}

void
liaison_node_link_value_from_node (LiaisonNodeLinkImport *im,
                                   JsonNode              *node,
                                   LiaisonValue          *value)
{
  liaison_json_value_from_node (node, im->owned, value);
}

/* An id or an endpoint: these formats write them as strings or as
 * numbers (Cytoscape's SUIDs, NetworkX's integer nodes), which become
 * the same text.
 */
void
liaison_node_link_id_from_node (LiaisonNodeLinkImport *im,
                                JsonNode              *node,
                                LiaisonValue          *value)
{
  liaison_node_link_value_from_node (im, node, value);
  if (value->kind == LIAISON_VALUE_NUMBER)
    value->kind = LIAISON_VALUE_STRING;
}

JsonNode *
liaison_node_link_member (JsonObject *object,
                          const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

JsonObject *
liaison_node_link_member_object (JsonObject *object,
                                 const char *name)
{
  JsonNode *node = liaison_node_link_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
liaison_node_link_member_array (JsonObject *object,
                                const char *name)
{
  JsonNode *node = liaison_node_link_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The first of @names that @object has, as a value. */
void
liaison_node_link_first_member (LiaisonNodeLinkImport *im,
                                JsonObject            *object,
                                const char * const    *names,
                                LiaisonValue          *value)
{
  value->kind = LIAISON_VALUE_ABSENT;
  value->text = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = liaison_node_link_member (object, names[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        {
          liaison_node_link_value_from_node (im, node, value);
          return;
        }
    }
}

static gboolean
is_listed (const char         *key,
           const char * const *names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (strcmp (key, names[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Every member of @object not in @mapped, as an attribute, in order. */
void
liaison_node_link_add_attributes (LiaisonNodeLinkImport *im,
                                  JsonObject            *object,
                                  const char * const    *mapped)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (object == NULL)
    return;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      LiaisonAttribute attribute;

      if (is_listed (key, mapped))
        continue;

      attribute.key = key;
      attribute.json = liaison_node_link_own (im, json_to_string (value, FALSE));
      g_array_append_val (im->attributes, attribute);
    }
}

static void
set_attributes (LiaisonNodeLinkImport *im,
                LiaisonDetailsInput   *details)
{
  details->attribute_items = (const LiaisonAttribute *) (gpointer) im->attributes->data;
  details->n_attribute_items = im->attributes->len;
}

/* The scratch of one item, once the builder has it. */
void
liaison_node_link_item_done (LiaisonNodeLinkImport *im)
{
  g_ptr_array_set_size (im->owned, 0);
  g_array_set_size (im->attributes, 0);
}

gboolean
liaison_node_link_add_entity (LiaisonNodeLinkImport *im,
                              const LiaisonLocation *location,
                              LiaisonEntityInput    *entity)
{
  gboolean go_on;

  /* A node without a label is named by its id. */
  if (entity->label.kind == LIAISON_VALUE_ABSENT && entity->id.kind == LIAISON_VALUE_STRING)
    entity->label = entity->id;
  set_attributes (im, &entity->details);

  go_on = liaison_dataset_builder_add_entity (im->builder, location, entity);
  liaison_node_link_item_done (im);
  return go_on;
}

gboolean
liaison_node_link_add_relation (LiaisonNodeLinkImport *im,
                                const LiaisonLocation *location,
                                LiaisonRelationInput  *relation)
{
  gboolean go_on;

  set_attributes (im, &relation->details);

  go_on = liaison_dataset_builder_add_relation (im->builder, location, relation);
  liaison_node_link_item_done (im);
  return go_on;
}

static gboolean
number_member (JsonObject *object,
               const char *name,
               double     *number)
{
  JsonNode *node = liaison_node_link_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      *number = json_node_get_double (node);
      return isfinite (*number);
    default:
      return FALSE;
    }
}

/* A position in @object's @x and @y, on an axis that points down, as
 * Cytoscape and d3 draw: turned to Graphviz's, which points up.
 */
void
liaison_node_link_read_position (JsonObject         *object,
                                 const char         *x,
                                 const char         *y,
                                 LiaisonEntityInput *entity)
{
  double px, py;

  if (number_member (object, x, &px) && number_member (object, y, &py))
    {
      entity->has_position = TRUE;
      entity->x = px;
      entity->y = -py;
    }
}

/* The element itself must be an object. */
JsonObject *
liaison_node_link_item_object (LiaisonNodeLinkImport *im,
                               JsonNode              *node,
                               const LiaisonLocation *location)
{
  JsonObject *object = liaison_json_item_object (im->builder, im->owned, node, location);

  if (object == NULL)
    liaison_node_link_item_done (im);
  return object;
}

void
liaison_node_link_set_title (LiaisonNodeLinkImport *im,
                             JsonObject            *object,
                             const char            *name)
{
  LiaisonLocation location = liaison_location_path ("", LIAISON_LOCATION_NO_INDEX);
  LiaisonValue value;
  JsonNode *node = liaison_node_link_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return;

  liaison_node_link_value_from_node (im, node, &value);
  liaison_dataset_builder_set_title (im->builder, &location, &value);
  liaison_node_link_item_done (im);
}

/* The JSON Graph Format, versions 1 and 2.
 *
 *   {"graph": {"label", "directed", "nodes": {"id": {"label", "metadata"}} or [{"id", …}],
 *              "edges": [{"id", "source", "target", "relation", "label", "directed",
 *                         "metadata"}]}}
 *   {"graphs": [graph, …]}: the first is read.
 *
 * A node's "label" labels it, and "type" in its metadata types it; an
 * edge's "relation" (or its metadata's "type") types it, and its
 * metadata's "date" dates it. The metadata's other members are
 * attributes, as are the other members of the node or edge itself.
 * Hyperedges join more than two nodes, which no relation does: a graph
 * with any is refused.
 */

static gboolean d3_read (LiaisonNodeLinkImport  *im,
                         JsonNode               *root,
                         GError                **error);

static const char * const jgf_node_mapped[] = { "id", "label", "metadata", NULL };
static const char * const jgf_node_metadata_mapped[] = { "type", NULL };
static const char * const jgf_edge_mapped[] = {
  "id", "source", "target", "relation", "label", "directed", "metadata", NULL
};
static const char * const jgf_edge_metadata_mapped[] = { "type", "date", NULL };

static gboolean
jgf_read_node (LiaisonNodeLinkImport *im,
               JsonNode              *id,
               JsonObject            *node,
               const LiaisonLocation *location)
{
  LiaisonEntityInput entity = { { 0 } };
  JsonObject *metadata = liaison_node_link_member_object (node, "metadata");

  liaison_node_link_id_from_node (im, id, &entity.id);
  liaison_node_link_value_from_node (im, liaison_node_link_member (node, "label"), &entity.label);
  liaison_node_link_value_from_node (im, liaison_node_link_member (metadata, "type"), &entity.type);
  liaison_node_link_add_attributes (im, metadata, jgf_node_metadata_mapped);
  liaison_node_link_add_attributes (im, node, jgf_node_mapped);

  return liaison_node_link_add_entity (im, location, &entity);
}

static gboolean
jgf_read_edge (LiaisonNodeLinkImport *im,
               JsonObject            *edge,
               const LiaisonValue    *directed,
               const LiaisonLocation *location)
{
  LiaisonRelationInput relation = { { 0 } };
  JsonObject *metadata = liaison_node_link_member_object (edge, "metadata");

  liaison_node_link_id_from_node (im, liaison_node_link_member (edge, "id"), &relation.id);
  liaison_node_link_id_from_node (im, liaison_node_link_member (edge, "source"), &relation.from);
  liaison_node_link_id_from_node (im, liaison_node_link_member (edge, "target"), &relation.to);
  liaison_node_link_value_from_node (im, liaison_node_link_member (edge, "label"), &relation.label);
  liaison_node_link_value_from_node (im, liaison_node_link_member (edge, "relation"),
                                     &relation.type);
  if (relation.type.kind == LIAISON_VALUE_ABSENT)
    liaison_node_link_value_from_node (im, liaison_node_link_member (metadata, "type"),
                                       &relation.type);
  liaison_node_link_value_from_node (im, liaison_node_link_member (metadata, "date"),
                                     &relation.date);
  liaison_node_link_value_from_node (im, liaison_node_link_member (edge, "directed"),
                                     &relation.directed);
  if (relation.directed.kind == LIAISON_VALUE_ABSENT)
    relation.directed = *directed;
  liaison_node_link_add_attributes (im, metadata, jgf_edge_metadata_mapped);
  liaison_node_link_add_attributes (im, edge, jgf_edge_mapped);

  return liaison_node_link_add_relation (im, location, &relation);
}

static gboolean
jgf_read (LiaisonNodeLinkImport *im,
          JsonNode              *root,
          GError               **error)
{
  JsonObject *top = json_node_get_object (root);
  JsonObject *graph = liaison_node_link_member_object (top, "graph");
  JsonArray *graphs = liaison_node_link_member_array (top, "graphs");
  g_autofree char *prefix = NULL;
  g_autofree char *nodes_section = NULL;
  g_autofree char *edges_section = NULL;
  LiaisonValue directed = { LIAISON_VALUE_ABSENT, NULL };
  JsonNode *nodes;
  JsonArray *edges;

  /* NetworkX's node_link_data() puts its graph's attributes in "graph"
   * and the nodes beside it: that is d3's form, not JGF.
   */
  if (liaison_node_link_member_array (top, "nodes") != NULL &&
      liaison_node_link_member (graph, "nodes") == NULL)
    return d3_read (im, root, error);

  if (graph == NULL && graphs != NULL && json_array_get_length (graphs) > 0)
    {
      JsonNode *first = json_array_get_element (graphs, 0);

      if (JSON_NODE_HOLDS_OBJECT (first))
        graph = json_node_get_object (first);
      prefix = g_strdup ("graphs[0]");

      if (json_array_get_length (graphs) > 1)
        {
          guint n = json_array_get_length (graphs);

          liaison_dataset_builder_add_note (im->builder, NULL,
                                            ngettext ("the file has %u graph; only the first is read",
                                                      "the file has %u graphs; only the first is read", n),
                                            n);
        }
    }
  else
    prefix = g_strdup ("graph");

  if (graph == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no graph in “graph” or “graphs”"), im->input->display_name);
      return FALSE;
    }

  {
    JsonNode *hyperedges = liaison_node_link_member (graph, "hyperedges");

    if (hyperedges != NULL && !JSON_NODE_HOLDS_NULL (hyperedges) &&
        !(JSON_NODE_HOLDS_ARRAY (hyperedges) &&
          json_array_get_length (json_node_get_array (hyperedges)) == 0))
      {
        g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                     _("%s: %s.hyperedges: a hyperedge joins more than two nodes, and a relation "
                       "joins two; Liaison cannot read graphs with hyperedges"),
                     im->input->display_name, prefix);
        return FALSE;
      }
  }

  liaison_node_link_set_title (im, graph, "label");
  liaison_node_link_value_from_node (im, liaison_node_link_member (graph, "directed"), &directed);
  if (directed.kind != LIAISON_VALUE_BOOLEAN)
    directed.kind = LIAISON_VALUE_ABSENT;

  nodes_section = g_strconcat (prefix, ".nodes", NULL);
  edges_section = g_strconcat (prefix, ".edges", NULL);

  nodes = liaison_node_link_member (graph, "nodes");
  if (nodes != NULL && JSON_NODE_HOLDS_OBJECT (nodes))
    {
      /* Version 2: keyed by id. */
      JsonObjectIter iter;
      const char *id;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, json_node_get_object (nodes));
      while (json_object_iter_next_ordered (&iter, &id, &node))
        {
          LiaisonLocation location = liaison_location_path (nodes_section, LIAISON_LOCATION_NO_INDEX);
          g_autoptr(JsonNode) id_node = json_node_init_string (json_node_alloc (), id);
          g_autofree char *section = g_strdup_printf ("%s.%s", nodes_section, id);

          location.section = section;
          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              liaison_node_link_item_object (im, node, &location);
              continue;
            }
          if (!jgf_read_node (im, id_node, json_node_get_object (node), &location))
            return TRUE;
        }
    }
  else if (nodes != NULL && JSON_NODE_HOLDS_ARRAY (nodes))
    {
      JsonArray *array = json_node_get_array (nodes);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          LiaisonLocation location = liaison_location_path (nodes_section, i);
          JsonObject *node = liaison_node_link_item_object (im, json_array_get_element (array, i),
                                                            &location);

          if (node != NULL && !jgf_read_node (im, liaison_node_link_member (node, "id"), node,
                                              &location))
            return TRUE;
        }
    }

  edges = liaison_node_link_member_array (graph, "edges");
  for (guint i = 0; edges != NULL && i < json_array_get_length (edges); i++)
    {
      LiaisonLocation location = liaison_location_path (edges_section, i);
      JsonObject *edge = liaison_node_link_item_object (im, json_array_get_element (edges, i),
                                                        &location);

      if (edge != NULL && !jgf_read_edge (im, edge, &directed, &location))
        return TRUE;
    }

  return TRUE;
}

/* d3's node-link form, which NetworkX's node_link_data writes too.
 *
 *   {"directed": false, "nodes": [{"id", "name", "group", "x", "y"}],
 *    "links": [{"source", "target", "value"}]}
 *
 * A node's id is its "id", or else its place in the list; its "name"
 * (or else "label") labels it and "type" types it. Endpoints are ids, or
 * integers that are a node's place when no node has that id. What a
 * simulation adds to nodes (index, x, y, vx, vy, fx, fy) is not kept,
 * but x and y are where the node is.
 */

static const char * const d3_node_labels[] = { "name", "label", NULL };
static const char * const d3_node_mapped[] = {
  "id", "name", "label", "type", "index", "x", "y", "vx", "vy", "fx", "fy", NULL
};
static const char * const d3_link_labels[] = { "label", "name", NULL };
static const char * const d3_link_mapped[] = {
  "id", "source", "target", "label", "name", "type", "directed", "date", "index", NULL
};

typedef struct
{
  GPtrArray  *ids;  /* char *: each node's id, by place; NULL where it has none */
  GHashTable *known;
} D3Nodes;

/* An endpoint as an id: a string, an integer naming a node's id or else
 * its place, or the node itself (a list a simulation has run over).
 */
static void
d3_endpoint (LiaisonNodeLinkImport *im,
             D3Nodes               *nodes,
             JsonNode              *node,
             LiaisonValue          *value)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    node = liaison_node_link_member (json_node_get_object (node), "id");

  liaison_node_link_id_from_node (im, node, value);

  if (value->kind == LIAISON_VALUE_STRING && node != NULL &&
      json_node_get_value_type (node) == G_TYPE_INT64 &&
      !g_hash_table_contains (nodes->known, value->text))
    {
      gint64 place = json_node_get_int (node);

      if (place >= 0 && (guint64) place < nodes->ids->len &&
          g_ptr_array_index (nodes->ids, place) != NULL)
        value->text = g_ptr_array_index (nodes->ids, place);
    }
}

static gboolean
d3_read (LiaisonNodeLinkImport *im,
         JsonNode              *root,
         GError               **error)
{
  JsonObject *top = json_node_get_object (root);
  JsonArray *nodes = liaison_node_link_member_array (top, "nodes");
  JsonArray *links = liaison_node_link_member_array (top, "links");
  const char *links_section = "links";
  LiaisonValue directed = { LIAISON_VALUE_ABSENT, NULL };
  D3Nodes known = { NULL };
  gboolean ok = TRUE;

  if (links == NULL)
    {
      links = liaison_node_link_member_array (top, "edges");
      links_section = "edges";
    }
  if (nodes == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no “nodes” list"), im->input->display_name);
      return FALSE;
    }

  liaison_node_link_value_from_node (im, liaison_node_link_member (top, "directed"), &directed);
  if (directed.kind != LIAISON_VALUE_BOOLEAN)
    directed.kind = LIAISON_VALUE_ABSENT;
  /* NetworkX keeps the graph's own attributes in "graph". */
  liaison_node_link_set_title (im, liaison_node_link_member_object (top, "graph"), "name");

  known.ids = g_ptr_array_new_with_free_func (g_free);
  known.known = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      LiaisonLocation location = liaison_location_path ("nodes", i);
      JsonObject *node = liaison_node_link_item_object (im, json_array_get_element (nodes, i),
                                                        &location);
      LiaisonEntityInput entity = { { 0 } };
      char *id = NULL;

      if (node != NULL)
        {
          if (liaison_node_link_member (node, "id") != NULL)
            liaison_node_link_id_from_node (im, liaison_node_link_member (node, "id"), &entity.id);
          else
            entity.id = (LiaisonValue) {
              LIAISON_VALUE_STRING, liaison_node_link_own (im, g_strdup_printf ("%u", i))
            };
          if (entity.id.kind == LIAISON_VALUE_STRING)
            id = g_strdup (entity.id.text);

          liaison_node_link_first_member (im, node, d3_node_labels, &entity.label);
          liaison_node_link_value_from_node (im, liaison_node_link_member (node, "type"),
                                             &entity.type);
          liaison_node_link_add_attributes (im, node, d3_node_mapped);
          liaison_node_link_read_position (node, "x", "y", &entity);

          if (!liaison_node_link_add_entity (im, &location, &entity))
            {
              g_free (id);
              goto out;
            }
        }

      g_ptr_array_add (known.ids, id);
      if (id != NULL)
        g_hash_table_add (known.known, id);
    }

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      LiaisonLocation location = liaison_location_path (links_section, i);
      JsonObject *link = liaison_node_link_item_object (im, json_array_get_element (links, i),
                                                        &location);
      LiaisonRelationInput relation = { { 0 } };

      if (link == NULL)
        continue;

      liaison_node_link_id_from_node (im, liaison_node_link_member (link, "id"), &relation.id);
      d3_endpoint (im, &known, liaison_node_link_member (link, "source"), &relation.from);
      d3_endpoint (im, &known, liaison_node_link_member (link, "target"), &relation.to);
      liaison_node_link_first_member (im, link, d3_link_labels, &relation.label);
      liaison_node_link_value_from_node (im, liaison_node_link_member (link, "type"),
                                         &relation.type);
      liaison_node_link_value_from_node (im, liaison_node_link_member (link, "date"),
                                         &relation.date);
      liaison_node_link_value_from_node (im, liaison_node_link_member (link, "directed"),
                                         &relation.directed);
      if (relation.directed.kind == LIAISON_VALUE_ABSENT)
        relation.directed = directed;
      liaison_node_link_add_attributes (im, link, d3_link_mapped);

      if (!liaison_node_link_add_relation (im, &location, &relation))
        break;
    }

out:
  g_clear_pointer (&known.known, g_hash_table_unref);
  g_clear_pointer (&known.ids, g_ptr_array_unref);
  return ok;
}

/* The pre-scan, the tree, then @read; the builder says the rest. */
LiaisonDataset *
liaison_node_link_import (const LiaisonImportInput *input,
                          LiaisonNodeLinkReadFunc   read,
                          gboolean                  root_may_be_array,
                          GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  LiaisonJsonScanInfo info;
  LiaisonLoadLimits default_limits;
  const LiaisonLoadLimits *limits = input->limits;
  LiaisonNodeLinkImport im = { input };
  LiaisonDataset *dataset = NULL;
  JsonNode *root;

  if (limits == NULL)
    {
      liaison_load_limits_init (&default_limits);
      limits = &default_limits;
    }

  if (!liaison_json_scan (input->data, input->length, limits, &info, input->cancellable,
                          &local_error))
    {
      liaison_json_scan_error_propagate (g_steal_pointer (&local_error), input->display_name,
                                         error);
      return NULL;
    }

  im.parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (im.parser, input->data + info.start,
                                   input->length - info.start, &local_error))
    {
      /* The pre-scan accepts only what json-glib parses; this is a safety net. */
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", input->display_name, local_error->message);
      g_clear_object (&im.parser);
      return NULL;
    }

  root = json_parser_get_root (im.parser);
  if (root == NULL || !(JSON_NODE_HOLDS_OBJECT (root) || (root_may_be_array
                                                          && JSON_NODE_HOLDS_ARRAY (root))))
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: the top level must be an object"), input->display_name);
      g_clear_object (&im.parser);
      return NULL;
    }

  im.owned = g_ptr_array_new_with_free_func (g_free);
  im.attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  im.builder = liaison_dataset_builder_new (input->display_name);
  liaison_dataset_builder_set_cancellable (im.builder, input->cancellable);
  liaison_dataset_builder_set_progress (im.builder, info.n_values / 8 + 1, input->progress,
                                        input->progress_data);

  /* Cancelled, invalid or a dataset: the builder says which. */
  if (read (&im, root, error))
    dataset = liaison_dataset_builder_finish (im.builder, error);

  g_clear_pointer (&im.builder, liaison_dataset_builder_free);
  g_clear_pointer (&im.owned, g_ptr_array_unref);
  g_clear_pointer (&im.attributes, g_array_unref);
  g_clear_object (&im.parser);

  return dataset;
}

LiaisonDataset *
liaison_import_jgf (const LiaisonImportInput *input,
                    GError                  **error)
{
  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  return liaison_node_link_import (input, jgf_read, FALSE, error);
}

LiaisonDataset *
liaison_import_d3 (const LiaisonImportInput *input,
                   GError                  **error)
{
  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  return liaison_node_link_import (input, d3_read, FALSE, error);
}

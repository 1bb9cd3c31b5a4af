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
 * first, whatever the order of the file.
 */

#define G_LOG_DOMAIN "liaison-import-node-link"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-json-value.h"
#include "liaison-import-node-link.h"
#include "liaison-json-scan.h"

typedef struct
{
  const LiaisonImportInput *input;
  LiaisonDatasetBuilder    *builder;
  JsonParser               *parser;
  GPtrArray                *owned;       /* strings made for the item */
  GArray                   *attributes;  /* LiaisonAttribute */
  gboolean                  undirected;  /* the file's default for its edges */
} Import;

static const char *
own (Import *im,
     char   *text)
{
  g_ptr_array_add (im->owned, text);
  return text;
}

static void
value_from_node (Import       *im,
                 JsonNode     *node,
                 LiaisonValue *value)
{
  liaison_json_value_from_node (node, im->owned, value);
}

/* An id or an endpoint: these formats write them as strings or as
 * numbers (Cytoscape's SUIDs, NetworkX's integer nodes), which become
 * the same text.
 */
static void
id_from_node (Import       *im,
              JsonNode     *node,
              LiaisonValue *value)
{
  value_from_node (im, node, value);
  if (value->kind == LIAISON_VALUE_NUMBER)
    value->kind = LIAISON_VALUE_STRING;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The first of @names that @object has, as a value. */
static void
first_member (Import             *im,
              JsonObject         *object,
              const char * const *names,
              LiaisonValue       *value)
{
  value->kind = LIAISON_VALUE_ABSENT;
  value->text = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = member (object, names[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        {
          value_from_node (im, node, value);
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
static void
add_attributes (Import             *im,
                JsonObject         *object,
                const char * const *mapped)
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
      attribute.json = own (im, json_to_string (value, FALSE));
      g_array_append_val (im->attributes, attribute);
    }
}

static void
set_attributes (Import              *im,
                LiaisonDetailsInput *details)
{
  details->attribute_items = (const LiaisonAttribute *) (gpointer) im->attributes->data;
  details->n_attribute_items = im->attributes->len;
}

/* The scratch of one item, once the builder has it. */
static void
item_done (Import *im)
{
  g_ptr_array_set_size (im->owned, 0);
  g_array_set_size (im->attributes, 0);
}

static gboolean
number_member (JsonObject *object,
               const char *name,
               double     *number)
{
  JsonNode *node = member (object, name);

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
static void
read_position (JsonObject         *object,
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
static JsonObject *
item_object (Import                *im,
             JsonNode              *node,
             const LiaisonLocation *location)
{
  LiaisonValue value;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  value_from_node (im, node, &value);
  liaison_dataset_builder_expected (im->builder, location, NULL, LIAISON_VALUE_OBJECT, &value);
  item_done (im);
  return NULL;
}

static void
set_title (Import     *im,
           JsonObject *object,
           const char *name)
{
  LiaisonLocation location = liaison_location_path ("", LIAISON_LOCATION_NO_INDEX);
  LiaisonValue value;
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return;

  value_from_node (im, node, &value);
  liaison_dataset_builder_set_title (im->builder, &location, &value);
  item_done (im);
}

/* A Cytoscape compound parent that no element declares: an entity named
 * by its id, located where it is first named, and drawn above its
 * children, centred on them, when they all have a place (not on them:
 * no scaling would part two entities in one place).
 */
#define PARENT_ABOVE 72.0

typedef struct
{
  char            *id;
  LiaisonLocation  location;
  gboolean         declared;
  guint            n_children;
  guint            n_placed;
  double           sum_x;
  double           top_y;
} ImpliedParent;

static void
implied_parent_free (gpointer data)
{
  ImpliedParent *parent = data;

  g_free (parent->id);
  g_free (parent);
}

static gboolean
add_implied_entity (Import              *im,
                    const ImpliedParent *parent)
{
  LiaisonEntityInput entity = { { 0 } };

  entity.id = (LiaisonValue) { LIAISON_VALUE_STRING, parent->id };
  entity.label = entity.id;
  if (parent->n_children > 0 && parent->n_placed == parent->n_children)
    {
      entity.has_position = TRUE;
      entity.x = parent->sum_x / parent->n_children;
      entity.y = parent->top_y + PARENT_ABOVE;
    }
  return liaison_dataset_builder_add_entity (im->builder, &parent->location, &entity);
}

/* The parent of that id, made when first named. */
static ImpliedParent *
lookup_parent (GHashTable            *parents,
               GPtrArray             *order,
               const char            *id,
               const LiaisonLocation *location)
{
  ImpliedParent *parent = g_hash_table_lookup (parents, id);

  if (parent == NULL)
    {
      parent = g_new0 (ImpliedParent, 1);
      parent->id = g_strdup (id);
      parent->location = *location;
      g_hash_table_insert (parents, parent->id, parent);
      g_ptr_array_add (order, parent);
    }

  return parent;
}

/* Cytoscape.js and Cytoscape desktop.
 *
 *   {"data": {"name": …}, "elements": {"nodes": [{"data": {…}, "position": {"x", "y"}}],
 *                                      "edges": [{"data": {"source", "target", …}}]}}
 *   {"elements": [{"group": "nodes", "data": {…}}, {"group": "edges", …}]}
 *   [{"group": "nodes", "data": {…}}, …]
 *
 * A node's "label" (or else "name") labels it and its "type" types it;
 * an edge's "label" (or "name") and "type" (or "interaction", as
 * Cytoscape desktop names it) likewise, and "directed" says whether it
 * is. A compound node's parent is an entity, declared or not, and its
 * children keep "parent" as an attribute.
 */

static const char * const cytoscape_node_labels[] = { "label", "name", NULL };
static const char * const cytoscape_node_mapped[] = { "id", "label", "type", NULL };
static const char * const cytoscape_edge_labels[] = { "label", "name", NULL };
static const char * const cytoscape_edge_types[] = { "type", "interaction", NULL };
static const char * const cytoscape_edge_mapped[] = {
  "id", "source", "target", "label", "type", "directed", "date", NULL
};

/* An element's data: its "data" member, or the element itself when it
 * has none (a graph written by hand, or JGF pulled out of its "graph").
 */
static JsonObject *
cytoscape_data (JsonObject *element)
{
  JsonObject *data = member_object (element, "data");

  return data != NULL ? data : element;
}

typedef enum
{
  GROUP_NODES,
  GROUP_EDGES,
} Group;

static Group
cytoscape_group (JsonObject *element,
                 Group       section)
{
  JsonNode *group = member (element, "group");
  JsonObject *data;

  if (group != NULL && JSON_NODE_HOLDS_VALUE (group) &&
      json_node_get_value_type (group) == G_TYPE_STRING)
    return g_str_equal (json_node_get_string (group), "edges") ? GROUP_EDGES : GROUP_NODES;

  /* An element of a flat list without a group is an edge when it joins two. */
  data = cytoscape_data (element);
  if (section == GROUP_NODES && member (data, "source") != NULL && member (data, "target") != NULL)
    return GROUP_EDGES;

  return section;
}

static gboolean
cytoscape_read_node (Import                *im,
                     JsonObject            *element,
                     const LiaisonLocation *location)
{
  JsonObject *data = cytoscape_data (element);
  LiaisonEntityInput entity = { { 0 } };
  gboolean go_on;

  id_from_node (im, member (data, "id"), &entity.id);
  first_member (im, data, cytoscape_node_labels, &entity.label);
  /* A node without a label is named by its id. */
  if (entity.label.kind == LIAISON_VALUE_ABSENT && entity.id.kind == LIAISON_VALUE_STRING)
    entity.label = entity.id;
  value_from_node (im, member (data, "type"), &entity.type);
  /* "name" is kept too when "label" is what names the node. */
  add_attributes (im, data, cytoscape_node_mapped);
  set_attributes (im, &entity.details);
  read_position (member_object (element, "position"), "x", "y", &entity);

  go_on = liaison_dataset_builder_add_entity (im->builder, location, &entity);
  item_done (im);
  return go_on;
}

static gboolean
cytoscape_read_edge (Import                *im,
                     JsonObject            *element,
                     const LiaisonLocation *location)
{
  JsonObject *data = cytoscape_data (element);
  LiaisonRelationInput relation = { { 0 } };
  gboolean go_on;

  id_from_node (im, member (data, "id"), &relation.id);
  id_from_node (im, member (data, "source"), &relation.from);
  id_from_node (im, member (data, "target"), &relation.to);
  first_member (im, data, cytoscape_edge_labels, &relation.label);
  first_member (im, data, cytoscape_edge_types, &relation.type);
  value_from_node (im, member (data, "directed"), &relation.directed);
  if (relation.directed.kind == LIAISON_VALUE_ABSENT && im->undirected)
    relation.directed = (LiaisonValue) { LIAISON_VALUE_BOOLEAN, "false" };
  value_from_node (im, member (data, "date"), &relation.date);
  add_attributes (im, data, cytoscape_edge_mapped);
  set_attributes (im, &relation.details);

  go_on = liaison_dataset_builder_add_relation (im->builder, location, &relation);
  item_done (im);
  return go_on;
}

typedef struct
{
  JsonArray  *array;
  const char *section;  /* for locations */
  Group       group;    /* of its elements, unless they say */
} ElementList;

/* Reads the elements of @group in @lists, in order. */
static gboolean
cytoscape_read_group (Import            *im,
                      const ElementList *lists,
                      guint              n_lists,
                      Group              group,
                      GHashTable        *parents,
                      GPtrArray         *order)
{
  for (guint l = 0; l < n_lists; l++)
    {
      guint n = json_array_get_length (lists[l].array);

      for (guint i = 0; i < n; i++)
        {
          LiaisonLocation location = liaison_location_path (lists[l].section, i);
          JsonNode *node = json_array_get_element (lists[l].array, i);
          JsonObject *element;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              /* Said once, with the nodes. */
              if (group == GROUP_NODES)
                item_object (im, node, &location);
              continue;
            }

          element = json_node_get_object (node);
          if (cytoscape_group (element, lists[l].group) != group)
            continue;

          if (group == GROUP_EDGES)
            {
              if (!cytoscape_read_edge (im, element, &location))
                return FALSE;
            }
          else
            {
              JsonNode *parent = member (cytoscape_data (element), "parent");
              JsonNode *id = member (cytoscape_data (element), "id");

              if (!cytoscape_read_node (im, element, &location))
                return FALSE;

              /* Parents no element declares become entities of their own. */
              if (id != NULL && JSON_NODE_HOLDS_VALUE (id))
                {
                  LiaisonValue value;

                  id_from_node (im, id, &value);
                  if (value.kind == LIAISON_VALUE_STRING)
                    lookup_parent (parents, order, value.text, &location)->declared = TRUE;
                  item_done (im);
                }
              if (parent != NULL && JSON_NODE_HOLDS_VALUE (parent))
                {
                  LiaisonValue value;

                  id_from_node (im, parent, &value);
                  if (value.kind == LIAISON_VALUE_STRING && value.text[0] != '\0')
                    {
                      ImpliedParent *implied = lookup_parent (parents, order, value.text, &location);
                      LiaisonEntityInput child = { { 0 } };

                      read_position (member_object (element, "position"), "x", "y", &child);
                      implied->n_children++;
                      if (child.has_position)
                        {
                          implied->top_y = implied->n_placed == 0 ? child.y : MAX (implied->top_y, child.y);
                          implied->n_placed++;
                          implied->sum_x += child.x;
                        }
                    }
                  item_done (im);
                }
            }
        }
    }

  return TRUE;
}

static gboolean
cytoscape_read (Import     *im,
                JsonNode   *root,
                GError    **error)
{
  g_autoptr(GHashTable) parents = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (implied_parent_free);
  ElementList lists[2];
  guint n_lists = 0;
  JsonObject *top = NULL;
  JsonNode *elements;

  if (JSON_NODE_HOLDS_ARRAY (root))
    lists[n_lists++] = (ElementList) { json_node_get_array (root), "", GROUP_NODES };
  else
    {
      top = json_node_get_object (root);
      elements = member (top, "elements");
      if (elements != NULL && JSON_NODE_HOLDS_ARRAY (elements))
        lists[n_lists++] = (ElementList) { json_node_get_array (elements), "elements", GROUP_NODES };
      else
        {
          /* {"elements": {"nodes", "edges"}}, or the two at the top. */
          JsonObject *holder = elements != NULL && JSON_NODE_HOLDS_OBJECT (elements)
                               ? json_node_get_object (elements) : top;
          gboolean nested = holder != top;
          JsonArray *nodes = member_array (holder, "nodes");
          JsonArray *edges = member_array (holder, "edges");

          if (nodes != NULL)
            lists[n_lists++] = (ElementList) { nodes, nested ? "elements.nodes" : "nodes", GROUP_NODES };
          if (edges != NULL)
            lists[n_lists++] = (ElementList) { edges, nested ? "elements.edges" : "edges", GROUP_EDGES };
        }

      if (n_lists == 0)
        {
          g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                       _("%s: there is no “elements” list of nodes and edges"),
                       im->input->display_name);
          return FALSE;
        }

      set_title (im, member_object (top, "data"), "name");

      /* As NetworkX's cytoscape_data() says it. */
      {
        JsonNode *directed = member (top, "directed");

        im->undirected = directed != NULL && JSON_NODE_HOLDS_VALUE (directed) &&
                         json_node_get_value_type (directed) == G_TYPE_BOOLEAN &&
                         !json_node_get_boolean (directed);
      }
    }

  if (!cytoscape_read_group (im, lists, n_lists, GROUP_NODES, parents, order))
    return TRUE;

  /* In the order they were first named. */
  for (guint i = 0; i < order->len; i++)
    {
      const ImpliedParent *parent = g_ptr_array_index (order, i);

      if (!parent->declared && !add_implied_entity (im, parent))
        return TRUE;
    }

  cytoscape_read_group (im, lists, n_lists, GROUP_EDGES, parents, order);
  return TRUE;
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

static gboolean d3_read (Import    *im,
                         JsonNode  *root,
                         GError   **error);

static const char * const jgf_node_mapped[] = { "id", "label", "metadata", NULL };
static const char * const jgf_node_metadata_mapped[] = { "type", NULL };
static const char * const jgf_edge_mapped[] = {
  "id", "source", "target", "relation", "label", "directed", "metadata", NULL
};
static const char * const jgf_edge_metadata_mapped[] = { "type", "date", NULL };

static gboolean
jgf_read_node (Import                *im,
               JsonNode              *id,
               JsonObject            *node,
               const LiaisonLocation *location)
{
  LiaisonEntityInput entity = { { 0 } };
  JsonObject *metadata = member_object (node, "metadata");
  gboolean go_on;

  id_from_node (im, id, &entity.id);
  value_from_node (im, member (node, "label"), &entity.label);
  if (entity.label.kind == LIAISON_VALUE_ABSENT && entity.id.kind == LIAISON_VALUE_STRING)
    entity.label = entity.id;
  value_from_node (im, member (metadata, "type"), &entity.type);
  add_attributes (im, metadata, jgf_node_metadata_mapped);
  add_attributes (im, node, jgf_node_mapped);
  set_attributes (im, &entity.details);

  go_on = liaison_dataset_builder_add_entity (im->builder, location, &entity);
  item_done (im);
  return go_on;
}

static gboolean
jgf_read_edge (Import                *im,
               JsonObject            *edge,
               const LiaisonValue    *directed,
               const LiaisonLocation *location)
{
  LiaisonRelationInput relation = { { 0 } };
  JsonObject *metadata = member_object (edge, "metadata");
  gboolean go_on;

  id_from_node (im, member (edge, "id"), &relation.id);
  id_from_node (im, member (edge, "source"), &relation.from);
  id_from_node (im, member (edge, "target"), &relation.to);
  value_from_node (im, member (edge, "label"), &relation.label);
  value_from_node (im, member (edge, "relation"), &relation.type);
  if (relation.type.kind == LIAISON_VALUE_ABSENT)
    value_from_node (im, member (metadata, "type"), &relation.type);
  value_from_node (im, member (metadata, "date"), &relation.date);
  value_from_node (im, member (edge, "directed"), &relation.directed);
  if (relation.directed.kind == LIAISON_VALUE_ABSENT)
    relation.directed = *directed;
  add_attributes (im, metadata, jgf_edge_metadata_mapped);
  add_attributes (im, edge, jgf_edge_mapped);
  set_attributes (im, &relation.details);

  go_on = liaison_dataset_builder_add_relation (im->builder, location, &relation);
  item_done (im);
  return go_on;
}

static gboolean
jgf_read (Import    *im,
          JsonNode  *root,
          GError   **error)
{
  JsonObject *top = json_node_get_object (root);
  JsonObject *graph = member_object (top, "graph");
  JsonArray *graphs = member_array (top, "graphs");
  g_autofree char *prefix = NULL;
  g_autofree char *nodes_section = NULL;
  g_autofree char *edges_section = NULL;
  LiaisonValue directed = { LIAISON_VALUE_ABSENT, NULL };
  JsonNode *nodes;
  JsonArray *edges;

  /* NetworkX's node_link_data() puts its graph's attributes in "graph"
   * and the nodes beside it: that is d3's form, not JGF.
   */
  if (member_array (top, "nodes") != NULL && member (graph, "nodes") == NULL)
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
    JsonNode *hyperedges = member (graph, "hyperedges");

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

  set_title (im, graph, "label");
  value_from_node (im, member (graph, "directed"), &directed);
  if (directed.kind != LIAISON_VALUE_BOOLEAN)
    directed.kind = LIAISON_VALUE_ABSENT;

  nodes_section = g_strconcat (prefix, ".nodes", NULL);
  edges_section = g_strconcat (prefix, ".edges", NULL);

  nodes = member (graph, "nodes");
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
              item_object (im, node, &location);
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
          JsonObject *node = item_object (im, json_array_get_element (array, i), &location);

          if (node != NULL && !jgf_read_node (im, member (node, "id"), node, &location))
            return TRUE;
        }
    }

  edges = member_array (graph, "edges");
  for (guint i = 0; edges != NULL && i < json_array_get_length (edges); i++)
    {
      LiaisonLocation location = liaison_location_path (edges_section, i);
      JsonObject *edge = item_object (im, json_array_get_element (edges, i), &location);

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
d3_endpoint (Import       *im,
             D3Nodes      *nodes,
             JsonNode     *node,
             LiaisonValue *value)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    node = member (json_node_get_object (node), "id");

  id_from_node (im, node, value);

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
d3_read (Import    *im,
         JsonNode  *root,
         GError   **error)
{
  JsonObject *top = json_node_get_object (root);
  JsonArray *nodes = member_array (top, "nodes");
  JsonArray *links = member_array (top, "links");
  const char *links_section = "links";
  LiaisonValue directed = { LIAISON_VALUE_ABSENT, NULL };
  D3Nodes known = { NULL };
  gboolean ok = TRUE;

  if (links == NULL)
    {
      links = member_array (top, "edges");
      links_section = "edges";
    }
  if (nodes == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no “nodes” list"), im->input->display_name);
      return FALSE;
    }

  value_from_node (im, member (top, "directed"), &directed);
  if (directed.kind != LIAISON_VALUE_BOOLEAN)
    directed.kind = LIAISON_VALUE_ABSENT;
  /* NetworkX keeps the graph's own attributes in "graph". */
  set_title (im, member_object (top, "graph"), "name");

  known.ids = g_ptr_array_new_with_free_func (g_free);
  known.known = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      LiaisonLocation location = liaison_location_path ("nodes", i);
      JsonObject *node = item_object (im, json_array_get_element (nodes, i), &location);
      LiaisonEntityInput entity = { { 0 } };
      char *id = NULL;
      gboolean go_on;

      if (node != NULL)
        {
          if (member (node, "id") != NULL)
            id_from_node (im, member (node, "id"), &entity.id);
          else
            entity.id = (LiaisonValue) { LIAISON_VALUE_STRING, own (im, g_strdup_printf ("%u", i)) };
          if (entity.id.kind == LIAISON_VALUE_STRING)
            id = g_strdup (entity.id.text);

          first_member (im, node, d3_node_labels, &entity.label);
          if (entity.label.kind == LIAISON_VALUE_ABSENT && entity.id.kind == LIAISON_VALUE_STRING)
            entity.label = entity.id;
          value_from_node (im, member (node, "type"), &entity.type);
          add_attributes (im, node, d3_node_mapped);
          set_attributes (im, &entity.details);
          read_position (node, "x", "y", &entity);

          go_on = liaison_dataset_builder_add_entity (im->builder, &location, &entity);
          item_done (im);
          if (!go_on)
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
      JsonObject *link = item_object (im, json_array_get_element (links, i), &location);
      LiaisonRelationInput relation = { { 0 } };
      gboolean go_on;

      if (link == NULL)
        continue;

      id_from_node (im, member (link, "id"), &relation.id);
      d3_endpoint (im, &known, member (link, "source"), &relation.from);
      d3_endpoint (im, &known, member (link, "target"), &relation.to);
      first_member (im, link, d3_link_labels, &relation.label);
      value_from_node (im, member (link, "type"), &relation.type);
      value_from_node (im, member (link, "date"), &relation.date);
      value_from_node (im, member (link, "directed"), &relation.directed);
      if (relation.directed.kind == LIAISON_VALUE_ABSENT)
        relation.directed = directed;
      add_attributes (im, link, d3_link_mapped);
      set_attributes (im, &relation.details);

      go_on = liaison_dataset_builder_add_relation (im->builder, &location, &relation);
      item_done (im);
      if (!go_on)
        break;
    }

out:
  g_clear_pointer (&known.known, g_hash_table_unref);
  g_clear_pointer (&known.ids, g_ptr_array_unref);
  return ok;
}

typedef gboolean (*ReadFunc) (Import    *im,
                              JsonNode  *root,
                              GError   **error);

/* The pre-scan, the tree, then @read; the builder says the rest. */
static LiaisonDataset *
import_json (const LiaisonImportInput  *input,
             ReadFunc                   read,
             GError                   **error)
{
  g_autoptr(GError) local_error = NULL;
  LiaisonJsonScanInfo info;
  LiaisonLoadLimits default_limits;
  const LiaisonLoadLimits *limits = input->limits;
  Import im = { input };
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
  if (root == NULL || !(JSON_NODE_HOLDS_OBJECT (root) || (read == cytoscape_read && JSON_NODE_HOLDS_ARRAY (root))))
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
liaison_import_cytoscape (const LiaisonImportInput  *input,
                          GError                   **error)
{
  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  return import_json (input, cytoscape_read, error);
}

LiaisonDataset *
liaison_import_jgf (const LiaisonImportInput  *input,
                    GError                   **error)
{
  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  return import_json (input, jgf_read, error);
}

LiaisonDataset *
liaison_import_d3 (const LiaisonImportInput  *input,
                   GError                   **error)
{
  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  return import_json (input, d3_read, error);
}

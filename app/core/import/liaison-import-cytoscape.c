/* liaison-import-cytoscape.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Cytoscape front end of the node-link JSON importers: Cytoscape.js
 * and Cytoscape desktop ("elements"), with the compound parents that no
 * element declares.
 */

#define G_LOG_DOMAIN "liaison-import-cytoscape"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-node-link-private.h"
#include "liaison-import-node-link.h"

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
add_implied_entity (LiaisonNodeLinkImport *im,
                    const ImpliedParent   *parent)
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
  JsonObject *data = liaison_node_link_member_object (element, "data");

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
  JsonNode *group = liaison_node_link_member (element, "group");
  JsonObject *data;

  if (group != NULL && JSON_NODE_HOLDS_VALUE (group) &&
      json_node_get_value_type (group) == G_TYPE_STRING)
    return g_str_equal (json_node_get_string (group), "edges") ? GROUP_EDGES : GROUP_NODES;

  /* An element of a flat list without a group is an edge when it joins two. */
  data = cytoscape_data (element);
  if (section == GROUP_NODES && liaison_node_link_member (data, "source") != NULL
      && liaison_node_link_member (data, "target") != NULL)
    return GROUP_EDGES;

  return section;
}

static gboolean
cytoscape_read_node (LiaisonNodeLinkImport *im,
                     JsonObject            *element,
                     const LiaisonLocation *location)
{
  JsonObject *data = cytoscape_data (element);
  LiaisonEntityInput entity = { { 0 } };

  liaison_node_link_id_from_node (im, liaison_node_link_member (data, "id"), &entity.id);
  liaison_node_link_first_member (im, data, cytoscape_node_labels, &entity.label);
  liaison_node_link_value_from_node (im, liaison_node_link_member (data, "type"), &entity.type);
  /* "name" is kept too when "label" is what names the node. */
  liaison_node_link_add_attributes (im, data, cytoscape_node_mapped);
  liaison_node_link_read_position (liaison_node_link_member_object (element, "position"), "x", "y",
                                   &entity);

  return liaison_node_link_add_entity (im, location, &entity);
}

static gboolean
cytoscape_read_edge (LiaisonNodeLinkImport *im,
                     JsonObject            *element,
                     const LiaisonLocation *location)
{
  JsonObject *data = cytoscape_data (element);
  LiaisonRelationInput relation = { { 0 } };

  liaison_node_link_id_from_node (im, liaison_node_link_member (data, "id"), &relation.id);
  liaison_node_link_id_from_node (im, liaison_node_link_member (data, "source"), &relation.from);
  liaison_node_link_id_from_node (im, liaison_node_link_member (data, "target"), &relation.to);
  liaison_node_link_first_member (im, data, cytoscape_edge_labels, &relation.label);
  liaison_node_link_first_member (im, data, cytoscape_edge_types, &relation.type);
  liaison_node_link_value_from_node (im, liaison_node_link_member (data, "directed"),
                                     &relation.directed);
  if (relation.directed.kind == LIAISON_VALUE_ABSENT && im->undirected)
    relation.directed = (LiaisonValue) { LIAISON_VALUE_BOOLEAN, "false" };
  liaison_node_link_value_from_node (im, liaison_node_link_member (data, "date"), &relation.date);
  liaison_node_link_add_attributes (im, data, cytoscape_edge_mapped);

  return liaison_node_link_add_relation (im, location, &relation);
}

typedef struct
{
  JsonArray  *array;
  const char *section;  /* for locations */
  Group       group;    /* of its elements, unless they say */
} ElementList;

/* Reads the elements of @group in @lists, in order. */
static gboolean
cytoscape_read_group (LiaisonNodeLinkImport *im,
                      const ElementList     *lists,
                      guint                  n_lists,
                      Group                  group,
                      GHashTable            *parents,
                      GPtrArray             *order)
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
                liaison_node_link_item_object (im, node, &location);
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
              JsonNode *parent = liaison_node_link_member (cytoscape_data (element), "parent");
              JsonNode *id = liaison_node_link_member (cytoscape_data (element), "id");

              if (!cytoscape_read_node (im, element, &location))
                return FALSE;

              /* Parents no element declares become entities of their own. */
              if (id != NULL && JSON_NODE_HOLDS_VALUE (id))
                {
                  LiaisonValue value;

                  liaison_node_link_id_from_node (im, id, &value);
                  if (value.kind == LIAISON_VALUE_STRING)
                    lookup_parent (parents, order, value.text, &location)->declared = TRUE;
                  liaison_node_link_item_done (im);
                }
              if (parent != NULL && JSON_NODE_HOLDS_VALUE (parent))
                {
                  LiaisonValue value;

                  liaison_node_link_id_from_node (im, parent, &value);
                  if (value.kind == LIAISON_VALUE_STRING && value.text[0] != '\0')
                    {
                      ImpliedParent *implied = lookup_parent (parents, order, value.text, &location);
                      JsonObject *position = liaison_node_link_member_object (element, "position");
                      LiaisonEntityInput child = { { 0 } };

                      liaison_node_link_read_position (position, "x", "y", &child);
                      implied->n_children++;
                      if (child.has_position)
                        {
                          implied->top_y = implied->n_placed == 0 ? child.y : MAX (implied->top_y, child.y);
                          implied->n_placed++;
                          implied->sum_x += child.x;
                        }
                    }
                  liaison_node_link_item_done (im);
                }
            }
        }
    }

  return TRUE;
}

static gboolean
cytoscape_read (LiaisonNodeLinkImport *im,
                JsonNode              *root,
                GError               **error)
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
      elements = liaison_node_link_member (top, "elements");
      if (elements != NULL && JSON_NODE_HOLDS_ARRAY (elements))
        lists[n_lists++] = (ElementList) { json_node_get_array (elements), "elements", GROUP_NODES };
      else
        {
          /* {"elements": {"nodes", "edges"}}, or the two at the top. */
          JsonObject *holder = elements != NULL && JSON_NODE_HOLDS_OBJECT (elements)
                               ? json_node_get_object (elements) : top;
          gboolean nested = holder != top;
          JsonArray *nodes = liaison_node_link_member_array (holder, "nodes");
          JsonArray *edges = liaison_node_link_member_array (holder, "edges");

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

      liaison_node_link_set_title (im, liaison_node_link_member_object (top, "data"), "name");

      /* As NetworkX's cytoscape_data() says it. */
      {
        JsonNode *directed = liaison_node_link_member (top, "directed");

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

LiaisonDataset *
liaison_import_cytoscape (const LiaisonImportInput *input,
                          GError                  **error)
{
  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  return liaison_node_link_import (input, cytoscape_read, TRUE, error);
}

/* liaison-import-graphml.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GraphML's front end, as yEd, Gephi, NetworkX, igraph and LightRAG write
 * it. <key> declarations give each <data> a name, a type and a default;
 * the names Liaison knows become labels, types, dates and positions (the
 * README's "Formats" section lists them), and every other value an
 * attribute of its type. yEd keeps labels and geometry in "nodegraphics"
 * and "edgegraphics" data of its own namespace, read for labels and
 * positions.
 *
 * Only the first graph of a file is read, and the file says so when it
 * has more. Graphs nested in nodes (yEd's groups) are read as part of the
 * one graph, each entity inside with a "parent" attribute; hyperedges,
 * which join more than two nodes, are refused.
 */

#define G_LOG_DOMAIN "liaison-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-import-graphml.h"
#include "liaison-import-xml-graph.h"

/* GraphML's roles, after LiaisonXmlRole's. */
typedef enum
{
  ROLE_NAME = LIAISON_XML_N_ROLES,
  ROLE_X,
  ROLE_Y,
  ROLE_TITLE,
  ROLE_NODE_GRAPHICS,
  ROLE_EDGE_GRAPHICS,
  ROLE_IGNORED,
} Role;

/* What a key's yfiles.type says: a key's meaning. */
typedef enum
{
  YFILES_NONE,
  YFILES_NODE_GRAPHICS,
  YFILES_EDGE_GRAPHICS,
  YFILES_OTHER,
} YFilesType;

/* A node or an edge being read: what its <data> said so far. */
typedef struct
{
  LiaisonXmlItem base;
  const char    *name;
  const char    *graphics_label; /* yEd's */
  gboolean       has_x, has_y, has_geometry;
  double         data_x, data_y;
  double         geometry_x, geometry_y;
} Item;

typedef struct
{
  LiaisonXmlGraph           graph;
  LiaisonXmlDeclarations    keys;
  GPtrArray                *nodes;         /* Item: the node being read, and those it is nested in */
  Item                     *edge;          /* the edge being read */
  gboolean                  directed;      /* the graph's edgedefault */
  int                       graph_depth;   /* of the graph read */
  guint                     n_graphs;
  guint                     second_graph_line;
} Import;

static const char * const integer_types[] = { "int", "long", NULL };
static const char * const real_types[] = { "float", "double", NULL };

/* What a key's name means for a node, an edge or the graph: a
 * LiaisonXmlRole or a Role.
 */
static int
role_of (const LiaisonXmlDeclaration *key,
         LiaisonXmlDomain             domain)
{
  const char *name = key->name;

  if (key->meaning != YFILES_NONE)
    {
      if (domain == LIAISON_XML_DOMAIN_NODE && key->meaning == YFILES_NODE_GRAPHICS)
        return ROLE_NODE_GRAPHICS;
      if (domain == LIAISON_XML_DOMAIN_EDGE && key->meaning == YFILES_EDGE_GRAPHICS)
        return ROLE_EDGE_GRAPHICS;
      /* Ports, resources and other drawing data of yEd's own. */
      return ROLE_IGNORED;
    }

  switch (domain)
    {
    case LIAISON_XML_DOMAIN_NODE:
      if (liaison_xml_name_is (name, "label"))
        return LIAISON_XML_ROLE_LABEL;
      if (liaison_xml_name_is (name, "name"))
        return ROLE_NAME;
      if (liaison_xml_name_is (name, "type") || liaison_xml_name_is (name, "entity_type"))
        return LIAISON_XML_ROLE_TYPE;
      if (liaison_xml_name_is (name, "description"))
        return LIAISON_XML_ROLE_DESCRIPTION;
      if (liaison_xml_name_is (name, "x"))
        return ROLE_X;
      if (liaison_xml_name_is (name, "y"))
        return ROLE_Y;
      return LIAISON_XML_ROLE_ATTRIBUTE;

    case LIAISON_XML_DOMAIN_EDGE:
      /* Gephi writes "Edge Label". */
      if (liaison_xml_name_is (name, "label") || liaison_xml_name_is (name, "edge label"))
        return LIAISON_XML_ROLE_LABEL;
      if (liaison_xml_name_is (name, "type") || liaison_xml_name_is (name, "relation_type"))
        return LIAISON_XML_ROLE_TYPE;
      if (liaison_xml_name_is (name, "date"))
        return LIAISON_XML_ROLE_DATE;
      if (liaison_xml_name_is (name, "description"))
        return LIAISON_XML_ROLE_DESCRIPTION;
      return LIAISON_XML_ROLE_ATTRIBUTE;

    case LIAISON_XML_DOMAIN_GRAPH:
    default:
      if (liaison_xml_name_is (name, "title") || liaison_xml_name_is (name, "name") ||
          liaison_xml_name_is (name, "label"))
        return ROLE_TITLE;
      if (liaison_xml_name_is (name, "description"))
        return LIAISON_XML_ROLE_DESCRIPTION;
      return ROLE_IGNORED;
    }
}

/* What one <data> (or a key's default) says of a node or an edge. */
static void
apply_value_cb (LiaisonXmlItem              *base,
                const LiaisonXmlDeclaration *key,
                LiaisonXmlDomain             domain,
                const char                  *text,
                gpointer                     user_data)
{
  Import *im = user_data;
  Item *item = (Item *) base;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int role = role_of (key, domain);
  const char *value = text;
  const char **field = role == ROLE_NAME ? &item->name
                     : liaison_xml_item_field (base, role, text, stripped, &value);
  double real;

  switch (role)
    {
    case ROLE_X:
    case ROLE_Y:
      if (liaison_xml_parse_real (text, &real))
        {
          if (role == ROLE_X)
            item->has_x = TRUE, item->data_x = real;
          else
            item->has_y = TRUE, item->data_y = real;
        }
      /* Kept as well, so that an export gives them back. */
      liaison_xml_graph_add_typed (&im->graph, base, key->name, key->type, text);
      break;
    case LIAISON_XML_ROLE_ATTRIBUTE:
      liaison_xml_graph_add_typed (&im->graph, base, key->name, key->type, text);
      break;
    case ROLE_TITLE:
    case ROLE_NODE_GRAPHICS:
    case ROLE_EDGE_GRAPHICS:
    case ROLE_IGNORED:
    default:
      break;
    }

  /* The last value that says something is the one. */
  if (field != NULL && stripped[0] != '\0')
    *field = liaison_graph_buffer_keep (im->graph.buffer, value);
}

static void
read_key (Import  *im)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  g_autofree char *domain = liaison_xml_reader_attribute (xml, "for");
  g_autofree char *type = liaison_xml_reader_attribute (xml, "attr.type");
  g_autofree char *yfiles_type = liaison_xml_reader_attribute (xml, "yfiles.type");
  LiaisonXmlDeclaration *key;

  key = liaison_xml_declarations_add (&im->keys, liaison_xml_reader_attribute (xml, "id"),
                                      liaison_xml_reader_attribute (xml, "attr.name"),
                                      liaison_xml_value_type_from_name (type, integer_types, real_types));

  if (yfiles_type == NULL)
    key->meaning = YFILES_NONE;
  else if (g_str_equal (yfiles_type, "nodegraphics"))
    key->meaning = YFILES_NODE_GRAPHICS;
  else if (g_str_equal (yfiles_type, "edgegraphics"))
    key->meaning = YFILES_EDGE_GRAPHICS;
  else
    key->meaning = YFILES_OTHER;

  if (domain == NULL || g_str_equal (domain, "all"))
    key->domains = LIAISON_XML_DOMAIN_NODE | LIAISON_XML_DOMAIN_EDGE | LIAISON_XML_DOMAIN_GRAPH;
  else if (g_str_equal (domain, "node"))
    key->domains = LIAISON_XML_DOMAIN_NODE;
  else if (g_str_equal (domain, "edge"))
    key->domains = LIAISON_XML_DOMAIN_EDGE;
  else if (g_str_equal (domain, "graph"))
    key->domains = LIAISON_XML_DOMAIN_GRAPH;
}

/* yEd's drawing of a node or an edge: its first label, and a node's
 * first geometry (its box, whose y grows downwards).
 */
static gboolean
read_graphics (Import  *im,
               Item    *item,
               GError **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  int depth = liaison_xml_reader_depth (xml);
  int type;

  while ((type = liaison_xml_reader_next_element_within (xml, depth, error)) > 0)
    {
      const char *name = liaison_xml_reader_name (xml);

      if (g_str_equal (name, "Geometry") && !item->has_geometry)
        {
          g_autofree char *x = liaison_xml_reader_attribute (xml, "x");
          g_autofree char *y = liaison_xml_reader_attribute (xml, "y");
          g_autofree char *width = liaison_xml_reader_attribute (xml, "width");
          g_autofree char *height = liaison_xml_reader_attribute (xml, "height");
          double vx, vy, vw = 0, vh = 0;

          if (x != NULL && y != NULL && liaison_xml_parse_real (x, &vx)
              && liaison_xml_parse_real (y, &vy))
            {
              if (width != NULL)
                liaison_xml_parse_real (width, &vw);
              if (height != NULL)
                liaison_xml_parse_real (height, &vh);
              item->has_geometry = TRUE;
              item->geometry_x = vx + vw / 2;
              item->geometry_y = -(vy + vh / 2);
            }
        }
      else if ((g_str_equal (name, "NodeLabel") || g_str_equal (name, "EdgeLabel")) &&
               item->graphics_label == NULL)
        {
          g_autofree char *text = liaison_xml_reader_read_text (xml, error);

          if (text == NULL)
            return FALSE;
          g_strstrip (text);
          if (text[0] != '\0')
            item->graphics_label = liaison_graph_buffer_keep (im->graph.buffer, text);
        }
    }

  return type == 0;
}

static gboolean
read_data (Import            *im,
           Item              *item,
           LiaisonXmlDomain   domain,
           GError           **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  LiaisonGraphBuffer *buffer = im->graph.buffer;
  g_autofree char *key_id = liaison_xml_reader_attribute (xml, "key");
  g_autofree char *text = NULL;
  guint line = liaison_xml_reader_line (xml);
  LiaisonXmlDeclaration *key = key_id != NULL ? liaison_xml_declarations_lookup (&im->keys, key_id) : NULL;
  LiaisonXmlDeclaration undeclared = {
    .id = key_id != NULL ? key_id : (char *) "data",
    .name = key_id != NULL ? key_id : (char *) "data",
    .type = LIAISON_XML_STRING,
    .domains = domain,
    .meaning = YFILES_NONE,
    .index = G_MAXUINT,
  };

  /* A <data> whose key is not declared keeps its value under the key. */
  if (key == NULL)
    key = &undeclared;

  switch (role_of (key, domain))
    {
    case ROLE_NODE_GRAPHICS:
    case ROLE_EDGE_GRAPHICS:
      return read_graphics (im, item, error);
    case ROLE_IGNORED:
      return liaison_xml_reader_skip (xml, error) > 0;
    default:
      break;
    }

  text = liaison_xml_reader_read_text (xml, error);
  if (text == NULL)
    return FALSE;

  if (item != NULL)
    {
      apply_value_cb (&item->base, key, domain, text, im);
      liaison_xml_item_mark_seen (&item->base, key);
    }
  else if (role_of (key, domain) == ROLE_TITLE && buffer->title == NULL)
    liaison_graph_buffer_set_title (buffer, g_strstrip (text), line);
  else if (role_of (key, domain) == LIAISON_XML_ROLE_DESCRIPTION && buffer->description == NULL)
    liaison_graph_buffer_set_description (buffer, text, line);

  return TRUE;
}

static Item *
current_node (Import *im)
{
  return im->nodes->len > 0 ? g_ptr_array_index (im->nodes, im->nodes->len - 1) : NULL;
}

static void
start_node (Import *im)
{
  Item *parent = current_node (im);

  g_ptr_array_add (im->nodes, liaison_xml_graph_start_node (&im->graph, sizeof (Item),
                                                            parent != NULL ? &parent->base : NULL));
}

static void
end_node (Import *im)
{
  Item *item = g_ptr_array_steal_index (im->nodes, im->nodes->len - 1);
  LiaisonXmlItem *base = &item->base;

  liaison_xml_graph_apply_defaults (base, &im->keys, LIAISON_XML_DOMAIN_NODE, apply_value_cb, im);
  if (base->label == NULL)
    base->label = item->graphics_label != NULL ? item->graphics_label : item->name;
  if (item->has_x && item->has_y)
    {
      base->has_position = TRUE;
      base->x = item->data_x;
      base->y = item->data_y;
    }
  else if (item->has_geometry)
    {
      base->has_position = TRUE;
      base->x = item->geometry_x;
      base->y = item->geometry_y;
    }
  /* A name that is not the label is worth keeping. */
  if (item->name != NULL && base->label != item->name)
    liaison_xml_graph_add_string (&im->graph, base, "name", item->name);

  liaison_xml_graph_end_item (&im->graph, base);
}

static gboolean
start_edge (Import *im)
{
  g_autofree char *directed = liaison_xml_reader_attribute (&im->graph.xml, "directed");

  im->edge = (Item *) liaison_xml_graph_start_edge (&im->graph, sizeof (Item),
                                                    directed != NULL ? g_str_equal (directed, "true") ||
                                                                       g_str_equal (directed, "1")
                                                                     : im->directed);
  return im->edge != NULL;
}

static void
end_edge (Import *im)
{
  Item *item = g_steal_pointer (&im->edge);
  LiaisonXmlItem *base = &item->base;

  liaison_xml_graph_apply_defaults (base, &im->keys, LIAISON_XML_DOMAIN_EDGE, apply_value_cb, im);
  base->label = base->label != NULL ? base->label : item->graphics_label;

  liaison_xml_graph_end_item (&im->graph, base);
}

/* Elements inside <graph>, and inside the nodes and edges of it. */
static gboolean
read_graph_content (Import  *im,
                    int      type,
                    GError **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  const char *name = liaison_xml_reader_name (xml);
  int depth = liaison_xml_reader_depth (xml);

  if (type == XML_READER_TYPE_END_ELEMENT)
    {
      if (im->edge != NULL && depth == im->edge->base.depth)
        end_edge (im);
      else if (im->nodes->len > 0 && depth == current_node (im)->base.depth)
        end_node (im);
      return TRUE;
    }

  if (type != XML_READER_TYPE_ELEMENT)
    return TRUE;

  if (g_str_equal (name, "node"))
    {
      gboolean empty = liaison_xml_reader_is_empty (xml);

      start_node (im);
      if (empty)
        end_node (im);
    }
  else if (g_str_equal (name, "edge") && im->edge == NULL)
    {
      gboolean empty = liaison_xml_reader_is_empty (xml);

      if (!start_edge (im))
        return liaison_xml_reader_skip (xml, error) > 0;
      if (empty)
        end_edge (im);
    }
  else if (g_str_equal (name, "data"))
    {
      Item *item = im->edge;
      LiaisonXmlDomain domain = LIAISON_XML_DOMAIN_EDGE;

      if (item == NULL && im->nodes->len > 0)
        {
          item = current_node (im);
          domain = LIAISON_XML_DOMAIN_NODE;
        }
      else if (item == NULL)
        domain = LIAISON_XML_DOMAIN_GRAPH;

      /* Data of a nested graph itself says nothing of the nodes. */
      if (item != NULL && depth != item->base.depth + 1)
        return liaison_xml_reader_skip (xml, error) > 0;

      return read_data (im, item, domain, error);
    }
  else if (g_str_equal (name, "desc"))
    {
      g_autofree char *text = NULL;
      guint line = liaison_xml_reader_line (xml);
      Item *item = im->edge != NULL ? im->edge : current_node (im);

      text = liaison_xml_reader_read_text (xml, error);
      if (text == NULL)
        return FALSE;
      g_strstrip (text);
      if (text[0] == '\0')
        return TRUE;
      if (item != NULL && depth == item->base.depth + 1 && item->base.description == NULL)
        item->base.description = liaison_graph_buffer_keep (im->graph.buffer, text);
      else if (item == NULL && im->graph.buffer->description == NULL)
        liaison_graph_buffer_set_description (im->graph.buffer, text, line);
    }
  else if (g_str_equal (name, "hyperedge"))
    {
      liaison_graph_buffer_add_problem (im->graph.buffer, liaison_xml_reader_line (xml), 0, NULL,
                                        _("hyperedges (relations among more than two nodes) are not supported: "
                                          "make each a node with an edge to every node it joins"));
      return liaison_xml_reader_skip (xml, error) > 0;
    }
  else if (g_str_equal (name, "graph"))
    {
      /* A nested graph: its nodes are read as entities of their own. */
    }
  else if (!liaison_xml_reader_is_empty (xml))
    /* Ports, locators and elements of other namespaces. */
    return liaison_xml_reader_skip (xml, error) > 0;

  return TRUE;
}

static void
start_graph (Import *im)
{
  g_autofree char *edgedefault = liaison_xml_reader_attribute (&im->graph.xml, "edgedefault");

  im->directed = edgedefault == NULL || !g_str_equal (edgedefault, "undirected");
  im->graph_depth = liaison_xml_reader_depth (&im->graph.xml);
}

static gboolean
read_document (Import  *im,
               GError **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  gboolean in_graph = FALSE;
  gboolean in_key = FALSE;
  int type;

  while ((type = liaison_xml_graph_next (&im->graph, error)) > 0)
    {
      const char *name = liaison_xml_reader_name (xml);
      int depth = liaison_xml_reader_depth (xml);

      if (in_graph)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && depth == im->graph_depth)
            in_graph = FALSE;
          else if (!read_graph_content (im, type, error))
            return FALSE;
          continue;
        }

      if (in_key)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && depth == 1)
            in_key = FALSE;
          else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (name, "default") &&
                   !liaison_xml_declarations_read_default (&im->keys, xml, error))
            return FALSE;
          continue;
        }

      if (type != XML_READER_TYPE_ELEMENT || depth != 1)
        continue;

      if (g_str_equal (name, "key"))
        {
          read_key (im);
          in_key = !liaison_xml_reader_is_empty (xml);
        }
      else if (g_str_equal (name, "graph"))
        {
          if (++im->n_graphs == 1)
            {
              start_graph (im);
              in_graph = !liaison_xml_reader_is_empty (xml);
            }
          else
            {
              if (im->n_graphs == 2)
                im->second_graph_line = liaison_xml_reader_line (xml);
              if (liaison_xml_reader_skip (xml, error) < 0)
                return FALSE;
            }
        }
      else if (!liaison_xml_reader_is_empty (xml) && liaison_xml_reader_skip (xml, error) < 0)
        return FALSE;
    }

  if (!liaison_xml_graph_check_end (&im->graph, type, error))
    return FALSE;

  if (im->n_graphs == 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no <graph> in this GraphML file"), im->graph.input->display_name);
      return FALSE;
    }

  if (im->n_graphs > 1)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("only the first of %u graph is read",
                                                         "only the first of %u graphs is read", im->n_graphs),
                                               im->n_graphs);

      liaison_graph_buffer_add_note (im->graph.buffer, im->second_graph_line, note);
    }

  return TRUE;
}

/**
 * liaison_import_graphml:
 *
 * Returns: (transfer full): the dataset the GraphML file holds, or %NULL
 *   with @error set
 */
LiaisonDataset *
liaison_import_graphml (const LiaisonImportInput  *input,
                        GError                   **error)
{
  Import im = { { { NULL } } };
  LiaisonDataset *dataset;

  g_return_val_if_fail (input != NULL, NULL);

  if (!liaison_xml_graph_init (&im.graph, input, "graphml", N_("the document is <%s>, not GraphML’s <graphml>"),
                               error))
    return NULL;

  liaison_xml_declarations_init (&im.keys);
  im.nodes = g_ptr_array_new_with_free_func (liaison_xml_item_free);
  im.directed = TRUE;

  dataset = liaison_xml_graph_finish (&im.graph, read_document (&im, error), error);

  liaison_xml_declarations_clear (&im.keys);
  g_ptr_array_unref (im.nodes);
  liaison_xml_item_free (im.edge);

  return dataset;
}

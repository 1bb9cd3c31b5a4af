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

#include "liaison-import-graph.h"
#include "liaison-import-graphml.h"
#include "liaison-import-xml.h"

/* Reading the file takes this share of the progress bar; the builder the
 * rest.
 */
#define SHARE_READ 0.8

typedef enum
{
  DOMAIN_NODE  = 1 << 0,
  DOMAIN_EDGE  = 1 << 1,
  DOMAIN_GRAPH = 1 << 2,
} Domain;

typedef enum
{
  ROLE_ATTRIBUTE,
  ROLE_LABEL,
  ROLE_NAME,
  ROLE_TYPE,
  ROLE_DESCRIPTION,
  ROLE_DATE,
  ROLE_X,
  ROLE_Y,
  ROLE_TITLE,
  ROLE_NODE_GRAPHICS,
  ROLE_EDGE_GRAPHICS,
  ROLE_IGNORED,
} Role;

typedef struct
{
  char                *id;
  char                *name;
  char                *default_value;
  guint                domains;
  LiaisonXmlValueType  type;
  char                *yfiles_type;
  guint                index;
} Key;

/* A node or an edge being read: what its <data> said so far. */
typedef struct
{
  guint       index;          /* in the buffer's nodes or edges */
  const char *label;
  const char *name;
  const char *type;
  const char *description;
  const char *date;
  const char *graphics_label; /* yEd's */
  gboolean    has_x, has_y, has_geometry;
  double      x, y;
  double      geometry_x, geometry_y;
  GArray     *attributes;     /* LiaisonAttribute, strings in the buffer */
  GArray     *seen;           /* guint: the index of each key given */
  int         depth;          /* of its element */
} Item;

typedef struct
{
  LiaisonXmlReader          xml;
  const LiaisonImportInput *input;
  LiaisonGraphBuffer       *buffer;
  GHashTable               *keys;          /* id -> Key */
  GPtrArray                *key_list;
  GString                  *json;

  GPtrArray                *nodes;         /* Item: the node being read, and those it is nested in */
  Item                     *edge;          /* the edge being read */
  gboolean                  directed;      /* the graph's edgedefault */
  int                       graph_depth;   /* of the graph read */
  guint                     n_graphs;
  guint                     second_graph_line;
  guint                     n_nested;
  guint                     n_elements;
} Import;

static void
key_free (Key *key)
{
  g_free (key->id);
  g_free (key->name);
  g_free (key->default_value);
  g_free (key->yfiles_type);
  g_free (key);
}

static Item *
item_new (guint index,
          int   depth)
{
  Item *item = g_new0 (Item, 1);

  item->index = index;
  item->depth = depth;
  item->attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  item->seen = g_array_new (FALSE, FALSE, sizeof (guint));

  return item;
}

static void
item_free (Item *item)
{
  if (item == NULL)
    return;
  g_array_unref (item->attributes);
  g_array_unref (item->seen);
  g_free (item);
}

static gboolean
name_is (const char *name,
         const char *wanted)
{
  return g_ascii_strcasecmp (name, wanted) == 0;
}

/* What a key's name means for a node, an edge or the graph. */
static Role
role_of (const Key *key,
         Domain     domain)
{
  const char *name = key->name;

  if (key->yfiles_type != NULL)
    {
      if (domain == DOMAIN_NODE && g_str_equal (key->yfiles_type, "nodegraphics"))
        return ROLE_NODE_GRAPHICS;
      if (domain == DOMAIN_EDGE && g_str_equal (key->yfiles_type, "edgegraphics"))
        return ROLE_EDGE_GRAPHICS;
      /* Ports, resources and other drawing data of yEd's own. */
      return ROLE_IGNORED;
    }

  switch (domain)
    {
    case DOMAIN_NODE:
      if (name_is (name, "label"))
        return ROLE_LABEL;
      if (name_is (name, "name"))
        return ROLE_NAME;
      if (name_is (name, "type") || name_is (name, "entity_type"))
        return ROLE_TYPE;
      if (name_is (name, "description"))
        return ROLE_DESCRIPTION;
      if (name_is (name, "x"))
        return ROLE_X;
      if (name_is (name, "y"))
        return ROLE_Y;
      return ROLE_ATTRIBUTE;

    case DOMAIN_EDGE:
      /* Gephi writes "Edge Label". */
      if (name_is (name, "label") || name_is (name, "edge label"))
        return ROLE_LABEL;
      if (name_is (name, "type") || name_is (name, "relation_type"))
        return ROLE_TYPE;
      if (name_is (name, "date"))
        return ROLE_DATE;
      if (name_is (name, "description"))
        return ROLE_DESCRIPTION;
      return ROLE_ATTRIBUTE;

    case DOMAIN_GRAPH:
    default:
      if (name_is (name, "title") || name_is (name, "name") || name_is (name, "label"))
        return ROLE_TITLE;
      if (name_is (name, "description"))
        return ROLE_DESCRIPTION;
      return ROLE_IGNORED;
    }
}

static LiaisonXmlValueType
value_type_from_string (const char *type)
{
  if (type == NULL)
    return LIAISON_XML_STRING;
  if (g_str_equal (type, "boolean"))
    return LIAISON_XML_BOOLEAN;
  if (g_str_equal (type, "int") || g_str_equal (type, "long"))
    return LIAISON_XML_INTEGER;
  if (g_str_equal (type, "float") || g_str_equal (type, "double"))
    return LIAISON_XML_REAL;
  return LIAISON_XML_STRING;
}

static void
add_attribute (Import     *im,
               Item       *item,
               const char *name,
               const char *json)
{
  LiaisonAttribute attribute = {
    g_string_chunk_insert_const (im->buffer->strings, name),
    g_string_chunk_insert (im->buffer->strings, json),
  };

  g_array_append_val (item->attributes, attribute);
}

/* What one <data> (or a key's default) says of a node or an edge. */
static void
apply_value (Import     *im,
             Item       *item,
             const Key  *key,
             Domain      domain,
             const char *text)
{
  LiaisonGraphBuffer *buffer = im->buffer;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean empty = stripped[0] == '\0';
  double real;

  switch (role_of (key, domain))
    {
    case ROLE_LABEL:
      if (!empty)
        item->label = liaison_graph_buffer_keep (buffer, text);
      break;
    case ROLE_NAME:
      if (!empty)
        item->name = liaison_graph_buffer_keep (buffer, text);
      break;
    case ROLE_TYPE:
      if (!empty)
        item->type = liaison_graph_buffer_keep (buffer, stripped);
      break;
    case ROLE_DESCRIPTION:
      if (!empty)
        item->description = liaison_graph_buffer_keep (buffer, text);
      break;
    case ROLE_DATE:
      if (!empty)
        item->date = liaison_graph_buffer_keep (buffer, stripped);
      break;
    case ROLE_X:
    case ROLE_Y:
      if (liaison_xml_parse_real (text, &real))
        {
          if (role_of (key, domain) == ROLE_X)
            item->has_x = TRUE, item->x = real;
          else
            item->has_y = TRUE, item->y = real;
        }
      /* Kept as well, so that an export gives them back. */
      add_attribute (im, item, key->name, liaison_xml_typed_json (im->json, key->type, text));
      break;
    case ROLE_ATTRIBUTE:
      add_attribute (im, item, key->name, liaison_xml_typed_json (im->json, key->type, text));
      break;
    case ROLE_TITLE:
    case ROLE_NODE_GRAPHICS:
    case ROLE_EDGE_GRAPHICS:
    case ROLE_IGNORED:
    default:
      break;
    }
}

/* The keys with defaults that a node or an edge did not give. */
static void
apply_defaults (Import *im,
                Item   *item,
                Domain  domain)
{
  for (guint i = 0; i < im->key_list->len; i++)
    {
      const Key *key = g_ptr_array_index (im->key_list, i);
      gboolean seen = FALSE;

      if (key->default_value == NULL || !(key->domains & domain))
        continue;
      for (guint j = 0; j < item->seen->len && !seen; j++)
        seen = g_array_index (item->seen, guint, j) == key->index;
      if (!seen)
        apply_value (im, item, key, domain, key->default_value);
    }
}

static guint
flush_attributes (Import *im,
                  Item   *item,
                  guint  *n_attributes)
{
  guint first = im->buffer->attributes->len;

  g_array_append_vals (im->buffer->attributes, item->attributes->data, item->attributes->len);
  *n_attributes = item->attributes->len;
  return first;
}

static void
read_key (Import  *im)
{
  LiaisonXmlReader *xml = &im->xml;
  Key *key = g_new0 (Key, 1);
  g_autofree char *domain = liaison_xml_reader_attribute (xml, "for");
  g_autofree char *type = liaison_xml_reader_attribute (xml, "attr.type");

  key->id = liaison_xml_reader_attribute (xml, "id");
  key->name = liaison_xml_reader_attribute (xml, "attr.name");
  key->yfiles_type = liaison_xml_reader_attribute (xml, "yfiles.type");
  key->type = value_type_from_string (type);
  if (key->id == NULL)
    key->id = g_strdup ("");
  if (key->name == NULL)
    key->name = g_strdup (key->id);

  if (domain == NULL || g_str_equal (domain, "all"))
    key->domains = DOMAIN_NODE | DOMAIN_EDGE | DOMAIN_GRAPH;
  else if (g_str_equal (domain, "node"))
    key->domains = DOMAIN_NODE;
  else if (g_str_equal (domain, "edge"))
    key->domains = DOMAIN_EDGE;
  else if (g_str_equal (domain, "graph"))
    key->domains = DOMAIN_GRAPH;

  key->index = im->key_list->len;
  g_ptr_array_add (im->key_list, key);
  /* A second key of the same id replaces the first, as later readers do. */
  g_hash_table_replace (im->keys, key->id, key);
}

/* Inside a <key>: its <default>. */
static gboolean
read_key_default (Import  *im,
                  GError **error)
{
  Key *key = g_ptr_array_index (im->key_list, im->key_list->len - 1);
  g_autofree char *text = liaison_xml_reader_read_text (&im->xml, error);

  if (text == NULL)
    return FALSE;
  g_free (key->default_value);
  key->default_value = g_steal_pointer (&text);
  return TRUE;
}

/* yEd's drawing of a node or an edge: its first label, and a node's
 * first geometry (its box, whose y grows downwards).
 */
static gboolean
read_graphics (Import  *im,
               Item    *item,
               GError **error)
{
  LiaisonXmlReader *xml = &im->xml;
  int depth = liaison_xml_reader_depth (xml);
  int type;

  if (liaison_xml_reader_is_empty (xml))
    return TRUE;

  while ((type = liaison_xml_reader_next (xml, error)) > 0)
    {
      const char *name;

      if (type == XML_READER_TYPE_END_ELEMENT && liaison_xml_reader_depth (xml) == depth)
        return TRUE;
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      name = liaison_xml_reader_name (xml);
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
            item->graphics_label = liaison_graph_buffer_keep (im->buffer, text);
        }
    }

  return FALSE;
}

static gboolean
read_data (Import  *im,
           Item    *item,
           Domain   domain,
           GError **error)
{
  LiaisonXmlReader *xml = &im->xml;
  g_autofree char *key_id = liaison_xml_reader_attribute (xml, "key");
  g_autofree char *text = NULL;
  guint line = liaison_xml_reader_line (xml);
  Key *key = key_id != NULL ? g_hash_table_lookup (im->keys, key_id) : NULL;
  Key undeclared = { key_id != NULL ? key_id : (char *) "data", key_id != NULL ? key_id : (char *) "data",
                     NULL, domain, LIAISON_XML_STRING, NULL, G_MAXUINT };

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
      apply_value (im, item, key, domain, text);
      if (key->index != G_MAXUINT)
        g_array_append_val (item->seen, key->index);
    }
  else if (role_of (key, domain) == ROLE_TITLE && im->buffer->title == NULL)
    {
      im->buffer->title = liaison_graph_buffer_keep (im->buffer, g_strstrip (text));
      im->buffer->title_line = line;
    }
  else if (role_of (key, domain) == ROLE_DESCRIPTION && im->buffer->description == NULL)
    {
      im->buffer->description = liaison_graph_buffer_keep (im->buffer, text);
      im->buffer->description_line = line;
    }

  return TRUE;
}

static void
start_node (Import *im)
{
  LiaisonXmlReader *xml = &im->xml;
  LiaisonGraphNode node = { NULL };
  g_autofree char *id = liaison_xml_reader_attribute (xml, "id");
  Item *item;

  node.id = liaison_graph_buffer_keep (im->buffer, id);
  node.line = liaison_xml_reader_line (xml);
  item = item_new (im->buffer->nodes->len, liaison_xml_reader_depth (xml));
  g_array_append_val (im->buffer->nodes, node);

  /* A node of a nested graph: its group is the node around it. */
  if (im->nodes->len > 0)
    {
      Item *parent = g_ptr_array_index (im->nodes, im->nodes->len - 1);
      const char *parent_id = g_array_index (im->buffer->nodes, LiaisonGraphNode, parent->index).id;

      if (parent_id != NULL)
        {
          g_string_truncate (im->json, 0);
          liaison_append_json_string (im->json, parent_id);
          add_attribute (im, item, "parent", im->json->str);
        }
      im->n_nested++;
    }

  g_ptr_array_add (im->nodes, item);
}

static void
end_node (Import *im)
{
  Item *item = g_ptr_array_steal_index (im->nodes, im->nodes->len - 1);
  LiaisonGraphNode *node;

  apply_defaults (im, item, DOMAIN_NODE);
  node = &g_array_index (im->buffer->nodes, LiaisonGraphNode, item->index);
  node->label = item->label != NULL ? item->label : item->graphics_label != NULL ? item->graphics_label : item->name;
  node->type = item->type;
  node->description = item->description;
  if (item->has_x && item->has_y)
    {
      node->has_position = TRUE;
      node->x = item->x;
      node->y = item->y;
    }
  else if (item->has_geometry)
    {
      node->has_position = TRUE;
      node->x = item->geometry_x;
      node->y = item->geometry_y;
    }
  /* A name that is not the label is worth keeping. */
  if (item->name != NULL && node->label != item->name)
    {
      g_string_truncate (im->json, 0);
      liaison_append_json_string (im->json, item->name);
      add_attribute (im, item, "name", im->json->str);
    }
  node->first_attribute = flush_attributes (im, item, &node->n_attributes);

  item_free (item);
}

static gboolean
start_edge (Import *im)
{
  LiaisonXmlReader *xml = &im->xml;
  LiaisonGraphEdge edge = { NULL };
  g_autofree char *id = liaison_xml_reader_attribute (xml, "id");
  g_autofree char *source = liaison_xml_reader_attribute (xml, "source");
  g_autofree char *target = liaison_xml_reader_attribute (xml, "target");
  g_autofree char *directed = liaison_xml_reader_attribute (xml, "directed");

  edge.line = liaison_xml_reader_line (xml);
  if (source == NULL || target == NULL)
    {
      liaison_graph_buffer_add_problem (im->buffer, edge.line, 0, NULL,
                                        source == NULL ? _("“source” is missing") : _("“target” is missing"));
      return FALSE;
    }

  edge.id = liaison_graph_buffer_keep (im->buffer, id);
  edge.source = liaison_graph_buffer_keep (im->buffer, source);
  edge.target = liaison_graph_buffer_keep (im->buffer, target);
  edge.directed = directed != NULL ? g_str_equal (directed, "true") || g_str_equal (directed, "1") : im->directed;

  im->edge = item_new (im->buffer->edges->len, liaison_xml_reader_depth (xml));
  g_array_append_val (im->buffer->edges, edge);
  return TRUE;
}

static void
end_edge (Import *im)
{
  Item *item = g_steal_pointer (&im->edge);
  LiaisonGraphEdge *edge;

  apply_defaults (im, item, DOMAIN_EDGE);
  edge = &g_array_index (im->buffer->edges, LiaisonGraphEdge, item->index);
  edge->label = item->label != NULL ? item->label : item->graphics_label;
  edge->type = item->type;
  edge->description = item->description;
  edge->date = item->date;
  edge->first_attribute = flush_attributes (im, item, &edge->n_attributes);

  item_free (item);
}

/* Elements inside <graph>, and inside the nodes and edges of it. */
static gboolean
read_graph_content (Import  *im,
                    int      type,
                    GError **error)
{
  LiaisonXmlReader *xml = &im->xml;
  const char *name = liaison_xml_reader_name (xml);
  int depth = liaison_xml_reader_depth (xml);

  if (type == XML_READER_TYPE_END_ELEMENT)
    {
      if (im->edge != NULL && depth == im->edge->depth)
        end_edge (im);
      else if (im->nodes->len > 0 &&
               depth == ((Item *) g_ptr_array_index (im->nodes, im->nodes->len - 1))->depth)
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
      Domain domain = DOMAIN_EDGE;

      if (item == NULL && im->nodes->len > 0)
        {
          item = g_ptr_array_index (im->nodes, im->nodes->len - 1);
          domain = DOMAIN_NODE;
        }
      else if (item == NULL)
        domain = DOMAIN_GRAPH;

      /* Data of a nested graph itself says nothing of the nodes. */
      if (item != NULL && depth != item->depth + 1)
        return liaison_xml_reader_skip (xml, error) > 0;

      return read_data (im, item, domain, error);
    }
  else if (g_str_equal (name, "desc"))
    {
      g_autofree char *text = NULL;
      guint line = liaison_xml_reader_line (xml);
      Item *item = im->edge != NULL ? im->edge
                 : im->nodes->len > 0 ? g_ptr_array_index (im->nodes, im->nodes->len - 1) : NULL;

      text = liaison_xml_reader_read_text (xml, error);
      if (text == NULL)
        return FALSE;
      g_strstrip (text);
      if (text[0] == '\0')
        return TRUE;
      if (item != NULL && depth == item->depth + 1 && item->description == NULL)
        item->description = liaison_graph_buffer_keep (im->buffer, text);
      else if (item == NULL && im->buffer->description == NULL)
        {
          im->buffer->description = liaison_graph_buffer_keep (im->buffer, text);
          im->buffer->description_line = line;
        }
    }
  else if (g_str_equal (name, "hyperedge"))
    {
      liaison_graph_buffer_add_problem (im->buffer, liaison_xml_reader_line (xml), 0, NULL,
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
  g_autofree char *edgedefault = liaison_xml_reader_attribute (&im->xml, "edgedefault");

  im->directed = edgedefault == NULL || !g_str_equal (edgedefault, "undirected");
  im->graph_depth = liaison_xml_reader_depth (&im->xml);
}

static gboolean
read_document (Import  *im,
               GError **error)
{
  LiaisonXmlReader *xml = &im->xml;
  gboolean in_graph = FALSE;
  gboolean in_key = FALSE;
  gboolean seen_root = FALSE;
  int type;

  while ((type = liaison_xml_reader_next (xml, error)) > 0)
    {
      const char *name = liaison_xml_reader_name (xml);
      int depth = liaison_xml_reader_depth (xml);

      if ((++im->n_elements & 0x3ff) == 0 && im->input->progress != NULL)
        im->input->progress (SHARE_READ * liaison_xml_reader_fraction (xml), im->input->progress_data);

      if (!seen_root)
        {
          if (type != XML_READER_TYPE_ELEMENT)
            continue;
          if (!g_str_equal (name, "graphml"))
            {
              liaison_xml_reader_set_error (xml, error, LIAISON_DATASET_ERROR_INVALID,
                                            _("the document is <%s>, not GraphML’s <graphml>"), name);
              return FALSE;
            }
          seen_root = TRUE;
          continue;
        }

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
                   !read_key_default (im, error))
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

  if (type < 0)
    return FALSE;

  if (!seen_root)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", im->input->display_name, _("the file has no XML element"));
      return FALSE;
    }

  if (im->n_graphs == 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no <graph> in this GraphML file"), im->input->display_name);
      return FALSE;
    }

  if (im->n_graphs > 1)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("only the first of %u graph is read",
                                                         "only the first of %u graphs is read", im->n_graphs),
                                               im->n_graphs);

      liaison_graph_buffer_add_note (im->buffer, im->second_graph_line, note);
    }
  if (im->n_nested > 0)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("%u node of a nested graph is read as an entity with a "
                                                         "“parent” attribute naming the node it is in",
                                                         "%u nodes of nested graphs are read as entities with a "
                                                         "“parent” attribute naming the node they are in",
                                                         im->n_nested),
                                               im->n_nested);

      liaison_graph_buffer_add_note (im->buffer, 0, note);
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
  g_autoptr(LiaisonGraphBuffer) buffer = liaison_graph_buffer_new ();
  LiaisonDataset *dataset = NULL;
  Import im = { { NULL } };
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (input != NULL, NULL);

  if (!liaison_xml_reader_init (&im.xml, input, error))
    return NULL;

  im.input = input;
  im.buffer = buffer;
  im.keys = g_hash_table_new (g_str_hash, g_str_equal);
  im.key_list = g_ptr_array_new_with_free_func ((GDestroyNotify) key_free);
  im.json = g_string_new (NULL);
  im.nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  im.directed = TRUE;

  if (read_document (&im, error))
    {
      g_debug ("%s: GraphML read in %.0f ms", input->display_name, (g_get_monotonic_time () - start) / 1000.0);
      liaison_xml_reader_clear (&im.xml);
      dataset = liaison_graph_buffer_build (buffer, input, SHARE_READ, error);
    }

  liaison_xml_reader_clear (&im.xml);
  g_hash_table_unref (im.keys);
  g_ptr_array_unref (im.key_list);
  g_string_free (im.json, TRUE);
  g_ptr_array_unref (im.nodes);
  item_free (im.edge);

  return dataset;
}

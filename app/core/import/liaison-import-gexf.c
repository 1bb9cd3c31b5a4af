/* liaison-import-gexf.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GEXF's front end: Gephi's format, in its versions 1.1draft, 1.2draft and
 * 1.3. Elements are matched by their local name, so every version and both
 * spellings of its namespace (http://gexf.net/1.3 and
 * http://www.gexf.net/1.3, and their "viz" namespaces) read alike.
 *
 * Attribute declarations (<attributes class="node">) give each <attvalue>
 * a title, a type and a default; the titles Liaison knows become types and
 * descriptions, and every other value an attribute of its type. An edge's
 * "kind" is its relation type, its "start" (or "end") its date. viz:color,
 * viz:size and viz:shape are kept as attributes; viz:position places the
 * entity (Gephi's y grows upwards, as Liaison's does).
 */

#define G_LOG_DOMAIN "liaison-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-dataset.h"
#include "liaison-import-gexf.h"
#include "liaison-import-xml-graph.h"

typedef struct
{
  LiaisonXmlGraph           graph;
  LiaisonXmlDeclarations    node_declarations;
  LiaisonXmlDeclarations    edge_declarations;
  LiaisonXmlDeclarations   *declaring;     /* inside <attributes> */
  GPtrArray                *items;         /* LiaisonXmlItem: open nodes, then an open edge */
  gboolean                  directed;      /* defaultedgetype */
  gboolean                  dates;         /* timeformat is a date, not a number */
} Import;

static const char * const integer_types[] = { "integer", "long", "short", "byte", NULL };
static const char * const real_types[] = { "float", "double", "bigdecimal", "biginteger", NULL };

/* An edge's start or end: its date when it reads as one. */
static void
apply_time (Import         *im,
            LiaisonXmlItem *item,
            const char     *name,
            const char     *value)
{
  if (item->is_edge && item->date == NULL && im->dates && liaison_date_is_valid (value))
    item->date = liaison_graph_buffer_keep (im->graph.buffer, value);
  else
    liaison_xml_graph_add_typed (&im->graph, item, name,
                                 im->dates ? LIAISON_XML_STRING : LIAISON_XML_REAL, value);
}

static void
apply_value_cb (LiaisonXmlItem              *item,
                const LiaisonXmlDeclaration *declaration,
                LiaisonXmlDomain             domain,
                const char                  *text,
                gpointer                     user_data)
{
  Import *im = user_data;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int role = declaration->meaning;
  const char **field;
  const char *value;

  /* A date that is not one is kept as it is. */
  if (role == LIAISON_XML_ROLE_DATE && !(item->is_edge && liaison_date_is_valid (stripped)))
    role = LIAISON_XML_ROLE_ATTRIBUTE;
  field = liaison_xml_item_field (item, role, text, stripped, &value);

  /* The first value that says something is the one; the others, and a
   * value for no field, are kept as attributes.
   */
  if (field != NULL && *field == NULL && stripped[0] != '\0')
    {
      *field = liaison_graph_buffer_keep (im->graph.buffer, value);
      return;
    }

  liaison_xml_graph_add_typed (&im->graph, item, declaration->name, declaration->type, text);
}

static LiaisonXmlRole
role_of (const char *title,
         gboolean    for_edges)
{
  if (liaison_xml_name_is (title, "type") ||
      liaison_xml_name_is (title, for_edges ? "relation_type" : "entity_type"))
    return LIAISON_XML_ROLE_TYPE;
  if (liaison_xml_name_is (title, "label"))
    return LIAISON_XML_ROLE_LABEL;
  if (liaison_xml_name_is (title, "description"))
    return LIAISON_XML_ROLE_DESCRIPTION;
  if (for_edges && liaison_xml_name_is (title, "date"))
    return LIAISON_XML_ROLE_DATE;
  return LIAISON_XML_ROLE_ATTRIBUTE;
}

static void
read_declaration (Import *im)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  gboolean for_edges = im->declaring == &im->edge_declarations;
  g_autofree char *type = liaison_xml_reader_attribute (xml, "type");
  LiaisonXmlDeclaration *declaration;

  declaration = liaison_xml_declarations_add (im->declaring,
                                              liaison_xml_reader_attribute (xml, "id"),
                                              liaison_xml_reader_attribute (xml, "title"),
                                              liaison_xml_value_type_from_name (type, integer_types,
                                                                                real_types));
  declaration->domains = for_edges ? LIAISON_XML_DOMAIN_EDGE : LIAISON_XML_DOMAIN_NODE;
  declaration->meaning = role_of (declaration->name, for_edges);
}

static LiaisonXmlItem *
current_item (Import *im)
{
  return im->items->len > 0 ? g_ptr_array_index (im->items, im->items->len - 1) : NULL;
}

static void
read_attvalue (Import         *im,
               LiaisonXmlItem *item)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  g_autofree char *id = liaison_xml_reader_attribute (xml, "for");
  g_autofree char *value = liaison_xml_reader_attribute (xml, "value");
  LiaisonXmlDeclarations *declarations;
  LiaisonXmlDeclaration *declaration;

  /* GEXF 1.0 named the declaration with "id". */
  if (id == NULL)
    id = liaison_xml_reader_attribute (xml, "id");
  if (id == NULL || value == NULL)
    return;

  declarations = item->is_edge ? &im->edge_declarations : &im->node_declarations;
  declaration = liaison_xml_declarations_lookup (declarations, id);
  if (declaration == NULL)
    {
      liaison_xml_graph_add_string (&im->graph, item, id, value);
      return;
    }

  apply_value_cb (item, declaration, declaration->domains, value, im);
  liaison_xml_item_mark_seen (item, declaration);
}

static guint8
color_component (const char *text)
{
  double value;

  return text != NULL && liaison_xml_parse_real (text, &value) ? (guint8) CLAMP (value, 0, 255) : 0;
}

static void
read_viz (Import         *im,
          LiaisonXmlItem *item,
          const char     *name)
{
  LiaisonXmlReader *xml = &im->graph.xml;

  if (g_str_equal (name, "color"))
    {
      g_autofree char *hex = liaison_xml_reader_attribute (xml, "hex");
      g_autofree char *r = liaison_xml_reader_attribute (xml, "r");
      g_autofree char *g = liaison_xml_reader_attribute (xml, "g");
      g_autofree char *b = liaison_xml_reader_attribute (xml, "b");
      g_autofree char *a = liaison_xml_reader_attribute (xml, "a");
      char color[16];
      double alpha;

      if (hex != NULL)
        {
          g_strstrip (hex);
          liaison_xml_graph_add_string (&im->graph, item, "color", hex);
          return;
        }
      if (r == NULL && g == NULL && b == NULL)
        return;
      if (a != NULL && liaison_xml_parse_real (a, &alpha) && alpha < 1.0)
        g_snprintf (color, sizeof color, "#%02x%02x%02x%02x", color_component (r), color_component (g),
                    color_component (b), (guint8) CLAMP (alpha * 255 + 0.5, 0, 255));
      else
        g_snprintf (color, sizeof color, "#%02x%02x%02x", color_component (r), color_component (g),
                    color_component (b));
      liaison_xml_graph_add_string (&im->graph, item, "color", color);
    }
  else if (g_str_equal (name, "position") && !item->is_edge)
    {
      g_autofree char *x = liaison_xml_reader_attribute (xml, "x");
      g_autofree char *y = liaison_xml_reader_attribute (xml, "y");

      if (x != NULL && y != NULL && liaison_xml_parse_real (x, &item->x) &&
          liaison_xml_parse_real (y, &item->y))
        item->has_position = TRUE;
    }
  else if (g_str_equal (name, "size") || g_str_equal (name, "thickness") || g_str_equal (name, "shape"))
    {
      g_autofree char *value = liaison_xml_reader_attribute (xml, "value");
      LiaisonXmlValueType type = g_str_equal (name, "shape") ? LIAISON_XML_STRING : LIAISON_XML_REAL;

      if (value != NULL)
        liaison_xml_graph_add_typed (&im->graph, item, name, type, value);
    }
}

/* What nodes and edges both have: a label, and a start and an end. */
static void
read_label_and_times (Import         *im,
                      LiaisonXmlItem *item)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  g_autofree char *label = liaison_xml_reader_attribute (xml, "label");
  g_autofree char *start = liaison_xml_reader_attribute (xml, "start");
  g_autofree char *end = liaison_xml_reader_attribute (xml, "end");

  if (label != NULL && label[0] != '\0')
    item->label = liaison_graph_buffer_keep (im->graph.buffer, label);
  if (start != NULL)
    apply_time (im, item, "start", start);
  if (end != NULL)
    apply_time (im, item, "end", end);
}

static void
start_node (Import *im)
{
  g_autofree char *pid = liaison_xml_reader_attribute (&im->graph.xml, "pid");
  LiaisonXmlItem *parent = current_item (im);
  LiaisonXmlItem *item = liaison_xml_graph_start_node (&im->graph, sizeof (LiaisonXmlItem), parent);

  /* A node inside another (GEXF's hierarchy) has its parent already; one
   * at the top may name it.
   */
  if (parent == NULL && pid != NULL)
    liaison_xml_graph_add_string (&im->graph, item, "parent", pid);
  read_label_and_times (im, item);

  g_ptr_array_add (im->items, item);
}

static gboolean
start_edge (Import *im)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  g_autofree char *type = liaison_xml_reader_attribute (xml, "type");
  g_autofree char *kind = liaison_xml_reader_attribute (xml, "kind");
  g_autofree char *weight = liaison_xml_reader_attribute (xml, "weight");
  LiaisonXmlItem *item;

  /* "mutual" is both ways: no arrow. */
  item = liaison_xml_graph_start_edge (&im->graph, sizeof (LiaisonXmlItem),
                                       type != NULL ? g_str_equal (type, "directed") : im->directed);
  if (item == NULL)
    return FALSE;

  if (kind != NULL && kind[0] != '\0')
    item->type = liaison_graph_buffer_keep (im->graph.buffer, kind);
  if (weight != NULL)
    liaison_xml_graph_add_typed (&im->graph, item, "weight", LIAISON_XML_REAL, weight);
  read_label_and_times (im, item);

  g_ptr_array_add (im->items, item);
  return TRUE;
}

static void
end_item (Import *im)
{
  LiaisonXmlItem *item = g_ptr_array_steal_index (im->items, im->items->len - 1);

  if (item->is_edge)
    liaison_xml_graph_apply_defaults (item, &im->edge_declarations, LIAISON_XML_DOMAIN_EDGE,
                                      apply_value_cb, im);
  else
    liaison_xml_graph_apply_defaults (item, &im->node_declarations, LIAISON_XML_DOMAIN_NODE,
                                      apply_value_cb, im);
  liaison_xml_graph_end_item (&im->graph, item);
}

static gboolean
read_meta (Import  *im,
           GError **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  int depth = liaison_xml_reader_depth (xml);
  int type;

  while ((type = liaison_xml_reader_next_element_within (xml, depth, error)) > 0)
    {
      const char *name = liaison_xml_reader_name (xml);
      guint line = liaison_xml_reader_line (xml);
      gboolean title = g_str_equal (name, "title");

      if (title || g_str_equal (name, "description"))
        {
          g_autofree char *text = liaison_xml_reader_read_text (xml, error);

          if (text == NULL)
            return FALSE;
          g_strstrip (text);
          if (text[0] == '\0')
            continue;
          if (title)
            liaison_graph_buffer_set_title (im->graph.buffer, text, line);
          else
            liaison_graph_buffer_set_description (im->graph.buffer, text, line);
        }
    }

  return type == 0;
}

static gboolean
read_element (Import  *im,
              GError **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  const char *name = liaison_xml_reader_name (xml);
  gboolean empty = liaison_xml_reader_is_empty (xml);
  LiaisonXmlItem *item = current_item (im);

  if (g_str_equal (name, "node") && (item == NULL || !item->is_edge))
    {
      start_node (im);
      if (empty)
        end_item (im);
    }
  else if (g_str_equal (name, "edge") && (item == NULL || !item->is_edge))
    {
      if (!start_edge (im))
        return liaison_xml_reader_skip (xml, error) > 0;
      if (empty)
        end_item (im);
    }
  else if (g_str_equal (name, "attvalue") && item != NULL)
    read_attvalue (im, item);
  else if (item != NULL && (g_str_equal (name, "color") || g_str_equal (name, "position") ||
                            g_str_equal (name, "size") || g_str_equal (name, "thickness") ||
                            g_str_equal (name, "shape")))
    read_viz (im, item, name);
  else if (g_str_equal (name, "attributes") && item == NULL)
    {
      g_autofree char *class = liaison_xml_reader_attribute (xml, "class");

      im->declaring = class != NULL && g_str_equal (class, "edge") ? &im->edge_declarations
                    : class != NULL && g_str_equal (class, "node") ? &im->node_declarations
                    : NULL;
      if (im->declaring == NULL && !empty)
        return liaison_xml_reader_skip (xml, error) > 0;
    }
  else if (g_str_equal (name, "attribute") && im->declaring != NULL)
    read_declaration (im);
  else if (g_str_equal (name, "default") && im->declaring != NULL && im->declaring->list->len > 0)
    return liaison_xml_declarations_read_default (im->declaring, xml, error);
  else if (g_str_equal (name, "meta") && item == NULL)
    return read_meta (im, error);
  else if (g_str_equal (name, "graph") && item == NULL)
    {
      g_autofree char *edge_type = liaison_xml_reader_attribute (xml, "defaultedgetype");
      g_autofree char *time_format = liaison_xml_reader_attribute (xml, "timeformat");

      im->directed = edge_type != NULL && g_str_equal (edge_type, "directed");
      im->dates = time_format == NULL || g_str_equal (time_format, "date") ||
                  g_str_equal (time_format, "dateTime") || g_str_equal (time_format, "datetime");
    }
  else if (g_str_equal (name, "nodes") || g_str_equal (name, "edges") || g_str_equal (name, "attvalues") ||
           g_str_equal (name, "parents"))
    ;
  else if (g_str_equal (name, "parent") && item != NULL && !item->is_edge)
    {
      g_autofree char *parent = liaison_xml_reader_attribute (xml, "for");

      if (parent != NULL)
        liaison_xml_graph_add_string (&im->graph, item, "parent", parent);
    }
  else if (!empty)
    /* Spells, and elements of other namespaces. */
    return liaison_xml_reader_skip (xml, error) > 0;

  return TRUE;
}

static gboolean
read_document (Import  *im,
               GError **error)
{
  LiaisonXmlReader *xml = &im->graph.xml;
  int type;

  while ((type = liaison_xml_graph_next (&im->graph, error)) > 0)
    {
      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          LiaisonXmlItem *item = current_item (im);

          if (item != NULL && liaison_xml_reader_depth (xml) == item->depth)
            end_item (im);
          else if (g_str_equal (liaison_xml_reader_name (xml), "attributes"))
            im->declaring = NULL;
        }
      else if (type == XML_READER_TYPE_ELEMENT && !read_element (im, error))
        return FALSE;
    }

  return liaison_xml_graph_check_end (&im->graph, type, error);
}

/**
 * liaison_import_gexf:
 *
 * Returns: (transfer full): the dataset the GEXF file holds, or %NULL
 *   with @error set
 */
LiaisonDataset *
liaison_import_gexf (const LiaisonImportInput  *input,
                     GError                   **error)
{
  Import im = { { { NULL } } };
  LiaisonDataset *dataset;

  g_return_val_if_fail (input != NULL, NULL);

  if (!liaison_xml_graph_init (&im.graph, input, "gexf", N_("the document is <%s>, not GEXF’s <gexf>"),
                               error))
    return NULL;

  im.items = g_ptr_array_new_with_free_func (liaison_xml_item_free);
  im.dates = TRUE;
  liaison_xml_declarations_init (&im.node_declarations);
  liaison_xml_declarations_init (&im.edge_declarations);

  dataset = liaison_xml_graph_finish (&im.graph, read_document (&im, error), error);

  g_ptr_array_unref (im.items);
  liaison_xml_declarations_clear (&im.node_declarations);
  liaison_xml_declarations_clear (&im.edge_declarations);

  return dataset;
}

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
#include "liaison-import-graph.h"
#include "liaison-import-xml.h"

#define SHARE_READ 0.8

typedef enum
{
  ROLE_ATTRIBUTE,
  ROLE_TYPE,
  ROLE_LABEL,
  ROLE_DESCRIPTION,
  ROLE_DATE,
} Role;

typedef struct
{
  char                *id;
  char                *title;
  char                *default_value;
  LiaisonXmlValueType  type;
  Role                 role;
  guint                index;
} Declaration;

typedef struct
{
  GHashTable *by_id;   /* id -> Declaration */
  GPtrArray  *list;
} Declarations;

/* A node or an edge being read. */
typedef struct
{
  guint       index;
  int         depth;
  gboolean    is_edge;
  const char *type;
  const char *label;
  const char *description;
  const char *date;
  gboolean    has_position;
  double      x, y;
  GArray     *attributes;    /* LiaisonAttribute, strings in the buffer */
  GArray     *seen;          /* guint: declarations given */
} Item;

typedef struct
{
  LiaisonXmlReader          xml;
  const LiaisonImportInput *input;
  LiaisonGraphBuffer       *buffer;
  GString                  *json;
  Declarations              node_declarations;
  Declarations              edge_declarations;
  Declarations             *declaring;     /* inside <attributes> */
  GPtrArray                *items;         /* Item: open nodes, then an open edge */
  gboolean                  directed;      /* defaultedgetype */
  gboolean                  dates;         /* timeformat is a date, not a number */
  guint                     n_nested;
  guint                     n_elements;
} Import;

static void
declaration_free (Declaration *declaration)
{
  g_free (declaration->id);
  g_free (declaration->title);
  g_free (declaration->default_value);
  g_free (declaration);
}

static void
declarations_init (Declarations *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->list = g_ptr_array_new_with_free_func ((GDestroyNotify) declaration_free);
}

static void
declarations_clear (Declarations *self)
{
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->list, g_ptr_array_unref);
}

static Item *
item_new (guint    index,
          int      depth,
          gboolean is_edge)
{
  Item *item = g_new0 (Item, 1);

  item->index = index;
  item->depth = depth;
  item->is_edge = is_edge;
  item->attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  item->seen = g_array_new (FALSE, FALSE, sizeof (guint));

  return item;
}

static void
item_free (Item *item)
{
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

static LiaisonXmlValueType
value_type_from_string (const char *type)
{
  if (type == NULL)
    return LIAISON_XML_STRING;
  if (g_str_equal (type, "boolean"))
    return LIAISON_XML_BOOLEAN;
  if (g_str_equal (type, "integer") || g_str_equal (type, "long") || g_str_equal (type, "short") ||
      g_str_equal (type, "byte"))
    return LIAISON_XML_INTEGER;
  if (g_str_equal (type, "float") || g_str_equal (type, "double") || g_str_equal (type, "bigdecimal") ||
      g_str_equal (type, "biginteger"))
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

static void
add_string_attribute (Import     *im,
                      Item       *item,
                      const char *name,
                      const char *text)
{
  g_string_truncate (im->json, 0);
  liaison_append_json_string (im->json, text);
  add_attribute (im, item, name, im->json->str);
}

/* An edge's start or end: its date when it reads as one. */
static void
apply_time (Import     *im,
            Item       *item,
            const char *name,
            const char *value)
{
  if (item->is_edge && item->date == NULL && im->dates && liaison_date_is_valid (value))
    item->date = liaison_graph_buffer_keep (im->buffer, value);
  else
    {
      LiaisonXmlValueType type = im->dates ? LIAISON_XML_STRING : LIAISON_XML_REAL;

      add_attribute (im, item, name, liaison_xml_typed_json (im->json, type, value));
    }
}

static void
apply_value (Import            *im,
             Item              *item,
             const Declaration *declaration,
             const char        *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  switch (declaration->role)
    {
    case ROLE_TYPE:
      if (stripped[0] != '\0' && item->type == NULL)
        {
          item->type = liaison_graph_buffer_keep (im->buffer, stripped);
          return;
        }
      break;
    case ROLE_LABEL:
      if (stripped[0] != '\0' && item->label == NULL)
        {
          item->label = liaison_graph_buffer_keep (im->buffer, text);
          return;
        }
      break;
    case ROLE_DESCRIPTION:
      if (stripped[0] != '\0' && item->description == NULL)
        {
          item->description = liaison_graph_buffer_keep (im->buffer, text);
          return;
        }
      break;
    case ROLE_DATE:
      if (item->is_edge && item->date == NULL && liaison_date_is_valid (stripped))
        {
          item->date = liaison_graph_buffer_keep (im->buffer, stripped);
          return;
        }
      break;
    case ROLE_ATTRIBUTE:
    default:
      break;
    }

  add_attribute (im, item, declaration->title, liaison_xml_typed_json (im->json, declaration->type,
                                                                       text));
}

static Role
role_of (const char *title,
         gboolean    for_edges)
{
  if (name_is (title, "type") || name_is (title, for_edges ? "relation_type" : "entity_type"))
    return ROLE_TYPE;
  if (name_is (title, "label"))
    return ROLE_LABEL;
  if (name_is (title, "description"))
    return ROLE_DESCRIPTION;
  if (for_edges && name_is (title, "date"))
    return ROLE_DATE;
  return ROLE_ATTRIBUTE;
}

static void
read_declaration (Import *im)
{
  LiaisonXmlReader *xml = &im->xml;
  Declaration *declaration = g_new0 (Declaration, 1);
  g_autofree char *type = liaison_xml_reader_attribute (xml, "type");

  declaration->id = liaison_xml_reader_attribute (xml, "id");
  declaration->title = liaison_xml_reader_attribute (xml, "title");
  if (declaration->id == NULL)
    declaration->id = g_strdup ("");
  if (declaration->title == NULL)
    declaration->title = g_strdup (declaration->id);
  declaration->type = value_type_from_string (type);
  declaration->role = role_of (declaration->title, im->declaring == &im->edge_declarations);
  declaration->index = im->declaring->list->len;

  g_ptr_array_add (im->declaring->list, declaration);
  g_hash_table_replace (im->declaring->by_id, declaration->id, declaration);
}

static Item *
current_item (Import *im)
{
  return im->items->len > 0 ? g_ptr_array_index (im->items, im->items->len - 1) : NULL;
}

static void
read_attvalue (Import *im,
               Item   *item)
{
  LiaisonXmlReader *xml = &im->xml;
  Declarations *declarations = item->is_edge ? &im->edge_declarations : &im->node_declarations;
  g_autofree char *id = liaison_xml_reader_attribute (xml, "for");
  g_autofree char *value = liaison_xml_reader_attribute (xml, "value");
  Declaration *declaration;

  /* GEXF 1.0 named the declaration with "id". */
  if (id == NULL)
    id = liaison_xml_reader_attribute (xml, "id");
  if (id == NULL || value == NULL)
    return;

  declaration = g_hash_table_lookup (declarations->by_id, id);
  if (declaration == NULL)
    {
      add_string_attribute (im, item, id, value);
      return;
    }

  apply_value (im, item, declaration, value);
  g_array_append_val (item->seen, declaration->index);
}

static guint8
color_component (const char *text)
{
  double value;

  return text != NULL && liaison_xml_parse_real (text, &value) ? (guint8) CLAMP (value, 0, 255) : 0;
}

static void
read_viz (Import     *im,
          Item       *item,
          const char *name)
{
  LiaisonXmlReader *xml = &im->xml;

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
          add_string_attribute (im, item, "color", hex);
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
      add_string_attribute (im, item, "color", color);
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
        add_attribute (im, item, name, liaison_xml_typed_json (im->json, type, value));
    }
}

static void
apply_defaults (Import       *im,
                Item         *item,
                Declarations *declarations)
{
  for (guint i = 0; i < declarations->list->len; i++)
    {
      const Declaration *declaration = g_ptr_array_index (declarations->list, i);
      gboolean seen = FALSE;

      if (declaration->default_value == NULL)
        continue;
      for (guint j = 0; j < item->seen->len && !seen; j++)
        seen = g_array_index (item->seen, guint, j) == declaration->index;
      if (!seen)
        apply_value (im, item, declaration, declaration->default_value);
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
start_node (Import *im)
{
  LiaisonXmlReader *xml = &im->xml;
  LiaisonGraphNode node = { NULL };
  g_autofree char *id = liaison_xml_reader_attribute (xml, "id");
  g_autofree char *label = liaison_xml_reader_attribute (xml, "label");
  g_autofree char *pid = liaison_xml_reader_attribute (xml, "pid");
  g_autofree char *start = liaison_xml_reader_attribute (xml, "start");
  g_autofree char *end = liaison_xml_reader_attribute (xml, "end");
  Item *parent = current_item (im);
  Item *item;

  node.id = liaison_graph_buffer_keep (im->buffer, id);
  node.line = liaison_xml_reader_line (xml);
  item = item_new (im->buffer->nodes->len, liaison_xml_reader_depth (xml), FALSE);
  g_array_append_val (im->buffer->nodes, node);

  if (label != NULL && label[0] != '\0')
    item->label = liaison_graph_buffer_keep (im->buffer, label);

  /* A node inside another (GEXF's hierarchy), or naming its parent. */
  if (parent != NULL)
    {
      const char *parent_id = g_array_index (im->buffer->nodes, LiaisonGraphNode, parent->index).id;

      if (parent_id != NULL)
        add_string_attribute (im, item, "parent", parent_id);
      im->n_nested++;
    }
  else if (pid != NULL)
    add_string_attribute (im, item, "parent", pid);

  if (start != NULL)
    apply_time (im, item, "start", start);
  if (end != NULL)
    apply_time (im, item, "end", end);

  g_ptr_array_add (im->items, item);
}

static void
end_node (Import *im)
{
  Item *item = g_ptr_array_steal_index (im->items, im->items->len - 1);
  LiaisonGraphNode *node;

  apply_defaults (im, item, &im->node_declarations);
  node = &g_array_index (im->buffer->nodes, LiaisonGraphNode, item->index);
  node->label = item->label;
  node->type = item->type;
  node->description = item->description;
  node->has_position = item->has_position;
  node->x = item->x;
  node->y = item->y;
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
  g_autofree char *type = liaison_xml_reader_attribute (xml, "type");
  g_autofree char *kind = liaison_xml_reader_attribute (xml, "kind");
  g_autofree char *label = liaison_xml_reader_attribute (xml, "label");
  g_autofree char *weight = liaison_xml_reader_attribute (xml, "weight");
  g_autofree char *start = liaison_xml_reader_attribute (xml, "start");
  g_autofree char *end = liaison_xml_reader_attribute (xml, "end");
  Item *item;

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
  /* "mutual" is both ways: no arrow. */
  edge.directed = type != NULL ? g_str_equal (type, "directed") : im->directed;

  item = item_new (im->buffer->edges->len, liaison_xml_reader_depth (xml), TRUE);
  g_array_append_val (im->buffer->edges, edge);

  if (kind != NULL && kind[0] != '\0')
    item->type = liaison_graph_buffer_keep (im->buffer, kind);
  if (label != NULL && label[0] != '\0')
    item->label = liaison_graph_buffer_keep (im->buffer, label);
  if (weight != NULL)
    add_attribute (im, item, "weight", liaison_xml_typed_json (im->json, LIAISON_XML_REAL, weight));
  if (start != NULL)
    apply_time (im, item, "start", start);
  if (end != NULL)
    apply_time (im, item, "end", end);

  g_ptr_array_add (im->items, item);
  return TRUE;
}

static void
end_edge (Import *im)
{
  Item *item = g_ptr_array_steal_index (im->items, im->items->len - 1);
  LiaisonGraphEdge *edge;

  apply_defaults (im, item, &im->edge_declarations);
  edge = &g_array_index (im->buffer->edges, LiaisonGraphEdge, item->index);
  edge->label = item->label;
  edge->type = item->type;
  edge->description = item->description;
  edge->date = item->date;
  edge->first_attribute = flush_attributes (im, item, &edge->n_attributes);

  item_free (item);
}

static gboolean
read_meta (Import  *im,
           GError **error)
{
  LiaisonXmlReader *xml = &im->xml;
  int depth = liaison_xml_reader_depth (xml);
  int type;

  if (liaison_xml_reader_is_empty (xml))
    return TRUE;

  while ((type = liaison_xml_reader_next (xml, error)) > 0)
    {
      const char *name = liaison_xml_reader_name (xml);
      guint line = liaison_xml_reader_line (xml);
      gboolean title;

      if (type == XML_READER_TYPE_END_ELEMENT && liaison_xml_reader_depth (xml) == depth)
        return TRUE;
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      title = g_str_equal (name, "title");
      if (title || g_str_equal (name, "description"))
        {
          g_autofree char *text = liaison_xml_reader_read_text (xml, error);

          if (text == NULL)
            return FALSE;
          g_strstrip (text);
          if (text[0] == '\0')
            continue;
          if (title)
            {
              im->buffer->title = liaison_graph_buffer_keep (im->buffer, text);
              im->buffer->title_line = line;
            }
          else
            {
              im->buffer->description = liaison_graph_buffer_keep (im->buffer, text);
              im->buffer->description_line = line;
            }
        }
    }

  return FALSE;
}

static gboolean
read_element (Import  *im,
              GError **error)
{
  LiaisonXmlReader *xml = &im->xml;
  const char *name = liaison_xml_reader_name (xml);
  gboolean empty = liaison_xml_reader_is_empty (xml);
  Item *item = current_item (im);

  if (g_str_equal (name, "node") && (item == NULL || !item->is_edge))
    {
      start_node (im);
      if (empty)
        end_node (im);
    }
  else if (g_str_equal (name, "edge") && (item == NULL || !item->is_edge))
    {
      if (!start_edge (im))
        return liaison_xml_reader_skip (xml, error) > 0;
      if (empty)
        end_edge (im);
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
    {
      Declaration *declaration = g_ptr_array_index (im->declaring->list, im->declaring->list->len - 1);
      g_autofree char *text = liaison_xml_reader_read_text (xml, error);

      if (text == NULL)
        return FALSE;
      g_free (declaration->default_value);
      declaration->default_value = g_steal_pointer (&text);
    }
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
        add_string_attribute (im, item, "parent", parent);
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
  LiaisonXmlReader *xml = &im->xml;
  gboolean seen_root = FALSE;
  int type;

  while ((type = liaison_xml_reader_next (xml, error)) > 0)
    {
      const char *name = liaison_xml_reader_name (xml);

      if ((++im->n_elements & 0x3ff) == 0 && im->input->progress != NULL)
        im->input->progress (SHARE_READ * liaison_xml_reader_fraction (xml), im->input->progress_data);

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          Item *item = current_item (im);

          if (item != NULL && liaison_xml_reader_depth (xml) == item->depth)
            {
              if (item->is_edge)
                end_edge (im);
              else
                end_node (im);
            }
          else if (g_str_equal (name, "attributes"))
            im->declaring = NULL;
          continue;
        }

      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (!seen_root)
        {
          if (!g_str_equal (name, "gexf"))
            {
              liaison_xml_reader_set_error (xml, error, LIAISON_DATASET_ERROR_INVALID,
                                            _("the document is <%s>, not GEXF’s <gexf>"), name);
              return FALSE;
            }
          seen_root = TRUE;
          continue;
        }

      if (!read_element (im, error))
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
 * liaison_import_gexf:
 *
 * Returns: (transfer full): the dataset the GEXF file holds, or %NULL
 *   with @error set
 */
LiaisonDataset *
liaison_import_gexf (const LiaisonImportInput  *input,
                     GError                   **error)
{
  g_autoptr(LiaisonGraphBuffer) buffer = liaison_graph_buffer_new ();
  LiaisonDataset *dataset = NULL;
  Import im = { { NULL } };

  g_return_val_if_fail (input != NULL, NULL);

  if (!liaison_xml_reader_init (&im.xml, input, error))
    return NULL;

  im.input = input;
  im.buffer = buffer;
  im.json = g_string_new (NULL);
  im.items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  im.dates = TRUE;
  declarations_init (&im.node_declarations);
  declarations_init (&im.edge_declarations);

  if (read_document (&im, error))
    {
      liaison_xml_reader_clear (&im.xml);
      dataset = liaison_graph_buffer_build (buffer, input, SHARE_READ, error);
    }

  liaison_xml_reader_clear (&im.xml);
  g_string_free (im.json, TRUE);
  g_ptr_array_unref (im.items);
  declarations_clear (&im.node_declarations);
  declarations_clear (&im.edge_declarations);

  return dataset;
}

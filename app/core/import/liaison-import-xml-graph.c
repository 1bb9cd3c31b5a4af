/* liaison-import-xml-graph.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GraphML and GEXF say the same things in different words: attributes are
 * declared once with a type and a default and then given to nodes and
 * edges by reference, nodes may nest, and an edge names its ends. The
 * words are each front end's; what follows from them is here, once.
 */

#define G_LOG_DOMAIN "liaison-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-import-xml-graph.h"

/* Reading the file takes this share of the progress bar; the builder the
 * rest.
 */
#define SHARE_READ 0.8

static void
declaration_free (LiaisonXmlDeclaration *declaration)
{
  g_free (declaration->id);
  g_free (declaration->name);
  g_free (declaration->default_value);
  g_free (declaration);
}

void
liaison_xml_declarations_init (LiaisonXmlDeclarations *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->list = g_ptr_array_new_with_free_func ((GDestroyNotify) declaration_free);
}

void
liaison_xml_declarations_clear (LiaisonXmlDeclarations *self)
{
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->list, g_ptr_array_unref);
}

/**
 * liaison_xml_declarations_add:
 * @id: (transfer full) (nullable): the declaration's id
 * @name: (transfer full) (nullable): its name; the id when %NULL
 *
 * Returns: (transfer none): the declaration, for the format to fill in
 */
LiaisonXmlDeclaration *
liaison_xml_declarations_add (LiaisonXmlDeclarations *self,
                              char                   *id,
                              char                   *name,
                              LiaisonXmlValueType     type)
{
  LiaisonXmlDeclaration *declaration = g_new0 (LiaisonXmlDeclaration, 1);

  declaration->id = id != NULL ? id : g_strdup ("");
  declaration->name = name != NULL ? name : g_strdup (declaration->id);
  declaration->type = type;
  declaration->index = self->list->len;

  g_ptr_array_add (self->list, declaration);
  /* A second declaration of the same id replaces the first, as other
   * readers do.
   */
  g_hash_table_replace (self->by_id, declaration->id, declaration);

  return declaration;
}

LiaisonXmlDeclaration *
liaison_xml_declarations_lookup (LiaisonXmlDeclarations *self,
                                 const char             *id)
{
  return g_hash_table_lookup (self->by_id, id);
}

/* Inside a declaration: its <default>, the last declaration's. */
gboolean
liaison_xml_declarations_read_default (LiaisonXmlDeclarations  *self,
                                       LiaisonXmlReader        *xml,
                                       GError                 **error)
{
  LiaisonXmlDeclaration *declaration = g_ptr_array_index (self->list, self->list->len - 1);
  g_autofree char *text = liaison_xml_reader_read_text (xml, error);

  if (text == NULL)
    return FALSE;
  g_free (declaration->default_value);
  declaration->default_value = g_steal_pointer (&text);
  return TRUE;
}

gboolean
liaison_xml_name_is (const char *name,
                     const char *wanted)
{
  return g_ascii_strcasecmp (name, wanted) == 0;
}

static LiaisonXmlItem *
item_new (gsize    item_size,
          guint    index,
          gboolean is_edge,
          int      depth)
{
  LiaisonXmlItem *item;

  g_assert (item_size >= sizeof (LiaisonXmlItem));

  item = g_malloc0 (item_size);
  item->index = index;
  item->depth = depth;
  item->is_edge = is_edge;
  item->attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  item->seen = g_array_new (FALSE, FALSE, sizeof (guint));

  return item;
}

void
liaison_xml_item_free (gpointer data)
{
  LiaisonXmlItem *item = data;

  if (item == NULL)
    return;
  g_array_unref (item->attributes);
  g_array_unref (item->seen);
  g_free (item);
}

const char **
liaison_xml_item_field (LiaisonXmlItem  *self,
                        int              role,
                        const char      *text,
                        const char      *stripped,
                        const char     **value)
{
  *value = text;

  switch (role)
    {
    case LIAISON_XML_ROLE_LABEL:
      return &self->label;
    case LIAISON_XML_ROLE_TYPE:
      *value = stripped;
      return &self->type;
    case LIAISON_XML_ROLE_DESCRIPTION:
      return &self->description;
    case LIAISON_XML_ROLE_DATE:
      *value = stripped;
      return &self->date;
    default:
      return NULL;
    }
}

void
liaison_xml_item_mark_seen (LiaisonXmlItem              *self,
                            const LiaisonXmlDeclaration *declaration)
{
  if (declaration->index != G_MAXUINT)
    g_array_append_val (self->seen, declaration->index);
}

gboolean
liaison_xml_graph_init (LiaisonXmlGraph           *self,
                        const LiaisonImportInput  *input,
                        const char                *root,
                        const char                *not_root,
                        GError                   **error)
{
  memset (self, 0, sizeof *self);
  self->start_time = g_get_monotonic_time ();
  self->root = root;
  self->not_root = not_root;

  if (!liaison_xml_reader_init (&self->xml, input, error))
    return FALSE;

  self->input = input;
  self->buffer = liaison_graph_buffer_new ();
  self->json = g_string_new (NULL);

  return TRUE;
}

/* The note that nested nodes became entities with a "parent". */
static void
note_nested (LiaisonXmlGraph *self)
{
  g_autofree char *note = NULL;

  if (self->n_nested == 0)
    return;

  note = g_strdup_printf (ngettext ("%u node of a nested graph is read as an entity with a "
                                    "“parent” attribute naming the node it is in",
                                    "%u nodes of nested graphs are read as entities with a "
                                    "“parent” attribute naming the node they are in",
                                    self->n_nested),
                          self->n_nested);
  liaison_graph_buffer_add_note (self->buffer, 0, note);
}

/**
 * liaison_xml_graph_finish:
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error
 *   set (by the front end when not @read)
 */
LiaisonDataset *
liaison_xml_graph_finish (LiaisonXmlGraph  *self,
                          gboolean          read,
                          GError          **error)
{
  LiaisonDataset *dataset = NULL;

  if (read)
    {
      g_debug ("%s: <%s> read in %.0f ms", self->input->display_name, self->root,
               (g_get_monotonic_time () - self->start_time) / 1000.0);
      note_nested (self);
      /* The reader's memory goes before the builder's comes. */
      liaison_xml_reader_clear (&self->xml);
      dataset = liaison_graph_buffer_build (self->buffer, self->input, SHARE_READ, error);
    }

  liaison_xml_reader_clear (&self->xml);
  g_clear_pointer (&self->buffer, liaison_graph_buffer_free);
  if (self->json != NULL)
    g_string_free (g_steal_pointer (&self->json), TRUE);

  return dataset;
}

int
liaison_xml_graph_next (LiaisonXmlGraph  *self,
                        GError          **error)
{
  LiaisonXmlReader *xml = &self->xml;
  int type;

  while ((type = liaison_xml_reader_next (xml, error)) > 0)
    {
      const char *name;

      if ((++self->n_elements & 0x3ff) == 0 && self->input->progress != NULL)
        self->input->progress (SHARE_READ * liaison_xml_reader_fraction (xml), self->input->progress_data);

      if (self->seen_root)
        return type;
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      name = liaison_xml_reader_name (xml);
      if (!g_str_equal (name, self->root))
        {
          /* The format's own message, a literal in its N_() and checked
           * there and in each translation.
           */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          liaison_xml_reader_set_error (xml, error, LIAISON_DATASET_ERROR_INVALID, _(self->not_root), name);
#pragma GCC diagnostic pop
          return -1;
        }
      self->seen_root = TRUE;
    }

  return type;
}

gboolean
liaison_xml_graph_check_end (LiaisonXmlGraph  *self,
                             int               type,
                             GError          **error)
{
  if (type < 0)
    return FALSE;

  if (!self->seen_root)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", self->input->display_name, _("the file has no XML element"));
      return FALSE;
    }

  return TRUE;
}

static void
add_attribute (LiaisonXmlGraph *self,
               LiaisonXmlItem  *item,
               const char      *name,
               const char      *json)
{
  LiaisonAttribute attribute = {
    g_string_chunk_insert_const (self->buffer->strings, name),
    g_string_chunk_insert (self->buffer->strings, json),
  };

  g_array_append_val (item->attributes, attribute);
}

void
liaison_xml_graph_add_string (LiaisonXmlGraph *self,
                              LiaisonXmlItem  *item,
                              const char      *name,
                              const char      *text)
{
  g_string_truncate (self->json, 0);
  liaison_append_json_string (self->json, text);
  add_attribute (self, item, name, self->json->str);
}

/* @text as its declared @type, or as a string when it does not read as
 * one.
 */
void
liaison_xml_graph_add_typed (LiaisonXmlGraph     *self,
                             LiaisonXmlItem      *item,
                             const char          *name,
                             LiaisonXmlValueType  type,
                             const char          *text)
{
  add_attribute (self, item, name, liaison_xml_typed_json (self->json, type, text));
}

void
liaison_xml_graph_apply_defaults (LiaisonXmlItem         *item,
                                  LiaisonXmlDeclarations *declarations,
                                  LiaisonXmlDomain        domain,
                                  LiaisonXmlApplyFunc     apply,
                                  gpointer                user_data)
{
  for (guint i = 0; i < declarations->list->len; i++)
    {
      const LiaisonXmlDeclaration *declaration = g_ptr_array_index (declarations->list, i);
      gboolean seen = FALSE;

      if (declaration->default_value == NULL || !(declaration->domains & domain))
        continue;
      for (guint j = 0; j < item->seen->len && !seen; j++)
        seen = g_array_index (item->seen, guint, j) == declaration->index;
      if (!seen)
        apply (item, declaration, domain, declaration->default_value, user_data);
    }
}

LiaisonXmlItem *
liaison_xml_graph_start_node (LiaisonXmlGraph *self,
                              gsize            item_size,
                              LiaisonXmlItem  *parent)
{
  LiaisonXmlReader *xml = &self->xml;
  LiaisonGraphNode node = { NULL };
  g_autofree char *id = liaison_xml_reader_attribute (xml, "id");
  LiaisonXmlItem *item;

  node.id = liaison_graph_buffer_keep (self->buffer, id);
  node.line = liaison_xml_reader_line (xml);
  item = item_new (item_size, self->buffer->nodes->len, FALSE, liaison_xml_reader_depth (xml));
  g_array_append_val (self->buffer->nodes, node);

  /* A node of a nested graph: its group is the node around it. */
  if (parent != NULL)
    {
      const char *parent_id = g_array_index (self->buffer->nodes, LiaisonGraphNode, parent->index).id;

      if (parent_id != NULL)
        liaison_xml_graph_add_string (self, item, "parent", parent_id);
      self->n_nested++;
    }

  return item;
}

LiaisonXmlItem *
liaison_xml_graph_start_edge (LiaisonXmlGraph *self,
                              gsize            item_size,
                              gboolean         directed)
{
  LiaisonXmlReader *xml = &self->xml;
  LiaisonGraphEdge edge = { NULL };
  g_autofree char *id = liaison_xml_reader_attribute (xml, "id");
  g_autofree char *source = liaison_xml_reader_attribute (xml, "source");
  g_autofree char *target = liaison_xml_reader_attribute (xml, "target");
  LiaisonXmlItem *item;

  edge.line = liaison_xml_reader_line (xml);
  if (source == NULL || target == NULL)
    {
      liaison_graph_buffer_add_problem (self->buffer, edge.line, 0, NULL,
                                        source == NULL ? _("“source” is missing")
                                                       : _("“target” is missing"));
      return NULL;
    }

  edge.id = liaison_graph_buffer_keep (self->buffer, id);
  edge.source = liaison_graph_buffer_keep (self->buffer, source);
  edge.target = liaison_graph_buffer_keep (self->buffer, target);
  edge.directed = directed;

  item = item_new (item_size, self->buffer->edges->len, TRUE, liaison_xml_reader_depth (xml));
  g_array_append_val (self->buffer->edges, edge);

  return item;
}

void
liaison_xml_graph_end_item (LiaisonXmlGraph *self,
                            LiaisonXmlItem  *item)
{
  guint first_attribute = self->buffer->attributes->len;

  g_array_append_vals (self->buffer->attributes, item->attributes->data, item->attributes->len);

  if (item->is_edge)
    {
      LiaisonGraphEdge *edge = &g_array_index (self->buffer->edges, LiaisonGraphEdge, item->index);

      edge->label = item->label;
      edge->type = item->type;
      edge->description = item->description;
      edge->date = item->date;
      edge->first_attribute = first_attribute;
      edge->n_attributes = item->attributes->len;
    }
  else
    {
      LiaisonGraphNode *node = &g_array_index (self->buffer->nodes, LiaisonGraphNode, item->index);

      node->label = item->label;
      node->type = item->type;
      node->description = item->description;
      node->has_position = item->has_position;
      node->x = item->x;
      node->y = item->y;
      node->first_attribute = first_attribute;
      node->n_attributes = item->attributes->len;
    }

  liaison_xml_item_free (item);
}

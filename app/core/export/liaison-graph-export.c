/* liaison-graph-export.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the GraphML and GEXF writers share. Both write what is shown: with
 * a scene, its entities and relations at the positions on screen; without
 * one (the command line, which needs no layout for a data format), what
 * the view state shows, at the positions the file gave when every entity
 * has one. Attributes become columns of one type each, the narrowest that
 * holds every value: a column with a number and a text is text.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <string.h>

#include "liaison-graph-export-private.h"

static void
column_free (LiaisonColumn *column)
{
  g_free (column->id);
  g_free (column);
}

static LiaisonColumnType
type_of_json (const char *json)
{
  switch (json[0])
    {
    case 't':
    case 'f':
      return LIAISON_COLUMN_BOOLEAN;
    case '-':
    case '0' ... '9':
      return strpbrk (json, ".eE") != NULL ? LIAISON_COLUMN_REAL : LIAISON_COLUMN_INTEGER;
    default:
      return LIAISON_COLUMN_STRING;
    }
}

static LiaisonColumnType
merge_types (LiaisonColumnType a,
             LiaisonColumnType b)
{
  if (a == b)
    return a;
  if ((a == LIAISON_COLUMN_INTEGER && b == LIAISON_COLUMN_REAL) ||
      (a == LIAISON_COLUMN_REAL && b == LIAISON_COLUMN_INTEGER))
    return LIAISON_COLUMN_REAL;
  return LIAISON_COLUMN_STRING;
}

static void
add_columns (LiaisonGraphExport     *self,
             GPtrArray              *columns,
             GHashTable             *by_name,
             const LiaisonAttribute *attributes,
             guint                   n_attributes,
             const char * const     *reserved,
             gboolean                for_relations)
{
  for (guint i = 0; i < n_attributes; i++)
    {
      LiaisonColumn *column = g_hash_table_lookup (by_name, attributes[i].key);

      /* null says nothing of a type, and is not written. */
      if (g_str_equal (attributes[i].json, "null"))
        continue;

      if (column == NULL)
        {
          const char *name = attributes[i].key;

          /* Positions read from a file are kept as attributes too; the
           * positions written are the ones that count.
           */
          if (!for_relations && self->positions && (g_str_equal (name, "x") || g_str_equal (name, "y")))
            continue;

          column = g_new0 (LiaisonColumn, 1);
          column->name = name;
          column->type = type_of_json (attributes[i].json);
          column->id = g_strdup_printf ("%s%u", for_relations ? "e" : "n", columns->len);
          /* A name Liaison writes itself is written apart. */
          if (reserved != NULL && g_strv_contains (reserved, name))
            {
              g_autofree char *renamed = g_strconcat (name, "_attribute", NULL);

              column->name = g_intern_string (renamed);
            }
          g_ptr_array_add (columns, column);
          g_hash_table_insert (by_name, (gpointer) attributes[i].key, column);
        }
      else
        column->type = merge_types (column->type, type_of_json (attributes[i].json));
    }
}

void
liaison_graph_export_init (LiaisonGraphExport *self,
                           LiaisonDataset     *dataset,
                           LiaisonViewState   *state,
                           LiaisonScene       *scene,
                           const char * const *reserved)
{
  memset (self, 0, sizeof *self);
  self->dataset = dataset;
  self->state = state;
  self->scene = scene;
  self->entity_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  self->relation_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  self->entity_column_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->relation_column_by_name = g_hash_table_new (g_str_hash, g_str_equal);

  self->positions = scene != NULL;
  if (scene == NULL)
    {
      self->positions = TRUE;
      for (guint i = 0; i < liaison_dataset_get_n_entities (dataset) && self->positions; i++)
        if (liaison_graph_export_has_entity (self, i))
          self->positions = liaison_entity_get_position (liaison_dataset_get_entity (dataset, i), NULL, NULL);
    }

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const LiaisonAttribute *attributes;
      guint n_attributes, n_evidence;

      if (!liaison_graph_export_has_entity (self, i))
        continue;
      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      add_columns (self, self->entity_columns, self->entity_column_by_name, attributes, n_attributes,
                   reserved, FALSE);
      liaison_entity_get_evidence (entity, &n_evidence);
      self->any_evidence |= n_evidence > 0;
      self->any_aliases |= liaison_entity_get_aliases (entity)[0] != NULL;
      self->any_entity_description |= liaison_entity_get_description (entity) != NULL;
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (!liaison_graph_export_has_relation (self, i))
        continue;
      add_columns (self, self->relation_columns, self->relation_column_by_name, relation->attributes,
                   relation->n_attributes, reserved, TRUE);
      self->any_evidence |= relation->n_evidence > 0;
      self->any_relation_description |= relation->description != NULL;
      self->any_date |= relation->date != NULL;
    }
}

void
liaison_graph_export_clear (LiaisonGraphExport *self)
{
  g_clear_pointer (&self->entity_columns, g_ptr_array_unref);
  g_clear_pointer (&self->relation_columns, g_ptr_array_unref);
  g_clear_pointer (&self->entity_column_by_name, g_hash_table_unref);
  g_clear_pointer (&self->relation_column_by_name, g_hash_table_unref);
}

gboolean
liaison_graph_export_has_entity (LiaisonGraphExport *self,
                                 guint               index)
{
  if (self->scene != NULL)
    return liaison_scene_lookup (self->scene, LIAISON_ELEMENT_ENTITY, index) != NULL;
  return self->state == NULL || liaison_view_state_is_entity_visible (self->state, index);
}

gboolean
liaison_graph_export_has_relation (LiaisonGraphExport *self,
                                   guint               index)
{
  if (self->scene != NULL)
    return liaison_scene_lookup (self->scene, LIAISON_ELEMENT_RELATION, index) != NULL;
  return self->state == NULL ||
         liaison_view_state_is_relation_visible (self->state, liaison_dataset_get_relation (self->dataset, index));
}

/* Where entity @index is, in points with y pointing up, as Gephi and the
 * files Liaison reads count.
 */
gboolean
liaison_graph_export_position (LiaisonGraphExport *self,
                               guint               index,
                               double             *x,
                               double             *y)
{
  if (!self->positions)
    return FALSE;

  if (self->scene != NULL)
    {
      const LiaisonSceneElement *element = liaison_scene_lookup (self->scene, LIAISON_ELEMENT_ENTITY, index);

      if (element == NULL)
        return FALSE;
      *x = element->x;
      *y = -element->y;
      return TRUE;
    }

  return liaison_entity_get_position (liaison_dataset_get_entity (self->dataset, index), x, y);
}

const LiaisonColumn *
liaison_graph_export_column (LiaisonGraphExport *self,
                             gboolean            for_relations,
                             const char         *name)
{
  return g_hash_table_lookup (for_relations ? self->relation_column_by_name : self->entity_column_by_name, name);
}

/* GraphML and GEXF both name their value types after XML Schema's. */
const char *
liaison_column_type_to_xsd (LiaisonColumnType type)
{
  switch (type)
    {
    case LIAISON_COLUMN_BOOLEAN:
      return "boolean";
    case LIAISON_COLUMN_INTEGER:
      return "long";
    case LIAISON_COLUMN_REAL:
      return "double";
    case LIAISON_COLUMN_STRING:
    default:
      return "string";
    }
}

/* Attributes without a column (reserved names) and null values are left
 * out.
 */
void
liaison_graph_export_foreach_attribute (LiaisonGraphExport     *self,
                                        gboolean                for_relations,
                                        const LiaisonAttribute *attributes,
                                        guint                   n_attributes,
                                        LiaisonColumnValueFunc  func,
                                        gpointer                user_data)
{
  for (guint i = 0; i < n_attributes; i++)
    {
      const LiaisonColumn *column = liaison_graph_export_column (self, for_relations, attributes[i].key);
      g_autofree char *text = NULL;

      if (column == NULL || g_str_equal (attributes[i].json, "null"))
        continue;
      text = liaison_attribute_dup_text (&attributes[i]);
      func (column, text, user_data);
    }
}

/* Up to the closing quote of the target, for the writer to go on with
 * its own attributes.
 */
void
liaison_append_xml_edge_start (GString               *out,
                               const char            *indent,
                               LiaisonDataset        *dataset,
                               const LiaisonRelation *relation)
{
  g_string_append_printf (out, "%s<edge id=\"", indent);
  liaison_append_xml_text (out, relation->id);
  g_string_append (out, "\" source=\"");
  liaison_append_xml_text (out, liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->from)));
  g_string_append (out, "\" target=\"");
  liaison_append_xml_text (out, liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->to)));
  g_string_append_c (out, '"');
}

/* @text escaped for XML text and attribute values. Characters XML 1.0
 * cannot hold at all, not even as references, become U+FFFD.
 */
void
liaison_append_xml_text (GString    *out,
                         const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\n':
          g_string_append (out, "&#10;");
          break;
        case '\r':
          g_string_append (out, "&#13;");
          break;
        case '\t':
          g_string_append (out, "&#9;");
          break;
        default:
          if (c < 0x20)
            g_string_append (out, "\xEF\xBF\xBD");
          else
            g_string_append_c (out, c);
          break;
        }
    }
}

/* Returns: (transfer full): the attribute as text: a string as itself,
 * any other value as its JSON.
 */
char *
liaison_attribute_dup_text (const LiaisonAttribute *attribute)
{
  const char *json = attribute->json;
  gsize length = strlen (json);

  if (json[0] == '"' && strchr (json, '\\') == NULL)
    return g_strndup (json + 1, length - 2);

  return liaison_attribute_dup_display (attribute);
}

/* Returns: (transfer full) (nullable): the evidence, a line each: the
 * source's id and the quote; %NULL for none.
 */
char *
liaison_evidence_dup_text (const LiaisonEvidence *evidence,
                           guint                  n_evidence)
{
  GString *text;

  if (n_evidence == 0)
    return NULL;

  text = g_string_new (NULL);

  for (guint i = 0; i < n_evidence; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, evidence[i].source);
      if (evidence[i].quote != NULL)
        {
          g_string_append (text, ": ");
          g_string_append (text, evidence[i].quote);
        }
    }

  return g_string_free (text, FALSE);
}

/* Returns: (transfer full) (nullable): @entity's evidence as
 * liaison_evidence_dup_text() gives it.
 */
char *
liaison_entity_dup_evidence_text (LiaisonEntity *entity)
{
  const LiaisonEvidence *evidence;
  guint n_evidence;

  evidence = liaison_entity_get_evidence (entity, &n_evidence);
  return liaison_evidence_dup_text (evidence, n_evidence);
}

/* Returns: (transfer full) (nullable): @entity's aliases, "; " between
 * them; %NULL for none.
 */
char *
liaison_entity_dup_aliases_text (LiaisonEntity *entity)
{
  const char * const *aliases = liaison_entity_get_aliases (entity);

  return aliases[0] != NULL ? g_strjoinv ("; ", (char **) aliases) : NULL;
}

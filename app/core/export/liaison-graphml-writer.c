/* liaison-graphml-writer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes GraphML that yEd, Gephi, NetworkX and igraph read, and Liaison
 * reads back as it was: labels, types, descriptions and dates under the
 * names Liaison's GraphML reader maps (README, "Formats"), evidence and
 * aliases as text, every attribute under its own key with its type, and
 * positions as "x" and "y" with y pointing up.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include "liaison-graph-export-private.h"
#include "liaison-graph-writers.h"
#include "liaison-numbers.h"

static const char *const reserved_names[] = {
  "label", "type", "entity_type", "relation_type", "description", "aliases", "evidence", "date", "x", "y", NULL
};

static void
write_key (GString    *out,
           const char *id,
           const char *domain,
           const char *name,
           const char *type)
{
  g_string_append (out, "  <key id=\"");
  liaison_append_xml_text (out, id);
  g_string_append_printf (out, "\" for=\"%s\" attr.name=\"", domain);
  liaison_append_xml_text (out, name);
  g_string_append_printf (out, "\" attr.type=\"%s\"/>\n", type);
}

static void
write_data (GString    *out,
            const char *indent,
            const char *key,
            const char *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, "%s<data key=\"%s\">", indent, key);
  liaison_append_xml_text (out, text);
  g_string_append (out, "</data>\n");
}

static void
write_number (GString    *out,
              const char *key,
              double      value)
{
  char number[LIAISON_NUMBER_BUF_SIZE];

  liaison_format_number (number, value);
  write_data (out, "      ", key, number);
}

static void
write_column_value_cb (const LiaisonColumn *column,
                       const char          *text,
                       gpointer             user_data)
{
  write_data (user_data, "      ", column->id, text);
}

static void
write_attributes (GString                *out,
                  LiaisonGraphExport     *export,
                  gboolean                for_relations,
                  const LiaisonAttribute *attributes,
                  guint                   n_attributes)
{
  liaison_graph_export_foreach_attribute (export, for_relations, attributes, n_attributes,
                                          write_column_value_cb, out);
}

static void
write_columns (GString   *out,
               GPtrArray *columns,
               const char *domain)
{
  for (guint i = 0; i < columns->len; i++)
    {
      const LiaisonColumn *column = g_ptr_array_index (columns, i);

      write_key (out, column->id, domain, column->name, liaison_column_type_to_xsd (column->type));
    }
}

/**
 * liaison_graphml_write:
 * @state: (nullable): what is shown, without a scene
 * @scene: (nullable): what is shown and where
 *
 * Returns: (transfer full): the GraphML file
 */
GBytes *
liaison_graphml_write (LiaisonDataset   *dataset,
                       LiaisonViewState *state,
                       LiaisonScene     *scene)
{
  GString *out = g_string_sized_new (64 * 1024);
  LiaisonGraphExport export;
  const char *title, *description;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  liaison_graph_export_init (&export, dataset, state, scene, reserved_names);
  title = liaison_dataset_get_title (dataset);
  description = liaison_dataset_get_description (dataset);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                   "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                   "  <!-- Written by Liaison " PACKAGE_VERSION " -->\n");

  if (title != NULL)
    write_key (out, "title", "graph", "title", "string");
  if (description != NULL)
    write_key (out, "g_description", "graph", "description", "string");
  write_key (out, "label", "node", "label", "string");
  write_key (out, "type", "node", "type", "string");
  if (export.any_entity_description)
    write_key (out, "description", "node", "description", "string");
  if (export.any_aliases)
    write_key (out, "aliases", "node", "aliases", "string");
  if (export.any_evidence)
    write_key (out, "evidence", "node", "evidence", "string");
  if (export.positions)
    {
      write_key (out, "x", "node", "x", "double");
      write_key (out, "y", "node", "y", "double");
    }
  write_columns (out, export.entity_columns, "node");
  write_key (out, "e_label", "edge", "label", "string");
  write_key (out, "e_type", "edge", "type", "string");
  if (export.any_date)
    write_key (out, "e_date", "edge", "date", "string");
  if (export.any_relation_description)
    write_key (out, "e_description", "edge", "description", "string");
  if (export.any_evidence)
    write_key (out, "e_evidence", "edge", "evidence", "string");
  write_columns (out, export.relation_columns, "edge");

  g_string_append (out, "  <graph id=\"G\" edgedefault=\"directed\">\n");
  write_data (out, "    ", "title", title);
  write_data (out, "    ", "g_description", description);

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      g_autofree char *aliases = NULL;
      g_autofree char *evidence = NULL;
      const LiaisonAttribute *attributes;
      guint n_attributes;
      double x, y;

      if (!liaison_graph_export_has_entity (&export, i))
        continue;

      g_string_append (out, "    <node id=\"");
      liaison_append_xml_text (out, liaison_entity_get_id (entity));
      g_string_append (out, "\">\n");
      write_data (out, "      ", "label", liaison_entity_get_label (entity));
      write_data (out, "      ", "type", liaison_entity_get_entity_type (entity));
      write_data (out, "      ", "description", liaison_entity_get_description (entity));
      aliases = liaison_entity_dup_aliases_text (entity);
      write_data (out, "      ", "aliases", aliases);
      evidence = liaison_entity_dup_evidence_text (entity);
      write_data (out, "      ", "evidence", evidence);
      if (liaison_graph_export_position (&export, i, &x, &y))
        {
          write_number (out, "x", x);
          write_number (out, "y", y);
        }
      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      write_attributes (out, &export, FALSE, attributes, n_attributes);
      g_string_append (out, "    </node>\n");
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      g_autofree char *evidence = NULL;

      if (!liaison_graph_export_has_relation (&export, i))
        continue;

      liaison_append_xml_edge_start (out, "    ", dataset, relation);
      g_string_append_printf (out, "%s>\n", relation->directed ? "" : " directed=\"false\"");
      write_data (out, "      ", "e_label", relation->label);
      write_data (out, "      ", "e_type", relation->type);
      write_data (out, "      ", "e_date", relation->date);
      write_data (out, "      ", "e_description", relation->description);
      evidence = liaison_evidence_dup_text (relation->evidence, relation->n_evidence);
      write_data (out, "      ", "e_evidence", evidence);
      write_attributes (out, &export, TRUE, relation->attributes, relation->n_attributes);
      g_string_append (out, "    </edge>\n");
    }

  g_string_append (out, "  </graph>\n</graphml>\n");
  liaison_graph_export_clear (&export);

  return g_string_free_to_bytes (out);
}

/* liaison-gexf-writer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes GEXF 1.3, for Gephi, which Liaison reads back as it was: entity
 * types, descriptions, aliases and evidence as attribute values under
 * the titles Liaison's reader maps, a relation's type as its kind and its
 * date as a "date" value (Gephi's own time intervals want whole dates,
 * and Liaison's may be a year), every attribute under its own title with
 * its type, and positions in viz:position with y pointing up, as Gephi
 * draws them.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include "liaison-graph-export-private.h"
#include "liaison-graph-writers.h"
#include "liaison-numbers.h"

static const char *const reserved_names[] = {
  "label", "type", "entity_type", "relation_type", "description", "aliases", "evidence", "date", NULL
};

static void
write_declaration (GString    *out,
                   const char *id,
                   const char *title,
                   const char *type)
{
  g_string_append (out, "      <attribute id=\"");
  liaison_append_xml_text (out, id);
  g_string_append (out, "\" title=\"");
  liaison_append_xml_text (out, title);
  g_string_append_printf (out, "\" type=\"%s\"/>\n", type);
}

static void
write_columns (GString   *out,
               GPtrArray *columns)
{
  for (guint i = 0; i < columns->len; i++)
    {
      const LiaisonColumn *column = g_ptr_array_index (columns, i);

      write_declaration (out, column->id, column->name, liaison_column_type_to_xsd (column->type));
    }
}

/* Opens <attvalues> before the first value. */
static void
write_value (GString    *out,
             gboolean   *opened,
             const char *id,
             const char *text)
{
  if (text == NULL)
    return;
  if (!*opened)
    {
      g_string_append (out, "        <attvalues>\n");
      *opened = TRUE;
    }
  g_string_append_printf (out, "          <attvalue for=\"%s\" value=\"", id);
  liaison_append_xml_text (out, text);
  g_string_append (out, "\"/>\n");
}

typedef struct
{
  GString  *out;
  gboolean *opened;
} Values;

static void
write_column_value_cb (const LiaisonColumn *column,
                       const char          *text,
                       gpointer             user_data)
{
  Values *values = user_data;

  write_value (values->out, values->opened, column->id, text);
}

static void
write_attributes (GString                *out,
                  gboolean               *opened,
                  LiaisonGraphExport     *export,
                  gboolean                for_relations,
                  const LiaisonAttribute *attributes,
                  guint                   n_attributes)
{
  Values values = { out, opened };

  liaison_graph_export_foreach_attribute (export, for_relations, attributes, n_attributes,
                                          write_column_value_cb, &values);
}

static void
close_values (GString  *out,
              gboolean  opened)
{
  if (opened)
    g_string_append (out, "        </attvalues>\n");
}

static void
write_text_element (GString    *out,
                    const char *name,
                    const char *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, "    <%s>", name);
  liaison_append_xml_text (out, text);
  g_string_append_printf (out, "</%s>\n", name);
}

/**
 * liaison_gexf_write:
 * @state: (nullable): what is shown, without a scene
 * @scene: (nullable): what is shown and where
 *
 * Returns: (transfer full): the GEXF file
 */
GBytes *
liaison_gexf_write (LiaisonDataset   *dataset,
                    LiaisonViewState *state,
                    LiaisonScene     *scene)
{
  GString *out = g_string_sized_new (64 * 1024);
  LiaisonGraphExport export;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  liaison_graph_export_init (&export, dataset, state, scene, reserved_names);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                   "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
                   "  <meta>\n"
                   "    <creator>Liaison " PACKAGE_VERSION "</creator>\n");
  write_text_element (out, "title", liaison_dataset_get_title (dataset));
  write_text_element (out, "description", liaison_dataset_get_description (dataset));
  g_string_append (out,
                   "  </meta>\n"
                   "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
                   "    <attributes class=\"node\" mode=\"static\">\n");
  write_declaration (out, "type", "type", "string");
  if (export.any_entity_description)
    write_declaration (out, "description", "description", "string");
  if (export.any_aliases)
    write_declaration (out, "aliases", "aliases", "string");
  if (export.any_evidence)
    write_declaration (out, "evidence", "evidence", "string");
  write_columns (out, export.entity_columns);
  g_string_append (out,
                   "    </attributes>\n"
                   "    <attributes class=\"edge\" mode=\"static\">\n");
  if (export.any_date)
    write_declaration (out, "date", "date", "string");
  if (export.any_relation_description)
    write_declaration (out, "description", "description", "string");
  if (export.any_evidence)
    write_declaration (out, "evidence", "evidence", "string");
  write_columns (out, export.relation_columns);
  g_string_append (out,
                   "    </attributes>\n"
                   "    <nodes>\n");

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      g_autofree char *aliases = NULL;
      g_autofree char *evidence = NULL;
      const LiaisonAttribute *attributes;
      guint n_attributes;
      gboolean opened = FALSE;
      double x, y;

      if (!liaison_graph_export_has_entity (&export, i))
        continue;

      g_string_append (out, "      <node id=\"");
      liaison_append_xml_text (out, liaison_entity_get_id (entity));
      g_string_append (out, "\" label=\"");
      liaison_append_xml_text (out, liaison_entity_get_label (entity));
      g_string_append (out, "\">\n");

      write_value (out, &opened, "type", liaison_entity_get_entity_type (entity));
      write_value (out, &opened, "description", liaison_entity_get_description (entity));
      aliases = liaison_entity_dup_aliases_text (entity);
      write_value (out, &opened, "aliases", aliases);
      evidence = liaison_entity_dup_evidence_text (entity);
      write_value (out, &opened, "evidence", evidence);
      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      write_attributes (out, &opened, &export, FALSE, attributes, n_attributes);
      close_values (out, opened);

      if (liaison_graph_export_position (&export, i, &x, &y))
        {
          char vx[LIAISON_NUMBER_BUF_SIZE], vy[LIAISON_NUMBER_BUF_SIZE];

          liaison_format_number (vx, x);
          liaison_format_number (vy, y);
          g_string_append_printf (out, "        <viz:position x=\"%s\" y=\"%s\" z=\"0\"/>\n", vx, vy);
        }
      g_string_append (out, "      </node>\n");
    }

  g_string_append (out,
                   "    </nodes>\n"
                   "    <edges>\n");

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      g_autofree char *evidence = NULL;
      gboolean opened = FALSE;

      if (!liaison_graph_export_has_relation (&export, i))
        continue;

      liaison_append_xml_edge_start (out, "      ", dataset, relation);
      if (!relation->directed)
        g_string_append (out, " type=\"undirected\"");
      if (relation->type != NULL)
        {
          g_string_append (out, " kind=\"");
          liaison_append_xml_text (out, relation->type);
          g_string_append_c (out, '"');
        }
      if (relation->label != NULL)
        {
          g_string_append (out, " label=\"");
          liaison_append_xml_text (out, relation->label);
          g_string_append_c (out, '"');
        }
      g_string_append (out, ">\n");

      write_value (out, &opened, "date", relation->date);
      write_value (out, &opened, "description", relation->description);
      evidence = liaison_evidence_dup_text (relation->evidence, relation->n_evidence);
      write_value (out, &opened, "evidence", evidence);
      write_attributes (out, &opened, &export, TRUE, relation->attributes, relation->n_attributes);
      close_values (out, opened);
      g_string_append (out, "      </edge>\n");
    }

  g_string_append (out,
                   "    </edges>\n"
                   "  </graph>\n"
                   "</gexf>\n");
  liaison_graph_export_clear (&export);

  return g_string_free_to_bytes (out);
}

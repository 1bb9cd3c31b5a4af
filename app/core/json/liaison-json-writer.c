/* liaison-json-writer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes what a scene shows as a Liaison dataset: exactly its entities and
 * relations, with their evidence, the sources that evidence cites and the
 * types they use. Liaison reads the result back as it reads any dataset.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <json-glib/json-glib.h>

#include "liaison-export.h"

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_attributes (JsonBuilder            *builder,
                const LiaisonAttribute *attributes,
                guint                   n_attributes)
{
  if (n_attributes == 0)
    return;

  json_builder_set_member_name (builder, "attributes");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_attributes; i++)
    {
      /* Kept as JSON text when loaded, so every value comes back as it was. */
      JsonNode *value = json_from_string (attributes[i].json, NULL);

      json_builder_set_member_name (builder, attributes[i].key);
      if (value != NULL)
        json_builder_add_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
}

static void
add_evidence (JsonBuilder           *builder,
              GHashTable            *cited,
              const LiaisonEvidence *evidence,
              guint                  n_evidence)
{
  if (n_evidence == 0)
    return;

  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_evidence; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "source", evidence[i].source);
      add_string (builder, "quote", evidence[i].quote);
      json_builder_end_object (builder);
      g_hash_table_add (cited, (gpointer) evidence[i].source);
    }
  json_builder_end_array (builder);
}

static void
add_types (JsonBuilder      *builder,
           LiaisonDataset   *dataset,
           gboolean          entities,
           GHashTable       *used)
{
  guint n = entities ? liaison_dataset_get_n_entity_types (dataset) : liaison_dataset_get_n_relation_types (dataset);
  gboolean any_declared = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const LiaisonTypeStyle *type = entities ? liaison_dataset_get_entity_type (dataset, i)
                                              : liaison_dataset_get_relation_type (dataset, i);

      any_declared |= type->declared;
    }

  /* Types that were only used, never declared, come back by being used. */
  if (!any_declared)
    return;

  json_builder_set_member_name (builder, entities ? "entity_types" : "relation_types");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const LiaisonTypeStyle *type = entities ? liaison_dataset_get_entity_type (dataset, i)
                                              : liaison_dataset_get_relation_type (dataset, i);

      if (!g_hash_table_contains (used, type->id))
        continue;

      json_builder_begin_object (builder);
      add_string (builder, "id", type->id);
      if (g_strcmp0 (type->label, type->id) != 0)
        add_string (builder, "label", type->label);
      add_string (builder, "color", type->color);
      add_string (builder, entities ? "shape" : "style", entities ? type->shape : type->line_style);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Returns: (transfer full) */
GBytes *
liaison_json_write (LiaisonScene *scene)
{
  LiaisonDataset *dataset;
  g_autoptr(JsonBuilder) entities = json_builder_new ();
  g_autoptr(JsonBuilder) relations = json_builder_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) entity_types = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) relation_types = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  char *text;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);

  dataset = liaison_scene_get_dataset (scene);

  /* Entities and relations first: they decide which sources and types
   * go with them.
   */
  json_builder_begin_array (entities);
  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const char * const *aliases = liaison_entity_get_aliases (entity);
      const LiaisonAttribute *attributes;
      const LiaisonEvidence *evidence;
      guint n_attributes, n_evidence;

      if (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i) == NULL)
        continue;

      json_builder_begin_object (entities);
      add_string (entities, "id", liaison_entity_get_id (entity));
      add_string (entities, "label", liaison_entity_get_label (entity));
      add_string (entities, "type", liaison_entity_get_entity_type (entity));
      if (liaison_entity_get_entity_type (entity) != NULL)
        g_hash_table_add (entity_types, (gpointer) liaison_entity_get_entity_type (entity));
      if (aliases[0] != NULL)
        {
          json_builder_set_member_name (entities, "aliases");
          json_builder_begin_array (entities);
          for (guint k = 0; aliases[k] != NULL; k++)
            json_builder_add_string_value (entities, aliases[k]);
          json_builder_end_array (entities);
        }
      add_string (entities, "description", liaison_entity_get_description (entity));
      attributes = liaison_entity_get_attributes (entity, &n_attributes);
      add_attributes (entities, attributes, n_attributes);
      evidence = liaison_entity_get_evidence (entity, &n_evidence);
      add_evidence (entities, cited, evidence, n_evidence);
      json_builder_end_object (entities);
    }
  json_builder_end_array (entities);

  json_builder_begin_array (relations);
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, i) == NULL)
        continue;

      json_builder_begin_object (relations);
      /* Written even when Liaison made it up: it numbers relations by their
       * place, which a subset changes.
       */
      add_string (relations, "id", relation->id);
      add_string (relations, "from", liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->from)));
      add_string (relations, "to", liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->to)));
      add_string (relations, "type", relation->type);
      if (relation->type != NULL)
        g_hash_table_add (relation_types, (gpointer) relation->type);
      add_string (relations, "label", relation->label);
      if (!relation->directed)
        {
          json_builder_set_member_name (relations, "directed");
          json_builder_add_boolean_value (relations, FALSE);
        }
      add_string (relations, "date", relation->date);
      add_string (relations, "description", relation->description);
      add_attributes (relations, relation->attributes, relation->n_attributes);
      add_evidence (relations, cited, relation->evidence, relation->n_evidence);
      json_builder_end_object (relations);
    }
  json_builder_end_array (relations);

  json_builder_begin_object (builder);
  add_string (builder, "title", liaison_dataset_get_title (dataset));
  add_string (builder, "description", liaison_dataset_get_description (dataset));

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      if (!g_hash_table_contains (cited, source->id))
        continue;

      json_builder_begin_object (builder);
      add_string (builder, "id", source->id);
      add_string (builder, "title", source->title);
      add_string (builder, "publisher", source->publisher);
      add_string (builder, "author", source->author);
      add_string (builder, "date", source->date);
      add_string (builder, "url", source->url);
      add_string (builder, "description", source->description);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_types (builder, dataset, TRUE, entity_types);
  add_types (builder, dataset, FALSE, relation_types);

  json_builder_set_member_name (builder, "entities");
  json_builder_add_value (builder, json_builder_get_root (entities));
  json_builder_set_member_name (builder, "relations");
  json_builder_add_value (builder, json_builder_get_root (relations));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

/* liaison-import-json.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The native JSON format's front end: walks json-glib's trees and tells
 * the dataset builder what they hold, with each item's JSON path.
 *
 * The text has passed the strict pre-scan, whose outline says where each
 * top-level member and each element of its arrays lies. json-glib never
 * holds the whole file as a tree, which would cost ten times the file's
 * size: small members are parsed alone, and the arrays a run of elements
 * at a time (liaison-json-runs), each run's tree freed once the builder
 * has read it. A cancelled load stops within a run.
 */

#define G_LOG_DOMAIN "liaison-import-json"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-json-value.h"
#include "liaison-import-json.h"
#include "liaison-json-runs.h"

typedef struct
{
  const char            *data;
  LiaisonDatasetBuilder *builder;
  GCancellable          *cancellable;
  JsonParser            *parser;       /* for members parsed alone */
  LiaisonJsonRuns       *runs;         /* the arrays' elements */
  GError                *parse_error;

  /* Scratch for one item at a time, reused. */
  GPtrArray             *owned;            /* strings made for the item */
  GArray                *values;           /* LiaisonValue: aliases */
  GArray                *evidence;         /* LiaisonEvidenceInput */
  GArray                *attributes;       /* LiaisonAttribute */
  GArray                *unknown;          /* Unknown */
} Import;

/* A member the format does not know, kept as an attribute. */
typedef struct
{
  const char *key;
  JsonNode   *value;
} Unknown;

static void
import_clear (Import *im)
{
  g_clear_pointer (&im->runs, liaison_json_runs_free);
  g_clear_object (&im->parser);
  g_clear_error (&im->parse_error);
  g_clear_pointer (&im->owned, g_ptr_array_unref);
  g_clear_pointer (&im->values, g_array_unref);
  g_clear_pointer (&im->evidence, g_array_unref);
  g_clear_pointer (&im->attributes, g_array_unref);
  g_clear_pointer (&im->unknown, g_array_unref);
  g_clear_pointer (&im->builder, liaison_dataset_builder_free);
}

static const char *
own (Import *im,
     char   *text)
{
  g_ptr_array_add (im->owned, text);
  return text;
}

static void
value_from_node (Import       *im,
                 JsonNode     *node,
                 LiaisonValue *value)
{
  liaison_json_value_from_node (node, im->owned, value);
}

static void
member_value (Import       *im,
              JsonObject   *object,
              const char   *member,
              LiaisonValue *value)
{
  value_from_node (im, json_object_get_member (object, member), value);
}

/* Parses @length bytes at @text as one JSON value; the tree lasts until
 * the next parse. The pre-scan has accepted the text, so json-glib reads
 * it as it should; were it to refuse, that is the message.
 */
static JsonNode *
parse (Import     *im,
       const char *text,
       gsize       length)
{
  if (!json_parser_load_from_data (im->parser, text, length, &im->parse_error))
    return NULL;

  return json_parser_get_root (im->parser);
}

static JsonNode *
parse_member (Import                  *im,
              const LiaisonJsonMember *member)
{
  return parse (im, im->data + member->start, member->end - member->start);
}

/* Returns: FALSE to stop reading, once the work is cancelled. */
typedef gboolean (*ReadItemFunc) (Import   *im,
                                  JsonNode *node,
                                  guint     index);

/* Sets *@read to whether a section's member is an array to read; anything
 * else but null is a problem. Returns FALSE when json-glib refused the
 * text.
 */
static gboolean
check_section (Import                  *im,
               const LiaisonJsonMember *member,
               gboolean                *read)
{
  LiaisonLocation location = liaison_location_path ("", LIAISON_LOCATION_NO_INDEX);
  LiaisonValue value;
  JsonNode *node;

  *read = member != NULL && member->element_starts != NULL;
  if (member == NULL || *read)
    return TRUE;

  node = parse_member (im, member);
  if (node == NULL)
    return FALSE;

  value_from_node (im, node, &value);
  if (value.kind != LIAISON_VALUE_NULL)
    liaison_dataset_builder_expected (im->builder, &location, member->key,
                                      LIAISON_VALUE_ARRAY, &value);
  g_ptr_array_set_size (im->owned, 0);

  return TRUE;
}

/* Reads every element of an array member, a run at a time. Returns FALSE
 * when the work stops: cancelled, or json-glib refused the text.
 */
static gboolean
read_section (Import                  *im,
              const LiaisonJsonMember *member,
              ReadItemFunc             read_item)
{
  guint n_read = 0;

  while (n_read < member->element_starts->len)
    {
      JsonArray *run;
      const LiaisonJsonMember *run_member;
      guint first, n;

      if (g_cancellable_is_cancelled (im->cancellable))
        return FALSE;

      run = liaison_json_runs_next (im->runs, &run_member, &first, &im->parse_error);
      if (run == NULL)
        return FALSE;
      g_assert (run_member == member && first == n_read);

      n = json_array_get_length (run);
      for (guint i = 0; i < n; i++)
        {
          gboolean go_on = read_item (im, json_array_get_element (run, i), first + i);

          g_ptr_array_set_size (im->owned, 0);
          if (!go_on)
            {
              json_array_unref (run);
              return FALSE;
            }
        }

      json_array_unref (run);
      n_read += n;
    }

  return TRUE;
}

/* The element itself must be an object. */
static JsonObject *
item_object (Import                *im,
             JsonNode              *node,
             const LiaisonLocation *location)
{
  return liaison_json_item_object (im->builder, im->owned, node, location);
}

static gboolean
read_source (Import   *im,
             JsonNode *node,
             guint     index)
{
  LiaisonLocation location = liaison_location_path ("sources", index);
  LiaisonSourceInput source;
  JsonObject *object = item_object (im, node, &location);

  if (object == NULL)
    return TRUE;

  member_value (im, object, "id", &source.id);
  member_value (im, object, "title", &source.title);
  member_value (im, object, "publisher", &source.publisher);
  member_value (im, object, "author", &source.author);
  member_value (im, object, "date", &source.date);
  member_value (im, object, "description", &source.description);
  member_value (im, object, "url", &source.url);
  liaison_dataset_builder_add_source (im->builder, &location, &source);
  return TRUE;
}

static void
read_type (Import     *im,
           JsonNode   *node,
           guint       index,
           const char *section)
{
  LiaisonLocation location = liaison_location_path (section, index);
  LiaisonTypeInput type;
  JsonObject *object = item_object (im, node, &location);
  gboolean is_entity = section[0] == 'e';

  if (object == NULL)
    return;

  member_value (im, object, "id", &type.id);
  member_value (im, object, "label", &type.label);
  member_value (im, object, "color", &type.color);
  if (is_entity)
    {
      member_value (im, object, "shape", &type.shape);
      type.style.kind = LIAISON_VALUE_ABSENT;
      liaison_dataset_builder_add_entity_type (im->builder, &location, &type);
    }
  else
    {
      member_value (im, object, "style", &type.style);
      type.shape.kind = LIAISON_VALUE_ABSENT;
      liaison_dataset_builder_add_relation_type (im->builder, &location, &type);
    }
}

static gboolean
read_entity_type (Import   *im,
                  JsonNode *node,
                  guint     index)
{
  read_type (im, node, index, "entity_types");
  return TRUE;
}

static gboolean
read_relation_type (Import   *im,
                    JsonNode *node,
                    guint     index)
{
  read_type (im, node, index, "relation_types");
  return TRUE;
}

/* Reads a member that holds a list, and sizes @items for its elements.
 * Returns the elements, or NULL when the member is not an array.
 */
static JsonArray *
read_list (Import       *im,
           JsonNode     *node,
           LiaisonValue *member,
           GArray       *items)
{
  JsonArray *array;

  value_from_node (im, node, member);
  if (member->kind != LIAISON_VALUE_ARRAY)
    return NULL;

  array = json_node_get_array (node);
  g_array_set_size (items, json_array_get_length (array));
  return array;
}

static void
read_aliases (Import       *im,
              JsonNode     *node,
              LiaisonValue *member)
{
  JsonArray *array = read_list (im, node, member, im->values);

  for (guint i = 0; array != NULL && i < im->values->len; i++)
    value_from_node (im, json_array_get_element (array, i),
                     &g_array_index (im->values, LiaisonValue, i));
}

static void
read_evidence (Import       *im,
               JsonNode     *node,
               LiaisonValue *member)
{
  JsonArray *array = read_list (im, node, member, im->evidence);

  for (guint i = 0; array != NULL && i < im->evidence->len; i++)
    {
      LiaisonEvidenceInput *item = &g_array_index (im->evidence, LiaisonEvidenceInput, i);
      JsonNode *element = json_array_get_element (array, i);

      value_from_node (im, element, &item->item);
      item->source.kind = item->quote.kind = LIAISON_VALUE_ABSENT;
      if (item->item.kind == LIAISON_VALUE_OBJECT)
        {
          member_value (im, json_node_get_object (element), "source", &item->source);
          member_value (im, json_node_get_object (element), "quote", &item->quote);
        }
    }
}

static void
add_attribute (Import     *im,
               const char *key,
               JsonNode   *value)
{
  LiaisonAttribute attribute = { key, own (im, json_to_string (value, FALSE)) };

  g_array_append_val (im->attributes, attribute);
}

/* "attributes" first, in order, then every member the format does not
 * know, so that nothing a dataset says is dropped; a member of the same
 * name in "attributes" wins.
 */
static void
collect_attributes (Import   *im,
                    JsonNode *attributes)
{
  JsonObject *named = NULL;

  if (attributes != NULL && JSON_NODE_HOLDS_OBJECT (attributes))
    named = json_node_get_object (attributes);

  g_array_set_size (im->attributes, 0);

  if (named != NULL)
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, named);
      while (json_object_iter_next_ordered (&iter, &key, &value))
        add_attribute (im, key, value);
    }

  for (guint i = 0; i < im->unknown->len; i++)
    {
      const Unknown *member = &g_array_index (im->unknown, Unknown, i);

      /* A lookup, not a scan of what was collected: an entity may have a
       * million members.
       */
      if (named == NULL || !json_object_has_member (named, member->key))
        add_attribute (im, member->key, member->value);
    }
}

static void
keep_unknown (Import     *im,
              const char *key,
              JsonNode   *value)
{
  Unknown member = { key, value };

  g_array_append_val (im->unknown, member);
}

/* How a member of an entity or a relation is read. */
typedef enum
{
  MEMBER_VALUE,
  MEMBER_NAME,          /* a value, and an attribute when "label" names the entity */
  MEMBER_ALIASES,
  MEMBER_EVIDENCE,
  MEMBER_ATTRIBUTES,
} MemberKind;

typedef struct
{
  const char *key;
  MemberKind  kind;
  gsize       offset;   /* of its LiaisonValue in the input */
} Member;

/* In the order they are looked for. */
static const Member entity_members[] = {
  { "id", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonEntityInput, id) },
  { "label", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonEntityInput, label) },
  { "name", MEMBER_NAME, G_STRUCT_OFFSET (LiaisonEntityInput, name) },
  { "type", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonEntityInput, type) },
  { "description", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonEntityInput, description) },
  { "aliases", MEMBER_ALIASES, G_STRUCT_OFFSET (LiaisonEntityInput, aliases) },
  { "evidence", MEMBER_EVIDENCE, G_STRUCT_OFFSET (LiaisonEntityInput, details.evidence) },
  { "attributes", MEMBER_ATTRIBUTES, G_STRUCT_OFFSET (LiaisonEntityInput, details.attributes) },
};

static const Member relation_members[] = {
  { "from", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, from) },
  { "to", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, to) },
  { "type", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, type) },
  { "date", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, date) },
  { "id", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, id) },
  { "label", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, label) },
  { "directed", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, directed) },
  { "description", MEMBER_VALUE, G_STRUCT_OFFSET (LiaisonRelationInput, description) },
  { "evidence", MEMBER_EVIDENCE, G_STRUCT_OFFSET (LiaisonRelationInput, details.evidence) },
  { "attributes", MEMBER_ATTRIBUTES, G_STRUCT_OFFSET (LiaisonRelationInput, details.attributes) },
};

static const Member *
lookup_member (const Member *members,
               guint         n_members,
               const char   *key)
{
  for (guint i = 0; i < n_members; i++)
    if (members[i].key[0] == key[0] && strcmp (members[i].key, key) == 0)
      return &members[i];

  return NULL;
}

/* Reads the members of an entity or a relation into @input, in one pass
 * in the file's order, and keeps those the format does not know. Returns
 * the "name" member, when @members have one and it is there.
 */
static JsonNode *
read_members (Import              *im,
              JsonObject          *object,
              const Member        *members,
              guint                n_members,
              gpointer             input,
              LiaisonDetailsInput *details,
              JsonNode           **attributes)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;
  JsonNode *name = NULL;

  /* The aliases and the evidence are sized when they are read. */
  g_array_set_size (im->unknown, 0);
  *attributes = NULL;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      const Member *member = lookup_member (members, n_members, key);
      LiaisonValue *value;

      if (member == NULL)
        {
          keep_unknown (im, key, node);
          continue;
        }

      value = (LiaisonValue *) (gpointer) ((char *) input + member->offset);
      switch (member->kind)
        {
        case MEMBER_ALIASES:
          read_aliases (im, node, value);
          break;
        case MEMBER_EVIDENCE:
          read_evidence (im, node, value);
          break;
        case MEMBER_NAME:
          name = node;
          value_from_node (im, node, value);
          break;
        case MEMBER_ATTRIBUTES:
          *attributes = node;
          value_from_node (im, node, value);
          break;
        case MEMBER_VALUE:
        default:
          value_from_node (im, node, value);
          break;
        }
    }

  details->evidence_items = (const LiaisonEvidenceInput *) (gpointer) im->evidence->data;
  details->n_evidence_items = details->evidence.kind == LIAISON_VALUE_ARRAY ? im->evidence->len : 0;

  return name;
}

/* The attributes, once every member that is one is known. */
static void
read_attributes (Import              *im,
                 JsonNode            *attributes,
                 LiaisonDetailsInput *details)
{
  if (im->unknown->len == 0 && attributes == NULL)
    return;

  collect_attributes (im, attributes);
  details->attribute_items = (const LiaisonAttribute *) (gpointer) im->attributes->data;
  details->n_attribute_items = im->attributes->len;
}

static gboolean
read_entity (Import   *im,
             JsonNode *node,
             guint     index)
{
  LiaisonLocation location = liaison_location_path ("entities", index);
  LiaisonEntityInput entity = { { 0 } };
  JsonObject *object = item_object (im, node, &location);
  JsonNode *attributes;
  JsonNode *name;

  if (object == NULL)
    return TRUE;

  name = read_members (im, object, entity_members, G_N_ELEMENTS (entity_members), &entity,
                       &entity.details, &attributes);

  /* An entity's "name" is kept when "label" is what names it. */
  if (name != NULL && entity.label.kind != LIAISON_VALUE_ABSENT)
    keep_unknown (im, "name", name);
  read_attributes (im, attributes, &entity.details);

  entity.alias_items = (const LiaisonValue *) (gpointer) im->values->data;
  entity.n_alias_items = entity.aliases.kind == LIAISON_VALUE_ARRAY ? im->values->len : 0;

  return liaison_dataset_builder_add_entity (im->builder, &location, &entity);
}

static gboolean
read_relation (Import   *im,
               JsonNode *node,
               guint     index)
{
  LiaisonLocation location = liaison_location_path ("relations", index);
  LiaisonRelationInput relation = { { 0 } };
  JsonObject *object = item_object (im, node, &location);
  JsonNode *attributes;

  if (object == NULL)
    return TRUE;

  read_members (im, object, relation_members, G_N_ELEMENTS (relation_members), &relation,
                &relation.details, &attributes);
  read_attributes (im, attributes, &relation.details);

  return liaison_dataset_builder_add_relation (im->builder, &location, &relation);
}

static gboolean
set_top_string (Import                  *im,
                const LiaisonJsonMember *member,
                gboolean                 is_title)
{
  LiaisonLocation location = liaison_location_path ("", LIAISON_LOCATION_NO_INDEX);
  LiaisonValue value = { LIAISON_VALUE_ABSENT, NULL };

  if (member != NULL)
    {
      JsonNode *node = parse_member (im, member);

      if (node == NULL)
        return FALSE;
      value_from_node (im, node, &value);
    }

  if (is_title)
    liaison_dataset_builder_set_title (im->builder, &location, &value);
  else
    liaison_dataset_builder_set_description (im->builder, &location, &value);
  g_ptr_array_set_size (im->owned, 0);

  return TRUE;
}

/* The top level is not an object: say what it is. */
static void
set_not_an_object_error (Import      *im,
                         gsize        length,
                         const char  *display_name,
                         GError     **error)
{
  g_autofree char *found = NULL;
  const char *p = im->data;

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < im->data + length && strchr (" \t\r\n", *p) != NULL)
    p++;

  if (p < im->data + length && *p == '[')
    found = g_strdup (_("an array"));
  else
    {
      JsonNode *root = parse (im, p, im->data + length - p);
      LiaisonValue value;

      if (root == NULL)
        return;
      value_from_node (im, root, &value);
      found = liaison_value_describe (&value);
    }

  g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
               _("%s: the top level must be an object with “entities” and “relations”, found %s"),
               display_name, found);
}

/* The sections, in the order the builder takes them. */
static const struct
{
  const char   *key;
  ReadItemFunc  read_item;
} sections[] = {
  { "sources", read_source },
  { "entity_types", read_entity_type },
  { "relation_types", read_relation_type },
  { "entities", read_entity },
  { "relations", read_relation },
};

#define FIRST_ITEM_SECTION 3

/* Returns FALSE when the reading stops early: cancelled, or json-glib
 * refused the text.
 */
static gboolean
read_document (Import                   *im,
               const LiaisonJsonOutline *outline,
               LiaisonProgressFunc       progress,
               gpointer                  progress_data)
{
  const LiaisonJsonMember *members[G_N_ELEMENTS (sections)];
  const LiaisonJsonMember *arrays[G_N_ELEMENTS (sections)];
  gboolean read[G_N_ELEMENTS (sections)];
  guint n_arrays = 0;
  guint64 n_items = 0;

  /* Every array to read, in the order it is read: its runs are parsed
   * ahead.
   */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      members[i] = liaison_json_outline_lookup (outline, sections[i].key);
      if (members[i] != NULL && members[i]->element_starts != NULL)
        arrays[n_arrays++] = members[i];
    }
  im->runs = liaison_json_runs_new (im->data, arrays, n_arrays);

  if (!set_top_string (im, liaison_json_outline_lookup (outline, "title"), TRUE) ||
      !set_top_string (im, liaison_json_outline_lookup (outline, "description"), FALSE))
    return FALSE;

  for (guint i = 0; i < FIRST_ITEM_SECTION; i++)
    if (!check_section (im, members[i], &read[i]) ||
        (read[i] && !read_section (im, members[i], sections[i].read_item)))
      return FALSE;

  /* Entities and relations are both looked at before either is read. */
  for (guint i = FIRST_ITEM_SECTION; i < G_N_ELEMENTS (sections); i++)
    {
      if (!check_section (im, members[i], &read[i]))
        return FALSE;
      if (read[i])
        n_items += members[i]->element_starts->len;
    }
  liaison_dataset_builder_set_progress (im->builder, n_items, progress, progress_data);

  for (guint i = FIRST_ITEM_SECTION; i < G_N_ELEMENTS (sections); i++)
    if (read[i] && !read_section (im, members[i], sections[i].read_item))
      return FALSE;

  return TRUE;
}

/* Returns: (transfer full) (nullable): the dataset in the text that
 * liaison_json_scan_outline() has accepted and outlined.
 */
LiaisonDataset *
liaison_import_json (const LiaisonJsonOutline  *outline,
                     const char                *display_name,
                     GCancellable              *cancellable,
                     LiaisonProgressFunc        progress,
                     gpointer                   progress_data,
                     GError                   **error)
{
  Import im = { NULL };
  LiaisonDataset *dataset = NULL;

  g_return_val_if_fail (outline != NULL && outline->data != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  im.data = outline->data;

  im.cancellable = cancellable;
  im.parser = json_parser_new ();
  im.owned = g_ptr_array_new_with_free_func (g_free);
  im.values = g_array_new (FALSE, FALSE, sizeof (LiaisonValue));
  im.evidence = g_array_new (FALSE, FALSE, sizeof (LiaisonEvidenceInput));
  im.attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  im.unknown = g_array_new (FALSE, FALSE, sizeof (Unknown));

  if (!outline->is_object)
    {
      set_not_an_object_error (&im, outline->length, display_name, error);
      goto out;
    }

  if (liaison_json_outline_lookup (outline, "entities") == NULL &&
      liaison_json_outline_lookup (outline, "relations") == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no “entities” array: is this a Liaison dataset?"), display_name);
      goto out;
    }

  im.builder = liaison_dataset_builder_new (display_name);
  liaison_dataset_builder_set_cancellable (im.builder, cancellable);

  if (!read_document (&im, outline, progress, progress_data) && im.parse_error != NULL)
    {
      /* The pre-scan accepts only what json-glib parses; this is a safety net. */
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", display_name, im.parse_error->message);
      goto out;
    }

  /* Cancelled, invalid or a dataset: the builder says which. */
  dataset = liaison_dataset_builder_finish (im.builder, error);

out:
  import_clear (&im);
  return dataset;
}

/* liaison-import-json-value.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-dataset.h"
#include "liaison-import-json-value.h"
#include "liaison-json-scan.h"

JsonObject *
liaison_json_item_object (LiaisonDatasetBuilder *builder,
                          GPtrArray             *owned,
                          JsonNode              *node,
                          const LiaisonLocation *location)
{
  LiaisonValue value;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  liaison_json_value_from_node (node, owned, &value);
  liaison_dataset_builder_expected (builder, location, NULL, LIAISON_VALUE_OBJECT, &value);
  return NULL;
}

void
liaison_json_value_from_node (JsonNode     *node,
                              GPtrArray    *owned,
                              LiaisonValue *value)
{
  value->text = NULL;

  if (node == NULL)
    {
      value->kind = LIAISON_VALUE_ABSENT;
      return;
    }

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      value->kind = LIAISON_VALUE_OBJECT;
      return;
    case JSON_NODE_ARRAY:
      value->kind = LIAISON_VALUE_ARRAY;
      return;
    case JSON_NODE_NULL:
      value->kind = LIAISON_VALUE_NULL;
      return;
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      value->kind = LIAISON_VALUE_STRING;
      value->text = json_node_get_string (node);
      break;
    case G_TYPE_BOOLEAN:
      value->kind = LIAISON_VALUE_BOOLEAN;
      value->text = json_node_get_boolean (node) ? "true" : "false";
      break;
    default:
      {
        /* As json-glib writes it, which is how attributes keep it too. */
        char *text = json_to_string (node, FALSE);

        g_ptr_array_add (owned, text);
        value->kind = LIAISON_VALUE_NUMBER;
        value->text = text;
      }
      break;
    }
}

void
liaison_json_scan_error_propagate (GError      *scan_error,
                                   const char  *display_name,
                                   GError     **error)
{
  if (g_error_matches (scan_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, scan_error);
      return;
    }

  g_set_error (error, LIAISON_DATASET_ERROR,
               scan_error->code == LIAISON_JSON_SCAN_ERROR_LIMIT ? LIAISON_DATASET_ERROR_LIMIT
                                                                 : LIAISON_DATASET_ERROR_SYNTAX,
               scan_error->code == LIAISON_JSON_SCAN_ERROR_EMPTY ? "%s: %s" : "%s:%s",
               display_name, scan_error->message);
  g_error_free (scan_error);
}

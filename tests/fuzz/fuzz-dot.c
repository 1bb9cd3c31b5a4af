/* fuzz-dot.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the DOT front end: cgraph's parser, the walk over
 * what it read (labels, escapes, entities, charsets, clusters) and the
 * JSON the layout worker hands over, read into the builder. Whatever
 * loads has as many entities and relations as cgraph read nodes and
 * edges, and every string in it is UTF-8.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "fuzz-common.h"
#include "liaison-entity.h"
#include "liaison-import-dot.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) messages = g_string_new (NULL);
  LiaisonImportInput input = { .data = (const char *) data, .length = size, .display_name = "fuzz.gv" };
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  if (!liaison_import_dot_parse ((const char *) data, size, json, messages))
    {
      g_assert (messages->len > 0);
      return 0;
    }

  g_assert (g_utf8_validate (json->str, json->len, NULL));
  dataset = liaison_import_dot_read_parsed (&input, json->str, json->len, &error);
  if (!fuzz_assert_outcome (dataset, error, "fuzz.gv"))
    return 0;

  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);

      g_assert (g_utf8_validate (liaison_entity_get_label (entity), -1, NULL));
    }

  /* cgraph's own counts, from the same reading: a second agmemread()
   * in this process could meet the lexer as an earlier input left it.
   */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *graph;

    g_assert (json_parser_load_from_data (parser, json->str, json->len, NULL));
    graph = json_node_get_object (json_parser_get_root (parser));
    g_assert ((guint) json_object_get_int_member (graph, "n_nodes") == liaison_dataset_get_n_entities (dataset));
    g_assert ((guint) json_object_get_int_member (graph, "n_edges") == liaison_dataset_get_n_relations (dataset));
  }

  return 0;
}

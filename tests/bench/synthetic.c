/* synthetic.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "synthetic.h"

static const char *entity_types[] = { "company", "person", "government", "ministry", "media" };
static const char *relation_types[] = { "owns", "employs", "regulates", "supplies", "reports-on" };

GString *
synthetic_dataset_json (guint n_entities,
                        guint seed)
{
  return synthetic_graph_json (n_entities, n_entities * 2, seed);
}

GString *
synthetic_graph_json (guint n_entities,
                      guint n_relations,
                      guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *text = g_string_sized_new (n_entities * 80 + n_relations * 80);

  g_string_append (text, "{\n\"title\": \"Synthetic benchmark\",\n\"sources\": [{\"id\": \"s1\", \"title\": \"Source\"}],\n\"entities\": [\n");
  for (guint i = 0; i < n_entities; i++)
    {
      g_string_append_printf (text, "{\"id\":\"e%u\",\"label\":\"Entity %u\",\"type\":\"%s\"",
                              i, i, entity_types[g_rand_int_range (rand, 0, G_N_ELEMENTS (entity_types))]);
      if (i % 10 == 0)
        g_string_append_printf (text, ",\"aliases\":[\"E%u\"],\"evidence\":[{\"source\":\"s1\",\"quote\":\"entity %u is named\"}]", i, i);
      g_string_append (text, i + 1 < n_entities ? "},\n" : "}\n");
    }
  g_string_append (text, "],\n\"relations\": [\n");
  for (guint i = 0; i < n_relations; i++)
    {
      guint from = g_rand_int_range (rand, 0, n_entities);
      guint to = g_rand_int_range (rand, 0, n_entities);

      g_string_append_printf (text, "{\"from\":\"e%u\",\"to\":\"e%u\",\"type\":\"%s\",\"date\":\"%u-%02u\"",
                              from, to, relation_types[g_rand_int_range (rand, 0, G_N_ELEMENTS (relation_types))],
                              g_rand_int_range (rand, 1990, 2020), g_rand_int_range (rand, 1, 13));
      if (i % 10 == 0)
        g_string_append (text, ",\"evidence\":[{\"source\":\"s1\",\"quote\":\"said so\"}]");
      g_string_append (text, i + 1 < n_relations ? "},\n" : "}\n");
    }
  g_string_append (text, "]\n}\n");

  return text;
}

/* The planted relations go where the random ones end, dated and typed like
 * them; their ends are random entities past the two hubs.
 */
GString *
synthetic_hubs_json (guint n_entities,
                     guint n_spokes,
                     guint n_fan,
                     guint seed)
{
  GString *text = synthetic_dataset_json (n_entities, seed);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 1);
  gsize end;

  g_return_val_if_fail (n_entities > 2, text);

  end = text->len - strlen ("]\n}\n");
  g_assert (g_str_has_suffix (text->str, "]\n}\n"));
  g_string_truncate (text, end - 1);

  for (guint i = 0; i < n_spokes; i++)
    g_string_append_printf (text, ",\n{\"from\":\"e0\",\"to\":\"e%u\",\"type\":\"owns\",\"date\":\"2019-01\"}",
                            g_rand_int_range (rand, 2, n_entities));
  for (guint i = 0; i < n_fan; i++)
    {
      guint spoke = g_rand_int_range (rand, 2, n_entities);

      g_string_append_printf (text, ",\n{\"from\":\"e1\",\"to\":\"e%u\",\"type\":\"employs\",\"date\":\"2019-02\"}",
                              spoke);
      for (guint j = 0; j < n_fan; j++)
        g_string_append_printf (text, ",\n{\"from\":\"e%u\",\"to\":\"e%u\",\"type\":\"supplies\",\"date\":\"2019-03\"}",
                                spoke, g_rand_int_range (rand, 2, n_entities));
    }
  g_string_append (text, "\n]\n}\n");

  return text;
}

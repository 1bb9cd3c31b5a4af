/* test-import-dot.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-dataset.h"
#include "liaison-entity.h"
#include "liaison-import-dot.h"
#include "liaison-test-util.h"

/* The files load through the loader, and so through the layout worker's
 * --read-dot.
 */

static LiaisonEntity *
entity (LiaisonDataset *dataset,
        const char     *id)
{
  LiaisonEntity *found = liaison_dataset_lookup_entity (dataset, id);

  g_assert_nonnull (found);
  return found;
}

static void
test_multi_edges (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("dot", "multi-edges.gv");
  const LiaisonRelation *relation;
  guint n_between = 0;
  guint n_loops = 0;

  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "Who supplies Suppliers");

  /* Clusters are no entities. */
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 4);
  g_assert_null (liaison_dataset_lookup_entity (dataset, "cluster_china"));
  g_assert_cmpstr (liaison_test_label_of (dataset, "huawei"), ==, "Huawei\nTechnologies");
  g_assert_cmpstr (liaison_test_label_of (dataset, "zte"), ==, "zte (中兴)");
  g_assert_cmpstr (liaison_test_label_of (dataset, "kddi"), ==, "kddi");
  /* A default type from "node [type = …]", and one of a node's own. */
  g_assert_cmpstr (liaison_entity_get_entity_type (entity (dataset, "kddi")), ==, "company");
  g_assert_cmpstr (liaison_entity_get_entity_type (entity (dataset, "ren")), ==, "person");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "founded"), ==, "\"1987\"");
  /* The innermost cluster. */
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "cluster"), ==, "\"cluster_shenzhen\"");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "zte", "cluster"), ==, "\"cluster_china\"");
  g_assert_null (liaison_test_entity_attribute (dataset, "kddi", "cluster"));

  /* As many relations as cgraph reads edges. */
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 4);
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      relation = liaison_dataset_get_relation (dataset, i);
      g_assert_true (relation->directed);
      if (relation->from == relation->to)
        {
          n_loops++;
          g_assert_cmpstr (relation->label, ==, "huawei->huawei");
        }
      else if (g_str_equal (liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->to)), "zte"))
        n_between++;
    }
  g_assert_cmpuint (n_between, ==, 2);
  g_assert_cmpuint (n_loops, ==, 1);

  relation = liaison_dataset_lookup_relation (dataset, "founded");
  g_assert_nonnull (relation);
  g_assert_cmpstr (relation->type, ==, "founder");
  g_assert_cmpstr (relation->date, ==, "1987");
}

static void
test_strict (void)
{
  g_autoptr(LiaisonDataset) strict = liaison_test_load_data_valid ("dot", "strict.gv");
  g_autoptr(LiaisonDataset) concentrated = liaison_test_load_data_valid ("dot", "concentrate.gv");

  /* A strict graph has merged its parallel edges and its loops. */
  g_assert_cmpuint (liaison_dataset_get_n_relations (strict), ==, 2);
  g_assert_false (liaison_dataset_get_relation (strict, 0)->directed);
  /* "concentrate" is for drawing: it merges nothing. */
  g_assert_cmpuint (liaison_dataset_get_n_relations (concentrated), ==, 3);
}

static void
test_labels (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("dot", "labels.gv");

  /* Markup never reaches the dataset: its text does. */
  g_assert_cmpstr (liaison_test_label_of (dataset, "html"), ==, "Bold & italic\nsecond\u00a0line <x>");
  g_assert_cmpstr (liaison_test_label_of (dataset, "rec"), ==, "left\nmid dle\nright {x}");
  g_assert_cmpstr (liaison_test_label_of (dataset, "esc"), ==, "first\nsecond\nthird");
  g_assert_cmpstr (liaison_test_label_of (dataset, "amp"), ==, "AT&T ☺");
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 0)->label, ==, "red");
}

static void
test_latin1 (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("dot", "latin1.gv");

  g_assert_cmpstr (liaison_test_label_of (dataset, "Café"), ==, "Crème brûlée");
  g_assert_cmpstr (liaison_test_label_of (dataset, "Naïve"), ==, "Naïve");
}

static void
test_positions (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("dot", "positions.gv");
  double x = 0, y = 0;

  /* DOT's y points up, as Liaison's does. */
  g_assert_true (liaison_dataset_has_positions (dataset));
  g_assert_true (liaison_entity_get_position (entity (dataset, "b"), &x, &y));
  g_assert_cmpfloat (x, ==, 30.5);
  g_assert_cmpfloat (y, ==, -4);
  g_assert_null (liaison_test_entity_attribute (dataset, "a", "pos"));
}

typedef struct
{
  const char *file;
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  { "syntax-error.gv", "syntax-error.gv:3: syntax error near '->'" },
  { "not-utf8.gv", "not-utf8.gv:3:4: the text is not UTF-8 (a Latin-1 file says so with charset=latin1)" },
  { "html-attribute-not-utf8.gv",
    "html-attribute-not-utf8.gv:1:26: the text is not UTF-8 (a Latin-1 file says so with charset=latin1)" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data ("dot", bad->file, &error);

  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, bad->message);
}

/* cgraph in this process, as the fuzz harness calls it: it is left as
 * it was found, a bad file after a good one and a good one after a bad.
 */
static void
test_parse_in_process (void)
{
  static const char good[] = "digraph { a -> b; a -> b }";
  static const char bad[] = "digraph {\n\n a -> -> b }";
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) messages = g_string_new (NULL);

  g_assert_true (liaison_import_dot_parse (good, sizeof good - 1, json, messages));
  g_assert_true (g_str_has_prefix (json->str, "{\"directed\":true,"));
  g_assert_cmpstr (messages->str, ==, "");

  g_string_truncate (json, 0);
  g_assert_false (liaison_import_dot_parse (bad, sizeof bad - 1, json, messages));
  g_assert_cmpstr (messages->str, ==, "3\tsyntax error near '->'\n");

  g_string_truncate (messages, 0);
  g_assert_true (liaison_import_dot_parse (good, sizeof good - 1, json, messages));
  g_assert_cmpstr (messages->str, ==, "");

  /* What follows the first graph is not left for the next file. */
  g_string_truncate (json, 0);
  g_assert_true (liaison_import_dot_parse ("graph {a}shape=record", 21, json, messages));
  g_string_truncate (json, 0);
  g_assert_true (liaison_import_dot_parse (good, sizeof good - 1, json, messages));
  g_assert_cmpstr (messages->str, ==, "");
  g_assert_nonnull (strstr (json->str, "\"id\":\"b\""));

  /* A NUL would cut cgraph's reading short. */
  g_assert_false (liaison_import_dot_parse ("graph {a}\0b", 11, json, messages));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-dot/multi-edges", test_multi_edges);
  g_test_add_func ("/import-dot/strict", test_strict);
  g_test_add_func ("/import-dot/labels", test_labels);
  g_test_add_func ("/import-dot/latin1", test_latin1);
  g_test_add_func ("/import-dot/positions", test_positions);
  g_test_add_func ("/import-dot/parse-in-process", test_parse_in_process);
  liaison_test_add_file_cases ("/import-dot/bad", bad_cases, sizeof bad_cases[0], G_N_ELEMENTS (bad_cases), test_bad);

  return g_test_run ();
}

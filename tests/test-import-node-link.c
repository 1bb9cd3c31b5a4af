/* test-import-node-link.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-dataset-loader.h"
#include "liaison-dataset.h"
#include "liaison-entity.h"
#include "liaison-test-util.h"

static const char *
type_of (LiaisonDataset *dataset,
         const char     *id)
{
  return liaison_entity_get_entity_type (liaison_dataset_lookup_entity (dataset, id));
}

static void
assert_position (LiaisonDataset *dataset,
                 const char     *id,
                 double          x,
                 double          y)
{
  double px = 0, py = 0;

  g_assert_true (liaison_entity_get_position (liaison_dataset_lookup_entity (dataset, id), &px, &py));
  g_assert_cmpfloat (px, ==, x);
  g_assert_cmpfloat (py, ==, y);
}

static void
test_cytoscape_elements (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("node-link", "cytoscape-elements.cyjs");
  const LiaisonRelation *relation;

  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "Suppliers");
  /* "china" is a compound parent no element declares: an entity all the same. */
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 4);
  g_assert_cmpstr (liaison_test_label_of (dataset, "china"), ==, "china");
  g_assert_cmpstr (liaison_test_label_of (dataset, "kddi"), ==, "KDDI");
  g_assert_cmpstr (liaison_test_label_of (dataset, "huawei"), ==, "Huawei");
  g_assert_cmpstr (type_of (dataset, "huawei"), ==, "company");
  /* The children keep their parent; a name that does not label is kept. */
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "kddi", "parent"), ==, "\"japan\"");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "parent"), ==, "\"china\"");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "name"), ==, "\"华为技术\"");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "kddi", "SUID"), ==, "52");

  /* Cytoscape's y points down; Liaison's, as Graphviz's, up. */
  assert_position (dataset, "kddi", 100, -50);
  assert_position (dataset, "huawei", -80.5, -20);
  /* A parent the file does not place is drawn above its children: then
   * every entity has a place, and the file's layout is the one shown.
   */
  assert_position (dataset, "china", -80.5, -20 + 72);
  g_assert_true (liaison_dataset_has_positions (dataset));

  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 3);
  relation = liaison_dataset_lookup_relation (dataset, "e1");
  g_assert_cmpstr (relation->type, ==, "supplies");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "2");
  relation = liaison_dataset_lookup_relation (dataset, "e2");
  g_assert_cmpstr (relation->label, ==, "competes with");
  g_assert_false (relation->directed);
  relation = liaison_dataset_lookup_relation (dataset, "e3");
  g_assert_cmpuint (relation->from, ==, relation->to);
  g_assert_cmpstr (relation->type, ==, "owns");
}

static void
test_cytoscape_flat (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("node-link", "cytoscape-flat.json");

  /* The edge listed before its nodes is read after them. */
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 2);
  g_assert_cmpstr (liaison_test_label_of (dataset, "a"), ==, "Alpha");
  g_assert_cmpstr (liaison_test_label_of (dataset, "b"), ==, "b");
  g_assert_cmpstr (liaison_dataset_lookup_relation (dataset, "ba")->label, ==, "back");
  g_assert_false (liaison_dataset_has_positions (dataset));
}

static void
test_jgf_two_graphs (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("node-link", "jgf-two-graphs.json");
  const LiaisonRelation *relation;

  /* The first graph only, and a note that says so. */
  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "First");
  g_assert_cmpstrv (liaison_dataset_get_notes (dataset),
                    ((const char *[]) { "jgf-two-graphs.json: the file has 2 graphs; only the first is read",
                                        NULL }));
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_null (liaison_dataset_lookup_entity (dataset, "z"));
  g_assert_cmpstr (type_of (dataset, "a"), ==, "person");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "a", "born"), ==, "1970");

  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 2);
  relation = liaison_dataset_get_relation (dataset, 0);
  g_assert_cmpstr (relation->type, ==, "knows");
  g_assert_cmpstr (relation->date, ==, "2019-05");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "0.5");
  /* The graph's "directed", unless the edge says otherwise. */
  g_assert_false (relation->directed);
  g_assert_true (liaison_dataset_get_relation (dataset, 1)->directed);
}

static void
test_jgf_v2 (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("node-link", "jgf-v2.json");
  const LiaisonRelation *relation;

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpstr (liaison_test_label_of (dataset, "東京"), ==, "東京都");
  g_assert_cmpstr (type_of (dataset, "東京"), ==, "city");
  g_assert_cmpstr (liaison_test_label_of (dataset, "osaka"), ==, "osaka");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "osaka", "population"), ==, "2700000");

  relation = liaison_dataset_lookup_relation (dataset, "x1");
  g_assert_cmpstr (relation->label, ==, "train");
  g_assert_cmpstr (relation->type, ==, "route");
}

static void
test_jgf_hyperedges (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data ("node-link", "jgf-hyperedges.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "jgf-hyperedges.json: graph.hyperedges: a hyperedge joins more than two nodes, "
                   "and a relation joins two; Liaison cannot read graphs with hyperedges");
}

static void
test_d3_indices (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("node-link", "d3-indices.json");
  const LiaisonRelation *relation;

  /* Without ids, a node is its place in the list. */
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 3);
  g_assert_cmpstr (liaison_test_label_of (dataset, "0"), ==, "Myriel");
  g_assert_cmpstr (liaison_test_label_of (dataset, "2"), ==, "Mlle.Baptistine");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "1", "group"), ==, "1");

  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 3);
  relation = liaison_dataset_get_relation (dataset, 1);
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_get_entity (dataset, relation->from)), ==,
                   "Mlle.Baptistine");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "value"), ==, "8");
  relation = liaison_dataset_get_relation (dataset, 2);
  g_assert_cmpuint (relation->from, ==, relation->to);
}

static void
test_d3_ids (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("node-link", "d3-ids.json");
  const LiaisonRelation *relation;

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpstr (liaison_test_label_of (dataset, "a"), ==, "Alpha");
  g_assert_cmpstr (type_of (dataset, "a"), ==, "person");
  /* An integer id is the id "7", and an endpoint 7 names it. */
  g_assert_cmpstr (liaison_test_label_of (dataset, "7"), ==, "Seven");
  /* What a simulation adds is not kept as attributes; the place is. */
  g_assert_null (liaison_test_entity_attribute (dataset, "a", "x"));
  assert_position (dataset, "7", 30, 5);
  g_assert_true (liaison_dataset_has_positions (dataset));

  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 3);
  relation = liaison_dataset_get_relation (dataset, 0);
  g_assert_cmpstr (relation->label, ==, "knows");
  g_assert_false (relation->directed);
  relation = liaison_dataset_get_relation (dataset, 2);
  g_assert_cmpstr (relation->type, ==, "replies");
  g_assert_true (relation->directed);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->from)), ==, "7");
}

/* What NetworkX writes: node_link_data() with "graph" beside "nodes"
 * (d3's form, not JGF) and "edges", and cytoscape_data().
 */
static void
test_networkx (void)
{
  g_autoptr(LiaisonDataset) node_link = liaison_test_load_data_valid ("node-link", "networkx-node-link.json");
  g_autoptr(LiaisonDataset) cytoscape = liaison_test_load_data_valid ("node-link", "networkx-cytoscape.json");
  const LiaisonRelation *relation;

  g_assert_cmpstr (liaison_dataset_get_title (node_link), ==, "Zachary's Karate Club");
  g_assert_cmpuint (liaison_dataset_get_n_entities (node_link), ==, 3);
  g_assert_cmpuint (liaison_dataset_get_n_relations (node_link), ==, 2);
  g_assert_cmpstr (liaison_test_entity_attribute (node_link, "2", "club"), ==, "\"Officer\"");
  relation = liaison_dataset_get_relation (node_link, 1);
  g_assert_false (relation->directed);
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "5");

  g_assert_cmpuint (liaison_dataset_get_n_entities (cytoscape), ==, 2);
  g_assert_cmpuint (liaison_dataset_get_n_relations (cytoscape), ==, 1);
  /* The graph's "directed": false holds for its edges. */
  g_assert_false (liaison_dataset_get_relation (cytoscape, 0)->directed);
}

typedef struct
{
  const char *json;
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  /* The pre-scan guards these formats as it does Liaison's own. */
  { "{\"nodes\": [{\"id\": 1}], \"links\": [}", "bad.json:1:34: " },
  { "{\"elements\": {\"nodes\": [{\"data\": {\"label\": \"x\"}}]}}",
    "bad.json: elements.nodes[0]: “id” is missing" },
  { "{\"graph\": {\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}}",
    "bad.json: graph.edges[0].to: unknown entity \"b\" (did you mean \"a\"?)" },
  { "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": 5}]}",
    "bad.json: links[0].to: unknown entity \"5\"" },
  { "{\"nodes\": [3], \"links\": []}",
    "bad.json: nodes[0]: expected an object, found a number (3)" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (bad->json, strlen (bad->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_dataset_load_bytes (bytes, "bad.json", NULL, NULL, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, bad->message));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-node-link/cytoscape/elements", test_cytoscape_elements);
  g_test_add_func ("/import-node-link/cytoscape/flat", test_cytoscape_flat);
  g_test_add_func ("/import-node-link/jgf/two-graphs", test_jgf_two_graphs);
  g_test_add_func ("/import-node-link/jgf/v2", test_jgf_v2);
  g_test_add_func ("/import-node-link/jgf/hyperedges", test_jgf_hyperedges);
  g_test_add_func ("/import-node-link/d3/indices", test_d3_indices);
  g_test_add_func ("/import-node-link/d3/ids", test_d3_ids);
  g_test_add_func ("/import-node-link/networkx", test_networkx);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import-node-link/bad/%u", i);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  return g_test_run ();
}

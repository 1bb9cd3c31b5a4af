/* test-import-xml.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GraphML and GEXF as the tools that write them do, and XML written to
 * hurt: what a researcher sees of each.
 */

#include "config.h"

#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-dataset.h"
#include "liaison-entity.h"
#include "liaison-test-util.h"

static LiaisonDataset *
load_text (const char               *text,
           gssize                    length,
           const char               *name,
           const LiaisonLoadLimits  *limits,
           GError                  **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length >= 0 ? (gsize) length : strlen (text));

  return liaison_dataset_load_bytes (bytes, name, limits, NULL, error);
}

static void
assert_entity (LiaisonDataset *dataset,
               const char     *id,
               const char     *label,
               const char     *type)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);

  g_assert_nonnull (entity);
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, label);
  g_assert_cmpstr (liaison_entity_get_entity_type (entity), ==, type);
}

static void
assert_position (LiaisonDataset *dataset,
                 const char     *id,
                 double          x,
                 double          y)
{
  double ex, ey;

  g_assert_true (liaison_entity_get_position (liaison_dataset_lookup_entity (dataset, id), &ex, &ey));
  g_assert_cmpfloat_with_epsilon (ex, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (ey, y, 1e-9);
}

static void
assert_relation (const LiaisonRelation *relation,
                 LiaisonDataset        *dataset,
                 const char            *id,
                 const char            *from,
                 const char            *to,
                 gboolean               directed)
{
  g_assert_cmpstr (relation->id, ==, id);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->from)), ==, from);
  g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (dataset, relation->to)), ==, to);
  g_assert_cmpint (relation->directed, ==, directed);
}

/* NetworkX and LightRAG: keys with types and defaults, an undirected
 * graph with one directed edge, parallel edges both ways, a self-loop,
 * an edge before its nodes, CJK ids.
 */
static void
test_graphml_networkx (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("graphml", "networkx.graphml");
  const LiaisonRelation *relation;

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 3);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 6);
  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "Huawei in Japan");

  /* No label: the id names the entity; no type: the key's default. */
  assert_entity (dataset, "huawei", "huawei", "organisation");
  assert_entity (dataset, "kddi", "kddi", "company");
  assert_entity (dataset, "任正非", "任正非", "person");
  g_assert_cmpstr (liaison_entity_get_description (liaison_dataset_lookup_entity (dataset, "huawei")), ==,
                   "Chinese maker of telecom equipment");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "founded"), ==, "1987");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "listed"), ==, "false");
  g_assert_null (liaison_test_entity_attribute (dataset, "huawei", "entity_type"));
  g_assert_false (liaison_dataset_has_positions (dataset));

  relation = liaison_dataset_get_relation (dataset, 0);
  assert_relation (relation, dataset, "e0", "huawei", "kddi", FALSE);
  g_assert_cmpstr (relation->type, ==, "supplies");
  g_assert_cmpstr (relation->date, ==, "2019-09-03");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "2.5");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "keywords"), ==, "\"supply, 5G\"");

  assert_relation (liaison_dataset_get_relation (dataset, 1), dataset, "relation-2", "任正非", "huawei", TRUE);
  /* In an undirected graph, A–B and B–A stay two relations, as do
   * parallel ones.
   */
  assert_relation (liaison_dataset_get_relation (dataset, 2), dataset, "relation-3", "kddi", "huawei", FALSE);
  assert_relation (liaison_dataset_get_relation (dataset, 3), dataset, "relation-4", "huawei", "kddi", FALSE);
  assert_relation (liaison_dataset_get_relation (dataset, 4), dataset, "relation-5", "huawei", "kddi", FALSE);
  assert_relation (liaison_dataset_get_relation (dataset, 5), dataset, "relation-6", "kddi", "kddi", FALSE);
  g_assert_null (liaison_dataset_get_notes (dataset)[0]);
}

/* yEd: labels and boxes in its own namespace, a group with a nested graph
 * and two realizers, an edge label.
 */
static void
test_graphml_yed (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("graphml", "yed.graphml");
  const char * const *notes;

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 4);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 2);
  assert_entity (dataset, "n0", "Huawei", NULL);
  assert_entity (dataset, "n1", "Carriers", NULL);
  assert_entity (dataset, "n1::n0", "KDDI", NULL);
  assert_entity (dataset, "n1::n1", "SoftBank", NULL);
  g_assert_cmpstr (liaison_entity_get_description (liaison_dataset_lookup_entity (dataset, "n1")), ==,
                   "Japanese carriers");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "n1::n0", "parent"), ==, "\"n1\"");
  g_assert_null (liaison_test_entity_attribute (dataset, "n0", "parent"));

  /* The centre of each box; yEd's y grows downwards, Liaison's upwards. */
  g_assert_true (liaison_dataset_has_positions (dataset));
  assert_position (dataset, "n0", 130, -215);
  assert_position (dataset, "n1", 400, -50);
  assert_position (dataset, "n1::n1", 435, -55);

  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 0)->label, ==, "supplies");
  g_assert_null (liaison_dataset_get_relation (dataset, 1)->label);
  assert_relation (liaison_dataset_get_relation (dataset, 0), dataset, "e0", "n0", "n1::n0", TRUE);

  notes = liaison_dataset_get_notes (dataset);
  g_assert_cmpstr (notes[0], ==, "yed.graphml: 2 nodes of nested graphs are read as entities with a "
                                 "“parent” attribute naming the node they are in");
  g_assert_null (notes[1]);
}

static void
test_graphml_positions (void)
{
  static const char text[] =
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"float\"/>\n"
    "<key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"float\"/>\n"
    "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "<key id=\"edgelabel\" for=\"edge\" attr.name=\"Edge Label\" attr.type=\"string\"/>\n"
    "<graph edgedefault=\"directed\">\n"
    "<node id=\"a\"><data key=\"l\">A</data><data key=\"x\">-1.5</data><data key=\"y\">2e2</data></node>\n"
    "<node id=\"b\"><data key=\"x\">3</data><data key=\"y\">4</data></node>\n"
    "<edge source=\"a\" target=\"b\"><data key=\"edgelabel\">knows</data></edge>\n"
    "</graph></graphml>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_text (text, -1, "gephi.graphml", NULL, &error);

  g_assert_no_error (error);
  assert_entity (dataset, "a", "A", NULL);
  assert_position (dataset, "a", -1.5, 200);
  assert_position (dataset, "b", 3, 4);
  /* Kept as attributes too, so that an export gives them back. */
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "a", "x"), ==, "-1.5");
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 0)->label, ==, "knows");
}

static void
test_graphml_two_graphs (void)
{
  static const char text[] =
    "<?xml version=\"1.0\"?>\n"
    "<graphml>\n"
    "  <graph edgedefault=\"undirected\">\n"
    "    <node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>\n"
    "  </graph>\n"
    "  <graph edgedefault=\"undirected\">\n"
    "    <node id=\"c\"/>\n"
    "  </graph>\n"
    "  <graph/>\n"
    "</graphml>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_text (text, -1, "two.xml", NULL, &error);
  const char * const *notes;

  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 1);
  notes = liaison_dataset_get_notes (dataset);
  g_assert_cmpstr (notes[0], ==, "two.xml:6: only the first of 3 graphs is read");
}

typedef struct
{
  const char *name;
  const char *text;
  const char *message;
} Refused;

static void
check_refused (const Refused           *cases,
               guint                    n_cases,
               const LiaisonLoadLimits *limits)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LiaisonDataset) dataset = NULL;
      gint64 start = g_get_monotonic_time ();

      dataset = load_text (cases[i].text, -1, cases[i].name, limits, &error);
      g_assert_null (dataset);
      g_assert_nonnull (error);
      if (g_strcmp0 (error->message, cases[i].message) != 0)
        g_error ("%s: %s\nexpected %s", cases[i].name, error->message, cases[i].message);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
    }
}

static void
test_graphml_refused (void)
{
  static const Refused cases[] = {
    { "hyperedge.graphml",
      "<graphml>\n<graph>\n<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>\n"
      "<hyperedge><endpoint node=\"a\"/><endpoint node=\"b\"/><endpoint node=\"c\"/></hyperedge>\n"
      "</graph></graphml>",
      "hyperedge.graphml:4: hyperedges (relations among more than two nodes) are not supported: "
      "make each a node with an edge to every node it joins" },
    { "unknown.graphml",
      "<graphml>\n<graph>\n<node id=\"huawei\"/>\n<edge source=\"huawei\" target=\"huwei\"/>\n</graph></graphml>",
      "unknown.graphml:4: to: unknown entity \"huwei\" (did you mean \"huawei\"?)" },
    { "duplicate.graphml",
      "<graphml>\n<graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>",
      "duplicate.graphml:4: id: the id \"a\" is already used on line 3" },
    { "no-source.graphml",
      "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge target=\"a\"/>\n</graph></graphml>",
      "no-source.graphml:4: “source” is missing" },
    { "bad-date.graphml",
      "<graphml><key id=\"d\" for=\"edge\" attr.name=\"date\"/>\n<graph>\n<node id=\"a\"/>\n"
      "<edge source=\"a\" target=\"a\"><data key=\"d\">3 Sept 2019</data></edge>\n</graph></graphml>",
      "bad-date.graphml:4: date: \"3 Sept 2019\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)" },
    { "no-graph.graphml", "<graphml><key id=\"d\"/></graphml>",
      "no-graph.graphml: there is no <graph> in this GraphML file" },
    { "svg.graphml", "<?xml version=\"1.0\"?>\n<svg><g/></svg>",
      "svg.graphml:2: the document is <svg>, not GraphML’s <graphml>" },
  };

  check_refused (cases, G_N_ELEMENTS (cases), NULL);
}

/* The same graph in every version of GEXF and both namespaces. */
static void
test_gexf_versions (void)
{
  static const struct {
    const char *name;
    guint       n_entities;
    guint       n_relations;
  } files[] = {
    { "gephi-1.3.gexf", 3, 5 },
    { "www-1.3.gexf", 3, 5 },
    { "gephi-1.2draft.gexf", 2, 2 },
    { "gephi-1.1draft.gexf", 2, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("gexf", files[i].name);

      g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, files[i].n_entities);
      g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, files[i].n_relations);
    }
}

static void
check_gephi_1_3 (const char *name)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("gexf", name);
  const LiaisonRelation *relation;

  g_assert_cmpstr (liaison_dataset_get_title (dataset), ==, "Huawei in Japan");
  g_assert_cmpstr (liaison_dataset_get_description (dataset), ==, "Suppliers and carriers");

  /* Types from an attribute titled "type", with its default. */
  assert_entity (dataset, "huawei", "Huawei Technologies", "company");
  assert_entity (dataset, "kddi", "KDDI", "company");
  assert_entity (dataset, "ren", "任正非", "person");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "Modularity Class"), ==, "0");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "founded"), ==, "1987");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "size"), ==, "20.5");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "huawei", "color"), ==, "\"#ff003380\"");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "kddi", "color"), ==, "\"#3366ff\"");
  g_assert_cmpstr (liaison_test_entity_attribute (dataset, "kddi", "shape"), ==, "\"disc\"");
  g_assert_true (liaison_dataset_has_positions (dataset));
  assert_position (dataset, "huawei", -120.5, 80.25);
  assert_position (dataset, "kddi", 100, -50);

  relation = liaison_dataset_get_relation (dataset, 0);
  assert_relation (relation, dataset, "e0", "huawei", "kddi", TRUE);
  g_assert_cmpstr (relation->type, ==, "supplies");
  g_assert_cmpstr (relation->label, ==, "supplies 5G");
  g_assert_cmpstr (relation->date, ==, "2019-09-03");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "2.0");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "end"), ==, "\"2020-01\"");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "source_id"), ==, "\"chunk-1\"");
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 1)->date, ==, "1987");
  assert_relation (liaison_dataset_get_relation (dataset, 2), dataset, "e2", "kddi", "huawei", FALSE);
  assert_relation (liaison_dataset_get_relation (dataset, 3), dataset, "e3", "kddi", "huawei", FALSE);
  assert_relation (liaison_dataset_get_relation (dataset, 4), dataset, "e4", "huawei", "huawei", TRUE);
}

static void
test_gexf_mapping (void)
{
  check_gephi_1_3 ("gephi-1.3.gexf");
  check_gephi_1_3 ("www-1.3.gexf");
}

/* Times that are numbers are not dates; defaults of edge attributes. */
static void
test_gexf_draft (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_data_valid ("gexf", "gephi-1.2draft.gexf");
  g_autoptr(LiaisonDataset) old = liaison_test_load_data_valid ("gexf", "gephi-1.1draft.gexf");
  const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, 0);

  g_assert_cmpstr (relation->type, ==, "knows");
  g_assert_null (relation->date);
  g_assert_false (relation->directed);
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "start"), ==, "1.5");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "confidence"), ==, "0.5");
  g_assert_cmpstr (liaison_test_relation_attribute (liaison_dataset_get_relation (dataset, 1), "confidence"), ==, "0.9");

  g_assert_cmpstr (liaison_test_entity_attribute (old, "0", "frog"), ==, "false");
  g_assert_cmpstr (liaison_test_entity_attribute (old, "1", "frog"), ==, "true");
  g_assert_cmpstr (liaison_test_entity_attribute (old, "0", "url"), ==, "\"http://gephi.org\"");
  g_assert_true (liaison_dataset_get_relation (old, 0)->directed);
  g_assert_false (liaison_dataset_has_positions (old));
}

#define LAUGHS \
  "<!DOCTYPE lolz [\n" \
  " <!ENTITY lol \"lol\">\n" \
  " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n" \
  " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n" \
  " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n" \
  " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n" \
  " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n" \
  " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n" \
  " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n" \
  " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n" \
  " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n" \
  "]>\n"

#define ENTITIES_REFUSED \
  "the DOCTYPE declares entities, which Liaison does not read (a few of them can make a small file " \
  "expand to gigabytes); remove the <!ENTITY …> declarations"

static void
test_hostile (void)
{
  static const Refused cases[] = {
    { "laughs.graphml", "<?xml version=\"1.0\"?>\n" LAUGHS "<graphml><graph><node id=\"&lol9;\"/></graph></graphml>",
      "laughs.graphml:3:2: " ENTITIES_REFUSED },
    { "laughs.gexf", LAUGHS "<gexf><graph><nodes><node id=\"a\" label=\"&lol9;\"/></nodes></graph></gexf>",
      "laughs.gexf:2:2: " ENTITIES_REFUSED },
    { "external.graphml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!-- ] > -->\n"
      "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
      "<graphml><graph><node id=\"&secret;\"/></graph></graphml>",
      "external.graphml:4:3: " ENTITIES_REFUSED },
    { "parameter.gexf",
      "<!DOCTYPE gexf [ <!ENTITY % remote SYSTEM \"http://example.com/evil.dtd\"> %remote; ]>\n<gexf/>",
      "parameter.gexf:1:18: " ENTITIES_REFUSED },
    { "undeclared.graphml", "<graphml>\n<graph>\n<node id=\"&nbsp;\"/></graph></graphml>",
      "undeclared.graphml:3:17: an entity that is not one of XML’s own: write “&” as “&amp;” "
      "(Entity 'nbsp' not defined)" },
    { "invalid-utf8.graphml", "<graphml>\n<graph>\n<node id=\"caf\xE9\"/></graph></graphml>",
      "invalid-utf8.graphml:3:14: the text is not valid UTF-8 (0xE9)" },
    { "truncated.graphml", "<graphml>\n<graph>\n<node id=\"a\"/>\n<node id=\"b",
      "truncated.graphml:4:12: the file ends before the XML is complete" },
    { "unclosed.gexf", "<gexf>\n<graph>\n<nodes>\n<node id=\"a\"/>\n",
      "unclosed.gexf:5:1: the file ends before the XML is complete" },
    { "mismatched.graphml", "<graphml>\n<graph>\n</node>\n</graphml>",
      "mismatched.graphml:3:8: the XML is not well-formed: Opening and ending tag mismatch: graph line 2 and node" },
    { "empty.graphml", "", "empty.graphml: the file is empty" },
    { "text.gexf", "hello", "text.gexf:1:1: this is not XML: there is no element in it" },
  };

  check_refused (cases, G_N_ELEMENTS (cases), NULL);
}

/* A NUL byte, deep nesting and the limits of the loader. */
static void
test_hostile_limits (void)
{
  static const char nul[] = "<graphml>\n<graph>\0<node id=\"a\"/></graph></graphml>";
  g_autoptr(GString) deep = g_string_new ("<graphml><graph><node id=\"a\">");
  g_autoptr(GString) long_text = g_string_new ("<gexf><meta><title>");
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  LiaisonLoadLimits limits;

  dataset = load_text (nul, sizeof nul - 1, "nul.graphml", NULL, &error);
  g_assert_null (dataset);
  g_assert_cmpstr (error->message, ==, "nul.graphml:2:8: the file contains a NUL byte: it is binary, or not UTF-8 text");
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<data key=\"d\">");
  dataset = load_text (deep->str, deep->len, "deep.graphml", NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, "deep.graphml:1:"));
  g_assert_true (g_str_has_suffix (error->message, ": elements are nested more than 256 deep"));
  g_clear_error (&error);

  liaison_load_limits_init (&limits);
  limits.max_string_length = 1000;
  for (guint i = 0; i < 2000; i++)
    g_string_append_c (long_text, 'x');
  g_string_append (long_text, "</title></meta></gexf>");
  dataset = load_text (long_text->str, long_text->len, "long.gexf", &limits, &error);
  g_assert_null (dataset);
  g_assert_cmpstr (error->message, ==, "long.gexf:1: a text is longer than the limit of 1000 bytes");
  g_clear_error (&error);

  liaison_load_limits_init (&limits);
  limits.max_values = 5;
  {
    static const char many[] = "<graphml>\n<graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"c\"/>\n"
                               "<node id=\"d\"/>\n<node id=\"e\"/>\n<node id=\"f\"/>\n</graph></graphml>";

    dataset = load_text (many, -1, "many.graphml", &limits, &error);
    g_assert_null (dataset);
    g_assert_cmpstr (error->message, ==, "many.graphml:6: the file has more than 5 elements, the limit");
  }
}

/* A DOCTYPE that only names an external DTD is fine: it is never read. */
static void
test_external_dtd_is_not_read (void)
{
  static const char text[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE graphml SYSTEM \"http://graphml.graphdrawing.org/dtds/graphml.dtd\">\n"
    "<graphml><graph><node id=\"a\"/></graph></graphml>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_text (text, -1, "dtd.graphml", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 1);
}

/* An internal subset without entities is harmless: attribute lists and
 * comments, never applied.
 */
static void
test_internal_subset_without_entities (void)
{
  static const char text[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE graphml [\n"
    "  <!-- \"<!ENTITY\" in a comment declares nothing -->\n"
    "  <!ATTLIST node kind CDATA \"default\">\n"
    "]>\n"
    "<graphml><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_text (text, -1, "subset.graphml", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 1);
  g_assert_null (liaison_test_entity_attribute (dataset, "a", "kind"));
}

/* XML in another encoding, declared, reads as its text. */
static void
test_latin1 (void)
{
  static const char text[] =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
    "<gexf><graph><nodes><node id=\"a\" label=\"Caf\xE9\"/></nodes></graph></gexf>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load_text (text, -1, "latin1.gexf", NULL, &error);

  g_assert_no_error (error);
  assert_entity (dataset, "a", "Café", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-xml/graphml/networkx", test_graphml_networkx);
  g_test_add_func ("/import-xml/graphml/yed", test_graphml_yed);
  g_test_add_func ("/import-xml/graphml/positions", test_graphml_positions);
  g_test_add_func ("/import-xml/graphml/two-graphs", test_graphml_two_graphs);
  g_test_add_func ("/import-xml/graphml/refused", test_graphml_refused);
  g_test_add_func ("/import-xml/gexf/versions", test_gexf_versions);
  g_test_add_func ("/import-xml/gexf/mapping", test_gexf_mapping);
  g_test_add_func ("/import-xml/gexf/draft", test_gexf_draft);
  g_test_add_func ("/import-xml/hostile", test_hostile);
  g_test_add_func ("/import-xml/hostile-limits", test_hostile_limits);
  g_test_add_func ("/import-xml/external-dtd-is-not-read", test_external_dtd_is_not_read);
  g_test_add_func ("/import-xml/internal-subset-without-entities", test_internal_subset_without_entities);
  g_test_add_func ("/import-xml/latin1", test_latin1);

  return g_test_run ();
}

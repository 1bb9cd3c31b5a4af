/* test-import-csv.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "liaison-commands.h"
#include "liaison-csv-writer.h"
#include "liaison-dataset-loader.h"
#include "liaison-export.h"
#include "liaison-layout.h"
#include "liaison-dataset.h"
#include "liaison-entity.h"
#include "liaison-import-csv.h"
#include "liaison-test-util.h"

typedef struct
{
  char           *data;
  gsize           length;
  LiaisonCsvText  text;
} TestFile;

static void
test_file_read (TestFile   *file,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &file->data, &file->length, &error);
  g_assert_no_error (error);
  file->text.data = file->data;
  file->text.length = file->length;
  file->text.display_name = name;
}

static void
test_file_clear (TestFile *file)
{
  g_clear_pointer (&file->data, g_free);
}

/* The dataset in @edges, with @nodes (or none), or NULL and the message. */
static LiaisonDataset *
load (const char  *edges,
      const char  *nodes,
      GError     **error)
{
  TestFile edge_file = { NULL }, node_file = { NULL };
  LiaisonDataset *dataset;

  test_file_read (&edge_file, edges);
  if (nodes != NULL)
    test_file_read (&node_file, nodes);

  {
    LiaisonImportInput input = {
      .data = edge_file.data,
      .length = edge_file.length,
      .display_name = edges,
    };

    dataset = liaison_import_csv (&input, nodes != NULL ? &node_file.text : NULL, error);
  }

  test_file_clear (&edge_file);
  test_file_clear (&node_file);
  return dataset;
}

static LiaisonDataset *
load_valid (const char *edges,
            const char *nodes)
{
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset = load (edges, nodes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static char *
load_error (const char *edges,
            const char *nodes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = load (edges, nodes, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static const char *
entity_attribute (LiaisonEntity *entity,
                  const char    *key)
{
  guint n = 0;
  const LiaisonAttribute *attributes = liaison_entity_get_attributes (entity, &n);

  return liaison_test_attribute (attributes, n, key);
}

static const char *
entity_id (LiaisonDataset *dataset,
           guint           index)
{
  return liaison_entity_get_id (liaison_dataset_get_entity (dataset, index));
}

static void
test_edge_list (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("edge-list.csv", NULL);
  const LiaisonRelation *relation;
  LiaisonEntity *entity;

  /* Entities implied by the endpoints, in the order they first appear. */
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 5);
  g_assert_cmpstr (entity_id (dataset, 0), ==, "huawei");
  g_assert_cmpstr (entity_id (dataset, 1), ==, "zte");
  g_assert_cmpstr (entity_id (dataset, 2), ==, "ren-zhengfei");
  g_assert_cmpstr (entity_id (dataset, 3), ==, "华为");
  entity = liaison_dataset_lookup_entity (dataset, "中兴通讯");
  g_assert_nonnull (entity);
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, "中兴通讯");

  /* Two relations between the same entities stay two; a self-loop is one. */
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 5);
  relation = liaison_dataset_get_relation (dataset, 1);
  g_assert_cmpstr (relation->id, ==, "relation-2");
  g_assert_cmpstr (relation->label, ==, "competes with");
  g_assert_cmpstr (relation->type, ==, "competitor");
  g_assert_cmpstr (relation->date, ==, "2020");
  g_assert_true (relation->directed);
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "4.5");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "note"), ==, "\"second relation between the same two\"");

  relation = liaison_dataset_get_relation (dataset, 3);
  g_assert_cmpuint (relation->from, ==, relation->to);
  /* An empty cell is no attribute. */
  g_assert_null (liaison_test_relation_attribute (relation, "weight"));

  relation = liaison_dataset_get_relation (dataset, 4);
  g_assert_cmpstr (relation->label, ==, "竞争");
  g_assert_cmpstr (relation->date, ==, "2019-09-03");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "note"), ==, "\"中文\"");
}

static void
test_semicolon_bom (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("semicolon-bom.csv", NULL);
  const LiaisonRelation *relation;

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 3);
  /* The byte-order mark is not part of the first column's name. */
  g_assert_nonnull (liaison_dataset_lookup_relation (dataset, "r1"));
  /* The blank line and the row of empty cells are no relations. */
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 3);

  relation = liaison_dataset_lookup_relation (dataset, "r1");
  g_assert_cmpstr (relation->label, ==, "knows; well");
  g_assert_false (relation->directed);
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "comment"), ==, "\"two\\r\\nlines\"");

  relation = liaison_dataset_lookup_relation (dataset, "r2");
  g_assert_cmpstr (relation->label, ==, "says \"hi\"");
  g_assert_true (relation->directed);

  /* Spaces are the researcher's: kept. */
  relation = liaison_dataset_lookup_relation (dataset, "r3");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "comment"), ==, "\"  spaced  \"");
}

static void
test_tab_from_to (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("tab-from-to.csv", NULL);

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 3);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 2);
  /* Column names are matched whatever their case. */
  g_assert_cmpstr (liaison_dataset_get_relation (dataset, 1)->type, ==, "y");
}

static void
test_node_table (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("edges.csv", "nodes.csv");
  const LiaisonRelation *relation;
  LiaisonEntity *entity;

  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 4);
  g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, 3);
  g_assert_cmpuint (liaison_dataset_get_n_entity_types (dataset), ==, 2);

  entity = liaison_dataset_lookup_entity (dataset, "huawei");
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, "Huawei Technologies");
  g_assert_cmpstr (liaison_entity_get_entity_type (entity), ==, "company");
  g_assert_cmpstr (entity_attribute (entity, "country"), ==, "\"China\"");
  g_assert_cmpstr (entity_attribute (entity, "founded"), ==, "1987");
  /* Not a JSON number: kept as the text it is. */
  entity = liaison_dataset_lookup_entity (dataset, "kddi");
  g_assert_cmpstr (entity_attribute (entity, "founded"), ==, "\"0042\"");
  entity = liaison_dataset_lookup_entity (dataset, "ren-zhengfei");
  g_assert_null (entity_attribute (entity, "founded"));

  relation = liaison_dataset_lookup_relation (dataset, "e2");
  g_assert_false (relation->directed);
  g_assert_cmpstr (relation->type, ==, "competitor");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "weight"), ==, "2");
  relation = liaison_dataset_lookup_relation (dataset, "e3");
  g_assert_cmpstr (relation->date, ==, "2019-09");
}

static void
test_unknown_endpoint (void)
{
  g_autofree char *message = load_error ("edges-unknown-endpoint.csv", "nodes.csv");

  /* With a node table, an endpoint it lacks is a mistake, not an entity. */
  g_assert_cmpstr (message, ==,
                   "edges-unknown-endpoint.csv:4: to: unknown entity \"huwei\" (did you mean \"huawei\"?)");
}

static void
test_node_table_problem (void)
{
  g_autofree char *message = load_error ("edges.csv", "ragged.csv");

  /* A problem in the node table names the node table. */
  g_assert_cmpstr (message, ==, "ragged.csv:1: the node table has no “id” column");
}

static void
test_node_table_duplicate (void)
{
  g_autofree char *message = load_error ("tab-from-to.csv", "nodes-duplicate-id.csv");

  g_assert_cmpstr (message, ==,
                   "nodes-duplicate-id.csv:3: id: the id \"a\" is already used on line 2\n"
                   "tab-from-to.csv:2: to: unknown entity \"b\" (did you mean \"a\"?)\n"
                   "tab-from-to.csv:3: from: unknown entity \"b\" (did you mean \"a\"?)\n"
                   "tab-from-to.csv:3: to: unknown entity \"c\" (did you mean \"a\"?)");
}

static void
test_node_table_alone (void)
{
  g_autofree char *message = load_error ("node-table-alone.csv", NULL);

  g_assert_true (g_str_has_prefix (message, "node-table-alone.csv:1: the header has no “source” and "
                                            "“target” columns: a node table"));
}

typedef struct
{
  const char *file;
  const char *message;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "unclosed-quote.csv", "unclosed-quote.csv:2: the quote that opens a field here is never closed" },
  { "ragged.csv", "ragged.csv:3: 4 fields, but the header names 3 columns\n"
                  "ragged.csv:4: 2 fields, but the header names 3 columns" },
  { "nul.csv", "nul.csv:3:4: a NUL byte: this is not a text file" },
  { "invalid-utf8.csv", "invalid-utf8.csv:3:3: the text is not UTF-8: save the file as UTF-8" },
  { "stray-quote.csv", "stray-quote.csv:2:9: a quote inside a field: quote the whole field and "
                       "double each quote in it (\"\")" },
};

static void
test_hostile (gconstpointer data)
{
  const HostileCase *hostile = data;
  g_autofree char *message = load_error (hostile->file, NULL);

  g_assert_cmpstr (message, ==, hostile->message);
}

/* The loader tells CSV by its content, and reads a node table with it. */
static void
test_loader (void)
{
  g_autofree char *edges_path = g_test_build_filename (G_TEST_DIST, "data", "csv", "edges.csv", NULL);
  g_autofree char *nodes_path = g_test_build_filename (G_TEST_DIST, "data", "csv", "nodes.csv", NULL);
  g_autoptr(GFile) edges = g_file_new_for_path (edges_path);
  g_autoptr(GFile) nodes = g_file_new_for_path (nodes_path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonDataset) alone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  dataset = liaison_dataset_load_file_with_nodes (edges, nodes, "edges.csv", "nodes.csv", NULL, NULL,
                                                  &error);
  g_assert_no_error (error);
  summary = liaison_dataset_dup_summary (dataset);
  g_assert_cmpstr (summary, ==, "4 entities, 3 relations, 0 sources");

  alone = liaison_dataset_load_file (edges, "edges.csv", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_dataset_get_n_entities (alone), ==, 4);
  g_assert_null (liaison_entity_get_entity_type (liaison_dataset_lookup_entity (alone, "huawei")));
}

static LiaisonDataset *
import_bytes (GBytes      *edges,
              GBytes      *nodes,
              const char  *name)
{
  LiaisonImportInput input = { .display_name = name };
  LiaisonCsvText node_text = { NULL, 0, "x.nodes.csv" };
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  input.data = g_bytes_get_data (edges, &input.length);
  node_text.data = g_bytes_get_data (nodes, &node_text.length);
  dataset = liaison_import_csv (&input, &node_text, &error);
  g_assert_no_error (error);
  return dataset;
}

/* What is written is the table Liaison reads back: the same entities,
 * relations, ids, labels, types and attributes.
 */
static void
test_round_trip (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("edges.csv", "nodes.csv");
  g_autoptr(LiaisonDataset) again = NULL;
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) relations = liaison_csv_write (dataset, NULL, &entities);
  g_autoptr(GBytes) entities_again = NULL;
  g_autoptr(GBytes) relations_again = NULL;

  g_assert_cmpstr (g_bytes_get_data (entities, NULL), ==,
                   "id,label,type,country,founded\r\n"
                   "huawei,Huawei Technologies,company,China,1987\r\n"
                   "zte,ZTE,company,China,1985\r\n"
                   "ren-zhengfei,Ren Zhengfei,person,China,\r\n"
                   "kddi,KDDI,company,Japan,0042\r\n");
  g_assert_cmpstr (g_bytes_get_data (relations, NULL), ==,
                   "id,source,target,label,type,date,directed,weight\r\n"
                   "e1,ren-zhengfei,huawei,founded,founder,1987,true,1\r\n"
                   "e2,huawei,zte,competes with,competitor,2019,false,2\r\n"
                   "e3,huawei,kddi,supplies,supplier,2019-09,true,\r\n");

  again = import_bytes (relations, entities, "x.csv");
  g_assert_cmpuint (liaison_dataset_get_n_entities (again), ==, liaison_dataset_get_n_entities (dataset));
  g_assert_cmpuint (liaison_dataset_get_n_relations (again), ==, liaison_dataset_get_n_relations (dataset));
  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *a = liaison_dataset_get_entity (dataset, i);
      LiaisonEntity *b = liaison_dataset_get_entity (again, i);

      g_assert_cmpstr (liaison_entity_get_id (a), ==, liaison_entity_get_id (b));
      g_assert_cmpstr (liaison_entity_get_label (a), ==, liaison_entity_get_label (b));
      g_assert_cmpstr (liaison_entity_get_entity_type (a), ==, liaison_entity_get_entity_type (b));
    }
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *a = liaison_dataset_get_relation (dataset, i);
      const LiaisonRelation *b = liaison_dataset_get_relation (again, i);

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpstr (a->label, ==, b->label);
      g_assert_cmpstr (a->type, ==, b->type);
      g_assert_cmpstr (a->date, ==, b->date);
      g_assert_cmpint (a->directed, ==, b->directed);
      g_assert_cmpuint (a->from, ==, b->from);
      g_assert_cmpuint (a->to, ==, b->to);
    }

  /* And the second time round, the very same bytes. */
  relations_again = liaison_csv_write (again, NULL, &entities_again);
  g_assert_true (g_bytes_equal (relations, relations_again));
  g_assert_true (g_bytes_equal (entities, entities_again));
}

/* Quotes where RFC 4180 wants them, and an edge list's semicolons and
 * newlines kept through a round trip.
 */
static void
test_round_trip_quoting (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("semicolon-bom.csv", NULL);
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) relations = liaison_csv_write (dataset, NULL, &entities);
  g_autoptr(LiaisonDataset) again = import_bytes (relations, entities, "x.csv");
  const LiaisonRelation *relation = liaison_dataset_lookup_relation (again, "r2");

  g_assert_nonnull (strstr (g_bytes_get_data (relations, NULL), "r2,b,c,\"says \"\"hi\"\"\",,,true,\r\n"));
  g_assert_cmpstr (relation->label, ==, "says \"hi\"");
  relation = liaison_dataset_lookup_relation (again, "r1");
  g_assert_cmpstr (relation->label, ==, "knows; well");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "comment"), ==, "\"two\\r\\nlines\"");
}

/* Text a spreadsheet would run as a formula is written quoted with an
 * apostrophe, which reading takes away again.
 */
static void
test_round_trip_formula (void)
{
  static const char text[] = "source,target,score,note\n=cmd,b,-5,'quoted\n";
  LiaisonImportInput input = { text, sizeof text - 1, "f.csv" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_import_csv (&input, NULL, &error);
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) relations = NULL;
  g_autoptr(LiaisonDataset) again = NULL;
  const LiaisonRelation *relation;

  g_assert_no_error (error);
  relations = liaison_csv_write (dataset, NULL, &entities);
  g_assert_cmpstr (g_bytes_get_data (relations, NULL), ==,
                   "id,source,target,label,type,date,directed,score,note\r\n"
                   "relation-1,\"'=cmd\",b,,,,true,\"'-5\",\"''quoted\"\r\n");

  again = import_bytes (relations, entities, "x.csv");
  g_assert_nonnull (liaison_dataset_lookup_entity (again, "=cmd"));
  relation = liaison_dataset_get_relation (again, 0);
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "score"), ==, "-5");
  g_assert_cmpstr (liaison_test_relation_attribute (relation, "note"), ==, "\"'quoted\"");
}

/* The export dialog's CSV: what the scene shows, in two files. */
static void
test_export_scene (void)
{
  g_autoptr(LiaisonDataset) dataset = load_valid ("edges.csv", "nodes.csv");
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) relations = liaison_csv_write (dataset, NULL, &entities);
  g_autofree char *path = liaison_test_temporary_path ("shown.csv");
  g_autofree char *nodes_path = liaison_csv_nodes_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *written = NULL;
  g_autofree char *written_nodes = NULL;
  LiaisonExportOptions options;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_NEATO, 60, NULL, &error);
  g_assert_no_error (error);
  liaison_export_options_init (&options, LIAISON_EXPORT_CSV);
  g_assert_true (liaison_export_to_file (scene, &options, file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_true (g_file_get_contents (nodes_path, &written_nodes, NULL, NULL));
  g_assert_cmpstr (written, ==, g_bytes_get_data (relations, NULL));
  g_assert_cmpstr (written_nodes, ==, g_bytes_get_data (entities, NULL));

  g_remove (nodes_path);
  liaison_test_remove_temporary (path);
}

/* "name" labels an entity only without a "label" column; with one, it is
 * kept as an attribute.
 */
static void
test_label_and_name (void)
{
  static const char edges[] = "source,target\na,b\n";
  static const char both[] = "id,name,label\na,Al,Alpha\nb,Be,\n";
  static const char name_only[] = "id,Name\na,Al\nb,\n";
  LiaisonImportInput input = { edges, sizeof edges - 1, "e.csv" };
  LiaisonCsvText nodes = { both, sizeof both - 1, "n.csv" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_import_csv (&input, &nodes, &error);
  LiaisonEntity *entity;

  g_assert_no_error (error);
  entity = liaison_dataset_lookup_entity (dataset, "a");
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, "Alpha");
  g_assert_cmpstr (entity_attribute (entity, "name"), ==, "\"Al\"");
  /* An empty label: the id. */
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_lookup_entity (dataset, "b")), ==, "b");
  g_clear_object (&dataset);

  nodes = (LiaisonCsvText) { name_only, sizeof name_only - 1, "n.csv" };
  dataset = liaison_import_csv (&input, &nodes, &error);
  g_assert_no_error (error);
  entity = liaison_dataset_lookup_entity (dataset, "a");
  g_assert_cmpstr (liaison_entity_get_label (entity), ==, "Al");
  g_assert_null (entity_attribute (entity, "Name"));
  g_assert_cmpstr (liaison_entity_get_label (liaison_dataset_lookup_entity (dataset, "b")), ==, "b");
}

/* liaison --export=x.csv --nodes=nodes.csv edges.csv, and --check of
 * what it wrote.
 */
static void
test_command_line (void)
{
  g_autofree char *edges = g_test_build_filename (G_TEST_DIST, "data", "csv", "edges.csv", NULL);
  g_autofree char *nodes = g_test_build_filename (G_TEST_DIST, "data", "csv", "nodes.csv", NULL);
  g_autofree char *output = liaison_test_temporary_path ("out.csv");
  g_autofree char *output_nodes = liaison_csv_nodes_path (output);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) err = g_memory_output_stream_new_resizable ();
  g_auto(LiaisonCommandContext) context = { NULL };
  g_autofree char *expected = NULL;
  const char *paths[] = { output, NULL };
  int status;

  liaison_command_context_init (&context, out, err);
  context.nodes = nodes;
  status = liaison_command_export (&context, edges, output, NULL, NULL, NULL, NULL, NULL, 60);
  g_output_stream_write_all (err, "", 1, NULL, NULL, NULL);
  g_assert_cmpstr (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (err)), ==, "");
  g_assert_cmpint (status, ==, 0);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  expected = g_strdup_printf ("%s: 3 relations; %s: 4 entities\n", output, output_nodes);
  g_assert_cmpstr (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), ==, expected);
  g_assert_true (g_file_test (output_nodes, G_FILE_TEST_EXISTS));

  /* Liaison opens again what it wrote, with --nodes. */
  g_clear_object (&out);
  out = g_memory_output_stream_new_resizable ();
  liaison_command_context_clear (&context);
  liaison_command_context_init (&context, out, err);
  context.nodes = output_nodes;
  g_assert_cmpint (liaison_command_check (&context, paths), ==, 0);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_assert_cmpstr (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), ==,
                   "4 entities, 3 relations, 0 sources\n");

  g_remove (output_nodes);
  liaison_test_remove_temporary (output);
}

/* A file of commas is not a table of millions of columns: refused at
 * once, and a long row costs only its count.
 */
static void
test_too_many_columns (void)
{
  g_autoptr(GString) text = g_string_new ("source,target");
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  LiaisonImportInput input = { .display_name = "wide.csv" };

  for (guint i = 0; i < 20000; i++)
    g_string_append_c (text, ',');
  input.data = text->str;
  input.length = text->len;
  dataset = liaison_import_csv (&input, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "wide.csv:1: the header has more than 10000 columns");
  g_clear_error (&error);

  g_string_assign (text, "source,target\na,b");
  for (guint i = 0; i < 1000000; i++)
    g_string_append (text, ",x");
  g_string_append_c (text, '\n');
  input.data = text->str;
  input.length = text->len;
  dataset = liaison_import_csv (&input, NULL, &error);
  g_assert_null (dataset);
  g_assert_cmpstr (error->message, ==, "wide.csv:2: 1000002 fields, but the header names 2 columns");
}

static void
test_is_node_table (void)
{
  const char *nodes = "\xEF\xBB\xBFId;Label\n1;a\n";

  g_assert_true (liaison_import_csv_is_node_table (nodes, strlen (nodes)));
  g_assert_false (liaison_import_csv_is_node_table ("id,source,target\n", 17));
  g_assert_false (liaison_import_csv_is_node_table ("", 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-csv/edge-list", test_edge_list);
  g_test_add_func ("/import-csv/semicolon-bom", test_semicolon_bom);
  g_test_add_func ("/import-csv/tab-from-to", test_tab_from_to);
  g_test_add_func ("/import-csv/node-table", test_node_table);
  g_test_add_func ("/import-csv/unknown-endpoint", test_unknown_endpoint);
  g_test_add_func ("/import-csv/node-table-problem", test_node_table_problem);
  g_test_add_func ("/import-csv/node-table-duplicate", test_node_table_duplicate);
  g_test_add_func ("/import-csv/node-table-alone", test_node_table_alone);
  g_test_add_func ("/import-csv/is-node-table", test_is_node_table);
  g_test_add_func ("/import-csv/too-many-columns", test_too_many_columns);
  g_test_add_func ("/import-csv/loader", test_loader);
  g_test_add_func ("/import-csv/round-trip", test_round_trip);
  g_test_add_func ("/import-csv/round-trip-quoting", test_round_trip_quoting);
  g_test_add_func ("/import-csv/round-trip-formula", test_round_trip_formula);
  g_test_add_func ("/import-csv/label-and-name", test_label_and_name);
  g_test_add_func ("/import-csv/export-scene", test_export_scene);
  g_test_add_func ("/import-csv/command-line", test_command_line);
  liaison_test_add_file_cases ("/import-csv/hostile", hostile_cases, sizeof hostile_cases[0], G_N_ELEMENTS (hostile_cases), test_hostile);

  return g_test_run ();
}

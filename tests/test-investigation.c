/* test-investigation.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saved investigations: every part of a view written, read back and put
 * onto a fresh view of the dataset; the dataset's path relative to the
 * file; hostile files refused with what and where; a changed dataset
 * restored as far as it matches, with the rest listed.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "liaison-investigation.h"
#include "liaison-neighbourhood.h"
#include "liaison-test-util.h"

static const char dataset_text[] =
  "{ \"sources\": [ { \"id\": \"s1\", \"title\": \"One\", \"publisher\": \"Kyodo\" },"
  "                { \"id\": \"s2\", \"title\": \"Two\", \"publisher\": \"Nikkei\" } ],"
  "  \"entity_types\": [ { \"id\": \"person\" }, { \"id\": \"company\" }, { \"id\": \"ministry\" } ],"
  "  \"relation_types\": [ { \"id\": \"owns\" }, { \"id\": \"funds\" } ],"
  "  \"entities\": ["
  "  { \"id\": \"a\", \"label\": \"A\", \"type\": \"person\" },"
  "  { \"id\": \"b\", \"label\": \"B\", \"type\": \"company\" },"
  "  { \"id\": \"c\", \"label\": \"C\", \"type\": \"ministry\" },"
  "  { \"id\": \"d\", \"label\": \"D\", \"type\": \"person\" },"
  "  { \"id\": \"e\", \"label\": \"E\", \"type\": \"company\" },"
  "  { \"id\": \"f g\", \"label\": \"F\", \"type\": \"company\" } ],"
  "  \"relations\": ["
  "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\", \"type\": \"owns\", \"date\": \"2018\","
  "    \"evidence\": [ { \"source\": \"s1\", \"quote\": \"q\" } ] },"
  "  { \"id\": \"r2\", \"from\": \"b\", \"to\": \"c\", \"type\": \"funds\", \"date\": \"2019-03\","
  "    \"evidence\": [ { \"source\": \"s2\", \"quote\": \"q\" } ] },"
  "  { \"id\": \"r3\", \"from\": \"c\", \"to\": \"d\", \"type\": \"owns\" },"
  "  { \"id\": \"r4\", \"from\": \"d\", \"to\": \"e\", \"type\": \"owns\", \"date\": \"2020-01-02\" },"
  "  { \"id\": \"r5\", \"from\": \"e\", \"to\": \"f g\", \"type\": \"funds\" } ] }";

static guint
entity_index (LiaisonDataset *dataset,
              const char     *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);

  g_assert_nonnull (entity);
  return liaison_entity_get_index (entity);
}

static guint
relation_index (LiaisonDataset *dataset,
                const char     *id)
{
  const LiaisonRelation *relation = liaison_dataset_lookup_relation (dataset, id);

  g_assert_nonnull (relation);
  return relation->index;
}

/* Written and read back, as a file at @path would be. */
static LiaisonInvestigation *
write_and_read (LiaisonInvestigation *saved,
                const char           *path,
                char                **text)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = liaison_investigation_to_bytes (saved, file);
  g_autoptr(GError) error = NULL;
  LiaisonInvestigation *read;

  read = liaison_investigation_new_from_bytes (bytes, file, "saved.liaison", &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  if (text != NULL)
    *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return read;
}

static void
assert_no_mismatches (GPtrArray *mismatches)
{
  if (mismatches->len > 0)
    g_error ("unexpected mismatch: %s", (char *) g_ptr_array_index (mismatches, 0));
}

/* Types, dates, a focus, the selection, the search, positions and pins,
 * the camera, the engine: each the same after the round trip.
 */
static void
test_round_trip_focus (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) positions = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonViewState) restored = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) restored_positions = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonInvestigation) saved = NULL;
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(LiaisonSubset) focus = NULL;
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GFile) dataset_file = g_file_new_for_path ("/tmp/liaison-test/data/graph.json");
  g_autofree char *text = NULL;
  LiaisonCamera camera = { 12.5, -40.25, 1.75 };
  LiaisonCamera camera_read;
  LiaisonDateRange range = { 20180101, 20191231, TRUE };
  LiaisonDateRange range_read;
  LiaisonElementKind kind;
  guint index, seed;
  double x, y;

  liaison_view_state_set_entity_type_visible (state, "ministry", FALSE);
  liaison_view_state_set_relation_type_visible (state, "funds", FALSE);
  liaison_view_state_set_date_range (state, &range);
  seed = entity_index (dataset, "d");
  focus = liaison_neighbourhood_new (dataset, NULL, &seed, 1, 1);
  liaison_view_state_set_subset (state, focus);
  liaison_view_state_select (state, LIAISON_ELEMENT_RELATION, relation_index (dataset, "r4"));
  liaison_view_state_set_search (state, "comp");
  liaison_view_state_set_source_visible (state, "s2", FALSE);
  liaison_view_state_set_publisher_visible (state, "Kyodo", FALSE);
  liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "f g",
                     "Met \"B\" twice;\nsee <the file> & the letter");
  liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_RELATION, "r2", "出典を確認する");
  liaison_position_memory_set (positions, entity_index (dataset, "d"), 100.5, -20.25);
  liaison_position_memory_set (positions, entity_index (dataset, "e"), 300, 40);
  liaison_position_memory_set_pinned (positions, entity_index (dataset, "e"), TRUE);
  liaison_position_memory_set_engine (positions, "neato");

  saved = liaison_investigation_new_from_view (state, positions, &camera, "fdp");
  liaison_investigation_set_dataset (saved, dataset_file, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  read = write_and_read (saved, "/tmp/liaison-test/investigations/focus.liaison", &text);

  /* The file names ids and a relative path, never an index. */
  g_assert_nonnull (strstr (text, "\"format\": \"liaison-investigation\""));
  g_assert_nonnull (strstr (text, "\"path\": \"../data/graph.json\""));
  g_assert_nonnull (strstr (text, "\"shows\": \"only\""));
  g_assert_nonnull (strstr (text, "{ \"entity\": \"e\", \"x\": 300, \"y\": 40, \"pinned\": true }"));
  g_assert_nonnull (strstr (text, "\"dates\": { \"since\": \"2018-01-01\", \"until\": \"2019-12-31\", \"undated\": \"hide\" }"));
  g_assert_nonnull (strstr (text, "\"hidden_sources\": [\n      \"s2\"\n    ]"));
  g_assert_nonnull (strstr (text, "\"hidden_publishers\": [\n      \"Kyodo\"\n    ]"));

  g_assert_cmpstr (liaison_investigation_get_checksum (read), ==,
                   "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  g_assert_true (g_file_equal (liaison_investigation_get_dataset_file (read), dataset_file));
  g_assert_cmpstr (liaison_investigation_get_engine (read), ==, "fdp");
  g_assert_true (liaison_investigation_get_camera (read, &camera_read));
  g_assert_cmpfloat_with_epsilon (camera_read.x, 12.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (camera_read.y, -40.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (camera_read.zoom, 1.75, 1e-9);

  mismatches = liaison_investigation_apply (read, restored, restored_positions);
  assert_no_mismatches (mismatches);

  g_assert_false (liaison_view_state_get_entity_type_visible (restored, "ministry"));
  g_assert_true (liaison_view_state_get_entity_type_visible (restored, "person"));
  g_assert_false (liaison_view_state_get_relation_type_visible (restored, "funds"));
  g_assert_true (liaison_view_state_get_relation_type_visible (restored, "owns"));
  liaison_view_state_get_date_range (restored, &range_read);
  g_assert_true (liaison_date_range_equal (&range, &range_read));
  g_assert_nonnull (liaison_view_state_get_subset (restored));
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (restored), focus));
  g_assert_true (liaison_view_state_get_selection (restored, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_RELATION);
  g_assert_cmpuint (index, ==, relation_index (dataset, "r4"));
  g_assert_cmpstr (liaison_view_state_get_search (restored), ==, "comp");
  g_assert_false (liaison_view_state_get_source_visible (restored, "s2"));
  g_assert_true (liaison_view_state_get_source_visible (restored, "s1"));
  g_assert_false (liaison_view_state_get_publisher_visible (restored, "Kyodo"));
  g_assert_true (liaison_view_state_get_publisher_visible (restored, "Nikkei"));
  g_assert_cmpstr (liaison_notes_get (liaison_view_state_get_notes (restored), LIAISON_ELEMENT_ENTITY, "f g"), ==,
                   "Met \"B\" twice;\nsee <the file> & the letter");
  g_assert_cmpstr (liaison_notes_get (liaison_view_state_get_notes (restored), LIAISON_ELEMENT_RELATION, "r2"), ==,
                   "出典を確認する");
  g_assert_cmpuint (liaison_notes_get_n_notes (liaison_view_state_get_notes (restored), LIAISON_ELEMENT_ENTITY), ==, 1);

  g_assert_true (liaison_position_memory_lookup (restored_positions, entity_index (dataset, "d"), &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 100.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, -20.25, 1e-9);
  g_assert_false (liaison_position_memory_is_pinned (restored_positions, entity_index (dataset, "d")));
  g_assert_true (liaison_position_memory_lookup (restored_positions, entity_index (dataset, "e"), &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 300, 1e-9);
  g_assert_true (liaison_position_memory_is_pinned (restored_positions, entity_index (dataset, "e")));
  g_assert_false (liaison_position_memory_lookup (restored_positions, entity_index (dataset, "a"), NULL, NULL));
  g_assert_cmpuint (liaison_position_memory_get_n_pinned (restored_positions), ==, 1);
  g_assert_cmpstr (liaison_position_memory_get_engine (restored_positions), ==, "neato");
}

/* Hiding from the whole graph is saved as what is left out, and comes
 * back as exactly that; nothing else of the view is set.
 */
static void
test_round_trip_hidden (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewState) restored = liaison_view_state_new (dataset);
  g_autoptr(LiaisonInvestigation) saved = NULL;
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(LiaisonSubset) shown = NULL;
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GFile) dataset_file = g_file_new_for_path ("/tmp/graph.json");
  g_autofree char *text = NULL;
  LiaisonCamera camera;
  LiaisonDateRange range;
  guint hidden = 0;

  shown = liaison_subset_new_full (liaison_dataset_get_n_entities (dataset), liaison_dataset_get_n_relations (dataset));
  hidden = entity_index (dataset, "f g");
  liaison_neighbourhood_hide (dataset, shown, &hidden, 1);
  liaison_view_state_set_subset (state, shown);

  saved = liaison_investigation_new_from_view (state, NULL, NULL, NULL);
  liaison_investigation_set_dataset (saved, dataset_file, NULL);
  read = write_and_read (saved, "/home/someone/notes/hidden.liaison", &text);

  g_assert_nonnull (strstr (text, "\"shows\": \"all-except\""));
  g_assert_nonnull (strstr (text, "\"entities\": [\n        \"f g\"\n      ]"));
  g_assert_nonnull (strstr (text, "\"relations\": [\n        \"r5\"\n      ]"));
  /* Nothing in common but the root: absolute. */
  g_assert_nonnull (strstr (text, "\"path\": \"/tmp/graph.json\""));
  g_assert_nonnull (strstr (text, "\"sha256\": null"));
  g_assert_nonnull (strstr (text, "\"camera\": null"));
  g_assert_nonnull (strstr (text, "\"engine\": \"auto\""));

  mismatches = liaison_investigation_apply (read, restored, NULL);
  assert_no_mismatches (mismatches);
  g_assert_true (liaison_subset_equal (liaison_view_state_get_subset (restored), shown));
  g_assert_false (liaison_view_state_is_entity_visible (restored, hidden));
  g_assert_true (liaison_view_state_is_entity_visible (restored, entity_index (dataset, "a")));
  liaison_view_state_get_date_range (restored, &range);
  g_assert_true (liaison_date_range_is_everything (&range));
  g_assert_false (liaison_view_state_get_selection (restored, NULL, NULL));
  g_assert_null (liaison_view_state_get_search (restored));
  g_assert_false (liaison_investigation_get_camera (read, &camera));
}

/* The dataset beside the investigation, below it, above it, elsewhere. */
static void
test_relative_path (void)
{
  static const struct
  {
    const char *investigation;
    const char *dataset;
    const char *written;
  } cases[] = {
    { "/home/u/work/a.liaison", "/home/u/work/d.json", "d.json" },
    { "/home/u/work/a.liaison", "/home/u/work/data/d.json", "data/d.json" },
    { "/home/u/work/inv/a.liaison", "/home/u/work/d.json", "../d.json" },
    { "/home/u/inv/deep/a.liaison", "/home/u/data/x/d.json", "../../data/x/d.json" },
    { "/home/u/a.liaison", "/srv/d.json", "/srv/d.json" },
    { "/a.liaison", "/d.json", "/d.json" },
    /* A file name that looks like the bundled dataset's URI is still a file. */
    { "/home/u/a.liaison", "/home/u/resource:x.json", "./resource:x.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) dataset = g_file_new_for_path (cases[i].dataset);
      g_autoptr(LiaisonDataset) data = liaison_test_load_text (dataset_text);
      g_autoptr(LiaisonViewState) state = liaison_view_state_new (data);
      g_autoptr(LiaisonInvestigation) saved = liaison_investigation_new_from_view (state, NULL, NULL, NULL);
      g_autoptr(LiaisonInvestigation) read = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = g_strdup_printf ("\"path\": \"%s\"", cases[i].written);

      liaison_investigation_set_dataset (saved, dataset, NULL);
      read = write_and_read (saved, cases[i].investigation, &text);
      g_assert_nonnull (strstr (text, expected));
      g_assert_cmpstr (liaison_investigation_get_dataset_path (read), ==, cases[i].written);
      /* Resolved against the investigation's folder, it is the dataset. */
      g_assert_true (g_file_equal (liaison_investigation_get_dataset_file (read), dataset));
    }
}

/* A CSV edge list's node table is saved beside the dataset's path, as
 * relative as it, with its own checksum, and read back; a dataset of one
 * file has none.
 */
static void
test_node_table_path (void)
{
  g_autoptr(GFile) edges = g_file_new_for_path ("/home/u/work/data/edges.csv");
  g_autoptr(GFile) nodes = g_file_new_for_path ("/home/u/work/data/nodes.csv");
  g_autoptr(LiaisonDataset) data = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (data);
  g_autoptr(LiaisonInvestigation) saved = liaison_investigation_new_from_view (state, NULL, NULL, NULL);
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(LiaisonInvestigation) alone = NULL;
  g_autofree char *text = NULL;
  const char *sum = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  liaison_investigation_set_dataset (saved, edges, NULL);
  liaison_investigation_set_nodes (saved, nodes, sum);
  read = write_and_read (saved, "/home/u/work/a.liaison", &text);
  g_assert_nonnull (strstr (text, "\"nodes\": {\n      \"path\": \"data/nodes.csv\",\n"
                                  "      \"sha256\": \"0123456789abcdef"));
  g_assert_cmpstr (liaison_investigation_get_nodes_path (read), ==, "data/nodes.csv");
  g_assert_true (g_file_equal (liaison_investigation_get_nodes_file (read), nodes));
  g_assert_cmpstr (liaison_investigation_get_nodes_checksum (read), ==, sum);
  g_clear_pointer (&text, g_free);

  liaison_investigation_set_nodes (saved, NULL, NULL);
  alone = write_and_read (saved, "/home/u/work/a.liaison", &text);
  g_assert_null (strstr (text, "nodes"));
  g_assert_null (liaison_investigation_get_nodes_file (alone));
}

/* A window saved before its view was drawn has a zoom of 0: the file
 * leaves the camera out rather than hold one it would refuse to read.
 */
static void
test_undrawn_camera (void)
{
  g_autoptr(LiaisonDataset) data = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (data);
  g_autoptr(GFile) dataset = g_file_new_for_path ("/home/u/d.json");
  LiaisonCamera undrawn = { 10, 20, 0 };
  LiaisonCamera camera;
  g_autoptr(LiaisonInvestigation) saved = liaison_investigation_new_from_view (state, NULL, &undrawn, NULL);
  g_autoptr(LiaisonInvestigation) read = NULL;

  liaison_investigation_set_dataset (saved, dataset, NULL);
  read = write_and_read (saved, "/home/u/a.liaison", NULL);
  g_assert_false (liaison_investigation_get_camera (read, &camera));
}

/* The bundled dataset is named by its resource URI, and only it. */
static void
test_bundled_path (void)
{
  g_autoptr(GFile) bundled = g_file_new_for_uri (LIAISON_BUNDLED_DATASET);
  g_autoptr(LiaisonDataset) data = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (data);
  g_autoptr(LiaisonInvestigation) saved = liaison_investigation_new_from_view (state, NULL, NULL, NULL);
  g_autoptr(LiaisonInvestigation) read = NULL;

  liaison_investigation_set_dataset (saved, bundled, NULL);
  read = write_and_read (saved, "/home/u/a.liaison", NULL);
  g_assert_cmpstr (liaison_investigation_get_dataset_path (read), ==, LIAISON_BUNDLED_DATASET);
  g_assert_true (g_file_equal (liaison_investigation_get_dataset_file (read), bundled));
}

/* The same view on a newer version of the file: "d" and "r4" are gone,
 * "ministry" became "agency"; what still exists is restored.
 */
static void
test_changed_dataset (void)
{
  static const char after_text[] =
    "{ \"entities\": ["
    "  { \"id\": \"a\", \"label\": \"A\", \"type\": \"person\" },"
    "  { \"id\": \"b\", \"label\": \"B\", \"type\": \"company\" },"
    "  { \"id\": \"c\", \"label\": \"C\", \"type\": \"agency\" },"
    "  { \"id\": \"e\", \"label\": \"E\", \"type\": \"company\" },"
    "  { \"id\": \"n\", \"label\": \"N\", \"type\": \"company\" } ],"
    "  \"relations\": ["
    "  { \"id\": \"r1\", \"from\": \"a\", \"to\": \"b\", \"type\": \"owns\" },"
    "  { \"id\": \"r2\", \"from\": \"b\", \"to\": \"c\", \"type\": \"funds\" },"
    "  { \"id\": \"r6\", \"from\": \"e\", \"to\": \"n\", \"type\": \"owns\" } ] }";
  g_autoptr(LiaisonDataset) before = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonDataset) after = liaison_test_load_text (after_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (before);
  g_autoptr(LiaisonViewState) restored = liaison_view_state_new (after);
  g_autoptr(LiaisonPositionMemory) positions = liaison_position_memory_new (liaison_dataset_get_n_entities (before));
  g_autoptr(LiaisonPositionMemory) restored_positions = liaison_position_memory_new (liaison_dataset_get_n_entities (after));
  g_autoptr(LiaisonInvestigation) saved = NULL;
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(LiaisonSubset) focus = NULL;
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GFile) dataset_file = g_file_new_for_path ("/tmp/graph.json");
  LiaisonSubset *subset;
  guint seed;
  double x, y;

  liaison_view_state_set_entity_type_visible (state, "ministry", FALSE);
  liaison_view_state_set_entity_type_visible (state, "company", FALSE);
  seed = entity_index (before, "d");
  focus = liaison_neighbourhood_new (before, NULL, &seed, 1, 1);
  liaison_view_state_set_subset (state, focus);
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, entity_index (before, "d"));
  liaison_view_state_set_source_visible (state, "s2", FALSE);
  liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "d", "gone later");
  liaison_notes_set (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "c", "stays");
  liaison_position_memory_set (positions, entity_index (before, "d"), 1, 2);
  liaison_position_memory_set_pinned (positions, entity_index (before, "d"), TRUE);
  liaison_position_memory_set (positions, entity_index (before, "c"), 3, 4);
  liaison_position_memory_set_pinned (positions, entity_index (before, "c"), TRUE);
  liaison_position_memory_set (positions, entity_index (before, "f g"), 5, 6);

  saved = liaison_investigation_new_from_view (state, positions, NULL, "circo");
  liaison_investigation_set_dataset (saved, dataset_file, NULL);
  read = write_and_read (saved, "/tmp/a.liaison", NULL);
  mismatches = liaison_investigation_apply (read, restored, restored_positions);

  g_assert_cmpuint (mismatches->len, ==, 9);
  g_assert_cmpstr (g_ptr_array_index (mismatches, 0), ==, "Hidden entity type “ministry”: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 1), ==, "Hidden source “s2”: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 2), ==, "Entity “d” in the exploration: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 3), ==, "Relation “r3” in the exploration: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 4), ==, "Relation “r4” in the exploration: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 5), ==, "Selected entity “d”: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 6), ==, "Pinned entity “d”: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 7), ==, "1 entity placed on the graph: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, 8), ==, "Note on entity “d”: not in the dataset (the note is kept)");
  /* Kept, for when the id comes back. */
  g_assert_cmpstr (liaison_notes_get (liaison_view_state_get_notes (restored), LIAISON_ELEMENT_ENTITY, "d"), ==,
                   "gone later");

  /* What matches is restored: "company" stays hidden, the focus keeps
   * c and e, and the new "n" stays out of it.
   */
  g_assert_false (liaison_view_state_get_entity_type_visible (restored, "company"));
  subset = liaison_view_state_get_subset (restored);
  g_assert_nonnull (subset);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 2);
  g_assert_true (liaison_subset_has_entity (subset, entity_index (after, "c")));
  g_assert_true (liaison_subset_has_entity (subset, entity_index (after, "e")));
  g_assert_false (liaison_subset_has_entity (subset, entity_index (after, "n")));
  g_assert_false (liaison_view_state_get_selection (restored, NULL, NULL));
  g_assert_true (liaison_position_memory_lookup (restored_positions, entity_index (after, "c"), &x, &y));
  g_assert_cmpfloat (x, ==, 3);
  g_assert_true (liaison_position_memory_is_pinned (restored_positions, entity_index (after, "c")));
}

/* More lines than are worth reading end in a count. */
static void
test_many_mismatches (void)
{
  g_autoptr(GString) text = g_string_new ("{ \"format\": \"liaison-investigation\", \"version\": 1,"
                                          " \"dataset\": { \"path\": \"x.json\" },"
                                          " \"view\": { \"hidden_entity_types\": [");
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 250; i++)
    g_string_append_printf (text, "%s\"type-%u\"", i > 0 ? ", " : "", i);
  g_string_append (text, "] } }");
  bytes = g_bytes_new (text->str, text->len);
  read = liaison_investigation_new_from_bytes (bytes, NULL, "many.liaison", &error);
  g_assert_no_error (error);

  mismatches = liaison_investigation_apply (read, state, NULL);
  g_assert_cmpuint (mismatches->len, ==, LIAISON_INVESTIGATION_MAX_MISMATCHES + 1);
  g_assert_cmpstr (g_ptr_array_index (mismatches, 0), ==, "Hidden entity type “type-0”: not in the dataset");
  g_assert_cmpstr (g_ptr_array_index (mismatches, LIAISON_INVESTIGATION_MAX_MISMATCHES), ==, "…and 150 more");
}

typedef struct
{
  const char *name;       /* in tests/data/investigation */
  const char *message;    /* the whole message */
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "empty.liaison", "empty.liaison: the file is empty" },
  { "top-level-array.liaison", "top-level-array.liaison: not a Liaison investigation: the top level must be an object" },
  { "no-format.liaison", "no-format.liaison: not a Liaison investigation: it has no “format”: “liaison-investigation”" },
  { "newer-version.liaison", "newer-version.liaison: investigation version 7 is not one this Liaison reads (version 1)" },
  { "version-string.liaison", "version-string.liaison: version: expected a whole number, found a string" },
  { "no-dataset.liaison", "no-dataset.liaison: dataset: missing" },
  { "path-number.liaison", "path-number.liaison: dataset.path: expected a string, found a number" },
  { "path-empty.liaison", "path-empty.liaison: dataset.path: the path is empty" },
  { "path-other-resource.liaison",
    "path-other-resource.liaison: dataset.path: “resource:///org/gtk/libgtk/theme/Default/gtk.css” names no file Liaison may read" },
  { "bad-checksum.liaison",
    "bad-checksum.liaison: dataset.sha256: “d41d8cd98f00b204e9800998ecf8427e” is not a SHA-256 checksum (64 hexadecimal digits)" },
  { "nodes-path-number.liaison", "nodes-path-number.liaison: dataset.nodes.path: expected a string, found a number" },
  { "nodes-bad-checksum.liaison",
    "nodes-bad-checksum.liaison: dataset.nodes.sha256: “abc” is not a SHA-256 checksum (64 hexadecimal digits)" },
  { "view-array.liaison", "view-array.liaison: view: expected an object, found an array" },
  { "type-not-string.liaison", "type-not-string.liaison: view.hidden_entity_types[1]: expected a string, found an object" },
  { "empty-id.liaison", "empty-id.liaison: view.explored.entities[0]: an id cannot be empty" },
  { "bad-shows.liaison", "bad-shows.liaison: view.explored.shows: “some” is neither “only” nor “all-except”" },
  { "bad-day.liaison", "bad-day.liaison: view.dates.since: “2019-13-01” is not a day (YYYY-MM-DD)" },
  { "since-after-until.liaison", "since-after-until.liaison: view.dates: since 2020-01-01 is after until 2019-01-01" },
  { "bad-undated.liaison", "bad-undated.liaison: view.dates.undated: “maybe” is neither “show” nor “hide”" },
  { "bad-kind.liaison", "bad-kind.liaison: view.selection.kind: “source” is neither “entity” nor “relation”" },
  { "position-x-string.liaison", "position-x-string.liaison: view.positions[1].x: expected a number, found a string" },
  { "position-huge.liaison", "position-huge.liaison: view.positions[0].y: 1e+300 is out of range" },
  { "position-no-entity.liaison", "position-no-entity.liaison: view.positions[0].entity: missing" },
  { "pinned-string.liaison", "pinned-string.liaison: view.positions[0].pinned: expected true or false, found a string" },
  { "zoom-negative.liaison", "zoom-negative.liaison: view.camera.zoom: -2 is out of range" },
  { "notes-array.liaison", "notes-array.liaison: notes: expected an object, found an array" },
  { "notes-bad-member.liaison", "notes-bad-member.liaison: notes[\"sources\"]: unknown member; notes hold \"entities\" and \"relations\"" },
  { "truncated.liaison", "truncated.liaison:3:" },
  { "deep.liaison", "deep.liaison:1:" },
};

static void
test_hostile (gconstpointer data)
{
  const HostileCase *test = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "investigation", test->name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(GError) error = NULL;

  read = liaison_investigation_load (file, test->name, NULL, &error);
  g_assert_null (read);
  g_assert_nonnull (error);
  if (g_str_has_suffix (test->message, ":"))
    g_assert_true (g_str_has_prefix (error->message, test->message));
  else
    g_assert_cmpstr (error->message, ==, test->message);
}

/* Nothing at all is an empty file, not a crash. */
static void
test_empty_bytes (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new (NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonInvestigation) read = NULL;

  read = liaison_investigation_new_from_bytes (bytes, NULL, "nothing.liaison", &error);
  g_assert_null (read);
  g_assert_cmpstr (error->message, ==, "nothing.liaison: the file is empty");
}

/* A file far larger than an investigation is refused before it is read. */
static void
test_too_large (void)
{
  g_autofree char *path = liaison_test_temporary_path ("huge.liaison");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonInvestigation) read = NULL;
  FILE *stream = fopen (path, "w");

  g_assert_nonnull (stream);
  g_assert_cmpint (fseek (stream, LIAISON_INVESTIGATION_MAX_SIZE + 1, SEEK_SET), ==, 0);
  fputc ('}', stream);
  fclose (stream);

  read = liaison_investigation_load (file, "huge.liaison", NULL, &error);
  g_assert_null (read);
  g_assert_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "huge.liaison: larger than an investigation can be (67.1\xc2\xa0" "MB at most)");
  liaison_test_remove_temporary (path);
}

/* Only a regular file is read as the dataset; what is there instead is
 * named with its path.
 */
static void
test_dataset_file (void)
{
  g_autofree char *path = liaison_test_temporary_path ("graph.json");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *checksum = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) pipe = g_file_new_for_path (fifo);
  g_autoptr(GFile) nothing = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, dataset_text, -1, NULL));
  checksum = liaison_investigation_checksum_file (file, NULL, &error);
  g_assert_no_error (error);
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, dataset_text, -1);
  g_assert_cmpstr (checksum, ==, expected);
  g_clear_pointer (&expected, g_free);

  g_assert_false (liaison_investigation_check_dataset (folder, NULL, &error));
  g_assert_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_DATASET_NOT_FILE);
  expected = g_strdup_printf ("“%s” is not a regular file, so it is not read as the dataset", dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (liaison_investigation_checksum_file (pipe, NULL, &error));
  g_assert_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_DATASET_NOT_FILE);
  g_clear_error (&error);
  g_assert_false (liaison_investigation_sniff_file (pipe));
  g_unlink (fifo);

  g_assert_false (liaison_investigation_check_dataset (nothing, NULL, &error));
  g_assert_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_DATASET_MISSING);
  expected = g_strdup_printf ("the dataset “%s” is not there", missing);
  g_assert_cmpstr (error->message, ==, expected);

  liaison_test_remove_temporary (path);
}

static void
test_sniff (void)
{
  static const char investigation[] = "\xEF\xBB\xBF{\n  \"format\" :\t\"liaison-investigation\", \"version\": 1 }";
  static const char dataset[] = "{ \"entities\": [], \"format\": \"liaison-investigation\" }";
  g_autofree char *path = liaison_test_temporary_path ("plain-name.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (liaison_investigation_sniff (investigation, strlen (investigation)));
  g_assert_false (liaison_investigation_sniff (dataset, strlen (dataset)));
  g_assert_false (liaison_investigation_sniff (investigation, 12));
  g_assert_false (liaison_investigation_sniff ("", 0));

  g_assert_true (g_file_set_contents (path, investigation, -1, NULL));
  g_assert_true (liaison_investigation_sniff_file (file));
  g_assert_true (g_file_set_contents (path, dataset, -1, NULL));
  g_assert_false (liaison_investigation_sniff_file (file));
  liaison_test_remove_temporary (path);
}

/* Saving writes the file whole; reading it gives the same text again. */
static void
test_save (void)
{
  g_autofree char *path = liaison_test_temporary_path ("saved.liaison");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dataset_path = g_build_filename (dir, "graph.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dataset_file = g_file_new_for_path (dataset_path);
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_text);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonInvestigation) saved = liaison_investigation_new_from_view (state, NULL, NULL, "dot");
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  liaison_investigation_set_dataset (saved, dataset_file, NULL);
  g_assert_true (liaison_investigation_save (saved, file, NULL, &error));
  g_assert_no_error (error);

  read = liaison_investigation_load (file, "saved.liaison", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_investigation_get_dataset_path (read), ==, "graph.json");
  g_assert_true (g_file_equal (liaison_investigation_get_dataset_file (read), dataset_file));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  again = liaison_investigation_to_bytes (read, file);
  g_assert_cmpstr (g_bytes_get_data (again, NULL), ==, contents);

  g_unlink (path);
  liaison_test_remove_temporary (dataset_path);
}

/* The example that the schema is checked against opens on the bundled
 * dataset, all of it.
 */
static void
test_valid_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "investigation-valid", "focus.liaison", NULL);
  g_autofree char *bundled = liaison_test_bundled_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bundled_file = g_file_new_for_path (bundled);
  g_autoptr(LiaisonInvestigation) read = NULL;
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) positions = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GError) error = NULL;

  read = liaison_investigation_load (file, "focus.liaison", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (liaison_investigation_get_dataset_file (read), bundled_file));
  mismatches = liaison_investigation_apply (read, state, positions);
  assert_no_mismatches (mismatches);
  g_assert_cmpuint (liaison_subset_get_n_entities (liaison_view_state_get_subset (state)), ==, 3);
  g_assert_cmpuint (liaison_position_memory_get_n_pinned (positions), ==, 1);
  g_assert_cmpstr (liaison_notes_get (liaison_view_state_get_notes (state), LIAISON_ELEMENT_ENTITY, "huawei"), ==,
                   "Check the 2019 interview.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/investigation/round-trip/focus", test_round_trip_focus);
  g_test_add_func ("/investigation/round-trip/hidden", test_round_trip_hidden);
  g_test_add_func ("/investigation/path/relative", test_relative_path);
  g_test_add_func ("/investigation/path/bundled", test_bundled_path);
  g_test_add_func ("/investigation/path/node-table", test_node_table_path);
  g_test_add_func ("/investigation/camera/undrawn", test_undrawn_camera);
  g_test_add_func ("/investigation/changed/mismatches", test_changed_dataset);
  g_test_add_func ("/investigation/changed/many", test_many_mismatches);
  liaison_test_add_file_cases ("/investigation/hostile", hostile_cases, sizeof hostile_cases[0],
                               G_N_ELEMENTS (hostile_cases), test_hostile);
  g_test_add_func ("/investigation/hostile/too-large", test_too_large);
  g_test_add_func ("/investigation/hostile/empty-bytes", test_empty_bytes);
  g_test_add_func ("/investigation/dataset/regular-file", test_dataset_file);
  g_test_add_func ("/investigation/sniff", test_sniff);
  g_test_add_func ("/investigation/save", test_save);
  g_test_add_func ("/investigation/valid-example", test_valid_example);

  return g_test_run ();
}

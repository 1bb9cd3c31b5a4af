/* test-export-graph.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GraphML and GEXF out, and back in: what a round trip keeps. */

#include "config.h"

#include <string.h>

#include "liaison-commands.h"
#include "liaison-dataset-loader.h"
#include "liaison-export.h"
#include "liaison-graph-writers.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"

typedef GBytes *(*WriteFunc) (LiaisonDataset *, LiaisonViewState *, LiaisonScene *);

static LiaisonDataset *
reload (GBytes     *bytes,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset = liaison_dataset_load_bytes (bytes, name, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
assert_same_graph (LiaisonDataset *a,
                   LiaisonDataset *b)
{
  g_assert_cmpuint (liaison_dataset_get_n_entities (a), ==, liaison_dataset_get_n_entities (b));
  g_assert_cmpuint (liaison_dataset_get_n_relations (a), ==, liaison_dataset_get_n_relations (b));
  g_assert_cmpstr (liaison_dataset_get_title (a), ==, liaison_dataset_get_title (b));

  for (guint i = 0; i < liaison_dataset_get_n_entities (a); i++)
    {
      LiaisonEntity *x = liaison_dataset_get_entity (a, i);
      LiaisonEntity *y = liaison_dataset_get_entity (b, i);

      g_assert_cmpstr (liaison_entity_get_id (x), ==, liaison_entity_get_id (y));
      g_assert_cmpstr (liaison_entity_get_label (x), ==, liaison_entity_get_label (y));
      g_assert_cmpstr (liaison_entity_get_entity_type (x), ==, liaison_entity_get_entity_type (y));
      g_assert_cmpstr (liaison_entity_get_description (x), ==, liaison_entity_get_description (y));
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (a); i++)
    {
      const LiaisonRelation *x = liaison_dataset_get_relation (a, i);
      const LiaisonRelation *y = liaison_dataset_get_relation (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpuint (x->from, ==, y->from);
      g_assert_cmpuint (x->to, ==, y->to);
      g_assert_cmpstr (x->type, ==, y->type);
      g_assert_cmpstr (x->label, ==, y->label);
      g_assert_cmpstr (x->date, ==, y->date);
      g_assert_cmpint (x->directed, ==, y->directed);
    }
}

static const char *
attribute_of (LiaisonDataset *dataset,
              const char     *id,
              const char     *key)
{
  const LiaisonAttribute *attributes;
  guint n;

  attributes = liaison_entity_get_attributes (liaison_dataset_lookup_entity (dataset, id), &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (attributes[i].key, key))
      return attributes[i].json;
  return NULL;
}

/* The bundled dataset, and each test file of the XML formats. */
static void
check_round_trip (WriteFunc   write,
                  const char *name)
{
  g_autoptr(LiaisonDataset) bundled = liaison_test_load_bundled ();
  g_autoptr(GBytes) bytes = write (bundled, NULL, NULL);
  g_autoptr(LiaisonDataset) again = reload (bytes, name);
  static const char *const files[] = {
    "graphml/networkx.graphml", "graphml/yed.graphml", "gexf/gephi-1.3.gexf", "gexf/gephi-1.2draft.gexf",
  };

  assert_same_graph (bundled, again);
  /* Attributes keep their types; evidence goes as text. */
  g_assert_cmpstr (attribute_of (again, "huawei", "founded"), ==, attribute_of (bundled, "huawei", "founded"));
  g_assert_nonnull (attribute_of (again, "huawei", "evidence"));
  g_assert_false (liaison_dataset_has_positions (again));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", files[i], NULL);
      g_autoptr(LiaisonDataset) original = liaison_test_load_path (path);
      g_autoptr(GBytes) written = write (original, NULL, NULL);
      g_autoptr(LiaisonDataset) read = reload (written, name);

      assert_same_graph (original, read);
      g_assert_cmpint (liaison_dataset_has_positions (read), ==, liaison_dataset_has_positions (original));
      for (guint k = 0; k < liaison_dataset_get_n_entities (original); k++)
        {
          double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

          liaison_entity_get_position (liaison_dataset_get_entity (original, k), &x0, &y0);
          liaison_entity_get_position (liaison_dataset_get_entity (read, k), &x1, &y1);
          g_assert_cmpfloat_with_epsilon (x0, x1, 1e-6);
          g_assert_cmpfloat_with_epsilon (y0, y1, 1e-6);
        }
    }
}

static void
test_graphml_round_trip (void)
{
  check_round_trip (liaison_graphml_write, "again.graphml");
}

static void
test_gexf_round_trip (void)
{
  check_round_trip (liaison_gexf_write, "again.gexf");
}

/* From the export dialog: what is on screen, where it is on screen. */
static void
test_positions_on_screen (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonScene) scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  static const LiaisonExportFormat formats[] = { LIAISON_EXPORT_GRAPHML, LIAISON_EXPORT_GEXF };

  g_assert_no_error (error);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LiaisonDataset) again = NULL;
      LiaisonExportOptions options;

      liaison_export_options_init (&options, formats[f]);
      bytes = liaison_export_to_bytes (scene, &options, &error);
      g_assert_no_error (error);
      again = reload (bytes, f == 0 ? "screen.graphml" : "screen.gexf");
      assert_same_graph (dataset, again);
      g_assert_true (liaison_dataset_has_positions (again));

      for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
        {
          const LiaisonSceneElement *element = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i);
          double x, y;

          liaison_entity_get_position (liaison_dataset_get_entity (again, i), &x, &y);
          g_assert_cmpfloat_with_epsilon (x, element->x, 0.01);
          g_assert_cmpfloat_with_epsilon (y, -element->y, 0.01);
        }
    }

  g_assert_true (liaison_export_format_from_string ("graphml", &(LiaisonExportFormat) { 0 }));
  {
    LiaisonExportFormat format;

    g_assert_true (liaison_export_format_for_path ("/tmp/x.GEXF", &format));
    g_assert_cmpint (format, ==, LIAISON_EXPORT_GEXF);
    g_assert_true (liaison_export_format_for_path ("out.graphml", &format));
    g_assert_cmpint (format, ==, LIAISON_EXPORT_GRAPHML);
  }
}

/* Text that is markup elsewhere, and characters XML cannot hold. */
static void
test_hostile_text (void)
{
  static const char text[] =
    "{\"title\": \"R&D <notes>\", \"entities\": ["
    "{\"id\": \"a&b\", \"label\": \"<b>bold</b> & \\\"quoted\\\"\\nline\", \"attributes\": {\"k\": \"x\\u0001y\"}},"
    "{\"id\": \"c\", \"label\": \"]]> --> <!-- \"}],"
    "\"relations\": [{\"from\": \"a&b\", \"to\": \"c\", \"label\": \"'&amp;'\", \"directed\": false}]}";
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text);
  static const WriteFunc writers[] = { liaison_graphml_write, liaison_gexf_write };
  static const char *const names[] = { "hostile.graphml", "hostile.gexf" };

  for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
    {
      g_autoptr(GBytes) bytes = writers[w] (dataset, NULL, NULL);
      g_autoptr(LiaisonDataset) again = reload (bytes, names[w]);

      assert_same_graph (dataset, again);
      g_assert_cmpstr (attribute_of (again, "a&b", "k"), ==, "\"x\xEF\xBF\xBDy\"");
    }
}

/* The command line writes data formats without laying anything out. */
static void
test_command_line (void)
{
  g_autofree char *output = liaison_test_temporary_path ("out.gexf");
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "gexf", "gephi-1.3.gexf", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: 3 entities and 5 relations\n", output);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) err = g_memory_output_stream_new_resizable ();
  g_autoptr(LiaisonDataset) original = liaison_test_load_path (input);
  g_autoptr(LiaisonDataset) again = NULL;
  g_auto(LiaisonCommandContext) context = { NULL };
  g_autofree char *printed = NULL;

  liaison_command_context_init (&context, out, err);
  g_assert_cmpint (liaison_command_export (&context, input, output, NULL, NULL, NULL, NULL, NULL, 60), ==, 0);
  g_output_stream_write (out, "", 1, NULL, NULL);
  printed = g_strdup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)));
  g_assert_cmpstr (printed, ==, expected);

  /* The file's own positions, as they were. */
  again = liaison_test_load_path (output);
  assert_same_graph (original, again);
  g_assert_true (liaison_dataset_has_positions (again));

  liaison_test_remove_temporary (output);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-graph/graphml-round-trip", test_graphml_round_trip);
  g_test_add_func ("/export-graph/gexf-round-trip", test_gexf_round_trip);
  g_test_add_func ("/export-graph/positions-on-screen", test_positions_on_screen);
  g_test_add_func ("/export-graph/hostile-text", test_hostile_text);
  g_test_add_func ("/export-graph/command-line", test_command_line);

  return g_test_run ();
}

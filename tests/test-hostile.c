/* test-hostile.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The hostile corpus: broken and malicious datasets, from tests/data/hostile
 * and, for the large ones, made here. For each, what the user gets: the
 * message for an invalid file; for a valid one, its counts, a layout with
 * the automatic engine within the time limit, and an SVG export that
 * parses. Each case also stays under 2 GiB of memory.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "liaison-dataset-loader.h"
#include "liaison-export.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"

#define MAX_PEAK_KIB (G_GUINT64_CONSTANT (2) * 1024 * 1024)

#define ALLOWED_SHAPES \
  "box, rect, rectangle, square, ellipse, oval, circle, doublecircle, diamond, Mdiamond, Msquare, " \
  "Mcircle, egg, triangle, invtriangle, trapezium, invtrapezium, parallelogram, house, invhouse, " \
  "pentagon, hexagon, septagon, octagon, doubleoctagon, tripleoctagon, star, cylinder, note, tab, " \
  "folder, box3d, component, underline, plaintext, plain, none, point"

typedef GBytes *(*MakeFunc) (void);

typedef struct
{
  const char *name;        /* a file in tests/data/hostile, or a name for @make */
  MakeFunc    make;        /* for the large ones, never committed */
  const char *message;     /* after "name", for invalid files */
  guint       n_entities;  /* for valid files */
  guint       n_relations;
} HostileCase;

static GBytes *
make_deep_nesting (void)
{
  gsize depth = 100000;
  char *text = g_malloc (depth * 2);

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  return g_bytes_new_take (text, depth * 2);
}

static GBytes *
make_huge_string (void)
{
  gsize size = 50 * 1024 * 1024;
  char *text = g_malloc (size);
  const char *head = "{\"entities\": [{\"id\": \"a\", \"label\": \"";

  memset (text, 'A', size);
  memcpy (text, head, strlen (head));
  memcpy (text + size - 5, "\"}]}\n", 5);
  return g_bytes_new_take (text, size);
}

static GBytes *
make_too_many_values (void)
{
  /* Eleven million zeros: each would cost json-glib a hundred bytes. */
  GString *text = g_string_sized_new (23 * 1000 * 1000);

  g_string_append (text, "{\"entities\": [], \"attributes\": [0");
  for (guint i = 0; i < 11 * 1000 * 1000; i++)
    g_string_append (text, ",0");
  g_string_append (text, "]}");
  return g_string_free_to_bytes (text);
}

static GBytes *
make_parallel_relations (void)
{
  GString *text = g_string_new ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"}, {\"id\": \"b\", \"label\": \"B\"}],"
                                " \"relations\": [");

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "%s{\"from\": \"%s\", \"to\": \"%s\"}", i ? "," : "",
                            i % 3 ? "a" : "b", i % 3 ? "b" : "a");
  g_string_append (text, "]}");
  return g_string_free_to_bytes (text);
}

static GBytes *
make_hub (void)
{
  /* One entity with 100,000 relations, to a thousand others. */
  GString *text = g_string_new ("{\"entities\": [{\"id\": \"hub\", \"label\": \"Hub\"}");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, ",{\"id\": \"s%u\", \"label\": \"Spoke %u\"}", i, i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *spoke = g_strdup_printf ("s%u", i % 1000);

      /* Half point at the hub, half away from it. */
      g_string_append_printf (text, "%s{\"from\": \"%s\", \"to\": \"%s\"}", i ? "," : "",
                              i % 2 ? "hub" : spoke, i % 2 ? spoke : "hub");
    }
  g_string_append (text, "]}");
  return g_string_free_to_bytes (text);
}

static GBytes *
make_unknown_references (void)
{
  /* Fifty thousand misspelt references: each "did you mean" compares
   * against every id, so only those shown may be guessed.
   */
  GString *text = g_string_new ("{\"entities\": [");

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "%s{\"id\": \"entity%06u\", \"label\": \"E\"}", i ? "," : "", i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "%s{\"from\": \"entity%06ux\", \"to\": \"entity%06u\"}", i ? "," : "", i, i);
  g_string_append (text, "]}");
  return g_string_free_to_bytes (text);
}

static GBytes *
make_million_members (void)
{
  /* One entity with a million members the format does not know, each
   * kept as an attribute: about 17 MB, well within the limits, and
   * quadratic work would never finish.
   */
  GString *text = g_string_new ("{\"entities\": [{\"id\": \"a\", \"label\": \"A\"");

  for (guint i = 0; i < 1000 * 1000; i++)
    g_string_append_printf (text, ", \"m%u\": %u", i, i);
  g_string_append (text, "}]}");
  return g_string_free_to_bytes (text);
}

static const HostileCase cases[] = {
  /* Made here: too large to commit. */
  { "nesting-100000-deep", make_deep_nesting, ":1:513: arrays and objects are nested more than 512 deep" },
  { "string-of-50-mib", make_huge_string, ":1:36: a string is longer than the limit of 4194304 bytes" },
  { "eleven-million-values", make_too_many_values, ":1:20000027: the file has more than 10000000 values, the limit" },
  { "10000-parallel-relations", make_parallel_relations, NULL, 2, 10000 },
  { "entity-with-100000-relations", make_hub, NULL, 1001, 100000 },
  { "entity-with-a-million-members", make_million_members, NULL, 1, 0 },
  { "50000-unknown-references", make_unknown_references,
    ": relations[0].from: unknown entity \"entity000000x\" (did you mean \"entity000000\"?)" },

  /* Invalid: what the researcher is told. */
  { "invalid-utf8-in-key.json", NULL, ":1:31: the text is not valid UTF-8 (0xC3)" },
  { "invalid-utf8-in-value.json", NULL, ":1:37: the text is not valid UTF-8 (0xF0)" },
  { "nul-bytes.json", NULL, ":1:24: the file contains a NUL byte: it is binary, or not UTF-8 text" },
  { "utf16.json", NULL, ":1:1: the file is UTF-16 encoded; save it as UTF-8" },
  { "not-json-at-all.json", NULL, ":1:1: this is not JSON: it starts with “PK”" },
  { "number-where-string-belongs.json", NULL, ": entities[0].id: expected a string, found a number (12345)" },
  { "string-where-boolean-belongs.json", NULL,
    ": relations[0].directed: expected true or false, found a string (\"false\")" },
  { "array-where-object-belongs.json", NULL, ": entities[0]: expected an object, found an array" },
  { "object-where-array-belongs.json", NULL, ": relations: expected an array, found an object" },
  { "attributes-nested-600-deep.json", NULL, ":1:569: arrays and objects are nested more than 512 deep" },
  { "integer-too-large.json", NULL,
    ":1:66: the integer 99999999999999999999999999999 does not fit in 64 bits; write it as a string to keep every digit" },
  { "duplicate-keys.json", NULL, ":1:41: the key “label” appears twice in one object (first at line 1, column 27)" },
  { "raw-control-characters.json", NULL, ":1:41: the control character U+0007 must be escaped in a string" },
  { "lone-surrogate.json", NULL, ":1:37: “\\uD800” is half of a surrogate pair without its second half" },
  { "relation-to-missing-entity.json", NULL, ": relations[0].to: unknown entity \"nodes\" (did you mean \"node\"?)" },
  { "evidence-cites-missing-source.json", NULL, ": entities[0].evidence[0].source: unknown source \"nowhere\"" },
  { "colour-injection.json", NULL,
    ": entity_types[0].color: \"red\\\" image=\\\"/etc/passwd\" is not a colour (use #RRGGBB, #RRGGBBAA or a CSS colour name)" },
  { "javascript-url.json", NULL, ": sources[0].url: \"javascript:alert(document.cookie)\" is not an http or https link" },
  { "file-url.json", NULL, ": sources[0].url: \"file:///etc/passwd\" is not an http or https link" },
  { "record-shape.json", NULL, ": entity_types[0].shape: \"record\" is not an allowed shape (use one of: " ALLOWED_SHAPES ")" },
  { "epsf-shape.json", NULL, ": entity_types[0].shape: \"epsf\" is not an allowed shape (use one of: " ALLOWED_SHAPES ")" },

  /* Valid, but nasty: counts, a layout and an export that parses. */
  { "byte-order-mark.json", NULL, NULL, 1, 1 },
  { "graphviz-keywords-as-ids.json", NULL, NULL, 14, 14 },
  { "hostile-labels.json", NULL, NULL, 15, 15 },
  { "relation-cycle.json", NULL, NULL, 12, 14 },
  { "file-reading-attributes.json", NULL, NULL, 2, 1 },
  { "long-label.json", NULL, NULL, 2, 1 },
  { "many-types.json", NULL, NULL, 2000, 0 },
  { "empty-strings.json", NULL, NULL, 1, 1 },
};

/* Starts counting peak memory afresh (Linux 4.0 and later), from what
 * is in use now rather than what malloc kept from the case before.
 */
static void
reset_peak (void)
{
  int fd;

  malloc_trim (0);
  /* Written in place: g_file_set_contents() would write a new file and
   * rename it, which /proc refuses.
   */
  fd = open ("/proc/self/clear_refs", O_WRONLY);
  if (fd >= 0)
    {
      if (write (fd, "5", 1) != 1)
        g_test_message ("peak memory cannot be reset: %s", g_strerror (errno));
      close (fd);
    }
}

/* The largest any layout worker has grown, in KiB: Linux keeps the peak
 * of the children waited for, and cannot reset it.
 */
static guint64
children_peak_kib (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_CHILDREN, &usage) != 0)
    return 0;
  return (guint64) usage.ru_maxrss;
}

static GBytes *
case_bytes (const HostileCase *test)
{
  g_autofree char *path = NULL;
  char *contents;
  gsize length;

  if (test->make != NULL)
    return test->make ();

  path = g_test_build_filename (G_TEST_DIST, "data", "hostile", test->name, NULL);
  if (!g_file_get_contents (path, &contents, &length, NULL))
    g_error ("cannot read %s", path);
  return g_bytes_new_take (contents, length);
}

static guint
count_groups (GBytes *svg)
{
  const char *data = g_bytes_get_data (svg, NULL);
  guint n = 0;

  for (const char *p = data; (p = strstr (p, "<g id=\"entity-")) != NULL; p++)
    n++;
  return n;
}

static gboolean
svg_parses (GBytes *svg)
{
  static const GMarkupParser parser = { NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_markup_parse_context_parse (context, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    {
      g_test_message ("SVG does not parse: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

static void
test_case (gconstpointer data)
{
  const HostileCase *test = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  guint64 peak;

  reset_peak ();
  bytes = case_bytes (test);
  dataset = liaison_dataset_load_bytes (bytes, test->name, NULL, NULL, &error);
  g_clear_pointer (&bytes, g_bytes_unref);

  if (test->message != NULL)
    {
      g_autofree char *expected = g_strconcat (test->name, test->message, NULL);

      g_assert_null (dataset);
      g_assert_nonnull (error);
      g_assert_true (error->domain == LIAISON_DATASET_ERROR);
      /* The first problem, exactly; some files have more. */
      if (!g_str_has_prefix (error->message, expected) ||
          (error->message[strlen (expected)] != '\0' && error->message[strlen (expected)] != '\n'))
        g_error ("%s: expected “%s”, got “%s”", test->name, expected, error->message);
    }
  else
    {
      g_autoptr(LiaisonScene) scene = NULL;
      g_autoptr(GBytes) svg = NULL;
      LiaisonExportOptions options;
      gint64 start;

      g_assert_no_error (error);
      g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, test->n_entities);
      g_assert_cmpuint (liaison_dataset_get_n_relations (dataset), ==, test->n_relations);

      start = g_get_monotonic_time ();
      scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, LIAISON_DEFAULT_LAYOUT_TIMEOUT,
                                  NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s: laid out with %s in %.1f s", test->name, liaison_scene_get_engine (scene),
                      (g_get_monotonic_time () - start) / 1e6);
      g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, test->n_entities);
      g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, test->n_relations);

      liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
      svg = liaison_export_to_bytes (scene, &options, &error);
      g_assert_no_error (error);
      g_assert_true (svg_parses (svg));
      g_assert_cmpuint (count_groups (svg), ==, test->n_entities);
    }

  peak = liaison_test_peak_rss_kib ();
  g_test_message ("%s: peak %.0f MiB, layout workers so far %.0f MiB", test->name, peak / 1024.0,
                  children_peak_kib () / 1024.0);
  g_assert_cmpuint (peak, <, MAX_PEAK_KIB);
  /* Graphviz runs in the worker, so its memory counts too. */
  g_assert_cmpuint (children_peak_kib (), <, MAX_PEAK_KIB);
}

static void
test_corpus_is_complete (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (cases) && !found; i++)
        found = g_str_equal (cases[i].name, name);
      if (!found)
        g_error ("tests/data/hostile/%s has no case", name);
    }

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 30);
}

static void
test_sparse_file (void)
{
  g_autofree char *path = liaison_test_temporary_path ("sparse-600-mib.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  guint64 baseline;
  FILE *stream;

  /* Refused from its size alone: nothing of it is read. */
  reset_peak ();
  baseline = liaison_test_status_kib ("VmRSS:");
  stream = fopen (path, "w");
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), 600 * 1024 * 1024), ==, 0);
  fclose (stream);

  dataset = liaison_dataset_load_file (file, "sparse-600-mib.json", NULL, NULL, &error);
  g_assert_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT);
  g_test_message ("sparse-600-mib: %.1f MiB more at the peak", (liaison_test_peak_rss_kib () - baseline) / 1024.0);
  g_assert_cmpuint (liaison_test_peak_rss_kib () - baseline, <, 16 * 1024);

  liaison_test_remove_temporary (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/hostile/sparse-600-mib", test_sparse_file);
  g_test_add_func ("/hostile/corpus-is-complete", test_corpus_is_complete);

  return g_test_run ();
}

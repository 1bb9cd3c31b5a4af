/* test-export.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "liaison-dataset-loader.h"
#include "liaison-element-id.h"
#include "liaison-export.h"
#include "liaison-label-placement.h"
#include "liaison-layout.h"
#include "liaison-scene-renderer.h"
#include "liaison-style.h"
#include "liaison-test-util.h"

/* What a researcher's tools see in an SVG: element groups by id and class,
 * and the text inside them.
 */
typedef struct
{
  GHashTable *groups;      /* id -> class */
  GString    *text;        /* all text content */
  GString    *current;     /* the innermost group's id */
  guint       n_scripts;
  guint       n_external;
} SvgSummary;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgSummary *summary = user_data;
  const char *id = NULL, *class = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "class"))
        class = values[i];
      else if (g_str_equal (names[i], "xlink:href") || g_str_equal (names[i], "href") ||
               g_str_equal (names[i], "src"))
        {
          if (!g_str_has_prefix (values[i], "http://") && !g_str_has_prefix (values[i], "https://"))
            summary->n_external++;
        }
    }

  if (g_str_equal (element, "script") || g_str_equal (element, "image") || g_str_equal (element, "foreignObject") ||
      g_str_equal (element, "style"))
    summary->n_scripts++;

  if (g_str_equal (element, "g") && id != NULL)
    g_hash_table_insert (summary->groups, g_strdup (id), g_strdup (class != NULL ? class : ""));
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  SvgSummary *summary = user_data;

  g_string_append_len (summary->text, text, length);
  g_string_append_c (summary->text, '\n');
}

static void
summarize_svg (GBytes     *svg,
               SvgSummary *summary)
{
  static const GMarkupParser parser = { svg_start, NULL, svg_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  summary->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  summary->text = g_string_new (NULL);
  summary->n_scripts = 0;
  summary->n_external = 0;

  /* GMarkup parses XML strictly: unescaped data would fail here. */
  context = g_markup_parse_context_new (&parser, 0, summary, NULL);
  g_markup_parse_context_parse (context, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
summary_clear (SvgSummary *summary)
{
  g_hash_table_unref (summary->groups);
  g_string_free (summary->text, TRUE);
}

static void
test_svg_groups (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) svg = liaison_test_export_bytes (scene, LIAISON_EXPORT_SVG);
  SvgSummary summary;
  guint n_entities = 0, n_relations = 0;

  summarize_svg (svg, &summary);

  /* One group an entity and one a relation, by element id, with classes
   * that name kind and type.
   */
  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      g_autofree char *id = liaison_element_id_new (LIAISON_ELEMENT_ENTITY, liaison_entity_get_id (entity));
      g_autofree char *expected = g_strdup_printf ("entity entity-type-%s", liaison_entity_get_entity_type (entity));
      const char *class = g_hash_table_lookup (summary.groups, id);

      g_assert_cmpstr (class, ==, expected);
      n_entities++;
    }

  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      g_autofree char *id = liaison_element_id_new (LIAISON_ELEMENT_RELATION, relation->id);

      g_assert_true (g_str_has_prefix (g_hash_table_lookup (summary.groups, id), "relation relation-type-"));
      n_relations++;
    }

  /* The three structural groups, and nothing else. */
  g_assert_cmpuint (g_hash_table_size (summary.groups), ==, n_entities + n_relations + 3);
  g_assert_nonnull (strstr (summary.text->str, "Huawei Technologies"));
  g_assert_nonnull (strstr (summary.text->str, "Ren Zhengfei → Huawei Technologies: founded"));
  g_assert_cmpuint (summary.n_scripts, ==, 0);
  g_assert_cmpuint (summary.n_external, ==, 0);

  /* Text stays text, in a list of fonts that includes CJK ones. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "<text "));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "Noto Sans CJK SC"));

  summary_clear (&summary);
}

static void
test_svg_japanese (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_valid ("japanese-and-chinese.json");
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) svg = liaison_test_export_bytes (scene, LIAISON_EXPORT_SVG);
  SvgSummary summary;

  summarize_svg (svg, &summary);
  g_assert_nonnull (strstr (summary.text->str, "华为技术有限公司"));
  g_assert_nonnull (strstr (summary.text->str, "ソフトバンク"));
  g_assert_nonnull (strstr (summary.text->str, "調達を見送る"));
  g_assert_nonnull (strstr (summary.text->str, "華為と日本"));
  summary_clear (&summary);
}

static void
test_svg_hostile_labels (void)
{
  const char *text =
    "{\"title\": \"<script>alert(1)</script>\","
    " \"sources\": [{\"id\": \"s\", \"url\": \"https://example.org/a?b=1&c=\\\"2\\\"\"}],"
    " \"entities\": [{\"id\": \"x\\\"><script>\", \"label\": \"<script>alert('x')</script> & \\\"q\\\" \\\\N {a|b} \\ufffe\","
    "                 \"evidence\": [{\"source\": \"s\"}]},"
    "                {\"id\": \"b\", \"label\": \"]]><!-- -->\"}],"
    " \"relations\": [{\"from\": \"x\\\"><script>\", \"to\": \"b\", \"label\": \"&amp; <b>\"}]}";
  g_autoptr(GBytes) input = g_bytes_new_static (text, strlen (text));
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  SvgSummary summary;

  dataset = liaison_dataset_load_bytes (input, "hostile.json", NULL, NULL, &error);
  g_assert_no_error (error);
  scene = liaison_test_lay_out (dataset, NULL);
  svg = liaison_test_export_bytes (scene, LIAISON_EXPORT_SVG);

  /* It parses, has no script element, and says what the data says. */
  summarize_svg (svg, &summary);
  g_assert_cmpuint (summary.n_scripts, ==, 0);
  g_assert_nonnull (strstr (summary.text->str, "<script>alert('x')</script> & \"q\" \\N {a|b} \xEF\xBF\xBD"));
  g_assert_nonnull (strstr (summary.text->str, "]]><!-- -->"));
  g_assert_nonnull (strstr (summary.text->str, "&amp; <b>"));
  g_assert_nonnull (strstr (summary.text->str, "<script>alert(1)</script>"));
  g_assert_true (g_hash_table_contains (summary.groups, "entity-x_22_3e_3cscript_3e"));
  /* The source's link, escaped, and nothing else. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg),
                                  "xlink:href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""));
  summary_clear (&summary);
}

static void
test_png (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  LiaisonExportOptions options;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  const guint8 *data;
  guint32 width, height;

  liaison_export_options_init (&options, LIAISON_EXPORT_PNG);
  options.dpi = 144;
  png = liaison_export_to_bytes (scene, &options, &error);
  g_assert_no_error (error);

  /* The signature, then the header with the size at twice 72 dpi. */
  data = g_bytes_get_data (png, NULL);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  width = GUINT32_FROM_BE (*(const guint32 *) (data + 16));
  height = GUINT32_FROM_BE (*(const guint32 *) (data + 20));
  g_assert_cmpuint (width, ==, (guint) ceil ((bounds->x1 - bounds->x0 + 16) * 2));
  g_assert_cmpuint (height, ==, (guint) ceil ((bounds->y1 - bounds->y0 + 16) * 2));

  /* Beyond what an image can be: a clear refusal, not a crash. */
  g_clear_pointer (&png, g_bytes_unref);
  options.dpi = 2400;
  png = liaison_export_to_bytes (scene, &options, &error);
  g_assert_null (png);
  g_assert_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "At 2400 dpi the image would be "));
}

/* Binary files hold NUL bytes, which would end strstr(). */
static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size, len = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + len <= size; i++)
    if (memcmp (data + i, needle, len) == 0)
      return TRUE;

  return FALSE;
}

static void
test_pdf (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  LiaisonExportOptions options;
  g_autoptr(GBytes) pdf = NULL;
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  g_autofree char *media_box = g_strdup_printf ("/MediaBox [ 0 0 %g %g ]",
                                                round ((bounds->x1 - bounds->x0 + 16) * 1000) / 1000,
                                                round ((bounds->y1 - bounds->y0 + 16) * 1000) / 1000);
  const char *data;

  /* The drawing alone; test-export-page covers the title, legend and
   * credits a PDF has by default.
   */
  liaison_export_options_init (&options, LIAISON_EXPORT_PDF);
  options.decorations = LIAISON_DECORATIONS_NONE;
  pdf = liaison_export_to_bytes (scene, &options, NULL);
  data = g_bytes_get_data (pdf, NULL);

  g_assert_cmpmem (data, 5, "%PDF-", 5);
  g_assert_true (bytes_contain (pdf, "/Creator (Liaison"));
  g_assert_true (bytes_contain (pdf, "/Title (Huawei and Japan, 2019)"));
  /* Fonts embedded with their text, not drawn as outlines. */
  g_assert_true (bytes_contain (pdf, "/ToUnicode"));
  g_assert_true (bytes_contain (pdf, "/FontFile"));
  /* The page is the graph's size, in points. */
  g_assert_true (bytes_contain (pdf, media_box));
}

static void
test_dot_rerenders (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) dot = liaison_test_export_bytes (scene, LIAISON_EXPORT_DOT);
  g_autofree char *path = liaison_test_temporary_path ("graph.dot");
  g_autofree char *neato = g_find_program_in_path ("neato");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (dot, NULL), g_bytes_get_size (dot), NULL));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (dot, NULL), g_bytes_get_size (dot), "pos=\""));

  if (neato == NULL)
    {
      g_test_skip ("Graphviz's neato is not installed");
    }
  else
    {
      /* Graphviz draws it again from the positions, as it was. */
      const char *argv[] = { neato, "-n2", "-Tsvg", path, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "Huawei Technologies"));
    }

  liaison_test_remove_temporary (path);
}

static void
test_json_reloads (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(LiaisonDataset) again = NULL;
  g_autoptr(GError) error = NULL;

  /* The current view: without countries. */
  liaison_view_state_set_entity_type_visible (state, "country", FALSE);
  scene = liaison_test_lay_out (dataset, state);
  json = liaison_test_export_bytes (scene, LIAISON_EXPORT_JSON);

  again = liaison_dataset_load_bytes (json, "export.json", NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (liaison_dataset_get_n_entities (again), ==, liaison_scene_get_n_nodes (scene));
  g_assert_cmpuint (liaison_dataset_get_n_relations (again), ==, liaison_scene_get_n_edges (scene));
  g_assert_null (liaison_dataset_lookup_entity (again, "japan"));

  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, i);
      const LiaisonRelation *original = liaison_dataset_get_relation (dataset, edge->index);
      const LiaisonRelation *copy = liaison_dataset_lookup_relation (again, original->id);

      g_assert_nonnull (copy);
      g_assert_cmpstr (liaison_entity_get_id (liaison_dataset_get_entity (again, copy->from)), ==,
                       liaison_entity_get_id (liaison_dataset_get_entity (dataset, original->from)));
      g_assert_cmpstr (copy->label, ==, original->label);
      g_assert_cmpstr (copy->date, ==, original->date);
      g_assert_cmpuint (copy->n_evidence, ==, original->n_evidence);
      for (guint k = 0; k < copy->n_evidence; k++)
        {
          g_assert_cmpstr (copy->evidence[k].quote, ==, original->evidence[k].quote);
          g_assert_nonnull (liaison_dataset_lookup_source (again, copy->evidence[k].source));
        }
    }

  /* Entities keep their attributes, aliases and types. */
  {
    LiaisonEntity *huawei = liaison_dataset_lookup_entity (again, "huawei");
    guint n_attributes, n_original;

    liaison_entity_get_attributes (huawei, &n_attributes);
    liaison_entity_get_attributes (liaison_dataset_lookup_entity (dataset, "huawei"), &n_original);
    g_assert_cmpuint (n_attributes, ==, n_original);
    g_assert_cmpstr (liaison_entity_get_aliases (huawei)[0], ==, "Huawei");
    g_assert_cmpstr (liaison_entity_get_type_label (huawei), ==, "Company");
  }
}

/* The stroke-width of the first shape in each relation's group: its line. */
typedef struct
{
  GHashTable *widths;   /* group id -> stroke-width */
  char       *group;    /* a relation's group whose line is still to come */
} LineWidths;

static void
line_width_start (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  LineWidths *widths = user_data;
  const char *id = NULL, *stroke_width = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "stroke-width"))
        stroke_width = values[i];
    }

  if (g_str_equal (element, "g") && id != NULL && g_str_has_prefix (id, "relation-"))
    {
      g_free (widths->group);
      widths->group = g_strdup (id);
    }
  else if (widths->group != NULL &&
           (g_str_equal (element, "path") || g_str_equal (element, "polyline") ||
            g_str_equal (element, "polygon") || g_str_equal (element, "ellipse")))
    {
      g_assert_nonnull (stroke_width);
      g_hash_table_insert (widths->widths, g_steal_pointer (&widths->group), g_strdup (stroke_width));
    }
}

static double
svg_line_width (GHashTable *widths,
                const char *relation_id)
{
  g_autofree char *id = liaison_element_id_new (LIAISON_ELEMENT_RELATION, relation_id);
  const char *width = g_hash_table_lookup (widths, id);

  g_assert_nonnull (width);
  return g_ascii_strtod (width, NULL);
}

/* How many pixels wide a relation's line is where it crosses the row
 * halfway between its ends, drawn alone by the renderer that paints the
 * screen's tiles and PNG and PDF exports.
 */
static double
rendered_line_width (LiaisonScene *scene,
                     const char   *relation_id,
                     double        scale)
{
  LiaisonDataset *dataset = liaison_scene_get_dataset (scene);
  const LiaisonRelation *relation = liaison_dataset_lookup_relation (dataset, relation_id);
  const LiaisonSceneElement *edge = liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, relation->index);
  const LiaisonSceneElement *tail = liaison_scene_get_node (scene, edge->tail);
  const LiaisonSceneElement *head = liaison_scene_get_node (scene, edge->head);
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  LiaisonRenderOptions options = { scale, FALSE, FALSE, 0 };
  int width = ceil ((bounds->x1 - bounds->x0) * scale);
  int height = ceil ((bounds->y1 - bounds->y0) * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  const guint32 *row;
  int x, y, left, right;
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  const LiaisonLabel *label;
  const double fractions[] = { 0.5, 0.3, 0.7, 0.2, 0.8 };
  double row_y = 0;

  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds->x0, -bounds->y0);
  liaison_scene_render_element (scene, cr, edge, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The data set lays these out as straight lines from top to bottom;
   * the label on one is not part of it: measure on a row clear of it.
   */
  g_assert_cmpfloat (fabs (tail->x - head->x), <, 1);
  labels = liaison_render_get_labels (scene, &options);
  label = liaison_label_placement_lookup (labels, edge);
  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      row_y = tail->y + (head->y - tail->y) * fractions[i];
      if (label == NULL || row_y < label->box.y0 - 1 || row_y > label->box.y1 + 1)
        break;
    }
  x = (int) ((tail->x - bounds->x0) * scale);
  y = (int) ((row_y - bounds->y0) * scale);
  row = (const guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface));
  g_assert_cmpuint (row[x] >> 24, >=, 128);
  for (left = x; left > 0 && (row[left - 1] >> 24) >= 128; left--)
    ;
  for (right = x; right + 1 < width && (row[right + 1] >> 24) >= 128; right++)
    ;

  cairo_surface_destroy (surface);
  return right - left + 1;
}

static void
test_bold_relations (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_valid ("bold-and-solid-relations.json");
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) svg = liaison_test_export_bytes (scene, LIAISON_EXPORT_SVG);
  static const GMarkupParser parser = { line_width_start, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  LineWidths widths = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), NULL };
  double solid = liaison_style_get_relation_line_width ("solid");
  double bold = liaison_style_get_relation_line_width ("bold");
  g_autoptr(GError) error = NULL;

  /* One width for every style but bold, which is at least half as wide again. */
  g_assert_cmpfloat (bold, >=, 1.5 * solid);
  g_assert_cmpfloat (liaison_style_get_relation_line_width (NULL), ==, solid);
  g_assert_cmpfloat (liaison_style_get_relation_line_width ("dashed"), ==, solid);
  g_assert_cmpfloat (liaison_style_get_relation_line_width ("dotted"), ==, solid);

  /* The SVG's lines. */
  context = g_markup_parse_context_new (&parser, 0, &widths, NULL);
  g_markup_parse_context_parse (context, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (svg_line_width (widths.widths, "bold"), bold, 0.01);
  g_assert_cmpfloat_with_epsilon (svg_line_width (widths.widths, "solid"), solid, 0.01);
  g_assert_cmpfloat_with_epsilon (svg_line_width (widths.widths, "untyped-style"), solid, 0.01);
  g_assert_cmpfloat (svg_line_width (widths.widths, "bold"), >=, 1.5 * svg_line_width (widths.widths, "solid"));

  /* The screen, PNG and PDF, at eight pixels a point: the same widths,
   * give or take a pixel of antialiasing.
   */
  g_assert_cmpfloat_with_epsilon (rendered_line_width (scene, "bold", 8), bold * 8, 1.5);
  g_assert_cmpfloat_with_epsilon (rendered_line_width (scene, "solid", 8), solid * 8, 1.5);
  g_assert_cmpfloat (rendered_line_width (scene, "bold", 8), >=, 1.5 * rendered_line_width (scene, "solid", 8));

  g_hash_table_unref (widths.widths);
  g_free (widths.group);
}

static void
test_formats (void)
{
  LiaisonExportFormat format;

  g_assert_true (liaison_export_format_for_path ("/tmp/Graph.SVG", &format));
  g_assert_cmpint (format, ==, LIAISON_EXPORT_SVG);
  g_assert_true (liaison_export_format_for_path ("a.b/graph.gv", &format));
  g_assert_cmpint (format, ==, LIAISON_EXPORT_DOT);
  g_assert_false (liaison_export_format_for_path ("graph", &format));
  g_assert_false (liaison_export_format_for_path ("graph.tiff", &format));
  g_assert_true (liaison_export_format_from_string ("json", &format));
  g_assert_cmpint (format, ==, LIAISON_EXPORT_JSON);
}

/* What a script reads of an SVG's labels: each a single line of text, a
 * direct child of its element's group, with its box estimated as anyone
 * without the font would, from its size: 0.55 em a character, an em for
 * East Asian wide ones, 0.8 em above the baseline and 0.2 below.
 */
typedef struct
{
  double      x0, y0, x1, y1;
  double      font_size;
  gboolean    entity;
  char       *id;
} SvgLabel;

typedef struct
{
  GPtrArray *stack;           /* element names */
  GPtrArray *element_ids;     /* the element group each level is in, or NULL */
  GArray    *labels;          /* SvgLabel */
  GHashTable *labelled;       /* element ids with a label */
  guint      n_entities;
  guint      n_relations;
  gboolean   in_text;
  GString   *text;
  SvgLabel   current;
  const char *anchor;
  double     x, y;
  gboolean   shape_seen;      /* the current group's first shape child was met */
} SvgLabels;

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static gboolean
is_shape (const char *element)
{
  return g_str_equal (element, "ellipse") || g_str_equal (element, "polygon") || g_str_equal (element, "path") ||
         g_str_equal (element, "polyline") || g_str_equal (element, "rect") || g_str_equal (element, "circle") ||
         g_str_equal (element, "line");
}

static void
labels_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  SvgLabels *svg = user_data;
  const char *class = attribute (names, values, "class");
  const char *parent = svg->stack->len > 0 ? g_ptr_array_index (svg->stack, svg->stack->len - 1) : "";
  const char *group = svg->element_ids->len > 0 ? g_ptr_array_index (svg->element_ids, svg->element_ids->len - 1) : NULL;
  gboolean child_of_group = group != NULL && g_str_equal (parent, "g") &&
                            (svg->element_ids->len < 2 ||
                             g_ptr_array_index (svg->element_ids, svg->element_ids->len - 2) != group);

  g_assert_false (svg->in_text);  /* one line: no <tspan> */

  if (g_str_equal (element, "g") && class != NULL &&
      (g_str_has_prefix (class, "entity") || g_str_has_prefix (class, "relation")))
    {
      const char *id = attribute (names, values, "id");
      gboolean entity = g_str_has_prefix (class, "entity ") || g_str_equal (class, "entity");

      g_assert_nonnull (id);
      g_assert_true (g_str_has_prefix (id, entity ? "entity-" : "relation-"));
      if (entity)
        svg->n_entities++;
      else
        svg->n_relations++;
      group = id;
      svg->shape_seen = FALSE;
    }

  g_ptr_array_add (svg->stack, (gpointer) g_intern_string (element));
  g_ptr_array_add (svg->element_ids, (gpointer) (group != NULL ? g_intern_string (group) : NULL));

  /* The outline is the group's first shape, with a fill. */
  if (child_of_group && is_shape (element) && !svg->shape_seen)
    {
      g_assert_nonnull (attribute (names, values, "fill"));
      svg->shape_seen = TRUE;
    }

  if (g_str_equal (element, "text") && group != NULL)
    {
      const char *font_size = attribute (names, values, "font-size");
      const char *x = attribute (names, values, "x"), *y = attribute (names, values, "y");

      /* A direct child of its group, never in a link. */
      g_assert_true (child_of_group);
      for (guint i = 0; i < svg->stack->len; i++)
        g_assert_cmpstr (g_ptr_array_index (svg->stack, i), !=, "a");
      g_assert_nonnull (font_size);
      g_assert_nonnull (x);
      g_assert_nonnull (y);
      g_assert_nonnull (attribute (names, values, "text-anchor"));
      svg->anchor = g_intern_string (attribute (names, values, "text-anchor"));
      /* Left out, not hidden. */
      g_assert_null (attribute (names, values, "display"));
      g_assert_null (attribute (names, values, "visibility"));
      g_assert_null (attribute (names, values, "opacity"));

      svg->in_text = TRUE;
      g_string_truncate (svg->text, 0);
      svg->current.font_size = g_ascii_strtod (font_size, NULL);
      svg->current.entity = g_str_has_prefix (group, "entity-");
      svg->current.id = g_strdup (group);
      svg->x = g_ascii_strtod (x, NULL);
      svg->y = g_ascii_strtod (y, NULL);
    }
}

static void
labels_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  SvgLabels *svg = user_data;

  if (svg->in_text)
    g_string_append_len (svg->text, text, length);
}

static void
labels_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  SvgLabels *svg = user_data;

  if (svg->in_text && g_str_equal (element, "text"))
    {
      SvgLabel *label = &svg->current;
      double ems = 0, width;

      g_assert_null (strchr (svg->text->str, '\n'));
      g_assert_cmpuint (svg->text->len, >, 0);
      for (const char *p = svg->text->str; *p != '\0'; p = g_utf8_next_char (p))
        ems += g_unichar_iswide (g_utf8_get_char (p)) ? 1.0 : 0.55;
      width = ems * label->font_size;

      if (g_str_equal (svg->anchor, "start"))
        label->x0 = svg->x;
      else if (g_str_equal (svg->anchor, "end"))
        label->x0 = svg->x - width;
      else
        label->x0 = svg->x - width / 2;
      label->x1 = label->x0 + width;
      label->y0 = svg->y - 0.8 * label->font_size;
      label->y1 = svg->y + 0.2 * label->font_size;

      /* One label an element; a bundle's is one relation's. */
      g_assert_false (g_hash_table_contains (svg->labelled, label->id));
      g_hash_table_add (svg->labelled, g_strdup (label->id));
      g_array_append_val (svg->labels, *label);
      svg->in_text = FALSE;
    }

  g_ptr_array_set_size (svg->stack, svg->stack->len - 1);
  g_ptr_array_set_size (svg->element_ids, svg->element_ids->len - 1);
}

static void
svg_label_clear (gpointer data)
{
  g_free (((SvgLabel *) data)->id);
}

/* The measure of an SVG export: no two labels overlap, at least half the
 * relations carry their label, every entity label is readable at 1:1.
 */
static void
assert_svg_labels_readable (GBytes *svg,
                            guint  *n_labels)
{
  static const GMarkupParser parser = { labels_start, labels_end, labels_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (SvgLabel));
  g_autoptr(GHashTable) labelled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(GPtrArray) element_ids = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  SvgLabels data = { stack, element_ids, labels, labelled, 0, 0, FALSE, text, { 0 }, NULL, 0, 0, FALSE };
  guint n_relation_labels = 0;

  g_array_set_clear_func (labels, svg_label_clear);
  context = g_markup_parse_context_new (&parser, 0, &data, NULL);
  g_markup_parse_context_parse (context, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < labels->len; i++)
    {
      const SvgLabel *a = &g_array_index (labels, SvgLabel, i);

      if (a->entity)
        g_assert_cmpfloat (a->font_size, >=, 10);
      else
        n_relation_labels++;

      for (guint j = i + 1; j < labels->len; j++)
        {
          const SvgLabel *b = &g_array_index (labels, SvgLabel, j);

          if (a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1)
            g_error ("the labels of %s and %s overlap", a->id, b->id);
        }
    }

  g_assert_cmpuint (n_relation_labels * 2, >=, data.n_relations);
  *n_labels = labels->len;
}

static void
test_svg_labels_placed (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) svg = liaison_test_export_bytes (scene, LIAISON_EXPORT_SVG);
  g_autoptr(LiaisonLabelPlacement) labels = liaison_scene_get_labels (scene, 1.0, LIAISON_MIN_LABEL_PIXELS);
  g_autoptr(LiaisonDataset) japanese = liaison_test_load_valid ("japanese-and-chinese.json");
  g_autoptr(LiaisonScene) japanese_scene = liaison_test_lay_out (japanese, NULL);
  g_autoptr(GBytes) japanese_svg = liaison_test_export_bytes (japanese_scene, LIAISON_EXPORT_SVG);
  guint n_labels;

  /* The labels the screen shows at 100 %, and no others. */
  assert_svg_labels_readable (svg, &n_labels);
  g_assert_cmpuint (n_labels, ==, liaison_label_placement_get_n_labels (labels));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg),
                                  ">blocks or limits purchases from ×6</text>"));

  assert_svg_labels_readable (japanese_svg, &n_labels);
  g_assert_cmpuint (n_labels, >, 0);
}

/* Before labels were placed, Graphviz's own piled up around Huawei: the
 * six relations that block purchases from it were labelled six times over
 * one another.
 */
static void
test_svg_no_pile_up (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = liaison_test_lay_out (dataset, NULL);
  g_autoptr(GBytes) svg = liaison_test_export_bytes (scene, LIAISON_EXPORT_SVG);
  const char *data = g_bytes_get_data (svg, NULL);
  guint n = 0;

  for (const char *p = data; (p = g_strstr_len (p, data + g_bytes_get_size (svg) - p, ">blocks or limits purchases from")) != NULL; p++)
    n++;

  /* Once for Huawei, once for ZTE. */
  g_assert_cmpuint (n, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/svg/groups", test_svg_groups);
  g_test_add_func ("/export/svg/japanese", test_svg_japanese);
  g_test_add_func ("/export/svg/hostile-labels", test_svg_hostile_labels);
  g_test_add_func ("/export/bold-relations", test_bold_relations);
  g_test_add_func ("/export/png", test_png);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/dot-rerenders", test_dot_rerenders);
  g_test_add_func ("/export/json-reloads", test_json_reloads);
  g_test_add_func ("/export/formats", test_formats);
  g_test_add_func ("/export/svg/labels-placed", test_svg_labels_placed);
  g_test_add_func ("/export/svg/no-pile-up", test_svg_no_pile_up);

  return g_test_run ();
}

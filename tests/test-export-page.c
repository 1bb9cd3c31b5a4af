/* test-export-page.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Report-ready exports: the title, legend and credits a drawing may carry,
 * where they go, and the page sizes a drawing is fitted to.
 */

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "liaison-export-page.h"
#include "liaison-export.h"
#include "liaison-layout.h"
#include "liaison-test-util.h"

/* A dataset whose title, type labels and publishers are markup. */
static const char hostile_dataset[] =
  "{\"title\": \"<b>R&D</b>\","
  " \"sources\": [{\"id\": \"s1\", \"publisher\": \"A&B <Press>\", \"date\": \"2019-05-20\"},"
  "               {\"id\": \"s2\", \"publisher\": \"Nikkei Asia\", \"date\": \"2018-12-10\"},"
  "               {\"id\": \"s3\", \"publisher\": \"Nikkei Asia\", \"date\": \"2018-12-10\", \"title\": \"Another\"},"
  "               {\"id\": \"s4\", \"publisher\": \"Not cited\", \"date\": \"2020\"}],"
  " \"entity_types\": [{\"id\": \"lab\", \"label\": \"Lab & <Co>\"}, {\"id\": \"unused\", \"label\": \"Unused type\"}],"
  " \"relation_types\": [{\"id\": \"funds\", \"label\": \"funds <money>\", \"style\": \"dashed\"}],"
  " \"entities\": [{\"id\": \"a\", \"label\": \"Alpha\", \"type\": \"lab\"},"
  "               {\"id\": \"b\", \"label\": \"Beta\", \"type\": \"lab\"},"
  "               {\"id\": \"c\", \"label\": \"Gamma\"}],"
  " \"relations\": [{\"from\": \"a\", \"to\": \"b\", \"type\": \"funds\", \"label\": \"funds\","
  "                  \"evidence\": [{\"source\": \"s1\"}, {\"source\": \"s2\"}]},"
  "                 {\"from\": \"b\", \"to\": \"c\", \"evidence\": [{\"source\": \"s3\"}]}]}";

static LiaisonScene *
lay_out (LiaisonDataset      *dataset,
         LiaisonLayoutEngine  engine)
{
  g_autoptr(GError) error = NULL;
  LiaisonScene *scene = liaison_layout_run (dataset, NULL, engine, 60, NULL, &error);

  g_assert_no_error (error);
  return scene;
}

static GBytes *
export (LiaisonScene        *scene,
        LiaisonExportFormat  format,
        LiaisonDecorations   decorations,
        LiaisonPage          page)
{
  LiaisonExportOptions options;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  liaison_export_options_init (&options, format);
  options.decorations = decorations;
  options.page = page;
  bytes = liaison_export_to_bytes (scene, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  /* memmem(): a PDF holds NUL bytes before its end. */
  return memmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), text, strlen (text)) != NULL;
}

/* Where each piece of text of an SVG lies: in which of the groups with an
 * id, innermost first.
 */
typedef struct
{
  GPtrArray *stack;      /* ids of the open <g>, "" for those without */
  GString   *title;      /* text in <g id="title"> */
  GString   *legend;
  GString   *credits;
  guint      n_in_element;  /* decoration text inside an entity's or relation's group */
  guint      n_decorations_in_graph;
  guint      n_elements_outside_graph;
  guint      n_legend_swatches;
  double     matrix[6];  /* the graph group's transform */
} Placement;

static gboolean
stack_has_prefix (GPtrArray  *stack,
                  const char *prefix)
{
  for (guint i = 0; i < stack->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (stack, i), prefix))
      return TRUE;

  return FALSE;
}

static gboolean
stack_has (GPtrArray  *stack,
           const char *id)
{
  for (guint i = 0; i < stack->len; i++)
    if (g_str_equal (g_ptr_array_index (stack, i), id))
      return TRUE;

  return FALSE;
}

static void
placement_start (GMarkupParseContext  *context,
                 const char           *element,
                 const char          **names,
                 const char          **values,
                 gpointer              user_data,
                 GError              **error)
{
  Placement *p = user_data;
  const char *id = "";
  const char *transform = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "id"))
      id = values[i];
    else if (g_str_equal (names[i], "transform"))
      transform = values[i];

  if (!g_str_equal (element, "g"))
    {
      if (stack_has (p->stack, "legend") && !g_str_equal (element, "text"))
        p->n_legend_swatches++;
      return;
    }

  if ((g_str_has_prefix (id, "entity-") || g_str_has_prefix (id, "relation-")) && !stack_has (p->stack, "graph"))
    p->n_elements_outside_graph++;
  if ((g_str_equal (id, "title") || g_str_equal (id, "legend") || g_str_equal (id, "credits")) &&
      stack_has (p->stack, "graph"))
    p->n_decorations_in_graph++;
  if (g_str_equal (id, "graph") && transform != NULL)
    g_assert_cmpint (sscanf (transform, "matrix(%lf,%lf,%lf,%lf,%lf,%lf)", &p->matrix[0], &p->matrix[1],
                             &p->matrix[2], &p->matrix[3], &p->matrix[4], &p->matrix[5]), ==, 6);

  g_ptr_array_add (p->stack, g_strdup (id));
}

static void
placement_end (GMarkupParseContext  *context,
               const char           *element,
               gpointer              user_data,
               GError              **error)
{
  Placement *p = user_data;

  if (g_str_equal (element, "g"))
    g_ptr_array_remove_index (p->stack, p->stack->len - 1);
}

static void
placement_text (GMarkupParseContext  *context,
                const char           *text,
                gsize                 length,
                gpointer              user_data,
                GError              **error)
{
  Placement *p = user_data;
  GString *target = NULL;

  if (!g_str_equal (g_markup_parse_context_get_element (context), "text"))
    return;

  if (stack_has (p->stack, "title"))
    target = p->title;
  else if (stack_has (p->stack, "legend"))
    target = p->legend;
  else if (stack_has (p->stack, "credits"))
    target = p->credits;

  if (target == NULL)
    return;
  if (stack_has_prefix (p->stack, "entity-") || stack_has_prefix (p->stack, "relation-"))
    p->n_in_element++;
  g_string_append_len (target, text, length);
  g_string_append_c (target, '\n');
}

static void
place (GBytes    *svg,
       Placement *p)
{
  static const GMarkupParser parser = { placement_start, placement_end, placement_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  memset (p, 0, sizeof *p);
  p->stack = g_ptr_array_new_with_free_func (g_free);
  p->title = g_string_new (NULL);
  p->legend = g_string_new (NULL);
  p->credits = g_string_new (NULL);
  p->matrix[0] = p->matrix[3] = 1;

  context = g_markup_parse_context_new (&parser, 0, p, NULL);
  g_assert_true (g_markup_parse_context_parse (context, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p->stack->len, ==, 0);
}

static void
placement_clear (Placement *p)
{
  g_ptr_array_unref (p->stack);
  g_string_free (p->title, TRUE);
  g_string_free (p->legend, TRUE);
  g_string_free (p->credits, TRUE);
}

static void
test_defaults (void)
{
  LiaisonExportOptions options;

  /* On by default for PDF, a document to hand on; off for SVG and PNG,
   * which go into documents of their own.
   */
  liaison_export_options_init (&options, LIAISON_EXPORT_PDF);
  g_assert_cmpint (options.decorations, ==, LIAISON_DECORATIONS_ALL);
  g_assert_cmpint (options.page, ==, LIAISON_PAGE_DRAWING);
  liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
  g_assert_cmpint (options.decorations, ==, LIAISON_DECORATIONS_NONE);
  liaison_export_options_init (&options, LIAISON_EXPORT_PNG);
  g_assert_cmpint (options.decorations, ==, LIAISON_DECORATIONS_NONE);
}

static void
test_parse (void)
{
  LiaisonDecorations decorations = 0;
  LiaisonPage page = LIAISON_PAGE_DRAWING;
  g_autoptr(GError) error = NULL;

  g_assert_true (liaison_decorations_parse ("legend, title", &decorations, NULL));
  g_assert_cmpint (decorations, ==, LIAISON_DECORATION_LEGEND | LIAISON_DECORATION_TITLE);
  g_assert_true (liaison_decorations_parse ("credits", &decorations, NULL));
  g_assert_cmpint (decorations, ==, LIAISON_DECORATION_CREDITS);
  g_assert_true (liaison_decorations_parse ("all", &decorations, NULL));
  g_assert_cmpint (decorations, ==, LIAISON_DECORATIONS_ALL);
  g_assert_true (liaison_decorations_parse ("none", &decorations, NULL));
  g_assert_cmpint (decorations, ==, LIAISON_DECORATIONS_NONE);
  g_assert_false (liaison_decorations_parse ("title,logo", &decorations, &error));
  g_assert_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_INVALID_OPTION);
  g_assert_cmpstr (error->message, ==, "unknown decoration “logo” (use title, legend and credits, separated by "
                                       "commas, or all or none)");

  g_assert_true (liaison_page_from_string ("A4", &page));
  g_assert_cmpint (page, ==, LIAISON_PAGE_A4);
  g_assert_true (liaison_page_from_string ("slide", &page));
  g_assert_cmpint (page, ==, LIAISON_PAGE_SLIDE);
  g_assert_false (liaison_page_from_string ("a5", &page));
  g_assert_cmpstr (liaison_page_to_string (LIAISON_PAGE_LETTER), ==, "letter");
}

static void
test_credits (void)
{
  g_autoptr(LiaisonDataset) bundled = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) bundled_scene = lay_out (bundled, LIAISON_LAYOUT_ENGINE_AUTO);
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (hostile_dataset);
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_AUTO);
  g_autofree char *bundled_credits = liaison_export_dup_credits (bundled_scene);
  g_autofree char *credits = liaison_export_dup_credits (scene);

  /* A source with neither publisher nor title is named by its id. */
  g_assert_cmpstr (bundled_credits, ==, "Sources: Kyodo News (2019-09-03), huawei-japan-2019-article");
  /* By date; two articles of one publisher on one day are one credit; a
   * source no shown relation cites is not credited.
   */
  g_assert_cmpstr (credits, ==, "Sources: Nikkei Asia (2018-12-10), A&B <Press> (2019-05-20)");
}

static void
test_svg_default_plain (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (hostile_dataset);
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_AUTO);
  LiaisonExportOptions options;
  g_autoptr(GBytes) svg = NULL;
  Placement p;

  liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
  svg = liaison_export_to_bytes (scene, &options, NULL);
  place (svg, &p);

  g_assert_false (bytes_contain (svg, "id=\"title\""));
  g_assert_false (bytes_contain (svg, "id=\"legend\""));
  g_assert_false (bytes_contain (svg, "id=\"credits\""));
  g_assert_false (bytes_contain (svg, "transform="));
  g_assert_cmpstr (p.credits->str, ==, "");
  placement_clear (&p);
}

static void
test_svg_decorations (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (hostile_dataset);
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_AUTO);
  g_autoptr(GBytes) svg = export (scene, LIAISON_EXPORT_SVG, LIAISON_DECORATIONS_ALL, LIAISON_PAGE_DRAWING);
  Placement p;

  place (svg, &p);

  /* Text stays text, and markup in the data stays literal. */
  g_assert_cmpstr (p.title->str, ==, "<b>R&D</b>\n");
  g_assert_true (bytes_contain (svg, "&lt;b&gt;R&amp;D&lt;/b&gt;"));
  g_assert_false (bytes_contain (svg, "<b>"));
  /* The types shown, entities before relations; none unused. */
  g_assert_cmpstr (p.legend->str, ==, "Lab & <Co>\nfunds <money>\n");
  g_assert_cmpuint (p.n_legend_swatches, ==, 2);
  g_assert_true (bytes_contain (svg, "stroke-dasharray"));
  g_assert_cmpstr (p.credits->str, ==, "Sources: Nikkei Asia (2018-12-10), A&B <Press> (2019-05-20)\n");
  g_assert_true (bytes_contain (svg, "A&amp;B &lt;Press&gt;"));

  /* Outside the graph and every element's group; the elements inside
   * the graph's, as scripts expect.
   */
  g_assert_cmpuint (p.n_in_element, ==, 0);
  g_assert_cmpuint (p.n_decorations_in_graph, ==, 0);
  g_assert_cmpuint (p.n_elements_outside_graph, ==, 0);
  placement_clear (&p);

  /* Each on its own. */
  {
    g_autoptr(GBytes) legend_only = export (scene, LIAISON_EXPORT_SVG, LIAISON_DECORATION_LEGEND, LIAISON_PAGE_DRAWING);

    place (legend_only, &p);
    g_assert_cmpstr (p.title->str, ==, "");
    g_assert_cmpstr (p.credits->str, ==, "");
    g_assert_cmpstr (p.legend->str, ==, "Lab & <Co>\nfunds <money>\n");
    placement_clear (&p);
  }
}

static void
test_pdf_decorations (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (hostile_dataset);
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_AUTO);
  LiaisonExportOptions options;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = liaison_test_temporary_path ("decorated.pdf");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  liaison_export_options_init (&options, LIAISON_EXPORT_PDF);
  pdf = liaison_export_to_bytes (scene, &options, &error);
  g_assert_no_error (error);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  {
    const char *argv[] = { pdftotext, "-raw", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                                 &status, &error));
    g_assert_no_error (error);
  }
  liaison_test_remove_temporary (path);

  /* Text, not outlines, in the PDF a default export makes. */
  g_assert_nonnull (strstr (out, "<b>R&D</b>"));
  g_assert_nonnull (strstr (out, "Lab & <Co>"));
  g_assert_nonnull (strstr (out, "funds <money>"));
  g_assert_nonnull (strstr (out, "Sources: Nikkei Asia (2018-12-10), A&B <Press> (2019-05-20)"));
}

/* The MediaBox of the PDF's one page, in points. */
static void
get_media_box (GBytes *pdf,
               double *width,
               double *height)
{
  const char *data = g_bytes_get_data (pdf, NULL);
  gsize size = g_bytes_get_size (pdf);
  const char *box = memmem (data, size, "/MediaBox [", strlen ("/MediaBox ["));
  double x0, y0;

  g_assert_nonnull (box);
  g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf ]", &x0, &y0, width, height), ==, 4);
  g_assert_cmpfloat (x0, ==, 0);
  g_assert_cmpfloat (y0, ==, 0);
  /* One page only. */
  g_assert_null (memmem (box + 1, size - (box + 1 - data), "/MediaBox [", strlen ("/MediaBox [")));
}

static void
test_pdf_pages (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_AUTO);
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  static const struct
  {
    LiaisonPage page;
    double      long_side, short_side;
  } pages[] = {
    { LIAISON_PAGE_A4, 841.89, 595.276 },
    { LIAISON_PAGE_LETTER, 792, 612 },
    { LIAISON_PAGE_SLIDE, 960, 540 },
  };

  /* The preset's size, turned whichever way shows the graph larger (see
   * /export-page/fitted-to-page); without decorations, the bundled graph,
   * wider than high, is shown larger across.
   */
  g_assert_cmpfloat (bounds->x1 - bounds->x0, >, bounds->y1 - bounds->y0);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GBytes) pdf = export (scene, LIAISON_EXPORT_PDF, LIAISON_DECORATIONS_ALL, pages[i].page);
      g_autoptr(GBytes) plain = export (scene, LIAISON_EXPORT_PDF, LIAISON_DECORATIONS_NONE, pages[i].page);
      double width, height;

      get_media_box (pdf, &width, &height);
      g_assert_cmpfloat_with_epsilon (MAX (width, height), pages[i].long_side, 0.01);
      g_assert_cmpfloat_with_epsilon (MIN (width, height), pages[i].short_side, 0.01);
      get_media_box (plain, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, pages[i].long_side, 0.01);
      g_assert_cmpfloat_with_epsilon (height, pages[i].short_side, 0.01);
    }

  /* The drawing's own size, with room for the decorations. */
  {
    g_autoptr(GBytes) plain = export (scene, LIAISON_EXPORT_PDF, LIAISON_DECORATIONS_NONE, LIAISON_PAGE_DRAWING);
    g_autoptr(GBytes) decorated = export (scene, LIAISON_EXPORT_PDF, LIAISON_DECORATIONS_ALL, LIAISON_PAGE_DRAWING);
    double width, height, decorated_width, decorated_height;

    get_media_box (plain, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, bounds->x1 - bounds->x0 + 2 * LIAISON_EXPORT_MARGIN, 0.01);
    g_assert_cmpfloat_with_epsilon (height, bounds->y1 - bounds->y0 + 2 * LIAISON_EXPORT_MARGIN, 0.01);
    get_media_box (decorated, &decorated_width, &decorated_height);
    g_assert_cmpfloat (decorated_height, >, height + 50);
  }
}

/* A hierarchy that "dot" lays out far wider than high, or far higher than
 * wide: fitted to the page, turned its way, inside the margins.
 */
static void
check_fitted (const char *json,
              gboolean    landscape)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (json);
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_DOT);
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  g_autoptr(GBytes) pdf = export (scene, LIAISON_EXPORT_PDF, LIAISON_DECORATIONS_ALL, LIAISON_PAGE_A4);
  g_autoptr(GBytes) svg = export (scene, LIAISON_EXPORT_SVG, LIAISON_DECORATIONS_ALL, LIAISON_PAGE_A4);
  double width, height, x0, y0, x1, y1;
  g_autofree char *size = NULL;
  Placement p;

  get_media_box (pdf, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, landscape ? 841.89 : 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, landscape ? 595.276 : 841.89, 0.01);

  /* The SVG: the same page, the graph scaled into it. */
  size = landscape ? g_strdup ("width=\"841.89pt\" height=\"595.28pt\"")
                   : g_strdup ("width=\"595.28pt\" height=\"841.89pt\"");
  g_assert_true (bytes_contain (svg, size));
  place (svg, &p);
  g_assert_cmpfloat (p.matrix[0], <, 1);
  g_assert_cmpfloat (p.matrix[0], ==, p.matrix[3]);
  x0 = bounds->x0 * p.matrix[0] + p.matrix[4];
  y0 = bounds->y0 * p.matrix[3] + p.matrix[5];
  x1 = bounds->x1 * p.matrix[0] + p.matrix[4];
  y1 = bounds->y1 * p.matrix[3] + p.matrix[5];
  g_assert_cmpfloat (x0, >=, 36 - 0.01);
  g_assert_cmpfloat (y0, >=, 36 - 0.01);
  g_assert_cmpfloat (x1, <=, width - 36 + 0.01);
  g_assert_cmpfloat (y1, <=, height - 36 + 0.01);
  /* Centred across, and as large as the page lets it be. */
  g_assert_cmpfloat_with_epsilon (x0 - 36, width - 36 - x1, 0.05);
  g_assert_cmpfloat (MAX ((x1 - x0) / (width - 72), (y1 - y0) / (height - 72)), >, 0.6);
  placement_clear (&p);
}

static char *
star_json (guint n_leaves)
{
  GString *json = g_string_new ("{\"title\": \"Star\", \"entities\": [{\"id\": \"hub\", \"label\": \"Hub\"}");

  for (guint i = 0; i < n_leaves; i++)
    g_string_append_printf (json, ", {\"id\": \"n%u\", \"label\": \"Leaf number %u\"}", i, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i < n_leaves; i++)
    g_string_append_printf (json, "%s{\"from\": \"hub\", \"to\": \"n%u\"}", i > 0 ? ", " : "", i);
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

static char *
chain_json (guint n)
{
  GString *json = g_string_new ("{\"title\": \"Chain\", \"entities\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"n%u\", \"label\": \"Link %u\"}", i > 0 ? ", " : "", i, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 0; i + 1 < n; i++)
    g_string_append_printf (json, "%s{\"from\": \"n%u\", \"to\": \"n%u\"}", i > 0 ? ", " : "", i, i + 1);
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

static void
test_fitted_to_page (void)
{
  g_autofree char *star = star_json (60);
  g_autofree char *chain = chain_json (40);

  check_fitted (star, TRUE);
  check_fitted (chain, FALSE);
}

static void
test_png_page (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset, LIAISON_LAYOUT_ENGINE_AUTO);
  LiaisonExportOptions options;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  const guint8 *data;

  liaison_export_options_init (&options, LIAISON_EXPORT_PNG);
  options.dpi = 72;
  options.page = LIAISON_PAGE_SLIDE;
  options.decorations = LIAISON_DECORATIONS_ALL;
  png = liaison_export_to_bytes (scene, &options, &error);
  g_assert_no_error (error);

  /* The IHDR chunk: width and height, big-endian, at 16 and 20. */
  data = g_bytes_get_data (png, NULL);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (data + 16)), ==, 960);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (data + 20)), ==, 540);
}

static void
run_liaison (const char * const *args,
             int                 expected_status,
             const char         *expected_err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) liaison_test_binary ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  if (expected_err != NULL)
    g_assert_cmpstr (err, ==, expected_err);
  g_assert_cmpint (WEXITSTATUS (status), ==, expected_status);
}

static void
test_command_line (void)
{
  g_autofree char *svg = liaison_test_temporary_path ("decorated.svg");
  g_autofree char *pdf = liaison_test_temporary_path ("page.pdf");
  g_autofree char *svg_arg = g_strdup_printf ("--export=%s", svg);
  g_autofree char *pdf_arg = g_strdup_printf ("--export=%s", pdf);
  g_autofree char *json_arg = g_strdup_printf ("--export=%s.json", svg);
  g_autofree char *contents = NULL;
  gsize length;

  /* --export honours the defaults: plain SVG... */
  run_liaison ((const char *[]) { svg_arg, NULL }, 0, "");
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_null (strstr (contents, "id=\"legend\""));
  g_clear_pointer (&contents, g_free);

  /* ...unless asked. */
  run_liaison ((const char *[]) { svg_arg, "--decorations=title,legend", NULL }, 0, "");
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<g id=\"title\""));
  g_assert_nonnull (strstr (contents, "<g id=\"legend\""));
  g_assert_null (strstr (contents, "<g id=\"credits\""));
  g_clear_pointer (&contents, g_free);

  run_liaison ((const char *[]) { pdf_arg, "--page=letter", "--decorations=none", NULL }, 0, "");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_nonnull (memmem (contents, length, "/MediaBox [ 0 0 792 612 ]", strlen ("/MediaBox [ 0 0 792 612 ]")));
  g_clear_pointer (&contents, g_free);

  run_liaison ((const char *[]) { svg_arg, "--decorations=logo", NULL }, 1,
               "--decorations: unknown decoration “logo” (use title, legend and credits, separated by commas, or "
               "all or none)\n");
  run_liaison ((const char *[]) { svg_arg, "--page=a5", NULL }, 1,
               "unknown page “a5” (use drawing, a4, letter or slide)\n");
  run_liaison ((const char *[]) { json_arg, "--page=a4", NULL }, 1,
               "--decorations and --page apply only to svg, png and pdf\n");

  liaison_test_remove_temporary (svg);
  liaison_test_remove_temporary (pdf);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-page/defaults", test_defaults);
  g_test_add_func ("/export-page/parse", test_parse);
  g_test_add_func ("/export-page/credits", test_credits);
  g_test_add_func ("/export-page/svg/default-plain", test_svg_default_plain);
  g_test_add_func ("/export-page/svg/decorations", test_svg_decorations);
  g_test_add_func ("/export-page/pdf/decorations", test_pdf_decorations);
  g_test_add_func ("/export-page/pdf/pages", test_pdf_pages);
  g_test_add_func ("/export-page/fitted-to-page", test_fitted_to_page);
  g_test_add_func ("/export-page/png/page", test_png_page);
  g_test_add_func ("/export-page/command-line", test_command_line);

  return g_test_run ();
}

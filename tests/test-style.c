/* test-style.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-export.h"
#include "liaison-layout.h"
#include "liaison-style.h"
#include "liaison-test-util.h"

static LiaisonTypeStyle *
new_types (guint n)
{
  LiaisonTypeStyle *types = g_new0 (LiaisonTypeStyle, n);

  for (guint i = 0; i < n; i++)
    {
      types[i].id = types[i].label = "t";
      types[i].index = i;
      types[i].declared = TRUE;
    }

  return types;
}

static LiaisonEntityLook *
assign (LiaisonTypeStyle *types,
        guint             n)
{
  g_autofree const LiaisonTypeStyle **pointers = g_new (const LiaisonTypeStyle *, n);
  LiaisonEntityLook *looks = g_new (LiaisonEntityLook, n);

  for (guint i = 0; i < n; i++)
    pointers[i] = &types[i];
  liaison_style_assign_entity_looks (pointers, n, looks);

  return looks;
}

static char *
describe (const LiaisonEntityLook *look)
{
  return g_strdup_printf ("%s %s", look->fill, look->shape);
}

static guint
count_distinct (const LiaisonEntityLook *looks,
                guint                    n)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    g_hash_table_add (seen, describe (&looks[i]));

  return g_hash_table_size (seen);
}

/* Up to 24 types without a style of their own, no two look alike; the
 * first eight are eight colours in rounded boxes, and a colour comes
 * back only in another outline.
 */
static void
test_distinct_looks (void)
{
  for (guint n = 1; n <= LIAISON_N_LOOKS; n++)
    {
      g_autofree LiaisonTypeStyle *types = new_types (n);
      g_autofree LiaisonEntityLook *looks = assign (types, n);

      g_assert_cmpuint (count_distinct (looks, n), ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_assert_true (liaison_style_is_allowed_shape (looks[i].shape));
          g_assert_true (g_str_equal (looks[i].shape, "box") || g_str_equal (looks[i].shape, "ellipse") ||
                         g_str_equal (looks[i].shape, "hexagon"));
          if (i < 8)
            g_assert_cmpstr (looks[i].shape, ==, "box");
        }
    }

  {
    g_autofree LiaisonTypeStyle *types = new_types (LIAISON_N_LOOKS);
    g_autofree LiaisonEntityLook *looks = assign (types, LIAISON_N_LOOKS);
    g_autoptr(GHashTable) fills = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < LIAISON_N_LOOKS; i++)
      g_hash_table_add (fills, looks[i].fill);
    g_assert_cmpuint (g_hash_table_size (fills), ==, 8);
  }
}

/* The same types in the same order look the same every time; a type's
 * look follows its place, not its name.
 */
static void
test_deterministic (void)
{
  g_autofree LiaisonTypeStyle *types = new_types (13);
  g_autofree LiaisonEntityLook *first = assign (types, 13);
  g_autofree LiaisonEntityLook *second = NULL;

  types[4].id = "renamed";
  second = assign (types, 13);
  for (guint i = 0; i < 13; i++)
    {
      g_autofree char *a = describe (&first[i]);
      g_autofree char *b = describe (&second[i]);

      g_assert_cmpstr (a, ==, b);
    }
}

/* What a dataset says about a type is kept, and the types it leaves to
 * Liaison take looks that differ from the ones it chose.
 */
static void
test_dataset_styles_kept (void)
{
  g_autofree LiaisonTypeStyle *types = new_types (LIAISON_N_LOOKS);
  g_autofree LiaisonEntityLook *looks = NULL;

  /* Exactly the first automatic look, the same colour as the second. */
  types[5].color = liaison_style_get_palette_color (0)->fill;
  types[5].shape = "box";
  /* A colour only, and a CSS name longer than hex. */
  types[6].color = "lightgoldenrodyellow";
  /* A shape only, which the automatic looks use too. */
  types[7].shape = "ellipse";
  /* A shape no automatic look has. */
  types[8].shape = "diamond";
  types[8].color = "#000080";

  looks = assign (types, LIAISON_N_LOOKS);

  g_assert_cmpstr (looks[5].fill, ==, liaison_style_get_palette_color (0)->fill);
  g_assert_cmpstr (looks[5].shape, ==, "box");
  g_assert_cmpstr (looks[6].fill, ==, "#fafad2");
  g_assert_cmpstr (looks[6].line, ==, "#898973");
  g_assert_cmpstr (looks[7].shape, ==, "ellipse");
  g_assert_cmpstr (looks[8].fill, ==, "#000080");
  g_assert_cmpstr (looks[8].shape, ==, "diamond");

  /* Type 0 would have had type 5's look: it takes the next one. */
  g_assert_cmpstr (looks[0].fill, !=, liaison_style_get_palette_color (0)->fill);
  g_assert_cmpuint (count_distinct (looks, LIAISON_N_LOOKS), ==, LIAISON_N_LOOKS);
}

/* Every shape a dataset may name has a look, and two types that name
 * shapes Graphviz draws alike (four corners each) get different colours.
 */
static void
test_every_allowed_shape (void)
{
  const char * const *shapes = liaison_style_get_allowed_shapes ();
  guint n = g_strv_length ((char **) shapes);
  g_autofree LiaisonTypeStyle *types = new_types (n);
  g_autofree LiaisonEntityLook *looks = NULL;
  int diamond = -1, parallelogram = -1;

  for (guint i = 0; i < n; i++)
    {
      types[i].shape = shapes[i];
      if (g_str_equal (shapes[i], "diamond"))
        diamond = i;
      else if (g_str_equal (shapes[i], "parallelogram"))
        parallelogram = i;
    }

  looks = assign (types, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (looks[i].shape, ==, shapes[i]);
  g_assert_cmpint (diamond, >=, 0);
  g_assert_cmpint (parallelogram, >=, 0);
  g_assert_cmpstr (looks[diamond].fill, !=, looks[parallelogram].fill);
}

/* Colour-vision deficiencies as Machado, Oliveira and Fernandes simulate
 * them (2009, severity 1), on linear RGB.
 */
static const double deficiencies[][3][3] = {
  { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
  { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
  { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
  { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
};

static double
to_linear (guint8 value)
{
  double c = value / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389 ? cbrt (t) : (24389.0 / 27 * t + 16) / 116;
}

/* @color as someone with @deficiency sees it, in CIELAB (D65). */
static void
to_lab (const char *color,
        guint       deficiency,
        double      lab[3])
{
  guint8 rgb8[3];
  double linear[3], seen[3], x, y, z;

  g_assert_true (liaison_style_parse_color (color, &rgb8[0], &rgb8[1], &rgb8[2], NULL));
  for (guint i = 0; i < 3; i++)
    linear[i] = to_linear (rgb8[i]);
  for (guint i = 0; i < 3; i++)
    seen[i] = CLAMP (deficiencies[deficiency][i][0] * linear[0] + deficiencies[deficiency][i][1] * linear[1] +
                     deficiencies[deficiency][i][2] * linear[2], 0, 1);

  x = 0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2];
  y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
  z = 0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2];
  lab[0] = 116 * lab_f (y) - 16;
  lab[1] = 500 * (lab_f (x / 0.95047) - lab_f (y));
  lab[2] = 200 * (lab_f (y) - lab_f (z / 1.08883));
}

static double
radians (double degrees)
{
  return degrees * G_PI / 180;
}

static double
hue_of (double b,
        double a)
{
  double h = atan2 (b, a) * 180 / G_PI;

  return h < 0 ? h + 360 : h;
}

/* CIEDE2000, as Sharma, Wu and Dalal give it. */
static double
delta_e (const double *lab1,
         const double *lab2)
{
  double c1 = hypot (lab1[1], lab1[2]), c2 = hypot (lab2[1], lab2[2]);
  double c_mean7 = pow ((c1 + c2) / 2, 7);
  double g = 0.5 * (1 - sqrt (c_mean7 / (c_mean7 + pow (25, 7))));
  double a1 = (1 + g) * lab1[1], a2 = (1 + g) * lab2[1];
  double c1p = hypot (a1, lab1[2]), c2p = hypot (a2, lab2[2]);
  double h1p = c1p == 0 ? 0 : hue_of (lab1[2], a1);
  double h2p = c2p == 0 ? 0 : hue_of (lab2[2], a2);
  double dl = lab2[0] - lab1[0], dc = c2p - c1p, dh = 0, dhh, l_mean, c_mean, h_mean, t, rc, sl, sc, sh, rt;

  if (c1p * c2p != 0)
    {
      dh = h2p - h1p;
      if (dh > 180)
        dh -= 360;
      else if (dh < -180)
        dh += 360;
    }
  dhh = 2 * sqrt (c1p * c2p) * sin (radians (dh / 2));

  l_mean = (lab1[0] + lab2[0]) / 2;
  c_mean = (c1p + c2p) / 2;
  if (c1p * c2p == 0)
    h_mean = h1p + h2p;
  else if (fabs (h1p - h2p) <= 180)
    h_mean = (h1p + h2p) / 2;
  else
    h_mean = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;

  t = 1 - 0.17 * cos (radians (h_mean - 30)) + 0.24 * cos (radians (2 * h_mean)) +
      0.32 * cos (radians (3 * h_mean + 6)) - 0.20 * cos (radians (4 * h_mean - 63));
  rc = 2 * sqrt (pow (c_mean, 7) / (pow (c_mean, 7) + pow (25, 7)));
  sl = 1 + 0.015 * (l_mean - 50) * (l_mean - 50) / sqrt (20 + (l_mean - 50) * (l_mean - 50));
  sc = 1 + 0.045 * c_mean;
  sh = 1 + 0.015 * c_mean * t;
  rt = -sin (radians (2 * 30 * exp (-pow ((h_mean - 275) / 25, 2)))) * rc;

  return sqrt (pow (dl / sl, 2) + pow (dc / sc, 2) + pow (dhh / sh, 2) + rt * (dc / sc) * (dhh / sh));
}

/* The palette's fills stay apart, from each other and from a white page,
 * for everyone: with normal vision and as protanopes, deuteranopes and
 * tritanopes see them (the lightened fills Liaison had before met at a
 * distance of 2.8 for deuteranopes). Dark labels read on all of them.
 */
static void
test_palette_apart (void)
{
  guint n = liaison_style_get_palette_size ();

  g_assert_cmpuint (n, ==, 8);

  for (guint d = 0; d < G_N_ELEMENTS (deficiencies); d++)
    {
      double closest = G_MAXDOUBLE;

      for (guint i = 0; i <= n; i++)
        for (guint j = i + 1; j <= n; j++)
          {
            double a[3], b[3];

            to_lab (i < n ? liaison_style_get_palette_color (i)->fill : "#ffffff", d, a);
            to_lab (j < n ? liaison_style_get_palette_color (j)->fill : "#ffffff", d, b);
            closest = MIN (closest, delta_e (a, b));
          }

      g_test_message ("vision %u: closest fills %.1f apart", d, closest);
      g_assert_cmpfloat (closest, >=, 10);
    }

  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (liaison_style_get_text_color (liaison_style_get_palette_color (i)->fill), ==, LIAISON_DARK_TEXT);
}

/* The reference values of Sharma, Wu and Dalal's paper, so that the
 * check above measures what it says.
 */
static void
test_delta_e_reference (void)
{
  const double pairs[][7] = {
    { 50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425 },
    { 50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492 },
    { 2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    g_assert_cmpfloat_with_epsilon (delta_e (&pairs[i][0], &pairs[i][3]), pairs[i][6], 1e-4);
}

typedef struct
{
  GHashTable *looks;     /* entity type -> its outline, as written */
  char       *type;      /* of the entity group being read */
  gboolean    in_entity;
  gboolean    has_outline;
} SvgLooks;

static void
svg_start_cb (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  SvgLooks *svg = user_data;
  const char *fill = NULL, *points = NULL, *path = NULL, *klass = NULL;
  guint n = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "fill"))
        fill = values[i];
      else if (g_str_equal (names[i], "points"))
        points = values[i];
      else if (g_str_equal (names[i], "d"))
        path = values[i];
      else if (g_str_equal (names[i], "class"))
        klass = values[i];
    }

  if (g_str_equal (element, "g") && klass != NULL && g_str_has_prefix (klass, "entity "))
    {
      g_auto(GStrv) classes = g_strsplit (klass, " ", -1);

      g_clear_pointer (&svg->type, g_free);
      for (guint i = 0; classes[i] != NULL; i++)
        if (g_str_has_prefix (classes[i], "entity-type-"))
          svg->type = g_strdup (classes[i]);
      svg->in_entity = TRUE;
      svg->has_outline = FALSE;
      return;
    }

  if (!svg->in_entity || svg->has_outline || svg->type == NULL ||
      !(g_str_equal (element, "path") || g_str_equal (element, "ellipse") || g_str_equal (element, "polygon")))
    return;

  /* The outline is the group's first shape: its element, its fill, and
   * how many points it has (a polygon's corners, a curve's points).
   */
  {
    const char *coordinates = points != NULL ? points : path != NULL ? path : "";
    g_autofree char *look = NULL;

    for (const char *p = coordinates; *p != '\0'; p++)
      if (*p == ',')
        n++;
    look = g_strdup_printf ("%s %s %u", fill != NULL ? fill : "none", element, n);
    g_hash_table_insert (svg->looks, g_strdup (svg->type), g_steal_pointer (&look));
    svg->has_outline = TRUE;
  }
}

static void
svg_end_cb (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  SvgLooks *svg = user_data;

  /* Entity groups hold no groups, but a selection halo's. */
  if (g_str_equal (element, "g") && svg->in_entity && svg->has_outline)
    svg->in_entity = FALSE;
}

/* Each entity type's outline in an SVG export, as "fill element points";
 * and checks that every entity of a type is drawn alike.
 */
static GHashTable *
read_svg_looks (GBytes *svg_bytes)
{
  GMarkupParser parser = { svg_start_cb, svg_end_cb, NULL, NULL, NULL };
  SvgLooks svg = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), NULL, FALSE, FALSE };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &svg, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (svg_bytes, &length);

  /* Past the XML declaration, which GMarkup does not read. */
  const char *start = strstr (data, "<svg");

  g_assert_nonnull (start);
  g_assert_true (g_markup_parse_context_parse (context, start, length - (start - data), &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_free (svg.type);

  return svg.looks;
}

static guint
count_distinct_values (GHashTable *table)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_add (seen, value);

  return g_hash_table_size (seen);
}

static GBytes *
export_svg (LiaisonDataset *dataset)
{
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonExportOptions options;
  GBytes *svg;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  g_assert_no_error (error);
  liaison_export_options_init (&options, LIAISON_EXPORT_SVG);
  svg = liaison_export_to_bytes (scene, &options, &error);
  g_assert_no_error (error);

  return svg;
}

/* The bundled dataset's 13 entity types, as a reader of its SVG export
 * tells them apart: by fill and by how the outline is written. Before,
 * 13 types shared 8 colours and one shape.
 */
static void
test_bundled_svg_looks (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(GBytes) svg = export_svg (dataset);
  g_autoptr(GHashTable) looks = read_svg_looks (svg);

  g_assert_cmpuint (liaison_dataset_get_n_entity_types (dataset), ==, 13);
  g_assert_cmpuint (g_hash_table_size (looks), ==, 13);
  g_assert_cmpuint (count_distinct_values (looks), ==, 13);
}

/* 24 types, in the SVG too: where two share a fill, their outlines are
 * different elements or have different numbers of points.
 */
static void
test_many_types_svg_looks (void)
{
  g_autoptr(GString) json = g_string_new ("{\"entities\": [");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GHashTable) looks = NULL;

  for (guint i = 0; i < LIAISON_N_LOOKS; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"label\": \"Entity %u\", \"type\": \"type-%u\"}",
                            i > 0 ? "," : "", i, i, i);
  g_string_append (json, "], \"relations\": [");
  for (guint i = 1; i < LIAISON_N_LOOKS; i++)
    g_string_append_printf (json, "%s{\"from\": \"e%u\", \"to\": \"e%u\"}", i > 1 ? "," : "", i - 1, i);
  g_string_append (json, "]}");

  dataset = liaison_test_load_text (json->str);
  svg = export_svg (dataset);
  looks = read_svg_looks (svg);

  g_assert_cmpuint (g_hash_table_size (looks), ==, LIAISON_N_LOOKS);
  g_assert_cmpuint (count_distinct_values (looks), ==, LIAISON_N_LOOKS);
}

/* A colour name longer than "#rrggbb" reaches Graphviz whole, as hex;
 * it used to be cut to "lightgold", which Graphviz drew black.
 */
static void
test_long_color_name (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (
    "{\"entity_types\": [{\"id\": \"pale\", \"color\": \"lightgoldenrodyellow\"}],"
    " \"entities\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"pale\"}]}");
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonSceneElement *node;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_NEATO, 60, NULL, &error);
  g_assert_no_error (error);
  node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 0);
  g_assert_cmphex (liaison_scene_get_shapes (scene, node)[0].fill, ==, 0xfafad2ff);
  g_assert_cmpstr (liaison_scene_get_messages (scene)[0], ==, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/style/looks/distinct", test_distinct_looks);
  g_test_add_func ("/style/looks/deterministic", test_deterministic);
  g_test_add_func ("/style/looks/dataset-styles-kept", test_dataset_styles_kept);
  g_test_add_func ("/style/looks/every-allowed-shape", test_every_allowed_shape);
  g_test_add_func ("/style/looks/bundled-svg", test_bundled_svg_looks);
  g_test_add_func ("/style/looks/many-types-svg", test_many_types_svg_looks);
  g_test_add_func ("/style/looks/long-color-name", test_long_color_name);
  g_test_add_func ("/style/palette/apart-with-colour-vision-deficiencies", test_palette_apart);
  g_test_add_func ("/style/palette/delta-e-reference", test_delta_e_reference);

  return g_test_run ();
}

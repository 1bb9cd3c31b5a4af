/* liaison-style.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-style"

#include "config.h"

#include <math.h>

#include <stdlib.h>
#include <string.h>

#include "liaison-dataset.h"
#include "liaison-style.h"

/* Graphviz shapes that draw a closed outline from nothing but the node's own
 * size. Left out on purpose: record and Mrecord (their labels are syntax),
 * epsf and custom (they read files), and the decorative genetics shapes.
 */
static const char *const allowed_shapes[] = {
  "box", "rect", "rectangle", "square", "ellipse", "oval", "circle", "doublecircle",
  "diamond", "Mdiamond", "Msquare", "Mcircle", "egg", "triangle", "invtriangle",
  "trapezium", "invtrapezium", "parallelogram", "house", "invhouse", "pentagon",
  "hexagon", "septagon", "octagon", "doubleoctagon", "tripleoctagon", "star",
  "cylinder", "note", "tab", "folder", "box3d", "component", "underline",
  "plaintext", "plain", "none", "point",
  NULL
};

static const char *const allowed_line_styles[] = {
  "solid", "dashed", "dotted", "bold", NULL
};

/* Points. Graphviz draws style=bold at its own fixed width of 2, which
 * the penwidth every relation carries overrides: bold would look like
 * solid. Twice the width reads as bold at every zoom.
 */
#define RELATION_LINE_WIDTH 1.2
#define BOLD_RELATION_LINE_WIDTH (2 * RELATION_LINE_WIDTH)

/* Okabe and Ito's colour-blind-safe hues. Each fill is the shade of its
 * hue that keeps the eight furthest apart, with normal vision and as
 * protanopes, deuteranopes and tritanopes see them (CIEDE2000 of 10.8 at
 * the closest, and as far from a white page; tests/test-style.c checks),
 * while dark labels stay readable on every one (a contrast of 4.6:1 at
 * least). Paler fills, the obvious choice, meet each other: sky blue and
 * blue, or green and grey for a deuteranope, differ by less than 3. The
 * outline is a darker shade of the hue, which also holds up against a
 * dark background; relation types take the outlines as their colours.
 */
static const LiaisonPaletteColor palette[] = {
  { "#73b1d5", "#0072b2" },  /* blue */
  { "#e69f00", "#d55e00" },  /* orange */
  { "#009e73", "#006e50" },  /* bluish green */
  { "#cc79a7", "#8f5575" },  /* reddish purple */
  { "#f0e442", "#b8a000" },  /* yellow */
  { "#b3ddf5", "#56b4e9" },  /* sky blue */
  { "#d7660d", "#a34a00" },  /* vermilion */
  { "#b9b9b9", "#5e5e5e" },  /* grey */
};

/* The outlines types take in turn once the palette's colours are used up,
 * chosen to differ in how they are drawn, not only in proportion: Graphviz
 * draws a rounded box as a curve, an ellipse as an ellipse and a hexagon
 * as a polygon of six corners, and every export keeps that.
 */
static const char *const outlines[] = { "box", "ellipse", "hexagon" };

G_STATIC_ASSERT (G_N_ELEMENTS (palette) * G_N_ELEMENTS (outlines) == LIAISON_N_LOOKS);

/* Entities without a type: grey, in a box with square corners, which no
 * type takes unless a dataset asks for it.
 */
#define UNTYPED_COLOR (G_N_ELEMENTS (palette) - 1)
#define UNTYPED_SHAPE "rect"

/* How Graphviz draws each allowed shape's outline, as the first thing of
 * a node: a polygon of so many corners, an ellipse, or a curve of so many
 * points. Shapes drawn the same way look alike however they are named
 * (box, diamond and parallelogram are all four corners), so looks are
 * told apart by this.
 */
#define OUTLINE_ELLIPSE    0
#define OUTLINE_POLYGON(n) (n)
#define OUTLINE_CURVE(n)   (1000 + (n))

static const struct { const char *shape; int outline; } shape_outlines[] = {
  { "box", OUTLINE_CURVE (25) },  /* always with rounded corners */
  { "rect", OUTLINE_POLYGON (4) }, { "rectangle", OUTLINE_POLYGON (4) }, { "square", OUTLINE_POLYGON (4) },
  { "diamond", OUTLINE_POLYGON (4) }, { "Mdiamond", OUTLINE_POLYGON (4) }, { "Msquare", OUTLINE_POLYGON (4) },
  { "trapezium", OUTLINE_POLYGON (4) }, { "invtrapezium", OUTLINE_POLYGON (4) },
  { "parallelogram", OUTLINE_POLYGON (4) }, { "underline", OUTLINE_POLYGON (4) },
  { "plaintext", OUTLINE_POLYGON (4) }, { "plain", OUTLINE_POLYGON (4) }, { "none", OUTLINE_POLYGON (4) },
  { "ellipse", OUTLINE_ELLIPSE }, { "oval", OUTLINE_ELLIPSE }, { "circle", OUTLINE_ELLIPSE },
  { "doublecircle", OUTLINE_ELLIPSE }, { "Mcircle", OUTLINE_ELLIPSE }, { "point", OUTLINE_ELLIPSE },
  { "triangle", OUTLINE_POLYGON (3) }, { "invtriangle", OUTLINE_POLYGON (3) },
  { "house", OUTLINE_POLYGON (5) }, { "invhouse", OUTLINE_POLYGON (5) }, { "pentagon", OUTLINE_POLYGON (5) },
  { "note", OUTLINE_POLYGON (5) },
  { "hexagon", OUTLINE_POLYGON (6) }, { "tab", OUTLINE_POLYGON (6) }, { "box3d", OUTLINE_POLYGON (6) },
  { "septagon", OUTLINE_POLYGON (7) }, { "folder", OUTLINE_POLYGON (7) },
  { "octagon", OUTLINE_POLYGON (8) }, { "doubleoctagon", OUTLINE_POLYGON (8) },
  { "tripleoctagon", OUTLINE_POLYGON (8) },
  { "star", OUTLINE_POLYGON (10) }, { "component", OUTLINE_POLYGON (12) }, { "egg", OUTLINE_POLYGON (120) },
  { "cylinder", OUTLINE_CURVE (19) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (shape_outlines) == G_N_ELEMENTS (allowed_shapes) - 1);

static const struct { const char *name; guint32 rgb; } named_colors[] = {
  { "aliceblue", 0xf0f8ff },
  { "antiquewhite", 0xfaebd7 },
  { "aqua", 0x00ffff },
  { "aquamarine", 0x7fffd4 },
  { "azure", 0xf0ffff },
  { "beige", 0xf5f5dc },
  { "bisque", 0xffe4c4 },
  { "black", 0x000000 },
  { "blanchedalmond", 0xffebcd },
  { "blue", 0x0000ff },
  { "blueviolet", 0x8a2be2 },
  { "brown", 0xa52a2a },
  { "burlywood", 0xdeb887 },
  { "cadetblue", 0x5f9ea0 },
  { "chartreuse", 0x7fff00 },
  { "chocolate", 0xd2691e },
  { "coral", 0xff7f50 },
  { "cornflowerblue", 0x6495ed },
  { "cornsilk", 0xfff8dc },
  { "crimson", 0xdc143c },
  { "cyan", 0x00ffff },
  { "darkblue", 0x00008b },
  { "darkcyan", 0x008b8b },
  { "darkgoldenrod", 0xb8860b },
  { "darkgray", 0xa9a9a9 },
  { "darkgreen", 0x006400 },
  { "darkgrey", 0xa9a9a9 },
  { "darkkhaki", 0xbdb76b },
  { "darkmagenta", 0x8b008b },
  { "darkolivegreen", 0x556b2f },
  { "darkorange", 0xff8c00 },
  { "darkorchid", 0x9932cc },
  { "darkred", 0x8b0000 },
  { "darksalmon", 0xe9967a },
  { "darkseagreen", 0x8fbc8f },
  { "darkslateblue", 0x483d8b },
  { "darkslategray", 0x2f4f4f },
  { "darkslategrey", 0x2f4f4f },
  { "darkturquoise", 0x00ced1 },
  { "darkviolet", 0x9400d3 },
  { "deeppink", 0xff1493 },
  { "deepskyblue", 0x00bfff },
  { "dimgray", 0x696969 },
  { "dimgrey", 0x696969 },
  { "dodgerblue", 0x1e90ff },
  { "firebrick", 0xb22222 },
  { "floralwhite", 0xfffaf0 },
  { "forestgreen", 0x228b22 },
  { "fuchsia", 0xff00ff },
  { "gainsboro", 0xdcdcdc },
  { "ghostwhite", 0xf8f8ff },
  { "gold", 0xffd700 },
  { "goldenrod", 0xdaa520 },
  { "gray", 0x808080 },
  { "green", 0x008000 },
  { "greenyellow", 0xadff2f },
  { "grey", 0x808080 },
  { "honeydew", 0xf0fff0 },
  { "hotpink", 0xff69b4 },
  { "indianred", 0xcd5c5c },
  { "indigo", 0x4b0082 },
  { "ivory", 0xfffff0 },
  { "khaki", 0xf0e68c },
  { "lavender", 0xe6e6fa },
  { "lavenderblush", 0xfff0f5 },
  { "lawngreen", 0x7cfc00 },
  { "lemonchiffon", 0xfffacd },
  { "lightblue", 0xadd8e6 },
  { "lightcoral", 0xf08080 },
  { "lightcyan", 0xe0ffff },
  { "lightgoldenrodyellow", 0xfafad2 },
  { "lightgray", 0xd3d3d3 },
  { "lightgreen", 0x90ee90 },
  { "lightgrey", 0xd3d3d3 },
  { "lightpink", 0xffb6c1 },
  { "lightsalmon", 0xffa07a },
  { "lightseagreen", 0x20b2aa },
  { "lightskyblue", 0x87cefa },
  { "lightslategray", 0x778899 },
  { "lightslategrey", 0x778899 },
  { "lightsteelblue", 0xb0c4de },
  { "lightyellow", 0xffffe0 },
  { "lime", 0x00ff00 },
  { "limegreen", 0x32cd32 },
  { "linen", 0xfaf0e6 },
  { "magenta", 0xff00ff },
  { "maroon", 0x800000 },
  { "mediumaquamarine", 0x66cdaa },
  { "mediumblue", 0x0000cd },
  { "mediumorchid", 0xba55d3 },
  { "mediumpurple", 0x9370db },
  { "mediumseagreen", 0x3cb371 },
  { "mediumslateblue", 0x7b68ee },
  { "mediumspringgreen", 0x00fa9a },
  { "mediumturquoise", 0x48d1cc },
  { "mediumvioletred", 0xc71585 },
  { "midnightblue", 0x191970 },
  { "mintcream", 0xf5fffa },
  { "mistyrose", 0xffe4e1 },
  { "moccasin", 0xffe4b5 },
  { "navajowhite", 0xffdead },
  { "navy", 0x000080 },
  { "oldlace", 0xfdf5e6 },
  { "olive", 0x808000 },
  { "olivedrab", 0x6b8e23 },
  { "orange", 0xffa500 },
  { "orangered", 0xff4500 },
  { "orchid", 0xda70d6 },
  { "palegoldenrod", 0xeee8aa },
  { "palegreen", 0x98fb98 },
  { "paleturquoise", 0xafeeee },
  { "palevioletred", 0xdb7093 },
  { "papayawhip", 0xffefd5 },
  { "peachpuff", 0xffdab9 },
  { "peru", 0xcd853f },
  { "pink", 0xffc0cb },
  { "plum", 0xdda0dd },
  { "powderblue", 0xb0e0e6 },
  { "purple", 0x800080 },
  { "rebeccapurple", 0x663399 },
  { "red", 0xff0000 },
  { "rosybrown", 0xbc8f8f },
  { "royalblue", 0x4169e1 },
  { "saddlebrown", 0x8b4513 },
  { "salmon", 0xfa8072 },
  { "sandybrown", 0xf4a460 },
  { "seagreen", 0x2e8b57 },
  { "seashell", 0xfff5ee },
  { "sienna", 0xa0522d },
  { "silver", 0xc0c0c0 },
  { "skyblue", 0x87ceeb },
  { "slateblue", 0x6a5acd },
  { "slategray", 0x708090 },
  { "slategrey", 0x708090 },
  { "snow", 0xfffafa },
  { "springgreen", 0x00ff7f },
  { "steelblue", 0x4682b4 },
  { "tan", 0xd2b48c },
  { "teal", 0x008080 },
  { "thistle", 0xd8bfd8 },
  { "tomato", 0xff6347 },
  { "turquoise", 0x40e0d0 },
  { "violet", 0xee82ee },
  { "wheat", 0xf5deb3 },
  { "white", 0xffffff },
  { "whitesmoke", 0xf5f5f5 },
  { "yellow", 0xffff00 },
  { "yellowgreen", 0x9acd32 },
};

gboolean
liaison_style_is_allowed_shape (const char *shape)
{
  if (shape == NULL)
    return FALSE;

  return g_strv_contains (allowed_shapes, shape);
}

const char * const *
liaison_style_get_allowed_shapes (void)
{
  return allowed_shapes;
}

gboolean
liaison_style_is_allowed_line_style (const char *style)
{
  if (style == NULL)
    return FALSE;

  return g_strv_contains (allowed_line_styles, style);
}

double
liaison_style_get_relation_line_width (const char *line_style)
{
  return g_strcmp0 (line_style, "bold") == 0 ? BOLD_RELATION_LINE_WIDTH : RELATION_LINE_WIDTH;
}

static int
compare_color_name (const void *key,
                    const void *element)
{
  return g_ascii_strcasecmp (key, *(const char * const *) element);
}

static int
hex_digit (char c)
{
  return g_ascii_xdigit_value (c);
}

/* Accepts "#RRGGBB", "#RRGGBBAA" and the CSS colour names, nothing else. */
gboolean
liaison_style_parse_color (const char *color,
                           guint8     *red,
                           guint8     *green,
                           guint8     *blue,
                           guint8     *alpha)
{
  guint8 rgba[4] = { 0, 0, 0, 255 };

  if (color == NULL)
    return FALSE;

  if (color[0] == '#')
    {
      gsize len = strlen (color + 1);

      if (len != 6 && len != 8)
        return FALSE;

      for (gsize i = 0; i < len; i += 2)
        {
          int hi = hex_digit (color[1 + i]);
          int lo = hex_digit (color[2 + i]);

          if (hi < 0 || lo < 0)
            return FALSE;
          rgba[i / 2] = hi * 16 + lo;
        }
    }
  else
    {
      const void *found = bsearch (color, named_colors, G_N_ELEMENTS (named_colors),
                                   sizeof named_colors[0], compare_color_name);
      guint32 rgb;

      if (found == NULL)
        return FALSE;

      rgb = ((const typeof (named_colors[0]) *) found)->rgb;
      rgba[0] = (rgb >> 16) & 0xff;
      rgba[1] = (rgb >> 8) & 0xff;
      rgba[2] = rgb & 0xff;
    }

  if (red != NULL)
    *red = rgba[0];
  if (green != NULL)
    *green = rgba[1];
  if (blue != NULL)
    *blue = rgba[2];
  if (alpha != NULL)
    *alpha = rgba[3];

  return TRUE;
}

/* Returns: (nullable): the colour as lowercase "#rrggbb" or "#rrggbbaa". */
char *
liaison_style_normalize_color (const char *color)
{
  guint8 r, g, b, a;

  if (!liaison_style_parse_color (color, &r, &g, &b, &a))
    return NULL;

  if (a == 255)
    return g_strdup_printf ("#%02x%02x%02x", r, g, b);
  return g_strdup_printf ("#%02x%02x%02x%02x", r, g, b, a);
}

const LiaisonPaletteColor *
liaison_style_get_palette_color (guint index)
{
  return &palette[index % G_N_ELEMENTS (palette)];
}

guint
liaison_style_get_palette_size (void)
{
  return G_N_ELEMENTS (palette);
}

static int
get_outline (const char *shape)
{
  for (guint i = 0; i < G_N_ELEMENTS (shape_outlines); i++)
    if (g_str_equal (shape_outlines[i].shape, shape))
      return shape_outlines[i].outline;

  g_assert_not_reached ();
  return OUTLINE_POLYGON (4);
}

/* The allow-list's own copy of @shape, which lives for ever. */
static const char *
intern_shape (const char *shape)
{
  for (guint i = 0; allowed_shapes[i] != NULL; i++)
    if (g_str_equal (allowed_shapes[i], shape))
      return allowed_shapes[i];

  g_return_val_if_reached ("box");
}

static void
set_palette_color (LiaisonEntityLook *look,
                   guint              index)
{
  const LiaisonPaletteColor *colors = liaison_style_get_palette_color (index);

  g_strlcpy (look->fill, colors->fill, sizeof look->fill);
  g_strlcpy (look->line, colors->line, sizeof look->line);
}

/* A dataset's own colour fills the node; its outline is a darker shade. */
static gboolean
set_own_color (LiaisonEntityLook      *look,
               const LiaisonTypeStyle *type)
{
  guint8 r, g, b, a;

  if (type->color == NULL || !liaison_style_parse_color (type->color, &r, &g, &b, &a))
    return FALSE;

  /* As hex: a colour name can be longer than the field, and Graphviz
   * does not know every CSS name.
   */
  if (a == 255)
    g_snprintf (look->fill, sizeof look->fill, "#%02x%02x%02x", r, g, b);
  else
    g_snprintf (look->fill, sizeof look->fill, "#%02x%02x%02x%02x", r, g, b, a);
  g_snprintf (look->line, sizeof look->line, "#%02x%02x%02x", r * 55 / 100, g * 55 / 100, b * 55 / 100);
  return TRUE;
}

static char *
look_key (const char *fill,
          const char *shape)
{
  return g_strdup_printf ("%s %d", fill, get_outline (shape));
}

static gboolean
is_taken (GHashTable *taken,
          const char *fill,
          const char *shape)
{
  g_autofree char *key = look_key (fill, shape);

  return g_hash_table_contains (taken, key);
}

static void
take (GHashTable              *taken,
      const LiaisonEntityLook *look)
{
  g_hash_table_add (taken, look_key (look->fill, look->shape));
}

/* Gives each of @types a look that no other has, as far as LIAISON_N_LOOKS
 * go, in the order of @types, so the same dataset always looks the same.
 * What a dataset says about a type's colour or shape is kept; types it
 * styles whole are served first, and the others take the first looks left
 * over, colours before outlines, so a dataset of eight types or fewer gets
 * eight colours in rounded boxes. A NULL type gets the look of untyped
 * entities.
 */
void
liaison_style_assign_entity_looks (const LiaisonTypeStyle * const *types,
                                   guint                          n_types,
                                   LiaisonEntityLook             *looks)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gboolean *done = g_new0 (gboolean, MAX (n_types, 1));
  guint n_palette = G_N_ELEMENTS (palette);

  g_return_if_fail (types != NULL || n_types == 0);
  g_return_if_fail (looks != NULL || n_types == 0);

  for (guint i = 0; i < n_types; i++)
    {
      const LiaisonTypeStyle *type = types[i];

      memset (&looks[i], 0, sizeof looks[i]);
      if (type == NULL)
        {
          set_palette_color (&looks[i], UNTYPED_COLOR);
          looks[i].shape = UNTYPED_SHAPE;
          done[i] = TRUE;
        }
      else if (liaison_style_is_allowed_shape (type->shape) && set_own_color (&looks[i], type))
        {
          looks[i].shape = intern_shape (type->shape);
          take (taken, &looks[i]);
          done[i] = TRUE;
        }
    }

  for (guint i = 0; i < n_types; i++)
    {
      const LiaisonTypeStyle *type = types[i];
      LiaisonEntityLook *look = &looks[i];

      if (done[i])
        continue;

      if (set_own_color (look, type))
        {
          look->shape = outlines[0];
          for (guint k = 0; k < G_N_ELEMENTS (outlines); k++)
            if (!is_taken (taken, look->fill, outlines[k]))
              {
                look->shape = outlines[k];
                break;
              }
        }
      else if (liaison_style_is_allowed_shape (type->shape))
        {
          look->shape = intern_shape (type->shape);
          set_palette_color (look, i);
          for (guint c = 0; c < n_palette; c++)
            if (!is_taken (taken, palette[c].fill, look->shape))
              {
                set_palette_color (look, c);
                break;
              }
        }
      else
        {
          guint slot = i % LIAISON_N_LOOKS;

          for (guint k = 0; k < LIAISON_N_LOOKS; k++)
            if (!is_taken (taken, palette[k % n_palette].fill, outlines[k / n_palette]))
              {
                slot = k;
                break;
              }
          set_palette_color (look, slot % n_palette);
          look->shape = outlines[slot / n_palette];
        }

      take (taken, look);
    }
}

/* Returns: (transfer full): the look of each of @dataset's entity types,
 * in their order, then one more for untyped entities.
 */
LiaisonEntityLook *
liaison_style_dup_entity_looks (LiaisonDataset *dataset)
{
  guint n_types;
  g_autofree const LiaisonTypeStyle **types = NULL;
  LiaisonEntityLook *looks;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  n_types = liaison_dataset_get_n_entity_types (dataset);
  types = g_new (const LiaisonTypeStyle *, n_types + 1);
  for (guint i = 0; i < n_types; i++)
    types[i] = liaison_dataset_get_entity_type (dataset, i);
  types[n_types] = NULL;

  looks = g_new (LiaisonEntityLook, n_types + 1);
  liaison_style_assign_entity_looks (types, n_types + 1, looks);

  return looks;
}

/* The look of one type of @dataset, or of untyped entities when @type is
 * NULL. Each call weighs all the types: call
 * liaison_style_dup_entity_looks() for many.
 */
void
liaison_style_get_entity_look (LiaisonDataset         *dataset,
                               const LiaisonTypeStyle *type,
                               LiaisonEntityLook      *look)
{
  g_autofree LiaisonEntityLook *looks = NULL;
  guint n_types;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (look != NULL);

  n_types = liaison_dataset_get_n_entity_types (dataset);
  g_return_if_fail (type == NULL || type->index < n_types);

  looks = liaison_style_dup_entity_looks (dataset);
  *look = looks[type != NULL ? type->index : n_types];
}

void
liaison_style_get_relation_color (const LiaisonTypeStyle *type,
                                  char                    color[10])
{
  if (type != NULL && type->color != NULL)
    {
      g_strlcpy (color, type->color, 10);
      return;
    }

  /* Relation types start three colours along the palette, so that the
   * first relation type and the first entity type differ.
   */
  g_strlcpy (color, liaison_style_get_palette_color (type != NULL ? type->index + 3 : G_N_ELEMENTS (palette) - 1)->line, 10);
}

static double
to_linear_light (guint8 value)
{
  double c = value / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* Dark or light text, whichever contrasts more with @fill (WCAG's relative
 * luminance): a dataset may colour a type navy or black, on which the
 * usual dark labels could not be read.
 */
const char *
liaison_style_get_text_color (const char *fill)
{
  guint8 r, g, b;
  double luminance;

  if (fill == NULL || !liaison_style_parse_color (fill, &r, &g, &b, NULL))
    return LIAISON_DARK_TEXT;

  luminance = 0.2126 * to_linear_light (r) + 0.7152 * to_linear_light (g) + 0.0722 * to_linear_light (b);

  /* Contrast with #1e1e1e (luminance 0.0129) against contrast with white. */
  return (luminance + 0.05) / (0.0129 + 0.05) >= 1.05 / (luminance + 0.05) ? LIAISON_DARK_TEXT : LIAISON_LIGHT_TEXT;
}

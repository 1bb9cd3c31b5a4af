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

/* Okabe and Ito's colour-blind-safe set, lightened for fills so black text
 * stays readable on them, with a darker outline of the same hue that also
 * holds up against a dark background.
 */
static const LiaisonPaletteColor palette[] = {
  { "#9fd3f5", "#0072b2" },  /* blue */
  { "#ffd48f", "#d55e00" },  /* orange */
  { "#a8e6cf", "#009e73" },  /* bluish green */
  { "#f2b6d6", "#cc79a7" },  /* reddish purple */
  { "#fff3a0", "#b8a000" },  /* yellow */
  { "#bfe4ff", "#56b4e9" },  /* sky blue */
  { "#f7c4a5", "#a34a00" },  /* vermilion */
  { "#d9d9d9", "#5e5e5e" },  /* grey */
};

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

/* A dataset's own colour fills the node; its outline is a darker shade. */
void
liaison_style_get_entity_colors (const LiaisonTypeStyle *type,
                                 char                    fill[10],
                                 char                    line[10])
{
  const LiaisonPaletteColor *colors;
  guint8 r, g, b;

  if (type != NULL && type->color != NULL && liaison_style_parse_color (type->color, &r, &g, &b, NULL))
    {
      g_strlcpy (fill, type->color, 10);
      g_snprintf (line, 10, "#%02x%02x%02x", r * 55 / 100, g * 55 / 100, b * 55 / 100);
      return;
    }

  /* Untyped entities are grey, the last palette colour. */
  colors = liaison_style_get_palette_color (type != NULL ? type->index : G_N_ELEMENTS (palette) - 1);
  g_strlcpy (fill, colors->fill, 10);
  g_strlcpy (line, colors->line, 10);
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

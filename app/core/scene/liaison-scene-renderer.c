/* liaison-scene-renderer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-renderer"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "liaison-scene-renderer.h"
#include "liaison-style.h"

/* Lines stay visible however far out one zooms. */
#define MIN_LINE_PIXELS 0.6
/* Nodes smaller than this are drawn as plain boxes. */
#define MIN_SHAPE_PIXELS 3.0

/* An 0xRRGGBBAA colour as @cr's source. */
void
liaison_render_set_color (cairo_t *cr,
                          guint32  rgba)
{
  cairo_set_source_rgba (cr,
                         ((rgba >> 24) & 0xff) / 255.0,
                         ((rgba >> 16) & 0xff) / 255.0,
                         ((rgba >> 8) & 0xff) / 255.0,
                         (rgba & 0xff) / 255.0);
}

/* Lines drawn for a light background read poorly on a dark one: mix them
 * towards white.
 */
static guint32
adapt_line (guint32                     rgba,
            const LiaisonRenderOptions *options)
{
  guint r = (rgba >> 24) & 0xff, g = (rgba >> 16) & 0xff, b = (rgba >> 8) & 0xff;

  if (!options->dark)
    return rgba;

  r += (255 - r) * 2 / 5;
  g += (255 - g) * 2 / 5;
  b += (255 - b) * 2 / 5;

  return (r << 24) | (g << 16) | (b << 8) | (rgba & 0xff);
}

static void
trace_shape (cairo_t            *cr,
             const LiaisonShape *shape,
             const double       *p)
{
  switch (shape->kind)
    {
    case LIAISON_SHAPE_ELLIPSE:
      if (p[2] <= 0 || p[3] <= 0)
        return;
      cairo_save (cr);
      cairo_translate (cr, p[0], p[1]);
      cairo_scale (cr, p[2], p[3]);
      cairo_new_sub_path (cr);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      break;

    case LIAISON_SHAPE_POLYGON:
    case LIAISON_SHAPE_POLYLINE:
      cairo_move_to (cr, p[0], p[1]);
      for (guint i = 1; i < shape->n_points; i++)
        cairo_line_to (cr, p[i * 2], p[i * 2 + 1]);
      if (shape->kind == LIAISON_SHAPE_POLYGON)
        cairo_close_path (cr);
      break;

    case LIAISON_SHAPE_BEZIER:
      cairo_move_to (cr, p[0], p[1]);
      for (guint i = 1; i + 2 < shape->n_points; i += 3)
        cairo_curve_to (cr, p[i * 2], p[i * 2 + 1], p[i * 2 + 2], p[i * 2 + 3], p[i * 2 + 4], p[i * 2 + 5]);
      break;

    case LIAISON_SHAPE_TEXT:
    default:
      break;
    }
}

static void
set_line (cairo_t                    *cr,
          const LiaisonShape         *shape,
          const LiaisonRenderOptions *options)
{
  double width = MAX (shape->line_width, MIN_LINE_PIXELS / options->scale);
  double dashes[2];

  cairo_set_line_width (cr, width);
  switch (shape->line_style)
    {
    case LIAISON_LINE_DASHED:
      dashes[0] = 5 * width;
      dashes[1] = 3 * width;
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case LIAISON_LINE_DOTTED:
      dashes[0] = 0;
      dashes[1] = 2.5 * width;
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case LIAISON_LINE_SOLID:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

/* Returns: (transfer full): a layout for text that scales with the
 * graph: its metrics must not snap to whole pixels, or labels would shift
 * as one zooms.
 */
PangoLayout *
liaison_render_new_layout (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *font_options = cairo_font_options_create ();
  PangoLayout *layout;

  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (font_options);

  layout = pango_layout_new (context);
  g_object_unref (context);
  return layout;
}

static PangoLayout *
get_layout (cairo_t *cr)
{
  static GPrivate layout_key = G_PRIVATE_INIT (g_object_unref);
  PangoLayout *layout = g_private_get (&layout_key);

  /* One layout a thread: tiles render in a worker thread, exports in
   * another, and Pango objects must not be shared between threads.
   */
  if (layout == NULL)
    {
      layout = liaison_render_new_layout ();
      g_private_set (&layout_key, layout);
    }

  pango_cairo_update_layout (cr, layout);
  return layout;
}

/* Labels outside entities, in light mode, as Graphviz writes dark text. */
#define DEFAULT_TEXT        0x1e1e1effu
#define DEFAULT_BACKGROUND  0xffffffffu
#define DARK_BACKGROUND     0x242424ffu

static void
trace_rounded (cairo_t           *cr,
               const LiaisonRect *rect,
               double             radius)
{
  radius = MIN (radius, MIN (rect->x1 - rect->x0, rect->y1 - rect->y0) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, rect->x1 - radius, rect->y0 + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, rect->x1 - radius, rect->y1 - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, rect->x0 + radius, rect->y1 - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, rect->x0 + radius, rect->y0 + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

LiaisonLabelPlacement *
liaison_render_get_labels (LiaisonScene               *scene,
                           const LiaisonRenderOptions *options)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (options != NULL && options->scale > 0, NULL);

  return liaison_scene_get_labels (scene, options->scale,
                                   options->label_pixels > 0 ? options->label_pixels : LIAISON_MIN_LABEL_PIXELS);
}

static void
draw_label (cairo_t                    *cr,
            const LiaisonLabel         *label,
            const LiaisonRenderOptions *options)
{
  PangoLayout *layout = get_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (LIAISON_FONT_FAMILY);
  PangoRectangle logical;
  guint32 color;
  double x, y;

  /* One point of font size is one unit of the scene. */
  pango_font_description_set_absolute_size (font, label->font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, label->text, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  switch (label->align)
    {
    case LIAISON_ALIGN_LEFT:
      x = label->x;
      break;
    case LIAISON_ALIGN_RIGHT:
      x = label->x - logical.width / (double) PANGO_SCALE;
      break;
    case LIAISON_ALIGN_CENTER:
    default:
      x = label->x - logical.width / (2.0 * PANGO_SCALE);
      break;
    }
  y = label->y - pango_layout_get_baseline (layout) / (double) PANGO_SCALE;

  if (label->inside)
    color = label->color;
  else if (options->text_color != 0)
    color = options->text_color;
  else
    color = label->element->kind == LIAISON_ELEMENT_ENTITY ? DEFAULT_TEXT : label->color;

  /* On the background, over whatever lines pass: on a plate of the
   * background that hides them.
   */
  if (!label->inside)
    {
      guint32 background = options->background != 0 ? options->background
                                                     : options->dark ? DARK_BACKGROUND : DEFAULT_BACKGROUND;
      LiaisonRect plate;

      liaison_label_get_plate (label, &plate);
      liaison_render_set_color (cr, (background & 0xffffff00u) |
                                    (guint32) (LIAISON_LABEL_PLATE_OPACITY * 255 + 0.5));
      trace_rounded (cr, &plate, LIAISON_LABEL_PLATE_RADIUS * label->font_size);
      cairo_fill (cr);
    }

  liaison_render_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static gboolean
too_small (const LiaisonSceneElement  *element,
           const LiaisonRenderOptions *options)
{
  return options->level_of_detail &&
         (element->bounds.x1 - element->bounds.x0) * options->scale < MIN_SHAPE_PIXELS &&
         (element->bounds.y1 - element->bounds.y0) * options->scale < MIN_SHAPE_PIXELS;
}

/* Everything Graphviz drew for @element but its text: labels are placed
 * and drawn apart.
 */
static void
draw_shapes (LiaisonScene               *scene,
             cairo_t                    *cr,
             const LiaisonSceneElement  *element,
             const LiaisonRenderOptions *options)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, element);
  gboolean is_edge = element->kind == LIAISON_ELEMENT_RELATION;

  /* Far out, a node is a dot of its colour and an edge a hairline. */
  if (too_small (element, options))
    {
      for (guint i = 0; i < element->n_shapes; i++)
        if (shapes[i].kind != LIAISON_SHAPE_TEXT)
          {
            liaison_render_set_color (cr, is_edge ? adapt_line (shapes[i].pen, options)
                                   : (shapes[i].fill != 0 ? shapes[i].fill : shapes[i].pen));
            break;
          }
      if (is_edge)
        {
          const LiaisonSceneElement *tail = liaison_scene_get_node (scene, element->tail);
          const LiaisonSceneElement *head = liaison_scene_get_node (scene, element->head);

          cairo_set_line_width (cr, MIN_LINE_PIXELS / options->scale);
          cairo_move_to (cr, tail->x, tail->y);
          cairo_line_to (cr, head->x, head->y);
          cairo_stroke (cr);
        }
      else
        {
          cairo_rectangle (cr, element->bounds.x0, element->bounds.y0,
                           MAX (element->bounds.x1 - element->bounds.x0, 1 / options->scale),
                           MAX (element->bounds.y1 - element->bounds.y0, 1 / options->scale));
          cairo_fill (cr);
        }
      return;
    }

  for (guint i = 0; i < element->n_shapes; i++)
    {
      const LiaisonShape *shape = &shapes[i];
      const double *p = liaison_scene_get_points (scene, shape);

      if (shape->kind == LIAISON_SHAPE_TEXT)
        continue;

      trace_shape (cr, shape, p);

      if (shape->fill != 0 && shape->kind != LIAISON_SHAPE_POLYLINE)
        {
          liaison_render_set_color (cr, shape->fill);
          if (shape->pen != 0 && shape->line_width > 0)
            cairo_fill_preserve (cr);
          else
            cairo_fill (cr);
        }

      if (shape->pen != 0 && shape->line_width > 0)
        {
          liaison_render_set_color (cr, is_edge ? adapt_line (shape->pen, options) : shape->pen);
          set_line (cr, shape, options);
          cairo_stroke (cr);
        }
      cairo_new_path (cr);
    }
}

/* Draws the label that goes with @element at this scale, if it has one;
 * with @always, also one that gave way, where it would have gone: for
 * what the pointer is on.
 */
void
liaison_scene_render_label (LiaisonScene               *scene,
                            cairo_t                    *cr,
                            const LiaisonSceneElement  *element,
                            const LiaisonRenderOptions *options,
                            gboolean                    always)
{
  g_autoptr(LiaisonLabelPlacement) labels = NULL;
  const LiaisonLabel *placed;
  LiaisonLabel wanted;

  g_return_if_fail (LIAISON_IS_SCENE (scene));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (element != NULL);
  g_return_if_fail (options != NULL);

  labels = liaison_render_get_labels (scene, options);
  placed = liaison_label_placement_lookup (labels, element);
  if (placed != NULL && !(always && placed->n_relations > 1))
    draw_label (cr, placed, options);
  else if (always && liaison_label_placement_get_wanted (labels, element, &wanted))
    draw_label (cr, &wanted, options);
}

/* Draws @element with its label, as liaison_scene_render() does. */
void
liaison_scene_render_element (LiaisonScene               *scene,
                              cairo_t                    *cr,
                              const LiaisonSceneElement  *element,
                              const LiaisonRenderOptions *options)
{
  g_return_if_fail (LIAISON_IS_SCENE (scene));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (element != NULL);
  g_return_if_fail (options != NULL);

  draw_shapes (scene, cr, element, options);
  liaison_scene_render_label (scene, cr, element, options, FALSE);
}

static int
compare_elements (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return liaison_label_placement_compare_elements (user_data,
                                                   *(const LiaisonSceneElement * const *) a,
                                                   *(const LiaisonSceneElement * const *) b);
}

/* Draws everything that meets @region (in scene points), in the order
 * liaison_label_placement_compare_elements() gives, each element with its
 * label. A label can reach beyond its element: elements whose labels
 * meet @region are drawn too, so that a label cut by the edge of a tile
 * goes on in the next.
 */
void
liaison_scene_render (LiaisonScene               *scene,
                      cairo_t                    *cr,
                      const LiaisonRect          *region,
                      const LiaisonRenderOptions *options)
{
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(LiaisonLabelPlacement) placement = NULL;
  guint n = 0;

  g_return_if_fail (LIAISON_IS_SCENE (scene));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (region != NULL);
  g_return_if_fail (options != NULL && options->scale > 0);

  placement = liaison_render_get_labels (scene, options);
  liaison_scene_query_rect (scene, region, elements);
  liaison_label_placement_query (placement, region, labels);
  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (elements, (gpointer) ((const LiaisonLabel *) g_ptr_array_index (labels, i))->element);
  g_ptr_array_sort_with_data (elements, compare_elements, placement);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < elements->len; i++)
    {
      const LiaisonSceneElement *element = g_ptr_array_index (elements, i);
      const LiaisonLabel *label;

      /* Met twice: by its bounds and by its label. */
      if (n > 0 && g_ptr_array_index (elements, n - 1) == element)
        continue;
      g_ptr_array_index (elements, n++) = (gpointer) element;

      draw_shapes (scene, cr, element, options);
      label = liaison_label_placement_lookup (placement, element);
      if (label != NULL)
        draw_label (cr, label, options);
    }
  cairo_restore (cr);
}

static void
trace_outline (cairo_t                   *cr,
               LiaisonScene              *scene,
               const LiaisonSceneElement *element)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, element);

  /* A node's outline is its first closed shape; failing one, its box. */
  for (guint i = 0; i < element->n_shapes; i++)
    {
      if (shapes[i].kind == LIAISON_SHAPE_ELLIPSE || shapes[i].kind == LIAISON_SHAPE_POLYGON ||
          shapes[i].kind == LIAISON_SHAPE_BEZIER)
        {
          trace_shape (cr, &shapes[i], liaison_scene_get_points (scene, &shapes[i]));
          if (shapes[i].kind != LIAISON_SHAPE_BEZIER)
            return;
          cairo_close_path (cr);
          return;
        }
    }

  cairo_rectangle (cr, element->x - element->width / 2, element->y - element->height / 2,
                   element->width, element->height);
}

/* A band of @rgba, @width units wide, around a node's outline or along an
 * edge's lines: how selections and matches stand out on screen and in
 * exports. Draw the element over it afterwards.
 */
void
liaison_scene_render_halo (LiaisonScene              *scene,
                           cairo_t                   *cr,
                           const LiaisonSceneElement *element,
                           guint32                    rgba,
                           double                     width)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, element);

  g_return_if_fail (LIAISON_IS_SCENE (scene));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (element != NULL);

  cairo_save (cr);
  liaison_render_set_color (cr, rgba);
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (element->kind == LIAISON_ELEMENT_ENTITY)
    trace_outline (cr, scene, element);
  else
    for (guint i = 0; i < element->n_shapes; i++)
      if (shapes[i].kind == LIAISON_SHAPE_BEZIER || shapes[i].kind == LIAISON_SHAPE_POLYLINE)
        trace_shape (cr, &shapes[i], liaison_scene_get_points (scene, &shapes[i]));

  cairo_stroke (cr);
  cairo_restore (cr);
}

guint32
liaison_render_adapt_line (guint32  rgba,
                           gboolean dark)
{
  LiaisonRenderOptions options = { 1.0, FALSE, dark, 0, 0, 0 };

  return adapt_line (rgba, &options);
}

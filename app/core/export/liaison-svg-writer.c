/* liaison-svg-writer.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a scene as SVG 1.1 with text as text.
 *
 * Cairo's SVG surface turns text into glyph outlines, which nobody can
 * search or edit, so the SVG is written here, from the same drawing
 * operations the screen draws. Every entity and relation is a group whose
 * id is its element id (liaison-element-id.h) and whose classes name its
 * kind and type, with a <title> for hover. Nothing is loaded from
 * elsewhere, there are no scripts, links go only to http and https
 * sources, and every piece of data is escaped.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-element-id.h"
#include "liaison-export-page.h"
#include "liaison-export.h"
#include "liaison-graph-query.h"
#include "liaison-label-placement.h"
#include "liaison-numbers.h"
#include "liaison-scene-renderer.h"
#include "liaison-style.h"

#define MARGIN LIAISON_EXPORT_MARGIN
#define SELECTION_COLOR 0x3584e4ffu
#define DARK_BACKGROUND "#242424"
#define DARK_TEXT       0xe0e0e0ffu
#define LIGHT_TEXT      0x1e1e1effu

typedef struct
{
  GString          *out;
  LiaisonScene     *scene;
  LiaisonDataset   *dataset;
  gboolean          dark;
  LiaisonLabelPlacement *labels;
} Writer;

/* Text for XML: escaped, and without the characters XML 1.0 forbids. */
static void
append_text (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ||
              (c >= 0xD800 && c <= 0xDFFF))
            g_string_append (out, "\xEF\xBF\xBD");
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[LIAISON_NUMBER_BUF_SIZE];
  gsize len = liaison_format_number (buffer, value);

  g_string_append_len (out, buffer, len);
}

static void
append_point (GString      *out,
              const double *p)
{
  append_number (out, p[0]);
  g_string_append_c (out, ',');
  append_number (out, p[1]);
}

static void
append_color (GString    *out,
              const char *attribute,
              guint32     rgba)
{
  g_string_append_printf (out, " %s=\"#%06x\"", attribute, rgba >> 8);
  if ((rgba & 0xff) != 0xff)
    {
      g_string_append_printf (out, " %s-opacity=\"", attribute);
      append_number (out, (rgba & 0xff) / 255.0);
      g_string_append_c (out, '"');
    }
}

static void
append_stroke (GString            *out,
               const LiaisonShape *shape,
               guint32             pen)
{
  if (pen == 0 || shape->line_width <= 0)
    {
      g_string_append (out, " stroke=\"none\"");
      return;
    }

  append_color (out, "stroke", pen);
  g_string_append (out, " stroke-width=\"");
  append_number (out, shape->line_width);
  g_string_append_c (out, '"');

  if (shape->line_style == LIAISON_LINE_DASHED)
    {
      g_string_append (out, " stroke-dasharray=\"");
      append_number (out, 5 * shape->line_width);
      g_string_append_c (out, ',');
      append_number (out, 3 * shape->line_width);
      g_string_append_c (out, '"');
    }
  else if (shape->line_style == LIAISON_LINE_DOTTED)
    {
      g_string_append (out, " stroke-linecap=\"round\" stroke-dasharray=\"0,");
      append_number (out, 2.5 * shape->line_width);
      g_string_append_c (out, '"');
    }
}

static void
append_path_data (GString            *out,
                  const LiaisonShape *shape,
                  const double       *p,
                  gboolean            close)
{
  g_string_append (out, " d=\"M");
  append_point (out, p);
  for (guint i = 1; i + 2 < shape->n_points; i += 3)
    {
      g_string_append (out, " C");
      append_point (out, &p[i * 2]);
      g_string_append_c (out, ' ');
      append_point (out, &p[i * 2 + 2]);
      g_string_append_c (out, ' ');
      append_point (out, &p[i * 2 + 4]);
    }
  if (close)
    g_string_append (out, " Z");
  g_string_append_c (out, '"');
}

static void
write_shape (Writer                    *w,
             const LiaisonSceneElement *element,
             const LiaisonShape        *shape)
{
  const double *p = liaison_scene_get_points (w->scene, shape);
  gboolean is_edge = element->kind == LIAISON_ELEMENT_RELATION;
  guint32 pen = is_edge ? liaison_render_adapt_line (shape->pen, w->dark) : shape->pen;
  GString *out = w->out;

  switch (shape->kind)
    {
    case LIAISON_SHAPE_ELLIPSE:
      g_string_append (out, "<ellipse cx=\"");
      append_number (out, p[0]);
      g_string_append (out, "\" cy=\"");
      append_number (out, p[1]);
      g_string_append (out, "\" rx=\"");
      append_number (out, p[2]);
      g_string_append (out, "\" ry=\"");
      append_number (out, p[3]);
      g_string_append_c (out, '"');
      break;

    case LIAISON_SHAPE_POLYGON:
    case LIAISON_SHAPE_POLYLINE:
      g_string_append (out, shape->kind == LIAISON_SHAPE_POLYGON ? "<polygon points=\"" : "<polyline points=\"");
      for (guint i = 0; i < shape->n_points; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          append_point (out, &p[i * 2]);
        }
      g_string_append_c (out, '"');
      break;

    case LIAISON_SHAPE_BEZIER:
      g_string_append (out, "<path");
      append_path_data (out, shape, p, shape->fill != 0);
      break;

    case LIAISON_SHAPE_TEXT:
      /* Labels are placed apart: see write_label(). */
      return;

    default:
      return;
    }

  if (shape->fill != 0 && shape->kind != LIAISON_SHAPE_POLYLINE)
    append_color (out, "fill", shape->fill);
  else
    g_string_append (out, " fill=\"none\"");
  append_stroke (out, shape, pen);
  g_string_append (out, "/>\n");
}

/* A label as the screen draws it at 100 %: one line, centred, and on the
 * background on a plate of it that hides the lines it lies on.
 */
static void
write_label (Writer             *w,
             const LiaisonLabel *label)
{
  static const char *const anchors[] = { "start", "middle", "end" };
  GString *out = w->out;
  guint32 color;

  if (label->inside)
    color = label->color;
  else if (w->dark)
    color = DARK_TEXT;
  else
    color = label->element->kind == LIAISON_ELEMENT_ENTITY ? LIGHT_TEXT : label->color;

  if (!label->inside)
    {
      LiaisonRect plate;

      liaison_label_get_plate (label, &plate);
      g_string_append (out, "<rect class=\"label-plate\" x=\"");
      append_number (out, plate.x0);
      g_string_append (out, "\" y=\"");
      append_number (out, plate.y0);
      g_string_append (out, "\" width=\"");
      append_number (out, plate.x1 - plate.x0);
      g_string_append (out, "\" height=\"");
      append_number (out, plate.y1 - plate.y0);
      g_string_append (out, "\" rx=\"");
      append_number (out, MIN (LIAISON_LABEL_PLATE_RADIUS * label->font_size, (plate.y1 - plate.y0) / 2));
      g_string_append_printf (out, "\" fill=\"%s\" fill-opacity=\"", w->dark ? DARK_BACKGROUND : "#ffffff");
      append_number (out, LIAISON_LABEL_PLATE_OPACITY);
      g_string_append (out, "\" stroke=\"none\"/>\n");
    }

  g_string_append (out, "<text x=\"");
  append_number (out, label->x);
  g_string_append (out, "\" y=\"");
  append_number (out, label->y);
  g_string_append (out, "\" font-size=\"");
  append_number (out, label->font_size);
  g_string_append_printf (out, "\" text-anchor=\"%s\"", anchors[label->align]);
  append_color (out, "fill", color);
  g_string_append_c (out, '>');
  append_text (out, label->text);
  g_string_append (out, "</text>\n");
}

/* The link to an element's first source, apart from its outline and its
 * label so that both stay direct children of the element's group: an
 * invisible copy of the outline, or of the line, that takes the click.
 */
static void
write_link (Writer                    *w,
            const LiaisonSceneElement *element,
            const LiaisonSource       *source)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (w->scene, element);

  for (guint i = 0; i < element->n_shapes; i++)
    {
      LiaisonShape target = shapes[i];

      if (target.kind == LIAISON_SHAPE_TEXT)
        continue;

      g_string_append (w->out, "<a class=\"source\" xlink:href=\"");
      append_text (w->out, source->url);
      g_string_append (w->out, "\"");
      if (source->title != NULL)
        {
          g_string_append (w->out, " xlink:title=\"");
          append_text (w->out, source->title);
          g_string_append (w->out, "\"");
        }
      g_string_append (w->out, ">");
      if (element->kind == LIAISON_ELEMENT_ENTITY)
        {
          target.fill = 0xffffff00u;
          target.pen = 0;
        }
      else
        {
          target.fill = 0;
          target.pen = 0xffffff00u;
          target.line_width = 6;
          target.line_style = LIAISON_LINE_SOLID;
        }
      write_shape (w, element, &target);
      g_string_append (w->out, "</a>\n");
      return;
    }
}

static const LiaisonSource *
first_linked_source (LiaisonDataset        *dataset,
                     const LiaisonEvidence *evidence,
                     guint                  n_evidence)
{
  for (guint i = 0; i < n_evidence; i++)
    {
      const LiaisonSource *source = liaison_dataset_lookup_source (dataset, evidence[i].source);

      /* The loader admits only http and https links. */
      if (source != NULL && source->url != NULL)
        return source;
    }

  return NULL;
}

static void
write_halo (Writer                    *w,
            const LiaisonSceneElement *element)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (w->scene, element);

  for (guint i = 0; i < element->n_shapes; i++)
    {
      LiaisonShape halo = shapes[i];

      if (halo.kind == LIAISON_SHAPE_TEXT || (element->kind == LIAISON_ELEMENT_ENTITY && i > 0))
        continue;
      if (element->kind == LIAISON_ELEMENT_RELATION && halo.kind == LIAISON_SHAPE_POLYGON)
        continue;

      /* The selection, as on screen: a broad band under the element. */
      halo.fill = 0;
      halo.line_width = 4;
      halo.line_style = LIAISON_LINE_SOLID;
      halo.pen = SELECTION_COLOR;
      g_string_append (w->out, "<g class=\"selection\">");
      write_shape (w, element, &halo);
      g_string_append (w->out, "</g>\n");
      if (element->kind == LIAISON_ELEMENT_ENTITY)
        break;
    }
}

static void
write_element (Writer                    *w,
               const LiaisonSceneElement *element,
               gboolean                   selected)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (w->scene, element);
  g_autofree char *id = liaison_element_id_new (element->kind, element->id);
  g_autofree char *type_class = NULL;
  g_autofree char *title = NULL;
  const LiaisonSource *linked;
  const LiaisonLabel *label;
  GString *out = w->out;

  if (element->kind == LIAISON_ELEMENT_ENTITY)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (w->dataset, element->index);
      const LiaisonEvidence *evidence;
      guint n_evidence;

      if (liaison_entity_get_entity_type (entity) != NULL)
        type_class = liaison_element_id_encode ("entity-type-", liaison_entity_get_entity_type (entity));
      title = liaison_entity_get_type_label (entity) != NULL
        /* TRANSLATORS: an entity in an exported drawing: label (type) */
        ? g_strdup_printf (_("%s (%s)"), liaison_entity_get_label (entity), liaison_entity_get_type_label (entity))
        : g_strdup (liaison_entity_get_label (entity));
      evidence = liaison_entity_get_evidence (entity, &n_evidence);
      linked = first_linked_source (w->dataset, evidence, n_evidence);
    }
  else
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (w->dataset, element->index);

      if (relation->type != NULL)
        type_class = liaison_element_id_encode ("relation-type-", relation->type);
      title = liaison_relation_dup_title (w->dataset, relation);
      linked = first_linked_source (w->dataset, relation->evidence, relation->n_evidence);
    }

  g_string_append_printf (out, "<g id=\"%s\" class=\"%s%s%s\">\n<title>", id,
                          element->kind == LIAISON_ELEMENT_ENTITY ? "entity" : "relation",
                          type_class != NULL ? " " : "", type_class != NULL ? type_class : "");
  append_text (out, title);
  g_string_append (out, "</title>\n");

  if (selected)
    write_halo (w, element);

  for (guint i = 0; i < element->n_shapes; i++)
    write_shape (w, element, &shapes[i]);

  label = liaison_label_placement_lookup (w->labels, element);
  if (label != NULL)
    write_label (w, label);

  if (linked != NULL)
    write_link (w, element, linked);
  g_string_append (out, "</g>\n");
}

static void
write_lines (Writer     *w,
             GArray     *lines,
             double      size,
             guint32     color,
             const char *extra)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const LiaisonPageLine *line = &g_array_index (lines, LiaisonPageLine, i);

      g_string_append (w->out, "<text x=\"");
      append_number (w->out, line->x);
      g_string_append (w->out, "\" y=\"");
      append_number (w->out, line->y);
      g_string_append (w->out, "\" font-size=\"");
      append_number (w->out, size);
      g_string_append_printf (w->out, "\" text-anchor=\"start\"%s", extra);
      append_color (w->out, "fill", color);
      g_string_append_c (w->out, '>');
      append_text (w->out, line->text);
      g_string_append (w->out, "</text>\n");
    }
}

static void
write_swatch (Writer                   *w,
              const LiaisonLegendEntry *entry)
{
  const LiaisonRect *s = &entry->swatch;
  GString *out = w->out;

  if (entry->kind == LIAISON_ELEMENT_RELATION)
    {
      double y = (s->y0 + s->y1) / 2;
      LiaisonShape line = { .line_width = entry->line_width, .line_style = entry->line_style };

      g_string_append (out, "<line x1=\"");
      append_number (out, s->x0);
      g_string_append (out, "\" y1=\"");
      append_number (out, y);
      g_string_append (out, "\" x2=\"");
      append_number (out, s->x1);
      g_string_append (out, "\" y2=\"");
      append_number (out, y);
      g_string_append_c (out, '"');
      append_stroke (out, &line, entry->line);
      g_string_append (out, "/>\n");
      return;
    }
  else
    {
      /* Inset by half the line, as the outline is stroked. */
      double cx = (s->x0 + s->x1) / 2, cy = (s->y0 + s->y1) / 2;
      double ry = (s->y1 - s->y0) / 2 - 1, rx = entry->outline.square ? ry : (s->x1 - s->x0) / 2 - 1;
      LiaisonShape outline = { .line_width = entry->line_width, .line_style = LIAISON_LINE_SOLID };

      switch (entry->outline.kind)
        {
        case LIAISON_OUTLINE_ROUNDED_BOX:
          g_string_append (out, "<rect x=\"");
          append_number (out, cx - rx);
          g_string_append (out, "\" y=\"");
          append_number (out, cy - ry);
          g_string_append (out, "\" width=\"");
          append_number (out, 2 * rx);
          g_string_append (out, "\" height=\"");
          append_number (out, 2 * ry);
          g_string_append (out, "\" rx=\"");
          append_number (out, 0.3 * ry);
          g_string_append_c (out, '"');
          break;

        case LIAISON_OUTLINE_ELLIPSE:
          g_string_append (out, "<ellipse cx=\"");
          append_number (out, cx);
          g_string_append (out, "\" cy=\"");
          append_number (out, cy);
          g_string_append (out, "\" rx=\"");
          append_number (out, rx);
          g_string_append (out, "\" ry=\"");
          append_number (out, ry);
          g_string_append_c (out, '"');
          break;

        case LIAISON_OUTLINE_POLYGON:
        default:
          g_string_append (out, "<polygon points=\"");
          for (guint i = 0; i < entry->outline.n_points; i++)
            {
              double p[2] = { cx + rx * entry->outline.points[i * 2], cy + ry * entry->outline.points[i * 2 + 1] };

              if (i > 0)
                g_string_append_c (out, ' ');
              append_point (out, p);
            }
          g_string_append_c (out, '"');
          break;
        }

      append_color (out, "fill", entry->fill);
      g_string_append (out, " stroke-linejoin=\"round\"");
      append_stroke (out, &outline, entry->line);
      g_string_append (out, "/>\n");
    }
}

/* The title, legend and credits, each a group of its own beside the
 * graph's, never inside an entity's or a relation's.
 */
static void
write_decorations (Writer                  *w,
                   const LiaisonExportPage *page)
{
  static const char *const kinds[] = { "legend-entity", "legend-relation" };

  if (page->title->len > 0)
    {
      g_string_append (w->out, "<g id=\"title\" class=\"title\" font-family=\"");
      append_text (w->out, LIAISON_SVG_FONT_FAMILIES);
      g_string_append (w->out, "\">\n");
      write_lines (w, page->title, page->title_size, page->text_color, " font-weight=\"bold\"");
      g_string_append (w->out, "</g>\n");
    }

  if (page->legend->len > 0)
    {
      g_string_append (w->out, "<g id=\"legend\" class=\"legend\" font-family=\"");
      append_text (w->out, LIAISON_SVG_FONT_FAMILIES);
      g_string_append (w->out, "\">\n");
      for (guint i = 0; i < page->legend->len; i++)
        {
          const LiaisonLegendEntry *entry = &g_array_index (page->legend, LiaisonLegendEntry, i);

          g_string_append_printf (w->out, "<g class=\"%s\">\n", kinds[entry->kind == LIAISON_ELEMENT_RELATION]);
          write_swatch (w, entry);
          g_string_append (w->out, "<text x=\"");
          append_number (w->out, entry->text_x);
          g_string_append (w->out, "\" y=\"");
          append_number (w->out, entry->text_y);
          g_string_append (w->out, "\" font-size=\"");
          append_number (w->out, page->legend_size);
          g_string_append (w->out, "\" text-anchor=\"start\"");
          append_color (w->out, "fill", page->text_color);
          g_string_append_c (w->out, '>');
          append_text (w->out, entry->label);
          g_string_append (w->out, "</text>\n</g>\n");
        }
      g_string_append (w->out, "</g>\n");
    }

  if (page->credits->len > 0)
    {
      g_string_append (w->out, "<g id=\"credits\" class=\"credits\" font-family=\"");
      append_text (w->out, LIAISON_SVG_FONT_FAMILIES);
      g_string_append (w->out, "\">\n");
      write_lines (w, page->credits, page->credits_size, page->credits_color, "");
      g_string_append (w->out, "</g>\n");
    }
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

/* Returns: (transfer full) */
GBytes *
liaison_svg_write (LiaisonScene               *scene,
                   const LiaisonExportOptions *options)
{
  const LiaisonRect *bounds;
  const char *title;
  LiaisonElementKind kind = LIAISON_ELEMENT_ENTITY;
  guint selected = G_MAXUINT;
  double x, y, width, height;
  g_autoptr(LiaisonExportPage) page = NULL;
  g_autoptr(GPtrArray) order = NULL;
  gboolean in_entities = FALSE;
  Writer w;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  w.scene = scene;
  w.dataset = liaison_scene_get_dataset (scene);
  w.dark = options->dark;
  w.out = g_string_sized_new (1024 + 600 * (liaison_scene_get_n_nodes (scene) + liaison_scene_get_n_edges (scene)));

  /* What the screen shows at the page's scale (100 % on a page of the
   * drawing's own size), one point to a pixel, in the order it draws.
   */
  page = liaison_export_page_new (scene, options);
  w.labels = liaison_scene_get_labels (scene, page->scale, page->label_points);
  order = g_ptr_array_sized_new (liaison_scene_get_n_nodes (scene) + liaison_scene_get_n_edges (scene));
  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    g_ptr_array_add (order, (gpointer) liaison_scene_get_edge (scene, i));
  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    g_ptr_array_add (order, (gpointer) liaison_scene_get_node (scene, i));
  g_ptr_array_sort_with_data (order, compare_elements, w.labels);

  if (options->keep_selection)
    {
      kind = options->selection_kind;
      selected = options->selection_index;
    }

  bounds = liaison_scene_get_bounds (scene);
  if (page->plain)
    {
      /* The drawing alone: in the scene's own coordinates. */
      x = bounds->x0 - MARGIN;
      y = bounds->y0 - MARGIN;
      width = bounds->x1 - bounds->x0 + 2 * MARGIN;
      height = bounds->y1 - bounds->y0 + 2 * MARGIN;
    }
  else
    {
      x = y = 0;
      width = page->width;
      height = page->height;
    }

  g_string_append (w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
  g_string_append (w.out, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                          " version=\"1.1\" width=\"");
  append_number (w.out, width);
  g_string_append (w.out, "pt\" height=\"");
  append_number (w.out, height);
  g_string_append (w.out, "pt\" viewBox=\"");
  append_number (w.out, x);
  g_string_append_c (w.out, ' ');
  append_number (w.out, y);
  g_string_append_c (w.out, ' ');
  append_number (w.out, width);
  g_string_append_c (w.out, ' ');
  append_number (w.out, height);
  g_string_append (w.out, "\">\n<title>");

  title = liaison_dataset_get_title (w.dataset);
  append_text (w.out, title != NULL ? title : _("Liaison graph"));
  g_string_append (w.out, "</title>\n<desc>");
  {
    guint n_nodes = liaison_scene_get_n_nodes (scene);
    guint n_edges = liaison_scene_get_n_edges (scene);
    g_autofree char *nodes = liaison_dup_count (LIAISON_COUNT_ENTITIES, n_nodes);
    g_autofree char *edges = liaison_dup_count (LIAISON_COUNT_RELATIONS, n_edges);
    /* TRANSLATORS: the description of an exported drawing */
    g_autofree char *desc = g_strdup_printf (_("%s and %s, laid out by Graphviz (%s) and drawn by Liaison"),
                                             nodes, edges, liaison_scene_get_engine (scene) != NULL
                                                           ? liaison_scene_get_engine (scene) : "?");

    append_text (w.out, desc);
  }
  g_string_append (w.out, "</desc>\n");

  g_string_append (w.out, "<rect x=\"");
  append_number (w.out, x);
  g_string_append (w.out, "\" y=\"");
  append_number (w.out, y);
  g_string_append (w.out, "\" width=\"");
  append_number (w.out, width);
  g_string_append (w.out, "\" height=\"");
  append_number (w.out, height);
  g_string_append_printf (w.out, "\" fill=\"%s\"/>\n", options->dark ? DARK_BACKGROUND : "#ffffff");

  /* One list of fonts for all text, so other machines find a CJK font. */
  g_string_append (w.out, "<g id=\"graph\" font-family=\"");
  append_text (w.out, LIAISON_SVG_FONT_FAMILIES);
  g_string_append_c (w.out, '"');
  if (!page->plain)
    {
      /* On a page: the scene moved, and scaled to fit a preset. */
      char scale[G_ASCII_DTOSTR_BUF_SIZE];

      /* A scale needs more than the hundredths a coordinate gets: a wide
       * drawing is shrunk to a few hundredths.
       */
      g_ascii_formatd (scale, sizeof scale, "%.6g", page->scale);
      g_string_append_printf (w.out, " transform=\"matrix(%s,0,0,%s,", scale, scale);
      append_number (w.out, page->dx);
      g_string_append_c (w.out, ',');
      append_number (w.out, page->dy);
      g_string_append (w.out, ")\"");
    }
  g_string_append (w.out, ">\n<g id=\"relations\">\n");
  for (guint i = 0; i < order->len; i++)
    {
      const LiaisonSceneElement *element = g_ptr_array_index (order, i);

      if (element->kind == LIAISON_ELEMENT_ENTITY && !in_entities)
        {
          g_string_append (w.out, "</g>\n<g id=\"entities\">\n");
          in_entities = TRUE;
        }
      write_element (&w, element, element->kind == kind && element->index == selected);
    }
  if (!in_entities)
    g_string_append (w.out, "</g>\n<g id=\"entities\">\n");
  g_string_append (w.out, "</g>\n</g>\n");
  write_decorations (&w, page);
  g_string_append (w.out, "</svg>\n");

  liaison_label_placement_unref (w.labels);
  return g_string_free_to_bytes (w.out);
}

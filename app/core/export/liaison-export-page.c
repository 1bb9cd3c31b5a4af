/* liaison-export-page.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Puts a drawing export on its page. On a page of the drawing's own size
 * the graph keeps its scale and the title goes above it, the legend and
 * the credits below; on a preset page (A4, Letter, a 16:9 slide), turned
 * to the drawing's orientation, the graph is scaled to the room those
 * leave, with margins, so that even the very wide drawings of "dot" fit.
 * Text is broken into lines here, with Pango and the font the screen
 * uses, and each writer draws the same lines: text stays text.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "liaison-display-text.h"
#include "liaison-export-page.h"
#include "liaison-scene-renderer.h"
#include "liaison-style.h"

/* Preset pages: half an inch all round. */
#define PAGE_MARGIN       36.0
/* Decorations on a drawing's own page are never narrower than this. */
#define MIN_TEXT_WIDTH    360.0
/* A small graph is enlarged on a large page, but only so far. */
#define MAX_ENLARGEMENT   2.0
/* The graph keeps at least this share of a preset page's height. */
#define MIN_DRAWING_SHARE 0.3

/* Labels on a preset page, in points: small print, still read with ease
 * on paper, where the screen wants 10 pixels.
 */
#define PAGE_LABEL_POINTS 7.0

#define TITLE_SIZE        18.0
#define LEGEND_SIZE       9.0
#define CREDITS_SIZE      8.0

#define LIGHT_TEXT        0x1e1e1effu
#define LIGHT_CREDITS     0x5e5e5effu
#define DARK_TEXT         0xe0e0e0ffu
#define DARK_CREDITS      0xa8a8a8ffu
#define DARK_BACKGROUND   0x242424ffu

typedef struct
{
  double width, height;  /* portrait */
} PageSize;

static const PageSize page_sizes[] = {
  [LIAISON_PAGE_A4] = { 210 / 25.4 * 72, 297 / 25.4 * 72 },
  [LIAISON_PAGE_LETTER] = { 612, 792 },
  [LIAISON_PAGE_SLIDE] = { 540, 960 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (page_sizes) == LIAISON_N_PAGES);

static void
clear_line (gpointer data)
{
  g_free (((LiaisonPageLine *) data)->text);
}

static void
clear_entry (gpointer data)
{
  g_free (((LiaisonLegendEntry *) data)->label);
}

void
liaison_export_page_free (LiaisonExportPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->title, g_array_unref);
  g_clear_pointer (&page->legend, g_array_unref);
  g_clear_pointer (&page->credits, g_array_unref);
  g_free (page);
}

static guint32
parse_color (const char *color,
             guint32     fallback)
{
  guint8 r, g, b, a;

  if (color == NULL || !liaison_style_parse_color (color, &r, &g, &b, &a))
    return fallback;

  return ((guint32) r << 24) | ((guint32) g << 16) | ((guint32) b << 8) | a;
}

static void
set_font (PangoLayout *layout,
          double       size,
          gboolean     bold)
{
  PangoFontDescription *font = pango_font_description_from_string (LIAISON_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

/* Breaks @text into lines no wider than @width, starting at (@x, @top);
 * returns the height they take.
 */
static double
break_lines (PangoLayout *layout,
             const char  *text,
             double       size,
             gboolean     bold,
             double       x,
             double       top,
             double       width,
             GArray      *lines)
{
  PangoLayoutIter *iter;
  PangoRectangle logical;

  set_font (layout, size, bold);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      LiaisonPageLine out;

      out.text = g_strchomp (g_strndup (text + line->start_index, line->length));
      out.x = x;
      out.y = top + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      if (out.text[0] != '\0')
        g_array_append_val (lines, out);
      else
        g_free (out.text);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (layout, NULL, &logical);
  pango_layout_set_width (layout, -1);

  return logical.height / (double) PANGO_SCALE;
}

static void
move_lines (GArray *lines,
            double  dy)
{
  for (guint i = 0; i < lines->len; i++)
    g_array_index (lines, LiaisonPageLine, i).y += dy;
}

static int
compare_credits (gconstpointer a,
                 gconstpointer b)
{
  const LiaisonSource *x = *(const LiaisonSource * const *) a;
  const LiaisonSource *y = *(const LiaisonSource * const *) b;
  int by_date;

  /* By date, undated last; then by name. */
  if ((x->date == NULL) != (y->date == NULL))
    return x->date == NULL ? 1 : -1;
  by_date = x->date != NULL ? strcmp (x->date, y->date) : 0;
  if (by_date != 0)
    return by_date;

  return g_strcmp0 (x->publisher != NULL ? x->publisher : x->title, y->publisher != NULL ? y->publisher : y->title);
}

/* Returns: (transfer full) (nullable): "Sources: Nikkei Asia (2018-12-10),
 * Reuters (2019-05-20)", each publisher and date once, for the sources the
 * relations in @scene cite; %NULL when they cite none.
 */
char *
liaison_export_dup_credits (LiaisonScene *scene)
{
  LiaisonDataset *dataset = liaison_scene_get_dataset (scene);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *shown = NULL;

  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, liaison_scene_get_edge (scene, i)->index);

      for (guint j = 0; j < relation->n_evidence; j++)
        {
          const LiaisonSource *source = liaison_dataset_lookup_source (dataset, relation->evidence[j].source);

          if (source != NULL && g_hash_table_add (seen, (gpointer) source))
            g_ptr_array_add (sources, (gpointer) source);
        }
    }

  if (sources->len == 0)
    return NULL;

  g_ptr_array_sort (sources, compare_credits);

  for (guint i = 0; i < sources->len; i++)
    {
      const LiaisonSource *source = g_ptr_array_index (sources, i);
      const char *name = source->publisher != NULL ? source->publisher
                         : source->title != NULL ? source->title : source->id;
      g_autofree char *credit = source->date != NULL
        /* TRANSLATORS: a source in an export's credits: publisher (date) */
        ? g_strdup_printf (_("%s (%s)"), name, source->date)
        : g_strdup (name);

      /* Two articles of one publisher on one day are one credit. */
      if (g_hash_table_contains (names, credit))
        continue;
      if (list->len > 0)
        /* TRANSLATORS: between two sources in an export's credits */
        g_string_append (list, C_("credits", ", "));
      g_string_append (list, credit);
      g_hash_table_add (names, g_steal_pointer (&credit));
    }

  shown = liaison_display_text (list->str);
  /* TRANSLATORS: the credits line of an exported drawing */
  return g_strdup_printf (_("Sources: %s"), shown);
}

/* The legend's entries, types in the dataset's order, only those shown. */
static void
collect_legend (LiaisonScene *scene,
                GArray       *legend,
                gboolean      dark)
{
  LiaisonDataset *dataset = liaison_scene_get_dataset (scene);
  guint n_entity_types = liaison_dataset_get_n_entity_types (dataset);
  guint n_relation_types = liaison_dataset_get_n_relation_types (dataset);
  g_autofree gboolean *entity_shown = g_new0 (gboolean, n_entity_types + 1);
  g_autofree gboolean *relation_shown = g_new0 (gboolean, n_relation_types + 1);
  g_autofree LiaisonEntityLook *looks = NULL;

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, liaison_scene_get_node (scene, i)->index);
      const char *type_id = liaison_entity_get_entity_type (entity);
      const LiaisonTypeStyle *type = type_id != NULL ? liaison_dataset_lookup_entity_type (dataset, type_id) : NULL;

      if (type != NULL)
        entity_shown[type->index] = TRUE;
    }

  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, liaison_scene_get_edge (scene, i)->index);
      const LiaisonTypeStyle *type = relation->type != NULL
                                     ? liaison_dataset_lookup_relation_type (dataset, relation->type) : NULL;

      if (type != NULL)
        relation_shown[type->index] = TRUE;
    }

  looks = liaison_style_dup_entity_looks (dataset);
  for (guint i = 0; i < n_entity_types; i++)
    {
      const LiaisonTypeStyle *type = liaison_dataset_get_entity_type (dataset, i);
      LiaisonLegendEntry entry = { LIAISON_ELEMENT_ENTITY, NULL };

      if (!entity_shown[i])
        continue;

      entry.label = liaison_display_text (type->label);
      liaison_outline_for_shape (looks[i].shape, &entry.outline);
      entry.fill = parse_color (looks[i].fill, 0xffffffffu);
      entry.line = parse_color (looks[i].line, LIGHT_TEXT);
      entry.line_width = 1.2;
      g_array_append_val (legend, entry);
    }

  for (guint i = 0; i < n_relation_types; i++)
    {
      const LiaisonTypeStyle *type = liaison_dataset_get_relation_type (dataset, i);
      LiaisonLegendEntry entry = { LIAISON_ELEMENT_RELATION, NULL };
      char color[10];

      if (!relation_shown[i])
        continue;

      liaison_style_get_relation_color (type, color);
      entry.label = liaison_display_text (type->label);
      entry.line = liaison_render_adapt_line (parse_color (color, LIGHT_TEXT), dark);
      entry.line_width = liaison_style_get_relation_line_width (type->line_style);
      entry.line_style = g_strcmp0 (type->line_style, "dashed") == 0 ? LIAISON_LINE_DASHED
                         : g_strcmp0 (type->line_style, "dotted") == 0 ? LIAISON_LINE_DOTTED
                         : LIAISON_LINE_SOLID;
      g_array_append_val (legend, entry);
    }
}

/* Places the legend's entries in rows from (@x, @top), entities first and
 * relations on rows of their own; returns the height they take.
 */
static double
place_legend (PangoLayout *layout,
              GArray      *legend,
              double       size,
              double       x,
              double       top,
              double       width)
{
  double swatch_width = 2.2 * size, swatch_height = 1.3 * size;
  double row_height, baseline, cursor = 0, row_top = top;
  PangoRectangle logical;

  if (legend->len == 0)
    return 0;

  set_font (layout, size, FALSE);
  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  row_height = MAX (logical.height / (double) PANGO_SCALE, swatch_height) + 0.4 * size;
  baseline = (row_height - logical.height / (double) PANGO_SCALE) / 2 +
             pango_layout_get_baseline (layout) / (double) PANGO_SCALE;

  for (guint i = 0; i < legend->len; i++)
    {
      LiaisonLegendEntry *entry = &g_array_index (legend, LiaisonLegendEntry, i);
      double text_width, entry_width;
      gboolean new_kind = i > 0 && entry->kind != g_array_index (legend, LiaisonLegendEntry, i - 1).kind;

      pango_layout_set_text (layout, entry->label, -1);
      pango_layout_get_extents (layout, NULL, &logical);
      text_width = logical.width / (double) PANGO_SCALE;
      entry_width = swatch_width + 0.4 * size + text_width;

      if (cursor > 0 && (new_kind || cursor + entry_width > width))
        {
          cursor = 0;
          row_top += row_height;
        }

      entry->swatch.x0 = x + cursor;
      entry->swatch.x1 = entry->swatch.x0 + swatch_width;
      entry->swatch.y0 = row_top + (row_height - swatch_height) / 2;
      entry->swatch.y1 = entry->swatch.y0 + swatch_height;
      entry->text_x = entry->swatch.x1 + 0.4 * size;
      entry->text_y = row_top + baseline;
      cursor += entry_width + 1.6 * size;
    }

  return row_top + row_height - top;
}

/* The scale that fits the drawing into what the decorations leave of a
 * preset page of @width × @height.
 */
static double
fit_scale (PangoLayout *layout,
           const char  *title,
           const char  *credits,
           GArray      *legend,
           double       width,
           double       height,
           double       drawing_width,
           double       drawing_height)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (LiaisonPageLine));
  double text_width = width - 2 * PAGE_MARGIN, gap = 0.8 * TITLE_SIZE, used = 0, legend_height, room;

  g_array_set_clear_func (lines, clear_line);
  if (title != NULL)
    used += break_lines (layout, title, TITLE_SIZE, TRUE, 0, 0, text_width, lines) + gap;
  legend_height = place_legend (layout, legend, LEGEND_SIZE, 0, 0, text_width);
  if (legend_height > 0)
    used += legend_height + gap;
  if (credits != NULL)
    used += break_lines (layout, credits, CREDITS_SIZE, FALSE, 0, 0, text_width, lines) +
            (legend_height > 0 ? gap / 2 : gap);
  room = MAX (height - 2 * PAGE_MARGIN - used, MIN_DRAWING_SHARE * height);

  return MIN (MIN (text_width / drawing_width, room / drawing_height), MAX_ENLARGEMENT);
}

/* Returns: (transfer full): where everything goes on the page. */
LiaisonExportPage *
liaison_export_page_new (LiaisonScene               *scene,
                         const LiaisonExportOptions *options)
{
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  double drawing_width = MAX (bounds->x1 - bounds->x0, 1);
  double drawing_height = MAX (bounds->y1 - bounds->y0, 1);
  LiaisonDecorations decorations = options->decorations;
  g_autoptr(LiaisonExportPage) page = g_new0 (LiaisonExportPage, 1);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *credits = NULL;
  g_autofree char *shown_title = NULL;
  const char *title = liaison_dataset_get_title (liaison_scene_get_dataset (scene));
  double margin, text_width, text_scale, gap;
  double title_height = 0, legend_height = 0, credits_height = 0, below, foot;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  page->title = g_array_new (FALSE, FALSE, sizeof (LiaisonPageLine));
  page->credits = g_array_new (FALSE, FALSE, sizeof (LiaisonPageLine));
  page->legend = g_array_new (FALSE, FALSE, sizeof (LiaisonLegendEntry));
  g_array_set_clear_func (page->title, clear_line);
  g_array_set_clear_func (page->credits, clear_line);
  g_array_set_clear_func (page->legend, clear_entry);
  page->text_color = options->dark ? DARK_TEXT : LIGHT_TEXT;
  page->credits_color = options->dark ? DARK_CREDITS : LIGHT_CREDITS;
  page->background = options->dark ? DARK_BACKGROUND : 0xffffffffu;
  page->scale = 1;

  if ((decorations & LIAISON_DECORATION_TITLE) && (title == NULL || title[0] == '\0'))
    decorations &= ~LIAISON_DECORATION_TITLE;
  if (decorations & LIAISON_DECORATION_CREDITS)
    {
      credits = liaison_export_dup_credits (scene);
      if (credits == NULL)
        decorations &= ~LIAISON_DECORATION_CREDITS;
    }
  if (decorations & LIAISON_DECORATION_LEGEND)
    {
      collect_legend (scene, page->legend, options->dark);
      if (page->legend->len == 0)
        decorations &= ~LIAISON_DECORATION_LEGEND;
    }

  /* Text is measured as the screen's renderer measures it: unhinted, so
   * that a line is as long in a PDF as in an SVG.
   */
  layout = liaison_render_new_layout ();
  if (decorations & LIAISON_DECORATION_TITLE)
    shown_title = liaison_display_text (title);

  if (options->page == LIAISON_PAGE_DRAWING)
    {
      /* The drawing at its own size, and text that stays in proportion
       * to it when a large drawing is looked at whole.
       */
      text_scale = MAX (1, drawing_width / 900);
      margin = decorations != 0 ? 2 * LIAISON_EXPORT_MARGIN * text_scale : LIAISON_EXPORT_MARGIN;
      text_width = MAX (drawing_width, decorations != 0 ? MIN_TEXT_WIDTH * text_scale : 0);
      page->width = text_width + 2 * margin;
      page->plain = decorations == 0;
      page->label_points = LIAISON_MIN_LABEL_PIXELS;
    }
  else
    {
      const PageSize *size = &page_sizes[MIN (options->page, LIAISON_N_PAGES - 1)];
      double upright = fit_scale (layout, shown_title, credits, page->legend, size->width, size->height,
                                  drawing_width, drawing_height);
      double turned = fit_scale (layout, shown_title, credits, page->legend, size->height, size->width,
                                 drawing_width, drawing_height);
      /* Turned whichever way shows the drawing larger, with the title,
       * legend and credits in place; as the drawing is, when both do.
       */
      gboolean landscape = fabs (turned - upright) > 1e-6 ? turned > upright : drawing_width > drawing_height;

      /* Slides are shown on screens, which are wider than high. */
      if (options->page == LIAISON_PAGE_SLIDE)
        landscape = TRUE;

      margin = PAGE_MARGIN;
      text_scale = 1;
      page->label_points = PAGE_LABEL_POINTS;
      page->width = landscape ? size->height : size->width;
      page->height = landscape ? size->width : size->height;
      text_width = page->width - 2 * margin;
    }

  gap = 0.8 * TITLE_SIZE * text_scale;
  page->title_size = TITLE_SIZE * text_scale;
  page->legend_size = LEGEND_SIZE * text_scale;
  page->credits_size = CREDITS_SIZE * text_scale;

  if (shown_title != NULL)
    title_height = break_lines (layout, shown_title, page->title_size, TRUE, margin, margin, text_width,
                                page->title);
  legend_height = place_legend (layout, page->legend, page->legend_size, margin, 0, text_width);
  if (credits != NULL)
    credits_height = break_lines (layout, credits, page->credits_size, FALSE, margin, 0, text_width, page->credits);

  below = legend_height + credits_height;
  if (legend_height > 0 && credits_height > 0)
    below += gap / 2;
  if (below > 0)
    below += gap;

  if (options->page == LIAISON_PAGE_DRAWING)
    {
      double top = margin + (title_height > 0 ? title_height + gap : 0);

      page->dx = margin + (text_width - drawing_width) / 2 - bounds->x0;
      page->dy = top - bounds->y0;
      page->height = top + drawing_height + below + margin;
      foot = top + drawing_height;
    }
  else
    {
      double top = margin + (title_height > 0 ? title_height + gap : 0);
      double room = MAX (page->height - top - below - margin, MIN_DRAWING_SHARE * page->height);
      double shift;

      page->scale = MIN (MIN (text_width / drawing_width, room / drawing_height), MAX_ENLARGEMENT);

      /* Title, drawing, legend and credits together, in the middle of the
       * page: the legend stays by the drawing it explains.
       */
      shift = MAX (room - drawing_height * page->scale, 0) / 2;
      move_lines (page->title, shift);
      page->dx = margin + (text_width - drawing_width * page->scale) / 2 - bounds->x0 * page->scale;
      page->dy = top + shift - bounds->y0 * page->scale;
      foot = top + shift + drawing_height * page->scale;
    }

  /* The legend, then the credits, under the drawing. */
  foot += gap;
  for (guint i = 0; i < page->legend->len; i++)
    {
      LiaisonLegendEntry *entry = &g_array_index (page->legend, LiaisonLegendEntry, i);

      entry->swatch.y0 += foot;
      entry->swatch.y1 += foot;
      entry->text_y += foot;
    }
  move_lines (page->credits, foot + (legend_height > 0 ? legend_height + gap / 2 : 0));

  return g_steal_pointer (&page);
}

static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            GArray      *lines,
            double       size,
            gboolean     bold,
            guint32      color)
{
  set_font (layout, size, bold);
  liaison_render_set_color (cr, color);
  for (guint i = 0; i < lines->len; i++)
    {
      const LiaisonPageLine *line = &g_array_index (lines, LiaisonPageLine, i);

      pango_layout_set_text (layout, line->text, -1);
      cairo_move_to (cr, line->x, line->y - pango_layout_get_baseline (layout) / (double) PANGO_SCALE);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Traces @outline in @box as the legend shows it. */
static void
trace_outline (cairo_t              *cr,
               const LiaisonOutline *outline,
               const LiaisonRect    *box)
{
  double cx = (box->x0 + box->x1) / 2, cy = (box->y0 + box->y1) / 2;
  double rx = (box->x1 - box->x0) / 2, ry = (box->y1 - box->y0) / 2;

  if (outline->square)
    rx = ry;

  cairo_new_path (cr);
  switch (outline->kind)
    {
    case LIAISON_OUTLINE_ROUNDED_BOX:
      {
        double r = 0.3 * ry;

        cairo_new_sub_path (cr);
        cairo_arc (cr, cx + rx - r, cy - ry + r, r, -G_PI / 2, 0);
        cairo_arc (cr, cx + rx - r, cy + ry - r, r, 0, G_PI / 2);
        cairo_arc (cr, cx - rx + r, cy + ry - r, r, G_PI / 2, G_PI);
        cairo_arc (cr, cx - rx + r, cy - ry + r, r, G_PI, 3 * G_PI / 2);
        cairo_close_path (cr);
      }
      break;

    case LIAISON_OUTLINE_ELLIPSE:
      cairo_save (cr);
      cairo_translate (cr, cx, cy);
      cairo_scale (cr, rx, ry);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      break;

    case LIAISON_OUTLINE_POLYGON:
    default:
      for (guint i = 0; i < outline->n_points; i++)
        cairo_line_to (cr, cx + rx * outline->points[i * 2], cy + ry * outline->points[i * 2 + 1]);
      cairo_close_path (cr);
      break;
    }
}

/* Draws the title, legend and credits; @cr in page coordinates. */
void
liaison_export_page_draw_decorations (const LiaisonExportPage *page,
                                      cairo_t                 *cr)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (page != NULL);

  if (page->title->len == 0 && page->legend->len == 0 && page->credits->len == 0)
    return;

  cairo_save (cr);
  layout = liaison_render_new_layout ();
  pango_cairo_update_layout (cr, layout);

  draw_lines (cr, layout, page->title, page->title_size, TRUE, page->text_color);

  set_font (layout, page->legend_size, FALSE);
  for (guint i = 0; i < page->legend->len; i++)
    {
      const LiaisonLegendEntry *entry = &g_array_index (page->legend, LiaisonLegendEntry, i);
      /* Inset by half the line, as the outline is stroked. */
      LiaisonRect box = { entry->swatch.x0 + 1, entry->swatch.y0 + 1, entry->swatch.x1 - 1, entry->swatch.y1 - 1 };

      if (entry->kind == LIAISON_ELEMENT_ENTITY)
        {
          trace_outline (cr, &entry->outline, &box);
          liaison_render_set_color (cr, entry->fill);
          cairo_fill_preserve (cr);
          liaison_render_set_color (cr, entry->line);
          cairo_set_line_width (cr, entry->line_width);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_stroke (cr);
        }
      else
        {
          double y = (entry->swatch.y0 + entry->swatch.y1) / 2;
          double dashes[2];

          cairo_new_path (cr);
          cairo_move_to (cr, entry->swatch.x0, y);
          cairo_line_to (cr, entry->swatch.x1, y);
          liaison_render_set_color (cr, entry->line);
          cairo_set_line_width (cr, entry->line_width);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          if (entry->line_style == LIAISON_LINE_DASHED)
            {
              dashes[0] = 5 * entry->line_width;
              dashes[1] = 3 * entry->line_width;
              cairo_set_dash (cr, dashes, 2, 0);
            }
          else if (entry->line_style == LIAISON_LINE_DOTTED)
            {
              dashes[0] = 0;
              dashes[1] = 2.5 * entry->line_width;
              cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
              cairo_set_dash (cr, dashes, 2, 0);
            }
          else
            cairo_set_dash (cr, NULL, 0, 0);
          cairo_stroke (cr);
        }

      pango_layout_set_text (layout, entry->label, -1);
      liaison_render_set_color (cr, page->text_color);
      cairo_move_to (cr, entry->text_x, entry->text_y - pango_layout_get_baseline (layout) / (double) PANGO_SCALE);
      pango_cairo_show_layout (cr, layout);
    }

  draw_lines (cr, layout, page->credits, page->credits_size, FALSE, page->credits_color);
  cairo_restore (cr);
}

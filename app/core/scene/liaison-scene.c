/* liaison-scene.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The laid-out graph, read from Graphviz's "json" output.
 *
 * That output comes from another process and is treated as untrusted: it
 * passes the same strict pre-scan as datasets, and every count, number and
 * reference is checked before use. (Debian's libxdot, the other way to read
 * Graphviz's drawing operations, crashes on input as small as "P -5 1 1".)
 */

#define G_LOG_DOMAIN "liaison-scene"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-json-reader.h"
#include "liaison-json-scan.h"
#include "liaison-scene.h"
#include "liaison-spatial-index.h"

/* Far beyond any real layout; a coordinate outside is a corrupt one. */
#define MAX_COORDINATE 1e8
#define MAX_FONT_SIZE  1000.0

struct _LiaisonScene
{
  GObject              parent_instance;

  LiaisonDataset      *dataset;
  char                *engine;
  char               **messages;
  LiaisonRect          bounds;

  GArray              *nodes;        /* LiaisonSceneElement */
  GArray              *edges;        /* LiaisonSceneElement */
  GArray              *shapes;       /* LiaisonShape */
  GArray              *points;       /* double, x y pairs */
  GStringChunk        *strings;

  guint               *node_of_entity;    /* entity index -> node number, or G_MAXUINT */
  guint               *edge_of_relation;  /* relation index -> edge number, or G_MAXUINT */

  LiaisonSpatialIndex *node_index;
  LiaisonSpatialIndex *edge_index;        /* whole edges, for drawing */
  LiaisonSpatialIndex *edge_piece_index;  /* short pieces of edges, for pointing */
  GArray              *edge_piece_owner;  /* piece -> edge number */
  guint               *edge_visited;      /* edge -> the last hit test that met it */
  guint                hit_test_serial;
};

G_DEFINE_FINAL_TYPE (LiaisonScene, liaison_scene, G_TYPE_OBJECT)

G_DEFINE_QUARK (liaison-scene-error-quark, liaison_scene_error)

/* The state Graphviz's drawing operations change as they go. */
typedef struct
{
  guint32          pen;
  guint32          fill;
  float            line_width;
  LiaisonLineStyle line_style;
  float            font_size;
  gboolean         invisible;
} DrawState;

static void
liaison_scene_finalize (GObject *object)
{
  LiaisonScene *self = (LiaisonScene *)object;

  g_clear_pointer (&self->node_index, liaison_spatial_index_free);
  g_clear_pointer (&self->edge_index, liaison_spatial_index_free);
  g_clear_pointer (&self->edge_piece_index, liaison_spatial_index_free);
  g_clear_pointer (&self->edge_piece_owner, g_array_unref);
  g_clear_pointer (&self->edge_visited, g_free);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->shapes, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->node_of_entity, g_free);
  g_clear_pointer (&self->edge_of_relation, g_free);
  g_clear_pointer (&self->engine, g_free);
  g_clear_pointer (&self->messages, g_strfreev);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (liaison_scene_parent_class)->finalize (object);
}

static void
liaison_scene_class_init (LiaisonSceneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_scene_finalize;
}

static void
liaison_scene_init (LiaisonScene *self)
{
  self->nodes = g_array_new (FALSE, FALSE, sizeof (LiaisonSceneElement));
  self->edges = g_array_new (FALSE, FALSE, sizeof (LiaisonSceneElement));
  self->shapes = g_array_new (FALSE, FALSE, sizeof (LiaisonShape));
  self->points = g_array_new (FALSE, FALSE, sizeof (double));
  self->strings = g_string_chunk_new (16 * 1024);
}

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, LIAISON_SCENE_ERROR, LIAISON_SCENE_ERROR_INVALID,
               _("The layout engine’s output is not valid: %s"), what);
  return FALSE;
}

/* "#rrggbb" or "#rrggbbaa", as Graphviz writes colours in drawing
 * operations; anything else is drawn black rather than trusted.
 */
static guint32
parse_color (const char *text)
{
  guint32 rgba = 0;
  gsize len;

  if (text == NULL || text[0] != '#')
    return 0x000000ff;

  len = strlen (text + 1);
  if (len != 6 && len != 8)
    return 0x000000ff;

  for (gsize i = 0; i < len; i++)
    {
      int digit = g_ascii_xdigit_value (text[1 + i]);

      if (digit < 0)
        return 0x000000ff;
      rgba = (rgba << 4) | digit;
    }

  return len == 6 ? (rgba << 8) | 0xff : rgba;
}

/* Reads @n numbers separated by commas, as Graphviz writes positions; in
 * the C locale whatever the user's, which sscanf() would not do.
 */
static gboolean
parse_numbers (const char *text,
               double     *values,
               guint       n)
{
  const char *p = text;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      char *end;

      values[i] = g_ascii_strtod (p, &end);
      if (end == p || !isfinite (values[i]) || fabs (values[i]) > MAX_COORDINATE)
        return FALSE;
      p = end;
      if (i + 1 < n && *p++ != ',')
        return FALSE;
    }

  return TRUE;
}

static void
apply_style (DrawState  *state,
             const char *style)
{
  double width;

  if (style == NULL)
    return;

  if (g_str_equal (style, "solid"))
    state->line_style = LIAISON_LINE_SOLID;
  else if (g_str_equal (style, "dashed"))
    state->line_style = LIAISON_LINE_DASHED;
  else if (g_str_equal (style, "dotted"))
    state->line_style = LIAISON_LINE_DOTTED;
  else if (g_str_equal (style, "bold"))
    state->line_width = 2;
  else if (g_str_equal (style, "invis") || g_str_equal (style, "invisible"))
    state->invisible = TRUE;
  else if (g_str_has_prefix (style, "setlinewidth(") &&
           parse_numbers (style + strlen ("setlinewidth("), &width, 1))
    state->line_width = CLAMP (width, 0, 100);
}

static void
extend_bounds (LiaisonRect *bounds,
               double       x0,
               double       y0,
               double       x1,
               double       y1)
{
  bounds->x0 = MIN (bounds->x0, x0);
  bounds->y0 = MIN (bounds->y0, y0);
  bounds->x1 = MAX (bounds->x1, x1);
  bounds->y1 = MAX (bounds->y1, y1);
}

static void
extend_bounds_with_shape (LiaisonScene       *scene,
                          LiaisonRect        *bounds,
                          const LiaisonShape *shape)
{
  const double *p = &g_array_index (scene->points, double, shape->first_point * 2);
  double half_width;

  switch (shape->kind)
    {
    case LIAISON_SHAPE_ELLIPSE:
      extend_bounds (bounds, p[0] - p[2], p[1] - p[3], p[0] + p[2], p[1] + p[3]);
      break;

    case LIAISON_SHAPE_TEXT:
      half_width = shape->text_width / 2;
      if (shape->align == LIAISON_ALIGN_LEFT)
        extend_bounds (bounds, p[0], p[1] - shape->font_size, p[0] + shape->text_width, p[1] + shape->font_size * 0.3);
      else if (shape->align == LIAISON_ALIGN_RIGHT)
        extend_bounds (bounds, p[0] - shape->text_width, p[1] - shape->font_size, p[0], p[1] + shape->font_size * 0.3);
      else
        extend_bounds (bounds, p[0] - half_width, p[1] - shape->font_size, p[0] + half_width, p[1] + shape->font_size * 0.3);
      break;

    case LIAISON_SHAPE_POLYGON:
    case LIAISON_SHAPE_POLYLINE:
    case LIAISON_SHAPE_BEZIER:
    default:
      /* A Bézier curve lies within the hull of its control points. */
      for (guint i = 0; i < shape->n_points; i++)
        extend_bounds (bounds, p[i * 2], p[i * 2 + 1], p[i * 2], p[i * 2 + 1]);
      break;
    }

  if (shape->line_width > 0 && shape->kind != LIAISON_SHAPE_TEXT)
    {
      bounds->x0 -= shape->line_width / 2;
      bounds->y0 -= shape->line_width / 2;
      bounds->x1 += shape->line_width / 2;
      bounds->y1 += shape->line_width / 2;
    }
}

/* Keeps a Graphviz position only if it is nothing but numbers, commas,
 * spaces and the "e,"/"s," markers of spline ends: it goes back to
 * Graphviz one day, and must carry nothing else.
 */
static const char *
keep_position (LiaisonScene *scene,
               const char   *pos)
{
  if (pos == NULL || pos[0] == '\0')
    return NULL;

  for (const char *p = pos; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr (",. -+es", *p) == NULL)
      return NULL;

  return g_string_chunk_insert (scene->strings, pos);
}

static LiaisonSpatialIndex *
index_elements (GArray *elements)
{
  g_autofree double *rects = g_new (double, MAX (elements->len, 1) * 4);

  for (guint i = 0; i < elements->len; i++)
    {
      const LiaisonSceneElement *element = &g_array_index (elements, LiaisonSceneElement, i);

      rects[i * 4] = element->bounds.x0;
      rects[i * 4 + 1] = element->bounds.y0;
      rects[i * 4 + 2] = element->bounds.x1;
      rects[i * 4 + 3] = element->bounds.y1;
    }

  return liaison_spatial_index_new (rects, elements->len);
}

/* Pieces of an edge no longer than this are indexed for hit tests: a long
 * diagonal edge's box covers half the graph, its pieces' boxes hug it.
 */
#define PIECE_LENGTH 64.0
#define PIECE_MARGIN 2.0

static void
add_piece (GArray *rects,
           GArray *owners,
           guint   edge,
           double  x0,
           double  y0,
           double  x1,
           double  y1,
           double  margin)
{
  double rect[4] = { MIN (x0, x1) - margin, MIN (y0, y1) - margin, MAX (x0, x1) + margin, MAX (y0, y1) + margin };

  g_array_append_vals (rects, rect, 4);
  g_array_append_val (owners, edge);
}

static void
index_edge_pieces (LiaisonScene *self)
{
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (double));

  self->edge_piece_owner = g_array_new (FALSE, FALSE, sizeof (guint));
  self->edge_visited = g_new0 (guint, MAX (self->edges->len, 1));

  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneElement *edge = &g_array_index (self->edges, LiaisonSceneElement, e);
      const LiaisonShape *shapes = liaison_scene_get_shapes (self, edge);

      for (guint i = 0; i < edge->n_shapes; i++)
        {
          const double *p = liaison_scene_get_points (self, &shapes[i]);
          double margin = PIECE_MARGIN + shapes[i].line_width;

          if (shapes[i].kind == LIAISON_SHAPE_BEZIER)
            {
              for (guint s = 0; s + 3 < shapes[i].n_points; s += 3)
                {
                  const double *q = &p[s * 2];
                  double hull = hypot (q[2] - q[0], q[3] - q[1]) + hypot (q[4] - q[2], q[5] - q[3]) +
                                hypot (q[6] - q[4], q[7] - q[5]);
                  guint n = MAX (1, (guint) MIN (ceil (hull / PIECE_LENGTH), 256));
                  double px = q[0], py = q[1];

                  /* The control polygon bounds the curve's length, and each
                   * piece stays within its chord plus the margin at this
                   * length.
                   */
                  for (guint k = 1; k <= n; k++)
                    {
                      double t = (double) k / n, u = 1 - t;
                      double bx = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
                      double by = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];

                      add_piece (rects, self->edge_piece_owner, e, px, py, bx, by, margin + hull / n / 4);
                      px = bx;
                      py = by;
                    }
                }
            }
          else if (shapes[i].kind == LIAISON_SHAPE_POLYLINE || shapes[i].kind == LIAISON_SHAPE_POLYGON)
            {
              for (guint k = 0; k < shapes[i].n_points; k++)
                {
                  guint next = (k + 1) % shapes[i].n_points;

                  if (next == 0 && shapes[i].kind == LIAISON_SHAPE_POLYLINE)
                    break;
                  add_piece (rects, self->edge_piece_owner, e, p[k * 2], p[k * 2 + 1],
                             p[next * 2], p[next * 2 + 1], margin);
                }
            }
          else
            {
              LiaisonRect box = { INFINITY, INFINITY, -INFINITY, -INFINITY };

              extend_bounds_with_shape (self, &box, &shapes[i]);
              add_piece (rects, self->edge_piece_owner, e, box.x0, box.y0, box.x1, box.y1, 0);
            }
        }
    }

  self->edge_piece_index = liaison_spatial_index_new ((const double *) (gpointer) rects->data, rects->len / 4);
}

static gboolean
coordinate_ok (double value)
{
  return isfinite (value) && fabs (value) <= MAX_COORDINATE;
}

/* Reads [x, y] into @xy. The whole value is read, whatever it turns out
 * to be, so that the reader stays in step for what follows.
 */
static gboolean
read_pair (LiaisonJsonReader *reader,
           LiaisonJsonToken   first,
           double             xy[2])
{
  LiaisonJsonToken token;
  gboolean ok = TRUE;
  guint n = 0;

  if (first != LIAISON_JSON_ARRAY_START)
    {
      liaison_json_reader_skip (reader, first);
      return FALSE;
    }

  while ((token = liaison_json_reader_next (reader)) != LIAISON_JSON_ARRAY_END && token != LIAISON_JSON_END)
    {
      if (token != LIAISON_JSON_NUMBER || n >= 2 || !coordinate_ok (reader->number))
        {
          ok = FALSE;
          liaison_json_reader_skip (reader, token);
          continue;
        }
      xy[n++] = reader->number;
    }

  return ok && n == 2;
}

/* What one drawing operation says, gathered before it is applied: JSON
 * does not promise that "op" comes first.
 */
typedef struct
{
  char        name;
  gboolean    bad_name;
  char       *color;
  char       *style;
  double      size;
  gboolean    has_size;
  double      pt[2];
  gboolean    has_pt;
  gboolean    bad_pt;
  char        align;
  double      width;
  gboolean    has_width;
  char       *text;
  double      rect[4];
  int         n_rect;
  gboolean    bad_rect;
  GArray     *points;     /* double pairs, reused */
  gboolean    has_points;
  gboolean    bad_points;
} Operation;

static void
operation_reset (Operation *op)
{
  GArray *points = op->points;

  g_free (op->color);
  g_free (op->style);
  g_free (op->text);
  memset (op, 0, sizeof *op);
  op->points = points;
  g_array_set_size (op->points, 0);
}

static gboolean
read_operation (LiaisonJsonReader *reader,
                Operation         *op)
{
  LiaisonJsonToken token;

  operation_reset (op);

  while ((token = liaison_json_reader_next (reader)) == LIAISON_JSON_STRING)
    {
      g_autofree char *key = g_strdup (reader->string->str);

      token = liaison_json_reader_next (reader);

      if (g_str_equal (key, "op") && token == LIAISON_JSON_STRING)
        {
          op->bad_name = reader->string->len != 1;
          op->name = reader->string->str[0];
        }
      else if (g_str_equal (key, "color") && token == LIAISON_JSON_STRING)
        op->color = g_strdup (reader->string->str);
      else if (g_str_equal (key, "style") && token == LIAISON_JSON_STRING)
        op->style = g_strdup (reader->string->str);
      else if (g_str_equal (key, "text") && token == LIAISON_JSON_STRING)
        op->text = g_strdup (reader->string->str);
      else if (g_str_equal (key, "align") && token == LIAISON_JSON_STRING)
        op->align = reader->string->str[0];
      else if (g_str_equal (key, "size") && token == LIAISON_JSON_NUMBER)
        {
          op->size = reader->number;
          op->has_size = TRUE;
        }
      else if (g_str_equal (key, "width") && token == LIAISON_JSON_NUMBER)
        {
          op->width = reader->number;
          op->has_width = coordinate_ok (reader->number);
        }
      else if (g_str_equal (key, "pt"))
        {
          op->has_pt = TRUE;
          op->bad_pt = !read_pair (reader, token, op->pt);
        }
      else if (g_str_equal (key, "rect") && token == LIAISON_JSON_ARRAY_START)
        {
          while ((token = liaison_json_reader_next (reader)) != LIAISON_JSON_ARRAY_END && token != LIAISON_JSON_END)
            {
              if (token != LIAISON_JSON_NUMBER || !coordinate_ok (reader->number) || op->n_rect >= 4)
                {
                  op->bad_rect = TRUE;
                  liaison_json_reader_skip (reader, token);
                  continue;
                }
              op->rect[op->n_rect++] = reader->number;
            }
        }
      else if (g_str_equal (key, "points") && token == LIAISON_JSON_ARRAY_START)
        {
          op->has_points = TRUE;
          while ((token = liaison_json_reader_next (reader)) != LIAISON_JSON_ARRAY_END && token != LIAISON_JSON_END)
            {
              double xy[2];

              if (!read_pair (reader, token, xy))
                {
                  op->bad_points = TRUE;
                  continue;
                }
              g_array_append_vals (op->points, xy, 2);
            }
        }
      else
        liaison_json_reader_skip (reader, token);
    }

  return token == LIAISON_JSON_OBJECT_END;
}

typedef struct
{
  LiaisonScene      *scene;
  LiaisonJsonReader *reader;
  Operation          op;
  double             origin_x;   /* Graphviz's bounding box, to flip y */
  double             top_y;
  gboolean           has_bounds;
  GHashTable        *node_by_gvid;
} Parser;

static void
add_point (Parser *parser,
           double  x,
           double  y)
{
  double xy[2] = { x - parser->origin_x, parser->top_y - y };

  g_array_append_vals (parser->scene->points, xy, 2);
}

static gboolean
apply_operation (Parser               *parser,
                 DrawState            *state,
                 LiaisonSceneElement  *element,
                 GString              *label,
                 GError              **error)
{
  LiaisonScene *scene = parser->scene;
  Operation *op = &parser->op;
  LiaisonShape shape = { 0 };
  guint n;

  if (op->name == 0 || op->bad_name)
    return invalid (error, _("a drawing operation has no name"));

  switch (op->name)
    {
    case 'c':
      state->pen = parse_color (op->color);
      return TRUE;

    case 'C':
      state->fill = parse_color (op->color);
      return TRUE;

    case 'S':
      apply_style (state, op->style);
      return TRUE;

    case 'F':
      if (!op->has_size || !isfinite (op->size) || op->size < 0 || op->size > MAX_FONT_SIZE)
        return invalid (error, _("a font size is out of range"));
      state->font_size = op->size;
      return TRUE;

    case 'T':
      if (op->text == NULL || !op->has_pt || op->bad_pt || !op->has_width || op->width < 0)
        return invalid (error, _("a text operation is incomplete"));

      shape.kind = LIAISON_SHAPE_TEXT;
      shape.first_point = scene->points->len / 2;
      shape.n_points = 1;
      add_point (parser, op->pt[0], op->pt[1]);
      shape.text = g_string_chunk_insert (scene->strings, op->text);
      shape.text_width = op->width;
      shape.font_size = state->font_size;
      shape.align = op->align == 'l' ? LIAISON_ALIGN_LEFT : op->align == 'r' ? LIAISON_ALIGN_RIGHT
                                                                             : LIAISON_ALIGN_CENTER;
      if (label->len > 0)
        g_string_append_c (label, '\n');
      g_string_append (label, op->text);
      break;

    case 'e':
    case 'E':
      if (op->n_rect != 4 || op->bad_rect)
        return invalid (error, _("an ellipse is not four numbers"));
      if (op->rect[2] < 0 || op->rect[3] < 0)
        return invalid (error, _("an ellipse has a negative radius"));

      shape.kind = LIAISON_SHAPE_ELLIPSE;
      shape.first_point = scene->points->len / 2;
      shape.n_points = 2;
      add_point (parser, op->rect[0], op->rect[1]);
      g_array_append_vals (scene->points, &op->rect[2], 2);
      if (op->name == 'E')
        shape.fill = state->fill;
      break;

    case 'p':
    case 'P':
    case 'L':
    case 'b':
    case 'B':
      if (!op->has_points)
        return invalid (error, _("a shape has no points"));
      if (op->bad_points)
        return invalid (error, _("a point is not two numbers"));

      n = op->points->len / 2;
      if (op->name == 'b' || op->name == 'B')
        {
          if (n < 4 || (n - 1) % 3 != 0)
            return invalid (error, _("a curve has the wrong number of points"));
          shape.kind = LIAISON_SHAPE_BEZIER;
        }
      else if (op->name == 'L')
        {
          if (n < 2)
            return invalid (error, _("a line has fewer than two points"));
          shape.kind = LIAISON_SHAPE_POLYLINE;
        }
      else
        {
          if (n < 2)
            return invalid (error, _("a polygon has fewer than two points"));
          shape.kind = LIAISON_SHAPE_POLYGON;
        }

      shape.first_point = scene->points->len / 2;
      shape.n_points = n;
      for (guint i = 0; i < n; i++)
        add_point (parser, g_array_index (op->points, double, i * 2), g_array_index (op->points, double, i * 2 + 1));
      if (op->name == 'P' || op->name == 'B')
        shape.fill = state->fill;
      break;

    default:
      /* Font flags, images, and operations of later xdot versions:
       * nothing Liaison needs.
       */
      return TRUE;
    }

  if (state->invisible)
    {
      g_array_set_size (scene->points, shape.first_point * 2);
      return TRUE;
    }

  shape.pen = state->pen;
  shape.line_width = state->line_width;
  shape.line_style = state->line_style;

  if (element->n_shapes == 0)
    element->first_shape = scene->shapes->len;
  g_array_append_val (scene->shapes, shape);
  element->n_shapes++;
  extend_bounds_with_shape (scene, &element->bounds, &shape);

  return TRUE;
}

static gboolean
read_operations (Parser               *parser,
                 LiaisonJsonToken      first,
                 LiaisonSceneElement  *element,
                 GString              *label,
                 GError              **error)
{
  DrawState state = { 0x000000ff, 0x000000ff, 1.0, LIAISON_LINE_SOLID, 14.0, FALSE };
  LiaisonJsonToken token;

  if (first != LIAISON_JSON_ARRAY_START)
    return invalid (error, _("drawing operations are not a list"));

  while ((token = liaison_json_reader_next (parser->reader)) != LIAISON_JSON_ARRAY_END)
    {
      if (token != LIAISON_JSON_OBJECT_START)
        return invalid (error, _("a drawing operation is not an object"));
      if (!read_operation (parser->reader, &parser->op))
        return invalid (error, _("a drawing operation is not an object"));
      if (!apply_operation (parser, &state, element, label, error))
        return FALSE;
    }

  return TRUE;
}

static void
init_element (LiaisonSceneElement *element)
{
  memset (element, 0, sizeof *element);
  element->bounds = (LiaisonRect) { INFINITY, INFINITY, -INFINITY, -INFINITY };
}

static void
finish_bounds (LiaisonSceneElement *element)
{
  if (element->bounds.x0 > element->bounds.x1)
    element->bounds = (LiaisonRect) { element->x, element->y, element->x, element->y };
}

static gboolean
read_bounds (Parser      *parser,
             const char  *bb,
             GError     **error)
{
  double v[4];

  if (!parse_numbers (bb, v, 4))
    return invalid (error, _("the bounding box is missing"));
  if (v[2] < v[0] || v[3] < v[1])
    return invalid (error, _("the bounding box is out of range"));

  parser->origin_x = v[0];
  parser->top_y = v[3];
  parser->has_bounds = TRUE;
  parser->scene->bounds = (LiaisonRect) { 0, 0, v[2] - v[0], v[3] - v[1] };

  return TRUE;
}

/* Reads one member of a node or an edge that is not a layer of drawing
 * operations: a string, or a whole number.
 */
typedef struct
{
  char    *name;
  char    *id;
  char    *pos;
  char    *label_pos;
  char    *width;
  char    *height;
  double   gvid, tail, head;
  gboolean has_gvid, has_tail, has_head;
  gboolean is_subgraph;
} Members;

static void
members_clear (Members *members)
{
  g_free (members->name);
  g_free (members->id);
  g_free (members->pos);
  g_free (members->label_pos);
  g_free (members->width);
  g_free (members->height);
  memset (members, 0, sizeof *members);
}

static gboolean
is_layer (const char *key,
          gboolean    is_edge)
{
  return g_str_equal (key, "_draw_") || g_str_equal (key, "_ldraw_") ||
         (is_edge && (g_str_equal (key, "_hdraw_") || g_str_equal (key, "_tdraw_")));
}

static void
read_member (Parser           *parser,
             const char       *key,
             LiaisonJsonToken  token,
             Members          *members)
{
  LiaisonJsonReader *reader = parser->reader;
  char **string = g_str_equal (key, "name") ? &members->name
                  : g_str_equal (key, "id") ? &members->id
                  : g_str_equal (key, "pos") ? &members->pos
                  : g_str_equal (key, "lp") ? &members->label_pos
                  : g_str_equal (key, "width") ? &members->width
                  : g_str_equal (key, "height") ? &members->height : NULL;

  if (string != NULL && token == LIAISON_JSON_STRING)
    {
      g_free (*string);
      *string = g_strdup (reader->string->str);
      return;
    }

  if (token == LIAISON_JSON_NUMBER && reader->number >= 0 && reader->number <= G_MAXINT &&
      reader->number == floor (reader->number))
    {
      if (g_str_equal (key, "_gvid"))
        members->gvid = reader->number, members->has_gvid = TRUE;
      else if (g_str_equal (key, "tail"))
        members->tail = reader->number, members->has_tail = TRUE;
      else if (g_str_equal (key, "head"))
        members->head = reader->number, members->has_head = TRUE;
      return;
    }

  /* Subgraphs share the list of nodes; Liaison makes none, and skips any. */
  if (g_str_equal (key, "nodes") || g_str_equal (key, "subgraphs"))
    members->is_subgraph = TRUE;

  liaison_json_reader_skip (reader, token);
}

static gboolean
read_node (Parser  *parser,
           GError **error)
{
  LiaisonScene *scene = parser->scene;
  LiaisonSceneElement element;
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree char *id = NULL;
  Members members = { 0 };
  LiaisonElementKind kind;
  LiaisonEntity *entity;
  LiaisonJsonToken token;
  guint first_shape = scene->shapes->len, first_point = scene->points->len;
  double xy[2], width, height;
  gboolean ok = FALSE;

  init_element (&element);

  while ((token = liaison_json_reader_next (parser->reader)) == LIAISON_JSON_STRING)
    {
      g_autofree char *key = g_strdup (parser->reader->string->str);

      token = liaison_json_reader_next (parser->reader);
      if (is_layer (key, FALSE))
        {
          if (!read_operations (parser, token, &element, label, error))
            goto out;
        }
      else
        read_member (parser, key, token, &members);
    }

  if (members.is_subgraph)
    {
      g_array_set_size (scene->shapes, first_shape);
      g_array_set_size (scene->points, first_point);
      ok = TRUE;
      goto out;
    }

  if (members.name == NULL || !liaison_element_id_parse (members.name, &kind, &id) ||
      kind != LIAISON_ELEMENT_ENTITY || (entity = liaison_dataset_lookup_entity (scene->dataset, id)) == NULL)
    {
      invalid (error, _("a node names no entity of the dataset"));
      goto out;
    }

  if (!members.has_gvid || g_hash_table_contains (parser->node_by_gvid, GUINT_TO_POINTER ((guint) members.gvid)))
    {
      invalid (error, _("a node has no number of its own"));
      goto out;
    }

  element.kind = LIAISON_ELEMENT_ENTITY;
  element.index = liaison_entity_get_index (entity);
  element.id = liaison_entity_get_id (entity);

  if (scene->node_of_entity[element.index] != G_MAXUINT)
    {
      invalid (error, _("an entity has two nodes"));
      goto out;
    }

  if (!parse_numbers (members.pos, xy, 2))
    {
      invalid (error, _("a node has no position"));
      goto out;
    }
  element.x = xy[0] - parser->origin_x;
  element.y = parser->top_y - xy[1];
  element.graphviz_pos = keep_position (scene, members.pos);

  /* Graphviz gives sizes in inches. */
  if (!parse_numbers (members.width, &width, 1) || !parse_numbers (members.height, &height, 1) ||
      width < 0 || height < 0)
    {
      invalid (error, _("a node has no size"));
      goto out;
    }
  element.width = width * 72;
  element.height = height * 72;

  /* A node without an outline (plaintext, none) is hit anywhere in its
   * box, as node_contains() says, so the index must know all of it.
   */
  element.bounds.x0 = MIN (element.bounds.x0, element.x - element.width / 2);
  element.bounds.y0 = MIN (element.bounds.y0, element.y - element.height / 2);
  element.bounds.x1 = MAX (element.bounds.x1, element.x + element.width / 2);
  element.bounds.y1 = MAX (element.bounds.y1, element.y + element.height / 2);
  finish_bounds (&element);
  element.label = g_string_chunk_insert (scene->strings, label->str);

  g_hash_table_insert (parser->node_by_gvid, GUINT_TO_POINTER ((guint) members.gvid),
                       GUINT_TO_POINTER (scene->nodes->len));
  scene->node_of_entity[element.index] = scene->nodes->len;
  g_array_append_val (scene->nodes, element);
  ok = TRUE;

out:
  members_clear (&members);
  return ok;
}

static gboolean
lookup_node (Parser   *parser,
             gboolean  has,
             double    gvid,
             guint    *node)
{
  gpointer value;

  if (!has || !g_hash_table_lookup_extended (parser->node_by_gvid, GUINT_TO_POINTER ((guint) gvid), NULL, &value))
    return FALSE;

  *node = GPOINTER_TO_UINT (value);
  return TRUE;
}

static gboolean
read_edge (Parser  *parser,
           GError **error)
{
  LiaisonScene *scene = parser->scene;
  LiaisonSceneElement element;
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree char *id = NULL;
  const LiaisonRelation *relation;
  const LiaisonSceneElement *tail, *head;
  Members members = { 0 };
  LiaisonElementKind kind;
  LiaisonJsonToken token;
  gboolean ok = FALSE;

  init_element (&element);

  while ((token = liaison_json_reader_next (parser->reader)) == LIAISON_JSON_STRING)
    {
      g_autofree char *key = g_strdup (parser->reader->string->str);

      token = liaison_json_reader_next (parser->reader);
      if (is_layer (key, TRUE))
        {
          if (!read_operations (parser, token, &element, label, error))
            goto out;
        }
      else
        read_member (parser, key, token, &members);
    }

  if (members.id == NULL || !liaison_element_id_parse (members.id, &kind, &id) ||
      kind != LIAISON_ELEMENT_RELATION || (relation = liaison_dataset_lookup_relation (scene->dataset, id)) == NULL)
    {
      invalid (error, _("an edge names no relation of the dataset"));
      goto out;
    }

  element.kind = LIAISON_ELEMENT_RELATION;
  element.index = relation->index;
  element.id = relation->id;

  if (scene->edge_of_relation[element.index] != G_MAXUINT)
    {
      invalid (error, _("a relation has two edges"));
      goto out;
    }

  if (!lookup_node (parser, members.has_tail, members.tail, &element.tail) ||
      !lookup_node (parser, members.has_head, members.head, &element.head))
    {
      invalid (error, _("an edge joins unknown nodes"));
      goto out;
    }

  tail = &g_array_index (scene->nodes, LiaisonSceneElement, element.tail);
  head = &g_array_index (scene->nodes, LiaisonSceneElement, element.head);
  if (tail->index != relation->from || head->index != relation->to)
    {
      invalid (error, _("an edge joins the wrong entities"));
      goto out;
    }

  element.x = (tail->x + head->x) / 2;
  element.y = (tail->y + head->y) / 2;
  element.graphviz_pos = keep_position (scene, members.pos);
  element.graphviz_label_pos = keep_position (scene, members.label_pos);
  finish_bounds (&element);
  element.label = g_string_chunk_insert (scene->strings, label->str);

  scene->edge_of_relation[element.index] = scene->edges->len;
  g_array_append_val (scene->edges, element);
  ok = TRUE;

out:
  members_clear (&members);
  return ok;
}

static gboolean
read_list (Parser      *parser,
           LiaisonJsonToken first,
           gboolean    edges,
           GError    **error)
{
  LiaisonJsonToken token;

  if (first != LIAISON_JSON_ARRAY_START)
    return invalid (error, edges ? _("the edges are not a list") : _("the nodes are not a list"));

  /* Nodes need the bounding box to be placed, and edges need nodes. */
  if (!parser->has_bounds)
    return invalid (error, _("the bounding box is missing"));

  while ((token = liaison_json_reader_next (parser->reader)) != LIAISON_JSON_ARRAY_END)
    {
      if (token != LIAISON_JSON_OBJECT_START)
        return invalid (error, edges ? _("an edge is not an object") : _("a node is not an object"));
      if (!(edges ? read_edge (parser, error) : read_node (parser, error)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_scene (Parser  *parser,
            GError **error)
{
  LiaisonJsonReader *reader = parser->reader;
  LiaisonJsonToken token;

  if (liaison_json_reader_next (reader) != LIAISON_JSON_OBJECT_START)
    return invalid (error, _("it is not an object"));

  while ((token = liaison_json_reader_next (reader)) == LIAISON_JSON_STRING)
    {
      g_autofree char *key = g_strdup (reader->string->str);

      token = liaison_json_reader_next (reader);

      if (g_str_equal (key, "bb"))
        {
          if (token != LIAISON_JSON_STRING || !read_bounds (parser, reader->string->str, error))
            return error == NULL || *error != NULL ? FALSE : invalid (error, _("the bounding box is missing"));
        }
      else if (g_str_equal (key, "objects"))
        {
          if (!read_list (parser, token, FALSE, error))
            return FALSE;
        }
      else if (g_str_equal (key, "edges"))
        {
          if (!read_list (parser, token, TRUE, error))
            return FALSE;
        }
      else
        liaison_json_reader_skip (reader, token);
    }

  if (!parser->has_bounds)
    return invalid (error, _("the bounding box is missing"));

  if (parser->scene->nodes->len > liaison_dataset_get_n_entities (parser->scene->dataset))
    return invalid (error, _("there are more nodes than entities"));

  return TRUE;
}

/* Returns: (transfer full) (nullable) */
LiaisonScene *
liaison_scene_new_from_json (const char      *json,
                             gsize            length,
                             LiaisonDataset  *dataset,
                             GError         **error)
{
  g_autoptr(LiaisonScene) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) node_by_gvid = NULL;
  LiaisonJsonReader reader;
  LiaisonLoadLimits limits;
  Parser parser = { NULL };
  gboolean ok;

  g_return_val_if_fail (json != NULL || length == 0, NULL);
  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  /* Graphviz nests five deep at most; labels are bounded by the dataset's.
   * Once this passes, the reader below meets no syntax error.
   */
  liaison_load_limits_init (&limits);
  limits.max_file_size = G_MAXUINT64;
  limits.max_depth = 16;
  limits.max_values = length;
  if (!liaison_json_scan (json, length, &limits, NULL, NULL, &local_error))
    return (invalid (error, local_error->message), NULL);

  self = g_object_new (LIAISON_TYPE_SCENE, NULL);
  self->dataset = g_object_ref (dataset);
  self->node_of_entity = g_new (guint, MAX (liaison_dataset_get_n_entities (dataset), 1));
  memset (self->node_of_entity, 0xff, sizeof (guint) * liaison_dataset_get_n_entities (dataset));
  self->edge_of_relation = g_new (guint, MAX (liaison_dataset_get_n_relations (dataset), 1));
  memset (self->edge_of_relation, 0xff, sizeof (guint) * liaison_dataset_get_n_relations (dataset));

  node_by_gvid = g_hash_table_new (NULL, NULL);
  liaison_json_reader_init (&reader, json, length);
  parser.scene = self;
  parser.reader = &reader;
  parser.node_by_gvid = node_by_gvid;
  parser.op.points = g_array_new (FALSE, FALSE, sizeof (double));

  ok = read_scene (&parser, error);

  operation_reset (&parser.op);
  g_array_unref (parser.op.points);
  liaison_json_reader_clear (&reader);

  if (!ok)
    return NULL;

  self->node_index = index_elements (self->nodes);
  self->edge_index = index_elements (self->edges);
  index_edge_pieces (self);

  return g_steal_pointer (&self);
}

LiaisonDataset *
liaison_scene_get_dataset (LiaisonScene *self)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);

  return self->dataset;
}

/* The Graphviz engine that made the layout, e.g. "neato". */
const char *
liaison_scene_get_engine (LiaisonScene *self)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);

  return self->engine;
}

void
liaison_scene_set_engine (LiaisonScene *self,
                          const char   *engine)
{
  g_return_if_fail (LIAISON_IS_SCENE (self));

  g_free (self->engine);
  self->engine = g_strdup (engine);
}

/* What Graphviz said while laying the graph out: warnings, one a line. */
const char * const *
liaison_scene_get_messages (LiaisonScene *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);

  return self->messages != NULL ? (const char * const *) self->messages : none;
}

void
liaison_scene_set_messages (LiaisonScene       *self,
                            const char * const *messages)
{
  g_return_if_fail (LIAISON_IS_SCENE (self));

  g_strfreev (self->messages);
  self->messages = g_strdupv ((char **) messages);
}

const LiaisonRect *
liaison_scene_get_bounds (LiaisonScene *self)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);

  return &self->bounds;
}

guint
liaison_scene_get_n_nodes (LiaisonScene *self)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), 0);

  return self->nodes->len;
}

const LiaisonSceneElement *
liaison_scene_get_node (LiaisonScene *self,
                        guint         n)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);
  g_return_val_if_fail (n < self->nodes->len, NULL);

  return &g_array_index (self->nodes, LiaisonSceneElement, n);
}

guint
liaison_scene_get_n_edges (LiaisonScene *self)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), 0);

  return self->edges->len;
}

const LiaisonSceneElement *
liaison_scene_get_edge (LiaisonScene *self,
                        guint         n)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);
  g_return_val_if_fail (n < self->edges->len, NULL);

  return &g_array_index (self->edges, LiaisonSceneElement, n);
}

/* Returns: (nullable): the node of an entity or the edge of a relation,
 * NULL when it is not in the layout (filtered out, say).
 */
const LiaisonSceneElement *
liaison_scene_lookup (LiaisonScene       *self,
                      LiaisonElementKind  kind,
                      guint               dataset_index)
{
  guint n;

  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);

  if (kind == LIAISON_ELEMENT_ENTITY)
    {
      g_return_val_if_fail (dataset_index < liaison_dataset_get_n_entities (self->dataset), NULL);
      n = self->node_of_entity[dataset_index];
      return n != G_MAXUINT ? &g_array_index (self->nodes, LiaisonSceneElement, n) : NULL;
    }

  g_return_val_if_fail (dataset_index < liaison_dataset_get_n_relations (self->dataset), NULL);
  n = self->edge_of_relation[dataset_index];
  return n != G_MAXUINT ? &g_array_index (self->edges, LiaisonSceneElement, n) : NULL;
}

const LiaisonShape *
liaison_scene_get_shapes (LiaisonScene              *self,
                          const LiaisonSceneElement *element)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);
  g_return_val_if_fail (element != NULL, NULL);

  if (element->n_shapes == 0)
    return NULL;
  return &g_array_index (self->shapes, LiaisonShape, element->first_shape);
}

const double *
liaison_scene_get_points (LiaisonScene       *self,
                          const LiaisonShape *shape)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);
  g_return_val_if_fail (shape != NULL, NULL);

  return &g_array_index (self->points, double, shape->first_point * 2);
}

static gboolean
point_in_polygon (const double *p,
                  guint         n,
                  double        x,
                  double        y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double xi = p[i * 2], yi = p[i * 2 + 1];
      double xj = p[j * 2], yj = p[j * 2 + 1];

      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
        inside = !inside;
    }

  return inside;
}

static double
distance_to_segment (double x,
                     double y,
                     double x0,
                     double y0,
                     double x1,
                     double y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((x - x0) * dx + (y - y0) * dy) / length2, 0, 1) : 0;
  double px = x0 + t * dx - x, py = y0 + t * dy - y;

  return sqrt (px * px + py * py);
}

static double
distance_to_box (double        x,
                 double        y,
                 const double *q,
                 guint         n)
{
  double x0 = q[0], y0 = q[1], x1 = q[0], y1 = q[1];

  for (guint i = 1; i < n; i++)
    {
      x0 = MIN (x0, q[i * 2]);
      y0 = MIN (y0, q[i * 2 + 1]);
      x1 = MAX (x1, q[i * 2]);
      y1 = MAX (y1, q[i * 2 + 1]);
    }

  return hypot (MAX (MAX (x0 - x, 0), x - x1), MAX (MAX (y0 - y, 0), y - y1));
}

static double
distance_to_bezier (const double *p,
                    guint         n,
                    double        x,
                    double        y,
                    double        tolerance)
{
  double best = INFINITY;

  /* Each cubic segment, flattened to 16 straight pieces: far finer than a
   * pointer's tolerance at any zoom where edges can be told apart. A curve
   * lies within its control points' box, so a segment whose box is out of
   * reach is skipped: most are, on a graph with long edges.
   */
  for (guint s = 0; s + 3 < n; s += 3)
    {
      const double *q = &p[s * 2];
      double px = q[0], py = q[1];

      if (distance_to_box (x, y, q, 4) > MIN (best, tolerance))
        continue;

      for (guint k = 1; k <= 16; k++)
        {
          double t = k / 16.0, u = 1 - t;
          double bx = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
          double by = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];

          best = MIN (best, distance_to_segment (x, y, px, py, bx, by));
          px = bx;
          py = by;
        }
    }

  return best;
}

static gboolean
node_contains (LiaisonScene              *self,
               const LiaisonSceneElement *node,
               double                     x,
               double                     y,
               double                     tolerance)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (self, node);

  /* The node's outline is its first shape; text and decoration follow. */
  if (shapes != NULL && shapes[0].kind == LIAISON_SHAPE_ELLIPSE)
    {
      const double *p = liaison_scene_get_points (self, &shapes[0]);
      double rx = p[2] + tolerance, ry = p[3] + tolerance;
      double dx = (x - p[0]) / rx, dy = (y - p[1]) / ry;

      return rx > 0 && ry > 0 && dx * dx + dy * dy <= 1;
    }

  if (shapes != NULL && shapes[0].kind == LIAISON_SHAPE_POLYGON && shapes[0].n_points >= 3)
    {
      const double *p = liaison_scene_get_points (self, &shapes[0]);

      if (point_in_polygon (p, shapes[0].n_points, x, y))
        return TRUE;
      for (guint i = 0; i < shapes[0].n_points; i++)
        {
          guint j = (i + 1) % shapes[0].n_points;

          if (distance_to_segment (x, y, p[i * 2], p[i * 2 + 1], p[j * 2], p[j * 2 + 1]) <= tolerance)
            return TRUE;
        }
      return FALSE;
    }

  return fabs (x - node->x) <= node->width / 2 + tolerance &&
         fabs (y - node->y) <= node->height / 2 + tolerance;
}

static double
edge_distance (LiaisonScene              *self,
               const LiaisonSceneElement *edge,
               double                     x,
               double                     y,
               double                     tolerance)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (self, edge);
  double best = INFINITY;

  for (guint i = 0; i < edge->n_shapes; i++)
    {
      const LiaisonShape *shape = &shapes[i];
      const double *p = liaison_scene_get_points (self, shape);
      LiaisonRect box = { INFINITY, INFINITY, -INFINITY, -INFINITY };

      switch (shape->kind)
        {
        case LIAISON_SHAPE_BEZIER:
          best = MIN (best, distance_to_bezier (p, shape->n_points, x, y, tolerance));
          break;

        case LIAISON_SHAPE_POLYGON:
          if (shape->n_points >= 3 && point_in_polygon (p, shape->n_points, x, y))
            return 0;
          G_GNUC_FALLTHROUGH;
        case LIAISON_SHAPE_POLYLINE:
          for (guint k = 0; k + 1 < shape->n_points; k++)
            best = MIN (best, distance_to_segment (x, y, p[k * 2], p[k * 2 + 1], p[k * 2 + 2], p[k * 2 + 3]));
          break;

        case LIAISON_SHAPE_TEXT:
          /* The label is part of the edge: pointing at it picks the edge. */
          extend_bounds_with_shape (self, &box, shape);
          if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1)
            return 0;
          break;

        case LIAISON_SHAPE_ELLIPSE:
        default:
          break;
        }
    }

  return best;
}

typedef struct
{
  LiaisonScene              *scene;
  double                     x, y, tolerance;
  const LiaisonSceneElement *found;
  double                     distance;
} HitSearch;

static gboolean
hit_node_cb (guint    item,
             gpointer user_data)
{
  HitSearch *search = user_data;
  const LiaisonSceneElement *node = &g_array_index (search->scene->nodes, LiaisonSceneElement, item);

  /* Later nodes are drawn on top, so the highest number wins. */
  if (node_contains (search->scene, node, search->x, search->y, search->tolerance) &&
      (search->found == NULL || node > search->found))
    search->found = node;

  return TRUE;
}

static gboolean
hit_edge_cb (guint    item,
             gpointer user_data)
{
  HitSearch *search = user_data;
  LiaisonScene *scene = search->scene;
  guint number = g_array_index (scene->edge_piece_owner, guint, item);
  const LiaisonSceneElement *edge = &g_array_index (scene->edges, LiaisonSceneElement, number);
  double distance;

  /* Several pieces of one edge can be in reach: measure it once. */
  if (scene->edge_visited[number] == scene->hit_test_serial)
    return TRUE;
  scene->edge_visited[number] = scene->hit_test_serial;

  distance = edge_distance (scene, edge, search->x, search->y, search->tolerance);

  if (distance <= search->tolerance && distance < search->distance)
    {
      search->found = edge;
      search->distance = distance;
    }

  return TRUE;
}

/* Returns: (nullable): what is under the point: a node before an edge,
 * and of edges the nearest within @tolerance. Hit tests keep a little
 * bookkeeping in the scene: make them from one thread (the view's).
 */
const LiaisonSceneElement *
liaison_scene_hit_test (LiaisonScene *self,
                        double        x,
                        double        y,
                        double        tolerance)
{
  HitSearch search = { self, x, y, tolerance, NULL, INFINITY };

  g_return_val_if_fail (LIAISON_IS_SCENE (self), NULL);

  liaison_spatial_index_query (self->node_index, x - tolerance, y - tolerance, x + tolerance, y + tolerance,
                               hit_node_cb, &search);
  if (search.found != NULL)
    return search.found;

  /* A new number for this test, so edges met in earlier ones count again. */
  if (++self->hit_test_serial == 0)
    {
      memset (self->edge_visited, 0, sizeof (guint) * MAX (self->edges->len, 1));
      self->hit_test_serial = 1;
    }
  liaison_spatial_index_query (self->edge_piece_index, x - tolerance, y - tolerance, x + tolerance, y + tolerance,
                               hit_edge_cb, &search);
  return search.found;
}

typedef struct
{
  GArray    *elements;
  GPtrArray *out;
} Collect;

static gboolean
collect_cb (guint    item,
            gpointer user_data)
{
  Collect *collect = user_data;

  g_ptr_array_add (collect->out, &g_array_index (collect->elements, LiaisonSceneElement, item));
  return TRUE;
}

/* Adds to @elements every edge, then every node, whose bounds meet @rect. */
void
liaison_scene_query_rect (LiaisonScene      *self,
                          const LiaisonRect *rect,
                          GPtrArray         *elements)
{
  Collect edges = { NULL, elements };
  Collect nodes = { NULL, elements };

  g_return_if_fail (LIAISON_IS_SCENE (self));
  g_return_if_fail (rect != NULL);
  g_return_if_fail (elements != NULL);

  edges.elements = self->edges;
  nodes.elements = self->nodes;
  liaison_spatial_index_query (self->edge_index, rect->x0, rect->y0, rect->x1, rect->y1, collect_cb, &edges);
  liaison_spatial_index_query (self->node_index, rect->x0, rect->y0, rect->x1, rect->y1, collect_cb, &nodes);
}

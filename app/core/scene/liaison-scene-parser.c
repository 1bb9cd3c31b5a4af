/* liaison-scene-parser.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reads the laid-out graph from Graphviz's "json" output into a scene.
 *
 * That output comes from another process and is treated as untrusted: it
 * passes the same strict pre-scan as datasets, and every count, number and
 * reference is checked before use. (Debian's libxdot, the other way to read
 * Graphviz's drawing operations, crashes on input as small as "P -5 1 1".)
 * tests/fuzz/fuzz-scene.c feeds it arbitrary bytes.
 */

#define G_LOG_DOMAIN "liaison-scene"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-json-reader.h"
#include "liaison-json-scan.h"
#include "liaison-scene-private.h"

/* Far beyond any real layout; a coordinate outside is a corrupt one. */
#define MAX_COORDINATE 1e8
#define MAX_FONT_SIZE  1000.0

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
  _liaison_scene_extend_bounds (scene, &element->bounds, &shape);

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

  self = _liaison_scene_new (dataset);

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

  _liaison_scene_build_indexes (self);

  return g_steal_pointer (&self);
}

/* liaison-scene.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The laid-out graph: what Graphviz drew for each node and edge, in
 * arrays the views walk without copying, and the geometry to find them
 * again (spatial indexes, hit tests). liaison-scene-parser.c reads it
 * from the layout worker's output.
 */

#define G_LOG_DOMAIN "liaison-scene"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-scene-private.h"

G_DEFINE_FINAL_TYPE (LiaisonScene, liaison_scene, G_TYPE_OBJECT)

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

/* An empty scene of @dataset, for the parser to fill. */
LiaisonScene *
_liaison_scene_new (LiaisonDataset *dataset)
{
  LiaisonScene *self = g_object_new (LIAISON_TYPE_SCENE, NULL);

  self->dataset = g_object_ref (dataset);
  self->node_of_entity = g_new (guint, MAX (liaison_dataset_get_n_entities (dataset), 1));
  memset (self->node_of_entity, 0xff, sizeof (guint) * liaison_dataset_get_n_entities (dataset));
  self->edge_of_relation = g_new (guint, MAX (liaison_dataset_get_n_relations (dataset), 1));
  memset (self->edge_of_relation, 0xff, sizeof (guint) * liaison_dataset_get_n_relations (dataset));

  return self;
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

/* Grows @bounds by what @shape covers on screen, its stroke included. */
void
_liaison_scene_extend_bounds (LiaisonScene       *scene,
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

/* Calls @func on each straight piece of @shape's line, in order: each
 * cubic Bézier segment of a curve cut into @pieces_per_curve pieces or,
 * when that is 0, into pieces no longer than PIECE_LENGTH (at most 256);
 * a polyline's segments; a polygon's sides. Other shapes have no line.
 * @slack is 0 but for pieces cut by length: the control polygon bounds
 * the curve's length, and each piece stays within its chord plus a
 * quarter of its share of that length.
 *
 * Returns: whether @func stopped the walk
 */
gboolean
liaison_scene_foreach_piece (LiaisonScene       *self,
                             const LiaisonShape *shape,
                             guint               pieces_per_curve,
                             LiaisonPieceFunc    func,
                             gpointer            user_data)
{
  const double *p = liaison_scene_get_points (self, shape);

  if (shape->kind == LIAISON_SHAPE_BEZIER)
    {
      for (guint s = 0; s + 3 < shape->n_points; s += 3)
        {
          const double *q = &p[s * 2];
          guint n = pieces_per_curve;
          double px = q[0], py = q[1], slack = 0;

          if (n == 0)
            {
              double hull = hypot (q[2] - q[0], q[3] - q[1]) + hypot (q[4] - q[2], q[5] - q[3]) +
                            hypot (q[6] - q[4], q[7] - q[5]);

              n = MAX (1, (guint) MIN (ceil (hull / PIECE_LENGTH), 256));
              slack = hull / n / 4;
            }

          for (guint k = 1; k <= n; k++)
            {
              double t = (double) k / n, u = 1 - t;
              double bx = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
              double by = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];

              if (func (px, py, bx, by, slack, user_data))
                return TRUE;
              px = bx;
              py = by;
            }
        }
    }
  else if (shape->kind == LIAISON_SHAPE_POLYLINE || shape->kind == LIAISON_SHAPE_POLYGON)
    {
      for (guint k = 0; k < shape->n_points; k++)
        {
          guint next = (k + 1) % shape->n_points;

          if (next == 0 && shape->kind == LIAISON_SHAPE_POLYLINE)
            break;
          if (func (p[k * 2], p[k * 2 + 1], p[next * 2], p[next * 2 + 1], 0, user_data))
            return TRUE;
        }
    }

  return FALSE;
}

typedef struct
{
  GArray *rects;
  GArray *owners;
  guint   edge;
  double  margin;
} PieceSink;

static gboolean
index_piece_cb (double   x0,
                double   y0,
                double   x1,
                double   y1,
                double   slack,
                gpointer user_data)
{
  PieceSink *sink = user_data;

  add_piece (sink->rects, sink->owners, sink->edge, x0, y0, x1, y1, sink->margin + slack);
  return FALSE;
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
          if (shapes[i].kind == LIAISON_SHAPE_BEZIER || shapes[i].kind == LIAISON_SHAPE_POLYLINE ||
              shapes[i].kind == LIAISON_SHAPE_POLYGON)
            {
              PieceSink sink = { rects, self->edge_piece_owner, e, PIECE_MARGIN + shapes[i].line_width };

              liaison_scene_foreach_piece (self, &shapes[i], 0, index_piece_cb, &sink);
            }
          else
            {
              LiaisonRect box = { INFINITY, INFINITY, -INFINITY, -INFINITY };

              _liaison_scene_extend_bounds (self, &box, &shapes[i]);
              add_piece (rects, self->edge_piece_owner, e, box.x0, box.y0, box.x1, box.y1, 0);
            }
        }
    }

  self->edge_piece_index = liaison_spatial_index_new ((const double *) (gpointer) rects->data, rects->len / 4);
}

/* Once the parser has filled the scene: what queries and hit tests use. */
void
_liaison_scene_build_indexes (LiaisonScene *self)
{
  self->node_index = index_elements (self->nodes);
  self->edge_index = index_elements (self->edges);
  index_edge_pieces (self);
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
          _liaison_scene_extend_bounds (self, &box, shape);
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

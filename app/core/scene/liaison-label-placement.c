/* liaison-label-placement.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Which labels a scene shows at a given scale, and where: the one answer
 * that the graph view, its tiles and every exporter draw.
 *
 * A label is never drawn smaller than it can be read: below the scale at
 * which Graphviz's own sizes reach LIAISON_MIN_LABEL_PIXELS, labels keep
 * that size on screen and so grow against the graph. Grown labels no
 * longer all fit, so they are placed one by one, the most connected
 * entities first, then the relations, and a label that would overlap one
 * already placed gives way: it is left out until a closer zoom has room
 * for it. An entity's label sits within its outline while it fits there,
 * else below, above or beside it; a relation's sits along its line, clear
 * of every entity. Relations with the same label into one entity from
 * several others share one label, "blocks purchases from ×7".
 *
 * The pass is greedy and checks each candidate against a grid of the
 * labels placed so far and the scene's index of nodes, so ten thousand
 * entities take milliseconds. Placements are kept per step of scale, an
 * eighth of a doubling, so zooming reuses them.
 */

#define G_LOG_DOMAIN "liaison-labels"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-label-placement-private.h"
#include "liaison-scene-private.h"

/* What a label keeps around its text, in ems: from the top of accents to
 * below descenders, and room for the halo it is drawn with.
 */
#define BOX_ABOVE     0.95
#define BOX_BELOW     0.30
#define BOX_SIDE      0.25
/* A label's plate, in ems, a little within its box. */
#define PLATE_ABOVE   0.88
#define PLATE_BELOW   0.26
#define PLATE_SIDE    0.2
/* Between an entity's outline and a label outside it, in ems. */
#define OUTSIDE_GAP   0.1
/* A relation's label no longer than this to its line: a longer one
 * would hide it, or float apart from it.
 */
#define MAX_LABEL_TO_LINE 1.5
/* Steps of cached placements in a doubling of scale. */
#define SCALE_STEPS   8
#define MAX_CACHED    6

struct _LiaisonLabelPlacement
{
  LiaisonScene        *scene;      /* borrowed: see liaison_label_placement_new() */
  double               size;       /* the least font size, in points; 0 for Graphviz's own */
  GArray              *labels;     /* LiaisonLabel */
  guint               *node_label; /* node -> label, or G_MAXUINT */
  guint               *edge_label; /* edge -> label it is drawn with, or G_MAXUINT */
  guint               *node_rank;  /* node -> its place in the drawing order */
  guint               *edge_rank;
  LiaisonSpatialIndex *index;      /* of the labels' boxes */
};

/* Placements and their sources are made from the view's thread and the
 * tiles' alike.
 */
static GMutex cache_lock;


typedef struct
{
  LiaisonScene      *scene;
  const LiaisonRect *box;
  guint              own;          /* the node the label is for, or G_MAXUINT */
  const guint       *node_label;   /* NULL: every node is in the way */
  gboolean           soft;         /* met a node without a label */
  gboolean           hard;         /* met one that must stay clear */
} NodeCheck;

static gboolean
node_check_cb (guint    item,
               gpointer user_data)
{
  NodeCheck *check = user_data;
  const LiaisonSceneElement *node;
  LiaisonRect outline;

  if (item == check->own)
    return TRUE;

  node = &g_array_index (check->scene->nodes, LiaisonSceneElement, item);
  outline = (LiaisonRect) { node->x - node->width / 2, node->y - node->height / 2,
                            node->x + node->width / 2, node->y + node->height / 2 };
  if (!rects_meet (check->box, &outline))
    return TRUE;

  if (check->node_label == NULL || check->node_label[item] != G_MAXUINT)
    {
      check->hard = TRUE;
      return FALSE;
    }

  check->soft = TRUE;
  return TRUE;
}

static void
set_box (LiaisonLabel *label)
{
  double side = BOX_SIDE * label->font_size;

  switch (label->align)
    {
    case LIAISON_ALIGN_LEFT:
      label->box.x0 = label->x - side;
      label->box.x1 = label->x + label->width + side;
      break;
    case LIAISON_ALIGN_RIGHT:
      label->box.x0 = label->x - label->width - side;
      label->box.x1 = label->x + side;
      break;
    case LIAISON_ALIGN_CENTER:
    default:
      label->box.x0 = label->x - label->width / 2 - side;
      label->box.x1 = label->x + label->width / 2 + side;
      break;
    }
  label->box.y0 = label->y - BOX_ABOVE * label->font_size;
  label->box.y1 = label->y + BOX_BELOW * label->font_size;
}

/* A label on the background is drawn on a plate of it, which hides the
 * lines it lies on: this rectangle, within the label's box.
 */
void
liaison_label_get_plate (const LiaisonLabel *label,
                         LiaisonRect        *plate)
{
  double side;

  g_return_if_fail (label != NULL);
  g_return_if_fail (plate != NULL);

  side = (BOX_SIDE - PLATE_SIDE) * label->font_size;
  plate->x0 = label->box.x0 + side;
  plate->x1 = label->box.x1 - side;
  plate->y0 = label->y - PLATE_ABOVE * label->font_size;
  plate->y1 = label->y + PLATE_BELOW * label->font_size;
}

/* Whether what is drawn of @label, its plate, is within the drawing: the
 * screen's tiles and the exports end there. Its margins may reach beyond.
 */
static gboolean
within (const LiaisonLabel *label,
        const LiaisonRect  *bounds)
{
  LiaisonRect plate;

  liaison_label_get_plate (label, &plate);
  return plate.x0 >= bounds->x0 && plate.y0 >= bounds->y0 && plate.x1 <= bounds->x1 && plate.y1 <= bounds->y1;
}

/* The label of @info at @font_size, without a place yet. */
static void
label_init (LiaisonLabel              *label,
            const LiaisonSceneElement *element,
            const LiaisonLabelText    *info,
            double                     font_size)
{
  memset (label, 0, sizeof *label);
  label->element = element;
  label->text = info->text;
  label->font_size = font_size;
  label->color = info->color;
  label->n_relations = 1;
  /* Whichever is wider: Graphviz's measure, or the estimate that readers
   * of an exported file without the font make.
   */
  label->width = MAX (info->width * font_size / info->font_size, info->ems * font_size);
}

/* Far out, labels keep the size on screen Graphviz gave them at 100 %,
 * and none is smaller than @size: entities' labels stay a little larger
 * than relations', as Graphviz drew them, and at 100 % only the smallest
 * grow.
 */
static double
font_size_for (const LiaisonLabelText *info,
               double                  size)
{
  return MAX (info->font_size * MAX (1.0, size / LIAISON_MIN_LABEL_PIXELS), size);
}

/* An entity's label inside its outline, if it fits there. */
static gboolean
place_inside (const LiaisonSceneElement *node,
              const LiaisonLabelText    *info,
              LiaisonLabel              *label)
{
  /* Graphviz sized the outline for its text, not the estimate's: it may
   * grow into half the room left around it, whatever the shape.
   */
  double natural = info->width, width = info->width * label->font_size / info->font_size;
  double line = 1.2 * info->font_size, height = 1.2 * label->font_size;

  if (width > natural + 0.5 * MAX (node->width - natural, 0) + 0.01 ||
      height > line + 0.5 * MAX (node->height - line, 0) + 0.01)
    return FALSE;

  label->inside = TRUE;
  label->align = LIAISON_ALIGN_CENTER;
  label->x = node->x;
  label->y = node->y + info->baseline * label->font_size;
  set_box (label);
  return TRUE;
}

/* Below, above, right of and left of an entity's outline. */
static void
place_outside (const LiaisonSceneElement *node,
               guint                      candidate,
               LiaisonLabel              *label)
{
  double fs = label->font_size;
  double gap = OUTSIDE_GAP * fs;

  label->inside = FALSE;
  label->align = LIAISON_ALIGN_CENTER;
  switch (candidate)
    {
    case 0:
      label->x = node->x;
      label->y = node->y + node->height / 2 + gap + BOX_ABOVE * fs;
      break;
    case 1:
      label->x = node->x;
      label->y = node->y - node->height / 2 - gap - BOX_BELOW * fs;
      break;
    case 2:
      /* Beside it, starting or ending where it does, so that the text
       * and not only its box is near.
       */
      label->align = LIAISON_ALIGN_LEFT;
      label->x = node->x + node->width / 2 + gap;
      label->y = node->y + 0.32 * fs;
      break;
    default:
      label->align = LIAISON_ALIGN_RIGHT;
      label->x = node->x - node->width / 2 - gap;
      label->y = node->y + 0.32 * fs;
      break;
    }
  set_box (label);
}

/* Centred on a point of a relation's line, or just above, below, right or
 * left of it.
 */
static void
place_along (const double *point,
             guint         candidate,
             LiaisonLabel *label)
{
  double fs = label->font_size;

  label->x = point[0];
  label->y = point[1] + 0.32 * fs;
  label->align = LIAISON_ALIGN_CENTER;
  switch (candidate)
    {
    case 1:
      label->y = point[1] - BOX_BELOW * fs;
      break;
    case 2:
      label->y = point[1] + BOX_ABOVE * fs;
      break;
    case 3:
      label->align = LIAISON_ALIGN_LEFT;
      label->x = point[0] + BOX_SIDE * fs;
      break;
    case 4:
      label->align = LIAISON_ALIGN_RIGHT;
      label->x = point[0] - BOX_SIDE * fs;
      break;
    default:
      break;
    }
  set_box (label);
}

/* Moves an entity's label placed outside its @outline by place_outside()
 * into @bounds, if it can stay by the outline: below or above it, slid
 * sideways; beside it, up or down. An entity at the edge of the drawing
 * keeps its label that way, which would otherwise be left out at every
 * zoom with nothing in its way. Returns FALSE if it cannot.
 */
static gboolean
fit_within (LiaisonLabel      *label,
            const LiaisonRect *outline,
            guint              candidate,
            const LiaisonRect *bounds)
{
  LiaisonRect plate;
  double dx = 0, dy = 0;

  liaison_label_get_plate (label, &plate);
  if (plate.x1 - plate.x0 > bounds->x1 - bounds->x0 - 1e-5 || plate.y1 - plate.y0 > bounds->y1 - bounds->y0 - 1e-5)
    return within (label, bounds);

  /* A hair further in, so that rounding leaves it within. */
  if (plate.x0 < bounds->x0)
    dx = bounds->x0 - plate.x0 + 1e-6;
  else if (plate.x1 > bounds->x1)
    dx = bounds->x1 - plate.x1 - 1e-6;
  if (plate.y0 < bounds->y0)
    dy = bounds->y0 - plate.y0 + 1e-6;
  else if (plate.y1 > bounds->y1)
    dy = bounds->y1 - plate.y1 - 1e-6;

  if (dx == 0 && dy == 0)
    return TRUE;

  /* Slid any further, it would sit over the outline or apart from it. */
  if (candidate < 2 ? dy != 0 || plate.x0 + dx >= outline->x1 || plate.x1 + dx <= outline->x0
                    : dx != 0 || plate.y0 + dy >= outline->y1 || plate.y1 + dy <= outline->y0)
    return FALSE;

  label->x += dx;
  label->y += dy;
  set_box (label);
  return TRUE;
}

#define N_OUTSIDE 4
#define N_ALONG   5

/* What a label outside an entity covers, wherever it goes. */
static double
area_of (const LiaisonLabel *label)
{
  return (label->width + 2 * BOX_SIDE * label->font_size) * (BOX_ABOVE + BOX_BELOW) * label->font_size;
}

static void
add_label (LiaisonLabelPlacement *self,
           Grid                  *grid,
           LiaisonLabel          *label,
           guint                 *slot)
{
  *slot = self->labels->len;
  g_array_append_val (self->labels, *label);
  _liaison_label_grid_add (grid, &label->box, *slot);
  if (!label->inside)
    grid->room -= area_of (label);
}

static void
place_entities (LiaisonLabelPlacement *self,
                LiaisonLabelSource    *source,
                Grid                  *grid)
{
  LiaisonScene *scene = self->scene;
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  guint n_nodes = liaison_scene_get_n_nodes (scene);

  for (guint i = 0; i < n_nodes; i++)
    {
      guint n = source->node_order[i];
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, n);
      const LiaisonLabelText *info = &source->nodes[n];
      LiaisonRect outline = { node->x - node->width / 2, node->y - node->height / 2,
                              node->x + node->width / 2, node->y + node->height / 2 };
      LiaisonLabel label;
      gboolean placed = FALSE;

      if (info->text == NULL)
        continue;

      /* Under another's label already: a label of its own would float
       * away from an outline nobody sees.
       */
      if (_liaison_label_grid_hits (grid, self->labels, &outline))
        continue;

      label_init (&label, node, info, font_size_for (info, self->size));
      if (place_inside (node, info, &label))
        {
          if (!_liaison_label_grid_hits (grid, self->labels, &label.box))
            add_label (self, grid, &label, &self->node_label[n]);
          continue;
        }

      if (area_of (&label) > grid->room)
        continue;

      /* Clear of everything if it can be; else over entities that have no
       * label, never over one that has.
       */
      for (int pass = 0; pass < 2 && !placed; pass++)
        for (guint c = 0; c < N_OUTSIDE && !placed; c++)
          {
            NodeCheck check = { scene, &label.box, n, self->node_label, FALSE, FALSE };

            place_outside (node, c, &label);
            if (!fit_within (&label, &outline, c, bounds) || _liaison_label_grid_hits (grid, self->labels, &label.box))
              continue;
            liaison_spatial_index_query (scene->node_index, label.box.x0, label.box.y0, label.box.x1, label.box.y1,
                                         node_check_cb, &check);
            if (check.hard || (pass == 0 && check.soft))
              continue;
            add_label (self, grid, &label, &self->node_label[n]);
            placed = TRUE;
          }
    }
}

static gboolean
collect_edge_cb (guint    item,
                 gpointer user_data)
{
  gpointer *data = user_data;
  LiaisonScene *scene = data[0];

  g_array_append_val ((GArray *) data[1], g_array_index (scene->edge_piece_owner, guint, item));
  return TRUE;
}


/* Whether the line of a relation that has a label passes over @label's
 * plate. Such a line would have to be drawn after the label, and its own
 * label before it: it is kept clear, so that no line is drawn over a
 * label (see order_elements()).
 */
static gboolean
over_labelled_line (LiaisonLabelPlacement *self,
                    const LiaisonLabel    *label)
{
  LiaisonScene *scene = self->scene;
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  gpointer data[2] = { scene, near };
  LiaisonRect plate;

  liaison_label_get_plate (label, &plate);
  liaison_spatial_index_query (scene->edge_piece_index, plate.x0, plate.y0, plate.x1, plate.y1,
                               collect_edge_cb, data);
  for (guint i = 0; i < near->len; i++)
    {
      guint edge = g_array_index (near, guint, i);

      if (self->edge_label[edge] != G_MAXUINT &&
          _liaison_label_edge_meets_rect (scene, liaison_scene_get_edge (scene, edge), &plate))
        return TRUE;
    }

  return FALSE;
}

static gboolean
try_along (LiaisonLabelPlacement *self,
           Grid                  *grid,
           const double          *point,
           LiaisonLabel          *label)
{
  LiaisonScene *scene = self->scene;

  for (guint c = 0; c < N_ALONG; c++)
    {
      NodeCheck check = { scene, &label->box, G_MAXUINT, NULL, FALSE, FALSE };

      place_along (point, c, label);
      if (!within (label, liaison_scene_get_bounds (scene)) || _liaison_label_grid_hits (grid, self->labels, &label->box))
        continue;
      liaison_spatial_index_query (scene->node_index, label->box.x0, label->box.y0, label->box.x1, label->box.y1,
                                   node_check_cb, &check);
      if (!check.hard && !over_labelled_line (self, label))
        return TRUE;
    }

  return FALSE;
}

static void
place_relations (LiaisonLabelPlacement *self,
                 LiaisonLabelSource    *source,
                 Grid                  *grid)
{
  LiaisonScene *scene = self->scene;
  guint n_edges = liaison_scene_get_n_edges (scene);

  for (guint i = 0; i < source->relation_order->len; i++)
    {
      guint item = g_array_index (source->relation_order, guint, i);
      LiaisonLabel label;

      if (item < n_edges)
        {
          const LiaisonLabelText *info = &source->edges[item];
          const double *samples = &source->samples[item * N_SAMPLES * 2];

          label_init (&label, liaison_scene_get_edge (scene, item), info, font_size_for (info, self->size));
          if (label.width > MAX_LABEL_TO_LINE * source->lengths[item] || area_of (&label) > grid->room)
            continue;
          for (guint k = 0; k < N_EDGE_SAMPLES; k++)
            if (try_along (self, grid, &samples[k * 2], &label))
              {
                add_label (self, grid, &label, &self->edge_label[item]);
                break;
              }
        }
      else
        {
          LiaisonLabelBundle *bundle = &g_array_index (source->bundles, LiaisonLabelBundle, item - n_edges);
          guint first = g_array_index (bundle->members, guint, 0);
          gboolean placed = FALSE;

          label_init (&label, liaison_scene_get_edge (scene, first), &bundle->text,
                      font_size_for (&bundle->text, self->size));
          label.n_relations = bundle->members->len;
          if (area_of (&label) > grid->room)
            continue;

          /* Near the entity they all lead to, along whichever has room. */
          for (guint k = 0; k < N_BUNDLE_SAMPLES && !placed; k++)
            for (guint m = 0; m < bundle->members->len && !placed; m++)
              {
                guint e = g_array_index (bundle->members, guint, m);
                const double *point = &source->samples[(e * N_SAMPLES + N_EDGE_SAMPLES + k) * 2];

                if (label.width > MAX_LABEL_TO_LINE * source->lengths[e])
                  continue;
                if (try_along (self, grid, point, &label))
                  {
                    add_label (self, grid, &label, &self->edge_label[first]);
                    placed = TRUE;
                  }
              }
        }
    }
}

/* The order the screen and every export draw in, which is the order of
 * an SVG's groups: relations under entities, and of each kind those
 * without a label first. A label is drawn right after its element, and no
 * labelled relation's line passes over a label placed after it (see
 * try_along()): relations with labels go in the reverse of the order they
 * were placed in, so that every line is drawn before the labels it
 * passes over.
 */
static void
order_elements (LiaisonLabelPlacement *self)
{
  LiaisonScene *scene = self->scene;
  guint n_nodes = liaison_scene_get_n_nodes (scene);
  guint n_edges = liaison_scene_get_n_edges (scene);
  guint rank = 0;

  self->node_rank = g_new (guint, MAX (n_nodes, 1));
  self->edge_rank = g_new (guint, MAX (n_edges, 1));

  for (int pass = 0; pass < 2; pass++)
    for (guint n = 0; n < n_nodes; n++)
      if ((self->node_label[n] != G_MAXUINT) == (pass == 1))
        self->node_rank[n] = rank++;

  rank = 0;
  for (guint e = 0; e < n_edges; e++)
    if (self->edge_label[e] == G_MAXUINT)
      self->edge_rank[e] = rank++;

  for (guint i = self->labels->len; i-- > 0;)
    {
      const LiaisonLabel *label = &g_array_index (self->labels, LiaisonLabel, i);

      if (label->element->kind == LIAISON_ELEMENT_RELATION)
        self->edge_rank[label->element - liaison_scene_get_edge (scene, 0)] = rank++;
    }
}

static LiaisonLabelPlacement *
place (LiaisonScene       *scene,
       LiaisonLabelSource *source,
       double              size)
{
  LiaisonLabelPlacement *self = g_atomic_rc_box_new0 (LiaisonLabelPlacement);
  guint n_nodes = liaison_scene_get_n_nodes (scene);
  guint n_edges = liaison_scene_get_n_edges (scene);
  g_autofree double *rects = NULL;
  Grid grid;

  self->scene = scene;
  self->size = size;
  self->labels = g_array_new (FALSE, FALSE, sizeof (LiaisonLabel));
  self->node_label = g_new (guint, MAX (n_nodes, 1));
  memset (self->node_label, 0xff, sizeof (guint) * MAX (n_nodes, 1));
  self->edge_label = g_new (guint, MAX (n_edges, 1));
  memset (self->edge_label, 0xff, sizeof (guint) * MAX (n_edges, 1));

  _liaison_label_grid_init (&grid, liaison_scene_get_bounds (scene), MAX (size, source->min_font));
  place_entities (self, source, &grid);
  place_relations (self, source, &grid);
  _liaison_label_grid_clear (&grid);
  order_elements (self);

  rects = g_new (double, MAX (self->labels->len, 1) * 4);
  for (guint i = 0; i < self->labels->len; i++)
    memcpy (&rects[i * 4], &g_array_index (self->labels, LiaisonLabel, i).box, sizeof (double) * 4);
  self->index = liaison_spatial_index_new (rects, self->labels->len);

  return self;
}

/**
 * liaison_label_placement_new:
 * @scene: a laid-out scene
 * @scale: device pixels a point, as the scene is drawn
 * @min_pixels: the least size of a label, in device pixels
 *
 * Places the labels of @scene for drawing it at @scale. The placement
 * borrows @scene: keep the scene alive as long as the placement.
 *
 * Returns: (transfer full): the placement
 */
LiaisonLabelPlacement *
liaison_label_placement_new (LiaisonScene *scene,
                             double        scale,
                             double        min_pixels)
{
  LiaisonLabelPlacement *self;
  LiaisonLabelSource *source;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (scale > 0, NULL);

  g_mutex_lock (&cache_lock);
  source = _liaison_label_source_get (scene);
  self = place (scene, source, MAX (min_pixels, 0) / scale);
  g_mutex_unlock (&cache_lock);

  return self;
}

/**
 * liaison_scene_get_labels:
 * @scene: a laid-out scene
 * @scale: device pixels a point, as the scene is drawn
 * @min_pixels: the least size of a label, in device pixels
 *
 * The placement of @scene's labels for drawing at @scale, shared by
 * every caller at nearly the same scale: labels are sized for the step
 * of scale at or below @scale, so never smaller than @min_pixels. Safe to
 * call from any thread.
 *
 * Returns: (transfer full): the placement, valid while @scene lives
 */
LiaisonLabelPlacement *
liaison_scene_get_labels (LiaisonScene *scene,
                          double        scale,
                          double        min_pixels)
{
  LiaisonLabelPlacement *placement = NULL;
  LiaisonLabelSource *source;
  double size = 0;
  int step = G_MININT;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (scale > 0, NULL);

  g_mutex_lock (&cache_lock);
  source = _liaison_label_source_get (scene);

  /* Only the least font size in points matters, and none at all once
   * Graphviz's own sizes are large enough.
   */
  if (min_pixels > 0 && min_pixels / scale > source->min_font)
    {
      step = (int) ceil (log2 (1 / scale) * SCALE_STEPS - 1e-6);
      size = min_pixels * exp2 ((double) step / SCALE_STEPS);
      if (size <= source->min_font)
        {
          step = G_MININT;
          size = 0;
        }
    }

  for (guint i = 0; i < source->cache->len; i++)
    {
      LiaisonLabelCacheEntry entry = g_array_index (source->cache, LiaisonLabelCacheEntry, i);

      if (entry.step == step && (step == G_MININT || entry.placement->size == size))
        {
          /* The most recently used last. */
          g_array_remove_index (source->cache, i);
          g_array_append_val (source->cache, entry);
          placement = liaison_label_placement_ref (entry.placement);
          break;
        }
    }

  if (placement == NULL)
    {
      LiaisonLabelCacheEntry entry = { step, place (scene, source, size) };

      if (source->cache->len >= MAX_CACHED)
        {
          liaison_label_placement_unref (g_array_index (source->cache, LiaisonLabelCacheEntry, 0).placement);
          g_array_remove_index (source->cache, 0);
        }
      g_array_append_val (source->cache, entry);
      placement = liaison_label_placement_ref (entry.placement);
    }

  g_mutex_unlock (&cache_lock);

  return placement;
}

LiaisonLabelPlacement *
liaison_label_placement_ref (LiaisonLabelPlacement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
placement_clear (gpointer data)
{
  LiaisonLabelPlacement *self = data;

  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->node_label, g_free);
  g_clear_pointer (&self->edge_label, g_free);
  g_clear_pointer (&self->node_rank, g_free);
  g_clear_pointer (&self->edge_rank, g_free);
  g_clear_pointer (&self->index, liaison_spatial_index_free);
}

void
liaison_label_placement_unref (LiaisonLabelPlacement *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, placement_clear);
}

/* The least font size of the labels, in points; 0 when every label has
 * the size Graphviz gave it.
 */
double
liaison_label_placement_get_font_size (LiaisonLabelPlacement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->size;
}

guint
liaison_label_placement_get_n_labels (LiaisonLabelPlacement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->labels->len;
}

/* Labels in the order they were placed: entities by connections, then
 * relations.
 */
const LiaisonLabel *
liaison_label_placement_get_label (LiaisonLabelPlacement *self,
                                   guint                  n)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n < self->labels->len, NULL);

  return &g_array_index (self->labels, LiaisonLabel, n);
}

static guint
slot_of (LiaisonLabelPlacement     *self,
         const LiaisonSceneElement *element)
{
  const LiaisonSceneElement *first;
  guint n;

  if (element->kind == LIAISON_ELEMENT_ENTITY)
    {
      if (liaison_scene_get_n_nodes (self->scene) == 0)
        return G_MAXUINT;
      first = liaison_scene_get_node (self->scene, 0);
      n = element - first;
      g_return_val_if_fail (n < liaison_scene_get_n_nodes (self->scene), G_MAXUINT);
      return self->node_label[n];
    }

  if (liaison_scene_get_n_edges (self->scene) == 0)
    return G_MAXUINT;
  first = liaison_scene_get_edge (self->scene, 0);
  n = element - first;
  g_return_val_if_fail (n < liaison_scene_get_n_edges (self->scene), G_MAXUINT);
  return self->edge_label[n];
}

/* Returns: (nullable): the label drawn with @element, or NULL when it has
 * none or its label gave way. A bundle's label is drawn with its first
 * relation.
 */
const LiaisonLabel *
liaison_label_placement_lookup (LiaisonLabelPlacement     *self,
                                const LiaisonSceneElement *element)
{
  guint slot;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (element != NULL, NULL);

  slot = slot_of (self, element);
  return slot != G_MAXUINT ? &g_array_index (self->labels, LiaisonLabel, slot) : NULL;
}

/* The label @element would have if nothing were in its way, to show it
 * when the element is pointed at: placed if it was, else its first place.
 * Returns FALSE when the element has no label.
 */
gboolean
liaison_label_placement_get_wanted (LiaisonLabelPlacement     *self,
                                    const LiaisonSceneElement *element,
                                    LiaisonLabel              *label)
{
  const LiaisonLabel *placed;
  const LiaisonLabelText *info;
  LiaisonLabelSource *source;
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (element != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  placed = liaison_label_placement_lookup (self, element);
  if (placed != NULL && placed->n_relations == 1)
    {
      *label = *placed;
      return TRUE;
    }

  g_mutex_lock (&cache_lock);
  source = _liaison_label_source_get (self->scene);
  g_mutex_unlock (&cache_lock);

  if (element->kind == LIAISON_ELEMENT_ENTITY)
    {
      n = element - liaison_scene_get_node (self->scene, 0);
      info = &source->nodes[n];
      if (info->text == NULL)
        return FALSE;
      label_init (label, element, info, font_size_for (info, self->size));
      if (!place_inside (element, info, label))
        place_outside (element, 0, label);
      return TRUE;
    }

  n = element - liaison_scene_get_edge (self->scene, 0);
  info = &source->edges[n];
  if (info->text == NULL)
    return FALSE;
  label_init (label, element, info, font_size_for (info, self->size));
  place_along (&source->samples[n * N_SAMPLES * 2], 0, label);
  return TRUE;
}

typedef struct
{
  LiaisonLabelPlacement *self;
  GPtrArray             *out;
} QueryData;

static gboolean
query_cb (guint    item,
          gpointer user_data)
{
  QueryData *data = user_data;

  g_ptr_array_add (data->out, &g_array_index (data->self->labels, LiaisonLabel, item));
  return TRUE;
}

/* Adds to @labels every placed label whose box meets @rect. */
void
liaison_label_placement_query (LiaisonLabelPlacement *self,
                               const LiaisonRect     *rect,
                               GPtrArray             *labels)
{
  QueryData data = { self, labels };

  g_return_if_fail (self != NULL);
  g_return_if_fail (rect != NULL);
  g_return_if_fail (labels != NULL);

  liaison_spatial_index_query (self->index, rect->x0, rect->y0, rect->x1, rect->y1, query_cb, &data);
}

static gboolean
hit_cb (guint    item,
        gpointer user_data)
{
  *(guint *) user_data = item;
  return FALSE;
}

/* Returns: (nullable): the label under a scene point. */
const LiaisonLabel *
liaison_label_placement_hit_test (LiaisonLabelPlacement *self,
                                  double                 x,
                                  double                 y)
{
  guint found = G_MAXUINT;

  g_return_val_if_fail (self != NULL, NULL);

  liaison_spatial_index_query (self->index, x, y, x, y, hit_cb, &found);
  return found != G_MAXUINT ? &g_array_index (self->labels, LiaisonLabel, found) : NULL;
}

/* The order in which the screen and every export draw elements, each
 * with its label: see order_elements().
 */
int
liaison_label_placement_compare_elements (LiaisonLabelPlacement     *self,
                                          const LiaisonSceneElement *a,
                                          const LiaisonSceneElement *b)
{
  guint ra, rb;

  if (a->kind != b->kind)
    return a->kind == LIAISON_ELEMENT_RELATION ? -1 : 1;

  if (a->kind == LIAISON_ELEMENT_ENTITY)
    {
      const LiaisonSceneElement *first = liaison_scene_get_node (self->scene, 0);

      ra = self->node_rank[a - first];
      rb = self->node_rank[b - first];
    }
  else
    {
      const LiaisonSceneElement *first = liaison_scene_get_edge (self->scene, 0);

      ra = self->edge_rank[a - first];
      rb = self->edge_rank[b - first];
    }

  return (ra > rb) - (ra < rb);
}

/* liaison-layout-keeping.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A layout that keeps the graph's shape when what is shown changes:
 * entities drawn before stay where they were, those new to the view are
 * placed around them, and a user's mental map of the graph survives a
 * focus, an expansion or a filter.
 *
 * Graphviz 2.42 cannot do this in one go: nop2 refuses a graph where any
 * node lacks a position, sfdp has no pins, and neato holds pinned nodes
 * only without prism's overlap removal (which moves them). So the new
 * entities are laid out by neato with their placed neighbours pinned and
 * overlaps allowed, then pushed clear of every box here, and nop2 draws
 * the relations of the whole at the positions so found. A view that only
 * lost entities takes just that last step: nothing moves.
 */

#define G_LOG_DOMAIN "liaison-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-graph-builder.h"
#include "liaison-layout-keeping.h"
#include "liaison-layout.h"

/* The size of an entity never drawn yet, in points, until neato says. */
#define DEFAULT_WIDTH  72.0
#define DEFAULT_HEIGHT 29.0

/* How far from its placed neighbours a new entity starts, in points. */
#define START_RADIUS 60.0


typedef struct
{
  LiaisonDataset        *dataset;
  LiaisonViewState      *state;
  LiaisonPositionMemory *memory;
  LiaisonLayoutEngine    engine;
  guint                  timeout_seconds;
} KeepingData;

static void
keeping_data_free (KeepingData *data)
{
  g_clear_object (&data->dataset);
  g_clear_object (&data->state);
  g_clear_object (&data->memory);
  g_free (data);
}

static gboolean
box_is_free (const double *xy,
             const double *size,
             const guint8 *settled,
             const guint  *members,
             guint         n_members,
             guint         a,
             double        x,
             double        y,
             double        separation)
{
  for (guint k = 0; k < n_members; k++)
    {
      guint b = members[k];

      if (b == a || !settled[b])
        continue;
      if (fabs (x - xy[2 * b]) < (size[2 * a] + size[2 * b]) / 2 + separation &&
          fabs (y - xy[2 * b + 1]) < (size[2 * a + 1] + size[2 * b + 1]) / 2 + separation)
        return FALSE;
    }

  return TRUE;
}

/* Moves each of the @movable boxes among @members (centres in @xy, sizes
 * in @size, two per entity) to the free spot nearest where it is, one
 * after the other, so that none overlaps another or comes closer than
 * @separation; the others stay. Pushing overlapping boxes apart in
 * rounds instead rocks a box squeezed between two fixed ones back and
 * forth for ever.
 */
void
liaison_separate_boxes (double       *xy,
                        const double *size,
                        const guint8 *movable,
                        const guint  *members,
                        guint         n_members,
                        double        separation)
{
  g_autofree guint8 *settled = NULL;
  guint max_index = 0;

  for (guint m = 0; m < n_members; m++)
    max_index = MAX (max_index, members[m]);
  settled = g_new0 (guint8, max_index + 1);
  for (guint m = 0; m < n_members; m++)
    settled[members[m]] = !movable[members[m]];

  for (guint m = 0; m < n_members; m++)
    {
      guint a = members[m];
      double x0 = xy[2 * a], y0 = xy[2 * a + 1];
      double step = MAX (MIN (size[2 * a], size[2 * a + 1]) / 2, 4.0);

      if (settled[a])
        continue;

      /* Rings around where it was, further out each time, each tried
       * from the same angle on.
       */
      for (guint ring = 1; !box_is_free (xy, size, settled, members, n_members, a,
                                          xy[2 * a], xy[2 * a + 1], separation); ring++)
        {
          guint n_tries = 8 * ring;

          for (guint t = 0; t < n_tries; t++)
            {
              double angle = 2 * G_PI * t / n_tries;
              double x = x0 + ring * step * cos (angle);
              double y = y0 + ring * step * sin (angle);

              if (box_is_free (xy, size, settled, members, n_members, a, x, y, separation))
                {
                  xy[2 * a] = x;
                  xy[2 * a + 1] = y;
                  break;
                }
            }
        }
      settled[a] = TRUE;
    }
}

static LiaisonScene *
render_scene (LiaisonDataset  *dataset,
              GBytes          *dot,
              const char      *engine,
              guint            timeout_seconds,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(LiaisonRenderResult) render = NULL;
  LiaisonScene *scene;
  const char *json;
  gsize length;

  render = liaison_layout_render (dot, engine, "scene", timeout_seconds, cancellable, error);
  if (render == NULL)
    return NULL;

  json = g_bytes_get_data (render->output, &length);
  scene = liaison_scene_new_from_json (json, length, dataset, error);
  if (scene != NULL)
    liaison_scene_set_messages (scene, (const char * const *) render->messages);

  return scene;
}

static gboolean
entity_visible (LiaisonViewState *state,
                guint             i)
{
  return state == NULL || liaison_view_state_is_entity_visible (state, i);
}

static gboolean
relation_visible (LiaisonViewState      *state,
                  const LiaisonRelation *relation)
{
  return state == NULL || liaison_view_state_is_relation_visible (state, relation);
}

/* Where @scene put the entities in @take, in @xy and @size, moved by
 * (@dx, @dy).
 */
static void
take_positions (LiaisonScene *scene,
                const guint8 *take,
                double        dx,
                double        dy,
                double       *xy,
                double       *size)
{
  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      double x, y;

      if (!take[node->index] || !liaison_parse_graphviz_point (node->graphviz_pos, &x, &y))
        continue;
      xy[2 * node->index] = x + dx;
      xy[2 * node->index + 1] = y + dy;
      size[2 * node->index] = node->width;
      size[2 * node->index + 1] = node->height;
    }
}

/* How far @scene moved the entities in @reference from where @xy has
 * them, on average: Graphviz may shift a whole layout.
 */
static gboolean
mean_shift (LiaisonScene *scene,
            const guint8 *reference,
            const double *xy,
            double       *dx,
            double       *dy)
{
  double sx = 0, sy = 0;
  guint n = 0;

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      double x, y;

      if (!reference[node->index] || !liaison_parse_graphviz_point (node->graphviz_pos, &x, &y))
        continue;
      sx += xy[2 * node->index] - x;
      sy += xy[2 * node->index + 1] - y;
      n++;
    }

  if (n == 0)
    return FALSE;
  *dx = sx / n;
  *dy = sy / n;
  return TRUE;
}

/* Gives @size the sizes @scene drew the @members at; returns whether any
 * came out larger than it was taken to be.
 */
static gboolean
take_real_sizes (LiaisonScene *scene,
                 GArray       *members,
                 double       *size)
{
  gboolean grew = FALSE;

  for (guint m = 0; m < members->len; m++)
    {
      guint i = g_array_index (members, guint, m);
      const LiaisonSceneElement *node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i);

      if (node == NULL)
        continue;
      if (node->width > size[2 * i] + 0.5 || node->height > size[2 * i + 1] + 0.5)
        grew = TRUE;
      size[2 * i] = node->width;
      size[2 * i + 1] = node->height;
    }

  return grew;
}

/* Larger boxes first. */
static int
compare_area_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const double *size = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  double area_i = size[2 * i] * size[2 * i + 1];
  double area_j = size[2 * j] * size[2 * j + 1];

  return (area_i < area_j) - (area_i > area_j);
}

static LiaisonScene *
keeping_layout (KeepingData   *data,
                GCancellable  *cancellable,
                GError       **error)
{
  LiaisonDataset *dataset = data->dataset;
  LiaisonViewState *state = data->state;
  LiaisonPositionMemory *memory = data->memory;
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  g_autofree double *xy = g_new (double, 2 * MAX (n_entities, 1));
  g_autofree double *size = g_new (double, 2 * MAX (n_entities, 1));
  g_autofree guint8 *is_new = g_new0 (guint8, MAX (n_entities, 1));
  g_autofree guint8 *pinned = g_new0 (guint8, MAX (n_entities, 1));
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GBytes) dot = NULL;
  guint n_new = 0, n_placed = 0, n_placed_pinned = 0;
  double placed_x1 = -G_MAXDOUBLE, placed_y0 = G_MAXDOUBLE, placed_y1 = -G_MAXDOUBLE;
  LiaisonScene *scene;

  for (guint i = 0; i < n_entities; i++)
    {
      xy[2 * i] = xy[2 * i + 1] = NAN;
      size[2 * i] = DEFAULT_WIDTH;
      size[2 * i + 1] = DEFAULT_HEIGHT;
      if (!entity_visible (state, i))
        continue;

      g_array_append_val (members, i);
      if (liaison_position_memory_lookup (memory, i, &xy[2 * i], &xy[2 * i + 1]))
        {
          liaison_position_memory_get_size (memory, i, &size[2 * i], &size[2 * i + 1]);
          placed_x1 = MAX (placed_x1, xy[2 * i] + size[2 * i] / 2);
          placed_y0 = MIN (placed_y0, xy[2 * i + 1]);
          placed_y1 = MAX (placed_y1, xy[2 * i + 1]);
          n_placed++;
          if (liaison_position_memory_is_pinned (memory, i))
            n_placed_pinned++;
        }
      else
        {
          is_new[i] = TRUE;
          n_new++;
        }
    }

  /* Nothing to keep: a layout from scratch, by the chosen engine. */
  if (n_placed == 0)
    return liaison_layout_run (dataset, state, data->engine, data->timeout_seconds, cancellable, error);

  if (n_new > 0 && n_placed == n_placed_pinned)
    {
      g_autoptr(LiaisonScene) fresh = NULL;
      g_autofree guint8 *held = g_new0 (guint8, n_entities);
      double dx, dy;

      /* Only pins to keep (a layout again from scratch): the chosen
       * engine lays everything out, moved so that the pinned entities'
       * middle stays where it was, and the pins hold.
       */
      fresh = liaison_layout_run (dataset, state, data->engine, data->timeout_seconds, cancellable, error);
      if (fresh == NULL)
        return NULL;
      for (guint i = 0; i < n_entities; i++)
        held[i] = !is_new[i] && entity_visible (state, i);
      if (!mean_shift (fresh, held, xy, &dx, &dy))
        dx = dy = 0;
      take_positions (fresh, is_new, dx, dy, xy, size);
      liaison_position_memory_set_engine (memory, liaison_scene_get_engine (fresh));
    }
  else if (n_new > 0)
    {
      g_autofree guint8 *include = g_new0 (guint8, n_entities);
      g_autofree double *start = g_new (double, 2 * n_entities);
      g_autoptr(LiaisonScene) spring = NULL;
      double dx, dy;

      memcpy (start, xy, sizeof (double) * 2 * n_entities);

      /* The new entities and their placed neighbours, which are pinned;
       * a new one starts near the middle of those it is tied to.
       */
      for (guint m = 0; m < members->len; m++)
        {
          guint i = g_array_index (members, guint, m);
          double sx = 0, sy = 0, angle;
          guint n = 0;

          if (!is_new[i])
            continue;
          include[i] = TRUE;

          for (guint pass = 0; pass < 2; pass++)
            {
              guint n_links;
              const guint *links = pass == 0 ? liaison_dataset_get_outgoing (dataset, i, &n_links)
                                             : liaison_dataset_get_incoming (dataset, i, &n_links);

              for (guint l = 0; l < n_links; l++)
                {
                  const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, links[l]);
                  guint other = relation->from == i ? relation->to : relation->from;

                  if (is_new[other] || isnan (xy[2 * other]) || !relation_visible (state, relation))
                    continue;
                  include[other] = TRUE;
                  pinned[other] = TRUE;
                  sx += xy[2 * other];
                  sy += xy[2 * other + 1];
                  n++;
                }
            }

          if (n > 0)
            {
              /* Spread around by the golden angle, not stacked. */
              angle = i * 2.39996323;
              start[2 * i] = sx / n + START_RADIUS * cos (angle);
              start[2 * i + 1] = sy / n + START_RADIUS * sin (angle);
            }
        }

      dot = liaison_graph_build_placed_dot (dataset, state, include, start, pinned, TRUE);
      spring = render_scene (dataset, dot, "neato", data->timeout_seconds, cancellable, error);
      if (spring == NULL)
        return NULL;
      g_clear_pointer (&dot, g_bytes_unref);

      if (!mean_shift (spring, pinned, xy, &dx, &dy))
        {
          const LiaisonRect *bounds = liaison_scene_get_bounds (spring);
          double x0 = G_MAXDOUBLE, y_mid = 0;
          guint n = 0;

          /* Tied to nothing drawn: beside what is, to its right. */
          for (guint i = 0; i < liaison_scene_get_n_nodes (spring); i++)
            {
              const LiaisonSceneElement *node = liaison_scene_get_node (spring, i);
              double x, y;

              if (liaison_parse_graphviz_point (node->graphviz_pos, &x, &y))
                {
                  x0 = MIN (x0, x - node->width / 2);
                  y_mid += y;
                  n++;
                }
            }
          (void) bounds;
          dx = placed_x1 + 4 * LIAISON_KEEPING_SEPARATION - (n > 0 ? x0 : 0);
          dy = (placed_y0 + placed_y1) / 2 - (n > 0 ? y_mid / n : 0);
        }
      take_positions (spring, is_new, dx, dy, xy, size);
    }

  if (n_new > 0)
    {
      /* Whatever neato could not place (a worker that said nothing of an
       * entity) stands beside the rest rather than nowhere.
       */
      for (guint m = 0; m < members->len; m++)
        {
          guint i = g_array_index (members, guint, m);

          if (isnan (xy[2 * i]))
            {
              xy[2 * i] = placed_x1 + size[2 * i];
              xy[2 * i + 1] = placed_y0;
            }
        }
      liaison_separate_boxes (xy, size, is_new, (const guint *) (gpointer) members->data, members->len,
                              LIAISON_KEEPING_SEPARATION);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  dot = liaison_graph_build_placed_dot (dataset, state, NULL, xy, NULL, FALSE);
  scene = render_scene (dataset, dot, liaison_layout_engine_graphviz_name (LIAISON_LAYOUT_ENGINE_FILE),
                        data->timeout_seconds, cancellable, error);

  /* Entities that grew since their places were found (sized by a metric
   * now) stand where smaller ones fitted, touching their neighbours, and
   * Graphviz would draw every relation straight. Their real sizes are
   * known now: the boxes are separated by those, largest first, so that
   * the entities sized up stay where they were, and drawn again.
   */
  if (scene != NULL && take_real_sizes (scene, members, size))
    {
      g_autoptr(GArray) order = g_array_copy (members);
      g_autofree guint8 *movable = g_new (guint8, n_entities);

      memset (movable, TRUE, n_entities);
      g_array_sort_with_data (order, compare_area_cb, size);
      liaison_separate_boxes (xy, size, movable, (const guint *) (gpointer) order->data, order->len,
                              LIAISON_KEEPING_SEPARATION);

      g_clear_object (&scene);
      g_clear_pointer (&dot, g_bytes_unref);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      dot = liaison_graph_build_placed_dot (dataset, state, NULL, xy, NULL, FALSE);
      scene = render_scene (dataset, dot, liaison_layout_engine_graphviz_name (LIAISON_LAYOUT_ENGINE_FILE),
                            data->timeout_seconds, cancellable, error);
    }

  if (scene != NULL)
    liaison_scene_set_engine (scene, liaison_position_memory_get_engine (memory) != NULL
                                     ? liaison_position_memory_get_engine (memory)
                                     : liaison_layout_engine_to_string (LIAISON_LAYOUT_ENGINE_FILE));

  return scene;
}

static void
keeping_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  LiaisonScene *scene = keeping_layout (task_data, cancellable, &error);

  if (scene == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, scene, g_object_unref);
}

/* Lays out what @state shows of @dataset keeping the positions @memory
 * holds; with none, as liaison_layout_async() does, from scratch with
 * @engine. @memory is read as it is now; the caller records the scene in
 * it when the layout is done (liaison_position_memory_record()).
 */
void
liaison_layout_keeping_async (LiaisonDataset        *dataset,
                              LiaisonViewState      *state,
                              LiaisonPositionMemory *memory,
                              LiaisonLayoutEngine    engine,
                              guint                  timeout_seconds,
                              GCancellable          *cancellable,
                              GAsyncReadyCallback    callback,
                              gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  KeepingData *data;

  g_return_if_fail (LIAISON_IS_DATASET (dataset));
  g_return_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state));
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (memory));
  g_return_if_fail (liaison_position_memory_get_n_entities (memory) == liaison_dataset_get_n_entities (dataset));

  /* A task returning a scene, as liaison_layout_async()'s does, so that
   * liaison_layout_finish() takes either.
   */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_name (task, "[liaison] layout keeping positions");

  data = g_new0 (KeepingData, 1);
  data->dataset = g_object_ref (dataset);
  data->state = state != NULL ? liaison_view_state_copy_visibility (state) : NULL;
  data->memory = liaison_position_memory_copy (memory);
  data->engine = engine;
  data->timeout_seconds = timeout_seconds;
  g_task_set_task_data (task, data, (GDestroyNotify) keeping_data_free);
  g_task_run_in_thread (task, keeping_thread);
}

LiaisonScene *
liaison_layout_keeping_run (LiaisonDataset        *dataset,
                            LiaisonViewState      *state,
                            LiaisonPositionMemory *memory,
                            LiaisonLayoutEngine    engine,
                            guint                  timeout_seconds,
                            GCancellable          *cancellable,
                            GError               **error)
{
  KeepingData data = { dataset, state, memory, engine, timeout_seconds };

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (memory), NULL);

  return keeping_layout (&data, cancellable, error);
}

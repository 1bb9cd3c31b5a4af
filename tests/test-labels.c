/* test-labels.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Label placement: which labels a scene shows at a scale, and where. Labels
 * are readable or absent, never overlap, and the most connected entities
 * keep theirs when there is not room for all.
 */

#include "config.h"

#include <string.h>

#include "liaison-graph-query.h"
#include "liaison-label-placement.h"
#include "liaison-layout.h"
#include "liaison-scene-renderer.h"
#include "liaison-test-util.h"

static LiaisonScene *
lay_out (LiaisonDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  LiaisonScene *scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);

  g_assert_no_error (error);
  return scene;
}

static gboolean
rects_meet (const LiaisonRect *a,
            const LiaisonRect *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static const LiaisonLabel *
label_of_entity (LiaisonLabelPlacement *labels,
                 LiaisonScene          *scene,
                 LiaisonDataset        *dataset,
                 const char            *id)
{
  LiaisonEntity *entity = liaison_dataset_lookup_entity (dataset, id);

  g_assert_nonnull (entity);
  return liaison_label_placement_lookup (labels, liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY,
                                                                       liaison_entity_get_index (entity)));
}

/* What a reader sees of every placement of the bundled dataset, from far
 * out to close in: labels at least 10 pixels high, no two overlapping, no
 * relation's label over an entity, all within the drawing, and together
 * covering no more than 15 % of it.
 */
static void
test_no_overlaps (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset);
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  const double scales[] = { 0.1, 0.25, 0.52, 0.8, 1.0, 2.0, 4.0 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autoptr(LiaisonLabelPlacement) labels = liaison_label_placement_new (scene, scales[s], LIAISON_MIN_LABEL_PIXELS);
      guint n = liaison_label_placement_get_n_labels (labels);
      double covered = 0;

      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          const LiaisonLabel *a = liaison_label_placement_get_label (labels, i);
          LiaisonRect plate;

          g_assert_cmpfloat (a->font_size * scales[s], >=, LIAISON_MIN_LABEL_PIXELS - 1e-9);
          g_assert_null (strchr (a->text, '\n'));
          liaison_label_get_plate (a, &plate);
          g_assert_cmpfloat (plate.x0, >=, bounds->x0);
          g_assert_cmpfloat (plate.y0, >=, bounds->y0);
          g_assert_cmpfloat (plate.x1, <=, bounds->x1);
          g_assert_cmpfloat (plate.y1, <=, bounds->y1);

          for (guint j = i + 1; j < n; j++)
            {
              const LiaisonLabel *b = liaison_label_placement_get_label (labels, j);

              if (rects_meet (&a->box, &b->box))
                g_error ("at %g: “%s” overlaps “%s”", scales[s], a->text, b->text);
            }

          if (a->element->kind == LIAISON_ELEMENT_RELATION)
            for (guint k = 0; k < liaison_scene_get_n_nodes (scene); k++)
              {
                const LiaisonSceneElement *node = liaison_scene_get_node (scene, k);
                LiaisonRect outline = { node->x - node->width / 2, node->y - node->height / 2,
                                        node->x + node->width / 2, node->y + node->height / 2 };

                if (rects_meet (&a->box, &outline))
                  g_error ("at %g: “%s” lies over %s", scales[s], a->text, node->id);
              }

          /* Each element has one label, found from it. */
          g_assert_true (liaison_label_placement_lookup (labels, a->element) == a);
          if (!a->inside)
            covered += (a->box.x1 - a->box.x0) * (a->box.y1 - a->box.y0);
        }

      /* Far out, labels leave most of the graph to be seen. */
      g_assert_cmpfloat (covered, <=, 0.15 * (bounds->x1 - bounds->x0) * (bounds->y1 - bounds->y0));
    }
}

/* Far out, labels give way; the most connected entities keep theirs, and
 * the rest come back closer in.
 */
static void
test_most_connected_first (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset);
  g_autoptr(LiaisonLabelPlacement) far = liaison_label_placement_new (scene, 0.3, LIAISON_MIN_LABEL_PIXELS);
  g_autoptr(LiaisonLabelPlacement) close = liaison_label_placement_new (scene, 1.0, LIAISON_MIN_LABEL_PIXELS);
  guint n_far = 0, n_close = 0;

  /* The first placed is the most connected: Huawei, with 33 relations. */
  g_assert_cmpstr (liaison_label_placement_get_label (far, 0)->element->id, ==, "huawei");
  g_assert_cmpstr (liaison_label_placement_get_label (far, 0)->text, ==, "Huawei Technologies");
  g_assert_nonnull (label_of_entity (far, scene, dataset, "zte"));
  g_assert_nonnull (label_of_entity (far, scene, dataset, "japan"));

  for (guint i = 0; i < liaison_label_placement_get_n_labels (far); i++)
    n_far += liaison_label_placement_get_label (far, i)->element->kind == LIAISON_ELEMENT_ENTITY;
  for (guint i = 0; i < liaison_label_placement_get_n_labels (close); i++)
    n_close += liaison_label_placement_get_label (close, i)->element->kind == LIAISON_ELEMENT_ENTITY;

  /* At 100 %, every entity's label fits inside its outline. */
  g_assert_cmpuint (n_close, ==, liaison_dataset_get_n_entities (dataset));
  g_assert_cmpuint (n_far, <, n_close);
  for (guint i = 0; i < liaison_dataset_get_n_entities (dataset); i++)
    g_assert_true (label_of_entity (close, scene, dataset, liaison_entity_get_id (liaison_dataset_get_entity (dataset, i)))->inside);
}

/* Two entities side by side at the top of a small drawing with room below
 * for one label: the more connected one has it, whichever that is.
 */
#define PAIR_DATASET \
  "{\"entities\": [{\"id\": \"left\", \"label\": \"Left\"}, {\"id\": \"right\", \"label\": \"Right\"}," \
  "                {\"id\": \"far\", \"label\": \"Far\"}]," \
  " \"relations\": [{\"id\": \"r1\", \"from\": \"%s\", \"to\": \"far\"}," \
  "                 {\"id\": \"r2\", \"from\": \"%s\", \"to\": \"far\"}]}"

static char *
pair_scene_json (guint tail)
{
  /* Graphviz's JSON: y grows upwards, sizes in inches, from the worker. */
  GString *json = g_string_new ("{\"bb\": \"0,0,160,90\", \"objects\": [");
  const struct { const char *id; double x; const char *label; double width; } nodes[] = {
    { "left", 50, "Left", 20 }, { "right", 90, "Right", 27 }, { "far", 145, NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (nodes); i++)
    {
      double x = nodes[i].x, y = i < 2 ? 75 : 10;

      g_string_append_printf (json,
                              "%s{\"_gvid\": %u, \"name\": \"entity-%s\", \"pos\": \"%g,%g\", \"width\": \"%g\", \"height\": \"%g\","
                              " \"_draw_\": [{\"op\": \"c\", \"color\": \"#000000\"}, {\"op\": \"C\", \"color\": \"#dddddd\"},"
                              " {\"op\": \"P\", \"points\": [[%g, %g], [%g, %g], [%g, %g], [%g, %g]]}]",
                              i > 0 ? ", " : "", i, nodes[i].id, x, y, 30 / 72.0, 20 / 72.0,
                              x - 15, y - 10, x + 15, y - 10, x + 15, y + 10, x - 15, y + 10);
      if (nodes[i].label != NULL)
        g_string_append_printf (json,
                                ", \"_ldraw_\": [{\"op\": \"F\", \"size\": 11, \"face\": \"Noto Sans CJK JP\"},"
                                " {\"op\": \"c\", \"color\": \"#1e1e1e\"},"
                                " {\"op\": \"T\", \"pt\": [%g, %g], \"align\": \"c\", \"width\": %g, \"text\": \"%s\"}]",
                                x, y - 3, nodes[i].width, nodes[i].label);
      g_string_append (json, "}");
    }

  g_string_append (json, "], \"edges\": [");
  for (guint i = 0; i < 2; i++)
    g_string_append_printf (json,
                            "%s{\"_gvid\": %u, \"tail\": %u, \"head\": 2, \"id\": \"relation-r%u\","
                            " \"_draw_\": [{\"op\": \"c\", \"color\": \"#000000\"},"
                            " {\"op\": \"b\", \"points\": [[70, 65], [100, 50], [125, 25], [145, 15]]}]}",
                            i > 0 ? ", " : "", i, tail, i + 1);
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

static void
check_pair (const char *connected,
            const char *quiet)
{
  g_autofree char *text = g_strdup_printf (PAIR_DATASET, connected, connected);
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text);
  g_autofree char *json = pair_scene_json (g_str_equal (connected, "left") ? 0 : 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonScene) scene = liaison_scene_new_from_json (json, strlen (json), dataset, &error);
  g_autoptr(LiaisonLabelPlacement) far = NULL;
  g_autoptr(LiaisonLabelPlacement) close = NULL;
  const LiaisonLabel *label;

  g_assert_no_error (error);

  /* At 50 %, labels twice their size: one fits below, none beside or
   * above.
   */
  far = liaison_label_placement_new (scene, 0.5, LIAISON_MIN_LABEL_PIXELS);
  label = label_of_entity (far, scene, dataset, connected);
  g_assert_nonnull (label);
  g_assert_false (label->inside);
  g_assert_cmpfloat (label->font_size, ==, 22);
  g_assert_null (label_of_entity (far, scene, dataset, quiet));
  g_assert_cmpuint (liaison_label_placement_get_n_labels (far), ==, 1);

  /* At 100 %, both are back, inside their outlines, at Graphviz's size. */
  close = liaison_label_placement_new (scene, 1.0, LIAISON_MIN_LABEL_PIXELS);
  g_assert_nonnull (label_of_entity (close, scene, dataset, connected));
  label = label_of_entity (close, scene, dataset, quiet);
  g_assert_nonnull (label);
  g_assert_true (label->inside);
  g_assert_cmpfloat (label->font_size, ==, 11);
}

static void
test_give_way (void)
{
  check_pair ("left", "right");
  check_pair ("right", "left");
}

/* Somewhere along an edge's line, pointing at it finds it. */
static void
assert_line_selectable (LiaisonScene              *scene,
                        const LiaisonSceneElement *edge)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, edge);

  for (guint i = 0; i < edge->n_shapes; i++)
    if (shapes[i].kind == LIAISON_SHAPE_BEZIER)
      {
        const double *p = liaison_scene_get_points (scene, &shapes[i]);

        for (guint s = 0; s + 3 < shapes[i].n_points; s += 3)
          for (double t = 0.25; t < 1; t += 0.25)
            {
              const double *q = &p[s * 2];
              double u = 1 - t;
              double x = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
              double y = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];

              if (liaison_scene_hit_test (scene, x, y, 0.5) == edge)
                return;
            }
      }
  g_error ("%s cannot be pointed at", edge->id);
}

/* Relations with one label into one entity share one label, counted, and
 * drawn with the first of them; each can still be found on its own.
 */
static void
test_bundles (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset);
  g_autoptr(LiaisonLabelPlacement) labels = liaison_scene_get_labels (scene, 1.0, LIAISON_MIN_LABEL_PIXELS);
  guint n_bundles = 0;

  for (guint i = 0; i < liaison_label_placement_get_n_labels (labels); i++)
    {
      const LiaisonLabel *label = liaison_label_placement_get_label (labels, i);
      const LiaisonRelation *first;
      guint n_members = 0;

      if (label->n_relations < 2)
        continue;
      n_bundles++;
      first = liaison_dataset_get_relation (dataset, label->element->index);

      for (guint r = 0; r < liaison_dataset_get_n_relations (dataset); r++)
        {
          const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, r);
          const LiaisonSceneElement *edge = liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, r);

          if (relation->to != first->to ||
              g_strcmp0 (liaison_relation_display_label (dataset, relation),
                         liaison_relation_display_label (dataset, first)) != 0)
            continue;
          n_members++;
          if (relation != first)
            g_assert_null (liaison_label_placement_lookup (labels, edge));
          assert_line_selectable (scene, edge);
        }
      g_assert_cmpuint (n_members, ==, label->n_relations);
      g_assert_cmpuint (label->n_relations, >=, LIAISON_MIN_BUNDLE);
    }

  /* Six countries block purchases from Huawei, and from ZTE. */
  g_assert_cmpuint (n_bundles, >=, 2);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < liaison_label_placement_get_n_labels (labels); i++)
      found |= g_str_equal (liaison_label_placement_get_label (labels, i)->text,
                            "blocks or limits purchases from ×6");
    g_assert_true (found);
  }
}

/* Zooming reuses placements: nearby scales share one, and labels are
 * never smaller than asked for at any of them.
 */
static void
test_cached_per_step (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset);
  g_autoptr(LiaisonLabelPlacement) a = liaison_scene_get_labels (scene, 0.52, LIAISON_MIN_LABEL_PIXELS);
  g_autoptr(LiaisonLabelPlacement) b = liaison_scene_get_labels (scene, 0.53, LIAISON_MIN_LABEL_PIXELS);
  g_autoptr(LiaisonLabelPlacement) c = liaison_scene_get_labels (scene, 2.0, LIAISON_MIN_LABEL_PIXELS);
  g_autoptr(LiaisonLabelPlacement) d = liaison_scene_get_labels (scene, 3.0, LIAISON_MIN_LABEL_PIXELS);

  g_assert_true (a == b);
  g_assert_true (c == d);
  g_assert_true (a != c);
  for (guint i = 0; i < liaison_label_placement_get_n_labels (a); i++)
    g_assert_cmpfloat (liaison_label_placement_get_label (a, i)->font_size * 0.52, >=, LIAISON_MIN_LABEL_PIXELS);
  /* Close in, every label has Graphviz's size. */
  g_assert_cmpfloat (liaison_label_placement_get_font_size (c), ==, 0);
}

/* Whether some of an edge's line passes within @rect. */
static gboolean
line_meets (LiaisonScene              *scene,
            const LiaisonSceneElement *edge,
            const LiaisonRect         *rect)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, edge);

  for (guint i = 0; i < edge->n_shapes; i++)
    if (shapes[i].kind == LIAISON_SHAPE_BEZIER)
      {
        const double *p = liaison_scene_get_points (scene, &shapes[i]);

        for (guint s = 0; s + 3 < shapes[i].n_points; s += 3)
          for (double t = 0; t <= 1; t += 1 / 64.0)
            {
              const double *q = &p[s * 2];
              double u = 1 - t;
              double x = u * u * u * q[0] + 3 * u * u * t * q[2] + 3 * u * t * t * q[4] + t * t * t * q[6];
              double y = u * u * u * q[1] + 3 * u * u * t * q[3] + 3 * u * t * t * q[5] + t * t * t * q[7];

              if (x > rect->x0 && x < rect->x1 && y > rect->y0 && y < rect->y1)
                return TRUE;
            }
      }

  return FALSE;
}

/* Labels are drawn with their elements, in one order on screen and in the
 * SVG: every line that passes under a label's plate comes before it, so
 * the plate hides it, and no outline is drawn over an entity's label.
 */
static void
test_lines_under_labels (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = lay_out (dataset);
  const double scales[] = { 0.52, 1.0 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autoptr(LiaisonLabelPlacement) labels = liaison_label_placement_new (scene, scales[s], LIAISON_MIN_LABEL_PIXELS);
      guint n_crossed = 0;

      for (guint i = 0; i < liaison_label_placement_get_n_labels (labels); i++)
        {
          const LiaisonLabel *label = liaison_label_placement_get_label (labels, i);
          LiaisonRect plate;

          liaison_label_get_plate (label, &plate);
          for (guint e = 0; e < liaison_scene_get_n_edges (scene); e++)
            {
              const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, e);

              if (edge == label->element || !line_meets (scene, edge, &plate))
                continue;
              n_crossed++;
              if (liaison_label_placement_compare_elements (labels, edge, label->element) > 0)
                g_error ("at %g, %s is drawn over the label “%s”", scales[s], edge->id, label->text);
            }

          for (guint k = 0; label->element->kind == LIAISON_ELEMENT_ENTITY && k < liaison_scene_get_n_nodes (scene); k++)
            {
              const LiaisonSceneElement *node = liaison_scene_get_node (scene, k);
              LiaisonRect outline = { node->x - node->width / 2, node->y - node->height / 2,
                                      node->x + node->width / 2, node->y + node->height / 2 };

              if (node != label->element && rects_meet (&plate, &outline))
                g_assert_cmpint (liaison_label_placement_compare_elements (labels, node, label->element), <, 0);
            }
        }

      /* Lines do pass under labels: the order is what keeps them there. */
      g_assert_cmpuint (n_crossed, >, 0);
    }
}

/* An entity in a corner of the drawing, nothing near it: below or beside
 * it, where its label goes first, the label would reach past the edge.
 * It moves along the outline to stay within, at every zoom, rather than
 * giving way to nothing.
 */
static void
test_label_at_the_edge (void)
{
  static const char dataset_json[] =
    "{\"entities\": [{\"id\": \"corner\", \"label\": \"Tomoyuki Tachikawa\"}, {\"id\": \"top\", \"label\": \"Top\"}]}";
  static const char scene_json[] =
    "{\"bb\": \"0,0,300,200\", \"objects\": ["
    "{\"_gvid\": 0, \"name\": \"entity-corner\", \"pos\": \"15,10\", \"width\": \"0.41667\", \"height\": \"0.27778\","
    " \"_draw_\": [{\"op\": \"c\", \"color\": \"#000000\"}, {\"op\": \"C\", \"color\": \"#dddddd\"},"
    " {\"op\": \"P\", \"points\": [[0, 0], [30, 0], [30, 20], [0, 20]]}],"
    " \"_ldraw_\": [{\"op\": \"F\", \"size\": 11, \"face\": \"Noto Sans CJK JP\"}, {\"op\": \"c\", \"color\": \"#1e1e1e\"},"
    " {\"op\": \"T\", \"pt\": [15, 7], \"align\": \"c\", \"width\": 100, \"text\": \"Tomoyuki Tachikawa\"}]},"
    "{\"_gvid\": 1, \"name\": \"entity-top\", \"pos\": \"285,190\", \"width\": \"0.41667\", \"height\": \"0.27778\","
    " \"_draw_\": [{\"op\": \"c\", \"color\": \"#000000\"}, {\"op\": \"C\", \"color\": \"#dddddd\"},"
    " {\"op\": \"P\", \"points\": [[270, 180], [300, 180], [300, 200], [270, 200]]}],"
    " \"_ldraw_\": [{\"op\": \"F\", \"size\": 11, \"face\": \"Noto Sans CJK JP\"}, {\"op\": \"c\", \"color\": \"#1e1e1e\"},"
    " {\"op\": \"T\", \"pt\": [285, 187], \"align\": \"c\", \"width\": 18, \"text\": \"Top\"}]}],"
    " \"edges\": []}";
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonScene) scene = liaison_scene_new_from_json (scene_json, strlen (scene_json), dataset, &error);
  const double scales[] = { 0.5, 0.6, 0.8 };

  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autoptr(LiaisonLabelPlacement) labels = liaison_label_placement_new (scene, scales[s], LIAISON_MIN_LABEL_PIXELS);
      const LiaisonSceneElement *node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 0);
      LiaisonRect outline = { node->x - node->width / 2, node->y - node->height / 2,
                              node->x + node->width / 2, node->y + node->height / 2 };
      const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
      const LiaisonLabel *label = label_of_entity (labels, scene, dataset, "corner");
      LiaisonRect plate;

      g_assert_nonnull (label);
      g_assert_cmpstr (label->text, ==, "Tomoyuki Tachikawa");
      g_assert_false (label->inside);
      liaison_label_get_plate (label, &plate);
      g_assert_cmpfloat (plate.x0, >=, bounds->x0);
      g_assert_cmpfloat (plate.y0, >=, bounds->y0);
      g_assert_cmpfloat (plate.x1, <=, bounds->x1);
      g_assert_cmpfloat (plate.y1, <=, bounds->y1);
      /* By the outline, not over it. */
      g_assert_false (rects_meet (&plate, &outline));
      g_assert_true ((plate.x0 < outline.x1 && plate.x1 > outline.x0) || (plate.y0 < outline.y1 && plate.y1 > outline.y0));
    }
}

static guint
count_drawn (cairo_surface_t *surface)
{
  const guint8 *data;
  int stride;
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += ((const guint32 *) (gconstpointer) (data + y * stride))[x] != 0;

  return n;
}

/* A label that gave way is still drawn for the entity pointed at or
 * selected (the graph view's overlay asks for it so), where it would
 * have gone; the tiles never draw it.
 */
static void
test_pointed_at_shows_label (void)
{
  g_autofree char *text = g_strdup_printf (PAIR_DATASET, "left", "left");
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text);
  g_autofree char *json = pair_scene_json (0);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonScene) scene = liaison_scene_new_from_json (json, strlen (json), dataset, &error);
  g_autoptr(LiaisonLabelPlacement) far = NULL;
  LiaisonRenderOptions options = { .scale = 0.5, .level_of_detail = TRUE };
  const LiaisonSceneElement *quiet;
  cairo_surface_t *surface;
  cairo_t *cr;
  LiaisonLabel wanted;

  g_assert_no_error (error);
  far = liaison_scene_get_labels (scene, 0.5, LIAISON_MIN_LABEL_PIXELS);
  quiet = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY,
                                liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "right")));
  g_assert_null (liaison_label_placement_lookup (far, quiet));
  g_assert_true (liaison_label_placement_get_wanted (far, quiet, &wanted));
  g_assert_cmpstr (wanted.text, ==, "Right");

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 200);
  cr = cairo_create (surface);
  cairo_scale (cr, 0.5, 0.5);
  liaison_scene_render_label (scene, cr, quiet, &options, FALSE);
  g_assert_cmpuint (count_drawn (surface), ==, 0);
  liaison_scene_render_label (scene, cr, quiet, &options, TRUE);
  g_assert_cmpuint (count_drawn (surface), >, 20);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/labels/no-overlaps", test_no_overlaps);
  g_test_add_func ("/labels/most-connected-first", test_most_connected_first);
  g_test_add_func ("/labels/give-way", test_give_way);
  g_test_add_func ("/labels/label-at-the-edge", test_label_at_the_edge);
  g_test_add_func ("/labels/pointed-at-shows-label", test_pointed_at_shows_label);
  g_test_add_func ("/labels/bundles", test_bundles);
  g_test_add_func ("/labels/cached-per-step", test_cached_per_step);
  g_test_add_func ("/labels/lines-under-labels", test_lines_under_labels);

  return g_test_run ();
}

/* test-layout.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-element-id.h"
#include "liaison-graph-builder.h"
#include "liaison-layout.h"
#include "liaison-numbers.h"
#include "liaison-test-util.h"

#include <json-glib/json-glib.h>

static void
test_every_engine (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();

  for (LiaisonLayoutEngine engine = 0; engine < LIAISON_N_LAYOUT_ENGINES; engine++)
    {
      g_autoptr(LiaisonScene) scene = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      /* Only for files that place their entities: test-file-positions. */
      if (engine == LIAISON_LAYOUT_ENGINE_FILE)
        continue;

      scene = liaison_layout_run (dataset, NULL, engine, 60, NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s, %.0f ms", liaison_layout_engine_to_string (engine),
                      liaison_scene_get_engine (scene), (g_get_monotonic_time () - start) / 1000.0);
      liaison_test_assert_scene_matches (scene, dataset);

      if (engine != LIAISON_LAYOUT_ENGINE_AUTO)
        g_assert_cmpstr (liaison_scene_get_engine (scene), ==, liaison_layout_engine_to_string (engine));
    }
}

static void
test_filtered_view (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  guint n_countries = liaison_dataset_lookup_entity_type (dataset, "country")->count;
  guint n_visible_relations = 0;

  liaison_view_state_set_entity_type_visible (state, "country", FALSE);
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    if (liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, i)))
      n_visible_relations++;

  scene = liaison_layout_run (dataset, state, LIAISON_LAYOUT_ENGINE_NEATO, 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_countries, >, 0);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, liaison_dataset_get_n_entities (dataset) - n_countries);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, n_visible_relations);
  g_assert_null (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY,
                                       liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "japan"))));
  g_assert_nonnull (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY,
                                          liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "huawei"))));
}

static GString *
chain_dataset (guint n,
               gboolean with_cycles)
{
  GString *text = g_string_new ("{\"entities\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"n%u\", \"label\": \"N%u\"}", i ? "," : "", i, i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 1; i < n; i++)
    g_string_append_printf (text, "%s{\"from\": \"n%u\", \"to\": \"n%u\"}", i > 1 ? "," : "", (i - 1) / 2, i);
  if (with_cycles)
    for (guint i = 1; i < n; i++)
      g_string_append_printf (text, ",{\"from\": \"n%u\", \"to\": \"n%u\"}", i, (i * 7) % i);
  g_string_append (text, "]}");

  return text;
}

static void
test_automatic_choice (void)
{
  g_autoptr(GString) tree = chain_dataset (60, FALSE);
  g_autoptr(GString) tangle = chain_dataset (60, TRUE);
  g_autoptr(GString) large = chain_dataset (2000, FALSE);
  g_autoptr(LiaisonDataset) tree_dataset = liaison_test_load_text (tree->str);
  g_autoptr(LiaisonDataset) tangle_dataset = liaison_test_load_text (tangle->str);
  g_autoptr(LiaisonDataset) large_dataset = liaison_test_load_text (large->str);

  /* A small hierarchy: dot. A small tangle: neato. Anything large: sfdp. */
  g_assert_cmpint (liaison_graph_choose_engine (tree_dataset, NULL), ==, LIAISON_LAYOUT_ENGINE_DOT);
  g_assert_cmpint (liaison_graph_choose_engine (tangle_dataset, NULL), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  g_assert_cmpint (liaison_graph_choose_engine (large_dataset, NULL), ==, LIAISON_LAYOUT_ENGINE_SFDP);
}

/* @n_entities entities and @n_relations relations between random pairs
 * (fixed seed), parallel ones among them.
 */
static GString *
random_dataset (guint n_entities,
                guint n_relations)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20190903);
  GString *text = g_string_new ("{\"entities\": [");

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"label\": \"Entity %u\"}", i ? "," : "", i, i);
  g_string_append (text, "], \"relations\": [");
  for (guint i = 0; i < n_relations; i++)
    g_string_append_printf (text, "%s{\"from\": \"e%u\", \"to\": \"e%u\"}", i ? "," : "",
                            g_rand_int_range (rand, 0, n_entities), g_rand_int_range (rand, 0, n_entities));
  g_string_append (text, "]}");

  return text;
}

/* The engine follows the size and the shape of the graph, and the way
 * relations are drawn its density: Graphviz routes relations around
 * entities only where that takes well under a second.
 */
static void
test_automatic_choice_by_density (void)
{
  const LiaisonGraphShape hierarchy = { 60, 59, 3, 0 };
  const LiaisonGraphShape dense_hierarchy = { 60, 200, 10, 0 };
  const LiaisonGraphShape hub = { 60, 59, 59, 0 };
  const LiaisonGraphShape dense = { 160, 6000, 110, 3000 };
  const LiaisonGraphShape large = { 1000, 2000, 12, 900 };
  g_autofree char *bundled_name = NULL;
  g_autofree char *dense_name = NULL;
  g_autofree char *large_name = NULL;

  g_assert_cmpint (liaison_layout_engine_choose (&hierarchy), ==, LIAISON_LAYOUT_ENGINE_DOT);
  g_assert_cmpint (liaison_layout_engine_choose (&dense_hierarchy), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  g_assert_cmpint (liaison_layout_engine_choose (&hub), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  g_assert_cmpint (liaison_layout_engine_choose (&dense), ==, LIAISON_LAYOUT_ENGINE_NEATO);
  g_assert_cmpint (liaison_layout_engine_choose (&large), ==, LIAISON_LAYOUT_ENGINE_SFDP);

  /* An explored part: rings where a whole graph would take sfdp, or
   * neato past a hundred entities (a focus of 195 on a hub), for time.
   */
  {
    const LiaisonGraphShape focus = { 195, 202, 190, 0 };
    const LiaisonGraphShape small_focus = { 100, 110, 90, 0 };

    g_assert_cmpint (liaison_layout_engine_choose (&focus), ==, LIAISON_LAYOUT_ENGINE_NEATO);
    g_assert_cmpint (liaison_layout_engine_choose_explored (&focus), ==, LIAISON_LAYOUT_ENGINE_TWOPI);
    g_assert_cmpint (liaison_layout_engine_choose_explored (&small_focus), ==, LIAISON_LAYOUT_ENGINE_NEATO);
    g_assert_cmpint (liaison_layout_engine_choose_explored (&hub), ==, LIAISON_LAYOUT_ENGINE_NEATO);
    g_assert_cmpint (liaison_layout_engine_choose_explored (&hierarchy), ==, LIAISON_LAYOUT_ENGINE_DOT);
    g_assert_cmpint (liaison_layout_engine_choose_explored (&large), ==, LIAISON_LAYOUT_ENGINE_TWOPI);
  }

  /* dot routes its own curves at any density. */
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_DOT, 200, 600), ==,
                   LIAISON_EDGE_ROUTING_CURVED);

  /* The bundled dataset (37 entities, 76 relations) and graphs as small
   * are routed; 100 entities and 142 relations took Graphviz 1.9 s, and
   * the 160 entities and 6,000 relations of a dense graph minutes.
   */
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_NEATO, 37, 76), ==,
                   LIAISON_EDGE_ROUTING_CURVED);
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_NEATO, 50, 100), ==,
                   LIAISON_EDGE_ROUTING_CURVED);
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_NEATO, 100, 142), ==,
                   LIAISON_EDGE_ROUTING_STRAIGHT);
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_NEATO, 160, 6000), ==,
                   LIAISON_EDGE_ROUTING_STRAIGHT);
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_SFDP, 10000, 20000), ==,
                   LIAISON_EDGE_ROUTING_STRAIGHT);
  g_assert_cmpint (liaison_layout_engine_get_routing (LIAISON_LAYOUT_ENGINE_SFDP, 30, 40), ==,
                   LIAISON_EDGE_ROUTING_CURVED);

  /* What the engine menu says. */
  bundled_name = liaison_layout_engine_dup_automatic_name (LIAISON_LAYOUT_ENGINE_NEATO, LIAISON_EDGE_ROUTING_CURVED);
  dense_name = liaison_layout_engine_dup_automatic_name (LIAISON_LAYOUT_ENGINE_NEATO, LIAISON_EDGE_ROUTING_STRAIGHT);
  large_name = liaison_layout_engine_dup_automatic_name (LIAISON_LAYOUT_ENGINE_SFDP, LIAISON_EDGE_ROUTING_STRAIGHT);
  g_assert_cmpstr (bundled_name, ==, "Automatic (neato, curved lines)");
  g_assert_cmpstr (dense_name, ==, "Automatic (neato, straight lines)");
  g_assert_cmpstr (large_name, ==, "Automatic (sfdp, straight lines)");
}

static double
distance_to_box (double                     x,
                 double                     y,
                 const LiaisonSceneElement *node)
{
  double dx = fabs (x - node->x) - node->width / 2;
  double dy = fabs (y - node->y) - node->height / 2;

  /* Negative inside: how far from the nearest side. */
  if (dx <= 0 && dy <= 0)
    return MAX (dx, dy);
  return hypot (MAX (dx, 0), MAX (dy, 0));
}

/* The middle of an edge's curve. */
static void
edge_middle (LiaisonScene              *scene,
             const LiaisonSceneElement *edge,
             double                    *x,
             double                    *y)
{
  const LiaisonShape *curve = &liaison_scene_get_shapes (scene, edge)[0];
  const double *p = liaison_scene_get_points (scene, curve);
  guint segment = (curve->n_points - 1) / 3 / 2;
  const double *q = &p[segment * 6];

  g_assert_cmpint (curve->kind, ==, LIAISON_SHAPE_BEZIER);
  if ((curve->n_points - 1) / 3 % 2 == 1)
    {
      /* An odd number of segments: the middle of the middle one. */
      *x = (q[0] + 3 * q[2] + 3 * q[4] + q[6]) / 8;
      *y = (q[1] + 3 * q[3] + 3 * q[5] + q[7]) / 8;
    }
  else
    {
      *x = q[0];
      *y = q[1];
    }
}

/* A dense graph takes a second, not minutes: its relations are straight
 * lines, and parallel ones (the same two entities, either way) bow apart,
 * each its own curve under the pointer, with its arrowhead at the edge of
 * its target.
 */
static void
test_dense_graph (void)
{
  g_autoptr(GString) text = random_dataset (160, 6000);
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text->str);
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GHashTableIter iter;
  gpointer value;
  guint n_parallel = 0;
  gint64 start = g_get_monotonic_time ();

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("160 entities, 6,000 relations: %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  liaison_test_assert_scene_matches (scene, dataset);
  name = liaison_graph_dup_automatic_name (scene);
  g_assert_cmpstr (name, ==, "Automatic (neato, straight lines)");

  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, i);
      gint64 key = ((gint64) MIN (edge->tail, edge->head) << 32) | MAX (edge->tail, edge->head);
      GPtrArray *group;

      if (edge->tail == edge->head)
        continue;
      group = g_hash_table_lookup (pairs, &key);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), group);
        }
      g_ptr_array_add (group, (gpointer) edge);
    }

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *group = value;

      for (guint a = 0; a < group->len; a++)
        {
          const LiaisonSceneElement *edge = group->pdata[a];
          const LiaisonSceneElement *head = liaison_scene_get_node (scene, edge->head);
          const LiaisonShape *shapes = liaison_scene_get_shapes (scene, edge);
          const LiaisonSceneElement *hit;
          double x, y, tip = G_MAXDOUBLE;

          edge_middle (scene, edge, &x, &y);

          /* The arrowhead's point nearest the target is on its outline
           * (a box with rounded corners).
           */
          for (guint s = 1; s < edge->n_shapes; s++)
            if (shapes[s].kind == LIAISON_SHAPE_POLYGON)
              {
                const double *p = liaison_scene_get_points (scene, &shapes[s]);

                for (guint k = 0; k < shapes[s].n_points; k++)
                  if (fabs (distance_to_box (p[k * 2], p[k * 2 + 1], head)) < fabs (tip))
                    tip = distance_to_box (p[k * 2], p[k * 2 + 1], head);
              }
          g_assert_cmpfloat (tip, <, 2);
          g_assert_cmpfloat (tip, >, -6);

          for (guint b = a + 1; b < group->len; b++)
            {
              double bx, by;

              edge_middle (scene, group->pdata[b], &bx, &by);
              g_assert_cmpfloat (hypot (x - bx, y - by), >=, 8);
            }

          /* Pointing at the middle of one finds it, not one of its
           * parallels.
           */
          hit = liaison_scene_hit_test (scene, x, y, 2);
          g_assert_nonnull (hit);
          if (hit->kind == LIAISON_ELEMENT_RELATION && hit != edge)
            g_assert_false (g_ptr_array_find (group, hit, NULL));
        }

      if (group->len > 1)
        n_parallel += group->len;
    }

  g_test_message ("%u relations run parallel to another", n_parallel);
  g_assert_cmpuint (n_parallel, >, 1000);
}

static void
count_layout_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LiaisonScene **scene = user_data;
  g_autoptr(GError) error = NULL;

  *scene = liaison_layout_finish (result, &error);
  g_assert_no_error (error);
}

/* The worker's output is read off the main loop. Read on it, 8 KiB a
 * turn, the 3 MB of a dense graph's drawing took as many turns as the
 * window could spare between frames: ten seconds for a one-second
 * layout.
 */
static void
test_output_read_off_the_main_loop (void)
{
  g_autoptr(GString) text = random_dataset (160, 6000);
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text->str);
  g_autoptr(LiaisonScene) scene = NULL;
  guint turns = 0;

  liaison_layout_async (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, count_layout_cb, &scene);
  while (scene == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      turns++;
    }

  g_test_message ("%u turns of the main loop", turns);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), ==, 6000);
  g_assert_cmpuint (turns, <, 50);
}

/* Two thousand entities and no relations: Graphviz alone would spend half
 * a minute packing them around each other. They come out in tidy rows.
 */
static void
test_unrelated_entities_in_rows (void)
{
  g_autoptr(GString) text = g_string_new ("{\"entities\": [");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"label\": \"Entity %u\"}", i ? "," : "", i, i);
  g_string_append (text, "]}");
  dataset = liaison_test_load_text (text->str);

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_AUTO, LIAISON_DEFAULT_LAYOUT_TIMEOUT,
                              NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_scene_get_n_nodes (scene), ==, 2000);

  for (guint i = 0; i < 2000; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);

      g_hash_table_add (rows, GINT_TO_POINTER ((int) round (node->y)));
    }

  /* About the square root of their number, in rows. */
  g_assert_cmpuint (g_hash_table_size (rows), <=, 60);
}

static void
test_graphviz_messages (void)
{
  g_autoptr(GBytes) dot = g_bytes_new_static ("digraph { a [shape=nosuchshape]; a -> b }", 42);
  g_autoptr(GBytes) broken = g_bytes_new_static ("digraph { a -> }", 16);
  g_autoptr(LiaisonRenderResult) rendered = NULL;
  g_autoptr(GError) error = NULL;

  /* A warning arrives whole, as one line, with the result. */
  rendered = liaison_layout_render (dot, "dot", "json", 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rendered->output);
  g_assert_cmpuint (g_strv_length (rendered->messages), ==, 1);
  g_assert_cmpstr (rendered->messages[0], ==, "Warning: using box for unknown shape nosuchshape");

  /* An error is the result. */
  g_clear_pointer (&rendered, liaison_render_result_free);
  rendered = liaison_layout_render (broken, "dot", "json", 60, NULL, &error);
  g_assert_null (rendered);
  g_assert_error (error, LIAISON_LAYOUT_ERROR, LIAISON_LAYOUT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Graphviz’s dot engine could not lay the graph out: "
                                                   "Error: syntax error in line 1 near '}'"));
}

static void
test_hostile_labels (void)
{
  /* What a label says, Graphviz must draw, whatever it looks like to
   * Graphviz: escapes, entities, markup, record syntax, quotes, a trailing
   * backslash and line breaks.
   */
  static const char *const labels[] = {
    "C:\\Network \\N <b>x</b> AT&amp;T \"q\" {}",
    "\\G \\E \\T \\H \\L \\l \\r \\n",
    "ends in a backslash \\",
    "ends in two \\\\",
    "{ a | <port> b }",
    "<<table><tr><td>html</td></tr></table>>",
    "two\nlines",
    "back\\\nslash before a line break",
    "&#92; &lt; &amp;amp; &",
    "日本語 と 中文 😀",
  };
  g_autoptr(GString) text = g_string_new ("{\"entities\": [");
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), labels[i]);
      g_autofree char *json = json_to_string (node, FALSE);

      g_string_append_printf (text, "%s{\"id\": \"e%u\", \"label\": %s}", i ? "," : "", i, json);
    }
  g_string_append (text, "], \"relations\": [{\"from\": \"e0\", \"to\": \"e1\", \"label\": \"\\\\N & \\\\E\"}]}");

  dataset = liaison_test_load_text (text->str);
  for (LiaisonLayoutEngine engine = LIAISON_LAYOUT_ENGINE_DOT; engine <= LIAISON_LAYOUT_ENGINE_NEATO; engine++)
    {
      g_clear_object (&scene);
      scene = liaison_layout_run (dataset, NULL, engine, 60, NULL, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        {
          const LiaisonSceneElement *node = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i);
          g_autofree char *expected = g_strdup (labels[i]);

          /* Line breaks come back as separate lines of text, which the
           * scene joins with "\n".
           */
          g_assert_cmpstr (node->label, ==, expected);
        }

      g_assert_cmpstr (liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, 0)->label, ==, "\\N & \\E");
    }
}

static void
test_no_file_attributes (void)
{
  const char *text =
    "{\"entity_types\": [{\"id\": \"t\", \"shape\": \"box\"}],"
    " \"entities\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"t\", \"image\": \"/etc/passwd\","
    "   \"shapefile\": \"/etc/shadow\", \"URL\": \"javascript:alert(1)\", \"fontpath\": \"/tmp\","
    "   \"attributes\": {\"imagepath\": \"/root\", \"stylesheet\": \"http://evil.example/x.css\","
    "                   \"href\": \"file:///etc/hosts\", \"fontnames\": \"svg\"}},"
    "   {\"id\": \"image\", \"label\": \"shapefile\"}],"
    " \"relations\": [{\"from\": \"a\", \"to\": \"image\", \"URL\": \"http://x\", \"labelURL\": \"http://y\"}]}";
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text);
  g_autoptr(GBytes) dot = liaison_graph_build_dot (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, NULL);
  g_autofree char *dot_text = g_strndup (g_bytes_get_data (dot, NULL), g_bytes_get_size (dot));
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  static const char *const forbidden[] = {
    "image=", "shapefile=", "fontpath=", "imagepath=", "stylesheet=", "fontnames=", "URL=", "href=",
    "/etc/", "javascript", "evil.example",
  };

  /* The attributes stay in the dataset, for people to read… */
  g_assert_cmpuint (liaison_dataset_get_n_entities (dataset), ==, 2);

  /* …and never reach Graphviz. */
  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    if (strstr (dot_text, forbidden[i]) != NULL)
      g_error ("“%s” reached Graphviz:\n%s", forbidden[i], dot_text);

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 1)->label, ==, "shapefile");
}

static void
test_graphviz_keywords_as_ids (void)
{
  const char *text =
    "{\"entities\": [{\"id\": \"node\", \"label\": \"node\"}, {\"id\": \"edge\", \"label\": \"edge\"},"
    " {\"id\": \"graph\", \"label\": \"graph\"}, {\"id\": \"subgraph\", \"label\": \"subgraph\"},"
    " {\"id\": \"strict\", \"label\": \"strict\"}, {\"id\": \"a\\\"b\\\\\", \"label\": \"quote\"},"
    " {\"id\": \"東京\", \"label\": \"Tokyo\"}, {\"id\": \"-- ->\", \"label\": \"arrows\"}],"
    " \"relations\": [{\"id\": \"node\", \"from\": \"node\", \"to\": \"edge\"},"
    " {\"from\": \"graph\", \"to\": \"a\\\"b\\\\\"}, {\"from\": \"東京\", \"to\": \"-- ->\"},"
    " {\"from\": \"strict\", \"to\": \"subgraph\"}]}";
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (text);
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_SFDP, 60, NULL, &error);
  g_assert_no_error (error);
  liaison_test_assert_scene_matches (scene, dataset);
  g_assert_cmpstr (liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 5)->id, ==, "a\"b\\");
}

/* The colour Graphviz drew a node's label in. */
static guint32
label_color (LiaisonScene              *scene,
             const LiaisonSceneElement *node)
{
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, node);

  for (guint i = 0; i < node->n_shapes; i++)
    if (shapes[i].kind == LIAISON_SHAPE_TEXT)
      return shapes[i].pen;

  g_assert_not_reached ();
}

static void
test_labels_readable_on_dark_fills (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (
    "{\"entity_types\": [{\"id\": \"navy\", \"color\": \"#000080\"},"
    "                    {\"id\": \"pale\", \"color\": \"#ffe4b5\"},"
    "                    {\"id\": \"bare\", \"color\": \"black\", \"shape\": \"plaintext\"}],"
    " \"entities\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"navy\"},"
    "              {\"id\": \"b\", \"label\": \"B\", \"type\": \"pale\"},"
    "              {\"id\": \"c\", \"label\": \"C\", \"type\": \"bare\"}]}");
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_DOT, 60, NULL, &error);
  g_assert_no_error (error);

  /* White on navy, dark on a pale fill, and white on black plain text,
   * which is filled like every shape.
   */
  g_assert_cmphex (label_color (scene, liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 0)), ==, 0xffffffff);
  g_assert_cmphex (label_color (scene, liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 1)), ==, 0x1e1e1eff);
  g_assert_cmphex (label_color (scene, liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, 2)), ==, 0xffffffff);
}

static void
test_laid_out_dot_keeps_positions (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonScene) scene = NULL;
  g_autoptr(LiaisonScene) again = NULL;
  g_autoptr(GBytes) dot = NULL;
  g_autoptr(LiaisonRenderResult) rendered = NULL;
  g_autoptr(GError) error = NULL;

  scene = liaison_layout_run (dataset, NULL, LIAISON_LAYOUT_ENGINE_NEATO, 60, NULL, &error);
  g_assert_no_error (error);

  /* Drawn again from its own positions, the graph is where it was. */
  dot = liaison_graph_build_laid_out_dot (scene, NULL);
  rendered = liaison_layout_render (dot, "nop2", "scene", 60, NULL, &error);
  g_assert_no_error (error);
  again = liaison_scene_new_from_json (g_bytes_get_data (rendered->output, NULL), g_bytes_get_size (rendered->output),
                                       dataset, &error);
  g_assert_no_error (error);
  liaison_test_assert_scene_matches (again, dataset);

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      const LiaisonSceneElement *a = liaison_scene_get_node (scene, i);
      const LiaisonSceneElement *b = liaison_scene_lookup (again, LIAISON_ELEMENT_ENTITY, a->index);
      const LiaisonRect *bounds_a = liaison_scene_get_bounds (scene);
      const LiaisonRect *bounds_b = liaison_scene_get_bounds (again);

      /* Both flip y about their own box; compare from the bottom. */
      g_assert_cmpfloat (fabs (a->x - b->x), <, 0.5);
      g_assert_cmpfloat (fabs ((bounds_a->y1 - a->y) - (bounds_b->y1 - b->y)), <, 0.5);
      g_assert_cmpfloat (fabs (a->width - b->width), <, 0.5);
    }

  for (guint i = 0; i < liaison_scene_get_n_edges (scene); i++)
    {
      const LiaisonSceneElement *a = liaison_scene_get_edge (scene, i);
      const LiaisonSceneElement *b = liaison_scene_lookup (again, LIAISON_ELEMENT_RELATION, a->index);

      g_assert_cmpstr (a->graphviz_pos, ==, b->graphviz_pos);
    }
}

static void
test_numbers (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 0, "0" }, { -0.0, "0" }, { -0.001, "0" }, { 12.5, "12.5" }, { 12.504, "12.5" }, { 12.505, "12.51" },
    { -3, "-3" }, { 0.25, "0.25" }, { 1234567.891, "1234567.89" }, { -0.07, "-0.07" }, { 99.999, "100" },
  };
  static const char *const inputs[] = { "0", "-12.25", "277.53", "1e3", "-1.5E-2", "123456789012345678", "0.1" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buffer[LIAISON_NUMBER_BUF_SIZE];
      gsize len = liaison_format_number (buffer, cases[i].value);

      g_assert_cmpstr (buffer, ==, cases[i].text);
      g_assert_cmpuint (len, ==, strlen (cases[i].text));
    }

  /* Reading agrees with the C library, exactly. */
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    g_assert_cmpfloat (liaison_parse_number (inputs[i], strlen (inputs[i])), ==, g_ascii_strtod (inputs[i], NULL));
}

static void
test_element_ids (void)
{
  static const char *const ids[] = { "huawei", "Huawei Japan", "a_b", "東京", "x\"y\\z", "-.", "<&>" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *element_id = liaison_element_id_new (LIAISON_ELEMENT_RELATION, ids[i]);
      g_autofree char *back = NULL;
      LiaisonElementKind kind;

      g_assert_true (g_regex_match_simple ("^[A-Za-z][A-Za-z0-9._-]*$", element_id, 0, 0));
      g_assert_true (liaison_element_id_parse (element_id, &kind, &back));
      g_assert_cmpint (kind, ==, LIAISON_ELEMENT_RELATION);
      g_assert_cmpstr (back, ==, ids[i]);
    }

  {
    g_autofree char *a = liaison_element_id_new (LIAISON_ELEMENT_ENTITY, "Huawei Japan");
    g_autofree char *b = liaison_element_id_new (LIAISON_ELEMENT_ENTITY, "a_b");

    g_assert_cmpstr (a, ==, "entity-Huawei_20Japan");
    g_assert_cmpstr (b, ==, "entity-a_5fb");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/every-engine", test_every_engine);
  g_test_add_func ("/layout/filtered-view", test_filtered_view);
  g_test_add_func ("/layout/automatic-choice", test_automatic_choice);
  g_test_add_func ("/layout/automatic-choice-by-density", test_automatic_choice_by_density);
  g_test_add_func ("/layout/dense-graph", test_dense_graph);
  g_test_add_func ("/layout/output-read-off-the-main-loop", test_output_read_off_the_main_loop);
  g_test_add_func ("/layout/unrelated-entities-in-rows", test_unrelated_entities_in_rows);
  g_test_add_func ("/layout/graphviz-messages", test_graphviz_messages);
  g_test_add_func ("/layout/hostile-labels", test_hostile_labels);
  g_test_add_func ("/layout/no-file-attributes", test_no_file_attributes);
  g_test_add_func ("/layout/graphviz-keywords-as-ids", test_graphviz_keywords_as_ids);
  g_test_add_func ("/layout/labels-readable-on-dark-fills", test_labels_readable_on_dark_fills);
  g_test_add_func ("/layout/element-ids", test_element_ids);
  g_test_add_func ("/layout/numbers", test_numbers);
  g_test_add_func ("/layout/laid-out-dot-keeps-positions", test_laid_out_dot_keeps_positions);

  return g_test_run ();
}
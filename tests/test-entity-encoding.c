/* test-entity-encoding.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-entity-encoding.h"
#include "liaison-graph-builder.h"
#include "liaison-layout-keeping.h"
#include "liaison-layout.h"
#include "liaison-metrics.h"
#include "liaison-style.h"
#include "liaison-test-util.h"
#include "liaison-view-state.h"

static LiaisonMetrics *
compute (LiaisonDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  LiaisonMetrics *metrics = liaison_metrics_compute (dataset, NULL, LIAISON_METRICS_DEFAULT, NULL, NULL, &error);

  g_assert_no_error (error);
  return metrics;
}

/* The hub of a star is drawn largest, the leaves at the usual size. */
static void
test_scale_degree (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("hub a b c d", "hub-a hub-b hub-c hub-d");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonEntityEncoding) encoding =
    liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_DEGREE, LIAISON_COLOR_BY_TYPE);
  double min, max;

  liaison_entity_encoding_get_range (encoding, &min, &max);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 4);
  g_assert_cmpfloat (liaison_entity_encoding_get_scale (encoding, liaison_test_entity_index (dataset, "hub")), ==,
                     LIAISON_MAX_ENTITY_SCALE);
  g_assert_cmpfloat (liaison_entity_encoding_get_scale (encoding, liaison_test_entity_index (dataset, "a")), ==,
                     LIAISON_MIN_ENTITY_SCALE);
  g_assert_cmpint (liaison_entity_encoding_get_community_slot (encoding, 0), ==, -1);
}

/* On a path of five, betweenness is 0, 1/2, 2/3, 1/2, 0: the area grows
 * with the value, so b, at three quarters of the range, is drawn at
 * 1 + 1.5 * sqrt (3/4).
 */
static void
test_scale_betweenness (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c d e", "a-b b-c c-d d-e");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonEntityEncoding) encoding =
    liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_BETWEENNESS, LIAISON_COLOR_BY_TYPE);

  g_assert_cmpfloat_with_epsilon (liaison_entity_encoding_get_scale (encoding, liaison_test_entity_index (dataset, "c")), 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (liaison_entity_encoding_get_scale (encoding, liaison_test_entity_index (dataset, "b")),
                                  1 + 1.5 * sqrt (0.75), 1e-9);
  g_assert_cmpfloat_with_epsilon (liaison_entity_encoding_get_scale (encoding, liaison_test_entity_index (dataset, "e")), 1, 1e-9);
  /* Out of the range, the scale stops at its ends. */
  g_assert_cmpfloat (liaison_entity_encoding_scale_value (encoding, 10), ==, LIAISON_MAX_ENTITY_SCALE);
  g_assert_cmpfloat (liaison_entity_encoding_scale_value (encoding, -1), ==, LIAISON_MIN_ENTITY_SCALE);
}

/* Every entity alike (no relations) leaves every size as it is. */
static void
test_scale_flat (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("a b c", "");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonEntityEncoding) encoding =
    liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_PAGERANK, LIAISON_COLOR_BY_TYPE);

  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (liaison_entity_encoding_get_scale (encoding, i), ==, 1);
}

/* Ten cliques of 2 to 11 entities: the eight largest get the palette's
 * colours in order of size, the two smallest share "other".
 */
static LiaisonDataset *
make_cliques (void)
{
  g_autoptr(GString) entities = g_string_new (NULL);
  g_autoptr(GString) relations = g_string_new (NULL);

  for (guint size = 2; size <= 11; size++)
    for (guint i = 0; i < size; i++)
      {
        g_string_append_printf (entities, "%sk%u_%u", entities->len > 0 ? " " : "", size, i);
        for (guint j = 0; j < i; j++)
          g_string_append_printf (relations, "%sk%u_%u-k%u_%u", relations->len > 0 ? " " : "", size, j, size, i);
      }

  return liaison_test_make_graph (entities->str, relations->str);
}

static void
test_community_slots (void)
{
  g_autoptr(LiaisonDataset) dataset = make_cliques ();
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonEntityEncoding) encoding =
    liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_NONE, LIAISON_COLOR_BY_COMMUNITY);
  LiaisonEntityLook look = { "#000000", "#000000", "box" };

  g_assert_cmpuint (liaison_metrics_get_n_communities (metrics), ==, 10);
  g_assert_cmpuint (liaison_entity_encoding_get_n_slots (encoding), ==, LIAISON_N_COMMUNITY_COLORS + 1);
  g_assert_cmpint (liaison_entity_encoding_get_community_slot (encoding, liaison_test_entity_index (dataset, "k11_3")), ==, 0);
  g_assert_cmpint (liaison_entity_encoding_get_community_slot (encoding, liaison_test_entity_index (dataset, "k4_0")), ==, 7);
  g_assert_cmpint (liaison_entity_encoding_get_community_slot (encoding, liaison_test_entity_index (dataset, "k3_1")), ==,
                   LIAISON_OTHER_COMMUNITY);
  g_assert_cmpint (liaison_entity_encoding_get_community_slot (encoding, liaison_test_entity_index (dataset, "k2_0")), ==,
                   LIAISON_OTHER_COMMUNITY);

  /* The colour changes, the outline that tells the type stays. */
  g_assert_true (liaison_entity_encoding_apply_look (encoding, liaison_test_entity_index (dataset, "k10_0"), &look));
  g_assert_cmpstr (look.fill, ==, liaison_style_get_palette_color (1)->fill);
  g_assert_cmpstr (look.line, ==, liaison_style_get_palette_color (1)->line);
  g_assert_cmpstr (look.shape, ==, "box");

  /* "Other" looks like no community of the eight. */
  liaison_entity_encoding_get_slot_look (LIAISON_OTHER_COMMUNITY, &look);
  for (guint i = 0; i < LIAISON_N_COMMUNITY_COLORS; i++)
    g_assert_cmpstr (look.fill, !=, liaison_style_get_palette_color (i)->fill);
}

static void
count_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* A new look is laid out again; the same look is not. */
static void
test_view_state (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("hub a b", "hub-a hub-b");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonViewState) copy = NULL;
  g_autoptr(LiaisonEntityEncoding) by_type = liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_NONE,
                                                                         LIAISON_COLOR_BY_TYPE);
  g_autoptr(LiaisonEntityEncoding) sized = liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_DEGREE,
                                                                       LIAISON_COLOR_BY_TYPE);
  g_autoptr(LiaisonEntityEncoding) sized_again = liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_DEGREE,
                                                                             LIAISON_COLOR_BY_TYPE);
  guint n_changes = 0;

  g_signal_connect_swapped (state, "visibility-changed", G_CALLBACK (count_cb), &n_changes);

  liaison_view_state_set_encoding (state, by_type);
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_null (liaison_entity_encoding_get_metrics (by_type));

  liaison_view_state_set_encoding (state, sized);
  g_assert_cmpuint (n_changes, ==, 1);
  liaison_view_state_set_encoding (state, sized_again);
  g_assert_cmpuint (n_changes, ==, 1);

  copy = liaison_view_state_copy_visibility (state);
  g_assert_true (liaison_view_state_get_encoding (copy) == liaison_view_state_get_encoding (state));

  liaison_view_state_set_encoding (state, NULL);
  g_assert_cmpuint (n_changes, ==, 2);
}

/* What Graphviz is given: the hub's box at two and a half times the
 * usual height, its label at one and three quarters the usual size, the largest community in the palette's first
 * colour; without an encoding, neither.
 */
static void
test_graph_builder (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_make_graph ("hub a b c d x y", "hub-a hub-b hub-c hub-d x-y");
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonEntityEncoding) encoding =
    liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_DEGREE, LIAISON_COLOR_BY_COMMUNITY);
  g_autoptr(GBytes) plain = liaison_graph_build_dot (dataset, state, LIAISON_LAYOUT_ENGINE_SFDP, NULL);
  g_autoptr(GBytes) encoded = NULL;
  g_autofree char *plain_text = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));
  g_autofree char *text = NULL;
  g_autofree char *first_fill = g_strdup_printf ("fillcolor=\"%s\"", liaison_style_get_palette_color (0)->fill);
  g_autofree char *second_fill = g_strdup_printf ("fillcolor=\"%s\"", liaison_style_get_palette_color (1)->fill);

  liaison_view_state_set_encoding (state, encoding);
  encoded = liaison_graph_build_dot (dataset, state, LIAISON_LAYOUT_ENGINE_SFDP, NULL);
  text = g_strndup (g_bytes_get_data (encoded, NULL), g_bytes_get_size (encoded));

  g_assert_null (strstr (plain_text, "fontsize=19.25"));
  g_assert_null (strstr (plain_text, first_fill));
  g_assert_nonnull (strstr (text, "fontsize=19.25"));
  g_assert_nonnull (strstr (text, "height=1.000"));
  g_assert_nonnull (strstr (text, first_fill));
  g_assert_nonnull (strstr (text, second_fill));
}

/* The window lays the bundled dataset out, then the user sizes entities
 * by a metric, and the window lays it out again keeping the places:
 * Graphviz says nothing, where it said some entities touched and drew
 * straight lines through them, since the grown entities were drawn where
 * the small ones had been.
 */
static void
test_sized_layout_quiet (gconstpointer data)
{
  LiaisonSizeBy size_by = GPOINTER_TO_INT (data);
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonMetrics) metrics = compute (dataset);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(LiaisonPositionMemory) memory = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  g_autoptr(LiaisonEntityEncoding) encoding =
    liaison_entity_encoding_new (metrics, size_by, LIAISON_COLOR_BY_COMMUNITY);
  g_autoptr(LiaisonScene) plain = NULL;
  g_autoptr(LiaisonScene) sized = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;

  plain = liaison_layout_keeping_run (dataset, state, memory, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  g_assert_no_error (error);
  said = g_strjoinv ("\n", (char **) liaison_scene_get_messages (plain));
  g_assert_cmpstr (said, ==, "");
  g_clear_pointer (&said, g_free);
  liaison_position_memory_record (memory, plain);

  liaison_view_state_set_encoding (state, encoding);
  sized = liaison_layout_keeping_run (dataset, state, memory, LIAISON_LAYOUT_ENGINE_AUTO, 60, NULL, &error);
  g_assert_no_error (error);
  said = g_strjoinv ("\n", (char **) liaison_scene_get_messages (sized));
  g_assert_cmpstr (said, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity-encoding/scale/degree", test_scale_degree);
  g_test_add_func ("/entity-encoding/scale/betweenness", test_scale_betweenness);
  g_test_add_func ("/entity-encoding/scale/flat", test_scale_flat);
  g_test_add_func ("/entity-encoding/community/slots", test_community_slots);
  g_test_add_func ("/entity-encoding/view-state", test_view_state);
  g_test_add_func ("/entity-encoding/graph-builder", test_graph_builder);
  g_test_add_data_func ("/entity-encoding/layout/degree", GINT_TO_POINTER (LIAISON_SIZE_BY_DEGREE),
                        test_sized_layout_quiet);
  g_test_add_data_func ("/entity-encoding/layout/betweenness", GINT_TO_POINTER (LIAISON_SIZE_BY_BETWEENNESS),
                        test_sized_layout_quiet);
  g_test_add_data_func ("/entity-encoding/layout/pagerank", GINT_TO_POINTER (LIAISON_SIZE_BY_PAGERANK),
                        test_sized_layout_quiet);

  return g_test_run ();
}

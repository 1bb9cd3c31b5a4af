/* test-legend.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-entity-encoding.h"
#include "liaison-legend.h"
#include "liaison-metrics.h"
#include "liaison-style.h"
#include "liaison-swatch.h"
#include "liaison-test-util.h"
#include "ui-test-common.h"

static void
collect_swatches (GtkWidget *widget,
                  GPtrArray *swatches)
{
  if (LIAISON_IS_SWATCH (widget))
    g_ptr_array_add (swatches, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_swatches (child, swatches);
}

/* The legend shows each entity type as the graph draws it, its outline
 * and its colours, so the bundled dataset's 13 types are 13 different
 * samples; relation types are lines.
 */
static void
test_entity_types_in_their_looks (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = NULL;
  g_autoptr(GPtrArray) swatches = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree LiaisonEntityLook *looks = NULL;
  GtkWidget *legend = g_object_ref_sink (liaison_legend_new ());
  guint n_types, n_entity_swatches = 0;

  state = liaison_view_state_new (dataset);
  liaison_legend_set_state (LIAISON_LEGEND (legend), state);
  collect_swatches (legend, swatches);

  n_types = liaison_dataset_get_n_entity_types (dataset);
  looks = liaison_style_dup_entity_looks (dataset);
  g_assert_cmpuint (swatches->len, ==, n_types + liaison_dataset_get_n_relation_types (dataset));

  for (guint i = 0; i < swatches->len; i++)
    {
      LiaisonSwatch *swatch = swatches->pdata[i];
      const char *shape = liaison_swatch_get_shape (swatch);
      GdkRGBA fill, expected;

      /* Entity types first, in the dataset's order. */
      if (i >= n_types)
        {
          g_assert_null (shape);
          continue;
        }

      liaison_swatch_get_colors (swatch, &fill, NULL);
      g_assert_true (gdk_rgba_parse (&expected, looks[i].fill));
      g_assert_true (gdk_rgba_equal (&fill, &expected));
      g_assert_cmpstr (shape, ==, looks[i].shape);
      g_hash_table_add (seen, g_strdup_printf ("%s %s", looks[i].fill, shape));
      n_entity_swatches++;
    }

  g_assert_cmpuint (n_entity_swatches, ==, 13);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 13);

  g_object_unref (legend);
}

/* Coloured by community, the graph shows no type's colour, so neither
 * does the legend: each entity type keeps its outline, in one neutral
 * grey, and gets its colours back when entities are coloured by type.
 */
static void
test_entity_types_plain_by_community (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonMetrics) metrics = liaison_metrics_compute (dataset, NULL, LIAISON_METRICS_DEFAULT, NULL, NULL, &error);
  g_autoptr(LiaisonEntityEncoding) by_community = NULL;
  g_autoptr(LiaisonEntityEncoding) by_type = NULL;
  g_autoptr(GPtrArray) swatches = g_ptr_array_new ();
  g_autofree LiaisonEntityLook *looks = liaison_style_dup_entity_looks (dataset);
  GtkWidget *legend = g_object_ref_sink (liaison_legend_new ());
  guint n_types = liaison_dataset_get_n_entity_types (dataset);
  GdkRGBA fill, line, expected;

  g_assert_no_error (error);
  by_community = liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_BETWEENNESS, LIAISON_COLOR_BY_COMMUNITY);
  by_type = liaison_entity_encoding_new (metrics, LIAISON_SIZE_BY_BETWEENNESS, LIAISON_COLOR_BY_TYPE);

  liaison_legend_set_state (LIAISON_LEGEND (legend), state);
  liaison_view_state_set_encoding (state, by_community);
  collect_swatches (legend, swatches);
  g_assert_cmpuint (swatches->len, ==, n_types + liaison_dataset_get_n_relation_types (dataset));
  g_assert_true (gdk_rgba_parse (&expected, "#8a8a8a"));
  for (guint i = 0; i < n_types; i++)
    {
      liaison_swatch_get_colors (swatches->pdata[i], &fill, &line);
      g_assert_cmpfloat (fill.alpha, ==, 0);
      g_assert_true (gdk_rgba_equal (&line, &expected));
      g_assert_cmpstr (liaison_swatch_get_shape (swatches->pdata[i]), ==, looks[i].shape);
    }

  liaison_view_state_set_encoding (state, by_type);
  g_ptr_array_set_size (swatches, 0);
  collect_swatches (legend, swatches);
  for (guint i = 0; i < n_types; i++)
    {
      liaison_swatch_get_colors (swatches->pdata[i], &fill, NULL);
      g_assert_true (gdk_rgba_parse (&expected, looks[i].fill));
      g_assert_true (gdk_rgba_equal (&fill, &expected));
    }

  g_object_unref (legend);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/legend/entity-types-in-their-looks", test_entity_types_in_their_looks);
  g_test_add_func ("/legend/entity-types-plain-by-community", test_entity_types_plain_by_community);

  return g_test_run ();
}

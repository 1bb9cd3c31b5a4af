/* test-source-support.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What each source of the bundled dataset supports, as the Sources panel
 * counts it and shows it.
 */

#include "config.h"

#include "liaison-entity.h"
#include "liaison-source-support.h"
#include "liaison-test-util.h"

static guint
source_index (LiaisonDataset *dataset,
              const char     *id)
{
  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    if (g_str_equal (liaison_dataset_get_source (dataset, i)->id, id))
      return i;
  g_assert_not_reached ();
}

static gboolean
has_entity (LiaisonSubset  *subset,
            LiaisonDataset *dataset,
            const char     *id)
{
  return liaison_subset_has_entity (subset, liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, id)));
}

static gboolean
has_relation (LiaisonSubset  *subset,
              LiaisonDataset *dataset,
              const char     *id)
{
  return liaison_subset_has_relation (subset, liaison_dataset_lookup_relation (dataset, id)->index);
}

static void
test_kyodo_report (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonSubset) subset = NULL;

  subset = liaison_source_support_for_source (dataset, source_index (dataset, "kyodo-2019-09-03"));

  /* Thirty relations cite the report; their ends are twenty-two entities,
   * among them every entity whose own evidence cites it.
   */
  g_assert_cmpuint (liaison_subset_get_n_relations (subset), ==, 30);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 22);
  g_assert_true (has_relation (subset, dataset, "ren-founded-huawei"));
  g_assert_false (has_relation (subset, dataset, "wang-president-huawei-japan"));
  /* Japan is not cited by the report itself, but ends relations it supports. */
  g_assert_true (has_entity (subset, dataset, "japan"));
  g_assert_false (has_entity (subset, dataset, "huawei-technologies-japan"));
}

static void
test_unattributed_article (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_autoptr(LiaisonSubset) subset = NULL;

  subset = liaison_source_support_for_source (dataset, source_index (dataset, "huawei-japan-2019-article"));
  g_assert_cmpuint (liaison_subset_get_n_relations (subset), ==, 46);
  g_assert_cmpuint (liaison_subset_get_n_entities (subset), ==, 23);
  g_assert_true (has_relation (subset, dataset, "wang-president-huawei-japan"));
  g_assert_false (has_relation (subset, dataset, "ren-founded-huawei"));
}

static void
test_publishers (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_bundled ();
  g_auto(GStrv) publishers = liaison_source_support_dup_publishers (dataset);
  g_autoptr(LiaisonSubset) kyodo = NULL;
  g_autoptr(LiaisonSubset) by_publisher = NULL;
  g_autoptr(LiaisonSubset) nobody = NULL;

  /* The article names no publisher, so only one is offered. */
  g_assert_cmpuint (g_strv_length (publishers), ==, 1);
  g_assert_cmpstr (publishers[0], ==, "Kyodo News");

  kyodo = liaison_source_support_for_source (dataset, source_index (dataset, "kyodo-2019-09-03"));
  by_publisher = liaison_source_support_for_publisher (dataset, "Kyodo News");
  g_assert_true (liaison_subset_equal (kyodo, by_publisher));

  nobody = liaison_source_support_for_publisher (dataset, "Reuters");
  g_assert_cmpuint (liaison_subset_get_n_entities (nobody), ==, 0);
  g_assert_cmpuint (liaison_subset_get_n_relations (nobody), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-support/kyodo-report", test_kyodo_report);
  g_test_add_func ("/source-support/unattributed-article", test_unattributed_article);
  g_test_add_func ("/source-support/publishers", test_publishers);

  return g_test_run ();
}

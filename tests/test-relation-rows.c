/* test-relation-rows.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-relation-rows.h"
#include "liaison-test-util.h"

/* Huawei founded by Ren Zhengfei, shunned by NTT Docomo, buying from
 * Japan, working with Google: relations that arrive and leave, dated and
 * not, directed and not.
 */
static const char dataset_json[] =
  "{\"relation_types\": [{\"id\": \"restriction\", \"label\": \"bans and restrictions\"},"
  "                      {\"id\": \"role\", \"label\": \"roles and positions\"}],"
  " \"entities\": [{\"id\": \"huawei\", \"label\": \"Huawei Technologies\"},"
  "               {\"id\": \"ntt-docomo\", \"label\": \"NTT Docomo\"},"
  "               {\"id\": \"ren-zhengfei\", \"label\": \"Ren Zhengfei\"},"
  "               {\"id\": \"japan\", \"label\": \"Japan\"},"
  "               {\"id\": \"google\", \"label\": \"Google\"}],"
  " \"relations\": ["
  "   {\"id\": \"docomo-shuns\", \"from\": \"ntt-docomo\", \"to\": \"huawei\", \"type\": \"restriction\","
  "    \"label\": \"reportedly plans not to use\"},"
  "   {\"id\": \"founded\", \"from\": \"ren-zhengfei\", \"to\": \"huawei\", \"type\": \"role\","
  "    \"label\": \"founded\", \"date\": \"1987\"},"
  "   {\"id\": \"purchases\", \"from\": \"huawei\", \"to\": \"japan\", \"label\": \"plans to increase purchases from\","
  "    \"date\": \"2019-05\"},"
  "   {\"id\": \"restricted\", \"from\": \"huawei\", \"to\": \"japan\", \"type\": \"restriction\"},"
  "   {\"id\": \"worked-with\", \"from\": \"huawei\", \"to\": \"google\", \"label\": \"worked with\", \"directed\": false}"
  " ]}";

static LiaisonRelationRows *
rows_of (LiaisonDataset *dataset,
         const char     *entity_id)
{
  return liaison_relation_rows_new (dataset, liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, entity_id)));
}

/* The row of the relation with @id, which must be listed once. */
static LiaisonRelationRow *
find_row (LiaisonDataset      *dataset,
          LiaisonRelationRows *rows,
          const char          *id)
{
  guint index = liaison_dataset_lookup_relation (dataset, id)->index;
  LiaisonRelationRow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(LiaisonRelationRow) row = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (liaison_relation_row_get_kind (row) == LIAISON_RELATION_ROW_RELATION &&
          liaison_relation_row_get_relation (row) == index)
        {
          g_assert_null (found);
          found = g_object_ref (row);
        }
    }

  g_assert_nonnull (found);
  return found;
}

static void
assert_row (LiaisonDataset      *dataset,
            LiaisonRelationRows *rows,
            const char          *id,
            LiaisonDirection     direction,
            const char          *title,
            const char          *date)
{
  g_autoptr(LiaisonRelationRow) row = find_row (dataset, rows, id);

  g_assert_cmpint (liaison_relation_row_get_direction (row), ==, direction);
  g_assert_cmpstr (liaison_relation_row_get_title (row), ==, title);
  g_assert_cmpstr (liaison_relation_row_get_date (row), ==, date);
}

static void
test_incoming_reads_from_the_other_entity (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_json);
  g_autoptr(LiaisonRelationRows) rows = rows_of (dataset, "huawei");

  /* Under Huawei, Docomo is the one that will not use Huawei; Ren
   * Zhengfei founded it, in 1987.
   */
  assert_row (dataset, rows, "docomo-shuns", LIAISON_DIRECTION_INCOMING,
              "NTT Docomo → reportedly plans not to use", NULL);
  assert_row (dataset, rows, "founded", LIAISON_DIRECTION_INCOMING,
              "Ren Zhengfei → founded", "1987");
}

static void
test_outgoing_reads_to_the_other_entity (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_json);
  g_autoptr(LiaisonRelationRows) rows = rows_of (dataset, "huawei");
  g_autoptr(LiaisonRelationRows) docomo = rows_of (dataset, "ntt-docomo");

  assert_row (dataset, rows, "purchases", LIAISON_DIRECTION_OUTGOING,
              "plans to increase purchases from → Japan", "2019-05");
  /* Without a label of its own, the relation says what its type says. */
  assert_row (dataset, rows, "restricted", LIAISON_DIRECTION_OUTGOING,
              "bans and restrictions → Japan", NULL);
  assert_row (dataset, rows, "worked-with", LIAISON_DIRECTION_UNDIRECTED,
              "worked with — Google", NULL);

  /* The same relation, seen from where it starts. */
  assert_row (dataset, docomo, "docomo-shuns", LIAISON_DIRECTION_OUTGOING,
              "reportedly plans not to use → Huawei Technologies", NULL);
}

static void
test_headers (void)
{
  g_autoptr(LiaisonDataset) dataset = liaison_test_load_text (dataset_json);
  g_autoptr(LiaisonRelationRows) rows = rows_of (dataset, "huawei");
  GListModel *model = G_LIST_MODEL (rows);
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LiaisonRelationRow) row = g_list_model_get_item (model, i);

      if (liaison_relation_row_get_kind (row) == LIAISON_RELATION_ROW_HEADER)
        {
          g_assert_null (liaison_relation_row_get_date (row));
          g_ptr_array_add (headers, g_strdup_printf ("%s: %u", liaison_relation_row_get_title (row),
                                                     liaison_relation_row_get_count (row)));
        }
    }
  g_ptr_array_add (headers, NULL);

  /* Outgoing, incoming, undirected; by type within each. */
  g_assert_cmpstrv ((char **) headers->pdata,
                    ((const char * const[]) { "bans and restrictions, outgoing: 1",
                                              "other relations, outgoing: 1",
                                              "bans and restrictions, incoming: 1",
                                              "roles and positions, incoming: 1",
                                              "other relations: 1",
                                              NULL }));
  g_assert_cmpuint (liaison_relation_rows_get_n_relations (rows), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/relation-rows/incoming-reads-from-the-other-entity", test_incoming_reads_from_the_other_entity);
  g_test_add_func ("/relation-rows/outgoing-reads-to-the-other-entity", test_outgoing_reads_to_the_other_entity);
  g_test_add_func ("/relation-rows/headers", test_headers);

  return g_test_run ();
}

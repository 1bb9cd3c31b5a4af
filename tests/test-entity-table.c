/* test-entity-table.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "liaison-entity-table.h"
#include "liaison-test-util.h"
#include "ui-test-common.h"

/* A star around Zeta with a chord, and a separate pair: two pieces. The
 * labels sort differently by bytes ("Élan" last) and as words are
 * collated.
 */
static const char dataset_json[] =
  "{\"entity_types\": [{\"id\": \"org\", \"label\": \"Organisation\"}, {\"id\": \"person\", \"label\": \"Person\"}],"
  " \"entities\": ["
  "  {\"id\": \"zeta\", \"label\": \"Zeta\", \"type\": \"org\", \"attributes\": {\"founded\": 1990}},"
  "  {\"id\": \"alpha\", \"label\": \"alpha\", \"type\": \"person\"},"
  "  {\"id\": \"elan\", \"label\": \"\xc3\x89lan\", \"type\": \"person\"},"
  "  {\"id\": \"beta\", \"label\": \"beta\", \"type\": \"person\"},"
  "  {\"id\": \"zulu\", \"label\": \"zulu\", \"type\": \"person\"},"
  "  {\"id\": \"island1\", \"label\": \"island1\", \"type\": \"org\"},"
  "  {\"id\": \"island2\", \"label\": \"island2\", \"type\": \"org\", \"attributes\": {\"founded\": \"=1+1\"}}],"
  " \"relations\": ["
  "  {\"from\": \"zeta\", \"to\": \"alpha\"}, {\"from\": \"zeta\", \"to\": \"elan\"},"
  "  {\"from\": \"zeta\", \"to\": \"beta\"}, {\"from\": \"zeta\", \"to\": \"zulu\"},"
  "  {\"from\": \"alpha\", \"to\": \"beta\"}, {\"from\": \"island1\", \"to\": \"island2\"}]}";

static LiaisonWindow *window;
static LiaisonEntityTable *table;
static LiaisonAnalysis *analysis;

static gboolean
measured (gpointer data)
{
  LiaisonMetrics *metrics = liaison_analysis_get_metrics (analysis);

  return metrics != NULL && !liaison_analysis_get_computing (analysis) &&
         liaison_metrics_get_dataset (metrics) == liaison_window_get_dataset (window);
}

/* Sorted, and shown: the list shows no rows while they are sorted. */
static gboolean
sorted (gpointer data)
{
  return gtk_sort_list_model_get_pending (GTK_SORT_LIST_MODEL (liaison_entity_table_get_rows (table))) == 0 &&
         gtk_column_view_get_model (liaison_entity_table_get_column_view (table)) != NULL;
}

static guint expected_rows;

static gboolean
has_expected_rows (gpointer data)
{
  return g_list_model_get_n_items (liaison_entity_table_get_rows (table)) == expected_rows && sorted (NULL);
}

static void
wait_for_rows (guint n)
{
  expected_rows = n;
  ui_test_wait_until (has_expected_rows, NULL);
}

static const char *
row_id (guint position)
{
  g_autoptr(LiaisonEntity) entity = g_list_model_get_item (liaison_entity_table_get_rows (table), position);

  g_assert_nonnull (entity);
  return liaison_entity_get_id (entity);
}

static guint
index_of (const char *id)
{
  return liaison_entity_get_index (liaison_dataset_lookup_entity (liaison_window_get_dataset (window), id));
}

static GtkColumnViewColumn *
column_titled (const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (liaison_entity_table_get_column_view (table));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

static void
sort_by (const char  *title,
         GtkSortType  order)
{
  gtk_column_view_sort_by_column (liaison_entity_table_get_column_view (table), column_titled (title), order);
  ui_test_wait_until (sorted, NULL);
}

/* The most connected first, as it opens; then by any column. */
static void
test_sorting (void)
{
  GListModel *rows = liaison_entity_table_get_rows (table);
  guint n = g_list_model_get_n_items (rows);

  gboolean collated;

  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpstr (row_id (0), ==, "zeta");

  /* The tests run in C.UTF-8, which collates by code point: a language
   * that collates words, where there is one.
   */
  collated = setlocale (LC_COLLATE, "en_US.UTF-8") != NULL;
  g_test_message ("collated by words: %s", collated ? "yes" : "no");
  sort_by ("Label", GTK_SORT_ASCENDING);
  /* As words sort, not as bytes: the byte order puts "Élan" last. */
  if (collated)
    {
      g_assert_cmpstr (row_id (n - 1), !=, "elan");
      g_assert_cmpstr (row_id (0), ==, "alpha");
    }
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(LiaisonEntity) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(LiaisonEntity) b = g_list_model_get_item (rows, i);

      g_assert_cmpint (g_utf8_collate (liaison_entity_get_label (a), liaison_entity_get_label (b)), <=, 0);
    }

  sort_by ("Betweenness", GTK_SORT_DESCENDING);
  g_assert_cmpstr (row_id (0), ==, "zeta");
  sort_by ("Betweenness", GTK_SORT_ASCENDING);
  g_assert_cmpstr (row_id (n - 1), ==, "zeta");

  /* Degrees as numbers: 4 above 2 above 1 (as text, "4" would not sort
   * above "10", and here every one would tie with its neighbours).
   */
  sort_by ("Degree", GTK_SORT_DESCENDING);
  g_assert_cmpstr (row_id (0), ==, "zeta");
  g_assert_true (g_str_equal (row_id (1), "alpha") || g_str_equal (row_id (1), "beta"));
  g_assert_true (g_str_equal (row_id (2), "alpha") || g_str_equal (row_id (2), "beta"));
}

/* What is typed narrows the rows to matching labels; clearing it brings
 * them back.
 */
static void
test_filtering (void)
{
  liaison_entity_table_set_filter_text (table, "ISLAND");
  wait_for_rows (2);
  g_assert_true (g_str_has_prefix (row_id (0), "island"));
  g_assert_true (g_str_has_prefix (row_id (1), "island"));

  liaison_entity_table_set_filter_text (table, "nothing like it");
  wait_for_rows (0);

  liaison_entity_table_set_filter_text (table, "");
  wait_for_rows (7);
}

static gboolean
selected_in_table (gpointer data)
{
  GtkSelectionModel *model = gtk_column_view_get_model (liaison_entity_table_get_column_view (table));
  guint position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));

  return position != GTK_INVALID_LIST_POSITION && g_str_equal (row_id (position), data);
}

/* A row picked in the table is the graph's selection, and an entity
 * picked elsewhere is the table's.
 */
static void
test_selection (void)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);
  GtkSelectionModel *model = gtk_column_view_get_model (liaison_entity_table_get_column_view (table));
  LiaisonElementKind kind;
  guint index;

  sort_by ("Label", GTK_SORT_ASCENDING);
  gtk_selection_model_select_item (model, 2, TRUE);
  g_assert_true (liaison_view_state_get_selection (state, &kind, &index));
  g_assert_cmpint (kind, ==, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpuint (index, ==, index_of (row_id (2)));

  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY, index_of ("zulu"));
  ui_test_wait_until (selected_in_table, (gpointer) "zulu");

  /* A relation has no row. */
  liaison_view_state_select (state, LIAISON_ELEMENT_RELATION, 0);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, GTK_INVALID_LIST_POSITION);
  liaison_view_state_clear_selection (state);
}

/* The export is the rows shown, in their order, in the columns shown;
 * an attribute added as a column comes along, its formula defused.
 */
static void
test_csv (void)
{
  LiaisonMetrics *metrics = liaison_analysis_get_metrics (analysis);
  g_autoptr(GString) expected = g_string_new ("Label,Type,Degree,Betweenness,PageRank,Community,founded\n");
  g_autoptr(GBytes) csv = NULL;
  const char *ids[] = { "island1", "island2" };

  liaison_entity_table_add_attribute_column (table, "founded");
  liaison_entity_table_set_filter_text (table, "island");
  sort_by ("Label", GTK_SORT_DESCENDING);
  wait_for_rows (2);

  for (guint k = 0; k < 2; k++)
    {
      guint i = index_of (ids[1 - k]);
      char pagerank[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (expected, "%s,Organisation,1,0,%s,%d,%s\n", ids[1 - k],
                              g_ascii_formatd (pagerank, sizeof pagerank, "%.10g",
                                               liaison_metrics_get_pagerank (metrics, i)),
                              liaison_metrics_get_community (metrics, i) + 1,
                              k == 0 ? "\"'=1+1\"" : "");
    }

  csv = liaison_entity_table_to_csv (table);
  g_assert_cmpstr (g_bytes_get_data (csv, NULL), ==, expected->str);

  liaison_entity_table_set_filter_text (table, "");
  wait_for_rows (7);
}

static gboolean
visible_count_is (gpointer data)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);
  guint n = 0;

  for (guint i = 0; i < 7; i++)
    n += liaison_view_state_is_entity_visible (state, i);
  return n == GPOINTER_TO_UINT (data);
}

/* The table says the graph is in two pieces, and shows one alone; the
 * numbers stay those of the whole view.
 */
static void
test_pieces (void)
{
  LiaisonMetrics *metrics = liaison_analysis_get_metrics (analysis);

  g_assert_cmpuint (liaison_metrics_get_n_components (metrics), ==, 2);

  liaison_analysis_set_piece (analysis, 1);
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (2));
  g_assert_false (liaison_view_state_is_entity_visible (liaison_window_get_view_state (window), index_of ("zeta")));
  g_assert_true (liaison_view_state_is_entity_visible (liaison_window_get_view_state (window), index_of ("island1")));
  wait_for_rows (2);
  ui_test_wait_until (measured, NULL);
  g_assert_true (liaison_analysis_get_metrics (analysis) == metrics);

  liaison_analysis_set_piece (analysis, -1);
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (7));
  wait_for_rows (7);
}

static gboolean
everything_measured (gpointer data)
{
  return measured (NULL) &&
         liaison_metrics_get_n_entities (liaison_analysis_get_metrics (analysis)) == 7;
}

static gboolean
measured_anew (gpointer data)
{
  return measured (NULL) && liaison_analysis_get_metrics (analysis) != data;
}

/* A filter that changes what is measured numbers the pieces anew: the
 * one shown alone is let go rather than taken for another.
 */
static void
test_piece_after_filter (void)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonMetrics *metrics = liaison_analysis_get_metrics (analysis);

  liaison_analysis_set_piece (analysis, 1);
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (2));

  liaison_view_state_set_entity_type_visible (state, "org", FALSE);
  ui_test_wait_until (measured_anew, metrics);
  g_assert_cmpint (liaison_analysis_get_piece (analysis), ==, -1);
  /* The four people, in two pieces of their own. */
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (4));

  liaison_view_state_set_entity_type_visible (state, "org", TRUE);
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (7));
  ui_test_wait_until (everything_measured, NULL);
  wait_for_rows (7);
}

/* Switching a community off hides its entities, without measuring again;
 * switching it on brings them back.
 */
static void
test_communities (void)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonMetrics *metrics = liaison_analysis_get_metrics (analysis);
  guint slot = MIN ((guint) liaison_metrics_get_community (metrics, index_of ("island1")), LIAISON_OTHER_COMMUNITY);

  g_assert_cmpint (liaison_metrics_get_community (metrics, index_of ("island1")), ==,
                   liaison_metrics_get_community (metrics, index_of ("island2")));
  g_assert_cmpint (liaison_metrics_get_community (metrics, index_of ("island1")), !=,
                   liaison_metrics_get_community (metrics, index_of ("zeta")));

  liaison_analysis_set_community_visible (analysis, slot, FALSE);
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (5));
  g_assert_false (liaison_view_state_is_entity_visible (state, index_of ("island2")));
  wait_for_rows (5);
  ui_test_wait_until (measured, NULL);
  g_assert_true (liaison_analysis_get_metrics (analysis) == metrics);

  liaison_analysis_set_community_visible (analysis, slot, TRUE);
  ui_test_wait_until (visible_count_is, GUINT_TO_POINTER (7));
  wait_for_rows (7);
}

/* Sizes and colours reach the view state, which the layout reads. */
static void
test_encoding (void)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);
  LiaisonEntityEncoding *encoding;

  liaison_analysis_set_size_by (analysis, LIAISON_SIZE_BY_DEGREE);
  liaison_analysis_set_color_by (analysis, LIAISON_COLOR_BY_COMMUNITY);
  encoding = liaison_view_state_get_encoding (state);
  g_assert_nonnull (encoding);
  g_assert_cmpint (liaison_entity_encoding_get_size_by (encoding), ==, LIAISON_SIZE_BY_DEGREE);
  g_assert_cmpfloat (liaison_entity_encoding_get_scale (encoding, index_of ("zeta")), ==, LIAISON_MAX_ENTITY_SCALE);
  g_assert_cmpint (liaison_entity_encoding_get_community_slot (encoding, index_of ("zeta")), ==,
                   liaison_metrics_get_community (liaison_analysis_get_metrics (analysis), index_of ("zeta")));
  ui_test_wait_for_load (window);

  liaison_analysis_set_size_by (analysis, LIAISON_SIZE_BY_NONE);
  liaison_analysis_set_color_by (analysis, LIAISON_COLOR_BY_TYPE);
  g_assert_null (liaison_entity_encoding_get_metrics (liaison_view_state_get_encoding (state)));
  ui_test_wait_for_load (window);
}

static gboolean
degree_of_zeta_is (gpointer data)
{
  LiaisonMetrics *metrics = liaison_analysis_get_metrics (analysis);

  return measured (NULL) && liaison_metrics_get_degree (metrics, index_of ("zeta")) == GPOINTER_TO_UINT (data);
}

/* Hiding a type measures again what is left, unless the whole dataset
 * is asked for.
 */
static void
test_recompute (void)
{
  LiaisonViewState *state = liaison_window_get_view_state (window);

  liaison_view_state_set_entity_type_visible (state, "person", FALSE);
  ui_test_wait_until (degree_of_zeta_is, GUINT_TO_POINTER (0));
  wait_for_rows (3);

  liaison_analysis_set_whole_dataset (analysis, TRUE);
  ui_test_wait_until (degree_of_zeta_is, GUINT_TO_POINTER (4));
  wait_for_rows (7);

  liaison_analysis_set_whole_dataset (analysis, FALSE);
  liaison_view_state_set_entity_type_visible (state, "person", TRUE);
  ui_test_wait_until (degree_of_zeta_is, GUINT_TO_POINTER (4));
  wait_for_rows (7);
}

/* Closing the window lets go of the analysis, and with it the dataset,
 * however many times it was asked to measure.
 */
static void
test_closing_frees_analysis (void)
{
  gpointer weak = analysis;

  g_object_add_weak_pointer (G_OBJECT (analysis), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  window = NULL;
  table = NULL;
  analysis = NULL;
  ui_test_wait_until (ui_test_is_null, &weak);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = ui_test_init (&argc, &argv);
  g_autofree char *path = liaison_test_temporary_path ("table.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  int status;

  g_file_set_contents (path, dataset_json, -1, &error);
  g_assert_no_error (error);

  window = ui_test_open_window_on (file);
  table = LIAISON_ENTITY_TABLE (ui_test_find_widget (GTK_WIDGET (window), LIAISON_TYPE_ENTITY_TABLE));
  analysis = liaison_entity_table_get_analysis (table);
  gtk_widget_set_visible (GTK_WIDGET (table), TRUE);
  ui_test_wait_until (measured, NULL);
  wait_for_rows (7);

  g_test_add_func ("/entity-table/sorting", test_sorting);
  g_test_add_func ("/entity-table/filtering", test_filtering);
  g_test_add_func ("/entity-table/selection", test_selection);
  g_test_add_func ("/entity-table/csv", test_csv);
  g_test_add_func ("/entity-table/pieces", test_pieces);
  g_test_add_func ("/entity-table/piece-after-filter", test_piece_after_filter);
  g_test_add_func ("/entity-table/communities", test_communities);
  g_test_add_func ("/entity-table/encoding", test_encoding);
  g_test_add_func ("/entity-table/recompute", test_recompute);
  g_test_add_func ("/entity-table/closing-frees-analysis", test_closing_frees_analysis);

  status = g_test_run ();

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_remove_temporary (path);
  return status;
}

/* test-details-pane.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-dataset-loader.h"
#include "liaison-details-pane.h"
#include "liaison-relation-rows.h"
#include "ui-test-common.h"

typedef struct
{
  GtkWidget  *root;
  const char *text;
  const char *css_class;  /* or NULL */
} LabelQuery;

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text,
            const char *css_class)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Shown and given its place, not merely made. */
static gboolean
label_allocated (gpointer data)
{
  const LabelQuery *query = data;
  GtkWidget *label = find_label (query->root, query->text, query->css_class);

  return label != NULL && gtk_widget_get_mapped (label) && gtk_widget_get_width (label) > 0;
}

static GtkWidget *
wait_for_label (GtkWidget  *root,
                const char *text,
                const char *css_class)
{
  LabelQuery query = { root, text, css_class };

  ui_test_wait_until (label_allocated, &query);
  return find_label (root, text, css_class);
}

static guint
row_position (GListModel *rows,
              gboolean  (*matches) (LiaisonRelationRow *row,
                                    gconstpointer       data),
              gconstpointer data)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      if (LIAISON_IS_RELATION_ROW (item) && matches (LIAISON_RELATION_ROW (item), data))
        return i;
    }

  g_assert_not_reached ();
}

static gboolean
is_header (LiaisonRelationRow *row,
           gconstpointer       title)
{
  return liaison_relation_row_get_kind (row) == LIAISON_RELATION_ROW_HEADER &&
         g_str_equal (liaison_relation_row_get_title (row), title);
}

static gboolean
is_relation (LiaisonRelationRow *row,
             gconstpointer       relation)
{
  return liaison_relation_row_get_kind (row) == LIAISON_RELATION_ROW_RELATION &&
         liaison_relation_row_get_relation (row) == GPOINTER_TO_UINT (relation);
}

static void
scroll_to (LiaisonDetailsPane *pane,
           guint               position)
{
  GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (pane), LIAISON_TYPE_DETAILS_PANE, "entity_view"));

  g_assert_true (gtk_widget_activate_action (view, "list.scroll-to-item", "u", position));
}

static gboolean
idle_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* Until what was queued has been measured and allocated. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (200, idle_cb, &done);
  ui_test_wait_until (flag_set, &done);
}

/* A count is one number: on one line, at its full width. */
static void
assert_on_one_line (GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  int natural_width, one_line, needed;

  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural_width, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, natural_width, NULL, &one_line, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label), &needed, NULL, NULL, NULL);

  g_assert_cmpint (gtk_widget_get_width (label), >=, natural_width);
  g_assert_cmpint (needed, ==, one_line);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
}

static void
test_count_on_one_line_in_narrowest_sidebar (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  GtkPaned *paned = GTK_PANED (gtk_widget_get_ancestor (GTK_WIDGET (pane), GTK_TYPE_PANED));
  LiaisonEntity *huawei = liaison_dataset_lookup_entity (dataset, "huawei");
  GtkWidget *count, *title;

  /* The sidebar dragged as narrow as it goes. */
  gtk_paned_set_position (paned, 0);
  liaison_view_state_select (liaison_window_get_view_state (window), LIAISON_ELEMENT_ENTITY,
                             liaison_entity_get_index (huawei));
  wait_for_label (GTK_WIDGET (pane), "Huawei Technologies", "title-2");

  /* Eleven bans and restrictions arrive at Huawei: "11", not "1" over "1". */
  scroll_to (pane, row_position (liaison_details_pane_get_rows (pane), is_header, "bans and restrictions, incoming"));
  count = wait_for_label (GTK_WIDGET (pane), "11", "relation-count");
  settle ();
  g_assert_cmpint (gtk_widget_get_width (gtk_paned_get_start_child (paned)), <=, 280);
  assert_on_one_line (count);

  /* The group's title wraps beside it instead. */
  title = wait_for_label (GTK_WIDGET (pane), "bans and restrictions, incoming", NULL);
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (title))), >, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A hundred thousand relations of one type, all arriving at one entity. */
static LiaisonDataset *
make_busy_dataset (guint n_relations)
{
  GString *json = g_string_new ("{\"relation_types\": [{\"id\": \"mention\", \"label\": "
                                "\"mentioned in the press together with\"}],"
                                " \"entities\": [{\"id\": \"hub\", \"label\": \"Hub\"}, {\"id\": \"spoke\", \"label\": \"Spoke\"}],"
                                " \"relations\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonDataset *dataset;

  for (guint i = 0; i < n_relations; i++)
    g_string_append_printf (json, "%s{\"from\": \"spoke\", \"to\": \"hub\", \"type\": \"mention\"}", i > 0 ? "," : "");
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (json);
  dataset = liaison_dataset_load_bytes (bytes, "busy.json", NULL, NULL, &error);
  g_assert_no_error (error);

  return dataset;
}

static void
test_large_count_on_one_line (void)
{
  g_autoptr(LiaisonDataset) dataset = make_busy_dataset (100000);
  g_autoptr(LiaisonViewState) state = liaison_view_state_new (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *pane = liaison_details_pane_new ();
  GtkWidget *count;

  /* The pane alone, in a window as narrow as it will go. */
  liaison_details_pane_set_state (LIAISON_DETAILS_PANE (pane), state);
  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_window_set_default_size (GTK_WINDOW (window), 1, 600);
  gtk_window_present (GTK_WINDOW (window));
  liaison_view_state_select (state, LIAISON_ELEMENT_ENTITY,
                             liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "hub")));

  count = wait_for_label (pane, "100000", "relation-count");
  settle ();
  g_assert_cmpint (gtk_widget_get_width (window), <, 300);
  assert_on_one_line (count);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_incoming_rows_read_the_right_way (void)
{
  LiaisonWindow *window = ui_test_open_window ();
  LiaisonDataset *dataset = liaison_window_get_dataset (window);
  LiaisonDetailsPane *pane = LIAISON_DETAILS_PANE (liaison_window_get_details_pane (window));
  GListModel *rows = liaison_details_pane_get_rows (pane);
  const LiaisonRelation *shuns = liaison_dataset_lookup_relation (dataset, "ntt-docomo-plans-exclude-huawei");
  const LiaisonRelation *founded = liaison_dataset_lookup_relation (dataset, "ren-founded-huawei");
  const LiaisonRelation *purchases = liaison_dataset_lookup_relation (dataset, "huawei-plans-more-purchases-2019");
  GtkWidget *label, *date;

  liaison_view_state_select (liaison_window_get_view_state (window), LIAISON_ELEMENT_ENTITY,
                             liaison_entity_get_index (liaison_dataset_lookup_entity (dataset, "huawei")));
  wait_for_label (GTK_WIDGET (pane), "Huawei Technologies", "title-2");

  /* Docomo is the one that will not use Huawei, and the row says so. */
  scroll_to (pane, row_position (rows, is_relation, GUINT_TO_POINTER (shuns->index)));
  label = wait_for_label (GTK_WIDGET (pane), "NTT Docomo → reportedly plans not to use", "relation-title");
  /* Undated: nothing under it. */
  g_assert_null (gtk_widget_get_next_sibling (label));

  /* Ren Zhengfei founded Huawei, in 1987: the date under the row. */
  scroll_to (pane, row_position (rows, is_relation, GUINT_TO_POINTER (founded->index)));
  label = wait_for_label (GTK_WIDGET (pane), "Ren Zhengfei → founded", "relation-title");
  date = gtk_widget_get_next_sibling (label);
  g_assert_true (GTK_IS_LABEL (date));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (date)), ==, "1987");
  g_assert_true (gtk_widget_get_visible (date));

  /* Outgoing: what Huawei does, then to whom. */
  scroll_to (pane, row_position (rows, is_relation, GUINT_TO_POINTER (purchases->index)));
  label = wait_for_label (GTK_WIDGET (pane), "plans to increase purchases from → Japanese suppliers", "relation-title");
  date = gtk_widget_get_next_sibling (label);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (date)), ==, "2019");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Held until the tests end. */
  g_autoptr(LiaisonApplication) app G_GNUC_UNUSED = ui_test_init (&argc, &argv);

  g_test_add_func ("/details-pane/count-on-one-line-in-narrowest-sidebar", test_count_on_one_line_in_narrowest_sidebar);
  g_test_add_func ("/details-pane/large-count-on-one-line", test_large_count_on_one_line);
  g_test_add_func ("/details-pane/incoming-rows-read-the-right-way", test_incoming_rows_read_the_right_way);

  return g_test_run ();
}

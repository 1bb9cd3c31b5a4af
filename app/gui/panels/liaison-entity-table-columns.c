/* liaison-entity-table-columns.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The entity table's columns: what each shows, how it sorts, the
 * optional ones, and the table as CSV.
 */

#define G_LOG_DOMAIN "liaison-entity-table"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-entity-table-private.h"

LiaisonMetrics *
liaison_entity_table_get_metrics (LiaisonEntityTable *self)
{
  LiaisonMetrics *metrics = self->analysis != NULL ? liaison_analysis_get_metrics (self->analysis) : NULL;

  /* Metrics of the previous dataset mean nothing in this one. */
  if (metrics != NULL && liaison_metrics_get_dataset (metrics) != self->dataset)
    return NULL;
  return metrics;
}

void
liaison_entity_table_column_free (gpointer data)
{
  Column *column = data;

  g_strfreev (column->collate);
  g_strfreev (column->text);
  g_free (column->key);
  g_free (column);
}

/* What a text column shows for @entity; NULL for a number. */
static const char *
column_text (Column        *column,
             LiaisonEntity *entity)
{
  switch (column->kind)
    {
    case COLUMN_LABEL:
      return liaison_entity_get_label (entity);
    case COLUMN_ID:
      return liaison_entity_get_id (entity);
    case COLUMN_TYPE:
      {
        const char *type = liaison_entity_get_type_label (entity);

        return type != NULL ? type : "";
      }
    case COLUMN_ATTRIBUTE:
      if (column->text == NULL)
        {
          LiaisonDataset *dataset = column->table->dataset;
          guint n = liaison_dataset_get_n_entities (dataset);

          column->text = g_new0 (char *, n + 1);
          for (guint i = 0; i < n; i++)
            {
              guint n_attributes;
              const LiaisonAttribute *attributes =
                liaison_entity_get_attributes (liaison_dataset_get_entity (dataset, i), &n_attributes);

              for (guint a = 0; a < n_attributes; a++)
                if (g_str_equal (attributes[a].key, column->key))
                  {
                    column->text[i] = liaison_attribute_dup_display (&attributes[a]);
                    break;
                  }
              if (column->text[i] == NULL)
                column->text[i] = g_strdup ("");
            }
        }
      return column->text[liaison_entity_get_index (entity)];
    case COLUMN_DEGREE:
    case COLUMN_BETWEENNESS:
    case COLUMN_CLOSENESS:
    case COLUMN_PAGERANK:
    case COLUMN_COMMUNITY:
    case COLUMN_PIECE:
    default:
      return NULL;
    }
}

/* A number column's value for @entity: NAN when it was not measured. */
static double
column_value (Column        *column,
              LiaisonEntity *entity)
{
  LiaisonMetrics *metrics = liaison_entity_table_get_metrics (column->table);
  guint index = liaison_entity_get_index (entity);

  if (metrics == NULL || !liaison_metrics_contains (metrics, index))
    return NAN;

  switch (column->kind)
    {
    case COLUMN_DEGREE:
      return liaison_metrics_get_degree (metrics, index);
    case COLUMN_BETWEENNESS:
      return liaison_metrics_get_betweenness (metrics, index);
    case COLUMN_CLOSENESS:
      return liaison_metrics_get_closeness (metrics, index);
    case COLUMN_PAGERANK:
      return liaison_metrics_get_pagerank (metrics, index);
    case COLUMN_COMMUNITY:
      return liaison_metrics_get_community (metrics, index);
    case COLUMN_PIECE:
      return liaison_metrics_get_component (metrics, index);
    case COLUMN_LABEL:
    case COLUMN_ID:
    case COLUMN_TYPE:
    case COLUMN_ATTRIBUTE:
    default:
      return NAN;
    }
}

/* How a number reads in the table; communities and pieces count from 1,
 * as the legend does.
 */
static char *
format_value (Column *column,
              double  value,
              gboolean exact)
{
  if (isnan (value))
    return g_strdup ("");

  switch (column->kind)
    {
    case COLUMN_DEGREE:
      return g_strdup_printf ("%.0f", value);
    case COLUMN_COMMUNITY:
    case COLUMN_PIECE:
      return g_strdup_printf ("%.0f", value + 1);
    case COLUMN_BETWEENNESS:
    case COLUMN_CLOSENESS:
    case COLUMN_PAGERANK:
    case COLUMN_LABEL:
    case COLUMN_ID:
    case COLUMN_TYPE:
    case COLUMN_ATTRIBUTE:
    default:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        /* The screen rounds; a file keeps every digit that matters. */
        if (exact)
          return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
        return g_strdup_printf ("%.4f", value);
      }
    }
}

static int
compare_text_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  Column *column = user_data;
  guint i = liaison_entity_get_index ((LiaisonEntity *) a);
  guint j = liaison_entity_get_index ((LiaisonEntity *) b);
  int result;

  /* GTK 4.8's string sorter compares bytes, which puts "Zeta" before
   * "alpha" and "Élan" after both: a collation key for each entity, made
   * once for the dataset, sorts as the user's language does.
   */
  if (column->collate == NULL)
    {
      guint n = liaison_dataset_get_n_entities (column->table->dataset);

      column->collate = g_new0 (char *, n + 1);
      for (guint k = 0; k < n; k++)
        column->collate[k] = g_utf8_collate_key (column_text (column, liaison_dataset_get_entity (column->table->dataset, k)), -1);
    }

  result = strcmp (column->collate[i], column->collate[j]);
  if (result == 0)
    result = (i > j) - (i < j);
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_number_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  Column *column = user_data;
  double x = column_value (column, (LiaisonEntity *) a);
  double y = column_value (column, (LiaisonEntity *) b);
  guint i = liaison_entity_get_index ((LiaisonEntity *) a);
  guint j = liaison_entity_get_index ((LiaisonEntity *) b);

  /* Not measured sorts below everything measured. */
  if (isnan (x))
    x = -INFINITY;
  if (isnan (y))
    y = -INFINITY;
  if (x != y)
    return x < y ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return i < j ? GTK_ORDERING_SMALLER : i > j ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
is_number (ColumnKind kind)
{
  return kind != COLUMN_LABEL && kind != COLUMN_ID && kind != COLUMN_TYPE && kind != COLUMN_ATTRIBUTE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (is_number (column->kind))
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), column->kind == COLUMN_LABEL ? 18 : 8);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  LiaisonEntity *entity = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  if (is_number (column->kind))
    {
      g_autofree char *text = format_value (column, column_value (column, entity), FALSE);

      gtk_label_set_label (label, text);
    }
  else
    {
      const char *text = column_text (column, entity);

      gtk_label_set_label (label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), column->kind == COLUMN_LABEL ? text : NULL);
    }
}

Column *
liaison_entity_table_add_column (LiaisonEntityTable *self,
                                 ColumnKind          kind,
                                 const char         *title,
                                 const char         *key,
                                 gboolean            visible)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;

  column->table = self;
  column->kind = kind;
  column->key = g_strdup (key);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), column);

  column->column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (is_number (kind) ? compare_number_cb : compare_text_cb, column, NULL));
  gtk_column_view_column_set_sorter (column->column, sorter);
  gtk_column_view_column_set_resizable (column->column, TRUE);
  gtk_column_view_column_set_visible (column->column, visible);
  if (kind == COLUMN_LABEL)
    gtk_column_view_column_set_expand (column->column, TRUE);
  gtk_column_view_append_column (self->column_view, column->column);
  g_object_unref (column->column);

  g_ptr_array_add (self->columns, column);
  return column;
}

void
liaison_entity_table_notify_sorters (LiaisonEntityTable *self,
                                     gboolean            numbers_only)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column->column);

      if (!numbers_only || is_number (column->kind))
        gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
}

static void
attribute_toggled_cb (GtkCheckButton *button,
                      Column         *column)
{
  gtk_column_view_column_set_visible (column->column, gtk_check_button_get_active (button));
}

static void
add_column_toggle (LiaisonEntityTable *self,
                   Column             *column,
                   const char         *title)
{
  GtkWidget *button = gtk_check_button_new_with_label (title);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), gtk_column_view_column_get_visible (column->column));
  g_signal_connect (button, "toggled", G_CALLBACK (attribute_toggled_cb), column);
  g_object_set_data_full (G_OBJECT (button), "liaison-key", g_strdup (column->key != NULL ? column->key : ""), g_free);
  gtk_box_append (self->columns_box, button);
}

/* The optional columns: the id, closeness, the piece, and one for each
 * attribute key in the dataset, in the order they first appear.
 */
void
liaison_entity_table_rebuild_attribute_columns (LiaisonEntityTable *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);

  for (guint i = self->columns->len; i > 0; i--)
    {
      Column *column = g_ptr_array_index (self->columns, i - 1);

      if (column->kind == COLUMN_ATTRIBUTE)
        {
          gtk_column_view_remove_column (self->column_view, column->column);
          g_ptr_array_remove_index (self->columns, i - 1);
        }
      else if (column->kind == COLUMN_ID || column->kind == COLUMN_CLOSENESS || column->kind == COLUMN_PIECE)
        add_column_toggle (self, column, gtk_column_view_column_get_title (column->column));
    }

  if (self->dataset == NULL)
    return;

  n = liaison_dataset_get_n_entities (self->dataset);
  for (guint i = 0; i < n; i++)
    {
      guint n_attributes;
      const LiaisonAttribute *attributes =
        liaison_entity_get_attributes (liaison_dataset_get_entity (self->dataset, i), &n_attributes);

      for (guint a = 0; a < n_attributes; a++)
        if (g_hash_table_add (seen, (gpointer) attributes[a].key))
          {
            Column *column = liaison_entity_table_add_column (self, COLUMN_ATTRIBUTE, attributes[a].key, attributes[a].key, FALSE);

            add_column_toggle (self, column, attributes[a].key);
          }
    }
}

/* Shows the column of the attribute @key, as its menu item does. */
void
liaison_entity_table_add_attribute_column (LiaisonEntityTable *self,
                                           const char         *key)
{
  g_return_if_fail (LIAISON_IS_ENTITY_TABLE (self));
  g_return_if_fail (key != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "liaison-key"), key) == 0)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), TRUE);
}

/* Returns: (transfer full): the table as it is shown, as CSV: the rows
 * shown in their order, the columns shown in theirs, the titles first.
 * Numbers keep ten significant digits.
 */
GBytes *
liaison_entity_table_to_csv (LiaisonEntityTable *self)
{
  GListModel *columns;
  GListModel *rows;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GString *csv = g_string_new (NULL);
  guint n_rows;

  g_return_val_if_fail (LIAISON_IS_ENTITY_TABLE (self), NULL);

  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_visible (view_column))
        continue;
      for (guint c = 0; c < self->columns->len; c++)
        if (((Column *) g_ptr_array_index (self->columns, c))->column == view_column)
          g_ptr_array_add (shown, g_ptr_array_index (self->columns, c));
    }

  for (guint c = 0; c < shown->len; c++)
    {
      if (c > 0)
        g_string_append_c (csv, ',');
      liaison_csv_append_field (csv, gtk_column_view_column_get_title (((Column *) g_ptr_array_index (shown, c))->column));
    }
  g_string_append_c (csv, '\n');

  rows = G_LIST_MODEL (self->sort_model);
  n_rows = g_list_model_get_n_items (rows);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(LiaisonEntity) entity = g_list_model_get_item (rows, r);

      for (guint c = 0; c < shown->len; c++)
        {
          Column *column = g_ptr_array_index (shown, c);

          if (c > 0)
            g_string_append_c (csv, ',');
          if (is_number (column->kind))
            {
              g_autofree char *text = format_value (column, column_value (column, entity), TRUE);

              g_string_append (csv, text);
            }
          else
            liaison_csv_append_field (csv, column_text (column, entity));
        }
      g_string_append_c (csv, '\n');
    }

  return g_string_free_to_bytes (csv);
}

/* liaison-entity-table-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-entity-table.h"

G_BEGIN_DECLS

typedef enum
{
  COLUMN_LABEL,
  COLUMN_ID,
  COLUMN_TYPE,
  COLUMN_DEGREE,
  COLUMN_BETWEENNESS,
  COLUMN_CLOSENESS,
  COLUMN_PAGERANK,
  COLUMN_COMMUNITY,
  COLUMN_PIECE,
  COLUMN_ATTRIBUTE,
} ColumnKind;

typedef struct
{
  LiaisonEntityTable  *table;      /* unowned: the table owns the column */
  ColumnKind           kind;
  char                *key;        /* the attribute's */
  GtkColumnViewColumn *column;
  char               **collate;    /* a collation key an entity, made when first sorted */
  char               **text;       /* attribute columns: what each entity shows */
} Column;

struct _LiaisonEntityTable
{
  GtkWidget           parent_instance;

  /* children */
  GtkWidget          *box;
  GtkSearchEntry     *filter_entry;
  GtkLabel           *summary_label;
  GtkDropDown        *piece_dropdown;
  GtkSwitch          *whole_switch;
  GtkMenuButton      *columns_button;
  GtkBox             *columns_box;
  GtkRevealer        *progress_revealer;
  GtkProgressBar     *progress_bar;
  GtkColumnView      *column_view;

  /* owned */
  LiaisonAnalysis    *analysis;
  LiaisonDataset     *dataset;
  LiaisonViewState   *state;       /* the analysis's, while connected to it */
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GPtrArray          *columns;     /* Column, freed with their column */
  char               *needle;      /* folded filter text, or NULL */
  LiaisonAnalysis    *analysis_owned;  /* the one made with the table */
  GtkFileChooserNative *chooser;
  guint               progress_timeout;
  gboolean            cancelled;   /* measuring was cancelled, and nothing measured since */
  gboolean            syncing;     /* while the selection follows the view state */
  gboolean            detached;    /* the list shows no rows while they are sorted */
  guint               attach_source;
  gboolean            updating_pieces;
};

/* liaison-entity-table-columns.c */
LiaisonMetrics *liaison_entity_table_get_metrics               (LiaisonEntityTable *self);
void            liaison_entity_table_column_free               (gpointer            data);
Column         *liaison_entity_table_add_column                (LiaisonEntityTable *self,
                                                                ColumnKind          kind,
                                                                const char         *title,
                                                                const char         *key,
                                                                gboolean            visible);
void            liaison_entity_table_notify_sorters            (LiaisonEntityTable *self,
                                                                gboolean            numbers_only);
void            liaison_entity_table_rebuild_attribute_columns (LiaisonEntityTable *self);

G_END_DECLS

/* liaison-entity-table.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-analysis.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ENTITY_TABLE (liaison_entity_table_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEntityTable, liaison_entity_table, LIAISON, ENTITY_TABLE, GtkWidget)

/* Every measured entity in a row: label, type, degree, betweenness,
 * PageRank, community, and the attributes the user adds; sorted by any
 * column, filtered by what is typed, its selection the graph's. It says
 * when the graph is in pieces and can show one alone, and exports what it
 * shows as CSV.
 */

GtkWidget       *liaison_entity_table_new          (void);
LiaisonAnalysis *liaison_entity_table_get_analysis (LiaisonEntityTable *self);
void             liaison_entity_table_set_analysis (LiaisonEntityTable *self,
                                                    LiaisonAnalysis    *analysis);
GListModel      *liaison_entity_table_get_rows     (LiaisonEntityTable *self);
GtkColumnView   *liaison_entity_table_get_column_view (LiaisonEntityTable *self);
void             liaison_entity_table_set_filter_text (LiaisonEntityTable *self,
                                                    const char         *text);
void             liaison_entity_table_add_attribute_column (LiaisonEntityTable *self,
                                                    const char         *key);
GBytes          *liaison_entity_table_to_csv       (LiaisonEntityTable *self)
                                                    G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

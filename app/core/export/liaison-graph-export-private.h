/* liaison-graph-export-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset.h"
#include "liaison-entity.h"
#include "liaison-scene.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* What the GraphML and GEXF writers share: which entities and relations
 * go out, where each entity is, the columns their attributes make, and
 * text made safe for XML.
 */
typedef enum
{
  LIAISON_COLUMN_STRING,
  LIAISON_COLUMN_BOOLEAN,
  LIAISON_COLUMN_INTEGER,
  LIAISON_COLUMN_REAL,
} LiaisonColumnType;

typedef struct
{
  const char        *name;     /* the attribute's key */
  char              *id;       /* the file's own id for it */
  LiaisonColumnType  type;
} LiaisonColumn;

typedef void (*LiaisonColumnValueFunc) (const LiaisonColumn *column,
                                        const char          *text,
                                        gpointer             user_data);

typedef struct
{
  LiaisonDataset   *dataset;
  LiaisonViewState *state;     /* nullable: all of the dataset */
  LiaisonScene     *scene;     /* nullable: no layout, positions from the file */
  GPtrArray        *entity_columns;    /* LiaisonColumn */
  GPtrArray        *relation_columns;
  GHashTable       *entity_column_by_name;
  GHashTable       *relation_column_by_name;
  gboolean          positions;         /* every entity written has one */
  gboolean          any_evidence;
  gboolean          any_aliases;
  gboolean          any_entity_description;
  gboolean          any_relation_description;
  gboolean          any_date;
} LiaisonGraphExport;

void        liaison_graph_export_init         (LiaisonGraphExport   *self,
                                               LiaisonDataset       *dataset,
                                               LiaisonViewState     *state,
                                               LiaisonScene         *scene,
                                               const char * const   *reserved);
void        liaison_graph_export_clear        (LiaisonGraphExport   *self);

gboolean    liaison_graph_export_has_entity   (LiaisonGraphExport   *self,
                                               guint                 index);
gboolean    liaison_graph_export_has_relation (LiaisonGraphExport   *self,
                                               guint                 index);
gboolean    liaison_graph_export_position     (LiaisonGraphExport   *self,
                                               guint                 index,
                                               double               *x,
                                               double               *y);
const LiaisonColumn *
            liaison_graph_export_column       (LiaisonGraphExport   *self,
                                               gboolean              for_relations,
                                               const char           *name);

const char *liaison_column_type_to_xsd        (LiaisonColumnType     type);
/* Calls @func with the column and text of every attribute that goes out. */
void        liaison_graph_export_foreach_attribute (LiaisonGraphExport     *self,
                                                    gboolean                for_relations,
                                                    const LiaisonAttribute *attributes,
                                                    guint                   n_attributes,
                                                    LiaisonColumnValueFunc  func,
                                                    gpointer                user_data);

void        liaison_append_xml_edge_start     (GString              *out,
                                               const char           *indent,
                                               LiaisonDataset       *dataset,
                                               const LiaisonRelation *relation);
void        liaison_append_xml_text           (GString              *out,
                                               const char           *text);
char       *liaison_attribute_dup_text        (const LiaisonAttribute *attribute)
                                               G_GNUC_WARN_UNUSED_RESULT;
/* Beside an element's attributes, as text; NULL when it has none. */
char       *liaison_evidence_dup_text         (const LiaisonEvidence *evidence,
                                               guint                 n_evidence)
                                               G_GNUC_WARN_UNUSED_RESULT;
char       *liaison_entity_dup_evidence_text  (LiaisonEntity        *entity)
                                               G_GNUC_WARN_UNUSED_RESULT;
char       *liaison_entity_dup_aliases_text   (LiaisonEntity        *entity)
                                               G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

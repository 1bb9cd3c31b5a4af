/* liaison-dataset.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-entity.h"
#include "liaison-types.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DATASET (liaison_dataset_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDataset, liaison_dataset, LIAISON, DATASET, GObject)

#define LIAISON_DATASET_ERROR (liaison_dataset_error_quark ())

typedef enum
{
  LIAISON_DATASET_ERROR_SYNTAX,   /* not well-formed JSON, or not UTF-8 */
  LIAISON_DATASET_ERROR_LIMIT,    /* larger than a configured limit */
  LIAISON_DATASET_ERROR_INVALID,  /* well-formed, but not a valid dataset */
} LiaisonDatasetError;

/* All strings below are owned by the dataset and live as long as it does. */

struct _LiaisonSource
{
  const char *id;
  const char *title;
  const char *publisher;
  const char *author;
  const char *date;
  const char *url;          /* only ever http or https */
  const char *description;
};

struct _LiaisonTypeStyle
{
  const char *id;
  const char *label;        /* never NULL: the id when the dataset gives none */
  const char *color;        /* validated "#RRGGBB[AA]" or colour name, or NULL */
  const char *shape;        /* an allowed Graphviz shape, or NULL */
  const char *line_style;   /* relation types: solid, dashed, dotted or bold, or NULL */
  guint       index;        /* position among its kind, for palette colours */
  guint       count;        /* entities or relations of this type */
  gboolean    declared;     /* FALSE when only used, never declared */
};

struct _LiaisonRelation
{
  const char             *id;
  const char             *type;         /* may be NULL */
  const char             *label;        /* may be NULL */
  const char             *date;         /* ISO 8601, possibly partial, or NULL */
  const char             *description;  /* may be NULL */
  const LiaisonEvidence  *evidence;
  const LiaisonAttribute *attributes;
  guint                   n_evidence;
  guint                   n_attributes;
  guint                   index;
  guint                   from;         /* entity index */
  guint                   to;           /* entity index */
  guint                   directed : 1;
  guint                   generated_id : 1;
};

GQuark                  liaison_dataset_error_quark          (void);

const char             *liaison_dataset_get_title            (LiaisonDataset  *self);
const char             *liaison_dataset_get_description      (LiaisonDataset  *self);
const char * const     *liaison_dataset_get_notes            (LiaisonDataset  *self);
const char * const     *liaison_dataset_get_left_out         (LiaisonDataset  *self);

guint                   liaison_dataset_get_n_entities       (LiaisonDataset  *self);
LiaisonEntity          *liaison_dataset_get_entity           (LiaisonDataset  *self,
                                                              guint            index);
LiaisonEntity          *liaison_dataset_lookup_entity        (LiaisonDataset  *self,
                                                              const char      *id);

gboolean                liaison_dataset_has_positions        (LiaisonDataset  *self);

guint                   liaison_dataset_get_n_relations      (LiaisonDataset  *self);
const LiaisonRelation  *liaison_dataset_get_relation         (LiaisonDataset  *self,
                                                              guint            index);
const LiaisonRelation  *liaison_dataset_lookup_relation      (LiaisonDataset  *self,
                                                              const char      *id);
const guint            *liaison_dataset_get_outgoing         (LiaisonDataset  *self,
                                                              guint            entity_index,
                                                              guint           *n_relations);
const guint            *liaison_dataset_get_incoming         (LiaisonDataset  *self,
                                                              guint            entity_index,
                                                              guint           *n_relations);

guint                   liaison_dataset_get_n_sources        (LiaisonDataset  *self);
const LiaisonSource    *liaison_dataset_get_source           (LiaisonDataset  *self,
                                                              guint            index);
const LiaisonSource    *liaison_dataset_lookup_source        (LiaisonDataset  *self,
                                                              const char      *id);

guint                   liaison_dataset_get_n_entity_types   (LiaisonDataset  *self);
const LiaisonTypeStyle *liaison_dataset_get_entity_type      (LiaisonDataset  *self,
                                                              guint            index);
const LiaisonTypeStyle *liaison_dataset_lookup_entity_type   (LiaisonDataset  *self,
                                                              const char      *id);
guint                   liaison_dataset_get_n_relation_types (LiaisonDataset  *self);
const LiaisonTypeStyle *liaison_dataset_get_relation_type    (LiaisonDataset  *self,
                                                              guint            index);
const LiaisonTypeStyle *liaison_dataset_lookup_relation_type (LiaisonDataset  *self,
                                                              const char      *id);

const char             *liaison_dataset_suggest_entity       (LiaisonDataset  *self,
                                                              const char      *word);

char                   *liaison_dataset_dup_summary          (LiaisonDataset  *self)
                                                              G_GNUC_WARN_UNUSED_RESULT;

gboolean                liaison_date_is_valid                (const char      *date);

G_END_DECLS

/* liaison-dataset-builder-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset-builder.h"
#include "liaison-dataset-private.h"
#include "liaison-dataset-problems.h"
#include "liaison-display-text.h"

G_BEGIN_DECLS

/* Ids of one kind: id (in the store) -> slot + 1, and for each slot where
 * its first use is (a path's index or a line), to name it in a message
 * about a duplicate.
 */
typedef struct
{
  GHashTable *ids;
  GArray     *first_use;   /* guint, by slot */
} IdTable;

struct _LiaisonDatasetBuilder
{
  char                   *display_name;
  LiaisonStringStore     *store;

  LiaisonProblems         problems;

  GCancellable           *cancellable;
  LiaisonProgressFunc     progress;
  gpointer                progress_data;
  guint64                 n_items;
  guint64                 n_done;
  gboolean                cancelled;

  LiaisonDatasetContents  contents;

  IdTable                 source_ids;         /* slot: index in sources */
  IdTable                 entity_type_ids;    /* slot: index in entity_types */
  IdTable                 relation_type_ids;
  IdTable                 entity_ids;         /* slot: the entity's place among those added */
  IdTable                 relation_ids;       /* slot: the relation's place among those added */
  guint                   n_entity_items;
  guint                   n_relation_items;

  gboolean                types_settled;
  gboolean                entity_types_declared;
  gboolean                relation_types_declared;
  gboolean                ids_like_generated; /* a relation id of the form "relation-…" */

  /* Leniently, an item with a problem is left out and the rest is kept:
   * an evidence item, a relation, or an entity with its relations.
   */
  gboolean                lenient;
  GArray                 *entity_index;       /* guint by slot: index in entities, or G_MAXUINT */
  gboolean                left_out_items;
};

const char *liaison_dataset_builder_read_string          (LiaisonDatasetBuilder *self,
                                                         const LiaisonValue    *value,
                                                         const LiaisonLocation *location,
                                                         const char            *member);
const char *liaison_dataset_builder_read_required_string (LiaisonDatasetBuilder *self,
                                                         const LiaisonValue    *value,
                                                         const LiaisonLocation *location,
                                                         const char            *member);
const char *liaison_dataset_builder_read_date            (LiaisonDatasetBuilder *self,
                                                         const LiaisonValue    *value,
                                                         const LiaisonLocation *location);
gboolean    liaison_dataset_builder_register_id          (LiaisonDatasetBuilder *self,
                                                         IdTable               *table,
                                                         const char            *id,
                                                         guint                  slot,
                                                         const LiaisonLocation *location);

/* A member of the item as a string, copied into the store, or NULL. */
static inline const char *
keep_member (LiaisonDatasetBuilder *self,
             const LiaisonValue    *value,
             const LiaisonLocation *location,
             const char            *member)
{
  const char *text = liaison_dataset_builder_read_string (self, value, location, member);

  return liaison_string_store_add (self->store, text);
}

G_END_DECLS

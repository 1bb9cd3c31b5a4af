/* liaison-dataset-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset.h"

G_BEGIN_DECLS

/* Every string of a dataset lives in one chunk that the dataset and its
 * entities share, so an entity that outlives its dataset (in a list view,
 * say) still has valid text, and no string costs a malloc of its own. The
 * lists of entities and relations (aliases, evidence, attributes) live in
 * blocks of the store likewise, and go with it.
 */
typedef struct
{
  GStringChunk *chunk;
  GPtrArray    *blocks;     /* memory for lists, freed with the store */
  char         *free_start; /* what is left of the last block */
  gsize         free_size;
} LiaisonStringStore;

LiaisonStringStore *liaison_string_store_new    (void);
LiaisonStringStore *liaison_string_store_ref    (LiaisonStringStore *store);
void                liaison_string_store_unref  (LiaisonStringStore *store);
const char         *liaison_string_store_add    (LiaisonStringStore *store,
                                                 const char         *text);
const char         *liaison_string_store_intern (LiaisonStringStore *store,
                                                 const char         *text);
gpointer            liaison_string_store_alloc  (LiaisonStringStore *store,
                                                 gsize               size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonStringStore, liaison_string_store_unref)

/* An entity as the dataset keeps it: everything in the store. The
 * LiaisonEntity objects that views and lists hold are made from these
 * when first asked for.
 */
typedef struct
{
  const char        *id;
  const char        *label;
  const char        *type;
  const char        *type_label;
  const char        *description;
  const char       **aliases;     /* NULL-terminated, or NULL */
  LiaisonEvidence   *evidence;
  LiaisonAttribute  *attributes;
  guint              n_evidence;
  guint              n_attributes;
  gboolean           has_position;
  double             x;           /* points, y up */
  double             y;
} LiaisonEntityFields;

LiaisonEntity  *liaison_entity_new             (LiaisonStringStore        *store,
                                                guint                      index,
                                                const LiaisonEntityFields *fields);

/* What a dataset holds, as the builder gathers it and the dataset then
 * keeps it. Strings are in the dataset's store.
 */
typedef struct
{
  const char *title;
  const char *description;
  GArray     *sources;          /* LiaisonSource */
  GArray     *entity_types;     /* LiaisonTypeStyle */
  GArray     *relation_types;   /* LiaisonTypeStyle */
  GArray     *entities;         /* LiaisonEntityFields */
  GArray     *relations;        /* LiaisonRelation */
  GPtrArray  *notes;            /* char *, owned, NULL-terminated */
  GPtrArray  *left_out;         /* char *, owned, NULL-terminated: the problems of
                                 * a file opened leniently, as errors word them */
} LiaisonDatasetContents;

void            liaison_dataset_contents_init  (LiaisonDatasetContents *contents);
void            liaison_dataset_contents_clear (LiaisonDatasetContents *contents);

/* Takes @store and what @contents holds, which it leaves empty.
 * @entity_ids and @relation_ids map ids (in the store) to index + 1,
 * and are taken too; NULL to index them here.
 */
LiaisonDataset *liaison_dataset_new            (LiaisonStringStore     *store,
                                                LiaisonDatasetContents *contents,
                                                GHashTable             *entity_ids,
                                                GHashTable             *relation_ids);

G_END_DECLS

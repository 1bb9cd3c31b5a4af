/* liaison-subset.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-dataset.h"

G_BEGIN_DECLS

/* A part of a dataset: a set of its entities and a set of its relations,
 * by index, as bitsets with their counts. Filters make one (what passes
 * the type and date filters), explorations make one from another (a
 * neighbourhood, the shortest paths), and the view state shows one.
 *
 * Reference counted. Whoever makes a subset may change it until it is
 * shared; from then on it is read only, so that a layout or an analysis
 * on another thread can hold it while the window moves on.
 */
typedef struct _LiaisonSubset LiaisonSubset;

#define LIAISON_TYPE_SUBSET (liaison_subset_get_type ())

GType          liaison_subset_get_type         (void) G_GNUC_CONST;

LiaisonSubset *liaison_subset_new              (guint                n_entities,
                                                guint                n_relations)
                                                G_GNUC_WARN_UNUSED_RESULT;
LiaisonSubset *liaison_subset_new_full         (guint                n_entities,
                                                guint                n_relations)
                                                G_GNUC_WARN_UNUSED_RESULT;
LiaisonSubset *liaison_subset_copy             (const LiaisonSubset *self)
                                                G_GNUC_WARN_UNUSED_RESULT;
LiaisonSubset *liaison_subset_ref              (LiaisonSubset       *self);
void           liaison_subset_unref            (LiaisonSubset       *self);

guint          liaison_subset_get_entity_capacity   (const LiaisonSubset *self);
guint          liaison_subset_get_relation_capacity (const LiaisonSubset *self);
guint          liaison_subset_get_n_entities   (const LiaisonSubset *self);
guint          liaison_subset_get_n_relations  (const LiaisonSubset *self);

gboolean       liaison_subset_has_entity       (const LiaisonSubset *self,
                                                guint                entity);
gboolean       liaison_subset_has_relation     (const LiaisonSubset *self,
                                                guint                relation);
gboolean       liaison_subset_add_entity       (LiaisonSubset       *self,
                                                guint                entity);
gboolean       liaison_subset_remove_entity    (LiaisonSubset       *self,
                                                guint                entity);
gboolean       liaison_subset_add_relation     (LiaisonSubset       *self,
                                                guint                relation);
gboolean       liaison_subset_remove_relation  (LiaisonSubset       *self,
                                                guint                relation);
void           liaison_subset_union            (LiaisonSubset       *self,
                                                const LiaisonSubset *other);
gboolean       liaison_subset_equal            (const LiaisonSubset *a,
                                                const LiaisonSubset *b);

gboolean       liaison_subset_allows_entity    (const LiaisonSubset   *visible,
                                                guint                  entity);
gboolean       liaison_subset_allows_relation  (const LiaisonSubset   *visible,
                                                const LiaisonRelation *relation);

guint          liaison_subset_next_entity      (const LiaisonSubset *self,
                                                guint                from);
guint          liaison_subset_next_relation    (const LiaisonSubset *self,
                                                guint                from);

/* Iterates over the indices in a subset, in ascending order:
 *
 *   for (guint i = liaison_subset_next_entity (subset, 0); i != LIAISON_SUBSET_END;
 *        i = liaison_subset_next_entity (subset, i + 1))
 */
#define LIAISON_SUBSET_END G_MAXUINT

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSubset, liaison_subset_unref)

G_END_DECLS

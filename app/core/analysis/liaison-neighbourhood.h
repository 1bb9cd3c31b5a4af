/* liaison-neighbourhood.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-dataset.h"
#include "liaison-subset.h"

G_BEGIN_DECLS

/* The depths a focus offers: one step and up to three. */
#define LIAISON_MIN_FOCUS_DEPTH 1
#define LIAISON_MAX_FOCUS_DEPTH 3

/* Focus and expand. Every walk follows relations in either direction and
 * stays within @visible, what the type and date filters let through (NULL
 * for the whole dataset): a filtered-out relation is no way through, and a
 * filtered-out entity is never reached. What is shown always holds every
 * visible relation between two entities it shows.
 */
LiaisonSubset *liaison_neighbourhood_new    (LiaisonDataset      *dataset,
                                             const LiaisonSubset *visible,
                                             const guint         *seeds,
                                             guint                n_seeds,
                                             guint                depth)
                                             G_GNUC_WARN_UNUSED_RESULT;
void           liaison_neighbourhood_expand (LiaisonDataset      *dataset,
                                             const LiaisonSubset *visible,
                                             LiaisonSubset       *shown,
                                             const guint         *seeds,
                                             guint                n_seeds,
                                             guint                depth);
void           liaison_neighbourhood_hide   (LiaisonDataset      *dataset,
                                             LiaisonSubset       *shown,
                                             const guint         *entities,
                                             guint                n_entities);
void           liaison_neighbourhood_add_relations (LiaisonDataset      *dataset,
                                             const LiaisonSubset *visible,
                                             LiaisonSubset       *shown,
                                             const guint         *entities,
                                             guint                n_entities);

G_END_DECLS

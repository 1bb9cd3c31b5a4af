/* liaison-source-support.h
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

/* What a source supports: the relations and entities whose evidence cites
 * it, and the two ends of every relation it supports, since a relation
 * cannot be shown without them. A publisher supports what any of its
 * sources supports.
 */

LiaisonSubset *liaison_source_support_for_source     (LiaisonDataset *dataset,
                                                      guint           source_index)
                                                      G_GNUC_WARN_UNUSED_RESULT;
LiaisonSubset *liaison_source_support_for_publisher  (LiaisonDataset *dataset,
                                                      const char     *publisher)
                                                      G_GNUC_WARN_UNUSED_RESULT;
char         **liaison_source_support_dup_publishers (LiaisonDataset *dataset)
                                                      G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

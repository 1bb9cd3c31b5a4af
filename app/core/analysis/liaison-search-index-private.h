/* liaison-search-index-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-search-index.h"

G_BEGIN_DECLS

/* One- and two-character terms are answered from lists of the texts that
 * hold each character and pair; with @scan, they are looked for in every
 * text instead, which is slower and must give the same answer. For the
 * tests only: set it before any query, never while one runs.
 */
void liaison_search_index_set_scan_short_terms (LiaisonSearchIndex *self,
                                                gboolean            scan);

G_END_DECLS

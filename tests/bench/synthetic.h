/* synthetic.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A random dataset for benchmarks: @n_entities entities of five types and
 * twice as many relations between random pairs, the same for the same
 * seed. A tenth of each carry evidence.
 */
GString *synthetic_dataset_json (guint n_entities,
                                 guint seed);

/* The same with @n_relations relations, for graphs of any density. */
GString *synthetic_graph_json   (guint n_entities,
                                 guint n_relations,
                                 guint seed);

/* synthetic_dataset_json() with two neighbourhoods of about 200 entities
 * planted in it: e0 gains @n_spokes relations of its own (its
 * neighbourhood at depth 1), and e1 gains @n_fan neighbours that each gain
 * @n_fan more (at depth 2). Random graphs of this density reach 200
 * entities only three steps out.
 */
GString *synthetic_hubs_json    (guint n_entities,
                                 guint n_spokes,
                                 guint n_fan,
                                 guint seed);

G_END_DECLS

/* liaison-position-memory.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-scene.h"
#include "liaison-view-history.h"

G_BEGIN_DECLS

/* Where each entity of a dataset was last drawn, in Graphviz's points (y
 * grows upwards), and which of them the user pinned: what a layout that
 * keeps the graph's shape starts from.
 */
#define LIAISON_TYPE_POSITION_MEMORY (liaison_position_memory_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonPositionMemory, liaison_position_memory, LIAISON, POSITION_MEMORY, GObject)

LiaisonPositionMemory *liaison_position_memory_new        (guint                   n_entities)
                                                            G_GNUC_WARN_UNUSED_RESULT;
LiaisonPositionMemory *liaison_position_memory_copy       (LiaisonPositionMemory  *self)
                                                            G_GNUC_WARN_UNUSED_RESULT;
guint                  liaison_position_memory_get_n_entities (LiaisonPositionMemory *self);
gboolean               liaison_position_memory_lookup     (LiaisonPositionMemory  *self,
                                                           guint                   entity,
                                                           double                 *x,
                                                           double                 *y);
gboolean               liaison_position_memory_get_size   (LiaisonPositionMemory  *self,
                                                           guint                   entity,
                                                           double                 *width,
                                                           double                 *height);
void                   liaison_position_memory_set        (LiaisonPositionMemory  *self,
                                                           guint                   entity,
                                                           double                  x,
                                                           double                  y);
void                   liaison_position_memory_set_size   (LiaisonPositionMemory  *self,
                                                           guint                   entity,
                                                           double                  width,
                                                           double                  height);
gboolean               liaison_position_memory_is_pinned  (LiaisonPositionMemory  *self,
                                                           guint                   entity);
void                   liaison_position_memory_set_pinned (LiaisonPositionMemory  *self,
                                                           guint                   entity,
                                                           gboolean                pinned);
guint                  liaison_position_memory_get_n_pinned (LiaisonPositionMemory *self);
void                   liaison_position_memory_forget     (LiaisonPositionMemory  *self,
                                                           gboolean                keep_pinned);
void                   liaison_position_memory_record     (LiaisonPositionMemory  *self,
                                                           LiaisonScene           *scene);
void                   liaison_position_memory_set_successor (LiaisonPositionMemory *self,
                                                           LiaisonPositionMemory  *successor);
const char            *liaison_position_memory_get_engine (LiaisonPositionMemory  *self);
void                   liaison_position_memory_set_engine (LiaisonPositionMemory  *self,
                                                           const char             *engine);

/* Changes the user makes, each a step of @history (which may be NULL);
 * they and their undoing emit "changed".
 */
void                   liaison_position_memory_move       (LiaisonPositionMemory  *self,
                                                           LiaisonViewHistory     *history,
                                                           const guint            *entities,
                                                           guint                   n_entities,
                                                           double                  dx,
                                                           double                  dy);
void                   liaison_position_memory_pin        (LiaisonPositionMemory  *self,
                                                           LiaisonViewHistory     *history,
                                                           const guint            *entities,
                                                           guint                   n_entities,
                                                           gboolean                pinned);

gboolean               liaison_parse_graphviz_point       (const char             *pos,
                                                           double                 *x,
                                                           double                 *y);

G_END_DECLS

/* liaison-view-carry.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-position-memory.h"
#include "liaison-view-history.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* When a dataset is read again (its file was saved), what the user was
 * looking at goes over to the new version by ids, since indices change:
 * what no longer exists is dropped, what is new is shown as a new entity
 * or type would be. The user's notes all go over, those on ids that no
 * longer exist included, since they are the user's words.
 */
void liaison_view_state_carry_over       (LiaisonViewState      *from,
                                          LiaisonViewState      *to);
void liaison_view_state_carry_visibility (LiaisonViewState      *from,
                                          LiaisonViewState      *to);
void liaison_view_history_carry_over     (LiaisonViewHistory    *from,
                                          LiaisonViewHistory    *to);
void liaison_position_memory_carry_over  (LiaisonPositionMemory *from,
                                          LiaisonDataset        *from_dataset,
                                          LiaisonPositionMemory *to,
                                          LiaisonDataset        *to_dataset);

G_END_DECLS

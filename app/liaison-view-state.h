/* liaison-view-state.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-dataset.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_VIEW_STATE (liaison_view_state_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonViewState, liaison_view_state, LIAISON, VIEW_STATE, GObject)

/* What of a dataset is shown: which entity and relation types are switched
 * on. Changing it never changes the dataset; the graph is built from the
 * dataset and this, and "visibility-changed" says when to build it again.
 */

LiaisonViewState *liaison_view_state_new                       (LiaisonDataset         *dataset);
LiaisonDataset   *liaison_view_state_get_dataset               (LiaisonViewState       *self);
gboolean          liaison_view_state_get_entity_type_visible   (LiaisonViewState       *self,
                                                                const char             *type);
void              liaison_view_state_set_entity_type_visible   (LiaisonViewState       *self,
                                                                const char             *type,
                                                                gboolean                visible);
gboolean          liaison_view_state_get_relation_type_visible (LiaisonViewState       *self,
                                                                const char             *type);
void              liaison_view_state_set_relation_type_visible (LiaisonViewState       *self,
                                                                const char             *type,
                                                                gboolean                visible);
gboolean          liaison_view_state_is_entity_visible         (LiaisonViewState       *self,
                                                                guint                   entity_index);
gboolean          liaison_view_state_is_relation_visible       (LiaisonViewState       *self,
                                                                const LiaisonRelation  *relation);
gboolean          liaison_view_state_is_everything_visible     (LiaisonViewState       *self);

G_END_DECLS

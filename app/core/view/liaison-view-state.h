/* liaison-view-state.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-dataset.h"
#include "liaison-date-range.h"
#include "liaison-element-id.h"
#include "liaison-notes.h"
#include "liaison-search-index.h"
#include "liaison-subset.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_VIEW_STATE (liaison_view_state_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonViewState, liaison_view_state, LIAISON, VIEW_STATE, GObject)

/* liaison-entity-encoding.h, in the layout folder, which reads the state. */
typedef struct _LiaisonEntityEncoding LiaisonEntityEncoding;

/* How a dataset is being looked at: which entity and relation types are
 * switched on, which dates, what part of the graph is explored (a focus,
 * paths), what is selected, what a search matches. Changing it never
 * changes the dataset. "visibility-changed" says when to lay the graph out
 * again; "selection-changed" and "search-changed" only change what is
 * highlighted.
 */

LiaisonViewState *liaison_view_state_new                       (LiaisonDataset         *dataset);
LiaisonViewState *liaison_view_state_copy_visibility           (LiaisonViewState       *self)
                                                               G_GNUC_WARN_UNUSED_RESULT;
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
void              liaison_view_state_get_date_range            (LiaisonViewState       *self,
                                                                LiaisonDateRange       *range);
void              liaison_view_state_set_date_range            (LiaisonViewState       *self,
                                                                const LiaisonDateRange *range);
LiaisonSubset    *liaison_view_state_dup_filtered              (LiaisonViewState       *self)
                                                               G_GNUC_WARN_UNUSED_RESULT;
LiaisonSubset    *liaison_view_state_get_subset                (LiaisonViewState       *self);
void              liaison_view_state_set_subset                (LiaisonViewState       *self,
                                                                LiaisonSubset          *subset);
gboolean          liaison_view_state_is_entity_visible         (LiaisonViewState       *self,
                                                                guint                   entity_index);
gboolean          liaison_view_state_is_relation_visible       (LiaisonViewState       *self,
                                                                const LiaisonRelation  *relation);
gboolean          liaison_view_state_is_everything_visible     (LiaisonViewState       *self);

/* Sources and publishers switched off leave out the relations whose
 * evidence only they give; see liaison-view-state.c.
 */
gboolean          liaison_view_state_get_source_visible        (LiaisonViewState       *self,
                                                                const char             *source_id);
void              liaison_view_state_set_source_visible        (LiaisonViewState       *self,
                                                                const char             *source_id,
                                                                gboolean                visible);
gboolean          liaison_view_state_get_publisher_visible     (LiaisonViewState       *self,
                                                                const char             *publisher);
void              liaison_view_state_set_publisher_visible     (LiaisonViewState       *self,
                                                                const char             *publisher,
                                                                gboolean                visible);

void              liaison_view_state_select                    (LiaisonViewState       *self,
                                                                LiaisonElementKind      kind,
                                                                guint                   index);
void              liaison_view_state_clear_selection           (LiaisonViewState       *self);
gboolean          liaison_view_state_get_selection             (LiaisonViewState       *self,
                                                                LiaisonElementKind     *kind,
                                                                guint                  *index);

void              liaison_view_state_set_search                (LiaisonViewState       *self,
                                                                const char             *text);
const char       *liaison_view_state_get_search                (LiaisonViewState       *self);
const guint      *liaison_view_state_get_matches               (LiaisonViewState       *self,
                                                                guint                  *n_matches);
gboolean          liaison_view_state_is_match                  (LiaisonViewState       *self,
                                                                guint                   entity_index);
/* How many hits of each group a search keeps to show; all are counted. */
#define LIAISON_VIEW_STATE_MAX_HITS 200
void              liaison_view_state_set_search_index          (LiaisonViewState       *self,
                                                                LiaisonSearchIndex     *index);
LiaisonSearchIndex *liaison_view_state_get_search_index        (LiaisonViewState       *self);
LiaisonSearchResults *liaison_view_state_get_search_results    (LiaisonViewState       *self);

LiaisonEntityEncoding *liaison_view_state_get_encoding         (LiaisonViewState       *self);
void              liaison_view_state_set_encoding              (LiaisonViewState       *self,
                                                                LiaisonEntityEncoding  *encoding);

/* The user's notes; every state has one, carried over when the dataset is
 * read again (liaison-view-carry.h).
 */
LiaisonNotes     *liaison_view_state_get_notes                 (LiaisonViewState       *self);

G_END_DECLS

/* liaison-view-counts.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

char  *liaison_dup_grouped_number                (guint             n)
                                                 G_GNUC_WARN_UNUSED_RESULT;
guint  liaison_view_state_count_visible_entities (LiaisonViewState *state);
char  *liaison_view_state_dup_shown_summary      (LiaisonViewState *state)
                                                 G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

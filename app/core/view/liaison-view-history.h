/* liaison-view-history.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-view-state.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_VIEW_HISTORY (liaison_view_history_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonViewHistory, liaison_view_history, LIAISON, VIEW_HISTORY, GObject)

/* The most steps kept; the oldest go first. */
#define LIAISON_VIEW_HISTORY_MAX_STEPS 200

/* Changes of the same kind closer than this make one step, so that a
 * range dragged along the timeline is undone in one go.
 */
#define LIAISON_VIEW_HISTORY_MERGE_USEC (G_USEC_PER_SEC)

/* What a step can be undone and redone by: one change, or several made
 * as one (a group). A change of what a state shows (types, dates, what is
 * explored) is recorded by the history itself as the state reports it;
 * changes of other kinds, where entities were moved to for one, are
 * pushed by whoever makes them, with a way to put back either side.
 */
typedef struct
{
  void (*undo) (gpointer          data,
                LiaisonViewState *state);
  void (*redo) (gpointer          data,
                LiaisonViewState *state);
  GDestroyNotify free;
  /* Optional: the change as it reads in @to, another version of @from's
   * dataset (read again), or NULL when nothing of it is left there.
   * Without it, a step holding the change is dropped when the dataset is
   * read again.
   */
  gpointer (*carry) (gpointer        data,
                     LiaisonDataset *from,
                     LiaisonDataset *to);
} LiaisonViewChangeFuncs;

LiaisonViewHistory *liaison_view_history_new           (LiaisonViewState             *state)
                                                       G_GNUC_WARN_UNUSED_RESULT;
LiaisonViewState   *liaison_view_history_get_state     (LiaisonViewHistory           *self);
gboolean            liaison_view_history_can_undo      (LiaisonViewHistory           *self);
gboolean            liaison_view_history_can_redo      (LiaisonViewHistory           *self);
guint               liaison_view_history_get_n_undo    (LiaisonViewHistory           *self);
guint               liaison_view_history_get_n_redo    (LiaisonViewHistory           *self);
gboolean            liaison_view_history_undo          (LiaisonViewHistory           *self);
gboolean            liaison_view_history_redo          (LiaisonViewHistory           *self);
void                liaison_view_history_begin_group   (LiaisonViewHistory           *self);
gboolean            liaison_view_history_end_group     (LiaisonViewHistory           *self);
void                liaison_view_history_push          (LiaisonViewHistory           *self,
                                                        const LiaisonViewChangeFuncs *funcs,
                                                        gpointer                      data);
void                liaison_view_history_clear         (LiaisonViewHistory           *self);

/* For tests: the clock that decides which changes merge. */
void                liaison_view_history_set_clock     (LiaisonViewHistory           *self,
                                                        gint64                      (*clock) (void));

G_END_DECLS

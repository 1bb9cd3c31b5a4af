/* liaison-timeline-strip.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-date-histogram.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_TIMELINE_STRIP (liaison_timeline_strip_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonTimelineStrip, liaison_timeline_strip, LIAISON, TIMELINE_STRIP, GtkWidget)

/* A histogram of relation dates with a range of its bins chosen by two
 * handles: dragged with the pointer, or with the keyboard (arrows move
 * the range through time, Shift and the arrows resize it, Home and End
 * go to either end). GTK 4.8 has no slider with two handles.
 */

GtkWidget                  *liaison_timeline_strip_new           (void);
void                        liaison_timeline_strip_set_histogram (LiaisonTimelineStrip       *self,
                                                                  LiaisonDateHistogram       *histogram);
const LiaisonDateHistogram *liaison_timeline_strip_get_histogram (LiaisonTimelineStrip       *self);
void                        liaison_timeline_strip_set_range     (LiaisonTimelineStrip       *self,
                                                                  guint                       first_bin,
                                                                  guint                       last_bin);
guint                       liaison_timeline_strip_get_first_bin (LiaisonTimelineStrip       *self);
guint                       liaison_timeline_strip_get_last_bin  (LiaisonTimelineStrip       *self);
gboolean                    liaison_timeline_strip_get_dragging  (LiaisonTimelineStrip       *self);
char                       *liaison_timeline_strip_dup_range_text (LiaisonTimelineStrip      *self)
                                                                  G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

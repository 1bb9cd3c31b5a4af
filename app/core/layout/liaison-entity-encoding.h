/* liaison-entity-encoding.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-metrics.h"
#include "liaison-style.h"

G_BEGIN_DECLS

/* How entities are drawn from their metrics: a size from a centrality, a
 * colour from a community. Immutable; the view state holds one, so the
 * graph builder, the legend and every export read the same scale.
 */

#define LIAISON_TYPE_ENTITY_ENCODING (liaison_entity_encoding_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEntityEncoding, liaison_entity_encoding, LIAISON, ENTITY_ENCODING, GObject)

typedef enum
{
  LIAISON_SIZE_BY_NONE,
  LIAISON_SIZE_BY_DEGREE,
  LIAISON_SIZE_BY_BETWEENNESS,
  LIAISON_SIZE_BY_PAGERANK,
  LIAISON_N_SIZE_BY
} LiaisonSizeBy;

typedef enum
{
  LIAISON_COLOR_BY_TYPE,
  LIAISON_COLOR_BY_COMMUNITY,
  LIAISON_N_COLOR_BY
} LiaisonColorBy;

/* The largest communities get a colour of the palette each; the rest
 * share the look of "other".
 */
#define LIAISON_N_COMMUNITY_COLORS 8
#define LIAISON_OTHER_COMMUNITY    LIAISON_N_COMMUNITY_COLORS

/* The smallest and largest entity, as a factor of the usual size. */
#define LIAISON_MIN_ENTITY_SCALE 1.0
#define LIAISON_MAX_ENTITY_SCALE 2.5

LiaisonEntityEncoding *liaison_entity_encoding_new          (LiaisonMetrics        *metrics,
                                                             LiaisonSizeBy          size_by,
                                                             LiaisonColorBy         color_by)
                                                             G_GNUC_WARN_UNUSED_RESULT;
LiaisonMetrics        *liaison_entity_encoding_get_metrics  (LiaisonEntityEncoding *self);
LiaisonSizeBy          liaison_entity_encoding_get_size_by  (LiaisonEntityEncoding *self);
LiaisonColorBy         liaison_entity_encoding_get_color_by (LiaisonEntityEncoding *self);
gboolean               liaison_entity_encoding_equal        (LiaisonEntityEncoding *a,
                                                             LiaisonEntityEncoding *b);

LiaisonMetric          liaison_size_by_get_metric           (LiaisonSizeBy          size_by);
const char            *liaison_size_by_get_title            (LiaisonSizeBy          size_by);

void                   liaison_entity_encoding_get_range    (LiaisonEntityEncoding *self,
                                                             double                *min,
                                                             double                *max);
double                 liaison_entity_encoding_scale_value  (LiaisonEntityEncoding *self,
                                                             double                 value);
double                 liaison_entity_encoding_get_scale    (LiaisonEntityEncoding *self,
                                                             guint                  entity);

int                    liaison_entity_encoding_get_community_slot (LiaisonEntityEncoding *self,
                                                             guint                  entity);
guint                  liaison_entity_encoding_get_n_slots  (LiaisonEntityEncoding *self);
void                   liaison_entity_encoding_get_slot_look (guint                 slot,
                                                             LiaisonEntityLook     *look);
gboolean               liaison_entity_encoding_apply_look   (LiaisonEntityEncoding *self,
                                                             guint                  entity,
                                                             LiaisonEntityLook     *look);
gboolean               liaison_entity_encoding_apply_type_key (LiaisonEntityEncoding *self,
                                                             LiaisonEntityLook     *look);

G_END_DECLS

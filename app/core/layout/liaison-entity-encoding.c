/* liaison-entity-encoding.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-encoding"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "liaison-entity-encoding.h"

struct _LiaisonEntityEncoding
{
  GObject         parent_instance;

  LiaisonMetrics *metrics;    /* NULL when nothing needs it */
  LiaisonSizeBy   size_by;
  LiaisonColorBy  color_by;
  double          min, max;   /* of the sizing metric, over measured entities */
};

G_DEFINE_FINAL_TYPE (LiaisonEntityEncoding, liaison_entity_encoding, G_TYPE_OBJECT)

/* Entities beyond the palette's communities: pale, so that the eight
 * coloured ones stand out, with an outline that still reads on white.
 */
#define OTHER_FILL "#eeeeee"
#define OTHER_LINE "#8a8a8a"

/* A type's key while entities are coloured by community: no colour of its
 * own, which nothing on the graph has, but its outline, since the shape
 * still tells the type; a grey that reads on light and dark alike.
 */
#define TYPE_KEY_FILL "#00000000"
#define TYPE_KEY_LINE "#8a8a8a"

static void
liaison_entity_encoding_finalize (GObject *object)
{
  LiaisonEntityEncoding *self = (LiaisonEntityEncoding *)object;

  g_clear_object (&self->metrics);

  G_OBJECT_CLASS (liaison_entity_encoding_parent_class)->finalize (object);
}

static void
liaison_entity_encoding_class_init (LiaisonEntityEncodingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = liaison_entity_encoding_finalize;
}

static void
liaison_entity_encoding_init (LiaisonEntityEncoding *self)
{
}

LiaisonMetric
liaison_size_by_get_metric (LiaisonSizeBy size_by)
{
  switch (size_by)
    {
    case LIAISON_SIZE_BY_DEGREE:
      return LIAISON_METRIC_DEGREE;
    case LIAISON_SIZE_BY_BETWEENNESS:
      return LIAISON_METRIC_BETWEENNESS;
    case LIAISON_SIZE_BY_PAGERANK:
      return LIAISON_METRIC_PAGERANK;
    case LIAISON_SIZE_BY_NONE:
    case LIAISON_N_SIZE_BY:
    default:
      return LIAISON_N_METRICS;
    }
}

const char *
liaison_size_by_get_title (LiaisonSizeBy size_by)
{
  if (size_by == LIAISON_SIZE_BY_NONE || size_by >= LIAISON_N_SIZE_BY)
    return _("None");
  return liaison_metric_get_title (liaison_size_by_get_metric (size_by));
}

/* Returns: (transfer full): how to draw entities from @metrics, which may
 * be NULL only when neither the size nor the colour needs it (then the
 * encoding changes nothing).
 */
LiaisonEntityEncoding *
liaison_entity_encoding_new (LiaisonMetrics *metrics,
                             LiaisonSizeBy   size_by,
                             LiaisonColorBy  color_by)
{
  LiaisonEntityEncoding *self;

  g_return_val_if_fail (metrics == NULL || LIAISON_IS_METRICS (metrics), NULL);
  g_return_val_if_fail (size_by < LIAISON_N_SIZE_BY, NULL);
  g_return_val_if_fail (color_by < LIAISON_N_COLOR_BY, NULL);

  self = g_object_new (LIAISON_TYPE_ENTITY_ENCODING, NULL);

  /* Without metrics there is nothing to size or colour by yet. */
  if (metrics == NULL)
    return self;

  self->size_by = size_by;
  self->color_by = color_by;
  if (size_by != LIAISON_SIZE_BY_NONE || color_by != LIAISON_COLOR_BY_TYPE)
    self->metrics = g_object_ref (metrics);
  if (size_by != LIAISON_SIZE_BY_NONE)
    liaison_metrics_get_range (metrics, liaison_size_by_get_metric (size_by), &self->min, &self->max);

  return self;
}

/* Returns: (transfer none) (nullable): the metrics sizes and colours come
 * from, NULL when they come from types alone.
 */
LiaisonMetrics *
liaison_entity_encoding_get_metrics (LiaisonEntityEncoding *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), NULL);

  return self->metrics;
}

LiaisonSizeBy
liaison_entity_encoding_get_size_by (LiaisonEntityEncoding *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), LIAISON_SIZE_BY_NONE);

  return self->size_by;
}

LiaisonColorBy
liaison_entity_encoding_get_color_by (LiaisonEntityEncoding *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), LIAISON_COLOR_BY_TYPE);

  return self->color_by;
}

/* Whether @a and @b draw every entity alike (either may be NULL, which
 * draws by type at the usual size).
 */
gboolean
liaison_entity_encoding_equal (LiaisonEntityEncoding *a,
                               LiaisonEntityEncoding *b)
{
  LiaisonMetrics *metrics_a = a != NULL ? a->metrics : NULL;
  LiaisonMetrics *metrics_b = b != NULL ? b->metrics : NULL;

  if (metrics_a == NULL || metrics_b == NULL)
    return metrics_a == metrics_b;

  return metrics_a == metrics_b && a->size_by == b->size_by && a->color_by == b->color_by;
}

/* The smallest and largest value of the sizing metric; both 0 when
 * entities are not sized.
 */
void
liaison_entity_encoding_get_range (LiaisonEntityEncoding *self,
                                   double                *min,
                                   double                *max)
{
  g_return_if_fail (LIAISON_IS_ENTITY_ENCODING (self));

  if (min != NULL)
    *min = self->metrics != NULL && self->size_by != LIAISON_SIZE_BY_NONE ? self->min : 0;
  if (max != NULL)
    *max = self->metrics != NULL && self->size_by != LIAISON_SIZE_BY_NONE ? self->max : 0;
}

/* The factor an entity with @value is drawn at. The area, not the side,
 * grows with the value, as readers compare areas: the square root of the
 * value's place in the range, from LIAISON_MIN_ENTITY_SCALE at the
 * smallest to LIAISON_MAX_ENTITY_SCALE at the largest.
 */
double
liaison_entity_encoding_scale_value (LiaisonEntityEncoding *self,
                                     double                 value)
{
  double t;

  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), 1.0);

  if (self->metrics == NULL || self->size_by == LIAISON_SIZE_BY_NONE || !(self->max > self->min) ||
      !isfinite (value))
    return LIAISON_MIN_ENTITY_SCALE;

  t = CLAMP ((value - self->min) / (self->max - self->min), 0.0, 1.0);
  return LIAISON_MIN_ENTITY_SCALE + (LIAISON_MAX_ENTITY_SCALE - LIAISON_MIN_ENTITY_SCALE) * sqrt (t);
}

/* The factor @entity is drawn at; 1 when it was not measured. */
double
liaison_entity_encoding_get_scale (LiaisonEntityEncoding *self,
                                   guint                  entity)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), 1.0);

  if (self->metrics == NULL || self->size_by == LIAISON_SIZE_BY_NONE ||
      entity >= liaison_dataset_get_n_entities (liaison_metrics_get_dataset (self->metrics)) ||
      !liaison_metrics_contains (self->metrics, entity))
    return 1.0;

  return liaison_entity_encoding_scale_value (self,
                                              liaison_metrics_get_value (self->metrics,
                                                                         liaison_size_by_get_metric (self->size_by),
                                                                         entity));
}

/* The colour slot of @entity's community: its number among the
 * LIAISON_N_COMMUNITY_COLORS largest (communities are numbered by size),
 * LIAISON_OTHER_COMMUNITY for the rest and for entities not measured, or
 * -1 when entities are coloured by type.
 */
int
liaison_entity_encoding_get_community_slot (LiaisonEntityEncoding *self,
                                            guint                  entity)
{
  int community;

  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), -1);

  if (self->metrics == NULL || self->color_by != LIAISON_COLOR_BY_COMMUNITY)
    return -1;

  if (entity >= liaison_dataset_get_n_entities (liaison_metrics_get_dataset (self->metrics)))
    return LIAISON_OTHER_COMMUNITY;

  community = liaison_metrics_get_community (self->metrics, entity);
  if (community < 0 || community >= LIAISON_N_COMMUNITY_COLORS)
    return LIAISON_OTHER_COMMUNITY;
  return community;
}

/* How many slots the legend lists: one a community up to the palette's
 * size, and "other" if some are left; 0 when colouring by type.
 */
guint
liaison_entity_encoding_get_n_slots (LiaisonEntityEncoding *self)
{
  guint n;

  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), 0);

  if (self->metrics == NULL || self->color_by != LIAISON_COLOR_BY_COMMUNITY)
    return 0;

  n = liaison_metrics_get_n_communities (self->metrics);
  return n > LIAISON_N_COMMUNITY_COLORS ? LIAISON_N_COMMUNITY_COLORS + 1 : n;
}

/* The fill and outline of a community slot; the shape is left as it is,
 * so an entity's outline still tells its type.
 */
void
liaison_entity_encoding_get_slot_look (guint              slot,
                                       LiaisonEntityLook *look)
{
  g_return_if_fail (look != NULL);
  g_return_if_fail (slot <= LIAISON_OTHER_COMMUNITY);

  if (slot == LIAISON_OTHER_COMMUNITY)
    {
      g_strlcpy (look->fill, OTHER_FILL, sizeof look->fill);
      g_strlcpy (look->line, OTHER_LINE, sizeof look->line);
    }
  else
    {
      const LiaisonPaletteColor *color = liaison_style_get_palette_color (slot);

      g_strlcpy (look->fill, color->fill, sizeof look->fill);
      g_strlcpy (look->line, color->line, sizeof look->line);
    }
}

/* Gives @look (the entity's type's) its community's colours when
 * colouring by community; returns whether it did.
 */
gboolean
liaison_entity_encoding_apply_look (LiaisonEntityEncoding *self,
                                    guint                  entity,
                                    LiaisonEntityLook     *look)
{
  int slot;

  g_return_val_if_fail (LIAISON_IS_ENTITY_ENCODING (self), FALSE);

  slot = liaison_entity_encoding_get_community_slot (self, entity);
  if (slot < 0)
    return FALSE;

  liaison_entity_encoding_get_slot_look (slot, look);
  return TRUE;
}

/* Turns @look, an entity type's, into what the type's key shows: as it is
 * when colouring by type; when colouring by community, which takes the
 * colours, only the shape, outlined in a neutral grey. Returns whether
 * it changed it.
 */
gboolean
liaison_entity_encoding_apply_type_key (LiaisonEntityEncoding *self,
                                        LiaisonEntityLook     *look)
{
  g_return_val_if_fail (!self || LIAISON_IS_ENTITY_ENCODING (self), FALSE);
  g_return_val_if_fail (look != NULL, FALSE);

  if (self == NULL || self->color_by != LIAISON_COLOR_BY_COMMUNITY)
    return FALSE;

  g_strlcpy (look->fill, TYPE_KEY_FILL, sizeof look->fill);
  g_strlcpy (look->line, TYPE_KEY_LINE, sizeof look->line);
  return TRUE;
}

/* liaison-label-placement.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-scene.h"

G_BEGIN_DECLS

/* The least size of a label on screen, in pixels at the default text
 * scale: a label is drawn at least this large, or not at all.
 */
#define LIAISON_MIN_LABEL_PIXELS 10.0

/* Relations with one label into one entity from at least this many others
 * are labelled once, as a bundle.
 */
#define LIAISON_MIN_BUNDLE 3

/* One placed label: a single line of text, its baseline at y, starting,
 * centred or ending at x as @align says, all in scene points.
 */
typedef struct
{
  const LiaisonSceneElement *element;     /* the node or edge it is drawn with */
  const char                *text;
  double                     x, y;
  LiaisonTextAlign           align;
  double                     font_size;
  double                     width;       /* of the text as Graphviz measures it */
  LiaisonRect                box;         /* what it keeps for itself, margins included */
  guint32                    color;       /* 0xRRGGBBAA, as Graphviz drew it */
  gboolean                   inside;      /* an entity's, within its outline */
  guint                      n_relations; /* more than one for a bundle */
} LiaisonLabel;

typedef struct _LiaisonLabelPlacement LiaisonLabelPlacement;

/* The corners of a label's plate, in ems, and how much of the lines
 * under it the plate hides.
 */
#define LIAISON_LABEL_PLATE_RADIUS  0.3
#define LIAISON_LABEL_PLATE_OPACITY 0.85

void                   liaison_label_get_plate            (const LiaisonLabel          *label,
                                                           LiaisonRect                 *plate);

LiaisonLabelPlacement *liaison_label_placement_new        (LiaisonScene                *scene,
                                                           double                       scale,
                                                           double                       min_pixels)
                                                           G_GNUC_WARN_UNUSED_RESULT;
LiaisonLabelPlacement *liaison_label_placement_ref        (LiaisonLabelPlacement       *self);
void                   liaison_label_placement_unref      (LiaisonLabelPlacement       *self);

double                 liaison_label_placement_get_font_size (LiaisonLabelPlacement    *self);
guint                  liaison_label_placement_get_n_labels (LiaisonLabelPlacement     *self);
const LiaisonLabel    *liaison_label_placement_get_label  (LiaisonLabelPlacement       *self,
                                                           guint                        n);
const LiaisonLabel    *liaison_label_placement_lookup     (LiaisonLabelPlacement       *self,
                                                           const LiaisonSceneElement   *element);
gboolean               liaison_label_placement_get_wanted (LiaisonLabelPlacement       *self,
                                                           const LiaisonSceneElement   *element,
                                                           LiaisonLabel                *label);
void                   liaison_label_placement_query      (LiaisonLabelPlacement       *self,
                                                           const LiaisonRect           *rect,
                                                           GPtrArray                   *labels);
const LiaisonLabel    *liaison_label_placement_hit_test   (LiaisonLabelPlacement       *self,
                                                           double                       x,
                                                           double                       y);
int                    liaison_label_placement_compare_elements (LiaisonLabelPlacement *self,
                                                           const LiaisonSceneElement   *a,
                                                           const LiaisonSceneElement   *b);

LiaisonLabelPlacement *liaison_scene_get_labels           (LiaisonScene                *scene,
                                                           double                       scale,
                                                           double                       min_pixels)
                                                           G_GNUC_WARN_UNUSED_RESULT;

double                 liaison_label_estimate_width       (const char                  *text,
                                                           double                       font_size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonLabelPlacement, liaison_label_placement_unref)

G_END_DECLS

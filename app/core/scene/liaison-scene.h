/* liaison-scene.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-dataset.h"
#include "liaison-element-id.h"

G_BEGIN_DECLS

#define LIAISON_SCENE_ERROR (liaison_scene_error_quark ())

typedef enum
{
  LIAISON_SCENE_ERROR_INVALID,
} LiaisonSceneError;

/* Coordinates are in points, with y growing downwards from the top left of
 * the graph's bounding box, as on screen (Graphviz's grow upwards).
 */
typedef struct
{
  double x0, y0, x1, y1;
} LiaisonRect;

typedef enum
{
  LIAISON_SHAPE_ELLIPSE,    /* points: centre, then radii */
  LIAISON_SHAPE_POLYGON,
  LIAISON_SHAPE_POLYLINE,
  LIAISON_SHAPE_BEZIER,     /* points: start, then three per segment */
  LIAISON_SHAPE_TEXT,       /* points: the baseline anchor */
} LiaisonShapeKind;

typedef enum
{
  LIAISON_LINE_SOLID,
  LIAISON_LINE_DASHED,
  LIAISON_LINE_DOTTED,
} LiaisonLineStyle;

typedef enum
{
  LIAISON_ALIGN_LEFT,
  LIAISON_ALIGN_CENTER,
  LIAISON_ALIGN_RIGHT,
} LiaisonTextAlign;

/* One drawing operation from Graphviz, with the state it was drawn in. */
typedef struct
{
  LiaisonShapeKind  kind;
  guint32           pen;          /* 0xRRGGBBAA */
  guint32           fill;         /* 0xRRGGBBAA, 0 when not filled */
  float             line_width;
  LiaisonLineStyle  line_style;
  guint             first_point;  /* index into the scene's points (x, y pairs) */
  guint             n_points;
  /* Text only */
  const char       *text;
  float             font_size;
  float             text_width;
  LiaisonTextAlign  align;
} LiaisonShape;

typedef struct
{
  LiaisonElementKind kind;
  guint              index;         /* the entity's or the relation's, in the dataset */
  const char        *id;            /* the dataset's id */
  const char        *label;         /* the text Graphviz drew, lines joined by "\n"; may be "" */
  LiaisonRect        bounds;        /* of everything drawn for it */
  double             x, y;          /* nodes: centre */
  double             width, height; /* nodes: size */
  guint              tail, head;    /* edges: node numbers in the scene */
  guint              first_shape;
  guint              n_shapes;
  /* Graphviz's own "pos" and "lp", to give a layout back to Graphviz */
  const char        *graphviz_pos;
  const char        *graphviz_label_pos;
} LiaisonSceneElement;

/* A straight piece of a shape's line, from (@x0, @y0) to (@x1, @y1);
 * @slack is how far the line may stray from it (see
 * liaison_scene_foreach_piece()). Returns %TRUE to stop the walk.
 */
typedef gboolean (*LiaisonPieceFunc) (double   x0,
                                      double   y0,
                                      double   x1,
                                      double   y1,
                                      double   slack,
                                      gpointer user_data);

#define LIAISON_TYPE_SCENE (liaison_scene_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonScene, liaison_scene, LIAISON, SCENE, GObject)

GQuark                     liaison_scene_error_quark    (void);

LiaisonScene              *liaison_scene_new_from_json  (const char                 *json,
                                                         gsize                       length,
                                                         LiaisonDataset             *dataset,
                                                         GError                    **error);
LiaisonDataset            *liaison_scene_get_dataset    (LiaisonScene               *self);
const char                *liaison_scene_get_engine     (LiaisonScene               *self);
void                       liaison_scene_set_engine     (LiaisonScene               *self,
                                                         const char                 *engine);
const char * const        *liaison_scene_get_messages   (LiaisonScene               *self);
void                       liaison_scene_set_messages   (LiaisonScene               *self,
                                                         const char * const         *messages);
const LiaisonRect         *liaison_scene_get_bounds     (LiaisonScene               *self);
guint                      liaison_scene_get_n_nodes    (LiaisonScene               *self);
const LiaisonSceneElement *liaison_scene_get_node       (LiaisonScene               *self,
                                                         guint                       n);
guint                      liaison_scene_get_n_edges    (LiaisonScene               *self);
const LiaisonSceneElement *liaison_scene_get_edge       (LiaisonScene               *self,
                                                         guint                       n);
const LiaisonSceneElement *liaison_scene_lookup         (LiaisonScene               *self,
                                                         LiaisonElementKind          kind,
                                                         guint                       dataset_index);
const LiaisonShape        *liaison_scene_get_shapes     (LiaisonScene               *self,
                                                         const LiaisonSceneElement  *element);
const double              *liaison_scene_get_points     (LiaisonScene               *self,
                                                         const LiaisonShape         *shape);
const LiaisonSceneElement *liaison_scene_hit_test       (LiaisonScene               *self,
                                                         double                      x,
                                                         double                      y,
                                                         double                      tolerance);
void                       liaison_scene_query_rect     (LiaisonScene               *self,
                                                         const LiaisonRect          *rect,
                                                         GPtrArray                  *elements);
gboolean                   liaison_scene_foreach_piece  (LiaisonScene               *self,
                                                         const LiaisonShape         *shape,
                                                         guint                       pieces_per_curve,
                                                         LiaisonPieceFunc            func,
                                                         gpointer                    user_data);

G_END_DECLS

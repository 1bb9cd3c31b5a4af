/* liaison-tile-cache.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-scene-renderer.h"
#include "liaison-scene.h"

G_BEGIN_DECLS

/* Square tiles of a scene drawn at a given scale, rendered with cairo in a
 * worker thread and kept as textures. Panning and zooming then only move
 * and scale textures; nothing is drawn again until the view settles.
 */
#define LIAISON_TILE_SIZE 512

#define LIAISON_TYPE_TILE_CACHE (liaison_tile_cache_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonTileCache, liaison_tile_cache, LIAISON, TILE_CACHE, GObject)

LiaisonTileCache *liaison_tile_cache_new          (void);
void              liaison_tile_cache_set_scene    (LiaisonTileCache           *self,
                                                   LiaisonScene               *scene,
                                                   const LiaisonRenderOptions *options);
GdkTexture       *liaison_tile_cache_lookup       (LiaisonTileCache           *self,
                                                   double                      scale,
                                                   int                         tile_x,
                                                   int                         tile_y);
void              liaison_tile_cache_request      (LiaisonTileCache           *self,
                                                   double                      scale,
                                                   int                         tile_x,
                                                   int                         tile_y,
                                                   double                      distance);
void              liaison_tile_cache_keep_scales  (LiaisonTileCache           *self,
                                                   double                      current,
                                                   double                      previous);
void              liaison_tile_cache_set_in_view  (LiaisonTileCache           *self,
                                                   guint                       n_tiles);
guint             liaison_tile_cache_get_pending  (LiaisonTileCache           *self);

G_END_DECLS

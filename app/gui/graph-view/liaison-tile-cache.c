/* liaison-tile-cache.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-tile-cache"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-tile-cache.h"

/* A tile is 1 MiB, and the renderer may keep a copy: at least 48 tiles
 * (48 MiB) are kept, and always enough for the view at two scales with
 * some to spare, or a large or high-resolution screen would throw away
 * tiles it shows and ask for them again, without end.
 */
#define MIN_TILES 48

typedef struct
{
  double scale;
  int    x;
  int    y;
} TileKey;

typedef struct
{
  GdkTexture *texture;
  guint64     last_used;
} Tile;

/* What the worker thread and the main thread share. The worker checks it to
 * skip tiles nobody wants any longer.
 */
typedef struct
{
  GMutex  lock;
  GWeakRef cache;
  guint   generation;
  double  wanted[2];
} Shared;

typedef struct
{
  Shared               *shared;
  LiaisonScene         *scene;
  LiaisonRenderOptions  options;
  TileKey               key;
  guint                 generation;
  double                distance;
  GBytes               *pixels;
} Job;

struct _LiaisonTileCache
{
  GObject               parent_instance;

  LiaisonScene         *scene;
  LiaisonRenderOptions  options;
  GHashTable           *tiles;     /* TileKey -> Tile */
  GHashTable           *pending;   /* TileKey -> TileKey, requested and not back yet */
  GThreadPool          *pool;
  Shared               *shared;
  GMainContext         *context;
  guint64               clock;
  guint                 max_tiles;
};

enum {
  TILE_READY,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonTileCache, liaison_tile_cache, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static guint
tile_key_hash (gconstpointer data)
{
  const TileKey *key = data;
  guint64 bits;

  memcpy (&bits, &key->scale, sizeof bits);
  return (guint) (bits ^ (bits >> 32)) ^ ((guint) key->x * 73856093u) ^ ((guint) key->y * 19349663u);
}

static gboolean
tile_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TileKey *ka = a, *kb = b;

  return ka->scale == kb->scale && ka->x == kb->x && ka->y == kb->y;
}

static void
tile_free (gpointer data)
{
  Tile *tile = data;

  g_clear_object (&tile->texture);
  g_free (tile);
}

static Shared *
shared_new (LiaisonTileCache *cache)
{
  Shared *shared = g_atomic_rc_box_new0 (Shared);

  g_mutex_init (&shared->lock);
  g_weak_ref_init (&shared->cache, cache);
  return shared;
}

static void
shared_clear (gpointer data)
{
  Shared *shared = data;

  g_weak_ref_clear (&shared->cache);
  g_mutex_clear (&shared->lock);
}

static void
shared_unref (Shared *shared)
{
  g_atomic_rc_box_release_full (shared, shared_clear);
}

static void
job_free (Job *job)
{
  g_clear_pointer (&job->shared, shared_unref);
  g_clear_object (&job->scene);
  g_clear_pointer (&job->pixels, g_bytes_unref);
  g_free (job);
}

static gboolean
job_is_wanted (Job *job)
{
  gboolean wanted;

  g_mutex_lock (&job->shared->lock);
  wanted = job->generation == job->shared->generation &&
           (job->key.scale == job->shared->wanted[0] || job->key.scale == job->shared->wanted[1]);
  g_mutex_unlock (&job->shared->lock);

  return wanted;
}

static gboolean
deliver_cb (gpointer data)
{
  Job *job = data;
  g_autoptr(LiaisonTileCache) self = g_weak_ref_get (&job->shared->cache);
  TileKey *key;
  Tile *tile;

  if (self == NULL)
    return G_SOURCE_REMOVE;

  g_hash_table_remove (self->pending, &job->key);

  if (job->pixels == NULL || job->generation != self->shared->generation)
    return G_SOURCE_REMOVE;

  key = g_memdup2 (&job->key, sizeof *key);
  tile = g_new0 (Tile, 1);
  tile->texture = gdk_memory_texture_new (LIAISON_TILE_SIZE, LIAISON_TILE_SIZE,
                                          GDK_MEMORY_DEFAULT, job->pixels,
                                          LIAISON_TILE_SIZE * 4);
  tile->last_used = ++self->clock;
  g_hash_table_replace (self->tiles, key, tile);

  /* Over the budget: drop what was looked at longest ago. */
  while (g_hash_table_size (self->tiles) > self->max_tiles)
    {
      GHashTableIter iter;
      gpointer k, v;
      gpointer oldest = NULL;
      guint64 oldest_use = G_MAXUINT64;

      g_hash_table_iter_init (&iter, self->tiles);
      while (g_hash_table_iter_next (&iter, &k, &v))
        if (((Tile *) v)->last_used < oldest_use)
          {
            oldest_use = ((Tile *) v)->last_used;
            oldest = k;
          }
      g_hash_table_remove (self->tiles, oldest);
    }

  g_signal_emit (self, signals[TILE_READY], 0);

  return G_SOURCE_REMOVE;
}

/* In the worker thread: cairo into memory, nothing of GTK. */
static void
render_tile (gpointer data,
             gpointer user_data)
{
  Job *job = data;
  GMainContext *context = user_data;
  cairo_surface_t *surface;
  cairo_t *cr;
  LiaisonRect region;
  double scale = job->key.scale;

  if (job_is_wanted (job))
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, LIAISON_TILE_SIZE, LIAISON_TILE_SIZE);
      cr = cairo_create (surface);

      region.x0 = job->key.x * LIAISON_TILE_SIZE / scale;
      region.y0 = job->key.y * LIAISON_TILE_SIZE / scale;
      region.x1 = (job->key.x + 1) * LIAISON_TILE_SIZE / scale;
      region.y1 = (job->key.y + 1) * LIAISON_TILE_SIZE / scale;

      cairo_translate (cr, -job->key.x * LIAISON_TILE_SIZE, -job->key.y * LIAISON_TILE_SIZE);
      cairo_scale (cr, scale, scale);
      job->options.scale = scale;
      liaison_scene_render (job->scene, cr, &region, &job->options);
      cairo_destroy (cr);

      cairo_surface_flush (surface);
      g_assert (cairo_image_surface_get_stride (surface) == LIAISON_TILE_SIZE * 4);
      job->pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                                LIAISON_TILE_SIZE * LIAISON_TILE_SIZE * 4,
                                                (GDestroyNotify) cairo_surface_destroy, surface);
    }

  /* Delivered even when skipped, so the tile is no longer pending. */
  g_main_context_invoke_full (context, G_PRIORITY_DEFAULT_IDLE, deliver_cb, job, (GDestroyNotify) job_free);
}

static int
compare_jobs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Job *ja = a, *jb = b;

  /* Newest scene first, then the tiles nearest the middle of the view. */
  if (ja->generation != jb->generation)
    return ja->generation > jb->generation ? -1 : 1;
  return (ja->distance > jb->distance) - (ja->distance < jb->distance);
}

static void
liaison_tile_cache_finalize (GObject *object)
{
  LiaisonTileCache *self = (LiaisonTileCache *)object;

  /* Jobs still queued or running hold the shared state and find no cache
   * when they are delivered.
   */
  g_thread_pool_free (self->pool, TRUE, FALSE);
  g_clear_pointer (&self->shared, shared_unref);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_object (&self->scene);

  G_OBJECT_CLASS (liaison_tile_cache_parent_class)->finalize (object);
}

static void
liaison_tile_cache_class_init (LiaisonTileCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_tile_cache_finalize;

  signals[TILE_READY] =
    g_signal_new ("tile-ready",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
liaison_tile_cache_init (LiaisonTileCache *self)
{
  self->tiles = g_hash_table_new_full (tile_key_hash, tile_key_equal, g_free, tile_free);
  self->pending = g_hash_table_new_full (tile_key_hash, tile_key_equal, g_free, NULL);
  self->shared = shared_new (self);
  self->max_tiles = MIN_TILES;
  self->context = g_main_context_ref_thread_default ();
  /* One thread: the other core keeps the interface smooth. */
  self->pool = g_thread_pool_new (render_tile, self->context, 1, FALSE, NULL);
  g_thread_pool_set_sort_function (self->pool, compare_jobs, NULL);
}

LiaisonTileCache *
liaison_tile_cache_new (void)
{
  return g_object_new (LIAISON_TYPE_TILE_CACHE, NULL);
}

/* Forgets every tile: a new scene, or new colours. */
void
liaison_tile_cache_set_scene (LiaisonTileCache           *self,
                              LiaisonScene               *scene,
                              const LiaisonRenderOptions *options)
{
  g_return_if_fail (LIAISON_IS_TILE_CACHE (self));
  g_return_if_fail (!scene || LIAISON_IS_SCENE (scene));
  g_return_if_fail (options != NULL);

  g_set_object (&self->scene, scene);
  self->options = *options;

  g_mutex_lock (&self->shared->lock);
  self->shared->generation++;
  g_mutex_unlock (&self->shared->lock);

  g_hash_table_remove_all (self->tiles);
  g_hash_table_remove_all (self->pending);
}

GdkTexture *
liaison_tile_cache_lookup (LiaisonTileCache *self,
                           double            scale,
                           int               tile_x,
                           int               tile_y)
{
  TileKey key = { scale, tile_x, tile_y };
  Tile *tile;

  g_return_val_if_fail (LIAISON_IS_TILE_CACHE (self), NULL);

  tile = g_hash_table_lookup (self->tiles, &key);
  if (tile == NULL)
    return NULL;

  tile->last_used = ++self->clock;
  return tile->texture;
}

/* Asks for a tile, unless it is there or on its way; @distance from the
 * middle of the view orders the queue.
 */
void
liaison_tile_cache_request (LiaisonTileCache *self,
                            double            scale,
                            int               tile_x,
                            int               tile_y,
                            double            distance)
{
  TileKey key = { scale, tile_x, tile_y };
  Job *job;

  g_return_if_fail (LIAISON_IS_TILE_CACHE (self));

  if (self->scene == NULL || g_hash_table_contains (self->tiles, &key) ||
      g_hash_table_contains (self->pending, &key))
    return;

  g_hash_table_add (self->pending, g_memdup2 (&key, sizeof key));

  job = g_new0 (Job, 1);
  job->shared = g_atomic_rc_box_acquire (self->shared);
  job->scene = g_object_ref (self->scene);
  job->options = self->options;
  job->key = key;
  job->generation = self->shared->generation;
  job->distance = distance;

  g_thread_pool_push (self->pool, job, NULL);
}

/* The scales the view shows now and just before; tiles at any other are
 * dropped and no longer rendered.
 */
void
liaison_tile_cache_keep_scales (LiaisonTileCache *self,
                                double            current,
                                double            previous)
{
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (LIAISON_IS_TILE_CACHE (self));

  g_mutex_lock (&self->shared->lock);
  self->shared->wanted[0] = current;
  self->shared->wanted[1] = previous;
  g_mutex_unlock (&self->shared->lock);

  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      double scale = ((TileKey *) key)->scale;

      if (scale != current && scale != previous)
        g_hash_table_iter_remove (&iter);
    }

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      double scale = ((TileKey *) key)->scale;

      if (scale != current && scale != previous)
        g_hash_table_iter_remove (&iter);
    }
}

/* How many tiles the view covers at its current scale. */
void
liaison_tile_cache_set_in_view (LiaisonTileCache *self,
                                guint             n_tiles)
{
  g_return_if_fail (LIAISON_IS_TILE_CACHE (self));

  self->max_tiles = MAX (MIN_TILES, 2 * n_tiles + n_tiles / 2);
}

guint
liaison_tile_cache_get_pending (LiaisonTileCache *self)
{
  g_return_val_if_fail (LIAISON_IS_TILE_CACHE (self), 0);

  return g_hash_table_size (self->pending);
}

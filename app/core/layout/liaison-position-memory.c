/* liaison-position-memory.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Positions are kept in Graphviz's coordinates rather than the scene's:
 * a scene's origin is the top left of its bounding box, which moves
 * whenever an entity far out comes or goes; Graphviz's does not.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-position-memory.h"

enum
{
  KNOWN  = 1 << 0,
  PINNED = 1 << 1,
  SIZED  = 1 << 2,
};

typedef struct
{
  double x, y;
  double width, height;
  guint8 flags;
} Slot;

struct _LiaisonPositionMemory
{
  GObject  parent_instance;

  Slot    *slots;
  guint    n_entities;
  guint    n_pinned;
  char    *engine;   /* what laid out the positions first, for the engine menu */
};

G_DEFINE_FINAL_TYPE (LiaisonPositionMemory, liaison_position_memory, G_TYPE_OBJECT)

static void
liaison_position_memory_finalize (GObject *object)
{
  LiaisonPositionMemory *self = LIAISON_POSITION_MEMORY (object);

  g_free (self->slots);
  g_free (self->engine);

  G_OBJECT_CLASS (liaison_position_memory_parent_class)->finalize (object);
}

static void
liaison_position_memory_class_init (LiaisonPositionMemoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = liaison_position_memory_finalize;
}

static void
liaison_position_memory_init (LiaisonPositionMemory *self)
{
}

LiaisonPositionMemory *
liaison_position_memory_new (guint n_entities)
{
  LiaisonPositionMemory *self = g_object_new (LIAISON_TYPE_POSITION_MEMORY, NULL);

  self->n_entities = n_entities;
  self->slots = g_new0 (Slot, MAX (n_entities, 1));

  return self;
}

/* Returns: (transfer full): a copy a layout's thread can read while the
 * window goes on changing the original.
 */
LiaisonPositionMemory *
liaison_position_memory_copy (LiaisonPositionMemory *self)
{
  LiaisonPositionMemory *copy;

  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), NULL);

  copy = liaison_position_memory_new (self->n_entities);
  memcpy (copy->slots, self->slots, sizeof (Slot) * self->n_entities);
  copy->n_pinned = self->n_pinned;
  copy->engine = g_strdup (self->engine);

  return copy;
}

guint
liaison_position_memory_get_n_entities (LiaisonPositionMemory *self)
{
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), 0);

  return self->n_entities;
}

gboolean
liaison_position_memory_lookup (LiaisonPositionMemory *self,
                                guint                  entity,
                                double                *x,
                                double                *y)
{
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), FALSE);

  if (entity >= self->n_entities || !(self->slots[entity].flags & KNOWN))
    return FALSE;
  if (x != NULL)
    *x = self->slots[entity].x;
  if (y != NULL)
    *y = self->slots[entity].y;
  return TRUE;
}

gboolean
liaison_position_memory_get_size (LiaisonPositionMemory *self,
                                  guint                  entity,
                                  double                *width,
                                  double                *height)
{
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), FALSE);

  if (entity >= self->n_entities || !(self->slots[entity].flags & SIZED))
    return FALSE;
  *width = self->slots[entity].width;
  *height = self->slots[entity].height;
  return TRUE;
}

void
liaison_position_memory_set (LiaisonPositionMemory *self,
                             guint                  entity,
                             double                 x,
                             double                 y)
{
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (entity < self->n_entities);
  g_return_if_fail (isfinite (x) && isfinite (y));

  self->slots[entity].x = x;
  self->slots[entity].y = y;
  self->slots[entity].flags |= KNOWN;
}

void
liaison_position_memory_set_size (LiaisonPositionMemory *self,
                                  guint                  entity,
                                  double                 width,
                                  double                 height)
{
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (entity < self->n_entities);

  self->slots[entity].width = width;
  self->slots[entity].height = height;
  self->slots[entity].flags |= SIZED;
}

gboolean
liaison_position_memory_is_pinned (LiaisonPositionMemory *self,
                                   guint                  entity)
{
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), FALSE);

  return entity < self->n_entities && (self->slots[entity].flags & PINNED) != 0;
}

/* A pin holds only where there is a position to hold. */
void
liaison_position_memory_set_pinned (LiaisonPositionMemory *self,
                                    guint                  entity,
                                    gboolean               pinned)
{
  Slot *slot;

  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (entity < self->n_entities);

  slot = &self->slots[entity];
  pinned = pinned && (slot->flags & KNOWN);
  if (pinned == ((slot->flags & PINNED) != 0))
    return;

  if (pinned)
    {
      slot->flags |= PINNED;
      self->n_pinned++;
    }
  else
    {
      slot->flags &= ~PINNED;
      self->n_pinned--;
    }
}

guint
liaison_position_memory_get_n_pinned (LiaisonPositionMemory *self)
{
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), 0);

  return self->n_pinned;
}

/* For a layout from scratch: every position goes, but pins when
 * @keep_pinned.
 */
void
liaison_position_memory_forget (LiaisonPositionMemory *self,
                                gboolean               keep_pinned)
{
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));

  for (guint i = 0; i < self->n_entities; i++)
    if (!keep_pinned || !(self->slots[i].flags & PINNED))
      self->slots[i].flags = 0;
  if (!keep_pinned)
    self->n_pinned = 0;
  g_clear_pointer (&self->engine, g_free);
}

gboolean
liaison_parse_graphviz_point (const char *pos,
                              double     *x,
                              double     *y)
{
  char *end;

  if (pos == NULL)
    return FALSE;
  *x = g_ascii_strtod (pos, &end);
  if (end == pos || *end != ',')
    return FALSE;
  pos = end + 1;
  *y = g_ascii_strtod (pos, &end);
  if (end == pos)
    return FALSE;

  return isfinite (*x) && isfinite (*y);
}

/* Remembers where @scene drew each of its entities, and how large. */
void
liaison_position_memory_record (LiaisonPositionMemory *self,
                                LiaisonScene          *scene)
{
  guint n_nodes;

  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (LIAISON_IS_SCENE (scene));

  n_nodes = liaison_scene_get_n_nodes (scene);
  for (guint i = 0; i < n_nodes; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      double x, y;

      if (node->index >= self->n_entities || !liaison_parse_graphviz_point (node->graphviz_pos, &x, &y))
        continue;
      liaison_position_memory_set (self, node->index, x, y);
      liaison_position_memory_set_size (self, node->index, node->width, node->height);
    }

  if (self->engine == NULL && liaison_scene_get_engine (scene) != NULL)
    self->engine = g_strdup (liaison_scene_get_engine (scene));
}

const char *
liaison_position_memory_get_engine (LiaisonPositionMemory *self)
{
  g_return_val_if_fail (LIAISON_IS_POSITION_MEMORY (self), NULL);

  return self->engine;
}

void
liaison_position_memory_set_engine (LiaisonPositionMemory *self,
                                    const char            *engine)
{
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));

  g_free (self->engine);
  self->engine = g_strdup (engine);
}

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
  LiaisonPositionMemory *successor;  /* of the dataset read again, or NULL */
};

G_DEFINE_FINAL_TYPE (LiaisonPositionMemory, liaison_position_memory, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
liaison_position_memory_finalize (GObject *object)
{
  LiaisonPositionMemory *self = LIAISON_POSITION_MEMORY (object);

  g_free (self->slots);
  g_free (self->engine);
  g_clear_object (&self->successor);

  G_OBJECT_CLASS (liaison_position_memory_parent_class)->finalize (object);
}

static void
liaison_position_memory_class_init (LiaisonPositionMemoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = liaison_position_memory_finalize;

  /* The user moved or pinned entities, or undid it: what shows them is
   * to be drawn again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
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

  /* The engine that placed what @scene shows: a layout that kept places
   * says theirs, one that placed everything anew (all of a focus whose
   * entities had no place yet, say) its own, and the places it leaves are
   * those of the entities now hidden, which come back where they were.
   */
  if (liaison_scene_get_engine (scene) != NULL)
    liaison_position_memory_set_engine (self, liaison_scene_get_engine (scene));
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
  char *copy;

  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));

  /* @engine may be the one held already. */
  copy = g_strdup (engine);

  g_free (self->engine);
  self->engine = copy;
}

/* A user's change of some entities' places or pins, either way round. */
typedef struct
{
  LiaisonPositionMemory *memory;
  GArray                *entities;  /* guint */
  Slot                  *before;
  Slot                  *after;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->memory);
  g_array_unref (edit->entities);
  g_free (edit->before);
  g_free (edit->after);
  g_free (edit);
}

static void
put_slots (LiaisonPositionMemory *self,
           GArray                *entities,
           const Slot            *slots)
{
  for (guint k = 0; k < entities->len; k++)
    {
      guint i = g_array_index (entities, guint, k);
      gboolean was_pinned = (self->slots[i].flags & PINNED) != 0;
      gboolean pinned = (slots[k].flags & PINNED) != 0;

      self->slots[i] = slots[k];
      if (pinned && !was_pinned)
        self->n_pinned++;
      else if (!pinned && was_pinned)
        self->n_pinned--;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
edit_undo (gpointer          data,
           LiaisonViewState *state)
{
  Edit *edit = data;

  put_slots (edit->memory, edit->entities, edit->before);
}

static void
edit_redo (gpointer          data,
           LiaisonViewState *state)
{
  Edit *edit = data;

  put_slots (edit->memory, edit->entities, edit->after);
}

static gpointer edit_carry (gpointer        data,
                            LiaisonDataset *from,
                            LiaisonDataset *to);

static const LiaisonViewChangeFuncs edit_funcs = { edit_undo, edit_redo, edit_free, edit_carry };

/* A move or pin goes over to the places of the dataset read again, for
 * the entities that still exist: Undo then puts them back there.
 */
static gpointer
edit_carry (gpointer        data,
            LiaisonDataset *from,
            LiaisonDataset *to)
{
  Edit *edit = data;
  LiaisonPositionMemory *successor = edit->memory->successor;
  g_autoptr(GArray) slots_before = NULL;
  g_autoptr(GArray) slots_after = NULL;
  Edit *carried;

  if (successor == NULL)
    return NULL;

  carried = g_new0 (Edit, 1);
  carried->memory = g_object_ref (successor);
  carried->entities = g_array_new (FALSE, FALSE, sizeof (guint));
  slots_before = g_array_new (FALSE, FALSE, sizeof (Slot));
  slots_after = g_array_new (FALSE, FALSE, sizeof (Slot));
  for (guint k = 0; k < edit->entities->len; k++)
    {
      guint i = g_array_index (edit->entities, guint, k);
      LiaisonEntity *entity;
      guint j;

      if (i >= liaison_dataset_get_n_entities (from))
        continue;
      entity = liaison_dataset_lookup_entity (to, liaison_entity_get_id (liaison_dataset_get_entity (from, i)));
      if (entity == NULL || (j = liaison_entity_get_index (entity)) >= successor->n_entities)
        continue;
      g_array_append_val (carried->entities, j);
      g_array_append_val (slots_before, edit->before[k]);
      g_array_append_val (slots_after, edit->after[k]);
    }

  if (carried->entities->len == 0)
    {
      edit_free (carried);
      return NULL;
    }
  carried->before = g_memdup2 (slots_before->data, slots_before->len * sizeof (Slot));
  carried->after = g_memdup2 (slots_after->data, slots_after->len * sizeof (Slot));
  return carried;
}

/* @successor holds the places of the next version of the dataset (its
 * file read again): the undo history's moves and pins of @self go over
 * to it. @self keeps it as long as that history lives.
 */
void
liaison_position_memory_set_successor (LiaisonPositionMemory *self,
                                       LiaisonPositionMemory *successor)
{
  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (successor == NULL || LIAISON_IS_POSITION_MEMORY (successor));
  g_return_if_fail (successor != self);

  g_set_object (&self->successor, successor);
}

static Edit *
edit_begin (LiaisonPositionMemory *self,
            const guint           *entities,
            guint                  n_entities)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->memory = g_object_ref (self);
  edit->entities = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_entities);
  for (guint k = 0; k < n_entities; k++)
    if (entities[k] < self->n_entities)
      g_array_append_val (edit->entities, entities[k]);
  edit->before = g_new (Slot, MAX (edit->entities->len, 1));
  for (guint k = 0; k < edit->entities->len; k++)
    edit->before[k] = self->slots[g_array_index (edit->entities, guint, k)];

  return edit;
}

static void
edit_end (LiaisonPositionMemory *self,
          Edit                  *edit,
          LiaisonViewHistory    *history)
{
  edit->after = g_new (Slot, MAX (edit->entities->len, 1));
  for (guint k = 0; k < edit->entities->len; k++)
    edit->after[k] = self->slots[g_array_index (edit->entities, guint, k)];

  if (history != NULL)
    liaison_view_history_push (history, &edit_funcs, edit);
  else
    edit_free (edit);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Moves @entities by (@dx, @dy) points, Graphviz's way up, and pins them
 * there: a user who put an entity somewhere wants it to stay.
 */
void
liaison_position_memory_move (LiaisonPositionMemory *self,
                              LiaisonViewHistory    *history,
                              const guint           *entities,
                              guint                  n_entities,
                              double                 dx,
                              double                 dy)
{
  Edit *edit;

  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (history == NULL || LIAISON_IS_VIEW_HISTORY (history));

  edit = edit_begin (self, entities, n_entities);
  for (guint k = 0; k < edit->entities->len; k++)
    {
      guint i = g_array_index (edit->entities, guint, k);

      if (!(self->slots[i].flags & KNOWN))
        continue;
      self->slots[i].x += dx;
      self->slots[i].y += dy;
      liaison_position_memory_set_pinned (self, i, TRUE);
    }
  edit_end (self, edit, history);
}

void
liaison_position_memory_pin (LiaisonPositionMemory *self,
                             LiaisonViewHistory    *history,
                             const guint           *entities,
                             guint                  n_entities,
                             gboolean               pinned)
{
  Edit *edit;

  g_return_if_fail (LIAISON_IS_POSITION_MEMORY (self));
  g_return_if_fail (history == NULL || LIAISON_IS_VIEW_HISTORY (history));

  edit = edit_begin (self, entities, n_entities);
  for (guint k = 0; k < edit->entities->len; k++)
    liaison_position_memory_set_pinned (self, g_array_index (edit->entities, guint, k), pinned);
  edit_end (self, edit, history);
}

/* liaison-subset.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-subset"

#include "config.h"

#include <string.h>

#include "liaison-subset.h"

/* Bitsets rather than hash sets: a test is one load, a subset of a
 * 100,000-entity dataset takes 12 KiB whatever it holds, and a walk over
 * what it holds skips empty words 64 indices at a time.
 */
typedef struct
{
  guint64 *words;
  guint    capacity;  /* indices 0 .. capacity - 1 */
  guint    count;
} Bits;

struct _LiaisonSubset
{
  Bits entities;
  Bits relations;
};

G_DEFINE_BOXED_TYPE (LiaisonSubset, liaison_subset, liaison_subset_ref, liaison_subset_unref)

static guint
n_words (guint capacity)
{
  return capacity / 64 + (capacity % 64 != 0);
}

static void
bits_init (Bits     *bits,
           guint     capacity,
           gboolean  full)
{
  guint n = n_words (capacity);

  bits->capacity = capacity;
  bits->words = g_new0 (guint64, MAX (n, 1));
  bits->count = 0;

  if (full && capacity > 0)
    {
      memset (bits->words, 0xff, n * sizeof (guint64));
      /* Bits past the capacity stay clear, so that counts and walks are exact. */
      if (capacity % 64 != 0)
        bits->words[n - 1] = (G_GUINT64_CONSTANT (1) << (capacity % 64)) - 1;
      bits->count = capacity;
    }
}

static void
bits_copy (Bits       *to,
           const Bits *from)
{
  to->capacity = from->capacity;
  to->count = from->count;
  to->words = g_memdup2 (from->words, MAX (n_words (from->capacity), 1) * sizeof (guint64));
}

static inline gboolean
bits_has (const Bits *bits,
          guint       i)
{
  return i < bits->capacity && (bits->words[i / 64] >> (i % 64)) & 1;
}

static gboolean
bits_set (Bits     *bits,
          guint     i,
          gboolean  value)
{
  guint64 mask;

  g_return_val_if_fail (i < bits->capacity, FALSE);

  mask = G_GUINT64_CONSTANT (1) << (i % 64);
  if (((bits->words[i / 64] & mask) != 0) == (value != FALSE))
    return FALSE;

  bits->words[i / 64] ^= mask;
  if (value)
    bits->count++;
  else
    bits->count--;
  return TRUE;
}

static void
bits_union (Bits       *bits,
            const Bits *other)
{
  guint count = 0;

  g_return_if_fail (bits->capacity == other->capacity);

  for (guint w = 0; w < n_words (bits->capacity); w++)
    {
      bits->words[w] |= other->words[w];
      count += __builtin_popcountll (bits->words[w]);
    }
  bits->count = count;
}

static gboolean
bits_equal (const Bits *a,
            const Bits *b)
{
  return a->capacity == b->capacity && a->count == b->count &&
         memcmp (a->words, b->words, n_words (a->capacity) * sizeof (guint64)) == 0;
}

static guint
bits_next (const Bits *bits,
           guint       from)
{
  guint w;
  guint64 word;

  if (from >= bits->capacity)
    return LIAISON_SUBSET_END;

  w = from / 64;
  word = bits->words[w] & (~G_GUINT64_CONSTANT (0) << (from % 64));
  while (word == 0)
    {
      if (++w >= n_words (bits->capacity))
        return LIAISON_SUBSET_END;
      word = bits->words[w];
    }

  return w * 64 + __builtin_ctzll (word);
}

/* Returns: (transfer full): an empty subset of a dataset of @n_entities
 * entities and @n_relations relations.
 */
LiaisonSubset *
liaison_subset_new (guint n_entities,
                    guint n_relations)
{
  LiaisonSubset *self = g_atomic_rc_box_new0 (LiaisonSubset);

  bits_init (&self->entities, n_entities, FALSE);
  bits_init (&self->relations, n_relations, FALSE);

  return self;
}

/* Returns: (transfer full): a subset holding everything. */
LiaisonSubset *
liaison_subset_new_full (guint n_entities,
                         guint n_relations)
{
  LiaisonSubset *self = g_atomic_rc_box_new0 (LiaisonSubset);

  bits_init (&self->entities, n_entities, TRUE);
  bits_init (&self->relations, n_relations, TRUE);

  return self;
}

/* Returns: (transfer full): a subset of its own, to change. */
LiaisonSubset *
liaison_subset_copy (const LiaisonSubset *self)
{
  LiaisonSubset *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_atomic_rc_box_new0 (LiaisonSubset);
  bits_copy (&copy->entities, &self->entities);
  bits_copy (&copy->relations, &self->relations);

  return copy;
}

LiaisonSubset *
liaison_subset_ref (LiaisonSubset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
subset_clear (gpointer data)
{
  LiaisonSubset *self = data;

  g_free (self->entities.words);
  g_free (self->relations.words);
}

void
liaison_subset_unref (LiaisonSubset *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, subset_clear);
}

/* The size of the dataset the subset is of. */
guint
liaison_subset_get_entity_capacity (const LiaisonSubset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entities.capacity;
}

guint
liaison_subset_get_relation_capacity (const LiaisonSubset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->relations.capacity;
}

guint
liaison_subset_get_n_entities (const LiaisonSubset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entities.count;
}

guint
liaison_subset_get_n_relations (const LiaisonSubset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->relations.count;
}

/* An index past the dataset is in no subset. */
gboolean
liaison_subset_has_entity (const LiaisonSubset *self,
                           guint                entity)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bits_has (&self->entities, entity);
}

gboolean
liaison_subset_has_relation (const LiaisonSubset *self,
                             guint                relation)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bits_has (&self->relations, relation);
}

/* Returns whether @entity was not in the subset before. */
gboolean
liaison_subset_add_entity (LiaisonSubset *self,
                           guint          entity)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bits_set (&self->entities, entity, TRUE);
}

/* Only the entity: its relations are the caller's to remove, since a
 * subset knows indices, not the graph.
 */
gboolean
liaison_subset_remove_entity (LiaisonSubset *self,
                              guint          entity)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bits_set (&self->entities, entity, FALSE);
}

gboolean
liaison_subset_add_relation (LiaisonSubset *self,
                             guint          relation)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bits_set (&self->relations, relation, TRUE);
}

gboolean
liaison_subset_remove_relation (LiaisonSubset *self,
                                guint          relation)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bits_set (&self->relations, relation, FALSE);
}

/* Adds everything in @other, a subset of the same dataset. */
void
liaison_subset_union (LiaisonSubset       *self,
                      const LiaisonSubset *other)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  bits_union (&self->entities, &other->entities);
  bits_union (&self->relations, &other->relations);
}

gboolean
liaison_subset_equal (const LiaisonSubset *a,
                      const LiaisonSubset *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return bits_equal (&a->entities, &b->entities) && bits_equal (&a->relations, &b->relations);
}

/* Whether a walk that stays within @visible (NULL: the whole dataset)
 * may reach @entity.
 */
gboolean
liaison_subset_allows_entity (const LiaisonSubset *visible,
                              guint                entity)
{
  return visible == NULL || bits_has (&visible->entities, entity);
}

/* Whether a walk that stays within @visible may take @relation: it and
 * both its ends must be in it.
 */
gboolean
liaison_subset_allows_relation (const LiaisonSubset   *visible,
                                const LiaisonRelation *relation)
{
  g_return_val_if_fail (relation != NULL, FALSE);

  return visible == NULL ||
         (bits_has (&visible->relations, relation->index) && bits_has (&visible->entities, relation->from) &&
          bits_has (&visible->entities, relation->to));
}

/* The first entity in the subset at @from or after, or LIAISON_SUBSET_END. */
guint
liaison_subset_next_entity (const LiaisonSubset *self,
                            guint                from)
{
  g_return_val_if_fail (self != NULL, LIAISON_SUBSET_END);

  return bits_next (&self->entities, from);
}

guint
liaison_subset_next_relation (const LiaisonSubset *self,
                              guint                from)
{
  g_return_val_if_fail (self != NULL, LIAISON_SUBSET_END);

  return bits_next (&self->relations, from);
}

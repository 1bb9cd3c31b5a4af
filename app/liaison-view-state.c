/* liaison-view-state.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-view-state"

#include "config.h"

#include "liaison-view-state.h"

struct _LiaisonViewState
{
  GObject         parent_instance;

  LiaisonDataset *dataset;
  GHashTable     *hidden_entity_types;    /* type id strings owned by the dataset */
  GHashTable     *hidden_relation_types;
};

enum {
  VISIBILITY_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonViewState, liaison_view_state, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static void
liaison_view_state_finalize (GObject *object)
{
  LiaisonViewState *self = (LiaisonViewState *)object;

  g_clear_pointer (&self->hidden_entity_types, g_hash_table_unref);
  g_clear_pointer (&self->hidden_relation_types, g_hash_table_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (liaison_view_state_parent_class)->finalize (object);
}

static void
liaison_view_state_class_init (LiaisonViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_view_state_finalize;

  signals[VISIBILITY_CHANGED] =
    g_signal_new ("visibility-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
liaison_view_state_init (LiaisonViewState *self)
{
  self->hidden_entity_types = g_hash_table_new (g_str_hash, g_str_equal);
  self->hidden_relation_types = g_hash_table_new (g_str_hash, g_str_equal);
}

LiaisonViewState *
liaison_view_state_new (LiaisonDataset *dataset)
{
  LiaisonViewState *self;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);

  self = g_object_new (LIAISON_TYPE_VIEW_STATE, NULL);
  self->dataset = g_object_ref (dataset);

  return self;
}

LiaisonDataset *
liaison_view_state_get_dataset (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), NULL);

  return self->dataset;
}

static gboolean
set_type_visible (LiaisonViewState       *self,
                  GHashTable             *hidden,
                  const LiaisonTypeStyle *style,
                  gboolean                visible)
{
  gboolean changed;

  if (style == NULL)
    return FALSE;

  /* Keys are the dataset's own strings, which live as long as it does. */
  if (visible)
    changed = g_hash_table_remove (hidden, style->id);
  else
    changed = g_hash_table_add (hidden, (gpointer) style->id);

  if (changed)
    g_signal_emit (self, signals[VISIBILITY_CHANGED], 0);

  return changed;
}

gboolean
liaison_view_state_get_entity_type_visible (LiaisonViewState *self,
                                            const char       *type)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  return !g_hash_table_contains (self->hidden_entity_types, type);
}

void
liaison_view_state_set_entity_type_visible (LiaisonViewState *self,
                                            const char       *type,
                                            gboolean          visible)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (type != NULL);

  set_type_visible (self, self->hidden_entity_types,
                    liaison_dataset_lookup_entity_type (self->dataset, type), visible);
}

gboolean
liaison_view_state_get_relation_type_visible (LiaisonViewState *self,
                                              const char       *type)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  return !g_hash_table_contains (self->hidden_relation_types, type);
}

void
liaison_view_state_set_relation_type_visible (LiaisonViewState *self,
                                              const char       *type,
                                              gboolean          visible)
{
  g_return_if_fail (LIAISON_IS_VIEW_STATE (self));
  g_return_if_fail (type != NULL);

  set_type_visible (self, self->hidden_relation_types,
                    liaison_dataset_lookup_relation_type (self->dataset, type), visible);
}

gboolean
liaison_view_state_is_entity_visible (LiaisonViewState *self,
                                      guint             entity_index)
{
  const char *type;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);

  type = liaison_entity_get_entity_type (liaison_dataset_get_entity (self->dataset, entity_index));

  return type == NULL || !g_hash_table_contains (self->hidden_entity_types, type);
}

/* A relation shows when its type is on and both its ends show. */
gboolean
liaison_view_state_is_relation_visible (LiaisonViewState      *self,
                                        const LiaisonRelation *relation)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (relation != NULL, FALSE);

  if (relation->type != NULL && g_hash_table_contains (self->hidden_relation_types, relation->type))
    return FALSE;

  return liaison_view_state_is_entity_visible (self, relation->from) &&
         liaison_view_state_is_entity_visible (self, relation->to);
}

gboolean
liaison_view_state_is_everything_visible (LiaisonViewState *self)
{
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (self), FALSE);

  return g_hash_table_size (self->hidden_entity_types) == 0 &&
         g_hash_table_size (self->hidden_relation_types) == 0;
}

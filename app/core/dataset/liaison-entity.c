/* liaison-entity.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-entity"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "liaison-dataset-private.h"
#include "liaison-entity.h"

struct _LiaisonEntity
{
  GObject              parent_instance;

  /* owned */
  LiaisonStringStore     *store;
  char                   *search_text;  /* folded label and aliases, made on first search */

  /* in the store */
  const char * const     *aliases;
  const LiaisonEvidence  *evidence;
  const LiaisonAttribute *attributes;
  const char             *id;
  const char             *label;
  const char             *type;
  const char             *type_label;
  const char             *description;

  guint                   index;
  guint                   n_evidence;
  guint                   n_attributes;
  gboolean                has_position;
  double                  x;
  double                  y;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_ENTITY_TYPE,
  PROP_TYPE_LABEL,
  PROP_DESCRIPTION,
  PROP_ALIASES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonEntity, liaison_entity, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
liaison_entity_finalize (GObject *object)
{
  LiaisonEntity *self = (LiaisonEntity *)object;

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->store, liaison_string_store_unref);

  G_OBJECT_CLASS (liaison_entity_parent_class)->finalize (object);
}

static void
liaison_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_ENTITY_TYPE:
      g_value_set_string (value, self->type);
      break;

    case PROP_TYPE_LABEL:
      g_value_set_string (value, self->type_label);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_class_init (LiaisonEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_entity_finalize;
  object_class->get_property = liaison_entity_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY_TYPE] =
    g_param_spec_string ("entity-type", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TYPE_LABEL] =
    g_param_spec_string ("type-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_entity_init (LiaisonEntity *self)
{
}

/* The entity borrows @fields' strings and lists, which the store keeps. */
LiaisonEntity *
liaison_entity_new (LiaisonStringStore        *store,
                    guint                      index,
                    const LiaisonEntityFields *fields)
{
  LiaisonEntity *self;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (fields->id != NULL, NULL);
  g_return_val_if_fail (fields->label != NULL, NULL);

  self = g_object_new (LIAISON_TYPE_ENTITY, NULL);
  self->store = liaison_string_store_ref (store);
  self->index = index;
  self->id = fields->id;
  self->label = fields->label;
  self->type = fields->type;
  self->type_label = fields->type_label;
  self->description = fields->description;
  self->aliases = (const char * const *) fields->aliases;
  self->evidence = fields->evidence;
  self->n_evidence = fields->n_evidence;
  self->attributes = fields->attributes;
  self->n_attributes = fields->n_attributes;
  self->has_position = fields->has_position;
  self->x = fields->x;
  self->y = fields->y;

  return self;
}

/**
 * liaison_entity_get_position:
 * @x: (out) (optional): in points
 * @y: (out) (optional): in points, pointing up
 *
 * Returns: whether the file the entity was read from says where it is
 */
gboolean
liaison_entity_get_position (LiaisonEntity *self,
                             double        *x,
                             double        *y)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), FALSE);

  if (x != NULL)
    *x = self->x;
  if (y != NULL)
    *y = self->y;

  return self->has_position;
}

const char *
liaison_entity_get_id (LiaisonEntity *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return self->id;
}

const char *
liaison_entity_get_label (LiaisonEntity *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return self->label;
}

const char *
liaison_entity_get_entity_type (LiaisonEntity *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return self->type;
}

/* The entity type's label, for people; NULL when the entity has no type. */
const char *
liaison_entity_get_type_label (LiaisonEntity *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return self->type_label;
}

const char *
liaison_entity_get_description (LiaisonEntity *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return self->description;
}

const char * const *
liaison_entity_get_aliases (LiaisonEntity *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return self->aliases != NULL ? self->aliases : none;
}

guint
liaison_entity_get_index (LiaisonEntity *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), 0);

  return self->index;
}

const LiaisonEvidence *
liaison_entity_get_evidence (LiaisonEntity *self,
                             guint         *n_evidence)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);
  g_return_val_if_fail (n_evidence != NULL, NULL);

  *n_evidence = self->n_evidence;
  return self->evidence;
}

const LiaisonAttribute *
liaison_entity_get_attributes (LiaisonEntity *self,
                               guint         *n_attributes)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);
  g_return_val_if_fail (n_attributes != NULL, NULL);

  *n_attributes = self->n_attributes;
  return self->attributes;
}

static char *
fold_for_search (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  /* NFKC first, so that full-width Latin letters match what people type. */
  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}

/* @folded_needle comes from liaison_entity_fold_search(); matching is a
 * substring search over the label and the aliases.
 */
gboolean
liaison_entity_matches (LiaisonEntity *self,
                        const char    *folded_needle)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (folded_needle != NULL, FALSE);

  if (self->search_text == NULL)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *folded_label = fold_for_search (self->label);

      g_string_append (text, folded_label);
      for (guint i = 0; self->aliases != NULL && self->aliases[i] != NULL; i++)
        {
          g_autofree char *folded = fold_for_search (self->aliases[i]);

          /* A line break separates names so that no match spans two. */
          g_string_append_c (text, '\n');
          g_string_append (text, folded);
        }
      self->search_text = g_string_free (text, FALSE);
    }

  return strstr (self->search_text, folded_needle) != NULL;
}

char *
liaison_entity_fold_search (const char *needle)
{
  g_return_val_if_fail (needle != NULL, NULL);

  return fold_for_search (needle);
}

char *
liaison_attribute_dup_display (const LiaisonAttribute *attribute)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (attribute != NULL, NULL);

  /* The JSON text was produced by the loader, so it always parses. */
  node = json_from_string (attribute->json, NULL);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));

  return g_strdup (attribute->json);
}

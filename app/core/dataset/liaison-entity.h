/* liaison-entity.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-types.h"

G_BEGIN_DECLS

/* A piece of evidence: which source says so, and the words it uses. */
struct _LiaisonEvidence
{
  const char *source;  /* a source id known to the dataset */
  const char *quote;   /* may be NULL */
};

/* An attribute keeps its value as JSON text so that nothing is lost on export;
 * liaison_attribute_dup_display() gives what people read.
 */
struct _LiaisonAttribute
{
  const char *key;
  const char *json;
};

#define LIAISON_TYPE_ENTITY (liaison_entity_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEntity, liaison_entity, LIAISON, ENTITY, GObject)

const char             *liaison_entity_get_id           (LiaisonEntity *self);
const char             *liaison_entity_get_label        (LiaisonEntity *self);
const char             *liaison_entity_get_entity_type  (LiaisonEntity *self);
const char             *liaison_entity_get_type_label   (LiaisonEntity *self);
const char             *liaison_entity_get_description  (LiaisonEntity *self);
const char * const     *liaison_entity_get_aliases      (LiaisonEntity *self);
guint                   liaison_entity_get_index        (LiaisonEntity *self);
const LiaisonEvidence  *liaison_entity_get_evidence     (LiaisonEntity *self,
                                                         guint         *n_evidence);
const LiaisonAttribute *liaison_entity_get_attributes   (LiaisonEntity *self,
                                                         guint         *n_attributes);
gboolean                liaison_entity_get_position     (LiaisonEntity *self,
                                                         double        *x,
                                                         double        *y);
gboolean                liaison_entity_matches          (LiaisonEntity *self,
                                                         const char    *folded_needle);

char                   *liaison_entity_fold_search      (const char    *needle)
                                                         G_GNUC_WARN_UNUSED_RESULT;

char                   *liaison_attribute_dup_display   (const LiaisonAttribute *attribute)
                                                         G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

/* liaison-import-node-link-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-format.h"

G_BEGIN_DECLS

/* What the node-link JSON front ends (Cytoscape, JGF, d3) share: one
 * import's state and the readers of members, values and attributes.
 */
typedef struct
{
  const LiaisonImportInput *input;
  LiaisonDatasetBuilder    *builder;
  JsonParser               *parser;
  GPtrArray                *owned;       /* strings made for the item */
  GArray                   *attributes;  /* LiaisonAttribute */
  gboolean                  undirected;  /* the file's default for its edges */
} LiaisonNodeLinkImport;

typedef gboolean (*LiaisonNodeLinkReadFunc) (LiaisonNodeLinkImport *im,
                                             JsonNode              *root,
                                             GError               **error);

/* Keeps @text until the item is done. */
const char *liaison_node_link_own (LiaisonNodeLinkImport *im,
                                   char                  *text);
void liaison_node_link_value_from_node (LiaisonNodeLinkImport *im,
                                        JsonNode              *node,
                                        LiaisonValue          *value);
/* An id or an endpoint: a string, or a number as its text. */
void liaison_node_link_id_from_node (LiaisonNodeLinkImport *im,
                                     JsonNode              *node,
                                     LiaisonValue          *value);
JsonNode *liaison_node_link_member (JsonObject *object,
                                    const char *name);
JsonObject *liaison_node_link_member_object (JsonObject *object,
                                             const char *name);
JsonArray *liaison_node_link_member_array (JsonObject *object,
                                           const char *name);
/* The first of @names that @object has, as a value. */
void liaison_node_link_first_member (LiaisonNodeLinkImport *im,
                                     JsonObject            *object,
                                     const char * const    *names,
                                     LiaisonValue          *value);
/* Every member of @object not in @mapped, as an attribute, in order. */
void liaison_node_link_add_attributes (LiaisonNodeLinkImport *im,
                                       JsonObject            *object,
                                       const char * const    *mapped);
/* The scratch of one item, once the builder has it. */
void liaison_node_link_item_done (LiaisonNodeLinkImport *im);
/* @entity or @relation, with the attributes added for it, to the builder,
 * and the item done: whether to go on. A node without a label is named by
 * its id.
 */
gboolean liaison_node_link_add_entity (LiaisonNodeLinkImport *im,
                                       const LiaisonLocation *location,
                                       LiaisonEntityInput    *entity);
gboolean liaison_node_link_add_relation (LiaisonNodeLinkImport *im,
                                         const LiaisonLocation *location,
                                         LiaisonRelationInput  *relation);
void liaison_node_link_read_position (JsonObject         *object,
                                      const char         *x,
                                      const char         *y,
                                      LiaisonEntityInput *entity);
/* The element itself, when it is an object; otherwise a problem and NULL. */
JsonObject *liaison_node_link_item_object (LiaisonNodeLinkImport *im,
                                           JsonNode              *node,
                                           const LiaisonLocation *location);
void liaison_node_link_set_title (LiaisonNodeLinkImport *im,
                                  JsonObject            *object,
                                  const char            *name);
/* The pre-scan, the tree, then @read; the builder says the rest. Only
 * Cytoscape allows an array (of elements) at the top level.
 */
LiaisonDataset *liaison_node_link_import (const LiaisonImportInput *input,
                                          LiaisonNodeLinkReadFunc   read,
                                          gboolean                  root_may_be_array,
                                          GError                  **error);

G_END_DECLS

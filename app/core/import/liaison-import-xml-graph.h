/* liaison-import-xml-graph.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-import-graph.h"
#include "liaison-import-xml.h"

G_BEGIN_DECLS

/* What the graph formats of XML (GraphML and GEXF) share: attributes
 * declared with a name, a type and a default, the node or edge being
 * read, and the reading of a file into a LiaisonGraphBuffer.
 */

/* What a declaration is for: GraphML's <key for="…">, GEXF's
 * <attributes class="…">.
 */
typedef enum
{
  LIAISON_XML_DOMAIN_NODE  = 1 << 0,
  LIAISON_XML_DOMAIN_EDGE  = 1 << 1,
  LIAISON_XML_DOMAIN_GRAPH = 1 << 2,
} LiaisonXmlDomain;

/* A declared attribute: GraphML's <key>, GEXF's <attribute>. */
typedef struct
{
  char                *id;
  char                *name;           /* GraphML's attr.name, GEXF's title; the id without one */
  char                *default_value;  /* NULL: none */
  LiaisonXmlValueType  type;
  guint                domains;        /* LiaisonXmlDomain */
  int                  meaning;        /* what the format makes of it, in its own terms */
  guint                index;          /* in the declarations; G_MAXUINT: not declared */
} LiaisonXmlDeclaration;

typedef struct
{
  GHashTable *by_id;   /* id -> LiaisonXmlDeclaration */
  GPtrArray  *list;    /* in the file's order */
} LiaisonXmlDeclarations;

void                   liaison_xml_declarations_init         (LiaisonXmlDeclarations  *self);
void                   liaison_xml_declarations_clear        (LiaisonXmlDeclarations  *self);
LiaisonXmlDeclaration *liaison_xml_declarations_add          (LiaisonXmlDeclarations  *self,
                                                              char                    *id,
                                                              char                    *name,
                                                              LiaisonXmlValueType      type);
LiaisonXmlDeclaration *liaison_xml_declarations_lookup       (LiaisonXmlDeclarations  *self,
                                                              const char              *id);
gboolean               liaison_xml_declarations_read_default (LiaisonXmlDeclarations  *self,
                                                              LiaisonXmlReader        *xml,
                                                              GError                 **error);

/* What a declared attribute's value is to a node or an edge, by the names
 * both formats know; a format's own roles come after these.
 */
typedef enum
{
  LIAISON_XML_ROLE_ATTRIBUTE,
  LIAISON_XML_ROLE_LABEL,
  LIAISON_XML_ROLE_TYPE,
  LIAISON_XML_ROLE_DESCRIPTION,
  LIAISON_XML_ROLE_DATE,
  LIAISON_XML_N_ROLES,
} LiaisonXmlRole;

/* Whether an attribute's @name is @wanted, whatever its case. */
gboolean               liaison_xml_name_is                   (const char              *name,
                                                              const char              *wanted);

/* A node or an edge being read: what its element has said so far. A
 * format that has more to remember puts this first in a struct of its own
 * and gives that struct's size to liaison_xml_graph_start_node() and
 * liaison_xml_graph_start_edge().
 */
typedef struct
{
  guint       index;          /* in the buffer's nodes or edges */
  int         depth;          /* of its element */
  gboolean    is_edge;
  const char *label;
  const char *type;
  const char *description;
  const char *date;
  gboolean    has_position;
  double      x, y;
  GArray     *attributes;     /* LiaisonAttribute, strings in the buffer */
  GArray     *seen;           /* guint: the index of each declaration given */
} LiaisonXmlItem;

void                   liaison_xml_item_free                 (gpointer                 item);
/* The field of @self that a value of @role sets (NULL for another role),
 * and in @value what it keeps: @stripped for a type or a date, @text for
 * the others.
 */
const char           **liaison_xml_item_field                (LiaisonXmlItem          *self,
                                                              int                      role,
                                                              const char              *text,
                                                              const char              *stripped,
                                                              const char             **value);
void                   liaison_xml_item_mark_seen            (LiaisonXmlItem          *self,
                                                              const LiaisonXmlDeclaration *declaration);

/* A file of a graph format being read. */
typedef struct
{
  LiaisonXmlReader          xml;
  const LiaisonImportInput *input;
  LiaisonGraphBuffer       *buffer;
  GString                  *json;        /* for each value as JSON */
  const char               *root;        /* the format's document element */
  const char               *not_root;    /* its message for another one, untranslated */
  gboolean                  seen_root;
  guint                     n_nested;    /* nodes inside other nodes */
  guint                     n_elements;
  gint64                    start_time;
} LiaisonXmlGraph;

/* @not_root: N_("the document is <%s>, not …"), for a file whose first
 * element is not @root
 */
gboolean               liaison_xml_graph_init                (LiaisonXmlGraph         *self,
                                                              const LiaisonImportInput *input,
                                                              const char              *root,
                                                              const char              *not_root,
                                                              GError                 **error);
/* The dataset when @read (the file was read to its end, the front end's
 * notes given), and the end of @self either way.
 */
LiaisonDataset        *liaison_xml_graph_finish              (LiaisonXmlGraph         *self,
                                                              gboolean                 read,
                                                              GError                 **error)
                                                              G_GNUC_WARN_UNUSED_RESULT;

/* The next node inside the document element, as liaison_xml_reader_next()
 * gives it, once the document element is known to be the format's; the
 * progress of reading on the way.
 */
int                    liaison_xml_graph_next                (LiaisonXmlGraph         *self,
                                                              GError                 **error);
/* After the last node: FALSE with @error set when @type says the reader
 * failed or the file held no element.
 */
gboolean               liaison_xml_graph_check_end           (LiaisonXmlGraph         *self,
                                                              int                      type,
                                                              GError                 **error);

void                   liaison_xml_graph_add_string          (LiaisonXmlGraph         *self,
                                                              LiaisonXmlItem          *item,
                                                              const char              *name,
                                                              const char              *text);
void                   liaison_xml_graph_add_typed           (LiaisonXmlGraph         *self,
                                                              LiaisonXmlItem          *item,
                                                              const char              *name,
                                                              LiaisonXmlValueType      type,
                                                              const char              *text);

typedef void (*LiaisonXmlApplyFunc) (LiaisonXmlItem              *item,
                                     const LiaisonXmlDeclaration *declaration,
                                     LiaisonXmlDomain             domain,
                                     const char                  *text,
                                     gpointer                     user_data);

/* Gives @apply the default of each declaration for @domain that @item
 * has not given a value of its own.
 */
void                   liaison_xml_graph_apply_defaults      (LiaisonXmlItem          *item,
                                                              LiaisonXmlDeclarations  *declarations,
                                                              LiaisonXmlDomain         domain,
                                                              LiaisonXmlApplyFunc      apply,
                                                              gpointer                 user_data);

/* The node whose element the reader is at, inside @parent's (or NULL). */
LiaisonXmlItem        *liaison_xml_graph_start_node          (LiaisonXmlGraph         *self,
                                                              gsize                    item_size,
                                                              LiaisonXmlItem          *parent);
/* The edge whose element the reader is at; NULL, with a problem for the
 * builder, when it lacks a source or a target.
 */
LiaisonXmlItem        *liaison_xml_graph_start_edge          (LiaisonXmlGraph         *self,
                                                              gsize                    item_size,
                                                              gboolean                 directed);
/* What @item read, into its node or edge; frees @item. */
void                   liaison_xml_graph_end_item            (LiaisonXmlGraph         *self,
                                                              LiaisonXmlItem          *item);

G_END_DECLS

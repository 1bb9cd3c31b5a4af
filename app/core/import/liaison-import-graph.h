/* liaison-import-graph.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-import-format.h"
#include "liaison-types.h"

G_BEGIN_DECLS

/* A graph as a front end reads it, held until the file is read: the
 * builder takes entities before relations and the title first, and
 * formats put them in any order (a GraphML edge may come before its
 * nodes, a title after them). Strings live in the buffer.
 */
typedef struct
{
  const char *id;
  const char *label;          /* NULL: the id names the entity */
  const char *type;
  const char *description;
  guint       line;
  guint       column;
  guint       first_attribute;
  guint       n_attributes;
  gboolean    has_position;
  double      x;              /* points, y up */
  double      y;
} LiaisonGraphNode;

typedef struct
{
  const char *id;             /* NULL: "relation-N" */
  const char *source;
  const char *target;
  const char *label;
  const char *type;
  const char *date;
  const char *description;
  guint       line;
  guint       column;
  guint       first_attribute;
  guint       n_attributes;
  gboolean    directed;
} LiaisonGraphEdge;

typedef struct
{
  GStringChunk *strings;
  const char   *title;
  const char   *description;
  guint         title_line;
  guint         description_line;
  GArray       *nodes;        /* LiaisonGraphNode */
  GArray       *edges;        /* LiaisonGraphEdge */
  GArray       *attributes;   /* LiaisonAttribute, in runs for each node and edge */
  GArray       *problems;     /* what the front end refuses, given to the builder */
  GArray       *notes;        /* what it says of the file that loads */
} LiaisonGraphBuffer;

LiaisonGraphBuffer *liaison_graph_buffer_new        (void);
void                liaison_graph_buffer_free       (LiaisonGraphBuffer       *self);

const char         *liaison_graph_buffer_keep       (LiaisonGraphBuffer       *self,
                                                     const char               *text);
void                liaison_graph_buffer_set_title  (LiaisonGraphBuffer       *self,
                                                     const char               *title,
                                                     guint                     line);
void                liaison_graph_buffer_set_description (LiaisonGraphBuffer *self,
                                                     const char               *description,
                                                     guint                     line);
void                liaison_graph_buffer_add_problem (LiaisonGraphBuffer      *self,
                                                     guint                     line,
                                                     guint                     column,
                                                     const char               *member,
                                                     const char               *message);
void                liaison_graph_buffer_add_note   (LiaisonGraphBuffer       *self,
                                                     guint                     line,
                                                     const char               *message);

LiaisonDataset     *liaison_graph_buffer_build      (LiaisonGraphBuffer       *self,
                                                     const LiaisonImportInput *input,
                                                     double                    progress_base,
                                                     GError                  **error)
                                                     G_GNUC_WARN_UNUSED_RESULT;

/* Attribute values are kept as JSON text. */
void                liaison_append_json_string      (GString                  *out,
                                                     const char               *text);
gboolean            liaison_text_is_json_number     (const char               *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonGraphBuffer, liaison_graph_buffer_free)

G_END_DECLS

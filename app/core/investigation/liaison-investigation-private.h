/* liaison-investigation-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "liaison-date-range.h"
#include "liaison-element-id.h"
#include "liaison-investigation.h"

G_BEGIN_DECLS

/* Where an entity stood, in Graphviz's points (y grows upwards). */
typedef struct
{
  char    *entity;
  double   x;
  double   y;
  gboolean pinned;
} LiaisonSavedPosition;

/* Everything by id, never by index: indices change with the file. */
struct _LiaisonInvestigation
{
  GObject            parent_instance;

  char              *dataset_path;           /* as written in the file, or NULL */
  GFile             *dataset_file;           /* where that leads */
  char              *checksum;               /* SHA-256 in lowercase hex, or NULL */
  char              *nodes_path;             /* a CSV edge list's node table, as written, or NULL */
  GFile             *nodes_file;
  char              *nodes_checksum;

  GPtrArray         *hidden_entity_types;    /* char * each */
  GPtrArray         *hidden_relation_types;
  GPtrArray         *hidden_sources;
  GPtrArray         *hidden_publishers;
  LiaisonDateRange   date_range;

  gboolean           has_explored;           /* otherwise everything the filters let through */
  gboolean           explored_all_except;    /* the ids below are what is left out */
  GPtrArray         *explored_entities;
  GPtrArray         *explored_relations;

  gboolean           has_selection;
  LiaisonElementKind selection_kind;
  char              *selection_id;
  char              *search;

  GArray            *positions;              /* LiaisonSavedPosition */
  char              *drawn_by;               /* the Graphviz layout the positions came from */
  gboolean           has_camera;
  LiaisonCamera      camera;
  char              *engine;                 /* as liaison_layout_engine_to_string() names it */

  LiaisonNotes      *notes;                  /* the user's, on entities and relations */
};

/* liaison-investigation.c */
LiaisonInvestigation *liaison_investigation_new_empty       (void) G_GNUC_WARN_UNUSED_RESULT;
GFile                *liaison_investigation_resolve_path    (GFile       *file,
                                                             const char  *path) G_GNUC_WARN_UNUSED_RESULT;
char                 *liaison_investigation_relative_path   (GFile       *destination,
                                                             GFile       *dataset) G_GNUC_WARN_UNUSED_RESULT;

/* liaison-investigation-json.c: days as "YYYY-MM-DD", or NULL for an open end. */
char                 *liaison_investigation_format_day      (guint32      day) G_GNUC_WARN_UNUSED_RESULT;
gboolean              liaison_investigation_parse_day       (const char  *text,
                                                             guint32     *day);

G_END_DECLS

/* liaison-dataset-builder.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-types.h"

G_BEGIN_DECLS

/* Where an item is in its file, as the front end that reads the file
 * knows it: a path for formats of nested values (JSON), a line and, where
 * known, a column for formats read as text or XML. Messages print them as
 *
 *   file.json: entities[3].from: unknown entity "huwei"
 *   file.graphml:12:5: from: unknown entity "huwei"
 *   file.csv:12: from: unknown entity "huwei"
 *
 * The builder adds the member it speaks of ("from"), and the item in a
 * list of the located item when the problem is there ("evidence[0]").
 */
typedef enum
{
  LIAISON_LOCATION_PATH,
  LIAISON_LOCATION_LINE,
} LiaisonLocationKind;

#define LIAISON_LOCATION_NO_INDEX G_MAXUINT

typedef struct
{
  LiaisonLocationKind kind;
  const char         *section;  /* PATH: "entities", or "" for the top level */
  guint               index;    /* PATH: the item's place in its section, or
                                 * LIAISON_LOCATION_NO_INDEX */
  guint               line;     /* LINE: counting from 1 */
  guint               column;   /* LINE: counting from 1, or 0 when not known */
  const char         *list;     /* a list of the item ("evidence"), or NULL */
  guint               list_index;
  const char         *file;     /* LINE: the file the line is in when it is not
                                 * the dataset's own (a CSV node table), or NULL */
} LiaisonLocation;

LiaisonLocation liaison_location_path      (const char            *section,
                                            guint                  index);
LiaisonLocation liaison_location_line      (guint                  line,
                                            guint                  column);
char           *liaison_location_to_string (const LiaisonLocation *location,
                                            const char            *member)
                                            G_GNUC_WARN_UNUSED_RESULT;

/* A value as the file gave it. Formats without types give strings; the
 * kinds let a typed format say what it found instead of what was wanted.
 */
typedef enum
{
  LIAISON_VALUE_ABSENT,    /* the member is not there */
  LIAISON_VALUE_NULL,
  LIAISON_VALUE_STRING,
  LIAISON_VALUE_NUMBER,
  LIAISON_VALUE_BOOLEAN,
  LIAISON_VALUE_ARRAY,
  LIAISON_VALUE_OBJECT,
} LiaisonValueKind;

typedef struct
{
  LiaisonValueKind  kind;
  const char       *text;  /* STRING: the text; NUMBER, BOOLEAN: as JSON writes it;
                            * otherwise NULL */
} LiaisonValue;

char *liaison_value_describe (const LiaisonValue *value) G_GNUC_WARN_UNUSED_RESULT;

/* A piece of evidence: @item is an OBJECT holding @source and @quote, or
 * what the file has in its place.
 */
typedef struct
{
  LiaisonValue item;
  LiaisonValue source;
  LiaisonValue quote;
} LiaisonEvidenceInput;

/* Lists: @aliases and @evidence are the members that hold them; their
 * items are read when the member is an ARRAY, ABSENT or NULL means there
 * are none, and anything else is a problem. @attributes is the member
 * that holds attributes in formats with one (OBJECT, ABSENT or NULL, or a
 * problem); the attribute items, which may also come from members the
 * format does not know, are kept in any case, as JSON text, so that
 * exports give back what was read.
 *
 * Entities and relations both have evidence and attributes.
 */
typedef struct
{
  LiaisonValue                evidence;
  const LiaisonEvidenceInput *evidence_items;
  guint                       n_evidence_items;
  LiaisonValue                attributes;
  const LiaisonAttribute     *attribute_items;
  guint                       n_attribute_items;
} LiaisonDetailsInput;

typedef struct
{
  LiaisonValue                id;
  LiaisonValue                label;
  LiaisonValue                name;          /* names the entity when @label is absent */
  LiaisonValue                type;
  LiaisonValue                description;
  LiaisonValue                aliases;
  const LiaisonValue         *alias_items;
  guint                       n_alias_items;
  LiaisonDetailsInput         details;
  /* Where the file draws the entity, when it says: in points, with y
   * pointing up as in Graphviz; the front end converts the format's
   * units and turns an axis that points down.
   */
  gboolean                    has_position;
  double                      x;
  double                      y;
} LiaisonEntityInput;

typedef struct
{
  LiaisonValue                id;            /* optional: "relation-N" otherwise */
  LiaisonValue                from;
  LiaisonValue                to;
  LiaisonValue                type;
  LiaisonValue                label;
  LiaisonValue                description;
  LiaisonValue                date;
  LiaisonValue                directed;      /* BOOLEAN, "true" when absent */
  LiaisonDetailsInput         details;
} LiaisonRelationInput;

typedef struct
{
  LiaisonValue id;
  LiaisonValue title;
  LiaisonValue publisher;
  LiaisonValue author;
  LiaisonValue date;
  LiaisonValue description;
  LiaisonValue url;
} LiaisonSourceInput;

typedef struct
{
  LiaisonValue id;
  LiaisonValue label;
  LiaisonValue color;
  LiaisonValue shape;   /* entity types only */
  LiaisonValue style;   /* relation types only */
} LiaisonTypeInput;

/* Builds a LiaisonDataset from calls, checking its meaning as it goes,
 * whatever the format it was read from. Call in this order: title and
 * description, sources, entity types, relation types, entities,
 * relations; evidence can only cite sources added before it, and when no
 * type of a kind is declared, every type used becomes one.
 *
 * Problems are collected with their location, up to a limit, so that one
 * pass over a broken file tells the researcher all they need to fix.
 */
typedef struct _LiaisonDatasetBuilder LiaisonDatasetBuilder;

LiaisonDatasetBuilder *liaison_dataset_builder_new (const char *display_name);
void                   liaison_dataset_builder_free (LiaisonDatasetBuilder *self);

void                   liaison_dataset_builder_set_cancellable (LiaisonDatasetBuilder *self,
                                                                GCancellable          *cancellable);
void                   liaison_dataset_builder_set_progress (LiaisonDatasetBuilder *self,
                                                             guint64                n_items,
                                                             LiaisonProgressFunc    progress,
                                                             gpointer               progress_data);
void                   liaison_dataset_builder_set_max_problems (LiaisonDatasetBuilder *self,
                                                                 guint                  max_shown);

void                   liaison_dataset_builder_set_lenient (LiaisonDatasetBuilder *self,
                                                            gboolean               lenient);
gboolean               liaison_dataset_builder_get_lenient (LiaisonDatasetBuilder *self);
void                   liaison_dataset_builder_lenient_begin (gboolean lenient);
void                   liaison_dataset_builder_lenient_end (void);

void                   liaison_dataset_builder_set_title (LiaisonDatasetBuilder *self,
                                                          const LiaisonLocation *location,
                                                          const LiaisonValue    *title);
void                   liaison_dataset_builder_set_description (LiaisonDatasetBuilder *self,
                                                                const LiaisonLocation *location,
                                                                const LiaisonValue    *description);
void                   liaison_dataset_builder_add_source (LiaisonDatasetBuilder    *self,
                                                           const LiaisonLocation    *location,
                                                           const LiaisonSourceInput *source);
void                   liaison_dataset_builder_add_entity_type (LiaisonDatasetBuilder  *self,
                                                                const LiaisonLocation  *location,
                                                                const LiaisonTypeInput *type);
void                   liaison_dataset_builder_add_relation_type (LiaisonDatasetBuilder  *self,
                                                                  const LiaisonLocation  *location,
                                                                  const LiaisonTypeInput *type);
gboolean               liaison_dataset_builder_add_entity (LiaisonDatasetBuilder    *self,
                                                           const LiaisonLocation    *location,
                                                           const LiaisonEntityInput *entity);
gboolean               liaison_dataset_builder_add_relation (LiaisonDatasetBuilder      *self,
                                                             const LiaisonLocation      *location,
                                                             const LiaisonRelationInput *relation);

void                   liaison_dataset_builder_add_problem (LiaisonDatasetBuilder *self,
                                                            const LiaisonLocation *location,
                                                            const char            *member,
                                                            const char            *format,
                                                            ...) G_GNUC_PRINTF (4, 5);
void                   liaison_dataset_builder_expected (LiaisonDatasetBuilder *self,
                                                         const LiaisonLocation *location,
                                                         const char            *member,
                                                         LiaisonValueKind       expected,
                                                         const LiaisonValue    *found);
guint                  liaison_dataset_builder_get_n_problems (LiaisonDatasetBuilder *self);

/* What the researcher should know of a file that loads all the same:
 * the part of it that was read ("only the first of 3 graphs"). @location
 * may be NULL.
 */
void                   liaison_dataset_builder_add_note (LiaisonDatasetBuilder *self,
                                                         const LiaisonLocation *location,
                                                         const char            *format,
                                                         ...) G_GNUC_PRINTF (3, 4);

LiaisonDataset        *liaison_dataset_builder_finish (LiaisonDatasetBuilder  *self,
                                                       GError                **error)
                                                       G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonDatasetBuilder, liaison_dataset_builder_free)

G_END_DECLS

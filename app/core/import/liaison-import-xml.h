/* liaison-import-xml.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/xmlreader.h>

#include "liaison-import-format.h"

G_BEGIN_DECLS

/* libxml2's streaming reader, set up for files from anywhere: no network,
 * no DTD loaded, no entity of the file's own expanded, and limits on
 * depth, values and text; every failure a message with its line.
 */
typedef struct
{
  xmlTextReaderPtr          reader;
  const LiaisonImportInput *input;
  LiaisonLoadLimits         limits;
  guint                     max_depth;
  guint64                   n_nodes;
  guint64                   n_values;     /* elements */
  guint64                   next_check;
  guint                     n_open;       /* elements started and not ended */

  /* The first error libxml2 reported. */
  int                       xml_code;
  char                     *xml_message;
  guint                     xml_line;
  guint                     xml_column;
} LiaisonXmlReader;

gboolean    liaison_xml_reader_init       (LiaisonXmlReader          *self,
                                           const LiaisonImportInput  *input,
                                           GError                   **error);
void        liaison_xml_reader_clear      (LiaisonXmlReader          *self);

/* The next node's type (XML_READER_TYPE_…), 0 at the end of the file, or
 * -1 with @error set.
 */
int         liaison_xml_reader_next       (LiaisonXmlReader          *self,
                                           GError                   **error);
/* Moves past the current element's content, to the node after its end. */
int         liaison_xml_reader_skip       (LiaisonXmlReader          *self,
                                           GError                   **error);

/* The next element inside the element that started at @depth, called
 * first at that element: its type (XML_READER_TYPE_ELEMENT), 0 once that
 * element ends (at once when it is empty), or -1 with @error set (or at
 * the end of the file).
 */
int         liaison_xml_reader_next_element_within (LiaisonXmlReader *self,
                                                    int               depth,
                                                    GError          **error);

guint       liaison_xml_reader_line       (LiaisonXmlReader          *self);
const char *liaison_xml_reader_name       (LiaisonXmlReader          *self);
int         liaison_xml_reader_depth      (LiaisonXmlReader          *self);
gboolean    liaison_xml_reader_is_empty   (LiaisonXmlReader          *self);
char       *liaison_xml_reader_attribute  (LiaisonXmlReader          *self,
                                           const char                *name)
                                           G_GNUC_WARN_UNUSED_RESULT;
const char *liaison_xml_reader_value      (LiaisonXmlReader          *self);
double      liaison_xml_reader_fraction   (LiaisonXmlReader          *self);

/* The text of the current element, read to its end; nested elements
 * count for their text. NULL with @error set on failure.
 */
char       *liaison_xml_reader_read_text  (LiaisonXmlReader          *self,
                                           GError                   **error)
                                           G_GNUC_WARN_UNUSED_RESULT;

/* "file:12: message", as the dataset's problems write it. */
void        liaison_xml_reader_set_error  (LiaisonXmlReader          *self,
                                           GError                   **error,
                                           int                        code,
                                           const char                *format,
                                           ...) G_GNUC_PRINTF (4, 5);

/* The value types GraphML keys and GEXF attributes declare, as far as
 * JSON tells them apart.
 */
typedef enum
{
  LIAISON_XML_STRING,
  LIAISON_XML_BOOLEAN,
  LIAISON_XML_INTEGER,
  LIAISON_XML_REAL,
} LiaisonXmlValueType;

/* The type a declaration names: "boolean", one of @integers or @reals,
 * and a string for anything else (or nothing).
 */
LiaisonXmlValueType liaison_xml_value_type_from_name (const char         *name,
                                                  const char * const *integers,
                                                  const char * const *reals);

/* A finite number, surrounding space allowed. */
gboolean    liaison_xml_parse_real        (const char                *text,
                                           double                    *value);
/* @text as JSON in @json, which it returns (or a static "true", "false"). */
const char *liaison_xml_typed_json        (GString                   *json,
                                           LiaisonXmlValueType        type,
                                           const char                *text);

G_END_DECLS

/* liaison-import-xml.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* XML from anywhere, read with libxml2's streaming reader (the file is
 * never a tree in memory) and nothing the file could use against the
 * reader: no network (NONET), no DTD loaded, checked or used for defaults
 * (no DTDLOAD, DTDVALID, DTDATTR), no entity substituted (no NOENT), no
 * XInclude, and libxml2's own limits kept (no HUGE). External entities go
 * through a loader that loads nothing. A file whose DOCTYPE declares
 * entities of its own is refused before the reader starts, and again
 * should the reader meet one: entities are how a kilobyte of XML becomes
 * gigabytes ("billion laughs"), and graph formats never need them.
 *
 * Lines are the line of each element as libxml2 records it: the reader's
 * parser runs a chunk ahead of the node it returns, so its current line
 * would name a later one.
 */

#define G_LOG_DOMAIN "liaison-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-dataset.h"
#include "liaison-import-graph.h"
#include "liaison-import-xml.h"
#include "liaison-text-cursor.h"

#define CANCEL_CHECK_INTERVAL 4096

/* libxml2 refuses deeper nesting without XML_PARSE_HUGE. */
#define XML_MAX_DEPTH 256

static xmlParserInputPtr
refuse_entity_loader (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  context)
{
  return NULL;
}

static gpointer
init_libxml_cb (gpointer data)
{
  xmlInitParser ();
  xmlSetExternalEntityLoader (refuse_entity_loader);
  return NULL;
}

static void
ensure_libxml (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_libxml_cb, NULL);
}

/* Line and column of @offset, as libxml2 counts them: columns in
 * characters, from 1.
 */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

/* Where the DOCTYPE's internal subset declares an entity, or NULL. */
static const char *
find_entity_declaration (const char *data,
                         gsize       length)
{
  LiaisonCursor c = { data, data + length };

  if (liaison_cursor_at (&c, "\xEF\xBB\xBF"))
    c.p += 3;

  for (;;)
    {
      while (c.p < c.end && g_ascii_isspace (*c.p))
        c.p++;
      if (liaison_cursor_at (&c, "<?"))
        liaison_cursor_skip_past (&c, "?>");
      else if (liaison_cursor_at (&c, "<!--"))
        liaison_cursor_skip_past (&c, "-->");
      else
        break;
    }

  if (!liaison_cursor_at (&c, "<!DOCTYPE"))
    return NULL;

  /* To the internal subset, if there is one. */
  while (c.p < c.end && *c.p != '[' && *c.p != '>')
    {
      if (*c.p == '"' || *c.p == '\'')
        {
          char quote = *c.p++;

          while (c.p < c.end && *c.p != quote)
            c.p++;
        }
      c.p++;
    }
  if (c.p >= c.end || *c.p == '>')
    return NULL;

  while (c.p < c.end && *c.p != ']')
    {
      if (*c.p == '"' || *c.p == '\'')
        {
          char quote = *c.p++;

          while (c.p < c.end && *c.p != quote)
            c.p++;
          c.p++;
        }
      else if (liaison_cursor_at (&c, "<!--"))
        liaison_cursor_skip_past (&c, "-->");
      else if (liaison_cursor_at (&c, "<!ENTITY"))
        return c.p;
      else
        c.p++;
    }

  return NULL;
}

static void
set_entities_error (const LiaisonImportInput  *input,
                    guint                      line,
                    guint                      column,
                    GError                   **error)
{
  g_autofree char *where = column > 0 ? g_strdup_printf ("%u:%u", line, column) : g_strdup_printf ("%u", line);

  g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
               "%s:%s: %s", input->display_name, where,
               _("the DOCTYPE declares entities, which Liaison does not read (a few of them can make a "
                 "small file expand to gigabytes); remove the <!ENTITY …> declarations"));
}

static void
structured_error_cb (void        *user_data,
                     xmlErrorPtr  xml_error)
{
  LiaisonXmlReader *self = user_data;

  /* The first error is the one to tell: the rest follow from it. */
  if (self->xml_message != NULL || xml_error->level < XML_ERR_ERROR)
    return;

  self->xml_code = xml_error->code;
  self->xml_message = g_strchomp (g_strdup (xml_error->message != NULL ? xml_error->message : ""));
  self->xml_line = MAX (xml_error->line, 0);
  self->xml_column = MAX (xml_error->int2, 0);
}

gboolean
liaison_xml_reader_init (LiaisonXmlReader          *self,
                         const LiaisonImportInput  *input,
                         GError                   **error)
{
  const char *declaration;
  gsize start = 0;

  memset (self, 0, sizeof *self);
  self->input = input;
  if (input->limits != NULL)
    self->limits = *input->limits;
  else
    liaison_load_limits_init (&self->limits);
  self->max_depth = MIN (self->limits.max_depth, XML_MAX_DEPTH);
  self->next_check = CANCEL_CHECK_INTERVAL;

  if (input->length >= 3 && memcmp (input->data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  if (input->length == start)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", input->display_name, _("the file is empty"));
      return FALSE;
    }
  if (input->length > G_MAXINT)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
                   "%s: %s", input->display_name, _("the file is too large for the XML reader (2 GiB at most)"));
      return FALSE;
    }

  declaration = find_entity_declaration (input->data, input->length);
  if (declaration != NULL)
    {
      guint line, column;

      position_of (input->data, declaration - input->data, &line, &column);
      set_entities_error (input, line, column, error);
      return FALSE;
    }

  ensure_libxml ();
  self->reader = xmlReaderForMemory (input->data, input->length, NULL, NULL,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                     XML_PARSE_BIG_LINES);
  if (self->reader == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", input->display_name, _("the XML reader could not start"));
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (self->reader, structured_error_cb, self);

  return TRUE;
}

void
liaison_xml_reader_clear (LiaisonXmlReader *self)
{
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_pointer (&self->xml_message, g_free);
}

void
liaison_xml_reader_set_error (LiaisonXmlReader  *self,
                              GError           **error,
                              int                code,
                              const char        *format,
                              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, LIAISON_DATASET_ERROR, code, "%s:%u: %s",
               self->input->display_name, liaison_xml_reader_line (self), message);
}

static void
set_too_long_error (LiaisonXmlReader  *self,
                    GError           **error)
{
  g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, self->limits.max_string_length);

  liaison_xml_reader_set_error (self, error, LIAISON_DATASET_ERROR_LIMIT,
                                _("a text is longer than the limit of %s bytes"), limit);
}

/* libxml2's message, in the words of the rest of Liaison where it is a
 * common case.
 */
static void
set_xml_error (LiaisonXmlReader  *self,
               GError           **error)
{
  const char *name = self->input->display_name;
  const char *message = self->xml_message != NULL ? self->xml_message : "";
  guint line = self->xml_line, column = self->xml_column;
  guint end_line, end_column;
  const char *bytes;

  position_of (self->input->data, self->input->length, &end_line, &end_column);

  if (self->xml_code == XML_ERR_ENTITY_LOOP || self->xml_code == XML_ERR_UNDECLARED_ENTITY ||
      self->xml_code == XML_WAR_UNDECLARED_ENTITY)
    {
      if (self->xml_code == XML_ERR_ENTITY_LOOP)
        set_entities_error (self->input, line, column, error);
      else
        g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                     "%s:%u:%u: %s (%s)", name, line, column,
                     _("an entity that is not one of XML’s own: write “&” as “&amp;”"), message);
    }
  else if (strstr (message, "Excessive depth") != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("elements are nested more than %u deep"), XML_MAX_DEPTH);

      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
                   "%s:%u:%u: %s", name, line, column, text);
    }
  else if (strstr (message, "Char 0x0 ") != NULL)
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 "%s:%u:%u: %s", name, line, column,
                 _("the file contains a NUL byte: it is binary, or not UTF-8 text"));
  else if (self->xml_code == XML_ERR_INVALID_CHAR && (bytes = strstr (message, "Bytes: 0x")) != NULL)
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 "%s:%u:%u: %s (%.4s)", name, line, column,
                 _("the text is not valid UTF-8"), bytes + strlen ("Bytes: "));
  else if (self->xml_code == XML_ERR_TAG_NOT_FINISHED ||
           line > end_line || (line == end_line && column >= end_column))
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 "%s:%u:%u: %s", name, line, column, _("the file ends before the XML is complete"));
  else if (self->xml_code == XML_ERR_DOCUMENT_EMPTY)
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 "%s:%u:%u: %s", name, line, column, _("this is not XML: there is no element in it"));
  else if (self->xml_code == XML_ERR_DOCUMENT_END && self->n_open > 0)
    /* libxml2's words for elements still open at the end of the file. */
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 "%s:%u:%u: %s", name, end_line, end_column, _("the file ends before the XML is complete"));
  else
    {
      /* TRANSLATORS: then libxml2's own message, in English */
      g_autofree char *text = g_strdup_printf (_("the XML is not well-formed: %s"), message);

      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s:%u:%u: %s", name, line, column, text);
    }
}

int
liaison_xml_reader_next (LiaisonXmlReader  *self,
                         GError           **error)
{
  const LiaisonLoadLimits *limits = &self->limits;
  int result = xmlTextReaderRead (self->reader);
  int type;

  if (result < 0 || self->xml_message != NULL)
    {
      set_xml_error (self, error);
      return -1;
    }
  if (result == 0)
    return 0;

  type = xmlTextReaderNodeType (self->reader);

  if (++self->n_nodes >= self->next_check)
    {
      self->next_check += CANCEL_CHECK_INTERVAL;
      if (g_cancellable_set_error_if_cancelled (self->input->cancellable, error))
        return -1;
    }
  if (type == XML_READER_TYPE_ELEMENT && ++self->n_values > limits->max_values)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, limits->max_values);

      liaison_xml_reader_set_error (self, error, LIAISON_DATASET_ERROR_LIMIT,
                                    _("the file has more than %s elements, the limit"), limit);
      return -1;
    }

  switch (type)
    {
    case XML_READER_TYPE_END_ELEMENT:
      self->n_open--;
      break;

    case XML_READER_TYPE_ELEMENT:
      if (!xmlTextReaderIsEmptyElement (self->reader))
        self->n_open++;
      if ((guint) xmlTextReaderDepth (self->reader) >= self->max_depth)
        {
          liaison_xml_reader_set_error (self, error, LIAISON_DATASET_ERROR_LIMIT,
                                        _("elements are nested more than %u deep"), self->max_depth);
          return -1;
        }
      break;

    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
      {
        const char *value = (const char *) xmlTextReaderConstValue (self->reader);

        if (value != NULL && strlen (value) > limits->max_string_length)
          {
            set_too_long_error (self, error);
            return -1;
          }
      }
      break;

    case XML_READER_TYPE_DOCUMENT_TYPE:
      {
        /* The node, not xmlTextReaderCurrentDoc(), which would keep the
         * whole document in memory from then on.
         */
        xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);
        xmlDtdPtr dtd = node != NULL && node->type == XML_DTD_NODE ? (xmlDtdPtr) node : NULL;

        /* Refused before reading; this only guards the first check. */
        if (dtd != NULL && (dtd->entities != NULL || dtd->pentities != NULL))
          {
            set_entities_error (self->input, xmlTextReaderGetParserLineNumber (self->reader), 0, error);
            return -1;
          }
      }
      break;

    case XML_READER_TYPE_ENTITY_REFERENCE:
      set_entities_error (self->input, liaison_xml_reader_line (self), 0, error);
      return -1;

    default:
      break;
    }

  return type;
}

/* Reads to the end of the current element, which must be a start. */
int
liaison_xml_reader_skip (LiaisonXmlReader  *self,
                         GError           **error)
{
  int depth = xmlTextReaderDepth (self->reader);
  int type;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return XML_READER_TYPE_END_ELEMENT;

  while ((type = liaison_xml_reader_next (self, error)) > 0)
    if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (self->reader) == depth)
      return type;

  if (type == 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", self->input->display_name, _("the file ends before the XML is complete"));
      return -1;
    }
  return type;
}

char *
liaison_xml_reader_read_text (LiaisonXmlReader  *self,
                              GError           **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int depth = xmlTextReaderDepth (self->reader);
  int type;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return g_strdup ("");

  while ((type = liaison_xml_reader_next (self, error)) > 0)
    {
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (self->reader) == depth)
        return g_string_free (g_steal_pointer (&text), FALSE);

      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
        {
          g_string_append (text, (const char *) xmlTextReaderConstValue (self->reader));
          if (text->len > self->limits.max_string_length)
            {
              set_too_long_error (self, error);
              return NULL;
            }
        }
    }

  if (type == 0)
    g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                 "%s: %s", self->input->display_name, _("the file ends before the XML is complete"));
  return NULL;
}

int
liaison_xml_reader_next_element_within (LiaisonXmlReader  *self,
                                        int                depth,
                                        GError           **error)
{
  int type;

  /* The element itself, when it is empty: nothing is within. */
  if (xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT &&
      xmlTextReaderDepth (self->reader) == depth && xmlTextReaderIsEmptyElement (self->reader))
    return 0;

  while ((type = liaison_xml_reader_next (self, error)) > 0)
    {
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (self->reader) == depth)
        return 0;
      if (type == XML_READER_TYPE_ELEMENT)
        return type;
    }

  return -1;
}

guint
liaison_xml_reader_line (LiaisonXmlReader *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);
  long line = node != NULL ? xmlGetLineNo (node) : -1;

  return line > 0 ? (guint) line : (guint) MAX (xmlTextReaderGetParserLineNumber (self->reader), 0);
}

/* The local name: formats are matched whatever prefix their namespace has. */
const char *
liaison_xml_reader_name (LiaisonXmlReader *self)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->reader);

  return name != NULL ? name : "";
}

int
liaison_xml_reader_depth (LiaisonXmlReader *self)
{
  return xmlTextReaderDepth (self->reader);
}

gboolean
liaison_xml_reader_is_empty (LiaisonXmlReader *self)
{
  return xmlTextReaderIsEmptyElement (self->reader) == 1;
}

/* Returns: (transfer full) (nullable): the attribute of the current
 * element, which has no namespace.
 */
char *
liaison_xml_reader_attribute (LiaisonXmlReader *self,
                              const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (self->reader, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

const char *
liaison_xml_reader_value (LiaisonXmlReader *self)
{
  return (const char *) xmlTextReaderConstValue (self->reader);
}

double
liaison_xml_reader_fraction (LiaisonXmlReader *self)
{
  long consumed = xmlTextReaderByteConsumed (self->reader);

  return self->input->length > 0 ? CLAMP ((double) consumed / self->input->length, 0.0, 1.0) : 1.0;
}

LiaisonXmlValueType
liaison_xml_value_type_from_name (const char         *name,
                                  const char * const *integers,
                                  const char * const *reals)
{
  if (name == NULL)
    return LIAISON_XML_STRING;
  if (g_str_equal (name, "boolean"))
    return LIAISON_XML_BOOLEAN;
  if (g_strv_contains (integers, name))
    return LIAISON_XML_INTEGER;
  if (g_strv_contains (reals, name))
    return LIAISON_XML_REAL;
  return LIAISON_XML_STRING;
}

gboolean
liaison_xml_parse_real (const char *text,
                        double     *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (stripped[0] == '\0')
    return FALSE;
  *value = g_ascii_strtod (stripped, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

/* @text as JSON, of the declared type when it reads as one, and as a
 * string when it does not: nothing the file says is lost.
 */
const char *
liaison_xml_typed_json (GString             *json,
                        LiaisonXmlValueType  type,
                        const char          *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  double real;

  g_string_truncate (json, 0);

  switch (type)
    {
    case LIAISON_XML_BOOLEAN:
      if (g_ascii_strcasecmp (stripped, "true") == 0 || g_str_equal (stripped, "1"))
        return "true";
      if (g_ascii_strcasecmp (stripped, "false") == 0 || g_str_equal (stripped, "0"))
        return "false";
      break;

    case LIAISON_XML_INTEGER:
    case LIAISON_XML_REAL:
      if (liaison_text_is_json_number (stripped) && strlen (stripped) <= 17)
        return g_string_append (json, stripped)->str;
      if (type == LIAISON_XML_REAL && liaison_xml_parse_real (stripped, &real))
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          return g_string_append (json, g_ascii_formatd (buffer, sizeof buffer, "%.17g", real))->str;
        }
      break;

    case LIAISON_XML_STRING:
    default:
      break;
    }

  liaison_append_json_string (json, text);
  return json->str;
}


/* liaison-import-csv.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The CSV front end: an edge list on its own, whose endpoints imply the
 * entities, or an edge list with a node table, against which every
 * endpoint is checked. Fields are split by libcsv, in strict mode, as RFC
 * 4180 quotes them; the rest libcsv leaves to its caller is done here:
 *
 *  - libcsv knows no lines, so the text is fed to it a line at a time and
 *    each row is located at the line where it began;
 *  - it reports a quote left open only at csv_fini(), where the line the
 *    field began on is what the message needs, so that is remembered;
 *  - it trims unquoted spaces unless told that nothing is a space, and
 *    a value's spaces are the researcher's;
 *  - a byte-order mark, NUL bytes and text that is not UTF-8 are seen to
 *    before it is given anything.
 *
 * The first row names the columns. Those the format knows (id, source or
 * from, target or to, label or name, type, date, directed, description)
 * are matched whatever their case; every other column becomes an
 * attribute of the row's entity or relation, an empty cell none.
 */

#define G_LOG_DOMAIN "liaison-import-csv"

#include "config.h"

#include <csv.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "liaison-csv-text.h"
#include "liaison-dataset-builder.h"
#include "liaison-import-csv.h"
#include "liaison-import-graph.h"

/* libcsv's parser states, as its source names them. */
#define CSV_ROW_NOT_BEGUN 0

/* More columns than any table of entities or relations has: a header of
 * millions of empty names is a file of commas, and would cost gigabytes.
 */
#define MAX_COLUMNS 10000

typedef enum
{
  COLUMN_ATTRIBUTE,
  COLUMN_ID,
  COLUMN_SOURCE,
  COLUMN_TARGET,
  COLUMN_LABEL,
  COLUMN_NAME,
  COLUMN_TYPE,
  COLUMN_DATE,
  COLUMN_DIRECTED,
  COLUMN_DESCRIPTION,
  N_COLUMN_ROLES
} ColumnRole;

typedef enum
{
  TABLE_NODES,
  TABLE_EDGES,
} TableKind;

typedef struct
{
  const char *name;
  ColumnRole  role;
  TableKind   table;
} KnownColumn;

static const KnownColumn known_columns[] = {
  { "id", COLUMN_ID, TABLE_NODES },
  { "label", COLUMN_LABEL, TABLE_NODES },
  { "name", COLUMN_NAME, TABLE_NODES },
  { "type", COLUMN_TYPE, TABLE_NODES },
  { "description", COLUMN_DESCRIPTION, TABLE_NODES },
  { "id", COLUMN_ID, TABLE_EDGES },
  { "source", COLUMN_SOURCE, TABLE_EDGES },
  { "from", COLUMN_SOURCE, TABLE_EDGES },
  { "target", COLUMN_TARGET, TABLE_EDGES },
  { "to", COLUMN_TARGET, TABLE_EDGES },
  { "label", COLUMN_LABEL, TABLE_EDGES },
  { "type", COLUMN_TYPE, TABLE_EDGES },
  { "date", COLUMN_DATE, TABLE_EDGES },
  { "directed", COLUMN_DIRECTED, TABLE_EDGES },
  { "description", COLUMN_DESCRIPTION, TABLE_EDGES },
};

typedef struct
{
  char       *name;   /* as the header has it, trimmed */
  ColumnRole  role;
} Column;

typedef struct _Reader Reader;

/* Called for each row past the header that is not blank; FALSE stops. */
typedef gboolean (*RowFunc) (Reader *reader);

struct _Reader
{
  const LiaisonCsvText *text;
  TableKind             table;
  gboolean              header_only;
  RowFunc               row_func;
  gpointer              user_data;

  struct csv_parser     parser;
  GByteArray           *row;          /* the row's fields, each ending in a NUL */
  GArray               *offsets;      /* guint: where each field starts in @row */
  guint                 line;         /* of the text being fed */
  guint                 row_line;     /* where the row being read began */
  guint                 quote_line;   /* where the quoted field still open began */
  guint                 n_rows;       /* header included */
  guint                 n_extra;      /* fields of the row past one more than the
                                       * header has: counted, not kept */
  gboolean              too_many_columns;
  gboolean              stop;

  GArray               *columns;      /* Column */
  int                   roles[N_COLUMN_ROLES];  /* the column of each role, or -1 */
  GPtrArray            *header_problems;        /* char *: duplicated attribute names */
};

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
}

static void
reader_init (Reader               *reader,
             const LiaisonCsvText *text,
             TableKind             table,
             RowFunc               row_func,
             gpointer              user_data)
{
  memset (reader, 0, sizeof *reader);
  reader->text = text;
  reader->table = table;
  reader->row_func = row_func;
  reader->user_data = user_data;
  reader->row = g_byte_array_new ();
  reader->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  reader->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (reader->columns, column_clear);
  reader->header_problems = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < N_COLUMN_ROLES; i++)
    reader->roles[i] = -1;
}

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->row, g_byte_array_unref);
  g_clear_pointer (&reader->offsets, g_array_unref);
  g_clear_pointer (&reader->columns, g_array_unref);
  g_clear_pointer (&reader->header_problems, g_ptr_array_unref);
}

static guint
reader_n_fields (Reader *reader)
{
  return reader->offsets->len + reader->n_extra;
}

static const char *
reader_field (Reader *reader,
              guint   i)
{
  return (const char *) reader->row->data + g_array_index (reader->offsets, guint, i);
}

/* The field of a role, or NULL when there is no such column or the row is
 * too short for it.
 */
static const char *
reader_role (Reader     *reader,
             ColumnRole  role)
{
  int column = reader->roles[role];

  if (column < 0 || (guint) column >= reader_n_fields (reader))
    return NULL;

  return reader_field (reader, column);
}

/* Nothing is a space: libcsv would otherwise trim them from unquoted fields. */
static int
is_space_cb (unsigned char c)
{
  (void) c;
  return 0;
}

/* What Liaison's own tables (and its metrics table) write to keep a
 * field from being read as a formula: an apostrophe before = + - @ ', a
 * tab or a carriage return. It is taken away again.
 */
static gboolean
is_formula_guard (const char *text,
                  size_t      length)
{
  return length >= 2 && text[0] == '\'' && strchr ("=+-@\t\r'", text[1]) != NULL;
}

static void
field_cb (void   *text,
          size_t  length,
          void   *data)
{
  Reader *reader = data;
  guint offset = reader->row->len;

  if (reader->stop)
    return;

  /* A row longer than the header is a problem that needs only its length. */
  if (reader->offsets->len > (reader->n_rows == 0 ? MAX_COLUMNS : reader->columns->len))
    {
      reader->n_extra++;
      return;
    }

  if (text != NULL && is_formula_guard (text, length))
    {
      text = (char *) text + 1;
      length--;
    }

  g_array_append_val (reader->offsets, offset);
  if (length > 0)
    g_byte_array_append (reader->row, text, length);
  g_byte_array_append (reader->row, (const guint8 *) "", 1);
}

static void
read_header (Reader *reader)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (reader_n_fields (reader) > MAX_COLUMNS)
    {
      reader->too_many_columns = TRUE;
      return;
    }

  for (guint i = 0; i < reader_n_fields (reader); i++)
    {
      Column column = { g_strstrip (g_strdup (reader_field (reader, i))), COLUMN_ATTRIBUTE };

      if (column.name[0] == '\0')
        {
          g_free (column.name);
          column.name = g_strdup_printf ("column-%u", i + 1);
        }

      for (guint k = 0; k < G_N_ELEMENTS (known_columns); k++)
        if (known_columns[k].table == reader->table &&
            g_ascii_strcasecmp (known_columns[k].name, column.name) == 0 &&
            reader->roles[known_columns[k].role] < 0)
          {
            column.role = known_columns[k].role;
            reader->roles[column.role] = i;
            break;
          }

      if (column.role == COLUMN_ATTRIBUTE)
        {
          if (g_hash_table_contains (seen, column.name))
            g_ptr_array_add (reader->header_problems, g_strdup (column.name));
          else
            g_hash_table_add (seen, column.name);
        }

      g_array_append_val (reader->columns, column);
    }

  /* With a "label" column to label the entities, "name" is kept. */
  if (reader->roles[COLUMN_LABEL] >= 0 && reader->roles[COLUMN_NAME] >= 0)
    {
      Column *name = &g_array_index (reader->columns, Column, reader->roles[COLUMN_NAME]);

      name->role = COLUMN_ATTRIBUTE;
      reader->roles[COLUMN_NAME] = -1;
      if (g_hash_table_contains (seen, name->name))
        g_ptr_array_add (reader->header_problems, g_strdup (name->name));
    }
}

static gboolean
row_is_blank (Reader *reader)
{
  if (reader->n_extra > 0)
    return FALSE;

  for (guint i = 0; i < reader->offsets->len; i++)
    if (reader_field (reader, i)[0] != '\0')
      return FALSE;

  return TRUE;
}

static void
row_cb (int   terminator,
        void *data)
{
  Reader *reader = data;

  (void) terminator;

  if (!reader->stop)
    {
      if (reader->n_rows == 0)
        {
          read_header (reader);
          reader->n_rows++;
          if (reader->header_only)
            reader->stop = TRUE;
        }
      else if (!row_is_blank (reader))
        {
          reader->n_rows++;
          if (!reader->row_func (reader))
            reader->stop = TRUE;
        }
    }

  g_byte_array_set_size (reader->row, 0);
  g_array_set_size (reader->offsets, 0);
  reader->n_extra = 0;
}

/* Splits the text into rows, a line at a time, and hands each to the
 * reader's function. Returns FALSE with @error on text that is not CSV;
 * the reader's function may also stop it early, which is no error.
 */
static gboolean
reader_run (Reader  *reader,
            GError **error)
{
  const LiaisonCsvText *text = reader->text;
  gsize start = liaison_csv_text_skip_bom (text->data, text->length);
  const char *p = text->data + start;
  const char *end = text->data + text->length;
  gboolean ok = TRUE;

  if (csv_init (&reader->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
                   "%s: %s", text->display_name, g_strerror (ENOMEM));
      return FALSE;
    }
  csv_set_space_func (&reader->parser, is_space_cb);
  csv_set_delim (&reader->parser, liaison_csv_text_sniff_delimiter (p, end - p));

  reader->line = 1;
  while (p < end && !reader->stop)
    {
      const char *newline = memchr (p, '\n', end - p);
      const char *chunk_end = newline != NULL ? newline + 1 : end;
      gboolean was_quoted = reader->parser.quoted;
      size_t consumed;

      if (reader->parser.pstate == CSV_ROW_NOT_BEGUN)
        reader->row_line = reader->line;

      consumed = csv_parse (&reader->parser, p, chunk_end - p, field_cb, row_cb, reader);
      if (consumed != (size_t) (chunk_end - p) && !reader->stop)
        {
          guint column = g_utf8_strlen (p, consumed) + 1;

          if (csv_error (&reader->parser) == CSV_EPARSE)
            g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                         _("%s:%u:%u: a quote inside a field: quote the whole field and double "
                           "each quote in it (\"\")"),
                         text->display_name, reader->line, column);
          else
            g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
                         "%s:%u:%u: %s", text->display_name, reader->line, column,
                         csv_strerror (csv_error (&reader->parser)));
          ok = FALSE;
          break;
        }

      if (reader->parser.quoted && !was_quoted)
        reader->quote_line = reader->line;

      p = chunk_end;
      reader->line++;
    }

  if (ok && !reader->stop &&
      csv_fini (&reader->parser, field_cb, row_cb, reader) != 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s:%u: the quote that opens a field here is never closed"),
                   text->display_name, MAX (reader->quote_line, 1));
      ok = FALSE;
    }

  csv_free (&reader->parser);
  return ok;
}

/* A cell that reads as a JSON number (of at most 17 characters, so it
 * survives the trip through a double) or as a JSON boolean is kept as one;
 * any other text as a string.
 */
static void
append_json_value (GString    *out,
                   const char *text)
{
  if ((liaison_text_is_json_number (text) && strlen (text) <= 17)
      || strcmp (text, "true") == 0 || strcmp (text, "false") == 0)
    {
      g_string_append (out, text);
      return;
    }

  liaison_append_json_string (out, text);
}

typedef struct
{
  LiaisonDatasetBuilder *builder;
  const LiaisonCsvText  *nodes;       /* or NULL */
  const char            *nodes_file;  /* the node table's name in locations, or NULL */
  GString               *json;        /* the row's attribute values */
  GArray                *json_ends;   /* guint */
  GArray                *attributes;  /* LiaisonAttribute */

  /* An edge list alone: the endpoints, in the order they first appear. */
  GHashTable            *endpoints;   /* id (owned by @endpoint_ids) → line + 1 */
  GPtrArray             *endpoint_ids;
  GArray                *endpoint_lines;
} Import;

/* Every column without a role, with a value, as an attribute. */
static void
collect_attributes (Import              *im,
                    Reader              *reader,
                    LiaisonDetailsInput *details)
{
  guint n = MIN (reader_n_fields (reader), reader->columns->len);
  guint start = 0;

  g_string_truncate (im->json, 0);
  g_array_set_size (im->json_ends, 0);
  g_array_set_size (im->attributes, 0);

  for (guint i = 0; i < n; i++)
    {
      const Column *column = &g_array_index (reader->columns, Column, i);
      const char *value = reader_field (reader, i);

      if (column->role != COLUMN_ATTRIBUTE || value[0] == '\0')
        continue;

      append_json_value (im->json, value);
      g_string_append_c (im->json, '\0');
      g_array_append_val (im->json_ends, im->json->len);
      {
        LiaisonAttribute attribute = { column->name, NULL };

        g_array_append_val (im->attributes, attribute);
      }
    }

  /* The text has stopped moving: point into it. */
  for (guint i = 0; i < im->attributes->len; i++)
    {
      g_array_index (im->attributes, LiaisonAttribute, i).json = im->json->str + start;
      start = g_array_index (im->json_ends, guint, i);
    }

  details->attribute_items = (const LiaisonAttribute *) (gpointer) im->attributes->data;
  details->n_attribute_items = im->attributes->len;
}

static void
set_string (LiaisonValue *value,
            const char   *text)
{
  value->kind = LIAISON_VALUE_STRING;
  value->text = text;
}

/* A cell that may be left empty: then the member is not there. */
static void
set_optional (LiaisonValue *value,
              const char   *text)
{
  if (text != NULL && text[0] != '\0')
    set_string (value, text);
}

static LiaisonLocation
row_location (Reader     *reader,
              const char *file)
{
  LiaisonLocation location = liaison_location_line (reader->row_line, 0);

  location.file = file;
  return location;
}

/* The row has as many fields as the header; otherwise that is a problem. */
static gboolean
check_row_length (Import                *im,
                  Reader                *reader,
                  const LiaisonLocation *location)
{
  guint n_fields = reader_n_fields (reader);
  guint n_columns = reader->columns->len;

  if (n_fields == n_columns)
    return TRUE;

  liaison_dataset_builder_add_problem (im->builder, location, NULL,
                                       ngettext ("%u field, but the header names %u columns",
                                                 "%u fields, but the header names %u columns",
                                                 n_fields),
                                       n_fields, n_columns);
  return FALSE;
}

static gboolean
read_node_cb (Reader *reader)
{
  Import *im = reader->user_data;
  LiaisonLocation location = row_location (reader, im->nodes_file);
  LiaisonEntityInput entity = { { 0 } };
  const char *id = reader_role (reader, COLUMN_ID);

  if (!check_row_length (im, reader, &location))
    return TRUE;

  set_string (&entity.id, id);
  set_optional (&entity.label, reader_role (reader, COLUMN_LABEL));
  set_optional (&entity.name, reader_role (reader, COLUMN_NAME));
  /* A row that names nothing is named by its id. */
  if (entity.label.kind == LIAISON_VALUE_ABSENT && entity.name.kind == LIAISON_VALUE_ABSENT)
    set_string (&entity.label, id);
  set_optional (&entity.type, reader_role (reader, COLUMN_TYPE));
  set_optional (&entity.description, reader_role (reader, COLUMN_DESCRIPTION));
  collect_attributes (im, reader, &entity.details);

  return liaison_dataset_builder_add_entity (im->builder, &location, &entity);
}

/* "directed" as spreadsheets and tools write it. */
static void
set_directed (LiaisonValue *value,
              const char   *text)
{
  static const char *const yes[] = { "true", "yes", "1", "directed", NULL };
  static const char *const no[] = { "false", "no", "0", "undirected", NULL };

  if (text == NULL || text[0] == '\0')
    return;

  for (guint i = 0; yes[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      {
        value->kind = LIAISON_VALUE_BOOLEAN;
        value->text = "true";
        return;
      }
  for (guint i = 0; no[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      {
        value->kind = LIAISON_VALUE_BOOLEAN;
        value->text = "false";
        return;
      }

  /* The builder says what it expected. */
  set_string (value, text);
}

static gboolean
read_edge_cb (Reader *reader)
{
  Import *im = reader->user_data;
  LiaisonLocation location = row_location (reader, NULL);
  LiaisonRelationInput relation = { { 0 } };

  if (!check_row_length (im, reader, &location))
    return TRUE;

  set_string (&relation.from, reader_role (reader, COLUMN_SOURCE));
  set_string (&relation.to, reader_role (reader, COLUMN_TARGET));
  set_optional (&relation.id, reader_role (reader, COLUMN_ID));
  set_optional (&relation.label, reader_role (reader, COLUMN_LABEL));
  set_optional (&relation.type, reader_role (reader, COLUMN_TYPE));
  set_optional (&relation.date, reader_role (reader, COLUMN_DATE));
  set_optional (&relation.description, reader_role (reader, COLUMN_DESCRIPTION));
  set_directed (&relation.directed, reader_role (reader, COLUMN_DIRECTED));
  collect_attributes (im, reader, &relation.details);

  return liaison_dataset_builder_add_relation (im->builder, &location, &relation);
}

static void
add_endpoint (Import     *im,
              const char *id,
              guint       line)
{
  char *owned;

  if (id == NULL || id[0] == '\0' || g_hash_table_contains (im->endpoints, id))
    return;

  owned = g_strdup (id);
  g_ptr_array_add (im->endpoint_ids, owned);
  g_array_append_val (im->endpoint_lines, line);
  g_hash_table_add (im->endpoints, owned);
}

static gboolean
collect_endpoints_cb (Reader *reader)
{
  Import *im = reader->user_data;

  add_endpoint (im, reader_role (reader, COLUMN_SOURCE), reader->row_line);
  add_endpoint (im, reader_role (reader, COLUMN_TARGET), reader->row_line);
  return TRUE;
}

/* The header's own problems: columns a table cannot do without, and
 * attributes named twice. Returns FALSE with @error when the table cannot
 * be read at all.
 */
static gboolean
check_header (Import   *im,
              Reader   *reader,
              GError  **error)
{
  const char *name = reader->text->display_name;

  if (reader->n_rows == 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: the file is empty"), name);
      return FALSE;
    }

  if (reader->too_many_columns)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_LIMIT,
                   _("%s:1: the header has more than %u columns"), name, MAX_COLUMNS);
      return FALSE;
    }

  if (reader->table == TABLE_EDGES &&
      (reader->roles[COLUMN_SOURCE] < 0 || reader->roles[COLUMN_TARGET] < 0))
    {
      if (reader->roles[COLUMN_ID] >= 0 && im->nodes == NULL)
        g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                     _("%s:1: the header has no “source” and “target” columns: a node table "
                       "(with “id”) opens together with its edge list (--nodes)"), name);
      else
        g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                     _("%s:1: the header has no “source” and “target” columns (or “from” "
                       "and “to”)"), name);
      return FALSE;
    }

  if (reader->table == TABLE_NODES && reader->roles[COLUMN_ID] < 0)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s:1: the node table has no “id” column"), name);
      return FALSE;
    }

  /* An edge list alone is read twice; its header speaks once. */
  for (guint i = 0; reader->row_func != collect_endpoints_cb && i < reader->header_problems->len; i++)
    {
      LiaisonLocation location = liaison_location_line (1, 0);

      location.file = reader->table == TABLE_NODES ? im->nodes_file : NULL;
      liaison_dataset_builder_add_problem (im->builder, &location, NULL,
                                           _("the column “%s” is named twice"),
                                           (const char *) g_ptr_array_index (reader->header_problems, i));
    }

  return TRUE;
}

/* Reads one table from start to end, its header checked after the first
 * row. Returns FALSE with @error when it cannot be read.
 */
static gboolean
read_table (Import               *im,
            const LiaisonCsvText *text,
            TableKind             table,
            RowFunc               row_func,
            GError              **error)
{
  Reader reader;
  gboolean ok;

  reader_init (&reader, text, table, row_func, im);
  reader.header_only = TRUE;
  ok = reader_run (&reader, error) && check_header (im, &reader, error);
  reader_clear (&reader);

  if (ok)
    {
      /* Again, from the start, with the header known to be good. */
      reader_init (&reader, text, table, row_func, im);
      ok = reader_run (&reader, error);
      reader_clear (&reader);
    }

  return ok;
}

static guint64
count_lines (const LiaisonCsvText *text)
{
  guint64 n = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text->data, *end = text->data + text->length;
       (p = memchr (p, '\n', end - p)) != NULL; p++)
    n++;

  return n;
}

static void
import_clear (Import *im)
{
  g_clear_pointer (&im->builder, liaison_dataset_builder_free);
  if (im->json != NULL)
    g_string_free (g_steal_pointer (&im->json), TRUE);
  g_clear_pointer (&im->json_ends, g_array_unref);
  g_clear_pointer (&im->attributes, g_array_unref);
  g_clear_pointer (&im->endpoints, g_hash_table_unref);
  g_clear_pointer (&im->endpoint_ids, g_ptr_array_unref);
  g_clear_pointer (&im->endpoint_lines, g_array_unref);
}

/* The entities an edge list implies, each located where it is first used. */
static gboolean
add_implied_entities (Import                *im,
                      const LiaisonCsvText  *edges,
                      GError               **error)
{
  im->endpoints = g_hash_table_new (g_str_hash, g_str_equal);
  im->endpoint_ids = g_ptr_array_new_with_free_func (g_free);
  im->endpoint_lines = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!read_table (im, edges, TABLE_EDGES, collect_endpoints_cb, error))
    return FALSE;

  for (guint i = 0; i < im->endpoint_ids->len; i++)
    {
      LiaisonLocation location = liaison_location_line (g_array_index (im->endpoint_lines, guint, i), 0);
      LiaisonEntityInput entity = { { 0 } };
      const char *id = g_ptr_array_index (im->endpoint_ids, i);

      set_string (&entity.id, id);
      set_string (&entity.label, id);
      if (!liaison_dataset_builder_add_entity (im->builder, &location, &entity))
        break;
    }

  return TRUE;
}

/* Returns: (transfer full) (nullable): the dataset in @input, an edge
 * list, with its entities in @nodes, a node table, or implied by the
 * edges when @nodes is %NULL. With a node table, an endpoint it does not
 * have is a problem at the edge's line.
 */
LiaisonDataset *
liaison_import_csv (const LiaisonImportInput  *input,
                    const LiaisonCsvText      *nodes,
                    GError                   **error)
{
  LiaisonCsvText edges_text;
  const LiaisonCsvText *edges = &edges_text;
  Import im = { NULL };
  LiaisonDataset *dataset = NULL;

  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);
  g_return_val_if_fail (input->data != NULL || input->length == 0, NULL);

  edges_text = (LiaisonCsvText) { input->data, input->length, input->display_name };
  if (!liaison_csv_text_check_encoding (edges, error) ||
      (nodes != NULL && !liaison_csv_text_check_encoding (nodes, error)))
    return NULL;

  im.nodes = nodes;
  im.nodes_file = nodes != NULL ? nodes->display_name : NULL;
  im.builder = liaison_dataset_builder_new (edges->display_name);
  liaison_dataset_builder_set_cancellable (im.builder, input->cancellable);
  liaison_dataset_builder_set_progress (im.builder, count_lines (edges) + count_lines (nodes),
                                        input->progress, input->progress_data);
  im.json = g_string_new (NULL);
  im.json_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  im.attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));

  if (nodes != NULL)
    {
      if (!read_table (&im, nodes, TABLE_NODES, read_node_cb, error))
        goto out;
    }
  else if (!add_implied_entities (&im, edges, error))
    goto out;

  if (!read_table (&im, edges, TABLE_EDGES, read_edge_cb, error))
    goto out;

  /* Cancelled, invalid or a dataset: the builder says which. */
  dataset = liaison_dataset_builder_finish (im.builder, error);

out:
  import_clear (&im);
  return dataset;
}

static gboolean
no_rows_cb (Reader *reader)
{
  (void) reader;
  return FALSE;
}

/* Whether @data is a node table: its header has an "id" column, and no
 * "source" or "target" (nor "from" or "to"). Of two CSV files opened
 * together, that one holds the entities.
 */
gboolean
liaison_import_csv_is_node_table (const char *data,
                                  gsize       length)
{
  LiaisonCsvText text = { data, length, "" };
  Reader reader;
  gboolean is_node_table;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!g_utf8_validate_len (data, length, NULL))
    return FALSE;

  reader_init (&reader, &text, TABLE_EDGES, no_rows_cb, NULL);
  reader.header_only = TRUE;
  is_node_table = reader_run (&reader, NULL) && reader.n_rows > 0 &&
                  reader.roles[COLUMN_ID] >= 0 &&
                  reader.roles[COLUMN_SOURCE] < 0 && reader.roles[COLUMN_TARGET] < 0;
  reader_clear (&reader);

  return is_node_table;
}

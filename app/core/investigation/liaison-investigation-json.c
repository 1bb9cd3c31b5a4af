/* liaison-investigation-json.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An investigation as JSON text: written member by member, so that the
 * file reads well and changes only where the view did, and read through
 * the strict pre-scan and then checked member by member, since anyone
 * may hand Liaison such a file. A wrong value is an error that names the
 * file, the member ("view.positions[2].x") and what was found there.
 */

#define G_LOG_DOMAIN "liaison-investigation"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-import-graph.h"
#include "liaison-import-json-value.h"
#include "liaison-investigation-private.h"
#include "liaison-json-node.h"
#include "liaison-json-scan.h"
#include "liaison-layout-engine.h"
#include "liaison-numbers.h"

/* Days are written as the date filter counts them: YYYYMMDD, where the
 * last day of a month may be its 31st (see liaison-date-range.h).
 */
char *
liaison_investigation_format_day (guint32 day)
{
  if (day == LIAISON_DAY_MIN || day == LIAISON_DAY_MAX)
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", day / 10000, day / 100 % 100, day % 100);
}

gboolean
liaison_investigation_parse_day (const char *text,
                                 guint32    *day)
{
  guint year, month, date;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  date = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year == 0 || month < 1 || month > 12 || date < 1 || date > 31)
    return FALSE;

  *day = year * 10000 + month * 100 + date;
  return TRUE;
}

/* Writing */

static void
append_member (GString    *out,
               guint       indent,
               const char *name)
{
  g_string_append_printf (out, "%*s", indent, "");
  liaison_append_json_string (out, name);
  g_string_append (out, ": ");
}

static void
append_string_or_null (GString    *out,
                       const char *text)
{
  if (text != NULL)
    liaison_append_json_string (out, text);
  else
    g_string_append (out, "null");
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[LIAISON_NUMBER_BUF_SIZE];
  gsize length = liaison_format_number (buffer, value);

  g_string_append_len (out, buffer, length);
}

/* A list of ids on one line each, or [] when there is none. */
static void
append_ids (GString   *out,
            guint      indent,
            GPtrArray *ids)
{
  if (ids->len == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append (out, "[\n");
  for (guint i = 0; i < ids->len; i++)
    {
      g_string_append_printf (out, "%*s", indent + 2, "");
      liaison_append_json_string (out, g_ptr_array_index (ids, i));
      g_string_append (out, i + 1 < ids->len ? ",\n" : "\n");
    }
  g_string_append_printf (out, "%*s]", indent, "");
}

/* The notes as LiaisonNotes and json-glib write them, indented to their
 * place.
 */
static void
append_notes (GString      *out,
              LiaisonNotes *notes)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = liaison_notes_to_json (notes);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "\n  ");
      g_string_append (out, lines[i]);
    }
}

static void
append_view (GString              *out,
             LiaisonInvestigation *self)
{
  g_autofree char *since = liaison_investigation_format_day (self->date_range.since);
  g_autofree char *until = liaison_investigation_format_day (self->date_range.until);
  char zoom[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, "{\n");
  append_member (out, 4, "hidden_entity_types");
  append_ids (out, 4, self->hidden_entity_types);
  g_string_append (out, ",\n");
  append_member (out, 4, "hidden_relation_types");
  append_ids (out, 4, self->hidden_relation_types);
  g_string_append (out, ",\n");
  append_member (out, 4, "hidden_sources");
  append_ids (out, 4, self->hidden_sources);
  g_string_append (out, ",\n");
  append_member (out, 4, "hidden_publishers");
  append_ids (out, 4, self->hidden_publishers);
  g_string_append (out, ",\n");

  append_member (out, 4, "dates");
  g_string_append (out, "{ \"since\": ");
  append_string_or_null (out, since);
  g_string_append (out, ", \"until\": ");
  append_string_or_null (out, until);
  g_string_append_printf (out, ", \"undated\": \"%s\" },\n", self->date_range.hide_undated ? "hide" : "show");

  append_member (out, 4, "explored");
  if (self->has_explored)
    {
      g_string_append_printf (out, "{\n      \"shows\": \"%s\",\n", self->explored_all_except ? "all-except" : "only");
      append_member (out, 6, "entities");
      append_ids (out, 6, self->explored_entities);
      g_string_append (out, ",\n");
      append_member (out, 6, "relations");
      append_ids (out, 6, self->explored_relations);
      g_string_append (out, "\n    },\n");
    }
  else
    g_string_append (out, "null,\n");

  append_member (out, 4, "selection");
  if (self->has_selection)
    {
      g_string_append_printf (out, "{ \"kind\": \"%s\", \"id\": ",
                              self->selection_kind == LIAISON_ELEMENT_ENTITY ? "entity" : "relation");
      liaison_append_json_string (out, self->selection_id);
      g_string_append (out, " },\n");
    }
  else
    g_string_append (out, "null,\n");

  append_member (out, 4, "search");
  append_string_or_null (out, self->search);
  g_string_append (out, ",\n");

  append_member (out, 4, "positions");
  if (self->positions->len == 0)
    g_string_append (out, "[]");
  else
    {
      g_string_append (out, "[\n");
      for (guint i = 0; i < self->positions->len; i++)
        {
          const LiaisonSavedPosition *position = &g_array_index (self->positions, LiaisonSavedPosition, i);

          g_string_append (out, "      { \"entity\": ");
          liaison_append_json_string (out, position->entity);
          g_string_append (out, ", \"x\": ");
          append_number (out, position->x);
          g_string_append (out, ", \"y\": ");
          append_number (out, position->y);
          g_string_append_printf (out, ", \"pinned\": %s }%s\n", position->pinned ? "true" : "false",
                                  i + 1 < self->positions->len ? "," : "");
        }
      g_string_append (out, "    ]");
    }
  g_string_append (out, ",\n");

  append_member (out, 4, "drawn_by");
  append_string_or_null (out, self->drawn_by);
  g_string_append (out, ",\n");

  append_member (out, 4, "camera");
  if (self->has_camera)
    {
      g_string_append (out, "{ \"x\": ");
      append_number (out, self->camera.x);
      g_string_append (out, ", \"y\": ");
      append_number (out, self->camera.y);
      g_ascii_formatd (zoom, sizeof zoom, "%.6g", self->camera.zoom);
      g_string_append_printf (out, ", \"zoom\": %s },\n", zoom);
    }
  else
    g_string_append (out, "null,\n");

  append_member (out, 4, "engine");
  liaison_append_json_string (out, self->engine != NULL ? self->engine : "auto");
  g_string_append (out, "\n  }");
}

/* Returns: (transfer full): the investigation as a file's contents, its
 * dataset's path written relative to @destination's folder where the
 * two share one below the root, and absolute otherwise.
 */
GBytes *
liaison_investigation_to_bytes (LiaisonInvestigation *self,
                                GFile                *destination)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *nodes_path = NULL;

  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);
  g_return_val_if_fail (destination == NULL || G_IS_FILE (destination), NULL);

  if (self->dataset_file != NULL)
    path = liaison_investigation_relative_path (destination, self->dataset_file);
  else
    path = g_strdup (self->dataset_path);
  if (self->nodes_file != NULL)
    nodes_path = liaison_investigation_relative_path (destination, self->nodes_file);
  else
    nodes_path = g_strdup (self->nodes_path);

  g_string_append_printf (out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n",
                          LIAISON_INVESTIGATION_FORMAT, LIAISON_INVESTIGATION_VERSION);
  g_string_append (out, "  \"dataset\": {\n");
  append_member (out, 4, "path");
  append_string_or_null (out, path);
  g_string_append (out, ",\n");
  append_member (out, 4, "sha256");
  append_string_or_null (out, self->checksum);
  /* A CSV edge list's node table, which holds its entities' attributes. */
  if (nodes_path != NULL)
    {
      g_string_append (out, ",\n");
      append_member (out, 4, "nodes");
      g_string_append (out, "{\n");
      append_member (out, 6, "path");
      append_string_or_null (out, nodes_path);
      g_string_append (out, ",\n");
      append_member (out, 6, "sha256");
      append_string_or_null (out, self->nodes_checksum);
      g_string_append (out, "\n    }");
    }
  g_string_append (out, "\n  },\n");
  append_member (out, 2, "view");
  append_view (out, self);
  g_string_append (out, ",\n");
  append_member (out, 2, "notes");
  append_notes (out, self->notes);
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* Reading */

typedef struct
{
  const char *display_name;
  GError    **error;
} Reader;

static gboolean fail (Reader     *reader,
                      const char *place,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

/* Always FALSE, with "file: place: what". */
static gboolean
fail (Reader     *reader,
      const char *place,
      const char *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
               "%s: %s: %s", reader->display_name, place, what);
  return FALSE;
}

static gboolean
wrong_type (Reader     *reader,
            const char *place,
            const char *expected,
            JsonNode   *found)
{
  /* TRANSLATORS: "expected a string, found a number" */
  return fail (reader, place, _("expected %s, found %s"), expected, liaison_json_node_describe (found));
}

static char *
member_place (const char *parent,
              const char *name)
{
  return parent != NULL ? g_strconcat (parent, ".", name, NULL) : g_strdup (name);
}

/* The member @name of @object, or NULL when it is absent or null. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *parent,
             const char  *name,
             gboolean     required,
             char       **out)
{
  g_autofree char *place = member_place (parent, name);
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return !required || fail (reader, place, "%s", _("missing"));
  if (!is_string (node))
    return wrong_type (reader, place, _("a string"), node);

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_object (Reader      *reader,
             JsonObject  *object,
             const char  *parent,
             const char  *name,
             gboolean     required,
             JsonObject **out)
{
  g_autofree char *place = member_place (parent, name);
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return !required || fail (reader, place, "%s", _("missing"));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (reader, place, _("an object"), node);

  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_number (Reader     *reader,
             JsonObject *object,
             const char *parent,
             const char *name,
             double      limit,
             double     *out)
{
  g_autofree char *place = member_place (parent, name);
  JsonNode *node = get_member (object, name);
  GType type;

  if (node == NULL)
    return fail (reader, place, "%s", _("missing"));
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return wrong_type (reader, place, _("a number"), node);

  *out = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  if (!isfinite (*out) || fabs (*out) > limit)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (text, sizeof text, "%g", *out);
      /* TRANSLATORS: a number in the file that cannot be a position or a zoom */
      return fail (reader, place, _("%s is out of range"), text);
    }
  return TRUE;
}

/* A list of ids: strings, none empty. */
static gboolean
read_ids (Reader     *reader,
          JsonObject *object,
          const char *parent,
          const char *name,
          GPtrArray  *out)
{
  g_autofree char *place = member_place (parent, name);
  JsonNode *node = get_member (object, name);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (reader, place, _("an array"), node);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_place = g_strdup_printf ("%s[%u]", place, i);

      if (!is_string (element))
        return wrong_type (reader, element_place, _("a string"), element);
      if (json_node_get_string (element)[0] == '\0')
        return fail (reader, element_place, "%s", _("an id cannot be empty"));
      g_ptr_array_add (out, g_strdup (json_node_get_string (element)));
    }
  return TRUE;
}

static gboolean
read_word (Reader      *reader,
           JsonObject  *object,
           const char  *parent,
           const char  *name,
           const char  *first,
           const char  *second,
           gboolean    *is_second)
{
  g_autofree char *place = member_place (parent, name);
  g_autofree char *word = NULL;

  if (!read_string (reader, object, parent, name, FALSE, &word))
    return FALSE;
  if (word == NULL)
    return TRUE;
  if (g_str_equal (word, first) || g_str_equal (word, second))
    {
      *is_second = g_str_equal (word, second);
      return TRUE;
    }
  /* TRANSLATORS: “maybe” is neither “show” nor “hide” */
  return fail (reader, place, _("“%s” is neither “%s” nor “%s”"), word, first, second);
}

static gboolean
read_dates (Reader               *reader,
            JsonObject           *view,
            LiaisonInvestigation *self)
{
  static const char *const ends[] = { "since", "until" };
  JsonObject *dates;

  if (!read_object (reader, view, "view", "dates", FALSE, &dates))
    return FALSE;
  if (dates == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *place = member_place ("view.dates", ends[i]);
      guint32 day;

      if (!read_string (reader, dates, "view.dates", ends[i], FALSE, &text))
        return FALSE;
      if (text == NULL)
        continue;
      if (!liaison_investigation_parse_day (text, &day))
        return fail (reader, place, _("“%s” is not a day (YYYY-MM-DD)"), text);
      if (i == 0)
        self->date_range.since = day;
      else
        self->date_range.until = day;
    }
  if (self->date_range.since > self->date_range.until)
    {
      g_autofree char *since = liaison_investigation_format_day (self->date_range.since);
      g_autofree char *until = liaison_investigation_format_day (self->date_range.until);

      return fail (reader, "view.dates", _("since %s is after until %s"), since, until);
    }

  return read_word (reader, dates, "view.dates", "undated", "show", "hide", &self->date_range.hide_undated);
}

static gboolean
read_explored (Reader               *reader,
               JsonObject           *view,
               LiaisonInvestigation *self)
{
  JsonObject *explored;

  if (!read_object (reader, view, "view", "explored", FALSE, &explored))
    return FALSE;
  if (explored == NULL)
    return TRUE;

  if (get_member (explored, "shows") == NULL)
    return fail (reader, "view.explored.shows", "%s", _("missing"));
  self->has_explored = TRUE;
  return read_word (reader, explored, "view.explored", "shows", "only", "all-except", &self->explored_all_except) &&
         read_ids (reader, explored, "view.explored", "entities", self->explored_entities) &&
         read_ids (reader, explored, "view.explored", "relations", self->explored_relations);
}

static gboolean
read_selection (Reader               *reader,
                JsonObject           *view,
                LiaisonInvestigation *self)
{
  JsonObject *selection;
  gboolean is_relation = FALSE;

  if (!read_object (reader, view, "view", "selection", FALSE, &selection))
    return FALSE;
  if (selection == NULL)
    return TRUE;

  if (get_member (selection, "kind") == NULL)
    return fail (reader, "view.selection.kind", "%s", _("missing"));
  if (!read_word (reader, selection, "view.selection", "kind", "entity", "relation", &is_relation) ||
      !read_string (reader, selection, "view.selection", "id", TRUE, &self->selection_id))
    return FALSE;

  self->has_selection = TRUE;
  self->selection_kind = is_relation ? LIAISON_ELEMENT_RELATION : LIAISON_ELEMENT_ENTITY;
  return TRUE;
}

static gboolean
read_positions (Reader               *reader,
                JsonObject           *view,
                LiaisonInvestigation *self)
{
  JsonNode *node = get_member (view, "positions");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (reader, "view.positions", _("an array"), node);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *place = g_strdup_printf ("view.positions[%u]", i);
      g_autofree char *pinned_place = member_place (place, "pinned");
      LiaisonSavedPosition position = { NULL };
      JsonObject *object;
      JsonNode *pinned;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return wrong_type (reader, place, _("an object"), element);
      object = json_node_get_object (element);

      if (!read_string (reader, object, place, "entity", TRUE, &position.entity))
        return FALSE;
      if (position.entity[0] == '\0')
        {
          g_autofree char *entity_place = member_place (place, "entity");

          g_free (position.entity);
          return fail (reader, entity_place, "%s", _("an id cannot be empty"));
        }
      /* Owned by the array from here, so freed on a later failure too. */
      g_array_append_val (self->positions, position);

      if (!read_number (reader, object, place, "x", LIAISON_INVESTIGATION_MAX_COORDINATE,
                        &g_array_index (self->positions, LiaisonSavedPosition, i).x) ||
          !read_number (reader, object, place, "y", LIAISON_INVESTIGATION_MAX_COORDINATE,
                        &g_array_index (self->positions, LiaisonSavedPosition, i).y))
        return FALSE;

      pinned = get_member (object, "pinned");
      if (pinned != NULL)
        {
          if (!JSON_NODE_HOLDS_VALUE (pinned) || json_node_get_value_type (pinned) != G_TYPE_BOOLEAN)
            return wrong_type (reader, pinned_place, _("true or false"), pinned);
          g_array_index (self->positions, LiaisonSavedPosition, i).pinned = json_node_get_boolean (pinned);
        }
    }
  return TRUE;
}

static gboolean
read_camera (Reader               *reader,
             JsonObject           *view,
             LiaisonInvestigation *self)
{
  JsonObject *camera;

  if (!read_object (reader, view, "view", "camera", FALSE, &camera))
    return FALSE;
  if (camera == NULL)
    return TRUE;

  if (!read_number (reader, camera, "view.camera", "x", LIAISON_INVESTIGATION_MAX_COORDINATE, &self->camera.x) ||
      !read_number (reader, camera, "view.camera", "y", LIAISON_INVESTIGATION_MAX_COORDINATE, &self->camera.y) ||
      !read_number (reader, camera, "view.camera", "zoom", 1000, &self->camera.zoom))
    return FALSE;
  if (self->camera.zoom <= 0)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (text, sizeof text, "%g", self->camera.zoom);
      return fail (reader, "view.camera.zoom", _("%s is out of range"), text);
    }

  self->has_camera = TRUE;
  return TRUE;
}

/* Only a name of Graphviz's layouts is kept: it is shown in the engine
 * menu, and never handed to Graphviz.
 */
static gboolean
is_graphviz_layout (const char *name)
{
  for (guint i = 0; i < LIAISON_N_LAYOUT_ENGINES; i++)
    if (g_strcmp0 (liaison_layout_engine_graphviz_name (i), name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
read_view (Reader               *reader,
           JsonObject           *root,
           LiaisonInvestigation *self)
{
  JsonObject *view;
  g_autofree char *drawn_by = NULL;

  if (!read_object (reader, root, NULL, "view", FALSE, &view))
    return FALSE;
  if (view == NULL)
    return TRUE;

  if (!read_ids (reader, view, "view", "hidden_entity_types", self->hidden_entity_types) ||
      !read_ids (reader, view, "view", "hidden_relation_types", self->hidden_relation_types) ||
      !read_ids (reader, view, "view", "hidden_sources", self->hidden_sources) ||
      !read_ids (reader, view, "view", "hidden_publishers", self->hidden_publishers) ||
      !read_dates (reader, view, self) ||
      !read_explored (reader, view, self) ||
      !read_selection (reader, view, self) ||
      !read_string (reader, view, "view", "search", FALSE, &self->search) ||
      !read_positions (reader, view, self) ||
      !read_string (reader, view, "view", "drawn_by", FALSE, &drawn_by) ||
      !read_camera (reader, view, self) ||
      !read_string (reader, view, "view", "engine", FALSE, &self->engine))
    return FALSE;

  if (drawn_by != NULL && is_graphviz_layout (drawn_by))
    self->drawn_by = g_steal_pointer (&drawn_by);
  return TRUE;
}

static gboolean
is_checksum (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;
  return TRUE;
}

/* A file the investigation names, the dataset or its node table: its
 * path, where that leads from @file, and its checksum, under @place.
 */
static gboolean
read_file_member (Reader      *reader,
                  JsonObject  *object,
                  const char  *place,
                  GFile       *file,
                  char       **path,
                  GFile      **resolved,
                  char       **checksum)
{
  g_autofree char *path_place = member_place (place, "path");
  g_autofree char *checksum_place = member_place (place, "sha256");

  if (!read_string (reader, object, place, "path", TRUE, path) ||
      !read_string (reader, object, place, "sha256", FALSE, checksum))
    return FALSE;
  if ((*path)[0] == '\0')
    return fail (reader, path_place, "%s", _("the path is empty"));
  if (*checksum != NULL)
    {
      char *lower;

      if (!is_checksum (*checksum))
        return fail (reader, checksum_place, _("“%s” is not a SHA-256 checksum (64 hexadecimal digits)"),
                     *checksum);
      lower = g_ascii_strdown (*checksum, -1);
      g_free (*checksum);
      *checksum = lower;
    }
  *resolved = liaison_investigation_resolve_path (file, *path);
  if (*resolved == NULL)
    return fail (reader, path_place, _("“%s” names no file Liaison may read"), *path);
  return TRUE;
}

static gboolean
read_root (Reader               *reader,
           JsonNode             *root,
           GFile                *file,
           LiaisonInvestigation *self)
{
  JsonObject *object;
  JsonObject *dataset;
  JsonObject *nodes;
  JsonNode *node;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (reader->error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                   _("%s: not a Liaison investigation: the top level must be an object"), reader->display_name);
      return FALSE;
    }
  object = json_node_get_object (root);

  node = get_member (object, "format");
  if (node == NULL || !is_string (node) || !g_str_equal (json_node_get_string (node), LIAISON_INVESTIGATION_FORMAT))
    {
      g_set_error (reader->error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                   _("%s: not a Liaison investigation: it has no “format”: “%s”"), reader->display_name,
                   LIAISON_INVESTIGATION_FORMAT);
      return FALSE;
    }

  node = get_member (object, "version");
  if (node == NULL)
    return fail (reader, "version", "%s", _("missing"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return wrong_type (reader, "version", _("a whole number"), node);
  if (json_node_get_int (node) != LIAISON_INVESTIGATION_VERSION)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      g_set_error (reader->error, LIAISON_INVESTIGATION_ERROR,
                   json_node_get_int (node) > LIAISON_INVESTIGATION_VERSION ? LIAISON_INVESTIGATION_ERROR_NEWER
                                                                            : LIAISON_INVESTIGATION_ERROR_INVALID,
                   /* TRANSLATORS: the file, the version it says, the version Liaison reads */
                   _("%s: investigation version %s is not one this Liaison reads (version %d)"),
                   reader->display_name, version, LIAISON_INVESTIGATION_VERSION);
      return FALSE;
    }

  if (!read_object (reader, object, NULL, "dataset", TRUE, &dataset) ||
      !read_file_member (reader, dataset, "dataset", file, &self->dataset_path, &self->dataset_file,
                         &self->checksum) ||
      !read_object (reader, dataset, "dataset", "nodes", FALSE, &nodes) ||
      (nodes != NULL && !read_file_member (reader, nodes, "dataset.nodes", file, &self->nodes_path,
                                           &self->nodes_file, &self->nodes_checksum)))
    return FALSE;

  if (!read_view (reader, object, self))
    return FALSE;

  /* The notes' own reader, which names the place in them. */
  node = get_member (object, "notes");
  if (node != NULL)
    {
      g_autoptr(GError) notes_error = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return wrong_type (reader, "notes", _("an object"), node);
      if (!liaison_notes_load_json (self->notes, node, &notes_error))
        {
          g_set_error (reader->error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                       "%s: %s", reader->display_name, notes_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Returns: (transfer full) (nullable): the investigation in @bytes, or
 * NULL and the first thing wrong with it (LIAISON_INVESTIGATION_ERROR,
 * or LIAISON_DATASET_ERROR for its JSON syntax), naming @display_name.
 */
LiaisonInvestigation *
liaison_investigation_new_from_bytes (GBytes      *bytes,
                                      GFile       *file,
                                      const char  *display_name,
                                      GError     **error)
{
  g_autoptr(LiaisonInvestigation) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  LiaisonLoadLimits limits;
  LiaisonJsonScanInfo info;
  Reader reader = { display_name, error };
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Empty bytes may have no data at all; the scanner is handed text. */
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  if (length > LIAISON_INVESTIGATION_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (LIAISON_INVESTIGATION_MAX_SIZE);

      g_set_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                   _("%s: larger than an investigation can be (%s at most)"), display_name, size);
      return NULL;
    }

  liaison_load_limits_init (&limits);
  limits.max_file_size = LIAISON_INVESTIGATION_MAX_SIZE;
  if (!liaison_json_scan (data, length, &limits, &info, NULL, &local_error))
    {
      liaison_json_scan_error_propagate (g_steal_pointer (&local_error), display_name, error);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data + info.start, length - info.start, &local_error))
    {
      /* The pre-scan passes only what json-glib parses: a safety net. */
      g_set_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }

  self = liaison_investigation_new_empty ();
  if (!read_root (&reader, json_parser_get_root (parser), file, self))
    return NULL;

  return g_steal_pointer (&self);
}

/* Whether @data, the start of a file, is an investigation's: JSON whose
 * first member is "format": "liaison-investigation", as Liaison writes
 * it. Nothing else is needed to tell one from a dataset.
 */
gboolean
liaison_investigation_sniff (const char *data,
                             gsize       length)
{
  static const char *const tokens[] = { "{", "\"format\"", ":", "\"" LIAISON_INVESTIGATION_FORMAT "\"" };
  const char *p = data;
  const char *end = data + length;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      gsize n = strlen (tokens[i]);

      while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
      if ((gsize) (end - p) < n || memcmp (p, tokens[i], n) != 0)
        return FALSE;
      p += n;
    }
  return TRUE;
}

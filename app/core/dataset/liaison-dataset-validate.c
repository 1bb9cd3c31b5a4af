/* liaison-dataset-validate.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Turns a parsed JSON tree into a LiaisonDataset, checking its meaning as it
 * goes. Problems are collected with a JSON path and the offending value, up
 * to a limit, so that one pass over a broken file tells the researcher all
 * they need to fix rather than one problem at a time.
 */

#define G_LOG_DOMAIN "liaison-dataset"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "liaison-dataset-private.h"
#include "liaison-style.h"

#define MAX_SHOWN_VALUE     60
#define CANCEL_INTERVAL     4096

typedef struct
{
  const char *section;     /* "entities" */
  guint       index;
  const char *list;        /* "evidence", or NULL */
  guint       list_index;
} Where;

typedef struct
{
  LiaisonStringStore    *store;
  GPtrArray             *problems;     /* char *, "path: message" */
  guint                  n_problems;
  guint                  max_problems;
  GCancellable          *cancellable;
  LiaisonProgressFunc    progress;
  gpointer               progress_data;
  guint64                n_items;
  guint64                n_done;

  GArray                *sources;
  GArray                *entity_types;
  GArray                *relation_types;
  GPtrArray             *entities;
  GArray                *relations;

  GHashTable            *source_ids;          /* id -> index + 1 */
  GHashTable            *entity_type_ids;
  GHashTable            *relation_type_ids;
  GHashTable            *entity_ids;          /* id -> index + 1 */
  GHashTable            *relation_ids;        /* id -> index + 1 */
  gboolean               entity_types_declared;
  gboolean               relation_types_declared;
} Validator;

static const char *const entity_members[] = {
  "id", "label", "name", "type", "aliases", "description", "attributes", "evidence", NULL
};

static const char *const relation_members[] = {
  "id", "from", "to", "type", "label", "directed", "date", "description", "attributes",
  "evidence", NULL
};

static gboolean
is_known_member (const char *const *members,
                 const char        *key)
{
  /* Called for every member of every item: compare first bytes before
   * whole strings.
   */
  for (guint i = 0; members[i] != NULL; i++)
    if (members[i][0] == key[0] && strcmp (members[i], key) == 0)
      return TRUE;
  return FALSE;
}

static char *
where_to_string (const Where *where,
                 const char  *member)
{
  GString *path = g_string_new (where->section);

  if (where->index != G_MAXUINT)
    g_string_append_printf (path, "[%u]", where->index);
  if (where->list != NULL)
    g_string_append_printf (path, ".%s[%u]", where->list, where->list_index);
  if (member != NULL)
    {
      /* Top-level members are named on their own: "title", not ".title". */
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, member);
    }

  return g_string_free (path, FALSE);
}

static void
problem (Validator   *v,
         const Where *where,
         const char  *member,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static void
problem (Validator   *v,
         const Where *where,
         const char  *member,
         const char  *format,
         ...)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  va_list args;

  v->n_problems++;
  if (v->problems->len >= v->max_problems)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = where_to_string (where, member);
  g_ptr_array_add (v->problems, g_strdup_printf ("%s: %s", path, message));
}

/* "a number (42)", "a string (\"x\")", "an array"… for messages. */
static char *
describe_node (JsonNode *node)
{
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));
    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));
    case JSON_NODE_NULL:
      return g_strdup (_("null"));
    case JSON_NODE_VALUE:
    default:
      break;
    }

  text = json_to_string (node, FALSE);
  if (g_utf8_strlen (text, -1) > MAX_SHOWN_VALUE)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MAX_SHOWN_VALUE);

      shown = g_strconcat (cut, "…", NULL);
    }
  else
    shown = g_steal_pointer (&text);

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup_printf (_("a string (%s)"), shown);
    case G_TYPE_BOOLEAN:
      return g_strdup_printf (_("a boolean (%s)"), shown);
    default:
      return g_strdup_printf (_("a number (%s)"), shown);
    }
}

/* A string for messages: quoted, escaped and bounded. */
static char *
quote_value (const char *value)
{
  g_autofree char *cut = NULL;
  g_autofree char *escaped = NULL;

  if (g_utf8_strlen (value, -1) > MAX_SHOWN_VALUE)
    {
      g_autofree char *head = g_utf8_substring (value, 0, MAX_SHOWN_VALUE);

      cut = g_strconcat (head, "…", NULL);
    }
  else
    cut = g_strdup (value);

  escaped = g_strescape (cut, "\u00a0…“”‘’");
  return g_strdup_printf ("\"%s\"", escaped);
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Returns the member as a string, or NULL when it is absent or null. Any
 * other type is a problem.
 */
static const char *
get_string (Validator   *v,
            JsonObject  *object,
            const char  *member,
            const Where *where)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!node_is_string (node))
    {
      g_autofree char *found = describe_node (node);

      problem (v, where, member, _("expected a string, found %s"), found);
      return NULL;
    }

  return json_node_get_string (node);
}

static const char *
get_required_string (Validator   *v,
                     JsonObject  *object,
                     const char  *member,
                     const Where *where)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  if (node == NULL)
    {
      problem (v, where, NULL, _("“%s” is missing"), member);
      return NULL;
    }

  if (!node_is_string (node))
    {
      g_autofree char *found = describe_node (node);

      problem (v, where, member, _("expected a string, found %s"), found);
      return NULL;
    }

  value = json_node_get_string (node);
  if (value[0] == '\0')
    {
      problem (v, where, member, _("must not be empty"));
      return NULL;
    }

  return value;
}

static JsonArray *
get_array (Validator   *v,
           JsonObject  *object,
           const char  *member,
           const Where *where)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *found = describe_node (node);

      problem (v, where, member, _("expected an array, found %s"), found);
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
get_element_object (Validator   *v,
                    JsonNode    *node,
                    const Where *where)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *found = describe_node (node);

      problem (v, where, NULL, _("expected an object, found %s"), found);
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
is_leap_year (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      *value = *value * 10 + ((*p)[i] - '0');
    }
  *p += n;
  return TRUE;
}

/* ISO 8601 calendar dates, possibly partial ("2018", "2018-12",
 * "2019-09-03"), optionally with a time ("2019-09-03T20:27:00+09:00").
 */
gboolean
liaison_date_is_valid (const char *date)
{
  static const guint8 days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  const char *p = date;
  guint year, month, day, hour, minute, second;

  if (!read_digits (&p, 4, &year))
    return FALSE;
  if (*p == '\0')
    return TRUE;

  if (*p++ != '-' || !read_digits (&p, 2, &month) || month < 1 || month > 12)
    return FALSE;
  if (*p == '\0')
    return TRUE;

  if (*p++ != '-' || !read_digits (&p, 2, &day) || day < 1)
    return FALSE;
  if (day > days_in_month[month - 1] + (guint) (month == 2 && is_leap_year (year) ? 1 : 0))
    return FALSE;
  if (*p == '\0')
    return TRUE;

  if (*p++ != 'T' || !read_digits (&p, 2, &hour) || hour > 23 ||
      *p++ != ':' || !read_digits (&p, 2, &minute) || minute > 59)
    return FALSE;

  if (*p == ':')
    {
      p++;
      if (!read_digits (&p, 2, &second) || second > 60)
        return FALSE;
      if (*p == '.')
        {
          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }

  if (*p == 'Z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      guint offset_hours, offset_minutes;

      p++;
      if (!read_digits (&p, 2, &offset_hours) || offset_hours > 14 ||
          *p++ != ':' || !read_digits (&p, 2, &offset_minutes) || offset_minutes > 59)
        return FALSE;
    }

  return *p == '\0';
}

static const char *
get_date (Validator   *v,
          JsonObject  *object,
          const char  *member,
          const Where *where)
{
  const char *date = get_string (v, object, member, where);

  if (date == NULL || date[0] == '\0')
    return NULL;

  if (!liaison_date_is_valid (date))
    {
      g_autofree char *shown = quote_value (date);

      problem (v, where, member,
               _("%s is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"), shown);
      return NULL;
    }

  return liaison_string_store_add (v->store, date);
}

static guint
edit_distance (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len,
               guint       limit)
{
  g_autofree guint *row = g_new (guint, b_len + 1);

  for (gsize j = 0; j <= b_len; j++)
    row[j] = j;

  for (gsize i = 1; i <= a_len; i++)
    {
      guint diagonal = row[0];
      guint row_min;

      row[0] = i;
      row_min = row[0];
      for (gsize j = 1; j <= b_len; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
          row_min = MIN (row_min, row[j]);
        }

      if (row_min > limit)
        return limit + 1;
    }

  return row[b_len];
}

/* Returns the id in @ids closest to @word, when one is close enough to be
 * what was meant.
 */
static const char *
suggest (GHashTable *ids,
         const char *word)
{
  GHashTableIter iter;
  gpointer key;
  gsize word_len = strlen (word);
  guint limit = CLAMP (word_len / 3, 1, 3);
  const char *best = NULL;
  guint best_distance = limit + 1;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *candidate = key;
      gsize candidate_len = strlen (candidate);
      guint distance;

      if ((candidate_len > word_len ? candidate_len - word_len : word_len - candidate_len) >= best_distance)
        continue;

      distance = edit_distance (word, word_len, candidate, candidate_len, best_distance - 1);
      /* Ties go to the alphabetically first id, so messages are stable. */
      if (distance < best_distance ||
          (distance == best_distance && best != NULL && strcmp (candidate, best) < 0))
        {
          best = candidate;
          best_distance = distance;
        }
    }

  return best_distance <= limit ? best : NULL;
}

static void
unknown_reference (Validator   *v,
                   const Where *where,
                   const char  *member,
                   const char  *what,
                   GHashTable  *ids,
                   const char  *value)
{
  g_autofree char *shown = NULL;
  const char *guess;

  /* A guess compares against every id: only for problems that are shown,
   * or a file of bad references would take hours to refuse.
   */
  if (v->problems->len >= v->max_problems)
    {
      v->n_problems++;
      return;
    }

  shown = quote_value (value);
  guess = suggest (ids, value);
  if (guess != NULL)
    {
      g_autofree char *shown_guess = quote_value (guess);

      /* TRANSLATORS: e.g. unknown entity "huwei" (did you mean "huawei"?) */
      problem (v, where, member, _("unknown %s %s (did you mean %s?)"), what, shown, shown_guess);
    }
  else
    problem (v, where, member, _("unknown %s %s"), what, shown);
}

static void
report_progress (Validator *v)
{
  if (v->progress != NULL && v->n_items > 0 && v->n_done % CANCEL_INTERVAL == 0)
    v->progress ((double) v->n_done / v->n_items, v->progress_data);
}

static gboolean
step (Validator  *v,
      GError    **error)
{
  v->n_done++;

  if (v->n_done % CANCEL_INTERVAL != 0)
    return TRUE;

  report_progress (v);
  return !g_cancellable_set_error_if_cancelled (v->cancellable, error);
}

static gboolean
register_id (Validator   *v,
             GHashTable  *ids,
             const char  *id,
             guint        index,
             const Where *where,
             const char  *section)
{
  guint previous = GPOINTER_TO_UINT (g_hash_table_lookup (ids, id));

  if (previous != 0)
    {
      g_autofree char *shown = quote_value (id);

      problem (v, where, "id", _("the id %s is already used by %s[%u]"),
               shown, section, previous - 1);
      return FALSE;
    }

  g_hash_table_insert (ids, (gpointer) id, GUINT_TO_POINTER (index + 1));
  return TRUE;
}

static void
read_sources (Validator  *v,
              JsonObject *root)
{
  Where where = { "sources", G_MAXUINT, NULL, 0 };
  JsonArray *array = get_array (v, root, "sources", &where);

  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object;
      LiaisonSource source = { NULL };
      const char *url;

      where.index = i;
      object = get_element_object (v, json_array_get_element (array, i), &where);
      if (object == NULL)
        continue;

      source.id = liaison_string_store_intern (v->store, get_required_string (v, object, "id", &where));
      source.title = liaison_string_store_add (v->store, get_string (v, object, "title", &where));
      source.publisher = liaison_string_store_add (v->store, get_string (v, object, "publisher", &where));
      source.author = liaison_string_store_add (v->store, get_string (v, object, "author", &where));
      source.date = get_date (v, object, "date", &where);
      source.description = liaison_string_store_add (v->store, get_string (v, object, "description", &where));

      url = get_string (v, object, "url", &where);
      if (url != NULL && url[0] != '\0')
        {
          g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
          const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
          const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

          if (scheme == NULL ||
              (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
              host == NULL || host[0] == '\0')
            {
              g_autofree char *shown = quote_value (url);

              problem (v, &where, "url", _("%s is not an http or https link"), shown);
            }
          else
            source.url = liaison_string_store_add (v->store, url);
        }

      if (source.id == NULL)
        continue;
      if (!register_id (v, v->source_ids, source.id, v->sources->len, &where, "sources"))
        continue;

      g_array_append_val (v->sources, source);
    }
}

static void
read_types (Validator  *v,
            JsonObject *root,
            const char *section,
            GArray     *types,
            GHashTable *ids,
            gboolean    is_entity)
{
  Where where = { section, G_MAXUINT, NULL, 0 };
  JsonArray *array = get_array (v, root, section, &where);

  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object;
      LiaisonTypeStyle style = { NULL };
      const char *color;

      where.index = i;
      object = get_element_object (v, json_array_get_element (array, i), &where);
      if (object == NULL)
        continue;

      style.id = liaison_string_store_intern (v->store, get_required_string (v, object, "id", &where));
      style.label = liaison_string_store_add (v->store, get_string (v, object, "label", &where));
      style.declared = TRUE;

      color = get_string (v, object, "color", &where);
      if (color != NULL)
        {
          g_autofree char *normalized = liaison_style_normalize_color (color);

          if (normalized == NULL)
            {
              g_autofree char *shown = quote_value (color);

              problem (v, &where, "color",
                       _("%s is not a colour (use #RRGGBB, #RRGGBBAA or a CSS colour name)"),
                       shown);
            }
          else
            style.color = liaison_string_store_intern (v->store, normalized);
        }

      if (is_entity)
        {
          const char *shape = get_string (v, object, "shape", &where);

          if (shape != NULL && !liaison_style_is_allowed_shape (shape))
            {
              g_autofree char *shown = quote_value (shape);
              g_autofree char *allowed = g_strjoinv (", ", (char **) liaison_style_get_allowed_shapes ());

              problem (v, &where, "shape", _("%s is not an allowed shape (use one of: %s)"),
                       shown, allowed);
            }
          else
            style.shape = liaison_string_store_intern (v->store, shape);
        }
      else
        {
          const char *line_style = get_string (v, object, "style", &where);

          if (line_style != NULL && !liaison_style_is_allowed_line_style (line_style))
            {
              g_autofree char *shown = quote_value (line_style);

              problem (v, &where, "style",
                       _("%s is not a line style (use solid, dashed, dotted or bold)"), shown);
            }
          else
            style.line_style = liaison_string_store_intern (v->store, line_style);
        }

      if (style.id == NULL)
        continue;
      if (!register_id (v, ids, style.id, types->len, &where, section))
        continue;

      if (style.label == NULL || style.label[0] == '\0')
        style.label = style.id;
      style.index = types->len;
      g_array_append_val (types, style);
    }
}

/* Resolves a type id against the declared types; with none declared, every
 * type used becomes one.
 */
static const char *
resolve_type (Validator   *v,
              const char  *type,
              GArray      *types,
              GHashTable  *ids,
              gboolean     declared,
              const Where *where,
              const char  *what)
{
  guint index;

  if (type == NULL || type[0] == '\0')
    return NULL;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (ids, type));
  if (index == 0)
    {
      LiaisonTypeStyle style = { NULL };

      if (declared)
        {
          unknown_reference (v, where, "type", what, ids, type);
          return NULL;
        }

      style.id = liaison_string_store_intern (v->store, type);
      style.label = style.id;
      style.index = types->len;
      g_array_append_val (types, style);
      g_hash_table_insert (ids, (gpointer) style.id, GUINT_TO_POINTER (types->len));
      index = types->len;
    }

  g_array_index (types, LiaisonTypeStyle, index - 1).count++;
  return g_array_index (types, LiaisonTypeStyle, index - 1).id;
}

static LiaisonEvidence *
read_evidence (Validator   *v,
               JsonObject  *object,
               const Where *owner,
               guint       *n_evidence)
{
  Where where = *owner;
  JsonArray *array = get_array (v, object, "evidence", owner);
  LiaisonEvidence *evidence;
  guint n = 0;

  *n_evidence = 0;
  if (array == NULL || json_array_get_length (array) == 0)
    return NULL;

  evidence = g_new0 (LiaisonEvidence, json_array_get_length (array));
  where.list = "evidence";

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item;
      const char *source;
      guint source_index;

      where.list_index = i;
      item = get_element_object (v, json_array_get_element (array, i), &where);
      if (item == NULL)
        continue;

      source = get_required_string (v, item, "source", &where);
      if (source == NULL)
        continue;

      source_index = GPOINTER_TO_UINT (g_hash_table_lookup (v->source_ids, source));
      if (source_index == 0)
        {
          unknown_reference (v, &where, "source", _("source"), v->source_ids, source);
          continue;
        }

      evidence[n].source = g_array_index (v->sources, LiaisonSource, source_index - 1).id;
      evidence[n].quote = liaison_string_store_add (v->store, get_string (v, item, "quote", &where));
      n++;
    }

  *n_evidence = n;
  if (n == 0)
    g_clear_pointer (&evidence, g_free);

  return evidence;
}

static void
add_attribute (Validator   *v,
               GArray     **attributes,
               const char  *key,
               JsonNode    *value)
{
  g_autofree char *json = json_to_string (value, FALSE);
  LiaisonAttribute attribute = {
    liaison_string_store_intern (v->store, key),
    liaison_string_store_add (v->store, json),
  };

  if (*attributes == NULL)
    *attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  g_array_append_val (*attributes, attribute);
}

/* Whether "attributes" already holds a member of the same name, which
 * then wins. A lookup, not a scan of what was collected: an entity may
 * have a million members.
 */
static gboolean
has_attribute (JsonNode   *attributes,
               const char *key)
{
  return attributes != NULL && JSON_NODE_HOLDS_OBJECT (attributes) &&
         json_object_has_member (json_node_get_object (attributes), key);
}

/* "attributes" first, in order, then every member the format does not
 * know, so that nothing a dataset says is dropped.
 */
static LiaisonAttribute *
read_attributes (Validator         *v,
                 JsonObject        *object,
                 const char *const *known_members,
                 const Where       *where,
                 guint             *n_attributes)
{
  JsonNode *node = json_object_get_member (object, "attributes");
  g_autoptr(GArray) attributes = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  *n_attributes = 0;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &key, &value))
        add_attribute (v, &attributes, key, value);
    }
  else if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autofree char *found = describe_node (node);

      problem (v, where, "attributes", _("expected an object, found %s"), found);
    }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      if (is_known_member (known_members, key) || has_attribute (node, key))
        continue;
      add_attribute (v, &attributes, key, value);
    }

  /* An entity's "name" is kept when "label" is what names it. */
  if (known_members == entity_members && json_object_has_member (object, "label") &&
      json_object_has_member (object, "name") && !has_attribute (node, "name"))
    add_attribute (v, &attributes, "name", json_object_get_member (object, "name"));

  if (attributes == NULL)
    return NULL;

  *n_attributes = attributes->len;
  return (LiaisonAttribute *) (gpointer) g_array_free (g_steal_pointer (&attributes), FALSE);
}

static const char **
read_aliases (Validator   *v,
              JsonObject  *object,
              const Where *owner)
{
  Where where = *owner;
  JsonArray *array = get_array (v, object, "aliases", owner);
  const char **aliases;
  guint n = 0;

  if (array == NULL || json_array_get_length (array) == 0)
    return NULL;

  aliases = g_new0 (const char *, json_array_get_length (array) + 1);
  where.list = "aliases";

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      where.list_index = i;
      if (!node_is_string (node))
        {
          g_autofree char *found = describe_node (node);

          problem (v, &where, NULL, _("expected a string, found %s"), found);
          continue;
        }
      if (json_node_get_string (node)[0] == '\0')
        continue;

      aliases[n++] = liaison_string_store_add (v->store, json_node_get_string (node));
    }

  if (n == 0)
    g_clear_pointer (&aliases, g_free);

  return aliases;
}

static gboolean
read_entities (Validator   *v,
               JsonArray   *array,
               GError     **error)
{
  Where where = { "entities", G_MAXUINT, NULL, 0 };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      LiaisonEntityFields fields = { NULL };
      JsonObject *object;
      const char *label;
      const char *type;

      if (!step (v, error))
        return FALSE;

      where.index = i;
      object = get_element_object (v, json_array_get_element (array, i), &where);
      if (object == NULL)
        continue;

      fields.id = get_required_string (v, object, "id", &where);

      if (json_object_has_member (object, "label"))
        label = get_required_string (v, object, "label", &where);
      else if (json_object_has_member (object, "name"))
        label = get_required_string (v, object, "name", &where);
      else
        {
          problem (v, &where, NULL, _("“label” (or “name”) is missing"));
          label = NULL;
        }

      type = get_string (v, object, "type", &where);
      fields.type = resolve_type (v, type, v->entity_types, v->entity_type_ids,
                                  v->entity_types_declared, &where, _("entity type"));
      if (fields.type != NULL)
        {
          guint type_index = GPOINTER_TO_UINT (g_hash_table_lookup (v->entity_type_ids, fields.type));

          fields.type_label = g_array_index (v->entity_types, LiaisonTypeStyle, type_index - 1).label;
        }
      fields.description = liaison_string_store_add (v->store, get_string (v, object, "description", &where));
      fields.aliases = read_aliases (v, object, &where);
      fields.evidence = read_evidence (v, object, &where, &fields.n_evidence);
      fields.attributes = read_attributes (v, object, entity_members, &where, &fields.n_attributes);

      /* Ids are registered under their index in the file, which is also
       * their index in the dataset as long as nothing was wrong so far: an
       * entry is only ever skipped after a problem, and after a problem no
       * dataset comes of the file. Duplicates and references keep being
       * checked, so that all problems are reported.
       */
      if (fields.id != NULL)
        {
          fields.id = liaison_string_store_add (v->store, fields.id);
          if (register_id (v, v->entity_ids, fields.id, i, &where, "entities") &&
              label != NULL && v->n_problems == 0)
            {
              g_assert (v->entities->len == i);
              fields.label = liaison_string_store_add (v->store, label);
              g_ptr_array_add (v->entities, liaison_entity_new (v->store, i, &fields));
              continue;
            }
        }

      g_free (fields.aliases);
      g_free (fields.evidence);
      g_free (fields.attributes);
    }

  return TRUE;
}

static guint
resolve_entity (Validator   *v,
                const char  *id,
                const Where *where,
                const char  *member)
{
  guint index;

  if (id == NULL)
    return G_MAXUINT;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (v->entity_ids, id));
  if (index == 0)
    {
      unknown_reference (v, where, member, _("entity"), v->entity_ids, id);
      return G_MAXUINT;
    }

  return index - 1;
}

static gboolean
read_relations (Validator   *v,
                JsonArray   *array,
                GError     **error)
{
  Where where = { "relations", G_MAXUINT, NULL, 0 };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      LiaisonRelation relation = { NULL };
      JsonObject *object;
      JsonNode *directed;
      const char *id;
      const char *type;
      guint from, to;

      if (!step (v, error))
        return FALSE;

      where.index = i;
      object = get_element_object (v, json_array_get_element (array, i), &where);
      if (object == NULL)
        continue;

      id = get_string (v, object, "id", &where);
      if (id != NULL && id[0] == '\0')
        {
          problem (v, &where, "id", _("must not be empty"));
          id = NULL;
        }

      from = resolve_entity (v, get_required_string (v, object, "from", &where), &where, "from");
      to = resolve_entity (v, get_required_string (v, object, "to", &where), &where, "to");

      type = get_string (v, object, "type", &where);
      relation.type = resolve_type (v, type, v->relation_types, v->relation_type_ids,
                                    v->relation_types_declared, &where, _("relation type"));
      relation.label = liaison_string_store_add (v->store, get_string (v, object, "label", &where));
      relation.description = liaison_string_store_add (v->store, get_string (v, object, "description", &where));
      relation.date = get_date (v, object, "date", &where);

      relation.directed = TRUE;
      directed = json_object_get_member (object, "directed");
      if (directed != NULL && !JSON_NODE_HOLDS_NULL (directed))
        {
          if (JSON_NODE_HOLDS_VALUE (directed) && json_node_get_value_type (directed) == G_TYPE_BOOLEAN)
            relation.directed = json_node_get_boolean (directed);
          else
            {
              g_autofree char *found = describe_node (directed);

              problem (v, &where, "directed", _("expected true or false, found %s"), found);
            }
        }

      relation.evidence = read_evidence (v, object, &where, &relation.n_evidence);
      relation.attributes = read_attributes (v, object, relation_members, &where, &relation.n_attributes);

      if (id != NULL)
        {
          relation.id = liaison_string_store_add (v->store, id);
          register_id (v, v->relation_ids, relation.id, i, &where, "relations");
        }

      if (v->n_problems > 0 || from == G_MAXUINT || to == G_MAXUINT)
        {
          g_free ((gpointer) relation.evidence);
          g_free ((gpointer) relation.attributes);
          continue;
        }

      relation.from = from;
      relation.to = to;
      relation.index = v->relations->len;
      g_array_append_val (v->relations, relation);
    }

  return TRUE;
}

/* Relations without an id get "relation-N" (N counting from 1), skipping
 * any that the dataset uses itself.
 */
static void
name_anonymous_relations (Validator *v)
{
  guint suffix = 0;

  for (guint i = 0; i < v->relations->len; i++)
    {
      LiaisonRelation *relation = &g_array_index (v->relations, LiaisonRelation, i);

      if (relation->id != NULL)
        continue;

      do
        {
          g_autofree char *id = g_strdup_printf ("relation-%u", i + 1 + suffix);

          if (g_hash_table_contains (v->relation_ids, id))
            {
              suffix++;
              continue;
            }

          relation->id = liaison_string_store_add (v->store, id);
          relation->generated_id = TRUE;
          g_hash_table_insert (v->relation_ids, (gpointer) relation->id, GUINT_TO_POINTER (i + 1));
        }
      while (relation->id == NULL);
    }
}

static char *
describe_root (JsonNode *root)
{
  if (JSON_NODE_HOLDS_ARRAY (root))
    return g_strdup (_("an array"));
  return describe_node (root);
}

static void
free_relation_blocks (GArray *relations)
{
  for (guint i = 0; i < relations->len; i++)
    {
      LiaisonRelation *relation = &g_array_index (relations, LiaisonRelation, i);

      g_free ((gpointer) relation->evidence);
      g_free ((gpointer) relation->attributes);
    }
}

static void
validator_clear (Validator *v)
{
  g_clear_pointer (&v->problems, g_ptr_array_unref);
  g_clear_pointer (&v->sources, g_array_unref);
  g_clear_pointer (&v->entity_types, g_array_unref);
  g_clear_pointer (&v->relation_types, g_array_unref);
  g_clear_pointer (&v->entities, g_ptr_array_unref);
  if (v->relations != NULL)
    free_relation_blocks (v->relations);
  g_clear_pointer (&v->relations, g_array_unref);
  g_clear_pointer (&v->source_ids, g_hash_table_unref);
  g_clear_pointer (&v->entity_type_ids, g_hash_table_unref);
  g_clear_pointer (&v->relation_type_ids, g_hash_table_unref);
  g_clear_pointer (&v->entity_ids, g_hash_table_unref);
  g_clear_pointer (&v->relation_ids, g_hash_table_unref);
  g_clear_pointer (&v->store, liaison_string_store_unref);
}

static void
set_problems_error (Validator   *v,
                    const char  *display_name,
                    GError     **error)
{
  GString *message = g_string_new (NULL);

  for (guint i = 0; i < v->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append_printf (message, "%s: %s", display_name,
                              (const char *) g_ptr_array_index (v->problems, i));
    }

  if (v->n_problems > v->problems->len)
    {
      guint more = v->n_problems - v->problems->len;

      g_string_append_c (message, '\n');
      g_string_append_printf (message,
                              ngettext ("%s: … and %u more problem", "%s: … and %u more problems", more),
                              display_name, more);
    }

  g_set_error_literal (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID, message->str);
  g_string_free (message, TRUE);
}

/* Returns: (transfer full) (nullable) */
LiaisonDataset *
liaison_dataset_new_from_json (JsonNode             *root,
                               const char           *display_name,
                               GCancellable         *cancellable,
                               LiaisonProgressFunc   progress,
                               gpointer              progress_data,
                               GError              **error)
{
  Validator v = { NULL };
  Where top = { "", G_MAXUINT, NULL, 0 };
  LiaisonDataset *dataset;
  JsonObject *object;
  JsonArray *entities;
  JsonArray *relations;
  const char *title;
  const char *description;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *found = describe_root (root);

      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: the top level must be an object with “entities” and “relations”, "
                     "found %s"), display_name, found);
      return NULL;
    }

  object = json_node_get_object (root);
  if (!json_object_has_member (object, "entities") && !json_object_has_member (object, "relations"))
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_INVALID,
                   _("%s: there is no “entities” array: is this a Liaison dataset?"),
                   display_name);
      return NULL;
    }

  v.store = liaison_string_store_new ();
  v.problems = g_ptr_array_new_with_free_func (g_free);
  v.max_problems = LIAISON_MAX_REPORTED_PROBLEMS;
  v.cancellable = cancellable;
  v.progress = progress;
  v.progress_data = progress_data;
  v.sources = g_array_new (FALSE, FALSE, sizeof (LiaisonSource));
  v.entity_types = g_array_new (FALSE, FALSE, sizeof (LiaisonTypeStyle));
  v.relation_types = g_array_new (FALSE, FALSE, sizeof (LiaisonTypeStyle));
  v.relations = g_array_new (FALSE, FALSE, sizeof (LiaisonRelation));
  v.source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  v.entity_type_ids = g_hash_table_new (g_str_hash, g_str_equal);
  v.relation_type_ids = g_hash_table_new (g_str_hash, g_str_equal);
  v.entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  v.relation_ids = g_hash_table_new (g_str_hash, g_str_equal);

  title = liaison_string_store_add (v.store, get_string (&v, object, "title", &top));
  description = liaison_string_store_add (v.store, get_string (&v, object, "description", &top));

  read_sources (&v, object);
  read_types (&v, object, "entity_types", v.entity_types, v.entity_type_ids, TRUE);
  read_types (&v, object, "relation_types", v.relation_types, v.relation_type_ids, FALSE);
  v.entity_types_declared = v.entity_types->len > 0;
  v.relation_types_declared = v.relation_types->len > 0;

  entities = get_array (&v, object, "entities", &top);
  relations = get_array (&v, object, "relations", &top);
  v.n_items = (entities != NULL ? json_array_get_length (entities) : 0) +
              (relations != NULL ? json_array_get_length (relations) : 0);
  v.entities = g_ptr_array_new_full (entities != NULL ? json_array_get_length (entities) : 0,
                                     g_object_unref);

  if ((entities != NULL && !read_entities (&v, entities, error)) ||
      (relations != NULL && !read_relations (&v, relations, error)))
    {
      validator_clear (&v);
      return NULL;
    }

  if (v.n_problems > 0)
    {
      set_problems_error (&v, display_name, error);
      validator_clear (&v);
      return NULL;
    }

  name_anonymous_relations (&v);

  dataset = liaison_dataset_new (g_steal_pointer (&v.store),
                                 title, description,
                                 g_steal_pointer (&v.sources),
                                 g_steal_pointer (&v.entity_types),
                                 g_steal_pointer (&v.relation_types),
                                 g_steal_pointer (&v.entities),
                                 g_steal_pointer (&v.relations));
  validator_clear (&v);

  return dataset;
}

/* liaison-import-format.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Tells a file's format by what it holds: people rename files, mail them
 * as .txt and save GraphML as .xml. XML by its root element, JSON by its
 * top-level keys, DOT by its first keywords, CSV by its header row; the
 * file's extension only settles what the content leaves open.
 *
 * Only the first bytes are looked at, except for JSON, whose keys may
 * follow a large member: there the top level is walked without decoding
 * anything, which costs a small part of the full pre-scan that follows.
 */

#define G_LOG_DOMAIN "liaison-import"

#include "config.h"

#include <string.h>

#include "liaison-import-format.h"
#include "liaison-text-cursor.h"

/* How far into the file the header of a text format (CSV, DOT) is looked
 * for: comments and a header row fit comfortably.
 */
#define TEXT_HEAD_LIMIT (64 * 1024)

static const char *const format_names[] = {
  [LIAISON_IMPORT_FORMAT_UNKNOWN] = "unknown",
  [LIAISON_IMPORT_FORMAT_LIAISON_JSON] = "Liaison JSON",
  [LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON] = "Cytoscape JSON",
  [LIAISON_IMPORT_FORMAT_JGF] = "JGF",
  [LIAISON_IMPORT_FORMAT_D3] = "d3",
  [LIAISON_IMPORT_FORMAT_GRAPHML] = "GraphML",
  [LIAISON_IMPORT_FORMAT_GEXF] = "GEXF",
  [LIAISON_IMPORT_FORMAT_CSV] = "CSV",
  [LIAISON_IMPORT_FORMAT_DOT] = "DOT",
};

G_STATIC_ASSERT (G_N_ELEMENTS (format_names) == LIAISON_N_IMPORT_FORMATS);

const char *
liaison_import_format_to_string (LiaisonImportFormat format)
{
  g_return_val_if_fail (format < LIAISON_N_IMPORT_FORMATS, NULL);

  return format_names[format];
}

/* A DOCTYPE's internal subset may hold ">" in quotes and comments. */
static void
skip_doctype (LiaisonCursor *c)
{
  int brackets = 0;

  while (c->p < c->end)
    {
      char ch = *c->p;

      if (ch == '"' || ch == '\'')
        {
          c->p++;
          while (c->p < c->end && *c->p != ch)
            c->p++;
          if (c->p >= c->end)
            return;  /* a quote left open: the step below would go past the end */
        }
      else if (liaison_cursor_at (c, "<!--"))
        {
          liaison_cursor_skip_past (c, "-->");
          continue;
        }
      else if (ch == '[')
        brackets++;
      else if (ch == ']')
        brackets--;
      else if (ch == '>' && brackets <= 0)
        {
          c->p++;
          return;
        }
      c->p++;
    }
}

static LiaisonImportFormat
sniff_xml (LiaisonCursor *c)
{
  const char *local;

  for (;;)
    {
      liaison_cursor_skip_space (c);
      if (liaison_cursor_at (c, "<?"))
        liaison_cursor_skip_past (c, "?>");
      else if (liaison_cursor_at (c, "<!--"))
        liaison_cursor_skip_past (c, "-->");
      else if (liaison_cursor_at (c, "<!DOCTYPE"))
        skip_doctype (c);
      else
        break;
    }

  if (!liaison_cursor_at (c, "<"))
    return LIAISON_IMPORT_FORMAT_UNKNOWN;

  local = ++c->p;
  while (c->p < c->end && !g_ascii_isspace (*c->p) && *c->p != '>' && *c->p != '/')
    {
      if (*c->p == ':')
        local = c->p + 1;
      c->p++;
    }

  if (c->p - local == 7 && memcmp (local, "graphml", 7) == 0)
    return LIAISON_IMPORT_FORMAT_GRAPHML;
  if (c->p - local == 4 && memcmp (local, "gexf", 4) == 0)
    return LIAISON_IMPORT_FORMAT_GEXF;

  return LIAISON_IMPORT_FORMAT_UNKNOWN;
}

/* The top-level keys that tell the JSON formats apart. */
typedef enum
{
  KEY_ENTITIES = 1 << 0,   /* or "relations" */
  KEY_ELEMENTS = 1 << 1,
  KEY_GRAPH    = 1 << 2,   /* or "graphs" */
  KEY_NODES    = 1 << 3,
  KEY_LINKS    = 1 << 4,
  KEY_EDGES    = 1 << 5,
  KEY_GROUP    = 1 << 6,   /* or "data", in an element of a top-level array */
} Keys;

static Keys
key_flag (const char *key,
          gsize       length)
{
  static const struct {
    const char *name;
    Keys        flag;
  } known[] = {
    { "entities", KEY_ENTITIES }, { "relations", KEY_ENTITIES },
    { "elements", KEY_ELEMENTS },
    { "graph", KEY_GRAPH }, { "graphs", KEY_GRAPH },
    { "nodes", KEY_NODES }, { "links", KEY_LINKS }, { "edges", KEY_EDGES },
    { "group", KEY_GROUP }, { "data", KEY_GROUP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strlen (known[i].name) == length && memcmp (known[i].name, key, length) == 0)
      return known[i].flag;

  return 0;
}

/* Moves past a string whose opening quote is at c->p. */
static void
skip_string (LiaisonCursor *c)
{
  c->p++;
  while (c->p < c->end && *c->p != '"')
    c->p += *c->p == '\\' ? 2 : 1;
  c->p = MIN (c->p + 1, c->end);
}

/* Gathers the keys of the object that starts at c->p, skipping their
 * values whole; stops early once the keys settle the question. Broken
 * JSON just stops the walk: the pre-scan will say what is wrong.
 */
static Keys
object_keys (LiaisonCursor *c)
{
  Keys keys = 0;
  int depth = 0;
  gboolean expect_key = FALSE;

  while (c->p < c->end)
    {
      char ch = *c->p;

      if (ch == '"')
        {
          const char *start = c->p + 1;

          skip_string (c);
          if (depth == 1 && expect_key)
            {
              keys |= key_flag (start, c->p - 1 - start);
              if (keys & KEY_ENTITIES)
                return keys;
              expect_key = FALSE;
            }
          continue;
        }

      if (ch == '{' || ch == '[')
        {
          depth++;
          if (depth == 1)
            expect_key = TRUE;
        }
      else if (ch == '}' || ch == ']')
        {
          if (--depth <= 0)
            return keys;
        }
      else if (ch == ',' && depth == 1)
        expect_key = TRUE;

      c->p++;
    }

  return keys;
}

static LiaisonImportFormat
sniff_json (LiaisonCursor       *c,
            LiaisonImportFormat  by_name)
{
  Keys keys;

  if (*c->p == '[')
    {
      /* Cytoscape's flat list of elements: [{"group": "nodes", "data": …}]. */
      c->p++;
      liaison_cursor_skip_space (c);
      if (c->p < c->end && *c->p == '{' && (object_keys (c) & KEY_GROUP))
        return LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON;
      return LIAISON_IMPORT_FORMAT_LIAISON_JSON;
    }

  keys = object_keys (c);

  if (keys & KEY_ENTITIES)
    return LIAISON_IMPORT_FORMAT_LIAISON_JSON;
  if (keys & KEY_ELEMENTS)
    return LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON;
  if (keys & KEY_GRAPH)
    return LIAISON_IMPORT_FORMAT_JGF;
  if ((keys & KEY_NODES) && (keys & KEY_LINKS))
    return LIAISON_IMPORT_FORMAT_D3;

  /* "nodes" and "edges" at the top: Cytoscape.js takes them so, and a
   * JGF graph pulled out of its "graph" member looks the same.
   */
  if (by_name == LIAISON_IMPORT_FORMAT_JGF || by_name == LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON ||
      by_name == LIAISON_IMPORT_FORMAT_D3)
    return by_name;
  if ((keys & KEY_NODES) && (keys & KEY_EDGES))
    return LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON;

  /* Liaison's own messages say what is missing. */
  return LIAISON_IMPORT_FORMAT_LIAISON_JSON;
}

/* Skips white space and DOT's comments: C and C++ style, and lines that
 * start with "#" (preprocessor output).
 */
static void
skip_dot_space (LiaisonCursor *c,
                const char    *start)
{
  for (;;)
    {
      liaison_cursor_skip_space (c);
      if (liaison_cursor_at (c, "//")
          || (liaison_cursor_at (c, "#")
              && (c->p == start || c->p[-1] == '\n')))
        liaison_cursor_skip_past (c, "\n");
      else if (liaison_cursor_at (c, "/*"))
        liaison_cursor_skip_past (c, "*/");
      else
        return;
    }
}

/* A DOT keyword, in any case, followed by something that is not part of
 * an identifier.
 */
static gboolean
take_keyword (LiaisonCursor *c,
              const char    *word)
{
  gsize n = strlen (word);

  if ((gsize) (c->end - c->p) < n || g_ascii_strncasecmp (c->p, word, n) != 0)
    return FALSE;
  if (c->p + n < c->end && (g_ascii_isalnum (c->p[n]) || c->p[n] == '_' || (guchar) c->p[n] >= 0x80))
    return FALSE;
  c->p += n;
  return TRUE;
}

static gboolean
looks_like_dot (LiaisonCursor *c)
{
  const char *start = c->p;

  skip_dot_space (c, start);
  if (take_keyword (c, "strict"))
    skip_dot_space (c, start);
  if (!take_keyword (c, "graph") && !take_keyword (c, "digraph"))
    return FALSE;
  skip_dot_space (c, start);

  /* An optional name, then the body. */
  if (c->p < c->end && *c->p == '"')
    skip_string (c);
  else
    while (c->p < c->end && (g_ascii_isalnum (*c->p) || *c->p == '_' || *c->p == '.' ||
                             *c->p == '-' || (guchar) *c->p >= 0x80))
      c->p++;
  skip_dot_space (c, start);

  return c->p < c->end && *c->p == '{';
}

/* The first line, cut at commas, semicolons or tabs; the names lowered and
 * stripped of quotes and spaces.
 */
static gboolean
looks_like_csv (LiaisonCursor *c)
{
  const char *line_end = memchr (c->p, '\n', c->end - c->p);
  g_autofree char *line = NULL;
  g_auto(GStrv) names = NULL;
  gboolean source = FALSE, target = FALSE, from = FALSE, to = FALSE, id = FALSE;

  if (line_end == NULL)
    line_end = c->end;
  line = g_strndup (c->p, line_end - c->p);
  names = g_strsplit_set (line, ",;\t", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);
      gsize n = strlen (name);

      if (n >= 2 && name[0] == '"' && name[n - 1] == '"')
        {
          name[n - 1] = '\0';
          name = g_strstrip (name + 1);
        }

      source |= g_ascii_strcasecmp (name, "source") == 0;
      target |= g_ascii_strcasecmp (name, "target") == 0;
      from |= g_ascii_strcasecmp (name, "from") == 0;
      to |= g_ascii_strcasecmp (name, "to") == 0;
      id |= g_ascii_strcasecmp (name, "id") == 0;
    }

  return (source && target) || (from && to) || id;
}

static LiaisonImportFormat
format_for_name (const char *display_name)
{
  static const struct {
    const char          *suffix;
    LiaisonImportFormat  format;
  } suffixes[] = {
    { ".json", LIAISON_IMPORT_FORMAT_LIAISON_JSON },
    { ".cyjs", LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON },
    { ".jgf", LIAISON_IMPORT_FORMAT_JGF },
    { ".graphml", LIAISON_IMPORT_FORMAT_GRAPHML },
    { ".gexf", LIAISON_IMPORT_FORMAT_GEXF },
    { ".csv", LIAISON_IMPORT_FORMAT_CSV },
    { ".tsv", LIAISON_IMPORT_FORMAT_CSV },
    { ".dot", LIAISON_IMPORT_FORMAT_DOT },
    { ".gv", LIAISON_IMPORT_FORMAT_DOT },
  };
  g_autofree char *lower = NULL;

  if (display_name == NULL)
    return LIAISON_IMPORT_FORMAT_UNKNOWN;

  lower = g_ascii_strdown (display_name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      return suffixes[i].format;

  return LIAISON_IMPORT_FORMAT_UNKNOWN;
}

/**
 * liaison_import_format_sniff:
 * @data: the file's bytes
 * @length: their number
 * @display_name: (nullable): the file's name, whose extension settles
 *   what the content leaves open
 *
 * Returns: the format the file is in, or %LIAISON_IMPORT_FORMAT_UNKNOWN
 */
LiaisonImportFormat
liaison_import_format_sniff (const char *data,
                             gsize       length,
                             const char *display_name)
{
  LiaisonImportFormat by_name = format_for_name (display_name);
  LiaisonCursor c;
  LiaisonCursor head;

  g_return_val_if_fail (data != NULL || length == 0, LIAISON_IMPORT_FORMAT_UNKNOWN);

  /* An empty GBytes may have no data at all. */
  if (data == NULL)
    data = "";
  c = (LiaisonCursor) { data, data + length };

  if (liaison_cursor_at (&c, "\xEF\xBB\xBF"))
    c.p += 3;
  liaison_cursor_skip_space (&c);

  if (c.p == c.end)
    return by_name;

  if (*c.p == '<')
    {
      LiaisonImportFormat format = sniff_xml (&c);

      /* XML that is neither: the extension may still name the reader
       * whose message is the most useful.
       */
      if (format == LIAISON_IMPORT_FORMAT_UNKNOWN &&
          (by_name == LIAISON_IMPORT_FORMAT_GRAPHML || by_name == LIAISON_IMPORT_FORMAT_GEXF))
        return by_name;
      return format;
    }

  if (*c.p == '{' || *c.p == '[')
    return sniff_json (&c, by_name);

  /* Text formats are told by their first lines. */
  head.p = c.p;
  head.end = c.p + MIN ((gsize) (c.end - c.p), TEXT_HEAD_LIMIT);
  {
    LiaisonCursor dot = head;

    if (looks_like_dot (&dot))
      return LIAISON_IMPORT_FORMAT_DOT;
  }
  if (looks_like_csv (&head))
    return LIAISON_IMPORT_FORMAT_CSV;

  return by_name;
}

/* liaison-import-dot.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Graphviz DOT front end. DOT is read by Graphviz's own parser,
 * cgraph's agmemread(), so that a file means here exactly what it means
 * to Graphviz: parallel edges and self-loops are relations of their own,
 * a strict graph has merged them, attribute defaults apply. That parser
 * has global state and aborts on some inputs, so it runs in the layout
 * worker (liaison-layout-worker --read-dot), where a crash costs a
 * message. The worker writes what cgraph read as JSON; this side reads
 * that into the builder.
 *
 * What reaches the dataset is plain text, never markup: HTML-like and
 * record labels become their text, character entities and Graphviz's
 * escapes (\n \l \r \N \G \E \T \H) are resolved, and strings of a file
 * whose charset is Latin-1 are converted to UTF-8. Clusters are not
 * entities: a node's innermost cluster becomes its "cluster" attribute.
 */

#define G_LOG_DOMAIN "liaison-import-dot"

#include "config.h"

#include <glib/gi18n.h>
#include <graphviz/cgraph.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-dot.h"
#include "liaison-json-scan.h"
#include "liaison-layout.h"
#include "liaison-numbers.h"

/* cgraph's lexer keeps what follows the first graph of a text for the
 * next agmemread(), which would begin with it; this flushes it. Exported
 * by libcgraph, though not in its header.
 */
extern void aglexbad (void);

/* What the worker says, on standard error, when the text is not UTF-8
 * and the file does not say it is Latin-1: the app finds where.
 */
#define NOT_UTF8_MESSAGE "not-utf-8"

typedef struct
{
  GString    *json;
  gboolean    latin1;
  gboolean    not_utf8;
  const char *graph_name;
  GHashTable *clusters;  /* Agnode_t * → the name of its innermost cluster */
} Parse;

/* Returns: (transfer full): @text as UTF-8, converted from Latin-1 when
 * the file says that is its charset; NULL, and a mark, when it is not
 * UTF-8 after all.
 */
static char *
to_utf8 (Parse      *p,
         const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  if (p->latin1)
    {
      char *converted = g_convert (text, -1, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);

      if (converted != NULL)
        return converted;
    }
  else if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  p->not_utf8 = TRUE;
  return g_strdup ("");
}

static void
append_entity (GString    *out,
               const char *name,
               gsize       length)
{
  static const struct { const char *name; const char *text; } named[] = {
    { "lt", "<" }, { "gt", ">" }, { "amp", "&" }, { "quot", "\"" }, { "apos", "'" },
    { "nbsp", " " },
  };

  if (length > 1 && name[0] == '#')
    {
      g_autofree char *digits = g_strndup (name + 1, length - 1);
      gboolean hex = digits[0] == 'x' || digits[0] == 'X';
      char *end;
      guint64 code = g_ascii_strtoull (digits + (hex ? 1 : 0), &end, hex ? 16 : 10);

      if (*end == '\0' && end != digits + (hex ? 1 : 0) && code > 0 && code <= 0x10FFFF &&
          g_unichar_validate ((gunichar) code))
        {
          g_string_append_unichar (out, (gunichar) code);
          return;
        }
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (named); i++)
      if (strlen (named[i].name) == length && strncmp (named[i].name, name, length) == 0)
        {
          g_string_append (out, named[i].text);
          return;
        }

  /* Not an entity: the text as it is. */
  g_string_append_c (out, '&');
  g_string_append_len (out, name, length);
  g_string_append_c (out, ';');
}

/* Returns: (transfer full): @text with its character entities resolved. */
static char *
resolve_entities (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *semicolon;

      if (*p == '&' && (semicolon = strchr (p + 1, ';')) != NULL && semicolon - p <= 10 &&
          semicolon > p + 1)
        {
          append_entity (out, p + 1, semicolon - p - 1);
          p = semicolon;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* An HTML-like label's text: tags dropped, a line break where <BR/> is,
 * white space as HTML collapses it.
 */
static char *
html_text (const char *html)
{
  GString *out = g_string_sized_new (strlen (html));
  gboolean space = FALSE;

  for (const char *p = html; *p != '\0'; p++)
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');

          if (close == NULL)
            break;
          if (g_ascii_strncasecmp (p + 1, "br", 2) == 0 && !g_ascii_isalpha (p[3]))
            {
              g_string_append_c (out, '\n');
              space = FALSE;
            }
          p = close;
          continue;
        }

      if (g_ascii_isspace (*p))
        {
          space = out->len > 0 && out->str[out->len - 1] != '\n';
          continue;
        }

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  {
    g_autofree char *tagless = g_string_free (out, FALSE);

    return resolve_entities (tagless);
  }
}

typedef struct
{
  const char *node;   /* \N */
  const char *edge;   /* \E */
  const char *tail;   /* \T */
  const char *head;   /* \H */
} Names;

/* A label as text: Graphviz's escapes resolved, and for a record its
 * fields a line each, ports and braces dropped.
 */
static char *
label_text (Parse       *p,
            const char  *label,
            gboolean     record,
            const Names *names)
{
  GString *out = g_string_sized_new (strlen (label));

  for (const char *s = label; *s != '\0'; s++)
    {
      if (*s == '\\' && s[1] != '\0')
        {
          s++;
          switch (*s)
            {
            case 'n':
            case 'l':
            case 'r':
              g_string_append_c (out, '\n');
              break;
            case 'N':
              g_string_append (out, names->node != NULL ? names->node : "");
              break;
            case 'G':
              g_string_append (out, p->graph_name != NULL ? p->graph_name : "");
              break;
            case 'E':
              g_string_append (out, names->edge != NULL ? names->edge : "");
              break;
            case 'T':
              g_string_append (out, names->tail != NULL ? names->tail : "");
              break;
            case 'H':
              g_string_append (out, names->head != NULL ? names->head : "");
              break;
            default:
              g_string_append_c (out, *s);
              break;
            }
          continue;
        }

      if (record)
        {
          if (*s == '{' || *s == '}')
            continue;
          if (*s == '|')
            {
              g_string_append_c (out, '\n');
              continue;
            }
          if (*s == '<')
            {
              const char *close = strchr (s, '>');

              if (close != NULL)
                {
                  s = close;
                  continue;
                }
            }
        }

      g_string_append_c (out, *s);
    }

  {
    g_autofree char *escaped = g_string_free (out, FALSE);
    char *text = resolve_entities (escaped);
    char **lines = g_strsplit (text, "\n", -1);
    GString *joined = g_string_new (NULL);

    /* Lines trimmed, empty ones (a record's blank field, the break that
     * ends a "\l") left out.
     */
    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_strstrip (lines[i]);
        if (lines[i][0] == '\0')
          continue;
        if (joined->len > 0)
          g_string_append_c (joined, '\n');
        g_string_append (joined, lines[i]);
      }

    g_strfreev (lines);
    g_free (text);
    return g_string_free (joined, FALSE);
  }
}

/* Returns: (transfer full): @object's label, as text, in UTF-8. */
static char *
object_label (Parse       *p,
              const char  *raw,
              gboolean     record,
              const Names *names)
{
  g_autofree char *utf8 = NULL;

  if (raw == NULL || raw[0] == '\0')
    return NULL;

  utf8 = to_utf8 (p, raw);
  if (aghtmlstr ((char *) raw))
    return html_text (utf8);

  return label_text (p, utf8, record, names);
}

static void
write_string (GString    *out,
              const char *text)
{
  static const char hex[] = "0123456789abcdef";

  g_string_append_c (out, '"');
  for (const guchar *s = (const guchar *) text; *s != '\0'; s++)
    {
      if (*s == '"' || *s == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *s);
        }
      else if (*s == '\n')
        g_string_append (out, "\\n");
      else if (*s < 0x20)
        {
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[*s >> 4]);
          g_string_append_c (out, hex[*s & 0xf]);
        }
      else
        g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

static void
write_member (GString    *out,
              const char *name,
              const char *value)
{
  if (value == NULL)
    return;

  g_string_append_c (out, ',');
  write_string (out, name);
  g_string_append_c (out, ':');
  write_string (out, value);
}

/* Every attribute of @object that has a value and that is not mapped, as
 * text: "color", "shape", "weight" are the researcher's data here.
 */
static void
write_attributes (Parse              *p,
                  Agraph_t           *graph,
                  void               *object,
                  int                 kind,
                  const char * const *mapped,
                  const char         *cluster)
{
  gboolean first = TRUE;

  g_string_append (p->json, ",\"attributes\":{");
  for (Agsym_t *sym = agnxtattr (graph, kind, NULL); sym != NULL; sym = agnxtattr (graph, kind, sym))
    {
      const char *value = agxget (object, sym);
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;

      if (value == NULL || value[0] == '\0' || g_strv_contains (mapped, sym->name))
        continue;

      name = to_utf8 (p, sym->name);
      text = to_utf8 (p, value);
      if (aghtmlstr ((char *) value))
        {
          char *plain = html_text (text);

          g_free (text);
          text = plain;
        }
      if (!first)
        g_string_append_c (p->json, ',');
      write_string (p->json, name);
      g_string_append_c (p->json, ':');
      write_string (p->json, text);
      first = FALSE;
    }
  if (cluster != NULL)
    {
      if (!first)
        g_string_append_c (p->json, ',');
      write_string (p->json, "cluster");
      g_string_append_c (p->json, ':');
      write_string (p->json, cluster);
    }
  g_string_append_c (p->json, '}');
}

/* Each node's innermost cluster: subgraphs are walked from the top, so a
 * deeper one overwrites.
 */
static void
find_clusters (Parse    *p,
               Agraph_t *graph)
{
  for (Agraph_t *sub = agfstsubg (graph); sub != NULL; sub = agnxtsubg (sub))
    {
      const char *name = agnameof (sub);

      if (name != NULL && g_str_has_prefix (name, "cluster"))
        {
          char *utf8 = to_utf8 (p, name);

          g_hash_table_add (p->clusters, utf8);  /* owns the names */
          for (Agnode_t *node = agfstnode (sub); node != NULL; node = agnxtnode (sub, node))
            g_hash_table_insert (p->clusters, node, utf8);
        }
      find_clusters (p, sub);
    }
}

static gboolean
attribute_is (void       *object,
              const char *name,
              const char *value)
{
  const char *actual = agget (object, (char *) name);

  return actual != NULL && g_ascii_strcasecmp (actual, value) == 0;
}

static const char * const node_mapped[] = { "label", "type", "pos", NULL };
static const char * const edge_mapped[] = { "label", "type", "date", "id", "key", NULL };

static void
write_nodes (Parse    *p,
             Agraph_t *graph)
{
  gboolean first = TRUE;

  g_string_append (p->json, ",\"nodes\":[");
  for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node))
    {
      g_autofree char *name = to_utf8 (p, agnameof (node));
      Names names = { name, NULL, NULL, NULL };
      gboolean record = attribute_is (node, "shape", "record") || attribute_is (node, "shape", "Mrecord");
      g_autofree char *label = object_label (p, agget (node, (char *) "label"), record, &names);
      g_autofree char *type = NULL;
      const char *pos = agget (node, (char *) "pos");

      g_string_append (p->json, first ? "{" : ",{");
      first = FALSE;
      g_string_append (p->json, "\"id\":");
      write_string (p->json, name);
      write_member (p->json, "label", label != NULL && label[0] != '\0' ? label : name);
      if (agget (node, (char *) "type") != NULL && agget (node, (char *) "type")[0] != '\0')
        {
          type = to_utf8 (p, agget (node, (char *) "type"));
          write_member (p->json, "type", type);
        }

      if (pos != NULL && pos[0] != '\0')
        {
          char *end;
          double x = g_ascii_strtod (pos, &end);
          double y = *end == ',' ? g_ascii_strtod (end + 1, &end) : NAN;

          if (isfinite (x) && isfinite (y))
            {
              char buffer[LIAISON_NUMBER_BUF_SIZE];

              g_string_append (p->json, ",\"x\":");
              g_string_append_len (p->json, buffer, liaison_format_number (buffer, x));
              g_string_append (p->json, ",\"y\":");
              g_string_append_len (p->json, buffer, liaison_format_number (buffer, y));
            }
        }

      write_attributes (p, graph, node, AGNODE, node_mapped, g_hash_table_lookup (p->clusters, node));
      g_string_append_c (p->json, '}');
    }
  g_string_append_c (p->json, ']');
}

static void
write_edges (Parse    *p,
             Agraph_t *graph)
{
  gboolean directed = agisdirected (graph);
  gboolean first = TRUE;

  g_string_append (p->json, ",\"edges\":[");
  for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node))
    for (Agedge_t *edge = agfstout (graph, node); edge != NULL; edge = agnxtout (graph, edge))
      {
        g_autofree char *tail = to_utf8 (p, agnameof (agtail (edge)));
        g_autofree char *head = to_utf8 (p, agnameof (aghead (edge)));
        g_autofree char *edge_name = g_strconcat (tail, directed ? "->" : "--", head, NULL);
        Names names = { NULL, edge_name, tail, head };
        g_autofree char *label = object_label (p, agget (edge, (char *) "label"), FALSE, &names);

        g_string_append (p->json, first ? "{" : ",{");
        first = FALSE;
        g_string_append (p->json, "\"tail\":");
        write_string (p->json, tail);
        write_member (p->json, "head", head);
        if (label != NULL && label[0] != '\0')
          write_member (p->json, "label", label);
        for (guint i = 1; i < 4; i++)
          {
            const char *value = agget (edge, (char *) edge_mapped[i]);

            if (value != NULL && value[0] != '\0')
              {
                g_autofree char *text = to_utf8 (p, value);

                write_member (p->json, edge_mapped[i], text);
              }
          }
        write_attributes (p, graph, edge, AGEDGE, edge_mapped, NULL);
        g_string_append_c (p->json, '}');
      }
  g_string_append_c (p->json, ']');
}

static GString *collected_messages;

static int
collect_message_cb (char *piece)
{
  g_string_append (collected_messages, piece);
  return 0;
}

/* cgraph's "Error: syntax error in line 3 near '->'", as "3\tsyntax error
 * near '->'": the line apart, for the file's name to go before it.
 */
static void
append_messages (GString    *messages,
                 const char *collected)
{
  g_auto(GStrv) lines = g_strsplit (collected, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *text = lines[i];
      const char *in_line;
      guint64 line = 0;
      g_autofree char *cut = NULL;

      if (!g_str_has_prefix (text, "Error: "))
        continue;
      text += strlen ("Error: ");

      in_line = strstr (text, " in line ");
      if (in_line != NULL)
        {
          char *end;

          line = g_ascii_strtoull (in_line + strlen (" in line "), &end, 10);
          cut = g_strdup_printf ("%.*s%s", (int) (in_line - text), text, end);
          text = cut;
        }

      g_string_append_printf (messages, "%" G_GUINT64_FORMAT "\t%s\n", line, text);
    }
}

gboolean
liaison_import_dot_parse (const char *dot,
                          gsize       length,
                          GString    *json,
                          GString    *messages)
{
  g_autofree char *text = g_strndup (dot, length);
  agerrlevel_t old_level;
  agusererrf old_handler;
  Parse p = { json };
  Agraph_t *graph;
  const char *charset;

  g_return_val_if_fail (dot != NULL || length == 0, FALSE);
  g_return_val_if_fail (json != NULL && messages != NULL, FALSE);

  /* cgraph reads up to a NUL: one inside the text would cut it short. */
  if (memchr (dot, '\0', length) != NULL)
    {
      g_string_append (messages, "0\t" NOT_UTF8_MESSAGE "\n");
      return FALSE;
    }

  collected_messages = g_string_new (NULL);
  old_level = agseterr (AGERR);
  old_handler = agseterrf (collect_message_cb);
  agreseterrors ();

  graph = agmemread (text);
  aglexbad ();
  if (graph == NULL || agerrors () > 0)
    {
      append_messages (messages, collected_messages->str);
      if (messages->len == 0)
        g_string_append (messages, "0\tthe graph could not be read\n");
      g_clear_pointer (&graph, agclose);
      goto out;
    }

  charset = agget (graph, (char *) "charset");
  p.latin1 = charset != NULL &&
             (g_ascii_strcasecmp (charset, "latin1") == 0 || g_ascii_strcasecmp (charset, "latin-1") == 0 ||
              g_ascii_strcasecmp (charset, "l1") == 0 || g_ascii_strcasecmp (charset, "ISO-8859-1") == 0 ||
              g_ascii_strcasecmp (charset, "ISO_8859-1") == 0 || g_ascii_strcasecmp (charset, "ISO8859-1") == 0 ||
              g_ascii_strcasecmp (charset, "ISO-IR-100") == 0 || g_ascii_strcasecmp (charset, "CP819") == 0);
  p.clusters = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, NULL);

  {
    g_autofree char *graph_name = to_utf8 (&p, agnameof (graph));
    Names names = { NULL, NULL, NULL, NULL };
    g_autofree char *title = NULL;
    GPtrArray *cluster_names = g_ptr_array_new_with_free_func (g_free);

    /* Anonymous graphs have names cgraph makes up. */
    p.graph_name = graph_name[0] == '%' ? "" : graph_name;
    title = object_label (&p, agget (graph, (char *) "label"), FALSE, &names);

    find_clusters (&p, graph);
    {
      GHashTableIter iter;
      gpointer key, value;

      /* The names are keys of their own (key == value): freed at the end. */
      g_hash_table_iter_init (&iter, p.clusters);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (key == value)
          g_ptr_array_add (cluster_names, key);
    }

    /* What cgraph counts, for the fuzz harness to hold the dataset to. */
    g_string_append_printf (json, "{\"directed\":%s,\"n_nodes\":%d,\"n_edges\":%d",
                            agisdirected (graph) ? "true" : "false", agnnodes (graph), agnedges (graph));
    if (title != NULL && title[0] != '\0')
      write_member (json, "title", title);
    write_nodes (&p, graph);
    write_edges (&p, graph);
    g_string_append (json, "}\n");

    g_ptr_array_unref (cluster_names);
  }

  g_hash_table_unref (p.clusters);
  agclose (graph);

  if (p.not_utf8)
    {
      g_string_truncate (json, 0);
      g_string_append (messages, "0\t" NOT_UTF8_MESSAGE "\n");
      graph = NULL;
    }

out:
  agseterrf (old_handler);
  agseterr (old_level);
  agreseterrors ();
  g_string_free (collected_messages, TRUE);
  collected_messages = NULL;

  return messages->len == 0;
}

/* Reading the worker's JSON into the builder. */

typedef struct
{
  LiaisonDatasetBuilder *builder;
  GPtrArray             *owned;
  GArray                *attributes;
} Read;

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static void
set_optional (LiaisonValue *value,
              const char   *text)
{
  if (text != NULL)
    *value = (LiaisonValue) { LIAISON_VALUE_STRING, text };
}

static void
read_attributes (Read                *r,
                 JsonObject          *object,
                 LiaisonDetailsInput *details)
{
  JsonObject *attributes = json_object_get_object_member (object, "attributes");
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  g_array_set_size (r->attributes, 0);
  if (attributes == NULL)
    return;

  json_object_iter_init_ordered (&iter, attributes);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      LiaisonAttribute attribute = { key, NULL };
      char *json = json_to_string (value, FALSE);

      g_ptr_array_add (r->owned, json);
      attribute.json = json;
      g_array_append_val (r->attributes, attribute);
    }

  details->attribute_items = (const LiaisonAttribute *) (gpointer) r->attributes->data;
  details->n_attribute_items = r->attributes->len;
}

static gboolean
read_graph (Read       *r,
            JsonObject *graph)
{
  JsonArray *nodes = json_object_get_array_member (graph, "nodes");
  JsonArray *edges = json_object_get_array_member (graph, "edges");
  gboolean directed = json_object_get_boolean_member_with_default (graph, "directed", TRUE);
  const char *title = string_member (graph, "title");

  if (title != NULL)
    {
      LiaisonLocation location = liaison_location_path ("", LIAISON_LOCATION_NO_INDEX);
      LiaisonValue value = { LIAISON_VALUE_STRING, title };

      liaison_dataset_builder_set_title (r->builder, &location, &value);
    }

  for (guint i = 0; nodes != NULL && i < json_array_get_length (nodes); i++)
    {
      JsonObject *node = json_array_get_object_element (nodes, i);
      LiaisonEntityInput entity = { { 0 } };
      g_autofree char *section = NULL;
      LiaisonLocation location;
      gboolean go_on;

      set_optional (&entity.id, string_member (node, "id"));
      set_optional (&entity.label, string_member (node, "label"));
      set_optional (&entity.type, string_member (node, "type"));
      if (json_object_has_member (node, "x") && json_object_has_member (node, "y"))
        {
          entity.has_position = TRUE;
          entity.x = json_object_get_double_member (node, "x");
          entity.y = json_object_get_double_member (node, "y");
        }
      read_attributes (r, node, &entity.details);

      /* DOT has no place for the builder to point at but the node's name. */
      section = g_strdup_printf ("node \"%s\"", entity.id.text != NULL ? entity.id.text : "");
      location = liaison_location_path (section, LIAISON_LOCATION_NO_INDEX);
      go_on = liaison_dataset_builder_add_entity (r->builder, &location, &entity);
      g_ptr_array_set_size (r->owned, 0);
      if (!go_on)
        return FALSE;
    }

  for (guint i = 0; edges != NULL && i < json_array_get_length (edges); i++)
    {
      JsonObject *edge = json_array_get_object_element (edges, i);
      LiaisonRelationInput relation = { { 0 } };
      g_autofree char *section = NULL;
      LiaisonLocation location;
      gboolean go_on;

      set_optional (&relation.from, string_member (edge, "tail"));
      set_optional (&relation.to, string_member (edge, "head"));
      set_optional (&relation.id, string_member (edge, "id"));
      set_optional (&relation.label, string_member (edge, "label"));
      set_optional (&relation.type, string_member (edge, "type"));
      set_optional (&relation.date, string_member (edge, "date"));
      relation.directed = (LiaisonValue) { LIAISON_VALUE_BOOLEAN, directed ? "true" : "false" };
      read_attributes (r, edge, &relation.details);

      section = g_strdup_printf ("edge \"%s\" %s \"%s\"", relation.from.text, directed ? "->" : "--",
                                 relation.to.text);
      location = liaison_location_path (section, LIAISON_LOCATION_NO_INDEX);
      go_on = liaison_dataset_builder_add_relation (r->builder, &location, &relation);
      g_ptr_array_set_size (r->owned, 0);
      if (!go_on)
        return FALSE;
    }

  return TRUE;
}

LiaisonDataset *
liaison_import_dot_read_parsed (const LiaisonImportInput  *input,
                                const char                *json,
                                gsize                      length,
                                GError                   **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  LiaisonDataset *dataset;
  JsonNode *root;
  Read r = { NULL };

  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  /* The worker's own output, whose every string it has checked. */
  if (!json_parser_load_from_data (parser, json, length, &local_error) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s: the layout worker's reading of the file cannot be read: %s"),
                   input->display_name, local_error != NULL ? local_error->message : "");
      return NULL;
    }

  r.builder = liaison_dataset_builder_new (input->display_name);
  r.owned = g_ptr_array_new_with_free_func (g_free);
  r.attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  liaison_dataset_builder_set_cancellable (r.builder, input->cancellable);

  {
    JsonObject *graph = json_node_get_object (root);
    JsonArray *nodes = json_object_get_array_member (graph, "nodes");
    JsonArray *edges = json_object_get_array_member (graph, "edges");

    liaison_dataset_builder_set_progress (r.builder,
                                          (nodes != NULL ? json_array_get_length (nodes) : 0) +
                                          (edges != NULL ? json_array_get_length (edges) : 0),
                                          input->progress, input->progress_data);
    read_graph (&r, graph);
  }

  dataset = liaison_dataset_builder_finish (r.builder, error);

  liaison_dataset_builder_free (r.builder);
  g_ptr_array_unref (r.owned);
  g_array_unref (r.attributes);
  return dataset;
}

/* The worker's messages, "LINE\tmessage" a line each, as the error:
 * "file.dot:3: syntax error near '->'".
 */
static void
set_parse_error (const LiaisonImportInput  *input,
                 const char                *messages,
                 GError                   **error)
{
  g_auto(GStrv) lines = g_strsplit (messages, "\n", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      guint64 line;

      if (tab == NULL)
        continue;
      *tab = '\0';
      line = g_ascii_strtoull (lines[i], NULL, 10);

      if (text->len > 0)
        g_string_append_c (text, '\n');

      if (g_str_equal (tab + 1, NOT_UTF8_MESSAGE))
        {
          const char *end = NULL;
          guint l = 1, column = 1;

          g_utf8_validate_len (input->data, input->length, &end);
          if (end != NULL)
            liaison_json_position (input->data, end - input->data, &l, &column);
          if (end != NULL && end < input->data + input->length && *end == '\0')
            g_string_append_printf (text, _("%s:%u:%u: a NUL byte: this is not a text file"),
                                    input->display_name, l, column);
          else
            g_string_append_printf (text, _("%s:%u:%u: the text is not UTF-8 (a Latin-1 file says "
                                            "so with charset=latin1)"),
                                    input->display_name, l, column);
        }
      else if (line > 0)
        g_string_append_printf (text, "%s:%" G_GUINT64_FORMAT ": %s", input->display_name, line, tab + 1);
      else
        g_string_append_printf (text, "%s: %s", input->display_name, tab + 1);
    }

  if (text->len == 0)
    g_string_append_printf (text, _("%s: Graphviz could not read the file"), input->display_name);

  g_set_error_literal (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX, text->str);
  g_string_free (text, TRUE);
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  g_subprocess_force_exit (G_SUBPROCESS (user_data));
}

/* Returns: (transfer full) (nullable): the dataset in the DOT text of
 * @input, read by cgraph in the layout worker.
 */
LiaisonDataset *
liaison_import_dot (const LiaisonImportInput  *input,
                    GError                   **error)
{
  g_autofree char *parent_arg = g_strdup_printf ("--parent=%d", (int) getpid ());
  const char *argv[] = { liaison_layout_get_worker_path (), "--read-dot", parent_arg, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) local_error = NULL;
  static gsize sigpipe_ignored;
  gulong cancelled_id = 0;
  gboolean communicated;

  g_return_val_if_fail (input != NULL && input->display_name != NULL, NULL);

  /* A worker that dies before reading all of the file must cost a
   * message, not the app.
   */
  if (g_once_init_enter (&sigpipe_ignored))
    {
      signal (SIGPIPE, SIG_IGN);
      g_once_init_leave (&sigpipe_ignored, 1);
    }

  process = g_subprocess_newv (argv,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &local_error);
  if (process == NULL)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s: the layout worker, which reads DOT, could not be started (%s): %s"),
                   input->display_name, argv[0], local_error->message);
      return NULL;
    }

  if (input->cancellable != NULL)
    cancelled_id = g_cancellable_connect (input->cancellable, G_CALLBACK (cancelled_cb), process, NULL);

  text = g_bytes_new_static (input->data, input->length);
  communicated = g_subprocess_communicate (process, text, NULL, &out, &err, &local_error);
  if (communicated)
    g_subprocess_wait (process, NULL, NULL);

  if (cancelled_id != 0)
    g_cancellable_disconnect (input->cancellable, cancelled_id);

  if (g_cancellable_set_error_if_cancelled (input->cancellable, error))
    return NULL;

  if (!communicated)
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   "%s: %s", input->display_name, local_error->message);
      return NULL;
    }

  if (g_subprocess_get_if_signaled (process))
    {
      g_set_error (error, LIAISON_DATASET_ERROR, LIAISON_DATASET_ERROR_SYNTAX,
                   _("%s: Graphviz's parser crashed reading the file (signal %d)"),
                   input->display_name, g_subprocess_get_term_sig (process));
      return NULL;
    }

  if (!g_subprocess_get_successful (process))
    {
      g_autofree char *messages = g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err));

      set_parse_error (input, messages, error);
      return NULL;
    }

  return liaison_import_dot_read_parsed (input, g_bytes_get_data (out, NULL), g_bytes_get_size (out),
                                         error);
}

/* liaison-import-dot-parse.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* DOT as Graphviz's own parser reads it, in the layout worker
 * (liaison-layout-worker --read-dot) and the fuzz harness: cgraph's
 * agmemread() reads the text, and what it holds is written as JSON for
 * liaison_import_dot_read_parsed().
 *
 * What reaches the JSON is plain text, never markup: HTML-like and record
 * labels become their text, character entities and Graphviz's escapes
 * (\n \l \r \N \G \E \T \H) are resolved, and strings of a file whose
 * charset is Latin-1 are converted to UTF-8. Clusters are not entities: a
 * node's innermost cluster becomes its "cluster" attribute.
 */

#define G_LOG_DOMAIN "liaison-import-dot"

#include "config.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <string.h>

#include "liaison-import-dot.h"
#include "liaison-numbers.h"

/* cgraph's lexer keeps what follows the first graph of a text for the
 * next agmemread(), which would begin with it; this flushes it. Exported
 * by libcgraph, though not in its header.
 */
extern void aglexbad (void);

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
      g_string_append (messages, "0\t" LIAISON_IMPORT_DOT_NOT_UTF8 "\n");
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
      g_string_append (messages, "0\t" LIAISON_IMPORT_DOT_NOT_UTF8 "\n");
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

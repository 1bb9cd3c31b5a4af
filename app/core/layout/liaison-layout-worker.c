/* liaison-layout-worker.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The layout worker: a small process that reads a graph in DOT on standard
 * input, lays it out with Graphviz and writes the result on standard output.
 *
 *   liaison-layout-worker --engine=ENGINE [--format=FORMAT] [--parent=PID]
 *
 * FORMAT is one of Graphviz's (json, dot, xdot, svg, png, pdf) or "scene",
 * the default: Graphviz's json schema cut down to what a LiaisonScene
 * reads and written without indentation, under half the size of "json",
 * so the app spends half as long reading it.
 *
 *   liaison-layout-worker --read-dot [--parent=PID]
 *
 * reads a DOT file on standard input with cgraph and writes what it holds
 * as JSON (liaison-import-dot), or its syntax errors on standard error.
 *
 * Graphviz is not thread-safe, cannot be interrupted and aborts on some
 * inputs, so it runs here, where the app can kill it and where a crash
 * costs nothing but an error message. Graphviz's messages go to standard
 * error, one a line. Exit status: 0 laid out, 1 Graphviz reported an error,
 * 2 bad usage or input.
 */

#define G_LOG_DOMAIN "liaison-worker"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <glib.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <graphviz/xdot.h>
#include <locale.h>

#include "liaison-import-dot.h"
#include "liaison-layout-worker.h"
#include "liaison-numbers.h"

/* More than any dataset the app accepts can turn into. */
#define MAX_GRAPH_SIZE ((gsize) 512 * 1024 * 1024)
#define MAX_ADDRESS_SPACE (G_GUINT64_CONSTANT (8) * 1024 * 1024 * 1024)

static const char *const engines[] = {
  "dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "nop2", NULL
};

static const char *const formats[] = {
  "scene", "json", "dot", "xdot", "svg", "png", "pdf", NULL
};

/* Graphviz hands its messages over in pieces; they are joined up to each
 * newline so every message reaches the app as one line.
 */
static GString *pending_message;

/* What the worker lays out, left for the system to free. */
static Agraph_t *kept_graph;
static GVC_t *kept_context;

static int
collect_message_cb (char *piece)
{
  char *newline;

  g_string_append (pending_message, piece);

  while ((newline = strchr (pending_message->str, '\n')) != NULL)
    {
      gsize line_len = newline - pending_message->str;

      if (line_len > 0)
        {
          fwrite (pending_message->str, 1, line_len, stderr);
          fputc ('\n', stderr);
        }
      g_string_erase (pending_message, 0, line_len + 1);
    }

  return 0;
}

static void
flush_messages (void)
{
  if (pending_message->len > 0)
    {
      fputs (pending_message->str, stderr);
      fputc ('\n', stderr);
      g_string_truncate (pending_message, 0);
    }
  fflush (stderr);
}

static char *
read_input (gsize *length)
{
  GString *input = g_string_sized_new (64 * 1024);
  char buffer[64 * 1024];
  size_t n;

  gboolean too_large = FALSE;

  /* All of it, even past the limit: the app reads what went wrong only
   * once it has written everything.
   */
  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      if (too_large || input->len + n > MAX_GRAPH_SIZE)
        too_large = TRUE;
      else
        g_string_append_len (input, buffer, n);
    }

  if (too_large)
    {
      g_string_free (input, TRUE);
      return NULL;
    }

  *length = input->len;
  return g_string_free (input, FALSE);
}

/* GCC says so with a macro, clang with __has_feature(). */
#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_ADDRESS_SANITIZER 1
# endif
#endif

static void
limit_process (pid_t parent)
{
  /* Die with the app, never outlive it. If the app died before this line,
   * the worker already has another parent (init, or a session's
   * subreaper), and goes at once.
   */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (getppid () == 1 || (parent > 0 && getppid () != parent))
    _exit (2);

#if !defined(UNDER_ADDRESS_SANITIZER)
  {
    /* A runaway layout fails its allocations rather than take the machine
     * down. AddressSanitizer reserves terabytes of address space, so not
     * under it.
     */
    struct rlimit limit = { MAX_ADDRESS_SPACE, MAX_ADDRESS_SPACE };

    setrlimit (RLIMIT_AS, &limit);
  }
#endif
}

/* Only this thread writes: the stream is not locked for every byte. */
static void
write_json_string (FILE       *out,
                   const char *text)
{
  const guchar *run = (const guchar *) (text != NULL ? text : "");
  const guchar *p;

  putc_unlocked ('"', out);
  for (p = run; *p != '\0'; p++)
    {
      if (*p != '"' && *p != '\\' && *p >= 0x20)
        continue;

      fwrite_unlocked (run, 1, p - run, out);
      if (*p == '"' || *p == '\\')
        {
          putc_unlocked ('\\', out);
          putc_unlocked (*p, out);
        }
      else
        fprintf (out, "\\u%04x", *p);
      run = p + 1;
    }
  fwrite_unlocked (run, 1, p - run, out);
  putc_unlocked ('"', out);
}

static void
write_number (FILE   *out,
              double  value)
{
  char buffer[LIAISON_NUMBER_BUF_SIZE];
  gsize len = liaison_format_number (buffer, value);

  fwrite (buffer, 1, len, out);
}

static void
write_points (FILE                *out,
              const xdot_polyline *line)
{
  fputs (",\"points\":[", out);
  for (int i = 0; i < line->cnt; i++)
    {
      fputs (i > 0 ? ",[" : "[", out);
      write_number (out, line->pts[i].x);
      fputc (',', out);
      write_number (out, line->pts[i].y);
      fputc (']', out);
    }
  fputc (']', out);
}

static const char *
first_color (const xdot_color *color)
{
  if (color->type == xd_linear && color->u.ling.n_stops > 0)
    return color->u.ling.stops[0].color;
  if (color->type == xd_radial && color->u.ring.n_stops > 0)
    return color->u.ring.stops[0].color;
  if (color->type == xd_none)
    return color->u.clr;
  return NULL;
}

/* One layer of drawing operations (_draw_, _ldraw_, …) as a JSON array,
 * in the shape Graphviz's json renderer gives them.
 */
static void
write_operations (FILE       *out,
                  void       *object,
                  Agsym_t    *layer)
{
  char *text = layer != NULL ? agxget (object, layer) : NULL;
  xdot *ops;

  if (text == NULL || text[0] == '\0' || (ops = parseXDot (text)) == NULL)
    return;

  fprintf (out, ",\"%s\":[", layer->name);
  for (int i = 0; i < ops->cnt; i++)
    {
      xdot_op *op = &ops->ops[i];

      fputs (i > 0 ? ",{" : "{", out);
      switch (op->kind)
        {
        case xd_filled_ellipse:
        case xd_unfilled_ellipse:
          fprintf (out, "\"op\":\"%c\",\"rect\":[", op->kind == xd_filled_ellipse ? 'E' : 'e');
          write_number (out, op->u.ellipse.x);
          fputc (',', out);
          write_number (out, op->u.ellipse.y);
          fputc (',', out);
          write_number (out, op->u.ellipse.w);
          fputc (',', out);
          write_number (out, op->u.ellipse.h);
          fputc (']', out);
          break;
        case xd_filled_polygon:
        case xd_unfilled_polygon:
          fprintf (out, "\"op\":\"%c\"", op->kind == xd_filled_polygon ? 'P' : 'p');
          write_points (out, &op->u.polygon);
          break;
        case xd_filled_bezier:
        case xd_unfilled_bezier:
          fprintf (out, "\"op\":\"%c\"", op->kind == xd_filled_bezier ? 'B' : 'b');
          write_points (out, &op->u.bezier);
          break;
        case xd_polyline:
          fputs ("\"op\":\"L\"", out);
          write_points (out, &op->u.polyline);
          break;
        case xd_text:
          fputs ("\"op\":\"T\",\"pt\":[", out);
          write_number (out, op->u.text.x);
          fputc (',', out);
          write_number (out, op->u.text.y);
          fprintf (out, "],\"align\":\"%c\",\"width\":",
                   op->u.text.align == xd_left ? 'l' : op->u.text.align == xd_right ? 'r' : 'c');
          write_number (out, op->u.text.width);
          fputs (",\"text\":", out);
          write_json_string (out, op->u.text.text);
          break;
        case xd_fill_color:
        case xd_pen_color:
          fprintf (out, "\"op\":\"%c\",\"color\":", op->kind == xd_fill_color ? 'C' : 'c');
          write_json_string (out, op->u.color);
          break;
        case xd_grad_fill_color:
        case xd_grad_pen_color:
          fprintf (out, "\"op\":\"%c\",\"color\":", op->kind == xd_grad_fill_color ? 'C' : 'c');
          write_json_string (out, first_color (&op->u.grad_color));
          break;
        case xd_font:
          fputs ("\"op\":\"F\",\"size\":", out);
          write_number (out, op->u.font.size);
          fputs (",\"face\":", out);
          write_json_string (out, op->u.font.name);
          break;
        case xd_style:
          fputs ("\"op\":\"S\",\"style\":", out);
          write_json_string (out, op->u.style);
          break;
        case xd_image:
        case xd_fontchar:
        default:
          fputs ("\"op\":\"t\"", out);
          break;
        }
      fputc ('}', out);
    }
  fputc (']', out);

  freeXDot (ops);
}

/* Relations Liaison draws from Graphviz's own geometry rather than from
 * its xdot renderer, past this many: drawing them into text and parsing
 * it back took a fifth of the worker's time on 150,000 relations. Only
 * plain ones (one straight or curved piece, the usual arrowheads, no
 * label or style of their own); the others still go through xdot.
 */
#define DIRECT_EDGE_THRESHOLD 20000

typedef struct
{
  Agsym_t *style, *label, *xlabel, *head_label, *tail_label, *arrowhead, *arrowtail;
  Agsym_t *color, *penwidth, *arrowsize;
} EdgeSymbols;

static gboolean
is_unset (void       *object,
          Agsym_t    *symbol)
{
  const char *value = symbol != NULL ? agxget (object, symbol) : NULL;

  return value == NULL || value[0] == '\0';
}

static gboolean
is_plain_edge (Agedge_t          *edge,
               const EdgeSymbols *symbols)
{
  splines *spl = ED_spl (edge);
  double penwidth = symbols->penwidth != NULL ? g_ascii_strtod (agxget (edge, symbols->penwidth), NULL) : 1;

  /* Graphviz widens arrowheads past a pen of 4. */
  return spl != NULL && spl->size == 1 && spl->list[0].size >= 4 && (spl->list[0].size - 1) % 3 == 0 &&
         penwidth > 0 && penwidth <= 4 &&
         is_unset (edge, symbols->style) && is_unset (edge, symbols->label) && is_unset (edge, symbols->xlabel) &&
         is_unset (edge, symbols->head_label) && is_unset (edge, symbols->tail_label) &&
         is_unset (edge, symbols->arrowhead) && is_unset (edge, symbols->arrowtail);
}

static void
write_point (FILE   *out,
             double  x,
             double  y)
{
  putc_unlocked ('[', out);
  write_number (out, x);
  putc_unlocked (',', out);
  write_number (out, y);
  putc_unlocked (']', out);
}

/* The pen as Graphviz's xdot renderer sets it: the width only when not
 * 1, @style if any, then the colour.
 */
static void
write_pen (FILE       *out,
           double      penwidth,
           const char *style,
           const char *color)
{
  if (penwidth != 1)
    {
      char width[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (width, sizeof width, "%g", penwidth);
      fprintf (out, "{\"op\":\"S\",\"style\":\"setlinewidth(%s)\"},", width);
    }
  if (style != NULL)
    fprintf (out, "{\"op\":\"S\",\"style\":\"%s\"},", style);
  fputs ("{\"op\":\"c\",\"color\":", out);
  write_json_string (out, color);
  putc_unlocked ('}', out);
}

/* A "normal" arrowhead with its tip at @tip, as Graphviz draws it: a
 * triangle as long as 10 points times arrowsize, 0.35 of that wide on
 * each side, its base on the line's end at @from.
 */
static void
write_arrowhead (FILE       *out,
                 const char *layer,
                 pointf      tip,
                 pointf      from,
                 double      arrowsize,
                 double      penwidth,
                 const char *color)
{
  double ux = from.x - tip.x, uy = from.y - tip.y;
  double scale = 10 * arrowsize / (sqrt (ux * ux + uy * uy) + 0.0001);
  double vx, vy, qx, qy;

  ux = (ux + (ux >= 0 ? 0.0001 : -0.0001)) * scale;
  uy = (uy + (uy >= 0 ? 0.0001 : -0.0001)) * scale;
  vx = -uy * 0.35;
  vy = ux * 0.35;
  qx = tip.x + ux;
  qy = tip.y + uy;

  fprintf (out, ",\"%s\":[", layer);
  write_pen (out, penwidth, "solid", color);
  fputs (",{\"op\":\"C\",\"color\":", out);
  write_json_string (out, color);
  fputs ("},{\"op\":\"P\",\"points\":[", out);
  write_point (out, qx - vx, qy - vy);
  putc_unlocked (',', out);
  write_point (out, tip.x, tip.y);
  putc_unlocked (',', out);
  write_point (out, qx + vx, qy + vy);
  fputs ("]}]", out);
}

/* An edge's drawing, in the operations Graphviz's xdot renderer would
 * give, from the geometry its layout left.
 */
static void
write_plain_edge (FILE              *out,
                  Agedge_t          *edge,
                  const EdgeSymbols *symbols)
{
  const bezier *bz = &ED_spl (edge)->list[0];
  const char *color = symbols->color != NULL ? agxget (edge, symbols->color) : "black";
  double penwidth = symbols->penwidth != NULL ? g_ascii_strtod (agxget (edge, symbols->penwidth), NULL) : 1;
  double arrowsize = symbols->arrowsize != NULL ? g_ascii_strtod (agxget (edge, symbols->arrowsize), NULL) : 1;

  if (color == NULL || color[0] == '\0')
    color = "black";

  fputs (",\"_draw_\":[", out);
  write_pen (out, penwidth, NULL, color);
  fputs (",{\"op\":\"b\",\"points\":[", out);
  for (int i = 0; i < bz->size; i++)
    {
      if (i > 0)
        putc_unlocked (',', out);
      write_point (out, bz->list[i].x, bz->list[i].y);
    }
  fputs ("]}]", out);

  if (bz->sflag)
    write_arrowhead (out, "_tdraw_", bz->sp, bz->list[0], arrowsize, penwidth, color);
  if (bz->eflag)
    write_arrowhead (out, "_hdraw_", bz->ep, bz->list[bz->size - 1], arrowsize, penwidth, color);
}

static void
write_string_member (FILE       *out,
                     const char *name,
                     const char *value)
{
  fprintf (out, ",\"%s\":", name);
  write_json_string (out, value);
}

/* An attribute's value by its symbol, looked up once: agget() searches
 * the attributes by name for every object, which on 150,000 relations
 * takes seconds.
 */
static const char *
get_value (void    *object,
           Agsym_t *symbol)
{
  return symbol != NULL ? agxget (object, symbol) : NULL;
}

/* Writes the laid-out graph as a LiaisonScene reads it. Graphviz's xdot
 * renderer attaches the drawing operations to every node and edge as
 * attributes; they are read back from there.
 */
static int
write_scene (GVC_t    *gvc,
             Agraph_t *graph,
             FILE     *out)
{
  Agsym_t *node_pos, *node_width, *node_height, *node_draw, *node_label_draw;
  Agsym_t *edge_id, *edge_pos, *edge_label_pos, *edge_draw, *edge_tail_draw, *edge_head_draw, *edge_label_draw;
  EdgeSymbols symbols = { NULL };
  /* The tests compare the two ways on the same graph. */
  gboolean direct = agnedges (graph) >= DIRECT_EDGE_THRESHOLD && g_getenv ("LIAISON_WORKER_TEST_XDOT_ONLY") == NULL;
  Agsym_t *invisible = NULL;
  int status;

  /* Plain relations are left out of what the xdot renderer draws. */
  if (direct)
    {
      symbols.style = agattr (graph, AGEDGE, (char *) "style", NULL);
      symbols.label = agattr (graph, AGEDGE, (char *) "label", NULL);
      symbols.xlabel = agattr (graph, AGEDGE, (char *) "xlabel", NULL);
      symbols.head_label = agattr (graph, AGEDGE, (char *) "headlabel", NULL);
      symbols.tail_label = agattr (graph, AGEDGE, (char *) "taillabel", NULL);
      symbols.arrowhead = agattr (graph, AGEDGE, (char *) "arrowhead", NULL);
      symbols.arrowtail = agattr (graph, AGEDGE, (char *) "arrowtail", NULL);
      symbols.color = agattr (graph, AGEDGE, (char *) "color", NULL);
      symbols.penwidth = agattr (graph, AGEDGE, (char *) "penwidth", NULL);
      symbols.arrowsize = agattr (graph, AGEDGE, (char *) "arrowsize", NULL);

      /* The renderer reads "style" through a symbol it took before the
       * layout: without one, it cannot be told to skip an edge.
       */
      if (symbols.style == NULL)
        direct = FALSE;
    }

  if (direct)
    {
      invisible = agattr (graph, AGEDGE, (char *) "liaison_direct", (char *) "");
      for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node))
        for (Agedge_t *edge = agfstout (graph, node); edge != NULL; edge = agnxtout (graph, edge))
          if (is_plain_edge (edge, &symbols))
            {
              agxset (edge, invisible, (char *) "1");
              agxset (edge, symbols.style, (char *) "invis");
            }
    }

  status = gvRender (gvc, graph, "xdot", NULL);
  if (status != 0 || agerrors () > 0)
    return 1;

  node_pos = agattr (graph, AGNODE, (char *) "pos", NULL);
  node_width = agattr (graph, AGNODE, (char *) "width", NULL);
  node_height = agattr (graph, AGNODE, (char *) "height", NULL);
  node_draw = agattr (graph, AGNODE, (char *) "_draw_", NULL);
  node_label_draw = agattr (graph, AGNODE, (char *) "_ldraw_", NULL);
  edge_id = agattr (graph, AGEDGE, (char *) "id", NULL);
  edge_pos = agattr (graph, AGEDGE, (char *) "pos", NULL);
  edge_label_pos = agattr (graph, AGEDGE, (char *) "lp", NULL);
  edge_draw = agattr (graph, AGEDGE, (char *) "_draw_", NULL);
  edge_tail_draw = agattr (graph, AGEDGE, (char *) "_tdraw_", NULL);
  edge_head_draw = agattr (graph, AGEDGE, (char *) "_hdraw_", NULL);
  edge_label_draw = agattr (graph, AGEDGE, (char *) "_ldraw_", NULL);

  fputs ("{\"bb\":", out);
  write_json_string (out, agget (graph, (char *) "bb"));

  fputs (",\"objects\":[", out);
  for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node))
    {
      fprintf (out, "%s{\"_gvid\":%lu", node != agfstnode (graph) ? "," : "", (unsigned long) AGSEQ (node));
      write_string_member (out, "name", agnameof (node));
      write_string_member (out, "pos", get_value (node, node_pos));
      write_string_member (out, "width", get_value (node, node_width));
      write_string_member (out, "height", get_value (node, node_height));
      write_operations (out, node, node_draw);
      write_operations (out, node, node_label_draw);
      fputc ('}', out);
    }

  fputs ("],\"edges\":[", out);
  {
    gboolean first = TRUE;

    for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node))
      for (Agedge_t *edge = agfstout (graph, node); edge != NULL; edge = agnxtout (graph, edge))
        {
          fprintf (out, "%s{\"_gvid\":%lu,\"tail\":%lu,\"head\":%lu", first ? "" : ",",
                   (unsigned long) AGSEQ (edge), (unsigned long) AGSEQ (agtail (edge)),
                   (unsigned long) AGSEQ (aghead (edge)));
          const char *label_pos = get_value (edge, edge_label_pos);

          write_string_member (out, "id", get_value (edge, edge_id));
          write_string_member (out, "pos", get_value (edge, edge_pos));
          if (label_pos != NULL && label_pos[0] != '\0')
            write_string_member (out, "lp", label_pos);
          if (invisible != NULL && agxget (edge, invisible)[0] != '\0')
            write_plain_edge (out, edge, &symbols);
          else
            {
              write_operations (out, edge, edge_draw);
              write_operations (out, edge, edge_tail_draw);
              write_operations (out, edge, edge_head_draw);
              write_operations (out, edge, edge_label_draw);
            }
          fputc ('}', out);
          first = FALSE;
        }
  }
  fputs ("]}\n", out);

  return 0;
}

/* Reads a DOT file for the DOT front end: exit status 0 and JSON on
 * standard output, or 2 and the messages on standard error.
 */
static int
read_dot (void)
{
  g_autofree char *input = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) messages = g_string_new (NULL);
  gsize length = 0;

  input = read_input (&length);
  if (input == NULL)
    {
      fprintf (stderr, "0\tthe file is larger than %" G_GSIZE_FORMAT " bytes\n", MAX_GRAPH_SIZE);
      return 2;
    }

  if (!liaison_import_dot_parse (input, length, json, messages))
    {
      fputs (messages->str, stderr);
      return 2;
    }

  fwrite (json->str, 1, json->len, stdout);
  return fflush (stdout) == 0 ? 0 : 2;
}

int
liaison_layout_worker_main (int   argc,
                            char *argv[])
{
  const char *engine = NULL;
  const char *format = "scene";
  pid_t parent = 0;
  gboolean reading_dot = FALSE;
  g_autofree char *input = NULL;
  gsize length = 0;
  GVC_t *gvc;
  Agraph_t *graph;
  int status = 0;

  /* Numbers in Graphviz's output must not follow the user's locale. */
  setlocale (LC_ALL, "C.UTF-8");

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--engine="))
        engine = argv[i] + strlen ("--engine=");
      else if (g_str_has_prefix (argv[i], "--format="))
        format = argv[i] + strlen ("--format=");
      else if (g_str_equal (argv[i], "--read-dot"))
        reading_dot = TRUE;
      else if (g_str_has_prefix (argv[i], "--parent="))
        parent = (pid_t) g_ascii_strtoll (argv[i] + strlen ("--parent="), NULL, 10);
      else
        {
          fprintf (stderr, "unknown argument: %s\n", argv[i]);
          return 2;
        }
    }

  limit_process (parent);

  if (reading_dot)
    return read_dot ();

  if (engine == NULL || !g_strv_contains (engines, engine))
    {
      fprintf (stderr, "unknown layout engine: %s\n", engine != NULL ? engine : "(none)");
      return 2;
    }
  if (!g_strv_contains (formats, format))
    {
      fprintf (stderr, "unknown output format: %s\n", format);
      return 2;
    }

  /* For the tests: a worker that dies as Graphviz sometimes does, or that
   * never finishes.
   */
  if (g_getenv ("LIAISON_WORKER_TEST_ABORT") != NULL)
    abort ();
  if (g_getenv ("LIAISON_WORKER_TEST_HANG") != NULL)
    for (;;)
      pause ();

  /* Large writes to the pipe, not one a line. */
  setvbuf (stdout, NULL, _IOFBF, 1024 * 1024);

  input = read_input (&length);
  if (input == NULL)
    {
      fprintf (stderr, "the graph is larger than %" G_GSIZE_FORMAT " bytes\n", MAX_GRAPH_SIZE);
      return 2;
    }

  pending_message = g_string_new (NULL);
  agseterr (AGWARN);
  agseterrf (collect_message_cb);

  gvc = gvContext ();
  graph = agmemread (input);
  g_clear_pointer (&input, g_free);

  if (graph == NULL || agerrors () > 0)
    {
      flush_messages ();
      fprintf (stderr, "the graph could not be read\n");
      gvFreeContext (gvc);
      return 2;
    }

  /* gvLayout() returns 0 even when the engine reported an error. Output
   * streams straight to the pipe: gvRenderData() grows its buffer a page
   * at a time, which costs seconds on a large graph.
   */
  /* Graphviz takes the symbol of "style" as it lays out: one must exist
   * for write_scene() to leave plain relations to Liaison.
   */
  if (g_str_equal (format, "scene") && agnedges (graph) >= DIRECT_EDGE_THRESHOLD &&
      agattr (graph, AGEDGE, (char *) "style", NULL) == NULL)
    agattr (graph, AGEDGE, (char *) "style", (char *) "");

  if (gvLayout (gvc, graph, engine) != 0 || agerrors () > 0)
    status = 1;
  else if (g_str_equal (format, "scene"))
    status = write_scene (gvc, graph, stdout);
  else if (gvRender (gvc, graph, format, stdout) != 0 || agerrors () > 0)
    status = 1;

  flush_messages ();
  if (fflush (stdout) != 0)
    status = 2;

  /* The process ends here, and the system frees its memory at once:
   * cgraph frees a graph one string at a time, through a dictionary, which
   * took a fifth of the whole time on 150,000 relations. What is kept is
   * reachable from here, so leak checkers do not count it.
   */
  kept_graph = graph;
  kept_context = gvc;

  return status;
}

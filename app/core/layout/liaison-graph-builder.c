/* liaison-graph-builder.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Turns the visible part of a dataset into a Graphviz graph, in DOT.
 *
 * Data never reaches Graphviz as markup or as a file name. Node names and
 * edge ids are element ids (liaison-element-id.h): letters, digits and a
 * few marks. The only text from data is labels, escaped so Graphviz shows
 * them literally. Shapes come from an allow-list, colours are hex, and no
 * attribute that reads a file or makes a link is ever set.
 */

#define G_LOG_DOMAIN "liaison-graph"

#include "config.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "liaison-display-text.h"
#include "liaison-element-id.h"
#include "liaison-file-positions.h"
#include "liaison-entity-encoding.h"
#include "liaison-graph-builder.h"
#include "liaison-graph-query.h"
#include "liaison-style.h"

/* Labels longer than this are cut, with an ellipsis; the sidebar shows them
 * whole. A paragraph in a node helps nobody read the graph.
 */
#define MAX_LABEL_CHARS 80

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Agraph_t, agclose)

/* Escapes text for a Graphviz label so that it shows literally.
 *
 * Graphviz expands \N, \G, \E, \T, \H and \L, drops the backslash of any
 * other escape, decodes entities such as &amp;, and breaks lines at \n, \l
 * and \r. So a backslash becomes "\\" and "&" becomes "&amp;". A line break
 * becomes the escape "\n" rather than a raw newline, and a label never ends
 * in a backslash: the DOT reader of Graphviz 2.43 takes a backslash before a
 * closing quote or a newline as an escape, so such a label would not survive
 * the trip to the layout worker. Control characters become U+FFFD, since
 * Graphviz's JSON output would pass them through raw and make it invalid.
 */
char *
liaison_graphviz_escape_text (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  out = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          /* "\r\n" is one line break, and a lone "\r" is one too. */
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append_c (out, ' ');
          break;
        default:
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
            g_string_append (out, "\xEF\xBF\xBD");
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }

  /* A trailing line break ends the last line and adds none. */
  if (out->len > 0 && out->str[out->len - 1] == '\\')
    g_string_append (out, "\\n");

  return g_string_free (out, FALSE);
}

static char *
escape_label (const char *text)
{
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (text, -1) > MAX_LABEL_CHARS)
    {
      /* Plain text first, escapes after; never half an emoji. */
      g_autofree char *head = g_strndup (text, liaison_text_cut_length (text, MAX_LABEL_CHARS - 1));

      cut = g_strconcat (head, "…", NULL);
      text = cut;
    }

  return liaison_graphviz_escape_text (text);
}

/* agsafeset() takes char *, though it copies. */
static void
set_attribute (void       *object,
               const char *name,
               const char *value)
{
  agsafeset (object, (char *) name, (char *) value, (char *) "");
}

/* Attributes set on every node or edge, declared once: setting them
 * through their symbol skips a lookup by name each time, which on large
 * graphs is most of the builder's time.
 */
typedef struct
{
  Agsym_t *label, *shape, *style, *fillcolor, *color, *fontcolor;
  Agsym_t *edge_id, *edge_color, *edge_style, *edge_penwidth, *edge_dir, *edge_label;
} Symbols;

static Agsym_t *
declare (Agraph_t   *graph,
         int         kind,
         const char *name,
         const char *default_value)
{
  return agattr (graph, kind, (char *) name, (char *) default_value);
}

static void
declare_symbols (Agraph_t *graph,
                 Symbols  *symbols)
{
  /* The commonest values are the defaults, so most objects carry none. */
  symbols->label = declare (graph, AGNODE, "label", "\\N");
  symbols->shape = declare (graph, AGNODE, "shape", "box");
  symbols->style = declare (graph, AGNODE, "style", "rounded,filled");
  symbols->fillcolor = declare (graph, AGNODE, "fillcolor", "lightgrey");
  symbols->color = declare (graph, AGNODE, "color", "black");
  symbols->fontcolor = declare (graph, AGNODE, "fontcolor", LIAISON_DARK_TEXT);
  symbols->edge_id = declare (graph, AGEDGE, "id", "");
  symbols->edge_color = declare (graph, AGEDGE, "color", "black");
  symbols->edge_style = declare (graph, AGEDGE, "style", "");
  symbols->edge_penwidth = agattr (graph, AGEDGE, (char *) "penwidth", NULL);
  symbols->edge_dir = declare (graph, AGEDGE, "dir", "forward");
  symbols->edge_label = declare (graph, AGEDGE, "label", "");
}

static void
set (void       *object,
     Agsym_t    *symbol,
     const char *value)
{
  agxset (object, symbol, (char *) value);
}

static void
style_node (Agnode_t                *node,
            const Symbols           *symbols,
            const LiaisonEntityLook *look)
{
  if (!g_str_equal (look->shape, "box"))
    {
      set (node, symbols->shape, look->shape);
      set (node, symbols->style, "filled");
    }
  set (node, symbols->fillcolor, look->fill);
  set (node, symbols->color, look->line);

  /* Every shape is filled, plaintext and underline included; a point has
   * no label to read.
   */
  if (!g_str_equal (look->shape, "point"))
    {
      const char *text = liaison_style_get_text_color (look->fill);

      if (!g_str_equal (text, LIAISON_DARK_TEXT))
        set (node, symbols->fontcolor, text);
    }
}

static void
style_edge (Agedge_t               *edge,
            const Symbols          *symbols,
            const LiaisonTypeStyle *type)
{
  char color[10];

  liaison_style_get_relation_color (type, color);
  set (edge, symbols->edge_color, color);

  if (type != NULL && type->line_style != NULL)
    {
      double width = liaison_style_get_relation_line_width (type->line_style);

      set (edge, symbols->edge_style, type->line_style);
      if (width != liaison_style_get_relation_line_width (NULL))
        {
          char text[G_ASCII_DTOSTR_BUF_SIZE];

          set (edge, symbols->edge_penwidth, g_ascii_formatd (text, sizeof text, "%g", width));
        }
    }
}

/* An entity sized by a metric: its margins and least height grow with
 * the scale, so Graphviz makes room for it, and its label half as fast,
 * since a long label at full scale would be a banner across the graph.
 */
static void
scale_node (Agnode_t *node,
            double    scale)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];
  char margin[2 * G_ASCII_DTOSTR_BUF_SIZE + 1];
  char y[G_ASCII_DTOSTR_BUF_SIZE];

  set_attribute (node, "fontsize", g_ascii_formatd (text, sizeof text, "%.2f", 11 * (1 + (scale - 1) / 2)));
  set_attribute (node, "height", g_ascii_formatd (text, sizeof text, "%.3f", 0.4 * scale));
  g_ascii_formatd (margin, G_ASCII_DTOSTR_BUF_SIZE, "%.3f", 0.12 * scale);
  g_ascii_formatd (y, sizeof y, "%.3f", 0.06 * scale);
  g_strlcat (margin, ",", sizeof margin);
  g_strlcat (margin, y, sizeof margin);
  set_attribute (node, "margin", margin);
}

/* Graphviz packs the connected components of a graph around each other
 * in time that grows with the square of their number: two thousand
 * entities without relations take half a minute. Past this many, they go
 * into rows, largest first, which takes a fraction of a second.
 */
#define MAX_FREELY_PACKED_COMPONENTS 100

/* Past this many entities, overlaps are removed in fewer rounds. */
#define LIAISON_QUICK_OVERLAP_NODES 2000

static void
set_engine_attributes (Agraph_t            *graph,
                       LiaisonLayoutEngine  engine,
                       guint                n_nodes,
                       guint                n_edges,
                       guint                n_components)
{
  if (engine != LIAISON_LAYOUT_ENGINE_DOT && engine != LIAISON_LAYOUT_ENGINE_FILE &&
      n_components > MAX_FREELY_PACKED_COMPONENTS)
    set_attribute (graph, "packmode", "array");

  switch (engine)
    {
    case LIAISON_LAYOUT_ENGINE_DOT:
      set_attribute (graph, "nodesep", "0.3");
      set_attribute (graph, "ranksep", "0.6");
      break;

    case LIAISON_LAYOUT_ENGINE_NEATO:
    case LIAISON_LAYOUT_ENGINE_FDP:
    case LIAISON_LAYOUT_ENGINE_SFDP:
    case LIAISON_LAYOUT_ENGINE_TWOPI:
      /* Nodes never overlap, and where Graphviz can afford it, relations
       * bend around nodes rather than through them. Removing overlaps
       * takes two thirds of sfdp's time on 10,000 entities (34 s of it
       * here); twenty rounds of it, rather than up to a thousand, leave
       * none on such graphs in half the time.
       */
      set_attribute (graph, "overlap", n_nodes > LIAISON_QUICK_OVERLAP_NODES ? "prism20" : "prism");
      set_attribute (graph, "sep", "+8");
      set_attribute (graph, "splines",
                     liaison_layout_engine_get_routing (engine, n_nodes, n_edges) == LIAISON_EDGE_ROUTING_CURVED
                     ? "true" : "line");
      break;

    case LIAISON_LAYOUT_ENGINE_FILE:
      set_attribute (graph, "splines",
                     liaison_layout_engine_get_routing (engine, n_nodes, n_edges) == LIAISON_EDGE_ROUTING_CURVED
                     ? "true" : "line");
      break;

    case LIAISON_LAYOUT_ENGINE_CIRCO:
    case LIAISON_LAYOUT_ENGINE_OSAGE:
    case LIAISON_LAYOUT_ENGINE_AUTO:
    case LIAISON_N_LAYOUT_ENGINES:
    default:
      break;
    }
}

/* Entities where their file puts them, for nop2 (which needs a position
 * on every node), spread by one factor so that they stand clear of each
 * other.
 */
static void
place_as_in_file (LiaisonDataset  *dataset,
                  Agnode_t       **nodes)
{
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  double scale;
  guint k = 0;

  for (guint i = 0; i < n_entities; i++)
    {
      double p[2];

      if (nodes[i] != NULL && liaison_entity_get_position (liaison_dataset_get_entity (dataset, i), &p[0], &p[1]))
        g_array_append_vals (xy, p, 2);
    }
  scale = liaison_file_positions_scale ((const double *) xy->data, xy->len / 2, LIAISON_FILE_POSITIONS_SPACING);

  for (guint i = 0; i < n_entities; i++)
    {
      char pos[2 * G_ASCII_DTOSTR_BUF_SIZE + 1];
      char y[G_ASCII_DTOSTR_BUF_SIZE];

      if (nodes[i] == NULL || !liaison_entity_get_position (liaison_dataset_get_entity (dataset, i), NULL, NULL))
        continue;
      g_ascii_formatd (pos, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", g_array_index (xy, double, 2 * k) * scale);
      g_ascii_formatd (y, sizeof y, "%.2f", g_array_index (xy, double, 2 * k + 1) * scale);
      g_strlcat (pos, ",", sizeof pos);
      g_strlcat (pos, y, sizeof pos);
      set_attribute (nodes[i], "pos", pos);
      k++;
    }
}

/* A node drawn again from its position keeps the size it was laid out
 * at, in inches as Graphviz counts.
 */
static void
set_size (Agnode_t                  *node,
          const LiaisonSceneElement *element)
{
  char width[G_ASCII_DTOSTR_BUF_SIZE];
  char height[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (width, sizeof width, "%.4f", element->width / 72);
  g_ascii_formatd (height, sizeof height, "%.4f", element->height / 72);
  set_attribute (node, "width", width);
  set_attribute (node, "height", height);
  set_attribute (node, "fixedsize", "true");
}

static char *
write_dot (Agraph_t *graph,
           gsize    *length)
{
  char *buffer = NULL;
  size_t size = 0;
  FILE *stream = open_memstream (&buffer, &size);

  if (stream == NULL)
    g_error ("open_memstream: out of memory");

  agwrite (graph, stream);
  fclose (stream);

  *length = size;
  return buffer;
}

static gboolean
entity_shown (LiaisonViewState *state,
              LiaisonScene     *scene,
              guint             index)
{
  if (scene != NULL)
    return liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, index) != NULL;
  return state == NULL || liaison_view_state_is_entity_visible (state, index);
}

static gboolean
relation_shown (LiaisonDataset   *dataset,
                LiaisonViewState *state,
                LiaisonScene     *scene,
                guint             index)
{
  if (scene != NULL)
    return liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, index) != NULL;
  return state == NULL || liaison_view_state_is_relation_visible (state, liaison_dataset_get_relation (dataset, index));
}

/* Union-find over entity indices, to count connected components. */
static guint
find_component (guint *component,
                guint  i)
{
  while (component[i] != i)
    {
      component[i] = component[component[i]];
      i = component[i];
    }
  return i;
}

static gboolean
join_components (guint *component,
                 guint  a,
                 guint  b)
{
  a = find_component (component, a);
  b = find_component (component, b);
  if (a == b)
    return FALSE;
  component[MAX (a, b)] = MIN (a, b);
  return TRUE;
}

/* The visible part of the dataset as a cgraph graph. With @scene, exactly
 * what it shows, at the positions it has them: a laid-out graph that
 * Graphviz draws again as it is with the "nop2" engine (neato -n2).
 */
static Agraph_t *
build_graph (LiaisonDataset      *dataset,
             LiaisonViewState    *state,
             LiaisonScene        *scene,
             LiaisonLayoutEngine  engine,
             LiaisonGraphSize    *size)
{
  Agraph_t *graph;
  g_autofree Agnode_t **nodes = NULL;
  g_autofree guint *component = NULL;
  g_autofree LiaisonEntityLook *looks = NULL;
  LiaisonEntityEncoding *encoding = state != NULL ? liaison_view_state_get_encoding (state) : NULL;
  guint n_entities, n_relations, n_visible_edges = 0, n_joins = 0;
  gboolean edge_labels;
  Symbols symbols;
  char edge_penwidth[G_ASCII_DTOSTR_BUF_SIZE];

  n_entities = liaison_dataset_get_n_entities (dataset);
  n_relations = liaison_dataset_get_n_relations (dataset);
  *size = (LiaisonGraphSize) { 0, 0 };

  for (guint i = 0; i < n_relations; i++)
    if (relation_shown (dataset, state, scene, i))
      n_visible_edges++;
  edge_labels = n_visible_edges <= LIAISON_MAX_LABELLED_RELATIONS;

  graph = agopen ((char *) "liaison", Agdirected, NULL);
  component = g_new (guint, MAX (n_entities, 1));

  /* Defaults, so that each node and edge carries only what differs. */
  agattr (graph, AGRAPH, (char *) "fontname", (char *) LIAISON_FONT_FAMILY);
  agattr (graph, AGRAPH, (char *) "outputorder", (char *) "edgesfirst");
  agattr (graph, AGRAPH, (char *) "pad", (char *) "0.25");
  agattr (graph, AGNODE, (char *) "fontname", (char *) LIAISON_FONT_FAMILY);
  agattr (graph, AGNODE, (char *) "fontsize", (char *) "11");
  agattr (graph, AGNODE, (char *) "penwidth", (char *) "1.2");
  agattr (graph, AGNODE, (char *) "margin", (char *) "0.12,0.06");
  agattr (graph, AGNODE, (char *) "height", (char *) "0.4");
  agattr (graph, AGEDGE, (char *) "fontname", (char *) LIAISON_FONT_FAMILY);
  agattr (graph, AGEDGE, (char *) "fontsize", (char *) "9");
  agattr (graph, AGEDGE, (char *) "fontcolor", (char *) "#3d3d3d");
  agattr (graph, AGEDGE, (char *) "arrowsize", (char *) "0.7");
  agattr (graph, AGEDGE, (char *) "penwidth",
          g_ascii_formatd (edge_penwidth, sizeof edge_penwidth, "%g", liaison_style_get_relation_line_width (NULL)));
  declare_symbols (graph, &symbols);

  nodes = g_new0 (Agnode_t *, MAX (n_entities, 1));
  looks = liaison_style_dup_entity_looks (dataset);

  for (guint i = 0; i < n_entities; i++)
    {
      LiaisonEntity *entity = liaison_dataset_get_entity (dataset, i);
      const char *type_id = liaison_entity_get_entity_type (entity);
      const LiaisonTypeStyle *type;
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;

      if (!entity_shown (state, scene, i))
        continue;

      name = liaison_element_id_new (LIAISON_ELEMENT_ENTITY, liaison_entity_get_id (entity));
      nodes[i] = agnode (graph, name, TRUE);
      component[i] = i;
      label = escape_label (liaison_entity_get_label (entity));
      set (nodes[i], symbols.label, label);
      type = type_id != NULL ? liaison_dataset_lookup_entity_type (dataset, type_id) : NULL;
      if (encoding != NULL)
        {
          LiaisonEntityLook look = looks[type != NULL ? type->index : liaison_dataset_get_n_entity_types (dataset)];
          double scale = liaison_entity_encoding_get_scale (encoding, i);

          liaison_entity_encoding_apply_look (encoding, i, &look);
          style_node (nodes[i], &symbols, &look);
          if (scale != 1.0)
            scale_node (nodes[i], scale);
        }
      else
        style_node (nodes[i], &symbols, &looks[type != NULL ? type->index : liaison_dataset_get_n_entity_types (dataset)]);

      if (scene != NULL)
        {
          const LiaisonSceneElement *element = liaison_scene_lookup (scene, LIAISON_ELEMENT_ENTITY, i);

          if (element->graphviz_pos != NULL)
            set_attribute (nodes[i], "pos", element->graphviz_pos);
          set_size (nodes[i], element);
        }
      size->n_nodes++;
    }

  for (guint i = 0; i < n_relations; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);
      const LiaisonTypeStyle *type;
      g_autofree char *id = NULL;
      Agedge_t *edge;

      if (!relation_shown (dataset, state, scene, i))
        continue;

      g_assert (nodes[relation->from] != NULL && nodes[relation->to] != NULL);
      if (join_components (component, relation->from, relation->to))
        n_joins++;

      /* Edges go unnamed: in a graph that is not strict each is its own,
       * parallel ones too, and naming them makes cgraph keep a dictionary
       * of names for nothing. The "id" attribute says which relation it is.
       */
      id = liaison_element_id_new (LIAISON_ELEMENT_RELATION, relation->id);
      edge = agedge (graph, nodes[relation->from], nodes[relation->to], NULL, TRUE);
      set (edge, symbols.edge_id, id);

      type = relation->type != NULL ? liaison_dataset_lookup_relation_type (dataset, relation->type) : NULL;
      style_edge (edge, &symbols, type);

      if (!relation->directed)
        set (edge, symbols.edge_dir, "none");

      if (edge_labels)
        {
          const char *text = liaison_relation_display_label (dataset, relation);

          if (text[0] != '\0')
            {
              g_autofree char *label = escape_label (text);

              set (edge, symbols.edge_label, label);
            }
        }

      if (scene != NULL)
        {
          const LiaisonSceneElement *element = liaison_scene_lookup (scene, LIAISON_ELEMENT_RELATION, i);

          if (element->graphviz_pos != NULL)
            set_attribute (edge, "pos", element->graphviz_pos);
          if (element->graphviz_label_pos != NULL)
            set_attribute (edge, "lp", element->graphviz_label_pos);
        }

      size->n_edges++;
    }

  set_engine_attributes (graph, engine, size->n_nodes, size->n_edges, size->n_nodes - n_joins);
  if (engine == LIAISON_LAYOUT_ENGINE_FILE && scene == NULL)
    place_as_in_file (dataset, nodes);

  /* The rings of an explored part stay rings: scaled apart rather than
   * moved about by prism, which also costs 0.3 s of processor time on a
   * focus of 1,100 entities, where scaling costs nothing to speak of.
   */
  if (engine == LIAISON_LAYOUT_ENGINE_TWOPI && scene == NULL && state != NULL &&
      liaison_view_state_get_subset (state) != NULL)
    set_attribute (graph, "overlap", "scale");

  return graph;
}

/* cgraph keeps global state (its default graph attributes, the writer's
 * position), and graphs are built both for layouts and for exports, which
 * run on threads of their own. The lock is taken before the graph and
 * released after it is closed.
 */
static GMutex cgraph_lock;

static GBytes *
graph_to_dot (Agraph_t *graph)
{
  gsize length;
  char *dot = write_dot (graph, &length);

  return g_bytes_new_with_free_func (dot, length, free, dot);
}

/* Returns: (transfer full): the graph in DOT, for the layout worker. */
GBytes *
liaison_graph_build_dot (LiaisonDataset      *dataset,
                         LiaisonViewState    *state,
                         LiaisonLayoutEngine  engine,
                         LiaisonGraphSize    *size)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cgraph_lock);
  g_autoptr(Agraph_t) graph = NULL;
  LiaisonGraphSize local_size;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (state == NULL || LIAISON_IS_VIEW_STATE (state), NULL);

  if (engine == LIAISON_LAYOUT_ENGINE_AUTO ||
      (engine == LIAISON_LAYOUT_ENGINE_FILE && !liaison_dataset_has_positions (dataset)))
    engine = liaison_graph_choose_engine (dataset, state);

  graph = build_graph (dataset, state, NULL, engine, &local_size);
  if (size != NULL)
    *size = local_size;

  return graph_to_dot (graph);
}

/* Returns: (transfer full): the laid-out graph in DOT, positions
 * included, so that Graphviz draws it again as it is ("neato -n2").
 */
GBytes *
liaison_graph_build_laid_out_dot (LiaisonScene     *scene,
                                  LiaisonViewState *state)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cgraph_lock);
  g_autoptr(Agraph_t) graph = NULL;
  LiaisonLayoutEngine engine = LIAISON_LAYOUT_ENGINE_SFDP;
  LiaisonGraphSize size;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);

  liaison_layout_engine_from_string (liaison_scene_get_engine (scene), &engine);
  graph = build_graph (liaison_scene_get_dataset (scene), state, scene, engine, &size);

  return graph_to_dot (graph);
}

/* Counts the relations that point back up a depth-first ordering: few
 * means a hierarchy, which dot draws best.
 */
static guint
count_back_edges (LiaisonDataset   *dataset,
                  LiaisonViewState *state)
{
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  g_autofree guint8 *mark = g_new0 (guint8, n_entities);  /* 0 new, 1 on stack, 2 done */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  guint back = 0;

  for (guint root = 0; root < n_entities; root++)
    {
      guint frame[2] = { root, 0 };

      if (mark[root] != 0 || (state != NULL && !liaison_view_state_is_entity_visible (state, root)))
        continue;

      mark[root] = 1;
      g_array_append_val (stack, frame);

      /* Iterative, so a long chain cannot overflow the C stack. */
      while (stack->len > 0)
        {
          guint *top = &g_array_index (stack, guint, (stack->len - 1) * 2);
          guint n_out;
          const guint *out = liaison_dataset_get_outgoing (dataset, top[0], &n_out);

          if (top[1] >= n_out)
            {
              mark[top[0]] = 2;
              g_array_set_size (stack, stack->len - 1);
              continue;
            }

          {
            const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, out[top[1]++]);
            guint next[2] = { relation->to, 0 };

            if (!relation->directed || (state != NULL && !liaison_view_state_is_relation_visible (state, relation)))
              continue;

            if (mark[relation->to] == 1)
              back++;
            else if (mark[relation->to] == 0)
              {
                mark[relation->to] = 1;
                g_array_append_val (stack, next);
              }
          }
        }
    }

  return back;
}

/* The automatic choice for what @state shows of @dataset (all of it when
 * @state is NULL): see liaison_layout_engine_choose().
 */
LiaisonLayoutEngine
liaison_graph_choose_engine (LiaisonDataset   *dataset,
                             LiaisonViewState *state)
{
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  g_autofree guint *degree = g_new0 (guint, MAX (n_entities, 1));
  LiaisonGraphShape shape = { 0 };

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), LIAISON_LAYOUT_ENGINE_SFDP);

  /* A graph laid out elsewhere (Gephi, yEd, Graphviz) opens as it was. */
  if (liaison_dataset_has_positions (dataset))
    return LIAISON_LAYOUT_ENGINE_FILE;

  for (guint i = 0; i < n_entities; i++)
    if (state == NULL || liaison_view_state_is_entity_visible (state, i))
      shape.n_nodes++;
  for (guint i = 0; i < liaison_dataset_get_n_relations (dataset); i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (state != NULL && !liaison_view_state_is_relation_visible (state, relation))
        continue;
      shape.n_edges++;
      shape.max_degree = MAX (shape.max_degree, ++degree[relation->from]);
      shape.max_degree = MAX (shape.max_degree, ++degree[relation->to]);
    }

  /* The walk matters only to a graph small and sparse enough for dot. */
  if (shape.n_nodes <= 200 && shape.n_edges <= 3 * MAX (shape.n_nodes, 1))
    shape.n_back_edges = count_back_edges (dataset, state);

  if (state != NULL && liaison_view_state_get_subset (state) != NULL)
    return liaison_layout_engine_choose_explored (&shape);
  return liaison_layout_engine_choose (&shape);
}

/* Returns: (transfer full): what the automatic engine chose for @scene and
 * how it drew the relations, e.g. "Automatic (sfdp, straight lines)", for
 * the engine menu.
 */
char *
liaison_graph_dup_automatic_name (LiaisonScene *scene)
{
  LiaisonLayoutEngine engine;

  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);

  if (!liaison_layout_engine_from_string (liaison_scene_get_engine (scene), &engine))
    engine = LIAISON_LAYOUT_ENGINE_AUTO;

  return liaison_layout_engine_dup_automatic_name (engine,
                                                   liaison_layout_engine_get_routing (engine,
                                                                                      liaison_scene_get_n_nodes (scene),
                                                                                      liaison_scene_get_n_edges (scene)));
}

/* Returns: (transfer full): what @state shows of @dataset, only the
 * entities in @include when it is not NULL, at the positions in @xy (two
 * per entity, in points; NaN where there is none), for Graphviz to
 * place what has no position around what does. With @spring, neato's
 * graph: a pinned entity is held where it is ("x,y!"), which neato honours
 * only without prism's overlap removal, the caller's business then.
 * Without, every entity must have a position, for nop2 to draw the
 * relations between them.
 */
GBytes *
liaison_graph_build_placed_dot (LiaisonDataset   *dataset,
                                LiaisonViewState *state,
                                const guint8     *include,
                                const double     *xy,
                                const guint8     *pinned,
                                gboolean          spring)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cgraph_lock);
  g_autoptr(Agraph_t) graph = NULL;
  LiaisonGraphSize size;
  guint n_entities;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (xy != NULL, NULL);

  graph = build_graph (dataset, state, NULL,
                       spring ? LIAISON_LAYOUT_ENGINE_NEATO : LIAISON_LAYOUT_ENGINE_FILE, &size);
  n_entities = liaison_dataset_get_n_entities (dataset);

  for (guint i = 0; i < n_entities; i++)
    {
      g_autofree char *name = NULL;
      char pos[2 * G_ASCII_DTOSTR_BUF_SIZE + 2];
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      Agnode_t *node;

      if (!entity_shown (state, NULL, i))
        continue;
      name = liaison_element_id_new (LIAISON_ELEMENT_ENTITY, liaison_entity_get_id (liaison_dataset_get_entity (dataset, i)));
      node = agnode (graph, name, FALSE);
      if (node == NULL)
        continue;
      if (include != NULL && !include[i])
        {
          agdelnode (graph, node);
          continue;
        }
      if (isnan (xy[2 * i]))
        continue;

      g_ascii_formatd (pos, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", xy[2 * i]);
      g_ascii_formatd (y, sizeof y, "%.2f", xy[2 * i + 1]);
      g_strlcat (pos, ",", sizeof pos);
      g_strlcat (pos, y, sizeof pos);
      if (spring && pinned != NULL && pinned[i])
        g_strlcat (pos, "!", sizeof pos);
      set_attribute (node, "pos", pos);
    }

  /* Graphviz otherwise moves a layout's corner to the origin, and what
   * stays would seem to move whenever an entity far out comes or goes.
   */
  set_attribute (graph, "notranslate", "true");
  if (spring)
    {
      set_attribute (graph, "overlap", "true");
      set_attribute (graph, "inputscale", "72");
      set_attribute (graph, "splines", "false");
    }

  return graph_to_dot (graph);
}

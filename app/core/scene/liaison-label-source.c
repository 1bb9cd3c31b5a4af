/* liaison-label-source.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What label placement needs of a scene that no zoom changes, worked out
 * once a scene: each element's text in one line, as Graphviz measured it;
 * the entities by the relations drawn to them; relations with one label
 * into one entity, as bundles; and points along each relation's line.
 */

#define G_LOG_DOMAIN "liaison-labels"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-graph-query.h"
#include "liaison-label-placement-private.h"

/* Where along a relation its label may go, as fractions of its length from
 * the tail: the middle first. A bundle's label goes near the entity all
 * its relations lead to.
 */
static const double edge_fractions[] = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85 };
static const double bundle_fractions[] = { 0.72, 0.64, 0.8, 0.56, 0.48 };

G_STATIC_ASSERT (G_N_ELEMENTS (edge_fractions) == N_EDGE_SAMPLES);
G_STATIC_ASSERT (G_N_ELEMENTS (bundle_fractions) == N_BUNDLE_SAMPLES);

static GQuark source_quark;

double
liaison_label_estimate_width (const char *text,
                              double      font_size)
{
  double ems = 0;

  g_return_val_if_fail (text != NULL, 0);

  /* As anyone reading the file without the font would: East Asian wide
   * characters are an em, others about half of one.
   */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    ems += g_unichar_iswide (g_utf8_get_char (p)) ? 1.0 : 0.55;

  return ems * font_size;
}

/* The text Graphviz drew for an element, in one line. */
static void
read_text (LiaisonLabelSource        *source,
           const LiaisonSceneElement *element,
           LiaisonLabelText          *info)
{
  LiaisonScene *scene = source->scene;
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, element);
  g_autoptr(GString) text = g_string_new (NULL);
  double width = 0, first_baseline = 0;
  guint n_lines = 0;

  memset (info, 0, sizeof *info);

  for (guint i = 0; i < element->n_shapes; i++)
    {
      if (shapes[i].kind != LIAISON_SHAPE_TEXT || shapes[i].text == NULL || shapes[i].text[0] == '\0')
        continue;

      if (n_lines++ == 0)
        {
          info->font_size = shapes[i].font_size;
          info->color = shapes[i].pen;
          first_baseline = liaison_scene_get_points (scene, &shapes[i])[1];
        }
      else
        {
          g_string_append_c (text, ' ');
          width += shapes[i].font_size * 0.28;
        }
      g_string_append (text, shapes[i].text);
      width += shapes[i].text_width;
    }

  if (n_lines == 0 || info->font_size <= 0)
    return;

  info->text = g_string_chunk_insert (source->strings, text->str);
  info->width = width;
  info->ems = liaison_label_estimate_width (info->text, 1.0);
  /* One line where Graphviz drew several: centred as they were. */
  if (n_lines == 1)
    info->baseline = (first_baseline - element->y) / info->font_size;
  else
    info->baseline = 0.32;
}

static void
count_drawn_cb (const LiaisonRelation *relation,
                gboolean               outgoing,
                guint                  other,
                gpointer               user_data)
{
  gpointer *data = user_data;

  if (liaison_scene_lookup (data[0], LIAISON_ELEMENT_RELATION, relation->index) != NULL)
    (*(guint *) data[1])++;
}

typedef struct
{
  guint node;
  guint degree;
  guint entity;
} Ranked;

/* The most connected first; among equals, the dataset's order, which is
 * often its author's order of importance.
 */
static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->degree != rb->degree)
    return ra->degree > rb->degree ? -1 : 1;
  return (ra->entity > rb->entity) - (ra->entity < rb->entity);
}

static gboolean
append_piece_end_cb (double   x0,
                     double   y0,
                     double   x1,
                     double   y1,
                     double   slack,
                     gpointer user_data)
{
  double xy[2] = { x1, y1 };

  g_array_append_vals (user_data, xy, 2);
  return FALSE;
}

/* Points along an edge's line at the fractions above, from its tail to its
 * head, by length.
 */
static double
sample_edge (LiaisonLabelSource        *source,
             const LiaisonSceneElement *edge,
             double                    *out)
{
  LiaisonScene *scene = source->scene;
  const LiaisonShape *shapes = liaison_scene_get_shapes (scene, edge);
  const LiaisonSceneElement *head = liaison_scene_get_node (scene, edge->head);
  g_autoptr(GArray) line = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *lengths = NULL;
  guint n;

  /* The first line drawn, as points: its curves cut in 12 pieces each. */
  for (guint i = 0; i < edge->n_shapes && line->len == 0; i++)
    if ((shapes[i].kind == LIAISON_SHAPE_BEZIER && shapes[i].n_points >= 4) ||
        (shapes[i].kind == LIAISON_SHAPE_POLYLINE && shapes[i].n_points >= 2))
      {
        g_array_append_vals (line, liaison_scene_get_points (scene, &shapes[i]), 2);
        liaison_scene_foreach_piece (scene, &shapes[i], 12, append_piece_end_cb, line);
      }

  /* No line drawn: between the two centres. */
  if (line->len == 0)
    {
      const LiaisonSceneElement *tail = liaison_scene_get_node (scene, edge->tail);
      double xy[4] = { tail->x, tail->y, head->x, head->y };

      g_array_append_vals (line, xy, 4);
    }

  n = line->len / 2;
  lengths = g_new (double, n);
  lengths[0] = 0;
  for (guint i = 1; i < n; i++)
    {
      const double *p = &g_array_index (line, double, (i - 1) * 2);

      lengths[i] = lengths[i - 1] + hypot (p[2] - p[0], p[3] - p[1]);
    }

  for (guint k = 0; k < N_SAMPLES; k++)
    {
      double fraction = k < N_EDGE_SAMPLES ? edge_fractions[k] : bundle_fractions[k - N_EDGE_SAMPLES];
      const double *first = &g_array_index (line, double, 0);
      const double *last = &g_array_index (line, double, (n - 1) * 2);
      double target;
      guint i = 1;

      /* Graphviz draws from the tail, but check: the end nearer the head
       * is where the head is.
       */
      if (hypot (first[0] - head->x, first[1] - head->y) < hypot (last[0] - head->x, last[1] - head->y))
        fraction = 1 - fraction;

      target = fraction * lengths[n - 1];
      while (i < n - 1 && lengths[i] < target)
        i++;

      if (n == 1 || lengths[i] <= lengths[i - 1])
        {
          out[k * 2] = g_array_index (line, double, i * 2);
          out[k * 2 + 1] = g_array_index (line, double, i * 2 + 1);
        }
      else
        {
          const double *p = &g_array_index (line, double, (i - 1) * 2);
          double t = CLAMP ((target - lengths[i - 1]) / (lengths[i] - lengths[i - 1]), 0, 1);

          out[k * 2] = p[0] + (p[2] - p[0]) * t;
          out[k * 2 + 1] = p[1] + (p[3] - p[1]) * t;
        }
    }

  return lengths[n - 1];
}

typedef struct
{
  guint item;
  guint rank;
  guint order;
} RankedItem;

static int
compare_ranked_items (gconstpointer a,
                      gconstpointer b)
{
  const RankedItem *ra = a, *rb = b;

  if (ra->rank != rb->rank)
    return ra->rank > rb->rank ? -1 : 1;
  return (ra->order > rb->order) - (ra->order < rb->order);
}

static void
bundle_clear (gpointer data)
{
  LiaisonLabelBundle *bundle = data;

  g_clear_pointer (&bundle->members, g_array_unref);
}

static void
source_free (gpointer data)
{
  LiaisonLabelSource *source = data;

  for (guint i = 0; source->cache != NULL && i < source->cache->len; i++)
    liaison_label_placement_unref (g_array_index (source->cache, LiaisonLabelCacheEntry, i).placement);
  g_clear_pointer (&source->cache, g_array_unref);
  g_clear_pointer (&source->strings, g_string_chunk_free);
  g_clear_pointer (&source->bundles, g_array_unref);
  g_clear_pointer (&source->relation_order, g_array_unref);
  g_free (source->nodes);
  g_free (source->edges);
  g_free (source->bundle_of_edge);
  g_free (source->node_order);
  g_free (source->samples);
  g_free (source->lengths);
  g_free (source);
}

static LiaisonLabelSource *
source_new (LiaisonScene *scene)
{
  LiaisonDataset *dataset = liaison_scene_get_dataset (scene);
  guint n_nodes = liaison_scene_get_n_nodes (scene);
  guint n_edges = liaison_scene_get_n_edges (scene);
  LiaisonLabelSource *source = g_new0 (LiaisonLabelSource, 1);
  g_autofree Ranked *ranked = g_new (Ranked, MAX (n_nodes, 1));
  g_autofree guint *degree = g_new0 (guint, MAX (n_nodes, 1));
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                               (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RankedItem));

  source->scene = scene;
  source->strings = g_string_chunk_new (4096);
  source->nodes = g_new0 (LiaisonLabelText, MAX (n_nodes, 1));
  source->edges = g_new0 (LiaisonLabelText, MAX (n_edges, 1));
  source->bundle_of_edge = g_new (guint, MAX (n_edges, 1));
  source->bundles = g_array_new (FALSE, FALSE, sizeof (LiaisonLabelBundle));
  g_array_set_clear_func (source->bundles, bundle_clear);
  source->node_order = g_new (guint, MAX (n_nodes, 1));
  source->relation_order = g_array_new (FALSE, FALSE, sizeof (guint));
  source->samples = g_new0 (double, MAX (n_edges, 1) * N_SAMPLES * 2);
  source->lengths = g_new0 (double, MAX (n_edges, 1));
  source->min_font = G_MAXDOUBLE;
  source->cache = g_array_new (FALSE, FALSE, sizeof (LiaisonLabelCacheEntry));

  /* Entities by the relations drawn to them, the most connected first. */
  for (guint i = 0; i < n_nodes; i++)
    {
      const LiaisonSceneElement *node = liaison_scene_get_node (scene, i);
      gpointer data[2] = { scene, &ranked[i].degree };

      read_text (source, node, &source->nodes[i]);
      if (source->nodes[i].text != NULL)
        source->min_font = MIN (source->min_font, source->nodes[i].font_size);

      ranked[i].node = i;
      ranked[i].entity = node->index;
      ranked[i].degree = 0;
      liaison_graph_query_foreach_relation (dataset, node->index, count_drawn_cb, data);
      degree[i] = ranked[i].degree;
    }
  qsort (ranked, n_nodes, sizeof (Ranked), compare_ranked);
  for (guint i = 0; i < n_nodes; i++)
    source->node_order[i] = ranked[i].node;

  /* Relations with the same label into the same entity: bundles. */
  for (guint e = 0; e < n_edges; e++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, e);
      g_autofree char *key = NULL;
      GArray *members;

      source->bundle_of_edge[e] = G_MAXUINT;
      read_text (source, edge, &source->edges[e]);
      if (source->edges[e].text == NULL)
        continue;
      source->min_font = MIN (source->min_font, source->edges[e].font_size);
      source->lengths[e] = sample_edge (source, edge, &source->samples[e * N_SAMPLES * 2]);

      key = g_strdup_printf ("%u\n%s", edge->head, source->edges[e].text);
      members = g_hash_table_lookup (groups, key);
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, g_steal_pointer (&key), members);
        }
      g_array_append_val (members, e);
    }

  for (guint e = 0; e < n_edges; e++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, e);
      g_autofree char *key = NULL;
      GArray *members;
      LiaisonLabelBundle bundle = { 0 };
      g_autofree char *text = NULL;

      if (source->edges[e].text == NULL)
        continue;

      key = g_strdup_printf ("%u\n%s", edge->head, source->edges[e].text);
      members = g_hash_table_lookup (groups, key);
      if (members->len < LIAISON_MIN_BUNDLE || g_array_index (members, guint, 0) != e)
        continue;

      bundle.members = g_array_ref (members);
      bundle.text = source->edges[e];
      /* TRANSLATORS: the one label of several relations with the same
       * label into one entity: "blocks or limits purchases from ×7"
       */
      text = g_strdup_printf (_("%s ×%u"), source->edges[e].text, members->len);
      bundle.text.text = g_string_chunk_insert (source->strings, text);
      bundle.text.ems = liaison_label_estimate_width (text, 1.0);
      /* Graphviz measured the relation's own label; the count is short. */
      bundle.text.width = source->edges[e].width * bundle.text.ems / MAX (source->edges[e].ems, 0.1);
      for (guint k = 0; k < members->len; k++)
        source->bundle_of_edge[g_array_index (members, guint, k)] = source->bundles->len;
      g_array_append_val (source->bundles, bundle);
    }
  g_hash_table_remove_all (groups);

  /* Bundles first, for the many relations each speaks for; then the
   * relations between the most connected entities.
   */
  for (guint b = 0; b < source->bundles->len; b++)
    {
      LiaisonLabelBundle *bundle = &g_array_index (source->bundles, LiaisonLabelBundle, b);
      RankedItem item = { n_edges + b, G_MAXUINT / 2 + bundle->members->len, b };

      g_array_append_val (items, item);
    }
  for (guint e = 0; e < n_edges; e++)
    {
      const LiaisonSceneElement *edge = liaison_scene_get_edge (scene, e);
      RankedItem item = { e, 0, n_edges + e };

      if (source->edges[e].text == NULL || source->bundle_of_edge[e] != G_MAXUINT)
        continue;
      item.rank = MIN (degree[edge->tail], degree[edge->head]);
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_ranked_items);
  for (guint i = 0; i < items->len; i++)
    g_array_append_val (source->relation_order, g_array_index (items, RankedItem, i).item);

  if (source->min_font == G_MAXDOUBLE)
    source->min_font = 0;

  return source;
}

/* The labels of @scene, kept on it: called with the placement's cache
 * lock held.
 */
LiaisonLabelSource *
_liaison_label_source_get (LiaisonScene *scene)
{
  LiaisonLabelSource *source;

  if (source_quark == 0)
    source_quark = g_quark_from_static_string ("liaison-label-source");

  source = g_object_get_qdata (G_OBJECT (scene), source_quark);
  if (source == NULL)
    {
      source = source_new (scene);
      g_object_set_qdata_full (G_OBJECT (scene), source_quark, source, source_free);
    }

  return source;
}

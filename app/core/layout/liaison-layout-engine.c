/* liaison-layout-engine.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-layout-engine.h"

static const struct {
  const char *name;          /* Graphviz's name, also stored in settings */
  const char *display_name;
  const char *description;
} engines[] = {
  { "auto", N_("Automatic"), N_("Chooses an engine from the size and shape of the graph") },
  { "dot", N_("Hierarchical (dot)"), N_("Layers, for small graphs with a direction") },
  { "neato", N_("Spring (neato)"), N_("Spring model, for small and medium graphs") },
  { "fdp", N_("Force-directed (fdp)"), N_("Force-directed, for medium graphs") },
  { "sfdp", N_("Large graphs (sfdp)"), N_("Multiscale force-directed, for large graphs") },
  { "circo", N_("Circular (circo)"), N_("Circles, for graphs with cycles") },
  { "twopi", N_("Radial (twopi)"), N_("Rings around a centre") },
  { "osage", N_("Clustered (osage)"), N_("Packs nodes in rows") },
  { "file", N_("As in the file"), N_("Where the file places each entity, spread so that none overlap") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (engines) == LIAISON_N_LAYOUT_ENGINES);

const char *
liaison_layout_engine_to_string (LiaisonLayoutEngine engine)
{
  g_return_val_if_fail (engine < LIAISON_N_LAYOUT_ENGINES, NULL);

  return engines[engine].name;
}

gboolean
liaison_layout_engine_from_string (const char          *name,
                                   LiaisonLayoutEngine *engine)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
    {
      if (strcmp (engines[i].name, name) == 0)
        {
          *engine = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The engine the layout worker runs: the positions of a file are drawn
 * again as they are by neato -n2, which Graphviz calls "nop2".
 */
const char *
liaison_layout_engine_graphviz_name (LiaisonLayoutEngine engine)
{
  g_return_val_if_fail (engine < LIAISON_N_LAYOUT_ENGINES, NULL);

  return engine == LIAISON_LAYOUT_ENGINE_FILE ? "nop2" : engines[engine].name;
}

const char *
liaison_layout_engine_display_name (LiaisonLayoutEngine engine)
{
  g_return_val_if_fail (engine < LIAISON_N_LAYOUT_ENGINES, NULL);

  return _(engines[engine].display_name);
}

const char *
liaison_layout_engine_description (LiaisonLayoutEngine engine)
{
  g_return_val_if_fail (engine < LIAISON_N_LAYOUT_ENGINES, NULL);

  return _(engines[engine].description);
}

/* The automatic choice. dot draws small hierarchies best but takes
 * minutes on a random graph of a thousand nodes, and a hub with dozens of
 * relations makes its layers far wider than any screen; neato gives good
 * pictures of small and medium networks, dense ones included (its time
 * grows with the entities, hardly with the relations); sfdp takes large
 * graphs in its stride. How relations are routed is chosen apart, by
 * liaison_layout_engine_get_routing().
 */
LiaisonLayoutEngine
liaison_layout_engine_choose (const LiaisonGraphShape *shape)
{
  g_return_val_if_fail (shape != NULL, LIAISON_LAYOUT_ENGINE_SFDP);

  if (shape->n_nodes <= 200 && shape->n_edges <= 3 * MAX (shape->n_nodes, 1) && shape->max_degree <= 12 &&
      (guint64) shape->n_back_edges * 10 <= shape->n_edges)
    return LIAISON_LAYOUT_ENGINE_DOT;

  if (shape->n_nodes <= 300)
    return LIAISON_LAYOUT_ENGINE_NEATO;

  return LIAISON_LAYOUT_ENGINE_SFDP;
}

/* The automatic choice for an explored part of a graph: a focus, which
 * is rings around the entities focused on, or the shortest paths between
 * two, layers from one end to the other. Where the choice for a whole
 * graph would be sfdp, a radial layout (twopi) shows that shape, in a
 * fraction of the time: on a focus of 1,100 entities, 0.09 s of
 * processor time, where sfdp and its overlap removal take 0.46 s. So it
 * does past LIAISON_RADIAL_EXPLORED_NODES where neato would be chosen: on
 * a focus of 195 entities in a graph of 10,000, neato and prism took
 * 0.25 to 0.46 s in the window, twopi 0.09 to 0.20 s, and a focus or an
 * expansion is to be drawn within half a second.
 */
LiaisonLayoutEngine
liaison_layout_engine_choose_explored (const LiaisonGraphShape *shape)
{
  LiaisonLayoutEngine engine = liaison_layout_engine_choose (shape);

  if (engine == LIAISON_LAYOUT_ENGINE_SFDP ||
      (engine == LIAISON_LAYOUT_ENGINE_NEATO && shape->n_nodes > LIAISON_RADIAL_EXPLORED_NODES))
    return LIAISON_LAYOUT_ENGINE_TWOPI;
  return engine;
}

/* Graphviz routes relations around entities (splines=true) in time that
 * grows with the relations times the entities to the power 1.5: on this
 * project's machine 1.2e-5 s times that, for random and for scale-free
 * graphs alike (100 entities and 142 relations: 1.9 s; 300 and 430: 24 s;
 * 160 and 6,000 ran for minutes). Straight lines take milliseconds. Up to
 * this cost, about half a second, relations are routed; past it, drawn
 * straight, and Graphviz bows parallel ones apart so each stays visible.
 */
#define MAX_ROUTING_COST 40000.0

/* How @engine draws the relations of a graph of @n_nodes and @n_edges.
 * dot routes its own curves, quickly; circo and osage draw straight lines.
 */
LiaisonEdgeRouting
liaison_layout_engine_get_routing (LiaisonLayoutEngine engine,
                                   guint               n_nodes,
                                   guint               n_edges)
{
  switch (engine)
    {
    case LIAISON_LAYOUT_ENGINE_DOT:
      return LIAISON_EDGE_ROUTING_CURVED;

    case LIAISON_LAYOUT_ENGINE_NEATO:
    case LIAISON_LAYOUT_ENGINE_FDP:
    case LIAISON_LAYOUT_ENGINE_SFDP:
    case LIAISON_LAYOUT_ENGINE_TWOPI:
    case LIAISON_LAYOUT_ENGINE_FILE:
      return (double) n_edges * pow (n_nodes, 1.5) <= MAX_ROUTING_COST ? LIAISON_EDGE_ROUTING_CURVED
                                                                      : LIAISON_EDGE_ROUTING_STRAIGHT;

    case LIAISON_LAYOUT_ENGINE_CIRCO:
    case LIAISON_LAYOUT_ENGINE_OSAGE:
    case LIAISON_LAYOUT_ENGINE_AUTO:
    case LIAISON_N_LAYOUT_ENGINES:
    default:
      return LIAISON_EDGE_ROUTING_STRAIGHT;
    }
}

const char *
liaison_edge_routing_display_name (LiaisonEdgeRouting routing)
{
  return routing == LIAISON_EDGE_ROUTING_CURVED ? _("curved lines") : _("straight lines");
}

/* Returns: (transfer full): what "Automatic" chose, for the engine menu,
 * e.g. "Automatic (sfdp, straight lines)".
 */
char *
liaison_layout_engine_dup_automatic_name (LiaisonLayoutEngine chosen,
                                          LiaisonEdgeRouting  routing)
{
  g_return_val_if_fail (chosen < LIAISON_N_LAYOUT_ENGINES, NULL);

  if (chosen == LIAISON_LAYOUT_ENGINE_AUTO)
    return g_strdup (liaison_layout_engine_display_name (chosen));

  if (chosen == LIAISON_LAYOUT_ENGINE_FILE)
    /* TRANSLATORS: the automatic engine, which drew the graph where the
     * file places each entity
     */
    return g_strdup_printf (_("%s (as in the file)"),
                            liaison_layout_engine_display_name (LIAISON_LAYOUT_ENGINE_AUTO));

  /* TRANSLATORS: the automatic engine, what it chose, and how relations
   * are drawn, e.g. "Automatic (sfdp, straight lines)"
   */
  return g_strdup_printf (_("%s (%s, %s)"), liaison_layout_engine_display_name (LIAISON_LAYOUT_ENGINE_AUTO),
                          liaison_layout_engine_to_string (chosen), liaison_edge_routing_display_name (routing));
}

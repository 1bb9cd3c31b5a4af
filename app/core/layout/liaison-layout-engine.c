/* liaison-layout-engine.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-layout"

#include "config.h"

#include <glib/gi18n.h>
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

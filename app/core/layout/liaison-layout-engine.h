/* liaison-layout-engine.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LIAISON_LAYOUT_ENGINE_AUTO,
  LIAISON_LAYOUT_ENGINE_DOT,
  LIAISON_LAYOUT_ENGINE_NEATO,
  LIAISON_LAYOUT_ENGINE_FDP,
  LIAISON_LAYOUT_ENGINE_SFDP,
  LIAISON_LAYOUT_ENGINE_CIRCO,
  LIAISON_LAYOUT_ENGINE_TWOPI,
  LIAISON_LAYOUT_ENGINE_OSAGE,
  LIAISON_N_LAYOUT_ENGINES
} LiaisonLayoutEngine;

const char *liaison_layout_engine_to_string    (LiaisonLayoutEngine  engine);
gboolean    liaison_layout_engine_from_string  (const char          *name,
                                                LiaisonLayoutEngine *engine);
const char *liaison_layout_engine_display_name (LiaisonLayoutEngine  engine);
const char *liaison_layout_engine_description  (LiaisonLayoutEngine  engine);

G_END_DECLS

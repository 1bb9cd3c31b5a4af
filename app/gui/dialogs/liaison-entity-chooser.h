/* liaison-entity-chooser.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liaison-dataset.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ENTITY_CHOOSER (liaison_entity_chooser_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEntityChooser, liaison_entity_chooser, LIAISON, ENTITY_CHOOSER, AdwWindow)

/* A small dialog to pick the other end of a connection by searching the
 * entities: "chosen" gives the entity's index, and the dialog closes.
 */

LiaisonEntityChooser *liaison_entity_chooser_new        (GtkWindow            *parent,
                                                         LiaisonDataset       *dataset,
                                                         guint                 from);
void                  liaison_entity_chooser_set_search (LiaisonEntityChooser *self,
                                                         const char           *text);
guint                 liaison_entity_chooser_get_n_shown (LiaisonEntityChooser *self);
void                  liaison_entity_chooser_choose     (LiaisonEntityChooser *self,
                                                         guint                 position);

G_END_DECLS

/* liaison-application.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liaison-types.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_APPLICATION (liaison_application_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonApplication, liaison_application, LIAISON, APPLICATION, AdwApplication)

LiaisonApplication *liaison_application_new          (void);
GSettings          *liaison_application_get_settings (LiaisonApplication *self);
void                liaison_application_get_limits   (LiaisonApplication *self,
                                                      LiaisonLoadLimits  *limits);
guint               liaison_application_get_layout_timeout (LiaisonApplication *self);

G_END_DECLS

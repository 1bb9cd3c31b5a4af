/* liaison-window-reload.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-window.h"

G_BEGIN_DECLS

void liaison_window_watch_file     (LiaisonWindow *self,
                                    GFile         *file);
void liaison_window_dispose_reload (LiaisonWindow *self);

G_END_DECLS

/* liaison-explore-options.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-dataset.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* What the command line shows of a dataset: the date, source and
 * publisher filters first, then a focus or the shortest paths between two
 * entities, as typed (--focus, --depth, --path, --since, --until,
 * --undated, --source, --publisher). All NULL shows everything.
 */
typedef struct
{
  const char * const *focus;    /* each "ID[,ID…]", NULL-terminated, or NULL */
  const char         *depth;    /* "1" to "3", or NULL for 1 */
  const char         *path;     /* "FROM,TO", or NULL */
  const char         *since;    /* a date, possibly partial, or NULL */
  const char         *until;
  const char         *undated;  /* "show", "hide" or NULL (show) */
  const char * const *sources;  /* each "ID[,ID…]", NULL-terminated, or NULL */
  const char * const *publishers; /* each one name, NULL-terminated, or NULL */
} LiaisonExploreOptions;

#define LIAISON_EXPLORE_ERROR (liaison_explore_error_quark ())

typedef enum
{
  LIAISON_EXPLORE_ERROR_INVALID,        /* a value that cannot be, whatever the dataset */
  LIAISON_EXPLORE_ERROR_UNKNOWN_ENTITY,
  LIAISON_EXPLORE_ERROR_NO_CONNECTION,
  LIAISON_EXPLORE_ERROR_UNKNOWN_SOURCE,
} LiaisonExploreError;

GQuark   liaison_explore_error_quark        (void);

gboolean liaison_explore_options_is_set     (const LiaisonExploreOptions *options);
gboolean liaison_explore_options_check      (const LiaisonExploreOptions *options,
                                             GError                     **error);
gboolean liaison_explore_options_apply      (const LiaisonExploreOptions *options,
                                             LiaisonViewState            *state,
                                             GError                     **error);

G_END_DECLS

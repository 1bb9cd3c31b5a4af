/* liaison-types.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LiaisonApplication   LiaisonApplication;
typedef struct _LiaisonAttribute     LiaisonAttribute;
typedef struct _LiaisonDataset       LiaisonDataset;
typedef struct _LiaisonEntity        LiaisonEntity;
typedef struct _LiaisonEvidence      LiaisonEvidence;
typedef struct _LiaisonLoadLimits    LiaisonLoadLimits;
typedef struct _LiaisonRelation      LiaisonRelation;
typedef struct _LiaisonSource        LiaisonSource;
typedef struct _LiaisonTypeStyle     LiaisonTypeStyle;
typedef struct _LiaisonWindow        LiaisonWindow;

/* Limits that keep a hostile or accidental file from exhausting memory.
 * Defaults come from liaison_load_limits_init(); the command line and
 * preferences may raise them.
 */
struct _LiaisonLoadLimits
{
  guint64 max_file_size;      /* bytes */
  guint   max_depth;          /* nesting of arrays and objects */
  guint64 max_values;         /* every JSON value, containers included */
  guint64 max_string_length;  /* bytes between the quotes */
  gboolean lenient;           /* leave out what has a problem, open the rest */
};

#define LIAISON_DEFAULT_MAX_FILE_SIZE     (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define LIAISON_DEFAULT_MAX_DEPTH         512
#define LIAISON_DEFAULT_MAX_VALUES        (G_GUINT64_CONSTANT (10000000))
#define LIAISON_DEFAULT_MAX_STRING_LENGTH (G_GUINT64_CONSTANT (4) * 1024 * 1024)

/* How many problems with a dataset's meaning are spelled out; the rest
 * are counted.
 */
#define LIAISON_MAX_REPORTED_PROBLEMS 20

/* Compiled into the application's resources. */
#define LIAISON_BUNDLED_DATASET "resource:///io/github/liaison/Liaison/datasets/huawei-japan-2019.json"

/* Called from the thread doing the work; @fraction runs from 0 to 1. */
typedef void (*LiaisonProgressFunc) (double   fraction,
                                     gpointer user_data);

/* Whom a long job tells how far it has got: @func, with @data; and
 * @data_free, if not %NULL, frees @data once the job is done with it.
 * Each job says on which thread @func runs.
 */
typedef struct
{
  LiaisonProgressFunc func;
  gpointer            data;
  GDestroyNotify      data_free;
} LiaisonProgress;

void liaison_load_limits_init (LiaisonLoadLimits *limits);

G_END_DECLS

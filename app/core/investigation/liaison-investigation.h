/* liaison-investigation.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-position-memory.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* A saved investigation: which dataset (its path and the SHA-256 of its
 * bytes) and how it was being looked at (filters, what is explored, the
 * selection and search, where entities stood and which were pinned, the
 * camera, the layout engine, the user's notes), all by dataset ids, so
 * that it can be applied to the dataset when it is opened again, even
 * once the file has changed. README.md documents the format, and
 * data/liaison-investigation.schema.json describes it.
 */
#define LIAISON_TYPE_INVESTIGATION (liaison_investigation_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonInvestigation, liaison_investigation, LIAISON, INVESTIGATION, GObject)

#define LIAISON_INVESTIGATION_FORMAT    "liaison-investigation"
#define LIAISON_INVESTIGATION_VERSION   1
#define LIAISON_INVESTIGATION_EXTENSION ".liaison"

/* An investigation is a few kilobytes, or a few megabytes with the
 * positions of a large graph; anything far larger is not one.
 */
#define LIAISON_INVESTIGATION_MAX_SIZE  (G_GUINT64_CONSTANT (64) * 1024 * 1024)

/* Positions further out than this, in points, are not a drawing's. */
#define LIAISON_INVESTIGATION_MAX_COORDINATE 1.0e7

/* How many parts of a view that no longer match are spelled out; the
 * rest are counted in a last line.
 */
#define LIAISON_INVESTIGATION_MAX_MISMATCHES 100

#define LIAISON_INVESTIGATION_ERROR (liaison_investigation_error_quark ())

typedef enum
{
  LIAISON_INVESTIGATION_ERROR_INVALID,          /* not an investigation, or a wrong value in one */
  LIAISON_INVESTIGATION_ERROR_NEWER,            /* a version this Liaison does not read */
  LIAISON_INVESTIGATION_ERROR_DATASET_MISSING,  /* the dataset is not where it says */
  LIAISON_INVESTIGATION_ERROR_DATASET_NOT_FILE, /* a folder, device, pipe… where the dataset should be */
} LiaisonInvestigationError;

/* Where the graph view looked, in the scene's points, and how close. */
typedef struct
{
  double x;
  double y;
  double zoom;
} LiaisonCamera;

GQuark                liaison_investigation_error_quark     (void);

/* Saving: what @state and @positions (may be NULL) hold now, with the
 * camera (may be NULL) and the engine's name (may be NULL: automatic).
 */
LiaisonInvestigation *liaison_investigation_new_from_view   (LiaisonViewState      *state,
                                                             LiaisonPositionMemory *positions,
                                                             const LiaisonCamera   *camera,
                                                             const char            *engine)
                                                             G_GNUC_WARN_UNUSED_RESULT;
void                  liaison_investigation_set_dataset     (LiaisonInvestigation  *self,
                                                             GFile                 *dataset,
                                                             const char            *checksum);
GBytes               *liaison_investigation_to_bytes        (LiaisonInvestigation  *self,
                                                             GFile                 *destination)
                                                             G_GNUC_WARN_UNUSED_RESULT;
gboolean              liaison_investigation_save            (LiaisonInvestigation  *self,
                                                             GFile                 *destination,
                                                             GCancellable          *cancellable,
                                                             GError               **error);

/* Reading: @file is where the investigation was read from, for the
 * dataset's relative path (may be NULL: relative to the current folder);
 * @display_name names it in messages.
 */
LiaisonInvestigation *liaison_investigation_new_from_bytes  (GBytes                *bytes,
                                                             GFile                 *file,
                                                             const char            *display_name,
                                                             GError               **error)
                                                             G_GNUC_WARN_UNUSED_RESULT;
LiaisonInvestigation *liaison_investigation_load            (GFile                 *file,
                                                             const char            *display_name,
                                                             GCancellable          *cancellable,
                                                             GError               **error)
                                                             G_GNUC_WARN_UNUSED_RESULT;
gboolean              liaison_investigation_sniff           (const char            *data,
                                                             gsize                  length);
gboolean              liaison_investigation_sniff_file      (GFile                 *file);

const char           *liaison_investigation_get_dataset_path (LiaisonInvestigation *self);
GFile                *liaison_investigation_get_dataset_file (LiaisonInvestigation *self);
void                  liaison_investigation_locate_dataset  (LiaisonInvestigation  *self,
                                                             GFile                 *dataset);
const char           *liaison_investigation_get_checksum    (LiaisonInvestigation  *self);

/* A CSV edge list's node table, saved and checked as the dataset is;
 * NULL when the dataset is one file.
 */
void                  liaison_investigation_set_nodes       (LiaisonInvestigation  *self,
                                                             GFile                 *nodes,
                                                             const char            *checksum);
const char           *liaison_investigation_get_nodes_path  (LiaisonInvestigation  *self);
GFile                *liaison_investigation_get_nodes_file  (LiaisonInvestigation  *self);
const char           *liaison_investigation_get_nodes_checksum (LiaisonInvestigation *self);

const char           *liaison_investigation_get_engine      (LiaisonInvestigation  *self);
gboolean              liaison_investigation_get_camera      (LiaisonInvestigation  *self,
                                                             LiaisonCamera         *camera);

/* The dataset: only a regular file is read (or the bundled dataset). */
gboolean              liaison_investigation_check_dataset   (GFile                 *dataset,
                                                             GCancellable          *cancellable,
                                                             GError               **error);
char                 *liaison_investigation_checksum_file   (GFile                 *dataset,
                                                             GCancellable          *cancellable,
                                                             GError               **error)
                                                             G_GNUC_WARN_UNUSED_RESULT;

/* Puts the saved view onto @state and @positions (may be NULL), fresh
 * ones of the dataset opened, by ids. Returns the parts of the view that
 * no longer match the dataset, a line each for the user, in the order of
 * the file (empty when all of it was restored).
 */
GPtrArray            *liaison_investigation_apply           (LiaisonInvestigation  *self,
                                                             LiaisonViewState      *state,
                                                             LiaisonPositionMemory *positions)
                                                             G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

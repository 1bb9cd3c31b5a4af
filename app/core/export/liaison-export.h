/* liaison-export.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-scene.h"

G_BEGIN_DECLS

#define LIAISON_EXPORT_ERROR (liaison_export_error_quark ())

typedef enum
{
  LIAISON_EXPORT_ERROR_TOO_LARGE,
  LIAISON_EXPORT_ERROR_FAILED,
  LIAISON_EXPORT_ERROR_INVALID_OPTION,
} LiaisonExportError;

typedef enum
{
  LIAISON_EXPORT_SVG,
  LIAISON_EXPORT_PNG,
  LIAISON_EXPORT_PDF,
  LIAISON_EXPORT_DOT,
  LIAISON_EXPORT_JSON,
  LIAISON_EXPORT_GRAPHML,
  LIAISON_EXPORT_GEXF,
  LIAISON_EXPORT_CSV,         /* two files: the relations, and OUT.nodes.csv */
  LIAISON_N_EXPORT_FORMATS
} LiaisonExportFormat;

/* What a drawing may carry besides the graph: the dataset's title, a
 * legend of the types shown, and a line crediting the sources the shown
 * relations cite. They lie outside the graph, never over it.
 */
typedef enum
{
  LIAISON_DECORATION_TITLE   = 1 << 0,
  LIAISON_DECORATION_LEGEND  = 1 << 1,
  LIAISON_DECORATION_CREDITS = 1 << 2,
} LiaisonDecorations;

#define LIAISON_DECORATIONS_NONE 0
#define LIAISON_DECORATIONS_ALL  (LIAISON_DECORATION_TITLE | LIAISON_DECORATION_LEGEND | LIAISON_DECORATION_CREDITS)

/* The page a drawing is put on: its own size, or a preset that the
 * drawing is fitted to, turned to the drawing's orientation.
 */
typedef enum
{
  LIAISON_PAGE_DRAWING,
  LIAISON_PAGE_A4,
  LIAISON_PAGE_LETTER,
  LIAISON_PAGE_SLIDE,    /* 16:9, 13.33 × 7.5 inches */
  LIAISON_N_PAGES
} LiaisonPage;

/* What is exported is the scene: the layout on screen, of what is visible.
 * Drawings (SVG, PNG, PDF) use the light palette unless @dark asks for the
 * screen's, and highlight the selection when @keep_selection.
 */
typedef struct
{
  LiaisonExportFormat format;
  double              dpi;             /* PNG only; 72 draws one pixel a point */
  gboolean            dark;
  gboolean            keep_selection;
  LiaisonElementKind  selection_kind;
  guint               selection_index; /* in the dataset */
  LiaisonDecorations  decorations;     /* drawings only; all for PDF by default, none otherwise */
  LiaisonPage         page;
} LiaisonExportOptions;

#define LIAISON_DEFAULT_PNG_DPI 144.0
/* Cairo's limit for an image side, in pixels. */
#define LIAISON_MAX_PNG_SIDE    32767

GQuark      liaison_export_error_quark       (void);

void        liaison_export_options_init      (LiaisonExportOptions        *options,
                                              LiaisonExportFormat          format);
const char *liaison_export_format_to_string  (LiaisonExportFormat          format);
gboolean    liaison_export_format_from_string (const char                 *name,
                                              LiaisonExportFormat         *format);
gboolean    liaison_export_format_for_path   (const char                  *path,
                                              LiaisonExportFormat         *format);
gboolean    liaison_export_format_is_drawing (LiaisonExportFormat          format);
LiaisonDecorations
            liaison_decorations_default      (LiaisonExportFormat          format);
gboolean    liaison_decorations_parse        (const char                  *text,
                                              LiaisonDecorations          *decorations,
                                              GError                     **error);
const char *liaison_page_to_string           (LiaisonPage                  page);
gboolean    liaison_page_from_string         (const char                  *name,
                                              LiaisonPage                 *page);

GBytes     *liaison_export_to_bytes          (LiaisonScene                *scene,
                                              const LiaisonExportOptions  *options,
                                              GError                     **error)
                                              G_GNUC_WARN_UNUSED_RESULT;
gboolean    liaison_export_to_file           (LiaisonScene                *scene,
                                              const LiaisonExportOptions  *options,
                                              GFile                       *file,
                                              GCancellable                *cancellable,
                                              GError                     **error);
void        liaison_export_to_file_async     (LiaisonScene                *scene,
                                              const LiaisonExportOptions  *options,
                                              GFile                       *file,
                                              GCancellable                *cancellable,
                                              GAsyncReadyCallback          callback,
                                              gpointer                     user_data);
gboolean    liaison_export_to_file_finish    (GAsyncResult                *result,
                                              GError                     **error);
gboolean    liaison_export_write_bytes       (GFile                       *file,
                                              GBytes                      *bytes,
                                              GCancellable                *cancellable,
                                              GError                     **error);

/* The writers, for the formats that are text. */
GBytes     *liaison_svg_write                (LiaisonScene                *scene,
                                              const LiaisonExportOptions  *options)
                                              G_GNUC_WARN_UNUSED_RESULT;
GBytes     *liaison_json_write               (LiaisonScene                *scene)
                                              G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

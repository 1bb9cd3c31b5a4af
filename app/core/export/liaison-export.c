/* liaison-export.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exports what is on screen. Every format comes from the same laid-out
 * scene: SVG, JSON, GraphML and GEXF from writers of Liaison's own, PNG
 * and PDF drawn by the renderer the screen uses, DOT from the graph
 * builder with the layout's positions. Files are replaced atomically:
 * written under a temporary name and renamed, so a failure never leaves
 * half a file.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-csv-writer.h"
#include "liaison-export-page.h"
#include "liaison-export.h"
#include "liaison-graph-builder.h"
#include "liaison-graph-writers.h"
#include "liaison-scene-renderer.h"

#define SELECTION_COLOR 0x3584e4ffu

G_DEFINE_QUARK (liaison-export-error-quark, liaison_export_error)

static const char *const format_names[] = { "svg", "png", "pdf", "dot", "json", "graphml", "gexf", "csv" };
static const char *const page_names[] = { "drawing", "a4", "letter", "slide" };
static const char *const decoration_names[] = { "title", "legend", "credits" };

G_STATIC_ASSERT (G_N_ELEMENTS (format_names) == LIAISON_N_EXPORT_FORMATS);
G_STATIC_ASSERT (G_N_ELEMENTS (page_names) == LIAISON_N_PAGES);

/* Where @name is among the @n_names @names, whatever its case. */
static gboolean
find_name (const char * const *names,
           guint               n_names,
           const char         *name,
           guint              *index)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

void
liaison_export_options_init (LiaisonExportOptions *options,
                             LiaisonExportFormat   format)
{
  g_return_if_fail (options != NULL);

  options->format = format;
  options->dpi = LIAISON_DEFAULT_PNG_DPI;
  options->dark = FALSE;
  options->keep_selection = FALSE;
  options->selection_kind = LIAISON_ELEMENT_ENTITY;
  options->selection_index = 0;
  options->decorations = liaison_decorations_default (format);
  options->page = LIAISON_PAGE_DRAWING;
}

gboolean
liaison_export_format_is_drawing (LiaisonExportFormat format)
{
  return format == LIAISON_EXPORT_SVG || format == LIAISON_EXPORT_PNG || format == LIAISON_EXPORT_PDF;
}

/* A PDF is a document to hand on: it says what it shows and where that
 * comes from. An SVG or a PNG usually goes into a document that does.
 */
LiaisonDecorations
liaison_decorations_default (LiaisonExportFormat format)
{
  return format == LIAISON_EXPORT_PDF ? LIAISON_DECORATIONS_ALL : LIAISON_DECORATIONS_NONE;
}

/* Reads "title,legend,credits" (any of them, in any order), "all" or
 * "none".
 */
gboolean
liaison_decorations_parse (const char          *text,
                           LiaisonDecorations  *decorations,
                           GError             **error)
{
  g_auto(GStrv) names = NULL;
  LiaisonDecorations result = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (decorations != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "all") == 0)
    {
      *decorations = LIAISON_DECORATIONS_ALL;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "none") == 0)
    {
      *decorations = LIAISON_DECORATIONS_NONE;
      return TRUE;
    }

  names = g_strsplit (text, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      guint j;

      if (!find_name (decoration_names, G_N_ELEMENTS (decoration_names), name, &j))
        {
          g_set_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_INVALID_OPTION,
                       /* TRANSLATORS: the words in quotes are typed as they are */
                       _("unknown decoration “%s” (use title, legend and credits, separated by commas, "
                         "or all or none)"), name);
          return FALSE;
        }
      result |= 1 << j;
    }

  *decorations = result;
  return TRUE;
}

const char *
liaison_page_to_string (LiaisonPage page)
{
  g_return_val_if_fail (page < LIAISON_N_PAGES, NULL);

  return page_names[page];
}

gboolean
liaison_page_from_string (const char  *name,
                          LiaisonPage *page)
{
  guint i;

  if (!find_name (page_names, G_N_ELEMENTS (page_names), name, &i))
    return FALSE;

  *page = i;
  return TRUE;
}

const char *
liaison_export_format_to_string (LiaisonExportFormat format)
{
  g_return_val_if_fail (format < LIAISON_N_EXPORT_FORMATS, NULL);

  return format_names[format];
}

gboolean
liaison_export_format_from_string (const char          *name,
                                   LiaisonExportFormat *format)
{
  guint i;

  if (find_name (format_names, G_N_ELEMENTS (format_names), name, &i))
    {
      *format = i;
      return TRUE;
    }

  /* Graphviz's own name for DOT files. */
  if (name != NULL && g_ascii_strcasecmp (name, "gv") == 0)
    {
      *format = LIAISON_EXPORT_DOT;
      return TRUE;
    }

  return FALSE;
}

/* The format a file's extension names, as in "graph.svg". */
gboolean
liaison_export_format_for_path (const char          *path,
                                LiaisonExportFormat *format)
{
  g_autofree char *basename = NULL;
  const char *dot;

  if (path == NULL)
    return FALSE;

  basename = g_path_get_basename (path);
  dot = strrchr (basename, '.');

  return dot != NULL && liaison_export_format_from_string (dot + 1, format);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The scene as the screen draws it, with all detail, on a background,
 * placed on its page with the decorations around it.
 */
static void
draw_page (cairo_t                    *cr,
           LiaisonScene               *scene,
           const LiaisonExportOptions *options,
           const LiaisonExportPage    *page,
           double                      scale)
{
  const LiaisonRect *bounds = liaison_scene_get_bounds (scene);
  /* On a page of its own size, labels are placed as on a screen of the
   * image's pixels; on a preset page, for the paper.
   */
  LiaisonRenderOptions render = { scale * page->scale, FALSE, options->dark, options->dark ? 0xe0e0e0ffu : 0,
                                  options->page == LIAISON_PAGE_DRAWING ? 0 : page->label_points * scale };

  if (options->dark)
    cairo_set_source_rgb (cr, 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_translate (cr, page->dx, page->dy);
  cairo_scale (cr, page->scale, page->scale);
  liaison_scene_render (scene, cr, bounds, &render);

  if (options->keep_selection)
    {
      const LiaisonSceneElement *element = liaison_scene_lookup (scene, options->selection_kind,
                                                                 options->selection_index);

      if (element != NULL)
        {
          liaison_scene_render_halo (scene, cr, element, SELECTION_COLOR, 4);
          liaison_scene_render_element (scene, cr, element, &render);
        }
    }
  cairo_restore (cr);

  liaison_export_page_draw_decorations (page, cr);
}

static GBytes *
write_png (LiaisonScene               *scene,
           const LiaisonExportOptions *options,
           GError                    **error)
{
  g_autoptr(LiaisonExportPage) page = liaison_export_page_new (scene, options);
  double scale = CLAMP (options->dpi, 1, 2400) / 72.0;
  double width = page->width * scale;
  double height = page->height * scale;
  g_autoptr(GByteArray) png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (width > LIAISON_MAX_PNG_SIDE || height > LIAISON_MAX_PNG_SIDE)
    {
      g_set_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_TOO_LARGE,
                   _("At %.0f dpi the image would be %.0f × %.0f pixels, more than PNG images can "
                     "be made here (%d); choose a lower resolution, or SVG or PDF"),
                   options->dpi, width, height, LIAISON_MAX_PNG_SIDE);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width), (int) ceil (height));
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_TOO_LARGE,
                   _("There is not enough memory for an image of %.0f × %.0f pixels; choose a "
                     "lower resolution"), width, height);
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw_page (cr, scene, options, page, scale);
  cairo_destroy (cr);

  png = g_byte_array_new ();
  status = cairo_surface_write_to_png_stream (surface, append_cb, png);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_FAILED,
                   _("The image could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

static GBytes *
write_pdf (LiaisonScene               *scene,
           const LiaisonExportOptions *options,
           GError                    **error)
{
  g_autoptr(LiaisonExportPage) page = liaison_export_page_new (scene, options);
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* PDF counts in points, as Graphviz does: one to one. */
  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, page->width, page->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Liaison " PACKAGE_VERSION);
  if (liaison_dataset_get_title (liaison_scene_get_dataset (scene)) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                    liaison_dataset_get_title (liaison_scene_get_dataset (scene)));

  cr = cairo_create (surface);
  draw_page (cr, scene, options, page, 1.0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIAISON_EXPORT_ERROR, LIAISON_EXPORT_ERROR_FAILED,
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/* Returns: (transfer full) (nullable): the file's contents. */
GBytes *
liaison_export_to_bytes (LiaisonScene                *scene,
                         const LiaisonExportOptions  *options,
                         GError                     **error)
{
  g_return_val_if_fail (LIAISON_IS_SCENE (scene), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  switch (options->format)
    {
    case LIAISON_EXPORT_SVG:
      return liaison_svg_write (scene, options);
    case LIAISON_EXPORT_PNG:
      return write_png (scene, options, error);
    case LIAISON_EXPORT_PDF:
      return write_pdf (scene, options, error);
    case LIAISON_EXPORT_DOT:
      return liaison_graph_build_laid_out_dot (scene, NULL);
    case LIAISON_EXPORT_JSON:
      return liaison_json_write (scene);
    case LIAISON_EXPORT_GRAPHML:
      return liaison_graphml_write (liaison_scene_get_dataset (scene), NULL, scene);
    case LIAISON_EXPORT_GEXF:
      return liaison_gexf_write (liaison_scene_get_dataset (scene), NULL, scene);
    case LIAISON_EXPORT_CSV:
      {
        g_autoptr(GBytes) entities = NULL;

        /* The relations: liaison_export_to_file() writes the entities too. */
        return liaison_csv_write_shown (liaison_scene_get_dataset (scene), NULL, scene, &entities);
      }
    case LIAISON_N_EXPORT_FORMATS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
set_write_error (GError     **error,
                 GFile       *file,
                 const GError *cause)
{
  g_autofree char *name = g_file_get_parse_name (file);

  /* TRANSLATORS: the file, then why */
  g_set_error (error, cause->domain, cause->code, _("Could not write “%s”: %s"), name, cause->message);
}

/* CSV is two tables: the relations in @file, the entities beside it in
 * FILE.nodes.csv, which Liaison opens again with it.
 */
static gboolean
write_csv_files (LiaisonScene  *scene,
                 GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) relations = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *nodes_name = liaison_csv_nodes_path (basename);
  g_autoptr(GFile) nodes = parent != NULL ? g_file_get_child (parent, nodes_name) : g_file_new_for_path (nodes_name);

  relations = liaison_csv_write_shown (liaison_scene_get_dataset (scene), NULL, scene, &entities);

  return liaison_export_write_bytes (nodes, entities, cancellable, error) &&
         liaison_export_write_bytes (file, relations, cancellable, error);
}

/* Writes the export to @file, replacing it only once it is complete. */
gboolean
liaison_export_to_file (LiaisonScene                *scene,
                        const LiaisonExportOptions  *options,
                        GFile                       *file,
                        GCancellable                *cancellable,
                        GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (options->format == LIAISON_EXPORT_CSV)
    return write_csv_files (scene, file, cancellable, error);

  bytes = liaison_export_to_bytes (scene, options, error);
  if (bytes == NULL)
    return FALSE;

  return liaison_export_write_bytes (file, bytes, cancellable, error);
}

typedef struct
{
  LiaisonScene         *scene;
  GFile                *file;
  LiaisonExportOptions  options;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->scene);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The scene is immutable and the renderer keeps its Pango objects per
   * thread: drawing a large graph does not hold up the caller.
   */
  if (liaison_export_to_file (data->scene, &data->options, data->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Writes the export to @file on a thread of its own; cancelling leaves an
 * existing file as it was.
 */
void
liaison_export_to_file_async (LiaisonScene                *scene,
                              const LiaisonExportOptions  *options,
                              GFile                       *file,
                              GCancellable                *cancellable,
                              GAsyncReadyCallback          callback,
                              gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (LIAISON_IS_SCENE (scene));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ExportData, 1);
  data->scene = g_object_ref (scene);
  data->file = g_object_ref (file);
  data->options = *options;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, liaison_export_to_file_async);
  g_task_set_name (task, "[liaison] export");
  /* What the result says is what became of the file: a cancellation that
   * comes once the file is replaced is too late to count.
   */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
liaison_export_to_file_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == liaison_export_to_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Replaces @file with @bytes, or leaves it as it was: never half a file,
 * not even when the disk fills up.
 */
gboolean
liaison_export_write_bytes (GFile         *file,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) discard = g_cancellable_new ();
  g_autoptr(GError) local_error = NULL;
  gsize written;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* GIO writes to a temporary file beside the target and renames it over
   * the target when the stream closes.
   */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local_error);
  if (stream == NULL)
    {
      set_write_error (error, file, local_error);
      return FALSE;
    }

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), &written, cancellable, &local_error))
    {
      /* Closing a cancelled stream drops the temporary file and leaves the
       * old one as it was.
       */
      g_cancellable_cancel (discard);
      g_output_stream_close (G_OUTPUT_STREAM (stream), discard, NULL);
      set_write_error (error, file, local_error);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      set_write_error (error, file, local_error);
      return FALSE;
    }

  return TRUE;
}

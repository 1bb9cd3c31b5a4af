/* liaison-investigation.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a saved investigation holds, taken from a view and put back onto
 * one, and the dataset it names: where it is, that it is a regular file,
 * and whether its bytes are those it was saved with. The JSON text is
 * liaison-investigation-json.c's.
 */

#define G_LOG_DOMAIN "liaison-investigation"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-investigation-private.h"
#include "liaison-layout-engine.h"

G_DEFINE_QUARK (liaison-investigation-error-quark, liaison_investigation_error)

G_DEFINE_FINAL_TYPE (LiaisonInvestigation, liaison_investigation, G_TYPE_OBJECT)

static void
saved_position_clear (gpointer data)
{
  LiaisonSavedPosition *position = data;

  g_clear_pointer (&position->entity, g_free);
}

static void
liaison_investigation_finalize (GObject *object)
{
  LiaisonInvestigation *self = (LiaisonInvestigation *)object;

  g_clear_pointer (&self->dataset_path, g_free);
  g_clear_object (&self->dataset_file);
  g_clear_pointer (&self->checksum, g_free);
  g_clear_pointer (&self->nodes_path, g_free);
  g_clear_object (&self->nodes_file);
  g_clear_pointer (&self->nodes_checksum, g_free);
  g_clear_pointer (&self->hidden_entity_types, g_ptr_array_unref);
  g_clear_pointer (&self->hidden_relation_types, g_ptr_array_unref);
  g_clear_pointer (&self->hidden_sources, g_ptr_array_unref);
  g_clear_pointer (&self->hidden_publishers, g_ptr_array_unref);
  g_clear_pointer (&self->explored_entities, g_ptr_array_unref);
  g_clear_pointer (&self->explored_relations, g_ptr_array_unref);
  g_clear_pointer (&self->selection_id, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->positions, g_array_unref);
  g_clear_pointer (&self->drawn_by, g_free);
  g_clear_pointer (&self->engine, g_free);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (liaison_investigation_parent_class)->finalize (object);
}

static void
liaison_investigation_class_init (LiaisonInvestigationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = liaison_investigation_finalize;
}

static void
liaison_investigation_init (LiaisonInvestigation *self)
{
  self->hidden_entity_types = g_ptr_array_new_with_free_func (g_free);
  self->hidden_relation_types = g_ptr_array_new_with_free_func (g_free);
  self->hidden_sources = g_ptr_array_new_with_free_func (g_free);
  self->hidden_publishers = g_ptr_array_new_with_free_func (g_free);
  self->explored_entities = g_ptr_array_new_with_free_func (g_free);
  self->explored_relations = g_ptr_array_new_with_free_func (g_free);
  self->positions = g_array_new (FALSE, TRUE, sizeof (LiaisonSavedPosition));
  g_array_set_clear_func (self->positions, saved_position_clear);
  liaison_date_range_init (&self->date_range);
  self->notes = liaison_notes_new ();
}

LiaisonInvestigation *
liaison_investigation_new_empty (void)
{
  return g_object_new (LIAISON_TYPE_INVESTIGATION, NULL);
}

/* An exploration is saved as what it shows or as what it leaves out,
 * whichever is shorter: a focus names a few entities, a graph with a few
 * hidden names those. Either way a changed dataset reads as expected:
 * what is new stays out of a focus, and shows beside what was hidden.
 */
static void
capture_explored (LiaisonInvestigation *self,
                  LiaisonDataset       *dataset,
                  LiaisonSubset        *subset)
{
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  guint n_relations = liaison_dataset_get_n_relations (dataset);
  gboolean all_except = liaison_subset_get_n_entities (subset) * 2 > n_entities;

  self->has_explored = TRUE;
  self->explored_all_except = all_except;

  for (guint i = 0; i < n_entities; i++)
    if (liaison_subset_has_entity (subset, i) != all_except)
      g_ptr_array_add (self->explored_entities,
                       g_strdup (liaison_entity_get_id (liaison_dataset_get_entity (dataset, i))));
  for (guint i = 0; i < n_relations; i++)
    if (liaison_subset_has_relation (subset, i) != all_except)
      g_ptr_array_add (self->explored_relations, g_strdup (liaison_dataset_get_relation (dataset, i)->id));
}

/**
 * liaison_investigation_new_from_view:
 *
 * Returns: (transfer full): what @state and @positions show now, by ids;
 * its dataset is set apart, with liaison_investigation_set_dataset().
 */
LiaisonInvestigation *
liaison_investigation_new_from_view (LiaisonViewState      *state,
                                     LiaisonPositionMemory *positions,
                                     const LiaisonCamera   *camera,
                                     const char            *engine)
{
  LiaisonInvestigation *self;
  LiaisonDataset *dataset;
  LiaisonSubset *subset;
  LiaisonElementKind kind;
  guint index;
  guint n;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), NULL);
  g_return_val_if_fail (positions == NULL || LIAISON_IS_POSITION_MEMORY (positions), NULL);

  self = liaison_investigation_new_empty ();
  dataset = liaison_view_state_get_dataset (state);

  for (guint i = 0; i < liaison_dataset_get_n_entity_types (dataset); i++)
    {
      const char *type = liaison_dataset_get_entity_type (dataset, i)->id;

      if (!liaison_view_state_get_entity_type_visible (state, type))
        g_ptr_array_add (self->hidden_entity_types, g_strdup (type));
    }
  for (guint i = 0; i < liaison_dataset_get_n_relation_types (dataset); i++)
    {
      const char *type = liaison_dataset_get_relation_type (dataset, i)->id;

      if (!liaison_view_state_get_relation_type_visible (state, type))
        g_ptr_array_add (self->hidden_relation_types, g_strdup (type));
    }

  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      if (!liaison_view_state_get_source_visible (state, source->id))
        g_ptr_array_add (self->hidden_sources, g_strdup (source->id));
      /* Each publisher once, as many sources as it has. */
      if (source->publisher != NULL && !liaison_view_state_get_publisher_visible (state, source->publisher) &&
          !g_ptr_array_find_with_equal_func (self->hidden_publishers, source->publisher, g_str_equal, NULL))
        g_ptr_array_add (self->hidden_publishers, g_strdup (source->publisher));
    }

  liaison_view_state_get_date_range (state, &self->date_range);

  subset = liaison_view_state_get_subset (state);
  if (subset != NULL)
    capture_explored (self, dataset, subset);

  if (liaison_view_state_get_selection (state, &kind, &index))
    {
      self->has_selection = TRUE;
      self->selection_kind = kind;
      self->selection_id = g_strdup (kind == LIAISON_ELEMENT_ENTITY
                                     ? liaison_entity_get_id (liaison_dataset_get_entity (dataset, index))
                                     : liaison_dataset_get_relation (dataset, index)->id);
    }
  self->search = g_strdup (liaison_view_state_get_search (state));

  n = positions != NULL ? MIN (liaison_position_memory_get_n_entities (positions),
                               liaison_dataset_get_n_entities (dataset)) : 0;
  for (guint i = 0; i < n; i++)
    {
      LiaisonSavedPosition position = { NULL };

      if (!liaison_position_memory_lookup (positions, i, &position.x, &position.y))
        continue;
      position.entity = g_strdup (liaison_entity_get_id (liaison_dataset_get_entity (dataset, i)));
      position.pinned = liaison_position_memory_is_pinned (positions, i);
      g_array_append_val (self->positions, position);
    }
  if (positions != NULL)
    self->drawn_by = g_strdup (liaison_position_memory_get_engine (positions));

  /* A view not yet drawn has no zoom; an investigation read back never
   * holds one, so none is saved.
   */
  if (camera != NULL && camera->zoom > 0)
    {
      self->has_camera = TRUE;
      self->camera = *camera;
    }
  self->engine = g_strdup (engine != NULL ? engine : "auto");
  liaison_notes_assign (self->notes, liaison_view_state_get_notes (state));

  return self;
}

/* The dataset the view is of, and the SHA-256 of its bytes (may be NULL). */
void
liaison_investigation_set_dataset (LiaisonInvestigation *self,
                                   GFile                *dataset,
                                   const char           *checksum)
{
  g_return_if_fail (LIAISON_IS_INVESTIGATION (self));
  g_return_if_fail (G_IS_FILE (dataset));

  g_set_object (&self->dataset_file, dataset);
  g_clear_pointer (&self->dataset_path, g_free);
  self->dataset_path = g_file_is_native (dataset) ? g_file_get_path (dataset) : g_file_get_uri (dataset);
  g_free (self->checksum);
  self->checksum = g_strdup (checksum);
}

/* The node table of a CSV edge list (@nodes NULL: none), and the SHA-256
 * of its bytes (may be NULL).
 */
void
liaison_investigation_set_nodes (LiaisonInvestigation *self,
                                 GFile                *nodes,
                                 const char           *checksum)
{
  g_return_if_fail (LIAISON_IS_INVESTIGATION (self));
  g_return_if_fail (nodes == NULL || G_IS_FILE (nodes));

  g_set_object (&self->nodes_file, nodes);
  g_clear_pointer (&self->nodes_path, g_free);
  if (nodes != NULL)
    self->nodes_path = g_file_is_native (nodes) ? g_file_get_path (nodes) : g_file_get_uri (nodes);
  g_free (self->nodes_checksum);
  self->nodes_checksum = nodes != NULL ? g_strdup (checksum) : NULL;
}

/* The user found the dataset somewhere else: it is read from there, and
 * saved as there from now on. A node table that is not where it was is
 * looked for beside the dataset, where the two were kept together.
 */
void
liaison_investigation_locate_dataset (LiaisonInvestigation *self,
                                      GFile                *dataset)
{
  g_autofree char *checksum = NULL;

  g_return_if_fail (LIAISON_IS_INVESTIGATION (self));
  g_return_if_fail (G_IS_FILE (dataset));

  checksum = g_strdup (self->checksum);
  liaison_investigation_set_dataset (self, dataset, checksum);

  if (self->nodes_file != NULL && !g_file_query_exists (self->nodes_file, NULL))
    {
      g_autofree char *basename = g_file_get_basename (self->nodes_file);
      g_autoptr(GFile) folder = g_file_get_parent (dataset);
      g_autoptr(GFile) beside = folder != NULL && basename != NULL ? g_file_get_child (folder, basename) : NULL;
      g_autofree char *nodes_checksum = g_strdup (self->nodes_checksum);

      if (beside != NULL && g_file_query_exists (beside, NULL))
        liaison_investigation_set_nodes (self, beside, nodes_checksum);
    }
}

gboolean
liaison_investigation_save (LiaisonInvestigation  *self,
                            GFile                 *destination,
                            GCancellable          *cancellable,
                            GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  bytes = liaison_investigation_to_bytes (self, destination);

  /* Replaced whole, never left half written. */
  return g_file_replace_contents (destination, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

/* Where @path, as an investigation at @file names its dataset, leads: a
 * path, relative to the investigation's folder or absolute, or the
 * bundled dataset's URI; no other URI. NULL when it leads nowhere.
 */
GFile *
liaison_investigation_resolve_path (GFile      *file,
                                    const char *path)
{
  g_autoptr(GFile) folder = NULL;

  if (g_str_has_prefix (path, "resource:"))
    return g_str_equal (path, LIAISON_BUNDLED_DATASET) ? g_file_new_for_uri (path) : NULL;

  if (g_path_is_absolute (path))
    return g_file_new_for_path (path);

  folder = file != NULL ? g_file_get_parent (file) : NULL;
  if (folder == NULL || !g_file_is_native (folder))
    return g_file_new_for_path (path);

  return g_file_resolve_relative_path (folder, path);
}

/* @dataset's path as @destination's investigation writes it: relative to
 * its folder ("../data/x.json") when the two share a folder below the
 * root, so that the two can move together; otherwise absolute.
 */
char *
liaison_investigation_relative_path (GFile *destination,
                                     GFile *dataset)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_path = NULL;
  g_autofree char *dataset_path = NULL;
  g_auto(GStrv) from = NULL;
  g_auto(GStrv) to = NULL;
  g_autoptr(GString) relative = NULL;
  guint common = 0;

  if (!g_file_is_native (dataset))
    return g_file_get_uri (dataset);

  dataset_path = g_file_get_path (dataset);
  folder = destination != NULL ? g_file_get_parent (destination) : NULL;
  if (folder == NULL || !g_file_is_native (folder))
    return g_steal_pointer (&dataset_path);

  folder_path = g_file_get_path (folder);
  from = g_strsplit (folder_path, G_DIR_SEPARATOR_S, -1);
  to = g_strsplit (dataset_path, G_DIR_SEPARATOR_S, -1);

  /* Both start with the root's empty part. */
  while (from[common] != NULL && to[common] != NULL && to[common + 1] != NULL &&
         g_str_equal (from[common], to[common]))
    common++;
  if (common <= 1)
    return g_steal_pointer (&dataset_path);

  relative = g_string_new (NULL);
  /* A file named "resource:…" beside the investigation is no URI. */
  if (from[common] == NULL && g_str_has_prefix (to[common], "resource:"))
    g_string_append (relative, "." G_DIR_SEPARATOR_S);
  for (guint i = common; from[i] != NULL; i++)
    if (from[i][0] != '\0')
      g_string_append (relative, ".." G_DIR_SEPARATOR_S);
  for (guint i = common; to[i] != NULL; i++)
    {
      g_string_append (relative, to[i]);
      if (to[i + 1] != NULL)
        g_string_append_c (relative, G_DIR_SEPARATOR);
    }

  return g_string_free (g_steal_pointer (&relative), FALSE);
}

/* The path as written in the file: what the user is shown. */
const char *
liaison_investigation_get_dataset_path (LiaisonInvestigation *self)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  return self->dataset_path;
}

/* Returns: (transfer none) (nullable): where the dataset is read from. */
GFile *
liaison_investigation_get_dataset_file (LiaisonInvestigation *self)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  return self->dataset_file;
}

const char *
liaison_investigation_get_nodes_path (LiaisonInvestigation *self)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  return self->nodes_path;
}

GFile *
liaison_investigation_get_nodes_file (LiaisonInvestigation *self)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  return self->nodes_file;
}

const char *
liaison_investigation_get_nodes_checksum (LiaisonInvestigation *self)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  return self->nodes_checksum;
}

const char *
liaison_investigation_get_checksum (LiaisonInvestigation *self)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  return self->checksum;
}

/* The engine as saved ("auto", "neato", …); one this Liaison does not
 * know is "auto", and liaison_investigation_apply() says so.
 */
const char *
liaison_investigation_get_engine (LiaisonInvestigation *self)
{
  LiaisonLayoutEngine engine;

  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), NULL);

  if (self->engine == NULL || !liaison_layout_engine_from_string (self->engine, &engine))
    return "auto";
  return self->engine;
}

gboolean
liaison_investigation_get_camera (LiaisonInvestigation *self,
                                  LiaisonCamera        *camera)
{
  g_return_val_if_fail (LIAISON_IS_INVESTIGATION (self), FALSE);
  g_return_val_if_fail (camera != NULL, FALSE);

  if (!self->has_camera)
    return FALSE;
  *camera = self->camera;
  return TRUE;
}

static char *
dup_shown_path (GFile *file)
{
  return g_file_is_native (file) ? g_file_get_path (file) : g_file_get_uri (file);
}

/* Only a regular file (through a symbolic link or not) is read as an
 * investigation's dataset: a folder, a device or a pipe it names is
 * refused before anything reads it, with its path, for the user to see.
 */
gboolean
liaison_investigation_check_dataset (GFile         *dataset,
                                     GCancellable  *cancellable,
                                     GError       **error)
{
  g_autofree char *path = NULL;
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (dataset), FALSE);

  path = dup_shown_path (dataset);
  type = g_file_query_file_type (dataset, G_FILE_QUERY_INFO_NONE, cancellable);
  if (type == G_FILE_TYPE_UNKNOWN)
    {
      g_set_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_DATASET_MISSING,
                   _("the dataset “%s” is not there"), path);
      return FALSE;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_DATASET_NOT_FILE,
                   _("“%s” is not a regular file, so it is not read as the dataset"), path);
      return FALSE;
    }
  return TRUE;
}

/* Returns: (transfer full) (nullable): the SHA-256 of @dataset's bytes
 * in lowercase hex, read a block at a time.
 */
char *
liaison_investigation_checksum_file (GFile         *dataset,
                                     GCancellable  *cancellable,
                                     GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autofree guchar *buffer = NULL;
  gssize n_read;

  g_return_val_if_fail (G_IS_FILE (dataset), NULL);

  if (!liaison_investigation_check_dataset (dataset, cancellable, error))
    return NULL;

  stream = g_file_read (dataset, cancellable, error);
  if (stream == NULL)
    return NULL;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  buffer = g_malloc (64 * 1024);
  while ((n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 64 * 1024, cancellable, error)) > 0)
    g_checksum_update (checksum, buffer, n_read);
  if (n_read < 0)
    return NULL;

  return g_strdup (g_checksum_get_string (checksum));
}

/* Whether @file is to be read as an investigation: its name ends in
 * ".liaison" (so that a broken one says what is wrong with it as an
 * investigation), or it starts as one does. Only a regular file is read.
 */
gboolean
liaison_investigation_sniff_file (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *basename = NULL;
  char buffer[256];
  gsize n_read = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return FALSE;

  basename = g_file_get_basename (file);
  if (basename != NULL && g_str_has_suffix (basename, LIAISON_INVESTIGATION_EXTENSION))
    return TRUE;

  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, sizeof buffer, &n_read, NULL, NULL))
    return FALSE;

  return liaison_investigation_sniff (buffer, n_read);
}

/* Returns: (transfer full) (nullable): the investigation in @file, read
 * only when it is a regular file and no larger than one can be.
 */
LiaisonInvestigation *
liaison_investigation_load (GFile         *file,
                            const char    *display_name,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                   _("%s: not a regular file"), display_name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > LIAISON_INVESTIGATION_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (LIAISON_INVESTIGATION_MAX_SIZE);

      g_set_error (error, LIAISON_INVESTIGATION_ERROR, LIAISON_INVESTIGATION_ERROR_INVALID,
                   _("%s: larger than an investigation can be (%s at most)"), display_name, size);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return liaison_investigation_new_from_bytes (bytes, file, display_name, error);
}

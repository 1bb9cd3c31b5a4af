/* liaison-explore-options.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* --focus, --depth, --path, --since, --until, --undated, --source and
 * --publisher: read, checked
 * and turned into what the view state shows, with the window's own
 * queries. Mistakes that need no dataset are found before the file is
 * read; unknown ids after, with the id that was probably meant.
 */

#define G_LOG_DOMAIN "liaison-commands"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-dataset-problems.h"
#include "liaison-date-range.h"
#include "liaison-display-text.h"
#include "liaison-explore-options.h"
#include "liaison-graph-query.h"
#include "liaison-neighbourhood.h"
#include "liaison-shortest-paths.h"

G_DEFINE_QUARK (liaison-explore-error-quark, liaison_explore_error)

static gboolean
has_focus (const LiaisonExploreOptions *options)
{
  return options->focus != NULL && options->focus[0] != NULL;
}

static gboolean
has_strings (const char * const *strings)
{
  return strings != NULL && strings[0] != NULL;
}

gboolean
liaison_explore_options_is_set (const LiaisonExploreOptions *options)
{
  return options != NULL &&
         (has_focus (options) || options->depth != NULL || options->path != NULL || options->since != NULL ||
          options->until != NULL || options->undated != NULL || has_strings (options->sources) ||
          has_strings (options->publishers));
}

/* "--since: "2019-13" is not an ISO 8601 date (YYYY, YYYY-MM or
 * YYYY-MM-DD)": the dataset's own message, after the option at fault.
 */
static void
set_bad_date (GError     **error,
              const char  *option,
              const char  *date)
{
  g_autofree char *shown = liaison_quote_value (date);
  g_autofree char *message = g_strdup_printf (_("%s is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"), shown);

  g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID, "%s: %s", option, message);
}

static gboolean
read_date_range (const LiaisonExploreOptions  *options,
                 LiaisonDateRange             *range,
                 GError                      **error)
{
  guint32 unused;

  liaison_date_range_init (range);

  if (options->since != NULL && !liaison_date_get_period (options->since, &range->since, &unused))
    {
      set_bad_date (error, "--since", options->since);
      return FALSE;
    }
  if (options->until != NULL && !liaison_date_get_period (options->until, &unused, &range->until))
    {
      set_bad_date (error, "--until", options->until);
      return FALSE;
    }
  if (range->since > range->until)
    {
      g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                   /* TRANSLATORS: the two dates as typed */
                   _("--since %s is after --until %s"), options->since, options->until);
      return FALSE;
    }

  if (options->undated == NULL || g_str_equal (options->undated, "show"))
    range->hide_undated = FALSE;
  else if (g_str_equal (options->undated, "hide"))
    range->hide_undated = TRUE;
  else
    {
      g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                           _("--undated needs show or hide"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_depth (const LiaisonExploreOptions  *options,
            guint                        *depth,
            GError                      **error)
{
  guint64 value = LIAISON_MIN_FOCUS_DEPTH;

  if (options->depth != NULL &&
      !g_ascii_string_to_unsigned (options->depth, 10, LIAISON_MIN_FOCUS_DEPTH, LIAISON_MAX_FOCUS_DEPTH, &value, NULL))
    {
      g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                   _("--depth needs a number from %d to %d"), LIAISON_MIN_FOCUS_DEPTH, LIAISON_MAX_FOCUS_DEPTH);
      return FALSE;
    }

  *depth = value;
  return TRUE;
}

/* Everything that can be checked without the dataset, so that a typo
 * fails at once rather than after reading a large file.
 */
gboolean
liaison_explore_options_check (const LiaisonExploreOptions  *options,
                               GError                      **error)
{
  LiaisonDateRange range;
  guint depth;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (has_focus (options) && options->path != NULL)
    {
      g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                           _("--focus and --path cannot be combined"));
      return FALSE;
    }
  if (options->depth != NULL && !has_focus (options))
    {
      g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                           _("--depth goes with --focus"));
      return FALSE;
    }
  if (!read_depth (options, &depth, error))
    return FALSE;

  for (guint i = 0; has_focus (options) && options->focus[i] != NULL; i++)
    if (options->focus[i][0] == '\0')
      {
        g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                             _("--focus needs entity ids: --focus=ID[,ID…]"));
        return FALSE;
      }
  for (guint i = 0; has_strings (options->sources) && options->sources[i] != NULL; i++)
    if (options->sources[i][0] == '\0')
      {
        g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                             _("--source needs source ids: --source=ID[,ID…]"));
        return FALSE;
      }
  for (guint i = 0; has_strings (options->publishers) && options->publishers[i] != NULL; i++)
    if (options->publishers[i][0] == '\0')
      {
        g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                             _("--publisher needs a publisher's name"));
        return FALSE;
      }
  if (options->path != NULL && strchr (options->path, ',') == NULL)
    {
      g_set_error_literal (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                           _("--path needs two entity ids: --path=FROM,TO"));
      return FALSE;
    }

  return read_date_range (options, &range, error);
}

/* "--focus: unknown entity "huwei" (did you mean "huawei"?)", worded and
 * guessed as the dataset's own problems are.
 */
static void
set_unknown_entity (GError         **error,
                    LiaisonDataset  *dataset,
                    const char      *option,
                    const char      *id)
{
  const char *guess = liaison_dataset_suggest_entity (dataset, id);
  g_autofree char *message = liaison_describe_unknown (N_("entity"), id, guess);

  g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_UNKNOWN_ENTITY,
               "%s: %s", option, message);
}

static LiaisonEntity *
lookup_pieces (LiaisonDataset *dataset,
               char          **pieces,
               guint           start,
               guint           end)
{
  g_autoptr(GString) id = g_string_new (pieces[start]);

  for (guint i = start + 1; i < end; i++)
    {
      g_string_append_c (id, ',');
      g_string_append (id, pieces[i]);
    }

  return liaison_dataset_lookup_entity (dataset, id->str);
}

/* Reads ids from @pieces[@start…], longest first, backtracking; @dead
 * remembers where that cannot succeed, @stuck the first place no id
 * starts.
 */
static gboolean
match_ids (LiaisonDataset  *dataset,
           char           **pieces,
           guint            n_pieces,
           guint            start,
           guint8          *dead,
           GArray          *indices,
           guint           *stuck)
{
  gboolean any = FALSE;

  if (start == n_pieces)
    return TRUE;
  if (dead[start])
    return FALSE;

  for (guint end = n_pieces; end > start; end--)
    {
      LiaisonEntity *entity = lookup_pieces (dataset, pieces, start, end);
      guint index;

      if (entity == NULL)
        continue;

      any = TRUE;
      index = liaison_entity_get_index (entity);
      g_array_append_val (indices, index);
      if (match_ids (dataset, pieces, n_pieces, end, dead, indices, stuck))
        return TRUE;
      g_array_set_size (indices, indices->len - 1);
    }

  if (!any && *stuck == G_MAXUINT)
    *stuck = start;
  dead[start] = TRUE;
  return FALSE;
}

/* "ID[,ID…]": ids may hold commas themselves, so the text is cut at the
 * commas that leave existing ids.
 */
static gboolean
read_focus_ids (LiaisonDataset  *dataset,
                const char      *text,
                GArray          *indices,
                GError         **error)
{
  g_auto(GStrv) pieces = g_strsplit (text, ",", -1);
  guint n_pieces = g_strv_length (pieces);
  g_autofree guint8 *dead = g_new0 (guint8, n_pieces + 1);
  guint stuck = G_MAXUINT;
  guint before = indices->len;

  if (match_ids (dataset, pieces, n_pieces, 0, dead, indices, &stuck))
    return TRUE;

  g_array_set_size (indices, before);
  set_unknown_entity (error, dataset, "--focus", pieces[stuck != G_MAXUINT ? stuck : 0]);
  return FALSE;
}

/* "FROM,TO", cut at the one comma that leaves two existing ids. */
static gboolean
read_path_ends (LiaisonDataset  *dataset,
                const char      *text,
                guint           *from,
                guint           *to,
                GError         **error)
{
  g_autofree char *unknown = NULL;
  guint n_splits = 0;

  for (const char *comma = strchr (text, ','); comma != NULL; comma = strchr (comma + 1, ','))
    {
      g_autofree char *left = g_strndup (text, comma - text);
      LiaisonEntity *a = liaison_dataset_lookup_entity (dataset, left);
      LiaisonEntity *b = liaison_dataset_lookup_entity (dataset, comma + 1);

      if (a != NULL && b != NULL)
        {
          n_splits++;
          *from = liaison_entity_get_index (a);
          *to = liaison_entity_get_index (b);
        }
      else if (unknown == NULL && a != NULL)
        unknown = g_strdup (comma + 1);
      else if (unknown == NULL && b != NULL)
        unknown = g_steal_pointer (&left);
    }

  if (n_splits == 1)
    return TRUE;

  if (n_splits > 1)
    {
      g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_INVALID,
                   _("--path: “%s” splits into two entity ids at more than one comma"), text);
      return FALSE;
    }

  if (unknown == NULL)
    unknown = g_strndup (text, strchr (text, ',') - text);
  set_unknown_entity (error, dataset, "--path", unknown);
  return FALSE;
}

static void
set_no_connection (GError               **error,
                   LiaisonDataset        *dataset,
                   LiaisonShortestPaths  *paths,
                   guint                  from,
                   guint                  to)
{
  g_autofree char *from_id = liaison_quote_value (liaison_entity_get_id (liaison_dataset_get_entity (dataset, from)));
  g_autofree char *to_id = liaison_quote_value (liaison_entity_get_id (liaison_dataset_get_entity (dataset, to)));
  g_autofree char *from_size = liaison_dup_count (LIAISON_COUNT_ENTITIES,
                                                  liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_FROM));
  g_autofree char *to_size = liaison_dup_count (LIAISON_COUNT_ENTITIES,
                                                liaison_shortest_paths_get_component_size (paths, LIAISON_PATH_TO));

  g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_NO_CONNECTION,
               /* TRANSLATORS: no connection between "a" and "b": "a" is in a
                * component of 3 entities, "b" in one of 1 entity
                */
               _("no connection between %s and %s: %s is in a component of %s, %s in one of %s"),
               from_id, to_id, from_id, from_size, to_id, to_size);
}

/* "--source: unknown source "kyodo" (did you mean "kyodo-1"?)", worded
 * as an unknown entity is.
 */
static void
set_unknown_source (GError     **error,
                    GHashTable  *known,
                    const char  *option,
                    const char  *what,
                    const char  *value)
{
  const char *guess = liaison_suggest_id (known, value);
  g_autofree char *message = liaison_describe_unknown (what, value, guess);

  g_set_error (error, LIAISON_EXPLORE_ERROR, LIAISON_EXPLORE_ERROR_UNKNOWN_SOURCE,
               "%s: %s", option, message);
}

/* --source shows only the relations the sources named support (and the
 * ones citing no source, as the Sources panel's switches do); ids are cut
 * at commas unless the whole text is one id. --publisher does the same
 * for publishers, one name an option, since names hold commas.
 */
static gboolean
apply_sources (const LiaisonExploreOptions  *options,
               LiaisonViewState             *state,
               GError                      **error)
{
  LiaisonDataset *dataset = liaison_view_state_get_dataset (state);
  guint n_sources = liaison_dataset_get_n_sources (dataset);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) publishers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_sources; i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      g_hash_table_add (ids, (gpointer) source->id);
      if (source->publisher != NULL)
        g_hash_table_add (publishers, (gpointer) source->publisher);
    }

  if (has_strings (options->sources))
    {
      for (guint i = 0; options->sources[i] != NULL; i++)
        {
          g_auto(GStrv) pieces = NULL;

          if (g_hash_table_contains (ids, options->sources[i]))
            {
              g_hash_table_add (named, g_strdup (options->sources[i]));
              continue;
            }
          pieces = g_strsplit (options->sources[i], ",", -1);
          for (guint j = 0; pieces[j] != NULL; j++)
            {
              if (!g_hash_table_contains (ids, pieces[j]))
                {
                  set_unknown_source (error, ids, "--source", N_("source"), pieces[j]);
                  return FALSE;
                }
              g_hash_table_add (named, g_strdup (pieces[j]));
            }
        }
      for (guint i = 0; i < n_sources; i++)
        {
          const char *id = liaison_dataset_get_source (dataset, i)->id;

          if (!g_hash_table_contains (named, id))
            liaison_view_state_set_source_visible (state, id, FALSE);
        }
    }

  if (has_strings (options->publishers))
    {
      GHashTableIter iter;
      gpointer publisher;

      g_hash_table_remove_all (named);
      for (guint i = 0; options->publishers[i] != NULL; i++)
        {
          if (!g_hash_table_contains (publishers, options->publishers[i]))
            {
              set_unknown_source (error, publishers, "--publisher", N_("publisher"), options->publishers[i]);
              return FALSE;
            }
          g_hash_table_add (named, g_strdup (options->publishers[i]));
        }
      g_hash_table_iter_init (&iter, publishers);
      while (g_hash_table_iter_next (&iter, &publisher, NULL))
        if (!g_hash_table_contains (named, publisher))
          liaison_view_state_set_publisher_visible (state, publisher, FALSE);
      /* Only the publishers named: a source without one is none of them. */
      for (guint i = 0; i < n_sources; i++)
        {
          const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

          if (source->publisher == NULL)
            liaison_view_state_set_source_visible (state, source->id, FALSE);
        }
    }

  return TRUE;
}

/* Sets on @state the date filter, then what a focus or a path search
 * shows of what the filters let through. A path with no connection is an
 * error: there is nothing to show.
 */
gboolean
liaison_explore_options_apply (const LiaisonExploreOptions  *options,
                               LiaisonViewState             *state,
                               GError                      **error)
{
  LiaisonDataset *dataset;
  g_autoptr(LiaisonSubset) visible = NULL;
  LiaisonDateRange range;
  guint depth = LIAISON_MIN_FOCUS_DEPTH;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liaison_explore_options_check (options, error) ||
      !read_date_range (options, &range, error) ||
      !read_depth (options, &depth, error))
    return FALSE;

  dataset = liaison_view_state_get_dataset (state);
  liaison_view_state_set_date_range (state, &range);
  if (!apply_sources (options, state, error))
    return FALSE;

  if (has_focus (options))
    {
      g_autoptr(GArray) seeds = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(LiaisonSubset) focus = NULL;

      for (guint i = 0; options->focus[i] != NULL; i++)
        if (!read_focus_ids (dataset, options->focus[i], seeds, error))
          return FALSE;

      visible = liaison_view_state_dup_filtered (state);
      focus = liaison_neighbourhood_new (dataset, visible, (const guint *) (gpointer) seeds->data, seeds->len, depth);
      liaison_view_state_set_subset (state, focus);
    }
  else if (options->path != NULL)
    {
      g_autoptr(LiaisonShortestPaths) paths = NULL;
      guint from = 0, to = 0;

      if (!read_path_ends (dataset, options->path, &from, &to, error))
        return FALSE;

      visible = liaison_view_state_dup_filtered (state);
      paths = liaison_shortest_paths_find (dataset, visible, from, to, NULL, error);
      if (paths == NULL)
        return FALSE;
      if (!liaison_shortest_paths_is_connected (paths))
        {
          set_no_connection (error, dataset, paths, from, to);
          return FALSE;
        }
      liaison_view_state_set_subset (state, liaison_shortest_paths_get_subset (paths));
    }

  return TRUE;
}

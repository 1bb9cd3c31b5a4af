/* liaison-commands.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-commands"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-commands.h"
#include "liaison-dataset-loader.h"

static void
print_to (GOutputStream *stream,
          const char    *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
print_to (GOutputStream *stream,
          const char    *format,
          ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, NULL);
}

int
liaison_command_check (const char * const      *paths,
                       const LiaisonLoadLimits *limits,
                       GOutputStream           *out,
                       GOutputStream           *err)
{
  guint n_paths = paths != NULL ? g_strv_length ((char **) paths) : 0;
  int status = 0;

  if (n_paths == 0)
    {
      print_to (err, "%s\n", _("--check needs a file to check"));
      return 2;
    }

  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(LiaisonDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      /* Messages name the file as it was typed. */
      dataset = liaison_dataset_load_file (file, paths[i], limits, NULL, &error);
      if (dataset == NULL)
        {
          print_to (err, "%s\n", error->message);
          status = 1;
          continue;
        }

      {
        g_autofree char *summary = liaison_dataset_dup_summary (dataset);

        if (n_paths > 1)
          print_to (out, "%s: %s\n", paths[i], summary);
        else
          print_to (out, "%s\n", summary);
      }
    }

  return status;
}

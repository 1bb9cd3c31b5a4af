/* liaison-dataset-problems.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset-builder.h"

G_BEGIN_DECLS

/* The problems found in a dataset: the first @max_shown spelled out, a
 * line each, the rest counted.
 */
typedef struct
{
  GPtrArray *lines;       /* char *: ": <location>: message", to follow the file's name */
  guint      n_problems;
  guint      max_shown;
} LiaisonProblems;

void      liaison_problems_init             (LiaisonProblems       *self,
                                             guint                  max_shown);
void      liaison_problems_clear            (LiaisonProblems       *self);
gboolean  liaison_problems_count_if_unshown (LiaisonProblems       *self);
char     *liaison_problems_quote_if_shown   (LiaisonProblems       *self,
                                             const char            *value)
                                             G_GNUC_WARN_UNUSED_RESULT;
void      liaison_problems_add_valist       (LiaisonProblems       *self,
                                             const LiaisonLocation *location,
                                             const char            *member,
                                             const char            *format,
                                             va_list                args) G_GNUC_PRINTF (4, 0);
void      liaison_problems_add              (LiaisonProblems       *self,
                                             const LiaisonLocation *location,
                                             const char            *member,
                                             const char            *format,
                                             ...) G_GNUC_PRINTF (4, 5);
void      liaison_problems_expected         (LiaisonProblems       *self,
                                             const LiaisonLocation *location,
                                             const char            *member,
                                             LiaisonValueKind       expected,
                                             const LiaisonValue    *found);
void      liaison_problems_unknown          (LiaisonProblems       *self,
                                             const LiaisonLocation *location,
                                             const char            *member,
                                             const char            *what,
                                             GHashTable            *ids,
                                             const char            *value);
void      liaison_problems_set_error        (LiaisonProblems       *self,
                                             const char            *display_name,
                                             GError               **error);

const char *liaison_suggest_id (GHashTable *ids,
                                const char *word);

G_END_DECLS

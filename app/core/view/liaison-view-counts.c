/* liaison-view-counts.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-view-counts"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "liaison-view-counts.h"

/* "3,000": digits in threes, with the locale's separator. The C locale
 * has none, yet its messages are English, where "3000 entities" reads
 * worse than "3,000 entities".
 */
char *
liaison_dup_grouped_number (guint n)
{
  const char *separator = localeconv ()->thousands_sep;
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *text = g_string_new (NULL);
  gsize length = strlen (digits);

  if (separator == NULL || separator[0] == '\0')
    separator = ",";

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }

  return g_string_free (text, FALSE);
}

/* Entities the graph and the entity list show: within what is explored,
 * of a type that is switched on.
 */
guint
liaison_view_state_count_visible_entities (LiaisonViewState *state)
{
  LiaisonSubset *subset;
  guint count = 0;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), 0);

  subset = liaison_view_state_get_subset (state);
  if (subset != NULL)
    {
      for (guint i = liaison_subset_next_entity (subset, 0); i != LIAISON_SUBSET_END;
           i = liaison_subset_next_entity (subset, i + 1))
        count += liaison_view_state_is_entity_visible (state, i);
    }
  else
    {
      guint n_entities = liaison_dataset_get_n_entities (liaison_view_state_get_dataset (state));

      for (guint i = 0; i < n_entities; i++)
        count += liaison_view_state_is_entity_visible (state, i);
    }

  return count;
}

/* Returns: (nullable): "42 of 3,000 entities" while part of the dataset
 * is out of view, NULL when all of it is shown.
 */
char *
liaison_view_state_dup_shown_summary (LiaisonViewState *state)
{
  guint total, shown;
  g_autofree char *shown_text = NULL;
  g_autofree char *total_text = NULL;

  g_return_val_if_fail (LIAISON_IS_VIEW_STATE (state), NULL);

  if (liaison_view_state_is_everything_visible (state))
    return NULL;

  total = liaison_dataset_get_n_entities (liaison_view_state_get_dataset (state));
  shown = liaison_view_state_count_visible_entities (state);
  shown_text = liaison_dup_grouped_number (shown);
  total_text = liaison_dup_grouped_number (total);

  /* TRANSLATORS: what the graph shows of the dataset, "42 of 3,000
   * entities"; the plural follows the second number
   */
  return g_strdup_printf (ngettext ("%s of %s entity", "%s of %s entities", total), shown_text, total_text);
}

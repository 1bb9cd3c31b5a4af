/* liaison-source-support.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-entity.h"
#include "liaison-source-support.h"

static gboolean
cites (const LiaisonEvidence *evidence,
       guint                  n_evidence,
       GHashTable            *source_ids)
{
  for (guint i = 0; i < n_evidence; i++)
    if (evidence[i].source != NULL && g_hash_table_contains (source_ids, evidence[i].source))
      return TRUE;
  return FALSE;
}

/* Everything whose evidence cites one of @source_ids, with the ends of
 * the relations among it.
 */
static LiaisonSubset *
support_for_ids (LiaisonDataset *dataset,
                 GHashTable     *source_ids)
{
  guint n_entities = liaison_dataset_get_n_entities (dataset);
  guint n_relations = liaison_dataset_get_n_relations (dataset);
  LiaisonSubset *subset = liaison_subset_new (n_entities, n_relations);

  for (guint i = 0; i < n_entities; i++)
    {
      const LiaisonEvidence *evidence;
      guint n_evidence;

      evidence = liaison_entity_get_evidence (liaison_dataset_get_entity (dataset, i), &n_evidence);
      if (cites (evidence, n_evidence, source_ids))
        liaison_subset_add_entity (subset, i);
    }

  for (guint i = 0; i < n_relations; i++)
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, i);

      if (!cites (relation->evidence, relation->n_evidence, source_ids))
        continue;
      liaison_subset_add_relation (subset, i);
      liaison_subset_add_entity (subset, relation->from);
      liaison_subset_add_entity (subset, relation->to);
    }

  return subset;
}

/* Returns: (transfer full): what the source at @source_index supports. */
LiaisonSubset *
liaison_source_support_for_source (LiaisonDataset *dataset,
                                   guint           source_index)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (source_index < liaison_dataset_get_n_sources (dataset), NULL);

  g_hash_table_add (ids, (gpointer) liaison_dataset_get_source (dataset, source_index)->id);
  return support_for_ids (dataset, ids);
}

/* Returns: (transfer full): what the sources published by @publisher
 * support; empty when none is.
 */
LiaisonSubset *
liaison_source_support_for_publisher (LiaisonDataset *dataset,
                                      const char     *publisher)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (publisher != NULL, NULL);

  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    {
      const LiaisonSource *source = liaison_dataset_get_source (dataset, i);

      if (g_strcmp0 (source->publisher, publisher) == 0)
        g_hash_table_add (ids, (gpointer) source->id);
    }
  return support_for_ids (dataset, ids);
}

/* Returns: (transfer full): the publishers the sources name, each once, in
 * the order they first appear.
 */
char **
liaison_source_support_dup_publishers (LiaisonDataset *dataset)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (dataset != NULL, NULL);

  for (guint i = 0; i < liaison_dataset_get_n_sources (dataset); i++)
    {
      const char *publisher = liaison_dataset_get_source (dataset, i)->publisher;

      if (publisher == NULL || *publisher == '\0' || !g_hash_table_add (seen, (gpointer) publisher))
        continue;
      g_strv_builder_add (builder, publisher);
    }
  return g_strv_builder_end (builder);
}

/* liaison-path-frames.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-path-frames.h"
#include "liaison-subset.h"

GArray *
liaison_path_frames_to_path (LiaisonDataset *dataset,
                             GArray         *frames)
{
  GArray *path = g_array_sized_new (FALSE, FALSE, sizeof (LiaisonPathStep), frames->len);

  for (guint i = 0; i < frames->len; i++)
    {
      const LiaisonPathFrame *frame = &g_array_index (frames, LiaisonPathFrame, i);
      LiaisonPathStep step = { frame->entity, LIAISON_SUBSET_END, LIAISON_PATH_UNDIRECTED };

      if (i > 0)
        {
          const LiaisonPathFrame *before = &g_array_index (frames, LiaisonPathFrame, i - 1);
          const LiaisonPathOption *taken;
          const LiaisonRelation *relation;

          taken = &g_array_index (before->options, LiaisonPathOption, before->next - 1);
          step.relation = taken->relation;
          relation = liaison_dataset_get_relation (dataset, step.relation);
          if (!relation->directed)
            step.direction = LIAISON_PATH_UNDIRECTED;
          else if (relation->from == before->entity)
            step.direction = LIAISON_PATH_FORWARD;
          else
            step.direction = LIAISON_PATH_BACKWARD;
        }

      g_array_append_val (path, step);
    }

  return path;
}

/* fuzz-investigation.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for saved investigations, which anyone may hand
 * Liaison: the reader gives an investigation or a message naming the
 * file, never both; one that reads is put onto a view of
 * tests/data/scene/dataset.json (loaded once), which lists what does not
 * match in valid UTF-8; and it is written and read back to the same
 * text, so that nothing read is lost or changed on the way out.
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "liaison-dataset-loader.h"
#include "liaison-investigation.h"

int LLVMFuzzerInitialize    (int          *argc,
                             char       ***argv);
int LLVMFuzzerTestOneInput  (const guint8 *data,
                             size_t        size);

static LiaisonDataset *dataset;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  dataset = fuzz_load_scene_dataset ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GFile) place = g_file_new_for_path ("/fuzz/case/view.liaison");
  g_autoptr(LiaisonInvestigation) investigation = NULL;
  g_autoptr(LiaisonInvestigation) again = NULL;
  g_autoptr(LiaisonViewState) state = NULL;
  g_autoptr(LiaisonPositionMemory) positions = NULL;
  g_autoptr(GPtrArray) mismatches = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GError) error = NULL;

  investigation = liaison_investigation_new_from_bytes (bytes, place, "view.liaison", &error);
  g_assert ((investigation == NULL) != (error == NULL));
  if (investigation == NULL)
    {
      g_assert (g_utf8_validate (error->message, -1, NULL));
      g_assert (g_str_has_prefix (error->message, "view.liaison"));
      return 0;
    }

  state = liaison_view_state_new (dataset);
  positions = liaison_position_memory_new (liaison_dataset_get_n_entities (dataset));
  mismatches = liaison_investigation_apply (investigation, state, positions);
  g_assert (mismatches->len <= LIAISON_INVESTIGATION_MAX_MISMATCHES + 1);
  for (guint i = 0; i < mismatches->len; i++)
    g_assert (g_utf8_validate (g_ptr_array_index (mismatches, i), -1, NULL));

  written = liaison_investigation_to_bytes (investigation, place);
  again = liaison_investigation_new_from_bytes (written, place, "view.liaison", &error);
  if (again == NULL)
    g_error ("what was written does not read back: %s", error->message);
  rewritten = liaison_investigation_to_bytes (again, place);
  g_assert (g_bytes_equal (written, rewritten));

  return 0;
}

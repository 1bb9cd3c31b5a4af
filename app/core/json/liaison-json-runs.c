/* liaison-json-runs.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hands a reader the elements of large JSON arrays a run at a time, each
 * run a json-glib tree of its own.
 *
 * json-glib has no streaming interface, and its tree of a whole file costs
 * about ten times the file. The pre-scan's outline says where each element
 * starts, so a run of elements can be cut out of the text, put between
 * brackets and parsed alone: the reader holds one small tree at a time,
 * which stays in the processor's caches while it is read and freed.
 *
 * Parsing runs ahead on a second thread was tried: json-glib takes GLib's
 * global signal lock for every member it reads, and memory freed on the
 * other thread goes back the long way, so on a busy machine two threads
 * did the same work more slowly than one.
 */

#define G_LOG_DOMAIN "liaison-json-runs"

#include "config.h"

#include <string.h>

#include "liaison-json-runs.h"

/* About this much of the file goes to json-glib at once. */
#define RUN_BYTES (64 * 1024)

typedef struct
{
  const LiaisonJsonMember *member;
  guint                    first;
  guint                    n;
} Run;

struct _LiaisonJsonRuns
{
  const char  *data;
  GArray      *runs;     /* Run */
  guint        next;     /* the run the reader takes next */
  JsonParser  *parser;
  GString     *buffer;
};

/* Where the element before @next ends: before the comma between them. */
static gsize
end_before (const char *data,
            gsize       next)
{
  gsize end = next;

  while (end > 0 && data[end - 1] != ',')
    end--;
  return end - 1;
}

static void
plan_runs (LiaisonJsonRuns         *self,
           const LiaisonJsonMember *member)
{
  const gsize *starts = (const gsize *) (gpointer) member->element_starts->data;
  guint n_elements = member->element_starts->len;

  for (guint first = 0; first < n_elements; )
    {
      Run run = { member, first, 1 };

      while (first + run.n < n_elements && starts[first + run.n] - starts[first] < RUN_BYTES)
        run.n++;
      g_array_append_val (self->runs, run);
      first += run.n;
    }
}

/* Reads the elements of the @members (arrays the outline of @data knows
 * the elements of), in order. @data and the @members must outlive the
 * result.
 */
LiaisonJsonRuns *
liaison_json_runs_new (const char                     *data,
                       const LiaisonJsonMember *const *members,
                       guint                           n_members)
{
  LiaisonJsonRuns *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (members != NULL || n_members == 0, NULL);

  self = g_new0 (LiaisonJsonRuns, 1);
  self->data = data;
  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
  self->parser = json_parser_new ();
  self->buffer = g_string_sized_new (RUN_BYTES * 2);

  for (guint i = 0; i < n_members; i++)
    {
      g_return_val_if_fail (members[i]->element_starts != NULL, self);
      plan_runs (self, members[i]);
    }

  return self;
}

/* Returns: (transfer full) (nullable): the elements of the next run, with
 * the member they belong to and the index of the first; NULL once every
 * run is read, or with @error set when json-glib refused the text.
 */
JsonArray *
liaison_json_runs_next (LiaisonJsonRuns          *self,
                        const LiaisonJsonMember **member,
                        guint                    *first,
                        GError                  **error)
{
  g_autoptr(JsonNode) root = NULL;
  const gsize *starts;
  const Run *run;
  guint last;
  gsize start, end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (first != NULL, NULL);

  if (self->next >= self->runs->len)
    return NULL;

  run = &g_array_index (self->runs, Run, self->next);
  starts = (const gsize *) (gpointer) run->member->element_starts->data;
  last = run->first + run->n;
  start = starts[run->first];

  /* Up to the array's closing bracket, or the comma before the next run. */
  if (last < run->member->element_starts->len)
    end = end_before (self->data, starts[last]);
  else
    end = run->member->end - 1;

  g_string_truncate (self->buffer, 0);
  g_string_append_c (self->buffer, '[');
  g_string_append_len (self->buffer, self->data + start, end - start);
  g_string_append_c (self->buffer, ']');

  if (!json_parser_load_from_data (self->parser, self->buffer->str, self->buffer->len, error))
    {
      /* After a failure, there is nothing more to read. */
      self->next = self->runs->len;
      return NULL;
    }

  root = json_parser_steal_root (self->parser);
  g_assert (JSON_NODE_HOLDS_ARRAY (root));
  g_assert (json_array_get_length (json_node_get_array (root)) == run->n);

  self->next++;
  *member = run->member;
  *first = run->first;

  return json_array_ref (json_node_get_array (root));
}

void
liaison_json_runs_free (LiaisonJsonRuns *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->runs);
  g_object_unref (self->parser);
  g_string_free (self->buffer, TRUE);
  g_free (self);
}

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
 * brackets and parsed alone: the reader holds a few small trees at a time,
 * which stay in the processor's caches.
 *
 * Parsing is most of the work of reading a large dataset, so a thread of
 * its own parses the runs ahead of the reader, a few at most. The reader
 * never waits for a run nobody has started: it parses that one itself.
 * With a core to spare the two share the parsing; with none, the reader
 * loses nothing.
 */

#define G_LOG_DOMAIN "liaison-json-runs"

#include "config.h"

#include <string.h>

#include "liaison-json-runs.h"

/* About this much of the file goes to json-glib at once. */
#define RUN_BYTES  (64 * 1024)
/* How far the thread may parse ahead of the reader, in runs. */
#define MAX_AHEAD  8

typedef enum
{
  RUN_WAITING,
  RUN_PARSING,
  RUN_PARSED,
} RunState;

typedef struct
{
  const LiaisonJsonMember *member;
  guint                    first;
  guint                    n;
  RunState                 state;    /* under the lock */
  JsonNode                 *root;    /* once parsed */
  GError                  *error;
} Run;

/* What one thread needs to parse. */
typedef struct
{
  JsonParser *parser;
  GString    *buffer;
} Parsing;

struct _LiaisonJsonRuns
{
  const char  *data;
  GArray      *runs;          /* Run */
  guint        next;          /* the run the reader takes next */

  Parsing      reader;
  Parsing      ahead;
  GThread     *thread;

  GMutex       lock;
  GCond        cond;
  guint        next_waiting;  /* under the lock: no run before it waits */
  gboolean     stop;          /* under the lock */
};

static void
parsing_init (Parsing *parsing)
{
  parsing->parser = json_parser_new ();
  parsing->buffer = g_string_sized_new (RUN_BYTES * 2);
}

static void
parsing_clear (Parsing *parsing)
{
  g_clear_object (&parsing->parser);
  if (parsing->buffer != NULL)
    g_string_free (parsing->buffer, TRUE);
  parsing->buffer = NULL;
}

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
      Run run = { member, first, 1, RUN_WAITING, NULL, NULL };

      while (first + run.n < n_elements && starts[first + run.n] - starts[first] < RUN_BYTES)
        run.n++;
      g_array_append_val (self->runs, run);
      first += run.n;
    }
}

/* Runs without the lock: the run is this thread's until it is parsed. */
static void
parse_run (LiaisonJsonRuns *self,
           Parsing         *parsing,
           Run             *run)
{
  const gsize *starts = (const gsize *) (gpointer) run->member->element_starts->data;
  guint last = run->first + run->n;
  gsize start = starts[run->first];
  gsize end;

  /* Up to the array's closing bracket, or the comma before the next run. */
  end = last < run->member->element_starts->len ? end_before (self->data, starts[last]) : run->member->end - 1;

  g_string_truncate (parsing->buffer, 0);
  g_string_append_c (parsing->buffer, '[');
  g_string_append_len (parsing->buffer, self->data + start, end - start);
  g_string_append_c (parsing->buffer, ']');

  if (json_parser_load_from_data (parsing->parser, parsing->buffer->str, parsing->buffer->len, &run->error))
    {
      run->root = json_parser_steal_root (parsing->parser);
      g_assert (JSON_NODE_HOLDS_ARRAY (run->root));
      g_assert (json_array_get_length (json_node_get_array (run->root)) == run->n);
    }
}

static gpointer
parse_ahead_thread (gpointer data)
{
  LiaisonJsonRuns *self = data;

  g_mutex_lock (&self->lock);

  for (;;)
    {
      Run *run;
      guint i;

      while (self->next_waiting < self->runs->len &&
             g_array_index (self->runs, Run, self->next_waiting).state != RUN_WAITING)
        self->next_waiting++;
      i = self->next_waiting;

      if (self->stop || i >= self->runs->len)
        break;
      if (i >= self->next + MAX_AHEAD)
        {
          g_cond_wait (&self->cond, &self->lock);
          continue;
        }

      run = &g_array_index (self->runs, Run, i);
      run->state = RUN_PARSING;
      g_mutex_unlock (&self->lock);

      parse_run (self, &self->ahead, run);

      g_mutex_lock (&self->lock);
      run->state = RUN_PARSED;
      g_cond_broadcast (&self->cond);
    }

  g_mutex_unlock (&self->lock);

  return NULL;
}

/* Parses the elements of the @members (arrays the outline of @data knows
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
  parsing_init (&self->reader);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);

  for (guint i = 0; i < n_members; i++)
    {
      g_return_val_if_fail (members[i]->element_starts != NULL, self);
      plan_runs (self, members[i]);
    }

  /* A small file is read before a thread would have started. */
  if (self->runs->len > 1)
    {
      parsing_init (&self->ahead);
      self->thread = g_thread_new ("liaison-json-runs", parse_ahead_thread, self);
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
  JsonArray *array;
  Run *run;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (first != NULL, NULL);

  if (self->next >= self->runs->len)
    return NULL;

  run = &g_array_index (self->runs, Run, self->next);

  g_mutex_lock (&self->lock);
  if (run->state == RUN_WAITING)
    {
      run->state = RUN_PARSING;
      g_mutex_unlock (&self->lock);

      parse_run (self, &self->reader, run);

      g_mutex_lock (&self->lock);
      run->state = RUN_PARSED;
    }
  while (run->state != RUN_PARSED)
    g_cond_wait (&self->cond, &self->lock);
  /* After a failure, there is nothing more to read. */
  self->next = run->root != NULL ? self->next + 1 : self->runs->len;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);

  if (run->root == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&run->error));
      return NULL;
    }

  *member = run->member;
  *first = run->first;
  array = json_array_ref (json_node_get_array (run->root));
  g_clear_pointer (&run->root, json_node_unref);

  return array;
}

void
liaison_json_runs_free (LiaisonJsonRuns *self)
{
  if (self == NULL)
    return;

  if (self->thread != NULL)
    {
      g_mutex_lock (&self->lock);
      self->stop = TRUE;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->thread);
    }

  for (guint i = 0; i < self->runs->len; i++)
    {
      Run *run = &g_array_index (self->runs, Run, i);

      g_clear_pointer (&run->root, json_node_unref);
      g_clear_error (&run->error);
    }

  g_array_unref (self->runs);
  parsing_clear (&self->reader);
  parsing_clear (&self->ahead);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self);
}

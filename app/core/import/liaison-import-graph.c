/* liaison-import-graph.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A graph held as a front end reads it, then given to the dataset builder
 * in the order the builder takes: title, entities, relations. Formats of
 * XML put these in any order, and the builder checks every reference once
 * all entities are known.
 */

#define G_LOG_DOMAIN "liaison-import"

#include "config.h"

#include <string.h>

#include "liaison-dataset-builder.h"
#include "liaison-import-graph.h"

#define STRING(s) ((LiaisonValue) { LIAISON_VALUE_STRING, (s) })
#define OPTIONAL_STRING(s) ((s) != NULL ? STRING (s) : (LiaisonValue) { LIAISON_VALUE_ABSENT, NULL })

typedef struct
{
  guint       line;
  guint       column;
  const char *member;
  const char *message;
} Problem;

LiaisonGraphBuffer *
liaison_graph_buffer_new (void)
{
  LiaisonGraphBuffer *self = g_new0 (LiaisonGraphBuffer, 1);

  self->strings = g_string_chunk_new (64 * 1024);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (LiaisonGraphNode));
  self->edges = g_array_new (FALSE, FALSE, sizeof (LiaisonGraphEdge));
  self->attributes = g_array_new (FALSE, FALSE, sizeof (LiaisonAttribute));
  self->problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  self->notes = g_array_new (FALSE, FALSE, sizeof (Problem));

  return self;
}

void
liaison_graph_buffer_free (LiaisonGraphBuffer *self)
{
  if (self == NULL)
    return;

  g_string_chunk_free (self->strings);
  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_array_unref (self->attributes);
  g_array_unref (self->problems);
  g_array_unref (self->notes);
  g_free (self);
}

/* Returns: @text, copied into the buffer; NULL for NULL. */
const char *
liaison_graph_buffer_keep (LiaisonGraphBuffer *self,
                           const char         *text)
{
  return text != NULL ? g_string_chunk_insert (self->strings, text) : NULL;
}

void
liaison_graph_buffer_set_title (LiaisonGraphBuffer *self,
                                const char         *title,
                                guint               line)
{
  self->title = liaison_graph_buffer_keep (self, title);
  self->title_line = line;
}

void
liaison_graph_buffer_set_description (LiaisonGraphBuffer *self,
                                      const char         *description,
                                      guint               line)
{
  self->description = liaison_graph_buffer_keep (self, description);
  self->description_line = line;
}

void
liaison_graph_buffer_add_problem (LiaisonGraphBuffer *self,
                                  guint               line,
                                  guint               column,
                                  const char         *member,
                                  const char         *message)
{
  Problem problem = { line, column, liaison_graph_buffer_keep (self, member),
                      liaison_graph_buffer_keep (self, message) };

  g_array_append_val (self->problems, problem);
}

void
liaison_graph_buffer_add_note (LiaisonGraphBuffer *self,
                               guint               line,
                               const char         *message)
{
  Problem note = { line, 0, NULL, liaison_graph_buffer_keep (self, message) };

  g_array_append_val (self->notes, note);
}

typedef struct
{
  const LiaisonImportInput *input;
  double                    base;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->input->progress (progress->base + (1.0 - progress->base) * fraction,
                             progress->input->progress_data);
}

static const LiaisonAttribute *
attributes_of (LiaisonGraphBuffer *self,
               guint               first,
               guint               n)
{
  return n > 0 ? &g_array_index (self->attributes, LiaisonAttribute, first) : NULL;
}

/**
 * liaison_graph_buffer_build:
 * @progress_base: how much of the input's progress reading the file took
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set to the
 *   problems the builder found, or to a cancellation
 */
LiaisonDataset *
liaison_graph_buffer_build (LiaisonGraphBuffer        *self,
                            const LiaisonImportInput  *input,
                            double                     progress_base,
                            GError                   **error)
{
  g_autoptr(LiaisonDatasetBuilder) builder = liaison_dataset_builder_new (input->display_name);
  Progress progress = { input, progress_base };

  liaison_dataset_builder_set_cancellable (builder, input->cancellable);
  if (input->progress != NULL)
    liaison_dataset_builder_set_progress (builder, self->nodes->len + self->edges->len, progress_cb, &progress);

  if (self->title != NULL)
    {
      LiaisonLocation location = liaison_location_line (self->title_line, 0);
      LiaisonValue title = STRING (self->title);

      liaison_dataset_builder_set_title (builder, &location, &title);
    }
  if (self->description != NULL)
    {
      LiaisonLocation location = liaison_location_line (self->description_line, 0);
      LiaisonValue description = STRING (self->description);

      liaison_dataset_builder_set_description (builder, &location, &description);
    }

  for (guint i = 0; i < self->problems->len; i++)
    {
      const Problem *problem = &g_array_index (self->problems, Problem, i);
      LiaisonLocation location = liaison_location_line (problem->line, problem->column);

      liaison_dataset_builder_add_problem (builder, &location, problem->member, "%s", problem->message);
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const LiaisonGraphNode *node = &g_array_index (self->nodes, LiaisonGraphNode, i);
      LiaisonLocation location = liaison_location_line (node->line, node->column);
      LiaisonEntityInput entity = { { 0 } };

      entity.id = OPTIONAL_STRING (node->id);
      /* Most graphs name their nodes by id alone. */
      if (node->label != NULL)
        entity.label = STRING (node->label);
      else if (node->id != NULL)
        entity.name = STRING (node->id);
      entity.type = OPTIONAL_STRING (node->type);
      entity.description = OPTIONAL_STRING (node->description);
      entity.details.attribute_items = attributes_of (self, node->first_attribute, node->n_attributes);
      entity.details.n_attribute_items = node->n_attributes;
      entity.has_position = node->has_position;
      entity.x = node->x;
      entity.y = node->y;

      if (!liaison_dataset_builder_add_entity (builder, &location, &entity))
        break;
    }

  for (guint i = 0; i < self->edges->len; i++)
    {
      const LiaisonGraphEdge *edge = &g_array_index (self->edges, LiaisonGraphEdge, i);
      LiaisonLocation location = liaison_location_line (edge->line, edge->column);
      LiaisonRelationInput relation = { { 0 } };

      relation.id = OPTIONAL_STRING (edge->id);
      relation.from = OPTIONAL_STRING (edge->source);
      relation.to = OPTIONAL_STRING (edge->target);
      relation.type = OPTIONAL_STRING (edge->type);
      relation.label = OPTIONAL_STRING (edge->label);
      relation.date = OPTIONAL_STRING (edge->date);
      relation.description = OPTIONAL_STRING (edge->description);
      relation.directed = (LiaisonValue) { LIAISON_VALUE_BOOLEAN, edge->directed ? "true" : "false" };
      relation.details.attribute_items = attributes_of (self, edge->first_attribute, edge->n_attributes);
      relation.details.n_attribute_items = edge->n_attributes;

      if (!liaison_dataset_builder_add_relation (builder, &location, &relation))
        break;
    }

  for (guint i = 0; i < self->notes->len; i++)
    {
      const Problem *note = &g_array_index (self->notes, Problem, i);
      LiaisonLocation location = liaison_location_line (note->line, 0);

      liaison_dataset_builder_add_note (builder, note->line > 0 ? &location : NULL, "%s", note->message);
    }

  return liaison_dataset_builder_finish (builder, error);
}

/* Whether @text reads as a JSON number, which a value of a numeric type is
 * kept as.
 */
gboolean
liaison_text_is_json_number (const char *text)
{
  const char *p = text;

  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (g_ascii_isdigit (*p))
      p++;
  else
    return FALSE;

  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

void
liaison_append_json_string (GString    *out,
                            const char *text)
{
  static const char hex[] = "0123456789abcdef";

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20)
        {
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xf]);
        }
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

/* liaison-dataset-builder-sources.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a dataset declares before its entities and relations: its title,
 * the sources that evidence cites, and the types with their styles.
 */

#define G_LOG_DOMAIN "liaison-dataset"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-dataset-builder-private.h"
#include "liaison-style.h"

void
liaison_dataset_builder_set_title (LiaisonDatasetBuilder *self,
                                   const LiaisonLocation *location,
                                   const LiaisonValue    *title)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (location != NULL);
  g_return_if_fail (title != NULL);

  self->contents.title = keep_member (self, title, location, "title");
}

void
liaison_dataset_builder_set_description (LiaisonDatasetBuilder *self,
                                         const LiaisonLocation *location,
                                         const LiaisonValue    *description)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (location != NULL);
  g_return_if_fail (description != NULL);

  self->contents.description = keep_member (self, description, location, "description");
}

static gboolean
is_web_link (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && host[0] != '\0';
}

void
liaison_dataset_builder_add_source (LiaisonDatasetBuilder    *self,
                                    const LiaisonLocation    *location,
                                    const LiaisonSourceInput *input)
{
  LiaisonSource source = { NULL };
  const char *id;
  const char *url;

  g_return_if_fail (self != NULL);
  g_return_if_fail (location != NULL);
  g_return_if_fail (input != NULL);

  id = liaison_dataset_builder_read_required_string (self, &input->id, location, "id");
  source.id = liaison_string_store_intern (self->store, id);
  source.title = keep_member (self, &input->title, location, "title");
  source.publisher = keep_member (self, &input->publisher, location, "publisher");
  source.author = keep_member (self, &input->author, location, "author");
  source.date = liaison_dataset_builder_read_date (self, &input->date, location);
  source.description = keep_member (self, &input->description, location, "description");

  url = liaison_dataset_builder_read_string (self, &input->url, location, "url");
  if (url != NULL && url[0] != '\0')
    {
      if (!is_web_link (url))
        {
          g_autofree char *shown = liaison_problems_quote_if_shown (&self->problems, url);

          if (shown != NULL)
            liaison_problems_add (&self->problems, location, "url",
                                  _("%s is not an http or https link"), shown);
        }
      else
        source.url = liaison_string_store_add (self->store, url);
    }

  if (source.id == NULL)
    return;
  if (!liaison_dataset_builder_register_id (self, &self->source_ids, source.id,
                                            self->contents.sources->len, location))
    return;

  g_array_append_val (self->contents.sources, source);
}

static void
add_type (LiaisonDatasetBuilder  *self,
          const LiaisonLocation  *location,
          const LiaisonTypeInput *input,
          gboolean                is_entity)
{
  GArray *types;
  IdTable *table;
  LiaisonTypeStyle style = { NULL };
  const char *id;
  const char *color;

  /* The checks of both public calls. */
  g_return_if_fail (self != NULL);
  g_return_if_fail (location != NULL);
  g_return_if_fail (input != NULL);
  g_return_if_fail (!self->types_settled);

  types = is_entity ? self->contents.entity_types : self->contents.relation_types;
  table = is_entity ? &self->entity_type_ids : &self->relation_type_ids;
  id = liaison_dataset_builder_read_required_string (self, &input->id, location, "id");
  style.id = liaison_string_store_intern (self->store, id);
  style.label = keep_member (self, &input->label, location, "label");
  style.declared = TRUE;

  color = liaison_dataset_builder_read_string (self, &input->color, location, "color");
  if (color != NULL)
    {
      g_autofree char *normalized = liaison_style_normalize_color (color);

      if (normalized == NULL)
        {
          g_autofree char *shown = liaison_problems_quote_if_shown (&self->problems, color);

          if (shown != NULL)
            liaison_problems_add (&self->problems, location, "color",
                                  _("%s is not a colour (use #RRGGBB, #RRGGBBAA or a CSS colour name)"),
                                  shown);
        }
      else
        style.color = liaison_string_store_intern (self->store, normalized);
    }

  if (is_entity)
    {
      const char *shape = liaison_dataset_builder_read_string (self, &input->shape, location,
                                                               "shape");

      if (shape != NULL && !liaison_style_is_allowed_shape (shape))
        {
          g_autofree char *shown = liaison_problems_quote_if_shown (&self->problems, shape);

          if (shown != NULL)
            {
              const char *const *shapes = liaison_style_get_allowed_shapes ();
              g_autofree char *allowed = g_strjoinv (", ", (char **) shapes);

              liaison_problems_add (&self->problems, location, "shape",
                                    _("%s is not an allowed shape (use one of: %s)"), shown, allowed);
            }
        }
      else
        style.shape = liaison_string_store_intern (self->store, shape);
    }
  else
    {
      const char *line_style = liaison_dataset_builder_read_string (self, &input->style, location,
                                                                    "style");

      if (line_style != NULL && !liaison_style_is_allowed_line_style (line_style))
        {
          g_autofree char *shown = liaison_problems_quote_if_shown (&self->problems, line_style);

          if (shown != NULL)
            liaison_problems_add (&self->problems, location, "style",
                                  _("%s is not a line style (use solid, dashed, dotted or bold)"),
                                  shown);
        }
      else
        style.line_style = liaison_string_store_intern (self->store, line_style);
    }

  if (style.id == NULL)
    return;
  if (!liaison_dataset_builder_register_id (self, table, style.id, types->len, location))
    return;

  if (style.label == NULL || style.label[0] == '\0')
    style.label = style.id;
  style.index = types->len;
  g_array_append_val (types, style);
}

void
liaison_dataset_builder_add_entity_type (LiaisonDatasetBuilder  *self,
                                         const LiaisonLocation  *location,
                                         const LiaisonTypeInput *type)
{
  add_type (self, location, type, TRUE);
}

void
liaison_dataset_builder_add_relation_type (LiaisonDatasetBuilder  *self,
                                           const LiaisonLocation  *location,
                                           const LiaisonTypeInput *type)
{
  add_type (self, location, type, FALSE);
}


/* liaison-element-id.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-element-id"

#include "config.h"

#include <string.h>

#include "liaison-element-id.h"

#define ENTITY_PREFIX   "entity-"
#define RELATION_PREFIX "relation-"

static gboolean
is_kept (guchar c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '.';
}

/* @prefix, then @id with every byte but A-Z, a-z, 0-9, "-" and "." as
 * "_" and two hex digits: a name safe in any of the formats it goes to.
 */
char *
liaison_element_id_encode (const char *prefix,
                           const char *id)
{
  static const char hex[] = "0123456789abcdef";
  GString *out;

  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  out = g_string_sized_new (strlen (id) + 16);
  g_string_append (out, prefix);

  for (const guchar *p = (const guchar *) id; *p != '\0'; p++)
    {
      if (is_kept (*p))
        g_string_append_c (out, *p);
      else
        {
          g_string_append_c (out, '_');
          g_string_append_c (out, hex[*p >> 4]);
          g_string_append_c (out, hex[*p & 0xf]);
        }
    }

  return g_string_free (out, FALSE);
}

char *
liaison_element_id_new (LiaisonElementKind  kind,
                        const char         *id)
{
  return liaison_element_id_encode (kind == LIAISON_ELEMENT_ENTITY ? ENTITY_PREFIX : RELATION_PREFIX, id);
}

gboolean
liaison_element_id_parse (const char          *element_id,
                          LiaisonElementKind  *kind,
                          char               **id)
{
  const char *p;
  GString *out;

  g_return_val_if_fail (element_id != NULL, FALSE);

  if (g_str_has_prefix (element_id, ENTITY_PREFIX))
    {
      *kind = LIAISON_ELEMENT_ENTITY;
      p = element_id + strlen (ENTITY_PREFIX);
    }
  else if (g_str_has_prefix (element_id, RELATION_PREFIX))
    {
      *kind = LIAISON_ELEMENT_RELATION;
      p = element_id + strlen (RELATION_PREFIX);
    }
  else
    return FALSE;

  out = g_string_new (NULL);
  for (; *p != '\0'; p++)
    {
      int hi, lo;

      if (is_kept (*p))
        {
          g_string_append_c (out, *p);
          continue;
        }

      if (*p != '_' || (hi = g_ascii_xdigit_value (p[1])) < 0 || (lo = g_ascii_xdigit_value (p[2])) < 0 ||
          (hi << 4 | lo) == 0 || is_kept (hi << 4 | lo) || g_ascii_isupper (p[1]) || g_ascii_isupper (p[2]))
        {
          g_string_free (out, TRUE);
          return FALSE;
        }

      g_string_append_c (out, hi << 4 | lo);
      p += 2;
    }

  /* Only what liaison_element_id_new() writes parses: one spelling an id. */
  if (out->len == 0 || !g_utf8_validate (out->str, out->len, NULL))
    {
      g_string_free (out, TRUE);
      return FALSE;
    }

  *id = g_string_free (out, FALSE);
  return TRUE;
}

/* liaison-text-cursor.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A position in a byte buffer, for the quick looks the importers take at a
 * file before (or instead of) parsing it: telling its format, finding its
 * DOCTYPE. Never reads past @end.
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct
{
  const char *p;
  const char *end;
} LiaisonCursor;

static inline gboolean
liaison_cursor_at (const LiaisonCursor *c,
                   const char          *text)
{
  gsize n = strlen (text);

  return c->p <= c->end && (gsize) (c->end - c->p) >= n && memcmp (c->p, text, n) == 0;
}

static inline void
liaison_cursor_skip_space (LiaisonCursor *c)
{
  while (c->p < c->end && g_ascii_isspace (*c->p))
    c->p++;
}

/* Moves past @text, or to the end when it never comes. */
static inline void
liaison_cursor_skip_past (LiaisonCursor *c,
                          const char    *text)
{
  gsize n = strlen (text);

  while (c->p < c->end && !liaison_cursor_at (c, text))
    c->p++;
  c->p = MIN (c->p + n, c->end);
}

G_END_DECLS

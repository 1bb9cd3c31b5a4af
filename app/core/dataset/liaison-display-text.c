/* liaison-display-text.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-display-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-display-text.h"

/* A run this long with nowhere to break gets a zero-width space. */
#define MAX_UNBROKEN_CHARS 64

/* Returns: (transfer full): @text as a wrapping label can show it.
 *
 * Pango breaks a word too long for its line by shaping it again for each
 * line it fills, so a label of 20,000 letters and no space froze the
 * window for minutes, and a string of a few mebibytes would never come
 * back. Long runs get zero-width spaces to break at, which change nothing
 * on screen, and a text past LIAISON_MAX_DISPLAY_CHARS is cut, saying how
 * much is left out.
 */
char *
liaison_display_text (const char *text)
{
  GString *out;
  guint run = 0, n_chars = 0;
  const char *p;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text) + 16);
  for (p = text; *p != '\0' && n_chars < LIAISON_MAX_DISPLAY_CHARS; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        run = 0;
      else if (++run > MAX_UNBROKEN_CHARS)
        {
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      g_string_append_unichar (out, c);
    }

  if (*p != '\0')
    {
      glong rest = g_utf8_strlen (p, -1);

      /* TRANSLATORS: after a text cut short, how much of it is not shown */
      g_string_append_printf (out, ngettext ("… (%ld more character)", "… (%ld more characters)", rest), rest);
    }

  return g_string_free (out, FALSE);
}

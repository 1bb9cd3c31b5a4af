/* main.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liaison-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = NULL;
  const char *localedir;

  /* The build tree's translations, for "meson devenv" and the tests. */
  localedir = g_getenv ("LIAISON_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = liaison_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}

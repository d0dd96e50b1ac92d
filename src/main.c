/* main.c: the roundtable executable
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "app/rt-application.h"
#include "cli/rt-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RtApplication) app = NULL;
  gboolean handled = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* --export, --validate and the like run with no display at all. */
  status = rt_cli_run (argc, argv, &handled);
  if (handled)
    return status;

  app = rt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

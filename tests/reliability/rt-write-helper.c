/* rt-write-helper.c: writes made-up maps for the reliability tests
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   rt-write-helper N SEED OUT
 *       writes a map shaped like a long workshop, of about N placed nodes,
 *       to OUT with the app's own save.
 */
#include "config.h"

#include <stdlib.h>

#include "io/rt-save.h"
#include "render/rt-sample-map.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = NULL;

  if (argc != 4 || atoi (argv[1]) <= 0)
    {
      g_printerr ("usage: %s N SEED OUT\n", argv[0]);
      return 2;
    }

  doc = rt_sample_map_new ((guint) atoi (argv[1]), (guint32) atoi (argv[2]), TRUE);
  out = g_file_new_for_path (argv[3]);
  if (!rt_save_file (doc, out, FALSE, NULL, &error))
    {
      g_printerr ("rt-write-helper: %s\n", error->message);
      return 1;
    }
  return 0;
}

/* sample-map.c: writes a map with every field of the format, for the
 * schema test (build-aux/validate-schema.sh)
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "io/rt-xml-writer.h"
#include "random-map.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUT.roundtable\n", argv[0]);
      return 2;
    }

  doc = random_map_new (rand, 9, 300, FALSE);
  bytes = rt_xml_write_bytes (doc);
  if (!g_file_set_contents (argv[1], g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

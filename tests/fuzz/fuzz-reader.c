/* fuzz-reader.c: libFuzzer target for the map reader
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input may be refused, but never crash, leak or hang the reader; and
 * whatever it accepts must write back, read again to an equal map and
 * write the same bytes twice. Built with -Dfuzzing=true as a libFuzzer
 * target; otherwise as a program that runs the files or folders it is
 * given through the same checks (the fuzz-corpus test).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/rt-xml-reader.h"
#include "io/rt-xml-writer.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(RtDocument) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *why = NULL;

  doc = rt_xml_read_memory ((const char *) data, size, "fuzz.roundtable", &error);
  if (doc == NULL)
    {
      /* A refusal always says which file. */
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.roundtable"))
        abort ();
      return 0;
    }

  first = rt_xml_write_bytes (doc);
  again = rt_xml_read_memory (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                              "written.roundtable", &error);
  if (again == NULL)
    g_error ("a written map was refused: %s", error->message);
  if (!rt_document_equal (doc, again, &why))
    g_error ("the written map differs: %s", why);
  second = rt_xml_write_bytes (again);
  if (!g_bytes_equal (first, second))
    g_error ("writing the map again gave other bytes");
  return 0;
}

#ifdef FUZZ_STANDALONE
static int
run_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    {
      g_printerr ("cannot read %s\n", path);
      return 1;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int failed = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          failed |= run_file (argv[i]);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);

          failed |= run_file (path);
        }
    }
  return failed;
}
#endif

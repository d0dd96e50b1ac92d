/* fuzz-opml.c: libFuzzer target for the OPML reader and writer
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input may be refused, but never crash, leak or hang the reader; what
 * it accepts must save as a map, and must come back unchanged from an
 * OPML file of its own.
 */
#include "config.h"

#include "io/rt-opml.h"
#include "fuzz-interop.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(RtDocument) back = NULL;
  g_autoptr(GBytes) bytes = NULL;

  doc = rt_opml_read_memory ((const char *) data, size, "fuzz.opml", &error);
  if (doc == NULL)
    {
      fuzz_check_refusal (error, "fuzz.opml");
      return 0;
    }
  fuzz_check_savable (doc);

  bytes = rt_opml_write (doc);
  back = rt_opml_read_memory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              "written.opml", &error);
  if (back == NULL)
    fuzz_fail ("a written OPML file was refused: %s", error->message);
  fuzz_check_match (doc, back, FALSE);
  return 0;
}

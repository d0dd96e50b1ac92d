/* fuzz-freemind.c: libFuzzer target for the FreeMind reader and writer
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input may be refused, but never crash, leak or hang the reader; what
 * it accepts must save as a map, and must come back from a .mm of its own
 * with everything but the white space of notes unchanged.
 */
#include "config.h"

#include "io/rt-freemind.h"
#include "fuzz-interop.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(RtDocument) back = NULL;
  g_autoptr(RtDocument) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  doc = rt_freemind_read_memory ((const char *) data, size, "fuzz.mm", &error);
  if (doc == NULL)
    {
      fuzz_check_refusal (error, "fuzz.mm");
      return 0;
    }
  fuzz_check_savable (doc);

  first = rt_freemind_write (doc);
  back = rt_freemind_read_memory (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                                  "written.mm", &error);
  if (back == NULL)
    fuzz_fail ("a written .mm was refused: %s", error->message);
  fuzz_check_match (doc, back, TRUE);

  /* Once through HTML, notes stay as they are. */
  second = rt_freemind_write (back);
  again = rt_freemind_read_memory (g_bytes_get_data (second, NULL), g_bytes_get_size (second),
                                   "written.mm", &error);
  if (again == NULL)
    fuzz_fail ("a written .mm was refused: %s", error->message);
  fuzz_check_match (back, again, FALSE);
  return 0;
}

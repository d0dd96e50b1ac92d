/* fuzz-text.c: libFuzzer target for the text outline (the clipboard)
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any text may be refused, but never crash, leak or hang the parser; what
 * it accepts must save as a map, and writing it as an outline and pasting
 * that again must give the same nodes, kinds, authors and links. The text
 * is pasted twice: alone, and into a map with people whose names it may
 * end with.
 */
#include "config.h"

#include "io/rt-text-outline.h"
#include "fuzz-interop.h"

static RtDocument *
people_map (void)
{
  static const char *const names[] = { "Ben Okafor", "A", "x (y)", " ()" };
  RtDocument *doc = rt_document_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);

      rt_document_take_person (doc, rt_person_new (id, names[i]));
    }
  return doc;
}

static void
paste_twice (const char *data,
             size_t      size,
             RtDocument *people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(RtDocument) back = NULL;
  g_autofree char *text = NULL;

  doc = rt_text_outline_parse (data, size, people, &error);
  if (doc == NULL)
    {
      fuzz_check_refusal (error, "The pasted text");
      return;
    }
  fuzz_check_savable (doc);

  text = rt_text_outline_write (doc, NULL);
  /* Indentation can make the written text longer than may be pasted. */
  if (strlen (text) > RT_TEXT_OUTLINE_MAX_SIZE)
    return;
  back = rt_text_outline_parse (text, -1, doc, &error);
  if (back == NULL)
    fuzz_fail ("a written outline was refused: %s", error->message);
  fuzz_check_match (doc, back, FALSE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RtDocument) people = people_map ();

  paste_twice ((const char *) data, size, NULL);
  paste_twice ((const char *) data, size, people);
  return 0;
}

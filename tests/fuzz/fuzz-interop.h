/* fuzz-interop.h: what the importers' fuzz targets check
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by fuzz-freemind.c, fuzz-opml.c and fuzz-text.c. Whatever an
 * importer accepts must be a map Roundtable can save and read back
 * unchanged, and must survive being written in the same format and read
 * again. With FUZZ_STANDALONE the target is a program that runs the files
 * or folders it is given through the same checks (the fuzz-corpus tests).
 */
#pragma once

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

/* abort(), not g_error()'s trap, so that libFuzzer keeps the input. */
#define fuzz_fail(...) G_STMT_START { g_printerr (__VA_ARGS__); g_printerr ("\n"); abort (); } G_STMT_END

/* A refusal always names the input. */
static inline void
fuzz_check_refusal (GError     *error,
                    const char *name)
{
  if (error == NULL || !g_str_has_prefix (error->message, name))
    abort ();
}

/* What was imported saves as a map and reads back equal. */
static inline void
fuzz_check_savable (RtDocument *doc)
{
  g_autoptr(GBytes) bytes = rt_xml_write_bytes (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) back = NULL;
  g_autofree char *why = NULL;

  back = rt_xml_read_memory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             "saved.roundtable", &error);
  if (back == NULL)
    fuzz_fail ("an imported map could not be read back: %s", error->message);
  if (!rt_document_equal (doc, back, &why))
    fuzz_fail ("an imported map read back differs: %s", why);
}

/* text without any white space, for texts that went through HTML. */
static inline char *
fuzz_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00a0)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static inline void
fuzz_check_text (const char *what,
                 const char *a,
                 const char *b,
                 gboolean    loose)
{
  g_autofree char *sa = NULL;
  g_autofree char *sb = NULL;

  if (!loose)
    {
      if (g_strcmp0 (a, b) != 0)
        fuzz_fail ("%s: “%s” became “%s”", what, a, b);
      return;
    }
  sa = fuzz_squeeze (a);
  sb = fuzz_squeeze (b);
  if (strcmp (sa, sb) != 0)
    fuzz_fail ("%s: “%s” became “%s”", what, a, b);
}

/* a and b hold the same map, but for the order of nodes and links and,
 * when loose, the white space of details and description. */
static inline void
fuzz_check_match (RtDocument *a,
                  RtDocument *b,
                  gboolean    loose)
{
  if (g_strcmp0 (rt_document_get_title (a), rt_document_get_title (b)) != 0 ||
      rt_document_get_created (a) != rt_document_get_created (b) ||
      rt_document_get_modified_time (a) != rt_document_get_modified_time (b))
    fuzz_fail ("the map's title or times changed");
  fuzz_check_text ("description", rt_document_get_description (a),
                   rt_document_get_description (b), loose);

  if (rt_document_get_n_people (a) != rt_document_get_n_people (b))
    fuzz_fail ("%u people became %u", rt_document_get_n_people (a), rt_document_get_n_people (b));
  for (guint i = 0; i < rt_document_get_n_people (a); i++)
    if (!rt_person_equal (rt_document_get_person (a, i), rt_document_get_person (b, i)))
      fuzz_fail ("person %s changed", rt_document_get_person (a, i)->id);

  if (rt_document_get_n_nodes (a) != rt_document_get_n_nodes (b))
    fuzz_fail ("%u nodes became %u", rt_document_get_n_nodes (a), rt_document_get_n_nodes (b));
  for (guint i = 0; i < rt_document_get_n_nodes (a); i++)
    {
      const RtNode *na = rt_document_get_node (a, i);
      const RtNode *nb = rt_document_lookup_node (b, na->id);
      g_autoptr(RtNode) ca = NULL;
      g_autoptr(RtNode) cb = NULL;

      if (nb == NULL)
        fuzz_fail ("node %s is gone", na->id);
      fuzz_check_text ("details", na->details, nb->details, loose);
      ca = rt_node_copy (na);
      cb = rt_node_copy (nb);
      g_clear_pointer (&ca->details, g_free);
      g_clear_pointer (&cb->details, g_free);
      if (!rt_node_equal (ca, cb))
        fuzz_fail ("node %s changed", na->id);
    }

  if (rt_document_get_n_links (a) != rt_document_get_n_links (b))
    fuzz_fail ("%u links became %u", rt_document_get_n_links (a), rt_document_get_n_links (b));
  for (guint i = 0; i < rt_document_get_n_links (a); i++)
    {
      const RtLink *la = rt_document_get_link (a, i);
      const RtLink *lb = rt_document_find_link (b, la->from, la->to, la->kind);

      if (lb == NULL || !rt_link_equal (la, lb))
        fuzz_fail ("the link from %s to %s changed", la->from, la->to);
    }
}

#ifdef FUZZ_STANDALONE
static int
fuzz_run_file (const char *path)
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
          failed |= fuzz_run_file (argv[i]);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);

          failed |= fuzz_run_file (path);
        }
    }
  return failed;
}
#endif

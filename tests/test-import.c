/* test-import.c: opening a file of any format Roundtable reads
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "io/rt-freemind.h"
#include "io/rt-import.h"
#include "io/rt-io-error.h"
#include "io/rt-opml.h"
#include "test-interop.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("roundtable-import-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
}

/* A copy of a source file under another name, in the fixture's folder. */
static char *
copy_as (Fixture    *f,
         const char *source,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return path;
}

static char *
write_as (Fixture    *f,
          const char *contents,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_by_extension (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *example = g_build_filename (SOURCE_ROOT, "data", "examples",
                                               "saturday-library.roundtable", NULL);
  g_autofree char *mm = g_build_filename (TEST_DATA_DIR, "freemind", "car-park-freemind.mm",
                                          NULL);
  g_autofree char *opml = g_build_filename (TEST_DATA_DIR, "opml", "car-park.opml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(RtDocument) expected = NULL;

  g_assert_cmpint (rt_io_guess_format (example), ==, RT_FILE_FORMAT_ROUNDTABLE);
  g_assert_cmpint (rt_io_guess_format (mm), ==, RT_FILE_FORMAT_FREEMIND);
  g_assert_cmpint (rt_io_guess_format (opml), ==, RT_FILE_FORMAT_OPML);
  g_assert_cmpint (rt_io_guess_format ("/no/such/MAP.MM"), ==, RT_FILE_FORMAT_FREEMIND);

  doc = rt_io_read_any (example, &error);
  g_assert_no_error (error);
  expected = rt_xml_read_file (example, NULL);
  g_assert_true (rt_document_equal (doc, expected, NULL));
  g_clear_object (&doc);
  g_clear_object (&expected);

  doc = rt_io_read_any (mm, &error);
  g_assert_no_error (error);
  expected = rt_freemind_read_file (mm, NULL);
  g_assert_true (rt_document_equal (doc, expected, NULL));
  g_clear_object (&doc);
  g_clear_object (&expected);

  doc = rt_io_read_any (opml, &error);
  g_assert_no_error (error);
  expected = rt_opml_read_file (opml, NULL);
  g_assert_true (rt_document_equal (doc, expected, NULL));
}

static void
test_by_content (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *example = g_build_filename (SOURCE_ROOT, "data", "examples",
                                               "meeting-load.roundtable", NULL);
  g_autofree char *mm = g_build_filename (TEST_DATA_DIR, "freemind", "car-park-freeplane.mm",
                                          NULL);
  g_autofree char *opml = g_build_filename (TEST_DATA_DIR, "opml", "reading-list-1.0.opml",
                                            NULL);
  g_autofree char *as_xml = copy_as (f, example, "meeting.xml");
  g_autofree char *as_bak = copy_as (f, mm, "car-park.bak");
  g_autofree char *as_txt = copy_as (f, opml, "reading");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;

  g_assert_cmpint (rt_io_guess_format (as_xml), ==, RT_FILE_FORMAT_ROUNDTABLE);
  g_assert_cmpint (rt_io_guess_format (as_bak), ==, RT_FILE_FORMAT_FREEMIND);
  g_assert_cmpint (rt_io_guess_format (as_txt), ==, RT_FILE_FORMAT_OPML);

  doc = rt_io_read_any (as_xml, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_document_get_title (doc), !=, NULL);
  g_clear_object (&doc);
  doc = rt_io_read_any (as_bak, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 9);
  g_clear_object (&doc);
  doc = rt_io_read_any (as_txt, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 6);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *html = write_as (f, "<html><body>Not a map</body></html>", "page.xml");
  g_autofree char *text = write_as (f, "Just some words", "notes.txt");
  g_autofree char *empty = write_as (f, "", "empty.dat");
  g_autofree char *missing = g_build_filename (f->dir, "missing.xml", NULL);
  g_autofree char *wrong = write_as (f, "<opml><body/></opml>", "wrong.mm");
  g_autofree char *entities = write_as (f, "<!DOCTYPE map [ <!ENTITY a \"x\"> ]>\n<map/>",
                                        "entities.xml");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rt_io_guess_format (html), ==, RT_FILE_FORMAT_UNKNOWN);
  g_assert_null (rt_io_read_any (html, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "page.xml: this is not a file Roundtable can open: it starts with <html>. "
                   "Roundtable opens its own maps, FreeMind and Freeplane maps and OPML "
                   "outlines.");
  g_clear_error (&error);

  g_assert_null (rt_io_read_any (text, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "notes.txt"));
  g_clear_error (&error);

  g_assert_null (rt_io_read_any (empty, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_PARSE);
  g_clear_error (&error);

  g_assert_null (rt_io_read_any (missing, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (rt_io_read_any (entities, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_UNSAFE);
  g_clear_error (&error);

  /* The extension decides; the reader then says what the file is not. */
  g_assert_null (rt_io_read_any (wrong, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "wrong.mm, line 1: this is not a FreeMind map: it starts with <opml> instead "
                   "of <map>.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/by-extension", Fixture, NULL, fixture_set_up, test_by_extension,
              fixture_tear_down);
  g_test_add ("/import/by-content", Fixture, NULL, fixture_set_up, test_by_content,
              fixture_tear_down);
  g_test_add ("/import/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);

  return g_test_run ();
}

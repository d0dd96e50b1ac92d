/* test-xml-reader.c: reading maps, and refusing every file FORMAT.md says
 * to refuse
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "io/rt-io-error.h"
#include "io/rt-xml-reader.h"

static char *
format_example (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "docs", "FORMAT.md", NULL);
  g_autofree char *contents = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  start = strstr (contents, "```xml\n");
  g_assert_nonnull (start);
  start += strlen ("```xml\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

static RtDocument *
read_string (const char *xml,
             GError    **error)
{
  return rt_xml_read_memory (xml, strlen (xml), "test.roundtable", error);
}

static void
test_example (void)
{
  g_autofree char *xml = format_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (xml, &error);
  const RtPerson *person;
  const RtNode *node;
  const RtStance *stance;
  const RtLink *link;
  gint64 t;

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  g_assert_cmpstr (rt_document_get_title (doc), ==, "Saturday opening of the branch library");
  g_assert_cmpstr (rt_document_get_description (doc), ==, "Staff and neighbours, 24 November");
  g_assert_true (rt_time_parse ("2026-11-24T18:00:00Z", &t));
  g_assert_cmpint (rt_document_get_created (doc), ==, t);
  g_assert_true (rt_time_parse ("2026-11-24T19:42:10Z", &t));
  g_assert_cmpint (rt_document_get_modified_time (doc), ==, t);

  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 3);
  person = rt_document_get_person (doc, 0);
  g_assert_cmpstr (person->id, ==, "p1");
  g_assert_cmpstr (person->name, ==, "Amira Haddad");
  g_assert_cmpstr (person->color, ==, "#1c71d8");
  g_assert_cmpint (person->role, ==, RT_ROLE_FACILITATOR);
  g_assert_true (person->present);
  person = rt_document_get_person (doc, 2);
  g_assert_cmpint (person->role, ==, RT_ROLE_PARTICIPANT);
  g_assert_false (person->present);

  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 3);
  node = rt_document_get_node (doc, 0);
  g_assert_cmpstr (node->id, ==, "n1");
  g_assert_cmpint (node->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (node->status, ==, RT_STATUS_OPEN);
  g_assert_true (node->has_position);
  g_assert_false (node->pinned);
  g_assert_cmpstr (node->text, ==, "Who staffs the library on Saturdays?");
  g_assert_null (node->details);

  node = rt_document_get_node (doc, 1);
  g_assert_cmpint (node->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (node->status, ==, RT_STATUS_ADOPTED);
  g_assert_cmpfloat (node->x, ==, 260);
  g_assert_cmpfloat (node->y, ==, -40);
  g_assert_true (node->pinned);
  g_assert_cmpstr (node->by, ==, "p3");
  g_assert_cmpstr (node->modified_by, ==, "p1");
  g_assert_true (rt_time_parse ("2026-11-24T18:30:00Z", &t));
  g_assert_cmpint (node->modified, ==, t);
  g_assert_cmpstr (node->details, ==, "Neighbours sign up for one Saturday a month.");
  g_assert_cmpuint (node->credits->len, ==, 1);
  g_assert_cmpstr (node->credits->pdata[0], ==, "p2");
  g_assert_cmpuint (node->stances->len, ==, 2);
  stance = node->stances->pdata[0];
  g_assert_cmpstr (stance->person, ==, "p3");
  g_assert_cmpint (stance->level, ==, RT_STANCE_COMMIT);
  g_assert_cmpstr (stance->due, ==, "2026-12-01");
  g_assert_cmpstr (stance->text, ==, "I will draft the rota");
  stance = node->stances->pdata[1];
  g_assert_cmpint (stance->level, ==, RT_STANCE_AGREE);
  g_assert_null (stance->text);
  g_assert_null (stance->due);

  node = rt_document_get_node (doc, 2);
  g_assert_cmpint (node->kind, ==, RT_NODE_CON);
  g_assert_cmpint (node->status, ==, RT_STATUS_NONE);
  g_assert_false (node->has_position);

  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 2);
  link = rt_document_get_link (doc, 1);
  g_assert_cmpstr (link->from, ==, "n3");
  g_assert_cmpstr (link->to, ==, "n2");
  g_assert_cmpint (link->kind, ==, RT_LINK_OPPOSES);
  g_assert_cmpstr (link->by, ==, "p1");
  g_assert_true (rt_time_parse ("2026-11-24T18:07:02Z", &t));
  g_assert_cmpint (link->created, ==, t);
  g_assert_false (rt_document_get_modified (doc));
}

static GPtrArray *
list_files (const char *subdir)
{
  g_autofree char *dir_path = g_build_filename (TEST_DATA_DIR, subdir, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".roundtable"))
      g_ptr_array_add (files, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);
  return files;
}

static void
test_valid_corpus (void)
{
  g_autoptr(GPtrArray) files = list_files ("valid");
  g_autoptr(GPtrArray) lenient = list_files ("lenient");

  g_assert_cmpuint (files->len, >=, 4);
  g_ptr_array_extend_and_steal (files, g_steal_pointer (&lenient));
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDocument) doc = rt_xml_read_file (files->pdata[i], &error);

      g_test_message ("%s", (char *) files->pdata[i]);
      g_assert_no_error (error);
      g_assert_true (RT_IS_DOCUMENT (doc));
    }
}

static int
code_from_name (const char *name)
{
  static const char *const names[] = {
    "PARSE", "INVALID", "VERSION", "LIMIT", "UNSAFE", "IO", "NOT_FOUND",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (name, names[i]) == 0)
      return (int) i;
  g_assert_not_reached ();
}

/* Each invalid file says on its second line what it must be refused with:
 * <!-- expect: CODE line N: words of the message --> */
static void
test_invalid_corpus (void)
{
  g_autoptr(GPtrArray) files = list_files ("invalid");
  g_autoptr(GRegex) regex = g_regex_new ("<!-- expect: ([A-Z_]+) line ([0-9]+): (.*) -->",
                                         0, 0, NULL);

  g_assert_cmpuint (files->len, >=, 50);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autofree char *contents = NULL;
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *code = NULL, *line = NULL, *fragment = NULL, *prefix = NULL;
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) memory_error = NULL;
      g_autoptr(RtDocument) doc = NULL;
      g_autoptr(RtDocument) memory_doc = NULL;
      gsize len;
      gint64 start = g_get_monotonic_time ();

      g_test_message ("%s", name);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_true (g_regex_match (regex, contents, 0, &match));
      code = g_match_info_fetch (match, 1);
      line = g_match_info_fetch (match, 2);
      fragment = g_match_info_fetch (match, 3);

      doc = rt_xml_read_file (path, &error);
      g_assert_null (doc);
      g_assert_error (error, RT_IO_ERROR, code_from_name (code));
      if (strcmp (line, "0") == 0)
        prefix = g_strdup_printf ("%s: ", name);
      else
        prefix = g_strdup_printf ("%s, line %s: ", name, line);
      g_test_message ("  %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_assert_nonnull (strstr (error->message, fragment));
      /* What to do: in the message for a version, else in the advice. */
      if (error->code == RT_IO_ERROR_VERSION)
        {
          g_assert_null (rt_io_error_get_advice (error));
          g_assert_true (strstr (error->message, "text editor") != NULL ||
                         strstr (error->message, "Update Roundtable") != NULL);
        }
      else
        g_assert_nonnull (rt_io_error_get_advice (error));

      /* Reading from memory says the same. */
      memory_doc = rt_xml_read_memory (contents, len, name, &memory_error);
      g_assert_null (memory_doc);
      g_assert_error (memory_error, RT_IO_ERROR, code_from_name (code));
      g_assert_cmpstr (memory_error->message, ==, error->message);

      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
    }
}

static void
assert_refused (const char *data,
                gsize       len,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  gint64 start = g_get_monotonic_time ();

  doc = rt_xml_read_memory (data, len, "hostile.roundtable", &error);
  g_assert_null (doc);
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_error (error, RT_IO_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "hostile.roundtable"));
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_deep_nesting (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<roundtable version=\"1\">\n");
  guint depth = 100000;

  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "<a>");
  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "</a>");
  g_string_append (xml, "</roundtable>\n");
  assert_refused (xml->str, xml->len, RT_IO_ERROR_LIMIT, "nested more than 64 levels");
  g_string_free (xml, TRUE);
}

static void
test_depth_limit (void)
{
  g_autoptr(GString) ok = g_string_new ("<roundtable version=\"1\">");
  g_autoptr(GString) deep = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;

  /* 64 levels, the root included, are fine; 65 are not. */
  for (guint i = 1; i < 64; i++)
    g_string_append (ok, "<a>");
  for (guint i = 1; i < 64; i++)
    g_string_append (ok, "</a>");
  g_string_append (ok, "</roundtable>");
  doc = read_string (ok->str, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);

  deep = g_string_new ("<roundtable version=\"1\">");
  for (guint i = 1; i < 65; i++)
    g_string_append (deep, "<a>");
  for (guint i = 1; i < 65; i++)
    g_string_append (deep, "</a>");
  g_string_append (deep, "</roundtable>");
  assert_refused (deep->str, deep->len, RT_IO_ERROR_LIMIT, "nested more than 64 levels");
}

static void
test_long_text (void)
{
  GString *xml = g_string_new ("<roundtable version=\"1\"><nodes><node id=\"n1\" kind=\"note\">"
                               "<text>");
  g_autoptr(GString) attribute = NULL;

  for (guint i = 0; i < 2 * 1024 * 1024; i += 16)
    g_string_append (xml, "sixteen chars.. ");
  g_string_append (xml, "</text></node></nodes></roundtable>");
  assert_refused (xml->str, xml->len, RT_IO_ERROR_LIMIT, "longer than 1 MiB");
  g_string_free (xml, TRUE);

  attribute = g_string_new ("<roundtable version=\"1\"><people><person id=\"p1\" name=\"");
  for (guint i = 0; i < 2 * 1024 * 1024; i += 16)
    g_string_append (attribute, "sixteen chars.. ");
  g_string_append (attribute, "\"/></people></roundtable>");
  assert_refused (attribute->str, attribute->len, RT_IO_ERROR_LIMIT, "longer than 1 MiB");
}

static void
test_text_just_under_limit (void)
{
  GString *xml = g_string_new ("<roundtable version=\"1\"><nodes><node id=\"n1\" kind=\"note\">"
                               "<text>");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (xml, 'a' + i % 26);
  g_string_append (xml, "</text></node></nodes></roundtable>");
  doc = rt_xml_read_memory (xml->str, xml->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rt_document_get_node (doc, 0)->text), ==, 1024 * 1024);
  g_string_free (xml, TRUE);
}

static void
test_encodings (void)
{
  static const char bad_utf8[] = "<roundtable version=\"1\"><meta><title>caf\xe9</title></meta>"
                                 "</roundtable>";
  static const char latin1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                               "<roundtable version=\"1\"><meta><title>caf\xe9</title></meta>"
                               "</roundtable>";
  static const char nul[] = "<roundtable version=\"1\"><meta><title>a\0b</title></meta>"
                            "</roundtable>";
  static const char utf16[] = "\xff\xfe<\0r\0o\0u\0n\0d\0t\0a\0b\0l\0e\0/\0>\0";
  static const char overlong[] = "<roundtable version=\"1\"><meta><title>\xc0\xaf</title></meta>"
                                 "</roundtable>";
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;

  assert_refused (bad_utf8, sizeof bad_utf8 - 1, RT_IO_ERROR_PARSE, "not valid UTF-8");
  assert_refused (latin1, sizeof latin1 - 1, RT_IO_ERROR_PARSE, "not valid UTF-8");
  assert_refused (nul, sizeof nul - 1, RT_IO_ERROR_PARSE, "line 1");
  assert_refused (utf16, sizeof utf16 - 1, RT_IO_ERROR_PARSE, "not valid UTF-8");
  assert_refused (overlong, sizeof overlong - 1, RT_IO_ERROR_PARSE, "not valid UTF-8");
  assert_refused ("", 0, RT_IO_ERROR_PARSE, "empty");
  assert_refused ("   \n", 4, RT_IO_ERROR_PARSE, "empty");
  assert_refused ("<!-- only a comment -->", 23, RT_IO_ERROR_PARSE, "hostile.roundtable");

  /* A byte-order mark is still UTF-8. */
  doc = read_string ("\xef\xbb\xbf<roundtable version=\"1\"/>", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rt-reader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_file_and_dir (const char *path,
                     const char *dir)
{
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_files (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.roundtable", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.roundtable", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.roundtable", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  FILE *f;

  /* Over 256 MiB: a sparse file costs no disk. */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  fputs ("<roundtable version=\"1\">", f);
  g_assert_cmpint (ftruncate (fileno (f), 257 * 1024 * 1024), ==, 0);
  fclose (f);
  doc = rt_xml_read_file (path, &error);
  g_assert_null (doc);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, "big.roundtable: "));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  doc = rt_xml_read_file (empty, &error);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);

  doc = rt_xml_read_file (missing, &error);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND);
  /* What happened, and what to do. */
  g_assert_cmpstr (error->message, ==, "missing.roundtable: there is no such file. Check the "
                                       "file’s name and folder: it may have been moved, renamed "
                                       "or deleted.");
  g_assert_null (rt_io_error_get_advice (error));
  g_clear_error (&error);

  doc = rt_xml_read_file (dir, &error);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "this is a folder, not a map. Choose a map inside "
                                            "the folder."));
  g_clear_error (&error);

  g_unlink (empty);
  remove_file_and_dir (path, dir);
}

static void
test_big_line_numbers (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<roundtable version=\"1\">\n  <nodes>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  guint line = 3;

  /* libxml2 keeps element lines in 16 bits; the reader must not. */
  for (guint i = 0; i < 35000; i++, line += 2)
    g_string_append_printf (xml, "    <node id=\"n%u\" kind=\"note\">\n"
                                 "    <text>Note</text></node>\n", i);
  g_string_append (xml, "    <node id=\"n7\" kind=\"note\"><text/></node>\n");
  line++;
  g_string_append (xml, "  </nodes>\n</roundtable>\n");

  doc = rt_xml_read_memory (xml->str, xml->len, "long.roundtable", &error);
  g_assert_null (doc);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (line, >, 65535);
  {
    g_autofree char *prefix = g_strdup_printf ("long.roundtable, line %u: ", line);

    g_assert_true (g_str_has_prefix (error->message, prefix));
  }
  g_string_free (xml, TRUE);
}

static void
test_missing_color (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (
    "<roundtable version=\"1\"><people>"
    "<person id=\"a\" name=\"A\" color=\"#1C71D8\"/>"
    "<person id=\"b\" name=\"B\"/>"
    "<person id=\"c\" name=\"C\"/>"
    "</people></roundtable>", &error);
  const char *b, *c;

  g_assert_no_error (error);
  /* Colors are kept in lower case; missing ones come from the palette,
   * different from each other and from those in use. */
  g_assert_cmpstr (rt_document_get_person (doc, 0)->color, ==, "#1c71d8");
  b = rt_document_get_person (doc, 1)->color;
  c = rt_document_get_person (doc, 2)->color;
  g_assert_true (rt_color_is_valid (b));
  g_assert_true (rt_color_is_valid (c));
  g_assert_cmpstr (b, !=, "#1c71d8");
  g_assert_cmpstr (c, !=, "#1c71d8");
  g_assert_cmpstr (b, !=, c);
}

static void
test_texts_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (
    "<roundtable version=\"1\"><nodes>"
    "<node id=\"n1\" kind=\"note\"><text>  two  spaces </text>"
    "<details>a<![CDATA[<b> & ]]>c&#10;&#13;d\n\te</details></node>"
    "<node id=\"n2\" kind=\"note\"><text/><details/></node>"
    "<node id=\"n3\" kind=\"note\"/>"
    "</nodes></roundtable>", &error);
  const RtNode *node;

  g_assert_no_error (error);
  node = rt_document_get_node (doc, 0);
  g_assert_cmpstr (node->text, ==, "  two  spaces ");
  g_assert_cmpstr (node->details, ==, "a<b> & c\n\rd\n\te");
  node = rt_document_get_node (doc, 1);
  g_assert_cmpstr (node->text, ==, "");
  g_assert_cmpstr (node->details, ==, "");
  node = rt_document_get_node (doc, 2);
  g_assert_cmpstr (node->text, ==, "");
  g_assert_null (node->details);
}

static void
test_order_free (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "lenient",
                                            "sections-out-of-order.roundtable", NULL);
  g_autofree char *example = format_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) shuffled = rt_xml_read_file (path, &error);
  g_autoptr(RtDocument) doc = read_string (example, NULL);
  g_autofree char *why = NULL;

  /* The same map as FORMAT.md's example, sections and children in another
   * order, times with offsets and fractions, colors in upper case. */
  g_assert_no_error (error);
  g_assert_true (rt_document_equal (doc, shuffled, &why));
}

static gpointer
read_in_thread (gpointer data)
{
  const char *xml = data;

  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDocument) doc = rt_xml_read_memory (xml, strlen (xml), NULL, &error);
      g_autoptr(RtDocument) bad = rt_xml_read_memory ("<roundtable>", 12, NULL, &error);

      if (doc == NULL || bad != NULL || rt_document_get_n_nodes (doc) != 3)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  g_autofree char *xml = format_example ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_in_thread, xml);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

static void
test_ignored (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE roundtable>\n"
    "<?roundtable-hint x?>\n"
    "<roundtable version=\"1\" xmlns:future=\"urn:future\" future:flag=\"1\" extra=\"2\">\n"
    "<future:people><person id=\"ghost\" name=\"Ghost\"/></future:people>\n"
    "<people><person id=\"p1\" name=\"A\" mood=\"good\"/><node id=\"x\" kind=\"note\"/></people>\n"
    "<nodes><node id=\"n1\" kind=\"note\" weight=\"3\"><text>t<em>ignored</em>u</text>"
    "<attachment><text>not a node text</text></attachment>"
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" "
    "parse=\"text\"/></node></nodes>\n"
    "<links><link from=\"n1\" to=\"n1\" kind=\"relates-to\" xmlns=\"urn:other\"/></links>\n"
    "<layout><node id=\"n1\" kind=\"note\"/></layout>\n"
    "</roundtable>\n", &error);
  const RtNode *node;

  /* Unknown attributes and elements (and namespaced ones, even a link
   * that would be refused) are passed over. */
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 1);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 1);
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 0);
  node = rt_document_get_node (doc, 0);
  g_assert_cmpstr (node->text, ==, "tu");
}

static void
test_prolog (void)
{
  GString *long_prolog = g_string_new ("<?xml version=\"1.0\"?>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  static const char *const refused[] = {
    /* The subset ends only at the real ']'. */
    "<!DOCTYPE roundtable [\n<!ATTLIST roundtable a CDATA \"]>\">\n"
    "<!ENTITY x \"y\">\n]>\n<roundtable version=\"1\"/>",
    "<!-- <!DOCTYPE not this one> -->\n<!DOCTYPE roundtable [ <!ENTITY % p \"\"> ]>"
    "<roundtable version=\"1\"/>",
    "<?xml version=\"1.0\"?><!DOCTYPE roundtable SYSTEM \"roundtable.dtd\">"
    "<roundtable version=\"1\"/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    assert_refused (refused[i], strlen (refused[i]), RT_IO_ERROR_UNSAFE, "hostile.roundtable");

  /* A DOCTYPE without entities or an outside DTD is harmless. */
  doc = read_string ("<!DOCTYPE roundtable [\n<!-- no <!ENTITY here --> "
                     "<!ELEMENT roundtable ANY>\n]>\n<roundtable version=\"1\"/>", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);

  /* The start of a file is not a place to hide megabytes. */
  while (long_prolog->len <= 64 * 1024)
    g_string_append (long_prolog, "<!-- a comment that goes on and on and on -->\n");
  g_string_append (long_prolog, "<roundtable version=\"1\"/>\n");
  assert_refused (long_prolog->str, long_prolog->len, RT_IO_ERROR_LIMIT, "64 KiB");
  g_string_free (long_prolog, TRUE);

  /* Read from a file in pieces, the declaration comes well after the
   * first piece and is still refused before libxml2 sees it. */
  {
    g_autofree char *dir = temp_dir ();
    g_autofree char *path = g_build_filename (dir, "late.roundtable", NULL);
    GString *late = g_string_new ("<!DOCTYPE roundtable [\n");

    for (guint i = 0; i < 300; i++)
      g_string_append (late, "<!-- padding padding padding padding -->\n");
    g_string_append (late, "<!ENTITY a \"b\">\n]>\n<roundtable version=\"1\">&a;</roundtable>\n");
    g_assert_true (g_file_set_contents (path, late->str, late->len, NULL));
    doc = rt_xml_read_file (path, &error);
    g_assert_null (doc);
    g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_UNSAFE);
    g_assert_cmpstr (error->message, ==, "late.roundtable, line 1: the file declares entities "
                                         "(named pieces of text), which Roundtable does not "
                                         "accept, to keep your computer safe.");
    g_assert_cmpstr (rt_io_error_get_advice (error), ==,
                     "Ask whoever made the file for a copy without such definitions.");
    g_string_free (late, TRUE);
    remove_file_and_dir (path, dir);
  }
}

static void
test_times (void)
{
  static const char *const times[] = {
    "2026-11-24T18:03:12Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z",
    "2000-02-29T00:00:00Z", "1900-02-28T23:59:59Z", "0004-02-29T01:02:03Z",
    /* refused by both */
    "2023-02-29T12:00:00Z", "1900-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
    "2026-00-10T00:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T18:60:00Z",
    "2026-11-24T18:03:60Z", "0000-01-01T00:00:00Z", "2026-11-31T00:00:00Z",
    /* other spellings, left to rt_time_parse */
    "2026-11-24T18:03:12.5Z", "2026-11-24T19:03:12+01:00", "2026-11-24t18:03:12z",
  };

  /* The reader's quick path for written times agrees with the model. */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<roundtable version=\"1\"><meta><created>%s"
                                              "</created></meta></roundtable>", times[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDocument) doc = read_string (xml, &error);
      gint64 expected = RT_TIME_NONE;
      gboolean valid = rt_time_parse (times[i], &expected);

      g_test_message ("%s", times[i]);
      g_assert_cmpint (doc != NULL, ==, valid);
      if (valid)
        g_assert_cmpint (rt_document_get_created (doc), ==, expected);
      else
        g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xml-reader/example", test_example);
  g_test_add_func ("/xml-reader/valid-corpus", test_valid_corpus);
  g_test_add_func ("/xml-reader/invalid-corpus", test_invalid_corpus);
  g_test_add_func ("/xml-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/xml-reader/depth-limit", test_depth_limit);
  g_test_add_func ("/xml-reader/long-text", test_long_text);
  g_test_add_func ("/xml-reader/text-just-under-limit", test_text_just_under_limit);
  g_test_add_func ("/xml-reader/encodings", test_encodings);
  g_test_add_func ("/xml-reader/files", test_files);
  g_test_add_func ("/xml-reader/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/xml-reader/missing-color", test_missing_color);
  g_test_add_func ("/xml-reader/texts-kept", test_texts_kept);
  g_test_add_func ("/xml-reader/order-free", test_order_free);
  g_test_add_func ("/xml-reader/threads", test_threads);
  g_test_add_func ("/xml-reader/ignored", test_ignored);
  g_test_add_func ("/xml-reader/prolog", test_prolog);
  g_test_add_func ("/xml-reader/times", test_times);

  return g_test_run ();
}

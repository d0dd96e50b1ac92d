/* test-opml.c: OPML outlines, read and written
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "io/rt-import-xml.h"
#include "io/rt-io-error.h"
#include "io/rt-opml.h"
#include "test-interop.h"

static RtDocument *
read_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "opml", name, NULL);
  g_autoptr(GError) error = NULL;
  RtDocument *doc = rt_opml_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static RtDocument *
read_string (const char *opml,
             GError    **error)
{
  return rt_opml_read_memory (opml, strlen (opml), "test.opml", error);
}

static RtDocument *
through_opml (RtDocument *doc)
{
  g_autoptr(GBytes) bytes = rt_opml_write (doc);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  RtDocument *back = rt_opml_read_memory (data, size, "export.opml", &error);

  g_assert_no_error (error);
  g_assert_nonnull (back);
  return back;
}

static void
test_new_and_free (void)
{
  RtDocument *doc = read_string ("<opml version=\"2.0\"><head/><body>"
                                 "<outline text=\"Alone\"/></body></opml>", NULL);

  g_assert_nonnull (doc);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 1);
  g_assert_finalize_object (doc);
}

static void
test_read_2_0 (void)
{
  g_autoptr(RtDocument) doc = read_fixture ("car-park.opml");
  const RtNode *question, *rent, *permits, *costs, *permit, *bus;

  g_assert_cmpstr (rt_document_get_title (doc), ==, "Parking at the community centre");
  g_assert_cmpint (rt_document_get_created (doc), ==, 1700000000);
  /* 23:21:40 +0100 is 22:21:40 UTC. */
  g_assert_cmpint (rt_document_get_modified_time (doc), ==, 1700000500);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 9);
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 0);

  question = interop_find_text (doc, "Where do visitors park on market days?");
  rent = interop_find_text (doc, "Rent the school car park on Saturdays");
  permits = interop_find_text (doc, "Ask the council for residents' permits");
  costs = interop_find_text (doc, "Costs");
  permit = interop_find_text (doc, "How much is a permit?");
  bus = interop_find_text (doc, "Bus timetable: route 12 stops outside");

  g_assert_cmpint (question->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (question->created, ==, 1700000100);
  g_assert_cmpint (rent->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (rent->details, ==, "The school asked £40 a day.\nAsk Mr Patel.");
  g_assert_cmpint (interop_find_text (doc, "Two minutes' walk")->kind, ==, RT_NODE_PRO);
  g_assert_cmpint (interop_find_text (doc, "Insurance costs extra")->kind, ==, RT_NODE_CON);
  g_assert_cmpint (interop_find_text (doc, "The caretaker lives next door")->kind, ==,
                   RT_NODE_PRO);
  g_assert_cmpint (permits->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (permits->details, ==, "https://example.org/permits");
  g_assert_cmpint (costs->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (permit->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (bus->kind, ==, RT_NODE_NOTE);

  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 6);
  g_assert_true (interop_has_link (doc, "Rent the school car park on Saturdays",
                                   "Where do visitors park on market days?",
                                   RT_LINK_RESPONDS_TO));
  g_assert_true (interop_has_link (doc, "Insurance costs extra",
                                   "Rent the school car park on Saturdays", RT_LINK_OPPOSES));
  g_assert_true (interop_has_link (doc, "How much is a permit?", "Costs",
                                   RT_LINK_ARISES_FROM));
}

static void
test_read_1_0 (void)
{
  g_autoptr(RtDocument) doc = read_fixture ("reading-list-1.0.opml");
  const RtNode *review;

  g_assert_cmpstr (rt_document_get_title (doc), ==,
                   "Branch library: what to read before the workshop");
  /* 15:04:05 PST is 23:04:05 UTC. */
  g_assert_cmpint (rt_document_get_created (doc), ==, 1136243045);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 6);
  g_assert_cmpint (interop_find_text (doc, "Why did Saturday opening stop")->kind, ==,
                   RT_NODE_PROBLEM);
  g_assert_cmpint (interop_find_text (doc, "Staff contracts")->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (interop_find_text (doc, "Monday to Friday only")->kind, ==, RT_NODE_PRO);
  review = interop_find_text (doc, "Library service review");
  g_assert_cmpstr (review->details, ==, "https://example.org/review.xml\n\n"
                                        "https://example.org/review");
  g_assert_true (interop_has_link (doc, "Monday to Friday only", "Staff contracts",
                                   RT_LINK_SUPPORTS));
}

static void
check_round_trip (const char *example)
{
  g_autoptr(RtDocument) doc = interop_load_example (example);
  g_autoptr(RtDocument) back = through_opml (doc);
  g_autoptr(GBytes) first = rt_opml_write (doc);
  g_autoptr(GBytes) second = rt_opml_write (back);

  interop_assert_maps_match (doc, back);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_round_trip_saturday (void)
{
  check_round_trip ("saturday-library.roundtable");
}

static void
test_round_trip_meeting (void)
{
  check_round_trip ("meeting-load.roundtable");
}

static void
test_awkward_round_trip (void)
{
  g_autoptr(RtDocument) doc = interop_awkward_map ();
  g_autoptr(RtDocument) back = through_opml (doc);

  interop_assert_maps_match (doc, back);
}

static guint
count_outlines (xmlNodePtr element)
{
  guint n = 0;

  for (xmlNodePtr child = element->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST "outline"))
      n += 1 + count_outlines (child);
  return n;
}

static void
test_export_well_formed (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("saturday-library.roundtable");
  g_autoptr(GBytes) bytes = rt_opml_write (doc);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDocPtr xml = xmlReadMemory (data, (int) size, "export.opml", NULL, XML_PARSE_NONET);
  xmlNodePtr root, head = NULL, body = NULL;
  xmlChar *version;
  guint n_people = 0;

  g_assert_nonnull (xml);
  root = xmlDocGetRootElement (xml);
  g_assert_cmpstr ((char *) root->name, ==, "opml");
  version = xmlGetProp (root, BAD_CAST "version");
  g_assert_cmpstr ((char *) version, ==, "2.0");
  xmlFree (version);

  for (xmlNodePtr child = root->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST "head"))
      head = child;
    else if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST "body"))
      body = child;
  g_assert_nonnull (head);
  g_assert_nonnull (body);

  for (xmlNodePtr child = head->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child->ns != NULL &&
        xmlStrEqual (child->ns->href, BAD_CAST RT_OPML_NAMESPACE) &&
        xmlStrEqual (child->name, BAD_CAST "person"))
      n_people++;
  g_assert_cmpuint (n_people, ==, rt_document_get_n_people (doc));
  g_assert_cmpuint (count_outlines (body), ==, rt_document_get_n_nodes (doc));
  xmlFreeDoc (xml);
}

static void
test_edited_export (void)
{
  const char *opml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<opml version=\"2.0\" xmlns:rt=\"" RT_OPML_NAMESPACE "\">\n"
    "<head><title>Our <b>map</b></title>\n"
    "<rt:person id=\"p1\" name=\"Amira Haddad\" color=\"#1C71D8\" role=\"facilitator\"/>\n"
    "<rt:person id=\"p1\" name=\"Amira again\"/>\n"
    "<rt:person id=\"p2\" name=\"   \"/>\n"
    "<rt:person id=\"p3\" name=\"Chen Wei\" color=\"blue\" present=\"false\"/>\n"
    "<rt:description>What we said</rt:description>\n"
    "</head>\n"
    "<body>\n"
    "<outline text=\"Who staffs Saturdays?\" roundtable-id=\"n1\" roundtable-kind=\"problem\""
    " roundtable-by=\"p1\" roundtable-status=\"adopted\" roundtable-modified=\"2026-11-24T19:00:00Z\">\n"
    "<outline text=\"A volunteer rota\" roundtable-id=\"n2\" roundtable-kind=\"response\""
    " roundtable-link=\"relates-to:p3:20261124T180000Z\""
    " roundtable-links=\"n1:arises-from; n9:supports; n2:opposes\""
    " roundtable-credits=\"p3; p1; p3; p9\" roundtable-by=\"p1\">\n"
    "<outline text=\"Typed elsewhere\"/>\n"
    "</outline>\n"
    "</outline>\n"
    "<outline/>\n"
    "</body>\n"
    "</opml>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (opml, &error);
  const RtNode *problem, *rota, *typed, *empty;
  const RtLink *link;

  g_assert_no_error (error);
  /* Markup inside the title is left out. */
  g_assert_cmpstr (rt_document_get_title (doc), ==, "Our ");
  g_assert_cmpstr (rt_document_get_description (doc), ==, "What we said");
  /* The second p1 and a person with no name are left out; a color that is
   * no color is replaced. */
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 2);
  g_assert_cmpstr (rt_document_get_person (doc, 0)->color, ==, "#1c71d8");
  g_assert_cmpint (rt_document_get_person (doc, 0)->role, ==, RT_ROLE_FACILITATOR);
  g_assert_cmpstr (rt_document_get_person (doc, 1)->name, ==, "Chen Wei");
  g_assert_true (rt_color_is_valid (rt_document_get_person (doc, 1)->color));
  g_assert_false (rt_document_get_person (doc, 1)->present);

  problem = rt_document_lookup_node (doc, "n1");
  /* adopted is no status of a problem. */
  g_assert_cmpint (problem->status, ==, RT_STATUS_OPEN);
  g_assert_cmpint (problem->modified, ==, 1795546800);
  rota = rt_document_lookup_node (doc, "n2");
  /* The author is never credited too; unknown people are left out. */
  g_assert_cmpuint (rota->credits->len, ==, 1);
  g_assert_cmpstr (rota->credits->pdata[0], ==, "p3");
  link = rt_document_find_link (doc, "n2", "n1", RT_LINK_RELATES_TO);
  g_assert_nonnull (link);
  g_assert_cmpstr (link->by, ==, "p3");
  g_assert_cmpint (link->created, ==, 1795543200);
  g_assert_nonnull (rt_document_find_link (doc, "n2", "n1", RT_LINK_ARISES_FROM));
  typed = interop_find_text (doc, "Typed elsewhere");
  g_assert_cmpint (typed->kind, ==, RT_NODE_PRO);
  empty = rt_document_get_node (doc, 3);
  g_assert_cmpstr (empty->text, ==, "");
  g_assert_cmpint (empty->kind, ==, RT_NODE_PROBLEM);
  /* Links to no node and to itself are dropped. */
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 3);
}

static void
test_file_round_trip (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("saturday-library.roundtable");
  g_autoptr(RtDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("roundtable-opml-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "saturday.opml", NULL);
  g_assert_true (rt_opml_write_file (doc, path, &error));
  g_assert_no_error (error);
  back = rt_opml_read_file (path, &error);
  g_assert_no_error (error);
  interop_assert_maps_match (doc, back);
  g_assert_cmpint (g_unlink (path), ==, 0);

  g_assert_null (rt_opml_read_file (path, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "saturday.opml: "));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_refused (const char *opml,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  RtDocument *doc = read_string (opml, &error);

  g_assert_null (doc);
  g_assert_error (error, RT_IO_ERROR, code);
  if (message != NULL && strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static char *
nested_outlines (guint levels)
{
  GString *opml = g_string_new ("<opml version=\"2.0\">\n<body>\n");

  for (guint i = 0; i < levels; i++)
    g_string_append_printf (opml, "<outline text=\"Level %u\">\n", i);
  for (guint i = 0; i < levels; i++)
    g_string_append (opml, "</outline>\n");
  g_string_append (opml, "</body>\n</opml>\n");
  return g_string_free (opml, FALSE);
}

static void
test_refuse (void)
{
  g_autofree char *deepest = nested_outlines (RT_IMPORT_MAX_LEVELS);
  g_autofree char *too_deep = nested_outlines (RT_IMPORT_MAX_LEVELS + 1);
  g_autofree char *long_text = interop_repeat ('x', RT_IMPORT_MAX_TEXT + 1);
  g_autofree char *huge_note = g_strdup_printf ("<opml><body>\n<outline _note=\"%s\"/>"
                                                "</body></opml>", long_text);
  g_autofree char *huge_title = g_strdup_printf ("<opml><head>\n<title>%s</title></head>"
                                                 "</opml>", long_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (deepest, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, RT_IMPORT_MAX_LEVELS);

  assert_refused (too_deep, RT_IO_ERROR_LIMIT,
                  "test.opml, line 203: the outlines are nested more than 200 levels deep.");
  assert_refused (huge_note, RT_IO_ERROR_LIMIT, "line 2: the attribute “_note”");
  assert_refused (huge_title, RT_IO_ERROR_LIMIT, "line 2: a text is longer than 1 MiB.");
  assert_refused ("<rss version=\"2.0\"/>", RT_IO_ERROR_INVALID,
                  "test.opml, line 1: this is not an OPML outline: it starts with <rss> instead "
                  "of <opml>.");
  assert_refused ("<!DOCTYPE opml [ <!ENTITY a \"aaaa\"> <!ENTITY b \"&a;&a;&a;&a;\"> ]>\n"
                  "<opml><body><outline text=\"&b;\"/></body></opml>",
                  RT_IO_ERROR_UNSAFE, "test.opml, line 1: the file declares entities");
  assert_refused ("<opml>\n<body>\n<outline text=\"a&nbsp;b\"/></body></opml>",
                  RT_IO_ERROR_PARSE, "test.opml, line 3: the file uses “&nbsp;”");
  assert_refused ("<opml><body><outline text=\"x\"></body></opml>", RT_IO_ERROR_PARSE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/opml/new-and-free", test_new_and_free);
  g_test_add_func ("/opml/read/opml-2.0", test_read_2_0);
  g_test_add_func ("/opml/read/opml-1.0", test_read_1_0);
  g_test_add_func ("/opml/read/edited-export", test_edited_export);
  g_test_add_func ("/opml/round-trip/saturday-library", test_round_trip_saturday);
  g_test_add_func ("/opml/round-trip/meeting-load", test_round_trip_meeting);
  g_test_add_func ("/opml/round-trip/awkward-text", test_awkward_round_trip);
  g_test_add_func ("/opml/round-trip/file", test_file_round_trip);
  g_test_add_func ("/opml/write/well-formed", test_export_well_formed);
  g_test_add_func ("/opml/refuse", test_refuse);

  return g_test_run ();
}

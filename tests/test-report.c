/* test-report.c: the Markdown workshop report
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli/rt-report.h"
#include "io/rt-io-error.h"
#include "io/rt-xml-reader.h"
#include "model/rt-types.h"

static void
add_person (RtDocument *doc,
            const char *id,
            const char *name,
            gboolean    present)
{
  RtPerson *person = rt_person_new (id, name);

  person->present = present;
  rt_document_take_person (doc, person);
}

static RtNode *
make_node (const char *id,
           RtNodeKind  kind,
           const char *by,
           const char *text)
{
  RtNode *node = rt_node_new (id, kind);

  node->by = g_strdup (by);
  g_free (node->text);
  node->text = g_strdup (text);
  return node;
}

static void
add_stance (RtNode        *node,
            const char    *person,
            RtStanceLevel  level,
            const char    *text,
            const char    *due)
{
  RtStance *stance = rt_stance_new (person, level);

  stance->text = g_strdup (text);
  stance->due = g_strdup (due);
  g_ptr_array_add (node->stances, stance);
}

/* The text of one "## " section, up to the next one. */
static char *
section (const char *report,
         const char *title)
{
  g_autofree char *heading = g_strdup_printf ("\n## %s\n\n", title);
  const char *start = strstr (report, heading);
  const char *end;

  g_assert_nonnull (start);
  start += strlen (heading);
  end = strstr (start, "\n## ");
  return end != NULL ? g_strndup (start, end - start + 1) : g_strdup (start);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” unexpectedly found in:\n%s", needle, haystack);
}

static RtDocument *
library_map (void)
{
  RtDocument *doc = rt_document_new ();
  RtNode *node;
  gint64 created, modified;

  g_assert_true (rt_time_parse ("2026-11-24T18:00:00Z", &created));
  g_assert_true (rt_time_parse ("2026-11-25T00:42:10Z", &modified));
  rt_document_set_meta (doc, "Saturday opening of the *branch* library",
                        "Staff and neighbours, 24 November\n- not a list\n1. not numbered",
                        created, modified);
  add_person (doc, "p1", "Amira Haddad", TRUE);
  add_person (doc, "p2", "Ben Okafor", TRUE);
  add_person (doc, "p3", "Chen Wei", FALSE);
  add_person (doc, "p4", "Dana_Smith", TRUE);
  add_person (doc, "p5", "Eve", TRUE);

  rt_document_take_node (doc, make_node ("n1", RT_NODE_PROBLEM, "p2",
                                         "Who staffs the library on Saturdays?"));
  node = make_node ("n2", RT_NODE_RESPONSE, "p3", "A monthly volunteer rota");
  node->status = RT_STATUS_ADOPTED;
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  add_stance (node, "p3", RT_STANCE_COMMIT, "I will draft the rota", "2026-12-01");
  add_stance (node, "p2", RT_STANCE_AGREE, NULL, NULL);
  add_stance (node, "p4", RT_STANCE_OBJECT, "Too much for <volunteers>", NULL);
  add_stance (node, "p1", RT_STANCE_COMMIT, NULL, NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n3", RT_NODE_CON, "p1", "Volunteers need a key-holder");
  add_stance (node, "p2", RT_STANCE_OBJECT, NULL, NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n4", RT_NODE_RESPONSE, "p1", "Close | on [Saturdays]");
  node->status = RT_STATUS_ADOPTED;
  add_stance (node, "p2", RT_STANCE_ACCEPT, NULL, NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n5", RT_NODE_PROBLEM, "p1", "Heating");
  node->status = RT_STATUS_RESOLVED;
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n6", RT_NODE_RESPONSE, "p1", "Not adopted"));

  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO));
  rt_document_take_link (doc, rt_link_new ("n3", "n2", RT_LINK_OPPOSES));
  return doc;
}

static void
test_sections (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  const char *titles[] = { "People present", "Decisions", "Open problems", "Objections",
                           "Participation", "Warnings" };
  const char *previous = report;

  g_assert_true (g_str_has_prefix (report, "# Saturday opening of the \\*branch\\* library\n"));
  /* Sections in this order, each once. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *heading = g_strdup_printf ("\n## %s\n", titles[i]);
      const char *at = strstr (report, heading);

      g_assert_nonnull (at);
      g_assert_true (at > previous);
      g_assert_null (strstr (at + 1, heading));
      previous = at;
    }
  g_assert_true (g_utf8_validate (report, -1, NULL));
  g_assert_true (g_str_has_suffix (report, "\n"));
  g_assert_false (g_str_has_suffix (report, "\n\n\n"));
}

static void
test_header (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);

  /* The date of the last change. */
  assert_contains (report, "\n\nDate: 2026-11-25\n\n");
  /* The description cannot turn into a list. */
  assert_contains (report, "\nStaff and neighbours, 24 November\n\\- not a list\n1\\. not numbered\n");
}

static void
test_header_fallbacks (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *report = NULL;
  gint64 created;

  g_assert_true (rt_time_parse ("2026-03-02T10:00:00Z", &created));
  rt_document_set_meta (doc, NULL, NULL, created, RT_TIME_NONE);
  report = rt_report_markdown (doc);
  g_assert_true (g_str_has_prefix (report, "# Workshop report\n\nDate: 2026-03-02\n\n## "));
  g_clear_pointer (&report, g_free);

  rt_document_set_meta (doc, "", NULL, RT_TIME_NONE, RT_TIME_NONE);
  report = rt_report_markdown (doc);
  g_assert_true (g_str_has_prefix (report, "# Workshop report\n\n## People present\n"));
}

static void
test_people (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *people = section (report, "People present");

  g_assert_cmpstr (people, ==,
                   "- Amira Haddad\n- Ben Okafor\n- Dana\\_Smith\n- Eve\n\n"
                   "Absent: Chen Wei.\n\n");
}

static void
test_decisions (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *decisions = section (report, "Decisions");

  /* Adopted responses only, in document order. */
  assert_lacks (decisions, "Not adopted");
  g_assert_true (strstr (decisions, "### A monthly volunteer rota\n")
                 < strstr (decisions, "### Close \\| on \\[Saturdays\\]\n"));
  /* Owners in people order, with what they will do and when. */
  assert_contains (decisions, "**Owners**\n\n- Amira Haddad\n"
                              "- Chen Wei: I will draft the rota (due 2026-12-01)\n\n");
  assert_contains (decisions, "**Supporting:** Ben Okafor\n");
  assert_contains (decisions, "**Objections**\n\n- Dana\\_Smith: “Too much for \\<volunteers\\>”\n");
  assert_contains (decisions, "**Warnings**\n\n- “A monthly volunteer rota” has an open "
                              "objection from Dana\\_Smith.\n");
  /* The second decision. */
  assert_contains (decisions, "**Owners**\n\n- No one yet.\n");
  assert_contains (decisions, "**Accepting:** Ben Okafor\n");
  assert_contains (decisions, "- No one has committed to carrying out “Close \\| on "
                              "\\[Saturdays\\]”.\n"
                              "- “Close \\| on \\[Saturdays\\]” was shaped by Amira Haddad "
                              "alone: no one else contributed to it or to the ideas linked "
                              "to it.\n");
}

static void
test_open_problems (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *problems = section (report, "Open problems");

  /* n1: p2 and, through n3 and n2, p1 (p3 is absent): two of four. */
  g_assert_cmpstr (problems, ==,
                   "- Who staffs the library on Saturdays? (ownership 50%: 2 of 4 present "
                   "people)\n\n");
}

static void
test_objections (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *objections = section (report, "Objections");

  g_assert_cmpstr (objections, ==,
                   "- Dana\\_Smith objects to “A monthly volunteer rota” (Response): "
                   "“Too much for \\<volunteers\\>”\n"
                   "- Ben Okafor objects to “Volunteers need a key-holder” (Con)\n\n");
}

static void
test_participation (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *participation = section (report, "Participation");

  g_assert_cmpstr (participation, ==,
                   "| Person | Contributions | Credits | Commitments |\n"
                   "| --- | ---: | ---: | ---: |\n"
                   "| Amira Haddad | 4 | 0 | 1 |\n"
                   "| Ben Okafor | 1 | 1 | 0 |\n"
                   "| Chen Wei (absent) | 1 | 0 | 1 |\n"
                   "| Dana\\_Smith | 0 | 0 | 0 |\n"
                   "| Eve | 0 | 0 | 0 |\n"
                   "\n"
                   "Not heard yet: Dana\\_Smith, Eve.\n\n"
                   "Top-two share: the two most active people contributed 83% of the ideas "
                   "whose author is known.\n\n");
}

static void
test_warnings (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *warnings = section (report, "Warnings");

  g_assert_cmpstr (warnings, ==,
                   "- “A monthly volunteer rota” has an open objection from Dana\\_Smith.\n"
                   "- No one has committed to carrying out “Close \\| on \\[Saturdays\\]”.\n"
                   "- “Close \\| on \\[Saturdays\\]” was shaped by Amira Haddad alone: no one "
                   "else contributed to it or to the ideas linked to it.\n");
}

static void
test_plain_rota (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *report = NULL;
  g_autofree char *warnings = NULL;
  RtNode *node;

  add_person (doc, "p1", "Amira", TRUE);
  add_person (doc, "p2", "Ben", TRUE);
  node = make_node ("n1", RT_NODE_RESPONSE, "p1", "A monthly volunteer rota");
  node->status = RT_STATUS_ADOPTED;
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  add_stance (node, "p1", RT_STANCE_OBJECT, NULL, NULL);
  add_stance (node, "p2", RT_STANCE_OBJECT, "No", NULL);
  rt_document_take_node (doc, node);

  report = rt_report_markdown (doc);
  warnings = section (report, "Warnings");
  g_assert_cmpstr (warnings, ==,
                   "- No one has committed to carrying out “A monthly volunteer rota”.\n"
                   "- “A monthly volunteer rota” has open objections from Amira, Ben.\n");
}

static void
test_empty (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *report = rt_report_markdown (doc);
  g_autofree char *people = section (report, "People present");
  g_autofree char *decisions = section (report, "Decisions");
  g_autofree char *problems = section (report, "Open problems");
  g_autofree char *objections = section (report, "Objections");
  g_autofree char *participation = section (report, "Participation");
  g_autofree char *warnings = section (report, "Warnings");

  g_assert_cmpstr (people, ==, "No one is marked as present.\n\n");
  g_assert_cmpstr (decisions, ==, "No response has been adopted.\n\n");
  g_assert_cmpstr (problems, ==, "No problem is open.\n\n");
  g_assert_cmpstr (objections, ==, "No one has objected to anything.\n\n");
  g_assert_cmpstr (participation, ==,
                   "No one is marked as present.\n\n"
                   "Top-two share: no idea has a known author yet.\n\n");
  g_assert_cmpstr (warnings, ==, "No warnings.\n");
}

static void
test_everyone_heard (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *report = NULL;
  g_autofree char *participation = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *warnings = NULL;
  RtNode *node;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", TRUE);
  rt_document_take_node (doc, make_node ("n1", RT_NODE_PROBLEM, "p1", "Line\nbreak & *stars*"));
  node = make_node ("n2", RT_NODE_RESPONSE, "p2", "");
  node->status = RT_STATUS_ADOPTED;
  add_stance (node, "p3", RT_STANCE_COMMIT, NULL, NULL);
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n3", RT_NODE_NOTE, "p3", "x"));
  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO));

  report = rt_report_markdown (doc);
  participation = section (report, "Participation");
  assert_contains (participation, "\nEveryone present has been heard.\n\n");
  assert_contains (participation, "contributed 67% of the ideas");
  problems = section (report, "Open problems");
  g_assert_cmpstr (problems, ==,
                   "- Line break & \\*stars\\* (ownership 67%: 2 of 3 present people)\n\n");
  warnings = section (report, "Warnings");
  g_assert_cmpstr (warnings, ==, "No warnings.\n");
  assert_contains (report, "### (no text)\n");
}

static void
test_file (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rt-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = rt_report_markdown (doc);

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.md", NULL);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (rt_report_markdown_file (doc, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  missing = g_build_filename (dir, "no-such-dir", "report.md", NULL);
  g_assert_false (rt_report_markdown_file (doc, missing, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "“report.md” could not be written: its "
                                                   "folder does not exist. No file was written."));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The whole report of a map read from a file. */
static void
test_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_xml_read_file (TEST_DATA_DIR "/analysis/library.roundtable",
                                                &error);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (TEST_DATA_DIR "/analysis/library.md", &expected, NULL,
                                      &error));
  g_assert_no_error (error);
  actual = rt_report_markdown (doc);
  g_assert_cmpstr (actual, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/sections", test_sections);
  g_test_add_func ("/report/header", test_header);
  g_test_add_func ("/report/header-fallbacks", test_header_fallbacks);
  g_test_add_func ("/report/people", test_people);
  g_test_add_func ("/report/decisions", test_decisions);
  g_test_add_func ("/report/open-problems", test_open_problems);
  g_test_add_func ("/report/objections", test_objections);
  g_test_add_func ("/report/participation", test_participation);
  g_test_add_func ("/report/warnings", test_warnings);
  g_test_add_func ("/report/plain-rota", test_plain_rota);
  g_test_add_func ("/report/empty", test_empty);
  g_test_add_func ("/report/everyone-heard", test_everyone_heard);
  g_test_add_func ("/report/file", test_file);
  g_test_add_func ("/report/fixture", test_fixture);

  return g_test_run ();
}

/* test-export-csv.c: the action list as CSV, parsed back
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "io/rt-export-csv.h"
#include "io/rt-io-error.h"
#include "io/rt-xml-reader.h"
#include "model/rt-types.h"

/* A strict RFC 4180 reader: records end with CRLF (the last one too),
 * quoted fields may hold anything with quotes doubled, unquoted fields hold
 * no quote, CR or LF. Returns an array of records, each a GPtrArray of
 * strings, or fails the test. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const char *p = csv;

  while (*p != '\0')
    {
      GPtrArray *record = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (records, record);
      for (;;)
        {
          GString *field = g_string_new (NULL);

          if (*p == '"')
            {
              p++;
              for (;;)
                {
                  g_assert_cmpint (*p, !=, '\0');
                  if (*p == '"' && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                    }
                  else if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  else
                    {
                      g_string_append_c (field, *p++);
                    }
                }
            }
          else
            {
              while (*p != ',' && *p != '\r' && *p != '\0')
                {
                  g_assert_cmpint (*p, !=, '"');
                  g_assert_cmpint (*p, !=, '\n');
                  g_string_append_c (field, *p++);
                }
            }
          g_ptr_array_add (record, g_string_free (field, FALSE));

          if (*p == ',')
            {
              p++;
              continue;
            }
          /* Every record ends with CRLF. */
          g_assert_cmpint (p[0], ==, '\r');
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          break;
        }
    }

  return records;
}

static void
assert_record (GPtrArray  *records,
               guint       index,
               const char *decision,
               const char *person,
               const char *will_do,
               const char *due,
               const char *status)
{
  GPtrArray *record;

  g_assert_cmpuint (index, <, records->len);
  record = g_ptr_array_index (records, index);
  g_assert_cmpuint (record->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (record, 0), ==, decision);
  g_assert_cmpstr (g_ptr_array_index (record, 1), ==, person);
  g_assert_cmpstr (g_ptr_array_index (record, 2), ==, will_do);
  g_assert_cmpstr (g_ptr_array_index (record, 3), ==, due);
  g_assert_cmpstr (g_ptr_array_index (record, 4), ==, status);
}

static RtNode *
make_node (const char *id,
           RtNodeKind  kind,
           const char *text)
{
  RtNode *node = rt_node_new (id, kind);

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

static RtDocument *
action_map (void)
{
  RtDocument *doc = rt_document_new ();
  RtNode *node;

  rt_document_take_person (doc, rt_person_new ("p1", "Amira Haddad"));
  rt_document_take_person (doc, rt_person_new ("p2", "Okafor, Ben"));
  rt_document_take_person (doc, rt_person_new ("p3", "Chen \"CW\" Wei"));

  node = make_node ("n1", RT_NODE_RESPONSE, "A monthly volunteer rota");
  node->status = RT_STATUS_ADOPTED;
  /* Stance order, not people order. */
  add_stance (node, "p3", RT_STANCE_COMMIT, "I will draft the rota", "2026-12-01");
  add_stance (node, "p2", RT_STANCE_AGREE, "Not a commitment", NULL);
  add_stance (node, "p1", RT_STANCE_COMMIT, NULL, NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n2", RT_NODE_PROBLEM, "Keys, locks and \"alarms\"");
  add_stance (node, "p2", RT_STANCE_COMMIT, "Ask the caretaker\r\nthen report back", NULL);
  add_stance (node, "p1", RT_STANCE_OBJECT, "No", NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n3", RT_NODE_NOTE, "Line one\nline two");
  add_stance (node, "p1", RT_STANCE_COMMIT, "Check, twice", "2027-01-15");
  rt_document_take_node (doc, node);
  node = make_node ("n4", RT_NODE_RESPONSE, "Parked idea");
  node->status = RT_STATUS_PARKED;
  add_stance (node, "p3", RT_STANCE_COMMIT, "\"", NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n5", RT_NODE_PRO, "No commitments here");
  add_stance (node, "p3", RT_STANCE_ACCEPT, NULL, NULL);
  rt_document_take_node (doc, node);

  return doc;
}

static void
test_empty (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *csv = rt_export_csv (doc);

  g_assert_cmpstr (csv, ==, "decision,person,will_do,due,status\r\n");
}

static void
test_actions (void)
{
  g_autoptr(RtDocument) doc = action_map ();
  g_autofree char *csv = rt_export_csv (doc);
  g_autoptr(GPtrArray) records = parse_csv (csv);

  g_assert_true (g_str_has_prefix (csv, "decision,person,will_do,due,status\r\n"));
  g_assert_cmpuint (records->len, ==, 6);
  assert_record (records, 0, "decision", "person", "will_do", "due", "status");
  assert_record (records, 1, "A monthly volunteer rota", "Chen \"CW\" Wei",
                 "I will draft the rota", "2026-12-01", "adopted");
  assert_record (records, 2, "A monthly volunteer rota", "Amira Haddad", "", "", "adopted");
  assert_record (records, 3, "Keys, locks and \"alarms\"", "Okafor, Ben",
                 "Ask the caretaker\r\nthen report back", "", "open");
  /* A note carries no status. */
  assert_record (records, 4, "Line one\nline two", "Amira Haddad", "Check, twice",
                 "2027-01-15", "");
  assert_record (records, 5, "Parked idea", "Chen \"CW\" Wei", "\"", "", "parked");
}

static void
test_quoting (void)
{
  g_autoptr(RtDocument) doc = action_map ();
  g_autofree char *csv = rt_export_csv (doc);

  /* Quoted only where needed, quotes doubled. */
  g_assert_nonnull (strstr (csv, "\r\nA monthly volunteer rota,\"Chen \"\"CW\"\" Wei\","
                                 "I will draft the rota,2026-12-01,adopted\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nA monthly volunteer rota,Amira Haddad,,,adopted\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n\"Line one\nline two\",Amira Haddad,\"Check, twice\","
                                 "2027-01-15,\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nParked idea,\"Chen \"\"CW\"\" Wei\",\"\"\"\",,parked\r\n"));
  /* Every bare LF is inside a quoted field: none ends a line. */
  g_assert_null (strstr (csv, "\",Amira Haddad,\"Check, twice\",2027-01-15,\n"));
}

static void
test_unknown_person (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *csv = NULL;
  RtNode *node = make_node ("n1", RT_NODE_RESPONSE, "Rota");

  /* A stance naming no person of the map falls back to the id. */
  add_stance (node, "p9", RT_STANCE_COMMIT, NULL, NULL);
  rt_document_take_node (doc, node);
  csv = rt_export_csv (doc);
  g_assert_cmpstr (csv, ==, "decision,person,will_do,due,status\r\nRota,p9,,,proposed\r\n");
}

static void
test_file (void)
{
  g_autoptr(RtDocument) doc = action_map ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rt-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = rt_export_csv (doc);
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "actions.csv", NULL);
  g_assert_true (g_file_set_contents (path, "an older, longer file\r\n", -1, NULL));
  g_assert_true (rt_export_csv_file (doc, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_cmpstr (contents, ==, expected);

  missing = g_build_filename (dir, "no-such-dir", "actions.csv", NULL);
  g_assert_false (rt_export_csv_file (doc, missing, &error));
  /* What happened, what was kept, what to do. */
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_assert_cmpstr (error->message, ==,
                   "“actions.csv” could not be written: its folder does not exist. No file was "
                   "written. If the folder is on a drive that was unplugged, plug it in again; "
                   "otherwise choose another folder.");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The action list of a map read from a file, commitments on a problem too. */
static void
test_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_xml_read_file (TEST_DATA_DIR "/analysis/library.roundtable",
                                                &error);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (TEST_DATA_DIR "/analysis/library.csv", &expected, NULL,
                                      &error));
  g_assert_no_error (error);
  actual = rt_export_csv (doc);
  g_assert_cmpstr (actual, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-csv/empty", test_empty);
  g_test_add_func ("/export-csv/actions", test_actions);
  g_test_add_func ("/export-csv/quoting", test_quoting);
  g_test_add_func ("/export-csv/unknown-person", test_unknown_person);
  g_test_add_func ("/export-csv/file", test_file);
  g_test_add_func ("/export-csv/fixture", test_fixture);

  return g_test_run ();
}

/* test-stats.c: the --stats JSON, read back key by key
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli/rt-stats.h"
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
            RtStanceLevel  level)
{
  g_ptr_array_add (node->stances, rt_stance_new (person, level));
}

/* The members of an object, in order, as one space-separated string. */
static char *
member_names (JsonObject *object)
{
  g_autoptr(GString) names = g_string_new (NULL);
  GList *members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (names->len > 0)
        g_string_append_c (names, ' ');
      g_string_append (names, l->data);
    }
  g_list_free (members);
  return g_strdup (names->str);
}

static void
assert_members (JsonObject *object,
                const char *expected)
{
  g_autofree char *names = member_names (object);

  g_assert_cmpstr (names, ==, expected);
}

static void
assert_int (JsonObject *object,
            const char *name,
            gint64      expected)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (node), ==, expected);
}

static void
assert_double (JsonObject *object,
               const char *name,
               double      expected)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_node_get_double (node), ==, expected);
}

static void
assert_kind_counts (JsonObject *object,
                    gint64      problem,
                    gint64      response,
                    gint64      pro,
                    gint64      con,
                    gint64      note)
{
  assert_members (object, "problem response pro con note total");
  assert_int (object, "problem", problem);
  assert_int (object, "response", response);
  assert_int (object, "pro", pro);
  assert_int (object, "con", con);
  assert_int (object, "note", note);
  assert_int (object, "total", problem + response + pro + con + note);
}

static void
assert_strings (JsonArray  *array,
                const char *expected)
{
  g_auto(GStrv) want = g_strsplit (expected, " ", -1);
  guint n_want = *expected == '\0' ? 0 : g_strv_length (want);

  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), ==, n_want);
  for (guint i = 0; i < n_want; i++)
    g_assert_cmpstr (json_array_get_string_element (array, i), ==, want[i]);
}

static JsonObject *
parse (const char  *json,
       JsonParser **parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  *parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (*parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_parser_get_root (*parser);
  g_assert_cmpint (json_node_get_node_type (root), ==, JSON_NODE_OBJECT);
  return json_node_get_object (root);
}

static void
test_empty (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *json = rt_stats_to_json (doc);
  JsonObject *root = parse (json, &parser);

  assert_members (root, "people nodes not_heard top_two_share decisions problems");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "people")), ==, 0);
  assert_kind_counts (json_object_get_object_member (root, "nodes"), 0, 0, 0, 0, 0);
  assert_strings (json_object_get_array_member (root, "not_heard"), "");
  assert_double (root, "top_two_share", 0.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "decisions")),
                    ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "problems")),
                    ==, 0);
  /* Pretty-printed. */
  g_assert_nonnull (strchr (json, '\n'));
}

static RtDocument *
library_map (void)
{
  RtDocument *doc = rt_document_new ();
  RtNode *node;

  add_person (doc, "p1", "Amira Haddad", TRUE);
  add_person (doc, "p2", "Ben \"B\" Okafor", TRUE);
  add_person (doc, "p3", "Chen Wei", FALSE);
  add_person (doc, "p4", "Dana", TRUE);

  rt_document_take_node (doc, make_node ("n1", RT_NODE_PROBLEM, "p2",
                                         "Who staffs the library on Saturdays?"));
  node = make_node ("n2", RT_NODE_RESPONSE, "p3", "A monthly volunteer rota");
  node->status = RT_STATUS_ADOPTED;
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  add_stance (node, "p3", RT_STANCE_COMMIT);
  add_stance (node, "p2", RT_STANCE_AGREE);
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n3", RT_NODE_CON, "p1",
                                         "Volunteers need a key-holder"));
  node = make_node ("n4", RT_NODE_RESPONSE, "p1", "Close on Saturdays, 0.33000000000000002");
  node->status = RT_STATUS_ADOPTED;
  add_stance (node, "p4", RT_STANCE_OBJECT);
  add_stance (node, "p2", RT_STANCE_ACCEPT);
  add_stance (node, "p1", RT_STANCE_ACCEPT);
  rt_document_take_node (doc, node);
  node = make_node ("n5", RT_NODE_PROBLEM, NULL, "Heating costs");
  node->status = RT_STATUS_RESOLVED;
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n6", RT_NODE_NOTE, NULL, "Budget is fixed"));
  rt_document_take_node (doc, make_node ("n7", RT_NODE_PRO, "p1", "Cheap"));

  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO));
  rt_document_take_link (doc, rt_link_new ("n3", "n2", RT_LINK_OPPOSES));
  rt_document_take_link (doc, rt_link_new ("n4", "n5", RT_LINK_RESPONDS_TO));
  rt_document_take_link (doc, rt_link_new ("n7", "n4", RT_LINK_SUPPORTS));
  return doc;
}

static void
test_library (void)
{
  g_autoptr(RtDocument) doc = library_map ();
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *json = rt_stats_to_json (doc);
  JsonObject *root = parse (json, &parser);
  JsonArray *people, *decisions, *problems;
  JsonObject *person, *decision, *problem;

  assert_members (root, "people nodes not_heard top_two_share decisions problems");

  people = json_object_get_array_member (root, "people");
  g_assert_cmpuint (json_array_get_length (people), ==, 4);

  person = json_array_get_object_element (people, 0);
  assert_members (person, "id name present contributions credits stances");
  g_assert_cmpstr (json_object_get_string_member (person, "id"), ==, "p1");
  g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, "Amira Haddad");
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (person, "present")),
                   ==, G_TYPE_BOOLEAN);
  g_assert_true (json_object_get_boolean_member (person, "present"));
  assert_kind_counts (json_object_get_object_member (person, "contributions"), 0, 1, 1, 1, 0);
  assert_int (person, "credits", 0);
  assert_members (json_object_get_object_member (person, "stances"),
                  "commit agree accept object");
  assert_int (json_object_get_object_member (person, "stances"), "commit", 0);
  assert_int (json_object_get_object_member (person, "stances"), "agree", 0);
  assert_int (json_object_get_object_member (person, "stances"), "accept", 1);
  assert_int (json_object_get_object_member (person, "stances"), "object", 0);

  person = json_array_get_object_element (people, 1);
  g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, "Ben \"B\" Okafor");
  assert_kind_counts (json_object_get_object_member (person, "contributions"), 1, 0, 0, 0, 0);
  assert_int (person, "credits", 1);
  assert_int (json_object_get_object_member (person, "stances"), "agree", 1);
  assert_int (json_object_get_object_member (person, "stances"), "accept", 1);

  person = json_array_get_object_element (people, 2);
  g_assert_cmpstr (json_object_get_string_member (person, "id"), ==, "p3");
  g_assert_false (json_object_get_boolean_member (person, "present"));
  assert_kind_counts (json_object_get_object_member (person, "contributions"), 0, 1, 0, 0, 0);
  assert_int (json_object_get_object_member (person, "stances"), "commit", 1);

  person = json_array_get_object_element (people, 3);
  assert_kind_counts (json_object_get_object_member (person, "contributions"), 0, 0, 0, 0, 0);
  assert_int (person, "credits", 0);
  assert_int (json_object_get_object_member (person, "stances"), "object", 1);

  assert_kind_counts (json_object_get_object_member (root, "nodes"), 2, 2, 1, 1, 1);
  assert_strings (json_object_get_array_member (root, "not_heard"), "p4");
  /* p1 three, p2 and p3 one each, of five attributed. */
  assert_double (root, "top_two_share", 0.8);

  decisions = json_object_get_array_member (root, "decisions");
  g_assert_cmpuint (json_array_get_length (decisions), ==, 2);
  decision = json_array_get_object_element (decisions, 0);
  assert_members (decision, "id text owners supporters accepting objecting warnings");
  g_assert_cmpstr (json_object_get_string_member (decision, "id"), ==, "n2");
  g_assert_cmpstr (json_object_get_string_member (decision, "text"), ==,
                   "A monthly volunteer rota");
  assert_strings (json_object_get_array_member (decision, "owners"), "p3");
  assert_strings (json_object_get_array_member (decision, "supporters"), "p2");
  assert_strings (json_object_get_array_member (decision, "accepting"), "");
  assert_strings (json_object_get_array_member (decision, "objecting"), "");
  assert_strings (json_object_get_array_member (decision, "warnings"), "");

  decision = json_array_get_object_element (decisions, 1);
  g_assert_cmpstr (json_object_get_string_member (decision, "id"), ==, "n4");
  /* Digits inside strings are left as they are. */
  g_assert_cmpstr (json_object_get_string_member (decision, "text"), ==,
                   "Close on Saturdays, 0.33000000000000002");
  assert_strings (json_object_get_array_member (decision, "owners"), "");
  assert_strings (json_object_get_array_member (decision, "accepting"), "p1 p2");
  assert_strings (json_object_get_array_member (decision, "objecting"), "p4");
  /* Only p1 shaped n4 and what is linked to it (n5 has no author). */
  assert_strings (json_object_get_array_member (decision, "warnings"),
                  "unowned decided-without-group open-objection");

  problems = json_object_get_array_member (root, "problems");
  g_assert_cmpuint (json_array_get_length (problems), ==, 2);
  problem = json_array_get_object_element (problems, 0);
  assert_members (problem, "id text status ownership");
  g_assert_cmpstr (json_object_get_string_member (problem, "id"), ==, "n1");
  g_assert_cmpstr (json_object_get_string_member (problem, "text"), ==,
                   "Who staffs the library on Saturdays?");
  g_assert_cmpstr (json_object_get_string_member (problem, "status"), ==, "open");
  /* p2, and p1 through n3 -> n2 -> n1 (p3 is absent): two of three. */
  assert_double (problem, "ownership", 0.67);
  problem = json_array_get_object_element (problems, 1);
  g_assert_cmpstr (json_object_get_string_member (problem, "status"), ==, "resolved");
  /* p1 through n4 and n7: one of three. */
  assert_double (problem, "ownership", 0.33);

  /* Rounded figures read as written. */
  g_assert_nonnull (strstr (json, "\"ownership\" : 0.67\n"));
  g_assert_nonnull (strstr (json, "\"ownership\" : 0.33\n"));
  g_assert_nonnull (strstr (json, "\"top_two_share\" : 0.8,"));
}

static void
test_full_precision (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *json = NULL;
  JsonObject *root;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", TRUE);
  rt_document_take_node (doc, make_node ("n1", RT_NODE_NOTE, "p1", "x"));
  rt_document_take_node (doc, make_node ("n2", RT_NODE_NOTE, "p2", "y"));
  rt_document_take_node (doc, make_node ("n3", RT_NODE_NOTE, "p3", "z"));
  rt_document_take_node (doc, make_node ("n4", RT_NODE_PROBLEM, NULL, "1.0"));

  json = rt_stats_to_json (doc);
  root = parse (json, &parser);
  /* Two of three: the share is not rounded. */
  assert_double (root, "top_two_share", 2.0 / 3.0);
  /* A whole number stays a double. */
  assert_double (json_array_get_object_element (json_object_get_array_member (root, "problems"),
                                                0),
                 "ownership", 0.0);
  g_assert_nonnull (strstr (json, "\"ownership\" : 0.0\n"));
  g_assert_nonnull (strstr (json, "\"text\" : \"1.0\""));
}

static void
test_all_present_own (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *json = NULL;
  JsonObject *root;

  add_person (doc, "p1", "A", TRUE);
  rt_document_take_node (doc, make_node ("n1", RT_NODE_PROBLEM, "p1", "Ünïcödé “quotes” \\ \t"));

  json = rt_stats_to_json (doc);
  root = parse (json, &parser);
  assert_double (root, "top_two_share", 1.0);
  assert_double (json_array_get_object_element (json_object_get_array_member (root, "problems"),
                                                0),
                 "ownership", 1.0);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (root, "problems"),
                                                    0),
                     "text"),
                   ==, "Ünïcödé “quotes” \\ \t");
  g_assert_nonnull (strstr (json, "\"top_two_share\" : 1.0,"));
}

/* A map read from a file, against its figures worked out by hand: a cycle
 * through two problems, an absent person, a note with no author, someone
 * present but not heard yet. */
static void
test_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_xml_read_file (TEST_DATA_DIR "/analysis/library.roundtable",
                                                &error);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (TEST_DATA_DIR "/analysis/library.stats.json", &expected, NULL,
                                      &error));
  g_assert_no_error (error);
  actual = rt_stats_to_json (doc);
  g_assert_cmpstr (actual, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats/empty", test_empty);
  g_test_add_func ("/stats/library", test_library);
  g_test_add_func ("/stats/full-precision", test_full_precision);
  g_test_add_func ("/stats/all-present-own", test_all_present_own);
  g_test_add_func ("/stats/fixture", test_fixture);

  return g_test_run ();
}

/* test-document.c: building a map and asking it questions
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/rt-document.h"

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

static RtLink *
make_link (const char *from,
           const char *to,
           RtLinkKind  kind,
           const char *by)
{
  RtLink *link = rt_link_new (from, to, kind);

  link->by = g_strdup (by);
  return link;
}

/* The example of FORMAT.md. */
static RtDocument *
make_library (void)
{
  RtDocument *doc = rt_document_new ();
  RtPerson *person;
  RtNode *node;
  RtStance *stance;

  rt_document_set_meta (doc, "Saturday opening of the branch library",
                        "Staff and neighbours, 24 November", 1795543200, 1795549330);
  person = rt_person_new ("p1", "Amira Haddad");
  person->role = RT_ROLE_FACILITATOR;
  rt_document_take_person (doc, person);
  rt_document_take_person (doc, rt_person_new ("p2", "Ben Okafor"));
  person = rt_person_new ("p3", "Chen Wei");
  person->present = FALSE;
  rt_document_take_person (doc, person);

  node = make_node ("n1", RT_NODE_PROBLEM, "p2", "Who staffs the library on Saturdays?");
  node->has_position = TRUE;
  rt_document_take_node (doc, node);
  node = make_node ("n2", RT_NODE_RESPONSE, "p3", "A monthly volunteer rota");
  node->status = RT_STATUS_ADOPTED;
  node->has_position = TRUE;
  node->x = 260;
  node->y = -40;
  node->pinned = TRUE;
  node->modified_by = g_strdup ("p1");
  node->details = g_strdup ("Neighbours sign up for one Saturday a month.");
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  stance = rt_stance_new ("p3", RT_STANCE_COMMIT);
  stance->due = g_strdup ("2026-12-01");
  stance->text = g_strdup ("I will draft the rota");
  g_ptr_array_add (node->stances, stance);
  g_ptr_array_add (node->stances, rt_stance_new ("p2", RT_STANCE_AGREE));
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n3", RT_NODE_CON, "p1",
                                         "Volunteers need a key-holder"));

  rt_document_take_link (doc, make_link ("n2", "n1", RT_LINK_RESPONDS_TO, NULL));
  rt_document_take_link (doc, make_link ("n3", "n2", RT_LINK_OPPOSES, "p1"));
  return doc;
}

static void
test_create_destroy (void)
{
  RtDocument *doc = make_library ();

  g_assert_finalize_object (doc);
}

static void
test_meta (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *title = NULL;

  g_assert_null (rt_document_get_title (doc));
  g_assert_null (rt_document_get_description (doc));
  g_assert_cmpint (rt_document_get_created (doc), ==, RT_TIME_NONE);
  g_assert_cmpint (rt_document_get_modified_time (doc), ==, RT_TIME_NONE);
  g_assert_false (rt_document_get_modified (doc));
  g_assert_false (rt_document_can_undo (doc));
  g_assert_false (rt_document_can_redo (doc));

  rt_document_set_meta (doc, "Title", "About", 10, 20);
  g_assert_cmpstr (rt_document_get_title (doc), ==, "Title");
  g_assert_cmpstr (rt_document_get_description (doc), ==, "About");
  g_assert_cmpint (rt_document_get_created (doc), ==, 10);
  g_assert_cmpint (rt_document_get_modified_time (doc), ==, 20);
  g_object_get (doc, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Title");

  rt_document_touch_modified (doc, 30);
  g_assert_cmpint (rt_document_get_modified_time (doc), ==, 30);
  /* Building is not editing. */
  g_assert_false (rt_document_get_modified (doc));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 0);
}

static void
test_lookups (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const RtNode *node;

  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 3);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 3);
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 2);

  g_assert_cmpstr (rt_document_get_person (doc, 1)->name, ==, "Ben Okafor");
  g_assert_true (rt_document_lookup_person (doc, "p3") == rt_document_get_person (doc, 2));
  g_assert_null (rt_document_lookup_person (doc, "p9"));
  g_assert_null (rt_document_lookup_person (doc, NULL));

  node = rt_document_lookup_node (doc, "n2");
  g_assert_nonnull (node);
  g_assert_true (node == rt_document_get_node (doc, 1));
  g_assert_cmpstr (node->text, ==, "A monthly volunteer rota");
  g_assert_nonnull (node->links);
  g_assert_null (rt_document_lookup_node (doc, "n4"));
  g_assert_cmpint (rt_document_get_node_index (doc, "n3"), ==, 2);
  g_assert_cmpint (rt_document_get_node_index (doc, "n1"), ==, 0);
  g_assert_cmpint (rt_document_get_node_index (doc, "n9"), ==, -1);

  g_assert_cmpstr (rt_document_get_link (doc, 1)->by, ==, "p1");
  g_assert_true (rt_document_find_link (doc, "n3", "n2", RT_LINK_OPPOSES) ==
                 rt_document_get_link (doc, 1));
  g_assert_null (rt_document_find_link (doc, "n3", "n2", RT_LINK_SUPPORTS));
  g_assert_null (rt_document_find_link (doc, "n2", "n3", RT_LINK_OPPOSES));
  g_assert_null (rt_document_find_link (doc, "n2", "n9", RT_LINK_OPPOSES));
}

static void
test_links_index (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  GPtrArray *links;

  rt_document_take_node (doc, make_node ("n4", RT_NODE_PRO, NULL, "Neighbours like it"));
  rt_document_take_node (doc, make_node ("n5", RT_NODE_NOTE, NULL, "Lonely"));
  rt_document_take_link (doc, make_link ("n4", "n2", RT_LINK_SUPPORTS, NULL));
  rt_document_take_link (doc, make_link ("n2", "n3", RT_LINK_RELATES_TO, NULL));

  links = rt_document_get_links_from (doc, "n2");
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (((RtLink *) links->pdata[0])->to, ==, "n1");
  g_assert_cmpstr (((RtLink *) links->pdata[1])->to, ==, "n3");

  links = rt_document_get_links_to (doc, "n2");
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (((RtLink *) links->pdata[0])->from, ==, "n3");
  g_assert_cmpstr (((RtLink *) links->pdata[1])->from, ==, "n4");

  g_assert_cmpuint (rt_document_get_links_to (doc, "n1")->len, ==, 1);
  g_assert_cmpuint (rt_document_get_links_from (doc, "n1")->len, ==, 0);
  g_assert_cmpuint (rt_document_get_links_from (doc, "n5")->len, ==, 0);
  g_assert_cmpuint (rt_document_get_links_to (doc, "n5")->len, ==, 0);
  g_assert_cmpuint (rt_document_get_links_to (doc, "nope")->len, ==, 0);
  g_assert_cmpuint (rt_document_get_links_from (doc, NULL)->len, ==, 0);
}

static void
test_nodes_by (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) none = NULL;

  rt_document_take_node (doc, make_node ("n4", RT_NODE_PRO, "p2", "More"));
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p2"), ==, 2);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p1"), ==, 1);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p3"), ==, 1);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p9"), ==, 0);

  list = rt_document_list_nodes_by (doc, "p2");
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (g_ptr_array_find (list, rt_document_lookup_node (doc, "n1"), NULL));
  g_assert_true (g_ptr_array_find (list, rt_document_lookup_node (doc, "n4"), NULL));
  none = rt_document_list_nodes_by (doc, "p9");
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_referenced (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  RtNode *node;
  guint i;

  for (i = 1; i <= 7; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      rt_document_take_person (doc, rt_person_new (id, "Someone"));
    }
  node = make_node ("n1", RT_NODE_RESPONSE, "p1", "");
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  node->modified_by = g_strdup ("p3");
  g_ptr_array_add (node->stances, rt_stance_new ("p4", RT_STANCE_OBJECT));
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n2", RT_NODE_PRO, NULL, ""));
  rt_document_take_link (doc, make_link ("n2", "n1", RT_LINK_SUPPORTS, "p5"));

  for (i = 1; i <= 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      g_assert_true (rt_document_person_is_referenced (doc, id));
    }
  g_assert_false (rt_document_person_is_referenced (doc, "p6"));
  g_assert_false (rt_document_person_is_referenced (doc, "p7"));
}

static void
test_new_ids (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autofree char *node_id = NULL;
  g_autofree char *person_id = NULL;
  g_autofree char *second = NULL;

  rt_document_take_node (doc, make_node ("n16", RT_NODE_NOTE, NULL, ""));
  rt_document_take_node (doc, make_node ("x-5", RT_NODE_NOTE, NULL, ""));
  node_id = rt_document_new_node_id (doc);
  g_assert_cmpstr (node_id, ==, "n17");
  g_assert_null (rt_document_lookup_node (doc, node_id));
  person_id = rt_document_new_person_id (doc);
  g_assert_cmpstr (person_id, ==, "p4");
  second = rt_document_new_person_id (doc);
  g_assert_cmpstr (second, !=, person_id);
  g_assert_true (g_str_has_prefix (second, "p"));
}

static void
test_equal_and_copy (void)
{
  g_autoptr(RtDocument) a = make_library ();
  g_autoptr(RtDocument) b = make_library ();
  g_autoptr(RtDocument) copy = NULL;
  g_autoptr(RtDocument) other = NULL;
  g_autofree char *why = NULL;
  RtNode *node;

  g_assert_true (rt_document_equal (a, b, &why));
  g_assert_null (why);

  copy = rt_document_copy (a);
  g_assert_true (rt_document_equal (a, copy, NULL));
  g_assert_true (rt_document_lookup_node (copy, "n2") != rt_document_lookup_node (a, "n2"));
  g_assert_cmpuint (rt_document_get_links_from (copy, "n3")->len, ==, 1);
  g_assert_cmpuint (rt_document_count_nodes_by (copy, "p2"), ==, 1);
  g_assert_false (rt_document_can_undo (copy));

  rt_document_touch_modified (b, 1);
  g_assert_false (rt_document_equal (a, b, &why));
  g_assert_nonnull (why);
  g_assert_true (strstr (why, "modified") != NULL);
  g_clear_pointer (&why, g_free);

  other = make_library ();
  node = make_node ("n4", RT_NODE_NOTE, NULL, "");
  rt_document_take_node (other, node);
  g_assert_false (rt_document_equal (a, other, &why));
  g_assert_true (strstr (why, "nodes") != NULL);
  g_clear_pointer (&why, g_free);
  g_clear_object (&other);

  /* Order matters. */
  other = rt_document_new ();
  rt_document_set_meta (other, rt_document_get_title (a), rt_document_get_description (a),
                        rt_document_get_created (a), rt_document_get_modified_time (a));
  rt_document_take_person (other, rt_person_copy (rt_document_get_person (a, 1)));
  rt_document_take_person (other, rt_person_copy (rt_document_get_person (a, 0)));
  rt_document_take_person (other, rt_person_copy (rt_document_get_person (a, 2)));
  g_assert_false (rt_document_equal (a, other, &why));
  g_assert_true (strstr (why, "person 0") != NULL);
}

static void
test_take_duplicate (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RtDocument) doc = make_library ();

      rt_document_take_node (doc, make_node ("n1", RT_NODE_NOTE, NULL, "again"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*already in the document*");
}

/* Loading a large map must not do work proportional to the map per node. */
static void
test_scale (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(GTimer) timer = g_timer_new ();
  const guint n = 100000;
  guint i;
  double seconds;

  for (i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      rt_document_take_person (doc, rt_person_new (id, "Person"));
    }
  for (i = 0; i < n; i++)
    {
      char id[32], by[32];

      g_snprintf (id, sizeof id, "n%u", i + 1);
      g_snprintf (by, sizeof by, "p%u", i % 10);
      rt_document_take_node (doc, make_node (id, i % RT_N_NODE_KINDS, by, "Text"));
    }
  for (i = 1; i < n; i++)
    {
      char from[32], to[32];

      g_snprintf (from, sizeof from, "n%u", i + 1);
      g_snprintf (to, sizeof to, "n%u", (i + 1) / 2);
      rt_document_take_link (doc, rt_link_new (from, to, RT_LINK_RELATES_TO));
    }
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("Took %u nodes and %u links in %.3f s", n, n - 1, seconds);

  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, n);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p3"), ==, n / 10);
  g_assert_cmpuint (rt_document_get_links_to (doc, "n1")->len, ==, 2);
  g_assert_cmpuint (rt_document_get_links_to (doc, "n50")->len, ==, 2);
  g_assert_nonnull (rt_document_find_link (doc, "n100000", "n50000", RT_LINK_RELATES_TO));
  g_assert_cmpint (rt_document_get_node_index (doc, "n99999"), ==, 99998);

  /* Generous enough for sanitizers and a busy machine; quadratic work
   * would take minutes. */
  g_assert_cmpfloat (seconds, <, 20.0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/create-destroy", test_create_destroy);
  g_test_add_func ("/document/meta", test_meta);
  g_test_add_func ("/document/lookups", test_lookups);
  g_test_add_func ("/document/links-index", test_links_index);
  g_test_add_func ("/document/nodes-by", test_nodes_by);
  g_test_add_func ("/document/referenced", test_referenced);
  g_test_add_func ("/document/new-ids", test_new_ids);
  g_test_add_func ("/document/equal-and-copy", test_equal_and_copy);
  g_test_add_func ("/document/take-duplicate", test_take_duplicate);
  g_test_add_func ("/document/scale", test_scale);

  return g_test_run ();
}

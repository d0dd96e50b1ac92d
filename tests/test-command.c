/* test-command.c: every command, applied, reverted and applied again
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "model/rt-command.h"

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

/* The example of FORMAT.md, with a fourth person who did nothing. */
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
  rt_document_take_person (doc, rt_person_new ("p4", "Dana Ruiz"));

  node = make_node ("n1", RT_NODE_PROBLEM, "p2", "Who staffs the library on Saturdays?");
  node->has_position = TRUE;
  node->created = 1795543392;
  rt_document_take_node (doc, node);
  node = make_node ("n2", RT_NODE_RESPONSE, "p3", "A monthly volunteer rota");
  node->status = RT_STATUS_ADOPTED;
  node->has_position = TRUE;
  node->x = 260;
  node->y = -40;
  node->pinned = TRUE;
  node->modified = 1795545000;
  node->modified_by = g_strdup ("p1");
  node->details = g_strdup ("Neighbours sign up for one Saturday a month.");
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  stance = rt_stance_new ("p3", RT_STANCE_COMMIT);
  stance->at = 1795545600;
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

#define assert_docs_equal(a, b) G_STMT_START { \
  g_autofree char *why_ = NULL; \
  if (!rt_document_equal ((a), (b), &why_)) \
    g_error ("%s:%d: documents differ: %s", __FILE__, __LINE__, why_); \
} G_STMT_END

/* The links and contributor indexes agree with a plain scan. */
static void
assert_indexes (RtDocument *doc)
{
  guint i, j;

  for (i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      GPtrArray *from = rt_document_get_links_from (doc, node->id);
      GPtrArray *to = rt_document_get_links_to (doc, node->id);
      guint n_from = 0, n_to = 0;

      g_assert_cmpint (rt_document_get_node_index (doc, node->id), ==, i);
      for (j = 0; j < rt_document_get_n_links (doc); j++)
        {
          const RtLink *link = rt_document_get_link (doc, j);

          if (strcmp (link->from, node->id) == 0)
            g_assert_true (from->pdata[n_from++] == link);
          if (strcmp (link->to, node->id) == 0)
            g_assert_true (to->pdata[n_to++] == link);
        }
      g_assert_cmpuint (from->len, ==, n_from);
      g_assert_cmpuint (to->len, ==, n_to);
    }
  for (i = 0; i < rt_document_get_n_people (doc); i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      guint count = 0;

      for (j = 0; j < rt_document_get_n_nodes (doc); j++)
        count += g_strcmp0 (rt_document_get_node (doc, j)->by, person->id) == 0;
      g_assert_cmpuint (rt_document_count_nodes_by (doc, person->id), ==, count);
    }
}

/* Executes the command as a step of its own; undo gives the state before,
 * redo the state after, twice over. */
static void
assert_step (RtDocument *doc,
             RtCommand  *command)
{
  g_autoptr(RtDocument) before = rt_document_copy (doc);
  g_autoptr(RtDocument) after = NULL;
  g_autoptr(GError) error = NULL;
  guint round;

  g_assert_nonnull (command);
  rt_document_clear_history (doc);
  g_assert_true (rt_document_execute (doc, command, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 1);
  g_assert_false (rt_document_equal (before, doc, NULL));
  assert_indexes (doc);
  after = rt_document_copy (doc);

  for (round = 0; round < 2; round++)
    {
      g_assert_true (rt_document_undo (doc));
      assert_docs_equal (before, doc);
      assert_indexes (doc);
      g_assert_true (rt_document_redo (doc));
      assert_docs_equal (after, doc);
      assert_indexes (doc);
    }
}

/* The command fails with code and changes nothing. */
static void
assert_refused (RtDocument *doc,
                RtCommand  *command,
                int         code)
{
  g_autoptr(RtDocument) before = rt_document_copy (doc);
  g_autoptr(GError) error = NULL;
  guint length = rt_document_get_history_length (doc);

  g_assert_nonnull (command);
  g_assert_false (rt_document_execute (doc, command, &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, code);
  g_assert_nonnull (error->message);
  assert_docs_equal (before, doc);
  assert_indexes (doc);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, length);
}

static void
test_create_destroy (void)
{
  RtDocument *doc = make_library ();
  g_autoptr(RtNode) node = make_node ("n9", RT_NODE_NOTE, "p1", "Note");

  g_assert_true (rt_document_execute (doc, rt_command_add_node (node, -1), NULL));
  g_assert_true (rt_document_execute (doc, rt_command_remove_node (doc, "n2", NULL), NULL));
  g_assert_true (rt_document_undo (doc));
  g_assert_finalize_object (doc);
}

static void
test_add_node (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(RtNode) node = make_node ("n4", RT_NODE_PRO, "p4", "Neighbours like it");
  g_autoptr(RtNode) bad = NULL;
  RtStance *stance;

  g_ptr_array_add (node->credits, g_strdup ("p1"));
  stance = rt_stance_new ("p2", RT_STANCE_ACCEPT);
  g_ptr_array_add (node->stances, stance);
  assert_step (doc, rt_command_add_node (node, 1));
  g_assert_cmpint (rt_document_get_node_index (doc, "n4"), ==, 1);
  g_assert_true (rt_node_equal (rt_document_lookup_node (doc, "n4"), node));
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p4"), ==, 1);

  g_clear_pointer (&node, rt_node_free);
  node = make_node ("n5", RT_NODE_NOTE, NULL, "");
  assert_step (doc, rt_command_add_node (node, -1));
  g_assert_cmpint (rt_document_get_node_index (doc, "n5"), ==, 4);

  assert_refused (doc, rt_command_add_node (node, -1), RT_DOCUMENT_ERROR_EXISTS);
  bad = make_node ("n6", RT_NODE_NOTE, "p9", "");
  assert_refused (doc, rt_command_add_node (bad, -1), RT_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_pointer (&bad->by, g_free);
  bad->status = RT_STATUS_OPEN;
  assert_refused (doc, rt_command_add_node (bad, -1), RT_DOCUMENT_ERROR_INVALID);
  bad->status = RT_STATUS_NONE;
  assert_refused (doc, rt_command_add_node (bad, 99), RT_DOCUMENT_ERROR_INVALID);
  g_free (bad->id);
  bad->id = g_strdup ("has space");
  assert_refused (doc, rt_command_add_node (bad, -1), RT_DOCUMENT_ERROR_INVALID);
  g_free (bad->id);
  bad->id = g_strdup ("n6");
  bad->by = g_strdup ("p1");
  g_ptr_array_add (bad->credits, g_strdup ("p1"));
  assert_refused (doc, rt_command_add_node (bad, -1), RT_DOCUMENT_ERROR_INVALID);
  g_ptr_array_set_size (bad->credits, 0);
  g_ptr_array_add (bad->stances, rt_stance_new ("p2", RT_STANCE_AGREE));
  g_ptr_array_add (bad->stances, rt_stance_new ("p2", RT_STANCE_OBJECT));
  assert_refused (doc, rt_command_add_node (bad, -1), RT_DOCUMENT_ERROR_EXISTS);
}

static void
test_remove_node (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(GError) error = NULL;
  GPtrArray *to_n1;

  rt_document_take_node (doc, make_node ("n4", RT_NODE_NOTE, "p4", "Context"));
  rt_document_take_link (doc, make_link ("n4", "n1", RT_LINK_RELATES_TO, NULL));
  rt_document_take_link (doc, make_link ("n4", "n2", RT_LINK_RELATES_TO, NULL));

  assert_step (doc, rt_command_remove_node (doc, "n2", NULL));
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 3);
  g_assert_null (rt_document_lookup_node (doc, "n2"));
  g_assert_cmpint (rt_document_get_node_index (doc, "n4"), ==, 2);
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 1);
  to_n1 = rt_document_get_links_to (doc, "n1");
  g_assert_cmpuint (to_n1->len, ==, 1);
  g_assert_cmpstr (((RtLink *) to_n1->pdata[0])->from, ==, "n4");
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p3"), ==, 0);

  /* Back in place, each link at its index. */
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpint (rt_document_get_node_index (doc, "n2"), ==, 1);
  g_assert_cmpstr (rt_document_get_link (doc, 0)->from, ==, "n2");
  g_assert_cmpstr (rt_document_get_link (doc, 3)->to, ==, "n2");
  to_n1 = rt_document_get_links_to (doc, "n1");
  g_assert_cmpuint (to_n1->len, ==, 2);
  g_assert_cmpstr (((RtLink *) to_n1->pdata[0])->from, ==, "n2");
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p3"), ==, 1);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, NULL);
  g_assert_cmpstr (rt_document_get_redo_label (doc), ==, "Delete");

  g_assert_null (rt_command_remove_node (doc, "n9", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_text_and_details (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const RtNode *node = rt_document_lookup_node (doc, "n2");
  gint64 start = rt_time_now ();

  assert_step (doc, rt_command_set_text ("n2", "A weekly rota", "p4"));
  g_assert_cmpstr (node->text, ==, "A weekly rota");
  g_assert_cmpstr (node->modified_by, ==, "p4");
  g_assert_cmpint (node->modified, >=, start);
  g_assert_cmpint (node->modified, <=, rt_time_now ());

  assert_step (doc, rt_command_set_details ("n2", "Line one\nLine two", NULL));
  g_assert_cmpstr (node->details, ==, "Line one\nLine two");
  g_assert_null (node->modified_by);
  assert_step (doc, rt_command_set_details ("n2", "", "p1"));
  g_assert_null (node->details);

  assert_refused (doc, rt_command_set_text ("n9", "x", NULL), RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_set_text ("n2", "x", "p9"), RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_kind_and_status (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const RtNode *node = rt_document_lookup_node (doc, "n2");

  assert_step (doc, rt_command_set_kind ("n2", RT_NODE_PROBLEM));
  g_assert_cmpint (node->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (node->status, ==, RT_STATUS_OPEN);
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpint (node->status, ==, RT_STATUS_ADOPTED);
  assert_step (doc, rt_command_set_kind ("n2", RT_NODE_NOTE));
  g_assert_cmpint (node->status, ==, RT_STATUS_NONE);
  g_assert_true (rt_document_undo (doc));

  assert_step (doc, rt_command_set_status ("n2", RT_STATUS_PARKED));
  g_assert_cmpint (node->status, ==, RT_STATUS_PARKED);
  assert_refused (doc, rt_command_set_status ("n2", RT_STATUS_OPEN), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_set_status ("n3", RT_STATUS_OPEN), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_set_status ("n2", RT_STATUS_NONE), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_set_kind ("n9", RT_NODE_PRO), RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_author (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const RtNode *node = rt_document_lookup_node (doc, "n2");

  assert_step (doc, rt_command_set_author ("n2", "p4"));
  g_assert_cmpstr (node->by, ==, "p4");
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p4"), ==, 1);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p3"), ==, 0);
  assert_step (doc, rt_command_set_author ("n2", NULL));
  g_assert_null (node->by);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p4"), ==, 0);
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p4"), ==, 1);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p3"), ==, 0);

  /* p2 is credited on n2. */
  assert_refused (doc, rt_command_set_author ("n2", "p2"), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_set_author ("n2", "p9"), RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_move_and_pin (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const char *ids[] = { "n3", "n2" };
  const double xs[] = { 10, 20 };
  const double ys[] = { -5, 0.25 };
  const double bad[] = { 1, NAN };
  const char *missing[] = { "n1", "n9" };
  const RtNode *n2 = rt_document_lookup_node (doc, "n2");
  const RtNode *n3 = rt_document_lookup_node (doc, "n3");

  assert_step (doc, rt_command_move_nodes (2, ids, xs, ys, TRUE, 0));
  g_assert_true (n3->has_position);
  g_assert_true (n3->pinned);
  g_assert_cmpfloat (n3->x, ==, 10);
  g_assert_cmpfloat (n2->y, ==, 0.25);
  g_assert_true (rt_document_undo (doc));
  g_assert_false (n3->has_position);
  g_assert_false (n3->pinned);

  assert_step (doc, rt_command_place_nodes (2, ids, xs, ys));
  g_assert_true (n3->has_position);
  g_assert_false (n3->pinned);
  g_assert_true (n2->pinned);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Arrange");

  assert_step (doc, rt_command_set_pinned ("n3", TRUE));
  g_assert_true (n3->pinned);
  assert_step (doc, rt_command_set_pinned ("n2", FALSE));
  g_assert_false (n2->pinned);

  assert_refused (doc, rt_command_move_nodes (2, missing, xs, ys, FALSE, 0),
                  RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_move_nodes (2, ids, xs, bad, FALSE, 0),
                  RT_DOCUMENT_ERROR_INVALID);
}

static void
test_credits (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const RtNode *node = rt_document_lookup_node (doc, "n2");

  assert_step (doc, rt_command_add_credit ("n2", "p1"));
  g_assert_cmpuint (node->credits->len, ==, 2);
  g_assert_cmpstr (node->credits->pdata[1], ==, "p1");

  /* Removing the first of two puts it back first. */
  assert_step (doc, rt_command_remove_credit ("n2", "p2"));
  g_assert_cmpuint (node->credits->len, ==, 1);
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpstr (node->credits->pdata[0], ==, "p2");

  assert_refused (doc, rt_command_add_credit ("n2", "p1"), RT_DOCUMENT_ERROR_EXISTS);
  assert_refused (doc, rt_command_add_credit ("n2", "p3"), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_add_credit ("n2", "p9"), RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_add_credit ("n9", "p1"), RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_remove_credit ("n2", "p4"), RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_stances (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  const RtNode *node = rt_document_lookup_node (doc, "n2");
  const RtStance *stance;
  gint64 start = rt_time_now ();

  assert_step (doc, rt_command_set_stance ("n2", "p4", RT_STANCE_OBJECT, "Too much work",
                                           NULL, RT_TIME_NONE));
  stance = rt_node_find_stance (node, "p4");
  g_assert_nonnull (stance);
  g_assert_cmpint (stance->level, ==, RT_STANCE_OBJECT);
  g_assert_cmpstr (stance->text, ==, "Too much work");
  g_assert_cmpint (stance->at, >=, start);
  g_assert_true (node->stances->pdata[2] == stance);

  /* Replacing keeps the place. */
  assert_step (doc, rt_command_set_stance ("n2", "p3", RT_STANCE_AGREE, "", "", 100));
  stance = node->stances->pdata[0];
  g_assert_cmpstr (stance->person, ==, "p3");
  g_assert_cmpint (stance->level, ==, RT_STANCE_AGREE);
  g_assert_cmpint (stance->at, ==, 100);
  g_assert_null (stance->text);
  g_assert_null (stance->due);

  assert_step (doc, rt_command_set_stance ("n2", "p3", RT_STANCE_NONE, NULL, NULL,
                                           RT_TIME_NONE));
  g_assert_null (rt_node_find_stance (node, "p3"));
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Remove Stance");

  assert_refused (doc, rt_command_set_stance ("n2", "p3", RT_STANCE_NONE, NULL, NULL, 0),
                  RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_set_stance ("n2", "p9", RT_STANCE_AGREE, NULL, NULL, 0),
                  RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_set_stance ("n2", "p1", RT_STANCE_COMMIT, NULL,
                                              "2026-02-30", 0),
                  RT_DOCUMENT_ERROR_INVALID);
}

static void
test_links (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(RtLink) link = make_link ("n3", "n1", RT_LINK_RELATES_TO, "p4");
  g_autoptr(RtLink) self_link = make_link ("n1", "n1", RT_LINK_RELATES_TO, NULL);
  g_autoptr(RtLink) missing = make_link ("n1", "n9", RT_LINK_RELATES_TO, NULL);

  assert_step (doc, rt_command_add_link (link, 1));
  g_assert_true (rt_link_equal (rt_document_get_link (doc, 1), link));
  g_assert_cmpuint (rt_document_get_links_from (doc, "n3")->len, ==, 2);
  g_assert_true (rt_document_get_links_from (doc, "n3")->pdata[0] ==
                 rt_document_get_link (doc, 1));

  assert_step (doc, rt_command_remove_link ("n3", "n1", RT_LINK_RELATES_TO));
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 2);
  g_assert_true (rt_document_undo (doc));
  g_assert_true (rt_link_equal (rt_document_get_link (doc, 1), link));

  assert_step (doc, rt_command_set_link_kind ("n3", "n2", RT_LINK_OPPOSES, RT_LINK_RELATES_TO));
  g_assert_nonnull (rt_document_find_link (doc, "n3", "n2", RT_LINK_RELATES_TO));
  g_assert_null (rt_document_find_link (doc, "n3", "n2", RT_LINK_OPPOSES));
  g_assert_true (rt_document_undo (doc));

  assert_refused (doc, rt_command_add_link (link, -1), RT_DOCUMENT_ERROR_EXISTS);
  assert_refused (doc, rt_command_add_link (self_link, -1), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_add_link (missing, -1), RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_remove_link ("n3", "n1", RT_LINK_SUPPORTS),
                  RT_DOCUMENT_ERROR_NOT_FOUND);
  assert_refused (doc, rt_command_set_link_kind ("n1", "n3", RT_LINK_RELATES_TO,
                                                 RT_LINK_OPPOSES),
                  RT_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_pointer (&link, rt_link_free);
  link = make_link ("n3", "n2", RT_LINK_RELATES_TO, NULL);
  g_assert_true (rt_document_execute (doc, rt_command_add_link (link, -1), NULL));
  assert_refused (doc, rt_command_set_link_kind ("n3", "n2", RT_LINK_OPPOSES,
                                                 RT_LINK_RELATES_TO),
                  RT_DOCUMENT_ERROR_EXISTS);
}

static void
test_people (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(RtPerson) eve = rt_person_new ("p5", "Eve Martin");
  g_autoptr(RtPerson) changed = NULL;
  g_autoptr(RtPerson) bad = NULL;

  g_free (eve->color);
  eve->color = g_strdup ("#A51D2D");
  assert_step (doc, rt_command_add_person (eve, 0));
  g_assert_cmpstr (rt_document_get_person (doc, 0)->id, ==, "p5");
  g_assert_cmpstr (rt_document_get_person (doc, 0)->color, ==, "#a51d2d");

  changed = rt_person_copy (eve);
  g_free (changed->name);
  changed->name = g_strdup ("Eve M.");
  changed->present = FALSE;
  changed->role = RT_ROLE_FACILITATOR;
  assert_step (doc, rt_command_set_person (changed));
  g_assert_cmpstr (rt_document_lookup_person (doc, "p5")->name, ==, "Eve M.");
  g_assert_false (rt_document_lookup_person (doc, "p5")->present);

  assert_step (doc, rt_command_remove_person (doc, "p5", NULL));
  g_assert_null (rt_document_lookup_person (doc, "p5"));
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpint (rt_document_get_person (doc, 0)->present, ==, FALSE);

  assert_refused (doc, rt_command_add_person (eve, -1), RT_DOCUMENT_ERROR_EXISTS);
  bad = rt_person_new ("p6", "  ");
  assert_refused (doc, rt_command_add_person (bad, -1), RT_DOCUMENT_ERROR_INVALID);
  g_free (bad->name);
  bad->name = g_strdup ("Fay");
  g_free (bad->color);
  bad->color = g_strdup ("red");
  assert_refused (doc, rt_command_add_person (bad, -1), RT_DOCUMENT_ERROR_INVALID);
  assert_refused (doc, rt_command_set_person (bad), RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_remove_person_refused (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(GError) error = NULL;
  RtCommand *command;
  RtNode *node;

  /* Ben: by on n1, n4, n5, credited on n2; stances on n2 and n4. */
  node = make_node ("n4", RT_NODE_PRO, "p2", "");
  g_ptr_array_add (node->stances, rt_stance_new ("p2", RT_STANCE_AGREE));
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, make_node ("n5", RT_NODE_NOTE, "p2", ""));

  g_assert_null (rt_command_remove_person (doc, "p2", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_HAS_CONTRIBUTIONS);
  g_assert_cmpstr (error->message, ==,
                   "Ben Okafor cannot be removed: they contributed 4 items and hold 2 "
                   "stances. Merge them into another person instead.");
  g_clear_error (&error);

  g_assert_null (rt_command_remove_person (doc, "p9", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Built while Dana had done nothing, executed once she has. */
  command = rt_command_remove_person (doc, "p4", &error);
  g_assert_no_error (error);
  g_assert_true (rt_document_execute (doc, rt_command_set_text ("n3", "Keys", "p4"), NULL));
  assert_refused (doc, command, RT_DOCUMENT_ERROR_HAS_CONTRIBUTIONS);
}

static void
test_merge_people (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(GError) error = NULL;
  RtNode *node;
  const RtNode *n2;

  /* Ben (p2) goes into Amira (p1). */
  node = make_node ("n4", RT_NODE_PRO, "p2", "");
  g_ptr_array_add (node->credits, g_strdup ("p1"));
  node->modified_by = g_strdup ("p2");
  g_ptr_array_add (node->stances, rt_stance_new ("p1", RT_STANCE_ACCEPT));
  g_ptr_array_add (node->stances, rt_stance_new ("p2", RT_STANCE_COMMIT));
  rt_document_take_node (doc, node);
  node = make_node ("n5", RT_NODE_NOTE, "p1", "");
  g_ptr_array_add (node->credits, g_strdup ("p4"));
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  rt_document_take_node (doc, node);
  rt_document_take_link (doc, make_link ("n4", "n1", RT_LINK_RELATES_TO, "p2"));

  assert_step (doc, rt_command_merge_people (doc, "p2", "p1", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Merge People");
  g_assert_null (rt_document_lookup_person (doc, "p2"));
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 3);

  g_assert_cmpstr (rt_document_lookup_node (doc, "n1")->by, ==, "p1");
  n2 = rt_document_lookup_node (doc, "n2");
  g_assert_cmpuint (n2->credits->len, ==, 1);
  g_assert_cmpstr (n2->credits->pdata[0], ==, "p1");
  g_assert_cmpint (rt_node_find_stance (n2, "p1")->level, ==, RT_STANCE_AGREE);
  g_assert_true (n2->stances->pdata[1] == rt_node_find_stance (n2, "p1"));

  node = (RtNode *) rt_document_lookup_node (doc, "n4");
  g_assert_cmpstr (node->by, ==, "p1");
  g_assert_cmpuint (node->credits->len, ==, 0);
  g_assert_cmpstr (node->modified_by, ==, "p1");
  g_assert_cmpuint (node->stances->len, ==, 1);
  g_assert_cmpint (rt_node_find_stance (node, "p1")->level, ==, RT_STANCE_ACCEPT);

  node = (RtNode *) rt_document_lookup_node (doc, "n5");
  g_assert_cmpuint (node->credits->len, ==, 1);
  g_assert_cmpstr (node->credits->pdata[0], ==, "p4");
  g_assert_cmpstr (rt_document_get_link (doc, 2)->by, ==, "p1");

  g_assert_false (rt_document_person_is_referenced (doc, "p2"));
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p1"), ==, 4);
  g_assert_cmpuint (rt_document_count_nodes_by (doc, "p2"), ==, 0);

  g_assert_null (rt_command_merge_people (doc, "p1", "p1", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (rt_command_merge_people (doc, "p2", "p1", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_merge_nodes (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(GError) error = NULL;
  const RtNode *keep;
  RtNode *gone;
  RtStance *stance;

  /* n4 duplicates n2: merged, its links move over. */
  gone = make_node ("n4", RT_NODE_RESPONSE, "p4", "Volunteers on a rota");
  gone->details = g_strdup ("Ask the friends of the library.");
  g_ptr_array_add (gone->credits, g_strdup ("p2"));
  g_ptr_array_add (gone->credits, g_strdup ("p1"));
  stance = rt_stance_new ("p3", RT_STANCE_OBJECT);
  g_ptr_array_add (gone->stances, stance);
  stance = rt_stance_new ("p4", RT_STANCE_COMMIT);
  stance->at = 7;
  g_ptr_array_add (gone->stances, stance);
  rt_document_take_node (doc, gone);
  rt_document_take_link (doc, make_link ("n4", "n1", RT_LINK_RESPONDS_TO, NULL));
  rt_document_take_link (doc, make_link ("n3", "n4", RT_LINK_OPPOSES, "p1"));
  rt_document_take_link (doc, make_link ("n4", "n3", RT_LINK_RELATES_TO, "p2"));
  rt_document_take_link (doc, make_link ("n2", "n4", RT_LINK_RELATES_TO, NULL));

  assert_step (doc, rt_command_merge_nodes (doc, "n2", "n4", &error));
  g_assert_no_error (error);
  g_assert_null (rt_document_lookup_node (doc, "n4"));
  keep = rt_document_lookup_node (doc, "n2");
  /* Both authors are kept. */
  g_assert_cmpstr (keep->by, ==, "p3");
  g_assert_true (rt_node_has_credit (keep, "p4"));
  g_assert_true (rt_node_has_credit (keep, "p2"));
  g_assert_true (rt_node_has_credit (keep, "p1"));
  g_assert_cmpuint (keep->credits->len, ==, 3);
  g_assert_cmpstr (keep->details, ==,
                   "Neighbours sign up for one Saturday a month.\n\n"
                   "Volunteers on a rota\n\nAsk the friends of the library.");
  g_assert_cmpint (rt_node_find_stance (keep, "p3")->level, ==, RT_STANCE_COMMIT);
  g_assert_cmpint (rt_node_find_stance (keep, "p4")->at, ==, 7);

  /* n2→n1 and n3→n2 existed; n4→n3 moves; n2→n4 vanishes. */
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 3);
  g_assert_nonnull (rt_document_find_link (doc, "n2", "n3", RT_LINK_RELATES_TO));
  g_assert_cmpstr (rt_document_find_link (doc, "n2", "n3", RT_LINK_RELATES_TO)->by, ==, "p2");
  g_assert_cmpuint (rt_document_get_links_to (doc, "n2")->len, ==, 1);

  g_assert_null (rt_command_merge_nodes (doc, "n2", "n2", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (rt_command_merge_nodes (doc, "n2", "n4", &error));
  g_assert_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND);
}

static void
test_meta (void)
{
  g_autoptr(RtDocument) doc = make_library ();

  assert_step (doc, rt_command_set_meta ("Opening hours", NULL));
  g_assert_cmpstr (rt_document_get_title (doc), ==, "Opening hours");
  g_assert_null (rt_document_get_description (doc));
  assert_step (doc, rt_command_set_meta (NULL, "Notes"));
  g_assert_null (rt_document_get_title (doc));
}

static void
test_group_command (void)
{
  g_autoptr(RtDocument) doc = make_library ();
  g_autoptr(RtNode) node = make_node ("n4", RT_NODE_PRO, "p4", "Cheap");
  g_autoptr(RtLink) link = make_link ("n4", "n2", RT_LINK_SUPPORTS, "p4");
  RtCommand *group;

  group = rt_command_group_new ("Add Pro");
  rt_command_group_add (group, rt_command_add_node (node, -1));
  rt_command_group_add (group, rt_command_add_link (link, -1));
  rt_command_group_add (group, rt_command_set_stance ("n4", "p1", RT_STANCE_AGREE, NULL,
                                                      NULL, 5));
  assert_step (doc, group);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Add Pro");
  g_assert_cmpuint (rt_document_get_links_to (doc, "n2")->len, ==, 2);

  /* A part that fails takes the others back. */
  group = rt_command_group_new ("Broken");
  rt_command_group_add (group, rt_command_set_text ("n1", "Changed", NULL));
  rt_command_group_add (group, rt_command_remove_node (doc, "n3", NULL));
  rt_command_group_add (group, rt_command_add_credit ("n2", "p3"));
  assert_refused (doc, group, RT_DOCUMENT_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/command/create-destroy", test_create_destroy);
  g_test_add_func ("/command/add-node", test_add_node);
  g_test_add_func ("/command/remove-node", test_remove_node);
  g_test_add_func ("/command/text-and-details", test_text_and_details);
  g_test_add_func ("/command/kind-and-status", test_kind_and_status);
  g_test_add_func ("/command/author", test_author);
  g_test_add_func ("/command/move-and-pin", test_move_and_pin);
  g_test_add_func ("/command/credits", test_credits);
  g_test_add_func ("/command/stances", test_stances);
  g_test_add_func ("/command/links", test_links);
  g_test_add_func ("/command/people", test_people);
  g_test_add_func ("/command/remove-person-refused", test_remove_person_refused);
  g_test_add_func ("/command/merge-people", test_merge_people);
  g_test_add_func ("/command/merge-nodes", test_merge_nodes);
  g_test_add_func ("/command/meta", test_meta);
  g_test_add_func ("/command/group", test_group_command);

  return g_test_run ();
}

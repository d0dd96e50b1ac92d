/* test-analysis.c: ownership figures of hand-built documents
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/rt-analysis.h"
#include "model/rt-command.h"

/* Building documents */

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
  node->text = g_strdup (text != NULL ? text : id);
  return node;
}

static void
add_credit (RtNode     *node,
            const char *person)
{
  g_ptr_array_add (node->credits, g_strdup (person));
}

static void
add_stance (RtNode        *node,
            const char    *person,
            RtStanceLevel  level)
{
  g_ptr_array_add (node->stances, rt_stance_new (person, level));
}

static void
add_node (RtDocument *doc,
          const char *id,
          RtNodeKind  kind,
          const char *by)
{
  rt_document_take_node (doc, make_node (id, kind, by, NULL));
}

static void
add_link (RtDocument *doc,
          const char *from,
          const char *to,
          RtLinkKind  kind)
{
  rt_document_take_link (doc, rt_link_new (from, to, kind));
}

static void
add_adopted (RtDocument *doc,
             const char *id,
             const char *by)
{
  RtNode *node = make_node (id, RT_NODE_RESPONSE, by, NULL);

  node->status = RT_STATUS_ADOPTED;
  rt_document_take_node (doc, node);
}

static void
assert_ids (GPtrArray  *ids,
            const char *expected)
{
  g_auto(GStrv) want = g_strsplit (expected, " ", -1);
  guint n_want = *expected == '\0' ? 0 : g_strv_length (want);

  g_assert_cmpuint (ids->len, ==, n_want);
  for (guint i = 0; i < n_want; i++)
    g_assert_cmpstr (g_ptr_array_index (ids, i), ==, want[i]);
}

static const RtProblemStats *
find_problem (RtAnalysis *analysis,
              const char *id)
{
  for (guint i = 0; i < rt_analysis_get_n_problems (analysis); i++)
    if (g_str_equal (rt_analysis_get_problem (analysis, i)->id, id))
      return rt_analysis_get_problem (analysis, i);
  g_assert_not_reached ();
}

/* Tests */

static void
test_create (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  RtAnalysis *analysis = rt_analysis_new (NULL);
  RtAnalysis *copy;

  g_assert_cmpuint (rt_analysis_get_n_people (analysis), ==, 0);
  rt_analysis_recompute (analysis, doc);
  copy = g_boxed_copy (RT_TYPE_ANALYSIS, analysis);
  g_assert_true (copy == analysis);
  g_boxed_free (RT_TYPE_ANALYSIS, copy);
  rt_analysis_unref (analysis);
}

static void
test_empty (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = rt_analysis_new (doc);

  g_assert_cmpuint (rt_analysis_get_n_people (analysis), ==, 0);
  g_assert_cmpuint (rt_analysis_get_n_present (analysis), ==, 0);
  for (guint k = 0; k <= RT_N_NODE_KINDS; k++)
    {
      g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, k), ==, 0);
      g_assert_cmpuint (rt_analysis_get_n_unattributed (analysis, k), ==, 0);
    }
  g_assert_cmpuint (rt_analysis_get_not_heard (analysis)->len, ==, 0);
  g_assert_cmpfloat (rt_analysis_get_top_two_share (analysis), ==, 0.0);
  g_assert_cmpuint (rt_analysis_get_n_decisions (analysis), ==, 0);
  g_assert_cmpuint (rt_analysis_get_n_problems (analysis), ==, 0);
  g_assert_null (rt_analysis_lookup_person (analysis, "p1"));
}

static void
test_people (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  const RtPersonStats *p1, *p2, *p3, *p4;
  RtNode *node;

  add_person (doc, "p1", "Amira", TRUE);
  add_person (doc, "p2", "Ben", TRUE);
  add_person (doc, "p3", "Chen", FALSE);
  add_person (doc, "p4", "Dana", TRUE);

  add_node (doc, "n1", RT_NODE_PROBLEM, "p1");
  node = make_node ("n2", RT_NODE_RESPONSE, "p1", NULL);
  add_credit (node, "p2");
  add_stance (node, "p1", RT_STANCE_COMMIT);
  add_stance (node, "p2", RT_STANCE_AGREE);
  add_stance (node, "p4", RT_STANCE_OBJECT);
  rt_document_take_node (doc, node);
  add_node (doc, "n3", RT_NODE_PRO, "p1");
  add_node (doc, "n4", RT_NODE_CON, "p3");
  add_node (doc, "n5", RT_NODE_NOTE, NULL);
  node = make_node ("n6", RT_NODE_NOTE, NULL, NULL);
  add_credit (node, "p3");
  add_stance (node, "p1", RT_STANCE_ACCEPT);
  add_stance (node, "p4", RT_STANCE_ACCEPT);
  rt_document_take_node (doc, node);
  add_node (doc, "n7", RT_NODE_PROBLEM, "p2");

  analysis = rt_analysis_new (doc);
  g_assert_cmpuint (rt_analysis_get_n_people (analysis), ==, 4);
  g_assert_cmpuint (rt_analysis_get_n_present (analysis), ==, 3);

  p1 = rt_analysis_get_person (analysis, 0);
  g_assert_cmpstr (p1->id, ==, "p1");
  g_assert_cmpstr (p1->name, ==, "Amira");
  g_assert_true (p1->present);
  g_assert_true (p1->heard);
  g_assert_cmpuint (p1->contributions[RT_NODE_PROBLEM], ==, 1);
  g_assert_cmpuint (p1->contributions[RT_NODE_RESPONSE], ==, 1);
  g_assert_cmpuint (p1->contributions[RT_NODE_PRO], ==, 1);
  g_assert_cmpuint (p1->contributions[RT_NODE_CON], ==, 0);
  g_assert_cmpuint (p1->contributions[RT_NODE_NOTE], ==, 0);
  g_assert_cmpuint (p1->total, ==, 3);
  g_assert_cmpuint (p1->credits, ==, 0);
  g_assert_cmpuint (p1->stances[RT_STANCE_NONE], ==, 0);
  g_assert_cmpuint (p1->stances[RT_STANCE_COMMIT], ==, 1);
  g_assert_cmpuint (p1->stances[RT_STANCE_AGREE], ==, 0);
  g_assert_cmpuint (p1->stances[RT_STANCE_ACCEPT], ==, 1);
  g_assert_cmpuint (p1->stances[RT_STANCE_OBJECT], ==, 0);

  p2 = rt_analysis_lookup_person (analysis, "p2");
  g_assert_true (p2 == rt_analysis_get_person (analysis, 1));
  g_assert_cmpuint (p2->total, ==, 1);
  g_assert_cmpuint (p2->contributions[RT_NODE_PROBLEM], ==, 1);
  g_assert_cmpuint (p2->credits, ==, 1);
  g_assert_cmpuint (p2->stances[RT_STANCE_AGREE], ==, 1);

  /* Absent people keep their contributions. */
  p3 = rt_analysis_get_person (analysis, 2);
  g_assert_false (p3->present);
  g_assert_true (p3->heard);
  g_assert_cmpuint (p3->contributions[RT_NODE_CON], ==, 1);
  g_assert_cmpuint (p3->total, ==, 1);
  g_assert_cmpuint (p3->credits, ==, 1);

  /* Stances alone are not being heard. */
  p4 = rt_analysis_get_person (analysis, 3);
  g_assert_true (p4->present);
  g_assert_false (p4->heard);
  g_assert_cmpuint (p4->total, ==, 0);
  g_assert_cmpuint (p4->credits, ==, 0);
  g_assert_cmpuint (p4->stances[RT_STANCE_OBJECT], ==, 1);
  g_assert_cmpuint (p4->stances[RT_STANCE_ACCEPT], ==, 1);

  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_NODE_PROBLEM), ==, 2);
  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_NODE_RESPONSE), ==, 1);
  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_NODE_PRO), ==, 1);
  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_NODE_CON), ==, 1);
  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_NODE_NOTE), ==, 2);
  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_N_NODE_KINDS), ==, 7);
  g_assert_cmpuint (rt_analysis_get_n_unattributed (analysis, RT_NODE_NOTE), ==, 2);
  g_assert_cmpuint (rt_analysis_get_n_unattributed (analysis, RT_NODE_PROBLEM), ==, 0);
  g_assert_cmpuint (rt_analysis_get_n_unattributed (analysis, RT_N_NODE_KINDS), ==, 2);

  assert_ids (rt_analysis_get_not_heard (analysis), "p4");
  /* 3 + 1 of 5 attributed nodes. */
  g_assert_cmpfloat_with_epsilon (rt_analysis_get_top_two_share (analysis), 4.0 / 5.0, 1e-12);
}

static void
test_not_heard_order (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", FALSE);
  add_person (doc, "p4", "D", TRUE);
  add_person (doc, "p5", "E", TRUE);
  add_node (doc, "n1", RT_NODE_NOTE, "p2");

  analysis = rt_analysis_new (doc);
  assert_ids (rt_analysis_get_not_heard (analysis), "p1 p4 p5");
  g_assert_false (rt_analysis_get_person (analysis, 0)->heard);
  g_assert_cmpfloat (rt_analysis_get_top_two_share (analysis), ==, 1.0);
}

static void
test_top_two_share (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  const char *authors[] = { "p1", "p1", "p1", "p2", "p2", "p3", "p4", NULL, NULL, NULL };

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", FALSE);
  add_person (doc, "p3", "C", TRUE);
  add_person (doc, "p4", "D", TRUE);

  /* Nodes with an unknown author only: no share. */
  add_node (doc, "u1", RT_NODE_NOTE, NULL);
  analysis = rt_analysis_new (doc);
  g_assert_cmpfloat (rt_analysis_get_top_two_share (analysis), ==, 0.0);

  for (guint i = 0; i < G_N_ELEMENTS (authors); i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      add_node (doc, id, RT_NODE_PRO, authors[i]);
    }
  rt_analysis_recompute (analysis, doc);
  /* Absent people count; unknown authors do not: (3 + 2) / 7. */
  g_assert_cmpfloat_with_epsilon (rt_analysis_get_top_two_share (analysis), 5.0 / 7.0, 1e-12);
  g_assert_cmpuint (rt_analysis_get_n_unattributed (analysis, RT_N_NODE_KINDS), ==, 4);
}

static void
test_decisions (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  const RtDecision *decision;
  RtNode *node;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", TRUE);
  add_person (doc, "p4", "D", FALSE);
  add_person (doc, "p5", "E", TRUE);

  add_node (doc, "q", RT_NODE_PROBLEM, "p2");
  /* Stances out of people order; lists come back in people order. */
  node = make_node ("r1", RT_NODE_RESPONSE, "p1", "Rota");
  node->status = RT_STATUS_ADOPTED;
  add_stance (node, "p5", RT_STANCE_COMMIT);
  add_stance (node, "p3", RT_STANCE_AGREE);
  add_stance (node, "p4", RT_STANCE_OBJECT);
  add_stance (node, "p2", RT_STANCE_COMMIT);
  add_stance (node, "p1", RT_STANCE_AGREE);
  rt_document_take_node (doc, node);
  node = make_node ("r2", RT_NODE_RESPONSE, "p1", NULL);
  add_stance (node, "p1", RT_STANCE_COMMIT);
  rt_document_take_node (doc, node);  /* proposed: not a decision */
  node = make_node ("r3", RT_NODE_RESPONSE, "p3", NULL);
  node->status = RT_STATUS_REJECTED;
  rt_document_take_node (doc, node);
  node = make_node ("r4", RT_NODE_RESPONSE, "p2", NULL);
  node->status = RT_STATUS_ADOPTED;
  add_stance (node, "p3", RT_STANCE_ACCEPT);
  add_stance (node, "p1", RT_STANCE_ACCEPT);
  rt_document_take_node (doc, node);
  node = make_node ("r5", RT_NODE_RESPONSE, "p3", NULL);
  node->status = RT_STATUS_PARKED;
  rt_document_take_node (doc, node);
  add_link (doc, "r1", "q", RT_LINK_RESPONDS_TO);
  add_link (doc, "r4", "q", RT_LINK_RESPONDS_TO);

  analysis = rt_analysis_new (doc);
  g_assert_cmpuint (rt_analysis_get_n_decisions (analysis), ==, 2);

  decision = rt_analysis_get_decision (analysis, 0);
  g_assert_cmpstr (decision->id, ==, "r1");
  g_assert_cmpstr (decision->text, ==, "Rota");
  assert_ids (decision->owners, "p2 p5");
  assert_ids (decision->supporters, "p1 p3");
  assert_ids (decision->accepting, "");
  assert_ids (decision->objecting, "p4");
  g_assert_cmpint (decision->warnings, ==, RT_DECISION_WARNING_OPEN_OBJECTION);
  g_assert_null (decision->sole_author);

  decision = rt_analysis_get_decision (analysis, 1);
  g_assert_cmpstr (decision->id, ==, "r4");
  assert_ids (decision->owners, "");
  assert_ids (decision->supporters, "");
  assert_ids (decision->accepting, "p1 p3");
  assert_ids (decision->objecting, "");
  /* Only p2 shaped r4 and the problem it answers. */
  g_assert_cmpint (decision->warnings, ==,
                   RT_DECISION_WARNING_UNOWNED | RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP);
  g_assert_cmpstr (decision->sole_author, ==, "p2");
}

static void
test_warning_names (void)
{
  RtDecisionWarnings split[RT_N_DECISION_WARNINGS];
  guint n;

  g_assert_cmpstr (rt_decision_warning_to_string (RT_DECISION_WARNING_UNOWNED), ==, "unowned");
  g_assert_cmpstr (rt_decision_warning_to_string (RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP),
                   ==, "decided-without-group");
  g_assert_cmpstr (rt_decision_warning_to_string (RT_DECISION_WARNING_OPEN_OBJECTION),
                   ==, "open-objection");
  g_assert_null (rt_decision_warning_to_string (RT_DECISION_WARNING_NONE));
  g_assert_null (rt_decision_warning_to_string (RT_DECISION_WARNING_UNOWNED
                                                | RT_DECISION_WARNING_OPEN_OBJECTION));

  n = rt_decision_warnings_split (RT_DECISION_WARNING_OPEN_OBJECTION
                                  | RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP
                                  | RT_DECISION_WARNING_UNOWNED, split);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (split[0], ==, RT_DECISION_WARNING_UNOWNED);
  g_assert_cmpint (split[1], ==, RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP);
  g_assert_cmpint (split[2], ==, RT_DECISION_WARNING_OPEN_OBJECTION);
  n = rt_decision_warnings_split (RT_DECISION_WARNING_OPEN_OBJECTION, split);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (split[0], ==, RT_DECISION_WARNING_OPEN_OBJECTION);
  g_assert_cmpuint (rt_decision_warnings_split (RT_DECISION_WARNING_NONE, split), ==, 0);
}

/* A response by p1 that p1 owns, answering a problem, with one pro; the
 * authors of the problem and the pro vary. */
static RtDecisionWarnings
group_warnings (const char *problem_by,
                const char *pro_by,
                const char *credit,
                gboolean    second_present,
                const char *far_by)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  RtNode *node;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", second_present);
  add_node (doc, "q", RT_NODE_PROBLEM, problem_by);
  node = make_node ("r", RT_NODE_RESPONSE, "p1", NULL);
  node->status = RT_STATUS_ADOPTED;
  add_stance (node, "p1", RT_STANCE_COMMIT);
  if (credit != NULL)
    add_credit (node, credit);
  rt_document_take_node (doc, node);
  add_node (doc, "pro", RT_NODE_PRO, pro_by);
  add_link (doc, "r", "q", RT_LINK_RESPONDS_TO);
  add_link (doc, "pro", "r", RT_LINK_SUPPORTS);
  /* Two links away from the response: never counts. */
  add_node (doc, "far", RT_NODE_NOTE, far_by);
  add_link (doc, "far", "pro", RT_LINK_RELATES_TO);

  analysis = rt_analysis_new (doc);
  g_assert_cmpuint (rt_analysis_get_n_decisions (analysis), ==, 1);
  return rt_analysis_get_decision (analysis, 0)->warnings;
}

static void
test_decided_without_group (void)
{
  const RtDecisionWarnings alone = RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP;

  g_assert_cmpint (group_warnings ("p1", "p1", NULL, TRUE, NULL), ==, alone);
  /* Unknown authors are nobody. */
  g_assert_cmpint (group_warnings (NULL, NULL, NULL, TRUE, NULL), ==, alone);
  /* A second person on a node linked either way, or credited. */
  g_assert_cmpint (group_warnings ("p2", "p1", NULL, TRUE, NULL), ==, 0);
  g_assert_cmpint (group_warnings ("p1", "p2", NULL, TRUE, NULL), ==, 0);
  g_assert_cmpint (group_warnings ("p1", "p1", "p2", TRUE, NULL), ==, 0);
  /* ...but not two links away. */
  g_assert_cmpint (group_warnings ("p1", "p1", NULL, TRUE, "p2"), ==, alone);
  /* An absent second person still shaped it. */
  g_assert_cmpint (group_warnings ("p2", "p1", NULL, FALSE, NULL), ==, 0);
  /* One present person: the map needs two present people for the warning. */
  g_assert_cmpint (group_warnings ("p1", "p1", NULL, FALSE, NULL), ==, 0);
}

static void
test_decided_by_nobody (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  const RtDecision *decision;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_adopted (doc, "r", NULL);
  add_node (doc, "q", RT_NODE_PROBLEM, NULL);
  add_link (doc, "r", "q", RT_LINK_RESPONDS_TO);

  /* Nobody at all is not exactly one person. */
  analysis = rt_analysis_new (doc);
  decision = rt_analysis_get_decision (analysis, 0);
  g_assert_cmpint (decision->warnings, ==, RT_DECISION_WARNING_UNOWNED);
  g_assert_null (decision->sole_author);
}

static void
test_problem_ownership (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  const RtProblemStats *problem;
  RtNode *node;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", TRUE);
  add_person (doc, "p4", "D", FALSE);

  /* q1 <- r1 <- pro1 (credits p2); r1 -> q2 (q2 reaches nothing back). */
  node = make_node ("q1", RT_NODE_PROBLEM, "p1", "Saturdays");
  node->status = RT_STATUS_RESOLVED;
  rt_document_take_node (doc, node);
  add_node (doc, "r1", RT_NODE_RESPONSE, "p4");
  node = make_node ("pro1", RT_NODE_PRO, NULL, NULL);
  add_credit (node, "p2");
  rt_document_take_node (doc, node);
  add_node (doc, "q2", RT_NODE_PROBLEM, "p1");
  add_node (doc, "q3", RT_NODE_PROBLEM, NULL);
  add_link (doc, "r1", "q1", RT_LINK_RESPONDS_TO);
  add_link (doc, "pro1", "r1", RT_LINK_SUPPORTS);
  add_link (doc, "r1", "q2", RT_LINK_RESPONDS_TO);
  /* A link out of a problem does not give ownership to where it goes. */
  add_link (doc, "q1", "q3", RT_LINK_RELATES_TO);

  analysis = rt_analysis_new (doc);
  g_assert_cmpuint (rt_analysis_get_n_problems (analysis), ==, 3);
  problem = rt_analysis_get_problem (analysis, 0);
  g_assert_cmpstr (problem->id, ==, "q1");
  g_assert_cmpstr (problem->text, ==, "Saturdays");
  g_assert_cmpint (problem->status, ==, RT_STATUS_RESOLVED);
  /* p1 and p2 of three present; p4 is absent. */
  g_assert_cmpuint (problem->n_owners, ==, 2);
  g_assert_cmpfloat (problem->ownership, ==, 0.67);
  problem = rt_analysis_get_problem (analysis, 1);
  g_assert_cmpstr (problem->id, ==, "q2");
  g_assert_cmpint (problem->status, ==, RT_STATUS_OPEN);
  g_assert_cmpfloat (problem->ownership, ==, 0.67);
  problem = rt_analysis_get_problem (analysis, 2);
  g_assert_cmpstr (problem->id, ==, "q3");
  /* Reached from q1 (p1), r1 (absent p4), pro1 (p2). */
  g_assert_cmpuint (problem->n_owners, ==, 2);
  g_assert_cmpfloat (problem->ownership, ==, 0.67);
}

static void
test_problem_rounding (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", TRUE);
  add_person (doc, "p4", "D", FALSE);
  add_person (doc, "p5", "E", FALSE);
  add_person (doc, "p6", "F", FALSE);
  add_node (doc, "third", RT_NODE_PROBLEM, "p1");
  add_node (doc, "none", RT_NODE_PROBLEM, "p4");
  add_node (doc, "all", RT_NODE_PROBLEM, "p1");
  add_node (doc, "a", RT_NODE_NOTE, "p2");
  add_node (doc, "b", RT_NODE_NOTE, "p3");
  add_link (doc, "a", "all", RT_LINK_RELATES_TO);
  add_link (doc, "b", "a", RT_LINK_RELATES_TO);

  analysis = rt_analysis_new (doc);
  g_assert_cmpfloat (find_problem (analysis, "third")->ownership, ==, 0.33);
  g_assert_cmpfloat (find_problem (analysis, "none")->ownership, ==, 0.0);
  g_assert_cmpfloat (find_problem (analysis, "all")->ownership, ==, 1.0);
  g_assert_cmpuint (find_problem (analysis, "all")->n_owners, ==, 3);
}

static void
test_problem_cycles (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;

  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      add_person (doc, id, id, TRUE);
    }
  /* q1 -> r1 -> q1 is a cycle: each reaches the other. x -> r1 from
   * outside; q1 -> y goes out of the cycle; z -> y, y -> w. */
  add_node (doc, "q1", RT_NODE_PROBLEM, "p1");
  add_node (doc, "r1", RT_NODE_RESPONSE, "p2");
  add_node (doc, "x", RT_NODE_PRO, "p3");
  add_node (doc, "y", RT_NODE_PROBLEM, "p4");
  add_node (doc, "z", RT_NODE_NOTE, "p5");
  add_node (doc, "w", RT_NODE_PROBLEM, "p6");
  add_link (doc, "r1", "q1", RT_LINK_RESPONDS_TO);
  add_link (doc, "q1", "r1", RT_LINK_ARISES_FROM);
  add_link (doc, "x", "r1", RT_LINK_SUPPORTS);
  add_link (doc, "q1", "y", RT_LINK_RELATES_TO);
  add_link (doc, "z", "y", RT_LINK_RELATES_TO);
  add_link (doc, "y", "w", RT_LINK_ARISES_FROM);
  /* A second cycle through w: w -> v -> w. */
  add_node (doc, "v", RT_NODE_NOTE, "p7");
  add_link (doc, "w", "v", RT_LINK_RELATES_TO);
  add_link (doc, "v", "w", RT_LINK_RELATES_TO);

  analysis = rt_analysis_new (doc);
  /* q1: p1, p2, p3 of 8. */
  g_assert_cmpuint (find_problem (analysis, "q1")->n_owners, ==, 3);
  g_assert_cmpfloat (find_problem (analysis, "q1")->ownership, ==, 0.38);
  /* y: q1's three, itself (p4) and z (p5). */
  g_assert_cmpuint (find_problem (analysis, "y")->n_owners, ==, 5);
  g_assert_cmpfloat (find_problem (analysis, "y")->ownership, ==, 0.63);
  /* w: everyone but p8. */
  g_assert_cmpuint (find_problem (analysis, "w")->n_owners, ==, 7);
  g_assert_cmpfloat (find_problem (analysis, "w")->ownership, ==, 0.88);
}

static void
test_problem_nobody_present (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;

  add_person (doc, "p1", "A", FALSE);
  add_node (doc, "q", RT_NODE_PROBLEM, "p1");
  analysis = rt_analysis_new (doc);
  g_assert_cmpuint (rt_analysis_get_n_present (analysis), ==, 0);
  g_assert_cmpuint (find_problem (analysis, "q")->n_owners, ==, 0);
  g_assert_cmpfloat (find_problem (analysis, "q")->ownership, ==, 0.0);
  g_assert_cmpuint (rt_analysis_get_not_heard (analysis)->len, ==, 0);
}

/* Problem ownership against a plain walk from each problem, on random
 * graphs with cycles and more than 64 present people. */
static void
test_problem_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(RtDocument) doc = rt_document_new ();
      g_autoptr(RtAnalysis) analysis = NULL;
      guint n_people = g_rand_int_range (rand, 1, 140);
      guint n_nodes = g_rand_int_range (rand, 1, 80);
      guint n_links = g_rand_int_range (rand, 0, 160);
      guint n_present = 0;

      for (guint i = 0; i < n_people; i++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", i);
          gboolean present = g_rand_int_range (rand, 0, 4) != 0;

          add_person (doc, id, id, present);
          n_present += present;
        }
      for (guint i = 0; i < n_nodes; i++)
        {
          g_autofree char *id = g_strdup_printf ("n%u", i);
          g_autofree char *by = g_strdup_printf ("p%d", g_rand_int_range (rand, 0, n_people));
          RtNode *node = make_node (id, g_rand_int_range (rand, 0, RT_N_NODE_KINDS),
                                    g_rand_boolean (rand) ? by : NULL, NULL);

          for (guint c = 0; c < 3; c++)
            {
              g_autofree char *credit = g_strdup_printf ("p%d",
                                                         g_rand_int_range (rand, 0, n_people));

              if (g_rand_boolean (rand) && !rt_node_has_contributor (node, credit))
                add_credit (node, credit);
            }
          rt_document_take_node (doc, node);
        }
      for (guint i = 0; i < n_links; i++)
        {
          g_autofree char *from = g_strdup_printf ("n%d", g_rand_int_range (rand, 0, n_nodes));
          g_autofree char *to = g_strdup_printf ("n%d", g_rand_int_range (rand, 0, n_nodes));

          if (g_str_equal (from, to)
              || rt_document_find_link (doc, from, to, RT_LINK_RELATES_TO) != NULL)
            continue;
          add_link (doc, from, to, RT_LINK_RELATES_TO);
        }

      analysis = rt_analysis_new (doc);
      for (guint p = 0, i = 0; i < n_nodes; i++)
        {
          const RtNode *problem = rt_document_get_node (doc, i);
          g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);
          g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
          g_autoptr(GPtrArray) queue = g_ptr_array_new ();
          const RtProblemStats *stats;

          if (problem->kind != RT_NODE_PROBLEM)
            continue;
          g_hash_table_add (reached, problem->id);
          g_ptr_array_add (queue, problem->id);
          for (guint q = 0; q < queue->len; q++)
            {
              const RtNode *node = rt_document_lookup_node (doc, g_ptr_array_index (queue, q));
              GPtrArray *in = rt_document_get_links_to (doc, node->id);

              if (node->by != NULL && rt_document_lookup_person (doc, node->by)->present)
                g_hash_table_add (owners, node->by);
              for (guint c = 0; c < node->credits->len; c++)
                if (rt_document_lookup_person (doc, g_ptr_array_index (node->credits, c))->present)
                  g_hash_table_add (owners, g_ptr_array_index (node->credits, c));
              for (guint l = 0; l < in->len; l++)
                {
                  const RtLink *link = g_ptr_array_index (in, l);

                  if (g_hash_table_add (reached, link->from))
                    g_ptr_array_add (queue, link->from);
                }
            }

          stats = rt_analysis_get_problem (analysis, p++);
          g_assert_cmpstr (stats->id, ==, problem->id);
          g_assert_cmpuint (stats->n_owners, ==, g_hash_table_size (owners));
          if (n_present > 0)
            g_assert_cmpfloat_with_epsilon (stats->ownership,
                                            (double) g_hash_table_size (owners) / n_present,
                                            0.005 + 1e-9);
          else
            g_assert_cmpfloat (stats->ownership, ==, 0.0);
        }
    }
}

/* A chain of many nodes ending in a problem: no recursion limit, and
 * linear time. */
static void
test_long_chain (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  const guint n = 100000;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_person (doc, "p3", "C", TRUE);
  add_person (doc, "p4", "D", TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      char by[] = "p1";

      by[1] = (char) ('1' + (i % 3));
      add_node (doc, id, i == n - 1 ? RT_NODE_PROBLEM : RT_NODE_NOTE, i == 0 ? "p4" : by);
      if (i > 0)
        {
          g_autofree char *prev = g_strdup_printf ("n%u", i - 1);

          add_link (doc, prev, id, RT_LINK_RELATES_TO);
        }
    }
  /* Close the chain into one big cycle too. */
  add_link (doc, "n99999", "n1", RT_LINK_RELATES_TO);

  analysis = rt_analysis_new (doc);
  g_assert_cmpuint (rt_analysis_get_n_problems (analysis), ==, 1);
  g_assert_cmpuint (rt_analysis_get_problem (analysis, 0)->n_owners, ==, 4);
  g_assert_cmpfloat (rt_analysis_get_problem (analysis, 0)->ownership, ==, 1.0);
  g_assert_cmpuint (rt_analysis_get_n_nodes (analysis, RT_N_NODE_KINDS), ==, n);
}

static void
test_recompute_live (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  const RtDecision *decision;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  add_adopted (doc, "r", "p1");

  analysis = rt_analysis_new (doc);
  decision = rt_analysis_get_decision (analysis, 0);
  g_assert_cmpint (decision->warnings, ==,
                   RT_DECISION_WARNING_UNOWNED | RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP);

  g_assert_true (rt_document_execute (doc, rt_command_set_stance ("r", "p2", RT_STANCE_COMMIT,
                                                                  "Draft it", NULL,
                                                                  RT_TIME_NONE), &error));
  g_assert_no_error (error);
  g_assert_true (rt_document_execute (doc, rt_command_add_credit ("r", "p2"), &error));
  g_assert_no_error (error);
  g_assert_true (rt_document_execute (doc, rt_command_set_text ("r", "Changed", NULL), &error));
  g_assert_no_error (error);

  /* The old figures stay readable until recomputed. */
  g_assert_cmpstr (decision->text, ==, "r");
  rt_analysis_recompute (analysis, doc);
  decision = rt_analysis_get_decision (analysis, 0);
  g_assert_cmpstr (decision->text, ==, "Changed");
  g_assert_cmpint (decision->warnings, ==, RT_DECISION_WARNING_NONE);
  assert_ids (decision->owners, "p2");
  g_assert_cmpuint (rt_analysis_get_person (analysis, 1)->credits, ==, 1);

  g_assert_true (rt_document_undo (doc));
  g_assert_true (rt_document_undo (doc));
  rt_analysis_recompute (analysis, doc);
  decision = rt_analysis_get_decision (analysis, 0);
  g_assert_cmpstr (decision->text, ==, "r");
  g_assert_cmpint (decision->warnings, ==, RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP);
}

static void
test_origins (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(GArray) origins = NULL;
  RtNode *node;

  add_person (doc, "p1", "A", TRUE);
  add_person (doc, "p2", "B", TRUE);
  /* q <- r <- pro, r -> q2 (responds to), con -> q2, note elsewhere,
   * later -> r created later, and r2 -> r in a cycle with r. */
  node = make_node ("q", RT_NODE_PROBLEM, "p1", NULL);
  node->created = 100;
  rt_document_take_node (doc, node);
  node = make_node ("r", RT_NODE_RESPONSE, "p2", NULL);
  node->created = 200;
  rt_document_take_node (doc, node);
  node = make_node ("pro", RT_NODE_PRO, NULL, NULL);
  node->created = 300;
  rt_document_take_node (doc, node);
  node = make_node ("q2", RT_NODE_PROBLEM, "p2", NULL);
  node->created = 50;
  rt_document_take_node (doc, node);
  node = make_node ("con", RT_NODE_CON, "p1", NULL);
  node->created = 60;
  rt_document_take_node (doc, node);
  add_node (doc, "untimed", RT_NODE_NOTE, "p1");
  node = make_node ("pro2", RT_NODE_PRO, "p1", NULL);
  node->created = 300;
  rt_document_take_node (doc, node);
  add_node (doc, "elsewhere", RT_NODE_NOTE, "p1");
  add_link (doc, "r", "q", RT_LINK_RESPONDS_TO);
  add_link (doc, "pro", "r", RT_LINK_SUPPORTS);
  add_link (doc, "pro2", "pro", RT_LINK_SUPPORTS);
  add_link (doc, "r", "q2", RT_LINK_RESPONDS_TO);
  add_link (doc, "con", "q2", RT_LINK_OPPOSES);
  add_link (doc, "untimed", "r", RT_LINK_RELATES_TO);
  add_link (doc, "q", "r", RT_LINK_ARISES_FROM);
  add_link (doc, "elsewhere", "con", RT_LINK_RELATES_TO);

  g_assert_null (rt_analysis_get_origins (doc, "missing"));

  /* r: reached from pro, pro2, untimed, q (cycle); it responds to q and q2.
   * Not itself, not con (it leads to q2, which r leads to). */
  origins = rt_analysis_get_origins (doc, "r");
  g_assert_cmpuint (origins->len, ==, 5);
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 0).node->id, ==, "untimed");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 1).node->id, ==, "q2");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 2).node->id, ==, "q");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 3).node->id, ==, "pro");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 4).node->id, ==, "pro2");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 1).author->name, ==, "B");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 2).author->id, ==, "p1");
  g_assert_null (g_array_index (origins, RtOrigin, 3).author);
  g_clear_pointer (&origins, g_array_unref);

  /* Nothing leads to elsewhere. */
  origins = rt_analysis_get_origins (doc, "elsewhere");
  g_assert_cmpuint (origins->len, ==, 0);
  g_clear_pointer (&origins, g_array_unref);

  /* q2: con, elsewhere, r and all that leads to r. */
  origins = rt_analysis_get_origins (doc, "q2");
  g_assert_cmpuint (origins->len, ==, 7);
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 0).node->id, ==, "untimed");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 1).node->id, ==, "elsewhere");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 2).node->id, ==, "con");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 3).node->id, ==, "q");
  g_assert_cmpstr (g_array_index (origins, RtOrigin, 4).node->id, ==, "r");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/create", test_create);
  g_test_add_func ("/analysis/empty", test_empty);
  g_test_add_func ("/analysis/people", test_people);
  g_test_add_func ("/analysis/not-heard-order", test_not_heard_order);
  g_test_add_func ("/analysis/top-two-share", test_top_two_share);
  g_test_add_func ("/analysis/decisions", test_decisions);
  g_test_add_func ("/analysis/warning-names", test_warning_names);
  g_test_add_func ("/analysis/decided-without-group", test_decided_without_group);
  g_test_add_func ("/analysis/decided-by-nobody", test_decided_by_nobody);
  g_test_add_func ("/analysis/problem-ownership", test_problem_ownership);
  g_test_add_func ("/analysis/problem-rounding", test_problem_rounding);
  g_test_add_func ("/analysis/problem-cycles", test_problem_cycles);
  g_test_add_func ("/analysis/problem-nobody-present", test_problem_nobody_present);
  g_test_add_func ("/analysis/problem-random", test_problem_random);
  g_test_add_func ("/analysis/long-chain", test_long_chain);
  g_test_add_func ("/analysis/recompute-live", test_recompute_live);
  g_test_add_func ("/analysis/origins", test_origins);

  return g_test_run ();
}

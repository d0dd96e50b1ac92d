/* test-filter.c: search text and kind, status and person filters
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/rt-filter.h"

static RtNode *
make_node (const char *id,
           RtNodeKind  kind,
           const char *by,
           const char *text,
           const char *details)
{
  RtNode *node = rt_node_new (id, kind);

  node->by = g_strdup (by);
  g_free (node->text);
  node->text = g_strdup (text);
  node->details = g_strdup (details);
  return node;
}

static void
test_create (void)
{
  RtFilter *filter = rt_filter_new ();
  RtFilter *copy;

  g_assert_false (rt_filter_is_active (filter));
  g_assert_cmpstr (rt_filter_get_text (filter), ==, "");
  g_assert_true (rt_filter_set_text (filter, "x"));
  g_assert_true (rt_filter_set_person_shown (filter, "p1", FALSE));
  copy = rt_filter_copy (filter);
  g_assert_cmpstr (rt_filter_get_text (copy), ==, "x");
  g_assert_false (rt_filter_get_person_shown (copy, "p1"));
  rt_filter_free (copy);
  rt_filter_free (filter);
  rt_filter_free (NULL);
}

static void
test_fold (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "Café", "cafe" },
    { "ÉCOLE", "ecole" },
    { "Straße", "strasse" },
    { "Zoë Ångström", "zoe angstrom" },
    { "naïve façade", "naive facade" },
    { "ŁÓDŹ", "łodz" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = rt_filter_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_text (void)
{
  g_autoptr(RtFilter) filter = rt_filter_new ();
  g_autoptr(RtNode) cafe = make_node ("n1", RT_NODE_PROBLEM, NULL, "Who runs the Café?", NULL);
  g_autoptr(RtNode) detailed = make_node ("n2", RT_NODE_NOTE, NULL, "Opening hours",
                                          "Saturdays from 9 to 13,\nSundays closed");
  g_autoptr(RtNode) empty = make_node ("n3", RT_NODE_PRO, NULL, "", NULL);

  /* An empty search lets everything through. */
  g_assert_true (rt_filter_matches (filter, cafe));
  g_assert_true (rt_filter_matches (filter, empty));

  g_assert_true (rt_filter_set_text (filter, "cafe"));
  g_assert_false (rt_filter_set_text (filter, "cafe"));
  g_assert_true (rt_filter_has_text (filter));
  g_assert_true (rt_filter_matches (filter, cafe));
  g_assert_false (rt_filter_matches (filter, detailed));
  g_assert_false (rt_filter_matches (filter, empty));

  /* Case and accents either way round, substrings, details. */
  g_assert_true (rt_filter_set_text (filter, "CAFÉ"));
  g_assert_true (rt_filter_matches (filter, cafe));
  g_assert_true (rt_filter_set_text (filter, "RUNS THE"));
  g_assert_true (rt_filter_matches (filter, cafe));
  g_assert_true (rt_filter_set_text (filter, "sunday"));
  g_assert_true (rt_filter_matches (filter, detailed));
  g_assert_false (rt_filter_matches (filter, cafe));
  g_assert_true (rt_filter_set_text (filter, "13, sun"));
  g_assert_false (rt_filter_matches (filter, detailed));
  g_assert_true (rt_filter_set_text (filter, "13,\nsun"));
  g_assert_true (rt_filter_matches (filter, detailed));
  g_assert_true (rt_filter_set_text (filter, "zzz"));
  g_assert_false (rt_filter_matches (filter, cafe));

  /* White space around the search is ignored; blank is no search. */
  g_assert_true (rt_filter_set_text (filter, "  hours "));
  g_assert_cmpstr (rt_filter_get_text (filter), ==, "hours");
  g_assert_true (rt_filter_matches (filter, detailed));
  g_assert_true (rt_filter_set_text (filter, "   "));
  g_assert_false (rt_filter_has_text (filter));
  g_assert_false (rt_filter_is_active (filter));
  g_assert_true (rt_filter_matches (filter, empty));
}

static void
test_kind_and_status (void)
{
  g_autoptr(RtFilter) filter = rt_filter_new ();
  g_autoptr(RtNode) problem = make_node ("n1", RT_NODE_PROBLEM, NULL, "a", NULL);
  g_autoptr(RtNode) adopted = make_node ("n2", RT_NODE_RESPONSE, NULL, "b", NULL);
  g_autoptr(RtNode) rejected = make_node ("n3", RT_NODE_RESPONSE, NULL, "c", NULL);
  g_autoptr(RtNode) pro = make_node ("n4", RT_NODE_PRO, NULL, "d", NULL);

  adopted->status = RT_STATUS_ADOPTED;
  rejected->status = RT_STATUS_REJECTED;

  g_assert_true (rt_filter_set_kind_shown (filter, RT_NODE_PROBLEM, FALSE));
  g_assert_false (rt_filter_set_kind_shown (filter, RT_NODE_PROBLEM, FALSE));
  g_assert_false (rt_filter_get_kind_shown (filter, RT_NODE_PROBLEM));
  g_assert_true (rt_filter_has_filters (filter));
  g_assert_false (rt_filter_matches (filter, problem));
  g_assert_true (rt_filter_matches (filter, adopted));
  g_assert_true (rt_filter_matches (filter, pro));
  g_assert_true (rt_filter_set_kind_shown (filter, RT_NODE_PROBLEM, TRUE));
  g_assert_false (rt_filter_has_filters (filter));

  g_assert_true (rt_filter_set_status_shown (filter, RT_STATUS_REJECTED, FALSE));
  g_assert_false (rt_filter_get_status_shown (filter, RT_STATUS_REJECTED));
  g_assert_true (rt_filter_matches (filter, adopted));
  g_assert_false (rt_filter_matches (filter, rejected));
  /* Kinds without a status are never filtered out by status. */
  g_assert_false (rt_filter_set_status_shown (filter, RT_STATUS_NONE, FALSE));
  g_assert_true (rt_filter_matches (filter, pro));
  g_assert_true (rt_filter_set_status_shown (filter, RT_STATUS_OPEN, FALSE));
  g_assert_false (rt_filter_matches (filter, problem));

  /* Filters and text together. */
  g_assert_true (rt_filter_set_text (filter, "b"));
  g_assert_true (rt_filter_matches (filter, adopted));
  g_assert_false (rt_filter_matches (filter, pro));

  g_assert_true (rt_filter_reset (filter));
  g_assert_false (rt_filter_reset (filter));
  g_assert_false (rt_filter_is_active (filter));
  g_assert_true (rt_filter_matches (filter, rejected));
  g_assert_true (rt_filter_matches (filter, problem));
}

static void
test_person (void)
{
  g_autoptr(RtFilter) filter = rt_filter_new ();
  g_autoptr(RtNode) by_ben = make_node ("n1", RT_NODE_PROBLEM, "p2", "a", NULL);
  g_autoptr(RtNode) by_amira = make_node ("n2", RT_NODE_RESPONSE, "p1", "b", NULL);
  g_autoptr(RtNode) credited = make_node ("n3", RT_NODE_RESPONSE, "p1", "c", NULL);
  g_autoptr(RtNode) unknown = make_node ("n4", RT_NODE_NOTE, NULL, "d", NULL);
  g_autoptr(RtNode) unknown_credited = make_node ("n5", RT_NODE_NOTE, NULL, "e", NULL);

  g_ptr_array_add (credited->credits, g_strdup ("p2"));
  g_ptr_array_add (unknown_credited->credits, g_strdup ("p1"));

  /* Only Ben: his nodes, and those that credit him. */
  g_assert_true (rt_filter_set_person_shown (filter, "p1", FALSE));
  g_assert_false (rt_filter_set_person_shown (filter, "p1", FALSE));
  g_assert_true (rt_filter_set_person_shown (filter, NULL, FALSE));
  g_assert_false (rt_filter_get_person_shown (filter, "p1"));
  g_assert_false (rt_filter_get_person_shown (filter, NULL));
  g_assert_true (rt_filter_get_person_shown (filter, "p2"));
  g_assert_true (rt_filter_matches (filter, by_ben));
  g_assert_false (rt_filter_matches (filter, by_amira));
  g_assert_true (rt_filter_matches (filter, credited));
  g_assert_false (rt_filter_matches (filter, unknown));
  g_assert_false (rt_filter_matches (filter, unknown_credited));

  /* Unknown authors shown again: the uncredited note comes back; the
   * credited one counts as Amira's. */
  g_assert_true (rt_filter_set_person_shown (filter, NULL, TRUE));
  g_assert_false (rt_filter_set_person_shown (filter, NULL, TRUE));
  g_assert_true (rt_filter_matches (filter, unknown));
  g_assert_false (rt_filter_matches (filter, unknown_credited));

  g_assert_true (rt_filter_set_person_shown (filter, "p2", FALSE));
  g_assert_false (rt_filter_matches (filter, credited));
  g_assert_false (rt_filter_matches (filter, by_ben));
}

static void
test_list_and_order (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtFilter) filter = rt_filter_new ();
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) order = NULL;
  RtNode *node;

  node = make_node ("n1", RT_NODE_PROBLEM, NULL, "Late buses", NULL);
  node->created = 300;
  rt_document_take_node (doc, node);
  node = make_node ("n2", RT_NODE_RESPONSE, NULL, "Ask the bus company", NULL);
  node->created = 100;
  rt_document_take_node (doc, node);
  node = make_node ("n3", RT_NODE_NOTE, NULL, "Imported", NULL);
  rt_document_take_node (doc, node);
  node = make_node ("n4", RT_NODE_PRO, NULL, "Cheap", NULL);
  node->created = 100;
  rt_document_take_node (doc, node);

  rt_filter_set_text (filter, "BUS");
  matches = rt_filter_list_matches (filter, doc);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (matches, 0), ==, "n1");
  g_assert_cmpstr (g_ptr_array_index (matches, 1), ==, "n2");

  /* Unknown times first, then by time, ties in document order. */
  order = rt_nodes_in_creation_order (doc);
  g_assert_cmpuint (order->len, ==, 4);
  g_assert_cmpstr (((const RtNode *) g_ptr_array_index (order, 0))->id, ==, "n3");
  g_assert_cmpstr (((const RtNode *) g_ptr_array_index (order, 1))->id, ==, "n2");
  g_assert_cmpstr (((const RtNode *) g_ptr_array_index (order, 2))->id, ==, "n4");
  g_assert_cmpstr (((const RtNode *) g_ptr_array_index (order, 3))->id, ==, "n1");
}

/* Folding the texts once gives the same answers as folding them at each
 * match, whatever the search, the filters and the node. */
static void
test_matches_folded (void)
{
  const char *texts[] = { NULL, "", "Café corner", "ÉCOLE", "Straße", "\xcc\x81", "café",
                          "The Saturday rota", "naïve façade" };
  const char *searches[] = { NULL, "cafe", "CAFÉ", "e", "rota", "strasse", "façade", "zz" };
  RtFilter *filter = rt_filter_new ();
  guint checked = 0;

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    for (guint hide = 0; hide < 2; hide++)
      {
        rt_filter_set_text (filter, searches[s]);
        rt_filter_set_kind_shown (filter, RT_NODE_NOTE, !hide);
        for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
          for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
            {
              RtNode *node = make_node ("n1", t % 2 ? RT_NODE_NOTE : RT_NODE_PROBLEM,
                                        NULL, texts[t], texts[d]);
              g_autofree char *text = NULL;
              g_autofree char *details = NULL;

              if (node->text != NULL && *node->text != '\0')
                text = rt_filter_fold (node->text);
              if (node->details != NULL && *node->details != '\0')
                details = rt_filter_fold (node->details);
              g_assert_cmpint (rt_filter_matches_folded (filter, node, text, details), ==,
                               rt_filter_matches (filter, node));
              checked++;
              rt_node_free (node);
            }
      }
  g_assert_cmpuint (checked, ==, G_N_ELEMENTS (searches) * 2 * G_N_ELEMENTS (texts) * G_N_ELEMENTS (texts));
  rt_filter_free (filter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter/create", test_create);
  g_test_add_func ("/filter/fold", test_fold);
  g_test_add_func ("/filter/text", test_text);
  g_test_add_func ("/filter/kind-and-status", test_kind_and_status);
  g_test_add_func ("/filter/person", test_person);
  g_test_add_func ("/filter/list-and-order", test_list_and_order);
  g_test_add_func ("/filter/matches-folded", test_matches_folded);

  return g_test_run ();
}

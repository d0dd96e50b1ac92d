/* test-layout.c: automatic placement of nodes
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "model/rt-command.h"
#include "render/rt-layout.h"
#include "render/rt-sample-map.h"

static RtMetrics *metrics;

static void
rect_of (RtDocument *doc, const RtNode *node, RtRect *r)
{
  rt_metrics_get_rect (metrics, node, r);
}

/* No two placed nodes of the document overlap. */
static void
assert_no_overlap (RtDocument *doc)
{
  guint n = rt_document_get_n_nodes (doc), i, j;
  g_autofree RtRect *rects = g_new (RtRect, n);

  for (i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      g_assert_true (node->has_position);
      rect_of (doc, node, &rects[i]);
    }
  for (i = 0; i < n; i++)
    for (j = i + 1; j < n; j++)
      if (rt_rect_intersects (&rects[i], &rects[j]))
        g_error ("%s and %s overlap", rt_document_get_node (doc, i)->id,
                 rt_document_get_node (doc, j)->id);
}

static void
test_layout_empty (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtLayoutResult) result = rt_layout_arrange (doc, metrics, RT_LAYOUT_ALL);

  g_assert_cmpuint (result->n, ==, 0);
  g_assert_null (result->ids[0]);
  g_assert_null (rt_layout_result_to_command (result));
  g_assert_true (rt_layout_apply (doc, metrics, RT_LAYOUT_ALL, NULL));
}

static void
test_layout_no_overlap (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (400, 11, FALSE);
  g_autoptr(RtLayoutResult) result = rt_layout_arrange (doc, metrics, RT_LAYOUT_ALL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (result->n, ==, rt_document_get_n_nodes (doc));
  /* The layout edits nothing itself. */
  g_assert_false (rt_document_get_node (doc, 0)->has_position);
  g_assert_true (rt_document_execute (doc, rt_layout_result_to_command (result), &error));
  g_assert_no_error (error);
  assert_no_overlap (doc);
  /* One step to undo. */
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 1);
}

static void
test_layout_far_side (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (300, 12, FALSE);
  guint i, checked = 0;

  g_assert_true (rt_layout_apply (doc, metrics, RT_LAYOUT_ALL, NULL));
  for (i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      const RtNode *parent = rt_layout_get_primary_parent (doc, node->id);
      RtRect a, b;

      if (parent == NULL)
        {
          /* Roots are problems, all in the first column. */
          g_assert_cmpint (node->kind, ==, RT_NODE_PROBLEM);
          continue;
        }
      rect_of (doc, node, &a);
      rect_of (doc, parent, &b);
      /* Right of the parent's right edge, with room for the link. */
      g_assert_cmpfloat (a.x, >=, b.x + b.width + RT_LAYOUT_COLUMN_GAP - 1.0);
      if (node->kind == RT_NODE_RESPONSE)
        g_assert_cmpint (parent->kind, ==, RT_NODE_PROBLEM);
      checked++;
    }
  g_assert_cmpuint (checked, >, 200);
}

static void
test_layout_pinned (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (200, 13, TRUE);
  g_autoptr(RtLayoutResult) result = NULL;
  const char *pins[] = { "n1", "n2", "n40", "n41" };
  double px[] = { 900.0, 120.0, -300.0, 400.0 };
  double py[] = { 50.0, 300.0, 2000.0, 700.0 };
  guint i, k;

  /* Pinned somewhere the layout would never put them. */
  g_assert_true (rt_document_execute (doc, rt_command_move_nodes (4, pins, px, py, TRUE, 0), NULL));
  result = rt_layout_arrange (doc, metrics, RT_LAYOUT_ALL);
  g_assert_cmpuint (result->n, ==, rt_document_get_n_nodes (doc) - 4);
  for (i = 0; i < result->n; i++)
    for (k = 0; k < G_N_ELEMENTS (pins); k++)
      g_assert_cmpstr (result->ids[i], !=, pins[k]);

  g_assert_true (rt_document_execute (doc, rt_layout_result_to_command (result), NULL));
  for (k = 0; k < G_N_ELEMENTS (pins); k++)
    {
      const RtNode *node = rt_document_lookup_node (doc, pins[k]);

      g_assert_true (node->pinned);
      g_assert_cmpfloat (node->x, ==, px[k]);
      g_assert_cmpfloat (node->y, ==, py[k]);
    }
  /* Moving nodes keep clear of pinned ones too. */
  assert_no_overlap (doc);
}

static void
test_layout_deterministic (void)
{
  g_autoptr(RtDocument) a = rt_sample_map_new (500, 14, FALSE);
  g_autoptr(RtDocument) b = rt_document_copy (a);
  g_autoptr(RtMetrics) other = rt_metrics_new ();
  g_autoptr(RtLayoutResult) ra = rt_layout_arrange (a, metrics, RT_LAYOUT_ALL);
  g_autoptr(RtLayoutResult) rb = rt_layout_arrange (b, other, RT_LAYOUT_ALL);
  g_autoptr(RtLayoutResult) again = NULL;
  guint i;

  g_assert_cmpuint (ra->n, ==, rb->n);
  for (i = 0; i < ra->n; i++)
    {
      g_assert_cmpstr (ra->ids[i], ==, rb->ids[i]);
      g_assert_cmpfloat (ra->x[i], ==, rb->x[i]);
      g_assert_cmpfloat (ra->y[i], ==, rb->y[i]);
    }

  /* Arranging an arranged map changes nothing. */
  g_assert_true (rt_document_execute (a, rt_layout_result_to_command (ra), NULL));
  again = rt_layout_arrange (a, metrics, RT_LAYOUT_ALL);
  for (i = 0; i < again->n; i++)
    {
      const RtNode *node = rt_document_lookup_node (a, again->ids[i]);

      g_assert_cmpfloat (node->x, ==, again->x[i]);
      g_assert_cmpfloat (node->y, ==, again->y[i]);
    }
}

static void
test_layout_unplaced_only (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (150, 15, TRUE);
  g_autoptr(RtDocument) before = NULL;
  g_autoptr(RtLayoutResult) result = NULL;
  RtNode *response = rt_node_new ("new1", RT_NODE_RESPONSE);
  RtNode *problem = rt_node_new ("new2", RT_NODE_PROBLEM);
  RtLink *link = rt_link_new ("new1", "n1", RT_LINK_RESPONDS_TO);
  guint i;

  g_free (response->text);
  response->text = g_strdup ("Fresh idea without a place yet");
  g_assert_true (rt_document_execute (doc, rt_command_add_node (response, -1), NULL));
  g_assert_true (rt_document_execute (doc, rt_command_add_node (problem, -1), NULL));
  g_assert_true (rt_document_execute (doc, rt_command_add_link (link, -1), NULL));
  rt_node_free (response);
  rt_node_free (problem);
  rt_link_free (link);
  before = rt_document_copy (doc);

  result = rt_layout_arrange (doc, metrics, RT_LAYOUT_UNPLACED);
  g_assert_cmpuint (result->n, ==, 2);
  g_assert_cmpstr (result->ids[0], ==, "new1");
  g_assert_cmpstr (result->ids[1], ==, "new2");
  g_assert_true (rt_document_equal (doc, before, NULL));
  g_assert_true (rt_document_execute (doc, rt_layout_result_to_command (result), NULL));
  /* Everything else stayed. */
  for (i = 0; i < rt_document_get_n_nodes (before); i++)
    {
      const RtNode *old = rt_document_get_node (before, i);
      const RtNode *now = rt_document_lookup_node (doc, old->id);

      if (!old->has_position)
        continue;
      g_assert_cmpfloat (old->x, ==, now->x);
      g_assert_cmpfloat (old->y, ==, now->y);
    }
  assert_no_overlap (doc);
  /* The response beside its problem, the new root below the map. */
  {
    const RtNode *n1 = rt_document_lookup_node (doc, "n1");
    const RtNode *r = rt_document_lookup_node (doc, "new1");
    RtRect a, b;

    rect_of (doc, r, &a);
    rect_of (doc, n1, &b);
    g_assert_cmpfloat (a.x, >, b.x + b.width);
  }
}

static void
test_layout_place_new (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (120, 16, TRUE);
  g_autoptr(RtDocument) before = NULL;
  const RtNode *parent = NULL;
  RtNode *pro;
  RtLink *link;
  double x = 0.0, y = 0.0;
  const char *ids[1];
  guint i;

  /* A response with arguments already in place. */
  for (i = 0; i < rt_document_get_n_nodes (doc) && parent == NULL; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (node->kind == RT_NODE_RESPONSE &&
          rt_document_get_links_to (doc, node->id)->len >= 2)
        parent = node;
    }
  g_assert_nonnull (parent);

  pro = rt_node_new ("extra", RT_NODE_PRO);
  g_free (pro->text);
  pro->text = g_strdup ("One more reason");
  link = rt_link_new ("extra", parent->id, RT_LINK_SUPPORTS);
  g_assert_true (rt_document_execute (doc, rt_command_add_node (pro, -1), NULL));
  g_assert_true (rt_document_execute (doc, rt_command_add_link (link, -1), NULL));
  rt_node_free (pro);
  rt_link_free (link);
  before = rt_document_copy (doc);

  g_assert_true (rt_layout_place_new (doc, metrics, "extra", &x, &y));
  g_assert_true (rt_document_equal (doc, before, NULL));
  g_assert_false (rt_layout_place_new (doc, metrics, "no-such-node", &x, &y));

  ids[0] = "extra";
  g_assert_true (rt_document_execute (doc, rt_command_place_nodes (1, ids, &x, &y), NULL));
  /* Nothing else moved, nothing overlaps, and it sits right of its parent
   * within reach. */
  for (i = 0; i < rt_document_get_n_nodes (before); i++)
    {
      const RtNode *old = rt_document_get_node (before, i);
      const RtNode *now = rt_document_lookup_node (doc, old->id);

      if (g_strcmp0 (old->id, "extra") == 0)
        continue;
      g_assert_cmpfloat (old->x, ==, now->x);
      g_assert_cmpfloat (old->y, ==, now->y);
    }
  assert_no_overlap (doc);
  {
    RtRect a, b;

    rect_of (doc, rt_document_lookup_node (doc, "extra"), &a);
    rect_of (doc, rt_document_lookup_node (doc, parent->id), &b);
    g_assert_cmpfloat (a.x, >, b.x + b.width);
    g_assert_cmpfloat (a.x, <, b.x + b.width + 3.0 * RT_LAYOUT_COLUMN_GAP);
    g_assert_cmpfloat (ABS (a.y - b.y), <, 1200.0);
  }
}

static void
test_layout_primary_parent (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  const char *ids[] = { "q", "r", "s", "note", "pro" };
  RtNodeKind kinds[] = { RT_NODE_PROBLEM, RT_NODE_RESPONSE, RT_NODE_PROBLEM,
                         RT_NODE_NOTE, RT_NODE_PRO };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    rt_document_take_node (doc, rt_node_new (ids[i], kinds[i]));
  /* relates-to between problems is a cross link, not structure. */
  rt_document_take_link (doc, rt_link_new ("s", "q", RT_LINK_RELATES_TO));
  rt_document_take_link (doc, rt_link_new ("r", "q", RT_LINK_RESPONDS_TO));
  rt_document_take_link (doc, rt_link_new ("s", "r", RT_LINK_ARISES_FROM));
  /* From a note it is structure. */
  rt_document_take_link (doc, rt_link_new ("note", "s", RT_LINK_RELATES_TO));
  /* The first structural link wins. */
  rt_document_take_link (doc, rt_link_new ("pro", "r", RT_LINK_SUPPORTS));
  rt_document_take_link (doc, rt_link_new ("pro", "s", RT_LINK_SUPPORTS));
  /* A cycle: q would become a child of its own descendant. */
  rt_document_take_link (doc, rt_link_new ("q", "s", RT_LINK_ARISES_FROM));

  g_assert_null (rt_layout_get_primary_parent (doc, "q"));
  g_assert_cmpstr (rt_layout_get_primary_parent (doc, "r")->id, ==, "q");
  g_assert_cmpstr (rt_layout_get_primary_parent (doc, "s")->id, ==, "r");
  g_assert_cmpstr (rt_layout_get_primary_parent (doc, "note")->id, ==, "s");
  g_assert_cmpstr (rt_layout_get_primary_parent (doc, "pro")->id, ==, "r");

  g_assert_true (rt_layout_apply (doc, metrics, RT_LAYOUT_ALL, NULL));
  assert_no_overlap (doc);
  /* Columns: q, r, s and pro, note. */
  g_assert_cmpfloat (rt_document_lookup_node (doc, "q")->x, <, rt_document_lookup_node (doc, "r")->x);
  g_assert_cmpfloat (rt_document_lookup_node (doc, "r")->x, <, rt_document_lookup_node (doc, "s")->x);
  g_assert_cmpfloat (rt_document_lookup_node (doc, "s")->x, <, rt_document_lookup_node (doc, "note")->x);
}

/* Root problems' left edges and the map's extent. */
static void
roots_and_bounds (RtDocument *doc, GHashTable *lefts, RtRect *bounds)
{
  guint i;

  memset (bounds, 0, sizeof *bounds);
  for (i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      RtRect r;

      rect_of (doc, node, &r);
      rt_rect_union (bounds, &r);
      if (rt_layout_get_primary_parent (doc, node->id) == NULL)
        g_hash_table_add (lefts, g_strdup_printf ("%.0f", r.x));
    }
}

static void
test_layout_columns (void)
{
  g_autoptr(RtDocument) small = rt_sample_map_new (120, 18, FALSE);
  g_autoptr(RtDocument) big = rt_sample_map_new (3000, 18, FALSE);
  g_autoptr(GHashTable) lefts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  RtRect bounds;

  /* A workshop-sized map: every root problem in the first column. */
  g_assert_true (rt_layout_apply (small, metrics, RT_LAYOUT_ALL, NULL));
  roots_and_bounds (small, lefts, &bounds);
  g_assert_cmpuint (g_hash_table_size (lefts), ==, 1);

  /* A huge one wraps into several columns of trees, roughly square. */
  g_hash_table_remove_all (lefts);
  g_assert_true (rt_layout_apply (big, metrics, RT_LAYOUT_ALL, NULL));
  roots_and_bounds (big, lefts, &bounds);
  g_assert_cmpuint (g_hash_table_size (lefts), >, 2);
  g_assert_cmpfloat (bounds.width / bounds.height, >, 0.4);
  g_assert_cmpfloat (bounds.width / bounds.height, <, 2.5);
  assert_no_overlap (big);
}

static void
test_layout_large (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (20000, 17, FALSE);
  g_autoptr(RtLayoutResult) result = NULL;
  gint64 t0 = g_get_monotonic_time ();

  result = rt_layout_arrange (doc, metrics, RT_LAYOUT_ALL);
  g_assert_cmpuint (result->n, ==, rt_document_get_n_nodes (doc));
  g_test_message ("arranged %u nodes in %.0f ms", result->n,
                  (g_get_monotonic_time () - t0) / 1000.0);
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  metrics = rt_metrics_new ();

  g_test_add_func ("/layout/empty", test_layout_empty);
  g_test_add_func ("/layout/no-overlap", test_layout_no_overlap);
  g_test_add_func ("/layout/far-side", test_layout_far_side);
  g_test_add_func ("/layout/pinned", test_layout_pinned);
  g_test_add_func ("/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/layout/unplaced-only", test_layout_unplaced_only);
  g_test_add_func ("/layout/place-new", test_layout_place_new);
  g_test_add_func ("/layout/primary-parent", test_layout_primary_parent);
  g_test_add_func ("/layout/columns", test_layout_columns);
  g_test_add_func ("/layout/large", test_layout_large);

  ret = g_test_run ();
  g_assert_finalize_object (metrics);
  return ret;
}

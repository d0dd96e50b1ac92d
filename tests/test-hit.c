/* test-hit.c: what is under a point of the screen
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "render/rt-hit.h"
#include "render/rt-sample-map.h"

static const double zooms[] = { 0.25, 1.0, 3.0 };

static RtNode *
make_node (const char *id, RtNodeKind kind, const char *text, double x, double y)
{
  RtNode *node = rt_node_new (id, kind);

  g_free (node->text);
  node->text = g_strdup (text);
  node->has_position = TRUE;
  node->x = x;
  node->y = y;
  return node;
}

/* A problem and a response well apart, linked; a second response lying
 * on top of the first, a bit lower. */
static RtDocument *
hit_document (void)
{
  RtDocument *doc = rt_document_new ();

  rt_document_take_node (doc, make_node ("q", RT_NODE_PROBLEM, "Where do we meet?", 0.0, 0.0));
  rt_document_take_node (doc, make_node ("r", RT_NODE_RESPONSE, "In the library", 500.0, 300.0));
  rt_document_take_node (doc, make_node ("top", RT_NODE_RESPONSE, "At the café", 500.0, 330.0));
  rt_document_take_link (doc, rt_link_new ("r", "q", RT_LINK_RESPONDS_TO));
  return doc;
}

static void
view_for (RtView *view, double zoom)
{
  rt_view_init (view, 1000.0, 800.0);
  view->scale = zoom;
  rt_view_center_on (view, 250.0, 150.0);
}

static void
node_rect (RtRenderer *r, const char *id, RtRect *out)
{
  RtDocument *doc = rt_renderer_get_document (r);

  rt_metrics_get_rect (rt_renderer_get_metrics (r), rt_document_lookup_node (doc, id), out);
}

static void
test_hit_create (void)
{
  RtDocument *doc = hit_document ();
  RtRenderer *r = rt_renderer_new (doc, NULL);
  RtView view;

  view_for (&view, 1.0);
  g_assert_null (rt_hit_node (r, &view, NULL, -5000.0, -5000.0));
  g_assert_finalize_object (r);
  g_assert_finalize_object (doc);
}

static void
test_hit_nodes (void)
{
  g_autoptr(RtDocument) doc = hit_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  RtRect q;
  guint z;

  node_rect (r, "q", &q);
  for (z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      RtView view;
      double sx, sy;
      const RtNode *hit;

      view_for (&view, zooms[z]);
      /* Inside, near each corner. */
      rt_view_map_to_screen (&view, q.x + 2.0, q.y + 2.0, &sx, &sy);
      hit = rt_hit_node (r, &view, NULL, sx + 1.0, sy + 1.0);
      g_assert_nonnull (hit);
      g_assert_cmpstr (hit->id, ==, "q");
      rt_view_map_to_screen (&view, q.x + q.width - 2.0, q.y + q.height - 2.0, &sx, &sy);
      g_assert_cmpstr (rt_hit_node (r, &view, NULL, sx - 1.0, sy - 1.0)->id, ==, "q");
      /* Three pixels outside: nothing. */
      rt_view_map_to_screen (&view, q.x, q.y + q.height / 2.0, &sx, &sy);
      g_assert_null (rt_hit_node (r, &view, NULL, sx - 3.0, sy));
      rt_view_map_to_screen (&view, q.x + q.width, q.y + q.height, &sx, &sy);
      g_assert_null (rt_hit_node (r, &view, NULL, sx + 3.0, sy + 3.0));
    }
}

static void
test_hit_topmost (void)
{
  g_autoptr(RtDocument) doc = hit_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  RtView view;
  RtRect a, b;
  double sx, sy;

  view_for (&view, 1.0);
  node_rect (r, "r", &a);
  node_rect (r, "top", &b);
  /* Where both lie, the later one (drawn last) wins. */
  g_assert_true (rt_rect_intersects (&a, &b));
  rt_view_map_to_screen (&view, b.x + 30.0, b.y + 5.0, &sx, &sy);
  g_assert_cmpstr (rt_hit_node (r, &view, NULL, sx, sy)->id, ==, "top");
  /* Only the first shows above the second. */
  rt_view_map_to_screen (&view, a.x + 30.0, a.y + 3.0, &sx, &sy);
  g_assert_cmpstr (rt_hit_node (r, &view, NULL, sx, sy)->id, ==, "r");

  /* A node the state hides cannot be hit: what is under it can. */
  {
    RtRenderState state;
    g_autoptr(GHashTable) only = g_hash_table_new (g_str_hash, g_str_equal);

    rt_render_state_init (&state);
    g_hash_table_add (only, (gpointer) "r");
    g_hash_table_add (only, (gpointer) "q");
    state.only = only;
    rt_view_map_to_screen (&view, b.x + 30.0, b.y + 5.0, &sx, &sy);
    g_assert_cmpstr (rt_hit_node (r, &view, &state, sx, sy)->id, ==, "r");
  }
}

static void
test_hit_links (void)
{
  g_autoptr(RtDocument) doc = hit_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  RtScene *scene = rt_renderer_get_scene (r);
  const RtLinkCurve *curve;
  GArray *all = g_array_new (FALSE, FALSE, sizeof (guint));
  RtRect everything = { -10000.0, -10000.0, 20000.0, 20000.0 };
  double mx, my, dx, dy, l;
  guint z;

  rt_scene_query_links (scene, &everything, all);
  g_assert_cmpuint (all->len, ==, 1);
  curve = rt_scene_get_link_curve (scene, g_array_index (all, guint, 0));
  rt_link_curve_point (curve, 0.5, &mx, &my, &dx, &dy);
  l = hypot (dx, dy);
  dx /= l;
  dy /= l;
  g_array_unref (all);

  for (z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      RtView view;
      double sx, sy;
      const RtLink *hit;
      RtHit h;

      view_for (&view, zooms[z]);
      rt_view_map_to_screen (&view, mx, my, &sx, &sy);
      hit = rt_hit_link (r, &view, NULL, sx, sy, RT_HIT_LINK_TOLERANCE);
      g_assert_nonnull (hit);
      g_assert_cmpstr (hit->from, ==, "r");
      g_assert_cmpint (rt_hit_test (r, &view, NULL, sx, sy, &h), ==, RT_HIT_LINK);
      g_assert_true (h.link == hit);
      /* Four pixels off to the side: still the link; fifteen: not. */
      g_assert_nonnull (rt_hit_link (r, &view, NULL, sx - dy * 4.0, sy + dx * 4.0,
                                     RT_HIT_LINK_TOLERANCE));
      g_assert_null (rt_hit_link (r, &view, NULL, sx - dy * 15.0, sy + dx * 15.0,
                                  RT_HIT_LINK_TOLERANCE));
      g_assert_cmpint (rt_hit_test (r, &view, NULL, sx - dy * 15.0, sy + dx * 15.0, NULL),
                       ==, RT_HIT_NONE);
    }
}

static void
test_hit_edge (void)
{
  g_autoptr(RtDocument) doc = hit_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  const RtNode *q = rt_document_lookup_node (doc, "q");
  RtRect rect;
  guint z;

  node_rect (r, "q", &rect);
  for (z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      RtView view;
      RtHit h;
      double sx, sy, cx, cy;

      view_for (&view, zooms[z]);
      rt_view_map_to_screen (&view, rect.x + rect.width / 2.0, rect.y + rect.height / 2.0, &cx, &cy);
      g_assert_false (rt_hit_node_edge (r, &view, q, cx, cy, RT_HIT_EDGE_ZONE));
      g_assert_cmpint (rt_hit_test (r, &view, NULL, cx, cy, &h), ==, RT_HIT_NODE);
      g_assert_true (h.node == q);

      /* Just inside the right border and just outside it. */
      rt_view_map_to_screen (&view, rect.x + rect.width, rect.y + rect.height / 2.0, &sx, &sy);
      g_assert_true (rt_hit_node_edge (r, &view, q, sx - 2.0, sy, RT_HIT_EDGE_ZONE));
      g_assert_true (rt_hit_node_edge (r, &view, q, sx + 2.0, sy, RT_HIT_EDGE_ZONE));
      g_assert_false (rt_hit_node_edge (r, &view, q, sx + 20.0, sy, RT_HIT_EDGE_ZONE));
      g_assert_cmpint (rt_hit_test (r, &view, NULL, sx - 2.0, sy, &h), ==, RT_HIT_NODE_EDGE);
      g_assert_true (h.node == q);
    }
}

static void
test_hit_rect (void)
{
  g_autoptr(RtDocument) doc = hit_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  RtRect q, a;
  guint z;

  node_rect (r, "q", &q);
  node_rect (r, "r", &a);
  for (z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(GPtrArray) touching = NULL;
      g_autoptr(GPtrArray) whole = NULL;
      g_autoptr(GPtrArray) none = NULL;
      RtView view;
      double x0, y0, x1, y1;

      view_for (&view, zooms[z]);
      /* From inside q to the middle of r, corners given in either order. */
      rt_view_map_to_screen (&view, q.x - 5.0, q.y - 5.0, &x0, &y0);
      rt_view_map_to_screen (&view, a.x + a.width / 2.0, a.y + a.height / 2.0, &x1, &y1);
      touching = rt_hit_nodes_in_rect (r, &view, NULL, x1, y1, x0, y0, FALSE);
      g_assert_cmpuint (touching->len, ==, 2);
      g_assert_cmpstr (((const RtNode *) touching->pdata[1])->id, ==, "r");
      g_assert_cmpstr (((const RtNode *) touching->pdata[0])->id, ==, "q");
      whole = rt_hit_nodes_in_rect (r, &view, NULL, x0, y0, x1, y1, TRUE);
      g_assert_cmpuint (whole->len, ==, 1);
      g_assert_cmpstr (((const RtNode *) whole->pdata[0])->id, ==, "q");
      none = rt_hit_nodes_in_rect (r, &view, NULL, x0 - 200.0, y0 - 200.0, x0 - 100.0, y0 - 100.0, FALSE);
      g_assert_cmpuint (none->len, ==, 0);
    }
}

/* Queries answer in document order, each entry once, whether they cover a
 * corner of the map or all of it (where the order comes from one pass
 * over the entries rather than a sort). */
static void
check_ascending (GArray *entries)
{
  for (guint i = 1; i < entries->len; i++)
    g_assert_cmpuint (g_array_index (entries, guint, i - 1), <, g_array_index (entries, guint, i));
}

static void
test_hit_query_order (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (400, 7, TRUE);
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  RtScene *scene = rt_renderer_get_scene (r);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) corner = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint));
  guint placed = 0;
  guint n_links = 0;
  guint k = 0;
  RtRect bounds, quarter;

  g_assert_true (rt_scene_get_bounds (scene, &bounds));
  rt_rect_inflate (&bounds, 100.0);
  for (guint e = 0; e < rt_scene_get_n_node_entries (scene); e++)
    placed += rt_scene_lookup_node (scene, rt_scene_get_node (scene, e)) >= 0;
  g_assert_cmpuint (placed, >, 300);

  rt_scene_query_nodes (scene, &bounds, all);
  g_assert_cmpuint (all->len, ==, placed);
  check_ascending (all);
  rt_scene_query_nodes (scene, &bounds, again);
  g_assert_cmpmem (all->data, all->len * sizeof (guint), again->data, again->len * sizeof (guint));

  quarter = bounds;
  quarter.width /= 2.0;
  quarter.height /= 2.0;
  rt_scene_query_nodes (scene, &quarter, corner);
  g_assert_cmpuint (corner->len, >, 0);
  g_assert_cmpuint (corner->len, <, all->len);
  check_ascending (corner);
  for (guint i = 0; i < corner->len; i++)
    {
      while (k < all->len && g_array_index (all, guint, k) < g_array_index (corner, guint, i))
        k++;
      g_assert_cmpuint (k, <, all->len);
      g_assert_cmpuint (g_array_index (all, guint, k), ==, g_array_index (corner, guint, i));
    }

  for (guint i = 0; i < rt_document_get_n_links (doc); i++)
    {
      const RtLink *link = rt_document_get_link (doc, i);

      n_links += rt_document_lookup_node (doc, link->from)->has_position &&
                 rt_document_lookup_node (doc, link->to)->has_position;
    }
  rt_scene_query_links (scene, &bounds, links);
  g_assert_cmpuint (links->len, ==, n_links);
  check_ascending (links);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hit/create", test_hit_create);
  g_test_add_func ("/hit/nodes", test_hit_nodes);
  g_test_add_func ("/hit/topmost", test_hit_topmost);
  g_test_add_func ("/hit/links", test_hit_links);
  g_test_add_func ("/hit/edge", test_hit_edge);
  g_test_add_func ("/hit/rect", test_hit_rect);
  g_test_add_func ("/hit/query-order", test_hit_query_order);

  return g_test_run ();
}

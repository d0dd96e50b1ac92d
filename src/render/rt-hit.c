/* rt-hit.c: what is under a point of the screen
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-hit.h"

static void
around (double mx, double my, double r, RtRect *out)
{
  out->x = mx - r;
  out->y = my - r;
  out->width = 2.0 * r;
  out->height = 2.0 * r;
}

/* Scene entries near the map point, topmost last. */
static GArray *
candidates (RtRenderer *renderer, const RtView *view, double mx, double my, double r_px)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  RtRect probe;

  /* The scene looks up by drawn area (with the overhang), which a point
   * inside a rectangle always meets. */
  around (mx, my, r_px / view->scale, &probe);
  rt_scene_query_nodes (rt_renderer_get_scene (renderer), &probe, out);
  return out;
}

const RtNode *
rt_hit_node (RtRenderer          *renderer,
             const RtView        *view,
             const RtRenderState *state,
             double               x,
             double               y)
{
  g_autoptr(GArray) found = NULL;
  RtScene *scene;
  double mx, my;
  guint i;

  g_return_val_if_fail (RT_IS_RENDERER (renderer), NULL);
  g_return_val_if_fail (view != NULL && view->scale > 0.0, NULL);

  scene = rt_renderer_get_scene (renderer);
  rt_view_screen_to_map (view, x, y, &mx, &my);
  found = candidates (renderer, view, mx, my, 1.0);
  for (i = found->len; i > 0; i--)
    {
      guint e = g_array_index (found, guint, i - 1);

      if (rt_renderer_node_visible (renderer, state, e) &&
          rt_rect_contains (rt_scene_get_node_rect (scene, e), mx, my))
        return rt_scene_get_node (scene, e);
    }
  return NULL;
}

const RtLink *
rt_hit_link (RtRenderer          *renderer,
             const RtView        *view,
             const RtRenderState *state,
             double               x,
             double               y,
             double               tolerance)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  const RtLink *best = NULL;
  RtScene *scene;
  RtRect probe;
  double mx, my, tol, best_d;
  guint i;

  g_return_val_if_fail (RT_IS_RENDERER (renderer), NULL);
  g_return_val_if_fail (view != NULL && view->scale > 0.0, NULL);

  scene = rt_renderer_get_scene (renderer);
  rt_view_screen_to_map (view, x, y, &mx, &my);
  tol = tolerance / view->scale;
  best_d = tol;
  around (mx, my, tol, &probe);
  rt_scene_query_links (scene, &probe, found);
  for (i = 0; i < found->len; i++)
    {
      guint e = g_array_index (found, guint, i);
      const RtLink *link = rt_scene_get_link (scene, e);
      double dist;

      if (link == NULL ||
          !rt_renderer_node_visible (renderer, state, rt_scene_get_link_from (scene, e)) ||
          !rt_renderer_node_visible (renderer, state, rt_scene_get_link_to (scene, e)))
        continue;
      dist = rt_link_curve_distance (rt_scene_get_link_curve (scene, e), mx, my);
      if (dist <= best_d)
        {
          best_d = dist;
          best = link;
        }
    }
  return best;
}

GPtrArray *
rt_hit_nodes_in_rect (RtRenderer          *renderer,
                      const RtView        *view,
                      const RtRenderState *state,
                      double               x0,
                      double               y0,
                      double               x1,
                      double               y1,
                      gboolean             whole)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *out = g_ptr_array_new ();
  RtScene *scene;
  RtRect area;
  double ax, ay, bx, by;
  guint i;

  g_return_val_if_fail (RT_IS_RENDERER (renderer), out);
  g_return_val_if_fail (view != NULL && view->scale > 0.0, out);

  scene = rt_renderer_get_scene (renderer);
  rt_view_screen_to_map (view, MIN (x0, x1), MIN (y0, y1), &ax, &ay);
  rt_view_screen_to_map (view, MAX (x0, x1), MAX (y0, y1), &bx, &by);
  area.x = ax;
  area.y = ay;
  area.width = bx - ax;
  area.height = by - ay;
  rt_scene_query_nodes (scene, &area, found);
  for (i = 0; i < found->len; i++)
    {
      guint e = g_array_index (found, guint, i);
      const RtRect *r = rt_scene_get_node_rect (scene, e);
      gboolean in;

      if (!rt_renderer_node_visible (renderer, state, e))
        continue;
      if (whole)
        in = r->x >= area.x && r->y >= area.y &&
             r->x + r->width <= area.x + area.width &&
             r->y + r->height <= area.y + area.height;
      else
        in = rt_rect_intersects (r, &area);
      if (in)
        g_ptr_array_add (out, (gpointer) rt_scene_get_node (scene, e));
    }
  return out;
}

gboolean
rt_hit_node_edge (RtRenderer   *renderer,
                  const RtView *view,
                  const RtNode *node,
                  double        x,
                  double        y,
                  double        zone)
{
  RtScene *scene;
  RtRect outer, inner;
  const RtRect *r;
  double mx, my, z;
  int e;

  g_return_val_if_fail (RT_IS_RENDERER (renderer), FALSE);
  g_return_val_if_fail (view != NULL && node != NULL, FALSE);

  scene = rt_renderer_get_scene (renderer);
  e = rt_scene_lookup_node (scene, node);
  if (e < 0)
    return FALSE;
  r = rt_scene_get_node_rect (scene, (guint) e);
  rt_view_screen_to_map (view, x, y, &mx, &my);
  z = zone / view->scale;
  outer = *r;
  rt_rect_inflate (&outer, z / 2.0);
  inner = *r;
  /* Small nodes on screen keep a body to grab. */
  rt_rect_inflate (&inner, -MIN (z, MIN (r->width, r->height) / 4.0));
  return rt_rect_contains (&outer, mx, my) && !rt_rect_contains (&inner, mx, my);
}

RtHitKind
rt_hit_test (RtRenderer          *renderer,
             const RtView        *view,
             const RtRenderState *state,
             double               x,
             double               y,
             RtHit               *out)
{
  g_autoptr(GArray) found = NULL;
  RtScene *scene;
  RtHit hit = { RT_HIT_NONE, NULL, NULL };
  double mx, my, z;
  guint i;

  g_return_val_if_fail (RT_IS_RENDERER (renderer), RT_HIT_NONE);
  g_return_val_if_fail (view != NULL && view->scale > 0.0, RT_HIT_NONE);

  scene = rt_renderer_get_scene (renderer);
  rt_view_screen_to_map (view, x, y, &mx, &my);
  z = RT_HIT_EDGE_ZONE;
  found = candidates (renderer, view, mx, my, z);
  for (i = found->len; i > 0 && hit.kind == RT_HIT_NONE; i--)
    {
      guint e = g_array_index (found, guint, i - 1);
      const RtNode *node = rt_scene_get_node (scene, e);
      RtRect outer = *rt_scene_get_node_rect (scene, e);

      if (!rt_renderer_node_visible (renderer, state, e))
        continue;
      rt_rect_inflate (&outer, z / 2.0 / view->scale);
      if (!rt_rect_contains (&outer, mx, my))
        continue;
      hit.node = node;
      hit.kind = rt_hit_node_edge (renderer, view, node, x, y, z) ? RT_HIT_NODE_EDGE : RT_HIT_NODE;
    }
  if (hit.kind == RT_HIT_NONE)
    {
      hit.link = rt_hit_link (renderer, view, state, x, y, RT_HIT_LINK_TOLERANCE);
      if (hit.link != NULL)
        hit.kind = RT_HIT_LINK;
    }
  if (out)
    *out = hit;
  return hit.kind;
}

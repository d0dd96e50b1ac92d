/* rt-view.c: which part of the map is shown, and how large
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include "rt-view.h"

void
rt_view_init (RtView *view,
              double  width,
              double  height)
{
  g_return_if_fail (view != NULL);

  view->scale = 1.0;
  view->width = width;
  view->height = height;
  view->x = -width / 2.0;
  view->y = -height / 2.0;
}

void
rt_view_map_to_screen (const RtView *view,
                       double        mx,
                       double        my,
                       double       *sx,
                       double       *sy)
{
  *sx = (mx - view->x) * view->scale;
  *sy = (my - view->y) * view->scale;
}

void
rt_view_screen_to_map (const RtView *view,
                       double        sx,
                       double        sy,
                       double       *mx,
                       double       *my)
{
  *mx = sx / view->scale + view->x;
  *my = sy / view->scale + view->y;
}

void
rt_view_get_visible (const RtView *view,
                     RtRect       *rect)
{
  rect->x = view->x;
  rect->y = view->y;
  rect->width = view->width / view->scale;
  rect->height = view->height / view->scale;
}

void
rt_view_center_on (RtView *view,
                   double  mx,
                   double  my)
{
  view->x = mx - view->width / 2.0 / view->scale;
  view->y = my - view->height / 2.0 / view->scale;
}

void
rt_view_fit (RtView       *view,
             const RtRect *bounds,
             double        margin,
             double        max_scale)
{
  double aw, ah, scale;

  g_return_if_fail (view != NULL && bounds != NULL);

  aw = MAX (view->width - 2.0 * margin, 1.0);
  ah = MAX (view->height - 2.0 * margin, 1.0);
  if (bounds->width <= 0.0 || bounds->height <= 0.0)
    scale = max_scale;
  else
    scale = MIN (aw / bounds->width, ah / bounds->height);
  if (max_scale > 0.0)
    scale = MIN (scale, max_scale);
  view->scale = MAX (scale, 1e-6);
  rt_view_center_on (view, bounds->x + bounds->width / 2.0,
                     bounds->y + bounds->height / 2.0);
}

void
rt_view_zoom_at (RtView *view,
                 double  factor,
                 double  sx,
                 double  sy)
{
  double mx, my;

  g_return_if_fail (view != NULL && factor > 0.0);

  rt_view_screen_to_map (view, sx, sy, &mx, &my);
  view->scale *= factor;
  view->x = mx - sx / view->scale;
  view->y = my - sy / view->scale;
}

void
rt_view_apply (const RtView *view,
               cairo_t      *cr)
{
  cairo_scale (cr, view->scale, view->scale);
  cairo_translate (cr, -view->x, -view->y);
}

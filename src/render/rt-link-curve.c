/* rt-link-curve.c: the curve a link is drawn as
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-scene.h"

#define TIP_GAP     2.0
#define FLATTEN     20

static double
gap (double a0, double a1, double b0, double b1)
{
  if (b0 >= a1)
    return b0 - a1;
  if (a0 >= b1)
    return a0 - b1;
  return -1.0;
}

void
rt_link_curve_compute (const RtRect *from,
                       const RtRect *to,
                       RtLinkCurve  *out)
{
  double fcx = from->x + from->width / 2.0, fcy = from->y + from->height / 2.0;
  double tcx = to->x + to->width / 2.0, tcy = to->y + to->height / 2.0;
  double gx = gap (from->x, from->x + from->width, to->x, to->x + to->width);
  double gy = gap (from->y, from->y + from->height, to->y, to->y + to->height);
  double sx, sy, sdx, sdy, bx, by, k;

  /* The map runs left to right: any real horizontal gap gets side
   * attachments, so tree links leave and enter sideways. */
  if (gx > 16.0 || (gx > 0.0 && gx >= gy))
    {
      sdy = 0.0;
      out->dir_y = 0.0;
      sy = fcy;
      out->tip_y = tcy;
      if (tcx > fcx)
        {
          sx = from->x + from->width;
          out->tip_x = to->x - TIP_GAP;
          sdx = out->dir_x = 1.0;
        }
      else
        {
          sx = from->x;
          out->tip_x = to->x + to->width + TIP_GAP;
          sdx = out->dir_x = -1.0;
        }
    }
  else if (gy > 0.0)
    {
      sdx = 0.0;
      out->dir_x = 0.0;
      sx = fcx;
      out->tip_x = tcx;
      if (tcy > fcy)
        {
          sy = from->y + from->height;
          out->tip_y = to->y - TIP_GAP;
          sdy = out->dir_y = 1.0;
        }
      else
        {
          sy = from->y;
          out->tip_y = to->y + to->height + TIP_GAP;
          sdy = out->dir_y = -1.0;
        }
    }
  else
    {
      /* Overlapping nodes: a straight line between the centres. */
      double d = hypot (tcx - fcx, tcy - fcy);

      sx = fcx;
      sy = fcy;
      out->tip_x = tcx;
      out->tip_y = tcy;
      if (d < 1e-9)
        {
          out->dir_x = 1.0;
          out->dir_y = 0.0;
        }
      else
        {
          out->dir_x = (tcx - fcx) / d;
          out->dir_y = (tcy - fcy) / d;
        }
      sdx = out->dir_x;
      sdy = out->dir_y;
    }

  bx = out->tip_x - out->dir_x * RT_LINK_ARROW_LENGTH;
  by = out->tip_y - out->dir_y * RT_LINK_ARROW_LENGTH;
  k = MAX (18.0, hypot (bx - sx, by - sy) * 0.45);
  out->x0 = sx;
  out->y0 = sy;
  out->x1 = sx + sdx * k;
  out->y1 = sy + sdy * k;
  out->x2 = bx - out->dir_x * k;
  out->y2 = by - out->dir_y * k;
  out->x3 = bx;
  out->y3 = by;
}

void
rt_link_curve_bounds (const RtLinkCurve *c,
                      RtRect            *out)
{
  double x0 = MIN (MIN (c->x0, c->x1), MIN (c->x2, c->x3));
  double x1 = MAX (MAX (c->x0, c->x1), MAX (c->x2, c->x3));
  double y0 = MIN (MIN (c->y0, c->y1), MIN (c->y2, c->y3));
  double y1 = MAX (MAX (c->y0, c->y1), MAX (c->y2, c->y3));
  double pad = RT_LINK_ARROW_WIDTH;

  x0 = MIN (x0, c->tip_x);
  x1 = MAX (x1, c->tip_x);
  y0 = MIN (y0, c->tip_y);
  y1 = MAX (y1, c->tip_y);
  out->x = x0 - pad;
  out->y = y0 - pad;
  out->width = x1 - x0 + 2.0 * pad;
  out->height = y1 - y0 + 2.0 * pad;
}

void
rt_link_curve_point (const RtLinkCurve *c,
                     double             t,
                     double            *x,
                     double            *y,
                     double            *dx,
                     double            *dy)
{
  double u = 1.0 - t;
  double a = u * u * u, b = 3.0 * u * u * t, d = 3.0 * u * t * t, e = t * t * t;

  if (x)
    *x = a * c->x0 + b * c->x1 + d * c->x2 + e * c->x3;
  if (y)
    *y = a * c->y0 + b * c->y1 + d * c->y2 + e * c->y3;
  if (dx)
    *dx = 3.0 * (u * u * (c->x1 - c->x0) + 2.0 * u * t * (c->x2 - c->x1) + t * t * (c->x3 - c->x2));
  if (dy)
    *dy = 3.0 * (u * u * (c->y1 - c->y0) + 2.0 * u * t * (c->y2 - c->y1) + t * t * (c->y3 - c->y2));
}

static double
segment_distance (double px, double py, double ax, double ay, double bx, double by)
{
  double vx = bx - ax, vy = by - ay;
  double l2 = vx * vx + vy * vy;
  double t = l2 > 0.0 ? ((px - ax) * vx + (py - ay) * vy) / l2 : 0.0;

  t = CLAMP (t, 0.0, 1.0);
  return hypot (px - (ax + t * vx), py - (ay + t * vy));
}

double
rt_link_curve_distance (const RtLinkCurve *c,
                        double             x,
                        double             y)
{
  double best = segment_distance (x, y, c->x3, c->y3, c->tip_x, c->tip_y);
  double px = c->x0, py = c->y0;
  int i;

  for (i = 1; i <= FLATTEN; i++)
    {
      double qx, qy;

      rt_link_curve_point (c, (double) i / FLATTEN, &qx, &qy, NULL, NULL);
      best = MIN (best, segment_distance (x, y, px, py, qx, qy));
      px = qx;
      py = qy;
    }
  return best;
}

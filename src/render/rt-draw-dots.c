/* rt-draw-dots.c: the lowest detail, boxes and hairlines in whole pixels
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-draw-private.h"

/* Thousands of nodes a few pixels large: cairo spends far longer on each
 * tiny box and line than it takes to set the few pixels they cover. On an
 * image surface drawn without scaling the pixels are set directly (the
 * shapes are whole pixels and need no antialiasing); anywhere else cairo
 * draws them. */

typedef enum { PENDING_NONE, PENDING_BOXES, PENDING_LINES } Pending;

struct _RtDots {
  cairo_t        *cr;
  cairo_matrix_t  base;
  gboolean        direct;
  /* direct */
  cairo_surface_t *surface;
  guint8         *data;
  int             stride;
  int             cx0, cy0, cx1, cy1;  /* clip, device pixels, exclusive end */
  guint32         pixel;               /* premultiplied colour */
  guint           alpha;               /* 0..256 */
  /* through cairo */
  Pending         pending;
};

RtDots *
rt_dots_begin (cairo_t              *cr,
               const cairo_matrix_t *base,
               double                width,
               double                height)
{
  RtDots *dots = g_new0 (RtDots, 1);
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_format_t format;

  dots->cr = cr;
  dots->base = *base;
  cairo_save (cr);
  cairo_set_matrix (cr, base);

  format = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_IMAGE
         ? cairo_image_surface_get_format (target) : CAIRO_FORMAT_INVALID;
  if ((format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24) &&
      rt_node_cache_usable (cr, base))
    {
      double x0, y0, x1, y1;

      cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
      x0 = MAX (x0, 0.0);
      y0 = MAX (y0, 0.0);
      x1 = MIN (x1, width);
      y1 = MIN (y1, height);
      dots->direct = TRUE;
      dots->surface = target;
      cairo_surface_flush (target);
      dots->data = cairo_image_surface_get_data (target);
      dots->stride = cairo_image_surface_get_stride (target);
      dots->cx0 = MAX (0, (int) ceil (x0 + base->x0));
      dots->cy0 = MAX (0, (int) ceil (y0 + base->y0));
      dots->cx1 = MIN (cairo_image_surface_get_width (target), (int) floor (x1 + base->x0));
      dots->cy1 = MIN (cairo_image_surface_get_height (target), (int) floor (y1 + base->y0));
      if (dots->data == NULL)
        dots->direct = FALSE;
    }
  if (!dots->direct)
    {
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
      cairo_set_line_width (cr, 1.0);
    }
  return dots;
}

static void
flush_pending (RtDots *dots)
{
  if (dots->pending == PENDING_BOXES)
    cairo_fill (dots->cr);
  else if (dots->pending == PENDING_LINES)
    cairo_stroke (dots->cr);
  dots->pending = PENDING_NONE;
}

void
rt_dots_set_color (RtDots        *dots,
                   const RtColor *color,
                   double         alpha)
{
  double a = CLAMP (color->a * alpha, 0.0, 1.0);

  if (!dots->direct)
    {
      flush_pending (dots);
      cairo_set_source_rgba (dots->cr, color->r, color->g, color->b, a);
      return;
    }
  dots->alpha = (guint) (a * 256.0 + 0.5);
  dots->pixel = ((guint32) (a * 255.0 + 0.5) << 24) |
                ((guint32) (color->r * a * 255.0 + 0.5) << 16) |
                ((guint32) (color->g * a * 255.0 + 0.5) << 8) |
                (guint32) (color->b * a * 255.0 + 0.5);
}

static inline void
blend (RtDots *dots, guint32 *p)
{
  guint32 d = *p, s = dots->pixel, inv = 256 - dots->alpha;
  guint32 rb, ag;

  if (dots->alpha >= 256)
    {
      *p = s;
      return;
    }
  /* src + dst × (1 − α), two channels at a time. */
  rb = (((d & 0x00ff00ff) * inv) >> 8) & 0x00ff00ff;
  ag = (((d >> 8) & 0x00ff00ff) * inv) & 0xff00ff00;
  *p = s + (rb | ag);
}

void
rt_dots_box (RtDots *dots,
             int     x0,
             int     y0,
             int     x1,
             int     y1)
{
  int x, y;

  if (!dots->direct)
    {
      if (dots->pending != PENDING_BOXES)
        flush_pending (dots);
      cairo_rectangle (dots->cr, x0 - dots->base.x0, y0 - dots->base.y0, x1 - x0, y1 - y0);
      dots->pending = PENDING_BOXES;
      return;
    }
  x0 = MAX (x0, dots->cx0);
  y0 = MAX (y0, dots->cy0);
  x1 = MIN (x1, dots->cx1);
  y1 = MIN (y1, dots->cy1);
  for (y = y0; y < y1; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (dots->data + (gsize) y * dots->stride);

      for (x = x0; x < x1; x++)
        blend (dots, &row[x]);
    }
}

/* Liang–Barsky: the part of the segment inside the clip, FALSE if none. */
static gboolean
clip_segment (const RtDots *dots, double *x0, double *y0, double *x1, double *y1)
{
  double t0 = 0.0, t1 = 1.0, dx = *x1 - *x0, dy = *y1 - *y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0 - dots->cx0, dots->cx1 - 1 - *x0, *y0 - dots->cy0, dots->cy1 - 1 - *y0 };
  int i;

  for (i = 0; i < 4; i++)
    {
      if (p[i] == 0.0)
        {
          if (q[i] < 0.0)
            return FALSE;
          continue;
        }
      if (p[i] < 0.0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  *x1 = *x0 + t1 * dx;
  *y1 = *y0 + t1 * dy;
  *x0 = *x0 + t0 * dx;
  *y0 = *y0 + t0 * dy;
  return TRUE;
}

void
rt_dots_line (RtDots *dots,
              double  x0,
              double  y0,
              double  x1,
              double  y1)
{
  int ax, ay, bx, by, dx, dy, sx, sy, err, e2;

  if (!dots->direct)
    {
      if (dots->pending != PENDING_LINES)
        flush_pending (dots);
      cairo_move_to (dots->cr, floor (x0 - dots->base.x0) + 0.5, floor (y0 - dots->base.y0) + 0.5);
      cairo_line_to (dots->cr, floor (x1 - dots->base.x0) + 0.5, floor (y1 - dots->base.y0) + 0.5);
      dots->pending = PENDING_LINES;
      return;
    }
  if (dots->cx1 <= dots->cx0 || dots->cy1 <= dots->cy0 ||
      !clip_segment (dots, &x0, &y0, &x1, &y1))
    return;
  /* Bresenham between the clipped ends. */
  ax = (int) floor (x0);
  ay = (int) floor (y0);
  bx = (int) floor (x1);
  by = (int) floor (y1);
  dx = ABS (bx - ax);
  dy = -ABS (by - ay);
  sx = ax < bx ? 1 : -1;
  sy = ay < by ? 1 : -1;
  err = dx + dy;
  for (;;)
    {
      if (ax >= dots->cx0 && ax < dots->cx1 && ay >= dots->cy0 && ay < dots->cy1)
        blend (dots, (guint32 *) (gpointer) (dots->data + (gsize) ay * dots->stride) + ax);
      if (ax == bx && ay == by)
        break;
      e2 = 2 * err;
      if (e2 >= dy)
        {
          err += dy;
          ax += sx;
        }
      if (e2 <= dx)
        {
          err += dx;
          ay += sy;
        }
    }
}

void
rt_dots_end (RtDots *dots)
{
  if (dots->direct)
    {
      if (dots->cx1 > dots->cx0 && dots->cy1 > dots->cy0)
        cairo_surface_mark_dirty_rectangle (dots->surface, dots->cx0, dots->cy0,
                                            dots->cx1 - dots->cx0, dots->cy1 - dots->cy0);
    }
  else
    flush_pending (dots);
  cairo_restore (dots->cr);
  g_free (dots);
}

void
rt_dots_plan_draw_at (const RtDotsPlan     *plan,
                      cairo_t              *cr,
                      const cairo_matrix_t *base,
                      double                width,
                      double                height)
{
  RtDots *dots = rt_dots_begin (cr, base, width, height);
  guint r, i;

  for (r = 0; r < plan->runs->len; r++)
    {
      const RtDotsRun *run = &g_array_index (plan->runs, RtDotsRun, r);

      rt_dots_set_color (dots, &run->color, run->alpha);
      for (i = run->start; i < run->end; i++)
        {
          const double *c = &g_array_index (plan->coords, double, 4 * (gsize) i);

          if (run->lines)
            rt_dots_line (dots, c[0] + base->x0, c[1] + base->y0, c[2] + base->x0, c[3] + base->y0);
          else
            {
              double x0 = floor (c[0] + base->x0), y0 = floor (c[1] + base->y0);
              double x1 = MAX (x0 + 1.0, round (c[2] + base->x0));
              double y1 = MAX (y0 + 1.0, round (c[3] + base->y0));

              rt_dots_box (dots, (int) x0, (int) y0, (int) x1, (int) y1);
            }
        }
    }
  rt_dots_end (dots);
}

void
rt_dots_plan_draw (const RtDotsPlan *plan,
                   cairo_t          *cr,
                   double            width,
                   double            height)
{
  cairo_matrix_t base;

  g_return_if_fail (plan != NULL && cr != NULL);

  cairo_get_matrix (cr, &base);
  rt_dots_plan_draw_at (plan, cr, &base, width, height);
}

void
rt_dots_plan_free (RtDotsPlan *plan)
{
  if (plan == NULL)
    return;
  g_array_unref (plan->runs);
  g_array_unref (plan->coords);
  g_free (plan);
}

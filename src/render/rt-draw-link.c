/* rt-draw-link.c: how one link looks
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-draw-private.h"

typedef struct {
  double x[4], y[4];
} Bezier;

static void
bezier_split (const Bezier *b, Bezier *l, Bezier *r)
{
  double x01 = (b->x[0] + b->x[1]) / 2, y01 = (b->y[0] + b->y[1]) / 2;
  double x12 = (b->x[1] + b->x[2]) / 2, y12 = (b->y[1] + b->y[2]) / 2;
  double x23 = (b->x[2] + b->x[3]) / 2, y23 = (b->y[2] + b->y[3]) / 2;
  double xa = (x01 + x12) / 2, ya = (y01 + y12) / 2;
  double xb = (x12 + x23) / 2, yb = (y12 + y23) / 2;
  double xm = (xa + xb) / 2, ym = (ya + yb) / 2;

  *l = (Bezier) { { b->x[0], x01, xa, xm }, { b->y[0], y01, ya, ym } };
  *r = (Bezier) { { xm, xb, x23, b->x[3] }, { ym, yb, y23, b->y[3] } };
}

static void
bezier_bounds (const Bezier *b, RtRect *r)
{
  double x0 = MIN (MIN (b->x[0], b->x[1]), MIN (b->x[2], b->x[3]));
  double x1 = MAX (MAX (b->x[0], b->x[1]), MAX (b->x[2], b->x[3]));
  double y0 = MIN (MIN (b->y[0], b->y[1]), MIN (b->y[2], b->y[3]));
  double y1 = MAX (MAX (b->y[0], b->y[1]), MAX (b->y[2], b->y[3]));

  *r = (RtRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* Adds the parts of b that come near the view. A link much longer than
 * the view (across a huge map) would otherwise be flattened into
 * thousands of segments to draw a few pixels. */
static void
bezier_path (cairo_t *cr, const Bezier *b, const RtRect *near, int depth, gboolean *joined)
{
  RtRect r;
  Bezier left, right;

  bezier_bounds (b, &r);
  if (!rt_rect_intersects (&r, near) && (r.width > 0.0 || r.height > 0.0))
    {
      *joined = FALSE;
      return;
    }
  if (depth < 24 && (r.width > 2.0 * near->width || r.height > 2.0 * near->height))
    {
      bezier_split (b, &left, &right);
      bezier_path (cr, &left, near, depth + 1, joined);
      bezier_path (cr, &right, near, depth + 1, joined);
      return;
    }
  if (!*joined)
    cairo_move_to (cr, b->x[0], b->y[0]);
  cairo_curve_to (cr, b->x[1], b->y[1], b->x[2], b->y[2], b->x[3], b->y[3]);
  *joined = TRUE;
}

static void
curve_path (RtDraw *d, const RtLinkCurve *c)
{
  Bezier b = { { c->x0, c->x1, c->x2, c->x3 }, { c->y0, c->y1, c->y2, c->y3 } };
  RtRect near = d->visible;
  gboolean joined = FALSE;

  /* Room for the widest stroke and its halo. */
  rt_rect_inflate (&near, 20.0 * d->px + 20.0);
  bezier_path (d->cr, &b, &near, 0, &joined);
  /* On into the arrowhead's notch, so no gap shows. */
  if (!joined)
    cairo_move_to (d->cr, c->x3, c->y3);
  cairo_line_to (d->cr, c->x3 + c->dir_x * RT_LINK_ARROW_LENGTH * 0.3,
                 c->y3 + c->dir_y * RT_LINK_ARROW_LENGTH * 0.3);
}

static void
arrow_path (cairo_t *cr, const RtLinkCurve *c, double grow)
{
  double len = RT_LINK_ARROW_LENGTH * grow, half = RT_LINK_ARROW_WIDTH / 2.0 * grow;
  double bx = c->tip_x - c->dir_x * len, by = c->tip_y - c->dir_y * len;
  double nx = -c->dir_y, ny = c->dir_x;

  cairo_move_to (cr, c->tip_x, c->tip_y);
  cairo_line_to (cr, bx + nx * half, by + ny * half);
  cairo_line_to (cr, bx + c->dir_x * len * 0.25, by + c->dir_y * len * 0.25);
  cairo_line_to (cr, bx - nx * half, by - ny * half);
  cairo_close_path (cr);
}

void
rt_draw_link_batch (RtDraw            *d,
                    const RtLinkCurve *c)
{
  cairo_move_to (d->cr, c->x0, c->y0);
  cairo_line_to (d->cr, c->tip_x, c->tip_y);
}

void
rt_draw_link (RtDraw            *d,
              const RtLink      *link,
              const RtLinkCurve *c,
              RtDrawFlags        flags,
              gboolean           simple)
{
  const RtTheme *t = d->theme;
  const RtLinkStyle *style = &t->links[link->kind];
  cairo_t *cr = d->cr;
  double w = MAX (style->width * (d->state->presentation ? 1.3 : 1.0), d->px);
  RtColor color = style->color;

  if (flags & RT_DRAW_DIMMED)
    color = rt_color_mix (&color, &t->background, 1.0 - t->dim_alpha);

  if (flags & (RT_DRAW_SELECTED | RT_DRAW_HOVER))
    {
      const RtColor *halo = (flags & RT_DRAW_SELECTED) ? &t->selection : &t->hover;

      curve_path (d, c);
      cairo_line_to (cr, c->tip_x, c->tip_y);
      rt_color_set_source_alpha (cr, halo, (flags & RT_DRAW_SELECTED) ? 0.45 : 1.0);
      cairo_set_line_width (cr, w + MAX (7.0, 4.0 * d->px));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }

  rt_color_set_source (cr, &color);
  /* Long curves cross many pixel rows; the coarser antialiasing grid
   * costs a third as much per row and looks the same on a 2px line. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  curve_path (d, c);
  cairo_set_line_width (cr, w);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (!simple)
    {
      if (link->kind == RT_LINK_ARISES_FROM)
        {
          double dash[2] = { 4.0 * w, 2.6 * w };

          cairo_set_dash (cr, dash, 2, 0.0);
        }
      else if (link->kind == RT_LINK_RELATES_TO)
        {
          double dash[2] = { 0.01, 3.2 * w };

          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_dash (cr, dash, 2, 0.0);
        }
    }
  cairo_stroke (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  cairo_set_dash (cr, NULL, 0, 0.0);

  if (link->kind == RT_LINK_OPPOSES)
    {
      /* A bar across the middle: "against". */
      double x, y, dx, dy, l;

      rt_link_curve_point (c, 0.5, &x, &y, &dx, &dy);
      l = hypot (dx, dy);
      if (l > 1e-9)
        {
          double nx = -dy / l * 7.0, ny = dx / l * 7.0;

          cairo_move_to (cr, x + nx, y + ny);
          cairo_line_to (cr, x - nx, y - ny);
          cairo_set_line_width (cr, w * 1.3);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_stroke (cr);
        }
    }

  arrow_path (cr, c, link->kind == RT_LINK_RELATES_TO ? 0.8 : 1.0);
  cairo_fill (cr);
  d->stats->links_drawn++;
}

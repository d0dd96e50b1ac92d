/* rt-node-style.c: the shape and inner geometry of a node, per kind
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-node-style.h"

#define PAD_X      14.0
#define PAD_Y      11.0
#define GLYPH_COL  22.0
#define GLYPH_GAP  9.0
#define HEX_POINT  13.0
#define PILL_MAX   22.0
#define FOLD       14.0

const char *
rt_node_style_font_family (void)
{
  return "Cantarell,Noto Sans,sans-serif";
}

gboolean
rt_node_style_is_bold (RtNodeKind kind)
{
  return kind == RT_NODE_PROBLEM || kind == RT_NODE_RESPONSE;
}

static double
extra_side (RtNodeKind kind)
{
  switch (kind)
    {
    case RT_NODE_PROBLEM:
      return 9.0;
    case RT_NODE_PRO:
    case RT_NODE_CON:
      return 6.0;
    case RT_NODE_RESPONSE:
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default:
      return 0.0;
    }
}

void
rt_node_style_get_insets (RtNodeKind kind,
                          gboolean   strip,
                          double     s,
                          RtInsets  *out)
{
  double side = extra_side (kind);

  g_return_if_fail (out != NULL);

  out->left = (PAD_X - 2.0 + GLYPH_COL + GLYPH_GAP + side) * s;
  out->right = (PAD_X + side + (kind == RT_NODE_NOTE ? 8.0 : 0.0)) * s;
  out->top = PAD_Y * s;
  out->bottom = (PAD_Y + (strip ? RT_NODE_STRIP_HEIGHT : 0.0)) * s;
}

double
rt_node_style_border_factor (RtNodeKind kind)
{
  return kind == RT_NODE_RESPONSE ? 1.7 : 1.0;
}

void
rt_node_style_glyph_center (RtNodeKind    kind,
                            const RtRect *rect,
                            double        s,
                            double       *cx,
                            double       *cy)
{
  *cx = rect->x + (PAD_X - 2.0 + extra_side (kind) + GLYPH_COL / 2.0) * s;
  *cy = rect->y + (PAD_Y + 10.0) * s;
}

static void
rounded_rect (cairo_t *cr, double x, double y, double w, double h, double r)
{
  r = MIN (r, MIN (w, h) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2.0, 0.0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0.0, G_PI / 2.0);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2.0, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3.0 * G_PI / 2.0);
  cairo_close_path (cr);
}

/* A closed polygon whose corners are rounded by r, as curves through
 * points r away from each vertex along its edges. */
static void
rounded_polygon (cairo_t *cr, const double *px, const double *py, int n, double r)
{
  int i;

  cairo_new_sub_path (cr);
  for (i = 0; i < n; i++)
    {
      int prev = (i + n - 1) % n;
      int next = (i + 1) % n;
      double dx0 = px[prev] - px[i], dy0 = py[prev] - py[i];
      double dx1 = px[next] - px[i], dy1 = py[next] - py[i];
      double l0 = hypot (dx0, dy0), l1 = hypot (dx1, dy1);
      double r0 = MIN (r, l0 / 2.0), r1 = MIN (r, l1 / 2.0);
      double ax = px[i] + dx0 / l0 * r0, ay = py[i] + dy0 / l0 * r0;
      double bx = px[i] + dx1 / l1 * r1, by = py[i] + dy1 / l1 * r1;

      if (i == 0)
        cairo_move_to (cr, ax, ay);
      else
        cairo_line_to (cr, ax, ay);
      cairo_curve_to (cr,
                      ax + (px[i] - ax) * 0.55, ay + (py[i] - ay) * 0.55,
                      bx + (px[i] - bx) * 0.55, by + (py[i] - by) * 0.55,
                      bx, by);
    }
  cairo_close_path (cr);
}

void
rt_node_style_shape_path (cairo_t      *cr,
                          RtNodeKind    kind,
                          const RtRect *rect,
                          double        s)
{
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  switch (kind)
    {
    case RT_NODE_PROBLEM:
      {
        double p = MIN (HEX_POINT * s, h / 2.0);
        double px[6] = { x + p, x + w - p, x + w, x + w - p, x + p, x };
        double py[6] = { y, y, y + h / 2.0, y + h, y + h, y + h / 2.0 };

        rounded_polygon (cr, px, py, 6, 6.0 * s);
      }
      break;
    case RT_NODE_PRO:
    case RT_NODE_CON:
      rounded_rect (cr, x, y, w, h, MIN (h / 2.0, PILL_MAX * s));
      break;
    case RT_NODE_NOTE:
      {
        double f = FOLD * s, r = 4.0 * s;

        cairo_new_sub_path (cr);
        cairo_move_to (cr, x + r, y);
        cairo_line_to (cr, x + w - f, y);
        cairo_line_to (cr, x + w, y + f);
        cairo_arc (cr, x + w - r, y + h - r, r, 0.0, G_PI / 2.0);
        cairo_arc (cr, x + r, y + h - r, r, G_PI / 2.0, G_PI);
        cairo_arc (cr, x + r, y + r, r, G_PI, 3.0 * G_PI / 2.0);
        cairo_close_path (cr);
      }
      break;
    case RT_NODE_RESPONSE:
    case RT_N_NODE_KINDS:
    default:
      rounded_rect (cr, x, y, w, h, 9.0 * s);
      break;
    }
}

void
rt_node_style_fold_path (cairo_t      *cr,
                         const RtRect *rect,
                         double        s)
{
  double f = FOLD * s;
  double x = rect->x + rect->width;

  cairo_new_sub_path (cr);
  cairo_move_to (cr, x - f, rect->y);
  cairo_line_to (cr, x - f, rect->y + f - 2.0 * s);
  cairo_arc_negative (cr, x - f + 2.0 * s, rect->y + f - 2.0 * s, 2.0 * s, G_PI, G_PI / 2.0);
  cairo_line_to (cr, x, rect->y + f);
  cairo_close_path (cr);
}

static void
stroke_round (cairo_t *cr, double width)
{
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
dot (cairo_t *cr, double x, double y, double r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0.0, 2.0 * G_PI);
  cairo_fill (cr);
}

void
rt_node_style_draw_glyph (cairo_t    *cr,
                          RtNodeKind  kind,
                          double      cx,
                          double      cy,
                          double      size)
{
  double u = size;

  cairo_save (cr);
  cairo_new_path (cr);
  switch (kind)
    {
    case RT_NODE_PROBLEM:
      cairo_arc (cr, cx, cy - 0.17 * u, 0.2 * u, G_PI * 1.05, G_PI * 2.3);
      cairo_line_to (cr, cx, cy + 0.12 * u);
      stroke_round (cr, 0.14 * u);
      dot (cr, cx, cy + 0.36 * u, 0.085 * u);
      break;
    case RT_NODE_RESPONSE:
      /* A light bulb: the glass, then the screw base. */
      cairo_arc (cr, cx, cy - 0.12 * u, 0.25 * u, G_PI * 0.8, G_PI * 2.2);
      cairo_line_to (cr, cx + 0.11 * u, cy + 0.22 * u);
      cairo_line_to (cr, cx - 0.11 * u, cy + 0.22 * u);
      cairo_close_path (cr);
      stroke_round (cr, 0.11 * u);
      cairo_move_to (cr, cx - 0.1 * u, cy + 0.38 * u);
      cairo_line_to (cr, cx + 0.1 * u, cy + 0.38 * u);
      stroke_round (cr, 0.11 * u);
      break;
    case RT_NODE_PRO:
      cairo_move_to (cr, cx - 0.32 * u, cy);
      cairo_line_to (cr, cx + 0.32 * u, cy);
      cairo_move_to (cr, cx, cy - 0.32 * u);
      cairo_line_to (cr, cx, cy + 0.32 * u);
      stroke_round (cr, 0.16 * u);
      break;
    case RT_NODE_CON:
      cairo_move_to (cr, cx - 0.32 * u, cy);
      cairo_line_to (cr, cx + 0.32 * u, cy);
      stroke_round (cr, 0.16 * u);
      break;
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default:
      cairo_move_to (cr, cx - 0.3 * u, cy - 0.24 * u);
      cairo_line_to (cr, cx + 0.3 * u, cy - 0.24 * u);
      cairo_move_to (cr, cx - 0.3 * u, cy);
      cairo_line_to (cr, cx + 0.3 * u, cy);
      cairo_move_to (cr, cx - 0.3 * u, cy + 0.24 * u);
      cairo_line_to (cr, cx + 0.1 * u, cy + 0.24 * u);
      stroke_round (cr, 0.11 * u);
      break;
    }
  cairo_restore (cr);
}

void
rt_glyph_check (cairo_t *cr, double cx, double cy, double u)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, cx - 0.3 * u, cy + 0.02 * u);
  cairo_line_to (cr, cx - 0.08 * u, cy + 0.24 * u);
  cairo_line_to (cr, cx + 0.32 * u, cy - 0.22 * u);
  stroke_round (cr, 0.16 * u);
  cairo_restore (cr);
}

void
rt_glyph_pause (cairo_t *cr, double cx, double cy, double u)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, cx - 0.14 * u, cy - 0.24 * u);
  cairo_line_to (cr, cx - 0.14 * u, cy + 0.24 * u);
  cairo_move_to (cr, cx + 0.14 * u, cy - 0.24 * u);
  cairo_line_to (cr, cx + 0.14 * u, cy + 0.24 * u);
  stroke_round (cr, 0.16 * u);
  cairo_restore (cr);
}

void
rt_glyph_cross (cairo_t *cr, double cx, double cy, double u)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, cx - 0.22 * u, cy - 0.22 * u);
  cairo_line_to (cr, cx + 0.22 * u, cy + 0.22 * u);
  cairo_move_to (cr, cx + 0.22 * u, cy - 0.22 * u);
  cairo_line_to (cr, cx - 0.22 * u, cy + 0.22 * u);
  stroke_round (cr, 0.16 * u);
  cairo_restore (cr);
}

void
rt_glyph_flag (cairo_t *cr, double cx, double cy, double u)
{
  /* A planted flag: ownership. A pole and a filled pennant. */
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, cx - 0.3 * u, cy + 0.45 * u);
  cairo_line_to (cr, cx - 0.3 * u, cy - 0.45 * u);
  stroke_round (cr, 0.13 * u);
  cairo_move_to (cr, cx - 0.3 * u, cy - 0.45 * u);
  cairo_line_to (cr, cx + 0.42 * u, cy - 0.22 * u);
  cairo_line_to (cr, cx - 0.3 * u, cy + 0.05 * u);
  cairo_close_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, 0.08 * u);
  cairo_fill_preserve (cr);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
rt_glyph_thumb (cairo_t *cr, double cx, double cy, double u)
{
  /* Agreement: an outlined check in a ring, lighter than the flag. */
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, 0.4 * u, 0.0, 2.0 * G_PI);
  cairo_set_line_width (cr, 0.1 * u);
  cairo_stroke (cr);
  rt_glyph_check (cr, cx, cy, 0.75 * u);
  cairo_restore (cr);
}

void
rt_glyph_ring (cairo_t *cr, double cx, double cy, double u)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, 0.32 * u, 0.0, 2.0 * G_PI);
  cairo_set_line_width (cr, 0.12 * u);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
rt_glyph_object (cairo_t *cr, double cx, double cy, double u,
                 double r, double g, double b)
{
  /* A filled disc with a white bar: "no entry". */
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, r, g, b);
  dot (cr, cx, cy, 0.45 * u);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_move_to (cr, cx - 0.22 * u, cy);
  cairo_line_to (cr, cx + 0.22 * u, cy);
  stroke_round (cr, 0.14 * u);
  cairo_restore (cr);
}

void
rt_rect_inflate (RtRect *rect, double by)
{
  rect->x -= by;
  rect->y -= by;
  rect->width += 2.0 * by;
  rect->height += 2.0 * by;
}

gboolean
rt_rect_intersects (const RtRect *a, const RtRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
rt_rect_contains (const RtRect *rect, double x, double y)
{
  return x >= rect->x && x <= rect->x + rect->width &&
         y >= rect->y && y <= rect->y + rect->height;
}

void
rt_rect_union (RtRect *acc, const RtRect *r)
{
  double x0, y0, x1, y1;

  if (acc->width <= 0.0 && acc->height <= 0.0)
    {
      *acc = *r;
      return;
    }
  x0 = MIN (acc->x, r->x);
  y0 = MIN (acc->y, r->y);
  x1 = MAX (acc->x + acc->width, r->x + r->width);
  y1 = MAX (acc->y + acc->height, r->y + r->height);
  acc->x = x0;
  acc->y = y0;
  acc->width = x1 - x0;
  acc->height = y1 - y0;
}

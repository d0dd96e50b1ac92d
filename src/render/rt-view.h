/* rt-view.h: which part of the map is shown, and how large
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rt-node-style.h"

G_BEGIN_DECLS

/* Device (screen) pixels = (map units - origin) * scale. */
typedef struct {
  double scale;          /* device pixels per map unit: 1.0 is 100% */
  double x, y;           /* the map point at the viewport's top-left corner */
  double width, height;  /* the viewport, device pixels */
} RtView;

/* Scale 1, the map origin at the viewport's centre. */
void     rt_view_init           (RtView *view, double width, double height);
void     rt_view_map_to_screen  (const RtView *view, double mx, double my,
                                 double *sx, double *sy);
void     rt_view_screen_to_map  (const RtView *view, double sx, double sy,
                                 double *mx, double *my);
/* The part of the map the viewport shows, in map units. */
void     rt_view_get_visible    (const RtView *view, RtRect *rect);
/* Scales and centres the view so bounds fits inside the viewport with
 * margin device pixels on every side, at most max_scale. */
void     rt_view_fit            (RtView *view, const RtRect *bounds,
                                 double margin, double max_scale);
/* Shows map point mx, my at the viewport's centre. */
void     rt_view_center_on      (RtView *view, double mx, double my);
/* Multiplies the scale by factor, keeping the map point under sx, sy
 * (device pixels) where it is. */
void     rt_view_zoom_at        (RtView *view, double factor, double sx, double sy);
/* Multiplies the current transformation of cr by the view's. */
void     rt_view_apply          (const RtView *view, cairo_t *cr);

G_END_DECLS

/* rt-node-style.h: the shape and inner geometry of a node, per kind
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "model/rt-types.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} RtRect;

typedef struct {
  double left, right, top, bottom;
} RtInsets;

/* All sizes are map units at text scale 1; multiply by the text scale. */
#define RT_NODE_TEXT_WIDTH     260.0  /* text wraps within this width */
#define RT_NODE_FONT_SIZE      15.0   /* body text */
#define RT_NODE_LABEL_SIZE     11.0   /* badges and the stance strip */
#define RT_NODE_MIN_WIDTH      120.0
#define RT_NODE_MIN_HEIGHT     44.0
#define RT_NODE_STRIP_HEIGHT   22.0   /* the stance summary strip */
#define RT_NODE_BADGE_RADIUS   11.0   /* the contributor badge */
#define RT_NODE_CREDIT_RADIUS  8.0
#define RT_NODE_STATUS_RADIUS  10.0
#define RT_NODE_MAX_LINES      12     /* longer text is ellipsized */
/* How far drawing reaches outside a node's rectangle (badges, rings,
 * shadow), for culling. */
#define RT_NODE_OVERHANG       16.0

const char *rt_node_style_font_family   (void);
gboolean    rt_node_style_is_bold       (RtNodeKind kind);

/* Space between the rectangle and the text box; strip: the node shows a
 * stance strip. */
void        rt_node_style_get_insets    (RtNodeKind kind, gboolean strip,
                                         double text_scale, RtInsets *out);
/* Border width factor of the kind (responses draw a thicker border). */
double      rt_node_style_border_factor (RtNodeKind kind);

/* Appends the kind's outline in rect to the current path. */
void        rt_node_style_shape_path    (cairo_t *cr, RtNodeKind kind,
                                         const RtRect *rect, double text_scale);
/* The folded corner of a note, as a closed path (for a darker fill). */
void        rt_node_style_fold_path     (cairo_t *cr, const RtRect *rect,
                                         double text_scale);
/* Draws the kind's glyph (?, !, +, −, lines) centred at cx, cy, size map
 * units wide, with the current source. */
void        rt_node_style_draw_glyph    (cairo_t *cr, RtNodeKind kind,
                                         double cx, double cy, double size);
/* Where the kind glyph sits. */
void        rt_node_style_glyph_center  (RtNodeKind kind, const RtRect *rect,
                                         double text_scale, double *cx, double *cy);

/* Small glyphs for badges and the stance strip, drawn with the current
 * source, centred at cx, cy, size wide. */
void        rt_glyph_check              (cairo_t *cr, double cx, double cy, double size);
void        rt_glyph_pause              (cairo_t *cr, double cx, double cy, double size);
void        rt_glyph_cross              (cairo_t *cr, double cx, double cy, double size);
void        rt_glyph_flag               (cairo_t *cr, double cx, double cy, double size);
void        rt_glyph_thumb              (cairo_t *cr, double cx, double cy, double size);
void        rt_glyph_ring               (cairo_t *cr, double cx, double cy, double size);
void        rt_glyph_object             (cairo_t *cr, double cx, double cy, double size,
                                         double r, double g, double b);

void        rt_rect_inflate             (RtRect *rect, double by);
gboolean    rt_rect_intersects          (const RtRect *a, const RtRect *b);
gboolean    rt_rect_contains            (const RtRect *rect, double x, double y);
void        rt_rect_union               (RtRect *acc, const RtRect *r);

G_END_DECLS

/* rt-draw-private.h: the renderer's drawing of single nodes and links
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-renderer.h"

G_BEGIN_DECLS

typedef enum {
  RT_DRAW_SELECTED = 1 << 0,
  RT_DRAW_HOVER    = 1 << 1,
  RT_DRAW_FOCUS    = 1 << 2,
  RT_DRAW_DIMMED   = 1 << 3,
  RT_DRAW_SIMPLE   = 1 << 4,  /* the node at simple detail */
} RtDrawFlags;

/* Everything one draw call shares. */
typedef struct {
  cairo_t             *cr;
  const RtTheme       *theme;
  RtMetrics           *metrics;
  RtDocument          *document;
  const RtRenderState *state;
  RtRenderStats       *stats;
  double               scale;  /* device pixels per map unit */
  double               s;      /* text scale */
  double               px;     /* one device pixel in map units */
  RtRect               visible; /* the map area in view, map units */
} RtDraw;

/* The node itself; only RT_DRAW_DIMMED of flags matters. */
void rt_draw_node_full   (RtDraw *d, const RtNode *node, const RtRect *rect,
                          RtDrawFlags flags);
void rt_draw_node_simple (RtDraw *d, const RtNode *node, const RtRect *rect,
                          RtDrawFlags flags);
/* The selection, hover and focus rings around a node. */
void rt_draw_node_rings  (RtDraw *d, const RtNode *node, const RtRect *rect,
                          RtDrawFlags flags);

void rt_draw_link        (RtDraw *d, const RtLink *link, const RtLinkCurve *curve,
                          RtDrawFlags flags, gboolean simple);
/* Adds the link's curve to the current path, for batched strokes. */
void rt_draw_link_batch  (RtDraw *d, const RtLinkCurve *curve);

/* Finished nodes kept as images at the view's scale, so a
 * frame that shows them again only copies pixels. Only for image surfaces
 * drawn without scaling (see rt_node_cache_usable). */
typedef struct _RtNodeCache RtNodeCache;

RtNodeCache *rt_node_cache_new    (gsize max_bytes);
void         rt_node_cache_free   (RtNodeCache *cache);
void         rt_node_cache_clear  (RtNodeCache *cache);
void         rt_node_cache_forget (RtNodeCache *cache, const RtNode *node);
gboolean     rt_node_cache_usable (cairo_t *cr, const cairo_matrix_t *base);
/* Draws the node from the cache, making its image first when key, the
 * view's scale or sub-pixel offset or the dimmed or simple flag changed. FALSE when
 * the node is too large on screen to cache: draw it directly. base: cr's
 * matrix before the view was applied. */
gboolean     rt_node_cache_draw   (RtNodeCache *cache, RtDraw *d, const RtView *view,
                                   const cairo_matrix_t *base, const RtNode *node,
                                   const RtRect *rect, RtDrawFlags flags, guint64 key);
gsize        rt_node_cache_get_bytes (RtNodeCache *cache);

/* Boxes and one-pixel lines in device pixels, for the lowest detail. */
typedef struct _RtDots RtDots;

/* base: cr's matrix before the view; width, height: the viewport. */
RtDots      *rt_dots_begin     (cairo_t *cr, const cairo_matrix_t *base,
                                double width, double height);
void         rt_dots_set_color (RtDots *dots, const RtColor *color, double alpha);
void         rt_dots_box       (RtDots *dots, int x0, int y0, int x1, int y1);
void         rt_dots_line      (RtDots *dots, double x0, double y0, double x1, double y1);
void         rt_dots_end       (RtDots *dots);

/* A plan: runs of one colour, each of boxes or of lines, whose
 * coordinates (x0, y0, x1, y1 in view pixels) are coords[4 × start ..
 * 4 × end). */
typedef struct {
  RtColor  color;
  double   alpha;
  gboolean lines;
  guint    start, end;
} RtDotsRun;

struct _RtDotsPlan {
  GArray *runs;     /* RtDotsRun */
  GArray *coords;   /* double */
  guint   n_lines;
};

/* base: cr's matrix before the view. */
void rt_dots_plan_draw_at (const RtDotsPlan *plan, cairo_t *cr, const cairo_matrix_t *base,
                           double width, double height);

/* A person's initials ("Amira Haddad" → "AH"), at most two letters. */
char *rt_draw_initials   (const char *name);

G_END_DECLS

/* rt-renderer.h: draws a map onto any cairo_t
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "model/rt-document.h"
#include "rt-metrics.h"
#include "rt-scene.h"
#include "rt-theme.h"
#include "rt-view.h"

G_BEGIN_DECLS

typedef gboolean (*RtNodePredicate) (const RtNode *node, gpointer user_data);

/* What the map shows besides the document: everything is borrowed for the
 * duration of one draw or hit test. Fill with rt_render_state_init(). */
typedef struct {
  GHashTable     *selection;        /* set of node ids, or NULL */
  const RtLink   *selected_link;    /* compared by from, to and kind; or NULL */
  const char     *hover_id;         /* node under the pointer, or NULL */
  const RtLink   *hover_link;
  const char     *focus_id;         /* keyboard focus: a dashed ring */
  GHashTable     *dimmed;           /* set of node ids drawn faded, or NULL */
  RtNodePredicate dim_func;         /* or NULL: TRUE fades the node */
  gpointer        dim_data;
  /* A person id: their badges are ringed, nodes they have no part in
   * (neither by, credit nor stance) are faded. */
  const char     *highlight_person;
  /* Show only the first k nodes in creation order (history timeline);
   * negative: all. */
  int             history_limit;
  GHashTable     *only;             /* draw only these node ids, or NULL */
  gboolean        presentation;     /* no hover, stronger strokes */
  gboolean        draw_background;  /* fill the viewport with the theme's background */
  gboolean        full_detail;      /* text at any scale (export, printing) */
} RtRenderState;

typedef enum {
  RT_DETAIL_FULL,    /* text, badges, strips */
  RT_DETAIL_SIMPLE,  /* shapes, borders and glyphs, lines for text */
  RT_DETAIL_DOTS,    /* one fill per kind for all nodes */
} RtDetail;

/* Filled by every draw. */
typedef struct {
  guint    nodes_drawn;      /* nodes drawn (at any detail) */
  guint    nodes_considered; /* candidates the spatial index returned */
  guint    links_drawn;
  guint    texts_drawn;      /* pango layouts shown */
  guint    nodes_cached;     /* nodes copied from their cached image */
  RtDetail detail;
} RtRenderStats;

void     rt_render_state_init (RtRenderState *state);

#define RT_TYPE_RENDERER (rt_renderer_get_type ())
G_DECLARE_FINAL_TYPE (RtRenderer, rt_renderer, RT, RENDERER, GObject)

/* metrics may be NULL (the renderer makes its own). The renderer follows
 * the document's signals to keep its spatial index current. */
RtRenderer          *rt_renderer_new            (RtDocument *document, RtMetrics *metrics);
RtDocument          *rt_renderer_get_document   (RtRenderer *self);
RtMetrics           *rt_renderer_get_metrics    (RtRenderer *self);
RtScene             *rt_renderer_get_scene      (RtRenderer *self);
/* Copies the theme; its text scale is handed to the metrics. */
void                 rt_renderer_set_theme      (RtRenderer *self, const RtTheme *theme);
const RtTheme       *rt_renderer_get_theme      (RtRenderer *self);

/* Draws the part of the map the view shows onto cr, whose current
 * transformation maps the viewport (device pixels). state may be NULL. */
void                 rt_renderer_draw           (RtRenderer *self, cairo_t *cr,
                                                 const RtView *view,
                                                 const RtRenderState *state);
const RtRenderStats *rt_renderer_get_stats      (RtRenderer *self);
/* Which detail a view's scale gets. */
RtDetail             rt_renderer_detail_for_scale (RtRenderer *self, double scale);

/* The map units drawing covers (node rectangles grown by what is drawn
 * around them), for the nodes the state shows; FALSE when there are none. */
gboolean             rt_renderer_get_bounds     (RtRenderer *self,
                                                 const RtRenderState *state,
                                                 RtRect *out);
/* For callers that change a document without signals, or the metrics. */
void                 rt_renderer_invalidate     (RtRenderer *self);
void                 rt_renderer_node_changed   (RtRenderer *self, const char *node_id);

/* Nodes are kept as images between frames when drawing onto
 * an image surface without scaling (on by default); a frame that shows
 * the same nodes again copies them. Off: every node is drawn each time. */
void                 rt_renderer_set_cache_enabled (RtRenderer *self, gboolean enabled);

/* The view at the lowest detail as runs of coloured boxes and one-pixel
 * lines, in view pixels. A plan holds nothing of the document or the
 * renderer: it may be drawn later, or on another thread (an overview drawn
 * while the main loop goes on). */
typedef struct _RtDotsPlan RtDotsPlan;

RtDotsPlan          *rt_renderer_plan_dots      (RtRenderer *self, const RtView *view,
                                                 const RtRenderState *state);
/* Draws onto cr, whose current transformation maps the viewport of
 * width × height. */
void                 rt_dots_plan_draw          (const RtDotsPlan *plan, cairo_t *cr,
                                                 double width, double height);
void                 rt_dots_plan_free          (RtDotsPlan *plan);

/* Whether the state shows the node at all (history limit, only). */
gboolean             rt_renderer_node_visible   (RtRenderer *self,
                                                 const RtRenderState *state,
                                                 guint scene_entry);

G_END_DECLS

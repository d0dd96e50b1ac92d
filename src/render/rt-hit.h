/* rt-hit.h: what is under a point of the screen
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-renderer.h"

G_BEGIN_DECLS

typedef enum {
  RT_HIT_NONE,
  RT_HIT_NODE,       /* the node's body */
  RT_HIT_NODE_EDGE,  /* the band along its border: drag from here to link */
  RT_HIT_LINK,
} RtHitKind;

typedef struct {
  RtHitKind     kind;
  const RtNode *node;   /* borrowed, for NODE and NODE_EDGE */
  const RtLink *link;   /* borrowed, for LINK */
} RtHit;

/* Default tolerances, device pixels. */
#define RT_HIT_EDGE_ZONE      8.0
#define RT_HIT_LINK_TOLERANCE 6.0

/* All positions are device pixels of the view; state may be NULL (then
 * every placed node counts); the results are what rt_renderer_draw() with
 * the same document, metrics, view and state shows. Nothing is changed. */

/* The topmost node whose rectangle contains the point, or NULL. */
const RtNode *rt_hit_node          (RtRenderer *renderer, const RtView *view,
                                    const RtRenderState *state, double x, double y);
/* The link whose curve passes nearest the point, within tolerance device
 * pixels, or NULL. */
const RtLink *rt_hit_link          (RtRenderer *renderer, const RtView *view,
                                    const RtRenderState *state, double x, double y,
                                    double tolerance);
/* Nodes in the rectangle between two corners, in document order; whole:
 * only nodes entirely inside, else any that touch it. A new array of
 * borrowed const RtNode *. */
GPtrArray    *rt_hit_nodes_in_rect (RtRenderer *renderer, const RtView *view,
                                    const RtRenderState *state,
                                    double x0, double y0, double x1, double y1,
                                    gboolean whole);
/* Whether the point lies in the node's edge band: within zone device
 * pixels of its border, inside it or up to half the zone outside. */
gboolean      rt_hit_node_edge     (RtRenderer *renderer, const RtView *view,
                                    const RtNode *node, double x, double y,
                                    double zone);
/* Nodes first (they are drawn over links), then links. */
RtHitKind     rt_hit_test          (RtRenderer *renderer, const RtView *view,
                                    const RtRenderState *state, double x, double y,
                                    RtHit *out);

G_END_DECLS

/* rt-scene.h: where every node and link of a document is, indexed in space
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "model/rt-document.h"
#include "rt-metrics.h"
#include "rt-node-style.h"

G_BEGIN_DECLS

/* A link drawn as a cubic curve from its source's border to the base of an
 * arrowhead whose tip touches the target's border. */
typedef struct {
  double x0, y0, x1, y1, x2, y2, x3, y3;
  double tip_x, tip_y;
  double dir_x, dir_y;   /* unit direction of the arrow */
} RtLinkCurve;

#define RT_LINK_ARROW_LENGTH 12.0
#define RT_LINK_ARROW_WIDTH  11.0

void     rt_link_curve_compute   (const RtRect *from, const RtRect *to, RtLinkCurve *out);
/* The curve's bounding box (control polygon and arrow). */
void     rt_link_curve_bounds    (const RtLinkCurve *curve, RtRect *out);
void     rt_link_curve_point     (const RtLinkCurve *curve, double t,
                                  double *x, double *y, double *dx, double *dy);
/* Distance in map units from x, y to the curve or its arrow. */
double   rt_link_curve_distance  (const RtLinkCurve *curve, double x, double y);

/* The scene keeps each placed node's rectangle (from RtMetrics) and each
 * link's curve in a uniform grid, so that what lies in a rectangle is found
 * without looking at the whole map. It is told about changes through the
 * rt_scene_node_* / rt_scene_link_* functions (the renderer connects them to
 * the document's signals) and rebuilds itself when it finds it was not. Node
 * entries are numbered in document order; the numbers stay valid until the
 * next rebuild. */
typedef struct _RtScene RtScene;

RtScene       *rt_scene_new             (RtDocument *document, RtMetrics *metrics);
void           rt_scene_free            (RtScene *self);

void           rt_scene_invalidate      (RtScene *self);
/* Rebuilds if needed; every query calls it. */
void           rt_scene_ensure          (RtScene *self);
/* How many full rebuilds have run (for tests). */
guint          rt_scene_get_n_rebuilds  (RtScene *self);

void           rt_scene_node_added      (RtScene *self, const RtNode *node);
void           rt_scene_node_removed    (RtScene *self, const RtNode *node);
void           rt_scene_node_changed    (RtScene *self, const RtNode *node);
void           rt_scene_link_added      (RtScene *self, const RtLink *link);
void           rt_scene_link_removed    (RtScene *self, const RtLink *link);
void           rt_scene_link_changed    (RtScene *self, const RtLink *link);

/* Entries whose drawn area (the rectangle grown by RT_NODE_OVERHANG)
 * meets rect, appended to out (a GArray of guint) in document order. */
void           rt_scene_query_nodes     (RtScene *self, const RtRect *rect, GArray *out);
/* Link entries whose curve's bounds meet rect. */
void           rt_scene_query_links     (RtScene *self, const RtRect *rect, GArray *out);

guint          rt_scene_get_n_node_entries (RtScene *self);
/* NULL for an entry of a node since removed. */
const RtNode  *rt_scene_get_node        (RtScene *self, guint entry);
const RtRect  *rt_scene_get_node_rect   (RtScene *self, guint entry);
/* The node's place in creation order (created time, then document order),
 * 0 for the first. */
guint          rt_scene_get_node_rank   (RtScene *self, guint entry);
/* Changes whenever the node does (until the next rebuild). */
guint          rt_scene_get_node_version (RtScene *self, guint entry);
/* -1 when the node is not placed. */
int            rt_scene_lookup_node     (RtScene *self, const RtNode *node);

const RtLink  *rt_scene_get_link        (RtScene *self, guint entry);
const RtLinkCurve *rt_scene_get_link_curve (RtScene *self, guint entry);
/* Node entries of the link's ends. */
guint          rt_scene_get_link_from   (RtScene *self, guint entry);
guint          rt_scene_get_link_to     (RtScene *self, guint entry);

/* The union of the placed nodes' rectangles; FALSE when nothing is placed. */
gboolean       rt_scene_get_bounds      (RtScene *self, RtRect *out);

G_END_DECLS

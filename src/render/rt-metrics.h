/* rt-metrics.h: text measurement and node sizes, cached per node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <pango/pango.h>

#include "model/rt-document.h"
#include "model/rt-types.h"
#include "rt-node-style.h"

G_BEGIN_DECLS

#define RT_TYPE_METRICS (rt_metrics_get_type ())
G_DECLARE_FINAL_TYPE (RtMetrics, rt_metrics, RT, METRICS, GObject)

typedef enum {
  RT_LABEL_BADGE,   /* initials in a person badge, bold */
  RT_LABEL_COUNT,   /* numbers on the stance strip, bold */
} RtLabelStyle;

/* Measures with a pango font map of its own (not the toolkit's), without
 * hinting, so sizes are in map units and scale linearly with zoom. */
RtMetrics   *rt_metrics_new                 (void);

/* Every size is multiplied by this (1.0: body text 15 units high). Changing
 * it drops every cached size. */
void         rt_metrics_set_text_scale      (RtMetrics *self, double text_scale);
double       rt_metrics_get_text_scale      (RtMetrics *self);

/* The node's size in map units. Cached by node id and checked against the
 * node's kind, text and whether it shows a stance strip, so a stale entry
 * is never used; rt_metrics_invalidate() drops an entry early. */
void         rt_metrics_get_size            (RtMetrics *self, const RtNode *node,
                                             double *width, double *height);
/* The node's rectangle, centred on its position (or on 0,0 without one). */
void         rt_metrics_get_rect            (RtMetrics *self, const RtNode *node,
                                             RtRect *rect);
/* Whether the node shows a stance strip (it has stances). */
gboolean     rt_metrics_node_has_strip      (const RtNode *node);

/* The node's wrapped text, laid out in map units. Borrowed: valid until the
 * next call on this object. Layouts are kept for the most recently used
 * nodes only (see set_layout_capacity). */
PangoLayout *rt_metrics_get_layout          (RtMetrics *self, const RtNode *node);
/* A short label ("AH", "3"), cached; borrowed like get_layout. */
PangoLayout *rt_metrics_get_label           (RtMetrics *self, const char *text,
                                             RtLabelStyle style);

/* Sizes measured ahead, e.g. in a thread while a map is read: an RtMetrics
 * belongs to one thread at a time, and each has a font map of its own, so
 * several can measure at once. measure_range sizes nodes [first, end) of a
 * document no other thread is using. adopt moves every size measured by
 * from at the same text scale into self (a new window's cache takes them
 * whole) and returns how many it took; from is left empty. */
void         rt_metrics_measure_range       (RtMetrics *self, RtDocument *document,
                                             guint first, guint end);
guint        rt_metrics_adopt               (RtMetrics *self, RtMetrics *from);

void         rt_metrics_invalidate          (RtMetrics *self, const char *node_id);
void         rt_metrics_clear               (RtMetrics *self);

/* How many node layouts are kept (default 1500). */
void         rt_metrics_set_layout_capacity (RtMetrics *self, guint capacity);
guint        rt_metrics_get_n_layouts       (RtMetrics *self);
/* Text measurements performed so far (cache misses), for tests and
 * benchmarks. */
guint64      rt_metrics_get_n_measured      (RtMetrics *self);

/* The PangoContext layouts are made in (for the canvas's text editor). */
PangoContext *rt_metrics_get_context        (RtMetrics *self);
PangoFontDescription *rt_metrics_get_font   (RtMetrics *self, RtNodeKind kind);

G_END_DECLS

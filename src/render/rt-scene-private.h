/* rt-scene-private.h: the scene's entries and grid
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-scene.h"

G_BEGIN_DECLS

#define MIN_CELL       384.0
#define MAX_CELLS_SIDE 4096
/* A link covering more cells than this is kept in a list of its own. */
#define BIG_LINK_CELLS 256

typedef struct {
  guint32 *items;
  guint32  n, cap;
} Cell;

typedef struct {
  int x0, y0, x1, y1;       /* cells covered; x0 < 0: none */
} Span;

typedef struct {
  const RtNode *node;       /* borrowed; NULL once removed */
  RtRect        rect;
  Span          span;
  guint         stamp;
  guint         rank;
  guint         version;  /* bumped on every change of the node */
} NodeEntry;

typedef struct {
  const RtLink *link;       /* borrowed; NULL once removed or unplaced */
  guint         from, to;   /* node entries */
  RtLinkCurve   curve;
  RtRect        bounds;
  Span          span;       /* x0 == -2: in big_links */
  guint         stamp;
} LinkEntry;

struct _RtScene {
  RtDocument *document;     /* borrowed: the owner keeps it alive */
  RtMetrics  *metrics;      /* owned reference */

  GArray     *nodes;        /* NodeEntry, document order */
  GArray     *links;        /* LinkEntry */
  GHashTable *node_index;   /* const RtNode * → entry + 1 */
  GHashTable *link_index;   /* const RtLink * → entry + 1 */
  GArray     *big_links;    /* guint link entries */

  double      ox, oy, cell;
  int         cols, rows;
  Cell       *node_cells;
  Cell       *link_cells;

  double      overhang;     /* RT_NODE_OVERHANG at the metrics' text scale */
  guint       n_live_nodes; /* entries with node != NULL */
  guint       n_outside;    /* placements beyond the grid since the rebuild */
  guint       n_live_links;
  guint       stamp;
  guint       n_rebuilds;
  gboolean    dirty;
  gboolean    ranks_dirty;
  gboolean    bounds_dirty;
  gboolean    have_bounds;
  RtRect      bounds;
};

/* The grid cells rect covers (clamped to the grid). */
void rt_scene_span_of      (RtScene *self, const RtRect *r, Span *span);
/* A node rectangle grown by what is drawn around it. */
void rt_scene_visual_rect  (RtScene *self, const RtRect *rect, RtRect *out);
/* The entry of a node, or -1. */
int  rt_scene_entry_of     (RtScene *self, const RtNode *node);

G_END_DECLS

/* rt-layout-private.h: the tree the layout works on, and free space
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"
#include "rt-layout.h"
#include "rt-node-style.h"

G_BEGIN_DECLS

/* The document's nodes with their primary parents. */
typedef struct {
  guint          n;
  const RtNode **nodes;        /* borrowed, document order */
  int           *parent;       /* index of the primary parent, or -1 */
  guint         *child_start;  /* children of i: child_list[child_start[i] .. child_start[i + 1]) */
  guint         *child_list;   /* in document order */
  GHashTable    *index;        /* id (borrowed) → index + 1 */
} RtForest;

RtForest    *rt_forest_new        (RtDocument *document);
void         rt_forest_free       (RtForest *forest);
int          rt_forest_lookup     (RtForest *forest, const char *id);
/* Whether a link makes its from node a child of its to node. */
gboolean     rt_link_is_structural (const RtLink *link, const RtNode *from);

/* Rectangles that placed things occupy, each grown by a margin. */
typedef struct _RtObstacles RtObstacles;

RtObstacles *rt_obstacles_new     (double margin);
void         rt_obstacles_free    (RtObstacles *self);
void         rt_obstacles_add     (RtObstacles *self, const RtRect *rect);
/* Whether rect meets any (grown) obstacle; if so the smallest top and the
 * largest bottom of those it meets. */
gboolean     rt_obstacles_hit     (RtObstacles *self, const RtRect *rect,
                                   double *min_top, double *max_bottom);

G_END_DECLS

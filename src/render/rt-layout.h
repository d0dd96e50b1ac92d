/* rt-layout.h: automatic placement of nodes
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-command.h"
#include "model/rt-document.h"
#include "rt-metrics.h"

G_BEGIN_DECLS

/* The map is laid out as a tidy layered tree, left to right: root problems
 * in the first column, what responds to or argues about a node in the
 * column to its right. Every node has at most one primary parent: the
 * target of its first link in document order that is structural (any link
 * but relates-to, and relates-to from a note) and closes no cycle; other
 * links are drawn across the tree. A map too long for one column (several
 * hundred nodes) continues in further columns to the right. The layout
 * never edits the document:
 * it returns positions, which the caller turns into one command. Same
 * document, same positions. */

typedef enum {
  RT_LAYOUT_ALL,       /* every node that is not pinned */
  RT_LAYOUT_UNPLACED,  /* only nodes without a position; the rest stay */
} RtLayoutScope;

/* Gaps between nodes, map units. */
#define RT_LAYOUT_COLUMN_GAP  84.0
#define RT_LAYOUT_SIBLING_GAP 18.0
#define RT_LAYOUT_COUSIN_GAP  30.0
#define RT_LAYOUT_ROOT_GAP    56.0
/* Between the columns a very large map wraps into. */
#define RT_LAYOUT_WRAP_GAP    240.0

typedef struct {
  guint    n;
  char   **ids;   /* owned, NULL-terminated, document order */
  double  *x;     /* node centres, map units */
  double  *y;
} RtLayoutResult;

void            rt_layout_result_free         (RtLayoutResult *result);
/* One rt_command_place_nodes for the result, or NULL when it is empty. */
RtCommand      *rt_layout_result_to_command   (const RtLayoutResult *result);

/* Positions for every node the scope covers; pinned nodes never move, and
 * no two nodes of the result overlap each other or a node that stays. */
RtLayoutResult *rt_layout_arrange             (RtDocument *document, RtMetrics *metrics,
                                               RtLayoutScope scope);
/* Arranges the scope and executes the command on the document (for
 * documents not on screen: export copies, tests). */
gboolean        rt_layout_apply               (RtDocument *document, RtMetrics *metrics,
                                               RtLayoutScope scope, GError **error);

/* A position for one node that moves nothing else: on the far (right) side
 * of its primary parent, in the free slot nearest the parent's level,
 * overlapping no placed node; a node without a placed parent goes below
 * the map. */
gboolean        rt_layout_place_new           (RtDocument *document, RtMetrics *metrics,
                                               const char *node_id,
                                               double *x, double *y);

/* The node's primary parent, or NULL. */
const RtNode   *rt_layout_get_primary_parent  (RtDocument *document, const char *node_id);
/* The primary parent of every node at once, as a document index by
 * document index (-1: none). Free with g_free. */
int            *rt_layout_get_primary_parents (RtDocument *document);
/* Whether a link can make its from node (NULL when missing) a child of its
 * to node: any link but relates-to, and relates-to from a note. */
gboolean        rt_layout_link_is_structural  (const RtLink *link, const RtNode *from);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtLayoutResult, rt_layout_result_free)

G_END_DECLS

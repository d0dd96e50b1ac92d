/* rt-analysis-private.h: the link graph the ownership analysis walks
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-analysis.h"

G_BEGIN_DECLS

/* The links as arrays over node indexes (document order), both directions,
 * in compressed rows: the edges out of node i are
 * out_edges[out_start[i] .. out_start[i + 1]), and likewise in. Links to a
 * node id that is not in the document are left out. */
typedef struct {
  guint  n_nodes;
  guint *out_start;
  guint *out_edges;
  guint *in_start;
  guint *in_edges;
} RtAnalysisGraph;

void  rt_analysis_graph_build      (RtAnalysisGraph *graph,
                                    RtDocument      *doc);
void  rt_analysis_graph_clear      (RtAnalysisGraph *graph);

/* Strongly connected components. Fills component[node] (room for n_nodes)
 * and returns how many there are, numbered in reverse topological order:
 * every edge between two components goes from a higher number to a lower
 * one. */
guint rt_analysis_graph_components (const RtAnalysisGraph *graph,
                                    guint                 *component);

G_END_DECLS

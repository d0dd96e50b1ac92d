/* rt-ownership-view-private.h: what the ownership view's files share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "render/rt-chart.h"
#include "rt-ownership-view.h"
#include "rt-widget-util.h"

G_BEGIN_DECLS

struct _RtOwnershipView
{
  GtkWidget       parent_instance;

  /* Template children. */
  GtkDrawingArea *participation_area;
  GtkWidget      *not_heard_box;
  GtkLabel       *not_heard_label;
  GtkFlowBox     *not_heard_flow;
  GtkWidget      *share_box;
  GtkLabel       *share_label;
  GtkLabel       *share_names_label;
  GtkDrawingArea *share_area;
  GtkListBox     *warnings_list;
  GtkLabel       *no_decisions_label;
  GtkBox         *decisions_box;
  GtkLabel       *no_problems_label;
  GtkFlowBox     *problems_flow;

  RtDocument     *document;    /* owned */
  RtAnalysis     *analysis;    /* owned */
  GArray         *bars;        /* owned RtChartBar, names borrowed from analysis */
  GPtrArray      *gauges;      /* borrowed drawing areas of the problems */
  RtRefresh       refresh;     /* once per burst of changes, while shown */
};

/* rt-ownership-view.c */
const RtPerson *rt_ownership_view_lookup_person     (RtOwnershipView *self,
                                                     const char      *id);
void            rt_ownership_view_clear_box         (GtkWidget       *box);
/* Emits "node-activated". */
void            rt_ownership_view_node_activated    (RtOwnershipView *self,
                                                     const char      *node_id);

/* rt-ownership-decisions.c */
void            rt_ownership_view_update_warnings   (RtOwnershipView *self);
void            rt_ownership_view_update_decisions  (RtOwnershipView *self);

G_END_DECLS

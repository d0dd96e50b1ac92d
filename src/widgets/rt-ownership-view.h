/* rt-ownership-view.h: who took part, and who owns what was decided
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-analysis.h"
#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_OWNERSHIP_VIEW (rt_ownership_view_get_type ())
G_DECLARE_FINAL_TYPE (RtOwnershipView, rt_ownership_view, RT, OWNERSHIP_VIEW, GtkWidget)

/*
 * The ownership analysis of a document, large enough to read across a
 * room: contributions per person as bars stacked by kind, who has not been
 * heard, how much the two most active voices dominate, the warnings on
 * adopted responses (clickable), every adopted response with its owners,
 * supporters, those accepting and those objecting, and per problem the
 * share of present people who contributed to it. Follows the document's
 * "changed" signal (while hidden, it catches up when shown).
 *
 * Properties: "document" (RtDocument).
 * Signals: "node-activated" (const char *node_id): a warning or a decision
 * was activated; the owner shows the node on the map.
 */

GtkWidget  *rt_ownership_view_new           (void);
void        rt_ownership_view_set_document  (RtOwnershipView *self,
                                             RtDocument      *document);
RtDocument *rt_ownership_view_get_document  (RtOwnershipView *self);
/* The figures shown, brought up to date first. Borrowed. */
RtAnalysis *rt_ownership_view_get_analysis  (RtOwnershipView *self);
/* The list of warnings: one activatable row per warning, its node id in
 * the row's "rt-node-id" data. */
GtkListBox *rt_ownership_view_get_warnings  (RtOwnershipView *self);
/* The sentence about the two most active voices. */
const char *rt_ownership_view_get_share_text (RtOwnershipView *self);

G_END_DECLS

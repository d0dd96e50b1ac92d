/* rt-timeline.h: replaying how a map grew
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_TIMELINE (rt_timeline_get_type ())
G_DECLARE_FINAL_TYPE (RtTimeline, rt_timeline, RT, TIMELINE, GtkWidget)

/*
 * A slider over the nodes of a document in creation order, a play button
 * that moves it one step at a time, and what step k added: "Step 3 of 12 —
 * “A monthly rota” by Chen Wei, 18:05". Step k shows the first k nodes;
 * the last step shows the whole map. Follows the document's "changed"
 * signal; a timeline at its last step stays there as nodes are added.
 *
 * Properties: "document" (RtDocument), "step" (uint), "n-steps" (uint,
 * read-only: the number of nodes), "playing" (boolean).
 */

GtkWidget  *rt_timeline_new          (void);
void        rt_timeline_set_document (RtTimeline *self,
                                      RtDocument *document);
RtDocument *rt_timeline_get_document (RtTimeline *self);
guint       rt_timeline_get_step     (RtTimeline *self);
void        rt_timeline_set_step     (RtTimeline *self,
                                      guint       step);
guint       rt_timeline_get_n_steps  (RtTimeline *self);
void        rt_timeline_set_playing  (RtTimeline *self,
                                      gboolean    playing);
gboolean    rt_timeline_get_playing  (RtTimeline *self);
/* What the label says. */
const char *rt_timeline_get_caption  (RtTimeline *self);

G_END_DECLS

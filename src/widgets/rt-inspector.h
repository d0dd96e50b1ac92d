/* rt-inspector.h: everything about the selected node, editable
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_INSPECTOR (rt_inspector_get_type ())
G_DECLARE_FINAL_TYPE (RtInspector, rt_inspector, RT, INSPECTOR, GtkWidget)

/*
 * A side panel for one node: its text and details, its kind, when it was
 * created and last changed and by whom, its status, author, credits and
 * stances (the stance editor), and its links in and out, each with its
 * kind (changeable), a button to remove it and one to go to the node at
 * its other end. Every change is a command on the document; the panel
 * follows the document's "changed" signal: the fields at once, the times
 * and links once after a burst of changes and only while it is shown.
 *
 * Properties: "document" (RtDocument), "node-id" (string or NULL),
 * "editor" (string or NULL: the person recorded as modified-by of text
 * edits).
 * Signals: "node-activated" (const char *node_id): go to that node.
 */

GtkWidget  *rt_inspector_new          (void);
void        rt_inspector_set_document (RtInspector *self,
                                       RtDocument  *document);
RtDocument *rt_inspector_get_document (RtInspector *self);
void        rt_inspector_set_node_id  (RtInspector *self,
                                       const char  *node_id);
const char *rt_inspector_get_node_id  (RtInspector *self);
void        rt_inspector_set_editor   (RtInspector *self,
                                       const char  *person_id);

/* Whether the stance editor shows; the window hides it while the people
 * panel shows the same editor beside it. */
void        rt_inspector_set_show_stances (RtInspector *self,
                                           gboolean     show);

/* For tests. */
GtkTextBuffer *rt_inspector_get_text_buffer    (RtInspector *self);
GtkTextBuffer *rt_inspector_get_details_buffer (RtInspector *self);
/* The number of link rows shown. */
guint          rt_inspector_get_n_links        (RtInspector *self);

G_END_DECLS

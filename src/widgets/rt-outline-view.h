/* rt-outline-view.h: the map as an indented, editable list
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_OUTLINE_VIEW (rt_outline_view_get_type ())
G_DECLARE_FINAL_TYPE (RtOutlineView, rt_outline_view, RT, OUTLINE_VIEW, GtkWidget)

/*
 * Every node of the document exactly once, in a tree: at the top the
 * problems that arise from nothing, then the other nodes nobody's child;
 * below each node the nodes whose primary parent (as the layout has it) it
 * is. A row shows the kind, the text, the author and the status. It
 * follows the document's signals, moving only the rows that change.
 *
 * Keyboard: Up and Down move, Right and Left expand and collapse (Left on
 * a collapsed row goes to its parent), F2, Enter or a double click edit
 * the text in place (Enter keeps it, Escape cancels), Delete removes the
 * node.
 *
 * Properties: "document" (RtDocument).
 * Signals: "node-selected" (const char *node_id or NULL): the user chose
 * another row.
 */

GtkWidget  *rt_outline_view_new            (void);
void        rt_outline_view_set_document   (RtOutlineView *self,
                                            RtDocument    *document);
RtDocument *rt_outline_view_get_document   (RtOutlineView *self);

/* The selected node, or NULL. */
const char *rt_outline_view_get_selected   (RtOutlineView *self);
/* Selects the node's row, expanding what holds it and scrolling it into
 * view; NULL unselects. Emits no "node-selected". */
void        rt_outline_view_select_node    (RtOutlineView *self,
                                            const char    *node_id);
/* Starts editing the selected node's text; FALSE when none is. */
gboolean    rt_outline_view_edit_selected  (RtOutlineView *self);

/* Shows only these node ids (a set, referenced) and, dimmed, the nodes
 * above them; NULL shows everything. Call again after changing the set. */
void        rt_outline_view_set_shown      (RtOutlineView *self,
                                            GHashTable    *shown);

/* The rows as listed now (expanded, filtered): for tests. */
guint       rt_outline_view_get_n_rows     (RtOutlineView *self);
/* The node id of a row, and its depth (0 at the top level). */
const char *rt_outline_view_get_row        (RtOutlineView *self,
                                            guint          position,
                                            guint         *depth);

G_END_DECLS

/* rt-outline-node.h: one node of a map as the outline lists it
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_OUTLINE_NODE (rt_outline_node_get_type ())
G_DECLARE_FINAL_TYPE (RtOutlineNode, rt_outline_node, RT, OUTLINE_NODE, GObject)

/*
 * A copy of what a row shows of one node (it never points into the
 * document). It copies the node when its row is shown (see RtOutlineModel).
 *
 * Properties (read-only but "editing" and "context"): "id", "kind" (int,
 * RtNodeKind), "text", "status" (int, RtStatus), "author" (the author's
 * name or NULL), "author-color", "label" (the sentence a screen reader
 * says), "editing" (boolean: the row shows an entry), "context" (boolean:
 * shown only because something below it matches a search).
 * Signals: "edited" (const char *text): the row's entry was committed.
 */

RtOutlineNode *rt_outline_node_new          (const char    *id);
const char    *rt_outline_node_get_id       (RtOutlineNode *self);
RtNodeKind     rt_outline_node_get_kind     (RtOutlineNode *self);
const char    *rt_outline_node_get_text     (RtOutlineNode *self);
RtStatus       rt_outline_node_get_status   (RtOutlineNode *self);
const char    *rt_outline_node_get_author   (RtOutlineNode *self);
const char    *rt_outline_node_get_author_color (RtOutlineNode *self);
const char    *rt_outline_node_get_label    (RtOutlineNode *self);

/* Copies what it shows from node; notifies what changed. */
void           rt_outline_node_update       (RtOutlineNode *self,
                                             RtDocument    *doc,
                                             const RtNode  *node);

gboolean       rt_outline_node_get_editing  (RtOutlineNode *self);
void           rt_outline_node_set_editing  (RtOutlineNode *self,
                                             gboolean       editing);
/* Ends editing; emits "edited" with text unless it is NULL (cancelled). */
void           rt_outline_node_finish_editing (RtOutlineNode *self,
                                             const char    *text);
gboolean       rt_outline_node_get_context  (RtOutlineNode *self);
void           rt_outline_node_set_context  (RtOutlineNode *self,
                                             gboolean       context);

/* "Problem: Who staffs the library on Saturdays? — by Ben Okafor, open".
 * author may be NULL (unknown). Free with g_free. */
char          *rt_outline_describe_node     (RtNodeKind     kind,
                                             const char    *text,
                                             const char    *author,
                                             RtStatus       status);

G_END_DECLS

/* rt-outline-model.h: the tree the outline lists, kept up to date
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/rt-document.h"
#include "rt-outline-node.h"

G_BEGIN_DECLS

#define RT_TYPE_OUTLINE_MODEL (rt_outline_model_get_type ())
G_DECLARE_FINAL_TYPE (RtOutlineModel, rt_outline_model, RT, OUTLINE_MODEL, GObject)

/*
 * Every node of a document once, below its primary parent as the layout
 * has it: at the top the problems that arise from nothing, then the other
 * nodes nobody's child, each group in document order; below each node its
 * children in document order.
 *
 * The tree does not follow the document itself: its owner passes the
 * document's signals on. Most edits move one node; an edit that may move
 * more marks the tree dirty, and rt_outline_model_sync brings it up to date
 * in one pass, moving only the rows that change.
 *
 * The lists it gives out (of RtOutlineNode) are made when asked for and
 * change as the tree does; their items are made when first asked for, and
 * copy what they show from the document only in
 * rt_outline_model_refresh_item. Lists keep the tree alive.
 */

/* Empty and dirty. */
RtOutlineModel *rt_outline_model_new              (RtDocument     *document);

/* The top level (a new reference). */
GListModel     *rt_outline_model_get_roots        (RtOutlineModel *self);
/* The children of an item of this tree (a new reference), or NULL when it
 * has none: a GtkTreeListModel create function. A row told it has none
 * is listed anew when its first child arrives, and the other way round. */
GListModel     *rt_outline_model_create_children  (RtOutlineModel *self,
                                                   RtOutlineNode  *item);

/* The document's signals. A node is found by its id. */
void            rt_outline_model_node_added       (RtOutlineModel *self,
                                                   const RtNode   *node);
void            rt_outline_model_node_removed     (RtOutlineModel *self,
                                                   const RtNode   *node);
void            rt_outline_model_node_changed     (RtOutlineModel *self,
                                                   const RtNode   *node);
void            rt_outline_model_link_added       (RtOutlineModel *self,
                                                   const RtLink   *link);
void            rt_outline_model_link_removed     (RtOutlineModel *self,
                                                   const RtLink   *link);
void            rt_outline_model_link_changed     (RtOutlineModel *self,
                                                   const RtLink   *link);
/* Every item shows what it shows anew when next refreshed. */
void            rt_outline_model_invalidate_items (RtOutlineModel *self);

gboolean        rt_outline_model_is_dirty         (RtOutlineModel *self);
/* Brings a dirty tree up to date. On a large map that takes two steps
 * worth running apart: prepare finds every node's parent; a sync after it
 * with no change to the document in between uses what it found. */
void            rt_outline_model_prepare          (RtOutlineModel *self);
gboolean        rt_outline_model_is_prepared      (RtOutlineModel *self);
void            rt_outline_model_sync             (RtOutlineModel *self);
/* Whether a list changed since the last call. */
gboolean        rt_outline_model_take_moved       (RtOutlineModel *self);

/* The node's item, or NULL when none was made yet. */
RtOutlineNode  *rt_outline_model_peek_item        (RtOutlineModel *self,
                                                   const char     *id);
/* Copies what the item shows from the document, if it changed since. */
void            rt_outline_model_refresh_item     (RtOutlineModel *self,
                                                   RtOutlineNode  *item);

/* The tree's own copy of an id (it lives as long as the node is in the
 * tree), or NULL for a node it does not hold. */
const char     *rt_outline_model_get_id           (RtOutlineModel *self,
                                                   const char     *id);
/* The id of the node it is listed under, or NULL at the top level. */
const char     *rt_outline_model_get_parent       (RtOutlineModel *self,
                                                   const char     *id);
/* The positions leading to the node, from the top level down, appended to
 * path (guint); FALSE for a node it does not hold. */
gboolean        rt_outline_model_get_path         (RtOutlineModel *self,
                                                   const char     *id,
                                                   GArray         *path);

/* The nodes a search shows (a set of ids, NULL for all): they and the
 * nodes above them, which are "context" (see RtOutlineNode). */
void            rt_outline_model_set_shown        (RtOutlineModel *self,
                                                   GHashTable     *shown);
gboolean        rt_outline_model_is_shown         (RtOutlineModel *self,
                                                   const char     *id);

G_END_DECLS

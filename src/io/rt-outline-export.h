/* rt-outline-export.h: a map as a tree, for the outline formats
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. A map is a graph; FreeMind maps, OPML and text
 * outlines are trees. Each node goes under its primary parent: the target
 * of its first link in the map's order that is not relates-to, else of its
 * first relates-to link, unless that would close a cycle (then the next
 * one). Nodes with no parent are the tree's roots, in the map's order, and
 * so are nodes that would sit deeper than the formats allow. Every node is
 * in the tree exactly once; the links that are not tree edges are listed
 * with the node they start from.
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

typedef struct _RtOutlineEntry RtOutlineEntry;

struct _RtOutlineEntry
{
  const RtNode   *node;
  RtOutlineEntry *parent;
  const RtLink   *tree_link;   /* from node to parent's node, or NULL at the top */
  GPtrArray      *children;    /* RtOutlineEntry *, in the map's order, or NULL */
  GPtrArray      *other_links; /* const RtLink * from node inside the tree, or NULL */
  guint           depth;       /* 0 at the top */
};

typedef struct {
  RtOutlineEntry *entries;     /* one per node */
  guint           n_entries;
  GPtrArray      *roots;       /* RtOutlineEntry * */
} RtOutlineTree;

/* The tree of the nodes whose ids are in node_ids (NULL: every node), at
 * most max_levels deep. Pointers into doc are borrowed: free the tree
 * before changing the document. */
RtOutlineTree *rt_outline_tree_new   (RtDocument      *doc,
                                      const GPtrArray *node_ids,
                                      guint            max_levels);
void           rt_outline_tree_free  (RtOutlineTree   *tree);

/* Calls visit with enter TRUE before an entry's children and FALSE after
 * them, for every entry in pre-order, without recursion. */
void           rt_outline_tree_walk  (RtOutlineTree   *tree,
                                      void           (*visit) (RtOutlineEntry *entry,
                                                               gboolean        enter,
                                                               gpointer        data),
                                      gpointer         data);

/* The roundtable-* attributes of an entry's node, in a fixed order.
 * with_modified adds roundtable-modified (formats with no time of their own
 * for it). */
void           rt_outline_entry_attrs (RtDocument           *doc,
                                       const RtOutlineEntry *entry,
                                       gboolean              with_modified,
                                       void                (*emit) (const char *name,
                                                                    const char *value,
                                                                    gpointer    data),
                                       gpointer              data);

/* text as XML 1.0 can hold it: valid UTF-8 (bytes that are not become
 * U+FFFD), without control characters other than tab, line feed and
 * carriage return, and without U+FFFE and U+FFFF. Free with g_free. */
char          *rt_outline_clean_text  (const char *text);

/* Writes bytes to path, replacing it atomically; errors are RT_IO_ERROR_IO
 * naming the file and saying what to do (see rt_io_set_write_error()). */
gboolean       rt_outline_save_bytes  (GBytes     *bytes,
                                       const char *path,
                                       GError    **error);

/* id:name:color:role:presence, the last two left out at their defaults. */
char          *rt_outline_person_record (const RtPerson *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtOutlineTree, rt_outline_tree_free)

G_END_DECLS

/* rt-clipboard-paste.h: the nodes a copy takes, and adding them to a map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"
#include "render/rt-metrics.h"

G_BEGIN_DECLS

/* A small Roundtable map of the copied nodes, the links among them and
 * the people they name. */
#define RT_CLIPBOARD_FRAGMENT_MIME "application/x-roundtable-fragment+xml"
/* The most a paste reads and adds. */
#define RT_CLIPBOARD_MAX_FRAGMENT  (32 * 1024 * 1024)
#define RT_CLIPBOARD_MAX_NODES     10000

/* The nodes node_ids names (each once), the links among them, and every
 * person any of them names, as a free-standing document. */
RtDocument *rt_clipboard_fragment_new   (RtDocument         *document,
                                         const char * const *node_ids);

/* Adds a copy of fragment's nodes and links to document as one undo step
 * ("Paste"), with new node ids. A person of the fragment is the person of
 * the document with the same id and name, else with the same name, else
 * added. Pasted nodes that have no parent among them become children of
 * parent_id when it is given, else they go near the point x, y; each is
 * placed with rt_layout_place_new() or, for many, laid out at once.
 * Nodes without an author are credited to speaker when it is given.
 * Returns the new node ids in the fragment's order, or NULL with an error
 * (nothing to paste, too many nodes, a change the document refused). */
GPtrArray  *rt_clipboard_paste_into     (RtDocument         *document,
                                         RtMetrics          *metrics,
                                         RtDocument         *fragment,
                                         const char         *parent_id,
                                         double              x,
                                         double              y,
                                         const char         *speaker,
                                         GError            **error);

G_END_DECLS

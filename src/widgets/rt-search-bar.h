/* rt-search-bar.h: finding nodes, and showing only some kinds, statuses
 * and people
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"
#include "model/rt-filter.h"

G_BEGIN_DECLS

#define RT_TYPE_SEARCH_BAR (rt_search_bar_get_type ())
G_DECLARE_FINAL_TYPE (RtSearchBar, rt_search_bar, RT, SEARCH_BAR, GtkWidget)

/*
 * A search bar: an entry searched as one types, buttons to the previous
 * and next match (Enter, Shift+Enter, Ctrl+G, Ctrl+Shift+G), how many
 * match, and a popover of check buttons that show or hide kinds,
 * statuses and people. It follows the document's "changed" signal.
 *
 * Properties: "document" (RtDocument), "search-mode-enabled" (boolean).
 * Signals: "filter-changed" (): which nodes match changed (or the bar
 * opened or closed); "match-activated" (const char *node_id): the user
 * went to a match.
 */

GtkWidget  *rt_search_bar_new               (void);
void        rt_search_bar_set_document      (RtSearchBar *self,
                                             RtDocument  *document);
RtDocument *rt_search_bar_get_document      (RtSearchBar *self);
void        rt_search_bar_set_search_mode   (RtSearchBar *self,
                                             gboolean     enabled);
gboolean    rt_search_bar_get_search_mode   (RtSearchBar *self);
/* Focuses the entry, selecting what it holds. */
void        rt_search_bar_focus_entry       (RtSearchBar *self);
/* Borrowed; change it through the bar so that it tells. */
RtFilter   *rt_search_bar_get_filter        (RtSearchBar *self);
/* Sets the search text as if typed. */
void        rt_search_bar_set_text          (RtSearchBar *self,
                                             const char  *text);

/* Whether the bar is open and something may not match. */
gboolean    rt_search_bar_is_filtering      (RtSearchBar *self);
/* Sets of node ids that match and that do not; borrowed, updated in place.
 * Meaningful while filtering. */
GHashTable *rt_search_bar_get_matches       (RtSearchBar *self);
GHashTable *rt_search_bar_get_unmatched     (RtSearchBar *self);
guint       rt_search_bar_get_n_matches     (RtSearchBar *self);

/* The node the next or previous match is counted from (the selection). */
void        rt_search_bar_set_current       (RtSearchBar *self,
                                             const char  *node_id);
/* Goes to the next (or previous) match after the current node, wrapping
 * around; emits "match-activated". FALSE when nothing matches. */
gboolean    rt_search_bar_next_match        (RtSearchBar *self,
                                             gboolean     forward);

G_END_DECLS

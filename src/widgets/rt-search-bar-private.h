/* rt-search-bar-private.h: the search bar's parts, for its popover
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-search-bar.h"

G_BEGIN_DECLS

struct _RtSearchBar
{
  GtkWidget   parent_instance;

  GtkWidget  *bar;          /* child: GtkSearchBar */
  GtkWidget  *entry;
  GtkWidget  *count;
  GtkWidget  *filter_button;
  GtkWidget  *people_box;   /* in the popover: a check per person */

  RtDocument *document;     /* owned reference */
  RtFilter   *filter;       /* owned */
  /* Each node's id and folded texts, kept across searches: the sets and
   * the list below borrow their ids from it. */
  GHashTable *folded;       /* id (the entry's) → Folded (owned) */
  guint       n_unfolded;   /* entries whose texts are yet to be folded */
  guint       n_removed;    /* entries of nodes no longer in the document */
  guint       fold_next;    /* the next node folded in idle time */
  guint       fold_id;
  GHashTable *matches;      /* owned set of borrowed ids */
  GHashTable *unmatched;    /* owned set of borrowed ids */
  GPtrArray  *match_list;   /* borrowed ids in document order */
  GArray     *match_index;  /* their indexes in the document (guint) */
  char       *current;
  gboolean    enabled;
  gboolean    stale;        /* the document changed since the last count */
  gboolean    pending;      /* a count waits for the texts to be folded */
  gboolean    pending_typed;
};

/* After a change of the filter: the button's look and the count. */
void       rt_search_bar_filter_changed       (RtSearchBar *self);
/* The popover of kinds, statuses and people, kept in step with the filter
 * and the document's people. */
GtkWidget *rt_search_bar_build_filter_popover (RtSearchBar *self);

G_END_DECLS

/* rt-filter.h: which nodes a search and its filters let through
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-document.h"

G_BEGIN_DECLS

/*
 * A search text and three filters. A node matches when its text or details
 * hold the search text (ignoring case and accents: "cafe" finds "Café"),
 * its kind is shown, its status is shown (kinds without a status always
 * pass), and one of its contributors (by or credited) is shown; a node of
 * unknown author with no credits counts as contributed by the person id
 * NULL. By default everything is shown and the search text is empty.
 */
typedef struct _RtFilter RtFilter;

RtFilter   *rt_filter_new              (void);
RtFilter   *rt_filter_copy             (const RtFilter *self);
void        rt_filter_free             (RtFilter       *self);

/* Each setter returns TRUE when it changed the filter. */
gboolean    rt_filter_set_text         (RtFilter       *self,
                                        const char     *text);
const char *rt_filter_get_text         (const RtFilter *self);
gboolean    rt_filter_set_kind_shown   (RtFilter       *self,
                                        RtNodeKind      kind,
                                        gboolean        shown);
gboolean    rt_filter_get_kind_shown   (const RtFilter *self,
                                        RtNodeKind      kind);
gboolean    rt_filter_set_status_shown (RtFilter       *self,
                                        RtStatus        status,
                                        gboolean        shown);
gboolean    rt_filter_get_status_shown (const RtFilter *self,
                                        RtStatus        status);
/* person_id NULL: nodes of unknown author. */
gboolean    rt_filter_set_person_shown (RtFilter       *self,
                                        const char     *person_id,
                                        gboolean        shown);
gboolean    rt_filter_get_person_shown (const RtFilter *self,
                                        const char     *person_id);
/* Shows everything again and clears the text. */
gboolean    rt_filter_reset            (RtFilter       *self);

/* Whether the search text is non-empty. */
gboolean    rt_filter_has_text         (const RtFilter *self);
/* Whether any kind, status or person is hidden. */
gboolean    rt_filter_has_filters      (const RtFilter *self);
/* Either of the two: some node may not match. */
gboolean    rt_filter_is_active        (const RtFilter *self);

gboolean    rt_filter_matches          (const RtFilter *self,
                                        const RtNode   *node);
/* rt_filter_matches with the node's text and details already folded by
 * rt_filter_fold (NULL for none): the same answer without folding. */
gboolean    rt_filter_matches_folded   (const RtFilter *self,
                                        const RtNode   *node,
                                        const char     *folded_text,
                                        const char     *folded_details);
/* Ids of the nodes of doc that match, in document order: a new array of
 * borrowed ids, valid until the document changes. */
GPtrArray  *rt_filter_list_matches     (const RtFilter *self,
                                        RtDocument     *doc);

/* text folded for comparison: case folded, decomposed, combining marks
 * dropped. Free with g_free. */
char       *rt_filter_fold             (const char     *text);

/* The nodes of doc in creation order (created time, unknown first, then
 * document order), as the history timeline replays them: a new array of
 * borrowed const RtNode *. */
GPtrArray  *rt_nodes_in_creation_order (RtDocument     *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtFilter, rt_filter_free)

G_END_DECLS

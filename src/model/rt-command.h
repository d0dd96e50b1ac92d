/* rt-command.h: every change to a document is one of these
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-document.h"

G_BEGIN_DECLS

/* A command holds values, never pointers into the document, so it can be
 * applied, reverted and reapplied any number of times. Hand it to
 * rt_document_execute(), which takes ownership; free one that was never
 * executed with rt_command_free(). Constructors that need the current state
 * (remove_node, merge_people) take the document and return NULL with error
 * when the command cannot be built. */

void        rt_command_free          (RtCommand *command);
const char *rt_command_get_label     (RtCommand *command);

/* Nodes. index -1 appends. The node is copied; its links field is ignored. */
RtCommand  *rt_command_add_node      (const RtNode *node, int index);
/* The node, its links (both directions) and everything on it, one step. */
RtCommand  *rt_command_remove_node   (RtDocument *doc, const char *node_id, GError **error);
/* Consecutive set_text on one node merge into one step (typing). editor is
 * the person id recorded as modified-by, or NULL. Updates modified. */
RtCommand  *rt_command_set_text      (const char *node_id, const char *text, const char *editor);
RtCommand  *rt_command_set_details   (const char *node_id, const char *details, const char *editor);
/* Changes the kind; a status the new kind has not falls back to its
 * default. */
RtCommand  *rt_command_set_kind      (const char *node_id, RtNodeKind kind);
RtCommand  *rt_command_set_status    (const char *node_id, RtStatus status);
/* by; NULL means unknown. Refused when the person is credited on the node. */
RtCommand  *rt_command_set_author    (const char *node_id, const char *person_id);
/* Moves n nodes at once. merge_key != 0: merges with the previous move of the
 * same key (one drag is one step). pin: also sets pinned to TRUE. */
RtCommand  *rt_command_move_nodes    (guint n, const char *const *node_ids,
                                      const double *x, const double *y,
                                      gboolean pin, guint merge_key);
/* Position for layout: has_position, x, y without touching pinned. */
RtCommand  *rt_command_place_nodes   (guint n, const char *const *node_ids,
                                      const double *x, const double *y);
RtCommand  *rt_command_set_pinned    (const char *node_id, gboolean pinned);
RtCommand  *rt_command_add_credit    (const char *node_id, const char *person_id);
RtCommand  *rt_command_remove_credit (const char *node_id, const char *person_id);
/* level RT_STANCE_NONE removes the person's stance. due and text may be NULL.
 * at RT_TIME_NONE means now. */
RtCommand  *rt_command_set_stance    (const char *node_id, const char *person_id,
                                      RtStanceLevel level, const char *text,
                                      const char *due, gint64 at);
/* Merges two nodes: keep absorbs gone's text (appended to details),
 * credits (gone's by becomes a credit), stances the keeper lacks and links,
 * then gone is removed. One step. */
RtCommand  *rt_command_merge_nodes   (RtDocument *doc, const char *keep_id,
                                      const char *gone_id, GError **error);

/* Links. index -1 appends. */
RtCommand  *rt_command_add_link      (const RtLink *link, int index);
RtCommand  *rt_command_remove_link   (const char *from, const char *to, RtLinkKind kind);
RtCommand  *rt_command_set_link_kind (const char *from, const char *to,
                                      RtLinkKind kind, RtLinkKind new_kind);

/* People. */
RtCommand  *rt_command_add_person    (const RtPerson *person, int index);
/* Refused (RT_DOCUMENT_ERROR_HAS_CONTRIBUTIONS, saying why) when the person
 * is referenced anywhere. */
RtCommand  *rt_command_remove_person (RtDocument *doc, const char *person_id, GError **error);
/* Replaces name, color, role and present of the person with id person->id. */
RtCommand  *rt_command_set_person    (const RtPerson *person);
/* Moves every by, modified-by, credit, stance and link author from gone to
 * keep, then removes gone. Where both had a stance on one node the keeper's
 * stays; a credit for the node's own by is dropped. One step. */
RtCommand  *rt_command_merge_people  (RtDocument *doc, const char *gone_id,
                                      const char *keep_id, GError **error);

/* Meta: title and description (NULL clears). */
RtCommand  *rt_command_set_meta      (const char *title, const char *description);

/* A fixed group of commands applied in order, reverted in reverse; one
 * step. */
RtCommand  *rt_command_group_new     (const char *label);
void        rt_command_group_add     (RtCommand *group, RtCommand *command);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtCommand, rt_command_free)

G_END_DECLS

/* rt-document.h: a Roundtable map, its queries and its undo history
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "rt-types.h"

G_BEGIN_DECLS

#define RT_DOCUMENT_ERROR (rt_document_error_quark ())

typedef enum {
  RT_DOCUMENT_ERROR_NOT_FOUND,      /* a command names a node, person or link that is not there */
  RT_DOCUMENT_ERROR_EXISTS,         /* a duplicate id, link, credit or stance */
  RT_DOCUMENT_ERROR_INVALID,        /* a value the format does not allow */
  RT_DOCUMENT_ERROR_HAS_CONTRIBUTIONS, /* removing a person who contributed */
} RtDocumentError;

GQuark rt_document_error_quark (void);

typedef struct _RtCommand RtCommand;

#define RT_TYPE_DOCUMENT (rt_document_get_type ())
G_DECLARE_FINAL_TYPE (RtDocument, rt_document, RT, DOCUMENT, GObject)

/*
 * Signals (all pointers are borrowed and valid during emission only):
 *   node-added     (const RtNode *node)
 *   node-removed   (const RtNode *node)        emitted before it is freed
 *   node-changed   (const RtNode *node)        any field, credits, position
 *   link-added     (const RtLink *link)
 *   link-removed   (const RtLink *link)        emitted before it is freed
 *   link-changed   (const RtLink *link)
 *   person-added   (const RtPerson *person)
 *   person-removed (const RtPerson *person)    emitted before it is freed
 *   person-changed (const RtPerson *person)
 *   stance-changed (const RtNode *node, const char *person_id)
 *   meta-changed   ()
 *   changed        ()   once after every execute, undo and redo
 * Properties: "modified", "can-undo", "can-redo", "title" (read-only).
 */

RtDocument     *rt_document_new               (void);

/* Meta */
const char     *rt_document_get_title         (RtDocument *self);
const char     *rt_document_get_description   (RtDocument *self);
gint64          rt_document_get_created       (RtDocument *self);
gint64          rt_document_get_modified_time (RtDocument *self);

/* People, nodes and links in document order. Indexes are valid until the
 * next change. */
guint           rt_document_get_n_people      (RtDocument *self);
const RtPerson *rt_document_get_person        (RtDocument *self, guint index);
const RtPerson *rt_document_lookup_person     (RtDocument *self, const char *id);
guint           rt_document_get_n_nodes       (RtDocument *self);
const RtNode   *rt_document_get_node          (RtDocument *self, guint index);
const RtNode   *rt_document_lookup_node       (RtDocument *self, const char *id);
int             rt_document_get_node_index    (RtDocument *self, const char *id);
guint           rt_document_get_n_links       (RtDocument *self);
const RtLink   *rt_document_get_link          (RtDocument *self, guint index);
const RtLink   *rt_document_find_link         (RtDocument *self, const char *from,
                                               const char *to, RtLinkKind kind);

/* O(degree): borrowed arrays of const RtLink *, never NULL. */
GPtrArray      *rt_document_get_links_from    (RtDocument *self, const char *node_id);
GPtrArray      *rt_document_get_links_to      (RtDocument *self, const char *node_id);

/* Nodes whose by is the person (O(1) count); the list is new, in no
 * particular order, of borrowed const RtNode *. */
guint           rt_document_count_nodes_by    (RtDocument *self, const char *person_id);
GPtrArray      *rt_document_list_nodes_by     (RtDocument *self, const char *person_id);
/* Nodes where the person is by, credited, modified-by, or has a stance,
 * and links they made: whatever would dangle if the person went away. */
gboolean        rt_document_person_is_referenced (RtDocument *self, const char *person_id);

/* Fresh ids ("n17", "p4") not in use in this document. */
char           *rt_document_new_node_id       (RtDocument *self);
char           *rt_document_new_person_id     (RtDocument *self);

/* Building a document that is not yet shown (readers, importers, tests):
 * no history, no signals. The take_ functions take ownership. They check
 * nothing but uniqueness of ids, which readers report themselves with line
 * numbers; a reader validates references before taking. */
void            rt_document_set_meta          (RtDocument *self, const char *title,
                                               const char *description,
                                               gint64 created, gint64 modified);
void            rt_document_take_person       (RtDocument *self, RtPerson *person);
void            rt_document_take_node         (RtDocument *self, RtNode *node);
void            rt_document_take_link         (RtDocument *self, RtLink *link);
/* The time written as <modified> on the next save. */
void            rt_document_touch_modified    (RtDocument *self, gint64 when);

/* Compare everything FORMAT.md defines, in order. On difference, *why (if
 * given) says where. */
gboolean        rt_document_equal             (RtDocument *a, RtDocument *b, char **why);
/* A deep copy with no history (for saving in a thread). */
RtDocument     *rt_document_copy              (RtDocument *self);

/* History. execute takes the command; a command that cannot apply leaves
 * the document unchanged and returns FALSE with error. */
gboolean        rt_document_execute           (RtDocument *self, RtCommand *command,
                                               GError **error);
gboolean        rt_document_can_undo          (RtDocument *self);
gboolean        rt_document_can_redo          (RtDocument *self);
/* The label of the step undo/redo would take ("Typing", "Delete"), or NULL */
const char     *rt_document_get_undo_label    (RtDocument *self);
const char     *rt_document_get_redo_label    (RtDocument *self);
gboolean        rt_document_undo              (RtDocument *self);
gboolean        rt_document_redo              (RtDocument *self);
/* Undoes the last step and drops it from the history, with any step that
 * could be redone after it: a change given up before it was finished
 * (a drag cancelled). The saved-marker stays where it was. */
gboolean        rt_document_undo_discard      (RtDocument *self);
/* Group every command executed until end_group into one user step. Nests. */
void            rt_document_begin_group       (RtDocument *self, const char *label);
void            rt_document_end_group         (RtDocument *self);
/* The next command starts a new undo step even if it could merge. */
void            rt_document_seal              (RtDocument *self);
guint           rt_document_get_history_length (RtDocument *self);
void            rt_document_clear_history     (RtDocument *self);

/* The saved-marker. */
gboolean        rt_document_get_modified      (RtDocument *self);
void            rt_document_mark_saved        (RtDocument *self);
/* A change that is not in the history (a restored draft) still needs
 * saving. */
void            rt_document_mark_unsaved      (RtDocument *self);

G_END_DECLS

/* rt-document-private.h: the document's insides, for commands and history
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-document.h"

G_BEGIN_DECLS

/* A node's links, borrowed from the document's link array, in document
 * order. Either array is NULL until the node has such a link. */
struct _RtNodeLinks {
  GPtrArray *out;
  GPtrArray *in;
};

struct _RtDocument {
  GObject parent_instance;

  char *title;                /* or NULL */
  char *description;          /* or NULL */
  gint64 created;
  gint64 modified_time;

  GPtrArray *people;          /* owned RtPerson *, document order */
  GHashTable *people_by_id;   /* id (borrowed from the person) -> RtPerson * */
  GPtrArray *nodes;           /* owned RtNode *, document order */
  GHashTable *nodes_by_id;    /* id (borrowed from the node) -> RtNode * */
  GPtrArray *links;           /* owned RtLink *, document order */
  /* person id (owned) -> set of the RtNode * whose by is that person */
  GHashTable *nodes_by_person;
  GPtrArray *no_links;        /* empty, handed out for nodes without links */
  guint next_node_number;     /* no "n<k>" with k >= this was ever used */
  guint next_person_number;

  /* History */
  GPtrArray *steps;           /* owned RtCommand *, oldest first */
  guint position;             /* steps[0 .. position) are applied */
  int saved;                  /* position of the saved state, -1: unreachable */
  RtCommand *group;           /* the open group (owned), or NULL */
  guint group_depth;
  RtCommand *last;            /* borrowed: what the next command may merge into */

  gboolean notified_modified;
  gboolean notified_can_undo;
  gboolean notified_can_redo;
};

typedef enum {
  RT_DOCUMENT_SIGNAL_NODE_ADDED,
  RT_DOCUMENT_SIGNAL_NODE_REMOVED,
  RT_DOCUMENT_SIGNAL_NODE_CHANGED,
  RT_DOCUMENT_SIGNAL_LINK_ADDED,
  RT_DOCUMENT_SIGNAL_LINK_REMOVED,
  RT_DOCUMENT_SIGNAL_LINK_CHANGED,
  RT_DOCUMENT_SIGNAL_PERSON_ADDED,
  RT_DOCUMENT_SIGNAL_PERSON_REMOVED,
  RT_DOCUMENT_SIGNAL_PERSON_CHANGED,
  RT_DOCUMENT_SIGNAL_STANCE_CHANGED,
  RT_DOCUMENT_SIGNAL_META_CHANGED,
  RT_DOCUMENT_SIGNAL_CHANGED,
  RT_DOCUMENT_N_SIGNALS
} RtDocumentSignal;

void      rt_node_links_free            (RtNodeLinks *links);

/* Mutable lookups for commands. */
RtNode   *rt_document_lookup_node_mut   (RtDocument *self, const char *id);
RtPerson *rt_document_lookup_person_mut (RtDocument *self, const char *id);
RtLink   *rt_document_find_link_mut     (RtDocument *self, const char *from,
                                         const char *to, RtLinkKind kind);
int       rt_document_get_person_index  (RtDocument *self, const char *id);
int       rt_document_get_link_index    (RtDocument *self, const RtLink *link);

/* Structural changes, each emitting its signal. index -1 appends; the
 * caller has validated everything. A node is removed only once it has no
 * links; the stolen objects belong to the caller. */
void      rt_document_insert_node       (RtDocument *self, RtNode *node, int index);
RtNode   *rt_document_steal_node        (RtDocument *self, const char *id, guint *index);
void      rt_document_insert_link       (RtDocument *self, RtLink *link, int index);
RtLink   *rt_document_steal_link        (RtDocument *self, const char *from,
                                         const char *to, RtLinkKind kind,
                                         guint *index);
void      rt_document_insert_person     (RtDocument *self, RtPerson *person, int index);
RtPerson *rt_document_steal_person      (RtDocument *self, const char *id, guint *index);

/* Changes the node's by, keeping the nodes-by-person index; no signal. */
void      rt_document_set_node_by       (RtDocument *self, RtNode *node, const char *by);
/* Replaces title and description; emits meta-changed and notifies title. */
void      rt_document_replace_meta      (RtDocument *self, const char *title,
                                         const char *description);

void      rt_document_emit              (RtDocument *self, RtDocumentSignal signal,
                                         gconstpointer object);
void      rt_document_emit_stance_changed (RtDocument *self, const RtNode *node,
                                           const char *person_id);

/* Fills in error and returns FALSE unless the person exists. */
gboolean  rt_document_check_person      (RtDocument *self, const char *id, GError **error);
gboolean  rt_document_check_node        (RtDocument *self, const char *id,
                                         RtNode **out, GError **error);

/* History internals (rt-history.c). */
void      rt_document_history_init      (RtDocument *self);
void      rt_document_history_finalize  (RtDocument *self);
/* Notifies modified, can-undo and can-redo where they changed. */
void      rt_document_update_state      (RtDocument *self);

G_END_DECLS

/* rt-command-private.h: how commands are built, for the model only
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-command.h"

G_BEGIN_DECLS

typedef struct _RtCommandClass RtCommandClass;

struct _RtCommandClass {
  const char *name;   /* for debugging */
  const char *label;  /* untranslated, marked with N_() */
  /* Changes the document, or leaves it exactly as it was and fails. Records
   * in the command whatever revert needs. */
  gboolean  (*apply)    (RtCommand *self, RtDocument *doc, GError **error);
  /* Undoes the last apply; the document is in the state apply left. */
  void      (*revert)   (RtCommand *self, RtDocument *doc);
  /* Absorbs next, which was just applied after self; FALSE when the two
   * stay separate steps. May be NULL. */
  gboolean  (*merge)    (RtCommand *self, RtCommand *next);
  void      (*finalize) (RtCommand *self);
};

struct _RtCommand {
  const RtCommandClass *klass;
  char *label;        /* owned, translated; NULL for the class label */
};

RtCommand *rt_command_alloc    (const RtCommandClass *klass, gsize size);
void       rt_command_set_label (RtCommand *self, const char *label);
gboolean   rt_command_apply    (RtCommand *self, RtDocument *doc, GError **error);
void       rt_command_revert   (RtCommand *self, RtDocument *doc);
gboolean   rt_command_merge    (RtCommand *self, RtCommand *next);
guint      rt_command_group_get_size (RtCommand *group);

/* A command whose parts depend on the document: at every apply it builds
 * them (a group) from the state it finds, and reverts exactly those. */
typedef RtCommand *(*RtCommandBuildFunc) (RtDocument *doc, const char *a,
                                          const char *b, GError **error);
RtCommand *rt_command_derived_new (const char *label, RtCommandBuildFunc build,
                                   const char *a, const char *b);

/* Parts of the compound commands. */
RtCommand *rt_command_remove_node_only     (const char *node_id);
RtCommand *rt_command_remove_node_by_id    (const char *node_id);
RtCommand *rt_command_remove_person_by_id  (const char *person_id);
/* Sets details without touching modified and modified-by. */
RtCommand *rt_command_set_details_only     (const char *node_id, const char *details);
RtCommand *rt_command_set_modified_by      (const char *node_id, const char *person_id);
/* Adds or replaces the stance exactly as given (its at included). */
RtCommand *rt_command_put_stance           (const char *node_id, const RtStance *stance);
RtCommand *rt_command_add_credit_at        (const char *node_id, const char *person_id,
                                            int index);
/* Gives a credit or stance of one person to another, in place. */
RtCommand *rt_command_rename_credit        (const char *node_id, const char *from,
                                            const char *to);
RtCommand *rt_command_rename_stance        (const char *node_id, const char *from,
                                            const char *to);
RtCommand *rt_command_set_link_author      (const char *from, const char *to,
                                            RtLinkKind kind, const char *person_id);

G_END_DECLS

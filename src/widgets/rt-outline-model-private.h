/* rt-outline-model-private.h: the entries of the outline's tree
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-outline-model.h"

G_BEGIN_DECLS

typedef struct _RtOutlineBranch RtOutlineBranch;

#define RT_TYPE_OUTLINE_LIST (rt_outline_list_get_type ())
G_DECLARE_FINAL_TYPE (RtOutlineList, rt_outline_list, RT, OUTLINE_LIST, GObject)

/* What the tree list model was told of a row: a row it made without
 * children never gets an expander, so it is listed anew when that
 * changes. */
enum {
  RT_OUTLINE_MADE_UNKNOWN,
  RT_OUTLINE_MADE_LEAF,
  RT_OUTLINE_MADE_EXPANDABLE,
};

/* One node of the tree, or the top (whose children are the top level). */
struct _RtOutlineBranch
{
  RtOutlineBranch *parent;        /* the entry it is listed under */
  RtOutlineBranch *prev, *next;   /* siblings, in order */
  RtOutlineBranch *first, *last;  /* children, in order */
  guint           n_children;
  RtNodeKind      kind;
  guint           made : 2;
  guint           listed : 1;    /* in its parent's children */
  guint           seen : 1;      /* found in the document by a sync */
  guint           stamp;         /* the item is current when it is the tree's */
  RtOutlineNode  *item;          /* owned, or NULL until asked for */
  RtOutlineList  *list;          /* its children while a list of them lives */
  char            id[];
};

struct _RtOutlineModel
{
  GObject         parent_instance;

  RtDocument     *document;      /* owned */
  GHashTable     *entries;       /* id (the entry's) → RtOutlineBranch (owned) */
  RtOutlineBranch *top;           /* owned */
  GHashTable     *shown;         /* referenced set of ids, or NULL: all */
  GHashTable     *context;       /* owned ids shown above what a search shows */
  int            *parents;       /* owned primary parents for the next sync, or NULL */
  guint           stamp;
  gboolean        dirty;
  gboolean        moved;
};

static inline RtOutlineBranch *
rt_outline_model_lookup (RtOutlineModel *self,
                        const char    *id)
{
  return id != NULL ? g_hash_table_lookup (self->entries, id) : NULL;
}

RtOutlineBranch *rt_outline_branch_new       (const char      *id);
void             rt_outline_branch_free      (gpointer        entry);
/* Its position among its siblings. */
guint            rt_outline_branch_position  (RtOutlineBranch *entry);
/* Links entry (in no list) into parent's children before before (NULL:
 * last), and out again; neither tells any list. */
void             rt_outline_branch_link      (RtOutlineBranch *parent,
                                              RtOutlineBranch *entry,
                                              RtOutlineBranch *before);
void             rt_outline_branch_unlink    (RtOutlineBranch *entry);

/* The list of the entry's children (a new reference). */
GListModel      *rt_outline_list_new_for     (RtOutlineModel  *tree,
                                              RtOutlineBranch *entry);

/* Tells the list of parent's children, if one lives, what changed. */
void             rt_outline_model_emit       (RtOutlineModel  *self,
                                              RtOutlineBranch *parent,
                                              guint           position,
                                              guint           removed,
                                              guint           added);
/* Lists entry anew when its row was made with or without children and
 * that changed. */
void             rt_outline_model_check_made (RtOutlineModel  *self,
                                              RtOutlineBranch *entry);

G_END_DECLS

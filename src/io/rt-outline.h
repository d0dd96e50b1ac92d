/* rt-outline.h: a tree read from another format, turned into a map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. The FreeMind, OPML and text outline readers
 * collect what they read as items, each under its parent, and
 * rt_outline_build() turns the items into nodes and the tree into links,
 * inferring what the file does not say. Building never fails: what the
 * roundtable-* attributes say that does not fit (an unknown kind, a stance
 * by nobody) is left out, and the rest is inferred.
 */
#pragma once

#include "model/rt-document.h"
#include "rt-outline-codec.h"

G_BEGIN_DECLS

typedef struct {
  guint       line;
  int         parent;       /* index of the parent item, or -1 */
  guint       level;        /* 0 at the top */
  char       *text;         /* never NULL */
  char       *details;      /* or NULL */
  int         hint;         /* RtNodeKind an icon or a mark gives, or -1 */
  char       *source_id;    /* the element's id in the file (FreeMind ID), or NULL */
  char       *attrs[RT_N_ATTRS];
  gint64      created;
  gint64      modified;
  GPtrArray  *arrows;       /* char * source ids this item points at, or NULL */
} RtOutlineItem;

typedef struct {
  /* Look for kind marks at the start of texts (FreeMind, OPML). */
  gboolean    text_marks;
  /* Links other than the tree's are the arrows; the roundtable-links
   * records only give their kinds (FreeMind). Otherwise the records are
   * the links (OPML). */
  gboolean    links_from_arrows;
  /* Items less than this many levels down are problems when nothing else
   * says what they are. */
  guint       problem_levels;

  char       *title;
  char       *description;
  gint64      created;
  gint64      modified;

  GPtrArray  *items;        /* RtOutlineItem *, every parent before its children */
  GPtrArray  *people;       /* RtPerson *, as declared; checked when building */
} RtOutline;

RtOutline     *rt_outline_new          (void);
void           rt_outline_free         (RtOutline     *self);

/* A new item at the end; parent is an index or -1. Borrowed. */
RtOutlineItem *rt_outline_add_item     (RtOutline     *self,
                                        int            parent,
                                        guint          line);
/* An item that is not in an outline yet, for readers that learn where an
 * element belongs only after reading some of it. */
RtOutlineItem *rt_outline_item_new     (guint          line);
void           rt_outline_item_free    (RtOutlineItem *item);
/* Takes item, puts it at the end under parent (an index or -1) and
 * returns its index. */
guint          rt_outline_append       (RtOutline     *self,
                                        RtOutlineItem *item,
                                        int            parent);
/* Keeps the value of a roundtable-* attribute (and turns
 * roundtable-modified into item->modified); TRUE when the name starts with
 * "roundtable-", known or not, so that callers leave it out of the
 * details. */
gboolean       rt_outline_item_take_attr (RtOutlineItem *item,
                                          const char    *name,
                                          const char    *value);
void           rt_outline_item_add_arrow (RtOutlineItem *item,
                                          const char    *destination);
/* A roundtable-person record: id:name:color:role:presence. */
void           rt_outline_add_person_record (RtOutline  *self,
                                             const char *record);

RtDocument    *rt_outline_build        (RtOutline     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtOutline, rt_outline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtOutlineItem, rt_outline_item_free)

G_END_DECLS

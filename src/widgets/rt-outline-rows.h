/* rt-outline-rows.h: the outline's rows, expanded and found
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rt-outline-model.h"

G_BEGIN_DECLS

/*
 * Every row of the outline is expanded, as the tree list model's
 * autoexpand does. On a very large map expanding them all at once would
 * freeze the window, so an expander expands the top-level rows one slice
 * at a time (each a few milliseconds) in idle time, in order; rows added
 * later are expanded as they come.
 */
typedef struct _RtOutlineExpander RtOutlineExpander;

/* rows must have been made with autoexpand off; the expander turns it on
 * and expands a first slice at once. */
RtOutlineExpander  *rt_outline_expander_new          (GtkTreeListModel  *rows);
void                rt_outline_expander_free         (RtOutlineExpander *self);
/* Top-level rows moved: it looks again from the first. */
void                rt_outline_expander_restart      (RtOutlineExpander *self);
/* Called after each slice. */
void                rt_outline_expander_set_progress (RtOutlineExpander *self,
                                                      GCallback         callback,
                                                      gpointer          data);
/* Whether the top-level rows around position are expanded, and those
 * above: a list view shown there stays put as the rest are expanded. */
gboolean            rt_outline_expander_covers       (RtOutlineExpander *self,
                                                      guint             position);
/* Expands what is left at once. */
void                rt_outline_expander_finish       (RtOutlineExpander *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtOutlineExpander, rt_outline_expander_free)

/*
 * The rows' widgets: an RtOutlineRow in a GtkTreeExpander. Binding a row
 * lays its text out, about a millisecond a row, and a list view binds its
 * 200 rows at once when it jumps far: rows bound then farther from where
 * it jumps to than a screenful show their nodes in the next frames, a few
 * rows a frame.
 */
typedef struct _RtOutlineBinder RtOutlineBinder;

RtOutlineBinder    *rt_outline_binder_new            (void);
void                rt_outline_binder_free           (RtOutlineBinder   *self);
/* A new factory binding through the binder, which must outlive it. */
GtkListItemFactory *rt_outline_binder_new_factory    (RtOutlineBinder   *self);
/* Where the items come from, or NULL: they are brought up to date when
 * bound. */
void                rt_outline_binder_set_model      (RtOutlineBinder   *self,
                                                      RtOutlineModel    *model);
/* Connected, swapped, to the "edited" signal of the items in rows. */
void                rt_outline_binder_set_edited     (RtOutlineBinder   *self,
                                                      GCallback         callback,
                                                      gpointer          data);
/* Whether a row shows the item. */
gboolean            rt_outline_binder_is_bound       (RtOutlineBinder   *self,
                                                      RtOutlineNode     *item);
/* Brings every item in a row up to date. */
void                rt_outline_binder_refresh        (RtOutlineBinder   *self);
/* Between these, list (the view the factory serves) jumps to position. */
void                rt_outline_binder_jump           (RtOutlineBinder   *self,
                                                      GtkWidget         *list,
                                                      guint             position);
void                rt_outline_binder_land           (RtOutlineBinder   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtOutlineBinder, rt_outline_binder_free)

/* The node's row, expanding the rows above it, or NULL; top is set to the
 * position of the top-level row it is under. */
GtkTreeListRow     *rt_outline_rows_find             (GtkTreeListModel  *rows,
                                                      RtOutlineModel    *model,
                                                      const char        *id,
                                                      guint             *top);
/* How many rows the list shows at most. */
guint               rt_outline_rows_screenful        (GtkWidget         *list);
/* Where a row of the tree list model is in filtered, a filter of it that
 * keeps the order, or GTK_INVALID_LIST_POSITION. */
guint               rt_outline_rows_position_in      (GListModel        *filtered,
                                                      GtkTreeListRow    *row);

G_END_DECLS

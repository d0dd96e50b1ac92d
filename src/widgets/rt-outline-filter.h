/* rt-outline-filter.h: the outline's rows that a search shows
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The rows of a model that a function lets through, in order, as a
 * GtkFilterListModel with a GtkCustomFilter lists them. When the function
 * changes on a large model, the rows are looked at again in idle time, a
 * slice of a few milliseconds at a time, while the list stays as it was;
 * then it changes at once. Rows the model adds are looked at as they come.
 * The list changes in up to three steps, apart around the row split_func
 * names (a position in model), so that a selection of that row is kept.
 */
#define RT_TYPE_OUTLINE_FILTER (rt_outline_filter_get_type ())
G_DECLARE_FINAL_TYPE (RtOutlineFilter, rt_outline_filter, RT, OUTLINE_FILTER, GObject)

typedef guint (*RtOutlineSplitFunc) (gpointer data);

RtOutlineFilter    *rt_outline_filter_new            (void);
void                rt_outline_filter_set_model      (RtOutlineFilter   *self,
                                                      GListModel        *model);
/* func NULL: every row. The rows are looked at again even when func is
 * the same: what it answers changed. */
void                rt_outline_filter_set_func       (RtOutlineFilter   *self,
                                                      GtkCustomFilterFunc func,
                                                      gpointer          data);
void                rt_outline_filter_set_split_func (RtOutlineFilter   *self,
                                                      RtOutlineSplitFunc split,
                                                      gpointer          data);
/* Called in idle time before the rows looked at again are listed: when
 * it returns FALSE they wait for rt_outline_filter_resume, and it is
 * called again then. */
typedef gboolean (*RtOutlineReadyFunc) (gpointer data);
void                rt_outline_filter_set_ready      (RtOutlineFilter   *self,
                                                      RtOutlineReadyFunc ready,
                                                      gpointer          data);
void                rt_outline_filter_resume         (RtOutlineFilter   *self);
/* Called once the rows looked at again are listed. */
void                rt_outline_filter_set_done       (RtOutlineFilter   *self,
                                                      GCallback         callback,
                                                      gpointer          data);
/* Whether rows are yet to be looked at again; finish does it at once. */
gboolean            rt_outline_filter_is_pending     (RtOutlineFilter   *self);
void                rt_outline_filter_finish         (RtOutlineFilter   *self);

G_END_DECLS

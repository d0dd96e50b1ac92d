/* rt-widget-util.h: small pieces the panels share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

/* Makes widget follow the "changed" signal of document, calling
 * changed_cb (widget), instead of that of the document in *slot, and
 * keeps a reference to document in *slot. NULL follows none. Returns
 * FALSE, doing nothing, when *slot is document already. */
gboolean rt_widget_follow_document  (gpointer       widget,
                                     RtDocument   **slot,
                                     RtDocument    *document,
                                     GCallback      changed_cb);

/* Executes command on document. A refusal is told through the signal
 * message_signal of widget, which has one string: the error's message. */
gboolean rt_widget_execute          (gpointer       widget,
                                     guint          message_signal,
                                     RtDocument    *document,
                                     RtCommand     *command);

/* The end of the dispose of a widget whose children are its template's. */
void     rt_widget_dispose_template (GtkWidget     *widget,
                                     GType          widget_type);

/* Removes the children of a GtkBox or GtkFlowBox, or the rows of a
 * GtkListBox (not its placeholder). */
void     rt_widget_remove_children  (GtkWidget     *container);

/* Sets the tooltip when it is another: on X11, every tooltip set on a
 * visible widget asks the display where the pointer is, and waits. */
void     rt_widget_set_tooltip_text (GtkWidget     *widget,
                                     const char    *text);

/* Scrolls adjustment so that widget, inside content, can be seen. */
void     rt_widget_scroll_to        (GtkWidget     *widget,
                                     GtkWidget     *content,
                                     GtkAdjustment *adjustment);

/*
 * RtRefresh: a widget's showing of the document, brought up to date when
 * it can be seen. A burst of document changes costs one refresh, in an
 * idle before the next frame is drawn; a widget that is not mapped does
 * nothing until it is. Embed one in the widget's instance struct and
 * refresh through it only.
 */

typedef void (*RtRefreshFunc) (GtkWidget *widget);

typedef struct
{
  GtkWidget     *widget;    /* borrowed: the owner */
  RtRefreshFunc  func;
  gulong         map_id;
  guint          idle_id;
  gboolean       pending;
} RtRefresh;

void     rt_refresh_init    (RtRefresh     *refresh,
                             GtkWidget     *widget,
                             RtRefreshFunc  func);
/* After a change of the document: once, soon. */
void     rt_refresh_queue   (RtRefresh     *refresh);
/* After the widget was told to show something else: now when mapped. */
void     rt_refresh_now     (RtRefresh     *refresh);
/* Whatever is pending, now, mapped or not (for getters). */
void     rt_refresh_flush   (RtRefresh     *refresh);
/* In dispose. */
void     rt_refresh_clear   (RtRefresh     *refresh);

G_END_DECLS

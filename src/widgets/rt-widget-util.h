/* rt-widget-util.h: small pieces the panels share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

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

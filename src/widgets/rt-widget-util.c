/* rt-widget-util.c: small pieces the panels share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "rt-widget-util.h"

/* Before the frame clock paints (GDK_PRIORITY_REDRAW), after the events
 * already waiting. */
#define RT_REFRESH_PRIORITY (G_PRIORITY_HIGH_IDLE + 10)

static void
rt_refresh_run (RtRefresh *refresh)
{
  g_clear_handle_id (&refresh->idle_id, g_source_remove);
  refresh->pending = FALSE;
  refresh->func (refresh->widget);
}

static gboolean
rt_refresh_idle_cb (gpointer data)
{
  RtRefresh *refresh = data;

  refresh->idle_id = 0;
  /* Hidden in the meantime: it waits for the map. */
  if (refresh->pending && gtk_widget_get_mapped (refresh->widget))
    rt_refresh_run (refresh);
  return G_SOURCE_REMOVE;
}

static void
rt_refresh_map_cb (GtkWidget *widget,
                   RtRefresh *refresh)
{
  if (refresh->pending)
    rt_refresh_run (refresh);
}

void
rt_refresh_init (RtRefresh     *refresh,
                 GtkWidget     *widget,
                 RtRefreshFunc  func)
{
  g_return_if_fail (refresh != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  refresh->widget = widget;
  refresh->func = func;
  refresh->idle_id = 0;
  refresh->pending = FALSE;
  refresh->map_id = g_signal_connect (widget, "map", G_CALLBACK (rt_refresh_map_cb), refresh);
}

void
rt_refresh_queue (RtRefresh *refresh)
{
  g_return_if_fail (refresh != NULL);

  /* Nothing more to show once the widget is disposed. */
  if (refresh->widget == NULL)
    return;
  refresh->pending = TRUE;
  if (refresh->idle_id == 0 && gtk_widget_get_mapped (refresh->widget))
    refresh->idle_id = g_idle_add_full (RT_REFRESH_PRIORITY, rt_refresh_idle_cb, refresh, NULL);
}

void
rt_refresh_now (RtRefresh *refresh)
{
  g_return_if_fail (refresh != NULL);

  if (refresh->widget == NULL)
    return;
  refresh->pending = TRUE;
  if (gtk_widget_get_mapped (refresh->widget))
    rt_refresh_run (refresh);
}

void
rt_refresh_flush (RtRefresh *refresh)
{
  g_return_if_fail (refresh != NULL);

  if (refresh->widget == NULL)
    return;
  if (refresh->pending)
    rt_refresh_run (refresh);
}

void
rt_refresh_clear (RtRefresh *refresh)
{
  g_return_if_fail (refresh != NULL);

  g_clear_handle_id (&refresh->idle_id, g_source_remove);
  if (refresh->widget != NULL)
    g_clear_signal_handler (&refresh->map_id, refresh->widget);
  refresh->pending = FALSE;
  refresh->widget = NULL;
}

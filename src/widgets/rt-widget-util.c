/* rt-widget-util.c: small pieces the panels share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "rt-widget-util.h"

gboolean
rt_widget_follow_document (gpointer     widget,
                           RtDocument **slot,
                           RtDocument  *document,
                           GCallback    changed_cb)
{
  g_return_val_if_fail (G_IS_OBJECT (widget), FALSE);
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (document == NULL || RT_IS_DOCUMENT (document), FALSE);

  if (*slot == document)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, changed_cb, widget);
  g_set_object (slot, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", changed_cb, widget, G_CONNECT_SWAPPED);
  return TRUE;
}

gboolean
rt_widget_execute (gpointer    widget,
                   guint       message_signal,
                   RtDocument *document,
                   RtCommand  *command)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (G_IS_OBJECT (widget), FALSE);
  g_return_val_if_fail (RT_IS_DOCUMENT (document), FALSE);

  if (rt_document_execute (document, command, &error))
    return TRUE;
  g_signal_emit (widget, message_signal, 0, error->message);
  return FALSE;
}

void
rt_widget_dispose_template (GtkWidget *widget,
                            GType      widget_type)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_dispose_template (widget, widget_type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

void
rt_widget_remove_children (GtkWidget *container)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (container) || GTK_IS_FLOW_BOX (container) ||
                    GTK_IS_LIST_BOX (container));

  if (GTK_IS_LIST_BOX (container))
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (container), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (container), GTK_WIDGET (row));
      return;
    }
  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

void
rt_widget_set_tooltip_text (GtkWidget  *widget,
                            const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* GTK keeps an empty tooltip as none. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text != NULL && *text != '\0' ? text : NULL) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

void
rt_widget_scroll_to (GtkWidget     *widget,
                     GtkWidget     *content,
                     GtkAdjustment *adjustment)
{
  graphene_rect_t bounds;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_WIDGET (content));
  g_return_if_fail (adjustment == NULL || GTK_IS_ADJUSTMENT (adjustment));

  if (adjustment != NULL && gtk_widget_compute_bounds (widget, content, &bounds))
    gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
}

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

/* rt-window-dnd.c: opening maps dropped on a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rt-application.h"
#include "rt-window-dnd.h"
#include "rt-window-private.h"

static const char *const extensions[] = { ".roundtable", ".mm", ".opml" };

gboolean
rt_window_dnd_can_open (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  if (name == NULL)
    return FALSE;
  lower = g_utf8_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]) && strlen (lower) > strlen (extensions[i]))
      return TRUE;
  return FALSE;
}

gboolean
rt_window_dnd_drop (RtWindow     *self,
                    const GValue *value)
{
  GtkApplication *app;
  g_autoptr(GSList) files = NULL;
  GFile *refused = NULL;
  guint opened = 0;

  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && g_value_get_object (value) != NULL)
    files = g_slist_prepend (NULL, g_value_get_object (value));

  app = gtk_window_get_application (GTK_WINDOW (self));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      GFile *file = l->data;

      if (!RT_IS_APPLICATION (app) || !rt_window_dnd_can_open (file))
        {
          refused = refused != NULL ? refused : file;
          continue;
        }
      /* Only the first can go into this window, and only when it is
       * empty; the application decides. */
      rt_application_open_file (RT_APPLICATION (app), file, opened == 0 ? self : NULL);
      opened++;
    }

  if (refused != NULL)
    {
      g_autofree char *name = g_file_get_basename (refused);
      g_autofree char *message =
        /* Translators: %s is the name of a file dropped on the window. */
        g_strdup_printf (_("“%s” is not a map: Roundtable opens .roundtable, .mm and .opml files"),
                         name);

      rt_window_show_toast (self, message);
    }
  return opened > 0;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RtWindow      *self)
{
  return rt_window_dnd_drop (self, value);
}

void
rt_window_dnd_init (RtWindow *self)
{
  GtkDropTarget *target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkWidget *content;

  g_return_if_fail (RT_IS_WINDOW (self));

  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (content));

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  /* Before the map's own drop targets, which take text (people dragged
   * onto nodes) and would take a file's name too. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (target), GTK_PHASE_CAPTURE);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (content, GTK_EVENT_CONTROLLER (target));
  gtk_widget_add_css_class (content, "rt-file-drop");
}

/* rt-window-actions.c: the window's actions and the question before closing
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-window-private.h"

void
rt_window_update_actions (RtWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (widget, "win.save", has_document);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_document);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 has_document && rt_document_can_undo (self->document));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 has_document && rt_document_can_redo (self->document));
  gtk_widget_action_set_enabled (widget, "win.reload", self->file != NULL);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  rt_window_save_finish (RT_WINDOW (source), result);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->document == NULL || self->saving)
    return;
  rt_window_save_async (self, g_str_equal (action_name, "win.save-as"), save_done_cb, NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "win.undo"))
    rt_document_undo (self->document);
  else
    rt_document_redo (self->document);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  rt_window_reload (RT_WINDOW (widget));
}

void
rt_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
}

/* Save changes? */

static void
confirm_close_saved_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RtWindow *self = RT_WINDOW (source);

  self->asking_to_close = FALSE;
  g_task_return_boolean (task, rt_window_save_finish (self, result));
}

static void
save_changes_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  g_autoptr(GTask) task = user_data;
  RtWindow *self = g_task_get_source_object (task);

  /* It owns user_data: a second response (a programmatic one) must not
   * reach it. */
  g_signal_handlers_disconnect_by_func (dialog, save_changes_response_cb, user_data);

  if (g_str_equal (response, "save"))
    {
      rt_window_save_async (self, FALSE, confirm_close_saved_cb, g_steal_pointer (&task));
      return;
    }

  self->asking_to_close = FALSE;
  if (g_str_equal (response, "discard"))
    {
      rt_window_remove_draft (self);
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_task_return_boolean (task, FALSE);
}

void
rt_window_confirm_close_async (RtWindow            *self,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (RT_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, rt_window_confirm_close_async);

  if (!rt_window_get_modified (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->asking_to_close = TRUE;
  gtk_window_present (GTK_WINDOW (self));

  name = rt_window_dup_display_name (self);
  body = g_strdup_printf (_("“%s” contains unsaved changes. Changes which are not saved will "
                            "be permanently lost."),
                          name);
  dialog = rt_window_message_dialog (self, _("Save Changes?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (save_changes_response_cb),
                    g_steal_pointer (&task));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
rt_window_confirm_close_finish (RtWindow     *self,
                                GAsyncResult *result)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

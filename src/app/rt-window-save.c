/* rt-window-save.c: saving, reloading and watching the window's file
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "io/rt-io-error.h"
#include "io/rt-save.h"
#include "rt-file-loader.h"
#include "rt-window-private.h"

#define MAP_SUFFIX ".roundtable"

/* Saving: choose a file when there is none (or for Save As), ask before
 * replacing what another program wrote, write a snapshot in a thread. */

typedef struct {
  GFile   *file;
  guint64  serial;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_free (save);
}

static void
saved_info_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RtWindow *self = g_task_get_source_object (task);
  SaveData *save = g_task_get_task_data (task);
  g_autoptr(GFileInfo) info = NULL;

  /* Without an etag the next change on disk is taken for another
   * program's, which errs on the side of asking. */
  info = g_file_query_info_finish (G_FILE (source), result, NULL);
  self->saving = FALSE;
  self->save_count++;
  rt_window_set_file (self, save->file, info != NULL ? g_file_info_get_etag (info) : NULL);
  g_task_return_boolean (task, TRUE);
}

static void
save_written_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RtWindow *self = g_task_get_source_object (task);
  SaveData *save = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!rt_save_finish (result, &error))
    {
      g_autofree char *name = g_file_get_basename (save->file);
      g_autofree char *heading = NULL;
      const char *next;

      self->saving = FALSE;
      self->save_count++;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_boolean (task, FALSE);
          return;
        }

      /* The error says what happened to the file and what to do; this
       * says what became of the work. Drafts are kept of changes only. */
      heading = g_strdup_printf (_("Could Not Save “%s”"), name);
      if (!rt_window_get_modified (self))
        next = _("The map is still open here. To save it somewhere else, use Save As.");
      else if (self->draft_failed)
        next = _("The map is still open here with all its changes. To save it somewhere else, "
                 "use Save As.");
      else
        next = _("The map is still open here with all its changes, and they are kept as a "
                 "draft until it is saved. To save it somewhere else, use Save As.");
      rt_window_show_error (self, heading, error->message, next);
      g_task_return_boolean (task, FALSE);
      return;
    }

  /* Edits made while the snapshot was written are not in the file. */
  if (self->document != NULL && save->serial == self->change_serial)
    {
      rt_document_mark_saved (self->document);
      rt_window_remove_draft (self);
    }

  g_file_query_info_async (save->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, saved_info_cb, g_steal_pointer (&task));
}

static void
save_write (GTask *task)
{
  RtWindow *self = g_task_get_source_object (task);
  SaveData *save = g_task_get_task_data (task);

  if (self->document == NULL)
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
      return;
    }

  if (rt_document_get_modified (self->document))
    rt_document_touch_modified (self->document, rt_time_now ());
  save->serial = self->change_serial;
  self->saving = TRUE;
  self->save_count++;
  g_clear_handle_id (&self->monitor_check_id, g_source_remove);

  /* rt_save_async serialises the map in the main loop, a big one in
   * slices; edits made meanwhile change the serial, and the map is then
   * not marked saved (see save_written_cb). */
  rt_save_async (self->document, save->file,
                 g_settings_get_boolean (self->settings, "keep-backup"),
                 self->cancellable, save_written_cb, task);
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  GTask *task = user_data;

  /* It owns user_data: a second response (a programmatic one) must not
   * reach it. */
  g_signal_handlers_disconnect_by_func (dialog, overwrite_response_cb, user_data);

  if (g_str_equal (response, "overwrite"))
    {
      save_write (task);
      return;
    }
  g_task_return_boolean (task, FALSE);
  g_object_unref (task);
}

/* Takes @task. */
static void
save_ask_overwrite (GTask      *task,
                    const char *heading,
                    const char *body,
                    const char *label)
{
  RtWindow *self = g_task_get_source_object (task);
  AdwMessageDialog *dialog = rt_window_message_dialog (self, heading, body);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "overwrite", label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_as_exists_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  info = g_file_query_info_finish (G_FILE (source), result, NULL);
  if (info == NULL)
    {
      save_write (task);
      return;
    }

  name = g_file_get_basename (G_FILE (source));
  body = g_strdup_printf (_("A file named “%s” already exists. Saving replaces its contents "
                            "with this map."),
                          name);
  save_ask_overwrite (task, _("Replace File?"), body, _("_Replace"));
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  GTask *task = user_data;
  SaveData *save = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
      return;
    }

  basename = g_file_get_basename (file);
  if (g_str_has_suffix (basename, MAP_SUFFIX))
    {
      /* The chooser has asked before replacing this one. */
      save->file = g_steal_pointer (&file);
      save_write (task);
      return;
    }

  {
    g_autofree char *name = g_strconcat (basename, MAP_SUFFIX, NULL);
    g_autoptr(GFile) parent = g_file_get_parent (file);

    save->file = g_file_get_child (parent, name);
  }
  g_file_query_info_async (save->file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, save_as_exists_cb, task);
}

/* A file name from the map's title, without characters that cannot be in
 * one. */
static char *
suggest_file_name (RtWindow *self)
{
  g_autofree char *name = NULL;

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  name = rt_window_dup_display_name (self);
  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (g_strstrip (name), MAP_SUFFIX, NULL);
}

static void
save_choose_file (GTask *task)
{
  RtWindow *self = g_task_get_source_object (task);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) maps = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *name = suggest_file_name (self);

  chooser = gtk_file_chooser_native_new (_("Save Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (maps, _("Roundtable Maps"));
  gtk_file_filter_add_pattern (maps, "*" MAP_SUFFIX);
  gtk_file_filter_add_mime_type (maps, "application/x-roundtable+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), maps);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), maps);

  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
rt_window_save_async (RtWindow            *self,
                      gboolean             save_as,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (RT_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, rt_window_save_async);
  g_task_set_task_data (task, g_new0 (SaveData, 1), save_data_free);

  if (self->document == NULL || self->saving)
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
      return;
    }

  if (save_as || self->file == NULL)
    {
      save_choose_file (task);
      return;
    }

  ((SaveData *) g_task_get_task_data (task))->file = g_object_ref (self->file);
  if (self->changed_on_disk && !self->deleted_on_disk)
    {
      g_autofree char *name = g_file_get_basename (self->file);
      g_autofree char *body = NULL;

      body = g_strdup_printf (_("“%s” was changed by another program after it was opened here. "
                                "Saving replaces those changes with this map. To keep both, "
                                "cancel and use Save As."),
                              name);
      save_ask_overwrite (task, _("Overwrite Changes?"), body, _("_Overwrite"));
      return;
    }
  save_write (task);
}

gboolean
rt_window_save_finish (RtWindow     *self,
                       GAsyncResult *result)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/* Reloading after another program changed the file. */

static void
reload_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RtWindow) self = user_data;
  g_autoptr(RtDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  document = rt_file_load_finish (result, &etag, &error);
  if (document == NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *heading = NULL;
      g_autofree char *what = NULL;
      g_autofree char *next = NULL;
      const char *advice;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->file == NULL)
        return;
      name = g_file_get_basename (self->file);
      heading = g_strdup_printf (_("Could Not Reload “%s”"), name);
      what = rt_window_describe_read_error (error, self->file);
      advice = rt_io_error_get_advice (error);
      next = g_strjoin (" ", _("The map in this window was not changed, and neither was the "
                               "file."),
                        advice, NULL);
      rt_window_show_error (self, heading, what, next);
      return;
    }

  rt_window_remove_draft (self);
  rt_window_set_document (self, document, self->file, etag);
}

static void
rt_window_reload_now (RtWindow *self)
{
  if (self->file == NULL)
    return;
  rt_file_load_async (self->file, self->cancellable, reload_loaded_cb, g_object_ref (self));
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RtWindow         *self)
{
  if (g_str_equal (response, "reload"))
    rt_window_reload_now (self);
}

void
rt_window_reload (RtWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (RT_IS_WINDOW (self));

  if (self->file == NULL)
    return;
  if (!rt_window_get_modified (self))
    {
      rt_window_reload_now (self);
      return;
    }

  name = rt_window_dup_display_name (self);
  body = g_strdup_printf (_("The changes made to “%s” in this window since it was last saved "
                            "will be lost."),
                          name);
  dialog = rt_window_message_dialog (self, _("Reload Map?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Watching the file. Our own saves are told apart by the etag we recorded
 * after writing. */

typedef struct {
  RtWindow *self;      /* owned */
  guint     save_count;
} CheckData;

static void
check_info_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CheckData *check = user_data;
  RtWindow *self = check->self;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  gboolean stale;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  stale = check->save_count != self->save_count || self->saving || self->file == NULL
          || !g_file_equal (G_FILE (source), self->file);
  g_object_unref (check->self);
  g_free (check);
  if (stale || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      self->changed_on_disk = TRUE;
      self->deleted_on_disk = TRUE;
      gtk_label_set_label (self->banner_label,
                           _("Another program deleted the file of this map. The map is "
                             "still open here: save it to keep it."));
      gtk_widget_set_visible (GTK_WIDGET (self->reload_button), FALSE);
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
      return;
    }
  if (info == NULL)
    return;

  self->deleted_on_disk = FALSE;
  self->changed_on_disk = g_strcmp0 (g_file_info_get_etag (info), self->etag) != 0;
  gtk_label_set_label (self->banner_label,
                       _("Another program changed the file of this map. Reload to see its "
                         "version; saving here asks before replacing it."));
  gtk_widget_set_visible (GTK_WIDGET (self->reload_button), TRUE);
  gtk_revealer_set_reveal_child (self->banner_revealer, self->changed_on_disk);
}

static gboolean
check_file_cb (gpointer user_data)
{
  RtWindow *self = user_data;
  CheckData *check;

  self->monitor_check_id = 0;
  if (self->file == NULL || self->saving)
    return G_SOURCE_REMOVE;

  check = g_new0 (CheckData, 1);
  check->self = g_object_ref (self);
  check->save_count = self->save_count;
  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, check_info_cb, check);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (RtWindow          *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      return;
    }

  if (self->saving)
    return;
  /* Writers often delete, create and write in a burst: look once it is
   * over. */
  g_clear_handle_id (&self->monitor_check_id, g_source_remove);
  self->monitor_check_id = g_timeout_add (300, check_file_cb, self);
}

void
rt_window_watch_file (RtWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->monitor_check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s for changes: %s", g_file_peek_path (self->file), error->message);
      return;
    }
  g_signal_connect_swapped (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
}

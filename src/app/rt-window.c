/* rt-window.c: a Roundtable window, showing one map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "io/rt-io-error.h"
#include "rt-application.h"
#include "rt-recent.h"
#include "rt-window-clipboard.h"
#include "rt-window-dnd.h"
#include "rt-window-map.h"
#include "rt-window-people.h"
#include "rt-window-print.h"
#include "rt-window-private.h"
#include "rt-window-workshop.h"

G_DEFINE_FINAL_TYPE (RtWindow, rt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Document signals. */

static void rt_window_update_placeholder (RtWindow *self);

static void
document_changed_cb (RtWindow *self)
{
  self->change_serial++;
  rt_window_update_actions (self);
  /* Undone back to what is saved: the draft holds nothing worth keeping. */
  if (rt_window_get_modified (self))
    rt_window_schedule_draft (self);
  else
    rt_window_remove_draft (self);
  if (self->placeholder != NULL)
    rt_window_update_placeholder (self);
}

static void
document_state_cb (RtWindow *self)
{
  rt_window_update_title (self);
  rt_window_update_actions (self);
}

static void
rt_window_disconnect_document (RtWindow *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
}

/* Titles. */

char *
rt_window_dup_display_name (RtWindow *self)
{
  const char *title = NULL;

  if (self->document != NULL)
    title = rt_document_get_title (self->document);
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled Map"));
}

/* The folder, with the home folder written as "~" as Files does. */
static char *
dup_folder_for_display (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_file_get_parse_name (file);
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

void
rt_window_update_title (RtWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *folder = NULL;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Roundtable"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Roundtable"));
      return;
    }

  name = rt_window_dup_display_name (self);
  if (rt_document_get_modified (self->document))
    /* Translators: the marker before the title of a map with unsaved changes. */
    title = g_strdup_printf (_("• %s"), name);
  else
    title = g_strdup (name);
  if (self->file != NULL)
    folder = dup_folder_for_display (self->file);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, folder);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

/* The map page. */

void
rt_window_install_map_page (RtWindow  *self,
                            GtkWidget *page)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (page));

  if (self->map_page == page)
    return;
  if (self->map_page != NULL)
    gtk_box_remove (self->map_bin, self->map_page);
  self->map_page = page;
  self->placeholder = NULL;
  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (self->map_bin, page);
}

/* Until a canvas is installed the map page says what the map holds. */
static void
rt_window_update_placeholder (RtWindow *self)
{
  AdwStatusPage *page = ADW_STATUS_PAGE (self->placeholder);
  guint n_nodes = rt_document_get_n_nodes (self->document);
  guint n_people = rt_document_get_n_people (self->document);
  g_autofree char *name = NULL;
  g_autofree char *nodes = NULL;
  g_autofree char *description = NULL;

  if (n_nodes == 0)
    {
      adw_status_page_set_title (page, _("Empty Map"));
      adw_status_page_set_description (page, _("This map has no problems, responses or notes yet."));
      return;
    }

  name = rt_window_dup_display_name (self);
  nodes = g_strdup_printf (ngettext ("%u problem, response or note",
                                     "%u problems, responses and notes", n_nodes),
                           n_nodes);
  if (n_people > 0)
    /* Translators: %s is "12 problems, responses and notes". */
    description = g_strdup_printf (ngettext ("This map holds %s from %u person.",
                                             "This map holds %s from %u people.", n_people),
                                   nodes, n_people);
  else
    description = g_strdup_printf (_("This map holds %s."), nodes);
  adw_status_page_set_title (page, name);
  adw_status_page_set_description (page, description);
}

/* Called whenever the window's document is replaced (new map, open,
 * reload). A canvas put in place with rt_window_install_map_page() follows
 * the window's "document" property itself. */
void
rt_window_update_map_page (RtWindow *self)
{
  if (self->document == NULL)
    return;

  if (self->map_page == NULL)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "x-office-drawing-symbolic");
      rt_window_install_map_page (self, page);
      self->placeholder = page;
    }
  if (self->placeholder != NULL)
    rt_window_update_placeholder (self);
}

/* The document and its file. */

void
rt_window_set_file (RtWindow   *self,
                    GFile      *file,
                    const char *etag)
{
  g_assert (RT_IS_WINDOW (self));

  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->changed_on_disk = FALSE;
  self->deleted_on_disk = FALSE;
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);

  if (file != self->file && !(file != NULL && self->file != NULL && g_file_equal (file, self->file)))
    {
      g_set_object (&self->file, file);
      rt_window_watch_file (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  if (file != NULL)
    rt_recent_files_add (self->settings, file,
                         self->document != NULL ? rt_document_get_title (self->document) : NULL);
  rt_window_update_title (self);
  rt_window_update_actions (self);
}

void
rt_window_set_document (RtWindow   *self,
                        RtDocument *document,
                        GFile      *file,
                        const char *etag)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (RT_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->document != document)
    {
      rt_window_disconnect_document (self);
      g_set_object (&self->document, document);
      self->change_serial++;

      g_signal_connect_swapped (document, "changed",
                                G_CALLBACK (document_changed_cb), self);
      g_signal_connect_swapped (document, "notify::modified",
                                G_CALLBACK (document_state_cb), self);
      g_signal_connect_swapped (document, "notify::title",
                                G_CALLBACK (document_state_cb), self);
      g_signal_connect_swapped (document, "notify::can-undo",
                                G_CALLBACK (document_state_cb), self);
      g_signal_connect_swapped (document, "notify::can-redo",
                                G_CALLBACK (document_state_cb), self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
    }

  rt_window_set_file (self, file, etag);
  rt_window_update_map_page (self);
  /* Leaving the start page with the focus on it, the stack would give the
   * focus to the first widget of the map page, the people panel's entry:
   * let go of it, so that the view that appears takes it and typing goes
   * to the map. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "map") != 0)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack)))
        gtk_root_set_focus (GTK_ROOT (self), NULL);
    }
  gtk_stack_set_visible_child_name (self->stack, "map");
  rt_window_update_actions (self);
  /* A document that arrives modified (a restored draft) is kept as a draft
   * again from the start. */
  if (rt_document_get_modified (document))
    rt_window_schedule_draft (self);
}

RtDocument *
rt_window_get_document (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
rt_window_get_file (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
rt_window_is_empty (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);

  return self->document == NULL;
}

gboolean
rt_window_get_modified (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);

  return self->document != NULL && rt_document_get_modified (self->document);
}

GSettings *
rt_window_get_settings (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return self->settings;
}

/* Messages. */

void
rt_window_show_toast (RtWindow   *self,
                      const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  /* A toast's title is markup: names such as “Tom & Jerry” are text. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
rt_window_show_refusal (RtWindow   *self,
                        const char *reason)
{
  g_autofree char *message = NULL;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (reason != NULL);

  /* Translators: %s says why a change was refused, e.g. “Ben Okafor is
   * already credited on this item.” */
  message = g_strdup_printf (_("%s Nothing was changed."), reason);
  rt_window_show_toast (self, message);
}

AdwMessageDialog *
rt_window_message_dialog (RtWindow   *self,
                          const char *heading,
                          const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  return ADW_MESSAGE_DIALOG (dialog);
}

void
rt_window_show_error (RtWindow   *self,
                      const char *heading,
                      const char *what,
                      const char *next)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (what != NULL || next != NULL);

  if (what != NULL && next != NULL)
    body = g_strdup_printf ("%s\n\n%s", what, next);
  else
    body = g_strdup (what != NULL ? what : next);
  dialog = rt_window_message_dialog (self, heading, body);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
rt_window_describe_read_error (const GError *error,
                               GFile        *file)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if ((error->domain != G_IO_ERROR && error->domain != G_FILE_ERROR) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    return g_strdup (error->message);

  name = g_file_get_basename (file);
  reason = rt_io_describe_failure (0, error, FALSE, NULL);
  /* Translators: as the map reader says it: "plan.roundtable: there is no
   * such file." */
  return g_strdup_printf (_("%s: %s."), name, reason);
}

/* Recent maps on the start page. */

static void
recent_file_checked_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(RtWindow) self = user_data;
  GFile *file = G_FILE (source);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  info = g_file_query_info_finish (file, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      if (g_str_has_suffix (name, ".roundtable"))
        name[strlen (name) - strlen (".roundtable")] = '\0';
      rt_recent_files_remove (self->settings, file);
      message = g_strdup_printf (_("“%s” was moved or deleted: use Open to find it elsewhere"),
                                 name);
      rt_window_show_toast (self, message);
      return;
    }

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (RT_IS_APPLICATION (app))
    rt_application_open_file (RT_APPLICATION (app), file, self);
}

static void
recent_row_activated_cb (RtWindow      *self,
                         GtkListBoxRow *row)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "rt-file");

  g_return_if_fail (G_IS_FILE (file));

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable,
                           recent_file_checked_cb, g_object_ref (self));
}

static void
rt_window_update_recent (RtWindow *self)
{
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-files");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *folder = dup_folder_for_display (file);
      g_autofree char *title = rt_recent_files_get_title (self->settings, file);
      GtkWidget *row = adw_action_row_new ();

      /* Titles and paths are text, never markup (“Fees & hours”). */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* One line each, ellipsized: a wrapping label's width would depend
       * on its height, which GTK's box layout rejects. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      /* The map's title, with where its file is; a map known only by its
       * file shows the file's name. */
      if (title != NULL)
        {
          g_autofree char *where = g_build_filename (folder, basename, NULL);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
        }
      else
        {
          if (g_str_has_suffix (basename, ".roundtable"))
            basename[strlen (basename) - strlen (".roundtable")] = '\0';
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), basename);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, g_file_peek_path (file));
      g_object_set_data_full (G_OBJECT (row), "rt-file", g_steal_pointer (&file), g_object_unref);
      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (self->recent_box, uris[0] != NULL);
}

/* Window state. */

static void
rt_window_save_state (RtWindow *self)
{
  int width;
  int height;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (maximized)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
rt_window_restore_state (RtWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Closing. */

static void
close_request_confirmed_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  RtWindow *self = RT_WINDOW (source);

  if (rt_window_confirm_close_finish (self, result))
    rt_window_close_confirmed (self);
}

void
rt_window_close_confirmed (RtWindow *self)
{
  g_return_if_fail (RT_IS_WINDOW (self));

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
rt_window_close_request (GtkWindow *window)
{
  RtWindow *self = RT_WINDOW (window);

  if (!self->close_confirmed && rt_window_get_modified (self))
    {
      if (!self->asking_to_close)
        rt_window_confirm_close_async (self, close_request_confirmed_cb, NULL);
      return TRUE;
    }

  rt_window_save_state (self);
  /* Nothing unsaved: a draft left from earlier in this window is stale. */
  if (!rt_window_get_modified (self))
    rt_window_remove_draft (self);

  return GTK_WINDOW_CLASS (rt_window_parent_class)->close_request (window);
}

/* GObject. */

RtWindow *
rt_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (RT_TYPE_WINDOW, "application", application, NULL);
}

static void
rt_window_dispose (GObject *object)
{
  RtWindow *self = RT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  g_clear_handle_id (&self->monitor_check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  rt_window_disconnect_document (self);
  g_clear_object (&self->document);
  g_clear_object (&self->file);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_WINDOW);

  G_OBJECT_CLASS (rt_window_parent_class)->dispose (object);
}

static void
rt_window_finalize (GObject *object)
{
  RtWindow *self = RT_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_free (self->etag);
  g_free (self->draft_id);

  G_OBJECT_CLASS (rt_window_parent_class)->finalize (object);
}

static void
rt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RtWindow *self = RT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_window_class_init (RtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_window_dispose;
  object_class->finalize = rt_window_finalize;
  object_class->get_property = rt_window_get_property;
  window_class->close_request = rt_window_close_request;

  /* The map shown, NULL on the start page; replaced on reload. */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, map_bin);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);

  rt_window_class_add_actions (widget_class);
}

static void
rt_window_init (RtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->draft_id = g_uuid_string_random ();

  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (rt_window_update_recent), self, G_CONNECT_SWAPPED);
  rt_window_update_recent (self);
  rt_window_restore_state (self);
  rt_window_map_init (self);
  rt_window_people_init (self);
  rt_window_workshop_init (self);
  rt_window_print_init (self);
  rt_window_clipboard_init (self);
  rt_window_dnd_init (self);
  rt_window_update_title (self);
  rt_window_update_actions (self);
}

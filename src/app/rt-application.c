/* rt-application.c: the Roundtable application
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "io/rt-io-error.h"
#include "rt-application.h"
#include "rt-file-loader.h"
#include "rt-new-dialog.h"
#include "rt-preferences-window.h"
#include "rt-resources.h"
#include "rt-window-map.h"
#include "rt-window-private.h"

struct _RtApplication
{
  AdwApplication parent_instance;

  gboolean quitting;
  gboolean drafts_offered;
};

G_DEFINE_FINAL_TYPE (RtApplication, rt_application, ADW_TYPE_APPLICATION)

static RtWindow *
rt_application_get_rt_window (RtApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (RT_IS_WINDOW (window))
    return RT_WINDOW (window);
  /* The active window may be a dialog; take the window it belongs to. */
  if (window != NULL && RT_IS_WINDOW (gtk_window_get_transient_for (window)))
    return RT_WINDOW (gtk_window_get_transient_for (window));
  return NULL;
}

static RtWindow *
rt_application_find_window (RtApplication *self,
                            GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (RT_IS_WINDOW (l->data))
        {
          GFile *shown = rt_window_get_file (l->data);

          if (shown != NULL && g_file_equal (shown, file))
            return l->data;
        }
    }
  return NULL;
}

/* Opening. */

typedef struct {
  RtApplication *app;   /* owned, and held */
  GFile         *file;  /* owned */
  GWeakRef       into;
} OpenData;

static void
open_data_free (OpenData *open)
{
  g_application_release (G_APPLICATION (open->app));
  g_clear_object (&open->app);
  g_clear_object (&open->file);
  g_weak_ref_clear (&open->into);
  g_free (open);
}

static char *
imported_message (GFile        *file,
                  RtFileFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);

  if (format == RT_FILE_FORMAT_FREEMIND)
    /* Translators: %s is a file name such as “ideas.mm”. */
    return g_strdup_printf (_("Imported from FreeMind map “%s”"), name);
  /* Translators: %s is a file name such as “ideas.opml”. */
  return g_strdup_printf (_("Imported from OPML outline “%s”"), name);
}

static void
open_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OpenData *open = user_data;
  RtApplication *self = open->app;
  g_autoptr(RtWindow) into = g_weak_ref_get (&open->into);
  g_autoptr(RtDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMetrics) sizes = NULL;
  g_autofree char *etag = NULL;
  RtFileFormat format = RT_FILE_FORMAT_ROUNDTABLE;
  RtWindow *window;

  document = rt_file_load_finish_full (result, &etag, &format, &sizes, &error);

  /* Opened twice while it was being read. */
  window = rt_application_find_window (self, open->file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      open_data_free (open);
      return;
    }

  window = into != NULL ? into : rt_application_get_rt_window (self);
  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (open->file);
      g_autofree char *lower = g_utf8_strdown (name, -1);
      g_autofree char *heading = NULL;
      g_autofree char *what = rt_window_describe_read_error (error, open->file);
      g_autofree char *next = g_strjoin (" ", _("The file was not changed."),
                                         rt_io_error_get_advice (error), NULL);

      /* Other programs' maps are imported, as the toast says when they open. */
      if (g_str_has_suffix (lower, ".mm") || g_str_has_suffix (lower, ".opml"))
        heading = g_strdup_printf (_("Could Not Import “%s”"), name);
      else
        heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      if (window == NULL)
        window = rt_window_new (GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (window));
      rt_window_show_error (window, heading, what, next);
      open_data_free (open);
      return;
    }

  if (window == NULL || !rt_window_is_empty (window))
    window = rt_window_new (GTK_APPLICATION (self));
  if (sizes != NULL)
    rt_canvas_set_sizes_ahead (rt_window_get_canvas (window), sizes);
  if (format == RT_FILE_FORMAT_ROUNDTABLE)
    rt_window_set_document (window, document, open->file, etag);
  else
    {
      /* Saving must not write a .roundtable over the file it came from:
       * the map is a new, untitled one, saved under a name of its own. */
      g_autofree char *message = imported_message (open->file, format);

      rt_window_set_document (window, document, NULL, NULL);
      rt_window_show_toast (window, message);
    }
  gtk_window_present (GTK_WINDOW (window));
  open_data_free (open);
}

void
rt_application_open_file (RtApplication *self,
                          GFile         *file,
                          RtWindow      *into)
{
  g_autoptr(GSettings) settings = NULL;
  RtWindow *window;
  OpenData *open;

  g_return_if_fail (RT_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (into == NULL || RT_IS_WINDOW (into));

  window = rt_application_find_window (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  /* Held while reading, so that an application started to open a file
   * does not exit before it has a window. */
  g_application_hold (G_APPLICATION (self));
  open = g_new0 (OpenData, 1);
  open->app = g_object_ref (self);
  open->file = g_object_ref (file);
  g_weak_ref_init (&open->into, into != NULL && rt_window_is_empty (into) ? into : NULL);
  /* The labels are measured while the file is read, at the text size the
   * window's map will use. */
  settings = g_settings_new (APP_ID);
  rt_file_load_measured_async (file, g_settings_get_double (settings, "text-scale"), NULL,
                               open_loaded_cb, open);
}

void
rt_application_new_map (RtApplication *self,
                        RtWindow      *into)
{
  g_autoptr(RtDocument) document = NULL;

  g_return_if_fail (RT_IS_APPLICATION (self));
  g_return_if_fail (into == NULL || RT_IS_WINDOW (into));

  if (into == NULL || !rt_window_is_empty (into))
    into = rt_window_new (GTK_APPLICATION (self));
  document = rt_document_new ();
  rt_window_set_document (into, document, NULL, NULL);
  gtk_window_present (GTK_WINDOW (into));
}

/* Drafts left by a session that ended before its maps were saved. */

typedef struct {
  RtDraftInfo *info;
  RtDocument  *document;  /* NULL when the draft could not be read */
  char        *problem;   /* why, when it could not */
  char        *etag;      /* of the origin, as it is now */
} Restored;

static void
restored_free (gpointer data)
{
  Restored *restored = data;

  g_clear_pointer (&restored->info, rt_draft_info_free);
  g_clear_object (&restored->document);
  g_free (restored->problem);
  g_free (restored->etag);
  g_free (restored);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GPtrArray *infos = task_data;
  GPtrArray *restored = g_ptr_array_new_with_free_func (restored_free);

  for (guint i = 0; i < infos->len; i++)
    {
      RtDraftInfo *info = g_ptr_array_index (infos, i);
      Restored *r = g_new0 (Restored, 1);
      g_autoptr(GError) error = NULL;

      r->info = rt_draft_info_copy (info);
      r->document = rt_drafts_load (rt_window_get_drafts (), info->id, &error);
      if (r->document == NULL)
        r->problem = g_strdup (error->message);
      if (info->origin != NULL)
        {
          g_autoptr(GFileInfo) file_info = NULL;

          file_info = g_file_query_info (info->origin, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                         G_FILE_QUERY_INFO_NONE, NULL, NULL);
          if (file_info != NULL)
            r->etag = g_strdup (g_file_info_get_etag (file_info));
        }
      g_ptr_array_add (restored, r);
    }

  g_task_return_pointer (task, restored, (GDestroyNotify) g_ptr_array_unref);
}

/* The title a draft goes by: its map's, its file's, or "Untitled Map". */
static char *
dup_draft_title (const RtDraftInfo *info)
{
  if (info->title != NULL && *info->title != '\0')
    return g_strdup (info->title);
  if (info->origin != NULL)
    return g_file_get_basename (info->origin);
  return g_strdup (_("Untitled Map"));
}

static void
discard_drafts (RtWindow        *window,
                const GPtrArray *infos)
{
  guint failed = 0;

  for (guint i = 0; i < infos->len; i++)
    {
      const RtDraftInfo *info = g_ptr_array_index (infos, i);
      g_autoptr(GError) error = NULL;

      if (!rt_drafts_remove (rt_window_get_drafts (), info->id, &error))
        {
          g_message ("Could not remove the draft %s: %s", info->id, error->message);
          failed++;
        }
    }
  if (failed > 0 && window != NULL)
    rt_window_show_toast (window, ngettext ("A draft could not be discarded: it will be offered "
                                            "again the next time Roundtable starts",
                                            "Some drafts could not be discarded: they will be "
                                            "offered again the next time Roundtable starts",
                                            failed));
}

static void
unreadable_draft_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              gpointer          user_data)
{
  RtDraftInfo *info = g_object_get_data (G_OBJECT (dialog), "rt-draft");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_signal_handlers_disconnect_by_func (dialog, unreadable_draft_response_cb, user_data);
  if (!g_str_equal (response, "discard"))
    return;
  g_ptr_array_add (one, info);
  discard_drafts (RT_IS_WINDOW (parent) ? RT_WINDOW (parent) : NULL, one);
}

/* A draft that could not be read stays on disk, to be offered again; the
 * user may discard it instead. */
static void
show_unreadable_draft (RtWindow       *parent,
                       const Restored *r)
{
  g_autofree char *title = dup_draft_title (r->info);
  g_autofree char *heading = g_strdup_printf (_("Could Not Restore “%s”"), title);
  g_autofree char *folder = g_filename_display_name (rt_drafts_get_dir (rt_window_get_drafts ()));
  g_autofree char *next = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  next = g_strdup_printf (_("The draft was kept as it is, in the folder “%s”, and Roundtable "
                            "will offer it again the next time it starts. If it cannot be "
                            "repaired, discard it."),
                          folder);
  body = g_strdup_printf ("%s\n\n%s", r->problem, next);
  dialog = rt_window_message_dialog (parent, heading, body);
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard Draft"),
                                    "keep", _("_Keep Draft"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data_full (G_OBJECT (dialog), "rt-draft", rt_draft_info_copy (r->info),
                          (GDestroyNotify) rt_draft_info_free);
  g_signal_connect (dialog, "response", G_CALLBACK (unreadable_draft_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  RtApplication *self = RT_APPLICATION (source);
  g_autoptr(GPtrArray) restored = g_task_propagate_pointer (G_TASK (result), NULL);
  RtWindow *empty = rt_application_get_rt_window (self);
  RtWindow *last = empty;

  if (empty != NULL && !rt_window_is_empty (empty))
    empty = NULL;

  for (guint i = 0; restored != NULL && i < restored->len; i++)
    {
      Restored *r = g_ptr_array_index (restored, i);
      RtWindow *window;

      if (r->document == NULL)
        continue;
      if (r->info->origin != NULL && rt_application_find_window (self, r->info->origin) != NULL)
        continue;

      window = empty != NULL ? empty : rt_window_new (GTK_APPLICATION (self));
      empty = NULL;
      rt_document_mark_unsaved (r->document);
      rt_window_set_draft_id (window, r->info->id);
      rt_window_set_document (window, r->document, r->info->origin, r->etag);
      gtk_window_present (GTK_WINDOW (window));
      last = window;
    }

  /* Over the maps that did come back. */
  for (guint i = 0; restored != NULL && i < restored->len; i++)
    {
      Restored *r = g_ptr_array_index (restored, i);

      if (r->document != NULL)
        continue;
      if (last == NULL)
        {
          last = rt_window_new (GTK_APPLICATION (self));
          gtk_window_present (GTK_WINDOW (last));
        }
      show_unreadable_draft (last, r);
    }

  g_application_release (G_APPLICATION (self));
}

static char *
format_draft_time (gint64 when)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (when);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = NULL;

  if (time == NULL)
    return g_strdup ("");
  clock = g_date_time_format (time, "%H:%M");
  if (g_date_time_get_year (time) == g_date_time_get_year (now)
      && g_date_time_get_day_of_year (time) == g_date_time_get_day_of_year (now))
    /* Translators: when a draft was kept, %s is the time of day. */
    return g_strdup_printf (_("Today at %s"), clock);
  return g_date_time_format (time, "%x %H:%M");
}

static GtkWidget *
draft_list_new (GPtrArray *infos)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < infos->len; i++)
    {
      RtDraftInfo *info = g_ptr_array_index (infos, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;
      g_autofree char *where = NULL;
      g_autofree char *when = format_draft_time (info->saved);
      g_autofree char *subtitle = NULL;

      if (info->title != NULL && *info->title != '\0')
        title = g_strdup (info->title);
      else if (info->origin != NULL)
        title = g_file_get_basename (info->origin);
      else
        title = g_strdup (_("Untitled Map"));
      if (info->origin != NULL)
        where = g_file_get_parse_name (info->origin);
      else
        where = g_strdup (_("Never saved"));
      /* Translators: a file (or "Never saved") and when its draft was kept. */
      subtitle = g_strdup_printf (_("%s · %s"), where, when);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  return list;
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  RtApplication *self = user_data;
  GPtrArray *infos = g_object_get_data (G_OBJECT (dialog), "rt-drafts");
  g_autoptr(GTask) task = NULL;

  /* Answered once: a second response would restore them twice. */
  g_signal_handlers_disconnect_by_func (dialog, restore_response_cb, user_data);

  if (g_str_equal (response, "restore"))
    {
      /* Held while reading, in case the last window closes meanwhile. */
      g_application_hold (G_APPLICATION (self));
      task = g_task_new (self, NULL, restore_loaded_cb, NULL);
      g_task_set_source_tag (task, restore_response_cb);
      g_task_set_task_data (task, g_ptr_array_ref (infos), (GDestroyNotify) g_ptr_array_unref);
      g_task_run_in_thread (task, restore_thread);
      return;
    }

  if (g_str_equal (response, "discard"))
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

      discard_drafts (RT_IS_WINDOW (parent) ? RT_WINDOW (parent) : NULL, infos);
    }
  /* Closed without an answer: the drafts stay for the next start. */
}

/* The drafts to offer, once per run: the first time the application shows
 * a window. NULL when there are none or they were offered already. */
static GPtrArray *
rt_application_take_drafts (RtApplication *self)
{
  g_autoptr(GPtrArray) infos = NULL;

  if (self->drafts_offered)
    return NULL;
  self->drafts_offered = TRUE;

  infos = rt_drafts_list (rt_window_get_drafts ());
  if (infos == NULL || infos->len == 0)
    return NULL;
  return g_steal_pointer (&infos);
}

/* Takes @infos. */
static void
rt_application_offer_drafts (RtApplication *self,
                             RtWindow      *parent,
                             GPtrArray     *infos)
{
  AdwMessageDialog *dialog;
  const char *body;

  body = ngettext ("Roundtable stopped before this map was saved. Its last changes were kept "
                   "as a draft.",
                   "Roundtable stopped before these maps were saved. Their last changes were "
                   "kept as drafts.",
                   infos->len);
  dialog = rt_window_message_dialog (parent,
                                     ngettext ("Restore Unsaved Map?", "Restore Unsaved Maps?",
                                               infos->len),
                                     body);
  adw_message_dialog_set_extra_child (dialog, draft_list_new (infos));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  g_object_set_data_full (G_OBJECT (dialog), "rt-drafts", infos,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions. */

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  RtApplication *self = user_data;

  /* A blank map at once, and the templates offered over it. */
  rt_new_dialog_run (self, rt_application_get_rt_window (self));
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  RtApplication   *self)
{
  g_autoptr(GListModel) files = NULL;
  RtWindow *into = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  if (RT_IS_WINDOW (gtk_native_dialog_get_transient_for (chooser)))
    into = RT_WINDOW (gtk_native_dialog_get_transient_for (chooser));

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      /* Only the first can go into an empty window. */
      rt_application_open_file (self, file, i == 0 ? into : NULL);
    }
  g_object_unref (chooser);
}

/* What Open offers, Roundtable's own maps first. */
static const struct {
  const char *suffix;
  const char *mime_type;
} open_formats[] = {
  { "roundtable", "application/x-roundtable+xml" },
  { "mm", "application/x-freemind" },
  { "opml", "text/x-opml" },
};

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RtApplication *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) supported = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) maps = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) freemind = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) opml = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Map"),
                                         GTK_WINDOW (rt_application_get_rt_window (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  gtk_file_filter_set_name (supported, _("All Supported Maps"));
  gtk_file_filter_set_name (maps, _("Roundtable Maps"));
  gtk_file_filter_set_name (freemind, _("FreeMind and Freeplane Maps"));
  gtk_file_filter_set_name (opml, _("OPML Outlines"));
  for (guint i = 0; i < G_N_ELEMENTS (open_formats); i++)
    {
      GtkFileFilter *own = i == 0 ? maps : i == 1 ? freemind : opml;

      gtk_file_filter_add_suffix (own, open_formats[i].suffix);
      gtk_file_filter_add_mime_type (own, open_formats[i].mime_type);
      gtk_file_filter_add_suffix (supported, open_formats[i].suffix);
      gtk_file_filter_add_mime_type (supported, open_formats[i].mime_type);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), supported);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), maps);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), freemind);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), opml);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), supported);

  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void quit_next (RtApplication *self);

static void
quit_confirmed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RtApplication) self = user_data;
  RtWindow *window = RT_WINDOW (source);

  if (!rt_window_confirm_close_finish (window, result))
    {
      self->quitting = FALSE;
      return;
    }
  rt_window_close_confirmed (window);
  quit_next (self);
}

/* Asks about one window with unsaved changes at a time, closing each once
 * it is settled; Cancel on any stops quitting there. */
static void
quit_next (RtApplication *self)
{
  g_autoptr(GList) windows = NULL;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (RT_IS_WINDOW (l->data) && rt_window_get_modified (l->data))
        {
          rt_window_confirm_close_async (l->data, quit_confirmed_cb, g_object_ref (self));
          return;
        }
    }

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (RT_IS_WINDOW (l->data))
        rt_window_close_confirmed (l->data);
      else
        gtk_window_destroy (l->data);
    }
  self->quitting = FALSE;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RtApplication *self = user_data;

  if (self->quitting)
    return;
  self->quitting = TRUE;
  quit_next (self);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RtApplication *self = user_data;
  RtPreferencesWindow *window;

  window = rt_preferences_window_new (GTK_WINDOW (rt_application_get_rt_window (self)));
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RtApplication *self = user_data;
  static const char *developers[] = { "The Roundtable developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", rt_application_get_rt_window (self),
                        "modal", TRUE,
                        "application-name", _("Roundtable"),
                        "application-icon", APP_ID,
                        "version", VERSION,
                        "comments", _("Map the problems a group faces, the responses to them, "
                                      "and who stands behind each one."),
                        "developer-name", _("The Roundtable developers"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/roundtable/roundtable",
                        "issue-url", "https://github.com/roundtable/roundtable/issues",
                        "copyright", _("© 2026 The Roundtable developers"),
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "new", .activate = new_action },
  { .name = "open", .activate = open_action },
  { .name = "quit", .activate = quit_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "about", .activate = about_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.new", { "<Control>n", NULL } },
  { "app.open", { "<Control>o", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", NULL } },
};

/* GApplication. */

static void
rt_application_startup (GApplication *application)
{
  RtApplication *self = RT_APPLICATION (application);

  /* The resources live in a static library and register themselves when
   * loaded: referencing them here keeps the linker from dropping them. */
  g_assert (rt_get_resource () != NULL);

  G_APPLICATION_CLASS (rt_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);
}

static void
rt_application_activate (GApplication *application)
{
  RtApplication *self = RT_APPLICATION (application);
  GPtrArray *drafts = rt_application_take_drafts (self);
  RtWindow *window = rt_application_get_rt_window (self);

  if (window == NULL)
    window = rt_window_new (GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
  if (drafts != NULL)
    rt_application_offer_drafts (self, window, drafts);
}

static void
rt_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RtApplication *self = RT_APPLICATION (application);
  GPtrArray *drafts = rt_application_take_drafts (self);
  RtWindow *window = rt_application_get_rt_window (self);

  /* The drafts are asked about in a window of their own, which the first
   * file goes into if it is still empty once read. */
  if (drafts != NULL && window == NULL)
    {
      window = rt_window_new (GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (window));
    }
  for (int i = 0; i < n_files; i++)
    rt_application_open_file (self, files[i], i == 0 ? window : NULL);
  if (drafts != NULL)
    rt_application_offer_drafts (self, window, drafts);
}

RtApplication *
rt_application_new (void)
{
  return g_object_new (RT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static void
rt_application_class_init (RtApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = rt_application_startup;
  app_class->activate = rt_application_activate;
  app_class->open = rt_application_open;
}

static void
rt_application_init (RtApplication *self)
{
}

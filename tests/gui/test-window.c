/* test-window.c: a window follows its document, saves it, keeps drafts and
 * notices changes made by other programs
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "app/rt-application.h"
#include "app/rt-file-loader.h"
#include "app/rt-recent.h"
#include "app/rt-window-private.h"
#include "model/rt-command.h"

/* Runs the main loop until @done is TRUE or 10 s have passed. */
static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rt-window-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Class actions have no public getter: ask a button bound to the action. */
static gboolean
action_enabled (RtWindow   *window,
                const char *name)
{
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  gtk_box_append (window->map_bin, button);
  enabled = gtk_widget_get_sensitive (button);
  gtk_box_remove (window->map_bin, button);
  return enabled;
}

static void
test_window_new_and_destroy (void)
{
  RtWindow *window = rt_window_new (NULL);

  g_object_ref_sink (window);
  g_assert_true (rt_window_is_empty (window));
  g_assert_null (rt_window_get_document (window));
  g_assert_true (G_IS_SETTINGS (rt_window_get_settings (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* Toasts show names as they are written, markup characters and all, and a
 * refusal says that nothing changed. */
static void
test_window_toasts_are_text (void)
{
  RtWindow *window = rt_window_new (NULL);
  gint64 end;

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  rt_window_show_refusal (window, "“Tom & Jerry <3” is already credited on this item.");
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!has_label (GTK_WIDGET (window),
                     "“Tom & Jerry <3” is already credited on this item. Nothing was changed.") &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (has_label (GTK_WIDGET (window),
                            "“Tom & Jerry <3” is already credited on this item. Nothing was changed."));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_title_follows_document (void)
{
  RtWindow *window = rt_window_new (NULL);
  g_autoptr(RtDocument) document = rt_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nowhere/at/all/plans.roundtable");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Roundtable");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (window->map_bin)));

  rt_window_set_document (window, document, NULL, NULL);
  g_assert_false (rt_window_is_empty (window));
  g_assert_true (rt_window_get_document (window) == document);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "map");
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Untitled Map");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "");
  g_assert_false (action_enabled (window, "win.undo"));
  g_assert_true (action_enabled (window, "win.save"));

  g_assert_true (rt_document_execute (document, rt_command_set_meta ("Library hours", NULL),
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "• Library hours");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Library hours");
  g_assert_true (rt_window_get_modified (window));
  g_assert_true (action_enabled (window, "win.undo"));
  g_assert_false (action_enabled (window, "win.redo"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Untitled Map");
  g_assert_false (rt_window_get_modified (window));
  g_assert_false (action_enabled (window, "win.undo"));
  g_assert_true (action_enabled (window, "win.redo"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "• Library hours");

  /* With a file and no title of its own: the basename, and the folder. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  rt_window_set_file (window, file, NULL);
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "plans.roundtable");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "/nowhere/at/all");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_recent_files (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) uris = NULL;

  g_settings_reset (settings, "recent-files");
  for (guint i = 0; i < RT_RECENT_FILES_MAX + 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("/maps/%u.roundtable", i);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      rt_recent_files_add (settings, file, i == 4 ? "Fees & hours" : NULL);
    }
  uris = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (uris), ==, RT_RECENT_FILES_MAX);
  g_assert_cmpstr (uris[0], ==, "file:///maps/12.roundtable");
  g_clear_pointer (&uris, g_strfreev);

  {
    g_autoptr(GFile) again = g_file_new_for_path ("/maps/5.roundtable");

    rt_recent_files_add (settings, again, NULL);
    uris = g_settings_get_strv (settings, "recent-files");
    g_assert_cmpstr (uris[0], ==, "file:///maps/5.roundtable");
    g_assert_cmpuint (g_strv_length (uris), ==, RT_RECENT_FILES_MAX);
    for (guint i = 1; uris[i] != NULL; i++)
      g_assert_cmpstr (uris[i], !=, "file:///maps/5.roundtable");
    g_clear_pointer (&uris, g_strfreev);

    rt_recent_files_remove (settings, again);
    uris = g_settings_get_strv (settings, "recent-files");
    g_assert_cmpuint (g_strv_length (uris), ==, RT_RECENT_FILES_MAX - 1);
    g_assert_cmpstr (uris[0], ==, "file:///maps/12.roundtable");
  }

  /* The start page lists them. */
  {
    RtWindow *window = rt_window_new (NULL);
    guint rows = 0;

    for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (window->recent_list));
         c != NULL; c = gtk_widget_get_next_sibling (c))
      rows++;
    g_assert_cmpuint (rows, ==, RT_RECENT_FILES_MAX - 1);
    g_assert_true (gtk_widget_get_visible (window->recent_box));
    /* A map shows by its title, markup characters and all, with its
     * file; one without a title by its file's name. */
    {
      g_autoptr(GFile) titled = g_file_new_for_path ("/maps/4.roundtable");
      g_autofree char *title = rt_recent_files_get_title (settings, titled);
      gboolean seen_title = FALSE, seen_name = FALSE;

      g_assert_cmpstr (title, ==, "Fees & hours");
      for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (window->recent_list));
           c != NULL; c = gtk_widget_get_next_sibling (c))
        {
          const char *t = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c));

          seen_title |= g_strcmp0 (t, "Fees & hours") == 0 &&
                        g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (c)),
                                          "4.roundtable");
          seen_name |= g_strcmp0 (t, "12") == 0;
        }
      g_assert_true (seen_title);
      g_assert_true (seen_name);
    }
    g_settings_reset (settings, "recent-files");
    g_assert_false (gtk_widget_get_visible (window->recent_box));
    g_settings_reset (settings, "recent-titles");
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

typedef struct {
  gboolean    done;
  RtDocument *document;
  GError     *error;
  char       *etag;
} LoadWait;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadWait *wait = user_data;

  wait->document = rt_file_load_finish (result, &wait->etag, &wait->error);
  wait->done = TRUE;
}

static void
test_load_file (void)
{
  g_autoptr(GFile) example = g_file_new_build_filename (SOURCE_ROOT, "data", "examples",
                                                        "saturday-library.roundtable", NULL);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *bad_path = g_build_filename (dir, "bad.roundtable", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  LoadWait wait = { 0 };

  rt_file_load_async (example, NULL, loaded_cb, &wait);
  g_assert_true (wait_until (is_true, &wait.done));
  g_assert_no_error (wait.error);
  g_assert_true (RT_IS_DOCUMENT (wait.document));
  g_assert_cmpuint (rt_document_get_n_nodes (wait.document), >, 0);
  g_assert_false (rt_document_get_modified (wait.document));
  g_assert_nonnull (wait.etag);
  g_clear_object (&wait.document);
  g_clear_pointer (&wait.etag, g_free);

  g_assert_true (g_file_set_contents (bad_path, "<roundtable version=\"1\"><nodes>", -1, NULL));
  wait.done = FALSE;
  rt_file_load_async (bad, NULL, loaded_cb, &wait);
  g_assert_true (wait_until (is_true, &wait.done));
  g_assert_null (wait.document);
  g_assert_nonnull (wait.error);
  g_assert_nonnull (strstr (wait.error->message, "bad.roundtable"));
  g_clear_error (&wait.error);

  remove_tree (dir);
}

typedef struct {
  gboolean done;
  gboolean ok;
} SaveWait;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveWait *wait = user_data;

  wait->ok = rt_window_save_finish (RT_WINDOW (source), result);
  wait->done = TRUE;
}

static gboolean
banner_shown (gpointer data)
{
  RtWindow *window = data;

  return gtk_revealer_get_reveal_child (window->banner_revealer);
}

static gboolean
banner_hidden (gpointer data)
{
  return !banner_shown (data);
}

static void
test_save_and_external_change (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "hours.roundtable", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RtDocument) document = rt_document_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *contents = NULL;
  RtWindow *window = rt_window_new (NULL);
  SaveWait wait = { 0 };

  g_settings_reset (settings, "recent-files");
  rt_window_set_document (window, document, file, NULL);
  g_assert_true (rt_document_execute (document, rt_command_set_meta ("Hours", NULL), &error));
  g_assert_no_error (error);
  g_assert_true (rt_window_get_modified (window));

  rt_window_save_async (window, FALSE, saved_cb, &wait);
  g_assert_true (wait_until (is_true, &wait.done));
  g_assert_true (wait.ok);
  g_assert_false (rt_window_get_modified (window));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Hours");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<title>Hours</title>"));
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (recent[0], ==, uri);

  /* Our own save shows no banner, even once the monitor has spoken. */
  {
    gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_false (gtk_revealer_get_reveal_child (window->banner_revealer));

  /* Another program's change does. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (wait_until (banner_shown, window));
  g_assert_true (window->changed_on_disk);

  /* Reloading reads it back and hides the banner. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  g_assert_true (wait_until (banner_hidden, window));
  g_assert_false (window->changed_on_disk);
  g_assert_cmpstr (rt_document_get_title (rt_window_get_document (window)), ==, "Hours");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "recent-files");
  remove_tree (dir);
}

typedef struct {
  gboolean done;
  gboolean may_close;
} CloseWait;

static void
confirmed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CloseWait *wait = user_data;

  wait->may_close = rt_window_confirm_close_finish (RT_WINDOW (source), result);
  wait->done = TRUE;
}

static void
test_close_unmodified (void)
{
  RtWindow *window = rt_window_new (NULL);
  g_autoptr(RtDocument) document = rt_document_new ();
  CloseWait wait = { 0 };

  rt_window_set_document (window, document, NULL, NULL);
  rt_window_confirm_close_async (window, confirmed_cb, &wait);
  g_assert_true (wait_until (is_true, &wait.done));
  g_assert_true (wait.may_close);
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* What a click on a response button does. */
static void
respond (const char *response)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
draft_present (const char *id,
               const char *title)
{
  g_autoptr(GPtrArray) drafts = rt_drafts_list (rt_window_get_drafts ());

  for (guint i = 0; i < drafts->len; i++)
    {
      RtDraftInfo *info = g_ptr_array_index (drafts, i);

      if (g_str_equal (info->id, id))
        return title == NULL || g_strcmp0 (info->title, title) == 0;
    }
  return FALSE;
}

typedef struct {
  RtWindow   *window;
  const char *title;
} DraftWait;

static gboolean
draft_written (gpointer data)
{
  DraftWait *wait = data;

  return !wait->window->draft_writing && draft_present (wait->window->draft_id, wait->title);
}

static void
test_drafts_follow_changes (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(RtDocument) document = rt_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "kept.roundtable", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RtWindow *window = rt_window_new (NULL);
  DraftWait wait = { window, "Kept" };
  SaveWait saved = { 0 };
  CloseWait closed = { 0 };

  g_settings_set_uint (settings, "autosave-delay", 1);
  rt_window_set_document (window, document, NULL, NULL);
  g_assert_false (draft_present (window->draft_id, NULL));

  /* A change is kept as a draft after the delay, with its title. */
  g_assert_true (rt_document_execute (document, rt_command_set_meta ("Kept", NULL), &error));
  g_assert_no_error (error);
  g_assert_true (wait_until (draft_written, &wait));

  /* Undone back to the saved state: the draft goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (draft_present (window->draft_id, NULL));

  /* Saving removes it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (wait_until (draft_written, &wait));
  rt_window_set_file (window, file, NULL);
  rt_window_save_async (window, FALSE, saved_cb, &saved);
  g_assert_true (wait_until (is_true, &saved.done));
  g_assert_true (saved.ok);
  g_assert_false (draft_present (window->draft_id, NULL));

  /* Closing with changes asks; Cancel keeps the window and the draft,
   * Discard drops the draft. */
  g_assert_true (rt_document_execute (document, rt_command_set_meta ("Kept again", NULL),
                                      &error));
  g_assert_no_error (error);
  wait.title = "Kept again";
  g_assert_true (wait_until (draft_written, &wait));

  rt_window_confirm_close_async (window, confirmed_cb, &closed);
  g_assert_true (wait_until (has_message_dialog, NULL));
  respond ("cancel");
  g_assert_true (wait_until (is_true, &closed.done));
  g_assert_false (closed.may_close);
  g_assert_true (draft_present (window->draft_id, NULL));

  closed.done = FALSE;
  rt_window_confirm_close_async (window, confirmed_cb, &closed);
  g_assert_true (wait_until (has_message_dialog, NULL));
  respond ("discard");
  g_assert_true (wait_until (is_true, &closed.done));
  g_assert_true (closed.may_close);
  g_assert_false (draft_present (window->draft_id, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "autosave-delay");
  g_settings_reset (settings, "recent-files");
  remove_tree (dir);
}

static RtWindow *
find_map_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (RT_IS_WINDOW (l->data) && !rt_window_is_empty (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_map_window (gpointer data)
{
  return find_map_window (data) != NULL;
}

static gboolean
has_two_windows (gpointer data)
{
  return g_list_length (gtk_application_get_windows (data)) == 2;
}

static gboolean
has_no_window (gpointer data)
{
  return gtk_application_get_windows (data) == NULL;
}

/* One application for the process, as in the real program; it registers
 * once and stays registered after its windows are gone. */
static RtApplication *
get_test_app (void)
{
  static RtApplication *app;
  g_autoptr(GError) error = NULL;

  if (app != NULL)
    return app;

  app = rt_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

/* The size a window is closed at is the size the next one opens at. */
static void
test_window_state_kept (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  RtWindow *window = rt_window_new (NULL);
  int width;
  int height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = rt_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static guint
count_windows (GtkApplication *app)
{
  return g_list_length (gtk_application_get_windows (app));
}

static gboolean
window_has_document (gpointer data)
{
  return !rt_window_is_empty (data);
}

/* A map goes into an empty window, a map already open is only brought
 * forward, and Quit closes windows with nothing unsaved without asking. */
static void
test_application_opens_files (void)
{
  RtApplication *app = get_test_app ();
  g_autoptr(GFile) library = g_file_new_build_filename (SOURCE_ROOT, "data", "examples",
                                                        "saturday-library.roundtable", NULL);
  g_autoptr(GFile) meetings = g_file_new_build_filename (SOURCE_ROOT, "data", "examples",
                                                         "meeting-load.roundtable", NULL);
  RtWindow *empty;
  RtWindow *window;

  empty = rt_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (empty));
  rt_application_open_file (app, library, empty);
  g_assert_true (wait_until (window_has_document, empty));
  g_assert_cmpuint (count_windows (GTK_APPLICATION (app)), ==, 1);
  g_assert_true (g_file_equal (rt_window_get_file (empty), library));
  g_assert_false (rt_window_get_modified (empty));

  /* Already open: no second window, even when asked into another one. */
  rt_application_open_file (app, library, NULL);
  g_assert_cmpuint (count_windows (GTK_APPLICATION (app)), ==, 1);

  /* The window has a map: the next one gets a window of its own. */
  rt_application_open_file (app, meetings, empty);
  g_assert_true (wait_until (has_two_windows, app));
  /* The most recently presented window comes first. */
  window = RT_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (window != empty);
  g_assert_true (g_file_equal (rt_window_get_file (window), meetings));

  /* A new map in a window that has one opens another window too. */
  rt_application_new_map (app, empty);
  g_assert_cmpuint (count_windows (GTK_APPLICATION (app)), ==, 3);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (wait_until (has_no_window, app));
}

/* Drafts left by an earlier run are offered when the application starts,
 * and restored modified, attached to their file, under their own id. One
 * that cannot be read says so, keeps the draft unless told to discard it. */
static void
test_application_restores_drafts (void)
{
  RtApplication *app = get_test_app ();
  g_autoptr(RtDocument) document = rt_document_new ();
  g_autoptr(GFile) origin = g_file_new_for_path ("/nowhere/rota.roundtable");
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = g_build_filename (rt_drafts_get_dir (rt_window_get_drafts ()),
                                               "damaged.roundtable", NULL);
  AdwMessageDialog *dialog;
  RtWindow *window;

  g_assert_true (rt_document_execute (document, rt_command_set_meta ("Rota", NULL), &error));
  g_assert_true (rt_drafts_write (rt_window_get_drafts (), "left-by-a-crash", document, origin,
                                  &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (damaged, "<roundtable version=\"1\"><nodes>", -1, NULL));

  g_application_activate (G_APPLICATION (app));

  g_assert_true (wait_until (has_message_dialog, NULL));
  g_assert_null (find_map_window (GTK_APPLICATION (app)));
  respond ("restore");
  g_assert_true (wait_until (has_map_window, app));

  g_assert_true (wait_until (has_message_dialog, NULL));
  dialog = find_message_dialog ();
  g_test_message ("%s — %s", adw_message_dialog_get_heading (dialog),
                  adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Restore “Untitled Map”");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "damaged.roundtable"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "The draft was kept as it is"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");
  g_assert_true (draft_present ("damaged", NULL));
  respond ("discard");
  g_assert_false (draft_present ("damaged", NULL));

  window = find_map_window (GTK_APPLICATION (app));
  g_assert_true (rt_window_get_modified (window));
  g_assert_true (g_file_equal (rt_window_get_file (window), origin));
  g_assert_cmpstr (window->draft_id, ==, "left-by-a-crash");
  g_assert_cmpstr (rt_document_get_title (rt_window_get_document (window)), ==, "Rota");
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "• Rota");
  g_assert_true (action_enabled (window, "app.new"));
  g_assert_true (action_enabled (window, "win.show-help-overlay"));

  /* Quitting asks about it; Discard closes the window and drops the draft. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (wait_until (has_message_dialog, NULL));
  respond ("discard");
  g_assert_true (wait_until (has_no_window, app));
  g_assert_false (draft_present ("left-by-a-crash", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* Drafts go to a folder of this run's own. */
  data_home = make_temp_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/new-and-destroy", test_window_new_and_destroy);
  g_test_add_func ("/window/title-follows-document", test_window_title_follows_document);
  g_test_add_func ("/window/toasts-are-text", test_window_toasts_are_text);
  g_test_add_func ("/window/recent-files", test_recent_files);
  g_test_add_func ("/window/load-file", test_load_file);
  g_test_add_func ("/window/save-and-external-change", test_save_and_external_change);
  g_test_add_func ("/window/close-unmodified", test_close_unmodified);
  g_test_add_func ("/window/drafts-follow-changes", test_drafts_follow_changes);
  g_test_add_func ("/window/state-kept", test_window_state_kept);
  g_test_add_func ("/application/opens-files", test_application_opens_files);
  g_test_add_func ("/application/restores-drafts", test_application_restores_drafts);

  status = g_test_run ();
  {
    g_autofree char *drafts = g_build_filename (data_home, APP_ID, "drafts", NULL);
    g_autofree char *app_dir = g_build_filename (data_home, APP_ID, NULL);

    if (g_file_test (drafts, G_FILE_TEST_IS_DIR))
      remove_tree (drafts);
    g_rmdir (app_dir);
    g_rmdir (data_home);
  }
  return status;
}

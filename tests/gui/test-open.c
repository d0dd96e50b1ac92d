/* test-open.c: maps dropped on a window, and FreeMind and OPML files
 * opened as new untitled maps
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "app/rt-application.h"
#include "app/rt-file-loader.h"
#include "app/rt-window-dnd.h"
#include "app/rt-window-private.h"

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

static gboolean
has_document (gpointer data)
{
  return !rt_window_is_empty (data);
}

static guint
count_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_test_app ())));
}

static gboolean
has_n_windows (gpointer data)
{
  return count_windows () == GPOINTER_TO_UINT (data);
}

static gboolean
has_no_window (gpointer data)
{
  return count_windows () == 0;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static GFile *
data_file (const char *dir,
           const char *name)
{
  if (g_str_equal (dir, "examples"))
    return g_file_new_build_filename (SOURCE_ROOT, "data", "examples", name, NULL);
  return g_file_new_build_filename (TEST_DATA_DIR, dir, name, NULL);
}

static void
drop_files (RtWindow *window,
            GFile   **files,
            guint     n_files,
            gboolean  expected)
{
  g_autoptr(GSList) list = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  for (guint i = n_files; i > 0; i--)
    list = g_slist_prepend (list, files[i - 1]);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_assert_true (rt_window_dnd_drop (window, &value) == expected);
}

static void
close_all (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (get_test_app ())));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_assert_true (wait_until (has_no_window, NULL));
}

/* A map dropped on an empty window opens there; one dropped on a window
 * with a map opens in a window of its own. */
static void
test_drop_opens (void)
{
  RtApplication *app = get_test_app ();
  g_autoptr(GFile) library = data_file ("examples", "saturday-library.roundtable");
  g_autoptr(GFile) meetings = data_file ("examples", "meeting-load.roundtable");
  RtWindow *window = rt_window_new (GTK_APPLICATION (app));
  RtWindow *other;
  g_auto(GValue) value = G_VALUE_INIT;

  gtk_window_present (GTK_WINDOW (window));
  drop_files (window, &library, 1, TRUE);
  g_assert_true (wait_until (has_document, window));
  g_assert_true (g_file_equal (rt_window_get_file (window), library));
  g_assert_cmpuint (count_windows (), ==, 1);

  /* A single file, as some sources give it, into the window that is full. */
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, meetings);
  g_assert_true (rt_window_dnd_drop (window, &value));
  g_assert_true (wait_until (has_n_windows, GUINT_TO_POINTER (2)));
  other = RT_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (other != window);
  g_assert_true (wait_until (has_document, other));
  g_assert_true (g_file_equal (rt_window_get_file (other), meetings));
  g_assert_true (g_file_equal (rt_window_get_file (window), library));

  close_all ();
}

/* Files that are not maps are refused with a toast; the maps among them
 * still open. */
static void
test_drop_refuses (void)
{
  RtApplication *app = get_test_app ();
  RtWindow *window = rt_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) text = g_file_new_for_path ("/nowhere/notes.txt");
  g_autoptr(GFile) opml = data_file ("opml", "car-park.opml");
  GFile *both[] = { text, opml };

  gtk_window_present (GTK_WINDOW (window));
  drop_files (window, &text, 1, FALSE);
  g_assert_true (find_label (GTK_WIDGET (window),
                             "“notes.txt” is not a map: Roundtable opens .roundtable, .mm and "
                             ".opml files"));
  g_assert_true (rt_window_is_empty (window));

  drop_files (window, both, 2, TRUE);
  g_assert_true (wait_until (has_document, window));
  g_assert_null (rt_window_get_file (window));

  close_all ();
}

/* A FreeMind map read through the loader is a new, untitled map, not
 * attached to the .mm file, with a toast saying where it came from. */
static void
test_import_freemind (void)
{
  RtApplication *app = get_test_app ();
  g_autoptr(GFile) mm = data_file ("freemind", "car-park-freemind.mm");
  RtWindow *window = rt_window_new (GTK_APPLICATION (app));
  RtDocument *document;

  gtk_window_present (GTK_WINDOW (window));
  rt_application_open_file (app, mm, window);
  g_assert_true (wait_until (has_document, window));
  document = rt_window_get_document (window);
  g_assert_null (rt_window_get_file (window));
  g_assert_cmpuint (rt_document_get_n_nodes (document), >, 0);
  g_assert_false (rt_window_get_modified (window));
  g_assert_true (find_label (GTK_WIDGET (window),
                             "Imported from FreeMind map “car-park-freemind.mm”"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "reload"));

  /* Opening it again gives another map: it is not the file's window. */
  rt_application_open_file (app, mm, NULL);
  g_assert_true (wait_until (has_n_windows, GUINT_TO_POINTER (2)));

  close_all ();
}

typedef struct {
  RtDocument  *document;
  RtFileFormat format;
  GError      *error;
  gboolean     done;
} Loaded;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Loaded *loaded = user_data;

  loaded->document = rt_file_load_finish_format (result, NULL, &loaded->format, &loaded->error);
  loaded->done = TRUE;
}

static gboolean
is_loaded (gpointer data)
{
  return ((Loaded *) data)->done;
}

/* The loader reads every format and says which it was. */
static void
test_loader_formats (void)
{
  struct {
    const char   *dir;
    const char   *name;
    RtFileFormat  format;
  } files[] = {
    { "examples", "saturday-library.roundtable", RT_FILE_FORMAT_ROUNDTABLE },
    { "freemind", "car-park-freeplane.mm", RT_FILE_FORMAT_FREEMIND },
    { "opml", "reading-list-1.0.opml", RT_FILE_FORMAT_OPML },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = data_file (files[i].dir, files[i].name);
      Loaded loaded = { NULL, RT_FILE_FORMAT_UNKNOWN, NULL, FALSE };

      rt_file_load_async (file, NULL, loaded_cb, &loaded);
      g_assert_true (wait_until (is_loaded, &loaded));
      g_assert_no_error (loaded.error);
      g_assert_true (RT_IS_DOCUMENT (loaded.document));
      g_assert_cmpint (loaded.format, ==, files[i].format);
      g_object_unref (loaded.document);
    }
}

/* A broken .mm shows the reader's error, naming the file. */
static void
test_import_error (void)
{
  RtApplication *app = get_test_app ();
  g_autofree char *dir = g_dir_make_tmp ("rt-open-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.mm", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RtWindow *window = rt_window_new (GTK_APPLICATION (app));
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "<map version=\"1.0.1\"><node TEXT=\"a\">", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  rt_application_open_file (app, file, window);
  g_assert_true (wait_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_test_message ("%s — %s", adw_message_dialog_get_heading (dialog),
                  adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import “broken.mm”");
  /* What happened (where), what was kept, what to do. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "broken.mm, line 1: "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "The file was not changed."));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "backup copy"));
  g_assert_true (rt_window_is_empty (window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_all ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("rt-open-data-XXXXXX", NULL);
  int status;

  /* Drafts and recent files go to a folder of this run's own. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/open/drop-opens", test_drop_opens);
  g_test_add_func ("/open/drop-refuses", test_drop_refuses);
  g_test_add_func ("/open/import-freemind", test_import_freemind);
  g_test_add_func ("/open/loader-formats", test_loader_formats);
  g_test_add_func ("/open/import-error", test_import_error);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}

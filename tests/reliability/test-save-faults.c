/* test-save-faults.c: a save that meets a full disk, a read-only disk, a
 * folder deleted under it or a file another program replaced keeps every
 * change: the old file intact, the map still open and modified, a clear
 * message, and a draft on disk
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is the app's own, saving through its Save action's code.
 * Full and read-only disks are small tmpfs mounts in a mount namespace of
 * this process (the test runs as root in CI); without the right to mount,
 * a file size limit stands in for the full disk and an immutable folder
 * for the read-only one, and a case that has neither is skipped with a
 * message saying so (RT_FAULTS_NO_MOUNT=1 tries those stand-ins).
 */
#define _GNU_SOURCE 1 /* unshare () */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "app/rt-window-private.h"
#include "io/rt-save.h"
#include "io/rt-xml-reader.h"
#include "model/rt-command.h"
#include "render/rt-sample-map.h"

#define EDITED_TITLE "After the fault"

/* Whether this process has a mount namespace of its own to mount in. */
static gboolean can_mount;

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

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static char *
hash_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
mount_tmpfs (const char *dir,
             const char *size)
{
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0755", size);

  if (!can_mount)
    return FALSE;
  if (mount ("rt-faults", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) == 0)
    return TRUE;
  g_test_message ("mounting a tmpfs on %s failed: %s", dir, g_strerror (errno));
  return FALSE;
}

/* Writes zeros until the disk is full. */
static void
fill_disk (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "filler", NULL);
  char block[4096] = { 0 };
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
}

/* Message dialogs: found among the toplevels, answered as a click would. */

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

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static void
respond (const char *response)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* One case: a map on disk, open in a window. */

typedef struct {
  char       *dir;       /* the map's folder */
  char       *path;
  GFile      *file;
  char       *old_hash;  /* the file as it was before the fault */
  RtDocument *doc;
  RtWindow   *window;
  gboolean    mounted;
} Case;

static void
case_open (Case       *c,
           const char *dir,
           gboolean    mounted)
{
  g_autoptr(RtDocument) before = rt_sample_map_new (40, 11, TRUE);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  c->dir = g_strdup (dir);
  c->mounted = mounted;
  c->path = g_build_filename (dir, "plan.roundtable", NULL);
  c->file = g_file_new_for_path (c->path);
  rt_document_set_meta (before, "Before the fault", NULL, RT_TIME_NONE, RT_TIME_NONE);
  g_assert_true (rt_save_file (before, c->file, FALSE, NULL, &error));
  g_assert_no_error (error);
  c->old_hash = hash_file (c->path);

  c->doc = rt_xml_read_file (c->path, &error);
  g_assert_no_error (error);
  info = g_file_query_info (c->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL,
                            &error);
  g_assert_no_error (error);
  c->window = rt_window_new (NULL);
  rt_window_set_document (c->window, c->doc, c->file, g_file_info_get_etag (info));
  gtk_window_present (GTK_WINDOW (c->window));
}

/* A change a workshop would not want to lose. */
static void
case_edit (Case *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtNode) node = rt_node_new ("kept-idea", RT_NODE_RESPONSE);

  g_free (node->text);
  node->text = g_strdup ("An idea the group must not lose");
  g_assert_true (rt_document_execute (c->doc, rt_command_set_meta (EDITED_TITLE, NULL), &error));
  g_assert_no_error (error);
  g_assert_true (rt_document_execute (c->doc, rt_command_add_node (node, -1), &error));
  g_assert_no_error (error);
  g_assert_true (rt_window_get_modified (c->window));
}

static void
case_close (Case *c)
{
  /* Closing asks about the changes: drop them, and the draft with them. */
  if (rt_window_get_modified (c->window))
    rt_window_remove_draft (c->window);
  gtk_window_destroy (GTK_WINDOW (c->window));
  spin (50);
  g_clear_object (&c->doc);
  if (c->mounted)
    g_assert_cmpint (umount2 (c->dir, MNT_DETACH), ==, 0);
  remove_tree (c->dir);
  g_free (c->dir);
  g_free (c->path);
  g_free (c->old_hash);
  g_clear_object (&c->file);
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

/* Saves as Ctrl+S does and returns whether it went through. */
static gboolean
case_save (Case *c)
{
  SaveWait wait = { 0 };

  rt_window_save_async (c->window, FALSE, saved_cb, &wait);
  g_assert_true (wait_until (is_true, &wait.done));
  return wait.ok;
}

/* The save failed: a dialog says what happened, that the map is still
 * here, and what to do; every phrase in expected is in it. */
static void
expect_error_dialog (const char *const *expected)
{
  AdwMessageDialog *dialog;
  const char *heading;
  const char *body;

  g_assert_true (wait_until (has_message_dialog, NULL));
  dialog = find_message_dialog ();
  heading = adw_message_dialog_get_heading (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("dialog: %s — %s", heading, body);
  g_assert_true (g_str_has_prefix (heading, "Could Not Save “"));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      if (strstr (body, expected[i]) == NULL)
        g_test_message ("the message does not say “%s”", expected[i]);
      g_assert_nonnull (strstr (body, expected[i]));
    }
  respond ("close");
}

typedef struct {
  RtWindow   *window;
  const char *title;
} DraftWait;

static gboolean
draft_written (gpointer data)
{
  DraftWait *wait = data;
  g_autoptr(RtDocument) draft = NULL;

  if (wait->window->draft_writing)
    return FALSE;
  draft = rt_drafts_load (rt_window_get_drafts (), wait->window->draft_id, NULL);
  return draft != NULL && g_strcmp0 (rt_document_get_title (draft), wait->title) == 0;
}

/* Nothing was lost: the old file as it was (when another program has not
 * removed it), the map open with its changes, and those changes in a
 * draft. */
static void
expect_data_safe (Case    *c,
                  gboolean old_file_kept)
{
  RtDocument *shown = rt_window_get_document (c->window);
  DraftWait wait = { c->window, EDITED_TITLE };
  g_autoptr(RtDocument) draft = NULL;

  if (old_file_kept)
    {
      g_autofree char *hash = hash_file (c->path);

      g_assert_cmpstr (hash, ==, c->old_hash);
    }
  g_assert_true (shown == c->doc);
  g_assert_true (rt_window_get_modified (c->window));
  g_assert_cmpstr (rt_document_get_title (shown), ==, EDITED_TITLE);
  g_assert_nonnull (rt_document_lookup_node (shown, "kept-idea"));

  g_assert_true (wait_until (draft_written, &wait));
  draft = rt_drafts_load (rt_window_get_drafts (), c->window->draft_id, NULL);
  g_assert_nonnull (rt_document_lookup_node (draft, "kept-idea"));
  g_assert_cmpuint (rt_document_get_n_nodes (draft), ==, rt_document_get_n_nodes (shown));
}

/* Once the fault is gone, Save works and the draft goes. */
static void
expect_save_works (Case *c)
{
  g_autoptr(RtDocument) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (case_save (c));
  g_assert_false (rt_window_get_modified (c->window));
  saved = rt_xml_read_file (c->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_document_get_title (saved), ==, EDITED_TITLE);
  g_assert_nonnull (rt_document_lookup_node (saved, "kept-idea"));
  g_assert_null (rt_drafts_load (rt_window_get_drafts (), c->window->draft_id, NULL));
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rt-faults-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_disk_full (void)
{
  g_autofree char *dir = make_temp_dir ();
  Case c = { 0 };

  if (mount_tmpfs (dir, "1m"))
    {
      g_autofree char *filler = NULL;
      const char *expected[] = { "plan.roundtable", "the disk is full",
                                 "file on disk was not changed", "Free some space on the disk",
                                 "still open", "kept as a draft", "Save As", NULL };

      case_open (&c, dir, TRUE);
      fill_disk (dir);
      case_edit (&c);
      g_assert_false (case_save (&c));
      expect_error_dialog (expected);
      expect_data_safe (&c, TRUE);

      filler = g_build_filename (dir, "filler", NULL);
      g_assert_cmpint (g_unlink (filler), ==, 0);
      expect_save_works (&c);
    }
  else
    {
      /* A process limit on file size fails the write the same way. */
      struct rlimit old_limit, limit;
      const char *expected[] = { "plan.roundtable", "larger than this disk allows",
                                 "file on disk was not changed", "Choose a folder on another disk",
                                 "still open", NULL };

      g_test_message ("no tmpfs: a file size limit stands in for the full disk");
      case_open (&c, dir, FALSE);
      case_edit (&c);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
      limit = old_limit;
      limit.rlim_cur = 1024;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (case_save (&c));
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
      expect_error_dialog (expected);
      expect_data_safe (&c, TRUE);
      expect_save_works (&c);
    }
  case_close (&c);
}

static gboolean
set_immutable (const char *dir,
               gboolean    immutable)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY, 0);
  int flags = 0;
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (immutable)
    flags |= FS_IMMUTABLE_FL;
  else
    flags &= ~FS_IMMUTABLE_FL;
  ok = ok && ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
  close (fd);
  return ok;
}

static void
test_read_only (void)
{
  g_autofree char *dir = make_temp_dir ();
  Case c = { 0 };

  if (mount_tmpfs (dir, "1m"))
    {
      const char *expected[] = { "plan.roundtable", "read-only", "file on disk was not changed",
                                 "Choose a folder on another disk", "still open", NULL };

      case_open (&c, dir, TRUE);
      g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
      case_edit (&c);
      g_assert_false (case_save (&c));
      expect_error_dialog (expected);
      expect_data_safe (&c, TRUE);

      g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT, NULL), ==, 0);
      expect_save_works (&c);
      case_close (&c);
      return;
    }

  /* As root, permissions do not stop a write; an immutable folder does. */
  case_open (&c, dir, FALSE);
  if (!set_immutable (dir, TRUE))
    {
      case_close (&c);
      g_test_skip ("no tmpfs can be mounted and this file system has no immutable folders: "
                   "the read-only case needs one or the other");
      return;
    }
  {
    const char *expected[] = { "plan.roundtable", "not allowed to write",
                               "file on disk was not changed", "Check the folder’s permissions",
                               "still open", NULL };

    case_edit (&c);
    g_assert_false (case_save (&c));
    expect_error_dialog (expected);
    expect_data_safe (&c, TRUE);
    g_assert_true (set_immutable (dir, FALSE));
    expect_save_works (&c);
  }
  case_close (&c);
}

static void
test_folder_deleted (void)
{
  g_autofree char *dir = make_temp_dir ();
  const char *expected[] = { "plan.roundtable", "folder does not exist", "No file was written",
                             "plug it in again", "still open", "Save As", NULL };
  Case c = { 0 };

  case_open (&c, dir, FALSE);
  case_edit (&c);
  remove_tree (dir);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  g_assert_false (case_save (&c));
  expect_error_dialog (expected);
  expect_data_safe (&c, FALSE);

  /* The folder is back (a drive plugged in again): Save works. */
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  expect_save_works (&c);
  case_close (&c);
}

static gboolean
changed_on_disk (gpointer data)
{
  RtWindow *window = data;

  return window->changed_on_disk && gtk_revealer_get_reveal_child (window->banner_revealer);
}

static void
test_replaced_by_another_program (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(RtDocument) theirs = rt_sample_map_new (12, 99, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *their_hash = NULL;
  g_autofree char *now = NULL;
  AdwMessageDialog *dialog;
  Case c = { 0 };

  case_open (&c, dir, FALSE);
  case_edit (&c);

  /* Another program writes the file as editors do: beside it, then a
   * rename over it. */
  spin (50);
  rt_document_set_meta (theirs, "Their version", NULL, RT_TIME_NONE, RT_TIME_NONE);
  g_assert_true (rt_save_file (theirs, c.file, FALSE, NULL, &error));
  g_assert_no_error (error);
  their_hash = hash_file (c.path);
  g_assert_true (wait_until (changed_on_disk, c.window));

  /* Save asks first; Cancel keeps their file and our changes. */
  {
    SaveWait wait = { 0 };

    rt_window_save_async (c.window, FALSE, saved_cb, &wait);
    g_assert_true (wait_until (has_message_dialog, NULL));
    dialog = find_message_dialog ();
    g_test_message ("dialog: %s — %s", adw_message_dialog_get_heading (dialog),
                    adw_message_dialog_get_body (dialog));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "another program"));
    g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
    respond ("cancel");
    g_assert_true (wait_until (is_true, &wait.done));
    g_assert_false (wait.ok);
  }
  now = hash_file (c.path);
  g_assert_cmpstr (now, ==, their_hash);
  g_free (c.old_hash);
  c.old_hash = g_strdup (their_hash);
  expect_data_safe (&c, TRUE);

  /* Overwrite replaces theirs with ours. */
  {
    SaveWait wait = { 0 };

    rt_window_save_async (c.window, FALSE, saved_cb, &wait);
    g_assert_true (wait_until (has_message_dialog, NULL));
    respond ("overwrite");
    g_assert_true (wait_until (is_true, &wait.done));
    g_assert_true (wait.ok);
  }
  g_assert_false (rt_window_get_modified (c.window));
  {
    g_autoptr(RtDocument) saved = rt_xml_read_file (c.path, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (rt_document_get_title (saved), ==, EDITED_TITLE);
  }
  case_close (&c);
}

static gboolean
draft_failed (gpointer data)
{
  RtWindow *window = data;

  return window->draft_failed && !window->draft_writing;
}

/* When the drafts' own disk is full, the window says so once and keeps
 * the map; the next draft after space comes back is written. */
static void
test_drafts_disk_full (void)
{
  const char *drafts_dir = rt_drafts_get_dir (rt_window_get_drafts ());
  g_autofree char *dir = make_temp_dir ();
  Case c = { 0 };
  DraftWait wait;

  g_assert_cmpint (g_mkdir_with_parents (drafts_dir, 0700), ==, 0);
  if (!mount_tmpfs (drafts_dir, "256k"))
    {
      remove_tree (dir);
      g_test_skip ("no tmpfs can be mounted over the drafts folder: a full drafts disk needs "
                   "one");
      return;
    }
  fill_disk (drafts_dir);

  case_open (&c, dir, FALSE);
  case_edit (&c);
  g_assert_true (wait_until (draft_failed, c.window));
  g_assert_true (rt_window_get_modified (c.window));
  g_assert_nonnull (rt_document_lookup_node (rt_window_get_document (c.window), "kept-idea"));

  g_assert_cmpint (umount2 (drafts_dir, MNT_DETACH), ==, 0);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (rt_document_execute (c.doc, rt_command_set_meta (EDITED_TITLE " again", NULL),
                                        &error));
    g_assert_no_error (error);
  }
  wait.window = c.window;
  wait.title = EDITED_TITLE " again";
  g_assert_true (wait_until (draft_written, &wait));
  g_assert_false (c.window->draft_failed);
  case_close (&c);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* Before any thread starts: mounts made here stay in this process.
   * RT_FAULTS_NO_MOUNT=1 tries the stand-ins used where mounting is not
   * allowed. */
  can_mount = g_getenv ("RT_FAULTS_NO_MOUNT") == NULL
              && unshare (CLONE_NEWNS) == 0
              && mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;

  data_home = g_dir_make_tmp ("rt-faults-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  settings = g_settings_new (APP_ID);
  g_settings_set_uint (settings, "autosave-delay", 1);

  g_test_add_func ("/save-faults/disk-full", test_disk_full);
  g_test_add_func ("/save-faults/read-only", test_read_only);
  g_test_add_func ("/save-faults/folder-deleted", test_folder_deleted);
  g_test_add_func ("/save-faults/replaced-by-another-program", test_replaced_by_another_program);
  g_test_add_func ("/save-faults/drafts-disk-full", test_drafts_disk_full);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}

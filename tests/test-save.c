/* test-save.c: a save replaces the old file whole or not at all
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <glib/gstdio.h>

#include "io/rt-io-error.h"
#include "io/rt-save.h"
#include "io/rt-xml-reader.h"
#include "io/rt-xml-writer.h"
#include "random-map.h"

#define OLD_CONTENTS "<roundtable version=\"1\"/>\n"

typedef struct {
  char *dir;
  char *path; /* dir/map.roundtable */
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("rt-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "map.roundtable", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      if (g_lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_chmod (f->dir, 0755);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static RtDocument *
some_map (guint n_nodes)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n_nodes);

  return random_map_new (rand, 4, n_nodes, FALSE);
}

static char *
contents_of (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
assert_no_temporary_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".goutputstream-"));
}

static void
assert_saved (RtDocument *doc,
              const char *path)
{
  g_autoptr(GBytes) bytes = rt_xml_write_bytes (doc);
  g_autofree char *contents = contents_of (path);

  g_assert_cmpstr (contents, ==, g_bytes_get_data (bytes, NULL));
}

static void
test_new_file (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (30);
  g_autoptr(RtDocument) back = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_no_error (error);
  back = rt_xml_read_file (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (rt_document_equal (doc, back, NULL));
  assert_no_temporary_files (f->dir);
}

static void
test_replace (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (30);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  g_assert_true (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_no_error (error);
  assert_saved (doc, f->path);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  assert_no_temporary_files (f->dir);
}

static void
test_backup (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (30);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  g_assert_true (rt_save_file (doc, file, TRUE, NULL, &error));
  g_assert_no_error (error);
  assert_saved (doc, f->path);
  kept = contents_of (backup);
  g_assert_cmpstr (kept, ==, OLD_CONTENTS);
}

static void
test_permissions_kept (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (5);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  g_assert_true (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_symlink (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (5);
  g_autofree char *link = g_build_filename (f->dir, "link.roundtable", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  g_assert_cmpint (symlink ("map.roundtable", link), ==, 0);
  g_assert_true (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_no_error (error);
  /* The link is still a link, and what it points to is the new map. */
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_saved (doc, f->path);
}

/* A backup that cannot be made stops the save, and the message says so,
 * that the map's file is as it was, and what to do. */
static void
test_backup_fails (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (30);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *in_backup = g_build_filename (backup, "something", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  g_assert_cmpint (g_mkdir (backup, 0755), ==, 0);
  g_assert_true (g_file_set_contents (in_backup, "x", -1, NULL));
  g_assert_false (rt_save_file (doc, file, TRUE, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_cmpstr (error->message, ==,
                   "“map.roundtable” could not be saved: its backup copy “map.roundtable~” "
                   "could not be made. The file on disk was not changed. Free some space on "
                   "the disk, or turn off Keep a Backup in Preferences.");
  kept = contents_of (f->path);
  g_assert_cmpstr (kept, ==, OLD_CONTENTS);
  assert_no_temporary_files (f->dir);
}

static void
test_parent_is_a_file (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (5);
  g_autofree char *parent = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *path = g_build_filename (parent, "map.roundtable", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (g_file_set_contents (parent, "notes", -1, NULL));
  g_assert_false (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_test_message ("%s", error->message);
  /* What happened, that nothing was written, and what to do. */
  g_assert_cmpstr (error->message, ==,
                   "“map.roundtable” could not be saved: its folder does not exist "
                   "(part of the path is a file). No file was written. If the folder is on a "
                   "drive that was unplugged, plug it in again; otherwise choose another "
                   "folder.");
  kept = contents_of (parent);
  g_assert_cmpstr (kept, ==, "notes");
  assert_no_temporary_files (f->dir);
}

static void
test_target_is_a_folder (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (5);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0755), ==, 0);
  g_assert_false (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "there is a folder with that name"));
  g_assert_nonnull (strstr (error->message, "Choose another name."));
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  assert_no_temporary_files (f->dir);
}

/* Runs the named check in a child; the child's failure fails the test. */
static void
run_in_child (Fixture    *f,
              const char *check)
{
  g_autofree char *test_path = g_strdup_printf ("/save/%s", check);

  g_setenv ("RT_TEST_SAVE_DIR", f->dir, TRUE);
  g_test_trap_subprocess (test_path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A folder the saving user may not write in, though the map itself is
 * writable: GIO would then overwrite the map in place. Root writes
 * anywhere, so as root the child drops to an unprivileged user. */
static void
test_read_only_folder (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *kept = NULL;

  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("RT_TEST_SAVE_DIR");
      g_autofree char *path = g_build_filename (dir, "map.roundtable", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(RtDocument) doc = some_map (50);
      g_autoptr(GError) error = NULL;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        g_error ("cannot drop root: %s", g_strerror (errno));
      g_assert_cmpint (access (path, W_OK), ==, 0);
      g_assert_cmpint (access (dir, W_OK), !=, 0);

      g_assert_false (rt_save_file (doc, file, FALSE, NULL, &error));
      g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
      g_test_message ("%s", error->message);
      g_assert_cmpstr (error->message, ==,
                       "“map.roundtable” could not be saved: Roundtable is not allowed to "
                       "write in its folder. The file on disk was not changed. Check the "
                       "folder’s permissions, or choose another folder.");
      return;
    }

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  if (geteuid () == 0)
    {
      g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
      g_assert_cmpint (chown (f->path, 65534, 65534), ==, 0);
    }
  else
    g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);

  run_in_child (f, "read-only-folder");

  g_chmod (f->dir, 0755);
  kept = contents_of (f->path);
  g_assert_cmpstr (kept, ==, OLD_CONTENTS);
  assert_no_temporary_files (f->dir);
}

/* A full disk, made with a file size limit in a child process. */
static void
test_disk_full (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *kept = NULL;

  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("RT_TEST_SAVE_DIR");
      g_autofree char *path = g_build_filename (dir, "map.roundtable", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(RtDocument) doc = some_map (300);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (rt_save_file (doc, file, FALSE, NULL, &error));
      g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
      g_test_message ("%s", error->message);
      g_assert_cmpstr (error->message, ==,
                       "“map.roundtable” could not be saved: the file is larger than this "
                       "disk allows. The file on disk was not changed. Choose a folder on "
                       "another disk.");
      return;
    }

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  run_in_child (f, "disk-full");
  kept = contents_of (f->path);
  g_assert_cmpstr (kept, ==, OLD_CONTENTS);
  assert_no_temporary_files (f->dir);
}

static void
make_temp_file (const char *dir,
                const char *name,
                gint64      age)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct timeval times[2];

  g_assert_true (g_file_set_contents (path, "partial", -1, NULL));
  gettimeofday (&times[0], NULL);
  times[0].tv_sec -= age;
  times[1] = times[0];
  g_assert_cmpint (utimes (path, times), ==, 0);
}

static void
test_stale_files (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (5);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *old = g_build_filename (f->dir, ".goutputstream-OLD123", NULL);
  g_autofree char *fresh = g_build_filename (f->dir, ".goutputstream-NEW456", NULL);
  g_autofree char *other = g_build_filename (f->dir, ".hidden-OLD", NULL);
  g_autoptr(GError) error = NULL;

  /* Left by saves that were killed: removed once a minute old, as a save
   * still running may own a fresh one. */
  make_temp_file (f->dir, ".goutputstream-OLD123", 120);
  make_temp_file (f->dir, ".goutputstream-NEW456", 5);
  make_temp_file (f->dir, ".hidden-OLD", 3600);

  g_assert_true (rt_save_file (doc, file, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  make_temp_file (f->dir, ".goutputstream-OLD789", 300);
  g_assert_cmpuint (rt_save_clean_stale (f->dir, 60), ==, 1);
  g_assert_cmpuint (rt_save_clean_stale (f->dir, 0), ==, 1);
}

typedef struct {
  GMainLoop *loop;
  GError    *error;
  gboolean   ok;
} AsyncResult;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = rt_save_finish (result, &r->error);
  g_main_loop_quit (r->loop);
}

static void
test_async (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (200);
  g_autoptr(RtDocument) snapshot = rt_document_copy (doc);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  AsyncResult r = { g_main_loop_new (NULL, FALSE), NULL, FALSE };

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  rt_save_async (doc, file, FALSE, NULL, saved_cb, &r);
  /* The map as it was when the save began is what gets written. */
  rt_document_take_node (doc, rt_node_new ("late", RT_NODE_NOTE));
  g_main_loop_run (r.loop);

  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  assert_saved (snapshot, f->path);
  assert_no_temporary_files (f->dir);
  g_main_loop_unref (r.loop);
}

static void
test_async_cancelled (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(RtDocument) doc = some_map (20);
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult r = { g_main_loop_new (NULL, FALSE), NULL, FALSE };
  g_autofree char *kept = NULL;

  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, NULL));
  g_cancellable_cancel (cancellable);
  rt_save_async (doc, file, FALSE, cancellable, saved_cb, &r);
  g_main_loop_run (r.loop);

  g_assert_false (r.ok);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  kept = contents_of (f->path);
  g_assert_cmpstr (kept, ==, OLD_CONTENTS);
  assert_no_temporary_files (f->dir);
  g_clear_error (&r.error);
  g_main_loop_unref (r.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/save/new-file", test_new_file);
  ADD ("/save/replace", test_replace);
  ADD ("/save/backup", test_backup);
  ADD ("/save/backup-fails", test_backup_fails);
  ADD ("/save/permissions-kept", test_permissions_kept);
  ADD ("/save/symlink", test_symlink);
  ADD ("/save/parent-is-a-file", test_parent_is_a_file);
  ADD ("/save/target-is-a-folder", test_target_is_a_folder);
  ADD ("/save/read-only-folder", test_read_only_folder);
  ADD ("/save/disk-full", test_disk_full);
  ADD ("/save/stale-files", test_stale_files);
  ADD ("/save/async", test_async);
  ADD ("/save/async-cancelled", test_async_cancelled);
#undef ADD

  return g_test_run ();
}

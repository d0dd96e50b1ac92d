/* rt-save.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Local files are written here rather than with g_file_replace(): when it
 * cannot create its temporary file (a read-only folder, a symbolic link, a
 * file with several hard links) GIO falls back to truncating the old file
 * and writing into it, and a failure then loses both versions. This code
 * never writes into the old file. The temporary file keeps GIO's name so
 * that one rule cleans up after either, and so that the document portal,
 * which allows such files beside a shared document, accepts it.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rt-io-error.h"
#include "rt-save.h"
#include "rt-xml-writer.h"

#define TEMP_PREFIX   ".goutputstream-"
#define STALE_SECONDS 60

static void
set_save_error (GError      **error,
                const char   *name,
                gboolean      existed,
                int           saved_errno,
                const GError *cause)
{
  rt_io_set_write_error (error, name, TRUE, existed, saved_errno, cause);
}

guint
rt_save_clean_stale (const char *dir,
                     gint64      max_age)
{
  g_autoptr(GDir) listing = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *entry;
  guint removed = 0;

  g_return_val_if_fail (dir != NULL, 0);

  listing = g_dir_open (dir, 0, NULL);
  if (listing == NULL)
    return 0;

  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (entry, TEMP_PREFIX))
        continue;
      path = g_build_filename (dir, entry, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || now - st.st_mtime <= max_age)
        continue;
      if (g_unlink (path) == 0)
        removed++;
    }
  return removed;
}

/* The file a save replaces: the target of a symbolic link, even a
 * dangling one, so that the link survives. */
static char *
resolve_target (const char *path)
{
  GStatBuf st;
  char *resolved;
  g_autofree char *link = NULL;
  g_autofree char *dir = NULL;

  if (g_lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);
  if ((resolved = realpath (path, NULL)) != NULL)
    {
      char *copy = g_strdup (resolved);

      free (resolved);
      return copy;
    }
  link = g_file_read_link (path, NULL);
  if (link == NULL)
    return g_strdup (path);
  if (g_path_is_absolute (link))
    return g_steal_pointer (&link);
  dir = g_path_get_dirname (path);
  return g_build_filename (dir, link, NULL);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      len -= n;
    }
  return TRUE;
}

static gboolean
make_backup (const char *target)
{
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autofree char *contents = NULL;
  gsize len;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    return FALSE;
  if (link (target, backup) == 0)
    return TRUE;
  /* No hard links on this file system: copy. */
  return g_file_get_contents (target, &contents, &len, NULL) &&
         g_file_set_contents (backup, contents, len, NULL);
}

static gboolean
save_local (GBytes       *bytes,
            const char   *path,
            const char   *name,
            gboolean      keep_backup,
            GCancellable *cancellable,
            GError      **error)
{
  g_autofree char *target = resolve_target (path);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *temp = NULL;
  const char *data;
  gsize len;
  GStatBuf st;
  gboolean existed;
  int fd, dir_fd, saved_errno;

  existed = g_stat (target, &st) == 0;
  if (existed && S_ISDIR (st.st_mode))
    {
      set_save_error (error, name, FALSE, EISDIR, NULL);
      return FALSE;
    }
  if (!existed && errno != ENOENT)
    {
      set_save_error (error, name, FALSE, errno, NULL);
      return FALSE;
    }

  rt_save_clean_stale (dir, STALE_SECONDS);

  temp = g_build_filename (dir, TEMP_PREFIX "XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_save_error (error, name, existed, errno, NULL);
      return FALSE;
    }
  if (existed)
    {
      /* Keep who may read the map; failing to is no reason to fail. */
      if (fchmod (fd, st.st_mode & 07777) != 0 || fchown (fd, st.st_uid, st.st_gid) != 0)
        g_debug ("Could not keep the permissions of %s: %s", target, g_strerror (errno));
    }

  data = g_bytes_get_data (bytes, &len);
  if (!write_all (fd, data, len) || fsync (fd) != 0)
    goto failed;
  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (keep_backup && existed && !make_backup (target))
    {
      g_unlink (temp);
      /* Saving goes on only with the backup the user asked for. */
      g_set_error (error, RT_IO_ERROR, RT_IO_ERROR_IO,
                   _("“%s” could not be saved: its backup copy “%s~” could not be made. The "
                     "file on disk was not changed. Free some space on the disk, or turn off "
                     "Keep a Backup in Preferences."),
                   name, name);
      return FALSE;
    }
  if (g_rename (temp, target) != 0)
    goto failed;

  /* The rename itself reaches the disk with the folder. */
  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temp);
  set_save_error (error, name, existed, saved_errno, NULL);
  return FALSE;
}

static gboolean
save_remote (GBytes       *bytes,
             GFile        *file,
             const char   *name,
             gboolean      keep_backup,
             GCancellable *cancellable,
             GError      **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean existed = g_file_query_exists (file, cancellable);
  gsize written;

  stream = g_file_replace (file, NULL, keep_backup, G_FILE_CREATE_NONE, cancellable,
                           &local_error);
  if (stream != NULL &&
      g_output_stream_write_all (G_OUTPUT_STREAM (stream), g_bytes_get_data (bytes, NULL),
                                 g_bytes_get_size (bytes), &written, cancellable,
                                 &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    return TRUE;

  if (stream != NULL && !g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
    {
      /* A cancelled close leaves the destination as it was. */
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
    }
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    set_save_error (error, name, existed, 0, local_error);
  return FALSE;
}

gboolean
rt_save_bytes (GBytes       *bytes,
               GFile        *file,
               gboolean      keep_backup,
               GCancellable *cancellable,
               GError      **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path != NULL)
    {
      name = rt_io_display_name (path);
      return save_local (bytes, path, name, keep_backup, cancellable, error);
    }
  name = g_file_get_basename (file);
  return save_remote (bytes, file, name, keep_backup, cancellable, error);
}

gboolean
rt_save_file (RtDocument   *doc,
              GFile        *file,
              gboolean      keep_backup,
              GCancellable *cancellable,
              GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = rt_xml_write_bytes (doc);
  return rt_save_bytes (bytes, file, keep_backup, cancellable, error);
}

typedef struct {
  GBytes   *bytes;
  GFile    *file;
  gboolean  keep_backup;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_object_unref (job->file);
  g_free (job);
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (rt_save_bytes (job->bytes, job->file, job->keep_backup, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
serialised_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->bytes = rt_xml_write_bytes_finish (RT_DOCUMENT (source), result, &error);
  if (job->bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, save_in_thread);
}

void
rt_save_async (RtDocument          *doc,
               GFile               *file,
               gboolean             keep_backup,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (RT_IS_DOCUMENT (doc));
  g_return_if_fail (G_IS_FILE (file));

  /* Serialising is cheaper than a deep copy of the document (see
   * tests/bench/bench-io.c), and leaves the thread nothing but the disk. */
  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (file);
  job->keep_backup = keep_backup;

  task = g_task_new (doc, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_save_async);
  g_task_set_name (task, "[roundtable] save");
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  /* A save that went through is reported as done even if cancelled late. */
  g_task_set_check_cancellable (task, FALSE);
  rt_xml_write_bytes_async (doc, cancellable, serialised_cb, g_steal_pointer (&task));
}

gboolean
rt_save_finish (GAsyncResult *result,
                GError      **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, rt_save_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

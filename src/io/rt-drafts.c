/* rt-drafts.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index on disk is the only record: every call reads it afresh, so a
 * second window (or a crash) never leaves a stale copy in memory. Writes
 * of the index are serialised by a mutex, as drafts are written from
 * worker threads.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rt-drafts.h"
#include "rt-io-error.h"
#include "rt-save.h"
#include "rt-xml-reader.h"
#include "rt-xml-writer.h"

#define INDEX_NAME   "index.ini"
#define DRAFT_SUFFIX ".roundtable"

struct _RtDrafts
{
  GObject  parent_instance;

  char    *dir;
  GMutex   index_lock;
};

G_DEFINE_FINAL_TYPE (RtDrafts, rt_drafts, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_BOXED_TYPE (RtDraftInfo, rt_draft_info, rt_draft_info_copy, rt_draft_info_free)

RtDraftInfo *
rt_draft_info_copy (const RtDraftInfo *info)
{
  RtDraftInfo *copy;

  g_return_val_if_fail (info != NULL, NULL);

  copy = g_new0 (RtDraftInfo, 1);
  copy->id = g_strdup (info->id);
  copy->origin = info->origin != NULL ? g_object_ref (info->origin) : NULL;
  copy->title = g_strdup (info->title);
  copy->saved = info->saved;
  return copy;
}

void
rt_draft_info_free (RtDraftInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_clear_object (&info->origin);
  g_free (info->title);
  g_free (info);
}

static void
rt_drafts_finalize (GObject *object)
{
  RtDrafts *self = RT_DRAFTS (object);

  g_free (self->dir);
  g_mutex_clear (&self->index_lock);

  G_OBJECT_CLASS (rt_drafts_parent_class)->finalize (object);
}

static void
rt_drafts_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RtDrafts *self = RT_DRAFTS (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_value_set_string (value, self->dir);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_drafts_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RtDrafts *self = RT_DRAFTS (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_free (self->dir);
      if (g_value_get_string (value) != NULL)
        self->dir = g_value_dup_string (value);
      else
        self->dir = g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_drafts_class_init (RtDraftsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_drafts_finalize;
  object_class->get_property = rt_drafts_get_property;
  object_class->set_property = rt_drafts_set_property;

  /**
   * RtDrafts:dir:
   *
   * The folder that holds the drafts and their index.
   */
  properties[PROP_DIR] =
    g_param_spec_string ("dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_drafts_init (RtDrafts *self)
{
  g_mutex_init (&self->index_lock);
}

RtDrafts *
rt_drafts_new (const char *dir)
{
  return g_object_new (RT_TYPE_DRAFTS, "dir", dir, NULL);
}

const char *
rt_drafts_get_dir (RtDrafts *self)
{
  g_return_val_if_fail (RT_IS_DRAFTS (self), NULL);

  return self->dir;
}

static gboolean
id_is_valid (const char *id)
{
  gsize len;

  if (id == NULL)
    return FALSE;
  len = strlen (id);
  if (len == 0 || len > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static char *
draft_path (RtDrafts   *self,
            const char *id)
{
  g_autofree char *name = g_strconcat (id, DRAFT_SUFFIX, NULL);

  return g_build_filename (self->dir, name, NULL);
}

typedef struct {
  char   *id;
  GBytes *bytes;
  char   *origin_uri;
  char   *title;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_free (job->id);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->origin_uri);
  g_free (job->title);
  g_free (job);
}

static GKeyFile *
load_index (RtDrafts *self)
{
  g_autofree char *path = g_build_filename (self->dir, INDEX_NAME, NULL);
  GKeyFile *index = g_key_file_new ();

  /* A missing or damaged index is an empty one: drafts are still found. */
  g_key_file_load_from_file (index, path, G_KEY_FILE_NONE, NULL);
  return index;
}

static gboolean
save_index (RtDrafts  *self,
            GKeyFile  *index,
            GError   **error)
{
  g_autofree char *path = g_build_filename (self->dir, INDEX_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  char *data = g_key_file_to_data (index, &len, NULL);

  /* Through rt_save_bytes() rather than g_key_file_save_to_file(): the
   * temporary file of a write killed part way then has the name the next
   * save clears, instead of staying in the folder for good. */
  bytes = g_bytes_new_take (data, len);
  if (rt_save_bytes (bytes, file, FALSE, NULL, &local_error))
    return TRUE;
  g_set_error (error, RT_IO_ERROR, RT_IO_ERROR_IO,
               _("The list of drafts could not be updated: %s"), local_error->message);
  return FALSE;
}

/* Records the draft (or forgets it when job is NULL), dropping entries
 * whose file has gone. */
static gboolean
update_index (RtDrafts        *self,
              const char      *id,
              const DraftJob  *job,
              GError         **error)
{
  g_autoptr(GKeyFile) index = NULL;
  g_auto(GStrv) groups = NULL;
  gboolean ok;

  g_mutex_lock (&self->index_lock);

  index = load_index (self);
  groups = g_key_file_get_groups (index, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (strcmp (groups[i], id) == 0)
        continue;
      path = draft_path (self, groups[i]);
      if (!id_is_valid (groups[i]) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_key_file_remove_group (index, groups[i], NULL);
    }

  g_key_file_remove_group (index, id, NULL);
  if (job != NULL)
    {
      if (job->origin_uri != NULL)
        g_key_file_set_string (index, id, "origin", job->origin_uri);
      if (job->title != NULL)
        g_key_file_set_string (index, id, "title", job->title);
      g_key_file_set_int64 (index, id, "saved", rt_time_now ());
    }

  ok = save_index (self, index, error);
  g_mutex_unlock (&self->index_lock);
  return ok;
}

static DraftJob *
draft_job_new (const char *id,
               RtDocument *doc,
               GFile      *origin)
{
  DraftJob *job = g_new0 (DraftJob, 1);

  job->id = g_strdup (id);
  job->origin_uri = origin != NULL ? g_file_get_uri (origin) : NULL;
  job->title = g_strdup (rt_document_get_title (doc));
  return job;
}

static gboolean
write_draft (RtDrafts     *self,
             DraftJob     *job,
             GCancellable *cancellable,
             GError      **error)
{
  g_autofree char *path = draft_path (self, job->id);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *reason = rt_io_describe_failure (saved_errno, NULL, TRUE, NULL);
      g_autofree char *where = g_filename_display_name (self->dir);

      g_set_error (error, RT_IO_ERROR, RT_IO_ERROR_IO,
                   _("The folder for drafts, “%s”, could not be made: %s."), where, reason);
      return FALSE;
    }
  if (!rt_save_bytes (job->bytes, file, FALSE, cancellable, error))
    return FALSE;
  return update_index (self, job->id, job, error);
}

gboolean
rt_drafts_write (RtDrafts    *self,
                 const char  *id,
                 RtDocument  *doc,
                 GFile       *origin,
                 GError     **error)
{
  DraftJob *job;
  gboolean ok;

  g_return_val_if_fail (RT_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (id_is_valid (id), FALSE);
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (origin == NULL || G_IS_FILE (origin), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = draft_job_new (id, doc, origin);
  job->bytes = rt_xml_write_bytes (doc);
  ok = write_draft (self, job, NULL, error);
  draft_job_free (job);
  return ok;
}

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_draft (RT_DRAFTS (source), task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
draft_serialised_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DraftJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->bytes = rt_xml_write_bytes_finish (RT_DOCUMENT (source), result, &error);
  if (job->bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, write_in_thread);
}

void
rt_drafts_write_async (RtDrafts            *self,
                       const char          *id,
                       RtDocument          *doc,
                       GFile               *origin,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RT_IS_DRAFTS (self));
  g_return_if_fail (id_is_valid (id));
  g_return_if_fail (RT_IS_DOCUMENT (doc));
  g_return_if_fail (origin == NULL || G_IS_FILE (origin));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_drafts_write_async);
  g_task_set_name (task, "[roundtable] write draft");
  g_task_set_task_data (task, draft_job_new (id, doc, origin), (GDestroyNotify) draft_job_free);
  g_task_set_check_cancellable (task, FALSE);
  rt_xml_write_bytes_async (doc, cancellable, draft_serialised_cb, g_steal_pointer (&task));
}

gboolean
rt_drafts_write_finish (RtDrafts     *self,
                        GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (RT_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
rt_drafts_remove (RtDrafts    *self,
                  const char  *id,
                  GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (RT_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (id_is_valid (id), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = draft_path (self, id);
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *reason = rt_io_describe_failure (saved_errno, NULL, TRUE, NULL);

      g_set_error (error, RT_IO_ERROR, RT_IO_ERROR_IO,
                   _("The draft “%s” could not be removed: %s. It will be offered again the "
                     "next time Roundtable starts."),
                   id, reason);
      return FALSE;
    }
  if (!g_file_test (self->dir, G_FILE_TEST_IS_DIR))
    return TRUE;
  return update_index (self, id, NULL, error);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const RtDraftInfo *da = *(RtDraftInfo *const *) a;
  const RtDraftInfo *db = *(RtDraftInfo *const *) b;

  if (da->saved != db->saved)
    return da->saved > db->saved ? -1 : 1;
  return strcmp (da->id, db->id);
}

GPtrArray *
rt_drafts_list (RtDrafts *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GKeyFile) index = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_return_val_if_fail (RT_IS_DRAFTS (self), NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_draft_info_free);
  dir = g_dir_open (self->dir, 0, NULL);
  if (dir == NULL)
    return g_steal_pointer (&list);

  g_mutex_lock (&self->index_lock);
  index = load_index (self);
  g_mutex_unlock (&self->index_lock);

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *origin = NULL;
      RtDraftInfo *info;
      GStatBuf st;

      if (!g_str_has_suffix (entry, DRAFT_SUFFIX))
        continue;
      info = g_new0 (RtDraftInfo, 1);
      info->id = g_strndup (entry, strlen (entry) - strlen (DRAFT_SUFFIX));
      path = g_build_filename (self->dir, entry, NULL);
      if (!id_is_valid (info->id) || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
        {
          rt_draft_info_free (info);
          continue;
        }

      if (g_key_file_has_group (index, info->id))
        {
          origin = g_key_file_get_string (index, info->id, "origin", NULL);
          info->title = g_key_file_get_string (index, info->id, "title", NULL);
          info->saved = g_key_file_get_int64 (index, info->id, "saved", NULL);
          if (origin != NULL)
            info->origin = g_file_new_for_uri (origin);
        }
      if (info->saved == 0)
        info->saved = st.st_mtime;
      g_ptr_array_add (list, info);
    }

  g_ptr_array_sort (list, compare_newest_first);
  return g_steal_pointer (&list);
}

RtDocument *
rt_drafts_load (RtDrafts    *self,
                const char  *id,
                GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (RT_IS_DRAFTS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!id_is_valid (id))
    {
      g_set_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND,
                   _("There is no draft “%s”."), id != NULL ? id : "");
      return NULL;
    }
  path = draft_path (self, id);
  return rt_xml_read_file (path, error);
}

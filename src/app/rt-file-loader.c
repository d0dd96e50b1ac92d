/* rt-file-loader.c: reading a map without blocking the window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "io/rt-import.h"
#include "rt-file-loader.h"

typedef struct {
  RtDocument  *document;
  char        *etag;
  RtFileFormat format;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->document);
  g_free (result->etag);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  LoadResult *result;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a local file; only local files can be opened."),
                               name);
      return;
    }

  /* The etag first: a change made while reading then shows as a change. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (LoadResult, 1);
  result->etag = g_strdup (g_file_info_get_etag (info));
  result->format = rt_io_guess_format (path);
  result->document = rt_io_read_any (path, &error);
  if (result->document == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, result, load_result_free);
}

void
rt_file_load_async (GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

RtDocument *
rt_file_load_finish (GAsyncResult  *result,
                     char         **etag,
                     GError       **error)
{
  return rt_file_load_finish_format (result, etag, NULL, error);
}

RtDocument *
rt_file_load_finish_format (GAsyncResult  *result,
                            char         **etag,
                            RtFileFormat  *format,
                            GError       **error)
{
  LoadResult *loaded;
  RtDocument *document;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rt_file_load_async, NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  document = g_steal_pointer (&loaded->document);
  if (etag != NULL)
    *etag = g_steal_pointer (&loaded->etag);
  if (format != NULL)
    *format = loaded->format;
  load_result_free (loaded);
  return document;
}

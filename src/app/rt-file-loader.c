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
  GFile  *file;
  double  text_scale;   /* > 0: measure every node at this scale */
} LoadRequest;

typedef struct {
  RtDocument  *document;
  char        *etag;
  RtFileFormat format;
  RtMetrics   *metrics;
} LoadResult;

typedef struct {
  RtDocument *document;
  RtMetrics  *metrics;
  guint       first, end;
} MeasureJob;

static void
load_request_free (gpointer data)
{
  LoadRequest *request = data;

  g_object_unref (request->file);
  g_free (request);
}

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->document);
  g_clear_object (&result->metrics);
  g_free (result->etag);
  g_free (result);
}

static gpointer
measure_thread (gpointer data)
{
  MeasureJob *job = data;

  rt_metrics_measure_range (job->metrics, job->document, job->first, job->end);
  return NULL;
}

/* Measuring every label of a large map takes seconds: done here, on as
 * many threads as there are processors (up to four), the window's first
 * layout of the map only looks the sizes up. */
static RtMetrics *
measure_document (RtDocument *document,
                  double      text_scale)
{
  guint n = rt_document_get_n_nodes (document);
  guint n_jobs = CLAMP (g_get_num_processors (), 1, 4);
  MeasureJob jobs[4];
  GThread *threads[4] = { NULL };
  guint i;

  if (n < 2000)
    n_jobs = 1;
  for (i = 0; i < n_jobs; i++)
    {
      jobs[i].document = document;
      jobs[i].metrics = rt_metrics_new ();
      rt_metrics_set_text_scale (jobs[i].metrics, text_scale);
      jobs[i].first = (guint) ((guint64) n * i / n_jobs);
      jobs[i].end = (guint) ((guint64) n * (i + 1) / n_jobs);
      if (i > 0)
        threads[i] = g_thread_try_new ("rt-measure", measure_thread, &jobs[i], NULL);
    }
  measure_thread (&jobs[0]);
  for (i = 1; i < n_jobs; i++)
    {
      if (threads[i] != NULL)
        g_thread_join (threads[i]);
      else
        measure_thread (&jobs[i]);
      rt_metrics_adopt (jobs[0].metrics, jobs[i].metrics);
      g_object_unref (jobs[i].metrics);
    }
  return jobs[0].metrics;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadRequest *request = task_data;
  GFile *file = request->file;
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
  if (request->text_scale > 0.0)
    result->metrics = measure_document (result->document, request->text_scale);

  g_task_return_pointer (task, result, load_result_free);
}

void
rt_file_load_async (GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  rt_file_load_measured_async (file, 0.0, cancellable, callback, user_data);
}

void
rt_file_load_measured_async (GFile               *file,
                             double               text_scale,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadRequest *request;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  request = g_new0 (LoadRequest, 1);
  request->file = g_object_ref (file);
  request->text_scale = text_scale;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_file_load_async);
  g_task_set_task_data (task, request, load_request_free);
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
  return rt_file_load_finish_full (result, etag, format, NULL, error);
}

RtDocument *
rt_file_load_finish_full (GAsyncResult  *result,
                          char         **etag,
                          RtFileFormat  *format,
                          RtMetrics    **metrics,
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
  if (metrics != NULL)
    *metrics = g_steal_pointer (&loaded->metrics);
  load_result_free (loaded);
  return document;
}

/* rt-file-loader.h: reading a map without blocking the window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "io/rt-import.h"
#include "model/rt-document.h"
#include "render/rt-metrics.h"

G_BEGIN_DECLS

/* Reads @file in a worker thread with rt_io_read_any(): a Roundtable map,
 * a FreeMind or Freeplane map or an OPML outline. */
void        rt_file_load_async  (GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
/* The document, and in @etag (may be NULL) the file's etag as it was
 * before it was read. */
/* Also measures every node at text_scale, in threads, for the window's
 * canvas to adopt (see rt_metrics_adopt). */
void        rt_file_load_measured_async (GFile               *file,
                                         double               text_scale,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
RtDocument *rt_file_load_finish (GAsyncResult        *result,
                                 char               **etag,
                                 GError             **error);
/* The same, and in @format (may be NULL) the format the file was read
 * from: anything but RT_FILE_FORMAT_ROUNDTABLE was imported. */
RtDocument *rt_file_load_finish_format (GAsyncResult  *result,
                                        char         **etag,
                                        RtFileFormat  *format,
                                        GError       **error);
/* metrics: the sizes measured, when asked for, or NULL. */
RtDocument *rt_file_load_finish_full   (GAsyncResult  *result,
                                        char         **etag,
                                        RtFileFormat  *format,
                                        RtMetrics    **metrics,
                                        GError       **error);

G_END_DECLS

/* rt-file-loader.h: reading a map without blocking the window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

/* Reads @file with the XML reader in a worker thread. */
void        rt_file_load_async  (GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
/* The document, and in @etag (may be NULL) the file's etag as it was
 * before it was read. */
RtDocument *rt_file_load_finish (GAsyncResult        *result,
                                 char               **etag,
                                 GError             **error);

G_END_DECLS

/* rt-save.h: saving a map without ever losing the previous one
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

/* The new file is written beside the old one (as .goutputstream-XXXXXX),
 * flushed to disk and renamed over it, so the old file is replaced whole
 * or not at all. A symbolic link stays a link: its target is replaced.
 * keep_backup also keeps the previous version as "NAME~". On failure the
 * error (RT_IO_ERROR_IO, or G_IO_ERROR_CANCELLED) says what happened and
 * that the previous version is kept; no temporary file is left behind.
 * Temporary files that a killed save left in the same folder more than a
 * minute ago are removed first.
 *
 * Files that are not local (no path) go through g_file_replace(). */
gboolean  rt_save_bytes        (GBytes              *bytes,
                                GFile               *file,
                                gboolean             keep_backup,
                                GCancellable        *cancellable,
                                GError             **error);

/* Writes rt_xml_write_bytes (doc) with rt_save_bytes(). Blocks. */
gboolean  rt_save_file         (RtDocument          *doc,
                                GFile               *file,
                                gboolean             keep_backup,
                                GCancellable        *cancellable,
                                GError             **error);

/* Serialises doc in the main loop (rt_xml_write_bytes_async: a
 * workshop-sized map at once, a big one in slices of a few milliseconds,
 * holding the map as it was when the last slice ran), then writes the file
 * in a worker thread. Cancelling stops the save before the rename; a save
 * that completed is not undone. */
void      rt_save_async        (RtDocument          *doc,
                                GFile               *file,
                                gboolean             keep_backup,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data);
gboolean  rt_save_finish       (GAsyncResult        *result,
                                GError             **error);

/* Removes files named .goutputstream-* in dir last changed more than
 * max_age seconds ago. Returns how many were removed. */
guint     rt_save_clean_stale  (const char          *dir,
                                gint64               max_age);

G_END_DECLS

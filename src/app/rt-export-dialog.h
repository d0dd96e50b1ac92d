/* rt-export-dialog.h: exporting the map as a PNG, SVG or PDF image, or as
 * the workshop report, the action list, a FreeMind map or an OPML outline
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "render/rt-export-image.h"
#include "rt-window.h"

G_BEGIN_DECLS

/* A save dialog for the window's map: PNG, SVG and PDF filters, and the
 * choices "scope" ("map", or "selection" when nodes are selected) and
 * "background" ("light", "dark", "transparent") for them; then filters for
 * the workshop report (.md), the action list (.csv), FreeMind (.mm) and
 * OPML (.opml), which take the whole map. Accepting it exports. The
 * caller shows it; it frees itself when answered. */
GtkFileChooserNative *rt_export_dialog_new     (RtWindow      *window);
void                  rt_export_dialog_present (RtWindow      *window);

/* Where the dialog's answer leads: the format from the file name's
 * extension, else from the filter (the extension is then added). */
GFile                *rt_export_dialog_resolve (GFile         *file,
                                                GtkFileFilter *filter,
                                                RtImageFormat *format);

/* The file a document format (report, action list, FreeMind, OPML) is
 * exported to: a name ending in one of their extensions, or the format of
 * the filter chosen, whose extension is added, or replaces an image's
 * (the suggested name ends in .png). NULL when an image is meant. */
GFile                *rt_export_dialog_resolve_document (GFile         *file,
                                                         GtkFileFilter *filter);

/* Writes a copy of the window's map (or of its selected nodes) to file in
 * a worker thread, then says so in a toast, or shows what went wrong.
 * callback may be NULL. */
void                  rt_export_map_async      (RtWindow            *window,
                                                GFile               *file,
                                                RtImageFormat        format,
                                                RtBackground         background,
                                                gboolean             selection_only,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
/* The same for what file's extension names: .md the workshop report
 * (rt-report.h), .csv the action list (rt-export-csv.h), .mm a FreeMind
 * map, .opml an OPML outline. FALSE, and nothing started, for another
 * extension or a window without a map. Finish with rt_export_map_finish. */
gboolean              rt_export_document_async (RtWindow            *window,
                                                GFile               *file,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean              rt_export_map_finish     (RtWindow            *window,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS

/* rt-window.h: a Roundtable window, showing one map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_WINDOW (rt_window_get_type ())
G_DECLARE_FINAL_TYPE (RtWindow, rt_window, RT, WINDOW, AdwApplicationWindow)

RtWindow   *rt_window_new            (GtkApplication *application);

/* The start page is shown while a window has no document. */
gboolean    rt_window_is_empty       (RtWindow   *self);
/* The file the map was read from or last saved to, or NULL. */
GFile      *rt_window_get_file       (RtWindow   *self);
/* Shows @document (taken by reference) read from @file (may be NULL).
 * @etag is the file's etag as read, so that later changes by other
 * programs can be told from ours. */
void        rt_window_set_document   (RtWindow   *self,
                                      RtDocument *document,
                                      GFile      *file,
                                      const char *etag);
/* The id under which the window keeps its draft (a new uuid by default);
 * a window showing a restored draft takes that draft's id. */
void        rt_window_set_draft_id   (RtWindow   *self,
                                      const char *draft_id);
/* Whether closing the window would lose changes. */
gboolean    rt_window_get_modified   (RtWindow   *self);

/* Asks whether to save, discard or keep unsaved changes, and saves when
 * asked to. Finishes with TRUE when the window may close (nothing unsaved,
 * saved, or discarded), FALSE when the user chose to keep it open or the
 * save did not happen. */
void        rt_window_confirm_close_async  (RtWindow            *self,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rt_window_confirm_close_finish (RtWindow            *self,
                                            GAsyncResult        *result);
/* Closes the window without asking again (after confirm_close). */
void        rt_window_close_confirmed      (RtWindow            *self);

G_END_DECLS

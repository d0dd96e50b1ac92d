/* rt-drafts.h: crash-recovery copies of open maps
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

/* One draft per open window, kept apart from the user's files in a folder
 * of its own: "<id>.roundtable" holds the map, "index.ini" says for each
 * id which file it is a draft of, its title and when it was written. A
 * draft id is 1 to 64 letters, digits, '-' or '_' (g_uuid_string_random()
 * gives one). */

typedef struct {
  char   *id;
  GFile  *origin;  /* the file it is a draft of, or NULL if never saved */
  char   *title;   /* the map's title, or NULL */
  gint64  saved;   /* when the draft was written, seconds since the epoch */
} RtDraftInfo;

#define RT_TYPE_DRAFT_INFO (rt_draft_info_get_type ())
GType        rt_draft_info_get_type  (void) G_GNUC_CONST;
RtDraftInfo *rt_draft_info_copy      (const RtDraftInfo *info);
void         rt_draft_info_free      (RtDraftInfo       *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtDraftInfo, rt_draft_info_free)

#define RT_TYPE_DRAFTS (rt_drafts_get_type ())
G_DECLARE_FINAL_TYPE (RtDrafts, rt_drafts, RT, DRAFTS, GObject)

/* dir NULL: g_get_user_data_dir()/io.github.roundtable.Roundtable/drafts.
 * The folder is made (mode 0700) on the first write. */
RtDrafts    *rt_drafts_new           (const char          *dir);
const char  *rt_drafts_get_dir       (RtDrafts            *self);

/* Writes the draft atomically, then its index entry. origin may be NULL. */
gboolean     rt_drafts_write         (RtDrafts            *self,
                                      const char          *id,
                                      RtDocument          *doc,
                                      GFile               *origin,
                                      GError             **error);
/* Serialises doc in the main loop as rt_save_async() does, then writes in
 * a worker thread. */
void         rt_drafts_write_async   (RtDrafts            *self,
                                      const char          *id,
                                      RtDocument          *doc,
                                      GFile               *origin,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean     rt_drafts_write_finish  (RtDrafts            *self,
                                      GAsyncResult        *result,
                                      GError             **error);

/* Removing a draft that is not there is not an error. */
gboolean     rt_drafts_remove        (RtDrafts            *self,
                                      const char          *id,
                                      GError             **error);

/* Every draft on disk, newest first, as owned RtDraftInfo *. A draft file
 * missing from the index (a crash between the two writes) is listed with
 * its file's time and no origin or title. */
GPtrArray   *rt_drafts_list          (RtDrafts            *self);

/* Reads the draft; RT_IO_ERROR_NOT_FOUND when there is none. */
RtDocument  *rt_drafts_load          (RtDrafts            *self,
                                      const char          *id,
                                      GError             **error);

G_END_DECLS

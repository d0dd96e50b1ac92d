/* rt-window-private.h: what the widgets and the window's own files share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/rt-drafts.h"
#include "rt-window.h"

G_BEGIN_DECLS

/* For the widgets shown in a window. */

/* The map the window shows, or NULL on the start page. Borrowed. */
RtDocument *rt_window_get_document     (RtWindow     *self);
/* The application's settings (io.github.roundtable.Roundtable). Borrowed. */
GSettings  *rt_window_get_settings     (RtWindow     *self);
void        rt_window_show_toast       (RtWindow     *self,
                                        const char   *message);
/* A toast for a change the map refused: the reason, and that nothing
 * changed. */
void        rt_window_show_refusal     (RtWindow     *self,
                                        const char   *reason);
/* An error dialog. The heading names what failed, in header capitals
 * ("Could Not Print “Hours”"); the body says what happened (what, often
 * an error's message), then in a paragraph of its own what was kept and
 * what to do (next). Either may be NULL, not both. */
void        rt_window_show_error       (RtWindow     *self,
                                        const char   *heading,
                                        const char   *what,
                                        const char   *next);
/* What happened when file could not be read, in plain words: the
 * readers' messages as they are, GIO's put as they put theirs
 * ("plan.roundtable: there is no such file."). Free with g_free. */
char       *rt_window_describe_read_error (const GError *error,
                                           GFile        *file);
/* Puts @page (the map canvas) on the map page, in place of whatever was
 * there. The window calls rt_window_update_map_page() whenever its document
 * is replaced (new map, open, reload); that is where the canvas is made. */
void        rt_window_install_map_page (RtWindow     *self,
                                        GtkWidget    *page);

/* The window's own parts. */

struct _RtWindow
{
  AdwApplicationWindow parent_instance;

  /* Template children. */
  AdwWindowTitle  *window_title;
  GtkMenuButton   *primary_menu_button;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  GtkButton       *reload_button;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkWidget       *recent_box;
  GtkListBox      *recent_list;
  GtkBox          *map_bin;

  GSettings    *settings;
  RtDocument   *document;       /* NULL on the start page */
  GFile        *file;           /* NULL until the map is saved */
  GtkWidget    *map_page;       /* borrowed: the child of map_bin */
  GtkWidget    *placeholder;    /* borrowed: map_page when it is the status page */
  GCancellable *cancellable;    /* cancelled in dispose: loads, saves, drafts */

  /* Bumped on every change of the document, so that a save that finishes
   * after further edits does not mark those as saved. */
  guint64       change_serial;

  /* Drafts: the id of this window's draft and the debounce before it is
   * written. */
  char         *draft_id;
  guint         draft_timeout_id;
  gboolean      draft_writing;
  gboolean      draft_pending;            /* write again once this write is done */
  gboolean      draft_remove_after_write; /* removed while being written */
  gboolean      draft_failed;             /* the last write failed; said once */

  /* The file on disk: our last known etag of it, and the monitor that tells
   * when another program changes it. */
  GFileMonitor *monitor;
  char         *etag;
  guint         monitor_check_id;
  guint         save_count;     /* bumped when a save starts and ends */
  gboolean      saving;
  gboolean      changed_on_disk;
  gboolean      deleted_on_disk;

  gboolean      close_confirmed;
  gboolean      asking_to_close;
};

/* rt-window.c */
void        rt_window_update_title         (RtWindow     *self);
void        rt_window_update_map_page      (RtWindow     *self);
void        rt_window_set_file             (RtWindow     *self,
                                            GFile        *file,
                                            const char   *etag);
char       *rt_window_dup_display_name     (RtWindow     *self);
AdwMessageDialog *rt_window_message_dialog (RtWindow     *self,
                                            const char   *heading,
                                            const char   *body);

/* rt-window-actions.c */
void        rt_window_class_add_actions    (GtkWidgetClass *widget_class);
void        rt_window_update_actions       (RtWindow     *self);

/* rt-window-drafts.c */
/* The drafts every window writes, one object for the process so that its
 * lock keeps the index whole when several windows write at once. */
RtDrafts   *rt_window_get_drafts           (void);
void        rt_window_schedule_draft       (RtWindow     *self);
void        rt_window_remove_draft         (RtWindow     *self);

/* rt-window-save.c */
void        rt_window_save_async           (RtWindow            *self,
                                            gboolean             save_as,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rt_window_save_finish          (RtWindow            *self,
                                            GAsyncResult        *result);
void        rt_window_reload               (RtWindow     *self);
void        rt_window_watch_file           (RtWindow     *self);

G_END_DECLS

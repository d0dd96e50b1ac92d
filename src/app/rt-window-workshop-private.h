/* rt-window-workshop-private.h: what the workshop parts of a window share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "widgets/rt-canvas.h"
#include "widgets/rt-person-chip.h"
#include "rt-window-workshop.h"

G_BEGIN_DECLS

/* Attached to the window as object data. Widgets are borrowed: they live
 * in the window. */
typedef struct {
  RtCanvas      *canvas;
  AdwViewStack  *views;
  RtOutlineView *outline;
  RtSearchBar   *search;
  RtInspector   *inspector;
  GtkRevealer   *inspector_revealer;
  RtTimeline    *timeline;
  GtkRevealer   *timeline_revealer;
  RtTimer       *timer;
  GtkWidget     *header_widgets[3];

  /* Presentation: the corner with the speaker and the time left. */
  GtkWidget     *corner;
  RtPersonChip  *corner_chip;
  GtkLabel      *corner_speaker;
  GtkLabel      *corner_time;
  gboolean       presenting;
  gboolean       was_fullscreen;
  GPtrArray     *hidden;        /* owned refs: widgets hidden while presenting */
  double         zoom_before;

  /* Rounds. */
  GtkWidget     *round_bar;
  GtkFlowBox    *round_chips;  /* wraps when the names do not fit in one line */
  gboolean       round;
  GHashTable    *spoken;        /* owned set of owned person ids */
  char          *pending_author; /* a contribution just captured, or NULL */
  guint          advance_id;

  RtDocument    *document;      /* owned: the one whose signals are followed */
  gboolean       syncing;
} RtWindowWorkshop;

RtWindowWorkshop *rt_window_workshop_get        (RtWindow *self);
void              rt_window_workshop_set_state  (RtWindow   *self,
                                                 const char *action,
                                                 GVariant   *state);

/* rt-window-present.c */
void        rt_window_present_init              (RtWindow *self);
void        rt_window_present_set               (RtWindow *self,
                                                 gboolean  presenting);
void        rt_window_present_update_corner     (RtWindow *self);
void        rt_window_rounds_set                (RtWindow *self,
                                                 gboolean  round);
void        rt_window_rounds_next_speaker       (RtWindow *self,
                                                 gboolean  mark_spoken);
void        rt_window_rounds_update_bar         (RtWindow *self);
void        rt_window_rounds_node_added         (RtWindow     *self,
                                                 const RtNode *node);
void        rt_window_rounds_document_changed   (RtWindow *self);
gboolean    rt_window_rounds_place_bar          (GtkOverlay   *overlay,
                                                 GtkWidget    *widget,
                                                 GdkRectangle *allocation,
                                                 RtWindow     *self);

/* rt-window-origins.c */
void        rt_window_show_origins              (RtWindow   *self,
                                                 const char *node_id);

G_END_DECLS

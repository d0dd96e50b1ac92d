/* rt-window-workshop.h: the views, search, inspector, history, rounds,
 * timer and presentation mode of a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-window.h"
#include "widgets/rt-inspector.h"
#include "widgets/rt-outline-view.h"
#include "widgets/rt-search-bar.h"
#include "widgets/rt-timeline.h"
#include "widgets/rt-timer.h"

G_BEGIN_DECLS

/*
 * Adds the outline view, the search bar, the inspector, the history
 * timeline, the round bar, the timer and presentation mode to a window,
 * and these actions, where D-Bus reaches them:
 *
 *   win.view-mode s        "map", "outline" or "ownership" (Ctrl+1/2/3)
 *   win.presentation       boolean state: fullscreen, large text, no chrome (F5)
 *   win.high-contrast      boolean state: the high-contrast setting
 *   win.find               opens the search bar (Ctrl+F)
 *   win.find-next, win.find-previous            (Ctrl+G, Ctrl+Shift+G)
 *   win.show-inspector     boolean state (F4, Ctrl+I)
 *   win.show-timeline      boolean state (Ctrl+H)
 *   win.show-origins       how the cursor node came to be (Ctrl+Shift+O)
 *   win.round              boolean state: a go-round (Ctrl+R)
 *   win.next-speaker       the next present person speaks (Ctrl+.)
 *   win.timer-start u      counts down from that many seconds
 *   win.timer-pause        pauses the countdown
 *
 * Called once, from the window's init, after the map and people parts.
 */
void           rt_window_workshop_init          (RtWindow *self);

/* Borrowed. */
RtOutlineView *rt_window_get_outline            (RtWindow *self);
RtSearchBar   *rt_window_get_search_bar         (RtWindow *self);
RtInspector   *rt_window_get_inspector          (RtWindow *self);
RtTimeline    *rt_window_get_timeline           (RtWindow *self);
RtTimer       *rt_window_get_timer              (RtWindow *self);
/* Person ids who have spoken in the current round (a set). */
GHashTable    *rt_window_get_round_spoken       (RtWindow *self);

G_END_DECLS

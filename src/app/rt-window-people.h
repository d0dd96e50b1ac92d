/* rt-window-people.h: the people panel, the speaker, stances, status and
 * the ownership view of a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-window.h"
#include "widgets/rt-ownership-view.h"
#include "widgets/rt-people-panel.h"

G_BEGIN_DECLS

/*
 * Puts the people panel beside the map (toggled with F9, following the
 * people-panel-visible setting), the speaker in the header bar, and the
 * ownership view beside the map view, and adds the window's people
 * actions, where D-Bus reaches them:
 *
 *   win.show-people          boolean state: the people panel is shown
 *   win.set-speaker s        the person new nodes are credited to ("" for
 *                            nobody); its state is the speaker
 *   win.set-speaker-number i the nth present person speaks (Alt+1 … Alt+9)
 *   win.highlight-person s   the person whose nodes stand out on the map
 *                            ("" for none); state likewise
 *   win.set-author s         re-credits the selected nodes ("" unknown);
 *                            its state is the author of the cursor node
 *   win.toggle-credit s      adds or removes a co-contributor of the
 *                            selected nodes
 *   win.merge-nodes          merges the two selected nodes into the cursor
 *   win.show-view s          "map" or "ownership"
 *
 * Called once, from the window's init, after the map canvas is made.
 */
void             rt_window_people_init         (RtWindow *self);
/* Borrowed. */
RtPeoplePanel   *rt_window_get_people_panel    (RtWindow *self);
RtOwnershipView *rt_window_get_ownership_view  (RtWindow *self);

G_END_DECLS

/* rt-window-map.h: the map canvas of a window and the window's map actions
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-window.h"
#include "widgets/rt-canvas.h"

G_BEGIN_DECLS

/* Puts a canvas on the window's map page, following the window's document
 * and the settings, and adds the map actions (win.add-node, win.arrange,
 * win.export, ...) to the window's action map, where D-Bus reaches them.
 * Called once, from the window's init. */
void        rt_window_map_init            (RtWindow *self);
/* The window's canvas. Borrowed. */
RtCanvas   *rt_window_get_canvas          (RtWindow *self);
/* Enables the map actions for what is open and selected. */
void        rt_window_map_update_actions  (RtWindow *self);

G_END_DECLS

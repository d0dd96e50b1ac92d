/* rt-window-clipboard.h: copying, cutting and pasting nodes
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-clipboard-paste.h"
#include "rt-window.h"

G_BEGIN_DECLS

/*
 * Adds these actions to the window, where D-Bus reaches them:
 *
 *   win.copy    the selected nodes to the clipboard, as a fragment and as
 *               an indented text outline (Ctrl+C)
 *   win.cut     the same, then deletes them (Ctrl+X)
 *   win.paste   a fragment, else text lines, as new nodes (Ctrl+V)
 *
 * The keys are shortcuts of the map and the outline only, so that text
 * fields keep their own copy and paste. Called once, from the window's
 * init, after the map and the outline are made.
 */
void        rt_window_clipboard_init    (RtWindow           *self);

G_END_DECLS

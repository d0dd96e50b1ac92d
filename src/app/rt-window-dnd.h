/* rt-window-dnd.h: opening maps dropped on a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-window.h"

G_BEGIN_DECLS

/* Lets files be dropped on the window's content: .roundtable maps,
 * FreeMind and Freeplane .mm maps and .opml outlines open, the first into
 * this window when it shows the start page, the others in windows of
 * their own. Called once, from the window's init. */
void      rt_window_dnd_init     (RtWindow     *self);

/* What a drop of value (a GdkFileList or a GFile) does; FALSE when it held
 * no file Roundtable opens (a toast says so). */
gboolean  rt_window_dnd_drop     (RtWindow     *self,
                                  const GValue *value);

/* Whether the file's name says it is a map Roundtable opens. */
gboolean  rt_window_dnd_can_open (GFile        *file);

G_END_DECLS

/* rt-window-credits.h: who contributed the selected nodes, and merging
 * them
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-window.h"

G_BEGIN_DECLS

/* Adds win.set-author, win.toggle-credit and win.merge-nodes, and a
 * "Contributed By" submenu to the canvas's node menu. */
void        rt_window_credits_init   (RtWindow   *self);
/* Brings the actions' states and the submenu up to date with the
 * document and the selection. */
void        rt_window_credits_update (RtWindow   *self);
/* Credits a person on a node: as its author when it has none, else as a
 * co-contributor, and says so in a toast. FALSE when nothing changed. */
gboolean    rt_window_credit_node    (RtWindow   *self,
                                      const char *node_id,
                                      const char *person_id);

G_END_DECLS

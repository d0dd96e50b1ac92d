/* rt-outline-row.h: what one row of the outline shows
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rt-outline-node.h"

G_BEGIN_DECLS

#define RT_TYPE_OUTLINE_ROW (rt_outline_row_get_type ())
G_DECLARE_FINAL_TYPE (RtOutlineRow, rt_outline_row, RT, OUTLINE_ROW, GtkWidget)

/*
 * The kind, the text (an entry while the node's "editing" is set), the
 * author's colour and name, and the status of one RtOutlineNode, followed
 * as it changes. Its accessible label, and that of the list row holding
 * it, is the node's "label".
 */

GtkWidget     *rt_outline_row_new      (void);
void           rt_outline_row_set_node (RtOutlineRow  *self,
                                        RtOutlineNode *node);
RtOutlineNode *rt_outline_row_get_node (RtOutlineRow  *self);

G_END_DECLS

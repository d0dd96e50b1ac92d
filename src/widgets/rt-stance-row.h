/* rt-stance-row.h: one person's stance on one node, in the stance editor
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_STANCE_ROW (rt_stance_row_get_type ())
G_DECLARE_FINAL_TYPE (RtStanceRow, rt_stance_row, RT, STANCE_ROW, GtkListBoxRow)

/* Signals: "message" (const char *text). The row does not follow the
 * document: its owner calls rt_stance_row_update() after changes, and
 * rt_stance_row_set_node_id() to show the person's stance on another
 * node (what was being typed in the row is replaced). */

GtkWidget       *rt_stance_row_new            (RtDocument    *document,
                                               const char    *node_id,
                                               const char    *person_id);
const char      *rt_stance_row_get_person_id  (RtStanceRow   *self);
void             rt_stance_row_update         (RtStanceRow   *self);
void             rt_stance_row_set_node_id    (RtStanceRow   *self,
                                               const char    *node_id);
GtkToggleButton *rt_stance_row_get_choice     (RtStanceRow   *self,
                                               RtStanceLevel  level);
GtkEditable     *rt_stance_row_get_text_entry (RtStanceRow   *self);
GtkEditable     *rt_stance_row_get_due_entry  (RtStanceRow   *self);
gboolean         rt_stance_row_is_expanded    (RtStanceRow   *self);

G_END_DECLS

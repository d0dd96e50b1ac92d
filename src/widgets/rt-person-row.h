/* rt-person-row.h: one person in the people panel
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_PERSON_ROW (rt_person_row_get_type ())
G_DECLARE_FINAL_TYPE (RtPersonRow, rt_person_row, RT, PERSON_ROW, GtkListBoxRow)

/*
 * A row shows one person of a document: colour, name, role, whether
 * present, how many nodes they contributed, and the number Alt+N makes
 * them the speaker with. Its menu and controls change the person through
 * commands on the document. The row does not follow the document itself:
 * its owner calls rt_person_row_update() after changes.
 *
 * Dragging the row carries the person id as a string.
 *
 * Signals: "message" (const char *text): something to tell the user, such
 * as why a person cannot be removed.
 */

GtkWidget  *rt_person_row_new           (RtDocument  *document,
                                         const char  *person_id);
const char *rt_person_row_get_person_id (RtPersonRow *self);
/* Shows the person's current values. */
void        rt_person_row_update        (RtPersonRow *self);
/* 1–9, or 0 for no number. */
void        rt_person_row_set_number    (RtPersonRow *self,
                                         guint        number);
guint       rt_person_row_get_number    (RtPersonRow *self);
void        rt_person_row_set_speaking  (RtPersonRow *self,
                                         gboolean     speaking);
gboolean    rt_person_row_get_speaking  (RtPersonRow *self);
/* Opens the popover to rename the person, its entry focused. */
void        rt_person_row_start_rename  (RtPersonRow *self);

G_END_DECLS

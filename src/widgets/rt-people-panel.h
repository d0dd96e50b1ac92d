/* rt-people-panel.h: the people taking part, beside the map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"
#include "rt-stance-editor.h"

G_BEGIN_DECLS

#define RT_TYPE_PEOPLE_PANEL (rt_people_panel_get_type ())
G_DECLARE_FINAL_TYPE (RtPeoplePanel, rt_people_panel, RT, PEOPLE_PANEL, GtkWidget)

/*
 * A row per person of the document (colour, name, role, present, how many
 * nodes they contributed, the number Alt+N goes by), an entry to add
 * people, and below them the stance editor for the selected node. It
 * follows the document's "changed" signal.
 *
 * Activating a row makes that person the speaker: the panel sets its
 * "speaker" property, which its owner follows; the owner also sets it.
 *
 * Properties: "document" (RtDocument), "speaker" (string: a person id, or
 * NULL).
 * Signals: "message" (const char *text): something to tell the user.
 */

GtkWidget      *rt_people_panel_new                (void);
void            rt_people_panel_set_document       (RtPeoplePanel *self,
                                                    RtDocument    *document);
RtDocument     *rt_people_panel_get_document       (RtPeoplePanel *self);
void            rt_people_panel_set_speaker        (RtPeoplePanel *self,
                                                    const char    *person_id);
const char     *rt_people_panel_get_speaker        (RtPeoplePanel *self);
RtStanceEditor *rt_people_panel_get_stance_editor  (RtPeoplePanel *self);
/* Focuses the entry that adds people. */
void            rt_people_panel_focus_entry        (RtPeoplePanel *self);
/* Adds a present participant with the next palette colour, as the entry
 * does. Returns the new person's id, or NULL with a message emitted when
 * the name is empty or already taken. */
char           *rt_people_panel_add_person         (RtPeoplePanel *self,
                                                    const char    *name);
/* The row of a person, or NULL. */
GtkWidget      *rt_people_panel_get_row            (RtPeoplePanel *self,
                                                    const char    *person_id);

/* The id of the nth (from 1) present person in document order, or NULL:
 * whom Alt+N makes the speaker. */
const char     *rt_people_nth_present              (RtDocument    *document,
                                                    guint          n);

G_END_DECLS

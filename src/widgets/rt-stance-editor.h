/* rt-stance-editor.h: where each person stands on one node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_STANCE_EDITOR (rt_stance_editor_get_type ())
G_DECLARE_FINAL_TYPE (RtStanceEditor, rt_stance_editor, RT, STANCE_EDITOR, GtkWidget)

/*
 * For one node: its status, who contributed it, and a row per present
 * person (and per absent person who already took a stance) with a choice
 * of Commit / Agree / Accept / Object / no stance. A commitment opens
 * "What will you do?" and a due date. Every change is a command on the
 * document; the editor follows the document's "changed" signal, once
 * after a burst of changes and only while it is shown (the getters below
 * catch up first). The rows stay from node to node; a row is made only
 * for someone new.
 *
 * Keyboard: Tab moves from row to row (one choice of each row is in the
 * focus chain), Left and Right move between the choices of a row, Space
 * chooses.
 *
 * Properties: "document" (RtDocument), "node-id" (string or NULL).
 * Signals: "message" (const char *text): something to tell the user.
 */

GtkWidget  *rt_stance_editor_new            (void);
void        rt_stance_editor_set_document   (RtStanceEditor *self,
                                             RtDocument     *document);
RtDocument *rt_stance_editor_get_document   (RtStanceEditor *self);
void        rt_stance_editor_set_node_id    (RtStanceEditor *self,
                                             const char     *node_id);
const char *rt_stance_editor_get_node_id    (RtStanceEditor *self);

/* The choice of a level in a person's row, or NULL when the person has no
 * row (for tests and accessibility checks). */
GtkToggleButton *rt_stance_editor_get_choice (RtStanceEditor *self,
                                              const char     *person_id,
                                              RtStanceLevel   level);
/* The "What will you do?" and due date entries of a person's row. */
GtkEditable *rt_stance_editor_get_text_entry (RtStanceEditor *self,
                                              const char     *person_id);
GtkEditable *rt_stance_editor_get_due_entry  (RtStanceEditor *self,
                                              const char     *person_id);
/* Whether the person's row shows the commitment fields. */
gboolean     rt_stance_editor_is_expanded    (RtStanceEditor *self,
                                              const char     *person_id);

G_END_DECLS

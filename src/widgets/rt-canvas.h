/* rt-canvas.h: the map, drawn, navigated and edited at a shared screen
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"
#include "render/rt-renderer.h"

G_BEGIN_DECLS

/* Zoom limits (device pixels per map unit). */
#define RT_CANVAS_MIN_ZOOM 0.02
#define RT_CANVAS_MAX_ZOOM 4.0

#define RT_TYPE_CANVAS (rt_canvas_get_type ())
G_DECLARE_FINAL_TYPE (RtCanvas, rt_canvas, RT, CANVAS, GtkWidget)

/*
 * Properties: "document" (RtDocument), "speaker" (string: the person id new
 * nodes are credited to, or NULL), "text-scale" (double), "high-contrast"
 * (boolean), "show-minimap" (boolean), "zoom" (double), "editing" (boolean,
 * read-only), "highlight-person" (string: a person id whose contributions
 * stand out while everything else is faded, or NULL).
 * Signals: "selection-changed" () whenever the selected nodes, the cursor
 * node or the selected link change.
 */

GtkWidget    *rt_canvas_new                (void);

void          rt_canvas_set_document       (RtCanvas     *self,
                                            RtDocument   *document);
RtDocument   *rt_canvas_get_document       (RtCanvas     *self);
/* Gives up the drag under way (Escape): moved nodes go back and leave no
 * step in the history, a link being drawn and a rubber band go, a pan
 * returns. The rest of the drag is ignored until the release. FALSE when
 * there was none. */
gboolean      rt_canvas_cancel_drag        (RtCanvas     *self);
/* Sizes measured ahead (rt_file_load_measured_async) for the next
 * document set: its first layout then looks them up instead of measuring
 * every label in the main loop. Sizes at another text scale are ignored. */
void          rt_canvas_set_sizes_ahead    (RtCanvas     *self,
                                            RtMetrics    *sizes);
RtRenderer   *rt_canvas_get_renderer       (RtCanvas     *self);
void          rt_canvas_set_speaker        (RtCanvas     *self,
                                            const char   *person_id);
const char   *rt_canvas_get_speaker        (RtCanvas     *self);
void          rt_canvas_set_highlight_person (RtCanvas   *self,
                                            const char   *person_id);
const char   *rt_canvas_get_highlight_person (RtCanvas   *self);
/* What the workshop tools show. Nodes whose ids are in dimmed (a set,
 * referenced; NULL for none) are faded, as search does with what does not
 * match; call again after changing the set. Only the first limit nodes in
 * creation order are drawn (the history timeline; negative: all). A
 * presentation draws no hover and stronger strokes. */
void          rt_canvas_set_dimmed         (RtCanvas     *self,
                                            GHashTable   *dimmed);
void          rt_canvas_set_history_limit  (RtCanvas     *self,
                                            int           limit);
int           rt_canvas_get_history_limit  (RtCanvas     *self);
void          rt_canvas_set_presentation   (RtCanvas     *self,
                                            gboolean      presentation);
gboolean      rt_canvas_get_presentation   (RtCanvas     *self);
void          rt_canvas_set_text_scale     (RtCanvas     *self,
                                            double        text_scale);
double        rt_canvas_get_text_scale     (RtCanvas     *self);
void          rt_canvas_set_high_contrast  (RtCanvas     *self,
                                            gboolean      high_contrast);
gboolean      rt_canvas_get_high_contrast  (RtCanvas     *self);
void          rt_canvas_set_show_minimap   (RtCanvas     *self,
                                            gboolean      show_minimap);
gboolean      rt_canvas_get_show_minimap   (RtCanvas     *self);

/* The view. Zooming keeps the centre of the viewport where it is. */
void          rt_canvas_get_view           (RtCanvas     *self,
                                            RtView       *view);
double        rt_canvas_get_zoom           (RtCanvas     *self);
void          rt_canvas_set_zoom           (RtCanvas     *self,
                                            double        zoom);
void          rt_canvas_zoom_in            (RtCanvas     *self);
void          rt_canvas_zoom_out           (RtCanvas     *self);
/* The whole map in view, at most 100 %. */
void          rt_canvas_zoom_fit           (RtCanvas     *self);
/* The selected nodes in view, at most 100 %. */
void          rt_canvas_zoom_selection     (RtCanvas     *self);
/* Shows the map point at the viewport's centre. */
void          rt_canvas_center_on          (RtCanvas     *self,
                                            double        x,
                                            double        y);

/* The selection: node ids in document order, a new NULL-terminated array. */
char        **rt_canvas_get_selection      (RtCanvas     *self);
guint         rt_canvas_get_n_selected     (RtCanvas     *self);
/* The selected node keyboard commands act on, or NULL. */
const char   *rt_canvas_get_cursor         (RtCanvas     *self);
const RtLink *rt_canvas_get_selected_link  (RtCanvas     *self);
/* Selects the node (extend: adds it) and makes it the cursor. */
void          rt_canvas_select_node        (RtCanvas     *self,
                                            const char   *node_id,
                                            gboolean      extend);
void          rt_canvas_select_link        (RtCanvas     *self,
                                            const RtLink *link);
void          rt_canvas_select_all         (RtCanvas     *self);
void          rt_canvas_unselect_all       (RtCanvas     *self);

/* A section the context menu of nodes shows before Delete (items of the
 * window's own, such as who contributed the node), or NULL. */
void          rt_canvas_set_node_menu_extra (RtCanvas    *self,
                                            GMenuModel   *model);

/* Capture. Each starts editing a new node in place; the node enters the
 * document, linked and placed, as one undo step when the text is
 * committed, and not at all when it is cancelled or left empty. */

/* A child of the cursor node, of the natural kind. */
gboolean      rt_canvas_add_child          (RtCanvas     *self);
/* A node of the cursor node's kind under the same parent. */
gboolean      rt_canvas_add_sibling        (RtCanvas     *self);
/* A node of kind: a child of the cursor node if there is one, else at the
 * centre of the view. */
gboolean      rt_canvas_add_node           (RtCanvas     *self,
                                            RtNodeKind    kind);
/* Adds a node exactly as typing text with nothing being edited and
 * committing it would (a child of the cursor node, else a problem at the
 * centre of the view; a leading ? ! + - # chooses the kind). Returns the
 * new node's id, selected. */
char         *rt_canvas_capture            (RtCanvas     *self,
                                            const char   *text,
                                            GError      **error);

/* Editing the cursor node's text in place. */
gboolean      rt_canvas_edit_selected      (RtCanvas     *self);
gboolean      rt_canvas_get_editing        (RtCanvas     *self);
/* Ends editing, keeping what was typed; FALSE when nothing was edited. */
gboolean      rt_canvas_commit_edit        (RtCanvas     *self);
void          rt_canvas_cancel_edit        (RtCanvas     *self);

/* Changes to the selection, each one undo step. */
gboolean      rt_canvas_delete_selection   (RtCanvas     *self);
gboolean      rt_canvas_set_selection_kind (RtCanvas     *self,
                                            RtNodeKind    kind);
gboolean      rt_canvas_set_selection_status (RtCanvas   *self,
                                            RtStatus      status);
/* Whether any selected node can take the status. */
gboolean      rt_canvas_selection_has_status (RtCanvas   *self);

/* Lays out every unpinned node again, one undo step, animated. */
void          rt_canvas_arrange            (RtCanvas     *self);
/* Whether an arrangement is being animated. */
gboolean      rt_canvas_is_animating       (RtCanvas     *self);

G_END_DECLS

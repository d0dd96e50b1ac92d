/* test-canvas.c: capturing on the map canvas in a real window: by keys
 * and by action, editing in place, undo
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "canvas-fixture.h"
#include "io/rt-xml-reader.h"

static void
test_canvas_new_and_destroy (void)
{
  GtkWidget *canvas = rt_canvas_new ();
  g_autoptr(RtDocument) doc = make_document ();

  g_object_ref_sink (canvas);
  rt_canvas_set_document (RT_CANVAS (canvas), doc);
  g_assert_nonnull (rt_canvas_get_renderer (RT_CANVAS (canvas)));
  rt_canvas_set_document (RT_CANVAS (canvas), NULL);
  g_assert_null (rt_canvas_get_renderer (RT_CANVAS (canvas)));
  g_assert_finalize_object (canvas);
}

/* A map whose nodes have no places is laid out when shown, and is neither
 * modified nor undoable for it. */
static void
test_canvas_places_on_load (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples",
                                            "saturday-library.roundtable", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_xml_read_file (path, &error);
  RtWindow *window;
  guint unplaced = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < rt_document_get_n_nodes (doc); i++)
    unplaced += !rt_document_get_node (doc, i)->has_position;
  g_assert_cmpuint (unplaced, >, 10);

  window = rt_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  rt_window_set_document (window, doc, NULL, NULL);
  for (guint i = 0; i < rt_document_get_n_nodes (doc); i++)
    g_assert_true (rt_document_get_node (doc, i)->has_position);
  g_assert_false (rt_document_get_modified (doc));
  g_assert_false (rt_document_can_undo (doc));
  g_assert_false (rt_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
}

/* Tab adds a child of the natural kind, typed in place; Enter keeps it.
 * The node, its link and its place are one undo step. */
static void
test_canvas_tab_adds_child (Fixture       *f,
                            gconstpointer  data)
{
  const RtNode *node;
  const RtLink *link;
  guint steps = rt_document_get_history_length (f->doc);
  gint64 before = rt_time_now ();
  g_autofree char *id = NULL;

  rt_canvas_select_node (f->canvas, "n1", FALSE);
  press (f->canvas, GDK_KEY_Tab, 0);
  g_assert_true (rt_canvas_get_editing (f->canvas));
  /* Nothing enters the map before the text is kept. */
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 1);
  type_text (f->canvas, "A monthly volunteer rota");
  press (f->canvas, GDK_KEY_Return, 0);
  g_assert_false (rt_canvas_get_editing (f->canvas));

  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 2);
  node = cursor_node (f);
  id = g_strdup (node->id);
  g_assert_cmpint (node->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (node->text, ==, "A monthly volunteer rota");
  g_assert_null (node->details);
  g_assert_cmpstr (node->by, ==, "p2");
  g_assert_cmpint (node->created, >=, before);
  g_assert_true (node->has_position);
  g_assert_false (node->pinned);
  g_assert_cmpfloat (node->x, >, 0.0);
  link = only_link_from (f->doc, node->id);
  g_assert_cmpstr (link->to, ==, "n1");
  g_assert_cmpint (link->kind, ==, RT_LINK_RESPONDS_TO);
  g_assert_cmpstr (link->by, ==, "p2");
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 1);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps + 1);
  g_assert_true (rt_document_get_modified (f->doc));

  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 1);
  g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 0);
  g_assert_null (rt_document_lookup_node (f->doc, id));
  g_assert_null (rt_canvas_get_cursor (f->canvas));
  g_assert_false (rt_document_get_modified (f->doc));
}

/* Typing on a selected node starts a child; a leading mark picks the
 * kind, and the link follows the kind. Each is one undo step. */
static void
test_canvas_typing_and_marks (Fixture       *f,
                              gconstpointer  data)
{
  static const struct {
    const char *typed;
    const char *text;
    RtNodeKind  kind;
    RtLinkKind  link;
  } cases[] = {
    { "?Who holds the keys", "Who holds the keys", RT_NODE_PROBLEM, RT_LINK_ARISES_FROM },
    { "! Pay overtime", "Pay overtime", RT_NODE_RESPONSE, RT_LINK_RESPONDS_TO },
    { "+Neighbours offered", "Neighbours offered", RT_NODE_PRO, RT_LINK_SUPPORTS },
    { "-Costs too much", "Costs too much", RT_NODE_CON, RT_LINK_OPPOSES },
    { "#Closed since 2024", "Closed since 2024", RT_NODE_NOTE, RT_LINK_RELATES_TO },
    { "-5 degrees in the hall", "-5 degrees in the hall", RT_NODE_RESPONSE, RT_LINK_RESPONDS_TO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RtNode *node;
      const RtLink *link;

      rt_canvas_select_node (f->canvas, "n1", FALSE);
      /* The first character goes through the canvas, the rest through the
       * editor it opens. */
      g_assert_true (rt_canvas_handle_text (f->canvas, (char[]) { cases[i].typed[0], '\0' }));
      type_text (f->canvas, cases[i].typed + 1);
      press (f->canvas, GDK_KEY_Return, 0);

      g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 2);
      node = cursor_node (f);
      g_assert_cmpstr (node->text, ==, cases[i].text);
      g_assert_cmpint (node->kind, ==, cases[i].kind);
      link = only_link_from (f->doc, node->id);
      g_assert_cmpstr (link->to, ==, "n1");
      g_assert_cmpint (link->kind, ==, cases[i].link);

      g_assert_true (rt_document_undo (f->doc));
      g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 1);
      g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 0);
    }

  /* Space alone starts nothing. */
  rt_canvas_select_node (f->canvas, "n1", FALSE);
  g_assert_false (rt_canvas_handle_text (f->canvas, " "));
  g_assert_false (rt_canvas_get_editing (f->canvas));
}

/* Enter keeps what was typed; a second Enter adds a sibling; capturing a
 * contribution costs its words and at most two keys. */
static void
test_canvas_enter_adds_sibling (Fixture       *f,
                                gconstpointer  data)
{
  const RtNode *first, *second;
  g_autofree char *first_id = NULL;

  rt_canvas_select_node (f->canvas, "n1", FALSE);
  g_assert_true (rt_canvas_handle_text (f->canvas, "A"));
  type_text (f->canvas, " monthly rota");
  press (f->canvas, GDK_KEY_Return, 0);
  first = cursor_node (f);
  first_id = g_strdup (first->id);
  g_assert_cmpint (first->kind, ==, RT_NODE_RESPONSE);

  press (f->canvas, GDK_KEY_Return, 0);
  g_assert_true (rt_canvas_get_editing (f->canvas));
  type_text (f->canvas, "Move Monday hours to Saturday");
  press (f->canvas, GDK_KEY_Return, 0);

  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 3);
  second = cursor_node (f);
  g_assert_cmpstr (second->id, !=, first_id);
  g_assert_cmpint (second->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (only_link_from (f->doc, second->id)->to, ==, "n1");
  /* Siblings do not overlap. */
  first = rt_document_lookup_node (f->doc, first_id);
  g_assert_true (first->x != second->x || first->y != second->y);

  /* Tab while typing keeps it and goes on with a child of it. */
  press (f->canvas, GDK_KEY_Tab, 0);
  type_text (f->canvas, "Neighbours like it");
  press (f->canvas, GDK_KEY_Tab, 0);
  g_assert_true (rt_canvas_get_editing (f->canvas));
  type_text (f->canvas, "-Needs a key holder");
  press (f->canvas, GDK_KEY_Return, 0);
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 5);
  g_assert_cmpint (cursor_node (f)->kind, ==, RT_NODE_CON);
  {
    const RtLink *link = only_link_from (f->doc, cursor_node (f)->id);
    const RtNode *pro = rt_document_lookup_node (f->doc, link->to);

    g_assert_cmpint (pro->kind, ==, RT_NODE_PRO);
    g_assert_cmpstr (pro->text, ==, "Neighbours like it");
    g_assert_cmpstr (only_link_from (f->doc, pro->id)->to, ==, second->id);
  }

  for (int i = 0; i < 4; i++)
    g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 1);
}

/* With nothing selected, typing starts a problem in the middle of the
 * view; Enter does too. Escape cancels without a trace. */
static void
test_canvas_new_problem (Fixture       *f,
                         gconstpointer  data)
{
  const RtNode *node;
  RtView view;
  RtRect visible;
  guint steps;

  rt_canvas_unselect_all (f->canvas);
  g_assert_true (rt_canvas_handle_text (f->canvas, "H"));
  type_text (f->canvas, "ow do we heat the building?");
  press (f->canvas, GDK_KEY_Return, 0);
  node = cursor_node (f);
  g_assert_cmpint (node->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpstr (node->text, ==, "How do we heat the building?");
  g_assert_cmpuint (rt_document_get_links_from (f->doc, node->id)->len, ==, 0);
  g_assert_true (node->has_position);
  g_assert_true (wait_until (not_animating, f->canvas));
  rt_canvas_get_view (f->canvas, &view);
  rt_view_get_visible (&view, &visible);
  g_assert_true (rt_rect_contains (&visible, node->x, node->y));
  /* Not on top of the problem that was there. */
  g_assert_true (node->x != 0.0 || node->y != 0.0);

  steps = rt_document_get_history_length (f->doc);
  rt_canvas_unselect_all (f->canvas);
  press (f->canvas, GDK_KEY_Return, 0);
  g_assert_true (rt_canvas_get_editing (f->canvas));
  type_text (f->canvas, "Never mind");
  press (f->canvas, GDK_KEY_Escape, 0);
  g_assert_false (rt_canvas_get_editing (f->canvas));
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 2);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps);

  /* Nothing typed: nothing added. */
  rt_canvas_select_node (f->canvas, "n1", FALSE);
  press (f->canvas, GDK_KEY_Tab, 0);
  press (f->canvas, GDK_KEY_Return, 0);
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 2);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps);
}

/* F2 edits in place; Shift+Enter starts the details; one undo step. */
static void
test_canvas_edit_in_place (Fixture       *f,
                           gconstpointer  data)
{
  GtkTextBuffer *buffer;
  g_autofree char *shown = NULL;
  GtkTextIter start, end;
  const RtNode *node;

  rt_canvas_select_node (f->canvas, "n1", FALSE);
  press (f->canvas, GDK_KEY_F2, 0);
  g_assert_true (rt_canvas_get_editing (f->canvas));
  buffer = rt_canvas_get_editor_buffer (f->canvas);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "Who staffs the library on Saturdays?");
  g_assert_true (gtk_widget_get_visible (f->canvas->editor));
  g_assert_true (gtk_widget_has_focus (f->canvas->editor));

  /* Shift+Enter is left to the text view: a line break. */
  g_assert_false (rt_canvas_editor_key (f->canvas, GDK_KEY_Return, GDK_SHIFT_MASK));
  gtk_text_buffer_set_text (buffer, "Who opens the library on Saturdays?\nSince the 2024 cut", -1);
  press (f->canvas, GDK_KEY_Return, 0);
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpstr (node->text, ==, "Who opens the library on Saturdays?");
  g_assert_cmpstr (node->details, ==, "Since the 2024 cut");
  g_assert_cmpstr (node->modified_by, ==, "p2");
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "n1");

  g_assert_true (rt_document_undo (f->doc));
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpstr (node->text, ==, "Who staffs the library on Saturdays?");
  g_assert_null (node->details);
  g_assert_false (rt_document_can_undo (f->doc));

  /* Escape leaves it as it was; a mark typed in front changes the kind. */
  press (f->canvas, GDK_KEY_F2, 0);
  gtk_text_buffer_set_text (buffer, "Something else", -1);
  press (f->canvas, GDK_KEY_Escape, 0);
  g_assert_cmpstr (rt_document_lookup_node (f->doc, "n1")->text, ==,
                   "Who staffs the library on Saturdays?");
  press (f->canvas, GDK_KEY_F2, 0);
  gtk_text_buffer_set_text (buffer, "#Saturday staffing", -1);
  press (f->canvas, GDK_KEY_Return, 0);
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpint (node->kind, ==, RT_NODE_NOTE);
  g_assert_cmpstr (node->text, ==, "Saturday staffing");
  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpint (rt_document_lookup_node (f->doc, "n1")->kind, ==, RT_NODE_PROBLEM);
}

/* The window's actions, as D-Bus and the menus reach them. */
static void
test_canvas_window_actions (Fixture       *f,
                            gconstpointer  data)
{
  GActionGroup *group = G_ACTION_GROUP (f->window);
  const RtNode *node;
  g_autofree char *id = NULL;

  rt_canvas_unselect_all (f->canvas);
  g_assert_true (g_action_group_get_action_enabled (group, "capture"));
  g_assert_false (g_action_group_get_action_enabled (group, "add-child"));
  g_assert_false (g_action_group_get_action_enabled (group, "delete"));
  g_assert_true (g_action_group_get_action_enabled (group, "export"));

  g_action_group_change_action_state (group, "speaker", g_variant_new_string ("p1"));
  g_assert_cmpstr (rt_canvas_get_speaker (f->canvas), ==, "p1");
  g_action_group_activate_action (group, "capture", g_variant_new_string ("?Who staffs Saturdays?"));
  node = cursor_node (f);
  id = g_strdup (node->id);
  g_assert_cmpint (node->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpstr (node->text, ==, "Who staffs Saturdays?");
  g_assert_cmpstr (node->by, ==, "p1");
  g_assert_true (g_action_group_get_action_enabled (group, "add-child"));
  g_assert_true (g_action_group_get_action_enabled (group, "delete"));

  /* A capture with a node selected is its child. */
  g_action_group_activate_action (group, "capture", g_variant_new_string ("Volunteers"));
  g_assert_cmpint (cursor_node (f)->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (only_link_from (f->doc, cursor_node (f)->id)->to, ==, id);

  g_action_group_activate_action (group, "set-status", g_variant_new_string ("adopted"));
  g_assert_cmpint (cursor_node (f)->status, ==, RT_STATUS_ADOPTED);
  g_action_group_activate_action (group, "set-kind", g_variant_new_string ("pro"));
  g_assert_cmpint (cursor_node (f)->kind, ==, RT_NODE_PRO);
  g_assert_cmpint (cursor_node (f)->status, ==, RT_STATUS_NONE);

  g_action_group_activate_action (group, "add-node", g_variant_new_string ("note"));
  g_assert_true (rt_canvas_get_editing (f->canvas));
  g_assert_false (g_action_group_get_action_enabled (group, "edit"));
  type_text (f->canvas, "Heating costs £85 a day");
  g_assert_true (rt_canvas_commit_edit (f->canvas));
  g_assert_cmpint (cursor_node (f)->kind, ==, RT_NODE_NOTE);

  g_action_group_activate_action (group, "select-all", NULL);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 4);
  g_action_group_activate_action (group, "delete", NULL);
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 0);
  g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 0);
  g_assert_false (g_action_group_get_action_enabled (group, "export"));
  /* All of them in one step. */
  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpuint (rt_document_get_n_nodes (f->doc), ==, 4);
  g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 2);

  /* The overview follows the setting both ways. */
  {
    gboolean shown = rt_canvas_get_show_minimap (f->canvas);

    g_action_group_activate_action (group, "show-minimap", NULL);
    g_assert_true (rt_canvas_get_show_minimap (f->canvas) == !shown);
    g_action_group_activate_action (group, "show-minimap", NULL);
    g_assert_true (rt_canvas_get_show_minimap (f->canvas) == shown);
  }
}

/* Two nodes to drag: n1 at the origin and a response at 500, 0, at zoom 1
 * with the view centred between them; the history holds the response. */
static void
add_response (Fixture *f,
              RtView  *view)
{
  g_autoptr(RtNode) answer = rt_node_new ("a", RT_NODE_RESPONSE);

  answer->has_position = TRUE;
  answer->x = 500;
  answer->y = 0;
  g_assert_true (rt_canvas_execute (f->canvas, rt_command_add_node (answer, -1)));
  rt_canvas_set_zoom (f->canvas, 1.0);
  rt_canvas_center_on (f->canvas, 250, 0);
  g_assert_true (wait_until (view_still, f->canvas));
  rt_canvas_get_view (f->canvas, view);
}

/* Escape while nodes are dragged puts them back and leaves the document
 * and its history as they were; the gesture ignores the rest of the drag. */
static void
test_canvas_escape_move (Fixture       *f,
                         gconstpointer  data)
{
  GtkGesture *drag = f->canvas->drag;
  const RtNode *node;
  RtView view;
  double sx, sy;
  guint steps;

  add_response (f, &view);
  rt_canvas_select_node (f->canvas, "n1", FALSE);
  rt_canvas_select_node (f->canvas, "a", TRUE);
  rt_document_mark_saved (f->doc);
  steps = rt_document_get_history_length (f->doc);
  g_assert_cmpstr (rt_document_get_undo_label (f->doc), !=, NULL);

  /* Through the drag gesture's own signals. */
  rt_view_map_to_screen (&view, 0, 0, &sx, &sy);
  g_signal_emit_by_name (drag, "drag-begin", sx, sy);
  g_signal_emit_by_name (drag, "drag-update", 40.0, 20.0);
  g_signal_emit_by_name (drag, "drag-update", 80.0, 40.0);
  g_assert_cmpint (f->canvas->drag_mode, ==, RT_DRAG_MOVE);
  g_assert_cmpfloat_with_epsilon (rt_document_lookup_node (f->doc, "n1")->x, 80.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (rt_document_lookup_node (f->doc, "a")->y, 40.0, 1e-9);
  g_assert_true (rt_document_get_modified (f->doc));

  press (f->canvas, GDK_KEY_Escape, 0);
  g_assert_cmpint (f->canvas->drag_mode, ==, RT_DRAG_NONE);
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpfloat (node->x, ==, 0.0);
  g_assert_cmpfloat (node->y, ==, 0.0);
  node = rt_document_lookup_node (f->doc, "a");
  g_assert_cmpfloat (node->x, ==, 500.0);
  g_assert_cmpfloat (node->y, ==, 0.0);
  g_assert_false (node->pinned);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps);
  g_assert_false (rt_document_can_redo (f->doc));
  g_assert_false (rt_document_get_modified (f->doc));
  g_assert_cmpstr (rt_document_get_undo_label (f->doc), !=, "Move");
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);

  /* The rest of that drag does nothing, its end neither. */
  g_signal_emit_by_name (drag, "drag-update", 120.0, 60.0);
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "n1")->x, ==, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 120.0, 60.0);
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "n1")->x, ==, 0.0);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);
  g_assert_false (rt_document_get_modified (f->doc));

  /* Without a drag Escape clears the selection as before. */
  press (f->canvas, GDK_KEY_Escape, 0);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 0);

  /* The next drag moves again, as one step. */
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy, sx + 80, sy + 40);
  g_assert_cmpfloat_with_epsilon (rt_document_lookup_node (f->doc, "n1")->x, 80.0, 1e-9);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps + 1);
  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "n1")->x, ==, 0.0);

  /* A change from elsewhere in the middle of a drag stays; the node goes
   * back all the same. */
  rt_canvas_drag_press (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy);
  rt_canvas_drag_motion (f->canvas, sx + 60, sy);
  g_assert_true (rt_canvas_execute (f->canvas, rt_command_set_text ("a", "Volunteers", "p1")));
  rt_canvas_drag_motion (f->canvas, sx + 90, sy + 30);
  g_assert_cmpfloat_with_epsilon (rt_document_lookup_node (f->doc, "n1")->x, 90.0, 1e-9);
  g_assert_true (rt_canvas_cancel_drag (f->canvas));
  rt_canvas_drag_release (f->canvas);
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpfloat (node->x, ==, 0.0);
  g_assert_cmpfloat (node->y, ==, 0.0);
  g_assert_cmpstr (rt_document_lookup_node (f->doc, "a")->text, ==, "Volunteers");
}

/* Escape while a link is drawn: no link; during a rubber band: the
 * selection as it was; during a pan: the view as it was. */
static void
test_canvas_escape_link_band_pan (Fixture       *f,
                                  gconstpointer  data)
{
  RtMetrics *metrics = rt_renderer_get_metrics (rt_canvas_get_renderer (f->canvas));
  RtView view, after;
  RtRect rect;
  double sx, sy, ex, ey;
  guint steps;

  add_response (f, &view);
  steps = rt_document_get_history_length (f->doc);

  /* From the response's left edge onto the problem. */
  rt_metrics_get_rect (metrics, rt_document_lookup_node (f->doc, "a"), &rect);
  rt_view_map_to_screen (&view, rect.x, rect.y + rect.height / 2.0, &ex, &ey);
  rt_view_map_to_screen (&view, 0, 0, &sx, &sy);
  rt_canvas_drag_press (f->canvas, GDK_BUTTON_PRIMARY, 0, ex + 2, ey);
  rt_canvas_drag_motion (f->canvas, (ex + sx) / 2, ey);
  rt_canvas_drag_motion (f->canvas, sx, sy);
  g_assert_cmpint (f->canvas->drag_mode, ==, RT_DRAG_LINK);
  g_assert_cmpstr (f->canvas->link_target, ==, "n1");
  g_assert_true (rt_canvas_handle_key (f->canvas, GDK_KEY_Escape, 0));
  g_assert_cmpint (f->canvas->drag_mode, ==, RT_DRAG_NONE);
  g_assert_null (f->canvas->link_target);
  g_assert_false (rt_canvas_drag_motion (f->canvas, sx + 5, sy));
  rt_canvas_drag_release (f->canvas);
  g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 0);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps);
  g_assert_null (rt_canvas_get_selected_link (f->canvas));

  /* A band over both with the response selected: it shows both while
   * drawn, only the response after Escape. */
  rt_canvas_select_node (f->canvas, "a", FALSE);
  rt_view_map_to_screen (&view, -150, -100, &sx, &sy);
  rt_view_map_to_screen (&view, 650, 100, &ex, &ey);
  rt_canvas_drag_press (f->canvas, GDK_BUTTON_PRIMARY, GDK_SHIFT_MASK, sx, sy);
  rt_canvas_drag_motion (f->canvas, ex, ey);
  g_assert_cmpint (f->canvas->drag_mode, ==, RT_DRAG_BAND);
  g_assert_cmpuint (g_hash_table_size (f->canvas->band_preview), ==, 2);
  g_assert_true (rt_canvas_handle_key (f->canvas, GDK_KEY_Escape, GDK_SHIFT_MASK));
  rt_canvas_drag_motion (f->canvas, ex + 10, ey);
  rt_canvas_drag_release (f->canvas);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 1);
  g_assert_true (g_hash_table_contains (f->canvas->selection, "a"));
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "a");

  /* A pan goes back. */
  rt_canvas_drag_press (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy);
  rt_canvas_drag_motion (f->canvas, sx + 100, sy + 30);
  rt_canvas_get_view (f->canvas, &after);
  g_assert_cmpfloat_with_epsilon (after.x, view.x - 100.0, 1e-6);
  g_assert_true (rt_canvas_cancel_drag (f->canvas));
  rt_canvas_drag_release (f->canvas);
  rt_canvas_get_view (f->canvas, &after);
  g_assert_cmpfloat (after.x, ==, view.x);
  g_assert_cmpfloat (after.y, ==, view.y);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 1);
  g_assert_false (rt_canvas_cancel_drag (f->canvas));
}

static gboolean
scrolled_right (gpointer data)
{
  RtCanvas *canvas = data;

  return canvas->view.x > canvas->pan_x0 + 60.0;
}

/* A node dragged to the right edge scrolls the view that way, frame by
 * frame, and stays under the pointer; away from the edge it stops. */
static void
test_canvas_autoscroll_move (Fixture       *f,
                             gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  const RtNode *node;
  RtView view;
  double sx, sy, px, mx, my;
  guint steps;

  add_response (f, &view);
  steps = rt_document_get_history_length (f->doc);
  rt_view_map_to_screen (&view, 0, 0, &sx, &sy);
  rt_canvas_drag_press (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy);
  rt_canvas_drag_motion (f->canvas, sx + 40, sy);
  g_assert_cmpuint (f->canvas->autoscroll_id, ==, 0);
  /* Into the zone along the right edge. */
  px = width - 8;
  rt_canvas_drag_motion (f->canvas, px, sy);
  g_assert_cmpuint (f->canvas->autoscroll_id, !=, 0);
  g_assert_true (wait_until (scrolled_right, f->canvas));

  /* The node is still under the pointer. */
  rt_canvas_get_view (f->canvas, &view);
  g_assert_cmpfloat (view.y, ==, f->canvas->pan_y0);
  rt_view_screen_to_map (&view, px, sy, &mx, &my);
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpfloat_with_epsilon (node->x, mx, 1e-6);
  g_assert_cmpfloat_with_epsilon (node->y, my, 1e-6);

  /* Back from the edge: it stops. */
  rt_canvas_drag_motion (f->canvas, width / 2.0, sy);
  g_assert_cmpuint (f->canvas->autoscroll_id, ==, 0);
  rt_canvas_get_view (f->canvas, &view);
  run_pending ();
  g_assert_cmpfloat (f->canvas->view.x, ==, view.x);

  /* Nearer the edge is faster, past it faster still. */
  {
    double x0;

    rt_canvas_drag_motion (f->canvas, width - 20, sy);
    x0 = f->canvas->view.x;
    rt_canvas_autoscroll_step (f->canvas, 0.1);
    mx = f->canvas->view.x - x0;
    g_assert_cmpfloat (mx, >, 0.0);
    rt_canvas_drag_motion (f->canvas, width - 2, sy);
    x0 = f->canvas->view.x;
    rt_canvas_autoscroll_step (f->canvas, 0.1);
    my = f->canvas->view.x - x0;
    g_assert_cmpfloat (my, >, mx);
    rt_canvas_drag_motion (f->canvas, width + 40, sy);
    x0 = f->canvas->view.x;
    rt_canvas_autoscroll_step (f->canvas, 0.1);
    g_assert_cmpfloat (f->canvas->view.x - x0, >, my);
  }

  /* The release ends it; the whole drag is one step. */
  rt_canvas_drag_release (f->canvas);
  g_assert_cmpuint (f->canvas->autoscroll_id, ==, 0);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps + 1);
  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "n1")->x, ==, 0.0);
}

/* A rubber band dragged to the left edge scrolls that way; its corner
 * stays on the map where it was pressed, so it reaches nodes out of the
 * view it started in and keeps those it covered. */
static void
test_canvas_autoscroll_band (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(RtNode) far = rt_node_new ("far", RT_NODE_NOTE);
  RtView view;
  RtRect visible;
  double sx, sy, ax, ay, ax0, ay0;

  add_response (f, &view);
  rt_view_get_visible (&view, &visible);
  far->has_position = TRUE;
  far->x = visible.x - 400;
  far->y = 0;
  g_assert_true (rt_canvas_execute (f->canvas, rt_command_add_node (far, -1)));
  rt_canvas_unselect_all (f->canvas);

  /* From right of the problem, up and left to the edge. */
  rt_view_map_to_screen (&view, 150, -100, &sx, &sy);
  rt_canvas_drag_press (f->canvas, GDK_BUTTON_PRIMARY, GDK_SHIFT_MASK, sx, sy);
  rt_canvas_drag_motion (f->canvas, 4, sy + 200);
  g_assert_cmpint (f->canvas->drag_mode, ==, RT_DRAG_BAND);
  g_assert_cmpuint (f->canvas->autoscroll_id, !=, 0);
  g_assert_true (g_hash_table_contains (f->canvas->band_preview, "n1"));
  g_assert_false (g_hash_table_contains (f->canvas->band_preview, "far"));
  rt_canvas_get_drag_anchor (f->canvas, &ax0, &ay0);
  g_assert_cmpfloat (ax0, ==, sx);

  for (int i = 0; i < 40 && !g_hash_table_contains (f->canvas->band_preview, "far"); i++)
    rt_canvas_autoscroll_step (f->canvas, 0.05);
  g_assert_true (g_hash_table_contains (f->canvas->band_preview, "far"));
  /* The corner moved right with the map; the problem is still in. */
  rt_canvas_get_drag_anchor (f->canvas, &ax, &ay);
  g_assert_cmpfloat_with_epsilon (ax - ax0, (view.x - f->canvas->view.x) * view.scale, 1e-6);
  g_assert_cmpfloat (ay, ==, ay0);
  g_assert_true (g_hash_table_contains (f->canvas->band_preview, "n1"));
  g_assert_false (g_hash_table_contains (f->canvas->band_preview, "a"));

  rt_canvas_drag_release (f->canvas);
  g_assert_cmpuint (f->canvas->autoscroll_id, ==, 0);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);
  g_assert_true (g_hash_table_contains (f->canvas->selection, "n1"));
  g_assert_true (g_hash_table_contains (f->canvas->selection, "far"));
}

/* Arrows go to the nearest node that way; Shift adds it. */
int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/canvas/new-and-destroy", test_canvas_new_and_destroy);
  g_test_add_func ("/canvas/places-on-load", test_canvas_places_on_load);
#define ADD(path, func) \
  g_test_add ("/canvas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("tab-adds-child", test_canvas_tab_adds_child);
  ADD ("typing-and-marks", test_canvas_typing_and_marks);
  ADD ("enter-adds-sibling", test_canvas_enter_adds_sibling);
  ADD ("new-problem", test_canvas_new_problem);
  ADD ("edit-in-place", test_canvas_edit_in_place);
  ADD ("window-actions", test_canvas_window_actions);
  ADD ("escape-move", test_canvas_escape_move);
  ADD ("escape-link-band-pan", test_canvas_escape_link_band_pan);
  ADD ("autoscroll-move", test_canvas_autoscroll_move);
  ADD ("autoscroll-band", test_canvas_autoscroll_band);
#undef ADD

  return g_test_run ();
}

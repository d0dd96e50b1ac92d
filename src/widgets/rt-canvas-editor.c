/* rt-canvas-editor.c: the text view laid over a node while it is typed
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rt-canvas-private.h"

/* Text in the editor is never smaller than this, device pixels, so that
 * what is typed can be read at any zoom. */
#define EDITOR_MIN_FONT_PX 16.0

static void
append_color (GString       *css,
              const RtColor *c)
{
  char alpha[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (css, "rgba(%d,%d,%d,%s)",
                          (int) round (CLAMP (c->r, 0.0, 1.0) * 255),
                          (int) round (CLAMP (c->g, 0.0, 1.0) * 255),
                          (int) round (CLAMP (c->b, 0.0, 1.0) * 255),
                          g_ascii_formatd (alpha, sizeof alpha, "%.3f", CLAMP (c->a, 0.0, 1.0)));
}

static void
append_px (GString *css,
           double   px)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (css, g_ascii_formatd (buf, sizeof buf, "%.2f", px));
  g_string_append (css, "px");
}

/* Device pixels per map unit inside the editor: the zoom, or more when
 * the zoom would make the text too small to read. */
static double
editor_factor (RtCanvas *self)
{
  return self->editor_font_px / (RT_NODE_FONT_SIZE * self->text_scale);
}

void
rt_canvas_update_editor_style (RtCanvas *self)
{
  RtNodeKind kind = self->edit.shown_kind;
  const RtKindColors *colors;
  g_autoptr(GString) css = NULL;
  GtkTextView *view = GTK_TEXT_VIEW (self->editor);
  RtInsets in;
  double factor;

  if (!self->edit.active || kind >= RT_N_NODE_KINDS)
    return;
  colors = &self->theme.kinds[kind];
  self->editor_font_px = MAX (RT_NODE_FONT_SIZE * self->text_scale * self->view.scale,
                              EDITOR_MIN_FONT_PX);
  factor = editor_factor (self);

  css = g_string_new ("textview.rt-node-editor { border-radius: ");
  append_px (css, MIN (8.0 * self->text_scale * factor, 12.0));
  g_string_append (css, "; box-shadow: 0 0 0 3px ");
  append_color (css, &self->theme.selection);
  g_string_append (css, ", 0 4px 16px rgba(0,0,0,0.35); }\n"
                        "textview.rt-node-editor, textview.rt-node-editor > text { background-color: ");
  append_color (css, &colors->fill);
  g_string_append (css, "; color: ");
  append_color (css, &colors->text);
  g_string_append (css, "; caret-color: ");
  append_color (css, &colors->text);
  g_string_append_printf (css, "; font-family: \"%s\"; font-weight: %s; font-size: ",
                          rt_node_style_font_family (),
                          rt_node_style_is_bold (kind) ? "bold" : "normal");
  append_px (css, self->editor_font_px);
  g_string_append (css, "; }\n");
  gtk_css_provider_load_from_data (self->editor_css, css->str, -1);

  rt_node_style_get_insets (kind, FALSE, self->text_scale, &in);
  gtk_text_view_set_left_margin (view, (int) round (in.left * factor));
  gtk_text_view_set_right_margin (view, (int) round (in.right * factor));
  gtk_text_view_set_top_margin (view, (int) round (in.top * factor));
  gtk_text_view_set_bottom_margin (view, (int) round (in.bottom * factor));
}

void
rt_canvas_allocate_editor (RtCanvas *self)
{
  RtNodeKind kind = self->edit.shown_kind;
  double s = self->text_scale;
  double cx, top, width, min_height, factor, sx, sy, w, h, x;
  int min, nat;
  RtInsets in;

  if (!self->edit.active || !gtk_widget_get_visible (self->editor))
    return;

  rt_node_style_get_insets (kind, FALSE, s, &in);
  width = RT_NODE_TEXT_WIDTH * s + in.left + in.right;
  if (self->edit.is_new)
    {
      g_autoptr(RtNode) probe = rt_node_new ("", kind);
      double pw, ph;

      rt_metrics_get_size (self->metrics, probe, &pw, &ph);
      /* Layout lines its columns up on the left: the text grows to the
       * right from where the empty node would be. */
      cx = self->edit.has_point ? self->edit.x : self->edit.x - pw / 2.0 + width / 2.0;
      top = self->edit.y - ph / 2.0;
      min_height = ph;
    }
  else
    {
      const RtNode *node = rt_document_lookup_node (self->document, self->edit.node_id);
      RtRect rect;

      if (node == NULL)
        return;
      rt_metrics_get_rect (self->metrics, node, &rect);
      cx = rect.x + rect.width / 2.0;
      top = rect.y;
      min_height = rect.height;
      width = MAX (width, rect.width);
    }

  factor = editor_factor (self);
  rt_view_map_to_screen (&self->view, cx, top, &sx, &sy);
  w = round (width * factor);
  /* Where the editor is larger than the node (text kept readable at a
   * small zoom), it grows from the node's left edge. */
  if (self->edit.is_new && !self->edit.has_point)
    sx += (w - width * self->view.scale) / 2.0;
  gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, (int) w, &min, &nat, NULL, NULL);
  h = MAX (nat, round (min_height * factor));
  x = sx - w / 2.0;
  /* Keep it on screen when the node is near an edge. */
  if (w < self->view.width - 8)
    x = CLAMP (x, 4.0, self->view.width - w - 4.0);
  if (h < self->view.height - 8)
    sy = CLAMP (sy, 4.0, self->view.height - h - 4.0);
  gtk_widget_size_allocate (self->editor,
                            &(GtkAllocation) { (int) round (x), (int) round (sy), (int) w, (int) h },
                            -1);
}

gboolean
rt_canvas_editor_key (RtCanvas        *self,
                      guint            keyval,
                      GdkModifierType  state)
{
  GdkModifierType mods = state & RT_CANVAS_MODIFIERS;

  if (!self->edit.active)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* Shift+Enter: a line break; what follows the first line is the
       * node's details. */
      if (mods & GDK_SHIFT_MASK)
        return FALSE;
      rt_canvas_commit_edit (self);
      return TRUE;

    case GDK_KEY_Escape:
      rt_canvas_cancel_edit (self);
      return TRUE;

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (mods != 0)
        return FALSE;
      rt_canvas_commit_edit (self);
      rt_canvas_add_child (self);
      return TRUE;

    case GDK_KEY_ISO_Left_Tab:
      rt_canvas_commit_edit (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
editor_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       RtCanvas              *self)
{
  return rt_canvas_editor_key (self, keyval, state);
}

/* Clicking elsewhere keeps what was typed. The commit waits for the focus
 * change to finish; a window that merely lost the focus keeps editing. */
static gboolean
commit_idle_cb (gpointer user_data)
{
  RtCanvas *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->commit_idle_id = 0;
  if (!self->edit.active)
    return G_SOURCE_REMOVE;
  if (focus != NULL && (focus == self->editor || gtk_widget_is_ancestor (focus, self->editor)))
    return G_SOURCE_REMOVE;
  rt_canvas_commit_edit (self);
  return G_SOURCE_REMOVE;
}

static void
editor_focus_leave_cb (GtkEventControllerFocus *focus,
                       RtCanvas                *self)
{
  if (self->edit.active && self->commit_idle_id == 0)
    self->commit_idle_id = g_idle_add (commit_idle_cb, self);
}

/* A leading mark shows the kind it makes while typing. */
static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   RtCanvas      *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *unmarked = NULL;
  RtNodeKind kind;

  if (!self->edit.active)
    return;
  kind = self->edit.kind;
  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  gtk_text_iter_forward_chars (&end, 3);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (self->edit.original != NULL)
    {
      g_autofree char *original = rt_canvas_parse_mark (self->edit.original, &kind);

      kind = self->edit.kind;
      if (original == NULL)
        unmarked = rt_canvas_parse_mark (text, &kind);
    }
  else
    unmarked = rt_canvas_parse_mark (text, &kind);
  if (kind != self->edit.shown_kind)
    {
      self->edit.shown_kind = kind;
      rt_canvas_update_editor_style (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
rt_canvas_setup_editor (RtCanvas *self)
{
  GtkEventController *controller;
  GtkTextView *view;

  self->editor = gtk_text_view_new ();
  view = GTK_TEXT_VIEW (self->editor);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_widget_add_css_class (self->editor, "rt-node-editor");
  gtk_widget_set_visible (self->editor, FALSE);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Node text"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Enter keeps it, Escape cancels, Shift+Enter starts the details"),
                                  -1);

  self->editor_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (self->editor),
                                  GTK_STYLE_PROVIDER (self->editor_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  self->editor_font_px = EDITOR_MIN_FONT_PX;

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (editor_key_pressed_cb), self);
  gtk_widget_add_controller (self->editor, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (editor_focus_leave_cb), self);
  gtk_widget_add_controller (self->editor, controller);

  g_signal_connect (gtk_text_view_get_buffer (view), "changed",
                    G_CALLBACK (buffer_changed_cb), self);
}

void
rt_canvas_dispose_editor (RtCanvas *self)
{
  g_clear_handle_id (&self->commit_idle_id, g_source_remove);
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor)),
                                          self);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_object (&self->editor_css);
}

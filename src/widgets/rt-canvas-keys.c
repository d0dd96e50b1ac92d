/* rt-canvas-keys.c: the keyboard on the canvas: capture, navigation, commands
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>

#include "rt-canvas-private.h"

const RtNode *
rt_canvas_find_neighbour (RtCanvas *self,
                          guint     keyval)
{
  const RtNode *cursor = rt_canvas_get_cursor_node (self);
  const RtNode *best = NULL;
  double ox, oy, ux = 0.0, uy = 0.0, best_score = G_MAXDOUBLE;
  guint n;

  if (self->document == NULL)
    return NULL;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: ux = -1.0; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: ux = 1.0; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: uy = -1.0; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: uy = 1.0; break;
    default: return NULL;
    }

  if (cursor != NULL && cursor->has_position)
    {
      ox = cursor->x;
      oy = cursor->y;
    }
  else
    rt_view_screen_to_map (&self->view, self->view.width / 2.0, self->view.height / 2.0,
                           &ox, &oy);

  n = rt_document_get_n_nodes (self->document);
  for (guint i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (self->document, i);
      double dx, dy, along, across, score;

      if (node == cursor || !node->has_position)
        continue;
      dx = node->x - ox;
      dy = node->y - oy;
      if (cursor == NULL)
        {
          /* Nothing selected: the node nearest the centre of the view. */
          score = hypot (dx, dy);
        }
      else
        {
          along = dx * ux + dy * uy;
          across = fabs (dx * uy - dy * ux);
          /* Within about 63° of the direction, nearer and straighter
           * first. */
          if (along <= 1.0 || across > 2.0 * along)
            continue;
          score = along + 2.0 * across;
        }
      if (score < best_score)
        {
          best_score = score;
          best = node;
        }
    }
  return best;
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

gboolean
rt_canvas_handle_key (RtCanvas        *self,
                      guint            keyval,
                      GdkModifierType  state)
{
  GdkModifierType mods = state & RT_CANVAS_MODIFIERS;
  const RtNode *cursor;

  /* Escape gives up a drag, whatever else is held. */
  if (keyval == GDK_KEY_Escape && rt_canvas_cancel_drag (self))
    return TRUE;
  if (self->document == NULL || self->edit.active)
    return FALSE;
  cursor = rt_canvas_get_cursor_node (self);

  if (mods == 0 && (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab))
    {
      /* Without a node to add to, Tab moves the focus on as usual. */
      return cursor != NULL && rt_canvas_add_child (self);
    }
  if (mods == 0 && is_enter (keyval))
    {
      if (cursor != NULL)
        return rt_canvas_add_sibling (self);
      return rt_canvas_add_node (self, RT_NODE_PROBLEM);
    }
  if (mods == 0 && keyval == GDK_KEY_F2)
    return rt_canvas_edit_selected (self);
  if (mods == 0 && (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete ||
                    keyval == GDK_KEY_BackSpace))
    return rt_canvas_delete_selection (self);
  if (mods == 0 && keyval == GDK_KEY_Escape)
    {
      if (g_hash_table_size (self->selection) == 0 && self->selected_link == NULL)
        return FALSE;
      rt_canvas_unselect_all (self);
      return TRUE;
    }
  if ((mods & ~GDK_SHIFT_MASK) == 0)
    {
      const RtNode *next = rt_canvas_find_neighbour (self, keyval);

      if (next != NULL)
        {
          rt_canvas_select_node (self, next->id, (mods & GDK_SHIFT_MASK) != 0);
          return TRUE;
        }
      if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right ||
          keyval == GDK_KEY_Up || keyval == GDK_KEY_Down)
        return TRUE;
    }
  if (mods == GDK_CONTROL_MASK && (keyval == GDK_KEY_a || keyval == GDK_KEY_A))
    {
      rt_canvas_select_all (self);
      return TRUE;
    }
  if ((mods == 0 && keyval == GDK_KEY_Menu) ||
      (mods == GDK_SHIFT_MASK && keyval == GDK_KEY_F10))
    {
      rt_canvas_popup_menu_at_selection (self);
      return TRUE;
    }
  return FALSE;
}

gboolean
rt_canvas_handle_text (RtCanvas   *self,
                       const char *text)
{
  const RtNode *cursor;
  gboolean blank = TRUE;

  if (self->document == NULL || self->edit.active || text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !g_unichar_iscntrl (c))
        blank = FALSE;
    }
  if (blank)
    return FALSE;

  cursor = rt_canvas_get_cursor_node (self);
  if (cursor != NULL)
    return rt_canvas_begin_new (self, rt_node_kind_child (cursor->kind), cursor->id,
                                FALSE, FALSE, 0.0, 0.0, text);
  {
    double x, y;

    rt_canvas_free_point (self, RT_NODE_PROBLEM, &x, &y);
    return rt_canvas_begin_new (self, RT_NODE_PROBLEM, NULL, TRUE, FALSE, x, y, text);
  }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RtCanvas              *self)
{
  gboolean handled = rt_canvas_handle_key (self, keyval, state);

  /* The focus ring follows keyboard use. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return handled;
}

static void
im_commit_cb (GtkIMContext *context,
              const char   *text,
              RtCanvas     *self)
{
  rt_canvas_handle_text (self, text);
}

static void
focus_enter_cb (GtkEventControllerFocus *focus,
                RtCanvas                *self)
{
  gtk_im_context_focus_in (self->im);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_leave_cb (GtkEventControllerFocus *focus,
                RtCanvas                *self)
{
  gtk_im_context_focus_out (self->im);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rt_canvas_setup_keys (RtCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;

  self->im = gtk_im_multicontext_new ();
  gtk_im_context_set_client_widget (self->im, widget);
  g_signal_connect (self->im, "commit", G_CALLBACK (im_commit_cb), self);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (controller), self->im);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (widget, controller);
}

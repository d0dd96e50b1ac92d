/* rt-canvas-input.c: pointer, touch, scrolling and keys on the canvas
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include "model/rt-command.h"
#include "render/rt-hit.h"
#include "rt-canvas-private.h"

/* Device pixels a mouse wheel notch scrolls. */
#define WHEEL_STEP     64.0
/* Zoom factor per wheel notch with Ctrl. */
#define WHEEL_ZOOM     1.2
/* Kinetic scrolling stops below this speed (pixels per second) and loses
 * speed at this rate (per second). */
#define KINETIC_MIN    12.0
#define KINETIC_DECAY  4.0

void
rt_canvas_hit_test (RtCanvas *self,
                    double    x,
                    double    y,
                    RtHit    *hit)
{
  RtRenderState state;

  memset (hit, 0, sizeof *hit);
  if (self->renderer == NULL)
    return;
  rt_canvas_fill_state (self, &state);
  rt_hit_test (self->renderer, &self->view, &state, x, y, hit);
}

/* Panning by a number of device pixels. */
static void
pan_by (RtCanvas *self,
        double    dx,
        double    dy)
{
  RtView v = self->view;

  v.x += dx / v.scale;
  v.y += dy / v.scale;
  rt_canvas_set_view (self, &v);
}

static void
zoom_at (RtCanvas *self,
         double    factor,
         double    x,
         double    y)
{
  RtView v = self->view;
  double target = CLAMP (v.scale * factor, RT_CANVAS_MIN_ZOOM, RT_CANVAS_MAX_ZOOM);

  rt_canvas_stop_view_animation (self);
  rt_view_zoom_at (&v, target / v.scale, x, y);
  rt_canvas_set_view (self, &v);
}

static gboolean
is_in_child (RtCanvas *self,
             double    x,
             double    y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  return picked != NULL && picked != GTK_WIDGET (self);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               RtCanvas       *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (self->document == NULL || button == GDK_BUTTON_SECONDARY || is_in_child (self, x, y))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  rt_canvas_stop_kinetic (self);
  rt_canvas_stop_view_animation (self);
  if (self->edit.active)
    rt_canvas_commit_edit (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  rt_canvas_drag_press (self, button, state, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                RtCanvas       *self)
{
  if (self->drag_mode == RT_DRAG_NONE)
    return;
  if (rt_canvas_drag_motion (self, self->drag_x0 + dx, self->drag_y0 + dy))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             RtCanvas       *self)
{
  rt_canvas_drag_release (self);
}

static void
drag_cancel_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                RtCanvas         *self)
{
  if (self->drag_mode == RT_DRAG_MOVE)
    rt_document_seal (self->document);
  self->drag_mode = RT_DRAG_NONE;
  rt_canvas_stop_autoscroll (self);
  g_clear_pointer (&self->link_target, g_free);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Clicks: double-click edits or adds, the secondary button opens the
 * context menu. */

static void
double_click_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 RtCanvas        *self)
{
  RtHit hit;
  double mx, my;

  if (n_press != 2 || self->document == NULL || is_in_child (self, x, y))
    return;
  rt_canvas_hit_test (self, x, y, &hit);
  if (hit.kind == RT_HIT_NODE || hit.kind == RT_HIT_NODE_EDGE)
    {
      rt_canvas_select_node_full (self, hit.node->id, FALSE, FALSE);
      rt_canvas_edit_selected (self);
    }
  else if (hit.kind == RT_HIT_NONE)
    {
      /* A new problem exactly where the facilitator points. */
      rt_view_screen_to_map (&self->view, x, y, &mx, &my);
      rt_canvas_unselect_all (self);
      rt_canvas_begin_new (self, RT_NODE_PROBLEM, NULL, TRUE, TRUE, mx, my, NULL);
    }
}

static void
open_context_menu (RtCanvas   *self,
                   GtkGesture *gesture,
                   double      x,
                   double      y);

static void
context_click_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  RtCanvas        *self)
{
  open_context_menu (self, GTK_GESTURE (gesture), x, y);
}

/* On a touch screen a long press opens the context menu. */
static void
long_press_cb (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               RtCanvas            *self)
{
  open_context_menu (self, GTK_GESTURE (gesture), x, y);
}

static void
open_context_menu (RtCanvas   *self,
                   GtkGesture *gesture,
                   double      x,
                   double      y)
{
  RtHit hit;

  if (self->document == NULL || is_in_child (self, x, y))
    return;
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_mode = RT_DRAG_NONE;
  if (self->edit.active)
    rt_canvas_commit_edit (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  rt_canvas_hit_test (self, x, y, &hit);
  if ((hit.kind == RT_HIT_NODE || hit.kind == RT_HIT_NODE_EDGE) &&
      !g_hash_table_contains (self->selection, hit.node->id))
    rt_canvas_select_node_full (self, hit.node->id, FALSE, FALSE);
  else if (hit.kind == RT_HIT_NODE || hit.kind == RT_HIT_NODE_EDGE)
    rt_canvas_set_cursor_id (self, hit.node->id);
  else if (hit.kind == RT_HIT_LINK)
    rt_canvas_select_link (self, hit.link);
  else
    rt_canvas_unselect_all (self);
  rt_canvas_popup_menu (self, x, y);
}

/* Hover. */

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           RtCanvas                 *self)
{
  RtHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->drag_mode != RT_DRAG_NONE)
    return;
  rt_canvas_hit_test (self, x, y, &hit);
  switch (hit.kind)
    {
    case RT_HIT_NODE:
      rt_canvas_set_hover (self, hit.node->id, NULL);
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      break;
    case RT_HIT_NODE_EDGE:
      rt_canvas_set_hover (self, hit.node->id, NULL);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
      break;
    case RT_HIT_LINK:
      rt_canvas_set_hover (self, NULL, hit.link);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
      break;
    case RT_HIT_NONE:
    default:
      rt_canvas_set_hover (self, NULL, NULL);
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
      break;
    }
}

static void
leave_cb (GtkEventControllerMotion *motion,
          RtCanvas                 *self)
{
  if (self->drag_mode == RT_DRAG_NONE)
    rt_canvas_set_hover (self, NULL, NULL);
}

/* Scrolling, touchpads and pinching. */

static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           RtCanvas                 *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  gboolean wheel = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_WHEEL;

  if (self->document == NULL)
    return FALSE;
  rt_canvas_stop_kinetic (self);
  rt_canvas_stop_view_animation (self);

  if (state & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (WHEEL_ZOOM, -dy) : exp (-dy / 100.0);

      zoom_at (self, factor, self->pointer_x, self->pointer_y);
      return TRUE;
    }
  if (wheel && (state & GDK_SHIFT_MASK) && dx == 0.0)
    {
      dx = dy;
      dy = 0.0;
    }
  if (wheel)
    pan_by (self, dx * WHEEL_STEP, dy * WHEEL_STEP);
  else
    pan_by (self, dx, dy);
  return TRUE;
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  RtCanvas *self = RT_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_time) / (double) G_USEC_PER_SEC;
  double decay;

  self->kinetic_time = now;
  if (dt <= 0.0)
    return G_SOURCE_CONTINUE;
  pan_by (self, self->scroll_vx * dt, self->scroll_vy * dt);
  decay = exp (-KINETIC_DECAY * dt);
  self->scroll_vx *= decay;
  self->scroll_vy *= decay;
  if (hypot (self->scroll_vx, self->scroll_vy) < KINETIC_MIN)
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
decelerate_cb (GtkEventControllerScroll *scroll,
               double                    vx,
               double                    vy,
               RtCanvas                 *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  rt_canvas_stop_kinetic (self);
  if (clock == NULL || !rt_canvas_animations_enabled (self) ||
      hypot (vx, vy) < KINETIC_MIN)
    return;
  self->scroll_vx = vx;
  self->scroll_vy = vy;
  self->kinetic_time = gdk_frame_clock_get_frame_time (clock);
  self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb,
                                                   NULL, NULL);
}

void
rt_canvas_stop_kinetic (RtCanvas *self)
{
  if (self->kinetic_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
      self->kinetic_id = 0;
    }
}

static void
pinch_begin_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                RtCanvas         *self)
{
  self->pinch_scale0 = self->view.scale;
  rt_canvas_stop_kinetic (self);
  rt_canvas_stop_view_animation (self);
}

static void
pinch_changed_cb (GtkGestureZoom *gesture,
                  double          scale,
                  RtCanvas       *self)
{
  double cx, cy;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    return;
  zoom_at (self, self->pinch_scale0 * scale / self->view.scale, cx, cy);
}

void
rt_canvas_setup_input (RtCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *gesture;
  GtkEventController *controller;

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  g_signal_connect (gesture, "cancel", G_CALLBACK (drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));
  self->drag = gesture;

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (double_click_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (context_click_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), TRUE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (long_press_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (pinch_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  g_signal_connect (controller, "decelerate", G_CALLBACK (decelerate_cb), self);
  gtk_widget_add_controller (widget, controller);

  rt_canvas_setup_keys (self);
}

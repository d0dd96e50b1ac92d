/* rt-canvas-drag.c: dragging on the canvas: panning, moving nodes, drawing
 * a link, a rubber band; giving a drag up; scrolling at the edges
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>

#include "model/rt-command.h"
#include "render/rt-hit.h"
#include "rt-canvas-private.h"

static void
begin_press (RtCanvas        *self,
             double           x,
             double           y,
             guint            button,
             GdkModifierType  state)
{
  gboolean extend = (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0;
  RtHit hit;

  self->drag_x0 = x;
  self->drag_y0 = y;
  self->drag_dx = self->drag_dy = 0.0;
  self->drag_button = button;
  self->drag_mode = RT_DRAG_PENDING;
  self->press_select_only = FALSE;
  g_clear_pointer (&self->press_id, g_free);

  if (button == GDK_BUTTON_MIDDLE)
    {
      self->press_action = RT_PRESS_PAN;
      return;
    }

  rt_canvas_hit_test (self, x, y, &hit);
  switch (hit.kind)
    {
    case RT_HIT_NODE:
    case RT_HIT_NODE_EDGE:
      self->press_id = g_strdup (hit.node->id);
      self->press_action = hit.kind == RT_HIT_NODE_EDGE ? RT_PRESS_LINK : RT_PRESS_MOVE;
      if (state & GDK_CONTROL_MASK && g_hash_table_contains (self->selection, hit.node->id))
        {
          g_hash_table_remove (self->selection, hit.node->id);
          if (g_strcmp0 (self->cursor_id, hit.node->id) == 0)
            rt_canvas_set_cursor_id (self, NULL);
          rt_canvas_emit_selection_changed (self);
        }
      else if (extend || !g_hash_table_contains (self->selection, hit.node->id))
        rt_canvas_select_node_full (self, hit.node->id, extend, FALSE);
      else
        {
          /* Pressed on a selected node: a drag moves them all, a click
           * selects this one alone. */
          self->press_select_only = TRUE;
          rt_canvas_set_cursor_id (self, hit.node->id);
        }
      break;

    case RT_HIT_LINK:
      self->press_action = RT_PRESS_PAN;
      rt_canvas_select_link (self, hit.link);
      break;

    case RT_HIT_NONE:
    default:
      self->press_action = extend ? RT_PRESS_BAND : RT_PRESS_PAN;
      /* A plain click on the background clears the selection. */
      self->press_select_only = !extend;
      break;
    }
}

static void
start_drag (RtCanvas *self)
{
  self->drag_mode = (RtDragMode) (self->press_action + RT_DRAG_PAN);
  self->press_select_only = FALSE;
  self->move_history = 0;
  self->move_split = FALSE;
  /* A pan starts from here; the other drags follow the view when it
   * scrolls under them. */
  self->pan_x0 = self->view.x;
  self->pan_y0 = self->view.y;

  switch (self->drag_mode)
    {
    case RT_DRAG_PAN:
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      break;

    case RT_DRAG_MOVE:
      {
        static guint move_serial;
        g_auto(GStrv) ids = NULL;

        g_ptr_array_set_size (self->move_ids, 0);
        g_array_set_size (self->move_start, 0);
        if (g_hash_table_contains (self->selection, self->press_id))
          ids = rt_canvas_get_selection (self);
        else
          ids = g_strdupv ((char *[]) { self->press_id, NULL });
        for (guint i = 0; ids[i] != NULL; i++)
          {
            const RtNode *node = rt_document_lookup_node (self->document, ids[i]);

            if (node == NULL || !node->has_position)
              continue;
            g_ptr_array_add (self->move_ids, g_strdup (node->id));
            g_array_append_val (self->move_start, node->x);
            g_array_append_val (self->move_start, node->y);
          }
        if (++move_serial == 0)
          move_serial = 1;
        self->move_key = move_serial;
        rt_document_seal (self->document);
        gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      }
      break;

    case RT_DRAG_LINK:
      g_clear_pointer (&self->link_target, g_free);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
      break;

    case RT_DRAG_BAND:
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
      break;

    case RT_DRAG_NONE:
    case RT_DRAG_PENDING:
    default:
      break;
    }
}

void
rt_canvas_get_drag_anchor (RtCanvas *self,
                           double   *x,
                           double   *y)
{
  *x = self->drag_x0 - (self->view.x - self->pan_x0) * self->view.scale;
  *y = self->drag_y0 - (self->view.y - self->pan_y0) * self->view.scale;
}

void
rt_canvas_update_drag (RtCanvas *self)
{
  double ax, ay;

  rt_canvas_get_drag_anchor (self, &ax, &ay);
  switch (self->drag_mode)
    {
    case RT_DRAG_PAN:
      {
        RtView v = self->view;

        v.x = self->pan_x0 - self->drag_dx / v.scale;
        v.y = self->pan_y0 - self->drag_dy / v.scale;
        rt_canvas_set_view (self, &v);
      }
      break;

    case RT_DRAG_MOVE:
      {
        guint n = self->move_ids->len;
        g_autofree double *x = g_new (double, MAX (n, 1));
        g_autofree double *y = g_new (double, MAX (n, 1));
        double *start = (double *) (void *) self->move_start->data;

        if (n == 0)
          break;
        for (guint i = 0; i < n; i++)
          {
            x[i] = start[2 * i] + self->drag_dx / self->view.scale + (self->view.x - self->pan_x0);
            y[i] = start[2 * i + 1] + self->drag_dy / self->view.scale + (self->view.y - self->pan_y0);
          }
        if (rt_canvas_execute (self, rt_command_move_nodes (n, (const char *const *) self->move_ids->pdata,
                                                            x, y, TRUE, self->move_key)))
          {
            guint length = rt_document_get_history_length (self->document);

            if (self->move_history == 0)
              self->move_history = length;
            else if (length != self->move_history)
              self->move_split = TRUE;
          }
      }
      break;

    case RT_DRAG_LINK:
      {
        RtHit hit;
        const char *target = NULL;

        rt_canvas_hit_test (self, self->drag_x0 + self->drag_dx, self->drag_y0 + self->drag_dy, &hit);
        if ((hit.kind == RT_HIT_NODE || hit.kind == RT_HIT_NODE_EDGE) &&
            g_strcmp0 (hit.node->id, self->press_id) != 0)
          target = hit.node->id;
        rt_canvas_set_str (&self->link_target, target);
        gtk_widget_queue_draw (GTK_WIDGET (self));
      }
      break;

    case RT_DRAG_BAND:
      {
        RtRenderState state;
        g_autoptr(GPtrArray) nodes = NULL;
        GHashTableIter iter;
        gpointer key;

        /* What the band would select shows selected while it is drawn. */
        rt_canvas_fill_state (self, &state);
        state.selection = self->selection;
        nodes = rt_hit_nodes_in_rect (self->renderer, &self->view, &state, ax, ay,
                                      self->drag_x0 + self->drag_dx, self->drag_y0 + self->drag_dy,
                                      FALSE);
        if (self->band_preview == NULL)
          self->band_preview = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        g_hash_table_remove_all (self->band_preview);
        g_hash_table_iter_init (&iter, self->selection);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          g_hash_table_add (self->band_preview, g_strdup (key));
        for (guint i = 0; i < nodes->len; i++)
          g_hash_table_add (self->band_preview, g_strdup (((const RtNode *) nodes->pdata[i])->id));
        gtk_widget_queue_draw (GTK_WIDGET (self));
      }
      break;

    case RT_DRAG_NONE:
    case RT_DRAG_PENDING:
    default:
      break;
    }
}

static void
finish_link (RtCanvas *self)
{
  const RtNode *from = rt_document_lookup_node (self->document, self->press_id);
  const RtNode *to = rt_document_lookup_node (self->document, self->link_target);
  g_autoptr(RtLink) link = NULL;
  RtLinkKind kind;

  if (from == NULL || to == NULL)
    return;
  kind = rt_link_kind_infer (from->kind, to->kind);
  if (rt_document_find_link (self->document, from->id, to->id, kind) != NULL)
    return;
  link = rt_link_new (from->id, to->id, kind);
  if (self->speaker != NULL && rt_document_lookup_person (self->document, self->speaker) != NULL)
    link->by = g_strdup (self->speaker);
  link->created = rt_time_now ();
  if (rt_canvas_execute (self, rt_command_add_link (link, -1)))
    rt_canvas_select_link (self, link);
}

static void
finish_band (RtCanvas *self)
{
  RtRenderState state;
  g_autoptr(GPtrArray) nodes = NULL;
  double ax, ay;

  rt_canvas_get_drag_anchor (self, &ax, &ay);
  rt_canvas_fill_state (self, &state);
  nodes = rt_hit_nodes_in_rect (self->renderer, &self->view, &state, ax, ay,
                                self->drag_x0 + self->drag_dx, self->drag_y0 + self->drag_dy,
                                FALSE);
  if (nodes->len == 0)
    return;
  g_clear_pointer (&self->selected_link, rt_link_free);
  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_add (self->selection, g_strdup (((const RtNode *) nodes->pdata[i])->id));
  if (self->cursor_id == NULL)
    rt_canvas_set_cursor_id (self, ((const RtNode *) nodes->pdata[0])->id);
  rt_canvas_emit_selection_changed (self);
}

static void
end_drag (RtCanvas *self)
{
  RtDragMode mode = self->drag_mode;

  self->drag_mode = RT_DRAG_NONE;
  rt_canvas_stop_autoscroll (self);
  switch (mode)
    {
    case RT_DRAG_PENDING:
      if (self->press_select_only)
        {
          if (self->press_id != NULL)
            rt_canvas_select_node_full (self, self->press_id, FALSE, FALSE);
          else
            rt_canvas_unselect_all (self);
        }
      break;

    case RT_DRAG_MOVE:
      rt_document_seal (self->document);
      break;

    case RT_DRAG_LINK:
      finish_link (self);
      break;

    case RT_DRAG_BAND:
      finish_band (self);
      break;

    case RT_DRAG_PAN:
    case RT_DRAG_NONE:
    default:
      break;
    }

  g_clear_pointer (&self->link_target, g_free);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The pointer moved to dx, dy from the press; TRUE when this starts the
 * drag. */
static gboolean
drag_motion (RtCanvas *self,
             double    dx,
             double    dy)
{
  gboolean started = FALSE;

  self->drag_dx = dx;
  self->drag_dy = dy;
  if (self->drag_mode == RT_DRAG_PENDING)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), (int) self->drag_x0, (int) self->drag_y0,
                                     (int) (self->drag_x0 + dx), (int) (self->drag_y0 + dy)))
        return FALSE;
      start_drag (self);
      started = TRUE;
    }
  rt_canvas_update_drag (self);
  rt_canvas_update_autoscroll (self);
  return started;
}

void
rt_canvas_drag_press (RtCanvas        *self,
                      guint            button,
                      GdkModifierType  state,
                      double           x,
                      double           y)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->document != NULL)
    begin_press (self, x, y, button, state);
}

gboolean
rt_canvas_drag_motion (RtCanvas *self,
                       double    x,
                       double    y)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  if (self->drag_mode == RT_DRAG_NONE)
    return FALSE;
  return drag_motion (self, x - self->drag_x0, y - self->drag_y0);
}

void
rt_canvas_drag_release (RtCanvas *self)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->drag_mode != RT_DRAG_NONE)
    end_drag (self);
}

void
rt_canvas_drag (RtCanvas        *self,
                guint            button,
                GdkModifierType  state,
                double           x0,
                double           y0,
                double           x1,
                double           y1)
{
  const int steps = 4;

  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->document == NULL)
    return;
  rt_canvas_drag_press (self, button, state, x0, y0);
  for (int i = 1; i <= steps; i++)
    rt_canvas_drag_motion (self, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
  rt_canvas_drag_release (self);
}

/* The drag's moves are one step of their own, the last: it goes, and the
 * nodes with it, as if it had never been. When another step came between
 * (a remote action) the nodes are moved back by a step of their own. */
static void
cancel_move (RtCanvas *self)
{
  RtDocument *doc = self->document;
  guint n = self->move_ids->len;
  const double *start = (const double *) (const void *) self->move_start->data;

  if (self->move_history != 0 && doc != NULL)
    {
      if (!self->move_split && !rt_document_can_redo (doc) &&
          rt_document_get_history_length (doc) == self->move_history)
        rt_document_undo_discard (doc);
      else
        {
          g_autofree double *x = g_new (double, n);
          g_autofree double *y = g_new (double, n);

          for (guint i = 0; i < n; i++)
            {
              x[i] = start[2 * i];
              y[i] = start[2 * i + 1];
            }
          rt_document_seal (doc);
          rt_canvas_execute (self, rt_command_move_nodes (n, (const char *const *) self->move_ids->pdata,
                                                          x, y, FALSE, 0));
        }
    }
  self->move_history = 0;
  self->move_split = FALSE;
  if (doc != NULL)
    rt_document_seal (doc);
}

gboolean
rt_canvas_cancel_drag (RtCanvas *self)
{
  RtDragMode mode;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  mode = self->drag_mode;
  if (mode == RT_DRAG_NONE)
    return FALSE;
  /* NONE until the release: the gesture ignores the rest of it. */
  self->drag_mode = RT_DRAG_NONE;
  self->press_select_only = FALSE;
  rt_canvas_stop_autoscroll (self);
  switch (mode)
    {
    case RT_DRAG_PAN:
      {
        RtView v = self->view;

        v.x = self->pan_x0;
        v.y = self->pan_y0;
        rt_canvas_set_view (self, &v);
      }
      break;

    case RT_DRAG_MOVE:
      cancel_move (self);
      break;

    case RT_DRAG_LINK:
    case RT_DRAG_BAND:
      /* Nothing was made or selected yet. */
    case RT_DRAG_PENDING:
    case RT_DRAG_NONE:
    default:
      break;
    }

  g_clear_pointer (&self->link_target, g_free);
  if (self->band_preview != NULL)
    g_hash_table_remove_all (self->band_preview);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* Auto-scroll: a drag that moves nodes, draws a link or a rubber band near
 * an edge of the canvas scrolls the view that way, faster the nearer the
 * pointer is to the edge or the further past it. */

/* Width of the zone along each edge, in pixels. */
#define AUTOSCROLL_EDGE   24.0
/* Speed in pixels per second as the pointer enters the zone, what each
 * pixel deeper adds, and the most it gets to. */
#define AUTOSCROLL_SPEED0 60.0
#define AUTOSCROLL_GAIN   30.0
#define AUTOSCROLL_MAX    2400.0

static double
edge_speed (double pos,
            double size)
{
  double depth;

  /* A canvas too small for two zones does not scroll. */
  if (size <= 4.0 * AUTOSCROLL_EDGE)
    return 0.0;
  if (pos < AUTOSCROLL_EDGE)
    depth = AUTOSCROLL_EDGE - pos;
  else if (pos > size - AUTOSCROLL_EDGE)
    depth = pos - (size - AUTOSCROLL_EDGE);
  else
    return 0.0;
  return copysign (MIN (AUTOSCROLL_SPEED0 + AUTOSCROLL_GAIN * depth, AUTOSCROLL_MAX),
                   pos < AUTOSCROLL_EDGE ? -1.0 : 1.0);
}

/* The speed the view scrolls at now (pixels per second); FALSE when it
 * does not. */
static gboolean
autoscroll_velocity (RtCanvas *self,
                     double   *vx,
                     double   *vy)
{
  *vx = *vy = 0.0;
  if (self->drag_mode != RT_DRAG_MOVE && self->drag_mode != RT_DRAG_LINK &&
      self->drag_mode != RT_DRAG_BAND)
    return FALSE;
  *vx = edge_speed (self->drag_x0 + self->drag_dx, gtk_widget_get_width (GTK_WIDGET (self)));
  *vy = edge_speed (self->drag_y0 + self->drag_dy, gtk_widget_get_height (GTK_WIDGET (self)));
  return *vx != 0.0 || *vy != 0.0;
}

void
rt_canvas_autoscroll_step (RtCanvas *self,
                           double    seconds)
{
  double vx, vy;
  RtView v = self->view;

  if (!autoscroll_velocity (self, &vx, &vy))
    return;
  v.x += vx * seconds / v.scale;
  v.y += vy * seconds / v.scale;
  rt_canvas_set_view (self, &v);
  /* The pointer stays where it is over a map that moved: what is dragged
   * follows it. */
  rt_canvas_update_drag (self);
}

static gboolean
autoscroll_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  RtCanvas *self = RT_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double vx, vy, dt;

  if (!autoscroll_velocity (self, &vx, &vy))
    {
      self->autoscroll_id = 0;
      return G_SOURCE_REMOVE;
    }
  /* After a stall the view goes on from where it was, not in a leap. */
  dt = CLAMP ((now - self->autoscroll_time) / (double) G_USEC_PER_SEC, 0.0, 0.1);
  self->autoscroll_time = now;
  if (dt > 0.0)
    rt_canvas_autoscroll_step (self, dt);
  return G_SOURCE_CONTINUE;
}

void
rt_canvas_update_autoscroll (RtCanvas *self)
{
  GdkFrameClock *clock;
  double vx, vy;

  if (!autoscroll_velocity (self, &vx, &vy))
    {
      rt_canvas_stop_autoscroll (self);
      return;
    }
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (self->autoscroll_id != 0 || clock == NULL)
    return;
  self->autoscroll_time = gdk_frame_clock_get_frame_time (clock);
  self->autoscroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick_cb,
                                                      NULL, NULL);
}

void
rt_canvas_stop_autoscroll (RtCanvas *self)
{
  if (self->autoscroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
    }
}

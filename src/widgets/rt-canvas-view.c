/* rt-canvas-view.c: where the canvas looks and how it draws what it sees
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-canvas-private.h"
#include "rt-minimap.h"

/* Map units between the dots of the background grid at 100 %. */
#define GRID_STEP        24.0
/* The smallest gap between grid dots, device pixels. */
#define GRID_MIN_PX      14.0
/* Space kept around a node scrolled into view, and around a fitted map. */
#define REVEAL_MARGIN    48.0
#define FIT_MARGIN       32.0
#define VIEW_ANIMATION_US (220 * 1000)
#define ZOOM_STEP        1.25
/* A map shown at first is not made smaller than this to fit. */
#define READABLE_ZOOM    0.8

/* The view. */

gboolean
rt_canvas_animations_enabled (RtCanvas *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-enable-animations", &enabled, NULL);
  return enabled && gtk_widget_get_mapped (GTK_WIDGET (self));
}

static double
clamp_zoom (double zoom)
{
  return CLAMP (zoom, RT_CANVAS_MIN_ZOOM, RT_CANVAS_MAX_ZOOM);
}

void
rt_canvas_set_view (RtCanvas     *self,
                    const RtView *view)
{
  double old_scale = self->view.scale;

  self->view.x = view->x;
  self->view.y = view->y;
  self->view.scale = clamp_zoom (view->scale);
  if (self->view.scale != view->scale)
    {
      /* Keep the centre the caller asked for. */
      double cx = view->x + view->width / (2.0 * view->scale);
      double cy = view->y + view->height / (2.0 * view->scale);

      rt_view_center_on (&self->view, cx, cy);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_queue_draw (self->minimap);
  /* The editor follows its node, the overview shows when the map is
   * larger than the view. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  if (self->view.scale != old_scale)
    {
      rt_canvas_update_editor_style (self);
      rt_canvas_notify_zoom (self);
    }
}

void
rt_canvas_get_view (RtCanvas *self,
                    RtView   *view)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (view != NULL);

  *view = self->view;
}

void
rt_canvas_stop_view_animation (RtCanvas *self)
{
  if (self->view_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->view_tick_id);
      self->view_tick_id = 0;
    }
}

static double
ease_out_cubic (double t)
{
  double p = t - 1.0;

  return p * p * p + 1.0;
}

static gboolean
view_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  RtCanvas *self = RT_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t = (double) (now - self->view_t0) / VIEW_ANIMATION_US;
  const RtView *a = &self->view_from;
  const RtView *b = &self->view_to;
  double acx, acy, bcx, bcy, e;
  RtView v = self->view;

  if (t >= 1.0)
    {
      self->view_tick_id = 0;
      rt_canvas_set_view (self, b);
      return G_SOURCE_REMOVE;
    }

  e = ease_out_cubic (CLAMP (t, 0.0, 1.0));
  acx = a->x + v.width / (2.0 * a->scale);
  acy = a->y + v.height / (2.0 * a->scale);
  bcx = b->x + v.width / (2.0 * b->scale);
  bcy = b->y + v.height / (2.0 * b->scale);
  v.scale = exp (log (a->scale) + (log (b->scale) - log (a->scale)) * e);
  rt_view_center_on (&v, acx + (bcx - acx) * e, acy + (bcy - acy) * e);
  rt_canvas_set_view (self, &v);
  return G_SOURCE_CONTINUE;
}

void
rt_canvas_animate_view (RtCanvas     *self,
                        const RtView *target)
{
  RtView to = *target;

  rt_canvas_stop_view_animation (self);
  to.width = self->view.width;
  to.height = self->view.height;
  to.scale = clamp_zoom (to.scale);
  if (!rt_canvas_animations_enabled (self))
    {
      rt_canvas_set_view (self, &to);
      return;
    }
  self->view_from = self->view;
  self->view_to = to;
  self->view_t0 = g_get_monotonic_time ();
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

    if (clock != NULL)
      self->view_t0 = gdk_frame_clock_get_frame_time (clock);
  }
  self->view_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), view_tick_cb,
                                                     NULL, NULL);
}

/* The view the animation is heading for, or the current one. */
static void
get_target_view (RtCanvas *self,
                 RtView   *view)
{
  *view = self->view_tick_id != 0 ? self->view_to : self->view;
  view->width = self->view.width;
  view->height = self->view.height;
}

double
rt_canvas_get_zoom (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), 1.0);

  return self->view.scale;
}

void
rt_canvas_set_zoom (RtCanvas *self,
                    double    zoom)
{
  RtView v;

  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (zoom > 0.0);

  rt_canvas_stop_view_animation (self);
  v = self->view;
  rt_view_zoom_at (&v, clamp_zoom (zoom) / v.scale, v.width / 2.0, v.height / 2.0);
  rt_canvas_set_view (self, &v);
}

void
rt_canvas_zoom_in (RtCanvas *self)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  rt_canvas_set_zoom (self, self->view.scale * ZOOM_STEP);
}

void
rt_canvas_zoom_out (RtCanvas *self)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  rt_canvas_set_zoom (self, self->view.scale / ZOOM_STEP);
}

gboolean
rt_canvas_get_bounds (RtCanvas *self,
                      RtRect   *out)
{
  if (self->renderer == NULL)
    return FALSE;
  if (!self->bounds_valid)
    {
      self->has_bounds = rt_renderer_get_bounds (self->renderer, NULL, &self->bounds);
      self->bounds_valid = TRUE;
    }
  if (out != NULL)
    *out = self->bounds;
  return self->has_bounds;
}

void
rt_canvas_fit_rect (RtCanvas     *self,
          const RtRect *rect,
          gboolean      animate)
{
  RtView v = self->view;

  rt_view_fit (&v, rect, FIT_MARGIN, 1.0);
  if (animate)
    rt_canvas_animate_view (self, &v);
  else
    {
      rt_canvas_stop_view_animation (self);
      rt_canvas_set_view (self, &v);
    }
}

void
rt_canvas_show_start (RtCanvas *self)
{
  RtRect bounds;
  RtView v = self->view;
  guint n;

  rt_canvas_stop_view_animation (self);
  if (!rt_canvas_get_bounds (self, &bounds))
    {
      rt_view_init (&v, self->view.width, self->view.height);
      rt_canvas_set_view (self, &v);
      return;
    }
  rt_view_fit (&v, &bounds, FIT_MARGIN, 1.0);
  if (v.scale < READABLE_ZOOM)
    {
      /* Too large to read whole: its left edge at a size that reads,
       * level with the first node (the map's first question, mostly). */
      v.scale = READABLE_ZOOM;
      v.x = bounds.x - FIT_MARGIN / v.scale;
      v.y = bounds.y + bounds.height / 2.0 - v.height / (2.0 * v.scale);
      n = rt_document_get_n_nodes (self->document);
      for (guint i = 0; i < n; i++)
        {
          const RtNode *node = rt_document_get_node (self->document, i);

          if (node->has_position)
            {
              v.y = node->y - v.height / (2.0 * v.scale);
              break;
            }
        }
    }
  rt_canvas_set_view (self, &v);
}

void
rt_canvas_zoom_fit (RtCanvas *self)
{
  RtRect bounds;

  g_return_if_fail (RT_IS_CANVAS (self));

  if (!rt_canvas_get_bounds (self, &bounds))
    {
      RtView v = self->view;

      rt_view_init (&v, self->view.width, self->view.height);
      rt_canvas_animate_view (self, &v);
      return;
    }
  rt_canvas_fit_rect (self, &bounds, TRUE);
}

static gboolean
get_selection_bounds (RtCanvas *self,
                      RtRect   *out)
{
  GHashTableIter iter;
  gpointer key;
  gboolean any = FALSE;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const RtNode *node = rt_document_lookup_node (self->document, key);
      RtRect r;

      if (node == NULL || !node->has_position)
        continue;
      rt_metrics_get_rect (self->metrics, node, &r);
      rt_rect_inflate (&r, RT_NODE_OVERHANG * self->text_scale);
      if (any)
        rt_rect_union (out, &r);
      else
        *out = r;
      any = TRUE;
    }
  return any;
}

void
rt_canvas_zoom_selection (RtCanvas *self)
{
  RtRect rect;

  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->document != NULL && get_selection_bounds (self, &rect))
    rt_canvas_fit_rect (self, &rect, TRUE);
}

void
rt_canvas_center_on (RtCanvas *self,
                     double    x,
                     double    y)
{
  RtView v;

  g_return_if_fail (RT_IS_CANVAS (self));

  rt_canvas_stop_view_animation (self);
  v = self->view;
  rt_view_center_on (&v, x, y);
  rt_canvas_set_view (self, &v);
}

/* A rectangle scrolled into view does not end up under the overview:
 * the view moves on, up or to the left, whichever is shorter and keeps
 * the rectangle's other side in view. */
static void
avoid_minimap (RtCanvas     *self,
               RtView       *v,
               const RtRect *rect,
               double        margin)
{
  graphene_rect_t box;
  double x0, y0, x1, y1, up, left;

  if (!gtk_widget_get_child_visible (self->minimap) ||
      !gtk_widget_compute_bounds (self->minimap, GTK_WIDGET (self), &box))
    return;
  rt_view_map_to_screen (v, rect->x, rect->y, &x0, &y0);
  rt_view_map_to_screen (v, rect->x + rect->width, rect->y + rect->height, &x1, &y1);
  if (x1 <= box.origin.x || y1 <= box.origin.y ||
      x0 >= box.origin.x + box.size.width || y0 >= box.origin.y + box.size.height)
    return;
  up = y1 - box.origin.y + margin * v->scale;
  left = x1 - box.origin.x + margin * v->scale;
  if (y0 - up >= 0.0 && (up <= left || x0 - left < 0.0))
    v->y += up / v->scale;
  else if (x0 - left >= 0.0)
    v->x += left / v->scale;
}

void
rt_canvas_reveal_rect (RtCanvas     *self,
                       const RtRect *rect)
{
  RtView v;
  RtRect vis;
  double margin, dx = 0.0, dy = 0.0;

  get_target_view (self, &v);
  rt_view_get_visible (&v, &vis);
  margin = MIN (REVEAL_MARGIN, MIN (v.width, v.height) / 6.0) / v.scale;

  if (rect->width + 2 * margin > vis.width || rect->height + 2 * margin > vis.height)
    {
      /* Larger than the view: show its top-left part, centred across. */
      if (rect->width + 2 * margin > vis.width)
        dx = rect->x - margin - vis.x;
      else
        dx = rect->x + rect->width / 2.0 - (vis.x + vis.width / 2.0);
      if (rect->height + 2 * margin > vis.height)
        dy = rect->y - margin - vis.y;
      else
        dy = rect->y + rect->height / 2.0 - (vis.y + vis.height / 2.0);
    }
  else
    {
      if (rect->x - margin < vis.x)
        dx = rect->x - margin - vis.x;
      else if (rect->x + rect->width + margin > vis.x + vis.width)
        dx = rect->x + rect->width + margin - (vis.x + vis.width);
      if (rect->y - margin < vis.y)
        dy = rect->y - margin - vis.y;
      else if (rect->y + rect->height + margin > vis.y + vis.height)
        dy = rect->y + rect->height + margin - (vis.y + vis.height);
    }

  v.x += dx;
  v.y += dy;
  avoid_minimap (self, &v, rect, margin);
  if (v.x == self->view.x && v.y == self->view.y && self->view_tick_id == 0)
    return;
  rt_canvas_animate_view (self, &v);
}

void
rt_canvas_reveal_node (RtCanvas   *self,
                       const char *node_id)
{
  const RtNode *node;
  RtRect rect;

  if (self->document == NULL || !self->has_size)
    return;
  node = rt_document_lookup_node (self->document, node_id);
  if (node == NULL || !node->has_position)
    return;
  rt_metrics_get_rect (self->metrics, node, &rect);
  rt_rect_inflate (&rect, RT_NODE_OVERHANG * self->text_scale);
  rt_canvas_reveal_rect (self, &rect);
}

/* Drawing. */

void
rt_canvas_fill_state (RtCanvas      *self,
                      RtRenderState *state)
{
  rt_render_state_init (state);
  state->selection = self->drag_mode == RT_DRAG_BAND && self->band_preview != NULL
                     ? self->band_preview : self->selection;
  state->selected_link = self->selected_link;
  state->hover_id = self->drag_mode == RT_DRAG_LINK ? self->link_target : self->hover_id;
  state->hover_link = self->drag_mode == RT_DRAG_NONE ? self->hover_link : NULL;
  if (gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    state->focus_id = self->cursor_id;
  state->draw_background = FALSE;
  state->highlight_person = self->highlight_person;
  state->dimmed = self->dimmed;
  state->history_limit = self->history_limit;
  state->presentation = self->presentation;
}

/* The background and its dots, drawn by GTK (a colour and a repeated
 * texture) rather than painted over the whole view with cairo each frame. */
static void
snapshot_background (RtCanvas    *self,
                     GtkSnapshot *snapshot,
                     int          width,
                     int          height)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  double step = GRID_STEP * self->view.scale;
  GdkRGBA bg = { self->theme.background.r, self->theme.background.g,
                 self->theme.background.b, 1.0 };
  double ox, oy;
  int tile;

  gtk_snapshot_append_color (snapshot, &bg, &bounds);

  while (step < GRID_MIN_PX)
    step *= 4.0;
  tile = MAX ((int) round (step), 2);
  if (self->grid == NULL || self->grid_step != tile)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tile, tile);
      g_autoptr(GBytes) bytes = NULL;
      cairo_t *cr = cairo_create (surface);

      rt_color_set_source (cr, &self->theme.grid);
      cairo_arc (cr, tile / 2.0, tile / 2.0, 1.1, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                           (gsize) cairo_image_surface_get_stride (surface) * tile);
      g_clear_object (&self->grid);
      self->grid = gdk_memory_texture_new (tile, tile, GDK_MEMORY_DEFAULT, bytes,
                                           cairo_image_surface_get_stride (surface));
      cairo_surface_destroy (surface);
      self->grid_step = tile;
    }

  /* Grid points are at multiples of the tile from the map's origin. */
  ox = -fmod (self->view.x * self->view.scale, tile);
  oy = -fmod (self->view.y * self->view.scale, tile);
  if (ox > 0)
    ox -= tile;
  if (oy > 0)
    oy -= tile;
  gtk_snapshot_push_repeat (snapshot, &bounds, &GRAPHENE_RECT_INIT (ox, oy, tile, tile));
  gtk_snapshot_append_texture (snapshot, self->grid, &GRAPHENE_RECT_INIT (ox, oy, tile, tile));
  gtk_snapshot_pop (snapshot);
}

static void
draw_band (RtCanvas *self,
           cairo_t  *cr)
{
  double ax, ay, px = self->drag_x0 + self->drag_dx, py = self->drag_y0 + self->drag_dy;

  /* From the press, which follows the map when it scrolls, to the pointer. */
  rt_canvas_get_drag_anchor (self, &ax, &ay);
  cairo_rectangle (cr, round (MIN (ax, px)) + 0.5, round (MIN (ay, py)) + 0.5,
                   round (fabs (px - ax)), round (fabs (py - ay)));
  rt_color_set_source_alpha (cr, &self->theme.selection, 0.15);
  cairo_fill_preserve (cr);
  rt_color_set_source_alpha (cr, &self->theme.selection, 0.9);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

/* The link being dragged out: a line with an arrowhead at the pointer. */
static void
draw_link_drag (RtCanvas *self,
                cairo_t  *cr)
{
  const RtNode *from = rt_document_lookup_node (self->document, self->press_id);
  double x0, y0, x1, y1, dx, dy, len, a = 14.0;

  if (from == NULL)
    return;
  rt_view_map_to_screen (&self->view, from->x, from->y, &x0, &y0);
  x1 = self->drag_x0 + self->drag_dx;
  y1 = self->drag_y0 + self->drag_dy;
  dx = x1 - x0;
  dy = y1 - y0;
  len = hypot (dx, dy);
  if (len < 1.0)
    return;
  dx /= len;
  dy /= len;

  rt_color_set_source (cr, &self->theme.selection);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1 - dx * a * 0.8, y1 - dy * a * 0.8);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - dx * a - dy * a * 0.45, y1 - dy * a + dx * a * 0.45);
  cairo_line_to (cr, x1 - dx * a + dy * a * 0.45, y1 - dy * a - dx * a * 0.45);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* While a new node is typed, a dashed line shows what it will hang on. */
static void
draw_ghost_link (RtCanvas *self,
                 cairo_t  *cr)
{
  const RtNode *parent = rt_document_lookup_node (self->document, self->edit.parent_id);
  graphene_rect_t box;
  RtRect rect;
  RtLinkKind kind;
  double x0, y0, x1, y1, dash[2] = { 6.0, 5.0 };

  if (parent == NULL || !parent->has_position ||
      !gtk_widget_compute_bounds (self->editor, GTK_WIDGET (self), &box))
    return;
  rt_metrics_get_rect (self->metrics, parent, &rect);
  kind = rt_link_kind_infer (self->edit.shown_kind, parent->kind);
  rt_view_map_to_screen (&self->view, rect.x + rect.width, rect.y + rect.height / 2.0, &x0, &y0);
  x1 = box.origin.x;
  y1 = box.origin.y + box.size.height / 2.0;
  if (x1 < x0)
    {
      /* The editor is left of the parent: join the nearer sides. */
      rt_view_map_to_screen (&self->view, rect.x, rect.y + rect.height / 2.0, &x0, &y0);
      x1 = box.origin.x + box.size.width;
    }
  cairo_move_to (cr, x0, y0);
  cairo_curve_to (cr, (x0 + x1) / 2.0, y0, (x0 + x1) / 2.0, y1, x1, y1);
  rt_color_set_source (cr, &self->theme.links[kind].color);
  cairo_set_line_width (cr, MAX (1.5, self->theme.links[kind].width * self->view.scale));
  cairo_set_dash (cr, dash, 2, 0.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);
}

void
rt_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  RtCanvas *self = RT_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RtRenderer *renderer = rt_canvas_get_draw_renderer (self);
  RtRenderState state;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  snapshot_background (self, snapshot, width, height);
  if (renderer != NULL)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      rt_canvas_fill_state (self, &state);
      rt_renderer_draw (renderer, cr, &self->view, &state);
      if (self->drag_mode == RT_DRAG_BAND)
        draw_band (self, cr);
      else if (self->drag_mode == RT_DRAG_LINK)
        draw_link_drag (self, cr);
      if (self->edit.active && self->edit.is_new && self->edit.parent_id != NULL)
        draw_ghost_link (self, cr);
      cairo_destroy (cr);
    }

  if (gtk_widget_get_child_visible (self->minimap))
    gtk_widget_snapshot_child (widget, self->minimap, snapshot);
  if (gtk_widget_get_visible (self->editor))
    gtk_widget_snapshot_child (widget, self->editor, snapshot);
}


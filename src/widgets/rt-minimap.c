/* rt-minimap.c: an overview of the whole map in a corner of the canvas
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rt-canvas-private.h"
#include "rt-minimap.h"

#define MINIMAP_WIDTH  220
#define MINIMAP_HEIGHT 150
#define MINIMAP_INSET  8.0
#define MINIMAP_RADIUS 8.0
#define MINIMAP_REDRAW_US (200 * 1000)
#define MINIMAP_DEFER_MS  40
#define MINIMAP_BIG_MAP   5000

struct _RtMinimap
{
  GtkWidget      parent_instance;

  RtCanvas      *canvas;   /* borrowed: the parent */
  GdkTexture    *content;  /* owned: the map drawn, until it changes */
  gboolean       dirty;    /* content is out of date */
  gint64         built_at; /* monotonic time content was drawn */
  guint          redraw_id;
  RtView         view;     /* how content shows the map */
  gboolean       fitted;   /* view holds the map: content shows it */
  gboolean       painting; /* a big map's overview is drawn on a thread */
  int            content_width;
  int            content_height;
};

G_DEFINE_FINAL_TYPE (RtMinimap, rt_minimap, GTK_TYPE_WIDGET)

void
rt_minimap_invalidate (RtMinimap *self)
{
  g_return_if_fail (RT_IS_MINIMAP (self));

  self->dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void build_content (RtMinimap *self, int width, int height);

/* Drawn again outside the frame that showed the change, so that the two
 * pauses do not add up. */
static gboolean
redraw_cb (gpointer user_data)
{
  RtMinimap *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  self->redraw_id = 0;
  /* One drawing at a time: the one under way is followed by another. */
  if (self->painting)
    {
      self->redraw_id = g_timeout_add (MINIMAP_DEFER_MS, redraw_cb, self);
      return G_SOURCE_REMOVE;
    }
  if (self->dirty && width > 0 && height > 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = FALSE;
      self->built_at = g_get_monotonic_time ();
      build_content (self, width, height);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
rt_minimap_get_view (RtMinimap *self,
                     RtView    *view)
{
  g_return_if_fail (RT_IS_MINIMAP (self));

  *view = self->view;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* What a drawing of the overview needs, taken in the main loop so that the
 * pixels can be set on another thread. */
typedef struct {
  RtDotsPlan *plan;      /* owned, or NULL: the card alone */
  int         width, height, scale;
  RtColor     card, edge;
  RtView      view;
} Drawing;

static void
drawing_free (gpointer data)
{
  Drawing *d = data;

  rt_dots_plan_free (d->plan);
  g_free (d);
}

static cairo_surface_t *
paint (const Drawing *d, RtRenderer *renderer)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, d->width * d->scale,
                                        d->height * d->scale);
  cairo_surface_set_device_scale (surface, d->scale, d->scale);
  cr = cairo_create (surface);
  rounded_rect (cr, 0.5, 0.5, d->width - 1.0, d->height - 1.0, MINIMAP_RADIUS);
  rt_color_set_source (cr, &d->card);
  cairo_fill_preserve (cr);
  rt_color_set_source_alpha (cr, &d->edge, 0.45);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  if (d->plan != NULL || renderer != NULL)
    {
      rounded_rect (cr, 1, 1, d->width - 2.0, d->height - 2.0, MINIMAP_RADIUS - 1);
      cairo_clip (cr);
    }
  if (d->plan != NULL)
    rt_dots_plan_draw (d->plan, cr, d->width, d->height);
  else if (renderer != NULL)
    {
      RtRenderState state;

      rt_render_state_init (&state);
      state.draw_background = FALSE;
      rt_renderer_draw (renderer, cr, &d->view, &state);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
take_surface (RtMinimap *self, const Drawing *d, cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int stride = cairo_image_surface_get_stride (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) stride * d->height * d->scale);
  g_clear_object (&self->content);
  self->content = gdk_memory_texture_new (d->width * d->scale, d->height * d->scale,
                                          GDK_MEMORY_DEFAULT, bytes, stride);
  self->content_width = d->width;
  self->content_height = d->height;
  self->view = d->view;
}

static void
paint_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_pointer (task, paint (task_data, NULL),
                         (GDestroyNotify) cairo_surface_destroy);
}

static void
painted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  RtMinimap *self = RT_MINIMAP (source);
  Drawing *d = g_task_get_task_data (G_TASK (result));
  cairo_surface_t *surface = g_task_propagate_pointer (G_TASK (result), NULL);

  self->painting = FALSE;
  if (surface == NULL)
    return;
  /* Drawn for a size the overview no longer has: the next frame asks again. */
  if (d->width == gtk_widget_get_width (GTK_WIDGET (self)) &&
      d->height == gtk_widget_get_height (GTK_WIDGET (self)))
    {
      take_surface (self, d, surface);
      self->fitted = TRUE;
    }
  cairo_surface_destroy (surface);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The card and the map at the dots level of detail, kept as a texture so
 * that panning redraws only the viewport rectangle, and a big map is not
 * drawn again each frame. A big map's pixels are set on another thread:
 * the old overview shows until they are ready. */
static void
build_content (RtMinimap *self,
               int        width,
               int        height)
{
  RtCanvas *canvas = self->canvas;
  RtRenderer *renderer = rt_canvas_get_draw_renderer (canvas);
  const RtTheme *theme = &canvas->theme;
  RtDocument *document = rt_canvas_get_document (canvas);
  Drawing *d = g_new0 (Drawing, 1);
  cairo_surface_t *surface;
  RtRect bounds;
  gboolean fitted = FALSE;

  d->width = width;
  d->height = height;
  d->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  d->card = rt_color_mix (&theme->background, &theme->text, 0.05);
  d->edge = theme->text_muted;
  rt_view_init (&d->view, width, height);
  if (renderer != NULL && rt_canvas_get_bounds (canvas, &bounds))
    {
      fitted = TRUE;
      rt_view_fit (&d->view, &bounds, MINIMAP_INSET, 1.0);
      if (document != NULL && rt_document_get_n_nodes (document) > MINIMAP_BIG_MAP &&
          rt_renderer_detail_for_scale (renderer, d->view.scale) == RT_DETAIL_DOTS)
        {
          g_autoptr(GTask) task = NULL;
          RtRenderState state;

          rt_render_state_init (&state);
          d->plan = rt_renderer_plan_dots (renderer, &d->view, &state);
          self->painting = TRUE;
          task = g_task_new (self, NULL, painted_cb, NULL);
          g_task_set_task_data (task, d, drawing_free);
          g_task_run_in_thread (task, paint_thread);
          if (self->content == NULL)
            {
              /* Until then, the card alone. */
              Drawing empty = *d;

              empty.plan = NULL;
              rt_view_init (&empty.view, width, height);
              surface = paint (&empty, NULL);
              take_surface (self, &empty, surface);
              cairo_surface_destroy (surface);
              self->fitted = FALSE;
            }
          return;
        }
    }
  surface = paint (d, fitted ? renderer : NULL);
  take_surface (self, d, surface);
  cairo_surface_destroy (surface);
  self->fitted = fitted;
  drawing_free (d);
}

static void
rt_minimap_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  RtMinimap *self = RT_MINIMAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RtView canvas_view;
  RtRect visible;
  double x0, y0, x1, y1;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (self->content != NULL &&
      (self->content_width != width || self->content_height != height))
    g_clear_object (&self->content);
  if (self->content != NULL && self->dirty && self->redraw_id == 0)
    {
      /* While nodes are dragged the map changes every frame: the overview
       * of a big map follows a few times a second, not at each one. */
      gint64 wait = self->built_at + MINIMAP_REDRAW_US - g_get_monotonic_time ();

      self->redraw_id = g_timeout_add (MAX ((guint) (MAX (wait, 0) / 1000) + 1, MINIMAP_DEFER_MS),
                                       redraw_cb, self);
    }
  if (self->content == NULL)
    {
      self->dirty = FALSE;
      self->built_at = g_get_monotonic_time ();
      build_content (self, width, height);
    }
  gtk_snapshot_append_texture (snapshot, self->content,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The part of the map the canvas shows. */
  if (!self->fitted)
    return;
  rt_canvas_get_view (self->canvas, &canvas_view);
  rt_view_get_visible (&canvas_view, &visible);
  rt_view_map_to_screen (&self->view, visible.x, visible.y, &x0, &y0);
  rt_view_map_to_screen (&self->view, visible.x + visible.width,
                         visible.y + visible.height, &x1, &y1);
  x0 = CLAMP (x0, 2.0, width - 2.0);
  y0 = CLAMP (y0, 2.0, height - 2.0);
  x1 = CLAMP (x1, 2.0, width - 2.0);
  y1 = CLAMP (y1, 2.0, height - 2.0);
  if (x1 - x0 < 1.0 || y1 - y0 < 1.0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_rectangle (cr, round (x0) + 0.5, round (y0) + 0.5,
                   round (x1 - x0) - 1.0, round (y1 - y0) - 1.0);
  rt_color_set_source_alpha (cr, &self->canvas->theme.selection, 0.12);
  cairo_fill_preserve (cr);
  rt_color_set_source (cr, &self->canvas->theme.selection);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
rt_minimap_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? MINIMAP_WIDTH
                                                                  : MINIMAP_HEIGHT;
}

/* A press or drag on the overview shows that part of the map. */
static void
pan_to (RtMinimap *self,
        double     x,
        double     y)
{
  double mx, my;

  if (self->content == NULL || !self->fitted)
    return;
  rt_view_screen_to_map (&self->view, x, y, &mx, &my);
  rt_canvas_center_on (self->canvas, mx, my);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               RtMinimap      *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  pan_to (self, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                RtMinimap      *self)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  pan_to (self, x + dx, y + dy);
}

GtkWidget *
rt_minimap_new (RtCanvas *canvas)
{
  RtMinimap *self;

  g_return_val_if_fail (RT_IS_CANVAS (canvas), NULL);

  self = g_object_new (RT_TYPE_MINIMAP, NULL);
  self->canvas = canvas;
  return GTK_WIDGET (self);
}

static void
rt_minimap_dispose (GObject *object)
{
  RtMinimap *self = RT_MINIMAP (object);

  g_clear_object (&self->content);
  g_clear_handle_id (&self->redraw_id, g_source_remove);

  G_OBJECT_CLASS (rt_minimap_parent_class)->dispose (object);
}

static void
rt_minimap_class_init (RtMinimapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_minimap_dispose;
  widget_class->snapshot = rt_minimap_snapshot;
  widget_class->measure = rt_minimap_measure;

  gtk_widget_class_set_css_name (widget_class, "rt-minimap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rt_minimap_init (RtMinimap *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "default");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Overview: click or drag to move around the map"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overview of the map"),
                                  -1);
}

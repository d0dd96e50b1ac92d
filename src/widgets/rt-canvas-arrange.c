/* rt-canvas-arrange.c: automatic layout on the canvas, and its animation
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>

#include "model/rt-command.h"
#include "rt-canvas-private.h"
#include "rt-minimap.h"

#define ARRANGE_ANIMATION_US (250 * 1000)
/* Larger arrangements jump to their places: moving every node of a huge
 * map each frame would not be smooth anyway. */
#define ARRANGE_ANIMATION_MAX_NODES 2000

RtRenderer *
rt_canvas_get_draw_renderer (RtCanvas *self)
{
  return self->anim_renderer != NULL ? self->anim_renderer : self->renderer;
}

static gboolean
has_unplaced (RtDocument *document)
{
  guint n = rt_document_get_n_nodes (document);

  for (guint i = 0; i < n; i++)
    if (!rt_document_get_node (document, i)->has_position)
      return TRUE;
  return FALSE;
}

void
rt_canvas_place_unplaced (RtCanvas *self,
                          gboolean  loading)
{
  g_autoptr(RtLayoutResult) result = NULL;
  RtDocument *doc = self->document;
  gboolean pristine;

  if (doc == NULL || !has_unplaced (doc))
    return;
  /* Placing the nodes of a map just opened is part of showing it, not a
   * change the user made: it leaves no undo step and no unsaved changes. */
  pristine = loading && !rt_document_get_modified (doc) &&
             rt_document_get_history_length (doc) == 0;
  result = rt_layout_arrange (doc, self->metrics, RT_LAYOUT_UNPLACED);
  if (result == NULL || result->n == 0)
    return;
  if (!rt_canvas_execute (self, rt_layout_result_to_command (result)))
    return;
  if (pristine)
    {
      rt_document_clear_history (doc);
      rt_document_mark_saved (doc);
    }
}

static gboolean
place_idle_cb (gpointer user_data)
{
  RtCanvas *self = user_data;

  self->place_idle_id = 0;
  rt_canvas_place_unplaced (self, FALSE);
  return G_SOURCE_REMOVE;
}

void
rt_canvas_schedule_place (RtCanvas *self)
{
  if (self->place_idle_id == 0)
    self->place_idle_id = g_idle_add (place_idle_cb, self);
}

void
rt_canvas_stop_arrange (RtCanvas *self)
{
  if (self->arrange_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->arrange_tick_id);
      self->arrange_tick_id = 0;
    }
  if (self->anim_renderer == NULL && self->anim_document == NULL)
    return;
  g_clear_object (&self->anim_renderer);
  g_clear_object (&self->anim_document);
  g_clear_pointer (&self->anim_ids, g_strfreev);
  g_clear_pointer (&self->anim_from, g_free);
  g_clear_pointer (&self->anim_to, g_free);
  self->anim_n = 0;
  if (self->minimap != NULL)
    rt_minimap_invalidate (RT_MINIMAP (self->minimap));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
rt_canvas_is_animating (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  return self->anim_renderer != NULL;
}

static double
ease_in_out (double t)
{
  return t < 0.5 ? 4.0 * t * t * t : 1.0 - pow (-2.0 * t + 2.0, 3.0) / 2.0;
}

static gboolean
arrange_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  RtCanvas *self = RT_CANVAS (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t = (double) (now - self->arrange_t0) / ARRANGE_ANIMATION_US;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  g_autoptr(GError) error = NULL;
  double e;

  if (t >= 1.0)
    {
      self->arrange_tick_id = 0;
      rt_canvas_stop_arrange (self);
      return G_SOURCE_REMOVE;
    }

  e = ease_in_out (CLAMP (t, 0.0, 1.0));
  x = g_new (double, self->anim_n);
  y = g_new (double, self->anim_n);
  for (guint i = 0; i < self->anim_n; i++)
    {
      x[i] = self->anim_from[2 * i] + (self->anim_to[2 * i] - self->anim_from[2 * i]) * e;
      y[i] = self->anim_from[2 * i + 1] + (self->anim_to[2 * i + 1] - self->anim_from[2 * i + 1]) * e;
    }
  /* The copy drawn during the animation is changed like any document;
   * its history is of no use. */
  if (!rt_document_execute (self->anim_document,
                            rt_command_place_nodes (self->anim_n, (const char *const *) self->anim_ids,
                                                    x, y),
                            &error))
    {
      g_warning ("Could not animate the arrangement: %s", error->message);
      self->arrange_tick_id = 0;
      rt_canvas_stop_arrange (self);
      return G_SOURCE_REMOVE;
    }
  rt_document_clear_history (self->anim_document);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* Remembers where the moving nodes are now, in a copy drawn while they
 * travel to where the layout puts them. */
static gboolean
prepare_animation (RtCanvas             *self,
                   const RtLayoutResult *result)
{
  GPtrArray *ids;
  GArray *from, *to;

  if (!rt_canvas_animations_enabled (self) || result->n > ARRANGE_ANIMATION_MAX_NODES)
    return FALSE;

  self->anim_document = rt_document_copy (self->document);
  ids = g_ptr_array_new ();
  from = g_array_new (FALSE, FALSE, sizeof (double));
  to = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < result->n; i++)
    {
      const RtNode *node = rt_document_lookup_node (self->anim_document, result->ids[i]);

      if (node == NULL || !node->has_position ||
          (node->x == result->x[i] && node->y == result->y[i]))
        continue;
      g_ptr_array_add (ids, g_strdup (node->id));
      g_array_append_val (from, node->x);
      g_array_append_val (from, node->y);
      g_array_append_val (to, result->x[i]);
      g_array_append_val (to, result->y[i]);
    }
  self->anim_n = ids->len;
  g_ptr_array_add (ids, NULL);
  self->anim_ids = (char **) g_ptr_array_free (ids, FALSE);
  self->anim_from = (double *) (void *) g_array_free (from, FALSE);
  self->anim_to = (double *) (void *) g_array_free (to, FALSE);
  return self->anim_n > 0;
}

void
rt_canvas_arrange (RtCanvas *self)
{
  g_autoptr(RtLayoutResult) result = NULL;
  gboolean animate;

  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->document == NULL)
    return;
  if (self->edit.active)
    rt_canvas_commit_edit (self);
  rt_canvas_stop_arrange (self);

  result = rt_layout_arrange (self->document, self->metrics, RT_LAYOUT_ALL);
  if (result == NULL || result->n == 0)
    return;

  animate = prepare_animation (self, result);
  /* The document takes its new places at once, as one step; only the
   * drawing travels. */
  self->anim_executing = TRUE;
  rt_canvas_execute (self, rt_layout_result_to_command (result));
  self->anim_executing = FALSE;

  if (!animate)
    {
      rt_canvas_stop_arrange (self);
      return;
    }
  self->anim_renderer = rt_renderer_new (self->anim_document, self->metrics);
  rt_renderer_set_theme (self->anim_renderer, &self->theme);
  self->arrange_t0 = g_get_monotonic_time ();
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

    if (clock != NULL)
      self->arrange_t0 = gdk_frame_clock_get_frame_time (clock);
  }
  self->arrange_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), arrange_tick_cb,
                                                        NULL, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

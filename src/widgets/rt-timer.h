/* rt-timer.h: a countdown for a timeboxed step of a workshop
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RT_TYPE_TIMER (rt_timer_get_type ())
G_DECLARE_FINAL_TYPE (RtTimer, rt_timer, RT, TIMER, GtkWidget)

/*
 * A header bar button showing the time left; its popover offers 1, 2, 5
 * and 10 minutes, a custom number of minutes, start, pause and reset. When
 * the time is up the time shown turns the accent colour and pulses for a
 * while: no sound, nothing that takes the focus.
 *
 * Properties (read-only): "duration" (uint seconds, 0 when no timer is
 * set), "remaining" (uint seconds), "running" (boolean), "finished"
 * (boolean: it ran out and was not reset), "text" (the time left as shown,
 * "4:59", or "" without a timer).
 */

GtkWidget  *rt_timer_new           (void);
/* Starts counting down from seconds (> 0). */
void        rt_timer_start         (RtTimer *self,
                                    guint    seconds);
void        rt_timer_pause         (RtTimer *self);
/* Goes on after a pause. */
void        rt_timer_resume        (RtTimer *self);
/* Back to the whole duration, stopped. */
void        rt_timer_reset         (RtTimer *self);
guint       rt_timer_get_duration  (RtTimer *self);
guint       rt_timer_get_remaining (RtTimer *self);
gboolean    rt_timer_get_running   (RtTimer *self);
gboolean    rt_timer_get_finished  (RtTimer *self);
/* Whether the finished time is still pulsing. */
gboolean    rt_timer_get_pulsing   (RtTimer *self);
const char *rt_timer_get_text      (RtTimer *self);

/* "4:59", "1:02:03". Free with g_free. */
char       *rt_timer_format        (guint    seconds);

G_END_DECLS

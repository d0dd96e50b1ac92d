/* rt-minimap.h: an overview of the whole map in a corner of the canvas
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rt-canvas.h"

G_BEGIN_DECLS

#define RT_TYPE_MINIMAP (rt_minimap_get_type ())
G_DECLARE_FINAL_TYPE (RtMinimap, rt_minimap, RT, MINIMAP, GtkWidget)

/* canvas is borrowed: the minimap is its child. */
GtkWidget *rt_minimap_new        (RtCanvas  *canvas);
/* The map changed: draw it again (the viewport alone is drawn each time). */
void       rt_minimap_invalidate (RtMinimap *self);
/* Where the minimap shows the map (valid after it was drawn). */
void       rt_minimap_get_view   (RtMinimap *self,
                                  RtView    *view);

G_END_DECLS

/* rt-window-print.h: printing the map or the workshop report
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rt-window.h"

G_BEGIN_DECLS

typedef enum {
  RT_PRINT_MAP_FIT,    /* the whole map on one page */
  RT_PRINT_MAP_TILE,   /* the map across pages, node text about 11 pt */
  RT_PRINT_REPORT,     /* the workshop report (rt_report_markdown()) */
} RtPrintMode;

/* Node text height on tiled pages, points. */
#define RT_PRINT_TILE_TEXT_PT 11.0

/*
 * Adds these actions to the window, where D-Bus reaches them:
 *
 *   win.print        the print dialog (Ctrl+P), with a tab to choose what
 *                    is printed
 *   win.page-setup   paper size and orientation
 *
 * The print settings, page setup and choice are kept in the window for the
 * rest of the session. Called once, from the window's init.
 */
void               rt_window_print_init          (RtWindow    *self);

RtPrintMode        rt_window_print_get_mode      (RtWindow    *self);
void               rt_window_print_set_mode      (RtWindow    *self,
                                                  RtPrintMode  mode);
/* A print operation for the window's map as it is now (a copy), with the
 * window's settings, page setup and mode; NULL without a map. Drawn
 * through the map renderer, in points. */
GtkPrintOperation *rt_window_print_operation_new (RtWindow    *self);
/* Prints to a PDF file without asking, through the print operation's
 * export. */
gboolean           rt_window_print_to_pdf        (RtWindow    *self,
                                                  RtPrintMode  mode,
                                                  const char  *path,
                                                  GError     **error);

G_END_DECLS

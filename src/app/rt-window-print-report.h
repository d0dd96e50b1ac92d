/* rt-window-print-report.h: the workshop report laid out on printed pages
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _RtPrintReport RtPrintReport;

/* Lays out the Markdown the report writer makes (rt_report_markdown():
 * headings, paragraphs, lists, tables, bold text and backslash escapes)
 * with pango for pages of width × height points (the context's, or the
 * context's turned), and splits it into pages: a
 * heading stays with what follows it, a long paragraph or list item
 * continues on the next page, a table row is never split. Every page gets
 * a page number at the bottom. */
RtPrintReport *rt_print_report_new         (const char      *markdown,
                                            GtkPrintContext *context,
                                            double           width,
                                            double           height);
void           rt_print_report_free        (RtPrintReport   *report);
int            rt_print_report_get_n_pages (RtPrintReport   *report);
void           rt_print_report_draw_page   (RtPrintReport   *report,
                                            GtkPrintContext *context,
                                            int              page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtPrintReport, rt_print_report_free)

G_END_DECLS

/* rt-window-print-markdown.h: reading the report's Markdown for printing
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part of Markdown the report writer uses (rt-report.h): ATX headings,
 * "- " lists, pipe tables with an alignment row, **bold**, *emphasis*,
 * `code` and backslash escapes.
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Inline text as pango markup, tags always well nested. Free with
 * g_free. */
char      *rt_print_markdown_inline        (const char     *text,
                                            gssize          len);
/* 1 to 6 for "# " to "###### ", else 0. */
guint      rt_print_markdown_heading_level (const char     *line);
gboolean   rt_print_markdown_is_list_item  (const char     *line);
/* A table row's cells, split at pipes that are not escaped, trimmed; the
 * Markdown inside is kept. */
GPtrArray *rt_print_markdown_split_row     (const char     *line);
/* Whether the cells are a table's alignment row ("---", ":--:", "--:");
 * if so fills align (up to n_align columns). */
gboolean   rt_print_markdown_alignment_row (GPtrArray      *cells,
                                            PangoAlignment *align,
                                            guint           n_align);

G_END_DECLS

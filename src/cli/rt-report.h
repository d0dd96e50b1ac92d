/* rt-report.h: the workshop report a facilitator sends afterwards
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* A Markdown report: title, date and description, then the sections
 * "People present", "Decisions", "Open problems", "Objections",
 * "Participation" and "Warnings". User text is escaped so that it reads as
 * written. Free with g_free. */
char     *rt_report_markdown      (RtDocument  *doc);

/* Writes rt_report_markdown() to path, replacing it atomically; errors
 * are RT_IO_ERROR_IO (see rt_io_set_write_error()). */
gboolean  rt_report_markdown_file (RtDocument  *doc,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS

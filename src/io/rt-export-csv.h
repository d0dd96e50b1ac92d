/* rt-export-csv.h: the action list of a map as CSV
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* One row per commitment (a commit stance on a node of any kind), in the
 * order of nodes then stances, under the header
 * decision,person,will_do,due,status. RFC 4180: fields holding a comma, a
 * quote, CR or LF are quoted, quotes doubled, lines end with CRLF. Free with
 * g_free. */
char     *rt_export_csv      (RtDocument  *doc);

/* Writes rt_export_csv() to path, replacing it atomically; errors are
 * RT_IO_ERROR_IO (see rt_io_set_write_error()). */
gboolean  rt_export_csv_file (RtDocument  *doc,
                              const char  *path,
                              GError     **error);

G_END_DECLS

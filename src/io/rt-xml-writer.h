/* rt-xml-writer.h: writes a Roundtable map file (FORMAT.md)
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

/* The canonical file: UTF-8, two-space indentation, elements and
 * attributes in the order of FORMAT.md, defaults left out, numbers in the
 * shortest form that reads back to the same value. The same document
 * always gives the same bytes.
 *
 * Characters XML 1.0 cannot hold (control characters other than tab, line
 * feed and carriage return; U+FFFE, U+FFFF) are left out of texts and
 * names, and bytes that are not UTF-8 become U+FFFD, so that what is
 * written can always be read back. A position that is not finite is left
 * out (the node is then placed by layout). A time outside the years 1 to
 * 9999 is left out. */
GBytes   *rt_xml_write_bytes     (RtDocument    *doc);

/* The same bytes, made in the main loop in slices of a few milliseconds,
 * so that a big map never holds the window up; a workshop-sized map is
 * done before this returns (the callback still comes from the main loop).
 * A change to doc between slices starts again, so the bytes hold the map
 * as it was when the last slice ran; after a few such changes the rest is
 * made at once. */
void      rt_xml_write_bytes_async  (RtDocument          *doc,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
GBytes   *rt_xml_write_bytes_finish (RtDocument          *doc,
                                     GAsyncResult        *result,
                                     GError             **error);

/* The same bytes, written to stream in pieces as they are made. */
gboolean  rt_xml_write_to_stream (RtDocument    *doc,
                                  GOutputStream *stream,
                                  GCancellable  *cancellable,
                                  GError       **error);

/* "2026-11-24T18:03:12Z" into out; FALSE for RT_TIME_NONE or a time
 * outside the years 1 to 9999. */
gboolean  rt_xml_format_time     (gint64         t,
                                  char           out[21]);

G_END_DECLS

/* rt-xml-reader.h: reads a Roundtable map file (FORMAT.md)
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* Both return a new document, or NULL with an RT_IO_ERROR whose message
 * names the file, the line and what is wrong. A refused file builds
 * nothing. Safe to call from any thread; they never touch the network or
 * any file but the one given. */
RtDocument *rt_xml_read_file   (const char *path,
                                GError    **error);
/* display_name is the name used in messages (a basename), or NULL. */
RtDocument *rt_xml_read_memory (const char *data,
                                gsize       len,
                                const char *display_name,
                                GError    **error);

G_END_DECLS

/* rt-opml.h: OPML 2.0 outlines
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads any OPML 1.0 to 2.0 outline (every <outline> becomes a node, its
 * nesting becomes links) and writes OPML 2.0 that keeps a whole map:
 * README.md ("Other formats") has the details.
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* The namespace of the <head> elements Roundtable adds (people and the
 * map's description). */
#define RT_OPML_NAMESPACE "https://roundtable.github.io/ns/opml/1"

/* A new document, or NULL with an RT_IO_ERROR whose message names the file
 * and the line. Outlines nested deeper than RT_IMPORT_MAX_LEVELS (200), a
 * text over 1 MiB or a file over 256 MiB are refused. Safe from any
 * thread; nothing but the file is read. */
RtDocument *rt_opml_read_file   (const char  *path,
                                 GError     **error);
/* display_name is the name used in messages (a basename), or NULL. */
RtDocument *rt_opml_read_memory (const char  *data,
                                 gsize        len,
                                 const char  *display_name,
                                 GError     **error);

/* UTF-8 OPML 2.0: the map's roots as top-level outlines, each node once
 * under its primary parent, with text, _note (details), created and the
 * roundtable-* attributes. */
GBytes     *rt_opml_write       (RtDocument  *doc);
/* Writes rt_opml_write() to path, replacing it atomically. */
gboolean    rt_opml_write_file  (RtDocument  *doc,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS

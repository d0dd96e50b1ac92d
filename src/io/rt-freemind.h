/* rt-freemind.h: FreeMind and Freeplane mind maps (.mm)
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads maps as FreeMind 0.9 to 1.0.1 and Freeplane 1.x write them, and
 * writes FreeMind 1.0.1 maps that both open. README.md ("Other formats")
 * says how nodes, kinds and people map onto .mm elements.
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* A new document, or NULL with an RT_IO_ERROR whose message names the file
 * and the line. Every <node> becomes a node and the tree becomes links; a
 * map Roundtable wrote comes back with its kinds, people, authors,
 * statuses, stances, credits and links. Safe from any thread; nothing but
 * the file is read. Nodes nested deeper than RT_IMPORT_MAX_LEVELS (200),
 * a text over 1 MiB or a file over 256 MiB are refused. */
RtDocument *rt_freemind_read_file   (const char  *path,
                                     GError     **error);
/* display_name is the name used in messages (a basename), or NULL. */
RtDocument *rt_freemind_read_memory (const char  *data,
                                     gsize        len,
                                     const char  *display_name,
                                     GError     **error);

/* The map as a FreeMind 1.0.1 file: a title node with the map's roots
 * under it, each node once under its primary parent, the other links as
 * arrow links, the rest in roundtable-* attributes (hidden by default in
 * FreeMind and Freeplane). Plain ASCII with character references, as
 * FreeMind writes it. */
GBytes     *rt_freemind_write       (RtDocument  *doc);
/* Writes rt_freemind_write() to path, replacing it atomically. */
gboolean    rt_freemind_write_file  (RtDocument  *doc,
                                     const char  *path,
                                     GError     **error);

G_END_DECLS

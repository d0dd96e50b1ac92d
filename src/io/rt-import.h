/* rt-import.h: opening any file Roundtable can read
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

typedef enum {
  RT_FILE_FORMAT_UNKNOWN,
  RT_FILE_FORMAT_ROUNDTABLE,
  RT_FILE_FORMAT_FREEMIND,
  RT_FILE_FORMAT_OPML,
} RtFileFormat;

/* The format of a file by its extension (.roundtable, .mm, .opml, in any
 * case), else by its root element (<roundtable>, <map>, <opml>);
 * RT_FILE_FORMAT_UNKNOWN when neither says. Reads at most the first
 * 64 KiB. */
RtFileFormat rt_io_guess_format (const char  *path);

/* Reads a map in any format Roundtable knows: .roundtable with
 * rt_xml_read_file(), .mm with rt_freemind_read_file(), .opml with
 * rt_opml_read_file(), anything else by its root element. NULL with an
 * RT_IO_ERROR (RT_IO_ERROR_INVALID for a file of no known format) whose
 * message names the file. A map read from another format is not a
 * .roundtable file: save it under a new name. */
RtDocument  *rt_io_read_any     (const char  *path,
                                 GError     **error);

G_END_DECLS

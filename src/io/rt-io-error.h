/* rt-io-error.h: why a map could not be read or written
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RT_IO_ERROR (rt_io_error_quark ())

typedef enum {
  RT_IO_ERROR_PARSE,     /* not well-formed XML, not UTF-8, empty */
  RT_IO_ERROR_INVALID,   /* well-formed, but breaks a rule of FORMAT.md */
  RT_IO_ERROR_VERSION,   /* a format version this reader does not know */
  RT_IO_ERROR_LIMIT,     /* too deep, a text too long, a file too big */
  RT_IO_ERROR_UNSAFE,    /* a DOCTYPE with entities or an external DTD */
  RT_IO_ERROR_IO,        /* the file could not be read or written */
  RT_IO_ERROR_NOT_FOUND, /* a draft that is not there */
} RtIoError;

GQuark rt_io_error_quark (void);

/* Sets error to "NAME, line LINE: MESSAGE" (line 0 leaves the line out).
 * name is shown as it is: pass a display basename. */
void   rt_io_set_error_at (GError    **error,
                           RtIoError   code,
                           const char *name,
                           guint       line,
                           const char *format,
                           ...) G_GNUC_PRINTF (5, 6);

/* The basename of a path, in UTF-8 for messages. Free with g_free. */
char  *rt_io_display_name (const char *path);

G_END_DECLS

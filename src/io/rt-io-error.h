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

/* Why a file could not be read or written, in plain words: a clause such
 * as "the disk is full" that follows "could not be saved: ". cause is a
 * G_IO_ERROR or G_FILE_ERROR; when it is NULL (or of another domain),
 * saved_errno says. *advice (may be NULL) gets a sentence saying what
 * the user can do, such as "Free some space on the disk, or choose a
 * folder on another disk." Free the clause with g_free. */
char  *rt_io_describe_failure (int           saved_errno,
                               const GError *cause,
                               gboolean      writing,
                               const char  **advice);

/* Sets error (RT_IO_ERROR_IO) to "“NAME” could not be saved: REASON. The
 * file on disk was not changed. ADVICE" (or "could not be written", for
 * an export), or "No file was written." when there was no file before.
 * cause and saved_errno are as for rt_io_describe_failure(). */
void   rt_io_set_write_error  (GError      **error,
                               const char   *name,
                               gboolean      saving,
                               gboolean      existed,
                               int           saved_errno,
                               const GError *cause);

/* Writes an exported file (not a map) in place of path, whole or not at
 * all; on failure error says so as rt_io_set_write_error() does. */
gboolean rt_io_write_export   (const char   *path,
                               const char   *data,
                               gsize         size,
                               GError      **error);

/* What the user can do about a map that could not be read, as a sentence
 * to put after the error's message, or NULL when the message says it
 * already. For errors of the readers (RT_IO_ERROR) and of GIO. */
const char *rt_io_error_get_advice (const GError *error);

G_END_DECLS

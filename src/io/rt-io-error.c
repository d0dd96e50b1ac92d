/* rt-io-error.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-io-error.h"

G_DEFINE_QUARK (rt-io-error-quark, rt_io_error)

void
rt_io_set_error_at (GError    **error,
                    RtIoError   code,
                    const char *name,
                    guint       line,
                    const char *format,
                    ...)
{
  g_autofree char *what = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    /* Translators: "saturday.roundtable, line 14: the link points to ..." */
    g_set_error (error, RT_IO_ERROR, code, _("%s, line %u: %s"), name, line, what);
  else
    /* Translators: "saturday.roundtable: the file is empty." */
    g_set_error (error, RT_IO_ERROR, code, _("%s: %s"), name, what);
}

char *
rt_io_display_name (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_filename_display_basename (path);
}

/* rt-io-error.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
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

typedef enum {
  FAILURE_NO_SPACE,
  FAILURE_TOO_BIG,
  FAILURE_DENIED,
  FAILURE_READ_ONLY,
  FAILURE_NOT_FOUND,     /* the file, or for a write its folder */
  FAILURE_NOT_FOLDER,    /* part of the path is a file */
  FAILURE_IS_FOLDER,
  FAILURE_NAME_TOO_LONG,
  FAILURE_OTHER,
} Failure;

static Failure
failure_from_errno (int saved_errno)
{
  switch (saved_errno)
    {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      return FAILURE_NO_SPACE;
    case EFBIG:
      return FAILURE_TOO_BIG;
    case EACCES:
    case EPERM:
      return FAILURE_DENIED;
    case EROFS:
      return FAILURE_READ_ONLY;
    case ENOENT:
      return FAILURE_NOT_FOUND;
    case ENOTDIR:
      return FAILURE_NOT_FOLDER;
    case EISDIR:
      return FAILURE_IS_FOLDER;
    case ENAMETOOLONG:
      return FAILURE_NAME_TOO_LONG;
    default:
      return FAILURE_OTHER;
    }
}

static Failure
failure_from_error (const GError *cause)
{
  if (cause->domain == G_FILE_ERROR)
    switch (cause->code)
      {
      case G_FILE_ERROR_NOSPC:
        return FAILURE_NO_SPACE;
      case G_FILE_ERROR_ACCES:
      case G_FILE_ERROR_PERM:
        return FAILURE_DENIED;
      case G_FILE_ERROR_ROFS:
        return FAILURE_READ_ONLY;
      case G_FILE_ERROR_NOENT:
        return FAILURE_NOT_FOUND;
      case G_FILE_ERROR_NOTDIR:
        return FAILURE_NOT_FOLDER;
      case G_FILE_ERROR_ISDIR:
        return FAILURE_IS_FOLDER;
      case G_FILE_ERROR_NAMETOOLONG:
        return FAILURE_NAME_TOO_LONG;
      default:
        return FAILURE_OTHER;
      }
  if (cause->domain == G_IO_ERROR)
    switch (cause->code)
      {
      case G_IO_ERROR_NO_SPACE:
        return FAILURE_NO_SPACE;
      case G_IO_ERROR_PERMISSION_DENIED:
        return FAILURE_DENIED;
      case G_IO_ERROR_READ_ONLY:
        return FAILURE_READ_ONLY;
      case G_IO_ERROR_NOT_FOUND:
        return FAILURE_NOT_FOUND;
      case G_IO_ERROR_NOT_DIRECTORY:
        return FAILURE_NOT_FOLDER;
      case G_IO_ERROR_IS_DIRECTORY:
        return FAILURE_IS_FOLDER;
      case G_IO_ERROR_FILENAME_TOO_LONG:
        return FAILURE_NAME_TOO_LONG;
      default:
        return FAILURE_OTHER;
      }
  return FAILURE_OTHER;
}

char *
rt_io_describe_failure (int           saved_errno,
                        const GError *cause,
                        gboolean      writing,
                        const char  **advice)
{
  gboolean known = cause != NULL && (cause->domain == G_IO_ERROR || cause->domain == G_FILE_ERROR);
  Failure failure = known ? failure_from_error (cause) : failure_from_errno (saved_errno);
  const char *reason = NULL;
  const char *what_to_do = NULL;

  switch (failure)
    {
    case FAILURE_NO_SPACE:
      reason = _("the disk is full");
      what_to_do = _("Free some space on the disk, or choose a folder on another disk.");
      break;
    case FAILURE_TOO_BIG:
      reason = _("the file is larger than this disk allows");
      what_to_do = _("Choose a folder on another disk.");
      break;
    case FAILURE_DENIED:
      if (writing)
        {
          reason = _("Roundtable is not allowed to write in its folder");
          what_to_do = _("Check the folder’s permissions, or choose another folder.");
        }
      else
        {
          reason = _("you do not have permission to read it");
          what_to_do = _("Ask whoever owns the file to let you read it, or open a copy of it.");
        }
      break;
    case FAILURE_READ_ONLY:
      reason = _("the disk is read-only");
      what_to_do = _("Choose a folder on another disk.");
      break;
    case FAILURE_NOT_FOUND:
    case FAILURE_NOT_FOLDER:
      if (writing)
        {
          reason = failure == FAILURE_NOT_FOUND
                     ? _("its folder does not exist")
                     : _("its folder does not exist (part of the path is a file)");
          what_to_do = _("If the folder is on a drive that was unplugged, plug it in again; "
                         "otherwise choose another folder.");
        }
      else
        {
          reason = _("there is no such file");
          what_to_do = _("Check the file’s name and folder: it may have been moved, renamed "
                         "or deleted.");
        }
      break;
    case FAILURE_IS_FOLDER:
      if (writing)
        {
          reason = _("there is a folder with that name");
          what_to_do = _("Choose another name.");
        }
      else
        {
          reason = _("this is a folder, not a map");
          what_to_do = _("Choose a map inside the folder.");
        }
      break;
    case FAILURE_NAME_TOO_LONG:
      reason = _("the name is too long for this disk");
      what_to_do = writing ? _("Choose a shorter name.")
                           : _("Give the file a shorter name, then open it again.");
      break;
    case FAILURE_OTHER:
    default:
      what_to_do = writing
        ? _("Check that the disk is still connected and try again, or choose another folder.")
        : _("Check that the disk holding the file is still connected, then try again.");
      break;
    }

  if (advice != NULL)
    *advice = what_to_do;
  if (reason != NULL)
    return g_strdup (reason);
  /* Translators: %s is the system's own words, such as "Input/output error". */
  return g_strdup_printf (_("the system reported “%s”"),
                          known ? cause->message : g_strerror (saved_errno));
}

void
rt_io_set_write_error (GError      **error,
                       const char   *name,
                       gboolean      saving,
                       gboolean      existed,
                       int           saved_errno,
                       const GError *cause)
{
  g_autofree char *reason = NULL;
  g_autofree char *what = NULL;
  const char *advice = NULL;

  if (error == NULL)
    return;

  reason = rt_io_describe_failure (saved_errno, cause, TRUE, &advice);
  what = saving ? g_strdup_printf (_("“%s” could not be saved: %s."), name, reason)
                : g_strdup_printf (_("“%s” could not be written: %s."), name, reason);
  /* Translators: what happened, what was kept, and what to do, as in
   * "“plan.roundtable” could not be saved: the disk is full. The file on
   * disk was not changed. Free some space on the disk, …" */
  g_set_error (error, RT_IO_ERROR, RT_IO_ERROR_IO, _("%s %s %s"), what,
               existed ? _("The file on disk was not changed.") : _("No file was written."),
               advice);
}

const char *
rt_io_error_get_advice (const GError *error)
{
  const char *advice = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == RT_IO_ERROR)
    switch ((RtIoError) error->code)
      {
      case RT_IO_ERROR_PARSE:
        return _("If you have a backup copy of it, open that instead.");
      case RT_IO_ERROR_INVALID:
        return _("If it was edited by hand or by another program, correct it in a text "
                 "editor where the message says, or open a backup copy of it.");
      case RT_IO_ERROR_LIMIT:
        return _("Roundtable does not open files beyond these limits. If another program "
                 "made the file, export a smaller part of it from there.");
      case RT_IO_ERROR_UNSAFE:
        return _("Ask whoever made the file for a copy without such definitions.");
      case RT_IO_ERROR_VERSION:
      case RT_IO_ERROR_IO:
      case RT_IO_ERROR_NOT_FOUND:
      default:
        /* Their messages say what to do. */
        return NULL;
      }

  if (error->domain == G_IO_ERROR && error->code == G_IO_ERROR_NOT_SUPPORTED)
    return _("Copy the file to a folder on this computer, then open the copy.");
  if (error->domain == G_IO_ERROR || error->domain == G_FILE_ERROR)
    {
      g_autofree char *reason = rt_io_describe_failure (0, error, FALSE, &advice);

      return advice;
    }
  return NULL;
}

gboolean
rt_io_write_export (const char  *path,
                    const char  *data,
                    gsize        size,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  gboolean existed;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (g_file_set_contents_full (path, data != NULL ? data : "", (gssize) size,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0666, &local))
    return TRUE;

  /* The old file is replaced whole or not at all. */
  name = rt_io_display_name (path);
  rt_io_set_write_error (error, name, FALSE, existed, 0, local);
  return FALSE;
}

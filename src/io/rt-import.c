/* rt-import.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-freemind.h"
#include "rt-import-xml.h"
#include "rt-import.h"
#include "rt-io-error.h"
#include "rt-opml.h"
#include "rt-xml-reader.h"

static const struct {
  const char   *extension;
  RtFileFormat  format;
} extensions[] = {
  { ".roundtable", RT_FILE_FORMAT_ROUNDTABLE },
  { ".mm", RT_FILE_FORMAT_FREEMIND },
  { ".opml", RT_FILE_FORMAT_OPML },
};

RtFileFormat
rt_io_guess_format (const char *path)
{
  g_autofree char *lower = NULL;
  g_autofree char *name = NULL;
  g_autofree char *ns = NULL;

  g_return_val_if_fail (path != NULL, RT_FILE_FORMAT_UNKNOWN);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i].extension))
      return extensions[i].format;

  if (!rt_xml_import_sniff_root (path, &name, &ns))
    return RT_FILE_FORMAT_UNKNOWN;
  if (ns != NULL)
    return RT_FILE_FORMAT_UNKNOWN;
  if (strcmp (name, "roundtable") == 0)
    return RT_FILE_FORMAT_ROUNDTABLE;
  if (strcmp (name, "map") == 0)
    return RT_FILE_FORMAT_FREEMIND;
  if (strcmp (name, "opml") == 0)
    return RT_FILE_FORMAT_OPML;
  return RT_FILE_FORMAT_UNKNOWN;
}

RtDocument *
rt_io_read_any (const char  *path,
                GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *root = NULL;
  g_autofree char *ns = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (rt_io_guess_format (path))
    {
    case RT_FILE_FORMAT_ROUNDTABLE:
      return rt_xml_read_file (path, error);
    case RT_FILE_FORMAT_FREEMIND:
      return rt_freemind_read_file (path, error);
    case RT_FILE_FORMAT_OPML:
      return rt_opml_read_file (path, error);
    case RT_FILE_FORMAT_UNKNOWN:
    default:
      break;
    }

  /* A file that is not there, is empty, cannot be read or is not XML:
   * the map reader says which. */
  if (!rt_xml_import_sniff_root (path, &root, &ns))
    return rt_xml_read_file (path, error);
  name = rt_io_display_name (path);
  rt_io_set_error_at (error, RT_IO_ERROR_INVALID, name, 0,
                      _("this is not a file Roundtable can open: it starts with <%s>. Roundtable "
                        "opens its own maps, FreeMind and Freeplane maps and OPML outlines."),
                      root);
  return NULL;
}

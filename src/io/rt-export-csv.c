/* rt-export-csv.c: the action list of a map as CSV
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>

#include "rt-export-csv.h"
#include "rt-io-error.h"

static void
append_field (GString    *out,
              const char *field)
{
  if (field == NULL)
    return;

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
rt_export_csv (RtDocument *doc)
{
  GString *out;
  guint n_nodes;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  out = g_string_new ("decision,person,will_do,due,status\r\n");
  n_nodes = rt_document_get_n_nodes (doc);
  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      for (guint s = 0; s < node->stances->len; s++)
        {
          const RtStance *stance = g_ptr_array_index (node->stances, s);
          const RtPerson *person;

          if (stance->level != RT_STANCE_COMMIT)
            continue;
          person = rt_document_lookup_person (doc, stance->person);

          append_field (out, node->text);
          g_string_append_c (out, ',');
          append_field (out, person != NULL ? person->name : stance->person);
          g_string_append_c (out, ',');
          append_field (out, stance->text);
          g_string_append_c (out, ',');
          append_field (out, stance->due);
          g_string_append_c (out, ',');
          append_field (out, rt_status_to_string (node->status));
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free (out, FALSE);
}

gboolean
rt_export_csv_file (RtDocument  *doc,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = rt_export_csv (doc);
  return rt_io_write_export (path, csv, strlen (csv), error);
}

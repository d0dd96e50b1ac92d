/* rt-recent.c: the list of recently opened maps in GSettings
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include "rt-recent.h"

static void
rt_recent_files_update (GSettings  *settings,
                        GFile      *file,
                        gboolean    add)
{
  g_auto(GStrv) old = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) uris = NULL;
  guint n = 0;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (G_IS_FILE (file));

  old = g_settings_get_strv (settings, "recent-files");
  uri = g_file_get_uri (file);
  builder = g_strv_builder_new ();

  if (add)
    {
      g_strv_builder_add (builder, uri);
      n++;
    }
  for (guint i = 0; old[i] != NULL && n < RT_RECENT_FILES_MAX; i++)
    {
      if (g_str_equal (old[i], uri))
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }

  uris = g_strv_builder_end (builder);
  if (!g_strv_equal ((const char * const *) old, (const char * const *) uris))
    g_settings_set_strv (settings, "recent-files", (const char * const *) uris);
}

void
rt_recent_files_add (GSettings *settings,
                     GFile     *file)
{
  rt_recent_files_update (settings, file, TRUE);
}

void
rt_recent_files_remove (GSettings *settings,
                        GFile     *file)
{
  rt_recent_files_update (settings, file, FALSE);
}

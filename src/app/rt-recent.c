/* rt-recent.c: the list of recently opened maps in GSettings
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include "rt-recent.h"

/* Keeps the titles of the files in uris only, with title for uri. */
static void
update_titles (GSettings          *settings,
               const char * const *uris,
               const char         *uri,
               const char         *title)
{
  g_autoptr(GVariant) old = g_settings_get_value (settings, "recent-titles");
  g_autoptr(GVariant) new = NULL;
  GVariantBuilder builder;
  guint i;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));

  for (i = 0; uris[i] != NULL; i++)
    {
      const char *kept = NULL;

      if (uri != NULL && g_str_equal (uris[i], uri))
        {
          if (title != NULL && title[0] != '\0')
            g_variant_builder_add (&builder, "{ss}", uris[i], title);
          continue;
        }
      if (g_variant_lookup (old, uris[i], "&s", &kept))
        g_variant_builder_add (&builder, "{ss}", uris[i], kept);
    }
  new = g_variant_ref_sink (g_variant_builder_end (&builder));
  if (!g_variant_equal (old, new))
    g_settings_set_value (settings, "recent-titles", new);
}

static void
rt_recent_files_update (GSettings  *settings,
                        GFile      *file,
                        gboolean    add,
                        const char *title)
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
  /* Titles first: the start page redraws when the list changes. */
  update_titles (settings, (const char * const *) uris, add ? uri : NULL, title);
  if (!g_strv_equal ((const char * const *) old, (const char * const *) uris))
    g_settings_set_strv (settings, "recent-files", (const char * const *) uris);
}

void
rt_recent_files_add (GSettings  *settings,
                     GFile      *file,
                     const char *title)
{
  rt_recent_files_update (settings, file, TRUE, title);
}

void
rt_recent_files_remove (GSettings *settings,
                        GFile     *file)
{
  rt_recent_files_update (settings, file, FALSE, NULL);
}

char *
rt_recent_files_get_title (GSettings *settings,
                           GFile     *file)
{
  g_autoptr(GVariant) titles = NULL;
  g_autofree char *uri = NULL;
  char *title = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  titles = g_settings_get_value (settings, "recent-titles");
  uri = g_file_get_uri (file);
  if (!g_variant_lookup (titles, uri, "s", &title))
    return NULL;
  return title;
}

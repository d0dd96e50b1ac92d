/* rt-recent.h: the list of recently opened maps in GSettings
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RT_RECENT_FILES_MAX 10

/* Puts @file first in "recent-files", dropping an older entry for it and
 * the oldest beyond RT_RECENT_FILES_MAX, and keeps its title (NULL or
 * empty: none) in "recent-titles" for the start page. */
void  rt_recent_files_add       (GSettings  *settings,
                                 GFile      *file,
                                 const char *title);
void  rt_recent_files_remove    (GSettings  *settings,
                                 GFile      *file);
/* The title kept for the file, or NULL. */
char *rt_recent_files_get_title (GSettings  *settings,
                                 GFile      *file);

G_END_DECLS

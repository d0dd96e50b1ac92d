/* rt-new-dialog.h: the starting points offered for a new map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-application.h"
#include "rt-window.h"

G_BEGIN_DECLS

/* The templates, in the order offered: file names without
 * ".roundtable", NULL-terminated. "blank" is first. */
const char *const *rt_templates_list   (void);
/* Their translated titles and descriptions. */
const char        *rt_template_get_title       (const char *name);
const char        *rt_template_get_description (const char *name);
/* The folder holding them: $ROUNDTABLE_DATADIR/templates when that is
 * set (running uninstalled, tests), else PKGDATADIR/templates. Free with
 * g_free. */
char              *rt_templates_dir            (void);
/* A new, untitled document from a template; NULL with error when its file
 * cannot be read. */
RtDocument        *rt_template_load            (const char  *name,
                                                GError     **error);

/* A new blank map, in @into when it shows the start page, in a new window
 * otherwise, and over it a small window offering the templates; choosing
 * one puts it in place of the blank map, "One Problem" ready to type. */
void               rt_new_dialog_run           (RtApplication *app,
                                                RtWindow      *into);

G_END_DECLS

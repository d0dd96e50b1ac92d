/* rt-application.h: the Roundtable application
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "rt-window.h"

G_BEGIN_DECLS

#define RT_TYPE_APPLICATION (rt_application_get_type ())
G_DECLARE_FINAL_TYPE (RtApplication, rt_application, RT, APPLICATION, AdwApplication)

RtApplication *rt_application_new      (void);

/* Shows @file: presents the window that already has it open, or reads it in
 * a thread and shows it in @into when that window shows the start page, in
 * a new window otherwise. Errors are shown on @into (or the active window). */
void           rt_application_open_file (RtApplication *self,
                                         GFile         *file,
                                         RtWindow      *into);

/* A new, empty map in @into when that window shows the start page, in a new
 * window otherwise. */
void           rt_application_new_map   (RtApplication *self,
                                         RtWindow      *into);

G_END_DECLS

/* rt-person-chip.h: a person's colour, as a dot or a pill with their name
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TYPE_PERSON_CHIP (rt_person_chip_get_type ())
G_DECLARE_FINAL_TYPE (RtPersonChip, rt_person_chip, RT, PERSON_CHIP, GtkWidget)

/*
 * Properties: "color" (string "#rrggbb"), "label" (string or NULL: a dot
 * only), "dimmed" (boolean: an absent person, drawn faded).
 */

GtkWidget  *rt_person_chip_new         (const char   *color,
                                        const char   *label);
/* A pill with the person's name, or a dot when with_name is FALSE. */
GtkWidget  *rt_person_chip_new_for_person (const RtPerson *person,
                                           gboolean        with_name);
void        rt_person_chip_set_color   (RtPersonChip *self,
                                        const char   *color);
const char *rt_person_chip_get_color   (RtPersonChip *self);
void        rt_person_chip_set_label   (RtPersonChip *self,
                                        const char   *label);
const char *rt_person_chip_get_label   (RtPersonChip *self);
void        rt_person_chip_set_dimmed  (RtPersonChip *self,
                                        gboolean      dimmed);
gboolean    rt_person_chip_get_dimmed  (RtPersonChip *self);

/* The colours new people get, told apart also by people with colour
 * vision deficiencies: the Okabe–Ito set first, then GNOME palette colours
 * of other hue or lightness. */
const char *const *rt_person_palette          (guint      *n_colors);
/* The first palette colour no person of doc has; when every one is taken,
 * the one fewest people have. Never NULL. */
const char        *rt_person_palette_next     (RtDocument *doc);

G_END_DECLS

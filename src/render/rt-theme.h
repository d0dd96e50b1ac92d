/* rt-theme.h: the colours and sizes a map is drawn with
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <cairo.h>

#include "model/rt-types.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b, a;
} RtColor;

typedef enum {
  RT_THEME_LIGHT,
  RT_THEME_DARK,
  RT_THEME_HIGH_CONTRAST,
  RT_N_THEME_VARIANTS
} RtThemeVariant;

typedef struct {
  RtColor fill;     /* the node's body */
  RtColor border;   /* its outline */
  RtColor accent;   /* the kind glyph, adopted borders */
  RtColor text;     /* the node's label */
} RtKindColors;

typedef struct {
  RtColor color;
  double  width;    /* map units at scale 1 */
} RtLinkStyle;

/* A plain value: copy it with `*a = *b`, or use the boxed type. */
typedef struct {
  RtThemeVariant variant;
  RtColor        background;
  RtColor        grid;           /* faint dots of the canvas; unused by export */
  RtColor        text;           /* general text (counts on the stance strip) */
  RtColor        text_muted;
  RtColor        shadow;         /* alpha 0: no shadow */
  RtKindColors   kinds[RT_N_NODE_KINDS];
  RtLinkStyle    links[RT_N_LINK_KINDS];
  RtColor        selection;      /* ring around selected nodes and links */
  RtColor        hover;
  RtColor        focus;          /* dashed keyboard focus ring */
  RtColor        status_good;    /* adopted, resolved */
  RtColor        status_bad;     /* rejected */
  RtColor        status_neutral; /* parked */
  RtColor        stance_commit;
  RtColor        stance_agree;
  RtColor        stance_accept;
  RtColor        stance_object;
  RtColor        strip;          /* the stance strip's background */
  RtColor        badge_outline;  /* ring around person badges */
  double         border_width;   /* map units; responses draw it thicker */
  double         dim_alpha;      /* opacity of dimmed nodes */
  double         text_scale;     /* 1.0: body text 15 map units high */
} RtTheme;

#define RT_TYPE_THEME (rt_theme_get_type ())

GType          rt_theme_get_type    (void) G_GNUC_CONST;

/* A newly allocated theme of the variant, text scale 1. */
RtTheme       *rt_theme_new         (RtThemeVariant variant);
RtTheme       *rt_theme_copy        (const RtTheme *theme);
void           rt_theme_free        (RtTheme *theme);
/* Fills *theme with the variant's values, text scale 1. */
void           rt_theme_init        (RtTheme *theme, RtThemeVariant variant);

/* "#rrggbb" to a colour; FALSE (and a neutral grey) when malformed. */
gboolean       rt_color_parse       (const char *spec, RtColor *out);
/* A colour legible on top of bg: near-white or near-black. */
RtColor        rt_color_contrasting (const RtColor *bg);
/* Relative luminance (WCAG), 0..1. */
double         rt_color_luminance   (const RtColor *c);
/* a mixed towards b by t (0: a, 1: b); alpha mixes too. */
RtColor        rt_color_mix         (const RtColor *a, const RtColor *b, double t);
void           rt_color_set_source  (cairo_t *cr, const RtColor *c);
void           rt_color_set_source_alpha (cairo_t *cr, const RtColor *c, double alpha);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtTheme, rt_theme_free)

G_END_DECLS

/* rt-theme.c: the colours and sizes a map is drawn with
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-theme.h"

G_DEFINE_BOXED_TYPE (RtTheme, rt_theme, rt_theme_copy, rt_theme_free)

static RtColor
hex (guint32 rgb, double alpha)
{
  RtColor c;

  c.r = ((rgb >> 16) & 0xff) / 255.0;
  c.g = ((rgb >> 8) & 0xff) / 255.0;
  c.b = (rgb & 0xff) / 255.0;
  c.a = alpha;
  return c;
}

static void
set_kind (RtTheme *t, RtNodeKind kind, guint32 fill, guint32 border,
          guint32 accent, guint32 text)
{
  t->kinds[kind].fill = hex (fill, 1.0);
  t->kinds[kind].border = hex (border, 1.0);
  t->kinds[kind].accent = hex (accent, 1.0);
  t->kinds[kind].text = hex (text, 1.0);
}

static void
set_link (RtTheme *t, RtLinkKind kind, guint32 color, double width)
{
  t->links[kind].color = hex (color, 1.0);
  t->links[kind].width = width;
}

/* The GNOME palette: blue #3584e4 #1c71d8 #1a5fb4, green #33d17a #26a269,
 * yellow #f6d32d #e5a50a, red #e01b24 #c01c28, purple #9141ac #813d9c,
 * brown #986a44, light #f6f5f4 #deddda #9a9996, dark #5e5c64 #3d3846 #241f31. */
static void
init_light (RtTheme *t)
{
  t->background = hex (0xfafafa, 1.0);
  t->grid = hex (0xdeddda, 1.0);
  t->text = hex (0x241f31, 1.0);
  t->text_muted = hex (0x77767b, 1.0);
  t->shadow = hex (0x000000, 0.09);
  set_kind (t, RT_NODE_PROBLEM, 0xf5ecf7, 0xb77fc7, 0x813d9c, 0x241f31);
  set_kind (t, RT_NODE_RESPONSE, 0xe8f1fc, 0x62a0ea, 0x1a5fb4, 0x241f31);
  set_kind (t, RT_NODE_PRO, 0xe7f6ec, 0x6cc993, 0x1f8a57, 0x241f31);
  set_kind (t, RT_NODE_CON, 0xfcebeb, 0xea8388, 0xc01c28, 0x241f31);
  set_kind (t, RT_NODE_NOTE, 0xfcf5d9, 0xdcbc5c, 0x8f6408, 0x241f31);
  set_link (t, RT_LINK_RESPONDS_TO, 0x77767b, 2.5);
  set_link (t, RT_LINK_SUPPORTS, 0x2ea86a, 2.0);
  set_link (t, RT_LINK_OPPOSES, 0xd2333c, 2.0);
  set_link (t, RT_LINK_ARISES_FROM, 0x9d61b3, 1.75);
  set_link (t, RT_LINK_RELATES_TO, 0x9a9996, 1.25);
  t->selection = hex (0x3584e4, 1.0);
  t->hover = hex (0x3584e4, 0.35);
  t->focus = hex (0x1c71d8, 1.0);
  t->status_good = hex (0x26a269, 1.0);
  t->status_bad = hex (0xc01c28, 1.0);
  t->status_neutral = hex (0x77767b, 1.0);
  t->stance_commit = hex (0x1a5fb4, 1.0);
  t->stance_agree = hex (0x26a269, 1.0);
  t->stance_accept = hex (0x77767b, 1.0);
  t->stance_object = hex (0xc01c28, 1.0);
  t->strip = hex (0x000000, 0.045);
  t->badge_outline = hex (0xffffff, 1.0);
  t->border_width = 1.5;
  t->dim_alpha = 0.22;
}

static void
init_dark (RtTheme *t)
{
  t->background = hex (0x1e1e1e, 1.0);
  t->grid = hex (0x3a3a3a, 1.0);
  t->text = hex (0xffffff, 0.92);
  t->text_muted = hex (0x9a9996, 1.0);
  t->shadow = hex (0x000000, 0.30);
  set_kind (t, RT_NODE_PROBLEM, 0x3b2b44, 0xa46bb9, 0xdc8add, 0xf6f5f4);
  set_kind (t, RT_NODE_RESPONSE, 0x1f3551, 0x3f8ae5, 0x99c1f1, 0xf6f5f4);
  set_kind (t, RT_NODE_PRO, 0x1c3b2b, 0x2eb074, 0x8ff0a4, 0xf6f5f4);
  set_kind (t, RT_NODE_CON, 0x472328, 0xdc3d45, 0xf99b93, 0xf6f5f4);
  set_kind (t, RT_NODE_NOTE, 0x3d3520, 0xc99a22, 0xf8e45c, 0xf6f5f4);
  set_link (t, RT_LINK_RESPONDS_TO, 0xa8a7a5, 2.5);
  set_link (t, RT_LINK_SUPPORTS, 0x33d17a, 2.0);
  set_link (t, RT_LINK_OPPOSES, 0xf66151, 2.0);
  set_link (t, RT_LINK_ARISES_FROM, 0xc061cb, 1.75);
  set_link (t, RT_LINK_RELATES_TO, 0x77767b, 1.25);
  t->selection = hex (0x78aeed, 1.0);
  t->hover = hex (0x78aeed, 0.35);
  t->focus = hex (0x99c1f1, 1.0);
  t->status_good = hex (0x33d17a, 1.0);
  t->status_bad = hex (0xf66151, 1.0);
  t->status_neutral = hex (0x9a9996, 1.0);
  t->stance_commit = hex (0x78aeed, 1.0);
  t->stance_agree = hex (0x57e389, 1.0);
  t->stance_accept = hex (0xc0bfbc, 1.0);
  t->stance_object = hex (0xf66151, 1.0);
  t->strip = hex (0xffffff, 0.06);
  t->badge_outline = hex (0x1e1e1e, 1.0);
  t->border_width = 1.5;
  t->dim_alpha = 0.25;
}

static void
init_high_contrast (RtTheme *t)
{
  t->background = hex (0xffffff, 1.0);
  t->grid = hex (0xc0bfbc, 1.0);
  t->text = hex (0x000000, 1.0);
  t->text_muted = hex (0x3d3846, 1.0);
  t->shadow = hex (0x000000, 0.0);
  set_kind (t, RT_NODE_PROBLEM, 0xf7eefa, 0x000000, 0x613583, 0x000000);
  set_kind (t, RT_NODE_RESPONSE, 0xeaf2fd, 0x000000, 0x1a5fb4, 0x000000);
  set_kind (t, RT_NODE_PRO, 0xe9f7ee, 0x000000, 0x1c6e46, 0x000000);
  set_kind (t, RT_NODE_CON, 0xfdeded, 0x000000, 0xa51d2d, 0x000000);
  set_kind (t, RT_NODE_NOTE, 0xfdf7dc, 0x000000, 0x63452c, 0x000000);
  set_link (t, RT_LINK_RESPONDS_TO, 0x000000, 3.0);
  set_link (t, RT_LINK_SUPPORTS, 0x1c6e46, 2.5);
  set_link (t, RT_LINK_OPPOSES, 0xa51d2d, 2.5);
  set_link (t, RT_LINK_ARISES_FROM, 0x613583, 2.25);
  set_link (t, RT_LINK_RELATES_TO, 0x3d3846, 1.75);
  t->selection = hex (0x1a5fb4, 1.0);
  t->hover = hex (0x1a5fb4, 0.5);
  t->focus = hex (0x000000, 1.0);
  t->status_good = hex (0x1c6e46, 1.0);
  t->status_bad = hex (0xa51d2d, 1.0);
  t->status_neutral = hex (0x3d3846, 1.0);
  t->stance_commit = hex (0x1a5fb4, 1.0);
  t->stance_agree = hex (0x1c6e46, 1.0);
  t->stance_accept = hex (0x3d3846, 1.0);
  t->stance_object = hex (0xa51d2d, 1.0);
  t->strip = hex (0x000000, 0.06);
  t->badge_outline = hex (0x000000, 1.0);
  t->border_width = 2.5;
  t->dim_alpha = 0.35;
}

void
rt_theme_init (RtTheme       *theme,
               RtThemeVariant variant)
{
  g_return_if_fail (theme != NULL);

  memset (theme, 0, sizeof *theme);
  theme->variant = variant;
  theme->text_scale = 1.0;
  switch (variant)
    {
    case RT_THEME_DARK:
      init_dark (theme);
      break;
    case RT_THEME_HIGH_CONTRAST:
      init_high_contrast (theme);
      break;
    case RT_THEME_LIGHT:
    case RT_N_THEME_VARIANTS:
    default:
      theme->variant = RT_THEME_LIGHT;
      init_light (theme);
      break;
    }
}

RtTheme *
rt_theme_new (RtThemeVariant variant)
{
  RtTheme *theme = g_new0 (RtTheme, 1);

  rt_theme_init (theme, variant);
  return theme;
}

RtTheme *
rt_theme_copy (const RtTheme *theme)
{
  g_return_val_if_fail (theme != NULL, NULL);

  return g_memdup2 (theme, sizeof *theme);
}

void
rt_theme_free (RtTheme *theme)
{
  g_free (theme);
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

gboolean
rt_color_parse (const char *spec,
                RtColor    *out)
{
  guint32 v = 0;
  int i;

  g_return_val_if_fail (out != NULL, FALSE);

  *out = hex (0x9a9996, 1.0);
  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return FALSE;
  for (i = 1; i < 7; i++)
    {
      int d = hex_digit (spec[i]);

      if (d < 0)
        return FALSE;
      v = (v << 4) | (guint32) d;
    }
  *out = hex (v, 1.0);
  return TRUE;
}

static double
linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
rt_color_luminance (const RtColor *c)
{
  g_return_val_if_fail (c != NULL, 0.0);

  return 0.2126 * linear (c->r) + 0.7152 * linear (c->g) + 0.0722 * linear (c->b);
}

RtColor
rt_color_contrasting (const RtColor *bg)
{
  double l = rt_color_luminance (bg);
  /* Contrast against white (1.05 / (l + .05)) and against the dark text
   * colour #241f31 (luminance about .016). */
  double with_white = 1.05 / (l + 0.05);
  double with_dark = (l + 0.05) / 0.066;

  return with_white >= with_dark ? hex (0xffffff, 1.0) : hex (0x241f31, 1.0);
}

RtColor
rt_color_mix (const RtColor *a,
              const RtColor *b,
              double         t)
{
  RtColor c;

  c.r = a->r + (b->r - a->r) * t;
  c.g = a->g + (b->g - a->g) * t;
  c.b = a->b + (b->b - a->b) * t;
  c.a = a->a + (b->a - a->a) * t;
  return c;
}

void
rt_color_set_source (cairo_t       *cr,
                     const RtColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

void
rt_color_set_source_alpha (cairo_t       *cr,
                           const RtColor *c,
                           double         alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a * alpha);
}

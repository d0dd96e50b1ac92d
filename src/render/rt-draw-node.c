/* rt-draw-node.c: how one node looks
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "rt-draw-private.h"

#define MAX_CREDITS 3

/* Colours of one node after status and dimming. */
typedef struct {
  RtColor fill, border, accent, text, strip;
  double  fade;          /* 0: as the theme says; towards the background */
  double  border_width;
} NodeLook;

static RtColor
fade (const RtDraw *d, const RtColor *c, double f)
{
  return f > 0.0 ? rt_color_mix (c, &d->theme->background, f) : *c;
}

static void
node_look (const RtDraw *d, const RtNode *node, RtDrawFlags flags, NodeLook *look)
{
  const RtTheme *t = d->theme;
  const RtKindColors *k = &t->kinds[node->kind];
  double f = 0.0;
  double bw = t->border_width * rt_node_style_border_factor (node->kind);

  look->fill = k->fill;
  look->border = k->border;
  look->accent = k->accent;
  look->text = k->text;
  look->strip = t->strip;

  switch (node->status)
    {
    case RT_STATUS_ADOPTED:
      look->border = k->accent;
      bw *= 1.3;
      break;
    case RT_STATUS_REJECTED:
      look->fill = rt_color_mix (&t->background, &t->text_muted, 0.10);
      look->border = t->text_muted;
      look->accent = t->text_muted;
      look->text = t->text_muted;
      f = 0.15;
      break;
    case RT_STATUS_PARKED:
      f = 0.45;
      break;
    case RT_STATUS_RESOLVED:
      look->text = rt_color_mix (&k->text, &t->text_muted, 0.6);
      f = 0.3;
      break;
    case RT_STATUS_NONE:
    case RT_STATUS_PROPOSED:
    case RT_STATUS_OPEN:
    case RT_N_STATUSES:
    default:
      break;
    }
  if (flags & RT_DRAW_DIMMED)
    f = 1.0 - (1.0 - f) * t->dim_alpha;
  if (d->state->presentation)
    bw *= 1.3;

  look->fade = f;
  look->fill = fade (d, &look->fill, f);
  look->border = fade (d, &look->border, f);
  look->accent = fade (d, &look->accent, f);
  look->text = fade (d, &look->text, f);
  look->strip.a *= 1.0 - f;
  look->border_width = MAX (bw * d->s, d->px);
}

static void
circle (cairo_t *cr, double x, double y, double r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0.0, 2.0 * G_PI);
}

/* The body with its border, as two fills: cheaper than fill and stroke. */
static void
fill_body (RtDraw *d, const RtNode *node, const RtRect *rect, const NodeLook *look)
{
  RtRect outer = *rect, inner = *rect;
  double bw = MAX (look->border_width, d->px);

  rt_rect_inflate (&outer, bw / 2.0);
  rt_rect_inflate (&inner, -bw / 2.0);
  rt_node_style_shape_path (d->cr, node->kind, &outer, d->s);
  rt_color_set_source (d->cr, &look->border);
  cairo_fill (d->cr);
  rt_node_style_shape_path (d->cr, node->kind, &inner, d->s);
  rt_color_set_source (d->cr, &look->fill);
  cairo_fill (d->cr);
}

static void
show_label (RtDraw *d, PangoLayout *layout, double cx, double cy)
{
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  /* Centre the ink box, so capitals sit in the middle of a badge. */
  cairo_move_to (d->cr,
                 cx - ((double) ink.x + ink.width / 2.0) / PANGO_SCALE,
                 cy - ((double) ink.y + ink.height / 2.0) / PANGO_SCALE);
  pango_cairo_show_layout (d->cr, layout);
  d->stats->texts_drawn++;
}

char *
rt_draw_initials (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean at_word = TRUE;
  const char *p;
  int letters = 0;

  for (p = name; p && *p && letters < 2; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-')
        {
          at_word = TRUE;
          continue;
        }
      if (at_word && g_unichar_isalnum (c))
        {
          g_string_append_unichar (out, g_unichar_toupper (c));
          letters++;
        }
      at_word = FALSE;
    }
  return g_string_free (out, FALSE);
}

static void
draw_person_badge (RtDraw *d, const char *person_id, double cx, double cy,
                   double r, gboolean initials, double f)
{
  const RtPerson *person = rt_document_lookup_person (d->document, person_id);
  const RtTheme *t = d->theme;
  RtColor color, ink;
  gboolean highlighted;
  cairo_t *cr = d->cr;

  if (person == NULL)
    return;
  highlighted = d->state->highlight_person != NULL &&
                g_strcmp0 (d->state->highlight_person, person_id) == 0;
  if (highlighted)
    f = 0.0;
  rt_color_parse (person->color, &color);
  ink = rt_color_contrasting (&color);
  color = fade (d, &color, f);
  ink = fade (d, &ink, f);
  /* The rings around badges were filled beforehand, all at once. */
  circle (cr, cx, cy, r);
  rt_color_set_source (cr, &color);
  cairo_fill (cr);

  if (initials && !person->present)
    {
      /* Absent people: a hollow look, the colour as a ring. */
      RtColor hollow = fade (d, &t->background, f);

      circle (cr, cx, cy, r * 0.72);
      rt_color_set_source (cr, &hollow);
      cairo_fill (cr);
      ink = fade (d, &t->text, f);
    }

  if (initials && r * d->scale >= 5.0)
    {
      g_autofree char *text = rt_draw_initials (person->name);

      if (text[0] != '\0')
        {
          PangoLayout *layout = rt_metrics_get_label (d->metrics, text, RT_LABEL_BADGE);
          double want = r * 1.05;
          PangoRectangle logical;
          double w;

          pango_layout_get_extents (layout, NULL, &logical);
          w = (double) logical.width / PANGO_SCALE;
          cairo_save (cr);
          if (w > want * 1.45)
            {
              /* Wide initials ("WM"): shrink to fit the disc. */
              double k = want * 1.45 / w;

              cairo_translate (cr, cx, cy);
              cairo_scale (cr, k, k);
              cairo_translate (cr, -cx, -cy);
            }
          else if (r < RT_NODE_BADGE_RADIUS * d->s)
            {
              double k = r / (RT_NODE_BADGE_RADIUS * d->s);

              cairo_translate (cr, cx, cy);
              cairo_scale (cr, k, k);
              cairo_translate (cr, -cx, -cy);
            }
          rt_color_set_source (cr, &ink);
          show_label (d, layout, cx, cy);
          cairo_restore (cr);
        }
    }
}

static gboolean
has_status_badge (const RtNode *node)
{
  return node->status == RT_STATUS_ADOPTED || node->status == RT_STATUS_RESOLVED ||
         node->status == RT_STATUS_REJECTED || node->status == RT_STATUS_PARKED;
}

static gboolean
is_highlighted (RtDraw *d, const char *person_id)
{
  return d->state->highlight_person != NULL &&
         g_strcmp0 (d->state->highlight_person, person_id) == 0;
}

/* The rings that set every badge off from the border under it: one path,
 * one fill (and one more for a highlighted person's wider ring), where
 * each badge on its own would cost a fill. Positions as in draw_badges and
 * draw_status_badge. */
static void
badge_rings (RtDraw *d, const RtNode *node, const RtRect *rect)
{
  cairo_t *cr = d->cr;
  double s = d->s, ring = 1.5 * s;
  double r = RT_NODE_BADGE_RADIUS * s, cr_ = RT_NODE_CREDIT_RADIUS * s;
  double bx = rect->x + rect->width - 22.0 * s, by = rect->y, x;
  gboolean any = FALSE, any_highlight = FALSE;
  guint i, n;
  int pass;

  for (pass = 0; pass < 2; pass++)
    {
      gboolean want_highlight = pass == 1;
      double grow = want_highlight ? 3.0 * s : ring;

      if (want_highlight && !any_highlight)
        break;
      if (!want_highlight && has_status_badge (node))
        {
          circle (cr, rect->x + 26.0 * s, by, RT_NODE_STATUS_RADIUS * s + ring);
          any = TRUE;
        }
      if (node->by != NULL && rt_document_lookup_person (d->document, node->by) != NULL)
        {
          if (is_highlighted (d, node->by) == want_highlight)
            {
              circle (cr, bx, by, r + grow);
              any = TRUE;
            }
          else
            any_highlight = TRUE;
        }
      n = node->credits ? MIN (node->credits->len, MAX_CREDITS) : 0;
      x = node->by != NULL ? bx - r - cr_ - 3.0 * s : bx;
      for (i = 0; i < n; i++, x -= 2.0 * cr_ + 2.0 * s)
        {
          const char *id = g_ptr_array_index (node->credits, i);

          if (rt_document_lookup_person (d->document, id) == NULL)
            continue;
          if (is_highlighted (d, id) == want_highlight)
            {
              circle (cr, x, by, cr_ + grow);
              any = TRUE;
            }
          else
            any_highlight = TRUE;
        }
      if (!want_highlight && node->credits && node->credits->len > n)
        {
          circle (cr, x, by, cr_ + ring);
          any = TRUE;
        }
      if (any)
        {
          rt_color_set_source (cr, want_highlight ? &d->theme->selection : &d->theme->badge_outline);
          cairo_fill (cr);
        }
      any = FALSE;
    }
}

static void
draw_status_badge (RtDraw *d, const RtNode *node, const RtRect *rect, double f)
{
  const RtTheme *t = d->theme;
  double r = RT_NODE_STATUS_RADIUS * d->s;
  double cx = rect->x + 26.0 * d->s, cy = rect->y;
  RtColor bg, white = { 1.0, 1.0, 1.0, 1.0 };
  cairo_t *cr = d->cr;

  switch (node->status)
    {
    case RT_STATUS_ADOPTED:
    case RT_STATUS_RESOLVED:
      bg = t->status_good;
      break;
    case RT_STATUS_REJECTED:
      bg = t->status_bad;
      break;
    case RT_STATUS_PARKED:
      bg = t->status_neutral;
      break;
    case RT_STATUS_NONE:
    case RT_STATUS_PROPOSED:
    case RT_STATUS_OPEN:
    case RT_N_STATUSES:
    default:
      return;
    }
  /* The badge keeps most of its strength on a faded node: it says why. */
  bg = fade (d, &bg, f * 0.4);
  circle (cr, cx, cy, r);
  rt_color_set_source (cr, &bg);
  cairo_fill (cr);
  rt_color_set_source (cr, &white);
  if (node->status == RT_STATUS_PARKED)
    rt_glyph_pause (cr, cx, cy, 1.7 * r);
  else if (node->status == RT_STATUS_REJECTED)
    rt_glyph_cross (cr, cx, cy, 1.7 * r);
  else
    rt_glyph_check (cr, cx, cy, 1.6 * r);
}

static void
draw_badges (RtDraw *d, const RtNode *node, const RtRect *rect, double f)
{
  double s = d->s;
  double r = RT_NODE_BADGE_RADIUS * s, cr_ = RT_NODE_CREDIT_RADIUS * s;
  double bx = rect->x + rect->width - 22.0 * s, by = rect->y;
  double x;
  guint i, n;

  if (node->by != NULL)
    draw_person_badge (d, node->by, bx, by, r, TRUE, f);
  if (node->credits == NULL || node->credits->len == 0)
    return;

  x = node->by != NULL ? bx - r - cr_ - 3.0 * s : bx;
  n = MIN (node->credits->len, MAX_CREDITS);
  for (i = 0; i < n; i++)
    {
      draw_person_badge (d, g_ptr_array_index (node->credits, i), x, by, cr_, TRUE, f);
      x -= 2.0 * cr_ + 2.0 * s;
    }
  if (node->credits->len > n)
    {
      g_autofree char *more = g_strdup_printf ("+%u", node->credits->len - n);
      PangoLayout *layout = rt_metrics_get_label (d->metrics, more, RT_LABEL_COUNT);
      RtColor bg = fade (d, &d->theme->text_muted, f);

      circle (d->cr, x, by, cr_);
      rt_color_set_source (d->cr, &bg);
      cairo_fill (d->cr);
      cairo_save (d->cr);
      cairo_translate (d->cr, x, by);
      cairo_scale (d->cr, 0.8, 0.8);
      cairo_set_source_rgb (d->cr, 1.0, 1.0, 1.0);
      show_label (d, layout, 0.0, 0.0);
      cairo_restore (d->cr);
    }
}

/* The stance summary: a flag per commitment level, a ringed check for
 * agreement, a ring for acceptance, a red "no entry" for objections, each
 * with its count; committers' colours follow the flag. */
static void
draw_strip (RtDraw *d, const RtNode *node, const RtRect *rect, const RtInsets *in,
            const NodeLook *look)
{
  const RtTheme *t = d->theme;
  cairo_t *cr = d->cr;
  double s = d->s, h = RT_NODE_STRIP_HEIGHT * s;
  double y0 = rect->y + rect->height - h - 1.0 * s, cy = y0 + h / 2.0 - 0.5 * s;
  double x = rect->x + in->left - 2.0 * s;
  guint counts[RT_N_STANCE_LEVELS] = { 0 };
  guint i;
  int level;

  for (i = 0; i < node->stances->len; i++)
    {
      const RtStance *st = g_ptr_array_index (node->stances, i);

      if (st->level > RT_STANCE_NONE && st->level < RT_N_STANCE_LEVELS)
        counts[st->level]++;
    }

  cairo_save (cr);
  rt_node_style_shape_path (cr, node->kind, rect, s);
  cairo_clip (cr);
  cairo_rectangle (cr, rect->x, y0, rect->width, rect->height);
  rt_color_set_source (cr, &look->strip);
  cairo_fill (cr);
  cairo_restore (cr);

  for (level = RT_STANCE_COMMIT; level < RT_N_STANCE_LEVELS; level++)
    {
      char digits[16];
      PangoLayout *layout;
      PangoRectangle logical;
      RtColor c;
      double u = 13.0 * s;

      if (counts[level] == 0)
        continue;
      switch (level)
        {
        case RT_STANCE_COMMIT:
          c = fade (d, &t->stance_commit, look->fade);
          rt_color_set_source (cr, &c);
          rt_glyph_flag (cr, x + u / 2.0, cy, u);
          break;
        case RT_STANCE_AGREE:
          c = fade (d, &t->stance_agree, look->fade);
          rt_color_set_source (cr, &c);
          rt_glyph_thumb (cr, x + u / 2.0, cy, u);
          break;
        case RT_STANCE_ACCEPT:
          c = fade (d, &t->stance_accept, look->fade);
          rt_color_set_source (cr, &c);
          rt_glyph_ring (cr, x + u / 2.0, cy, u);
          break;
        case RT_STANCE_OBJECT:
        default:
          c = fade (d, &t->stance_object, look->fade);
          rt_glyph_object (cr, x + u / 2.0, cy, u, c.r, c.g, c.b);
          break;
        }
      x += u + 3.0 * s;
      g_snprintf (digits, sizeof digits, "%u", counts[level]);
      layout = rt_metrics_get_label (d->metrics, digits, RT_LABEL_COUNT);
      pango_layout_get_extents (layout, NULL, &logical);
      rt_color_set_source (cr, &c);
      cairo_move_to (cr, x, cy - (double) logical.height / PANGO_SCALE / 2.0);
      pango_cairo_show_layout (cr, layout);
      d->stats->texts_drawn++;
      x += (double) logical.width / PANGO_SCALE + 4.0 * s;

      if (level == RT_STANCE_COMMIT)
        {
          guint shown = 0;

          for (i = 0; i < node->stances->len && shown < 4; i++)
            {
              const RtStance *st = g_ptr_array_index (node->stances, i);
              const RtPerson *p;
              RtColor pc;

              if (st->level != RT_STANCE_COMMIT)
                continue;
              p = rt_document_lookup_person (d->document, st->person);
              if (p == NULL)
                continue;
              rt_color_parse (p->color, &pc);
              pc = fade (d, &pc, look->fade);
              circle (cr, x + 4.0 * s, cy, 4.0 * s);
              rt_color_set_source (cr, &pc);
              cairo_fill (cr);
              x += 10.0 * s;
              shown++;
            }
        }
      x += 8.0 * s;
    }
}

static void
strike_lines (RtDraw *d, PangoLayout *layout, double tx, double ty)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double y;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (logical.width <= 0)
        continue;
      y = ty + ((double) logical.y + logical.height * 0.55) / PANGO_SCALE;
      cairo_move_to (d->cr, tx + (double) logical.x / PANGO_SCALE, y);
      cairo_rel_line_to (d->cr, (double) logical.width / PANGO_SCALE, 0.0);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  cairo_set_line_width (d->cr, 1.6 * d->s);
  cairo_stroke (d->cr);
}

void
rt_draw_node_full (RtDraw       *d,
                   const RtNode *node,
                   const RtRect *rect,
                   RtDrawFlags   flags)
{
  const RtTheme *t = d->theme;
  cairo_t *cr = d->cr;
  double s = d->s;
  NodeLook look;
  RtInsets in;
  PangoLayout *layout;
  PangoRectangle logical;
  double tx, ty, gx, gy, avail, line_h;
  gboolean strip = rt_metrics_node_has_strip (node);
  int n_lines;

  node_look (d, node, flags, &look);
  rt_node_style_get_insets (node->kind, strip, s, &in);

  /* A soft shadow below. */
  if (t->shadow.a > 0.0 && look.fade < 0.5)
    {
      RtRect sh = *rect;

      sh.y += 2.5 * s;
      rt_node_style_shape_path (cr, node->kind, &sh, s);
      rt_color_set_source (cr, &t->shadow);
      cairo_fill (cr);
    }

  fill_body (d, node, rect, &look);

  if (node->kind == RT_NODE_NOTE)
    {
      rt_node_style_fold_path (cr, rect, s);
      rt_color_set_source_alpha (cr, &look.border, 0.55);
      cairo_fill_preserve (cr);
      rt_color_set_source (cr, &look.border);
      cairo_set_line_width (cr, look.border_width * 0.8);
      cairo_stroke (cr);
    }

  if (strip)
    draw_strip (d, node, rect, &in, &look);

  layout = rt_metrics_get_layout (d->metrics, node);
  pango_layout_get_extents (layout, NULL, &logical);
  n_lines = MAX (pango_layout_get_line_count (layout), 1);
  avail = rect->height - in.top - in.bottom;
  tx = rect->x + in.left;
  ty = rect->y + in.top + MAX (0.0, (avail - (double) logical.height / PANGO_SCALE) / 2.0);
  line_h = (double) logical.height / PANGO_SCALE / n_lines;

  /* The kind glyph on a soft chip, level with the first line. */
  rt_node_style_glyph_center (node->kind, rect, s, &gx, &gy);
  gy = ty + line_h / 2.0;
  circle (cr, gx, gy, 11.5 * s);
  rt_color_set_source_alpha (cr, &look.accent, 0.16);
  cairo_fill (cr);
  rt_color_set_source (cr, &look.accent);
  rt_node_style_draw_glyph (cr, node->kind, gx, gy, 15.0 * s);

  if (node->text[0] != '\0')
    {
      rt_color_set_source (cr, &look.text);
      cairo_move_to (cr, tx, ty);
      pango_cairo_show_layout (cr, layout);
      d->stats->texts_drawn++;
      if (node->status == RT_STATUS_REJECTED)
        strike_lines (d, layout, tx, ty);
    }

  badge_rings (d, node, rect);
  draw_status_badge (d, node, rect, look.fade);
  draw_badges (d, node, rect, look.fade);
}

void
rt_draw_node_simple (RtDraw       *d,
                     const RtNode *node,
                     const RtRect *rect,
                     RtDrawFlags   flags)
{
  cairo_t *cr = d->cr;
  double s = d->s;
  NodeLook look;
  RtInsets in;
  double gx, gy, y, line, avail;
  int lines, i;

  node_look (d, node, flags, &look);
  fill_body (d, node, rect, &look);

  rt_node_style_get_insets (node->kind, rt_metrics_node_has_strip (node), s, &in);
  rt_node_style_glyph_center (node->kind, rect, s, &gx, &gy);
  if (15.0 * s * d->scale >= 5.0)
    {
      rt_color_set_source (cr, &look.accent);
      rt_node_style_draw_glyph (cr, node->kind, gx, gy, 15.0 * s);
    }

  /* Text as grey bars, one per line. */
  line = 19.0 * s;
  avail = rect->height - in.top - in.bottom;
  lines = MAX (1, (int) floor (avail / line + 0.3));
  y = rect->y + in.top + (avail - lines * line) / 2.0;
  for (i = 0; i < lines && node->text[0] != '\0'; i++)
    {
      double w = rect->width - in.left - in.right;

      if (i == lines - 1 && lines > 1)
        w *= 0.6;
      cairo_rectangle (cr, rect->x + in.left, y + line * i + line * 0.3, w, line * 0.4);
    }
  rt_color_set_source_alpha (cr, &look.text, 0.28);
  cairo_fill (cr);

  if (node->by != NULL && RT_NODE_BADGE_RADIUS * s * d->scale >= 2.0)
    draw_person_badge (d, node->by, rect->x + rect->width - 22.0 * s, rect->y,
                       RT_NODE_BADGE_RADIUS * s, FALSE, look.fade);
}

void
rt_draw_node_rings (RtDraw       *d,
                    const RtNode *node,
                    const RtRect *rect,
                    RtDrawFlags   flags)
{
  const RtTheme *t = d->theme;
  cairo_t *cr = d->cr;
  double s = d->s;
  RtRect r;

  if (flags & RT_DRAW_HOVER && !(flags & RT_DRAW_SELECTED))
    {
      r = *rect;
      rt_rect_inflate (&r, 3.5 * s);
      rt_node_style_shape_path (cr, node->kind, &r, s);
      rt_color_set_source (cr, &t->hover);
      cairo_set_line_width (cr, MAX (3.0 * s, 2.0 * d->px));
      cairo_stroke (cr);
    }
  if (flags & RT_DRAW_SELECTED)
    {
      r = *rect;
      rt_rect_inflate (&r, 4.0 * s);
      rt_node_style_shape_path (cr, node->kind, &r, s);
      rt_color_set_source (cr, &t->selection);
      cairo_set_line_width (cr, MAX (3.0 * s, 2.0 * d->px));
      cairo_stroke (cr);
    }
  if (flags & RT_DRAW_FOCUS)
    {
      double dash[2];

      r = *rect;
      rt_rect_inflate (&r, 9.0 * s);
      dash[0] = MAX (6.0 * s, 3.0 * d->px);
      dash[1] = MAX (4.0 * s, 2.0 * d->px);
      rt_node_style_shape_path (cr, node->kind, &r, s);
      rt_color_set_source (cr, &t->focus);
      cairo_set_line_width (cr, MAX (2.0 * s, 1.5 * d->px));
      cairo_set_dash (cr, dash, 2, 0.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
    }
}

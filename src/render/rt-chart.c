/* rt-chart.c: who took part, drawn with cairo and pango
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "rt-chart.h"

/* Proportions of the participation chart, in multiples of the font size. */
#define ROW_HEIGHT     2.1
#define BAR_HEIGHT     1.35
#define GAP            0.8   /* between the columns */
#define SEGMENT_GAP    2.0   /* pixels between the segments of a bar */
#define LEGEND_SWATCH  1.0
#define LEGEND_LINE    1.9

void
rt_chart_style_init (RtChartStyle   *style,
                     RtThemeVariant  variant)
{
  RtTheme theme;

  g_return_if_fail (style != NULL);

  rt_theme_init (&theme, variant);
  style->background = theme.background;
  style->text = theme.text;
  style->text_muted = theme.text_muted;
  style->track = rt_color_mix (&theme.background, &theme.text_muted, 0.3);
  style->accent = theme.kinds[RT_NODE_RESPONSE].accent;
  style->font_family = NULL;
  style->font_size = 15.0;
}

GArray *
rt_chart_bars_from_analysis (RtAnalysis *analysis,
                             RtDocument *doc)
{
  guint n;
  GArray *bars;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  n = rt_analysis_get_n_people (analysis);
  bars = g_array_sized_new (FALSE, TRUE, sizeof (RtChartBar), n);
  for (guint i = 0; i < n; i++)
    {
      const RtPersonStats *stats = rt_analysis_get_person (analysis, i);
      const RtPerson *person = rt_document_lookup_person (doc, stats->id);
      RtChartBar bar = { 0 };

      bar.name = stats->name;
      rt_color_parse (person != NULL ? person->color : NULL, &bar.color);
      for (guint k = 0; k < RT_N_NODE_KINDS; k++)
        bar.counts[k] = stats->contributions[k];
      bar.total = stats->total;
      bar.present = stats->present;
      bar.heard = stats->heard;
      g_array_append_val (bars, bar);
    }
  return bars;
}

/* Text. */

static PangoLayout *
make_layout (cairo_t            *cr,
             const RtChartStyle *style,
             const char         *text,
             double              size,
             gboolean            bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Hinting would make text widths depend on the device scale, and the
   * chart's proportions with them. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_family (font, style->font_family != NULL
                                             ? style->font_family
                                             : rt_node_style_font_family ());
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (cairo_t            *cr,
            const RtChartStyle *style,
            const char         *text,
            double              size,
            gboolean            bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text, size, bold);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Shows text with its vertical centre at y. */
static void
show_text (cairo_t            *cr,
           const RtChartStyle *style,
           const char         *text,
           double              size,
           gboolean            bold,
           const RtColor      *color,
           double              x,
           double              y,
           double              max_width,
           PangoAlignment      align)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text, size, bold);
  PangoRectangle logical;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, align);
    }
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_save (cr);
  rt_color_set_source (cr, color);
  cairo_move_to (cr, x, y - (double) logical.height / PANGO_SCALE / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

char *
rt_chart_format_percent (double fraction)
{
  int percent = (int) floor (CLAMP (fraction, 0.0, 1.0) * 100.0 + 0.5);

  /* Translators: a percentage, as in "68%"; use your language's spacing. */
  return g_strdup_printf (_("%d%%"), percent);
}

/* Kinds. */

static const double kind_mix[RT_N_NODE_KINDS] = {
  [RT_NODE_PROBLEM] = 0.0,
  [RT_NODE_RESPONSE] = 0.45,
  [RT_NODE_PRO] = 0.3,
  [RT_NODE_CON] = 0.6,
  [RT_NODE_NOTE] = 0.7,
};

RtColor
rt_chart_kind_color (const RtChartStyle *style,
                     const RtColor      *color,
                     RtNodeKind          kind)
{
  RtColor c;

  g_return_val_if_fail (style != NULL && color != NULL, *color);
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, *color);

  c = rt_color_mix (color, &style->background, kind_mix[kind]);
  c.a = 1.0;
  return c;
}

RtChartFill
rt_chart_kind_fill (RtNodeKind kind)
{
  switch (kind)
    {
    case RT_NODE_RESPONSE:
      return RT_CHART_FILL_STRIPES;
    case RT_NODE_CON:
      return RT_CHART_FILL_CROSSHATCH;
    case RT_NODE_PROBLEM:
    case RT_NODE_PRO:
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default:
      return RT_CHART_FILL_SOLID;
    }
}

/* Fills a rectangle the way a kind is drawn: its colour, and for patterned
 * kinds lines of the full colour across it. */
static void
fill_kind (cairo_t            *cr,
           const RtChartStyle *style,
           const RtColor      *color,
           RtNodeKind          kind,
           const RtRect       *r)
{
  RtColor fill = rt_chart_kind_color (style, color, kind);
  RtChartFill pattern = rt_chart_kind_fill (kind);
  double step = MAX (5.0, style->font_size * 0.45);

  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  rt_color_set_source (cr, &fill);
  cairo_fill_preserve (cr);
  if (pattern != RT_CHART_FILL_SOLID)
    {
      cairo_clip (cr);
      rt_color_set_source (cr, color);
      cairo_set_line_width (cr, MAX (1.5, style->font_size * 0.12));
      for (double d = -r->height; d < r->width + r->height; d += step)
        {
          cairo_move_to (cr, r->x + d, r->y + r->height);
          cairo_line_to (cr, r->x + d + r->height, r->y);
          if (pattern == RT_CHART_FILL_CROSSHATCH)
            {
              cairo_move_to (cr, r->x + d, r->y);
              cairo_line_to (cr, r->x + d + r->height, r->y + r->height);
            }
        }
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
  cairo_restore (cr);
}

/* The participation chart. */

static const char *
bar_note (const RtChartBar *bar)
{
  if (!bar->present)
    /* Translators: in the participation chart, beside someone not taking
     * part in the session. */
    return _("absent");
  if (!bar->heard)
    return _("not heard yet");
  return NULL;
}

/* The legend's swatches flow in lines; calls back with each one's place. */
static double
layout_legend (cairo_t            *cr,
               const RtChartStyle *style,
               double              width,
               double              positions[RT_N_NODE_KINDS][2])
{
  double f = style->font_size;
  double small = f * 0.85;
  double x = 0;
  double y = 0;

  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    {
      double item = LEGEND_SWATCH * f + f * 0.4 +
                    text_width (cr, style, rt_node_kind_get_label (k), small, FALSE);

      if (x > 0 && x + item > width)
        {
          x = 0;
          y += LEGEND_LINE * f;
        }
      positions[k][0] = x;
      positions[k][1] = y;
      x += item + f * 1.2;
    }
  return y + LEGEND_LINE * f;
}

void
rt_chart_participation_measure (cairo_t            *cr,
                                const RtChartStyle *style,
                                const RtChartBar   *bars,
                                guint               n_bars,
                                double              width,
                                RtChartGeometry    *out)
{
  double f;
  double positions[RT_N_NODE_KINDS][2];
  double names = 0;
  double count_width;
  guint max_total = 0;

  g_return_if_fail (cr != NULL && style != NULL && out != NULL);
  g_return_if_fail (bars != NULL || n_bars == 0);

  f = style->font_size;
  for (guint i = 0; i < n_bars; i++)
    {
      names = MAX (names, text_width (cr, style, bars[i].name, f, FALSE));
      max_total = MAX (max_total, bars[i].total);
    }
  count_width = text_width (cr, style, "000", f, TRUE);

  out->width = width;
  out->legend_height = layout_legend (cr, style, width, positions);
  out->row_height = ROW_HEIGHT * f;
  out->bar_height = BAR_HEIGHT * f;
  out->label_width = MIN (names, width * 0.35);
  out->bar_x = out->label_width + GAP * f;
  out->bar_width = MAX (0.0, width - out->bar_x - GAP * f - count_width);
  out->max_total = max_total;
  out->height = out->legend_height + n_bars * out->row_height;
}

gboolean
rt_chart_participation_segment (const RtChartGeometry *geometry,
                                const RtChartBar      *bars,
                                guint                  n_bars,
                                guint                  index,
                                RtNodeKind             kind,
                                RtRect                *out)
{
  const RtChartBar *bar;
  double unit;
  double x;

  g_return_val_if_fail (geometry != NULL && bars != NULL && out != NULL, FALSE);
  g_return_val_if_fail (index < n_bars && kind < RT_N_NODE_KINDS, FALSE);

  bar = &bars[index];
  if (bar->counts[kind] == 0 || geometry->max_total == 0)
    return FALSE;

  unit = geometry->bar_width / geometry->max_total;
  x = geometry->bar_x;
  for (guint k = 0; k < kind; k++)
    x += bar->counts[k] * unit;

  out->x = x;
  out->y = geometry->legend_height + index * geometry->row_height +
           (geometry->row_height - geometry->bar_height) / 2.0;
  out->width = bar->counts[kind] * unit;
  out->height = geometry->bar_height;
  return TRUE;
}

int
rt_chart_participation_row_at (const RtChartGeometry *geometry,
                               guint                  n_bars,
                               double                 y)
{
  double row;

  g_return_val_if_fail (geometry != NULL, -1);

  if (y < geometry->legend_height || geometry->row_height <= 0)
    return -1;
  row = (y - geometry->legend_height) / geometry->row_height;
  return row < n_bars ? (int) row : -1;
}

static void
draw_legend (cairo_t            *cr,
             const RtChartStyle *style,
             double              width)
{
  double positions[RT_N_NODE_KINDS][2];
  double f = style->font_size;
  double swatch = LEGEND_SWATCH * f;

  layout_legend (cr, style, width, positions);
  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    {
      RtRect r = { positions[k][0], positions[k][1] + (LEGEND_LINE * f - swatch) / 2.0,
                   swatch, swatch };

      fill_kind (cr, style, &style->text_muted, k, &r);
      show_text (cr, style, rt_node_kind_get_label (k), f * 0.85, FALSE, &style->text_muted,
                 r.x + swatch + f * 0.4, positions[k][1] + LEGEND_LINE * f / 2.0,
                 0, PANGO_ALIGN_LEFT);
    }
}

double
rt_chart_draw_participation (cairo_t            *cr,
                             const RtChartStyle *style,
                             const RtChartBar   *bars,
                             guint               n_bars,
                             double              width)
{
  RtChartGeometry g;
  double f;

  g_return_val_if_fail (cr != NULL && style != NULL, 0.0);
  g_return_val_if_fail (bars != NULL || n_bars == 0, 0.0);

  rt_chart_participation_measure (cr, style, bars, n_bars, width, &g);
  f = style->font_size;
  draw_legend (cr, style, width);

  for (guint i = 0; i < n_bars; i++)
    {
      const RtChartBar *bar = &bars[i];
      double cy = g.legend_height + (i + 0.5) * g.row_height;
      const char *note = bar_note (bar);
      const RtColor *name_color = bar->present ? &style->text : &style->text_muted;
      double end = g.bar_x;

      show_text (cr, style, bar->name, f, FALSE, name_color, 0, cy,
                 g.label_width, PANGO_ALIGN_LEFT);

      for (guint k = 0; k < RT_N_NODE_KINDS; k++)
        {
          RtRect r;

          if (!rt_chart_participation_segment (&g, bars, n_bars, i, k, &r))
            continue;
          end = r.x + r.width;
          /* A thin gap in the background colour tells segments apart
           * where lightness alone would not. */
          if (r.x > g.bar_x && r.width > SEGMENT_GAP * 2)
            {
              r.x += SEGMENT_GAP;
              r.width -= SEGMENT_GAP;
            }
          fill_kind (cr, style, &bar->color, k, &r);
        }

      if (bar->total > 0)
        {
          g_autofree char *count = g_strdup_printf ("%u", bar->total);

          show_text (cr, style, count, f, TRUE, name_color, end + f * 0.4, cy,
                     0, PANGO_ALIGN_LEFT);
          if (note != NULL)
            {
              double cw = text_width (cr, style, count, f, TRUE);

              show_text (cr, style, note, f * 0.85, FALSE, &style->text_muted,
                         end + f * 0.8 + cw, cy, 0, PANGO_ALIGN_LEFT);
            }
        }
      else if (note != NULL)
        {
          show_text (cr, style, note, f * 0.85, FALSE, &style->text_muted,
                     g.bar_x, cy, 0, PANGO_ALIGN_LEFT);
        }
    }
  return g.height;
}

/* Share and gauges. */

static int
compare_totals (gconstpointer a,
                gconstpointer b)
{
  const RtChartBar *x = *(const RtChartBar *const *) a;
  const RtChartBar *y = *(const RtChartBar *const *) b;

  return (x->total < y->total) - (x->total > y->total);
}

void
rt_chart_draw_share (cairo_t            *cr,
                     const RtChartStyle *style,
                     const RtChartBar   *bars,
                     guint               n_bars,
                     const RtRect       *rect)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  guint sum = 0;
  double x;
  double radius;

  g_return_if_fail (cr != NULL && style != NULL && rect != NULL);
  g_return_if_fail (bars != NULL || n_bars == 0);

  for (guint i = 0; i < n_bars; i++)
    if (bars[i].total > 0)
      {
        g_ptr_array_add (sorted, (gpointer) &bars[i]);
        sum += bars[i].total;
      }
  g_ptr_array_sort (sorted, compare_totals);

  radius = MIN (rect->height / 2.0, style->font_size * 0.4);
  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, rect->x + rect->width - radius, rect->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, rect->x + rect->width - radius, rect->y + rect->height - radius, radius, 0,
             G_PI / 2);
  cairo_arc (cr, rect->x + radius, rect->y + rect->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, rect->x + radius, rect->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_clip_preserve (cr);
  rt_color_set_source (cr, &style->track);
  cairo_fill (cr);

  x = rect->x;
  for (guint i = 0; i < sorted->len && sum > 0; i++)
    {
      const RtChartBar *bar = g_ptr_array_index (sorted, i);
      double w = rect->width * bar->total / sum;

      if (i >= 2)
        break;
      rt_color_set_source (cr, &bar->color);
      cairo_rectangle (cr, x, rect->y, w, rect->height);
      cairo_fill (cr);
      x += w;
      if (i == 0)
        {
          /* The line between the two voices. */
          rt_color_set_source (cr, &style->background);
          cairo_rectangle (cr, x - 1.0, rect->y, 2.0, rect->height);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);
}

void
rt_chart_draw_gauge (cairo_t            *cr,
                     const RtChartStyle *style,
                     double              cx,
                     double              cy,
                     double              radius,
                     double              fraction,
                     const RtColor      *fill)
{
  g_autofree char *label = NULL;
  double thickness;
  double start = -G_PI / 2.0;
  double size = radius * 0.52;

  g_return_if_fail (cr != NULL && style != NULL);

  fraction = CLAMP (fraction, 0.0, 1.0);
  thickness = MAX (3.0, radius * 0.28);

  cairo_save (cr);
  cairo_set_line_width (cr, thickness);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, radius - thickness / 2.0, 0, 2 * G_PI);
  rt_color_set_source (cr, &style->track);
  cairo_stroke (cr);
  if (fraction > 0)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius - thickness / 2.0, start, start + 2 * G_PI * fraction);
      rt_color_set_source (cr, fill != NULL ? fill : &style->accent);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  label = rt_chart_format_percent (fraction);
  show_text (cr, style, label, size, TRUE, &style->text,
             cx - text_width (cr, style, label, size, TRUE) / 2.0, cy, 0, PANGO_ALIGN_LEFT);
}

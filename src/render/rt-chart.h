/* rt-chart.h: who took part, drawn with cairo and pango
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "model/rt-analysis.h"
#include "rt-node-style.h"
#include "rt-theme.h"

G_BEGIN_DECLS

/* The colours and text size charts are drawn with. A plain value. */
typedef struct {
  RtColor     background;   /* what the chart is drawn on: gaps and hatching */
  RtColor     text;
  RtColor     text_muted;
  RtColor     track;        /* the empty part of gauges */
  RtColor     accent;       /* gauge fill when no person colour applies */
  const char *font_family;  /* borrowed; NULL: the map's font */
  double      font_size;    /* pixels; names and figures are drawn this high */
} RtChartStyle;

/* Fills *style from the map theme of the variant; font size 15 px. */
void        rt_chart_style_init           (RtChartStyle   *style,
                                           RtThemeVariant  variant);

/* One person's row of the participation chart. */
typedef struct {
  const char *name;       /* borrowed */
  RtColor     color;
  guint       counts[RT_N_NODE_KINDS];
  guint       total;
  gboolean    present;
  gboolean    heard;
} RtChartBar;

/* The bars of every person of the analysis, in document order, colours
 * from the document. Names are borrowed from the analysis until its next
 * recompute. Free with g_array_unref. */
GArray     *rt_chart_bars_from_analysis   (RtAnalysis     *analysis,
                                           RtDocument     *doc);

/* Where the participation chart puts things, in the chart's own
 * coordinates (its top left corner at 0,0). */
typedef struct {
  double width;
  double height;         /* the whole chart, legend included */
  double legend_height;  /* the legend's lines above the rows */
  double row_height;
  double bar_height;
  double label_width;    /* the names column */
  double bar_x;          /* where every bar starts */
  double bar_width;      /* the length of the longest bar */
  guint  max_total;      /* the largest total; bars are proportional to it */
} RtChartGeometry;

/* cr is only used to measure text. */
void        rt_chart_participation_measure (cairo_t             *cr,
                                            const RtChartStyle  *style,
                                            const RtChartBar    *bars,
                                            guint                n_bars,
                                            double               width,
                                            RtChartGeometry     *out);
/* The rectangle of one kind's segment of one bar; FALSE when the person has
 * no contribution of that kind. */
gboolean    rt_chart_participation_segment (const RtChartGeometry *geometry,
                                            const RtChartBar      *bars,
                                            guint                  n_bars,
                                            guint                  index,
                                            RtNodeKind             kind,
                                            RtRect                *out);
/* The row under a point, or -1. */
int         rt_chart_participation_row_at  (const RtChartGeometry *geometry,
                                            guint                  n_bars,
                                            double                 y);
/* A legend of the kinds, then a row per person: the name, a bar stacked by
 * kind in the person's colour (each kind its own lightness and pattern),
 * the total; "not heard yet" for present people with no contribution. Draws
 * with its top left corner at the current origin. Returns the height. */
double      rt_chart_draw_participation    (cairo_t            *cr,
                                            const RtChartStyle *style,
                                            const RtChartBar   *bars,
                                            guint               n_bars,
                                            double              width);

/* How a kind is told apart inside a bar of one colour. */
typedef enum {
  RT_CHART_FILL_SOLID,
  RT_CHART_FILL_STRIPES,
  RT_CHART_FILL_CROSSHATCH,
} RtChartFill;

/* The colour of a kind's segment: the person's colour, lightened (or
 * darkened, on a dark background) towards the background. */
RtColor     rt_chart_kind_color            (const RtChartStyle *style,
                                            const RtColor      *color,
                                            RtNodeKind          kind);
RtChartFill rt_chart_kind_fill             (RtNodeKind          kind);

/* The share of contributions: one horizontal bar split per person, largest
 * first, the two largest in their own colours, the others in the track
 * colour. Draws into the rectangle. */
void        rt_chart_draw_share            (cairo_t            *cr,
                                            const RtChartStyle *style,
                                            const RtChartBar   *bars,
                                            guint               n_bars,
                                            const RtRect       *rect);

/* A ring gauge: the fraction (0..1) of the circle filled clockwise from the
 * top in fill (NULL: the style's accent) over the track, with the
 * percentage in the middle. */
void        rt_chart_draw_gauge            (cairo_t            *cr,
                                            const RtChartStyle *style,
                                            double              cx,
                                            double              cy,
                                            double              radius,
                                            double              fraction,
                                            const RtColor      *fill);

/* "68 %": a fraction as a whole percentage, for labels. Free with g_free. */
char       *rt_chart_format_percent        (double              fraction);

G_END_DECLS

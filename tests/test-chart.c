/* test-chart.c: participation bars, share and gauges, checked by pixel
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "model/rt-analysis.h"
#include "model/rt-command.h"
#include "render/rt-chart.h"

#define WIDTH  640
#define HEIGHT 320

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
  RtChartStyle     style;
} Canvas;

static void
canvas_init (Canvas         *c,
             RtThemeVariant  variant)
{
  rt_chart_style_init (&c->style, variant);
  c->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  c->cr = cairo_create (c->surface);
  rt_color_set_source (c->cr, &c->style.background);
  cairo_paint (c->cr);
}

static void
canvas_clear (Canvas *c)
{
  cairo_destroy (c->cr);
  cairo_surface_destroy (c->surface);
}

/* The pixel at x, y as 0..255 channels. */
static void
pixel_at (Canvas *c,
          int     x,
          int     y,
          int     rgb[3])
{
  guint32 p;

  cairo_surface_flush (c->surface);
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, WIDTH);
  g_assert_cmpint (y, <, HEIGHT);
  p = *(guint32 *) (cairo_image_surface_get_data (c->surface) +
                    y * cairo_image_surface_get_stride (c->surface) + x * 4);
  rgb[0] = (p >> 16) & 0xff;
  rgb[1] = (p >> 8) & 0xff;
  rgb[2] = p & 0xff;
}

static gboolean
pixel_is (Canvas        *c,
          int            x,
          int            y,
          const RtColor *color,
          int            tolerance)
{
  int rgb[3];

  pixel_at (c, x, y, rgb);
  return ABS (rgb[0] - (int) round (color->r * 255)) <= tolerance &&
         ABS (rgb[1] - (int) round (color->g * 255)) <= tolerance &&
         ABS (rgb[2] - (int) round (color->b * 255)) <= tolerance;
}

static RtChartBar
make_bar (const char *name,
          const char *color,
          guint       problems,
          guint       responses,
          guint       notes)
{
  RtChartBar bar = { 0 };

  bar.name = name;
  g_assert_true (rt_color_parse (color, &bar.color));
  bar.counts[RT_NODE_PROBLEM] = problems;
  bar.counts[RT_NODE_RESPONSE] = responses;
  bar.counts[RT_NODE_NOTE] = notes;
  bar.total = problems + responses + notes;
  bar.present = TRUE;
  bar.heard = bar.total > 0;
  return bar;
}

static void
test_chart_style (void)
{
  RtChartStyle light;
  RtChartStyle dark;
  g_autofree char *percent = NULL;

  rt_chart_style_init (&light, RT_THEME_LIGHT);
  rt_chart_style_init (&dark, RT_THEME_DARK);
  g_assert_cmpfloat (light.font_size, ==, 15.0);
  g_assert_cmpfloat (rt_color_luminance (&light.background), >, 0.8);
  g_assert_cmpfloat (rt_color_luminance (&dark.background), <, 0.05);
  /* Text legible on the background in both. */
  g_assert_cmpfloat (fabs (rt_color_luminance (&light.text) -
                           rt_color_luminance (&light.background)), >, 0.7);
  g_assert_cmpfloat (fabs (rt_color_luminance (&dark.text) -
                           rt_color_luminance (&dark.background)), >, 0.7);

  percent = rt_chart_format_percent (0.675);
  g_assert_cmpstr (percent, ==, "68%");
  g_free (percent);
  percent = rt_chart_format_percent (1.7);
  g_assert_cmpstr (percent, ==, "100%");
}

/* Each kind looks different from every other in the same colour. */
static void
test_chart_kinds_distinct (void)
{
  RtChartStyle style;
  RtColor blue;

  rt_chart_style_init (&style, RT_THEME_LIGHT);
  g_assert_true (rt_color_parse ("#0072b2", &blue));
  for (guint a = 0; a < RT_N_NODE_KINDS; a++)
    for (guint b = a + 1; b < RT_N_NODE_KINDS; b++)
      {
        RtColor ca = rt_chart_kind_color (&style, &blue, a);
        RtColor cb = rt_chart_kind_color (&style, &blue, b);
        gboolean same_color = fabs (rt_color_luminance (&ca) - rt_color_luminance (&cb)) < 0.03;

        g_assert_false (same_color && rt_chart_kind_fill (a) == rt_chart_kind_fill (b));
      }
  /* Problems are drawn in the person's own colour. */
  {
    RtColor c = rt_chart_kind_color (&style, &blue, RT_NODE_PROBLEM);

    g_assert_cmpfloat_with_epsilon (c.r, blue.r, 1e-9);
    g_assert_cmpfloat_with_epsilon (c.b, blue.b, 1e-9);
  }
}

/* How far the bar of a row reaches: the last pixel from bar_x that is not
 * the background before a run of background. */
static int
bar_end (Canvas                *c,
         const RtChartGeometry *g,
         guint                  row)
{
  int y = (int) (g->legend_height + (row + 0.5) * g->row_height);
  int x = (int) g->bar_x + 1;
  int last = -1;

  for (; x < WIDTH; x++)
    {
      if (!pixel_is (c, x, y, &c->style.background, 2))
        last = x;
      else if (last >= 0 && x - last > 3)
        break;
    }
  return last;
}

static void
test_chart_participation (void)
{
  Canvas c;
  RtChartBar bars[3];
  RtChartGeometry g;
  RtRect r;
  double height;
  int len0;
  int len1;
  gboolean saw_full = FALSE;
  gboolean saw_light = FALSE;

  canvas_init (&c, RT_THEME_LIGHT);
  bars[0] = make_bar ("Amira Haddad", "#0072b2", 4, 0, 0);
  bars[1] = make_bar ("Ben Okafor", "#d55e00", 1, 1, 0);
  bars[2] = make_bar ("Chen Wei", "#009e73", 0, 0, 0);

  rt_chart_participation_measure (c.cr, &c.style, bars, 3, WIDTH, &g);
  g_assert_cmpuint (g.max_total, ==, 4);
  g_assert_cmpfloat (g.legend_height, >, 0);
  g_assert_cmpfloat (g.bar_x, >, 0);
  g_assert_cmpfloat (g.bar_width, >, WIDTH / 3);
  g_assert_cmpfloat_with_epsilon (g.height, g.legend_height + 3 * g.row_height, 1e-9);
  g_assert_cmpint (rt_chart_participation_row_at (&g, 3, g.legend_height + 0.5), ==, 0);
  g_assert_cmpint (rt_chart_participation_row_at (&g, 3, g.height - 0.5), ==, 2);
  g_assert_cmpint (rt_chart_participation_row_at (&g, 3, g.height + 1), ==, -1);
  g_assert_cmpint (rt_chart_participation_row_at (&g, 3, 1), ==, -1);

  /* Segments: proportional to the counts, one after the other. */
  g_assert_true (rt_chart_participation_segment (&g, bars, 3, 0, RT_NODE_PROBLEM, &r));
  g_assert_cmpfloat_with_epsilon (r.x, g.bar_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.width, g.bar_width, 1e-9);
  g_assert_true (rt_chart_participation_segment (&g, bars, 3, 1, RT_NODE_RESPONSE, &r));
  g_assert_cmpfloat_with_epsilon (r.x, g.bar_x + g.bar_width / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.width, g.bar_width / 4, 1e-9);
  g_assert_false (rt_chart_participation_segment (&g, bars, 3, 0, RT_NODE_NOTE, &r));
  g_assert_false (rt_chart_participation_segment (&g, bars, 3, 2, RT_NODE_PROBLEM, &r));

  height = rt_chart_draw_participation (c.cr, &c.style, bars, 3, WIDTH);
  g_assert_cmpfloat_with_epsilon (height, g.height, 1e-9);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);

  /* Bars in the person's own colour. */
  g_assert_true (rt_chart_participation_segment (&g, bars, 3, 0, RT_NODE_PROBLEM, &r));
  g_assert_true (pixel_is (&c, (int) (r.x + r.width / 2), (int) (r.y + r.height / 2),
                           &bars[0].color, 2));
  g_assert_true (rt_chart_participation_segment (&g, bars, 3, 1, RT_NODE_PROBLEM, &r));
  g_assert_true (pixel_is (&c, (int) (r.x + r.width / 2), (int) (r.y + r.height / 2),
                           &bars[1].color, 2));

  /* Lengths in proportion: 4 against 2. */
  len0 = bar_end (&c, &g, 0) - (int) g.bar_x;
  len1 = bar_end (&c, &g, 1) - (int) g.bar_x;
  g_assert_cmpint (ABS (len0 - (int) g.bar_width), <=, 2);
  g_assert_cmpint (ABS (len1 - (int) (g.bar_width / 2)), <=, 2);

  /* The response segment is striped: full colour and a lighter one. */
  g_assert_true (rt_chart_participation_segment (&g, bars, 3, 1, RT_NODE_RESPONSE, &r));
  for (int x = (int) r.x + 4; x < (int) (r.x + r.width) - 2; x++)
    {
      RtColor light = rt_chart_kind_color (&c.style, &bars[1].color, RT_NODE_RESPONSE);

      if (pixel_is (&c, x, (int) (r.y + r.height / 2), &bars[1].color, 8))
        saw_full = TRUE;
      if (pixel_is (&c, x, (int) (r.y + r.height / 2), &light, 8))
        saw_light = TRUE;
    }
  g_assert_true (saw_full);
  g_assert_true (saw_light);

  /* Chen, not heard: no bar, but words where it would be. */
  g_assert_cmpint (bar_end (&c, &g, 2), >, (int) g.bar_x);
  g_assert_false (pixel_is (&c, (int) (g.bar_x + g.bar_width * 0.9),
                            (int) (g.legend_height + 2.5 * g.row_height),
                            &bars[2].color, 40));

  canvas_clear (&c);
}

static void
test_chart_participation_dark (void)
{
  Canvas c;
  RtChartBar bars[1];
  RtChartGeometry g;
  RtRect r;
  RtColor note;

  canvas_init (&c, RT_THEME_DARK);
  bars[0] = make_bar ("Amira Haddad", "#56b4e9", 1, 0, 1);
  rt_chart_participation_measure (c.cr, &c.style, bars, 1, WIDTH, &g);
  rt_chart_draw_participation (c.cr, &c.style, bars, 1, WIDTH);

  g_assert_true (rt_chart_participation_segment (&g, bars, 1, 0, RT_NODE_PROBLEM, &r));
  g_assert_true (pixel_is (&c, (int) (r.x + r.width / 2), (int) (r.y + r.height / 2),
                           &bars[0].color, 2));
  /* Notes fade towards the dark background, not towards white. */
  g_assert_true (rt_chart_participation_segment (&g, bars, 1, 0, RT_NODE_NOTE, &r));
  note = rt_chart_kind_color (&c.style, &bars[0].color, RT_NODE_NOTE);
  g_assert_cmpfloat (rt_color_luminance (&note), <, rt_color_luminance (&bars[0].color));
  g_assert_true (pixel_is (&c, (int) (r.x + r.width / 2), (int) (r.y + r.height / 2),
                           &note, 2));
  canvas_clear (&c);
}

static void
test_chart_nobody (void)
{
  Canvas c;
  RtChartGeometry g;
  double height;

  canvas_init (&c, RT_THEME_LIGHT);
  rt_chart_participation_measure (c.cr, &c.style, NULL, 0, WIDTH, &g);
  g_assert_cmpuint (g.max_total, ==, 0);
  height = rt_chart_draw_participation (c.cr, &c.style, NULL, 0, WIDTH);
  g_assert_cmpfloat_with_epsilon (height, g.legend_height, 1e-9);
  g_assert_cmpint (cairo_status (c.cr), ==, CAIRO_STATUS_SUCCESS);
  canvas_clear (&c);
}

static void
test_chart_share (void)
{
  Canvas c;
  RtChartBar bars[3];
  RtRect rect = { 20, 20, 600, 40 };

  canvas_init (&c, RT_THEME_LIGHT);
  bars[0] = make_bar ("Amira Haddad", "#0072b2", 1, 0, 0);
  bars[1] = make_bar ("Ben Okafor", "#d55e00", 5, 1, 0);
  bars[2] = make_bar ("Chen Wei", "#009e73", 2, 0, 1);
  rt_chart_draw_share (c.cr, &c.style, bars, 3, &rect);

  /* Largest first: Ben 6/10, then Chen 3/10, then the rest as track. */
  g_assert_true (pixel_is (&c, 20 + 180, 40, &bars[1].color, 2));
  g_assert_true (pixel_is (&c, 20 + 350, 40, &bars[1].color, 2));
  g_assert_true (pixel_is (&c, 20 + 370, 40, &bars[2].color, 2));
  g_assert_true (pixel_is (&c, 20 + 530, 40, &bars[2].color, 2));
  g_assert_true (pixel_is (&c, 20 + 570, 40, &c.style.track, 2));
  g_assert_false (pixel_is (&c, 20 + 570, 40, &bars[0].color, 30));
  canvas_clear (&c);
}

static void
test_chart_gauge (void)
{
  Canvas c;
  RtColor fill;

  canvas_init (&c, RT_THEME_LIGHT);
  g_assert_true (rt_color_parse ("#009e73", &fill));
  rt_chart_draw_gauge (c.cr, &c.style, 100, 100, 60, 0.25, &fill);

  /* A quarter, clockwise from the top: the ring at the upper right is
   * filled, at the lower left it is the track. */
  g_assert_true (pixel_is (&c, 100 + 38, 100 - 38, &fill, 2));
  g_assert_true (pixel_is (&c, 100 - 38, 100 + 38, &c.style.track, 2));
  g_assert_true (pixel_is (&c, 100 + 38, 100 + 38, &c.style.track, 2));
  /* Outside the ring: background. */
  g_assert_true (pixel_is (&c, 100 + 60, 100 - 60, &c.style.background, 2));
  /* The percentage is written in the middle. */
  {
    gboolean ink = FALSE;

    for (int x = 80; x < 120; x++)
      ink = ink || !pixel_is (&c, x, 100, &c.style.background, 40);
    g_assert_true (ink);
  }
  canvas_clear (&c);
}

static void
add_person (RtDocument *doc,
            const char *id,
            const char *name,
            const char *color)
{
  g_autoptr(RtPerson) person = rt_person_new (id, name);
  g_autoptr(GError) error = NULL;

  g_free (person->color);
  person->color = g_strdup (color);
  g_assert_true (rt_document_execute (doc, rt_command_add_person (person, -1), &error));
  g_assert_no_error (error);
}

static void
add_node (RtDocument *doc,
          const char *id,
          RtNodeKind  kind,
          const char *by)
{
  g_autoptr(RtNode) node = rt_node_new (id, kind);
  g_autoptr(GError) error = NULL;

  node->by = g_strdup (by);
  g_assert_true (rt_document_execute (doc, rt_command_add_node (node, -1), &error));
  g_assert_no_error (error);
}

static void
test_chart_bars_from_analysis (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtAnalysis) analysis = NULL;
  g_autoptr(GArray) bars = NULL;
  const RtChartBar *bar;
  RtColor expected;

  add_person (doc, "p1", "Amira Haddad", "#0072b2");
  add_person (doc, "p2", "Ben Okafor", "#d55e00");
  add_node (doc, "n1", RT_NODE_PROBLEM, "p1");
  add_node (doc, "n2", RT_NODE_RESPONSE, "p1");
  add_node (doc, "n3", RT_NODE_PRO, "p1");
  add_node (doc, "n4", RT_NODE_NOTE, NULL);

  analysis = rt_analysis_new (doc);
  bars = rt_chart_bars_from_analysis (analysis, doc);
  g_assert_cmpuint (bars->len, ==, 2);

  bar = &g_array_index (bars, RtChartBar, 0);
  g_assert_cmpstr (bar->name, ==, "Amira Haddad");
  g_assert_true (rt_color_parse ("#0072b2", &expected));
  g_assert_cmpfloat_with_epsilon (bar->color.r, expected.r, 1e-9);
  g_assert_cmpfloat_with_epsilon (bar->color.b, expected.b, 1e-9);
  g_assert_cmpuint (bar->total, ==, 3);
  g_assert_cmpuint (bar->counts[RT_NODE_PROBLEM], ==, 1);
  g_assert_cmpuint (bar->counts[RT_NODE_RESPONSE], ==, 1);
  g_assert_cmpuint (bar->counts[RT_NODE_PRO], ==, 1);
  g_assert_true (bar->heard);
  g_assert_true (bar->present);

  bar = &g_array_index (bars, RtChartBar, 1);
  g_assert_cmpstr (bar->name, ==, "Ben Okafor");
  g_assert_cmpuint (bar->total, ==, 0);
  g_assert_false (bar->heard);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/style", test_chart_style);
  g_test_add_func ("/chart/kinds-distinct", test_chart_kinds_distinct);
  g_test_add_func ("/chart/participation", test_chart_participation);
  g_test_add_func ("/chart/participation-dark", test_chart_participation_dark);
  g_test_add_func ("/chart/nobody", test_chart_nobody);
  g_test_add_func ("/chart/share", test_chart_share);
  g_test_add_func ("/chart/gauge", test_chart_gauge);
  g_test_add_func ("/chart/bars-from-analysis", test_chart_bars_from_analysis);

  return g_test_run ();
}

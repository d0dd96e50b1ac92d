/* bench-render.c: how long a frame of the map takes to draw
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-render [--view 100|fit|PERCENT] [--frames N] [--theme light|dark] [--no-cache]
 *                (--generate N | MAP.roundtable)
 *
 * Loads the map (or makes one of N nodes), lays out nodes without a
 * position, draws a few frames to warm up, then times --frames frames on a
 * 1920×1080 image surface. The last line is ms_per_frame=X, the median.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "io/rt-xml-reader.h"
#include "render/rt-layout.h"
#include "render/rt-renderer.h"
#include "render/rt-sample-map.h"

#define WIDTH  1920
#define HEIGHT 1080
#define WARMUP 3

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* This thread's processor time, ms: unlike the wall clock it does not
 * count time the machine spent on other work. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Puts the view at the map's top left corner, where a laid-out map starts
 * with a full screen of its first trees. Maps generated with the same seed
 * begin with the same trees whatever their size, so their figures compare
 * like with like. */
static void
view_at_start (RtRenderer *renderer, RtView *view, double scale)
{
  RtRect bounds;

  rt_view_init (view, WIDTH, HEIGHT);
  view->scale = scale;
  if (rt_renderer_get_bounds (renderer, NULL, &bounds))
    {
      view->x = bounds.x - 16.0 / scale;
      view->y = bounds.y - 16.0 / scale;
    }
}

int
main (int argc, char **argv)
{
  g_autofree char *view_mode = g_strdup ("100");
  g_autofree char *theme_name = g_strdup ("light");
  int generate = 0, frames = 30;
  gboolean no_cache = FALSE;
  GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_mode, "A zoom in percent (100) or fit", "VIEW" },
    { "generate", 0, 0, G_OPTION_ARG_INT, &generate, "Make a map of N nodes", "N" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames to time (30)", "N" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme_name, "light or dark", "THEME" },
    { "no-cache", 0, 0, G_OPTION_ARG_NONE, &no_cache, "Draw every node every frame", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[MAP.roundtable]");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(RtMetrics) metrics = NULL;
  g_autoptr(RtRenderer) renderer = NULL;
  g_autofree double *times = NULL;
  g_autofree double *cpu = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  const RtRenderStats *stats;
  RtTheme theme;
  RtView view;
  RtRect bounds;
  gint64 t0;
  double total = 0.0;
  int i;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if ((generate <= 0) == (argc != 2) || frames <= 0 ||
      (strcmp (view_mode, "fit") != 0 && g_ascii_strtod (view_mode, NULL) <= 0.0))
    {
      g_printerr ("usage: bench-render [--view 100|fit|PERCENT] [--frames N] (--generate N | MAP.roundtable)\n");
      return 2;
    }

  t0 = g_get_monotonic_time ();
  if (generate > 0)
    doc = rt_sample_map_new ((guint) generate, 1, FALSE);
  else
    doc = rt_xml_read_file (argv[1], &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("map: %u nodes, %u links, %u people (%s in %.1f ms)\n",
           rt_document_get_n_nodes (doc), rt_document_get_n_links (doc),
           rt_document_get_n_people (doc), generate > 0 ? "generated" : "read", ms_since (t0));

  metrics = rt_metrics_new ();
  t0 = g_get_monotonic_time ();
  for (i = 0; i < (int) rt_document_get_n_nodes (doc); i++)
    rt_metrics_get_size (metrics, rt_document_get_node (doc, i), NULL, NULL);
  g_print ("measure all nodes: %.1f ms (%.2f us per node)\n", ms_since (t0),
           ms_since (t0) * 1000.0 / MAX (1u, rt_document_get_n_nodes (doc)));

  t0 = g_get_monotonic_time ();
  if (!rt_layout_apply (doc, metrics, RT_LAYOUT_UNPLACED, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("layout of unplaced nodes: %.1f ms\n", ms_since (t0));

  renderer = rt_renderer_new (doc, metrics);
  rt_theme_init (&theme, strcmp (theme_name, "dark") == 0 ? RT_THEME_DARK : RT_THEME_LIGHT);
  rt_renderer_set_theme (renderer, &theme);
  rt_renderer_set_cache_enabled (renderer, !no_cache);
  stats = rt_renderer_get_stats (renderer);

  t0 = g_get_monotonic_time ();
  rt_scene_ensure (rt_renderer_get_scene (renderer));
  g_print ("spatial index: %.1f ms\n", ms_since (t0));

  if (strcmp (view_mode, "fit") == 0)
    {
      rt_view_init (&view, WIDTH, HEIGHT);
      if (rt_renderer_get_bounds (renderer, NULL, &bounds))
        rt_view_fit (&view, &bounds, 16.0, 1.0);
    }
  else
    view_at_start (renderer, &view, g_ascii_strtod (view_mode, NULL) / 100.0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  for (i = 0; i < WARMUP; i++)
    {
      t0 = g_get_monotonic_time ();
      rt_renderer_draw (renderer, cr, &view, NULL);
      cairo_surface_flush (surface);
      if (i == 0)
        g_print ("first frame: %.2f ms\n", ms_since (t0));
    }

  times = g_new (double, frames);
  cpu = g_new (double, frames);
  for (i = 0; i < frames; i++)
    {
      double c0 = cpu_ms ();

      t0 = g_get_monotonic_time ();
      rt_renderer_draw (renderer, cr, &view, NULL);
      cairo_surface_flush (surface);
      times[i] = ms_since (t0);
      cpu[i] = cpu_ms () - c0;
      total += times[i];
    }
  qsort (times, frames, sizeof (double), compare_double);
  qsort (cpu, frames, sizeof (double), compare_double);

  g_print ("view: %s, scale %.3f, detail %s\n", view_mode, view.scale,
           stats->detail == RT_DETAIL_FULL ? "full" :
           stats->detail == RT_DETAIL_SIMPLE ? "simple" : "dots");
  g_print ("drawn: %u nodes (%u looked at, %u from the node cache), %u links, %u texts\n",
           stats->nodes_drawn, stats->nodes_considered, stats->nodes_cached,
           stats->links_drawn, stats->texts_drawn);
  g_print ("frames: %d, min %.2f ms, median %.2f ms, mean %.2f ms, max %.2f ms\n", frames,
           times[0], times[frames / 2], total / frames, times[frames - 1]);
  g_print ("processor time per frame: median %.2f ms\n", cpu[frames / 2]);
  if (g_getenv ("BENCH_RENDER_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("BENCH_RENDER_PNG"));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_print ("ms_per_frame=%.2f\n", times[frames / 2]);
  return 0;
}

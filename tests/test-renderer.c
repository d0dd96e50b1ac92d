/* test-renderer.c: what the renderer draws, checked pixel by pixel
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "model/rt-command.h"
#include "render/rt-layout.h"
#include "render/rt-renderer.h"
#include "render/rt-sample-map.h"

#define W 800
#define H 600

static RtNode *
make_node (const char *id, RtNodeKind kind, const char *text, double x, double y)
{
  RtNode *node = rt_node_new (id, kind);

  g_free (node->text);
  node->text = g_strdup (text);
  node->has_position = TRUE;
  node->x = x;
  node->y = y;
  return node;
}

/* Five nodes with no text, one of each kind, on a row 160 units apart. */
static RtDocument *
kinds_document (void)
{
  RtDocument *doc = rt_document_new ();
  int k;

  for (k = 0; k < RT_N_NODE_KINDS; k++)
    {
      g_autofree char *id = g_strdup_printf ("n%d", k + 1);

      RtNode *node = make_node (id, (RtNodeKind) k, "", -320.0 + 160.0 * k, 0.0);

      /* Created in reverse document order. */
      node->created = 1000 - k;
      rt_document_take_node (doc, node);
    }
  return doc;
}

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
} Canvas;

static void
canvas_init (Canvas *c)
{
  c->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  c->cr = cairo_create (c->surface);
}

static void
canvas_clear (Canvas *c)
{
  cairo_destroy (c->cr);
  cairo_surface_destroy (c->surface);
}

static void
pixel (Canvas *c, double x, double y, RtColor *out)
{
  const guint8 *data;
  guint32 v;
  int stride;

  cairo_surface_flush (c->surface);
  data = cairo_image_surface_get_data (c->surface);
  stride = cairo_image_surface_get_stride (c->surface);
  g_assert_true (x >= 0 && y >= 0 && x < W && y < H);
  v = *(const guint32 *) (data + (int) y * stride + (int) x * 4);
  out->a = ((v >> 24) & 0xff) / 255.0;
  out->r = ((v >> 16) & 0xff) / 255.0;
  out->g = ((v >> 8) & 0xff) / 255.0;
  out->b = (v & 0xff) / 255.0;
}

static double
distance (const RtColor *a, const RtColor *b)
{
  return fabs (a->r - b->r) + fabs (a->g - b->g) + fabs (a->b - b->b);
}

static void
assert_color_near (Canvas *c, double x, double y, const RtColor *want, double tol)
{
  RtColor got;

  pixel (c, x, y, &got);
  if (distance (&got, want) > tol)
    g_error ("pixel %.0f,%.0f is %.3f %.3f %.3f, expected %.3f %.3f %.3f",
             x, y, got.r, got.g, got.b, want->r, want->g, want->b);
}

static void
assert_color_far (Canvas *c, double x, double y, const RtColor *avoid, double tol)
{
  RtColor got;

  pixel (c, x, y, &got);
  if (distance (&got, avoid) <= tol)
    g_error ("pixel %.0f,%.0f is %.3f %.3f %.3f, should differ", x, y, got.r, got.g, got.b);
}

/* The node's rectangle in device pixels of view. */
static void
screen_rect (RtRenderer *r, const RtView *view, const char *id, RtRect *out)
{
  RtDocument *doc = rt_renderer_get_document (r);
  RtRect m;

  rt_metrics_get_rect (rt_renderer_get_metrics (r), rt_document_lookup_node (doc, id), &m);
  rt_view_map_to_screen (view, m.x, m.y, &out->x, &out->y);
  out->width = m.width * view->scale;
  out->height = m.height * view->scale;
}

static void
test_renderer_create (void)
{
  RtDocument *doc = rt_document_new ();
  RtMetrics *metrics = rt_metrics_new ();
  RtRenderer *renderer = rt_renderer_new (doc, metrics);

  g_assert_true (rt_renderer_get_document (renderer) == doc);
  g_assert_true (rt_renderer_get_metrics (renderer) == metrics);
  g_assert_finalize_object (renderer);
  g_assert_finalize_object (metrics);
  g_assert_finalize_object (doc);
}

static void
test_renderer_kind_shapes (void)
{
  g_autoptr(RtDocument) doc = kinds_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  const RtTheme *theme = rt_renderer_get_theme (r);
  Canvas c;
  RtView view;
  RtRect s;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_drawn, ==, 5);

  /* Each kind's fill right of the centre (the glyph is on the left). */
  for (int k = 0; k < RT_N_NODE_KINDS; k++)
    {
      g_autofree char *id = g_strdup_printf ("n%d", k + 1);

      screen_rect (r, &view, id, &s);
      assert_color_near (&c, s.x + s.width * 0.75, s.y + s.height / 2.0, &theme->kinds[k].fill, 0.03);
      /* Left of the node: background. */
      assert_color_near (&c, s.x - 6.0, s.y + s.height / 2.0, &theme->background, 0.03);
    }

  /* Problem: a hexagon, so the top-left corner is cut away but the left
   * point at mid-height is drawn. */
  screen_rect (r, &view, "n1", &s);
  assert_color_near (&c, s.x + 3, s.y + 3, &theme->background, 0.05);
  assert_color_far (&c, s.x + 2, s.y + s.height / 2.0, &theme->background, 0.1);
  /* Response: a rounded rectangle: a point near the corner is inside. */
  screen_rect (r, &view, "n2", &s);
  assert_color_far (&c, s.x + 6, s.y + 6, &theme->background, 0.1);
  /* Pro and con: pills, round ends, so the corner is empty. */
  screen_rect (r, &view, "n3", &s);
  assert_color_near (&c, s.x + 4, s.y + 4, &theme->background, 0.05);
  assert_color_far (&c, s.x + 3, s.y + s.height / 2.0, &theme->background, 0.1);
  screen_rect (r, &view, "n4", &s);
  assert_color_near (&c, s.x + 4, s.y + 4, &theme->background, 0.05);
  /* Note: a folded top-right corner, a square top-left one. */
  screen_rect (r, &view, "n5", &s);
  assert_color_near (&c, s.x + s.width - 2, s.y + 2, &theme->background, 0.05);
  assert_color_far (&c, s.x + 4, s.y + 4, &theme->background, 0.1);
  /* Kind glyphs draw their accent colour on the left. */
  for (int k = 0; k < RT_N_NODE_KINDS; k++)
    {
      g_autofree char *id = g_strdup_printf ("n%d", k + 1);
      gboolean found = FALSE;

      screen_rect (r, &view, id, &s);
      for (int y = (int) s.y + 8; y < s.y + s.height - 8 && !found; y++)
        for (int x = (int) s.x + 10; x < s.x + 42 && !found; x++)
          {
            RtColor got;

            pixel (&c, x, y, &got);
            found = distance (&got, &theme->kinds[k].accent) < 0.12;
          }
      g_assert_true (found);
    }
  canvas_clear (&c);
}

static void
test_renderer_selection_ring (void)
{
  g_autoptr(RtDocument) doc = kinds_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  g_autoptr(GHashTable) selection = g_hash_table_new (g_str_hash, g_str_equal);
  const RtTheme *theme = rt_renderer_get_theme (r);
  RtRenderState state;
  Canvas c;
  RtView view;
  RtRect s;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_render_state_init (&state);
  rt_renderer_draw (r, c.cr, &view, &state);
  screen_rect (r, &view, "n2", &s);
  assert_color_near (&c, s.x + s.width / 2.0, s.y - 4.0, &theme->background, 0.03);

  g_hash_table_add (selection, (gpointer) "n2");
  state.selection = selection;
  rt_renderer_draw (r, c.cr, &view, &state);
  assert_color_near (&c, s.x + s.width / 2.0, s.y - 4.0, &theme->selection, 0.1);
  /* The other nodes have no ring. */
  screen_rect (r, &view, "n3", &s);
  assert_color_near (&c, s.x + s.width / 2.0, s.y - 4.0, &theme->background, 0.03);

  /* Keyboard focus: a dashed ring further out. */
  state.selection = NULL;
  state.focus_id = "n3";
  rt_renderer_draw (r, c.cr, &view, &state);
  {
    int hits = 0, misses = 0;

    for (int x = (int) s.x + 30; x < s.x + s.width - 30; x++)
      {
        RtColor got;

        pixel (&c, x, s.y - 9.0, &got);
        if (distance (&got, &theme->focus) < 0.3)
          hits++;
        else if (distance (&got, &theme->background) < 0.05)
          misses++;
      }
    g_assert_cmpint (hits, >, 5);
    g_assert_cmpint (misses, >, 5);
  }
  canvas_clear (&c);
}

static void
test_renderer_culling (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (2000, 3, TRUE);
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  const RtRenderStats *stats;
  Canvas c;
  RtView view;
  RtRect bounds;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  g_assert_true (rt_renderer_get_bounds (r, NULL, &bounds));
  view.x = bounds.x;
  view.y = bounds.y;
  rt_renderer_draw (r, c.cr, &view, NULL);
  stats = rt_renderer_get_stats (r);
  g_assert_cmpuint (stats->nodes_drawn, >, 0);
  /* Only the corner of a large map: a small share is even looked at. */
  g_assert_cmpuint (stats->nodes_considered, <, 100);
  g_assert_cmpuint (stats->links_drawn, <, 100);

  /* Nothing in view: nothing drawn. */
  view.x = bounds.x - 10000.0;
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_drawn, ==, 0);
  g_assert_cmpuint (stats->links_drawn, ==, 0);

  /* The whole map at a glance draws everything. */
  rt_view_fit (&view, &bounds, 0.0, 1.0);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_drawn, ==, rt_document_get_n_nodes (doc));
  canvas_clear (&c);
}

/* A map shown before it is laid out: the index grows to the new extent. */
static void
test_renderer_culling_after_layout (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (2000, 4, FALSE);
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  const RtRenderStats *stats = rt_renderer_get_stats (r);
  Canvas c;
  RtView view;
  RtRect bounds;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_drawn, ==, 0);
  g_assert_false (rt_renderer_get_bounds (r, NULL, &bounds));

  g_assert_true (rt_layout_apply (doc, rt_renderer_get_metrics (r), RT_LAYOUT_ALL, NULL));
  g_assert_true (rt_renderer_get_bounds (r, NULL, &bounds));
  view.x = bounds.x;
  view.y = bounds.y;
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_drawn, >, 0);
  g_assert_cmpuint (stats->nodes_considered, <, 100);
  /* The grid was made again for the laid-out map. */
  g_assert_cmpuint (rt_scene_get_n_rebuilds (rt_renderer_get_scene (r)), ==, 2);
  canvas_clear (&c);
}

static void
test_renderer_off_screen_pixels (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtRenderer) r = NULL;
  const RtTheme *theme;
  Canvas c;
  RtView view;
  RtRect s;

  rt_document_take_node (doc, make_node ("near", RT_NODE_RESPONSE, "Here", 0.0, 0.0));
  rt_document_take_node (doc, make_node ("far", RT_NODE_RESPONSE, "There", 3000.0, 0.0));
  r = rt_renderer_new (doc, NULL);
  theme = rt_renderer_get_theme (r);
  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_drawn, ==, 1);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_considered, ==, 1);

  /* Scrolled to the far node: it is drawn where it belongs. */
  rt_view_center_on (&view, 3000.0, 0.0);
  rt_renderer_draw (r, c.cr, &view, NULL);
  screen_rect (r, &view, "far", &s);
  assert_color_near (&c, s.x + s.width - 10.0, s.y + s.height / 2.0,
                     &theme->kinds[RT_NODE_RESPONSE].fill, 0.03);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_drawn, ==, 1);
  canvas_clear (&c);
}

static void
test_renderer_dark_theme (void)
{
  g_autoptr(RtDocument) doc = kinds_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  RtTheme dark;
  Canvas light_c, dark_c;
  RtView view;
  RtRect s;
  RtColor a, b;

  canvas_init (&light_c);
  canvas_init (&dark_c);
  rt_view_init (&view, W, H);
  rt_renderer_draw (r, light_c.cr, &view, NULL);
  rt_theme_init (&dark, RT_THEME_DARK);
  rt_renderer_set_theme (r, &dark);
  rt_renderer_draw (r, dark_c.cr, &view, NULL);

  pixel (&light_c, 5, 5, &a);
  pixel (&dark_c, 5, 5, &b);
  g_assert_cmpfloat (rt_color_luminance (&a), >, 0.8);
  g_assert_cmpfloat (rt_color_luminance (&b), <, 0.05);
  screen_rect (r, &view, "n2", &s);
  pixel (&light_c, s.x + s.width * 0.75, s.y + s.height / 2.0, &a);
  pixel (&dark_c, s.x + s.width * 0.75, s.y + s.height / 2.0, &b);
  g_assert_cmpfloat (distance (&a, &b), >, 0.5);
  assert_color_near (&dark_c, s.x + s.width * 0.75, s.y + s.height / 2.0,
                     &dark.kinds[RT_NODE_RESPONSE].fill, 0.03);

  /* High contrast: black borders. */
  rt_theme_init (&dark, RT_THEME_HIGH_CONTRAST);
  g_assert_cmpfloat (rt_color_luminance (&dark.kinds[RT_NODE_PRO].border), <, 0.01);
  canvas_clear (&light_c);
  canvas_clear (&dark_c);
}

typedef struct {
  RtDotsPlan *plan;
  cairo_t    *cr;
} PlanJob;

static gpointer
draw_plan_thread (gpointer data)
{
  PlanJob *job = data;

  rt_dots_plan_draw (job->plan, job->cr, W, H);
  return NULL;
}

static void
test_renderer_level_of_detail (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (300, 5, TRUE);
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  const RtRenderStats *stats = rt_renderer_get_stats (r);
  const RtTheme *theme = rt_renderer_get_theme (r);
  const RtNode *first = rt_document_get_node (doc, 0);
  Canvas c;
  RtView view;
  double sx, sy;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_view_center_on (&view, first->x, first->y);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpint (stats->detail, ==, RT_DETAIL_FULL);
  g_assert_cmpuint (stats->texts_drawn, >=, stats->nodes_drawn);

  view.scale = 0.2;
  rt_view_center_on (&view, first->x, first->y);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpint (stats->detail, ==, RT_DETAIL_SIMPLE);
  g_assert_cmpuint (stats->texts_drawn, ==, 0);
  g_assert_cmpuint (stats->nodes_drawn, >, 0);

  view.scale = 0.04;
  rt_view_center_on (&view, first->x, first->y);
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpint (stats->detail, ==, RT_DETAIL_DOTS);
  g_assert_cmpuint (stats->texts_drawn, ==, 0);
  g_assert_cmpuint (stats->nodes_drawn, >, 10);
  /* A node still shows as a spot of colour. */
  rt_view_map_to_screen (&view, first->x, first->y, &sx, &sy);
  assert_color_far (&c, sx, sy, &theme->background, 0.1);
  {
    RtColor direct, through_group;

    pixel (&c, sx, sy, &direct);
    /* Drawn through cairo (into a group) it looks the same. */
    cairo_push_group (c.cr);
    rt_renderer_draw (r, c.cr, &view, NULL);
    cairo_pop_group_to_source (c.cr);
    cairo_paint (c.cr);
    pixel (&c, sx, sy, &through_group);
    g_assert_cmpfloat (distance (&direct, &through_group), <, 0.02);

    /* The clip holds: nothing lands right of it. */
    cairo_set_source_rgb (c.cr, 1.0, 0.0, 1.0);
    cairo_paint (c.cr);
    cairo_save (c.cr);
    cairo_rectangle (c.cr, 0, 0, sx - 20.0, H);
    cairo_clip (c.cr);
    rt_renderer_draw (r, c.cr, &view, NULL);
    cairo_restore (c.cr);
    pixel (&c, sx, sy, &through_group);
    g_assert_cmpfloat (through_group.r, ==, 1.0);
    g_assert_cmpfloat (through_group.g, ==, 0.0);
    g_assert_cmpfloat (through_group.b, ==, 1.0);
  }

  /* A plan drawn later, from another thread, sets the same pixels as
   * drawing the map there and then. */
  {
    RtDotsPlan *plan = rt_renderer_plan_dots (r, &view, NULL);
    RtRenderState state;
    Canvas later;
    GThread *thread;
    PlanJob job;
    int stride;

    rt_render_state_init (&state);
    state.draw_background = FALSE;
    cairo_set_source_rgb (c.cr, 1.0, 1.0, 1.0);
    cairo_paint (c.cr);
    rt_renderer_draw (r, c.cr, &view, &state);
    canvas_init (&later);
    cairo_set_source_rgb (later.cr, 1.0, 1.0, 1.0);
    cairo_paint (later.cr);
    job = (PlanJob) { plan, later.cr };
    thread = g_thread_new ("plan", draw_plan_thread, &job);
    g_thread_join (thread);
    cairo_surface_flush (c.surface);
    cairo_surface_flush (later.surface);
    stride = cairo_image_surface_get_stride (c.surface);
    g_assert_cmpmem (cairo_image_surface_get_data (c.surface), stride * H,
                     cairo_image_surface_get_data (later.surface), stride * H);
    rt_dots_plan_free (plan);
    canvas_clear (&later);
  }

  /* Export and printing ask for text at any scale. */
  {
    RtRenderState state;

    rt_render_state_init (&state);
    state.full_detail = TRUE;
    rt_renderer_draw (r, c.cr, &view, &state);
    g_assert_cmpint (stats->detail, ==, RT_DETAIL_FULL);
    g_assert_cmpuint (stats->texts_drawn, >, 0);
  }
  canvas_clear (&c);
}

static void
test_renderer_follows_document (void)
{
  g_autoptr(RtDocument) doc = kinds_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  const RtTheme *theme = rt_renderer_get_theme (r);
  const char *ids[] = { "n2" };
  double x = 0.0, y = 200.0;
  guint rebuilds;
  Canvas c;
  RtView view;
  RtRect s;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_renderer_draw (r, c.cr, &view, NULL);
  rebuilds = rt_scene_get_n_rebuilds (rt_renderer_get_scene (r));

  g_assert_true (rt_document_execute (doc, rt_command_move_nodes (1, ids, &x, &y, FALSE, 0), NULL));
  rt_renderer_draw (r, c.cr, &view, NULL);
  screen_rect (r, &view, "n2", &s);
  g_assert_cmpfloat (s.y, >, 400.0);
  assert_color_near (&c, s.x + s.width * 0.75, s.y + s.height / 2.0,
                     &theme->kinds[RT_NODE_RESPONSE].fill, 0.03);
  /* A move updates the index in place. */
  g_assert_cmpuint (rt_scene_get_n_rebuilds (rt_renderer_get_scene (r)), ==, rebuilds);

  /* Longer text: a wider node, measured again. */
  g_assert_true (rt_document_execute (doc, rt_command_set_text ("n2", "A much longer label that wraps onto a second line for sure", NULL), NULL));
  {
    RtRect wide;

    screen_rect (r, &view, "n2", &wide);
    g_assert_cmpfloat (wide.width, >, s.width);
    g_assert_cmpfloat (wide.height, >, s.height);
  }

  /* A first stance adds the stance strip: a taller node. */
  {
    g_autoptr(RtPerson) amira = rt_person_new ("p1", "Amira Haddad");
    RtRect before, after;

    g_assert_true (rt_document_execute (doc, rt_command_add_person (amira, -1), NULL));
    screen_rect (r, &view, "n2", &before);
    g_assert_true (rt_document_execute (doc, rt_command_set_stance ("n2", "p1", RT_STANCE_COMMIT,
                                                                    NULL, NULL, RT_TIME_NONE), NULL));
    rt_renderer_draw (r, c.cr, &view, NULL);
    screen_rect (r, &view, "n2", &after);
    g_assert_cmpfloat (after.height, ==, before.height + RT_NODE_STRIP_HEIGHT);
    g_assert_cmpfloat (rt_scene_get_node_rect (rt_renderer_get_scene (r),
                                               rt_scene_lookup_node (rt_renderer_get_scene (r),
                                                                     rt_document_lookup_node (doc, "n2")))->height,
                       ==, after.height);
  }

  /* Removed: gone from the picture. */
  {
    g_autoptr(GError) error = NULL;
    RtCommand *remove = rt_command_remove_node (doc, "n2", &error);

    g_assert_no_error (error);
    g_assert_true (rt_document_execute (doc, remove, NULL));
  }
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_drawn, ==, 4);
  assert_color_near (&c, s.x + s.width * 0.75, s.y + s.height / 2.0, &theme->background, 0.03);

  /* Undone: back, even though it returns in the middle of the order. */
  g_assert_true (rt_document_undo (doc));
  rt_renderer_draw (r, c.cr, &view, NULL);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_drawn, ==, 5);
  canvas_clear (&c);
}

static void
test_renderer_history_and_dimming (void)
{
  g_autoptr(RtDocument) doc = kinds_document ();
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  g_autoptr(GHashTable) dimmed = g_hash_table_new (g_str_hash, g_str_equal);
  const RtTheme *theme = rt_renderer_get_theme (r);
  RtRenderState state;
  Canvas c;
  RtView view;
  RtRect s;
  RtColor got;

  canvas_init (&c);
  rt_view_init (&view, W, H);
  rt_render_state_init (&state);
  state.history_limit = 2;
  rt_renderer_draw (r, c.cr, &view, &state);
  g_assert_cmpuint (rt_renderer_get_stats (r)->nodes_drawn, ==, 2);
  screen_rect (r, &view, "n5", &s);
  assert_color_near (&c, s.x + s.width * 0.75, s.y + s.height / 2.0,
                     &theme->kinds[RT_NODE_NOTE].fill, 0.03);
  screen_rect (r, &view, "n1", &s);
  assert_color_near (&c, s.x + s.width * 0.75, s.y + s.height / 2.0, &theme->background, 0.03);

  state.history_limit = -1;
  g_hash_table_add (dimmed, (gpointer) "n1");
  state.dimmed = dimmed;
  rt_renderer_draw (r, c.cr, &view, &state);
  pixel (&c, s.x + s.width * 0.75, s.y + s.height / 2.0, &got);
  g_assert_cmpfloat (distance (&got, &theme->background),
                     <, distance (&theme->kinds[RT_NODE_PROBLEM].fill, &theme->background));
  g_assert_cmpfloat (distance (&got, &theme->background), >, 0.0);
  canvas_clear (&c);
}

static int
count_color (Canvas *c, const RtRect *s, const RtColor *want, double tol)
{
  int n = 0;

  for (int y = (int) s->y; y < s->y + s->height; y++)
    for (int x = (int) s->x; x < s->x + s->width; x++)
      {
        RtColor got;

        pixel (c, x, y, &got);
        n += distance (&got, want) < tol;
      }
  return n;
}

static void
test_renderer_status_and_stances (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtRenderer) r = NULL;
  const RtTheme *theme;
  RtNode *committed, *agreed;
  Canvas c;
  RtView view;
  RtRect s;

  rt_document_take_person (doc, rt_person_new ("p1", "Amira Haddad"));
  rt_document_take_person (doc, rt_person_new ("p2", "Ben Okafor"));
  committed = make_node ("a", RT_NODE_RESPONSE, "We run the rota", -170.0, 0.0);
  committed->status = RT_STATUS_ADOPTED;
  g_ptr_array_add (committed->stances, rt_stance_new ("p1", RT_STANCE_COMMIT));
  rt_document_take_node (doc, committed);
  agreed = make_node ("b", RT_NODE_RESPONSE, "Someone runs the rota", 170.0, 0.0);
  g_ptr_array_add (agreed->stances, rt_stance_new ("p1", RT_STANCE_AGREE));
  g_ptr_array_add (agreed->stances, rt_stance_new ("p2", RT_STANCE_OBJECT));
  rt_document_take_node (doc, agreed);

  r = rt_renderer_new (doc, NULL);
  theme = rt_renderer_get_theme (r);
  canvas_init (&c);
  rt_view_init (&view, W, H);
  view.scale = 1.2;
  rt_view_center_on (&view, 0.0, 0.0);
  rt_renderer_draw (r, c.cr, &view, NULL);

  /* The adopted node has its check badge on the top edge. */
  screen_rect (r, &view, "a", &s);
  {
    RtRect top = { s.x, s.y - 15.0, s.width / 2.0, 15.0 };

    g_assert_cmpint (count_color (&c, &top, &theme->status_good, 0.15), >, 20);
  }
  /* Commitment shows in the commit colour; agreement does not use it. */
  {
    RtRect strip = { s.x, s.y + s.height - 30.0, s.width, 30.0 };

    g_assert_cmpint (count_color (&c, &strip, &theme->stance_commit, 0.15), >, 10);
  }
  screen_rect (r, &view, "b", &s);
  {
    RtRect strip = { s.x, s.y + s.height - 30.0, s.width, 30.0 };

    g_assert_cmpint (count_color (&c, &strip, &theme->stance_commit, 0.15), ==, 0);
    g_assert_cmpint (count_color (&c, &strip, &theme->stance_agree, 0.15), >, 10);
    g_assert_cmpint (count_color (&c, &strip, &theme->stance_object, 0.15), >, 10);
  }
  canvas_clear (&c);
}

static int
max_channel_difference (Canvas *a, Canvas *b)
{
  const guint8 *pa, *pb;
  int stride, x, y, worst = 0;

  cairo_surface_flush (a->surface);
  cairo_surface_flush (b->surface);
  pa = cairo_image_surface_get_data (a->surface);
  pb = cairo_image_surface_get_data (b->surface);
  stride = cairo_image_surface_get_stride (a->surface);
  for (y = 0; y < H; y++)
    for (x = 0; x < W * 4; x++)
      worst = MAX (worst, ABS ((int) pa[y * stride + x] - (int) pb[y * stride + x]));
  return worst;
}

static void
test_renderer_node_cache (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (40, 21, TRUE);
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  g_autoptr(RtRenderer) direct = rt_renderer_new (doc, NULL);
  const RtRenderStats *stats = rt_renderer_get_stats (r);
  const RtNode *first = rt_document_get_node (doc, 0);
  g_autoptr(RtPerson) person = NULL;
  Canvas a, b;
  RtView view;
  RtRect s;
  RtColor before, after;

  rt_renderer_set_cache_enabled (direct, FALSE);
  canvas_init (&a);
  canvas_init (&b);
  rt_view_init (&view, W, H);
  /* An offset that is not a whole pixel. */
  view.scale = 1.1;
  rt_view_center_on (&view, first->x + 200.3, first->y + 0.7);

  rt_renderer_draw (r, a.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_cached, ==, 0);
  g_assert_cmpuint (stats->nodes_drawn, >, 3);
  rt_renderer_draw (r, a.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_cached, ==, stats->nodes_drawn);
  g_assert_cmpuint (stats->texts_drawn, ==, 0);
  /* Copies look like drawing. */
  rt_renderer_draw (direct, b.cr, &view, NULL);
  g_assert_cmpuint (rt_renderer_get_stats (direct)->nodes_cached, ==, 0);
  g_assert_cmpint (max_channel_difference (&a, &b), <=, 3);

  /* A changed node is drawn again, the others are copied. */
  g_assert_true (rt_document_execute (doc, rt_command_set_status (first->id, RT_STATUS_RESOLVED), NULL));
  rt_renderer_draw (r, a.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_cached, ==, stats->nodes_drawn - 1);
  rt_renderer_draw (direct, b.cr, &view, NULL);
  g_assert_cmpint (max_channel_difference (&a, &b), <=, 3);

  /* A person's new colour reaches every badge. */
  screen_rect (r, &view, first->id, &s);
  /* Above the initials, inside the disc. */
  pixel (&a, s.x + s.width - 22.0 * view.scale, s.y - 9.0 * view.scale, &before);
  person = rt_person_copy (rt_document_lookup_person (doc, first->by));
  g_free (person->color);
  person->color = g_strdup ("#000000");
  g_assert_true (rt_document_execute (doc, rt_command_set_person (person), NULL));
  rt_renderer_draw (r, a.cr, &view, NULL);
  pixel (&a, s.x + s.width - 22.0 * view.scale, s.y - 9.0 * view.scale, &after);
  g_assert_cmpfloat (distance (&before, &after), >, 0.3);
  /* Dark, if softened: the node is resolved now. */
  g_assert_cmpfloat (rt_color_luminance (&after), <, 0.2);

  /* Scrolling by whole pixels keeps the images. */
  view.x += 10.0 / view.scale;
  rt_renderer_draw (r, a.cr, &view, NULL);
  g_assert_cmpuint (stats->nodes_cached, >, 0);
  rt_renderer_draw (direct, b.cr, &view, NULL);
  g_assert_cmpint (max_channel_difference (&a, &b), <=, 3);

  canvas_clear (&a);
  canvas_clear (&b);
}

static void
test_metrics_cache (void)
{
  g_autoptr(RtMetrics) m = rt_metrics_new ();
  g_autoptr(RtNode) node = rt_node_new ("n1", RT_NODE_PROBLEM);
  double w1, h1, w2, h2;
  guint64 before;
  int i;

  g_free (node->text);
  node->text = g_strdup ("Short");
  rt_metrics_get_size (m, node, &w1, &h1);
  before = rt_metrics_get_n_measured (m);
  rt_metrics_get_size (m, node, &w2, &h2);
  g_assert_cmpuint (rt_metrics_get_n_measured (m), ==, before);
  g_assert_cmpfloat (w1, ==, w2);
  g_assert_cmpfloat (w1, ==, RT_NODE_MIN_WIDTH);

  /* Text changes are noticed without being told. */
  g_free (node->text);
  node->text = g_strdup ("A considerably longer text that has to wrap onto several lines of the node");
  rt_metrics_get_size (m, node, &w2, &h2);
  g_assert_cmpuint (rt_metrics_get_n_measured (m), ==, before + 1);
  g_assert_cmpfloat (w2, <=, RT_NODE_TEXT_WIDTH + 80.0);
  g_assert_cmpfloat (h2, >, h1);

  /* A stance adds the strip. */
  g_ptr_array_add (node->stances, rt_stance_new ("p1", RT_STANCE_AGREE));
  rt_metrics_get_size (m, node, NULL, &h1);
  g_assert_cmpfloat (h1, ==, h2 + RT_NODE_STRIP_HEIGHT);

  /* Bigger text, bigger nodes. */
  rt_metrics_set_text_scale (m, 2.0);
  rt_metrics_get_size (m, node, &w1, NULL);
  g_assert_cmpfloat (w1, >, w2 * 1.5);

  /* Layouts are kept for a bounded number of nodes. */
  rt_metrics_set_layout_capacity (m, 10);
  for (i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("x%d", i);
      g_autoptr(RtNode) other = rt_node_new (id, RT_NODE_PRO);

      g_assert_nonnull (rt_metrics_get_layout (m, other));
    }
  g_assert_cmpuint (rt_metrics_get_n_layouts (m), ==, 10);
}

/* The bounds the renderer keeps up to date through single changes are the
 * bounds of a renderer that measures the map afresh. */
static void
test_renderer_bounds_follow_changes (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (400, 11, TRUE);
  g_autoptr(RtRenderer) r = rt_renderer_new (doc, NULL);
  GRand *rand = g_rand_new_with_seed (5);
  RtRect before;
  int step;

  g_assert_true (rt_renderer_get_bounds (r, NULL, &before));
  for (step = 0; step < 300; step++)
    {
      guint n = rt_document_get_n_nodes (doc);
      const RtNode *node = rt_document_get_node (doc, g_rand_int_range (rand, 0, (int) n));
      g_autoptr(GError) error = NULL;
      RtCommand *command = NULL;
      RtRect kept, fresh;

      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          {
            const char *ids[1] = { node->id };
            double x = node->x + g_rand_double_range (rand, -3000, 3000);
            double y = node->y + g_rand_double_range (rand, -3000, 3000);

            command = rt_command_move_nodes (1, ids, &x, &y, FALSE, 0);
          }
          break;
        case 1:
          command = rt_command_set_text (node->id, step % 2 ? "A much longer text that wraps "
                                         "onto more lines than before" : "x", NULL);
          break;
        default:
          command = rt_command_remove_node (doc, node->id, &error);
          break;
        }
      if (command == NULL || !rt_document_execute (doc, command, NULL))
        continue;
      {
        g_autoptr(RtRenderer) afresh = rt_renderer_new (doc, NULL);
        gboolean any = rt_renderer_get_bounds (r, NULL, &kept);

        g_assert_cmpint (any, ==, rt_renderer_get_bounds (afresh, NULL, &fresh));
        if (any)
          {
            g_assert_cmpfloat_with_epsilon (kept.x, fresh.x, 1e-6);
            g_assert_cmpfloat_with_epsilon (kept.y, fresh.y, 1e-6);
            g_assert_cmpfloat_with_epsilon (kept.width, fresh.width, 1e-6);
            g_assert_cmpfloat_with_epsilon (kept.height, fresh.height, 1e-6);
          }
      }
    }
  g_rand_free (rand);
}

typedef struct {
  RtMetrics  *metrics;
  RtDocument *document;
  guint       first, end;
} MeasureJob;

static gpointer
measure_thread (gpointer data)
{
  MeasureJob *job = data;

  rt_metrics_measure_range (job->metrics, job->document, job->first, job->end);
  return NULL;
}

/* Sizes measured ahead, on two threads at once, are the sizes the window's
 * own metrics would find, and taking them measures nothing again. */
static void
test_metrics_ahead (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (600, 7, TRUE);
  g_autoptr(RtMetrics) own = rt_metrics_new ();
  g_autoptr(RtMetrics) window = rt_metrics_new ();
  g_autoptr(RtMetrics) other = rt_metrics_new ();
  g_autoptr(RtMetrics) wrong = rt_metrics_new ();
  g_autoptr(RtMetrics) fresh = rt_metrics_new ();
  MeasureJob a, b;
  GThread *thread;
  guint n = rt_document_get_n_nodes (doc), i;

  a = (MeasureJob) { rt_metrics_new (), doc, 0, n / 2 };
  b = (MeasureJob) { rt_metrics_new (), doc, n / 2, n + 10 };
  thread = g_thread_new ("measure", measure_thread, &b);
  measure_thread (&a);
  g_thread_join (thread);
  g_assert_cmpuint (rt_metrics_get_n_measured (a.metrics) + rt_metrics_get_n_measured (b.metrics),
                    ==, n);

  g_assert_cmpuint (rt_metrics_adopt (a.metrics, b.metrics), ==, n - n / 2);
  g_assert_cmpuint (rt_metrics_adopt (window, a.metrics), ==, n);
  for (i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      double w1, h1, w2, h2;

      rt_metrics_get_size (window, node, &w1, &h1);
      rt_metrics_get_size (own, node, &w2, &h2);
      g_assert_cmpfloat (w1, ==, w2);
      g_assert_cmpfloat (h1, ==, h2);
    }
  g_assert_cmpuint (rt_metrics_get_n_measured (window), ==, 0);

  /* Into a cache with entries of its own: only the missing ones move. */
  rt_metrics_measure_range (other, doc, 0, n);
  g_assert_cmpuint (rt_metrics_adopt (window, other), ==, 0);

  /* Sizes at another text scale are not taken. */
  rt_metrics_set_text_scale (wrong, 2.0);
  rt_metrics_measure_range (wrong, doc, 0, 10);
  g_assert_cmpuint (rt_metrics_adopt (fresh, wrong), ==, 0);
  g_assert_cmpuint (rt_metrics_get_n_measured (fresh), ==, 0);

  g_object_unref (a.metrics);
  g_object_unref (b.metrics);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer/create", test_renderer_create);
  g_test_add_func ("/renderer/kind-shapes", test_renderer_kind_shapes);
  g_test_add_func ("/renderer/selection-ring", test_renderer_selection_ring);
  g_test_add_func ("/renderer/culling", test_renderer_culling);
  g_test_add_func ("/renderer/culling-after-layout", test_renderer_culling_after_layout);
  g_test_add_func ("/renderer/off-screen", test_renderer_off_screen_pixels);
  g_test_add_func ("/renderer/dark-theme", test_renderer_dark_theme);
  g_test_add_func ("/renderer/level-of-detail", test_renderer_level_of_detail);
  g_test_add_func ("/renderer/follows-document", test_renderer_follows_document);
  g_test_add_func ("/renderer/history-and-dimming", test_renderer_history_and_dimming);
  g_test_add_func ("/renderer/status-and-stances", test_renderer_status_and_stances);
  g_test_add_func ("/renderer/node-cache", test_renderer_node_cache);
  g_test_add_func ("/renderer/metrics-cache", test_metrics_cache);
  g_test_add_func ("/renderer/metrics-ahead", test_metrics_ahead);
  g_test_add_func ("/renderer/bounds-follow-changes", test_renderer_bounds_follow_changes);

  return g_test_run ();
}

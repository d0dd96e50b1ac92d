/* test-canvas-view.c: the map canvas in a real window: navigation,
 * pointer, layout, zoom, export, drawing, and a big map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "app/rt-export-dialog.h"
#include "canvas-fixture.h"
#include "render/rt-layout.h"
#include "render/rt-sample-map.h"

static void
test_canvas_arrow_keys (Fixture       *f,
                        gconstpointer  data)
{
  static const struct { const char *id; double x, y; } places[] = {
    { "e", 400, 0 }, { "w", -400, 10 }, { "s", 20, 300 }, { "far", 1200, 40 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr(RtNode) node = rt_node_new (places[i].id, RT_NODE_NOTE);

      node->has_position = TRUE;
      node->x = places[i].x;
      node->y = places[i].y;
      g_assert_true (rt_canvas_execute (f->canvas, rt_command_add_node (node, -1)));
    }
  rt_canvas_set_zoom (f->canvas, 2.0);
  rt_canvas_center_on (f->canvas, 0.0, 0.0);
  rt_canvas_select_node (f->canvas, "n1", FALSE);
  press (f->canvas, GDK_KEY_Right, 0);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "e");
  press (f->canvas, GDK_KEY_Right, 0);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "far");
  /* The view follows the selection to a node out of sight. */
  {
    RtView view;
    RtRect visible;

    g_assert_true (wait_until (view_still, f->canvas));
    rt_canvas_get_view (f->canvas, &view);
    rt_view_get_visible (&view, &visible);
    g_assert_true (rt_rect_contains (&visible, 1200, 40));
  }
  press (f->canvas, GDK_KEY_Left, GDK_SHIFT_MASK);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "e");
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);
  rt_canvas_select_node (f->canvas, "n1", FALSE);
  press (f->canvas, GDK_KEY_Down, 0);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "s");
  press (f->canvas, GDK_KEY_Up, 0);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "n1");
  press (f->canvas, GDK_KEY_Left, 0);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "w");
  press (f->canvas, GDK_KEY_Escape, 0);
  g_assert_null (rt_canvas_get_cursor (f->canvas));
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 0);
}

/* Dragging a node moves it (one step, pinned); from its edge to another
 * node makes a link; Shift on the background draws a rubber band; a plain
 * drag there pans; a click selects one node alone. */
static void
test_canvas_pointer (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(RtNode) answer = rt_node_new ("a", RT_NODE_RESPONSE);
  RtMetrics *metrics = rt_renderer_get_metrics (rt_canvas_get_renderer (f->canvas));
  const RtNode *node;
  const RtLink *link;
  RtView view;
  RtRect rect;
  double sx, sy, ex, ey, before_x;
  guint steps;

  answer->has_position = TRUE;
  answer->x = 500;
  answer->y = 0;
  g_assert_true (rt_canvas_execute (f->canvas, rt_command_add_node (answer, -1)));
  rt_canvas_set_zoom (f->canvas, 1.0);
  rt_canvas_center_on (f->canvas, 250, 0);
  rt_canvas_get_view (f->canvas, &view);

  /* A click selects n1 alone. */
  rt_canvas_select_node (f->canvas, "a", FALSE);
  rt_view_map_to_screen (&view, 0, 0, &sx, &sy);
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, GDK_SHIFT_MASK, sx, sy, sx, sy);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy, sx, sy);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 1);
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "n1");

  /* Moving: one step, pinned, undone at once. */
  steps = rt_document_get_history_length (f->doc);
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy, sx + 80, sy + 40);
  node = rt_document_lookup_node (f->doc, "n1");
  g_assert_cmpfloat_with_epsilon (node->x, 80.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (node->y, 40.0, 1e-9);
  g_assert_true (node->pinned);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps + 1);
  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "n1")->x, ==, 0.0);

  /* From the response's left edge onto the problem: it responds to it. */
  node = rt_document_lookup_node (f->doc, "a");
  rt_metrics_get_rect (metrics, node, &rect);
  rt_view_map_to_screen (&view, rect.x, rect.y + rect.height / 2.0, &ex, &ey);
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, 0, ex + 2, ey, sx, sy);
  g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 1);
  link = rt_document_get_link (f->doc, 0);
  g_assert_cmpstr (link->from, ==, "a");
  g_assert_cmpstr (link->to, ==, "n1");
  g_assert_cmpint (link->kind, ==, RT_LINK_RESPONDS_TO);
  g_assert_cmpstr (link->by, ==, "p2");
  g_assert_nonnull (rt_canvas_get_selected_link (f->canvas));
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 0);
  /* The response stayed where it was. */
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "a")->x, ==, 500.0);

  /* The context menu changes the link's kind and direction. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.link-kind", "s",
                                             "relates-to"));
  g_assert_cmpint (rt_document_get_link (f->doc, 0)->kind, ==, RT_LINK_RELATES_TO);
  g_assert_cmpint (rt_canvas_get_selected_link (f->canvas)->kind, ==, RT_LINK_RELATES_TO);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.reverse-link", NULL));
  g_assert_cmpuint (rt_document_get_n_links (f->doc), ==, 1);
  link = rt_document_get_link (f->doc, 0);
  g_assert_cmpstr (link->from, ==, "n1");
  g_assert_cmpint (link->kind, ==, RT_LINK_ARISES_FROM);
  g_assert_true (rt_document_undo (f->doc));
  g_assert_true (rt_document_undo (f->doc));
  link = rt_document_get_link (f->doc, 0);
  g_assert_cmpstr (link->from, ==, "a");
  g_assert_cmpint (link->kind, ==, RT_LINK_RESPONDS_TO);

  /* Shift on the background: a rubber band over both. */
  rt_canvas_unselect_all (f->canvas);
  rt_view_map_to_screen (&view, -150, -100, &sx, &sy);
  rt_view_map_to_screen (&view, 650, 100, &ex, &ey);
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, GDK_SHIFT_MASK, sx, sy, ex, ey);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);

  /* A plain drag on the background pans and clears nothing. */
  before_x = view.x;
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy, sx + 100, sy);
  rt_canvas_get_view (f->canvas, &view);
  g_assert_cmpfloat_with_epsilon (view.x, before_x - 100.0, 1e-6);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 2);
  /* A click on it clears the selection. */
  rt_canvas_drag (f->canvas, GDK_BUTTON_PRIMARY, 0, sx, sy, sx, sy);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 0);
}

/* Arrange moves every unpinned node where layout puts it, as one step,
 * with an animation that ends. */
static void
test_canvas_arrange (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(RtLayoutResult) expected = NULL;
  guint steps;

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("r%d", i);
      g_autoptr(RtNode) node = rt_node_new (id, RT_NODE_RESPONSE);
      g_autoptr(RtLink) link = rt_link_new (id, "n1", RT_LINK_RESPONDS_TO);

      node->has_position = TRUE;
      node->x = 50.0 * i;
      node->y = 900.0 - 40.0 * i;
      g_assert_true (rt_canvas_execute (f->canvas, rt_command_add_node (node, -1)));
      g_assert_true (rt_canvas_execute (f->canvas, rt_command_add_link (link, -1)));
    }
  steps = rt_document_get_history_length (f->doc);
  expected = rt_layout_arrange (f->doc, rt_renderer_get_metrics (rt_canvas_get_renderer (f->canvas)),
                                RT_LAYOUT_ALL);
  g_assert_cmpuint (expected->n, ==, 6);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "arrange", NULL);
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, steps + 1);
  for (guint i = 0; i < expected->n; i++)
    {
      const RtNode *node = rt_document_lookup_node (f->doc, expected->ids[i]);

      g_assert_cmpfloat (node->x, ==, expected->x[i]);
      g_assert_cmpfloat (node->y, ==, expected->y[i]);
    }
  g_assert_true (rt_canvas_is_animating (f->canvas));
  g_assert_true (wait_until (not_animating, f->canvas));
  /* The pinned problem stayed. */
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "n1")->x, ==, 0.0);

  g_assert_true (rt_document_undo (f->doc));
  g_assert_cmpfloat (rt_document_lookup_node (f->doc, "r0")->y, ==, 900.0);
}

/* Zooming by action, fitting the map, and the zoom limits. */
static void
test_canvas_zoom (Fixture       *f,
                  gconstpointer  data)
{
  GActionGroup *group = G_ACTION_GROUP (f->window);
  RtView view;
  RtRect visible, bounds;
  double zoom;

  g_action_group_activate_action (group, "zoom-reset", NULL);
  g_assert_cmpfloat (rt_canvas_get_zoom (f->canvas), ==, 1.0);
  g_action_group_activate_action (group, "zoom-in", NULL);
  zoom = rt_canvas_get_zoom (f->canvas);
  g_assert_cmpfloat (zoom, >, 1.0);
  g_action_group_activate_action (group, "zoom-out", NULL);
  g_action_group_activate_action (group, "zoom-out", NULL);
  g_assert_cmpfloat (rt_canvas_get_zoom (f->canvas), <, 1.0);

  rt_canvas_set_zoom (f->canvas, 100.0);
  g_assert_cmpfloat (rt_canvas_get_zoom (f->canvas), ==, RT_CANVAS_MAX_ZOOM);
  g_assert_false (g_action_group_get_action_enabled (group, "zoom-in"));

  g_action_group_activate_action (group, "zoom-fit", NULL);
  g_assert_true (wait_until (not_animating, f->canvas));
  run_pending ();
  g_usleep (300 * 1000);
  run_pending ();
  rt_canvas_get_view (f->canvas, &view);
  rt_view_get_visible (&view, &visible);
  g_assert_true (rt_canvas_get_bounds (f->canvas, &bounds));
  g_assert_cmpfloat (bounds.x, >=, visible.x);
  g_assert_cmpfloat (bounds.x + bounds.width, <=, visible.x + visible.width);
  g_assert_cmpfloat (rt_canvas_get_zoom (f->canvas), <=, 1.0);
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ExportWait;

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportWait *wait = user_data;

  wait->ok = rt_export_map_finish (RT_WINDOW (source), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
export_done (gpointer data)
{
  return ((ExportWait *) data)->done;
}

/* What the Export dialog offers and where its answer leads; the export
 * it starts writes the file. */
static void
test_canvas_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rt-canvas-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) resolved = NULL;
  g_autoptr(GFile) typed = NULL;
  GtkFileChooserNative *dialog;
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) png = NULL;
  g_autoptr(GtkFileFilter) svg = NULL;
  ExportWait wait = { 0 };
  RtImageFormat format;
  gsize length;

  g_assert_no_error (error);
  rt_canvas_select_node (f->canvas, "n1", FALSE);
  dialog = rt_export_dialog_new (f->window);
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 7);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "background"), ==, "light");
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scope"), ==, "map");

  /* A name without an extension takes the filter's; one with an extension
   * keeps it. */
  png = g_list_model_get_item (filters, 0);
  svg = g_list_model_get_item (filters, 1);
  typed = g_file_new_build_filename (dir, "plans", NULL);
  resolved = rt_export_dialog_resolve (typed, svg, &format);
  g_assert_cmpint (format, ==, RT_IMAGE_SVG);
  g_assert_true (g_str_has_suffix (g_file_peek_path (resolved), "/plans.svg"));
  g_clear_object (&resolved);
  g_clear_object (&typed);
  typed = g_file_new_build_filename (dir, "plans.PDF", NULL);
  resolved = rt_export_dialog_resolve (typed, png, &format);
  g_assert_cmpint (format, ==, RT_IMAGE_PDF);
  g_assert_true (g_file_equal (resolved, typed));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (dialog));
  g_object_unref (dialog);

  file = g_file_new_for_path (path);
  rt_export_map_async (f->window, file, RT_IMAGE_PNG, RT_BACKGROUND_DARK, TRUE,
                       export_done_cb, &wait);
  g_assert_true (wait_until (export_done, &wait));
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG\r\n\x1a\n", 8), ==, 0);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Drawing at every level of detail, in both themes, with a selection,
 * hover and the overview, warns about nothing. */
static void
test_canvas_draws (Fixture       *f,
                   gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const double zooms[] = { 1.0, 0.3, 0.05, 2.0 };

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "capture",
                                  g_variant_new_string ("A monthly rota"));
  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      rt_canvas_set_zoom (f->canvas, zooms[i]);
      gtk_widget_queue_draw (GTK_WIDGET (f->canvas));
      run_pending ();
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpint (f->canvas->theme.variant, ==, RT_THEME_DARK);
  run_pending ();
  rt_canvas_set_high_contrast (f->canvas, TRUE);
  g_assert_cmpint (f->canvas->theme.variant, ==, RT_THEME_HIGH_CONTRAST);
  rt_canvas_set_high_contrast (f->canvas, FALSE);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpint (f->canvas->theme.variant, ==, RT_THEME_LIGHT);
  rt_canvas_set_text_scale (f->canvas, 2.0);
  g_assert_cmpfloat (rt_metrics_get_text_scale (rt_renderer_get_metrics (rt_canvas_get_renderer (f->canvas))),
                     ==, 2.0);
  run_pending ();
}

/* Draws one frame of the canvas as GTK would, onto an image. */
static void
draw_frame (RtCanvas        *canvas,
            cairo_surface_t *surface)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  rt_canvas_snapshot (GTK_WIDGET (canvas), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  gsk_render_node_unref (node);
}

/* Panning a map of 10,000 nodes measures no text and rebuilds no index:
 * each frame only draws what is in view. */
static void
test_canvas_big_map (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (10000, 7, TRUE);
  RtWindow *window = rt_window_new (NULL);
  RtCanvas *canvas;
  RtRenderer *renderer;
  cairo_surface_t *surface;
  static const double zooms[] = { 1.0, 0.25, 0.03 };

  gtk_window_present (GTK_WINDOW (window));
  rt_window_set_document (window, doc, NULL, NULL);
  canvas = rt_window_get_canvas (window);
  g_assert_true (wait_until (is_allocated, canvas));
  run_pending ();
  renderer = rt_canvas_get_renderer (canvas);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        gtk_widget_get_width (GTK_WIDGET (canvas)),
                                        gtk_widget_get_height (GTK_WIDGET (canvas)));

  for (guint z = 0; z < 2 * G_N_ELEMENTS (zooms); z++)
    {
      RtMetrics *metrics = rt_renderer_get_metrics (renderer);
      RtScene *scene = rt_renderer_get_scene (renderer);
      guint64 measured;
      guint rebuilds;
      gint64 start;
      RtView view;
      double ms;
      const int frames = 20;

      rt_canvas_set_show_minimap (canvas, z < G_N_ELEMENTS (zooms));
      rt_canvas_set_zoom (canvas, zooms[z % G_N_ELEMENTS (zooms)]);
      run_pending ();
      /* The first frame at a zoom lays out what it shows. */
      draw_frame (canvas, surface);
      measured = rt_metrics_get_n_measured (metrics);
      rebuilds = rt_scene_get_n_rebuilds (scene);
      start = g_get_monotonic_time ();
      for (int i = 0; i < frames; i++)
        {
          rt_canvas_get_view (canvas, &view);
          view.x += 3.0 / view.scale;
          rt_canvas_set_view (canvas, &view);
          draw_frame (canvas, surface);
        }
      ms = (g_get_monotonic_time () - start) / 1000.0 / frames;
      g_test_message ("zoom %.2f minimap %d: %.1f ms a frame, %u nodes drawn", zooms[z % G_N_ELEMENTS (zooms)], rt_canvas_get_show_minimap (canvas), ms,
                      rt_renderer_get_stats (renderer)->nodes_drawn);
      g_assert_cmpuint (rt_scene_get_n_rebuilds (scene), ==, rebuilds);
      /* A few pixels of panning brings hardly any new node into view. */
      g_assert_cmpuint (rt_metrics_get_n_measured (metrics) - measured, <, 50);
      g_assert_cmpuint (rt_renderer_get_stats (renderer)->nodes_drawn, <,
                        rt_document_get_n_nodes (doc) + 1);
    }

  rt_canvas_set_show_minimap (canvas, TRUE);
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/canvas-view/big-map", test_canvas_big_map);
#define ADD(path, func) \
  g_test_add ("/canvas-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("arrow-keys", test_canvas_arrow_keys);
  ADD ("pointer", test_canvas_pointer);
  ADD ("arrange", test_canvas_arrange);
  ADD ("zoom", test_canvas_zoom);
  ADD ("export", test_canvas_export);
  ADD ("draws", test_canvas_draws);
#undef ADD

  return g_test_run ();
}

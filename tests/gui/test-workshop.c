/* test-workshop.c: views, the outline, search, presentation, history,
 * rounds and templates in a real window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "app/rt-new-dialog.h"
#include "app/rt-window-map.h"
#include "app/rt-window-workshop.h"
#include "app/rt-window.h"
#include "render/rt-view.h"
#include "io/rt-xml-reader.h"
#include "model/rt-command.h"
#include "model/rt-filter.h"
#include "render/rt-sample-map.h"
#include "widgets/rt-canvas.h"
#include "widgets/rt-outline-node.h"

#define EXAMPLE SOURCE_ROOT "/data/examples/saturday-library.roundtable"

static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 100 && gtk_widget_get_height (data) > 100;
}

static void
run_pending (void)
{
  /* Bounded: animations keep the main loop busy. */
  for (int i = 0; i < 300; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

typedef struct {
  RtWindow   *window;
  RtCanvas   *canvas;
  RtDocument *doc;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->doc = rt_xml_read_file (EXAMPLE, &error);
  g_assert_no_error (error);
  f->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  rt_window_set_document (f->window, f->doc, NULL, NULL);
  f->canvas = rt_window_get_canvas (f->window);
  g_assert_true (wait_until (is_allocated, f->canvas));
  run_pending ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  run_pending ();
  g_clear_object (&f->doc);
}

static char *
state_string (RtWindow   *window,
              const char *action)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), action);

  return g_variant_dup_string (state, NULL);
}

static gboolean
state_bool (RtWindow   *window,
            const char *action)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), action);

  return g_variant_get_boolean (state);
}

static void
test_view_mode (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *outline = GTK_WIDGET (rt_window_get_outline (f->window));
  AdwViewStack *views = ADW_VIEW_STACK (gtk_widget_get_ancestor (outline, ADW_TYPE_VIEW_STACK));
  g_autofree char *mode = state_string (f->window, "view-mode");

  g_assert_cmpstr (mode, ==, "map");
  g_action_group_change_action_state (G_ACTION_GROUP (f->window), "view-mode",
                                      g_variant_new_string ("outline"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "outline");
  g_action_group_change_action_state (G_ACTION_GROUP (f->window), "view-mode",
                                      g_variant_new_string ("ownership"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "ownership");
  /* The switcher in the header bar changes the state too. */
  adw_view_stack_set_visible_child_name (views, "map");
  g_free (mode);
  mode = state_string (f->window, "view-mode");
  g_assert_cmpstr (mode, ==, "map");
  /* Views in the order of Ctrl+1, Ctrl+2, Ctrl+3. */
  {
    GListModel *pages = G_LIST_MODEL (adw_view_stack_get_pages (views));
    const char *expected[] = { "map", "outline", "ownership" };

    g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 3);
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

        g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, expected[i]);
      }
    g_object_unref (pages);
  }
}

static void
test_outline_lists_every_node (Fixture       *f,
                               gconstpointer  data)
{
  RtOutlineView *outline = rt_window_get_outline (f->window);
  guint n = rt_document_get_n_nodes (f->doc);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RtNode) node = rt_node_new ("n900", RT_NODE_PRO);
  g_autoptr(RtLink) link = NULL;
  const RtNode *first = rt_document_get_node (f->doc, 0);
  g_autoptr(GError) error = NULL;
  guint depth;

  g_assert_cmpuint (rt_outline_view_get_n_rows (outline), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const char *id = rt_outline_view_get_row (outline, i, NULL);

      g_assert_nonnull (id);
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
    }
  /* The first row is a problem that arises from nothing. */
  g_assert_cmpint (rt_document_lookup_node (f->doc, rt_outline_view_get_row (outline, 0, &depth))->kind,
                   ==, RT_NODE_PROBLEM);
  g_assert_cmpuint (depth, ==, 0);

  /* A node added under the first one appears below it, one level deeper. */
  g_free (node->text);
  node->text = g_strdup ("Cheap to try");
  node->by = g_strdup ("p2");
  link = rt_link_new ("n900", first->id, RT_LINK_SUPPORTS);
  rt_document_begin_group (f->doc, "Add");
  g_assert_true (rt_document_execute (f->doc, rt_command_add_node (node, -1), &error));
  g_assert_true (rt_document_execute (f->doc, rt_command_add_link (link, -1), &error));
  rt_document_end_group (f->doc);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_outline_view_get_n_rows (outline), ==, n + 1);
  for (guint i = 0; i <= n; i++)
    if (g_strcmp0 (rt_outline_view_get_row (outline, i, &depth), "n900") == 0)
      {
        guint parent_depth;
        const char *above = NULL;

        /* Its parent is listed before it at depth - 1. */
        for (guint j = i; j-- > 0;)
          {
            above = rt_outline_view_get_row (outline, j, &parent_depth);
            if (parent_depth == depth - 1)
              break;
          }
        g_assert_cmpstr (above, ==, first->id);
      }

  /* Selecting in the outline selects on the map, and back. */
  rt_canvas_select_node (f->canvas, "n900", FALSE);
  g_assert_cmpstr (rt_outline_view_get_selected (outline), ==, "n900");

  rt_document_undo (f->doc);
  g_assert_cmpuint (rt_outline_view_get_n_rows (outline), ==, n);
}

static void
test_outline_label (void)
{
  g_autofree char *label = rt_outline_describe_node (RT_NODE_PROBLEM,
                                                     "Who staffs the library on Saturdays?",
                                                     "Ben Okafor", RT_STATUS_OPEN);
  g_autofree char *pro = rt_outline_describe_node (RT_NODE_PRO, "Cheap", NULL, RT_STATUS_NONE);

  g_assert_cmpstr (label, ==, "Problem: Who staffs the library on Saturdays? — by Ben Okafor, open");
  g_assert_cmpstr (pro, ==, "Pro: Cheap — author unknown");
}

static void
test_presentation (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *header = gtk_widget_get_first_child (adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->window)));

  g_assert_true (ADW_IS_HEADER_BAR (header));
  g_assert_true (gtk_widget_get_visible (header));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "presentation", NULL);
  run_pending ();
  g_assert_true (state_bool (f->window, "presentation"));
  g_assert_true (rt_canvas_get_presentation (f->canvas));
  g_assert_false (gtk_widget_get_visible (header));
  /* Node text at least 28 pixels high: the map magnified, its layout kept. */
  g_assert_cmpfloat (15.0 * rt_canvas_get_text_scale (f->canvas) * rt_canvas_get_zoom (f->canvas),
                     >=, 28.0 - 1e-6);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "presentation", NULL);
  run_pending ();
  g_assert_false (state_bool (f->window, "presentation"));
  g_assert_false (rt_canvas_get_presentation (f->canvas));
  g_assert_true (gtk_widget_get_visible (header));
  g_assert_cmpfloat (rt_canvas_get_text_scale (f->canvas), ==,
                     g_settings_get_double (settings, "text-scale"));
}

/* The colour at a node's centre in a frame of the whole map. */
static guint32
pixel_at_node (RtRenderer          *renderer,
               const RtRenderState *state,
               const RtNode        *node)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  RtView view;
  RtRect bounds;
  double sx, sy;
  guint32 pixel;

  rt_view_init (&view, 1920, 1080);
  g_assert_true (rt_renderer_get_bounds (renderer, NULL, &bounds));
  rt_view_fit (&view, &bounds, 20, 1.0);
  rt_renderer_set_cache_enabled (renderer, FALSE);
  rt_renderer_draw (renderer, cr, &view, state);
  cairo_surface_flush (surface);
  rt_view_map_to_screen (&view, node->x, node->y, &sx, &sy);
  /* A little left of the centre: the body, not the text. */
  {
    RtRect rect;

    rt_metrics_get_rect (rt_renderer_get_metrics (renderer), node, &rect);
    rt_view_map_to_screen (&view, rect.x + 4, node->y, &sx, &sy);
  }
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) sy * cairo_image_surface_get_stride (surface) + (int) sx * 4);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pixel;
}

static void
test_search_dims (Fixture       *f,
                  gconstpointer  data)
{
  RtSearchBar *search = rt_window_get_search_bar (f->window);
  RtRenderer *renderer = rt_canvas_get_renderer (f->canvas);
  GHashTable *unmatched;
  const RtNode *match = NULL, *other = NULL;
  RtRenderState plain, searched;
  guint n = rt_document_get_n_nodes (f->doc);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "find", NULL);
  g_assert_true (rt_search_bar_get_search_mode (search));
  rt_search_bar_set_text (search, "SATURDAY");
  g_assert_true (rt_search_bar_is_filtering (search));
  unmatched = rt_search_bar_get_unmatched (search);
  g_assert_cmpuint (rt_search_bar_get_n_matches (search) + g_hash_table_size (unmatched), ==, n);
  g_assert_cmpuint (rt_search_bar_get_n_matches (search), >, 0);
  g_assert_cmpuint (g_hash_table_size (unmatched), >, 0);
  /* Searching as one types went to the first match. */
  g_assert_nonnull (rt_canvas_get_cursor (f->canvas));
  g_assert_true (g_hash_table_contains (rt_search_bar_get_matches (search),
                                        rt_canvas_get_cursor (f->canvas)));

  for (guint i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (f->doc, i);

      if (!node->has_position)
        continue;
      if (g_hash_table_contains (unmatched, node->id))
        other = other != NULL ? other : node;
      else if (strstr (node->text, "Saturday") != NULL && node->kind == RT_NODE_NOTE)
        match = match != NULL ? match : node;
    }
  g_assert_nonnull (match);
  g_assert_nonnull (other);
  /* The outline hides what does not match. */
  g_assert_cmpuint (rt_outline_view_get_n_rows (rt_window_get_outline (f->window)), <, n);

  rt_render_state_init (&plain);
  rt_render_state_init (&searched);
  searched.dimmed = unmatched;
  g_assert_cmphex (pixel_at_node (renderer, &plain, match), ==,
                   pixel_at_node (renderer, &searched, match));
  g_assert_cmphex (pixel_at_node (renderer, &plain, other), !=,
                   pixel_at_node (renderer, &searched, other));

  /* Closing the bar shows everything again. */
  rt_search_bar_set_search_mode (search, FALSE);
  run_pending ();
  g_assert_false (rt_search_bar_is_filtering (search));
  g_assert_cmpuint (rt_outline_view_get_n_rows (rt_window_get_outline (f->window)), ==, n);
}

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  RtTimeline *timeline = rt_window_get_timeline (f->window);
  RtRenderer *renderer = rt_canvas_get_renderer (f->canvas);
  guint n = rt_document_get_n_nodes (f->doc);
  g_autoptr(GPtrArray) order = rt_nodes_in_creation_order (f->doc);
  guint k = 5;
  RtRenderState state;
  RtScene *scene = rt_renderer_get_scene (renderer);
  guint shown = 0;

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-timeline", NULL);
  g_assert_true (state_bool (f->window, "show-timeline"));
  g_assert_cmpuint (rt_timeline_get_n_steps (timeline), ==, n);
  g_assert_cmpuint (rt_timeline_get_step (timeline), ==, n);
  rt_timeline_set_step (timeline, k);
  g_assert_cmpint (rt_canvas_get_history_limit (f->canvas), ==, k);

  /* Exactly the first k nodes in creation order are shown. */
  rt_render_state_init (&state);
  state.history_limit = rt_canvas_get_history_limit (f->canvas);
  for (guint e = 0; e < rt_scene_get_n_node_entries (scene); e++)
    {
      const RtNode *node = rt_scene_get_node (scene, e);
      gboolean first_k = FALSE;

      if (node == NULL)
        continue;
      for (guint i = 0; i < k; i++)
        first_k |= g_ptr_array_index (order, i) == node;
      g_assert_cmpint (rt_renderer_node_visible (renderer, &state, e), ==, first_k);
      shown += first_k;
    }
  g_assert_cmpuint (shown, ==, k);
  {
    const RtNode *kth = g_ptr_array_index (order, k - 1);
    g_autofree char *start = g_strdup_printf ("Step %u of %u — “%s”", k, n, kth->text);

    g_assert_true (g_str_has_prefix (rt_timeline_get_caption (timeline), start));
  }

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-timeline", NULL);
  g_assert_cmpint (rt_canvas_get_history_limit (f->canvas), ==, -1);
}

static void
test_rounds (Fixture       *f,
             gconstpointer  data)
{
  GHashTable *spoken = rt_window_get_round_spoken (f->window);
  const char *first, *second;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  rt_canvas_set_speaker (f->canvas, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "round", NULL);
  g_assert_true (state_bool (f->window, "round"));
  /* Amira, the first present person, starts. */
  first = rt_canvas_get_speaker (f->canvas);
  g_assert_cmpstr (first, ==, "p1");

  /* Her contribution, captured, passes the word on. */
  id = rt_canvas_capture (f->canvas, "Ask the council for a grant", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_document_lookup_node (f->doc, id)->by, ==, "p1");
  run_pending ();
  second = rt_canvas_get_speaker (f->canvas);
  g_assert_cmpstr (second, ==, "p2");
  g_assert_true (g_hash_table_contains (spoken, "p1"));

  /* Ctrl+. passes over Ben; Chen Wei is absent: Dolores is next. */
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "next-speaker", NULL);
  g_assert_true (g_hash_table_contains (spoken, "p2"));
  g_assert_cmpstr (rt_document_lookup_person (f->doc, rt_canvas_get_speaker (f->canvas))->name,
                   ==, "Dolores Ruiz");

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "round", NULL);
  g_assert_false (state_bool (f->window, "round"));
  g_assert_cmpuint (g_hash_table_size (spoken), ==, 0);
}

static void
test_inspector (Fixture       *f,
                gconstpointer  data)
{
  RtInspector *inspector = rt_window_get_inspector (f->window);
  const RtNode *node = rt_document_get_node (f->doc, 0);
  GtkTextBuffer *buffer = rt_inspector_get_text_buffer (inspector);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-inspector", NULL);
  g_assert_true (state_bool (f->window, "show-inspector"));
  rt_canvas_select_node (f->canvas, node->id, FALSE);
  g_assert_cmpstr (rt_inspector_get_node_id (inspector), ==, node->id);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, node->text);
  g_assert_cmpuint (rt_inspector_get_n_links (inspector), ==,
                    rt_document_get_links_from (f->doc, node->id)->len +
                    rt_document_get_links_to (f->doc, node->id)->len);

  /* Typing in it is a command; undo brings the text back. */
  gtk_text_buffer_set_text (buffer, "Opening on Saturdays", -1);
  g_assert_cmpstr (rt_document_get_node (f->doc, 0)->text, ==, "Opening on Saturdays");
  rt_document_undo (f->doc);
  g_assert_cmpstr (rt_document_get_node (f->doc, 0)->text, ==, text);
  g_free (text);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, rt_document_get_node (f->doc, 0)->text);
}

static void
test_templates_load (void)
{
  const char *const *names = rt_templates_list ();
  const guint expected_nodes[] = { 0, 1, 3, 2 };
  guint i;

  g_setenv ("ROUNDTABLE_DATADIR", SOURCE_ROOT "/data", TRUE);
  for (i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDocument) doc = rt_template_load (names[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (doc);
      g_assert_nonnull (rt_template_get_title (names[i]));
      g_assert_nonnull (rt_template_get_description (names[i]));
      g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, expected_nodes[i]);
      /* A new map, not the template. */
      g_assert_null (rt_document_get_title (doc));
      g_assert_false (rt_document_get_modified (doc));
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (expected_nodes));
  g_assert_cmpstr (names[0], ==, "blank");
}

/* On a map large enough that the texts are folded in idle time, a search
 * typed into the entry finds what the filter finds, after edits and
 * removals too, and the next and previous matches follow document order. */
static GtkWidget *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
assert_matches (RtSearchBar *search,
                RtDocument  *doc)
{
  g_autoptr(GPtrArray) expected = rt_filter_list_matches (rt_search_bar_get_filter (search), doc);
  GHashTable *matches = rt_search_bar_get_matches (search);

  g_assert_cmpuint (rt_search_bar_get_n_matches (search), ==, expected->len);
  g_assert_cmpuint (g_hash_table_size (matches), ==, expected->len);
  g_assert_cmpuint (g_hash_table_size (rt_search_bar_get_unmatched (search)), ==,
                    rt_document_get_n_nodes (doc) - expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (g_hash_table_contains (matches, g_ptr_array_index (expected, i)));
}

static void
next_cb (RtSearchBar *search,
         const char  *id,
         char       **out)
{
  g_free (*out);
  *out = g_strdup (id);
}

static void
test_search_large (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (6000, 7, FALSE);
  RtSearchBar *search = RT_SEARCH_BAR (g_object_ref_sink (rt_search_bar_new ()));
  GtkWidget *entry = find_entry (GTK_WIDGET (search));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autofree char *went = NULL;
  g_autofree char *second = NULL;
  guint told = 0;
  const RtNode *node;

  g_signal_connect_swapped (search, "filter-changed", G_CALLBACK (count_cb), &told);
  g_signal_connect (search, "match-activated", G_CALLBACK (next_cb), &went);
  rt_search_bar_set_document (search, doc);
  rt_search_bar_set_search_mode (search, TRUE);
  g_assert_nonnull (entry);
  /* Typed before the texts are folded: counted once they are. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "rota");
  told = 0;
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (told, ==, 0);
  while (told == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (rt_search_bar_get_n_matches (search), >, 0);
  assert_matches (search, doc);
  /* Searching as one types went to the first match. */
  expected = rt_filter_list_matches (rt_search_bar_get_filter (search), doc);
  g_assert_cmpstr (went, ==, g_ptr_array_index (expected, 0));

  /* The next and previous matches, from a node that does not match. */
  node = rt_document_get_node (doc, 3000);
  for (guint i = 3000; rt_filter_matches (rt_search_bar_get_filter (search), node); i++)
    node = rt_document_get_node (doc, i);
  rt_search_bar_set_current (search, node->id);
  g_assert_true (rt_search_bar_next_match (search, TRUE));
  g_assert_cmpint (rt_document_get_node_index (doc, went), >, rt_document_get_node_index (doc, node->id));
  for (int i = rt_document_get_node_index (doc, node->id) + 1; i < rt_document_get_node_index (doc, went); i++)
    g_assert_false (rt_filter_matches (rt_search_bar_get_filter (search), rt_document_get_node (doc, i)));
  g_assert_true (rt_search_bar_next_match (search, FALSE));
  g_assert_cmpint (rt_document_get_node_index (doc, went), <, rt_document_get_node_index (doc, node->id));
  for (int i = rt_document_get_node_index (doc, went) + 1; i < rt_document_get_node_index (doc, node->id); i++)
    g_assert_false (rt_filter_matches (rt_search_bar_get_filter (search), rt_document_get_node (doc, i)));
  /* Past the last match it wraps around to the first. */
  rt_search_bar_set_current (search, g_ptr_array_index (expected, expected->len - 1));
  g_assert_true (rt_search_bar_next_match (search, TRUE));
  g_assert_cmpstr (went, ==, g_ptr_array_index (expected, 0));
  g_assert_true (rt_search_bar_next_match (search, FALSE));
  g_assert_cmpstr (went, ==, g_ptr_array_index (expected, expected->len - 1));

  /* Edits and removals are followed. */
  second = g_strdup (g_ptr_array_index (expected, 1));
  node = rt_document_get_node (doc, 10);
  g_assert_true (rt_document_execute (doc, rt_command_set_text (node->id, "A new rota for the Café", NULL),
                                      &error));
  g_assert_no_error (error);
  assert_matches (search, doc);
  g_assert_cmpuint (expected->len, >, 1);
  node = rt_document_lookup_node (doc, second);
  g_assert_true (rt_document_execute (doc, rt_command_set_text (node->id, "Nothing here", NULL), &error));
  g_assert_no_error (error);
  assert_matches (search, doc);
  g_assert_true (rt_document_execute (doc, rt_command_remove_node (doc, rt_document_get_node (doc, 20)->id,
                                                                   &error), &error));
  g_assert_no_error (error);
  assert_matches (search, doc);
  g_assert_true (rt_document_undo (doc));
  assert_matches (search, doc);

  /* Cleared, every node matches and nothing is filtered. */
  rt_search_bar_set_text (search, "");
  assert_matches (search, doc);
  g_assert_false (rt_search_bar_is_filtering (search));
  rt_search_bar_set_text (search, "CAFE");
  assert_matches (search, doc);
  g_assert_cmpuint (rt_search_bar_get_n_matches (search), >, 0);
  g_object_unref (search);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/workshop/outline-label", test_outline_label);
  g_test_add_func ("/workshop/templates-load", test_templates_load);
  g_test_add_func ("/workshop/search-large", test_search_large);
#define ADD(path, func) \
  g_test_add ("/workshop/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("view-mode", test_view_mode);
  ADD ("outline", test_outline_lists_every_node);
  ADD ("presentation", test_presentation);
  ADD ("search-dims", test_search_dims);
  ADD ("timeline", test_timeline);
  ADD ("rounds", test_rounds);
  ADD ("inspector", test_inspector);
#undef ADD

  return g_test_run ();
}

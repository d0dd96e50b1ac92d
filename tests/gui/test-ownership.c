/* test-ownership.c: the ownership view of a real window, and screenshots
 * of the people panel, the speaker and the ownership view, light and dark
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "app/rt-application.h"
#include "app/rt-window-credits.h"
#include "app/rt-window-map.h"
#include "app/rt-window-people.h"
#include "app/rt-window-private.h"
#include "io/rt-xml-reader.h"
#include "model/rt-command.h"
#include "widgets/rt-canvas-private.h"
#include "widgets/rt-person-chip.h"
#include "widgets/rt-person-row.h"

/* Runs the main loop until @done is TRUE or 10 s have passed. */
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
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Renders a widget as it is on screen into the build tree's tests/gui. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  /* A popover that has not been drawn yet has nothing to show: the
   * screenshots are for people to look at, not something to assert. */
  if (node == NULL || width <= 0 || height <= 0)
    {
      g_test_message ("screenshot %s skipped: the widget has not been drawn yet", name);
      return;
    }
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (BUILD_ROOT, "tests", "gui", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
add_person (RtDocument *doc,
            const char *id,
            const char *name,
            const char *color,
            RtRole      role,
            gboolean    present)
{
  RtPerson *person = rt_person_new (id, name);

  g_free (person->color);
  person->color = g_strdup (color);
  person->role = role;
  person->present = present;
  rt_document_take_person (doc, person);
}

static RtNode *
add_node (RtDocument *doc,
          const char *id,
          RtNodeKind  kind,
          const char *by,
          const char *text,
          double      x,
          double      y)
{
  RtNode *node = rt_node_new (id, kind);

  g_free (node->text);
  node->text = g_strdup (text);
  node->by = g_strdup (by);
  node->has_position = TRUE;
  node->pinned = TRUE;
  node->x = x;
  node->y = y;
  rt_document_take_node (doc, node);
  return node;
}

/* Amira facilitates and types; Ben and Chen take part. */
static RtDocument *
make_document (void)
{
  RtDocument *doc = rt_document_new ();

  add_person (doc, "p1", "Amira Haddad", "#0072b2", RT_ROLE_FACILITATOR, TRUE);
  add_person (doc, "p2", "Ben Okafor", "#e69f00", RT_ROLE_PARTICIPANT, TRUE);
  add_person (doc, "p3", "Chen Wei", "#009e73", RT_ROLE_PARTICIPANT, TRUE);
  add_node (doc, "n1", RT_NODE_PROBLEM, "p2", "Who staffs the library on Saturdays?", 0, 0);
  add_node (doc, "n2", RT_NODE_RESPONSE, "p3", "A monthly volunteer rota", 320, 0);
  add_node (doc, "n3", RT_NODE_RESPONSE, NULL, "Volunteers from the petition", 320, 140);
  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO));
  return doc;
}

typedef struct {
  RtWindow      *window;
  RtCanvas      *canvas;
  RtPeoplePanel *panel;
  RtDocument    *doc;
  GActionGroup  *actions;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "people-panel-visible", TRUE);
  f->doc = make_document ();
  f->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  rt_window_set_document (f->window, f->doc, NULL, NULL);
  f->canvas = rt_window_get_canvas (f->window);
  f->panel = rt_window_get_people_panel (f->window);
  f->actions = G_ACTION_GROUP (f->window);
  g_assert_true (RT_IS_PEOPLE_PANEL (f->panel));
  g_assert_true (wait_until (is_allocated, f->canvas));
  g_assert_true (wait_until (is_allocated, f->panel));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->doc);
}

static const char *
state_string (GActionGroup *group,
              const char   *action)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (group, action);
  static char buffer[64];

  g_strlcpy (buffer, g_variant_get_string (state, NULL), sizeof buffer);
  return buffer;
}

/* The speaker pill: the menu button in the header bar. */
static GtkMenuButton *
find_pill (Fixture *f)
{
  for (GtkWidget *w = GTK_WIDGET (f->window); w != NULL;)
    {
      if (GTK_IS_MENU_BUTTON (w) && gtk_widget_has_css_class (w, "rt-speaker-pill"))
        return GTK_MENU_BUTTON (w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
is_shown (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 20;
}

/* A popover is a surface of its own: shown, drawn, saved and closed. */
static void
save_popover (GtkPopover *popover,
              const char *name)
{
  gtk_popover_popup (popover);
  g_assert_true (wait_until (is_shown, popover));
  run_for (400);
  save_screenshot (GTK_WIDGET (popover), name);
  gtk_popover_popdown (popover);
  run_for (200);
}

/* The ownership view of the Saturday library. */

static gboolean
view_is_map (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (state_string (f->actions, "show-view"), "map") == 0;
}

static void
test_ownership_view (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples",
                                            "saturday-library.roundtable", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_xml_read_file (path, &error);
  RtOwnershipView *view = rt_window_get_ownership_view (f->window);
  RtAnalysis *analysis;
  GtkListBox *warnings;
  GtkWidget *row;
  guint expected = 0;
  guint rows = 0;
  const char *node_id;

  g_assert_no_error (error);
  rt_window_set_document (f->window, doc, NULL, NULL);
  g_action_group_change_action_state (f->actions, "show-view", g_variant_new_string ("ownership"));
  g_assert_cmpstr (state_string (f->actions, "show-view"), ==, "ownership");
  g_assert_true (wait_until (is_allocated, view));
  run_for (300);

  analysis = rt_ownership_view_get_analysis (view);
  g_assert_cmpuint (rt_analysis_get_n_people (analysis), ==, rt_document_get_n_people (doc));
  for (guint i = 0; i < rt_analysis_get_n_decisions (analysis); i++)
    {
      RtDecisionWarnings split[RT_N_DECISION_WARNINGS];

      expected += rt_decision_warnings_split (rt_analysis_get_decision (analysis, i)->warnings, split);
    }
  g_assert_cmpuint (expected, >, 0);
  warnings = rt_ownership_view_get_warnings (view);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (warnings)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "rt-node-id") != NULL)
      rows++;
  g_assert_cmpuint (rows, ==, expected);
  g_assert_nonnull (strstr (rt_ownership_view_get_share_text (view), "%"));

  /* A warning shows its node on the map. */
  row = gtk_widget_get_first_child (GTK_WIDGET (warnings));
  node_id = g_object_get_data (G_OBJECT (row), "rt-node-id");
  g_signal_emit_by_name (warnings, "row-activated", row);
  g_assert_true (wait_until (view_is_map, f));
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, node_id);
  g_assert_cmpuint (rt_canvas_get_n_selected (f->canvas), ==, 1);

  /* The view follows edits: a commitment removes an "unowned" warning. */
  g_action_group_change_action_state (f->actions, "show-view", g_variant_new_string ("ownership"));
  run_for (100);
  {
    guint before = 0;
    guint after = 0;
    const RtDecision *unowned = NULL;

    analysis = rt_ownership_view_get_analysis (view);
    for (guint i = 0; i < rt_analysis_get_n_decisions (analysis); i++)
      if (rt_analysis_get_decision (analysis, i)->warnings & RT_DECISION_WARNING_UNOWNED)
        {
          unowned = rt_analysis_get_decision (analysis, i);
          break;
        }
    if (unowned != NULL)
      {
        for (row = gtk_widget_get_first_child (GTK_WIDGET (warnings)); row != NULL;
             row = gtk_widget_get_next_sibling (row))
          before += g_object_get_data (G_OBJECT (row), "rt-node-id") != NULL;
        g_assert_true (rt_document_execute (doc, rt_command_set_stance (unowned->id, "p4",
                                                                        RT_STANCE_COMMIT, NULL,
                                                                        NULL, RT_TIME_NONE),
                                            NULL));
        /* Shown in the next idle; asking for the list catches up now. */
        warnings = rt_ownership_view_get_warnings (view);
        for (row = gtk_widget_get_first_child (GTK_WIDGET (warnings)); row != NULL;
             row = gtk_widget_get_next_sibling (row))
          after += g_object_get_data (G_OBJECT (row), "rt-node-id") != NULL;
        g_assert_cmpuint (after, <, before);
        g_assert_true (rt_document_undo (doc));
      }
  }
}

/* Screenshots, light and dark: the panel with the speaker and a
 * commitment open, and the ownership view of the Saturday library. */
static void
test_ownership_screenshots (Fixture       *f,
                         gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples",
                                            "saturday-library.roundtable", NULL);
  g_autoptr(RtDocument) doc = rt_xml_read_file (path, NULL);
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  static const char *const names[] = { "light", "dark" };
  RtStanceEditor *editor;
  GtkWidget *scroller;

  g_assert_nonnull (doc);
  rt_window_set_document (f->window, doc, NULL, NULL);
  run_for (300);
  rt_canvas_set_speaker (f->canvas, "p2");
  rt_canvas_select_node (f->canvas, "n10", FALSE);
  editor = rt_people_panel_get_stance_editor (f->panel);
  gtk_toggle_button_set_active (rt_stance_editor_get_choice (editor, "p2", RT_STANCE_COMMIT), TRUE);
  gtk_editable_set_text (rt_stance_editor_get_text_entry (editor, "p2"),
                         "I will open up on the first Saturday");
  gtk_editable_set_text (rt_stance_editor_get_due_entry (editor, "p2"), "2027-01-09");
  g_signal_emit_by_name (rt_stance_editor_get_due_entry (editor, "p2"), "activate");
  g_assert_cmpstr (rt_node_find_stance (rt_document_lookup_node (doc, "n10"), "p2")->due, ==,
                   "2027-01-09");
  scroller = gtk_widget_get_first_child (GTK_WIDGET (rt_window_get_ownership_view (f->window)));
  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *map = g_strdup_printf ("people-map-%s.png", names[i]);
      g_autofree char *ownership = g_strdup_printf ("people-ownership-%s.png", names[i]);
      g_autofree char *decisions = g_strdup_printf ("people-decisions-%s.png", names[i]);
      g_autofree char *problems = g_strdup_printf ("people-problems-%s.png", names[i]);
      GtkAdjustment *adj;

      adw_style_manager_set_color_scheme (style, schemes[i]);
      g_action_group_change_action_state (f->actions, "show-view", g_variant_new_string ("map"));
      run_for (800);
      save_screenshot (GTK_WIDGET (f->window), map);
      g_action_group_change_action_state (f->actions, "show-view", g_variant_new_string ("ownership"));
      run_for (800);
      save_screenshot (GTK_WIDGET (f->window), ownership);
      adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) * 0.4);
      run_for (300);
      save_screenshot (GTK_WIDGET (f->window), decisions);
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      run_for (300);
      save_screenshot (GTK_WIDGET (f->window), problems);
      gtk_adjustment_set_value (adj, 0);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_action_group_change_action_state (f->actions, "show-view", g_variant_new_string ("map"));
  run_for (300);

  /* The speaker's menu, and the canvas's node menu with who contributed. */
  save_popover (gtk_menu_button_get_popover (find_pill (f)), "people-speaker-menu.png");
  rt_canvas_select_node (f->canvas, "n10", FALSE);
  rt_canvas_popup_menu_at_selection (f->canvas);
  save_popover (GTK_POPOVER (f->canvas->menu), "people-node-menu.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The application's style sheet, as AdwApplication loads it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add ("/ownership/view", Fixture, NULL, fixture_set_up, test_ownership_view,
              fixture_tear_down);
  g_test_add ("/ownership/screenshots", Fixture, NULL, fixture_set_up,
              test_ownership_screenshots, fixture_tear_down);

  return g_test_run ();
}

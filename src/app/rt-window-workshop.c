/* rt-window-workshop.c: the views, search, inspector and history of a
 * window, and the actions that reach them
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-window-map.h"
#include "rt-window-private.h"
#include "rt-window-workshop-private.h"

#define WORKSHOP_KEY "rt-window-workshop"

RtWindowWorkshop *
rt_window_workshop_get (RtWindow *self)
{
  return g_object_get_data (G_OBJECT (self), WORKSHOP_KEY);
}

#define GETTER(type, name, field)                         \
  type *                                                  \
  rt_window_get_##name (RtWindow *self)                   \
  {                                                       \
    RtWindowWorkshop *w;                                  \
                                                          \
    g_return_val_if_fail (RT_IS_WINDOW (self), NULL);     \
    w = rt_window_workshop_get (self);                    \
    return w != NULL ? w->field : NULL;                   \
  }

GETTER (RtOutlineView, outline, outline)
GETTER (RtSearchBar, search_bar, search)
GETTER (RtInspector, inspector, inspector)
GETTER (RtTimeline, timeline, timeline)
GETTER (RtTimer, timer, timer)
GETTER (GHashTable, round_spoken, spoken)

void
rt_window_workshop_set_state (RtWindow   *self,
                              const char *name,
                              GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
  else
    g_variant_unref (g_variant_ref_sink (state));
}

static void
set_enabled (RtWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  gboolean has_doc = w->document != NULL;
  const char *cursor = has_doc ? rt_canvas_get_cursor (w->canvas) : NULL;

  set_enabled (self, "view-mode", has_doc);
  set_enabled (self, "presentation", has_doc);
  set_enabled (self, "find", has_doc);
  set_enabled (self, "find-next", has_doc && rt_search_bar_get_n_matches (w->search) > 0);
  set_enabled (self, "find-previous", has_doc && rt_search_bar_get_n_matches (w->search) > 0);
  set_enabled (self, "show-inspector", has_doc);
  set_enabled (self, "show-timeline", has_doc);
  set_enabled (self, "show-origins", cursor != NULL);
  set_enabled (self, "round", has_doc);
  set_enabled (self, "next-speaker", has_doc && rt_document_get_n_people (w->document) > 0);
}

/* Selection, shared by the map, the outline, the inspector and search. */

static void
canvas_selection_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const char *cursor = rt_canvas_get_cursor (w->canvas);

  rt_inspector_set_node_id (w->inspector, cursor);
  rt_search_bar_set_current (w->search, cursor);
  if (!w->syncing)
    {
      w->syncing = TRUE;
      rt_outline_view_select_node (w->outline, cursor);
      w->syncing = FALSE;
    }
  update_actions (self);
}

static void
select_node (RtWindow   *self,
             const char *node_id,
             gboolean    reveal)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const RtNode *node = node_id != NULL && w->document != NULL
                         ? rt_document_lookup_node (w->document, node_id) : NULL;

  if (node == NULL)
    {
      rt_canvas_unselect_all (w->canvas);
      return;
    }
  rt_canvas_select_node (w->canvas, node->id, FALSE);
  if (reveal && node->has_position)
    rt_canvas_center_on (w->canvas, node->x, node->y);
}

static void
outline_selected_cb (RtWindow   *self,
                     const char *node_id)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  if (w->syncing)
    return;
  w->syncing = TRUE;
  select_node (self, node_id, TRUE);
  w->syncing = FALSE;
}

static void
go_to_node_cb (RtWindow   *self,
               const char *node_id)
{
  select_node (self, node_id, TRUE);
}

/* Search. */

static void
filter_changed_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  gboolean filtering = rt_search_bar_is_filtering (w->search);

  rt_canvas_set_dimmed (w->canvas, filtering ? rt_search_bar_get_unmatched (w->search) : NULL);
  rt_outline_view_set_shown (w->outline, filtering ? rt_search_bar_get_matches (w->search) : NULL);
  update_actions (self);
}

/* Views. */

static void
view_mode_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));
  const char *name = g_variant_get_string (value, NULL);

  if (adw_view_stack_get_child_by_name (w->views, name) == NULL)
    {
      g_warning ("win.view-mode: no view “%s”", name);
      return;
    }
  adw_view_stack_set_visible_child_name (w->views, name);
}

static void
view_changed_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const char *name = adw_view_stack_get_visible_child_name (w->views);

  if (name == NULL)
    return;
  rt_window_workshop_set_state (self, "view-mode", g_variant_new_string (name));
  /* What one types goes to the view one sees. */
  if (g_str_equal (name, "outline"))
    gtk_widget_grab_focus (GTK_WIDGET (w->outline));
  else if (g_str_equal (name, "map") && gtk_widget_get_mapped (GTK_WIDGET (w->canvas)))
    gtk_widget_grab_focus (GTK_WIDGET (w->canvas));
}

/* Actions. */

static void
toggle_activate (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  g_autoptr(GVariant) state = g_action_get_state (G_ACTION (action));

  g_action_change_state (G_ACTION (action), g_variant_new_boolean (!g_variant_get_boolean (state)));
}

static void
presentation_change_state (GSimpleAction *action,
                           GVariant      *value,
                           gpointer       user_data)
{
  rt_window_present_set (RT_WINDOW (user_data), g_variant_get_boolean (value));
}

static void
round_change_state (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  rt_window_rounds_set (RT_WINDOW (user_data), g_variant_get_boolean (value));
}

static void
inspector_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));

  g_simple_action_set_state (action, value);
  gtk_revealer_set_reveal_child (w->inspector_revealer, g_variant_get_boolean (value));
}

static void
timeline_change_state (GSimpleAction *action,
                       GVariant      *value,
                       gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));
  gboolean shown = g_variant_get_boolean (value);

  g_simple_action_set_state (action, value);
  gtk_revealer_set_reveal_child (w->timeline_revealer, shown);
  if (!shown)
    rt_timeline_set_playing (w->timeline, FALSE);
  rt_canvas_set_history_limit (w->canvas, shown ? (int) rt_timeline_get_step (w->timeline) : -1);
}

static void
timeline_step_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  if (gtk_revealer_get_reveal_child (w->timeline_revealer))
    rt_canvas_set_history_limit (w->canvas, (int) rt_timeline_get_step (w->timeline));
}

static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));

  rt_search_bar_set_search_mode (w->search, TRUE);
  rt_search_bar_focus_entry (w->search);
}

static void
find_next_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));

  rt_search_bar_next_match (w->search, g_str_equal (g_action_get_name (G_ACTION (action)),
                                                    "find-next"));
}

static void
origins_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));
  const char *cursor = rt_canvas_get_cursor (w->canvas);

  if (cursor != NULL)
    rt_window_show_origins (RT_WINDOW (user_data), cursor);
}

static void
next_speaker_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  rt_window_rounds_next_speaker (RT_WINDOW (user_data), TRUE);
}

static void
timer_start_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));
  guint32 seconds = g_variant_get_uint32 (parameter);

  if (seconds == 0)
    rt_timer_reset (w->timer);
  else
    rt_timer_start (w->timer, seconds);
}

static void
timer_pause_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RtWindowWorkshop *w = rt_window_workshop_get (RT_WINDOW (user_data));

  rt_timer_pause (w->timer);
}

static const GActionEntry workshop_actions[] = {
  { .name = "view-mode", .parameter_type = "s", .state = "'map'",
    .change_state = view_mode_change_state },
  { .name = "presentation", .activate = toggle_activate, .state = "false",
    .change_state = presentation_change_state },
  { .name = "find", .activate = find_action },
  { .name = "find-next", .activate = find_next_action },
  { .name = "find-previous", .activate = find_next_action },
  { .name = "show-inspector", .activate = toggle_activate, .state = "false",
    .change_state = inspector_change_state },
  { .name = "show-timeline", .activate = toggle_activate, .state = "false",
    .change_state = timeline_change_state },
  { .name = "show-origins", .activate = origins_action },
  { .name = "round", .activate = toggle_activate, .state = "false",
    .change_state = round_change_state },
  { .name = "next-speaker", .activate = next_speaker_action },
  { .name = "timer-start", .parameter_type = "u", .activate = timer_start_action },
  { .name = "timer-pause", .activate = timer_pause_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} workshop_accels[] = {
  { "win.view-mode::map", { "<Control>1", NULL } },
  { "win.view-mode::outline", { "<Control>2", NULL } },
  { "win.view-mode::ownership", { "<Control>3", NULL } },
  { "win.presentation", { "F5", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.find-next", { "<Control>g", NULL } },
  { "win.find-previous", { "<Control><Shift>g", NULL } },
  { "win.show-inspector", { "F4", "<Control>i", NULL } },
  { "win.show-timeline", { "<Control>h", NULL } },
  { "win.show-origins", { "<Control><Shift>o", NULL } },
  { "win.round", { "<Control>r", NULL } },
  { "win.next-speaker", { "<Control>period", NULL } },
};

static void
application_changed_cb (RtWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (workshop_accels); i++)
    gtk_application_set_accels_for_action (app, workshop_accels[i].action,
                                           workshop_accels[i].accels);
}

/* The document. */

static void
document_edited_cb (RtWindow *self)
{
  rt_window_rounds_document_changed (self);
  rt_window_present_update_corner (self);
  update_actions (self);
}

static void
node_added_cb (RtWindow     *self,
               const RtNode *node)
{
  rt_window_rounds_node_added (self, node);
}

static void
document_changed_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  RtDocument *doc = rt_window_get_document (self);

  if (w->document != doc)
    {
      if (w->document != NULL)
        g_signal_handlers_disconnect_by_data (w->document, self);
      g_set_object (&w->document, doc);
      if (doc != NULL)
        {
          g_signal_connect_swapped (doc, "changed", G_CALLBACK (document_edited_cb), self);
          g_signal_connect_swapped (doc, "node-added", G_CALLBACK (node_added_cb), self);
        }
      rt_outline_view_set_document (w->outline, doc);
      rt_search_bar_set_document (w->search, doc);
      rt_inspector_set_document (w->inspector, doc);
      rt_timeline_set_document (w->timeline, doc);
      g_action_group_change_action_state (G_ACTION_GROUP (self), "round",
                                          g_variant_new_boolean (FALSE));
      g_action_group_change_action_state (G_ACTION_GROUP (self), "show-timeline",
                                          g_variant_new_boolean (FALSE));
    }
  for (guint i = 0; i < G_N_ELEMENTS (w->header_widgets); i++)
    if (w->header_widgets[i] != NULL)
      gtk_widget_set_visible (w->header_widgets[i], doc != NULL);
  update_actions (self);
}

/* Building. */

static void
build_header (RtWindow         *self,
              RtWindowWorkshop *w)
{
  AdwHeaderBar *header = ADW_HEADER_BAR (gtk_widget_get_ancestor (GTK_WIDGET (self->window_title),
                                                                   ADW_TYPE_HEADER_BAR));
  GtkWidget *find = gtk_button_new_from_icon_name ("edit-find-symbolic");

  /* The details panel is in the primary menu (F4): with it here as well,
   * the header bar had no room left for the speaker's name in longer
   * languages. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (find), "win.find");
  gtk_widget_set_tooltip_text (find, _("Find and Filter (Ctrl+F)"));
  w->timer = RT_TIMER (rt_timer_new ());
  adw_header_bar_pack_start (header, find);
  adw_header_bar_pack_end (header, GTK_WIDGET (w->timer));
  w->header_widgets[0] = find;
  w->header_widgets[1] = GTK_WIDGET (w->timer);
}

static void
add_menu_items (RtWindow *self)
{
  GMenuModel *model = gtk_menu_button_get_menu_model (self->primary_menu_button);
  g_autoptr(GMenu) views = g_menu_new ();
  g_autoptr(GMenu) workshop = g_menu_new ();

  if (!G_IS_MENU (model))
    return;
  g_menu_append (views, _("_Presentation Mode"), "win.presentation");
  g_menu_append (views, _("_High Contrast Map"), "win.high-contrast");
  g_menu_append (views, _("_Details Panel"), "win.show-inspector");
  g_menu_append (views, _("_History"), "win.show-timeline");
  g_menu_append (workshop, _("_Go-Round"), "win.round");
  g_menu_append (workshop, _("_Next Speaker"), "win.next-speaker");
  g_menu_append (workshop, _("How This _Came to Be"), "win.show-origins");
  g_menu_append (workshop, _("_Find and Filter…"), "win.find");
  /* After the zoom control and the file items. */
  g_menu_insert_section (G_MENU (model), MIN (2, g_menu_model_get_n_items (model)), NULL,
                         G_MENU_MODEL (views));
  g_menu_insert_section (G_MENU (model), MIN (3, g_menu_model_get_n_items (model)), NULL,
                         G_MENU_MODEL (workshop));
}

/* Wraps the view stack: the search bar above it, the inspector beside it,
 * the timeline below it, the round bar and the presentation corner over
 * it. */
static void
build_layout (RtWindow         *self,
              RtWindowWorkshop *w)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (w->views));
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *middle = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *inspector_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  AdwViewStackPage *page;

  g_object_ref (w->views);
  if (ADW_IS_FLAP (parent))
    adw_flap_set_content (ADW_FLAP (parent), outer);
  else
    g_error ("The window's view stack is in a %s, not a flap", G_OBJECT_TYPE_NAME (parent));

  w->search = RT_SEARCH_BAR (rt_search_bar_new ());
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (w->search));

  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (w->views));
  g_object_unref (w->views);
  gtk_widget_set_hexpand (overlay, TRUE);
  gtk_widget_set_vexpand (overlay, TRUE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), w->round_bar);
  g_signal_connect_object (overlay, "get-child-position", G_CALLBACK (rt_window_rounds_place_bar),
                           self, 0);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), w->corner);
  gtk_box_append (GTK_BOX (middle), overlay);

  w->inspector = RT_INSPECTOR (rt_inspector_new ());
  gtk_box_append (GTK_BOX (inspector_box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (inspector_box), GTK_WIDGET (w->inspector));
  gtk_widget_add_css_class (inspector_box, "background");
  w->inspector_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (w->inspector_revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_LEFT);
  gtk_revealer_set_child (w->inspector_revealer, inspector_box);
  gtk_box_append (GTK_BOX (middle), GTK_WIDGET (w->inspector_revealer));
  gtk_box_append (GTK_BOX (outer), middle);

  w->timeline = RT_TIMELINE (rt_timeline_new ());
  w->timeline_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (w->timeline_revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (w->timeline_revealer, GTK_WIDGET (w->timeline));
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (w->timeline_revealer));

  /* The outline is the second view, before the ownership view. */
  w->outline = RT_OUTLINE_VIEW (rt_outline_view_new ());
  page = adw_view_stack_get_page (w->views, adw_view_stack_get_child_by_name (w->views, "ownership"));
  if (page != NULL)
    {
      GtkWidget *ownership = g_object_ref (adw_view_stack_page_get_child (page));
      g_autofree char *title = g_strdup (adw_view_stack_page_get_title (page));
      g_autofree char *icon = g_strdup (adw_view_stack_page_get_icon_name (page));

      adw_view_stack_remove (w->views, ownership);
      page = adw_view_stack_add_titled (w->views, GTK_WIDGET (w->outline), "outline", _("Outline"));
      adw_view_stack_page_set_icon_name (page, "view-list-symbolic");
      page = adw_view_stack_add_titled (w->views, ownership, "ownership", title);
      adw_view_stack_page_set_icon_name (page, icon);
      g_object_unref (ownership);
    }
  else
    {
      page = adw_view_stack_add_titled (w->views, GTK_WIDGET (w->outline), "outline", _("Outline"));
      adw_view_stack_page_set_icon_name (page, "view-list-symbolic");
    }
}

static void
load_css (void)
{
  static gboolean loaded;
  GtkCssProvider *provider;

  if (loaded || gdk_display_get_default () == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/rt-workshop.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

static void
rt_window_workshop_free (gpointer data)
{
  RtWindowWorkshop *w = data;

  g_clear_handle_id (&w->advance_id, g_source_remove);
  g_clear_object (&w->document);
  g_clear_pointer (&w->hidden, g_ptr_array_unref);
  g_clear_pointer (&w->spoken, g_hash_table_unref);
  g_free (w->pending_author);
  g_free (w);
}

static void
window_dispose_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  if (w != NULL && w->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (w->document, self);
      g_clear_object (&w->document);
    }
}

/* The people panel shows the stance editor too: side by side, once is
 * enough. */
static void
people_panel_visible_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  rt_inspector_set_show_stances (w->inspector,
                                 !g_settings_get_boolean (rt_window_get_settings (self),
                                                          "people-panel-visible"));
}

void
rt_window_workshop_init (RtWindow *self)
{
  RtWindowWorkshop *w;
  GSettings *settings;
  g_autoptr(GAction) high_contrast = NULL;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (rt_window_workshop_get (self) == NULL);

  load_css ();
  settings = rt_window_get_settings (self);
  w = g_new0 (RtWindowWorkshop, 1);
  g_object_set_data_full (G_OBJECT (self), WORKSHOP_KEY, w, rt_window_workshop_free);
  w->canvas = rt_window_get_canvas (self);
  w->views = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (self->map_bin),
                                                      ADW_TYPE_VIEW_STACK));
  g_return_if_fail (RT_IS_CANVAS (w->canvas) && ADW_IS_VIEW_STACK (w->views));
  w->spoken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w->hidden = g_ptr_array_new_with_free_func (g_object_unref);

  rt_window_present_init (self);
  build_layout (self, w);
  build_header (self, w);
  add_menu_items (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), workshop_actions,
                                   G_N_ELEMENTS (workshop_actions), self);
  high_contrast = g_settings_create_action (settings, "high-contrast");
  g_action_map_add_action (G_ACTION_MAP (self), high_contrast);

  g_signal_connect_object (w->canvas, "selection-changed", G_CALLBACK (canvas_selection_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->outline, "node-selected", G_CALLBACK (outline_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->inspector, "node-activated", G_CALLBACK (go_to_node_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->search, "filter-changed", G_CALLBACK (filter_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->search, "match-activated", G_CALLBACK (go_to_node_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->timer, "notify", G_CALLBACK (rt_window_present_update_corner),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->timeline, "notify::step", G_CALLBACK (timeline_step_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->views, "notify::visible-child-name", G_CALLBACK (view_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::people-panel-visible",
                           G_CALLBACK (people_panel_visible_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::document", G_CALLBACK (document_changed_cb), NULL);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  g_signal_connect (self, "destroy", G_CALLBACK (window_dispose_cb), NULL);

  people_panel_visible_cb (self);
  application_changed_cb (self);
  document_changed_cb (self);
  view_changed_cb (self);
}

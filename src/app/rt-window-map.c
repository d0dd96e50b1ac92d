/* rt-window-map.c: the map canvas of a window and the window's map actions
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-document.h"
#include "rt-export-dialog.h"
#include "rt-window-map.h"
#include "rt-window-private.h"

/* What the window keeps for its map, attached to it as object data. */
typedef struct {
  RtCanvas   *canvas;      /* borrowed: on the window's map page */
  RtDocument *document;    /* owned: the one whose changes are followed */
  GtkLabel   *zoom_label;  /* borrowed: in the primary menu */
  GtkWidget  *hint;        /* borrowed: over the canvas while the map is empty */
} RtWindowMap;

#define MAP_KEY "rt-window-map"

static RtWindowMap *
get_map (RtWindow *self)
{
  return g_object_get_data (G_OBJECT (self), MAP_KEY);
}

RtCanvas *
rt_window_get_canvas (RtWindow *self)
{
  RtWindowMap *map;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  map = get_map (self);
  return map != NULL ? map->canvas : NULL;
}

/* Actions. */

static void
set_enabled (RtWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
rt_window_map_update_actions (RtWindow *self)
{
  RtWindowMap *map = get_map (self);
  RtDocument *doc;
  gboolean has_doc, has_nodes, selected, cursor, link;
  double zoom;

  g_return_if_fail (RT_IS_WINDOW (self));

  if (map == NULL)
    return;
  doc = rt_canvas_get_document (map->canvas);
  has_doc = doc != NULL;
  has_nodes = has_doc && rt_document_get_n_nodes (doc) > 0;
  selected = has_doc && rt_canvas_get_n_selected (map->canvas) > 0;
  cursor = has_doc && rt_canvas_get_cursor (map->canvas) != NULL;
  link = has_doc && rt_canvas_get_selected_link (map->canvas) != NULL;
  zoom = rt_canvas_get_zoom (map->canvas);

  if (map->hint != NULL)
    gtk_widget_set_visible (map->hint, has_doc && !has_nodes &&
                                       !rt_canvas_get_editing (map->canvas));

  set_enabled (self, "add-node", has_doc);
  set_enabled (self, "capture", has_doc);
  set_enabled (self, "add-child", cursor);
  set_enabled (self, "add-sibling", cursor);
  set_enabled (self, "edit", cursor && !rt_canvas_get_editing (map->canvas));
  set_enabled (self, "delete", selected || link);
  set_enabled (self, "set-kind", selected);
  set_enabled (self, "set-status", selected && rt_canvas_selection_has_status (map->canvas));
  set_enabled (self, "select-all", has_nodes);
  set_enabled (self, "arrange", has_nodes);
  set_enabled (self, "zoom-in", has_doc && zoom < RT_CANVAS_MAX_ZOOM);
  set_enabled (self, "zoom-out", has_doc && zoom > RT_CANVAS_MIN_ZOOM);
  set_enabled (self, "zoom-reset", has_doc);
  set_enabled (self, "zoom-fit", has_doc);
  set_enabled (self, "zoom-selection", selected);
  set_enabled (self, "export", has_nodes);
}

static RtCanvas *
canvas_of (gpointer user_data)
{
  return rt_window_get_canvas (RT_WINDOW (user_data));
}

static void
add_node_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RtNodeKind kind;

  if (rt_node_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    rt_canvas_add_node (canvas_of (user_data), kind);
  else
    g_warning ("win.add-node: no kind “%s”", g_variant_get_string (parameter, NULL));
}

static void
capture_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = rt_canvas_capture (canvas_of (user_data),
                                           g_variant_get_string (parameter, NULL), &error);

  if (id == NULL && !g_error_matches (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID))
    rt_window_show_error (RT_WINDOW (user_data), _("Could Not Add the Idea"), error->message,
                          _("Nothing was added to the map. Select a node that is on the map, "
                            "then add the idea again."));
}

static void
set_kind_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RtNodeKind kind;

  if (rt_node_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    rt_canvas_set_selection_kind (canvas_of (user_data), kind);
  else
    g_warning ("win.set-kind: no kind “%s”", g_variant_get_string (parameter, NULL));
}

static void
set_status_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RtStatus status;

  if (rt_status_from_string (g_variant_get_string (parameter, NULL), &status))
    rt_canvas_set_selection_status (canvas_of (user_data), status);
  else
    g_warning ("win.set-status: no status “%s”", g_variant_get_string (parameter, NULL));
}

static void
simple_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RtCanvas *canvas = canvas_of (user_data);
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "add-child"))
    rt_canvas_add_child (canvas);
  else if (g_str_equal (name, "add-sibling"))
    rt_canvas_add_sibling (canvas);
  else if (g_str_equal (name, "edit"))
    rt_canvas_edit_selected (canvas);
  else if (g_str_equal (name, "delete"))
    rt_canvas_delete_selection (canvas);
  else if (g_str_equal (name, "arrange"))
    rt_canvas_arrange (canvas);
  else if (g_str_equal (name, "zoom-in"))
    rt_canvas_zoom_in (canvas);
  else if (g_str_equal (name, "zoom-out"))
    rt_canvas_zoom_out (canvas);
  else if (g_str_equal (name, "zoom-reset"))
    rt_canvas_set_zoom (canvas, 1.0);
  else if (g_str_equal (name, "zoom-fit"))
    rt_canvas_zoom_fit (canvas);
  else if (g_str_equal (name, "zoom-selection"))
    rt_canvas_zoom_selection (canvas);
  else if (g_str_equal (name, "select-all"))
    rt_canvas_select_all (canvas);
  else if (g_str_equal (name, "export"))
    rt_export_dialog_present (RT_WINDOW (user_data));
}

static void
speaker_change_state (GSimpleAction *action,
                      GVariant      *value,
                      gpointer       user_data)
{
  rt_canvas_set_speaker (canvas_of (user_data), g_variant_get_string (value, NULL));
}

static const GActionEntry map_actions[] = {
  { .name = "add-node", .activate = add_node_action, .parameter_type = "s" },
  { .name = "capture", .activate = capture_action, .parameter_type = "s" },
  { .name = "add-child", .activate = simple_action },
  { .name = "add-sibling", .activate = simple_action },
  { .name = "edit", .activate = simple_action },
  { .name = "delete", .activate = simple_action },
  { .name = "set-kind", .activate = set_kind_action, .parameter_type = "s" },
  { .name = "set-status", .activate = set_status_action, .parameter_type = "s" },
  { .name = "select-all", .activate = simple_action },
  { .name = "arrange", .activate = simple_action },
  { .name = "zoom-in", .activate = simple_action },
  { .name = "zoom-out", .activate = simple_action },
  { .name = "zoom-reset", .activate = simple_action },
  { .name = "zoom-fit", .activate = simple_action },
  { .name = "zoom-selection", .activate = simple_action },
  { .name = "export", .activate = simple_action },
  /* The person new nodes are credited to ("" for nobody). */
  { .name = "speaker", .parameter_type = "s", .state = "''", .change_state = speaker_change_state },
};

/* Plain letters and Delete stay with the canvas, so that typing in its
 * editor is never taken for a shortcut. */
static const struct {
  const char *action;
  const char *accels[4];
} map_accels[] = {
  { "win.export", { "<Control>e", NULL } },
  { "win.arrange", { "<Control>l", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-fit", { "<Control>0", "<Control>KP_0", NULL } },
  /* Ctrl+1, Ctrl+2 and Ctrl+3 switch views (rt-window-workshop.c). */
  { "win.zoom-reset", { NULL } },
  { "win.zoom-selection", { NULL } },
};

static void
application_changed_cb (RtWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (map_accels); i++)
    gtk_application_set_accels_for_action (app, map_accels[i].action, map_accels[i].accels);
}

/* Following the canvas. */

static void
update_zoom_label (RtWindow *self)
{
  RtWindowMap *map = get_map (self);
  g_autofree char *text = NULL;

  if (map == NULL || map->zoom_label == NULL)
    return;
  /* Translators: the zoom level, as in "100 %". */
  text = g_strdup_printf (_("%.0f %%"), rt_canvas_get_zoom (map->canvas) * 100.0);
  gtk_label_set_label (map->zoom_label, text);
}

static void
zoom_changed_cb (RtWindow *self)
{
  update_zoom_label (self);
  rt_window_map_update_actions (self);
}

static void
speaker_changed_cb (RtWindow *self)
{
  RtWindowMap *map = get_map (self);
  const char *speaker = rt_canvas_get_speaker (map->canvas);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "speaker");

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (speaker != NULL ? speaker : ""));
}

static void
document_changed_cb (RtWindow *self)
{
  RtWindowMap *map = get_map (self);
  RtDocument *doc = rt_window_get_document (self);

  if (map->document != doc)
    {
      if (map->document != NULL)
        g_signal_handlers_disconnect_by_func (map->document, rt_window_map_update_actions, self);
      g_set_object (&map->document, doc);
      if (doc != NULL)
        g_signal_connect_swapped (doc, "changed", G_CALLBACK (rt_window_map_update_actions), self);
    }
  rt_window_map_update_actions (self);
}

/* When the map page appears, typing goes to the map. */
static void
canvas_mapped_cb (GtkWidget *canvas)
{
  gtk_widget_grab_focus (canvas);
}

/* What an empty map shows a facilitator who has never used it: how to
 * begin. It lets every click through to the canvas. */
static GtkWidget *
build_hint (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *title = gtk_label_new (_("Type the First Problem"));
  GtkWidget *body = gtk_label_new (_("Start typing to add a problem the group faces, or "
                                     "double-click anywhere on the map. With a node "
                                     "selected, Tab adds a response to it and Enter adds "
                                     "one more beside it."));

  gtk_image_set_pixel_size (GTK_IMAGE (image), 64);
  gtk_widget_add_css_class (image, "dim-label");
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_justify (GTK_LABEL (body), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 44);
  gtk_widget_add_css_class (body, "dim-label");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_can_target (box, FALSE);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

static GtkWidget *
zoom_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

/* The zoom control at the top of the primary menu, as GNOME's editors
 * have it. */
static void
add_zoom_control (RtWindow    *self,
                  RtWindowMap *map)
{
  GtkPopover *popover = gtk_menu_button_get_popover (self->primary_menu_button);
  GtkWidget *box, *reset, *label;

  if (!GTK_IS_POPOVER_MENU (popover))
    return;
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-out-symbolic", "win.zoom-out", _("Zoom Out")));
  label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  reset = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (reset), label);
  gtk_widget_set_hexpand (reset, TRUE);
  gtk_widget_add_css_class (reset, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reset), "win.zoom-reset");
  gtk_widget_set_tooltip_text (reset, _("Reset Zoom"));
  gtk_box_append (GTK_BOX (box), reset);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-in-symbolic", "win.zoom-in", _("Zoom In")));
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-fit-best-symbolic", "win.zoom-fit", _("Fit Map")));
  if (gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), box, "zoom"))
    map->zoom_label = GTK_LABEL (label);
}

static void
rt_window_map_free (gpointer data)
{
  RtWindowMap *map = data;

  if (map->document != NULL)
    g_signal_handlers_disconnect_matched (map->document, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                          G_CALLBACK (rt_window_map_update_actions), NULL);
  g_clear_object (&map->document);
  g_free (map);
}

void
rt_window_map_init (RtWindow *self)
{
  RtWindowMap *map;
  GSettings *settings;
  GtkWidget *overlay;
  g_autoptr(GAction) minimap = NULL;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (get_map (self) == NULL);

  settings = rt_window_get_settings (self);
  map = g_new0 (RtWindowMap, 1);
  map->canvas = RT_CANVAS (rt_canvas_new ());
  g_object_set_data_full (G_OBJECT (self), MAP_KEY, map, rt_window_map_free);
  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (map->canvas));
  map->hint = build_hint ();
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), map->hint);
  rt_window_install_map_page (self, overlay);

  g_settings_bind (settings, "text-scale", map->canvas, "text-scale", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "high-contrast", map->canvas, "high-contrast", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "show-minimap", map->canvas, "show-minimap", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self, "document", map->canvas, "document", G_BINDING_SYNC_CREATE);

  g_action_map_add_action_entries (G_ACTION_MAP (self), map_actions, G_N_ELEMENTS (map_actions),
                                   self);
  minimap = g_settings_create_action (settings, "show-minimap");
  g_action_map_add_action (G_ACTION_MAP (self), minimap);

  g_signal_connect_object (map->canvas, "selection-changed",
                           G_CALLBACK (rt_window_map_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (map->canvas, "notify::editing",
                           G_CALLBACK (rt_window_map_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (map->canvas, "notify::zoom",
                           G_CALLBACK (zoom_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (map->canvas, "notify::speaker",
                           G_CALLBACK (speaker_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (map->canvas, "map", G_CALLBACK (canvas_mapped_cb), NULL);
  g_signal_connect (self, "notify::document", G_CALLBACK (document_changed_cb), NULL);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);

  add_zoom_control (self, map);
  update_zoom_label (self);
  application_changed_cb (self);
  document_changed_cb (self);
}

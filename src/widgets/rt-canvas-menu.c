/* rt-canvas-menu.c: the context menu, and the changes it makes to the
 * selection
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-canvas-private.h"

/* Changes to the selection. */

gboolean
rt_canvas_delete_selection (RtCanvas *self)
{
  g_auto(GStrv) ids = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  if (self->document == NULL)
    return FALSE;
  if (self->selected_link != NULL && g_hash_table_size (self->selection) == 0)
    {
      g_autoptr(RtLink) link = rt_link_copy (self->selected_link);

      return rt_canvas_execute (self, rt_command_remove_link (link->from, link->to, link->kind));
    }

  ids = rt_canvas_get_selection (self);
  if (ids[0] == NULL)
    return FALSE;
  rt_document_begin_group (self->document, g_strv_length (ids) == 1 ? _("Delete Node")
                                                                     : _("Delete Nodes"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      RtCommand *command = rt_command_remove_node (self->document, ids[i], &error);

      if (command == NULL)
        g_warning ("Could not delete %s: %s", ids[i], error->message);
      else
        any |= rt_canvas_execute (self, command);
    }
  rt_document_end_group (self->document);
  return any;
}

gboolean
rt_canvas_set_selection_kind (RtCanvas   *self,
                              RtNodeKind  kind)
{
  g_auto(GStrv) ids = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, FALSE);

  if (self->document == NULL)
    return FALSE;
  ids = rt_canvas_get_selection (self);
  rt_document_begin_group (self->document, _("Change Kind"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const RtNode *node = rt_document_lookup_node (self->document, ids[i]);

      if (node != NULL && node->kind != kind)
        any |= rt_canvas_execute (self, rt_command_set_kind (node->id, kind));
    }
  rt_document_end_group (self->document);
  return any;
}

gboolean
rt_canvas_selection_has_status (RtCanvas *self)
{
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  if (self->document == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const RtNode *node = rt_document_lookup_node (self->document, key);

      if (node != NULL && rt_status_default_for_kind (node->kind) != RT_STATUS_NONE)
        return TRUE;
    }
  return FALSE;
}

gboolean
rt_canvas_set_selection_status (RtCanvas *self,
                                RtStatus  status)
{
  g_auto(GStrv) ids = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (status < RT_N_STATUSES, FALSE);

  if (self->document == NULL)
    return FALSE;
  ids = rt_canvas_get_selection (self);
  rt_document_begin_group (self->document, _("Change Status"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const RtNode *node = rt_document_lookup_node (self->document, ids[i]);

      if (node != NULL && node->status != status && rt_status_valid_for_kind (status, node->kind))
        any |= rt_canvas_execute (self, rt_command_set_status (node->id, status));
    }
  rt_document_end_group (self->document);
  return any;
}

static void
set_selection_pinned (RtCanvas *self,
                      gboolean  pinned)
{
  g_auto(GStrv) ids = rt_canvas_get_selection (self);

  rt_document_begin_group (self->document, pinned ? _("Pin") : _("Unpin"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const RtNode *node = rt_document_lookup_node (self->document, ids[i]);

      if (node != NULL && node->pinned != pinned)
        rt_canvas_execute (self, rt_command_set_pinned (node->id, pinned));
    }
  rt_document_end_group (self->document);
}

static void
reverse_selected_link (RtCanvas *self)
{
  g_autoptr(RtLink) old = rt_link_copy (self->selected_link);
  g_autoptr(RtLink) link = NULL;
  const RtNode *from = rt_document_lookup_node (self->document, old->to);
  const RtNode *to = rt_document_lookup_node (self->document, old->from);
  RtLinkKind kind;

  if (from == NULL || to == NULL)
    return;
  kind = rt_link_kind_infer (from->kind, to->kind);
  if (rt_document_find_link (self->document, from->id, to->id, kind) != NULL)
    return;
  link = rt_link_new (from->id, to->id, kind);
  link->by = g_strdup (old->by);
  link->created = old->created;
  rt_document_begin_group (self->document, _("Reverse Link"));
  rt_canvas_execute (self, rt_command_remove_link (old->from, old->to, old->kind));
  rt_canvas_execute (self, rt_command_add_link (link, -1));
  rt_document_end_group (self->document);
  rt_canvas_select_link (self, link);
}

/* The "canvas" actions. */

static const char *
selection_kind (RtCanvas *self)
{
  GHashTableIter iter;
  gpointer key;
  int kind = -1;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const RtNode *node = rt_document_lookup_node (self->document, key);

      if (node == NULL)
        continue;
      if (kind >= 0 && kind != (int) node->kind)
        return "";
      kind = node->kind;
    }
  return kind >= 0 ? rt_node_kind_to_string (kind) : "";
}

/* The status of the selection when every selected node has it, else "". */
static const char *
selection_status (RtCanvas *self)
{
  GHashTableIter iter;
  gpointer key;
  int status = -1;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const RtNode *node = rt_document_lookup_node (self->document, key);

      if (node == NULL)
        continue;
      if (status >= 0 && status != (int) node->status)
        return "";
      status = node->status;
    }
  return status > 0 ? rt_status_to_string (status) : "";
}

static gboolean
selection_pinned (RtCanvas *self)
{
  GHashTableIter iter;
  gpointer key;
  gboolean any = FALSE;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const RtNode *node = rt_document_lookup_node (self->document, key);

      if (node != NULL && !node->pinned)
        return FALSE;
      any |= node != NULL;
    }
  return any;
}

static void
set_enabled (RtCanvas   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
set_state (RtCanvas   *self,
           const char *name,
           GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
}

void
rt_canvas_update_menu_actions (RtCanvas *self)
{
  gboolean has_doc = self->document != NULL;
  gboolean has_nodes = has_doc && rt_document_get_n_nodes (self->document) > 0;
  gboolean nodes = has_doc && g_hash_table_size (self->selection) > 0;
  gboolean cursor = rt_canvas_get_cursor_node (self) != NULL;
  gboolean link = has_doc && self->selected_link != NULL;

  if (self->actions == NULL)
    return;
  set_enabled (self, "add-child", cursor);
  set_enabled (self, "add-sibling", cursor);
  set_enabled (self, "edit", cursor && !self->edit.active);
  set_enabled (self, "add-here", has_doc);
  set_enabled (self, "delete", nodes || link);
  set_enabled (self, "kind", nodes);
  set_enabled (self, "status", nodes && rt_canvas_selection_has_status (self));
  set_enabled (self, "pinned", nodes);
  set_enabled (self, "link-kind", link);
  set_enabled (self, "reverse-link", link);
  set_enabled (self, "select-all", has_nodes);
  set_enabled (self, "arrange", has_nodes);
  set_enabled (self, "zoom-fit", has_nodes);
  set_enabled (self, "zoom-selection", nodes);

  set_state (self, "kind", g_variant_new_string (nodes ? selection_kind (self) : ""));
  set_state (self, "status", g_variant_new_string (nodes ? selection_status (self) : ""));
  set_state (self, "pinned", g_variant_new_boolean (nodes && selection_pinned (self)));
  set_state (self, "link-kind",
             g_variant_new_string (link ? rt_link_kind_to_string (self->selected_link->kind) : ""));
}

static void
activate_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RtCanvas *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (self->document == NULL)
    return;
  if (g_str_equal (name, "add-child"))
    rt_canvas_add_child (self);
  else if (g_str_equal (name, "add-sibling"))
    rt_canvas_add_sibling (self);
  else if (g_str_equal (name, "edit"))
    rt_canvas_edit_selected (self);
  else if (g_str_equal (name, "add-here"))
    rt_canvas_begin_new (self, RT_NODE_PROBLEM, NULL, TRUE, TRUE,
                         self->menu_x, self->menu_y, NULL);
  else if (g_str_equal (name, "delete"))
    rt_canvas_delete_selection (self);
  else if (g_str_equal (name, "reverse-link"))
    reverse_selected_link (self);
  else if (g_str_equal (name, "select-all"))
    rt_canvas_select_all (self);
  else if (g_str_equal (name, "arrange"))
    rt_canvas_arrange (self);
  else if (g_str_equal (name, "zoom-fit"))
    rt_canvas_zoom_fit (self);
  else if (g_str_equal (name, "zoom-selection"))
    rt_canvas_zoom_selection (self);
}

static void
change_state_cb (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       user_data)
{
  RtCanvas *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (self->document == NULL)
    return;
  if (g_str_equal (name, "kind"))
    {
      RtNodeKind kind;

      if (rt_node_kind_from_string (g_variant_get_string (value, NULL), &kind))
        rt_canvas_set_selection_kind (self, kind);
    }
  else if (g_str_equal (name, "status"))
    {
      RtStatus status;

      if (rt_status_from_string (g_variant_get_string (value, NULL), &status))
        rt_canvas_set_selection_status (self, status);
    }
  else if (g_str_equal (name, "pinned"))
    set_selection_pinned (self, g_variant_get_boolean (value));
  else if (g_str_equal (name, "link-kind") && self->selected_link != NULL)
    {
      RtLinkKind kind;
      g_autoptr(RtLink) link = rt_link_copy (self->selected_link);

      if (rt_link_kind_from_string (g_variant_get_string (value, NULL), &kind) &&
          kind != link->kind &&
          rt_document_find_link (self->document, link->from, link->to, kind) == NULL)
        rt_canvas_execute (self, rt_command_set_link_kind (link->from, link->to, link->kind, kind));
    }
  rt_canvas_update_menu_actions (self);
}

static const GActionEntry canvas_actions[] = {
  { .name = "add-child", .activate = activate_cb },
  { .name = "add-sibling", .activate = activate_cb },
  { .name = "edit", .activate = activate_cb },
  { .name = "add-here", .activate = activate_cb },
  { .name = "delete", .activate = activate_cb },
  { .name = "reverse-link", .activate = activate_cb },
  { .name = "select-all", .activate = activate_cb },
  { .name = "arrange", .activate = activate_cb },
  { .name = "zoom-fit", .activate = activate_cb },
  { .name = "zoom-selection", .activate = activate_cb },
  { .name = "kind", .parameter_type = "s", .state = "''", .change_state = change_state_cb },
  { .name = "status", .parameter_type = "s", .state = "''", .change_state = change_state_cb },
  { .name = "link-kind", .parameter_type = "s", .state = "''", .change_state = change_state_cb },
  { .name = "pinned", .state = "false", .change_state = change_state_cb },
};

/* The menu. */

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             const char *accel)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, action);

  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  g_menu_append_item (menu, item);
}

static void
append_radio (GMenu      *menu,
              const char *label,
              const char *action,
              const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
  g_menu_append_item (menu, item);
}

static GMenuModel *
node_menu (RtCanvas *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) change = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();
  const char *kind = selection_kind (self);
  RtNodeKind k;

  append_item (add, _("Add _Child"), "canvas.add-child", "Tab");
  append_item (add, _("Add _Sibling"), "canvas.add-sibling", "Return");
  append_item (add, _("_Edit Text"), "canvas.edit", "F2");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));

  for (int i = 0; i < RT_N_NODE_KINDS; i++)
    append_radio (kinds, rt_node_kind_get_label (i), "canvas.kind", rt_node_kind_to_string (i));
  g_menu_append_submenu (change, _("_Kind"), G_MENU_MODEL (kinds));
  /* Statuses when every selected node is of one kind that has them. */
  if (*kind != '\0' && rt_node_kind_from_string (kind, &k) &&
      rt_status_default_for_kind (k) != RT_STATUS_NONE)
    {
      g_autoptr(GMenu) statuses = g_menu_new ();

      for (int s = RT_STATUS_NONE + 1; s < RT_N_STATUSES; s++)
        if (rt_status_valid_for_kind (s, k))
          append_radio (statuses, rt_status_get_label (s), "canvas.status", rt_status_to_string (s));
      g_menu_append_submenu (change, _("S_tatus"), G_MENU_MODEL (statuses));
    }
  append_item (change, _("_Pinned"), "canvas.pinned", NULL);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (change));

  if (self->node_menu_extra != NULL)
    g_menu_append_section (menu, NULL, self->node_menu_extra);

  append_item (remove, _("_Delete"), "canvas.delete", "Delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));

  append_item (view, _("_Zoom to Selection"), "canvas.zoom-selection", NULL);
  append_item (view, _("_Arrange Map"), "canvas.arrange", "<Control>l");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));
  return G_MENU_MODEL (menu);
}

static GMenuModel *
link_menu (RtCanvas *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) change = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  for (int i = 0; i < RT_N_LINK_KINDS; i++)
    append_radio (kinds, rt_link_kind_get_label (i), "canvas.link-kind", rt_link_kind_to_string (i));
  g_menu_append_section (menu, _("Link"), G_MENU_MODEL (kinds));
  append_item (change, _("_Reverse Direction"), "canvas.reverse-link", NULL);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (change));
  append_item (remove, _("_Delete Link"), "canvas.delete", "Delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static GMenuModel *
background_menu (RtCanvas *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();

  append_item (add, _("Add _Problem Here"), "canvas.add-here", NULL);
  append_item (add, _("Select _All"), "canvas.select-all", "<Control>a");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));
  append_item (view, _("_Fit Map"), "canvas.zoom-fit", "<Control>0");
  append_item (view, _("_Arrange Map"), "canvas.arrange", "<Control>l");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));
  return G_MENU_MODEL (menu);
}

void
rt_canvas_popup_menu (RtCanvas *self,
                      double    x,
                      double    y)
{
  g_autoptr(GMenuModel) model = NULL;

  if (self->document == NULL)
    return;
  rt_view_screen_to_map (&self->view, x, y, &self->menu_x, &self->menu_y);
  rt_canvas_update_menu_actions (self);
  if (g_hash_table_size (self->selection) > 0)
    model = node_menu (self);
  else if (self->selected_link != NULL)
    model = link_menu (self);
  else
    model = background_menu (self);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

void
rt_canvas_popup_menu_at_selection (RtCanvas *self)
{
  const RtNode *node = rt_canvas_get_cursor_node (self);
  double x = self->view.width / 2.0, y = self->view.height / 2.0;

  if (node != NULL && node->has_position)
    {
      RtRect rect;

      rt_metrics_get_rect (self->metrics, node, &rect);
      rt_view_map_to_screen (&self->view, rect.x + rect.width / 2.0, rect.y + rect.height,
                             &x, &y);
      x = CLAMP (x, 0.0, self->view.width);
      y = CLAMP (y, 0.0, self->view.height);
    }
  rt_canvas_popup_menu (self, x, y);
}

void
rt_canvas_setup_menu (RtCanvas *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), canvas_actions,
                                   G_N_ELEMENTS (canvas_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "canvas", G_ACTION_GROUP (self->actions));

  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  rt_canvas_update_menu_actions (self);
}

void
rt_canvas_set_node_menu_extra (RtCanvas   *self,
                               GMenuModel *model)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (model == NULL || G_IS_MENU_MODEL (model));

  g_set_object (&self->node_menu_extra, model);
}

/* rt-window-credits.c: who contributed the selected nodes, and merging
 * them
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-window-credits.h"
#include "rt-window-map.h"
#include "rt-window-private.h"

typedef struct {
  GMenu              *menu;     /* owned: the section in the canvas's node menu */
  GSimpleActionGroup *credit;   /* owned: "credit.person-N", one check per person */
  char               *key;      /* the people menu and actions were made for */
} RtWindowCredits;

#define CREDITS_KEY "rt-window-credits"

static RtWindowCredits *
get_credits (RtWindow *self)
{
  return g_object_get_data (G_OBJECT (self), CREDITS_KEY);
}

static gboolean
execute (RtWindow  *self,
         RtCommand *command)
{
  g_autoptr(GError) error = NULL;

  if (rt_document_execute (rt_window_get_document (self), command, &error))
    return TRUE;
  rt_window_show_refusal (self, error->message);
  return FALSE;
}

/* The author. */

static void
set_author (RtWindow   *self,
            const char *person_id)
{
  RtDocument *doc = rt_window_get_document (self);
  g_auto(GStrv) ids = NULL;

  if (doc == NULL)
    return;
  if (person_id != NULL && *person_id == '\0')
    person_id = NULL;
  if (person_id != NULL && rt_document_lookup_person (doc, person_id) == NULL)
    {
      g_warning ("win.set-author: no person “%s”", person_id);
      return;
    }
  ids = rt_canvas_get_selection (rt_window_get_canvas (self));
  rt_document_begin_group (doc, _("Change Contributor"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const RtNode *node = rt_document_lookup_node (doc, ids[i]);

      if (node == NULL || g_strcmp0 (node->by, person_id) == 0)
        continue;
      /* A co-contributor who becomes the author is no longer a credit. */
      if (person_id != NULL && rt_node_has_credit (node, person_id))
        execute (self, rt_command_remove_credit (node->id, person_id));
      execute (self, rt_command_set_author (ids[i], person_id));
    }
  rt_document_end_group (doc);
}

static void
set_author_change_state (GSimpleAction *action,
                         GVariant      *value,
                         gpointer       user_data)
{
  set_author (RT_WINDOW (user_data), g_variant_get_string (value, NULL));
}

/* Co-contributors. */

static void
toggle_credit (RtWindow   *self,
               const char *person_id)
{
  RtDocument *doc = rt_window_get_document (self);
  const RtPerson *person = doc != NULL ? rt_document_lookup_person (doc, person_id) : NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  gboolean all_credited = TRUE;

  if (person == NULL)
    return;
  ids = rt_canvas_get_selection (rt_window_get_canvas (self));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const RtNode *node = rt_document_lookup_node (doc, ids[i]);

      if (node == NULL || g_strcmp0 (node->by, person_id) == 0)
        continue;
      g_ptr_array_add (nodes, node->id);
      all_credited &= rt_node_has_credit (node, person_id);
    }
  if (nodes->len == 0)
    {
      g_autofree char *text = NULL;

      if (ids[0] != NULL)
        {
          /* Translators: %s is a person's name. */
          text = g_strdup_printf (_("%s contributed it already"), person->name);
          rt_window_show_toast (self, text);
        }
      return;
    }

  rt_document_begin_group (doc, all_credited ? _("Remove Contributor") : _("Add Contributor"));
  for (guint i = 0; i < nodes->len; i++)
    {
      const RtNode *node = rt_document_lookup_node (doc, g_ptr_array_index (nodes, i));

      if (all_credited)
        execute (self, rt_command_remove_credit (node->id, person_id));
      else if (!rt_node_has_credit (node, person_id))
        execute (self, rt_command_add_credit (node->id, person_id));
    }
  rt_document_end_group (doc);
}

static void
toggle_credit_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  toggle_credit (RT_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
credit_change_state (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  const char *person_id = g_object_get_data (G_OBJECT (action), "rt-person-id");

  toggle_credit (self, person_id);
}

gboolean
rt_window_credit_node (RtWindow   *self,
                       const char *node_id,
                       const char *person_id)
{
  RtDocument *doc;
  const RtNode *node;
  const RtPerson *person;
  g_autofree char *text = NULL;
  gboolean done = FALSE;

  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);

  doc = rt_window_get_document (self);
  node = doc != NULL ? rt_document_lookup_node (doc, node_id) : NULL;
  person = doc != NULL ? rt_document_lookup_person (doc, person_id) : NULL;
  if (node == NULL || person == NULL)
    return FALSE;

  if (node->by == NULL)
    {
      done = execute (self, rt_command_set_author (node->id, person->id));
      /* Translators: after dropping a person on a node nobody was credited
       * for. */
      text = g_strdup_printf (_("Credited to %s"), person->name);
    }
  else if (g_str_equal (node->by, person->id) || rt_node_has_credit (node, person->id))
    text = g_strdup_printf (_("%s contributed it already"), person->name);
  else
    {
      done = execute (self, rt_command_add_credit (node->id, person->id));
      text = g_strdup_printf (_("%s added as a contributor"), person->name);
    }
  rt_window_show_toast (self, text);
  return done;
}

/* Merging. */

static void
merge_nodes_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  RtCanvas *canvas = rt_window_get_canvas (self);
  RtDocument *doc = rt_window_get_document (self);
  g_auto(GStrv) ids = rt_canvas_get_selection (canvas);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  const char *cursor = rt_canvas_get_cursor (canvas);
  const char *gone;
  RtCommand *command;

  if (doc == NULL || g_strv_length (ids) != 2)
    return;
  /* The node the cursor is on stays; the other one joins it. */
  keep = g_strdup (cursor != NULL && g_strv_contains ((const char *const *) ids, cursor)
                     ? cursor : ids[0]);
  gone = g_str_equal (keep, ids[0]) ? ids[1] : ids[0];
  command = rt_command_merge_nodes (doc, keep, gone, &error);
  if (command == NULL)
    {
      rt_window_show_refusal (self, error->message);
      return;
    }
  if (execute (self, command))
    rt_canvas_select_node (canvas, keep, FALSE);
}

static const GActionEntry credit_actions[] = {
  { .name = "set-author", .parameter_type = "s", .state = "''",
    .change_state = set_author_change_state },
  { .name = "toggle-credit", .parameter_type = "s", .activate = toggle_credit_action },
  { .name = "merge-nodes", .activate = merge_nodes_action },
};

/* Keeping the menu and the states current. */

static void
rebuild (RtWindow        *self,
         RtWindowCredits *credits)
{
  RtDocument *doc = rt_window_get_document (self);
  g_autoptr(GMenu) submenu = g_menu_new ();
  g_autoptr(GMenu) authors = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  g_autoptr(GMenuItem) unknown = g_menu_item_new (_("Unknown"), NULL);
  g_auto(GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (credits->credit));
  guint n = doc != NULL ? rt_document_get_n_people (doc) : 0;

  for (guint i = 0; names[i] != NULL; i++)
    g_action_map_remove_action (G_ACTION_MAP (credits->credit), names[i]);
  g_menu_remove_all (credits->menu);

  g_menu_item_set_action_and_target (unknown, "win.set-author", "s", "");
  g_menu_append_item (authors, unknown);
  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      g_autofree char *name = g_strdup_printf ("person-%u", i);
      g_autofree char *detailed = g_strdup_printf ("credit.%s", name);
      g_autoptr(GSimpleAction) action = NULL;
      g_autoptr(GMenuItem) author = g_menu_item_new (person->name, NULL);

      g_menu_item_set_action_and_target (author, "win.set-author", "s", person->id);
      g_menu_append_item (authors, author);

      action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));
      g_object_set_data_full (G_OBJECT (action), "rt-person-id", g_strdup (person->id), g_free);
      g_signal_connect_object (action, "change-state", G_CALLBACK (credit_change_state), self, 0);
      g_action_map_add_action (G_ACTION_MAP (credits->credit), G_ACTION (action));
      g_menu_append (others, person->name, detailed);
    }
  g_menu_append_section (submenu, _("Whose Idea"), G_MENU_MODEL (authors));
  if (n > 0)
    g_menu_append_section (submenu, _("Also Contributed"), G_MENU_MODEL (others));
  g_menu_append_submenu (credits->menu, _("Contributed _By"), G_MENU_MODEL (submenu));
}

void
rt_window_credits_update (RtWindow *self)
{
  RtWindowCredits *credits = get_credits (self);
  RtCanvas *canvas = rt_window_get_canvas (self);
  RtDocument *doc = rt_window_get_document (self);
  const RtNode *cursor = NULL;
  guint selected = rt_canvas_get_n_selected (canvas);
  g_autoptr(GString) key = g_string_new (NULL);
  guint n = doc != NULL ? rt_document_get_n_people (doc) : 0;
  GAction *author;

  g_return_if_fail (credits != NULL);

  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);

      g_string_append_printf (key, "%s\x1f%s\x1e", person->id, person->name);
    }
  if (g_strcmp0 (key->str, credits->key) != 0)
    {
      rebuild (self, credits);
      g_free (credits->key);
      credits->key = g_strdup (key->str);
    }

  if (doc != NULL && rt_canvas_get_cursor (canvas) != NULL)
    cursor = rt_document_lookup_node (doc, rt_canvas_get_cursor (canvas));
  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      g_autofree char *name = g_strdup_printf ("person-%u", i);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (credits->credit), name);

      if (action == NULL)
        continue;
      g_simple_action_set_state (G_SIMPLE_ACTION (action),
                                 g_variant_new_boolean (cursor != NULL &&
                                                        rt_node_has_credit (cursor, person->id)));
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                                   cursor != NULL && g_strcmp0 (cursor->by, person->id) != 0);
    }

  author = g_action_map_lookup_action (G_ACTION_MAP (self), "set-author");
  g_simple_action_set_state (G_SIMPLE_ACTION (author),
                             g_variant_new_string (cursor != NULL && cursor->by != NULL
                                                     ? cursor->by : ""));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (author), selected > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "toggle-credit")),
                               selected > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "merge-nodes")),
                               selected == 2);
}

static void
rt_window_credits_free (gpointer data)
{
  RtWindowCredits *credits = data;

  g_clear_object (&credits->menu);
  g_clear_object (&credits->credit);
  g_free (credits->key);
  g_free (credits);
}

void
rt_window_credits_init (RtWindow *self)
{
  RtWindowCredits *credits;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (get_credits (self) == NULL);

  credits = g_new0 (RtWindowCredits, 1);
  credits->menu = g_menu_new ();
  credits->credit = g_simple_action_group_new ();
  g_object_set_data_full (G_OBJECT (self), CREDITS_KEY, credits, rt_window_credits_free);

  g_action_map_add_action_entries (G_ACTION_MAP (self), credit_actions,
                                   G_N_ELEMENTS (credit_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "credit", G_ACTION_GROUP (credits->credit));
  rt_canvas_set_node_menu_extra (rt_window_get_canvas (self), G_MENU_MODEL (credits->menu));
  rt_window_credits_update (self);
}

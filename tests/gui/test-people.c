/* test-people.c: the people panel, the speaker, credits and stances in a
 * real window
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

static const char *
pill_text (Fixture *f)
{
  RtPersonChip *chip = NULL;
  GtkWidget *pill = NULL;

  /* The pill is the menu button in the header bar with a chip in it. */
  for (GtkWidget *w = GTK_WIDGET (f->window); w != NULL;)
    {
      if (GTK_IS_MENU_BUTTON (w) && gtk_widget_has_css_class (w, "rt-speaker-pill"))
        {
          pill = w;
          break;
        }
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
  g_assert_nonnull (pill);
  for (GtkWidget *w = gtk_menu_button_get_child (GTK_MENU_BUTTON (pill));
       w != NULL; w = gtk_widget_get_first_child (w))
    {
      for (GtkWidget *c = w; c != NULL; c = gtk_widget_get_next_sibling (c))
        {
          if (RT_IS_PERSON_CHIP (c))
            chip = RT_PERSON_CHIP (c);
          if (GTK_IS_LABEL (c) && gtk_widget_get_parent (c) != NULL &&
              !RT_IS_PERSON_CHIP (gtk_widget_get_parent (c)))
            return gtk_label_get_text (GTK_LABEL (c));
        }
    }
  g_assert_nonnull (chip);
  return NULL;
}

/* Palette. */

static void
test_people_palette (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  guint n;
  const char *const *palette = rt_person_palette (&n);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 8);
  g_assert_cmpstr (rt_person_palette_next (doc), ==, palette[0]);
  /* Never a colour twice while another is unused. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      const char *color = rt_person_palette_next (doc);

      g_assert_false (g_hash_table_contains (seen, color));
      g_hash_table_add (seen, (gpointer) color);
      add_person (doc, id, id, color, RT_ROLE_PARTICIPANT, TRUE);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n);
  /* All taken: the least used again, starting from the first. */
  g_assert_cmpstr (rt_person_palette_next (doc), ==, palette[0]);
}

/* The panel on its own. */

static void
message_cb (GObject    *object,
            const char *text,
            GPtrArray  *messages)
{
  g_ptr_array_add (messages, g_strdup (text));
}

static GtkRoot *focus_root;

/* Whether the focus is in an entry other than the one that adds people. */
static gboolean
has_focus_in_entry (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (focus_root);
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

  return entry != NULL && gtk_widget_get_ancestor (entry, GTK_TYPE_POPOVER) != NULL;
}

static void
test_people_panel (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window = gtk_window_new ();
  RtPeoplePanel *panel = RT_PEOPLE_PANEL (rt_people_panel_new ());
  GtkEntry *entry = NULL;
  g_autofree char *ada = NULL;
  RtPersonRow *row;
  GtkSwitch *present = NULL;
  GtkEntry *rename;
  const RtPerson *person;
  guint history;

  g_object_ref_sink (panel);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (panel));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  rt_people_panel_set_document (panel, doc);
  g_signal_connect (panel, "message", G_CALLBACK (message_cb), messages);
  focus_root = GTK_ROOT (window);
  g_assert_true (wait_until (is_allocated, panel));

  /* The entry adds a person on Enter and stays ready for the next. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (panel)); w != NULL && entry == NULL;)
    {
      if (GTK_IS_ENTRY (w))
        entry = GTK_ENTRY (w);
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (entry);
  rt_people_panel_focus_entry (panel);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));

  gtk_editable_set_text (GTK_EDITABLE (entry), "  Amira Haddad ");
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ben Okafor");
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "ben okafor");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 2);
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), "Ben Okafor"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Chen Wei");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (entry));

  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 3);
  person = rt_document_get_person (doc, 0);
  g_assert_cmpstr (person->name, ==, "Amira Haddad");
  g_assert_true (person->present);
  g_assert_cmpint (person->role, ==, RT_ROLE_PARTICIPANT);
  /* Three different palette colours. */
  g_assert_cmpstr (rt_document_get_person (doc, 0)->color, !=, rt_document_get_person (doc, 1)->color);
  g_assert_cmpstr (rt_document_get_person (doc, 1)->color, !=, rt_document_get_person (doc, 2)->color);
  g_assert_cmpstr (rt_document_get_person (doc, 0)->color, ==, rt_person_palette (NULL)[0]);

  /* A row per person, numbered 1, 2, 3. */
  for (guint i = 0; i < 3; i++)
    {
      row = RT_PERSON_ROW (rt_people_panel_get_row (panel, rt_document_get_person (doc, i)->id));
      g_assert_nonnull (row);
      g_assert_cmpuint (rt_person_row_get_number (row), ==, i + 1);
    }

  /* Ben marked absent with his switch: numbers skip him. */
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, rt_document_get_person (doc, 1)->id));
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (row)); w != NULL && present == NULL;)
    {
      if (GTK_IS_SWITCH (w))
        present = GTK_SWITCH (w);
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL && w != GTK_WIDGET (row))
            w = gtk_widget_get_next_sibling (w);
          else
            w = NULL;
        }
    }
  g_assert_nonnull (present);
  gtk_switch_set_active (present, FALSE);
  g_assert_false (rt_document_get_person (doc, 1)->present);
  g_assert_cmpuint (rt_person_row_get_number (row), ==, 0);
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, rt_document_get_person (doc, 2)->id));
  g_assert_cmpuint (rt_person_row_get_number (row), ==, 2);
  g_assert_cmpstr (rt_people_nth_present (doc, 2), ==, rt_document_get_person (doc, 2)->id);
  g_assert_null (rt_people_nth_present (doc, 3));

  /* Rename in the row's popover: its entry takes the focus. */
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, rt_document_get_person (doc, 0)->id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.rename", NULL));
  g_assert_true (wait_until (has_focus_in_entry, NULL));
  rename = GTK_ENTRY (gtk_widget_get_ancestor (gtk_root_get_focus (focus_root), GTK_TYPE_ENTRY));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rename)), ==, "Amira Haddad");
  gtk_editable_set_text (GTK_EDITABLE (rename), " Amira H. ");
  g_signal_emit_by_name (rename, "activate");
  g_assert_cmpstr (rt_document_get_person (doc, 0)->name, ==, "Amira H.");

  /* Recolour, role. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.recolor", "s", "#CC79A7"));
  g_assert_cmpstr (rt_document_get_person (doc, 0)->color, ==, "#cc79a7");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.facilitator", NULL));
  g_assert_cmpint (rt_document_get_person (doc, 0)->role, ==, RT_ROLE_FACILITATOR);

  /* Removing someone who contributed is refused, with the model's reason. */
  {
    g_autoptr(RtNode) node = rt_node_new ("n1", RT_NODE_PROBLEM);

    node->by = g_strdup (rt_document_get_person (doc, 2)->id);
    g_assert_true (rt_document_execute (doc, rt_command_add_node (node, -1), NULL));
  }
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, rt_document_get_person (doc, 2)->id));
  g_ptr_array_set_size (messages, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.remove", NULL));
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 3);
  g_assert_cmpuint (messages->len, ==, 1);

  /* Someone who did not is removed. */
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, rt_document_get_person (doc, 0)->id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.remove", NULL));
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 2);
  g_assert_null (rt_people_panel_get_row (panel, "p1"));

  /* Two entries of one human merge in one step. */
  ada = rt_people_panel_add_person (panel, "Chen W.");
  g_assert_nonnull (ada);
  {
    g_autoptr(RtNode) node = rt_node_new ("n2", RT_NODE_NOTE);

    node->by = g_strdup (ada);
    g_assert_true (rt_document_execute (doc, rt_command_add_node (node, -1), NULL));
  }
  history = rt_document_get_history_length (doc);
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, ada));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.merge-into", "s", "p3"));
  g_assert_null (rt_document_lookup_person (doc, ada));
  g_assert_cmpstr (rt_document_lookup_node (doc, "n2")->by, ==, "p3");
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, history + 1);
  g_assert_true (rt_document_undo (doc));
  g_assert_nonnull (rt_document_lookup_person (doc, ada));
  g_assert_nonnull (rt_people_panel_get_row (panel, ada));

  /* Clicking a row makes its person the speaker. */
  row = RT_PERSON_ROW (rt_people_panel_get_row (panel, "p3"));
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpstr (rt_people_panel_get_speaker (panel), ==, "p3");
  g_assert_true (rt_person_row_get_speaking (row));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (panel);
}

/* The speaker. */

static void
test_people_speaker (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *id = NULL;
  const RtNode *node;
  g_autoptr(GtkApplication) app = GTK_APPLICATION (rt_application_new ());
  g_auto(GStrv) actions = NULL;
  g_autoptr(GError) error = NULL;

  /* Nobody speaks at first, not even the facilitator. */
  g_assert_null (rt_canvas_get_speaker (f->canvas));
  g_assert_cmpstr (state_string (f->actions, "set-speaker"), ==, "");
  g_assert_cmpstr (pill_text (f), ==, "No speaker");

  /* A capture with no speaker has no author. */
  g_action_group_activate_action (f->actions, "capture", g_variant_new_string ("Opening hours"));
  id = g_strdup (rt_canvas_get_cursor (f->canvas));
  g_assert_nonnull (id);
  node = rt_document_lookup_node (f->doc, id);
  g_assert_null (node->by);
  g_clear_pointer (&id, g_free);

  /* Alt+2: the second present person. */
  g_action_group_activate_action (f->actions, "set-speaker-number", g_variant_new_int32 (2));
  g_assert_cmpstr (rt_canvas_get_speaker (f->canvas), ==, "p2");
  g_assert_cmpstr (state_string (f->actions, "set-speaker"), ==, "p2");
  g_assert_cmpstr (rt_people_panel_get_speaker (f->panel), ==, "p2");
  g_assert_true (rt_person_row_get_speaking (RT_PERSON_ROW (rt_people_panel_get_row (f->panel, "p2"))));
  g_assert_cmpstr (pill_text (f), ==, "Speaking: Ben Okafor");

  g_action_group_activate_action (f->actions, "capture", g_variant_new_string ("Ask the petition signers"));
  node = rt_document_lookup_node (f->doc, rt_canvas_get_cursor (f->canvas));
  g_assert_cmpstr (node->by, ==, "p2");
  g_action_group_activate_action (f->actions, "capture", g_variant_new_string ("+They asked for it"));
  node = rt_document_lookup_node (f->doc, rt_canvas_get_cursor (f->canvas));
  g_assert_cmpstr (node->by, ==, "p2");

  /* Over D-Bus the action takes a person id; clicking a row does too. */
  g_action_group_change_action_state (f->actions, "set-speaker", g_variant_new_string ("p3"));
  g_assert_cmpstr (rt_canvas_get_speaker (f->canvas), ==, "p3");
  g_signal_emit_by_name (rt_people_panel_get_row (f->panel, "p1"), "activate");
  g_assert_cmpstr (rt_canvas_get_speaker (f->canvas), ==, "p1");
  g_assert_cmpstr (pill_text (f), ==, "Speaking: Amira Haddad");

  /* A number nobody present has changes nothing. */
  g_action_group_activate_action (f->actions, "set-speaker-number", g_variant_new_int32 (7));
  g_assert_cmpstr (rt_canvas_get_speaker (f->canvas), ==, "p1");

  /* The speaker marked absent stops speaking. */
  {
    g_autoptr(RtPerson) copy = rt_person_copy (rt_document_lookup_person (f->doc, "p1"));

    copy->present = FALSE;
    g_assert_true (rt_document_execute (f->doc, rt_command_set_person (copy), NULL));
  }
  g_assert_null (rt_canvas_get_speaker (f->canvas));
  g_assert_cmpstr (pill_text (f), ==, "No speaker");
  /* Now Chen is the second present person. */
  g_action_group_activate_action (f->actions, "set-speaker-number", g_variant_new_int32 (2));
  g_assert_cmpstr (rt_canvas_get_speaker (f->canvas), ==, "p3");
  g_action_group_change_action_state (f->actions, "set-speaker", g_variant_new_string (""));
  g_assert_null (rt_canvas_get_speaker (f->canvas));

  /* The accelerators, once the window has an application. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_application (GTK_WINDOW (f->window), app);
  actions = gtk_application_get_actions_for_accel (app, "<Alt>2");
  g_assert_cmpstr (actions[0], ==, "win.set-speaker-number(2)");
  g_clear_pointer (&actions, g_strfreev);
  actions = gtk_application_get_actions_for_accel (app, "F9");
  g_assert_cmpstr (actions[0], ==, "win.show-people");
  g_clear_pointer (&actions, g_strfreev);
  actions = gtk_application_get_actions_for_accel (app, "<Control><Alt>a");
  g_assert_cmpstr (actions[0], ==, "win.set-status::adopted");
  gtk_window_set_application (GTK_WINDOW (f->window), NULL);
}

/* The panel follows win.show-people and the setting. */
static void
test_people_show (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) state = NULL;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->panel)));
  g_action_group_change_action_state (f->actions, "show-people", g_variant_new_boolean (FALSE));
  g_assert_false (g_settings_get_boolean (settings, "people-panel-visible"));
  run_for (600);
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (f->panel)) &&
                  gtk_widget_get_mapped (GTK_WIDGET (f->panel)) &&
                  gtk_widget_get_width (GTK_WIDGET (f->panel)) > 0 &&
                  adw_flap_get_reveal_flap (ADW_FLAP (gtk_widget_get_parent (GTK_WIDGET (f->panel)))));
  g_settings_set_boolean (settings, "people-panel-visible", TRUE);
  state = g_action_group_get_action_state (f->actions, "show-people");
  g_assert_true (g_variant_get_boolean (state));
  run_for (600);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->panel)));
}

/* Credits. */

/* What dropping a dragged person row at the centre of a node does. */
static gboolean
drop_person (Fixture    *f,
             const char *person_id,
             const char *node_id)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->canvas));
  const RtNode *node = rt_document_lookup_node (f->doc, node_id);
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  RtView view;
  double x, y;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  rt_canvas_get_view (f->canvas, &view);
  rt_view_map_to_screen (&view, node->x, node->y, &x, &y);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, person_id);
  g_signal_emit_by_name (target, "drop", &value, x, y, &accepted);
  g_value_unset (&value);
  return accepted;
}

static void
test_people_credits (Fixture       *f,
                     gconstpointer  data)
{
  const RtNode *node;
  guint history;
  GMenuModel *extra;
  g_autoptr(GMenuModel) submenu = NULL;
  g_autofree char *label = NULL;

  /* Re-credit: Chen's rota becomes Ben's. */
  rt_canvas_select_node (f->canvas, "n2", FALSE);
  g_assert_cmpstr (state_string (f->actions, "set-author"), ==, "p3");
  g_action_group_change_action_state (f->actions, "set-author", g_variant_new_string ("p2"));
  node = rt_document_lookup_node (f->doc, "n2");
  g_assert_cmpstr (node->by, ==, "p2");
  g_assert_cmpstr (state_string (f->actions, "set-author"), ==, "p2");

  /* A co-contributor, added and removed. */
  g_action_group_activate_action (f->actions, "toggle-credit", g_variant_new_string ("p3"));
  node = rt_document_lookup_node (f->doc, "n2");
  g_assert_true (rt_node_has_credit (node, "p3"));
  g_action_group_activate_action (f->actions, "toggle-credit", g_variant_new_string ("p3"));
  g_assert_false (rt_node_has_credit (rt_document_lookup_node (f->doc, "n2"), "p3"));
  /* The author is not their own co-contributor. */
  g_action_group_activate_action (f->actions, "toggle-credit", g_variant_new_string ("p2"));
  g_assert_cmpuint (rt_document_lookup_node (f->doc, "n2")->credits->len, ==, 0);
  /* A co-contributor made author stops being a credit, in one step. */
  g_action_group_activate_action (f->actions, "toggle-credit", g_variant_new_string ("p1"));
  history = rt_document_get_history_length (f->doc);
  g_action_group_change_action_state (f->actions, "set-author", g_variant_new_string ("p1"));
  node = rt_document_lookup_node (f->doc, "n2");
  g_assert_cmpstr (node->by, ==, "p1");
  g_assert_false (rt_node_has_credit (node, "p1"));
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, history + 1);

  /* Dropping a person: on a node of unknown author, the author; else a
   * co-contributor. The canvas takes the drop where the node is drawn. */
  g_assert_true (drop_person (f, "p3", "n3"));
  g_assert_cmpstr (rt_document_lookup_node (f->doc, "n3")->by, ==, "p3");
  g_assert_cmpstr (rt_canvas_get_cursor (f->canvas), ==, "n3");
  g_assert_true (rt_window_credit_node (f->window, "n3", "p2"));
  g_assert_true (rt_node_has_credit (rt_document_lookup_node (f->doc, "n3"), "p2"));
  g_assert_false (rt_window_credit_node (f->window, "n3", "p2"));

  /* The canvas's node menu has the submenu. */
  extra = f->canvas->node_menu_extra;
  g_assert_nonnull (extra);
  g_assert_cmpint (g_menu_model_get_n_items (extra), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (extra, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Contributed _By");
  submenu = g_menu_model_get_item_link (extra, 0, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (submenu);
  g_assert_cmpint (g_menu_model_get_n_items (submenu), ==, 2);

  /* Merging two selected nodes keeps both authors, in one step. */
  rt_canvas_select_node (f->canvas, "n3", FALSE);
  g_assert_false (g_action_group_get_action_enabled (f->actions, "merge-nodes"));
  rt_canvas_select_node (f->canvas, "n2", TRUE);
  g_assert_true (g_action_group_get_action_enabled (f->actions, "merge-nodes"));
  history = rt_document_get_history_length (f->doc);
  g_action_group_activate_action (f->actions, "merge-nodes", NULL);
  g_assert_null (rt_document_lookup_node (f->doc, "n3"));
  node = rt_document_lookup_node (f->doc, "n2");
  g_assert_cmpstr (node->by, ==, "p1");
  g_assert_true (rt_node_has_credit (node, "p3"));
  g_assert_true (rt_node_has_credit (node, "p2"));
  g_assert_cmpuint (rt_document_get_history_length (f->doc), ==, history + 1);
  g_assert_true (rt_document_undo (f->doc));
  g_assert_nonnull (rt_document_lookup_node (f->doc, "n3"));
}

/* Highlighting one person's nodes. */
static void
test_people_highlight (Fixture       *f,
                       gconstpointer  data)
{
  g_action_group_change_action_state (f->actions, "highlight-person", g_variant_new_string ("p2"));
  g_assert_cmpstr (rt_canvas_get_highlight_person (f->canvas), ==, "p2");
  g_assert_cmpstr (state_string (f->actions, "highlight-person"), ==, "p2");
  g_action_group_change_action_state (f->actions, "highlight-person", g_variant_new_string ("p2"));
  g_assert_null (rt_canvas_get_highlight_person (f->canvas));
  g_action_group_change_action_state (f->actions, "highlight-person", g_variant_new_string ("p3"));
  g_assert_cmpstr (rt_canvas_get_highlight_person (f->canvas), ==, "p3");
  g_action_group_change_action_state (f->actions, "highlight-person", g_variant_new_string (""));
  g_assert_null (rt_canvas_get_highlight_person (f->canvas));
}

/* Stances. */

static void
test_people_stances (Fixture       *f,
                     gconstpointer  data)
{
  RtStanceEditor *editor = rt_people_panel_get_stance_editor (f->panel);
  GtkToggleButton *commit;
  GtkEditable *text;
  GtkEditable *due;
  const RtStance *stance;

  g_assert_null (rt_stance_editor_get_node_id (editor));
  rt_canvas_select_node (f->canvas, "n2", FALSE);
  g_assert_cmpstr (rt_stance_editor_get_node_id (editor), ==, "n2");

  /* A row per present person; nobody has a stance yet. */
  for (RtStanceLevel l = 0; l < RT_N_STANCE_LEVELS; l++)
    g_assert_nonnull (rt_stance_editor_get_choice (editor, "p1", l));
  g_assert_true (gtk_toggle_button_get_active (rt_stance_editor_get_choice (editor, "p3", RT_STANCE_NONE)));
  g_assert_false (rt_stance_editor_is_expanded (editor, "p3"));
  /* Keyboard: one choice of each row is in the focus chain. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (rt_stance_editor_get_choice (editor, "p3", RT_STANCE_NONE))));
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (rt_stance_editor_get_choice (editor, "p3", RT_STANCE_AGREE))));

  /* Chen commits. */
  commit = rt_stance_editor_get_choice (editor, "p3", RT_STANCE_COMMIT);
  gtk_toggle_button_set_active (commit, TRUE);
  stance = rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p3");
  g_assert_nonnull (stance);
  g_assert_cmpint (stance->level, ==, RT_STANCE_COMMIT);
  g_assert_true (rt_stance_editor_is_expanded (editor, "p3"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (commit)));

  /* What and by when. */
  text = rt_stance_editor_get_text_entry (editor, "p3");
  due = rt_stance_editor_get_due_entry (editor, "p3");
  gtk_editable_set_text (text, "I will draft the rota");
  g_signal_emit_by_name (text, "activate");
  stance = rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p3");
  g_assert_cmpstr (stance->text, ==, "I will draft the rota");
  g_assert_cmpint (stance->level, ==, RT_STANCE_COMMIT);

  gtk_editable_set_text (due, "2026-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (due), "error"));
  g_signal_emit_by_name (due, "activate");
  stance = rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p3");
  g_assert_null (stance->due);
  gtk_editable_set_text (due, "2026-12-01");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (due), "error"));
  g_signal_emit_by_name (due, "activate");
  stance = rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p3");
  g_assert_cmpstr (stance->due, ==, "2026-12-01");
  g_assert_cmpstr (stance->text, ==, "I will draft the rota");

  /* Ben agrees, Amira objects, then takes it back. */
  gtk_toggle_button_set_active (rt_stance_editor_get_choice (editor, "p2", RT_STANCE_AGREE), TRUE);
  gtk_toggle_button_set_active (rt_stance_editor_get_choice (editor, "p1", RT_STANCE_OBJECT), TRUE);
  g_assert_cmpint (rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p2")->level, ==,
                   RT_STANCE_AGREE);
  g_assert_cmpint (rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p1")->level, ==,
                   RT_STANCE_OBJECT);
  g_assert_true (rt_stance_editor_is_expanded (editor, "p1"));
  gtk_toggle_button_set_active (rt_stance_editor_get_choice (editor, "p1", RT_STANCE_NONE), TRUE);
  g_assert_null (rt_node_find_stance (rt_document_lookup_node (f->doc, "n2"), "p1"));

  /* Undo shows in the editor. */
  g_assert_true (rt_document_undo (f->doc));
  g_assert_true (gtk_toggle_button_get_active (rt_stance_editor_get_choice (editor, "p1", RT_STANCE_OBJECT)));

  /* Status, by action (what Ctrl+Alt+A does). */
  g_action_group_activate_action (f->actions, "set-status", g_variant_new_string ("adopted"));
  g_assert_cmpint (rt_document_lookup_node (f->doc, "n2")->status, ==, RT_STATUS_ADOPTED);

  /* Nothing selected: nothing to edit. */
  rt_canvas_unselect_all (f->canvas);
  g_assert_null (rt_stance_editor_get_node_id (editor));
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

  g_test_add_func ("/people/palette", test_people_palette);
  g_test_add_func ("/people/panel", test_people_panel);
#define ADD(path, func) \
  g_test_add ("/people/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("speaker", test_people_speaker);
  ADD ("show", test_people_show);
  ADD ("credits", test_people_credits);
  ADD ("highlight", test_people_highlight);
  ADD ("stances", test_people_stances);
#undef ADD

  return g_test_run ();
}

/* rt-window-people.c: the people panel, the speaker, stances, status and
 * the ownership view of a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "render/rt-hit.h"
#include "widgets/rt-person-chip.h"
#include "rt-window-credits.h"
#include "rt-window-map.h"
#include "rt-window-people.h"
#include "rt-window-private.h"

/* What the window keeps for its people, attached to it as object data. */
typedef struct {
  AdwFlap         *flap;           /* borrowed: template child */
  AdwViewStack    *view_stack;     /* borrowed: template child */
  RtPeoplePanel   *panel;          /* borrowed: in the flap */
  RtOwnershipView *ownership;      /* borrowed: on the ownership page */
  GtkWidget       *header_widgets[3]; /* borrowed: shown with a map */
  GtkMenuButton   *speaker_button; /* borrowed: in the header bar */
  RtPersonChip    *speaker_chip;
  GtkLabel        *speaker_label;
  GMenu           *speaker_menu;   /* owned */
  char            *speaker_key;    /* the present people the menu lists */
  RtDocument      *document;       /* owned: the one whose changes are followed */
  gboolean         syncing;
} RtWindowPeople;

#define PEOPLE_KEY "rt-window-people"

static RtWindowPeople *
get_people (RtWindow *self)
{
  return g_object_get_data (G_OBJECT (self), PEOPLE_KEY);
}

RtPeoplePanel *
rt_window_get_people_panel (RtWindow *self)
{
  RtWindowPeople *people;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  people = get_people (self);
  return people != NULL ? people->panel : NULL;
}

RtOwnershipView *
rt_window_get_ownership_view (RtWindow *self)
{
  RtWindowPeople *people;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  people = get_people (self);
  return people != NULL ? people->ownership : NULL;
}

static void
set_state (RtWindow   *self,
           const char *name,
           GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
  else
    g_variant_unref (g_variant_ref_sink (state));
}

/* The speaker. The canvas holds it: new nodes take it as their author. */

static void
update_speaker_pill (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);
  RtCanvas *canvas = rt_window_get_canvas (self);
  RtDocument *doc = rt_window_get_document (self);
  const char *speaker = canvas != NULL ? rt_canvas_get_speaker (canvas) : NULL;
  const RtPerson *person = speaker != NULL && doc != NULL
                             ? rt_document_lookup_person (doc, speaker) : NULL;
  GtkWidget *button = GTK_WIDGET (people->speaker_button);

  if (person != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: in the header bar: the person new ideas are credited to. */
      text = g_strdup_printf (_("Speaking: %s"), person->name);
      gtk_label_set_text (people->speaker_label, text);
      /* In a crowded header bar the map's name gives way before the
       * speaker's does. */
      gtk_label_set_width_chars (people->speaker_label, MIN (g_utf8_strlen (text, -1) + 1, 23));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text, -1);
      rt_person_chip_set_color (people->speaker_chip, person->color);
      gtk_widget_set_visible (GTK_WIDGET (people->speaker_chip), TRUE);
      gtk_widget_remove_css_class (button, "rt-speaker-none");
      gtk_widget_set_tooltip_text (button, _("New ideas are credited to this person. "
                                             "Click to choose someone else."));
    }
  else
    {
      gtk_label_set_text (people->speaker_label, _("No speaker"));
      gtk_label_set_width_chars (people->speaker_label,
                                 g_utf8_strlen (gtk_label_get_text (people->speaker_label), -1) + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("No speaker"), -1);
      gtk_widget_set_visible (GTK_WIDGET (people->speaker_chip), FALSE);
      gtk_widget_add_css_class (button, "rt-speaker-none");
      gtk_widget_set_tooltip_text (button, _("Choose who is speaking, so that new ideas are "
                                             "credited to them (Alt+1 to Alt+9)"));
    }
}

static void
rebuild_speaker_menu (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);
  RtDocument *doc = rt_window_get_document (self);
  g_autoptr(GMenu) speakers = g_menu_new ();
  g_autoptr(GMenu) panel = g_menu_new ();
  g_autoptr(GMenuItem) nobody = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  guint number = 0;

  for (guint i = 0; doc != NULL && i < rt_document_get_n_people (doc); i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);

      if (person->present)
        g_string_append_printf (key, "%s\x1f%s\x1e", person->id, person->name);
    }
  if (people->speaker_key != NULL && g_str_equal (key->str, people->speaker_key))
    return;
  g_free (people->speaker_key);
  people->speaker_key = g_strdup (key->str);

  g_menu_remove_all (people->speaker_menu);
  nobody = g_menu_item_new (_("_Nobody"), NULL);
  g_menu_item_set_action_and_target (nobody, "win.set-speaker", "s", "");
  g_menu_item_set_attribute (nobody, "accel", "s", "<Alt>0");
  g_menu_append_item (speakers, nobody);
  for (guint i = 0; doc != NULL && i < rt_document_get_n_people (doc); i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      g_autoptr(GMenuItem) item = NULL;

      if (!person->present)
        continue;
      item = g_menu_item_new (person->name, NULL);
      g_menu_item_set_action_and_target (item, "win.set-speaker", "s", person->id);
      if (++number <= 9)
        {
          g_autofree char *accel = g_strdup_printf ("<Alt>%u", number);

          g_menu_item_set_attribute (item, "accel", "s", accel);
        }
      g_menu_append_item (speakers, item);
    }
  g_menu_append_section (people->speaker_menu, _("Who Is Speaking"), G_MENU_MODEL (speakers));
  g_menu_append (panel, _("Show _People"), "win.show-people");
  g_menu_append_section (people->speaker_menu, NULL, G_MENU_MODEL (panel));
}

static void
speaker_changed_cb (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);
  const char *speaker = rt_canvas_get_speaker (rt_window_get_canvas (self));

  set_state (self, "set-speaker", g_variant_new_string (speaker != NULL ? speaker : ""));
  people->syncing = TRUE;
  rt_people_panel_set_speaker (people->panel, speaker);
  people->syncing = FALSE;
  update_speaker_pill (self);
}

static void
panel_speaker_cb (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);

  if (!people->syncing)
    rt_canvas_set_speaker (rt_window_get_canvas (self),
                           rt_people_panel_get_speaker (people->panel));
}

static void
set_speaker_change_state (GSimpleAction *action,
                          GVariant      *value,
                          gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  RtDocument *doc = rt_window_get_document (self);
  const char *id = g_variant_get_string (value, NULL);

  if (*id != '\0' && (doc == NULL || rt_document_lookup_person (doc, id) == NULL))
    {
      g_warning ("win.set-speaker: no person “%s”", id);
      return;
    }
  rt_canvas_set_speaker (rt_window_get_canvas (self), id);
}

static void
set_speaker_number_action (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  RtDocument *doc = rt_window_get_document (self);
  int n = g_variant_get_int32 (parameter);
  const char *id = doc != NULL && n > 0 ? rt_people_nth_present (doc, n) : NULL;

  if (id == NULL)
    {
      g_autofree char *text = NULL;

      if (doc == NULL)
        return;
      /* Translators: after Alt+N when fewer than N people are present. */
      text = g_strdup_printf (_("Nobody present has the number %d"), n);
      rt_window_show_toast (self, text);
      return;
    }
  rt_canvas_set_speaker (rt_window_get_canvas (self), id);
}

/* The speaker and the highlighted person must be people of the map who
 * are there. */
static void
check_people (RtWindow *self)
{
  RtCanvas *canvas = rt_window_get_canvas (self);
  RtDocument *doc = rt_window_get_document (self);
  const char *speaker = rt_canvas_get_speaker (canvas);
  const char *highlight = rt_canvas_get_highlight_person (canvas);
  const RtPerson *person;

  person = speaker != NULL && doc != NULL ? rt_document_lookup_person (doc, speaker) : NULL;
  if (speaker != NULL && (person == NULL || !person->present))
    rt_canvas_set_speaker (canvas, NULL);
  if (highlight != NULL && (doc == NULL || rt_document_lookup_person (doc, highlight) == NULL))
    rt_canvas_set_highlight_person (canvas, NULL);
}

/* Highlighting one person's nodes. */

static void
highlight_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  RtCanvas *canvas = rt_window_get_canvas (self);
  const char *id = g_variant_get_string (value, NULL);

  /* Choosing the highlighted person again turns highlighting off. */
  if (g_strcmp0 (rt_canvas_get_highlight_person (canvas), id) == 0)
    id = NULL;
  rt_canvas_set_highlight_person (canvas, id);
}

static void
highlight_changed_cb (RtWindow *self)
{
  const char *id = rt_canvas_get_highlight_person (rt_window_get_canvas (self));

  set_state (self, "highlight-person", g_variant_new_string (id != NULL ? id : ""));
}

/* Views. */

static void
show_view_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  RtWindowPeople *people = get_people (RT_WINDOW (user_data));
  const char *name = g_variant_get_string (value, NULL);

  if (!g_str_equal (name, "map") && !g_str_equal (name, "ownership"))
    {
      g_warning ("win.show-view: no view “%s”", name);
      return;
    }
  adw_view_stack_set_visible_child_name (people->view_stack, name);
}

static void
view_changed_cb (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);
  const char *name = adw_view_stack_get_visible_child_name (people->view_stack);

  set_state (self, "show-view", g_variant_new_string (name != NULL ? name : "map"));
}

/* Shows a node on the map: from the ownership view's warnings. */
static void
node_activated_cb (RtWindow   *self,
                   const char *node_id)
{
  RtWindowPeople *people = get_people (self);
  RtCanvas *canvas = rt_window_get_canvas (self);
  RtDocument *doc = rt_window_get_document (self);
  const RtNode *node = doc != NULL ? rt_document_lookup_node (doc, node_id) : NULL;

  if (node == NULL)
    return;
  adw_view_stack_set_visible_child_name (people->view_stack, "map");
  rt_canvas_select_node (canvas, node->id, FALSE);
  if (node->has_position)
    rt_canvas_center_on (canvas, node->x, node->y);
  else
    rt_canvas_zoom_selection (canvas);
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
}

/* The panel. */

static void
message_cb (RtWindow   *self,
            const char *text)
{
  rt_window_show_toast (self, text);
}

static void
flap_revealed_cb (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);

  /* Opened to add people: the entry is ready for the first name. */
  if (adw_flap_get_reveal_flap (people->flap) && rt_window_get_document (self) != NULL)
    rt_people_panel_focus_entry (people->panel);
}

static void
selection_changed_cb (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);
  RtCanvas *canvas = rt_window_get_canvas (self);

  rt_stance_editor_set_node_id (rt_people_panel_get_stance_editor (people->panel),
                                rt_canvas_get_cursor (canvas));
  rt_window_credits_update (self);
}

static void
document_edited_cb (RtWindow *self)
{
  check_people (self);
  rebuild_speaker_menu (self);
  update_speaker_pill (self);
  rt_window_credits_update (self);
}

static void
document_changed_cb (RtWindow *self)
{
  RtWindowPeople *people = get_people (self);
  RtDocument *doc = rt_window_get_document (self);
  RtCanvas *canvas = rt_window_get_canvas (self);

  if (people->document != doc)
    {
      if (people->document != NULL)
        g_signal_handlers_disconnect_by_func (people->document, document_edited_cb, self);
      g_set_object (&people->document, doc);
      if (doc != NULL)
        g_signal_connect_swapped (doc, "changed", G_CALLBACK (document_edited_cb), self);
      /* Another map: nobody is speaking until someone is chosen, never
       * the facilitator by default. */
      rt_canvas_set_speaker (canvas, NULL);
      rt_canvas_set_highlight_person (canvas, NULL);
      adw_view_stack_set_visible_child_name (people->view_stack, "map");
    }
  rt_people_panel_set_document (people->panel, doc);
  rt_ownership_view_set_document (people->ownership, doc);
  for (guint i = 0; i < G_N_ELEMENTS (people->header_widgets); i++)
    gtk_widget_set_visible (people->header_widgets[i], doc != NULL);
  selection_changed_cb (self);
  document_edited_cb (self);
}

/* Dropping a person on a node credits them: as its author when it has
 * none, else as a co-contributor. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RtWindow      *self)
{
  RtCanvas *canvas = rt_window_get_canvas (self);
  RtDocument *doc = rt_window_get_document (self);
  const char *person_id = g_value_get_string (value);
  RtRenderState state;
  RtView view;
  const RtNode *node;

  if (doc == NULL || person_id == NULL || rt_document_lookup_person (doc, person_id) == NULL ||
      rt_canvas_get_renderer (canvas) == NULL)
    return FALSE;
  rt_render_state_init (&state);
  rt_canvas_get_view (canvas, &view);
  node = rt_hit_node (rt_canvas_get_renderer (canvas), &view, &state, x, y);
  if (node == NULL)
    return FALSE;
  rt_canvas_select_node (canvas, node->id, FALSE);
  return rt_window_credit_node (self, node->id, person_id);
}

/* Accelerators. */

static const struct {
  const char *action;
  const char *accels[2];
} people_accels[] = {
  { "win.show-people", { "F9", NULL } },
  { "win.set-speaker('')", { "<Alt>0", NULL } },
  { "win.set-speaker-number(1)", { "<Alt>1", NULL } },
  { "win.set-speaker-number(2)", { "<Alt>2", NULL } },
  { "win.set-speaker-number(3)", { "<Alt>3", NULL } },
  { "win.set-speaker-number(4)", { "<Alt>4", NULL } },
  { "win.set-speaker-number(5)", { "<Alt>5", NULL } },
  { "win.set-speaker-number(6)", { "<Alt>6", NULL } },
  { "win.set-speaker-number(7)", { "<Alt>7", NULL } },
  { "win.set-speaker-number(8)", { "<Alt>8", NULL } },
  { "win.set-speaker-number(9)", { "<Alt>9", NULL } },
  { "win.set-status('adopted')", { "<Control><Alt>a", NULL } },
  { "win.set-status('rejected')", { "<Control><Alt>r", NULL } },
  { "win.set-status('parked')", { "<Control><Alt>p", NULL } },
  { "win.set-status('proposed')", { "<Control><Alt>n", NULL } },
  { "win.set-status('resolved')", { "<Control><Alt>d", NULL } },
  { "win.set-status('open')", { "<Control><Alt>o", NULL } },
  { "win.merge-nodes", { "<Control>m", NULL } },
};

static void
application_changed_cb (RtWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (people_accels); i++)
    gtk_application_set_accels_for_action (app, people_accels[i].action,
                                           people_accels[i].accels);
}

static const GActionEntry people_actions[] = {
  { .name = "set-speaker", .parameter_type = "s", .state = "''",
    .change_state = set_speaker_change_state },
  { .name = "set-speaker-number", .parameter_type = "i", .activate = set_speaker_number_action },
  { .name = "highlight-person", .parameter_type = "s", .state = "''",
    .change_state = highlight_change_state },
  { .name = "show-view", .parameter_type = "s", .state = "'map'",
    .change_state = show_view_change_state },
};

/* Building. */

static void
build_header (RtWindow       *self,
              RtWindowPeople *people)
{
  AdwHeaderBar *header = ADW_HEADER_BAR (gtk_widget_get_ancestor (GTK_WIDGET (self->window_title),
                                                                   ADW_TYPE_HEADER_BAR));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *toggle = gtk_toggle_button_new ();

  people->speaker_chip = RT_PERSON_CHIP (rt_person_chip_new (NULL, NULL));
  people->speaker_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (people->speaker_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (people->speaker_label, 28);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (people->speaker_chip));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (people->speaker_label));
  people->speaker_menu = g_menu_new ();
  people->speaker_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (people->speaker_button, box);
  gtk_menu_button_set_menu_model (people->speaker_button, G_MENU_MODEL (people->speaker_menu));
  gtk_widget_add_css_class (GTK_WIDGET (people->speaker_button), "rt-speaker-pill");
  adw_header_bar_pack_start (header, GTK_WIDGET (people->speaker_button));

  gtk_button_set_icon_name (GTK_BUTTON (toggle), "sidebar-show-right-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "win.show-people");
  gtk_widget_set_tooltip_text (toggle, _("People (F9)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People"), -1);
  adw_header_bar_pack_end (header, toggle);

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), people->view_stack);
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_header_bar_pack_end (header, switcher);

  people->header_widgets[0] = GTK_WIDGET (people->speaker_button);
  people->header_widgets[1] = toggle;
  people->header_widgets[2] = switcher;
}

static void
rt_window_people_free (gpointer data)
{
  RtWindowPeople *people = data;

  if (people->document != NULL)
    g_signal_handlers_disconnect_matched (people->document, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                          G_CALLBACK (document_edited_cb), NULL);
  g_clear_object (&people->document);
  g_clear_object (&people->speaker_menu);
  g_free (people->speaker_key);
  g_free (people);
}

void
rt_window_people_init (RtWindow *self)
{
  RtWindowPeople *people;
  RtCanvas *canvas;
  GSettings *settings;
  g_autoptr(GPropertyAction) show_people = NULL;
  AdwViewStackPage *page;
  GtkDropTarget *drop;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (get_people (self) == NULL);

  canvas = rt_window_get_canvas (self);
  g_return_if_fail (RT_IS_CANVAS (canvas));
  settings = rt_window_get_settings (self);

  people = g_new0 (RtWindowPeople, 1);
  g_object_set_data_full (G_OBJECT (self), PEOPLE_KEY, people, rt_window_people_free);
  /* The window's template puts the map in a view stack inside a flap. */
  people->flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (self->map_bin), ADW_TYPE_FLAP));
  people->view_stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (self->map_bin),
                                                                ADW_TYPE_VIEW_STACK));
  g_return_if_fail (ADW_IS_FLAP (people->flap) && ADW_IS_VIEW_STACK (people->view_stack));

  people->panel = RT_PEOPLE_PANEL (rt_people_panel_new ());
  gtk_widget_add_css_class (GTK_WIDGET (people->panel), "background");
  adw_flap_set_flap (people->flap, GTK_WIDGET (people->panel));
  people->ownership = RT_OWNERSHIP_VIEW (rt_ownership_view_new ());
  page = adw_view_stack_add_titled (people->view_stack, GTK_WIDGET (people->ownership),
                                    "ownership", _("Ownership"));
  adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
  build_header (self, people);

  g_settings_bind (settings, "people-panel-visible", people->flap, "reveal-flap",
                   G_SETTINGS_BIND_DEFAULT);
  show_people = g_property_action_new ("show-people", people->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_people));
  g_action_map_add_action_entries (G_ACTION_MAP (self), people_actions,
                                   G_N_ELEMENTS (people_actions), self);
  rt_window_credits_init (self);

  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (canvas), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (canvas, "notify::speaker", G_CALLBACK (speaker_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (canvas, "notify::highlight-person", G_CALLBACK (highlight_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (canvas, "selection-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (people->panel, "notify::speaker", G_CALLBACK (panel_speaker_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (people->panel, "message", G_CALLBACK (message_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (people->ownership, "node-activated", G_CALLBACK (node_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (people->view_stack, "notify::visible-child-name",
                           G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (people->flap, "notify::reveal-flap", G_CALLBACK (flap_revealed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::document", G_CALLBACK (document_changed_cb), NULL);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);

  application_changed_cb (self);
  document_changed_cb (self);
  speaker_changed_cb (self);
}

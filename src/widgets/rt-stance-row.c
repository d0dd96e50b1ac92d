/* rt-stance-row.c: one person's stance on one node, in the stance editor
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-person-chip.h"
#include "rt-stance-row.h"
#include "rt-widget-util.h"

struct _RtStanceRow
{
  GtkListBoxRow    parent_instance;

  RtDocument      *document;   /* owned */
  char            *node_id;
  char            *person_id;

  RtPersonChip    *chip;
  GtkLabel        *name_label;
  GtkWidget       *choices;    /* the linked box */
  GtkToggleButton *buttons[RT_N_STANCE_LEVELS];
  GtkRevealer     *revealer;
  GtkEntry        *text_entry;
  GtkEntry        *due_entry;
  GtkMenuButton   *calendar_button;
  GtkCalendar     *calendar;   /* made when first asked for */
  gboolean         updating;
  gboolean         retargeting;
};

G_DEFINE_FINAL_TYPE (RtStanceRow, rt_stance_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The order of the choices, left to right. */
static const RtStanceLevel order[RT_N_STANCE_LEVELS] = {
  RT_STANCE_COMMIT, RT_STANCE_AGREE, RT_STANCE_ACCEPT, RT_STANCE_OBJECT, RT_STANCE_NONE,
};

static const RtStance *
rt_stance_row_lookup (RtStanceRow *self)
{
  const RtNode *node = rt_document_lookup_node (self->document, self->node_id);

  return node != NULL ? rt_node_find_stance (node, self->person_id) : NULL;
}

static gboolean
rt_stance_row_execute (RtStanceRow *self,
                       RtCommand   *command)
{
  return rt_widget_execute (self, signals[SIGNAL_MESSAGE], self->document, command);
}

static RtStanceLevel
rt_stance_row_get_chosen (RtStanceRow *self)
{
  for (guint i = 0; i < RT_N_STANCE_LEVELS; i++)
    if (gtk_toggle_button_get_active (self->buttons[i]))
      return (RtStanceLevel) i;
  return RT_STANCE_NONE;
}

/* Choosing a level. */

static void
choice_toggled_cb (GtkToggleButton *button,
                   RtStanceRow     *self)
{
  const RtStance *stance;
  RtStanceLevel level;
  const char *text = NULL;
  const char *due = NULL;

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  level = rt_stance_row_get_chosen (self);
  stance = rt_stance_row_lookup (self);
  if ((stance == NULL && level == RT_STANCE_NONE) ||
      (stance != NULL && stance->level == level))
    return;
  /* What the person said stays with a new level; a due date only means
   * something with a commitment. */
  if (stance != NULL)
    {
      text = stance->text;
      due = level == RT_STANCE_COMMIT ? stance->due : NULL;
    }
  if (!rt_stance_row_execute (self, rt_command_set_stance (self->node_id, self->person_id, level,
                                                           text, due, RT_TIME_NONE)))
    return;
  /* The owner catches up later; the row opens now, for the focus. */
  rt_stance_row_update (self);
  /* A commitment or an objection is followed by what the person says. */
  if ((level == RT_STANCE_COMMIT || level == RT_STANCE_OBJECT) &&
      gtk_revealer_get_reveal_child (self->revealer))
    gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

/* The commitment's words and date. */

static gboolean
due_is_acceptable (const char *due)
{
  return *due == '\0' || rt_date_is_valid (due);
}

static void
rt_stance_row_commit_details (RtStanceRow *self)
{
  const RtStance *stance = rt_stance_row_lookup (self);
  g_autofree char *text = NULL;
  g_autofree char *due = NULL;

  if (self->updating || stance == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry))));
  due = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_entry))));
  if (!due_is_acceptable (due))
    {
      g_signal_emit (self, signals[SIGNAL_MESSAGE], 0,
                     _("Write the due date as year-month-day, such as 2026-12-01"));
      return;
    }
  if (stance->level != RT_STANCE_COMMIT)
    g_clear_pointer (&due, g_free);
  if (g_strcmp0 (*text != '\0' ? text : NULL, stance->text) == 0 &&
      g_strcmp0 (due != NULL && *due != '\0' ? due : NULL, stance->due) == 0)
    return;
  rt_stance_row_execute (self, rt_command_set_stance (self->node_id, self->person_id,
                                                      stance->level,
                                                      *text != '\0' ? text : NULL,
                                                      due != NULL && *due != '\0' ? due : NULL,
                                                      stance->at));
}

static void
due_changed_cb (RtStanceRow *self)
{
  const char *due = gtk_editable_get_text (GTK_EDITABLE (self->due_entry));

  if (due_is_acceptable (due))
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->due_entry), "error");
}

static void
calendar_day_selected_cb (RtStanceRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  if (self->updating)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), text);
  gtk_menu_button_popdown (self->calendar_button);
  rt_stance_row_commit_details (self);
}

static void
calendar_shown_cb (RtStanceRow *self)
{
  const char *due = gtk_editable_get_text (GTK_EDITABLE (self->due_entry));
  int y, m, d;
  g_autoptr(GDateTime) date = NULL;

  if (rt_date_is_valid (due) && sscanf (due, "%d-%d-%d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 12, 0, 0);
  else
    date = g_date_time_new_now_local ();
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->updating = FALSE;
}

/* A calendar is most of what a row costs to make, and few rows ever show
 * theirs. */
static void
create_calendar_cb (GtkMenuButton *button,
                    gpointer       data)
{
  RtStanceRow *self = data;
  GtkWidget *popover;

  if (self->calendar != NULL)
    return;
  popover = gtk_popover_new ();
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_object (popover, "show", G_CALLBACK (calendar_shown_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (self->calendar_button, popover);
}

/* Keyboard: the chosen level is the row's one stop in the focus chain;
 * Left and Right move along the choices. */

static void
rt_stance_row_update_focus_chain (RtStanceRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; i < RT_N_STANCE_LEVELS; i++)
    {
      GtkWidget *button = GTK_WIDGET (self->buttons[i]);

      gtk_widget_set_focusable (button, gtk_toggle_button_get_active (self->buttons[i]) ||
                                        button == focus);
    }
}

static gboolean
choices_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        RtStanceRow           *self)
{
  int step = 0;
  int current = -1;
  GtkWidget *target;

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    step = -1;
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    step = 1;
  else
    return FALSE;
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    step = -step;

  for (guint i = 0; i < RT_N_STANCE_LEVELS; i++)
    if (gtk_widget_has_focus (GTK_WIDGET (self->buttons[order[i]])))
      current = i;
  if (current < 0)
    return FALSE;
  current = CLAMP (current + step, 0, RT_N_STANCE_LEVELS - 1);
  target = GTK_WIDGET (self->buttons[order[current]]);
  gtk_widget_set_focusable (target, TRUE);
  gtk_widget_grab_focus (target);
  rt_stance_row_update_focus_chain (self);
  return TRUE;
}

/* An opened row in a scrolled list scrolls into view, so that what is
 * being typed can be seen. */
static void
child_revealed_cb (RtStanceRow *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;

  if (self->retargeting || scrolled == NULL || !gtk_revealer_get_child_revealed (self->revealer))
    return;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content != NULL)
    rt_widget_scroll_to (GTK_WIDGET (self), content,
                         gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
}

/* Showing the stance. What is being typed is left alone unless the row
 * is for another node now. */

static void
rt_stance_row_show (RtStanceRow *self,
                    gboolean     new_node)
{
  const RtPerson *person;
  const RtStance *stance;
  RtStanceLevel level;
  GtkRoot *root;
  GtkWidget *focus = NULL;

  person = rt_document_lookup_person (self->document, self->person_id);
  if (person == NULL)
    return;
  stance = rt_stance_row_lookup (self);
  level = stance != NULL ? stance->level : RT_STANCE_NONE;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL && !new_node)
    focus = gtk_root_get_focus (root);

  self->updating = TRUE;
  rt_person_chip_set_color (self->chip, person->color);
  rt_person_chip_set_dimmed (self->chip, !person->present);
  gtk_label_set_text (self->name_label, person->name);
  gtk_toggle_button_set_active (self->buttons[level], TRUE);
  for (guint i = 0; i < RT_N_STANCE_LEVELS; i++)
    {
      g_autofree char *a11y = g_strdup_printf ("%s: %s", person->name,
                                               rt_stance_level_get_label (i));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
    }

  gtk_revealer_set_reveal_child (self->revealer,
                                 level == RT_STANCE_COMMIT || level == RT_STANCE_OBJECT);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->due_entry)),
                          level == RT_STANCE_COMMIT);
  gtk_entry_set_placeholder_text (self->text_entry, level == RT_STANCE_OBJECT
                                                      ? _("What is the objection?")
                                                      : _("What will you do?"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  level == RT_STANCE_OBJECT ? _("What is the objection?")
                                                            : _("What will you do?"),
                                  -1);
  /* Leave alone what is being typed. */
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->text_entry)))
    gtk_editable_set_text (GTK_EDITABLE (self->text_entry),
                           stance != NULL && stance->text != NULL ? stance->text : "");
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->due_entry)))
    gtk_editable_set_text (GTK_EDITABLE (self->due_entry),
                           stance != NULL && stance->due != NULL ? stance->due : "");
  rt_stance_row_update_focus_chain (self);
  self->updating = FALSE;
}

void
rt_stance_row_update (RtStanceRow *self)
{
  g_return_if_fail (RT_IS_STANCE_ROW (self));

  rt_stance_row_show (self, FALSE);
}

void
rt_stance_row_set_node_id (RtStanceRow *self,
                           const char  *node_id)
{
  guint duration;

  g_return_if_fail (RT_IS_STANCE_ROW (self));
  g_return_if_fail (node_id != NULL);

  if (g_strcmp0 (self->node_id, node_id) == 0)
    return;
  g_free (self->node_id);
  self->node_id = g_strdup (node_id);
  gtk_menu_button_popdown (self->calendar_button);
  /* As a row made for the node would show it: opened or closed at once,
   * without scrolling to it. */
  duration = gtk_revealer_get_transition_duration (self->revealer);
  gtk_revealer_set_transition_duration (self->revealer, 0);
  self->retargeting = TRUE;
  rt_stance_row_show (self, TRUE);
  self->retargeting = FALSE;
  gtk_revealer_set_transition_duration (self->revealer, duration);
}

GtkToggleButton *
rt_stance_row_get_choice (RtStanceRow   *self,
                          RtStanceLevel  level)
{
  g_return_val_if_fail (RT_IS_STANCE_ROW (self), NULL);
  g_return_val_if_fail (level < RT_N_STANCE_LEVELS, NULL);

  return self->buttons[level];
}

GtkEditable *
rt_stance_row_get_text_entry (RtStanceRow *self)
{
  g_return_val_if_fail (RT_IS_STANCE_ROW (self), NULL);

  return GTK_EDITABLE (self->text_entry);
}

GtkEditable *
rt_stance_row_get_due_entry (RtStanceRow *self)
{
  g_return_val_if_fail (RT_IS_STANCE_ROW (self), NULL);

  return GTK_EDITABLE (self->due_entry);
}

gboolean
rt_stance_row_is_expanded (RtStanceRow *self)
{
  g_return_val_if_fail (RT_IS_STANCE_ROW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
rt_stance_row_get_person_id (RtStanceRow *self)
{
  g_return_val_if_fail (RT_IS_STANCE_ROW (self), NULL);

  return self->person_id;
}

/* Building. */

static void
details_focus_leave_cb (GtkEventControllerFocus *controller,
                        RtStanceRow             *self)
{
  rt_stance_row_commit_details (self);
}

static GtkEntry *
make_entry (RtStanceRow *self)
{
  GtkEntry *entry = GTK_ENTRY (gtk_entry_new ());
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (entry, "activate", G_CALLBACK (rt_stance_row_commit_details), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (details_focus_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  return entry;
}

static void
rt_stance_row_build (RtStanceRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkToggleButton *group = NULL;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);

  self->chip = RT_PERSON_CHIP (rt_person_chip_new (NULL, NULL));
  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_label), TRUE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->chip));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->name_label));
  gtk_box_append (GTK_BOX (box), header);

  /* Not homogeneous: five choices as wide as the longest label do not fit
   * beside the map in every language, and the panel would widen with them.
   * Each takes its label's width and a share of what is left. */
  self->choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->choices, "linked");
  gtk_widget_add_css_class (self->choices, "rt-stance-choices");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->choices),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stance"), -1);
  for (guint i = 0; i < RT_N_STANCE_LEVELS; i++)
    {
      RtStanceLevel level = order[i];
      GtkWidget *button = gtk_toggle_button_new ();
      g_autofree char *css = NULL;

      if (level == RT_STANCE_NONE)
        {
          /* Translators: the choice of no stance, a short mark. */
          gtk_button_set_label (GTK_BUTTON (button), C_("stance", "–"));
          gtk_widget_set_tooltip_text (button, rt_stance_level_get_label (RT_STANCE_NONE));
        }
      else
        gtk_button_set_label (GTK_BUTTON (button), rt_stance_level_get_label (level));
      if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (button))))
        gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                                 PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (button, TRUE);
      css = g_strconcat ("rt-stance-", level == RT_STANCE_NONE ? "none"
                                                               : rt_stance_level_to_string (level),
                         NULL);
      gtk_widget_add_css_class (button, css);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      self->buttons[level] = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (self->choices), button);
    }
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (choices_key_pressed_cb), self, 0);
  gtk_widget_add_controller (self->choices, keys);
  gtk_box_append (GTK_BOX (box), self->choices);

  self->text_entry = make_entry (self);
  gtk_box_append (GTK_BOX (details), GTK_WIDGET (self->text_entry));

  self->due_entry = make_entry (self);
  gtk_entry_set_placeholder_text (self->due_entry, _("Due date, YYYY-MM-DD"));
  gtk_entry_set_max_length (self->due_entry, 10);
  gtk_entry_set_input_purpose (self->due_entry, GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_hexpand (GTK_WIDGET (self->due_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due date"), -1);
  g_signal_connect_object (self->due_entry, "changed", G_CALLBACK (due_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->calendar_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->calendar_button, "x-office-calendar-symbolic");
  gtk_menu_button_set_create_popup_func (self->calendar_button, create_calendar_cb, self, NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->calendar_button), _("Choose a Date"));
  gtk_widget_add_css_class (due_box, "linked");
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (self->due_entry));
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (self->calendar_button));
  gtk_box_append (GTK_BOX (details), due_box);

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  g_signal_connect_object (self->revealer, "notify::child-revealed",
                           G_CALLBACK (child_revealed_cb), self, G_CONNECT_SWAPPED);
  gtk_revealer_set_child (self->revealer, details);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->revealer));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

/* GObject. */

GtkWidget *
rt_stance_row_new (RtDocument *document,
                   const char *node_id,
                   const char *person_id)
{
  RtStanceRow *self;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (node_id != NULL && person_id != NULL, NULL);

  self = g_object_new (RT_TYPE_STANCE_ROW, NULL);
  self->document = g_object_ref (document);
  self->node_id = g_strdup (node_id);
  self->person_id = g_strdup (person_id);
  rt_stance_row_show (self, TRUE);
  return GTK_WIDGET (self);
}

static void
rt_stance_row_dispose (GObject *object)
{
  RtStanceRow *self = RT_STANCE_ROW (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (rt_stance_row_parent_class)->dispose (object);
}

static void
rt_stance_row_finalize (GObject *object)
{
  RtStanceRow *self = RT_STANCE_ROW (object);

  g_free (self->node_id);
  g_free (self->person_id);

  G_OBJECT_CLASS (rt_stance_row_parent_class)->finalize (object);
}

static void
rt_stance_row_class_init (RtStanceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_stance_row_dispose;
  object_class->finalize = rt_stance_row_finalize;

  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rt_stance_row_init (RtStanceRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  rt_stance_row_build (self);
}

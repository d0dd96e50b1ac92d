/* rt-person-row.c: one person in the people panel
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-person-chip.h"
#include "rt-person-row.h"
#include "rt-widget-util.h"

struct _RtPersonRow
{
  GtkListBoxRow       parent_instance;

  /* Template children. */
  GtkLabel           *number_label;
  GtkMenuButton      *color_button;
  GtkPopover         *color_popover;
  GtkFlowBox         *color_box;
  GtkLabel           *name_label;
  GtkLabel           *detail_label;
  GtkImage           *speaking_icon;
  GtkLabel           *count_label;
  GtkSwitch          *present_switch;
  GtkMenuButton      *menu_button;

  RtDocument         *document;     /* owned */
  char               *person_id;
  RtPersonChip       *chip;         /* borrowed: the colour button's child */
  GtkWidget          *rename_popover; /* parented to name_label */
  GtkEntry           *rename_entry;
  GSimpleActionGroup *actions;      /* owned: "row" */
  char               *menu_key;     /* the other people the menu lists */
  guint               number;
  gboolean            speaking;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (RtPersonRow, rt_person_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
rt_person_row_message (RtPersonRow *self,
                       const char  *text)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, text);
}

static const RtPerson *
rt_person_row_lookup (RtPersonRow *self)
{
  return rt_document_lookup_person (self->document, self->person_id);
}

/* Executes a command, telling the user when it fails. */
static gboolean
rt_person_row_execute (RtPersonRow *self,
                       RtCommand   *command)
{
  return rt_widget_execute (self, signals[SIGNAL_MESSAGE], self->document, command);
}

static void
rt_person_row_set_person (RtPersonRow    *self,
                          const RtPerson *person)
{
  rt_person_row_execute (self, rt_command_set_person (person));
}

/* Actions. */

static void
rename_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  rt_person_row_start_rename (RT_PERSON_ROW (user_data));
}

static void
remove_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RtPersonRow *self = RT_PERSON_ROW (user_data);
  g_autoptr(GError) error = NULL;
  RtCommand *command = rt_command_remove_person (self->document, self->person_id, &error);

  if (command == NULL)
    {
      rt_person_row_message (self, error->message);
      return;
    }
  rt_person_row_execute (self, command);
}

static void
merge_into_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RtPersonRow *self = RT_PERSON_ROW (user_data);
  const char *keep_id = g_variant_get_string (parameter, NULL);
  const RtPerson *gone = rt_person_row_lookup (self);
  const RtPerson *keep = rt_document_lookup_person (self->document, keep_id);
  g_autofree char *gone_name = NULL;
  g_autofree char *keep_name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  RtCommand *command;

  if (gone == NULL || keep == NULL)
    return;
  gone_name = g_strdup (gone->name);
  keep_name = g_strdup (keep->name);
  command = rt_command_merge_people (self->document, self->person_id, keep_id, &error);
  if (command == NULL)
    {
      rt_person_row_message (self, error->message);
      return;
    }
  /* The row goes away with the person: keep it alive to the end. */
  g_object_ref (self);
  if (rt_person_row_execute (self, command))
    {
      /* Translators: after merging two entries of the same person. */
      text = g_strdup_printf (_("“%s” merged into “%s”"), gone_name, keep_name);
      rt_person_row_message (self, text);
    }
  g_object_unref (self);
}

static void
recolor_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RtPersonRow *self = RT_PERSON_ROW (user_data);
  const RtPerson *person = rt_person_row_lookup (self);
  g_autoptr(RtPerson) copy = NULL;

  gtk_popover_popdown (self->color_popover);
  if (person == NULL)
    return;
  copy = rt_person_copy (person);
  g_free (copy->color);
  copy->color = g_ascii_strdown (g_variant_get_string (parameter, NULL), -1);
  if (!rt_person_equal (copy, person))
    rt_person_row_set_person (self, copy);
}

static void
facilitator_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RtPersonRow *self = RT_PERSON_ROW (user_data);
  const RtPerson *person = rt_person_row_lookup (self);
  g_autoptr(RtPerson) copy = NULL;

  if (person == NULL)
    return;
  copy = rt_person_copy (person);
  copy->role = copy->role == RT_ROLE_FACILITATOR ? RT_ROLE_PARTICIPANT : RT_ROLE_FACILITATOR;
  rt_person_row_set_person (self, copy);
}

static const GActionEntry row_actions[] = {
  { .name = "rename", .activate = rename_action },
  { .name = "remove", .activate = remove_action },
  { .name = "merge-into", .activate = merge_into_action, .parameter_type = "s" },
  { .name = "recolor", .activate = recolor_action, .parameter_type = "s" },
  { .name = "facilitator", .activate = facilitator_action, .state = "false" },
};

/* Renaming. */

static void
rename_activate_cb (RtPersonRow *self)
{
  const RtPerson *person = rt_person_row_lookup (self);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));
  g_autoptr(RtPerson) copy = NULL;

  gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
  if (person == NULL || *name == '\0' || g_str_equal (name, person->name))
    return;
  copy = rt_person_copy (person);
  g_free (copy->name);
  copy->name = g_steal_pointer (&name);
  rt_person_row_set_person (self, copy);
}

void
rt_person_row_start_rename (RtPersonRow *self)
{
  const RtPerson *person;

  g_return_if_fail (RT_IS_PERSON_ROW (self));

  person = rt_person_row_lookup (self);
  if (person == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), person->name);
  gtk_popover_popup (GTK_POPOVER (self->rename_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

/* Presence. */

static void
present_changed_cb (RtPersonRow *self)
{
  const RtPerson *person = rt_person_row_lookup (self);
  g_autoptr(RtPerson) copy = NULL;
  gboolean present = gtk_switch_get_active (self->present_switch);

  if (self->updating || person == NULL || person->present == present)
    return;
  copy = rt_person_copy (person);
  copy->present = present;
  rt_person_row_set_person (self, copy);
}

/* Dragging the row onto a node credits the person. */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 RtPersonRow   *self)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, self->person_id);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               RtPersonRow   *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self->chip));

  gtk_drag_source_set_icon (source, icon, 7, 7);
}

/* Showing the person. */

static void
rt_person_row_update_menu (RtPersonRow *self)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) merge = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GMenuItem) highlight = NULL;
  guint n = rt_document_get_n_people (self->document);

  for (guint i = 0; i < n; i++)
    {
      const RtPerson *other = rt_document_get_person (self->document, i);

      if (g_str_equal (other->id, self->person_id))
        continue;
      g_string_append_printf (key, "%s\x1f%s\x1e", other->id, other->name);
    }
  if (self->menu_key != NULL && g_str_equal (self->menu_key, key->str))
    return;
  g_free (self->menu_key);
  self->menu_key = g_strdup (key->str);

  g_menu_append (first, _("_Rename…"), "row.rename");
  g_menu_append (first, _("_Facilitator"), "row.facilitator");
  highlight = g_menu_item_new (_("_Highlight on Map"), NULL);
  g_menu_item_set_action_and_target (highlight, "win.highlight-person", "s", self->person_id);
  g_menu_append_item (first, highlight);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));

  for (guint i = 0; i < n; i++)
    {
      const RtPerson *other = rt_document_get_person (self->document, i);
      g_autoptr(GMenuItem) item = NULL;

      if (g_str_equal (other->id, self->person_id))
        continue;
      item = g_menu_item_new (other->name, NULL);
      g_menu_item_set_action_and_target (item, "row.merge-into", "s", other->id);
      g_menu_append_item (merge, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (merge)) > 0)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      g_menu_append_submenu (section, _("_Merge Into"), G_MENU_MODEL (merge));
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  g_menu_append (last, _("R_emove"), "row.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));
}

void
rt_person_row_update (RtPersonRow *self)
{
  const RtPerson *person;
  GAction *facilitator;
  guint count;
  g_autofree char *count_text = NULL;
  g_autofree char *count_tip = NULL;
  g_autofree char *a11y = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(GPtrArray) details = g_ptr_array_new ();

  g_return_if_fail (RT_IS_PERSON_ROW (self));

  person = rt_person_row_lookup (self);
  if (person == NULL)
    return;

  self->updating = TRUE;
  rt_person_chip_set_color (self->chip, person->color);
  rt_person_chip_set_dimmed (self->chip, !person->present);
  gtk_label_set_text (self->name_label, person->name);
  if (person->present)
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");

  if (self->speaking)
    g_ptr_array_add (details, _("Speaking"));
  if (person->role == RT_ROLE_FACILITATOR)
    g_ptr_array_add (details, _("Facilitator"));
  if (!person->present)
    g_ptr_array_add (details, _("Absent"));
  g_ptr_array_add (details, NULL);
  /* Translators: between "Speaking" and "Facilitator" under a name. */
  detail = g_strjoinv (_(" · "), (char **) details->pdata);
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *detail != '\0');

  count = rt_document_count_nodes_by (self->document, self->person_id);
  count_text = g_strdup_printf ("%u", count);
  count_tip = g_strdup_printf (ngettext ("%u contribution", "%u contributions", count), count);
  gtk_label_set_text (self->count_label, count_text);
  rt_widget_set_tooltip_text (GTK_WIDGET (self->count_label), count_tip);

  gtk_switch_set_active (self->present_switch, person->present);
  facilitator = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "facilitator");
  g_simple_action_set_state (G_SIMPLE_ACTION (facilitator),
                             g_variant_new_boolean (person->role == RT_ROLE_FACILITATOR));

  /* Translators: how a screen reader reads a row of the people panel:
   * "Ben Okafor, 3 contributions". */
  a11y = g_strdup_printf (_("%s, %s"), person->name, count_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->present_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Present"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->color_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More"), -1);

  rt_person_row_update_menu (self);
  self->updating = FALSE;
}

void
rt_person_row_set_number (RtPersonRow *self,
                          guint        number)
{
  g_autofree char *text = NULL;
  g_autofree char *tip = NULL;

  g_return_if_fail (RT_IS_PERSON_ROW (self));
  g_return_if_fail (number <= 9);

  self->number = number;
  if (number > 0)
    {
      text = g_strdup_printf ("%u", number);
      /* Translators: the tooltip of the number beside a person. */
      tip = g_strdup_printf (_("Alt+%u makes this person the speaker"), number);
    }
  gtk_label_set_text (self->number_label, text != NULL ? text : "");
  rt_widget_set_tooltip_text (GTK_WIDGET (self->number_label), tip);
}

guint
rt_person_row_get_number (RtPersonRow *self)
{
  g_return_val_if_fail (RT_IS_PERSON_ROW (self), 0);

  return self->number;
}

void
rt_person_row_set_speaking (RtPersonRow *self,
                            gboolean     speaking)
{
  g_return_if_fail (RT_IS_PERSON_ROW (self));

  speaking = !!speaking;
  if (self->speaking == speaking)
    return;
  self->speaking = speaking;
  gtk_widget_set_visible (GTK_WIDGET (self->speaking_icon), speaking);
  if (speaking)
    gtk_widget_add_css_class (GTK_WIDGET (self), "rt-speaking");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "rt-speaking");
  rt_person_row_update (self);
}

gboolean
rt_person_row_get_speaking (RtPersonRow *self)
{
  g_return_val_if_fail (RT_IS_PERSON_ROW (self), FALSE);

  return self->speaking;
}

const char *
rt_person_row_get_person_id (RtPersonRow *self)
{
  g_return_val_if_fail (RT_IS_PERSON_ROW (self), NULL);

  return self->person_id;
}

/* GObject. */

GtkWidget *
rt_person_row_new (RtDocument *document,
                   const char *person_id)
{
  RtPersonRow *self;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  self = g_object_new (RT_TYPE_PERSON_ROW, NULL);
  self->document = g_object_ref (document);
  self->person_id = g_strdup (person_id);
  rt_person_row_update (self);
  return GTK_WIDGET (self);
}

static void
rt_person_row_build_palette (RtPersonRow *self)
{
  guint n;
  const char *const *colors = rt_person_palette (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *dot = rt_person_chip_new (colors[i], NULL);

      gtk_widget_set_size_request (dot, 22, 22);
      gtk_button_set_child (GTK_BUTTON (button), dot);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", colors[i]);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "row.recolor");
      gtk_widget_set_tooltip_text (button, colors[i]);
      gtk_flow_box_append (self->color_box, button);
    }
}

static void
rt_person_row_dispose (GObject *object)
{
  RtPersonRow *self = RT_PERSON_ROW (object);

  g_clear_pointer (&self->rename_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PERSON_ROW);
  g_clear_object (&self->actions);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (rt_person_row_parent_class)->dispose (object);
}

static void
rt_person_row_finalize (GObject *object)
{
  RtPersonRow *self = RT_PERSON_ROW (object);

  g_free (self->person_id);
  g_free (self->menu_key);

  G_OBJECT_CLASS (rt_person_row_parent_class)->finalize (object);
}

static void
rt_person_row_class_init (RtPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_person_row_dispose;
  object_class->finalize = rt_person_row_finalize;

  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rt-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, color_button);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, color_popover);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, color_box);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, speaking_icon);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, present_switch);
  gtk_widget_class_bind_template_child (widget_class, RtPersonRow, menu_button);
}

static void
rt_person_row_init (RtPersonRow *self)
{
  GtkDragSource *drag;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->chip = RT_PERSON_CHIP (rt_person_chip_new (NULL, NULL));
  gtk_menu_button_set_child (self->color_button, GTK_WIDGET (self->chip));
  rt_person_row_build_palette (self);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), row_actions,
                                   G_N_ELEMENTS (row_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "row", G_ACTION_GROUP (self->actions));

  self->rename_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  g_signal_connect_object (self->rename_entry, "activate",
                           G_CALLBACK (rename_activate_cb), self, G_CONNECT_SWAPPED);
  self->rename_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->rename_popover), GTK_WIDGET (self->rename_entry));
  gtk_widget_set_parent (self->rename_popover, GTK_WIDGET (self->name_label));

  g_signal_connect_object (self->present_switch, "notify::active",
                           G_CALLBACK (present_changed_cb), self, G_CONNECT_SWAPPED);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/* rt-people-panel.c: the people taking part, beside the map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-people-panel.h"
#include "rt-person-chip.h"
#include "rt-person-row.h"
#include "rt-widget-util.h"

struct _RtPeoplePanel
{
  GtkWidget       parent_instance;

  /* Template children. */
  GtkPaned       *paned;
  GtkLabel       *summary_label;
  GtkEntry       *add_entry;
  GtkListBox     *people_list;
  RtStanceEditor *stance_editor;

  RtDocument     *document;   /* owned */
  char           *speaker;
  GHashTable     *rows;       /* person id → borrowed RtPersonRow */
  int             auto_position; /* where the divider was last put, or -1 */
};

G_DEFINE_FINAL_TYPE (RtPeoplePanel, rt_people_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SPEAKER,
  N_PROPS
};

enum {
  SIGNAL_MESSAGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rt_people_panel_message (RtPeoplePanel *self,
                         const char    *text)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, text);
}

const char *
rt_people_nth_present (RtDocument *document,
                       guint       n)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < rt_document_get_n_people (document) && n > 0; i++)
    {
      const RtPerson *person = rt_document_get_person (document, i);

      if (person->present && --n == 0)
        return person->id;
    }
  return NULL;
}

/* Keeping the rows in step with the document. */

static void
row_message_cb (RtPersonRow   *row,
                const char    *text,
                RtPeoplePanel *self)
{
  rt_people_panel_message (self, text);
}

static void
rt_people_panel_sync (RtPeoplePanel *self)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  guint n = self->document != NULL ? rt_document_get_n_people (self->document) : 0;
  guint present = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    g_hash_table_add (keep, rt_document_get_person (self->document, i)->id);

  /* Rows of people who went away. */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (keep, key))
      {
        gtk_list_box_remove (self->people_list, value);
        g_hash_table_iter_remove (&iter);
      }

  /* New rows, and every row in document order. */
  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (self->document, i);
      GtkWidget *row = g_hash_table_lookup (self->rows, person->id);

      if (row == NULL)
        {
          row = rt_person_row_new (self->document, person->id);
          g_signal_connect_object (row, "message", G_CALLBACK (row_message_cb), self, 0);
          g_hash_table_insert (self->rows, g_strdup (person->id), row);
          gtk_list_box_insert (self->people_list, row, i);
        }
      else if (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) != (int) i)
        {
          g_object_ref (row);
          gtk_list_box_remove (self->people_list, row);
          gtk_list_box_insert (self->people_list, row, i);
          g_object_unref (row);
        }

      if (person->present)
        present++;
      rt_person_row_set_number (RT_PERSON_ROW (row),
                                person->present && present <= 9 ? present : 0);
      rt_person_row_set_speaking (RT_PERSON_ROW (row), g_strcmp0 (person->id, self->speaker) == 0);
      rt_person_row_update (RT_PERSON_ROW (row));
    }

  if (n > 0)
    /* Translators: beside the "People" heading of the people panel. */
    summary = g_strdup_printf (ngettext ("%u of %u present", "%u of %u present", n), present, n);
  gtk_label_set_text (self->summary_label, summary != NULL ? summary : "");
}

/* Adding. */

char *
rt_people_panel_add_person (RtPeoplePanel *self,
                            const char    *name)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *id = NULL;
  g_autoptr(RtPerson) person = NULL;

  g_return_val_if_fail (RT_IS_PEOPLE_PANEL (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->document == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    return NULL;
  for (guint i = 0; i < rt_document_get_n_people (self->document); i++)
    {
      const RtPerson *other = rt_document_get_person (self->document, i);
      g_autofree char *a = g_utf8_casefold (other->name, -1);
      g_autofree char *b = g_utf8_casefold (trimmed, -1);

      if (g_str_equal (a, b))
        {
          g_autofree char *text = NULL;

          /* Translators: when adding a name that is in the list already. */
          text = g_strdup_printf (_("“%s” is already in the list"), other->name);
          rt_people_panel_message (self, text);
          return NULL;
        }
    }

  id = rt_document_new_person_id (self->document);
  person = rt_person_new (id, trimmed);
  g_free (person->color);
  person->color = g_strdup (rt_person_palette_next (self->document));
  person->role = RT_ROLE_PARTICIPANT;
  person->present = TRUE;
  if (!rt_widget_execute (self, signals[SIGNAL_MESSAGE], self->document,
                          rt_command_add_person (person, -1)))
    return NULL;
  return g_steal_pointer (&id);
}

static void
add_entry_activate_cb (RtPeoplePanel *self)
{
  g_autofree char *id = rt_people_panel_add_person (self, gtk_editable_get_text (GTK_EDITABLE (self->add_entry)));
  GtkWidget *row;

  if (id == NULL)
    return;
  /* Ready for the next name. */
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
  row = g_hash_table_lookup (self->rows, id);
  if (row != NULL)
    rt_widget_scroll_to (row, GTK_WIDGET (self->people_list),
                         gtk_list_box_get_adjustment (self->people_list));
}

static void
add_entry_icon_cb (RtPeoplePanel        *self,
                   GtkEntryIconPosition  position)
{
  add_entry_activate_cb (self);
}

void
rt_people_panel_focus_entry (RtPeoplePanel *self)
{
  g_return_if_fail (RT_IS_PEOPLE_PANEL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
}

/* The speaker. */

static void
row_activated_cb (RtPeoplePanel *self,
                  GtkListBoxRow *row)
{
  if (RT_IS_PERSON_ROW (row))
    rt_people_panel_set_speaker (self, rt_person_row_get_person_id (RT_PERSON_ROW (row)));
}

void
rt_people_panel_set_speaker (RtPeoplePanel *self,
                             const char    *person_id)
{
  GHashTableIter iter;
  gpointer key;
  gpointer row;

  g_return_if_fail (RT_IS_PEOPLE_PANEL (self));

  if (person_id != NULL && *person_id == '\0')
    person_id = NULL;
  if (g_strcmp0 (self->speaker, person_id) == 0)
    return;
  g_free (self->speaker);
  self->speaker = g_strdup (person_id);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    rt_person_row_set_speaking (row, g_strcmp0 (key, person_id) == 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

const char *
rt_people_panel_get_speaker (RtPeoplePanel *self)
{
  g_return_val_if_fail (RT_IS_PEOPLE_PANEL (self), NULL);

  return self->speaker;
}

/* Public. */

GtkWidget *
rt_people_panel_new (void)
{
  return g_object_new (RT_TYPE_PEOPLE_PANEL, NULL);
}

void
rt_people_panel_set_document (RtPeoplePanel *self,
                              RtDocument    *document)
{
  g_return_if_fail (RT_IS_PEOPLE_PANEL (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (!rt_widget_follow_document (self, &self->document, document,
                                  G_CALLBACK (rt_people_panel_sync)))
    return;
  rt_widget_remove_children (GTK_WIDGET (self->people_list));
  g_hash_table_remove_all (self->rows);
  rt_people_panel_sync (self);
  rt_stance_editor_set_document (self->stance_editor, document);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), document != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RtDocument *
rt_people_panel_get_document (RtPeoplePanel *self)
{
  g_return_val_if_fail (RT_IS_PEOPLE_PANEL (self), NULL);

  return self->document;
}

RtStanceEditor *
rt_people_panel_get_stance_editor (RtPeoplePanel *self)
{
  g_return_val_if_fail (RT_IS_PEOPLE_PANEL (self), NULL);

  return self->stance_editor;
}

GtkWidget *
rt_people_panel_get_row (RtPeoplePanel *self,
                         const char    *person_id)
{
  g_return_val_if_fail (RT_IS_PEOPLE_PANEL (self), NULL);

  return person_id != NULL ? g_hash_table_lookup (self->rows, person_id) : NULL;
}

/* The people get the upper part of the panel and the stances a little
 * more than half, as the panel grows, until someone moves the divider. */
static void
paned_max_position_cb (RtPeoplePanel *self)
{
  int max = 0;

  g_object_get (self->paned, "max-position", &max, NULL);
  if (max <= 0 || (self->auto_position >= 0 &&
                   gtk_paned_get_position (self->paned) != self->auto_position))
    return;
  self->auto_position = MIN (max, gtk_widget_get_height (GTK_WIDGET (self->paned)) * 45 / 100);
  gtk_paned_set_position (self->paned, self->auto_position);
}

/* GObject. */

static void
stance_message_cb (RtPeoplePanel *self,
                   const char    *text)
{
  rt_people_panel_message (self, text);
}

static void
rt_people_panel_dispose (GObject *object)
{
  RtPeoplePanel *self = RT_PEOPLE_PANEL (object);

  rt_widget_follow_document (self, &self->document, NULL, G_CALLBACK (rt_people_panel_sync));
  g_clear_pointer (&self->rows, g_hash_table_unref);
  rt_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PEOPLE_PANEL);

  G_OBJECT_CLASS (rt_people_panel_parent_class)->dispose (object);
}

static void
rt_people_panel_finalize (GObject *object)
{
  RtPeoplePanel *self = RT_PEOPLE_PANEL (object);

  g_free (self->speaker);

  G_OBJECT_CLASS (rt_people_panel_parent_class)->finalize (object);
}

static void
rt_people_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtPeoplePanel *self = RT_PEOPLE_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_people_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RtPeoplePanel *self = RT_PEOPLE_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_people_panel_set_document (self, g_value_get_object (value));
      break;

    case PROP_SPEAKER:
      rt_people_panel_set_speaker (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_people_panel_class_init (RtPeoplePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_people_panel_dispose;
  object_class->finalize = rt_people_panel_finalize;
  object_class->get_property = rt_people_panel_get_property;
  object_class->set_property = rt_people_panel_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (RT_TYPE_STANCE_EDITOR);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-people-panel");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rt-people-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPeoplePanel, paned);
  gtk_widget_class_bind_template_child (widget_class, RtPeoplePanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RtPeoplePanel, add_entry);
  gtk_widget_class_bind_template_child (widget_class, RtPeoplePanel, people_list);
  gtk_widget_class_bind_template_child (widget_class, RtPeoplePanel, stance_editor);
}

static void
rt_people_panel_init (RtPeoplePanel *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->auto_position = -1;

  placeholder = gtk_label_new (_("Add the people taking part, so that every idea is credited "
                                 "to whoever had it."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->people_list, placeholder);

  g_signal_connect_object (self->add_entry, "activate", G_CALLBACK (add_entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_entry, "icon-release", G_CALLBACK (add_entry_icon_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people_list, "row-activated", G_CALLBACK (row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stance_editor, "message", G_CALLBACK (stance_message_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paned, "notify::max-position",
                           G_CALLBACK (paned_max_position_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), FALSE);
}

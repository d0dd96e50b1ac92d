/* rt-search-filters.c: the search bar's popover of kinds, statuses and
 * people to show
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-search-bar-private.h"
#include "rt-widget-util.h"

static const RtStatus filtered_statuses[] = {
  RT_STATUS_OPEN, RT_STATUS_RESOLVED,
  RT_STATUS_PROPOSED, RT_STATUS_ADOPTED, RT_STATUS_REJECTED, RT_STATUS_PARKED,
};


static void
kind_toggled_cb (GtkCheckButton *check,
                 RtSearchBar    *self)
{
  RtNodeKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "rt-kind")) - 1;

  if (rt_filter_set_kind_shown (self->filter, kind, gtk_check_button_get_active (check)))
    rt_search_bar_filter_changed (self);
}

static void
status_toggled_cb (GtkCheckButton *check,
                   RtSearchBar    *self)
{
  RtStatus status = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "rt-status"));

  if (rt_filter_set_status_shown (self->filter, status, gtk_check_button_get_active (check)))
    rt_search_bar_filter_changed (self);
}

static void
person_toggled_cb (GtkCheckButton *check,
                   RtSearchBar    *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "rt-person");

  if (rt_filter_set_person_shown (self->filter, id, gtk_check_button_get_active (check)))
    rt_search_bar_filter_changed (self);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
rebuild_people (RtSearchBar *self)
{
  gboolean unknown = FALSE;
  guint n_people = self->document != NULL ? rt_document_get_n_people (self->document) : 0;

  rt_widget_remove_children (self->people_box);

  gtk_box_append (GTK_BOX (self->people_box), heading (_("People")));
  for (guint i = 0; i < n_people; i++)
    {
      const RtPerson *person = rt_document_get_person (self->document, i);
      GtkWidget *check = gtk_check_button_new_with_label (person->name);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   rt_filter_get_person_shown (self->filter, person->id));
      g_object_set_data_full (G_OBJECT (check), "rt-person", g_strdup (person->id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (person_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->people_box), check);
    }
  for (guint i = 0; self->document != NULL && i < rt_document_get_n_nodes (self->document) && !unknown; i++)
    unknown = rt_document_get_node (self->document, i)->by == NULL;
  if (unknown || n_people == 0)
    {
      GtkWidget *check = gtk_check_button_new_with_label (_("Unknown author"));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   rt_filter_get_person_shown (self->filter, NULL));
      g_signal_connect (check, "toggled", G_CALLBACK (person_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->people_box), check);
    }
}

static void
reset_filters_cb (GtkButton   *button,
                  RtSearchBar *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  g_autofree char *text = g_strdup (rt_filter_get_text (self->filter));

  rt_filter_reset (self->filter);
  rt_filter_set_text (self->filter, text);
  gtk_popover_popdown (GTK_POPOVER (popover));
  /* The checks are made again from the filter when it next opens. */
  rt_search_bar_filter_changed (self);
}

static void
sync_checks (GtkWidget   *box,
             RtSearchBar *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GObject *object = G_OBJECT (child);

      if (!GTK_IS_CHECK_BUTTON (child))
        continue;
      g_signal_handlers_block_matched (child, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      if (g_object_get_data (object, "rt-kind") != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     rt_filter_get_kind_shown (self->filter,
                                       GPOINTER_TO_INT (g_object_get_data (object, "rt-kind")) - 1));
      else if (g_object_get_data (object, "rt-status") != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     rt_filter_get_status_shown (self->filter,
                                       GPOINTER_TO_INT (g_object_get_data (object, "rt-status"))));
      g_signal_handlers_unblock_matched (child, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }
}

static void
popover_show_cb (GtkWidget   *popover,
                 RtSearchBar *self)
{
  GtkWidget *box = gtk_popover_get_child (GTK_POPOVER (popover));

  sync_checks (gtk_widget_get_first_child (box), self);
  rebuild_people (self);
}

GtkWidget *
rt_search_bar_build_filter_popover (RtSearchBar *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *reset;

  gtk_box_append (GTK_BOX (column), heading (_("Kinds")));
  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (rt_node_kind_get_label (k));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      /* Stored plus one: kind 0 must not read as "no kind". */
      g_object_set_data (G_OBJECT (check), "rt-kind", GINT_TO_POINTER (k + 1));
      g_signal_connect (check, "toggled", G_CALLBACK (kind_toggled_cb), self);
      gtk_box_append (GTK_BOX (column), check);
    }
  gtk_box_append (GTK_BOX (column), heading (_("Status")));
  for (guint s = 0; s < G_N_ELEMENTS (filtered_statuses); s++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (rt_status_get_label (filtered_statuses[s]));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data (G_OBJECT (check), "rt-status", GINT_TO_POINTER (filtered_statuses[s]));
      g_signal_connect (check, "toggled", G_CALLBACK (status_toggled_cb), self);
      gtk_box_append (GTK_BOX (column), check);
    }
  reset = gtk_button_new_with_mnemonic (_("_Show Everything"));
  gtk_widget_set_margin_top (reset, 12);
  g_signal_connect (reset, "clicked", G_CALLBACK (reset_filters_cb), self);
  gtk_box_append (GTK_BOX (column), reset);
  gtk_box_append (GTK_BOX (box), column);

  self->people_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (box), self->people_box);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), self);
  return popover;
}

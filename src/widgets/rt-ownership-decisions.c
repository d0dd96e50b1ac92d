/* rt-ownership-decisions.c: the warnings and the decisions of the
 * ownership view
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rt-ownership-view-private.h"
#include "rt-person-chip.h"

/* Warnings. */

static char *
join_names (RtOwnershipView *self,
            GPtrArray       *ids)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      const RtPerson *person = rt_ownership_view_lookup_person (self, g_ptr_array_index (ids, i));

      if (person == NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, _(", "));
      g_string_append (s, person->name);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
add_warning_row (RtOwnershipView    *self,
                 const RtDecision   *decision,
                 RtDecisionWarnings  warning)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  switch (warning)
    {
    case RT_DECISION_WARNING_UNOWNED:
      /* Translators: %s is the text of an adopted response. */
      title = g_strdup_printf (_("Nobody owns “%s”"), decision->text);
      subtitle = g_strdup (_("It was adopted, but nobody has committed to carry it out."));
      break;

    case RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP:
      {
        const RtPerson *author = rt_ownership_view_lookup_person (self, decision->sole_author);

        title = g_strdup_printf (_("“%s” was decided without the group"), decision->text);
        /* Translators: %s is a person's name. */
        subtitle = g_strdup_printf (_("Only %s shaped it and everything linked to it."),
                                    author != NULL ? author->name : _("one person"));
      }
      break;

    case RT_DECISION_WARNING_OPEN_OBJECTION:
      {
        g_autofree char *names = join_names (self, decision->objecting);

        title = g_strdup_printf (_("Open objection to “%s”"), decision->text);
        /* Translators: %s lists the names of those objecting. */
        subtitle = g_strdup_printf (_("Objecting: %s"), names);
      }
      break;

    case RT_DECISION_WARNING_NONE:
    default:
      g_assert_not_reached ();
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show on the map"));
  g_object_set_data_full (G_OBJECT (row), "rt-node-id", g_strdup (decision->id), g_free);
  g_object_set_data (G_OBJECT (row), "rt-warning", GUINT_TO_POINTER (warning));
  gtk_list_box_append (self->warnings_list, row);
}

void
rt_ownership_view_update_warnings (RtOwnershipView *self)
{
  guint n = rt_analysis_get_n_decisions (self->analysis);

  rt_ownership_view_clear_box (GTK_WIDGET (self->warnings_list));
  for (guint i = 0; i < n; i++)
    {
      const RtDecision *decision = rt_analysis_get_decision (self->analysis, i);
      RtDecisionWarnings split[RT_N_DECISION_WARNINGS];
      guint n_split = rt_decision_warnings_split (decision->warnings, split);

      for (guint w = 0; w < n_split; w++)
        add_warning_row (self, decision, split[w]);
    }
}

/* Decisions. */

static void
show_decision_cb (GtkButton       *button,
                  RtOwnershipView *self)
{
  rt_ownership_view_node_activated (self, g_object_get_data (G_OBJECT (button), "rt-node-id"));
}

static void
add_people_line (RtOwnershipView *self,
                 GtkGrid         *grid,
                 int              line,
                 const char      *caption,
                 GPtrArray       *ids,
                 const char      *empty)
{
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_widget_set_hexpand (flow, TRUE);
  for (guint i = 0; i < ids->len; i++)
    {
      const RtPerson *person = rt_ownership_view_lookup_person (self, g_ptr_array_index (ids, i));

      if (person != NULL)
        gtk_flow_box_append (GTK_FLOW_BOX (flow), rt_person_chip_new_for_person (person, TRUE));
    }
  if (ids->len == 0)
    {
      GtkWidget *none = gtk_label_new (empty);

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "warning");
      gtk_grid_attach (grid, label, 0, line, 1, 1);
      gtk_grid_attach (grid, none, 1, line, 1, 1);
      g_object_ref_sink (flow);
      g_object_unref (flow);
      return;
    }
  gtk_grid_attach (grid, label, 0, line, 1, 1);
  gtk_grid_attach (grid, flow, 1, line, 1, 1);
}

void
rt_ownership_view_update_decisions (RtOwnershipView *self)
{
  guint n = rt_analysis_get_n_decisions (self->analysis);

  rt_ownership_view_clear_box (GTK_WIDGET (self->decisions_box));
  for (guint i = 0; i < n; i++)
    {
      const RtDecision *decision = rt_analysis_get_decision (self->analysis, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *title = gtk_label_new (decision->text);
      GtkWidget *show = gtk_button_new_from_icon_name ("find-location-symbolic");
      GtkWidget *grid = gtk_grid_new ();
      int line = 0;

      gtk_widget_add_css_class (card, "card");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_widget_add_css_class (title, "title-3");
      gtk_box_append (GTK_BOX (header), title);
      if (decision->warnings != RT_DECISION_WARNING_NONE)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("Needs attention"));
          gtk_box_append (GTK_BOX (header), icon);
        }
      gtk_widget_set_tooltip_text (show, _("Show on the map"));
      gtk_widget_add_css_class (show, "flat");
      gtk_widget_set_valign (show, GTK_ALIGN_START);
      g_object_set_data_full (G_OBJECT (show), "rt-node-id", g_strdup (decision->id), g_free);
      g_signal_connect_object (show, "clicked", G_CALLBACK (show_decision_cb), self, 0);
      gtk_box_append (GTK_BOX (header), show);
      gtk_box_append (GTK_BOX (card), header);

      gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
      gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
      add_people_line (self, GTK_GRID (grid), line++, _("Owners"), decision->owners,
                       _("Nobody has committed yet"));
      if (decision->supporters->len > 0)
        add_people_line (self, GTK_GRID (grid), line++, _("Supporters"), decision->supporters, NULL);
      if (decision->accepting->len > 0)
        add_people_line (self, GTK_GRID (grid), line++, _("Accepting"), decision->accepting, NULL);
      if (decision->objecting->len > 0)
        add_people_line (self, GTK_GRID (grid), line++, _("Objecting"), decision->objecting, NULL);
      gtk_box_append (GTK_BOX (card), grid);

      gtk_widget_set_margin_top (header, 12);
      gtk_widget_set_margin_start (header, 18);
      gtk_widget_set_margin_end (header, 12);
      gtk_widget_set_margin_start (grid, 18);
      gtk_widget_set_margin_end (grid, 18);
      gtk_widget_set_margin_bottom (grid, 18);
      gtk_box_append (self->decisions_box, card);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_decisions_label), n == 0);
}

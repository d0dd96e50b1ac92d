/* rt-window-origins.c: how a node came to be
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-analysis.h"
#include "rt-window-private.h"
#include "rt-window-workshop-private.h"

static GtkWidget *
origin_row (const RtNode   *node,
            const RtPerson *author,
            guint           number)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%u. %s", number,
                                            *node->text != '\0' ? node->text : _("(no text)"));
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;

  if (node->created != RT_TIME_NONE)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (node->created);

      when = time != NULL ? g_date_time_format (time, "%H:%M") : NULL;
    }
  if (author != NULL && when != NULL)
    /* Translators: the kind of a node, who contributed it, and when. */
    subtitle = g_strdup_printf (_("%s by %s, %s"), rt_node_kind_get_label (node->kind),
                                author->name, when);
  else if (author != NULL)
    subtitle = g_strdup_printf (_("%s by %s"), rt_node_kind_get_label (node->kind), author->name);
  else
    subtitle = g_strdup_printf (_("%s, author unknown"), rt_node_kind_get_label (node->kind));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (author != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), rt_person_chip_new (author->color, NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "rt-node-id", g_strdup (node->id), g_free);
  return row;
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  RtWindow      *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "rt-node-id");
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const RtNode *node = w->document != NULL ? rt_document_lookup_node (w->document, id) : NULL;

  if (node == NULL)
    return;
  rt_canvas_select_node (w->canvas, node->id, FALSE);
  if (node->has_position)
    rt_canvas_center_on (w->canvas, node->x, node->y);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (list))));
}

void
rt_window_show_origins (RtWindow   *self,
                        const char *node_id)
{
  RtDocument *doc = rt_window_get_document (self);
  const RtNode *node = doc != NULL ? rt_document_lookup_node (doc, node_id) : NULL;
  g_autoptr(GArray) origins = NULL;
  GtkWidget *window, *box, *header, *scrolled, *clamp, *content, *list, *intro;
  g_autofree char *text = NULL;

  if (node == NULL)
    return;
  origins = rt_analysis_get_origins (doc, node_id);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("How This Came to Be"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 560);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  if (origins == NULL || origins->len == 0)
    /* Translators: %s is the text of a node. */
    text = g_strdup_printf (_("Nothing on the map led to “%s”: it was raised on its own."),
                            node->text);
  else
    text = g_strdup_printf (ngettext ("“%s” grew out of this contribution, oldest first:",
                                      "“%s” grew out of these %u contributions, oldest first:",
                                      origins->len),
                            node->text, origins->len);
  intro = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0.0);
  gtk_widget_add_css_class (intro, "title-4");
  gtk_box_append (GTK_BOX (content), intro);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; origins != NULL && i < origins->len; i++)
    {
      const RtOrigin *origin = &g_array_index (origins, RtOrigin, i);

      gtk_list_box_append (GTK_LIST_BOX (list), origin_row (origin->node, origin->author, i + 1));
    }
  gtk_widget_set_visible (list, origins != NULL && origins->len > 0);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
  gtk_box_append (GTK_BOX (content), list);

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

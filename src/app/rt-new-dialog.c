/* rt-new-dialog.c: the starting points offered for a new map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "io/rt-xml-reader.h"
#include "rt-new-dialog.h"
#include "rt-window-map.h"
#include "rt-window-private.h"

static const struct {
  const char *name;
  const char *title;
  const char *description;
} templates[] = {
  { "blank", N_("Blank"), N_("An empty map") },
  { "one-problem", N_("One Problem"), N_("A single problem, ready for you to type it") },
  { "what-so-what-now-what", N_("What? So What? Now What?"),
    N_("Three questions to make sense of an experience together") },
  /* xgettext:no-c-format */
  { "fifteen-percent", N_("15% Solutions"),
    N_("What each of us can do now, without permission or new resources") },
};

/* What the nodes of the templates in data/templates say, for translation:
 * a map started from a template is in the facilitator's language. */
static const char *const template_texts[] G_GNUC_UNUSED = {
  N_("What?"),
  N_("What happened? What did you notice? Facts, not opinions."),
  N_("So what?"),
  N_("Why does it matter? What patterns or conclusions do you see?"),
  N_("Now what?"),
  N_("What will we do next? Add responses here, and ask who commits to them."),
  N_("What can each of us do, without permission or new resources, starting tomorrow?"),
};

const char *const *
rt_templates_list (void)
{
  static const char *names[G_N_ELEMENTS (templates) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    names[i] = templates[i].name;
  return names;
}

static int
find_template (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_strcmp0 (templates[i].name, name) == 0)
      return i;
  return -1;
}

const char *
rt_template_get_title (const char *name)
{
  int i = find_template (name);

  return i >= 0 ? _(templates[i].title) : NULL;
}

const char *
rt_template_get_description (const char *name)
{
  int i = find_template (name);

  return i >= 0 ? _(templates[i].description) : NULL;
}

char *
rt_templates_dir (void)
{
  const char *datadir = g_getenv ("ROUNDTABLE_DATADIR");

  if (datadir != NULL && *datadir != '\0')
    return g_build_filename (datadir, "templates", NULL);
  return g_build_filename (PKGDATADIR, "templates", NULL);
}

RtDocument *
rt_template_load (const char  *name,
                  GError     **error)
{
  g_autofree char *dir = rt_templates_dir ();
  g_autofree char *file = g_strconcat (name, ".roundtable", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(RtDocument) read = NULL;
  RtDocument *doc;

  g_return_val_if_fail (name != NULL, NULL);

  read = rt_xml_read_file (path, error);
  if (read == NULL)
    return NULL;
  /* The map is the group's own, not the template, and in its language. */
  doc = rt_document_new ();
  rt_document_set_meta (doc, NULL, NULL, rt_time_now (), RT_TIME_NONE);
  for (guint i = 0; i < rt_document_get_n_people (read); i++)
    rt_document_take_person (doc, rt_person_copy (rt_document_get_person (read, i)));
  for (guint i = 0; i < rt_document_get_n_nodes (read); i++)
    {
      RtNode *node = rt_node_copy (rt_document_get_node (read, i));

      if (*node->text != '\0')
        {
          char *text = g_strdup (_(node->text));

          g_free (node->text);
          node->text = text;
        }
      if (node->details != NULL && *node->details != '\0')
        {
          char *details = g_strdup (_(node->details));

          g_free (node->details);
          node->details = details;
        }
      rt_document_take_node (doc, node);
    }
  for (guint i = 0; i < rt_document_get_n_links (read); i++)
    rt_document_take_link (doc, rt_link_copy (rt_document_get_link (read, i)));
  return doc;
}

/* The dialog. */

typedef struct {
  RtWindow   *window;    /* owned reference */
  RtDocument *blank;     /* owned: the map the window showed when asked */
} NewData;

static void
new_data_free (gpointer data)
{
  NewData *new = data;

  g_clear_object (&new->window);
  g_clear_object (&new->blank);
  g_free (new);
}

static gboolean
start_typing_cb (gpointer user_data)
{
  RtWindow *window = user_data;
  RtCanvas *canvas = rt_window_get_canvas (window);
  RtDocument *doc = rt_canvas_get_document (canvas);

  if (doc != NULL && rt_document_get_n_nodes (doc) > 0)
    {
      rt_canvas_select_node (canvas, rt_document_get_node (doc, 0)->id, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (canvas));
      rt_canvas_edit_selected (canvas);
    }
  g_object_unref (window);
  return G_SOURCE_REMOVE;
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  NewData       *new)
{
  const char *name = g_object_get_data (G_OBJECT (row), "rt-template");
  GtkWindow *dialog = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (list)));
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  RtWindow *window = new->window;

  if (g_strcmp0 (name, "blank") != 0)
    {
      doc = rt_template_load (name, &error);
      if (doc == NULL)
        {
          g_warning ("Template %s: %s", name, error->message);
          gtk_widget_error_bell (GTK_WIDGET (row));
          return;
        }
      /* The blank map is replaced only while it is untouched. */
      if (rt_window_get_document (window) != new->blank ||
          rt_document_get_modified (new->blank) || rt_document_get_n_nodes (new->blank) > 0)
        {
          GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

          g_set_object (&new->window, rt_window_new (app));
          window = new->window;
        }
      rt_window_set_document (window, doc, NULL, NULL);
      gtk_window_present (GTK_WINDOW (window));
      /* All of the template in view, such as the three questions side by
       * side, at most at full size. */
      rt_canvas_zoom_fit (rt_window_get_canvas (window));
      if (g_str_equal (name, "one-problem"))
        g_timeout_add (100, start_typing_cb, g_object_ref (window));
    }
  gtk_window_destroy (dialog);
}

static GtkWidget *
template_row (const char *name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rt_template_get_title (name));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rt_template_get_description (name));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "rt-template", g_strdup (name), g_free);
  return row;
}

static RtWindow *
window_with_blank_map (RtApplication *app,
                       RtWindow      *into)
{
  g_autoptr(GList) before = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  if (into != NULL && rt_window_is_empty (into))
    {
      rt_application_new_map (app, into);
      return into;
    }
  rt_application_new_map (app, into);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RT_IS_WINDOW (l->data) && g_list_find (before, l->data) == NULL)
      return RT_WINDOW (l->data);
  return into;
}

void
rt_new_dialog_run (RtApplication *app,
                   RtWindow      *into)
{
  RtWindow *window;
  NewData *new;
  GtkWidget *dialog, *box, *header, *list, *clamp, *label;
  const char *const *names = rt_templates_list ();

  g_return_if_fail (RT_IS_APPLICATION (app));

  window = window_with_blank_map (app, into);
  if (window == NULL)
    return;
  new = g_new0 (NewData, 1);
  new->window = g_object_ref (window);
  new->blank = rt_window_get_document (window) != NULL
                 ? g_object_ref (rt_window_get_document (window)) : NULL;

  dialog = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (dialog), _("New Map"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  gtk_window_set_resizable (GTK_WINDOW (dialog), FALSE);
  g_object_set_data_full (G_OBJECT (dialog), "rt-new", new, new_data_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; names[i] != NULL; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), template_row (names[i]));
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), new);

  label = gtk_label_new (_("Start from"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  clamp = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 24);
  gtk_widget_set_margin_end (clamp, 24);
  gtk_box_append (GTK_BOX (clamp), label);
  gtk_box_append (GTK_BOX (clamp), list);
  gtk_box_append (GTK_BOX (box), clamp);
  adw_window_set_content (ADW_WINDOW (dialog), box);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Enter keeps the blank map. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)));
}

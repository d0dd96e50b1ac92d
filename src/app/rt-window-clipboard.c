/* rt-window-clipboard.c: copying, cutting and pasting nodes
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "io/rt-text-outline.h"
#include "io/rt-xml-reader.h"
#include "io/rt-xml-writer.h"
#include "rt-clipboard-paste.h"
#include "rt-window-clipboard.h"
#include "rt-window-map.h"
#include "rt-window-private.h"
#include "rt-window-workshop.h"

static const char *const text_mime_types[] = { "text/plain;charset=utf-8", "text/plain", NULL };

static RtCanvas *
canvas_of (RtWindow *self)
{
  return rt_window_get_canvas (self);
}

static void
update_actions (RtWindow *self)
{
  RtCanvas *canvas = canvas_of (self);
  gboolean has_doc = rt_window_get_document (self) != NULL;
  gboolean selected = has_doc && canvas != NULL && rt_canvas_get_n_selected (canvas) > 0;
  const char *names[] = { "copy", "cut", "paste" };
  gboolean enabled[] = { selected, selected, has_doc };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled[i]);
    }
}

static GPtrArray *
strv_to_array (char **strv)
{
  GPtrArray *array = g_ptr_array_new ();

  for (guint i = 0; strv[i] != NULL; i++)
    g_ptr_array_add (array, strv[i]);
  return array;
}

static gboolean
copy_selection (RtWindow *self)
{
  RtDocument *document = rt_window_get_document (self);
  RtCanvas *canvas = canvas_of (self);
  g_auto(GStrv) selection = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(RtDocument) fragment = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) text = NULL;
  GdkContentProvider *providers[3];
  g_autoptr(GdkContentProvider) provider = NULL;
  char *outline;

  if (document == NULL || canvas == NULL || rt_canvas_get_n_selected (canvas) == 0)
    return FALSE;
  selection = rt_canvas_get_selection (canvas);
  ids = strv_to_array (selection);
  fragment = rt_clipboard_fragment_new (document, (const char * const *) selection);
  xml = rt_xml_write_bytes (fragment);
  outline = rt_text_outline_write (document, ids);
  text = g_bytes_new_take (outline, strlen (outline));

  providers[0] = gdk_content_provider_new_for_bytes (RT_CLIPBOARD_FRAGMENT_MIME, xml);
  providers[1] = gdk_content_provider_new_for_bytes (text_mime_types[0], text);
  providers[2] = gdk_content_provider_new_for_bytes (text_mime_types[1], text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  return gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

static void
copy_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);

  if (copy_selection (self) && g_str_equal (g_action_get_name (G_ACTION (action)), "cut"))
    rt_canvas_delete_selection (canvas_of (self));
}

/* Paste. */

typedef struct {
  RtWindow   *window;     /* owned */
  const char *mime_type;  /* static */
} PasteData;

static void
paste_data_free (PasteData *paste)
{
  g_clear_object (&paste->window);
  g_free (paste);
}

static void
paste_fragment (RtWindow   *self,
                RtDocument *fragment,
                gboolean    credit_speaker)
{
  RtDocument *document = rt_window_get_document (self);
  RtCanvas *canvas = canvas_of (self);
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  RtView view;
  double x, y;

  if (document == NULL || canvas == NULL)
    return;
  if (rt_document_get_n_nodes (fragment) == 0)
    {
      rt_window_show_toast (self, _("The clipboard holds nothing to paste"));
      return;
    }
  rt_canvas_get_view (canvas, &view);
  rt_view_screen_to_map (&view, view.width / 2.0, view.height / 2.0, &x, &y);
  ids = rt_clipboard_paste_into (document, rt_renderer_get_metrics (rt_canvas_get_renderer (canvas)),
                                 fragment, rt_canvas_get_cursor (canvas), x, y,
                                 credit_speaker ? rt_canvas_get_speaker (canvas) : NULL, &error);
  if (ids == NULL)
    {
      rt_window_show_error (self, _("Could Not Paste"), error->message,
                            _("The map was not changed."));
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    rt_canvas_select_node (canvas, g_ptr_array_index (ids, i), i > 0);
  {
    const RtNode *first = rt_document_lookup_node (document, g_ptr_array_index (ids, 0));
    RtRect visible;

    rt_view_get_visible (&view, &visible);
    if (first != NULL && first->has_position && !rt_rect_contains (&visible, first->x, first->y))
      rt_canvas_center_on (canvas, first->x, first->y);
  }
}

static void
show_clipboard_unreadable (RtWindow     *self,
                           const GError *error)
{
  /* Translators: %s is the toolkit's own words, such as "Cannot read
   * clipboard data". */
  g_autofree char *what = g_strdup_printf (_("The clipboard could not be read (“%s”)."),
                                           error->message);

  rt_window_show_error (self, _("Could Not Paste"), what,
                        _("The map was not changed. Copy the nodes or text again, then paste."));
}

static void
paste_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PasteData *paste = user_data;
  GOutputStream *out = G_OUTPUT_STREAM (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) fragment = NULL;
  gboolean is_fragment = g_str_equal (paste->mime_type, RT_CLIPBOARD_FRAGMENT_MIME);
  const char *data;
  gsize size;

  if (g_output_stream_splice_finish (out, result, &error) < 0)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        {
          /* Short enough for a toast: nothing happened to the map. */
          message = is_fragment
            ? g_strdup_printf (_("Nothing was pasted: the copied nodes are more than %d MiB. "
                                 "Copy fewer at a time"),
                               RT_CLIPBOARD_MAX_FRAGMENT / (1024 * 1024))
            : g_strdup_printf (_("Nothing was pasted: the copied text is more than %d MiB. "
                                 "Copy less at a time"),
                               RT_TEXT_OUTLINE_MAX_SIZE / (1024 * 1024));
          rt_window_show_toast (paste->window, message);
        }
      else
        show_clipboard_unreadable (paste->window, error);
      paste_data_free (paste);
      return;
    }

  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  /* The map may have been closed meanwhile. */
  if (is_fragment && rt_window_get_document (paste->window) != NULL)
    fragment = rt_xml_read_memory (data, size, _("The copied nodes"), &error);
  else if (rt_window_get_document (paste->window) != NULL)
    fragment = rt_text_outline_parse (data, size, rt_window_get_document (paste->window), &error);

  if (fragment != NULL)
    paste_fragment (paste->window, fragment, !is_fragment);
  else if (error != NULL)
    rt_window_show_error (paste->window, _("Could Not Paste"), error->message,
                          is_fragment ? _("The map was not changed. Copy the nodes again, "
                                          "then paste.")
                                      : _("The map was not changed."));
  paste_data_free (paste);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PasteData *paste = user_data;
  const char *mime_type = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  gsize limit;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime_type, &error);
  if (stream == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_clipboard_unreadable (paste->window, error);
      paste_data_free (paste);
      return;
    }

  paste->mime_type = g_strcmp0 (mime_type, RT_CLIPBOARD_FRAGMENT_MIME) == 0
                       ? RT_CLIPBOARD_FRAGMENT_MIME : text_mime_types[0];
  limit = paste->mime_type == text_mime_types[0] ? RT_TEXT_OUTLINE_MAX_SIZE
                                                 : RT_CLIPBOARD_MAX_FRAGMENT;
  /* A buffer that cannot grow: more than limit fails with NO_SPACE. */
  out = g_memory_output_stream_new (g_malloc (limit), limit, NULL, g_free);
  g_output_stream_splice_async (out, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, paste_read_cb, paste);
}

static void
paste_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  const char *fragment_types[] = { RT_CLIPBOARD_FRAGMENT_MIME, NULL };
  PasteData *paste;

  if (rt_window_get_document (self) == NULL)
    return;
  if (!gdk_content_formats_contain_mime_type (formats, RT_CLIPBOARD_FRAGMENT_MIME) &&
      !gdk_content_formats_contain_mime_type (formats, text_mime_types[0]) &&
      !gdk_content_formats_contain_mime_type (formats, text_mime_types[1]))
    {
      rt_window_show_toast (self, _("The clipboard holds no nodes or text to paste"));
      return;
    }

  paste = g_new0 (PasteData, 1);
  paste->window = g_object_ref (self);
  gdk_clipboard_read_async (clipboard,
                            gdk_content_formats_contain_mime_type (formats, RT_CLIPBOARD_FRAGMENT_MIME)
                              ? fragment_types : (const char **) text_mime_types,
                            G_PRIORITY_DEFAULT, NULL, clipboard_read_cb, paste);
}

static const GActionEntry clipboard_actions[] = {
  { .name = "copy", .activate = copy_action },
  { .name = "cut", .activate = copy_action },
  { .name = "paste", .activate = paste_action },
};

/* Keys. */

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  RtWindow *self = RT_WINDOW (gtk_widget_get_root (widget));
  const char *name = user_data;
  RtCanvas *canvas = canvas_of (self);

  /* Typing in the map's editor copies and pastes text. */
  if (canvas != NULL && rt_canvas_get_editing (canvas))
    return FALSE;
  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (self), name))
    return FALSE;
  g_action_group_activate_action (G_ACTION_GROUP (self), name, NULL);
  return TRUE;
}

static void
add_shortcuts (GtkWidget *widget)
{
  static const struct {
    const char *trigger;
    const char *action;
  } keys[] = {
    { "<Control>c", "copy" },
    { "<Control>Insert", "copy" },
    { "<Control>x", "cut" },
    { "<Shift>Delete", "cut" },
    { "<Control>v", "paste" },
    { "<Shift>Insert", "paste" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_callback_action_new (shortcut_cb,
                                                                                     (gpointer) keys[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (widget, controller);
}

void
rt_window_clipboard_init (RtWindow *self)
{
  RtCanvas *canvas;

  g_return_if_fail (RT_IS_WINDOW (self));

  canvas = canvas_of (self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), clipboard_actions,
                                   G_N_ELEMENTS (clipboard_actions), self);
  if (canvas != NULL)
    {
      add_shortcuts (GTK_WIDGET (canvas));
      g_signal_connect_object (canvas, "selection-changed", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);
    }
  if (rt_window_get_outline (self) != NULL)
    add_shortcuts (GTK_WIDGET (rt_window_get_outline (self)));
  g_signal_connect (self, "notify::document", G_CALLBACK (update_actions), NULL);
  update_actions (self);
}

/* test-clipboard.c: copying, cutting and pasting nodes within a map,
 * between two windows, and lines of text
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "app/rt-window-clipboard.h"
#include "app/rt-window-map.h"
#include "app/rt-window-private.h"
#include "io/rt-text-outline.h"
#include "io/rt-xml-reader.h"
#include "model/rt-command.h"

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

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static RtDocument *
library_map (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples",
                                            "saturday-library.roundtable", NULL);
  g_autoptr(GError) error = NULL;
  RtDocument *document = rt_xml_read_file (path, &error);

  g_assert_no_error (error);
  return document;
}

static RtWindow *
window_with (RtDocument *document)
{
  RtWindow *window = rt_window_new (NULL);

  rt_window_set_document (window, document, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

static void
activate (RtWindow   *window,
          const char *action)
{
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), action));
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
}

/* A response and the problem it responds to, as the canvas selects them. */
static void
select_pair (RtCanvas *canvas)
{
  rt_canvas_select_node (canvas, "n5", FALSE);
  rt_canvas_select_node (canvas, "n10", TRUE);
  g_assert_cmpuint (rt_canvas_get_n_selected (canvas), ==, 2);
}

typedef struct {
  RtDocument *document;
  guint       n_nodes;
} NodeCount;

static gboolean
has_n_nodes (gpointer data)
{
  NodeCount *count = data;

  return rt_document_get_n_nodes (count->document) == count->n_nodes;
}

static gboolean
wait_for_nodes (RtDocument *document,
                guint       n_nodes)
{
  NodeCount count = { document, n_nodes };

  return wait_until (has_n_nodes, &count);
}

/* Reading the clipboard back. */

typedef struct {
  GBytes  *bytes;
  gboolean done;
} Read;

static void
splice_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Read *read = user_data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_assert_no_error (error);
  read->bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  read->done = TRUE;
}

/* The clipboard's own content is written by this process's main loop:
 * it is read without blocking. */
static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_splice_async (out, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, splice_done_cb, user_data);
}

static gboolean
read_done (gpointer data)
{
  return ((Read *) data)->done;
}

static GBytes *
read_clipboard (GdkClipboard *clipboard,
                const char   *mime_type)
{
  const char *types[] = { mime_type, NULL };
  Read read = { NULL, FALSE };

  gdk_clipboard_read_async (clipboard, types, G_PRIORITY_DEFAULT, NULL, read_done_cb, &read);
  g_assert_true (wait_until (read_done, &read));
  return read.bytes;
}

/* Finding a toast's text. */

static gboolean
find_label (GtkWidget  *widget,
            const char *part)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), part) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, part))
      return TRUE;
  return FALSE;
}

typedef struct {
  GtkWidget  *window;
  const char *part;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return find_label (wait->window, wait->part);
}

/* The tests. */

/* Copy puts both the fragment and the text outline on the clipboard. */
static void
test_copy_formats (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  RtCanvas *canvas = rt_window_get_canvas (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentFormats *formats;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(RtDocument) fragment = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *outline = NULL;
  g_autoptr(GError) error = NULL;
  const RtNode *response;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "copy"));
  select_pair (canvas);
  activate (window, "copy");

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, RT_CLIPBOARD_FRAGMENT_MIME));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain"));

  xml = read_clipboard (clipboard, RT_CLIPBOARD_FRAGMENT_MIME);
  fragment = rt_xml_read_memory (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                                 "clipboard", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (fragment), ==, 2);
  g_assert_cmpuint (rt_document_get_n_links (fragment), ==, 1);
  g_assert_nonnull (rt_document_find_link (fragment, "n10", "n5", RT_LINK_RESPONDS_TO));
  /* Exactly the people the two nodes name. */
  response = rt_document_lookup_node (fragment, "n10");
  g_assert_nonnull (rt_document_lookup_person (fragment, response->by));
  for (guint i = 0; i < rt_document_get_n_people (fragment); i++)
    {
      const RtPerson *person = rt_document_get_person (fragment, i);
      gboolean named = FALSE;

      for (guint n = 0; n < rt_document_get_n_nodes (fragment); n++)
        {
          const RtNode *node = rt_document_get_node (fragment, n);

          named |= rt_node_has_contributor (node, person->id) ||
                   rt_node_find_stance (node, person->id) != NULL ||
                   g_strcmp0 (node->modified_by, person->id) == 0;
        }
      g_assert_true (named);
    }

  text = read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_ptr_array_add (ids, "n5");
  g_ptr_array_add (ids, "n10");
  outline = rt_text_outline_write (document, ids);
  g_assert_cmpmem (g_bytes_get_data (text, NULL), g_bytes_get_size (text),
                   outline, strlen (outline));
  g_assert_true (g_str_has_prefix (outline, "? "));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Copy and paste in one map: new ids, the link kept, one undo step, the
 * pasted nodes selected and placed clear of the others. */
static void
test_paste_within_map (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  RtCanvas *canvas = rt_window_get_canvas (window);
  guint n_nodes = rt_document_get_n_nodes (document);
  guint n_links = rt_document_get_n_links (document);
  guint n_people = rt_document_get_n_people (document);
  guint history;
  g_auto(GStrv) pasted = NULL;
  const RtNode *problem, *response;
  const RtNode *old_response = rt_document_lookup_node (document, "n10");

  select_pair (canvas);
  activate (window, "copy");
  rt_canvas_unselect_all (canvas);
  history = rt_document_get_history_length (document);

  activate (window, "paste");
  g_assert_true (wait_for_nodes (document, n_nodes + 2));
  g_assert_cmpuint (rt_document_get_n_links (document), ==, n_links + 1);
  g_assert_cmpuint (rt_document_get_n_people (document), ==, n_people);
  g_assert_cmpuint (rt_document_get_history_length (document), ==, history + 1);
  g_assert_cmpstr (rt_document_get_undo_label (document), ==, "Paste");

  pasted = rt_canvas_get_selection (canvas);
  g_assert_cmpuint (g_strv_length (pasted), ==, 2);
  g_assert_false (g_strv_contains ((const char * const *) pasted, "n5"));
  g_assert_false (g_strv_contains ((const char * const *) pasted, "n10"));
  problem = rt_document_lookup_node (document, pasted[0]);
  response = rt_document_lookup_node (document, pasted[1]);
  g_assert_cmpint (problem->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (response->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (response->text, ==, old_response->text);
  g_assert_cmpstr (response->by, ==, old_response->by);
  g_assert_cmpuint (response->stances->len, ==, old_response->stances->len);
  g_assert_nonnull (rt_document_find_link (document, response->id, problem->id,
                                           RT_LINK_RESPONDS_TO));
  g_assert_true (problem->has_position && response->has_position);
  g_assert_cmpfloat (response->x, >, problem->x);

  /* One undo takes both away again. */
  g_assert_true (rt_document_undo (document));
  g_assert_cmpuint (rt_document_get_n_nodes (document), ==, n_nodes);
  g_assert_cmpuint (rt_document_get_n_links (document), ==, n_links);

  /* With a node selected, what is pasted hangs under it. */
  rt_canvas_select_node (canvas, "n10", FALSE);
  activate (window, "paste");
  g_assert_true (wait_for_nodes (document, n_nodes + 2));
  g_clear_pointer (&pasted, g_strfreev);
  pasted = rt_canvas_get_selection (canvas);
  g_assert_nonnull (rt_document_find_link (document, pasted[0], "n10", RT_LINK_ARISES_FROM));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cut removes the nodes; pasting brings them back under new ids. */
static void
test_cut_and_paste (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  RtCanvas *canvas = rt_window_get_canvas (window);
  guint n_nodes = rt_document_get_n_nodes (document);
  g_autofree char *text = g_strdup (rt_document_lookup_node (document, "n10")->text);
  g_auto(GStrv) pasted = NULL;

  rt_canvas_select_node (canvas, "n10", FALSE);
  activate (window, "cut");
  g_assert_null (rt_document_lookup_node (document, "n10"));
  g_assert_cmpuint (rt_document_get_n_nodes (document), ==, n_nodes - 1);

  activate (window, "paste");
  g_assert_true (wait_for_nodes (document, n_nodes));
  pasted = rt_canvas_get_selection (canvas);
  g_assert_cmpuint (g_strv_length (pasted), ==, 1);
  g_assert_cmpstr (rt_document_lookup_node (document, pasted[0])->text, ==, text);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* From one window to another: the people come along once, matched by
 * name where the other map has them. */
static void
test_paste_between_windows (void)
{
  g_autoptr(RtDocument) library = library_map ();
  g_autoptr(RtDocument) other = rt_document_new ();
  RtWindow *from = window_with (library);
  RtWindow *to = window_with (other);
  const RtNode *source = rt_document_lookup_node (library, "n10");
  const RtPerson *author = rt_document_lookup_person (library, source->by);
  g_autoptr(RtPerson) same_name = rt_person_new ("p77", author->name);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pasted = NULL;
  const RtNode *response;

  /* The other map knows the author under another id. */
  g_assert_true (rt_document_execute (other, rt_command_add_person (same_name, -1), &error));
  g_assert_no_error (error);

  select_pair (rt_window_get_canvas (from));
  activate (from, "copy");
  activate (to, "paste");
  g_assert_true (wait_for_nodes (other, 2));
  pasted = rt_canvas_get_selection (rt_window_get_canvas (to));
  response = rt_document_lookup_node (other, pasted[1]);
  g_assert_cmpstr (response->text, ==, source->text);
  g_assert_cmpstr (response->by, ==, "p77");
  g_assert_nonnull (rt_document_find_link (other, pasted[1], pasted[0], RT_LINK_RESPONDS_TO));
  /* Every person the nodes name is in the map, each once. */
  for (guint i = 0; i < rt_document_get_n_people (other); i++)
    for (guint j = i + 1; j < rt_document_get_n_people (other); j++)
      g_assert_cmpstr (rt_document_get_person (other, i)->name, !=,
                       rt_document_get_person (other, j)->name);
  for (guint i = 0; i < response->stances->len; i++)
    g_assert_nonnull (rt_document_lookup_person (other,
                                                 ((RtStance *) g_ptr_array_index (response->stances, i))->person));

  gtk_window_destroy (GTK_WINDOW (from));
  gtk_window_destroy (GTK_WINDOW (to));
}

/* Lines of text: indentation gives the tree, marks give kinds, a name in
 * parentheses the author, and the speaker gets the rest. */
static void
test_paste_text (void)
{
  g_autoptr(RtDocument) document = rt_document_new ();
  g_autoptr(RtPerson) ben = rt_person_new ("p1", "Ben Okafor");
  g_autoptr(RtPerson) amira = rt_person_new ("p2", "Amira Haddad");
  RtWindow *window;
  RtCanvas *canvas;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pasted = NULL;
  const RtNode *nodes[5];

  g_assert_true (rt_document_execute (document, rt_command_add_person (ben, -1), &error));
  g_assert_true (rt_document_execute (document, rt_command_add_person (amira, -1), &error));
  window = window_with (document);
  canvas = rt_window_get_canvas (window);
  rt_canvas_set_speaker (canvas, "p2");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)),
                          "Who opens on Saturdays?\n"
                          "  ! A volunteer rota (Ben Okafor)\n"
                          "    + Neighbours offered\n"
                          "    - Nobody holds a key\n"
                          "  # The caretaker lives next door\n");
  activate (window, "paste");
  g_assert_true (wait_for_nodes (document, 5));
  g_assert_cmpuint (rt_document_get_history_length (document), ==, 3);

  pasted = rt_canvas_get_selection (canvas);
  g_assert_cmpuint (g_strv_length (pasted), ==, 5);
  for (guint i = 0; i < 5; i++)
    nodes[i] = rt_document_lookup_node (document, pasted[i]);
  g_assert_cmpint (nodes[0]->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (nodes[1]->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (nodes[2]->kind, ==, RT_NODE_PRO);
  g_assert_cmpint (nodes[3]->kind, ==, RT_NODE_CON);
  g_assert_cmpint (nodes[4]->kind, ==, RT_NODE_NOTE);
  g_assert_cmpstr (nodes[1]->text, ==, "A volunteer rota");
  g_assert_cmpstr (nodes[1]->by, ==, "p1");
  g_assert_cmpstr (nodes[0]->by, ==, "p2");
  g_assert_cmpstr (nodes[2]->by, ==, "p2");
  g_assert_cmpuint (rt_document_get_n_people (document), ==, 2);
  g_assert_nonnull (rt_document_find_link (document, nodes[1]->id, nodes[0]->id,
                                           RT_LINK_RESPONDS_TO));
  g_assert_nonnull (rt_document_find_link (document, nodes[2]->id, nodes[1]->id,
                                           RT_LINK_SUPPORTS));
  g_assert_nonnull (rt_document_find_link (document, nodes[3]->id, nodes[1]->id,
                                           RT_LINK_OPPOSES));
  g_assert_cmpuint (rt_document_get_links_from (document, nodes[4]->id)->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Many lines are laid out together, each node placed, as one step. */
static void
test_paste_many (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  guint n_nodes = rt_document_get_n_nodes (document);
  guint history = rt_document_get_history_length (document);
  GString *text = g_string_new (NULL);
  g_auto(GStrv) pasted = NULL;

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (text, "Problem %u\n  ! Response %u\n", i, i);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text->str);
  g_string_free (text, TRUE);

  rt_canvas_unselect_all (rt_window_get_canvas (window));
  activate (window, "paste");
  g_assert_true (wait_for_nodes (document, n_nodes + 240));
  g_assert_cmpuint (rt_document_get_history_length (document), ==, history + 1);
  pasted = rt_canvas_get_selection (rt_window_get_canvas (window));
  g_assert_cmpuint (g_strv_length (pasted), ==, 240);
  for (guint i = 0; pasted[i] != NULL; i++)
    g_assert_true (rt_document_lookup_node (document, pasted[i])->has_position);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Too much text is refused with a toast that says why; nothing is
 * added. */
static void
test_paste_too_large (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  guint n_nodes = rt_document_get_n_nodes (document);
  GString *text = g_string_new (NULL);
  LabelWait wait = { GTK_WIDGET (window), "more than 1 MiB" };

  while (text->len <= RT_TEXT_OUTLINE_MAX_SIZE)
    g_string_append (text, "A line of text that goes on and on, pasted far too many times\n");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text->str);
  g_string_free (text, TRUE);

  activate (window, "paste");
  g_assert_true (wait_until (label_shown, &wait));
  g_assert_cmpuint (rt_document_get_n_nodes (document), ==, n_nodes);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+C, Ctrl+X and Ctrl+V belong to the map and the outline, not to the
 * whole window: entries keep theirs. */
static void
test_keys_stay_local (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  GtkApplication *app = gtk_application_new ("io.github.roundtable.ClipboardTest",
                                             G_APPLICATION_NON_UNIQUE);
  const char *keys[] = { "<Control>c", "<Control>x", "<Control>v" };
  guint found = 0;
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (rt_window_get_canvas (window)));

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  gtk_application_add_window (app, GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, keys[i]);

      g_assert_cmpuint (g_strv_length (actions), ==, 0);
    }

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            found += g_str_equal (trigger, keys[k]);
        }
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (keys));
  g_object_unref (controllers);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_object_unref (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/clipboard/copy-formats", test_copy_formats);
  g_test_add_func ("/clipboard/paste-within-map", test_paste_within_map);
  g_test_add_func ("/clipboard/cut-and-paste", test_cut_and_paste);
  g_test_add_func ("/clipboard/paste-between-windows", test_paste_between_windows);
  g_test_add_func ("/clipboard/paste-text", test_paste_text);
  g_test_add_func ("/clipboard/paste-many", test_paste_many);
  g_test_add_func ("/clipboard/paste-too-large", test_paste_too_large);
  g_test_add_func ("/clipboard/keys-stay-local", test_keys_stay_local);

  return g_test_run ();
}

/* canvas-fixture.h: a window showing a small map, and the helpers the
 * canvas tests share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "app/rt-window-map.h"
#include "app/rt-window-private.h"
#include "model/rt-command.h"
#include "widgets/rt-canvas-private.h"

/* Runs the main loop until @done is TRUE or 10 s have passed. */
static inline gboolean
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

static inline gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 100 && gtk_widget_get_height (data) > 100;
}

static inline gboolean
not_animating (gpointer data)
{
  return !rt_canvas_is_animating (data);
}

static inline gboolean
view_still (gpointer data)
{
  return RT_CANVAS (data)->view_tick_id == 0;
}

static inline void
run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A problem at the origin, said by Ben; Amira is the facilitator typing. */
static inline RtDocument *
make_document (void)
{
  RtDocument *doc = rt_document_new ();
  RtPerson *amira = rt_person_new ("p1", "Amira Haddad");
  RtPerson *ben = rt_person_new ("p2", "Ben Okafor");
  RtNode *node = rt_node_new ("n1", RT_NODE_PROBLEM);

  rt_document_take_person (doc, amira);
  rt_document_take_person (doc, ben);
  g_free (node->text);
  node->text = g_strdup ("Who staffs the library on Saturdays?");
  node->by = g_strdup ("p2");
  node->has_position = TRUE;
  node->pinned = TRUE;
  rt_document_take_node (doc, node);
  return doc;
}

typedef struct {
  RtWindow   *window;
  RtCanvas   *canvas;
  RtDocument *doc;
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->doc = make_document ();
  f->window = rt_window_new (NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  rt_window_set_document (f->window, f->doc, NULL, NULL);
  f->canvas = rt_window_get_canvas (f->window);
  g_assert_true (RT_IS_CANVAS (f->canvas));
  g_assert_true (rt_canvas_get_document (f->canvas) == f->doc);
  g_assert_true (wait_until (is_allocated, f->canvas));
  rt_canvas_set_speaker (f->canvas, "p2");
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  run_pending ();
  g_clear_object (&f->doc);
}

static inline void
type_text (RtCanvas   *canvas,
           const char *text)
{
  GtkTextBuffer *buffer = rt_canvas_get_editor_buffer (canvas);
  GtkTextIter end;

  g_assert_true (rt_canvas_get_editing (canvas));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

static inline void
press (RtCanvas        *canvas,
       guint            keyval,
       GdkModifierType  state)
{
  if (rt_canvas_get_editing (canvas))
    rt_canvas_editor_key (canvas, keyval, state);
  else
    g_assert_true (rt_canvas_handle_key (canvas, keyval, state));
}

static inline const RtNode *
cursor_node (Fixture *f)
{
  const char *id = rt_canvas_get_cursor (f->canvas);

  g_assert_nonnull (id);
  return rt_document_lookup_node (f->doc, id);
}

/* The link from node to its parent: exactly one. */
static inline const RtLink *
only_link_from (RtDocument *doc,
                const char *node_id)
{
  GPtrArray *links = rt_document_get_links_from (doc, node_id);

  g_assert_cmpuint (links->len, ==, 1);
  return links->pdata[0];
}


/* rt-canvas-edit.c: typing a node's text in place, and capturing new ones
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-canvas-private.h"

static void
clear_edit (RtEdit *edit)
{
  g_clear_pointer (&edit->node_id, g_free);
  g_clear_pointer (&edit->parent_id, g_free);
  g_clear_pointer (&edit->original, g_free);
  memset (edit, 0, sizeof *edit);
}

/* Marks and text. */

char *
rt_canvas_parse_mark (const char *text,
                      RtNodeKind *kind)
{
  RtNodeKind k;
  const char *rest;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  switch (text[0])
    {
    case '?': k = RT_NODE_PROBLEM; break;
    case '!': k = RT_NODE_RESPONSE; break;
    case '+': k = RT_NODE_PRO; break;
    case '-': k = RT_NODE_CON; break;
    case '#': k = RT_NODE_NOTE; break;
    default: return NULL;
    }
  /* "+3 volunteers", "-5 °C" are numbers, not marks. */
  if ((text[0] == '+' || text[0] == '-') && g_ascii_isdigit (text[1]))
    return NULL;
  rest = text + 1;
  while (*rest == ' ' || *rest == '\t')
    rest++;
  *kind = k;
  return g_strdup (rest);
}

/* The first line is the node's text, what follows its details. */
static void
split_text (const char  *typed,
            char       **text,
            char       **details)
{
  const char *nl = strchr (typed, '\n');

  if (nl == NULL)
    {
      *text = g_strstrip (g_strdup (typed));
      *details = NULL;
      return;
    }
  *text = g_strstrip (g_strndup (typed, nl - typed));
  *details = g_strstrip (g_strdup (nl + 1));
  if (**details == '\0')
    g_clear_pointer (details, g_free);
}

static char *
get_editor_text (RtCanvas *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GtkTextBuffer *
rt_canvas_get_editor_buffer (RtCanvas *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
}

static const char *
add_label (RtNodeKind kind)
{
  switch (kind)
    {
    case RT_NODE_PROBLEM: return _("Add Problem");
    case RT_NODE_RESPONSE: return _("Add Response");
    case RT_NODE_PRO: return _("Add Pro");
    case RT_NODE_CON: return _("Add Con");
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default: return _("Add Note");
    }
}

/* Adding. */

char *
rt_canvas_add_captured (RtCanvas    *self,
                        const char  *typed,
                        RtNodeKind   kind,
                        const char  *parent_id,
                        gboolean     has_point,
                        double       x,
                        double       y,
                        gboolean     pin,
                        GError     **error)
{
  RtDocument *doc = self->document;
  g_autofree char *unmarked = NULL;
  g_autofree char *text = NULL;
  g_autofree char *details = NULL;
  g_autofree char *id = NULL;
  g_autoptr(RtNode) node = NULL;
  const RtNode *parent = NULL;
  const char *by = NULL;
  gint64 now = rt_time_now ();
  gboolean ok;

  g_assert (doc != NULL);

  unmarked = rt_canvas_parse_mark (typed, &kind);
  split_text (unmarked != NULL ? unmarked : typed, &text, &details);
  if (*text == '\0' && details == NULL)
    {
      g_set_error_literal (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                           _("Nothing was typed."));
      return NULL;
    }
  if (parent_id != NULL)
    {
      parent = rt_document_lookup_node (doc, parent_id);
      if (parent == NULL)
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
                       _("The node “%s” is no longer on the map."), parent_id);
          return NULL;
        }
    }
  if (self->speaker != NULL && rt_document_lookup_person (doc, self->speaker) != NULL)
    by = self->speaker;

  id = rt_document_new_node_id (doc);
  node = rt_node_new (id, kind);
  g_free (node->text);
  node->text = g_steal_pointer (&text);
  node->details = g_steal_pointer (&details);
  node->by = g_strdup (by);
  node->created = now;
  if (has_point)
    {
      node->has_position = TRUE;
      node->x = x;
      node->y = y;
      node->pinned = pin;
    }

  /* The node, its link and its place are one step. */
  rt_document_begin_group (doc, add_label (kind));
  ok = rt_document_execute (doc, rt_command_add_node (node, -1), error);
  if (ok && parent != NULL)
    {
      g_autoptr(RtLink) link = rt_link_new (id, parent->id, rt_link_kind_infer (kind, parent->kind));

      link->by = g_strdup (by);
      link->created = now;
      ok = rt_document_execute (doc, rt_command_add_link (link, -1), error);
    }
  if (ok && !has_point)
    {
      const char *ids[] = { id, NULL };
      double px, py;

      if (rt_layout_place_new (doc, self->metrics, id, &px, &py))
        ok = rt_document_execute (doc, rt_command_place_nodes (1, ids, &px, &py), error);
    }
  rt_document_end_group (doc);

  if (!ok)
    {
      /* Take back what part of the step was made. */
      if (rt_document_lookup_node (doc, id) != NULL)
        rt_document_undo (doc);
      return NULL;
    }
  return g_steal_pointer (&id);
}

void
rt_canvas_free_point (RtCanvas   *self,
                      RtNodeKind  kind,
                      double     *x,
                      double     *y)
{
  g_autoptr(RtNode) probe = rt_node_new ("", kind);
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (guint));
  RtScene *scene = rt_renderer_get_scene (self->renderer);
  double w, h, gap = RT_LAYOUT_SIBLING_GAP * self->text_scale;

  rt_view_screen_to_map (&self->view, self->view.width / 2.0, self->view.height / 2.0, x, y);
  rt_metrics_get_size (self->metrics, probe, &w, &h);
  for (int attempt = 0; attempt < 64; attempt++)
    {
      RtRect rect = { *x - w / 2.0 - gap, *y - h / 2.0 - gap, w + 2 * gap, h + 2 * gap };
      gboolean free = TRUE;

      g_array_set_size (hits, 0);
      rt_scene_query_nodes (scene, &rect, hits);
      for (guint i = 0; i < hits->len && free; i++)
        {
          guint e = g_array_index (hits, guint, i);
          const RtNode *node = rt_scene_get_node (scene, e);

          if (node != NULL && node->has_position &&
              rt_rect_intersects (&rect, rt_scene_get_node_rect (scene, e)))
            free = FALSE;
        }
      if (free)
        return;
      *y += h + gap;
    }
}

/* Where layout would put a new node of kind under parent_id: worked out on
 * a copy, since the node is not in the document until it is committed. */
static gboolean
ghost_position (RtCanvas   *self,
                RtNodeKind  kind,
                const char *parent_id,
                double     *x,
                double     *y)
{
  g_autoptr(RtDocument) copy = rt_document_copy (self->document);
  g_autofree char *id = rt_document_new_node_id (copy);
  const RtNode *parent = rt_document_lookup_node (copy, parent_id);

  if (parent == NULL)
    return FALSE;
  rt_document_take_node (copy, rt_node_new (id, kind));
  rt_document_take_link (copy, rt_link_new (id, parent_id, rt_link_kind_infer (kind, parent->kind)));
  return rt_layout_place_new (copy, self->metrics, id, x, y);
}

/* The editor. */

static void
show_editor (RtCanvas   *self,
             const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  GtkTextIter end;

  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  if (self->edit.original != NULL && strchr (text, '\n') != NULL)
    {
      /* Editing: the caret at the end of the text, before the details. */
      gtk_text_buffer_get_start_iter (buffer, &end);
      gtk_text_iter_forward_to_line_end (&end);
    }
  else
    gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);

  rt_canvas_update_editor_style (self);
  gtk_widget_set_visible (self->editor, TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->editor);
  rt_canvas_notify_editing (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hide_editor (RtCanvas *self)
{
  gboolean had_focus = gtk_widget_has_focus (self->editor) ||
                       gtk_widget_get_focus_child (GTK_WIDGET (self)) == self->editor;

  clear_edit (&self->edit);
  g_clear_handle_id (&self->commit_idle_id, g_source_remove);
  gtk_widget_set_visible (self->editor, FALSE);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  rt_canvas_notify_editing (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
rt_canvas_begin_new (RtCanvas   *self,
                     RtNodeKind  kind,
                     const char *parent_id,
                     gboolean    has_point,
                     gboolean    pin,
                     double      x,
                     double      y,
                     const char *initial)
{
  g_autoptr(RtNode) probe = NULL;
  RtRect rect;
  RtInsets in;
  double w, h, full;

  if (self->document == NULL)
    return FALSE;
  if (self->edit.active)
    rt_canvas_commit_edit (self);

  if (!has_point && (parent_id == NULL || !ghost_position (self, kind, parent_id, &x, &y)))
    rt_canvas_free_point (self, kind, &x, &y);

  clear_edit (&self->edit);
  self->edit.active = TRUE;
  self->edit.is_new = TRUE;
  self->edit.kind = kind;
  self->edit.shown_kind = kind;
  self->edit.parent_id = g_strdup (parent_id);
  self->edit.has_point = has_point;
  self->edit.pin = pin;
  self->edit.x = x;
  self->edit.y = y;
  g_free (rt_canvas_parse_mark (initial != NULL ? initial : "", &self->edit.shown_kind));

  show_editor (self, initial);

  /* The whole editor in view, as wide as the text may grow. */
  probe = rt_node_new ("", kind);
  rt_metrics_get_size (self->metrics, probe, &w, &h);
  rt_node_style_get_insets (kind, FALSE, self->text_scale, &in);
  full = RT_NODE_TEXT_WIDTH * self->text_scale + in.left + in.right;
  rect = (RtRect) { has_point ? x - full / 2.0 : x - w / 2.0, y - h / 2.0, full, h * 2.0 };
  rt_rect_inflate (&rect, RT_NODE_OVERHANG * self->text_scale);
  rt_canvas_reveal_rect (self, &rect);
  return TRUE;
}

gboolean
rt_canvas_edit_selected (RtCanvas *self)
{
  const RtNode *node;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  node = rt_canvas_get_cursor_node (self);
  if (node == NULL || !node->has_position)
    return FALSE;
  if (self->edit.active)
    {
      if (!self->edit.is_new && g_strcmp0 (self->edit.node_id, node->id) == 0)
        return TRUE;
      rt_canvas_commit_edit (self);
    }

  if (node->details != NULL && *node->details != '\0')
    text = g_strconcat (node->text, "\n", node->details, NULL);
  else
    text = g_strdup (node->text);

  clear_edit (&self->edit);
  self->edit.active = TRUE;
  self->edit.node_id = g_strdup (node->id);
  self->edit.kind = node->kind;
  self->edit.shown_kind = node->kind;
  self->edit.original = g_strdup (text);
  show_editor (self, text);
  rt_canvas_reveal_node (self, node->id);
  return TRUE;
}

static gboolean
commit_existing (RtCanvas   *self,
                 const char *typed)
{
  const RtNode *node = rt_document_lookup_node (self->document, self->edit.node_id);
  g_autofree char *original_unmarked = NULL;
  g_autofree char *unmarked = NULL;
  g_autofree char *text = NULL;
  g_autofree char *details = NULL;
  RtNodeKind kind;
  const char *editor = NULL;
  gboolean changed = FALSE;

  if (node == NULL || g_strcmp0 (typed, self->edit.original) == 0)
    return FALSE;
  /* A mark typed in front of text that had none changes the kind. */
  original_unmarked = rt_canvas_parse_mark (self->edit.original, &kind);
  kind = node->kind;
  if (original_unmarked == NULL)
    unmarked = rt_canvas_parse_mark (typed, &kind);
  split_text (unmarked != NULL ? unmarked : typed, &text, &details);
  if (self->speaker != NULL && rt_document_lookup_person (self->document, self->speaker) != NULL)
    editor = self->speaker;

  rt_document_begin_group (self->document, _("Edit Text"));
  if (strcmp (text, node->text) != 0)
    changed |= rt_canvas_execute (self, rt_command_set_text (node->id, text, editor));
  node = rt_document_lookup_node (self->document, self->edit.node_id);
  if (node != NULL && g_strcmp0 (details, node->details) != 0)
    changed |= rt_canvas_execute (self, rt_command_set_details (node->id, details, editor));
  node = rt_document_lookup_node (self->document, self->edit.node_id);
  if (node != NULL && kind != node->kind)
    changed |= rt_canvas_execute (self, rt_command_set_kind (node->id, kind));
  rt_document_end_group (self->document);
  rt_document_seal (self->document);
  return changed;
}

gboolean
rt_canvas_commit_edit (RtCanvas *self)
{
  g_autofree char *typed = NULL;
  RtEdit edit;
  gboolean changed = FALSE;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  if (!self->edit.active)
    return FALSE;
  typed = get_editor_text (self);

  if (!self->edit.is_new)
    {
      g_autofree char *id = g_strdup (self->edit.node_id);

      changed = commit_existing (self, typed);
      hide_editor (self);
      rt_canvas_select_node (self, id, FALSE);
      return changed;
    }

  /* The editor goes first, so that the document's signals find nothing
   * being edited. */
  edit = self->edit;
  memset (&self->edit, 0, sizeof self->edit);
  self->edit.active = TRUE;
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *id = NULL;
    g_autofree char *stripped = g_strstrip (g_strdup (typed));

    if (*stripped != '\0')
      id = rt_canvas_add_captured (self, typed, edit.kind, edit.parent_id, edit.has_point,
                                   edit.x, edit.y, edit.pin, &error);
    clear_edit (&edit);
    hide_editor (self);
    if (error != NULL && !g_error_matches (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID))
      g_warning ("Could not add the node: %s", error->message);
    if (id != NULL)
      {
        rt_canvas_select_node (self, id, FALSE);
        changed = TRUE;
      }
  }
  return changed;
}

void
rt_canvas_cancel_edit (RtCanvas *self)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->edit.active)
    hide_editor (self);
}

void
rt_canvas_editor_node_removed (RtCanvas     *self,
                               const RtNode *node)
{
  if (!self->edit.active)
    return;
  if (g_strcmp0 (self->edit.node_id, node->id) == 0 ||
      g_strcmp0 (self->edit.parent_id, node->id) == 0)
    hide_editor (self);
}

/* Capture without typing. */

gboolean
rt_canvas_add_child (RtCanvas *self)
{
  const RtNode *cursor;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  if (self->edit.active)
    rt_canvas_commit_edit (self);
  cursor = rt_canvas_get_cursor_node (self);
  if (cursor == NULL)
    return FALSE;
  return rt_canvas_begin_new (self, rt_node_kind_child (cursor->kind), cursor->id,
                              FALSE, FALSE, 0.0, 0.0, NULL);
}

gboolean
rt_canvas_add_sibling (RtCanvas *self)
{
  const RtNode *cursor;
  const RtNode *parent;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  if (self->edit.active)
    rt_canvas_commit_edit (self);
  cursor = rt_canvas_get_cursor_node (self);
  if (cursor == NULL)
    return FALSE;
  parent = rt_layout_get_primary_parent (self->document, cursor->id);
  return rt_canvas_begin_new (self, cursor->kind, parent != NULL ? parent->id : NULL,
                              FALSE, FALSE, 0.0, 0.0, NULL);
}

gboolean
rt_canvas_add_node (RtCanvas   *self,
                    RtNodeKind  kind)
{
  const RtNode *cursor;

  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, FALSE);

  if (self->document == NULL)
    return FALSE;
  if (self->edit.active)
    rt_canvas_commit_edit (self);
  cursor = rt_canvas_get_cursor_node (self);
  if (cursor != NULL)
    return rt_canvas_begin_new (self, kind, cursor->id, FALSE, FALSE, 0.0, 0.0, NULL);
  return rt_canvas_begin_new (self, kind, NULL, FALSE, FALSE, 0.0, 0.0, NULL);
}

char *
rt_canvas_capture (RtCanvas    *self,
                   const char  *text,
                   GError     **error)
{
  const RtNode *cursor;
  char *id;

  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->document == NULL)
    {
      g_set_error_literal (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
                           _("No map is open."));
      return NULL;
    }
  if (self->edit.active)
    rt_canvas_commit_edit (self);

  cursor = rt_canvas_get_cursor_node (self);
  if (cursor != NULL)
    id = rt_canvas_add_captured (self, text, rt_node_kind_child (cursor->kind), cursor->id,
                                 FALSE, 0.0, 0.0, FALSE, error);
  else
    {
      double x, y;

      rt_canvas_free_point (self, RT_NODE_PROBLEM, &x, &y);
      id = rt_canvas_add_captured (self, text, RT_NODE_PROBLEM, NULL, TRUE, x, y, FALSE, error);
    }
  if (id != NULL)
    {
      rt_canvas_select_node (self, id, FALSE);
    }
  return id;
}

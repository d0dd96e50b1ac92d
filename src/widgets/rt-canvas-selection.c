/* rt-canvas-selection.c: which nodes and link of the canvas are selected
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-canvas-private.h"
#include "rt-minimap.h"

/* Selection. */

void
rt_canvas_set_cursor_id (RtCanvas   *self,
                         const char *node_id)
{
  rt_canvas_set_str (&self->cursor_id, node_id);
}

const RtNode *
rt_canvas_get_cursor_node (RtCanvas *self)
{
  if (self->document == NULL || self->cursor_id == NULL)
    return NULL;
  return rt_document_lookup_node (self->document, self->cursor_id);
}

void
rt_canvas_set_hover (RtCanvas     *self,
                     const char   *node_id,
                     const RtLink *link)
{
  gboolean changed = FALSE;

  if (g_strcmp0 (self->hover_id, node_id) != 0)
    {
      rt_canvas_set_str (&self->hover_id, node_id);
      changed = TRUE;
    }
  if (!(link == NULL && self->hover_link == NULL) && !rt_canvas_same_link (link, self->hover_link))
    {
      g_clear_pointer (&self->hover_link, rt_link_free);
      if (link != NULL)
        self->hover_link = rt_link_copy (link);
      changed = TRUE;
    }
  if (changed)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

char **
rt_canvas_get_selection (RtCanvas *self)
{
  GPtrArray *ids;

  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  ids = g_ptr_array_new ();
  if (self->document != NULL && g_hash_table_size (self->selection) > 0)
    {
      guint n = rt_document_get_n_nodes (self->document);

      for (guint i = 0; i < n; i++)
        {
          const RtNode *node = rt_document_get_node (self->document, i);

          if (g_hash_table_contains (self->selection, node->id))
            g_ptr_array_add (ids, g_strdup (node->id));
        }
    }
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}

guint
rt_canvas_get_n_selected (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), 0);

  return g_hash_table_size (self->selection);
}

const char *
rt_canvas_get_cursor (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  return self->cursor_id;
}

const RtLink *
rt_canvas_get_selected_link (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  return self->selected_link;
}

void
rt_canvas_select_node_full (RtCanvas   *self,
                            const char *node_id,
                            gboolean    extend,
                            gboolean    reveal)
{
  if (self->document == NULL || rt_document_lookup_node (self->document, node_id) == NULL)
    return;
  if (!extend)
    g_hash_table_remove_all (self->selection);
  g_clear_pointer (&self->selected_link, rt_link_free);
  g_hash_table_add (self->selection, g_strdup (node_id));
  rt_canvas_set_cursor_id (self, node_id);
  rt_canvas_emit_selection_changed (self);
  if (reveal)
    rt_canvas_reveal_node (self, node_id);
}

/* Selected from elsewhere (the outline, a search, the keyboard): the view
 * follows when the node is not in it. */
void
rt_canvas_select_node (RtCanvas   *self,
                       const char *node_id,
                       gboolean    extend)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (node_id != NULL);

  rt_canvas_select_node_full (self, node_id, extend, TRUE);
}

void
rt_canvas_select_link (RtCanvas     *self,
                       const RtLink *link)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (link != NULL);

  g_hash_table_remove_all (self->selection);
  g_clear_pointer (&self->cursor_id, g_free);
  g_clear_pointer (&self->selected_link, rt_link_free);
  self->selected_link = rt_link_copy (link);
  rt_canvas_emit_selection_changed (self);
}

void
rt_canvas_select_all (RtCanvas *self)
{
  guint n;

  g_return_if_fail (RT_IS_CANVAS (self));

  if (self->document == NULL)
    return;
  n = rt_document_get_n_nodes (self->document);
  g_clear_pointer (&self->selected_link, rt_link_free);
  for (guint i = 0; i < n; i++)
    g_hash_table_add (self->selection, g_strdup (rt_document_get_node (self->document, i)->id));
  if (self->cursor_id == NULL && n > 0)
    rt_canvas_set_cursor_id (self, rt_document_get_node (self->document, 0)->id);
  rt_canvas_emit_selection_changed (self);
}

void
rt_canvas_unselect_all (RtCanvas *self)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (g_hash_table_size (self->selection) == 0 && self->selected_link == NULL &&
      self->cursor_id == NULL)
    return;
  g_hash_table_remove_all (self->selection);
  g_clear_pointer (&self->cursor_id, g_free);
  g_clear_pointer (&self->selected_link, rt_link_free);
  rt_canvas_emit_selection_changed (self);
}


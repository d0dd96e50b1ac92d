/* rt-outline-model.c: the tree the outline lists, kept up to date
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "render/rt-layout.h"
#include "rt-outline-model-private.h"

G_DEFINE_FINAL_TYPE (RtOutlineModel, rt_outline_model, G_TYPE_OBJECT)

/* Moving one node. */

static void
detach (RtOutlineModel  *self,
        RtOutlineBranch *e)
{
  RtOutlineBranch *parent = e->parent;
  guint position;

  if (!e->listed)
    return;
  position = rt_outline_branch_position (e);
  rt_outline_branch_unlink (e);
  rt_outline_model_emit (self, parent, position, 1, 0);
  rt_outline_model_check_made (self, parent);
}

static int
document_index (RtOutlineModel *self,
                const RtNode   *node)
{
  /* Nodes added of late are near the end. */
  for (guint j = rt_document_get_n_nodes (self->document); j-- > 0;)
    if (rt_document_get_node (self->document, j) == node)
      return (int) j;
  return -1;
}

/* The child of parent that e goes before, in document order (NULL: the
 * end). At the top, problems come before the rest. */
static RtOutlineBranch *
place_before (RtOutlineModel  *self,
              RtOutlineBranch *parent,
              RtOutlineBranch *e,
              const RtNode    *node)
{
  gboolean problem = e->kind == RT_NODE_PROBLEM;
  gboolean top = parent == self->top;
  guint n = rt_document_get_n_nodes (self->document);
  RtOutlineBranch *group_end = NULL;
  g_autoptr(GHashTable) later = NULL;
  int index;

  if (top && problem)
    for (group_end = parent->first;
         group_end != NULL && group_end->kind == RT_NODE_PROBLEM;
         group_end = group_end->next)
      ;
  if (parent->n_children == 0)
    return NULL;
  index = document_index (self, node);
  if (index < 0 || (guint) index == n - 1)
    return group_end;

  /* The first sibling of its group that comes later in the document. */
  later = g_hash_table_new (NULL, NULL);
  for (RtOutlineBranch *c = parent->first; c != NULL; c = c->next)
    if (c != e && (!top || (c->kind == RT_NODE_PROBLEM) == problem))
      {
        const RtNode *sibling = rt_document_lookup_node (self->document, c->id);

        if (sibling != NULL)
          g_hash_table_insert (later, (gpointer) sibling, c);
      }
  for (guint j = (guint) index + 1; j < n && g_hash_table_size (later) > 0; j++)
    {
      RtOutlineBranch *c = g_hash_table_lookup (later, rt_document_get_node (self->document, j));

      if (c != NULL)
        return c;
    }
  return group_end;
}

static void
place (RtOutlineModel  *self,
       RtOutlineBranch *e,
       RtOutlineBranch *parent,
       const RtNode    *node)
{
  rt_outline_branch_link (parent, e, place_before (self, parent, e, node));
  rt_outline_model_emit (self, parent, rt_outline_branch_position (e), 0, 1);
  rt_outline_model_check_made (self, parent);
}

/* Whether no link into the node can make anything its child. */
static gboolean
never_a_parent (RtOutlineModel *self,
                const char     *id)
{
  GPtrArray *links = rt_document_get_links_to (self->document, id);

  for (guint i = 0; i < links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (links, i);
      const RtNode *from = rt_document_lookup_node (self->document, link->from);

      if (from != NULL && !g_str_equal (link->from, id) &&
          rt_layout_link_is_structural (link, from))
        return FALSE;
    }
  return TRUE;
}

/* The node's primary parent when nothing can be its child: the target of
 * its first structural link, as the layout takes it. NULL when the tree
 * does not hold that target. */
static RtOutlineBranch *
leaf_parent (RtOutlineModel *self,
             const RtNode   *node)
{
  GPtrArray *links = rt_document_get_links_from (self->document, node->id);

  for (guint i = 0; i < links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (links, i);

      if (!rt_layout_link_is_structural (link, node) || g_str_equal (link->to, node->id) ||
          rt_document_lookup_node (self->document, link->to) == NULL)
        continue;
      return rt_outline_model_lookup (self, link->to);
    }
  return self->top;
}

/* Moves the node where its links now put it. Nothing else moves when
 * nothing can be its child: it takes no part in the cycles that decide the
 * other nodes' parents. Otherwise the tree is dirty. */
static void
follow (RtOutlineModel *self,
        const RtNode   *node,
        gboolean       regroup)
{
  RtOutlineBranch *e = rt_outline_model_lookup (self, node->id);
  RtOutlineBranch *parent;

  if (self->dirty)
    return;
  if (e == NULL || !e->listed || e->n_children > 0 || !never_a_parent (self, node->id) ||
      (parent = leaf_parent (self, node)) == NULL)
    {
      self->dirty = TRUE;
      return;
    }
  if (parent == e->parent && !(regroup && parent == self->top))
    return;
  detach (self, e);
  place (self, e, parent, node);
}

/* The document's signals. */

void
rt_outline_model_node_added (RtOutlineModel *self,
                             const RtNode   *node)
{
  RtOutlineBranch *e;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  g_clear_pointer (&self->parents, g_free);

  e = rt_outline_model_lookup (self, node->id);
  if (e == NULL)
    {
      e = rt_outline_branch_new (node->id);
      g_hash_table_insert (self->entries, e->id, e);
    }
  e->kind = node->kind;
  e->stamp = 0;
  if (self->dirty)
    return;
  if (e->listed || rt_document_get_links_from (self->document, node->id)->len > 0 ||
      rt_document_get_links_to (self->document, node->id)->len > 0)
    self->dirty = TRUE;
  else
    place (self, e, self->top, node);
}

void
rt_outline_model_node_removed (RtOutlineModel *self,
                               const RtNode   *node)
{
  RtOutlineBranch *e;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  g_clear_pointer (&self->parents, g_free);

  e = rt_outline_model_lookup (self, node->id);
  if (e == NULL || self->dirty)
    return;
  /* Its links went first: it is alone at the top. */
  if (e->n_children > 0 || (e->listed && e->parent != self->top))
    {
      self->dirty = TRUE;
      return;
    }
  detach (self, e);
  g_hash_table_remove (self->entries, node->id);
}

/* Whether a node of kind old would have been placed by other links. */
static gboolean
kind_moves (RtOutlineModel *self,
            const RtNode   *node,
            RtNodeKind     old)
{
  GPtrArray *links = rt_document_get_links_from (self->document, node->id);
  RtNode before = *node;

  before.kind = old;
  for (guint i = 0; i < links->len; i++)
    if (rt_layout_link_is_structural (g_ptr_array_index (links, i), &before) !=
        rt_layout_link_is_structural (g_ptr_array_index (links, i), node))
      return TRUE;
  return FALSE;
}

void
rt_outline_model_node_changed (RtOutlineModel *self,
                               const RtNode   *node)
{
  RtOutlineBranch *e;
  RtNodeKind old;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));

  e = rt_outline_model_lookup (self, node->id);
  if (e == NULL)
    {
      self->dirty = TRUE;
      return;
    }
  e->stamp = 0;
  old = e->kind;
  e->kind = node->kind;
  if (old == node->kind)
    return;
  g_clear_pointer (&self->parents, g_free);
  if (self->dirty)
    return;
  /* Some links place only some kinds of node. */
  if (kind_moves (self, node, old))
    follow (self, node, TRUE);
  /* At the top, the problems come first. */
  else if (e->listed && e->parent == self->top &&
           (old == RT_NODE_PROBLEM) != (node->kind == RT_NODE_PROBLEM))
    {
      detach (self, e);
      place (self, e, self->top, node);
    }
}

static const RtNode *
link_from (RtOutlineModel *self,
           const RtLink   *link)
{
  const RtNode *from = rt_document_lookup_node (self->document, link->from);

  /* A link that leaves the tree as it is. */
  if (from == NULL || g_str_equal (link->from, link->to) ||
      rt_document_lookup_node (self->document, link->to) == NULL)
    return NULL;
  return from;
}

void
rt_outline_model_link_added (RtOutlineModel *self,
                             const RtLink   *link)
{
  const RtNode *from;
  guint n;
  RtOutlineBranch *e, *to;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  g_clear_pointer (&self->parents, g_free);

  from = link_from (self, link);
  if (from == NULL || self->dirty || !rt_layout_link_is_structural (link, from))
    return;
  n = rt_document_get_n_links (self->document);
  e = rt_outline_model_lookup (self, link->from);
  to = rt_outline_model_lookup (self, link->to);
  if (n == 0 || rt_document_get_link (self->document, n - 1) != link || e == NULL ||
      to == NULL || !e->listed)
    {
      follow (self, from, FALSE);
      return;
    }
  /* The last link comes last: it makes its from node a child unless the
   * node has a parent or the link would close a cycle. */
  if (e->parent != self->top)
    return;
  for (RtOutlineBranch *a = to; a != self->top && a != NULL; a = a->parent)
    if (a == e)
      return;
  detach (self, e);
  place (self, e, to, from);
}

void
rt_outline_model_link_removed (RtOutlineModel *self,
                               const RtLink   *link)
{
  const RtNode *from;
  RtOutlineBranch *e;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  g_clear_pointer (&self->parents, g_free);

  from = link_from (self, link);
  if (from == NULL || self->dirty || !rt_layout_link_is_structural (link, from))
    return;
  /* A link that did not make the parent took no part. */
  e = rt_outline_model_lookup (self, link->from);
  if (e != NULL && e->listed && e->parent != rt_outline_model_lookup (self, link->to))
    return;
  follow (self, from, FALSE);
}

void
rt_outline_model_link_changed (RtOutlineModel *self,
                               const RtLink   *link)
{
  const RtNode *from;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  g_clear_pointer (&self->parents, g_free);

  from = link_from (self, link);
  if (from != NULL)
    follow (self, from, FALSE);
}

gboolean
rt_outline_model_is_dirty (RtOutlineModel *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), FALSE);
  return self->dirty;
}

void
rt_outline_model_prepare (RtOutlineModel *self)
{
  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));

  g_free (self->parents);
  self->parents = rt_layout_get_primary_parents (self->document);
}

gboolean
rt_outline_model_is_prepared (RtOutlineModel *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), FALSE);
  return self->parents != NULL;
}

gboolean
rt_outline_model_take_moved (RtOutlineModel *self)
{
  gboolean moved;

  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), FALSE);
  moved = self->moved;
  self->moved = FALSE;
  return moved;
}

/* Items. */

GListModel *
rt_outline_model_get_roots (RtOutlineModel *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), NULL);
  return rt_outline_list_new_for (self, self->top);
}

GListModel *
rt_outline_model_create_children (RtOutlineModel *self,
                                  RtOutlineNode  *item)
{
  RtOutlineBranch *e;

  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), NULL);
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (item), NULL);

  e = rt_outline_model_lookup (self, rt_outline_node_get_id (item));
  if (e == NULL || e->item != item)
    return NULL;
  e->made = e->n_children > 0 ? RT_OUTLINE_MADE_EXPANDABLE : RT_OUTLINE_MADE_LEAF;
  return e->n_children > 0 ? rt_outline_list_new_for (self, e) : NULL;
}

void
rt_outline_model_invalidate_items (RtOutlineModel *self)
{
  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  if (++self->stamp == 0)
    self->stamp = 1;
}

RtOutlineNode *
rt_outline_model_peek_item (RtOutlineModel *self,
                            const char     *id)
{
  RtOutlineBranch *e;

  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), NULL);
  e = rt_outline_model_lookup (self, id);
  return e != NULL ? e->item : NULL;
}

void
rt_outline_model_refresh_item (RtOutlineModel *self,
                               RtOutlineNode  *item)
{
  RtOutlineBranch *e;
  const RtNode *node;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));
  g_return_if_fail (RT_IS_OUTLINE_NODE (item));

  e = rt_outline_model_lookup (self, rt_outline_node_get_id (item));
  if (e == NULL || e->item != item || e->stamp == self->stamp)
    return;
  node = rt_document_lookup_node (self->document, e->id);
  if (node == NULL)
    return;
  rt_outline_node_update (item, self->document, node);
  e->stamp = self->stamp;
}

const char *
rt_outline_model_get_id (RtOutlineModel *self,
                         const char     *id)
{
  RtOutlineBranch *e;

  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), NULL);
  e = rt_outline_model_lookup (self, id);
  return e != NULL ? e->id : NULL;
}

const char *
rt_outline_model_get_parent (RtOutlineModel *self,
                             const char     *id)
{
  RtOutlineBranch *e;

  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), NULL);
  e = rt_outline_model_lookup (self, id);
  return e != NULL && e->listed && e->parent != self->top ? e->parent->id : NULL;
}

gboolean
rt_outline_model_get_path (RtOutlineModel *self,
                           const char     *id,
                           GArray         *path)
{
  RtOutlineBranch *e;
  guint start;

  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  e = rt_outline_model_lookup (self, id);
  if (e == NULL || !e->listed)
    return FALSE;
  start = path->len;
  for (RtOutlineBranch *a = e; a != self->top; a = a->parent)
    {
      guint position = rt_outline_branch_position (a);

      g_array_insert_val (path, start, position);
    }
  return TRUE;
}

/* Searches. */

static void
set_context (RtOutlineModel *self,
             GHashTable     *ids)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      RtOutlineBranch *e = rt_outline_model_lookup (self, key);

      if (e != NULL && e->item != NULL)
        rt_outline_node_set_context (e->item, g_hash_table_contains (self->context, key));
    }
}

void
rt_outline_model_set_shown (RtOutlineModel *self,
                            GHashTable     *shown)
{
  g_autoptr(GHashTable) old = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));

  if (shown != self->shown)
    {
      if (shown != NULL)
        g_hash_table_ref (shown);
      g_clear_pointer (&self->shown, g_hash_table_unref);
      self->shown = shown;
    }

  old = g_steal_pointer (&self->context);
  self->context = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (shown != NULL)
    {
      g_hash_table_iter_init (&iter, shown);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          RtOutlineBranch *e = rt_outline_model_lookup (self, key);

          /* Above a node already added, the rest is there too. */
          for (RtOutlineBranch *p = e != NULL && e->listed ? e->parent : NULL;
               p != NULL && p != self->top && !g_hash_table_contains (shown, p->id) &&
               !g_hash_table_contains (self->context, p->id);
               p = p->parent)
            g_hash_table_add (self->context, g_strdup (p->id));
        }
    }
  set_context (self, old);
  set_context (self, self->context);
}

gboolean
rt_outline_model_is_shown (RtOutlineModel *self,
                           const char     *id)
{
  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (self), FALSE);
  return self->shown == NULL || g_hash_table_contains (self->shown, id) ||
         g_hash_table_contains (self->context, id);
}

/* The tree. */

RtOutlineModel *
rt_outline_model_new (RtDocument *document)
{
  RtOutlineModel *self;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);

  self = g_object_new (RT_TYPE_OUTLINE_MODEL, NULL);
  self->document = g_object_ref (document);
  self->dirty = TRUE;
  return self;
}

static void
rt_outline_model_finalize (GObject *object)
{
  RtOutlineModel *self = RT_OUTLINE_MODEL (object);

  g_hash_table_destroy (self->entries);
  rt_outline_branch_free (self->top);
  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_hash_table_destroy (self->context);
  g_free (self->parents);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (rt_outline_model_parent_class)->finalize (object);
}

static void
rt_outline_model_class_init (RtOutlineModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rt_outline_model_finalize;
}

static void
rt_outline_model_init (RtOutlineModel *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, rt_outline_branch_free);
  self->top = rt_outline_branch_new ("");
  self->context = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stamp = 1;
}

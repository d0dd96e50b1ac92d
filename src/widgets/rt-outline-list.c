/* rt-outline-list.c: the entries of the outline's tree, and lists of them
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <string.h>

#include "rt-outline-model-private.h"

struct _RtOutlineList
{
  GObject         parent_instance;

  RtOutlineModel  *tree;    /* owned */
  RtOutlineBranch *entry;   /* whose children it lists; NULL once gone */
  RtOutlineBranch *cached;  /* the child at position at, or NULL */
  guint           at;
};

static void rt_outline_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RtOutlineList, rt_outline_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rt_outline_list_model_init))

/* Entries. */

RtOutlineBranch *
rt_outline_branch_new (const char *id)
{
  gsize len = strlen (id);
  RtOutlineBranch *e = g_malloc0 (sizeof (RtOutlineBranch) + len + 1);

  memcpy (e->id, id, len + 1);
  return e;
}

void
rt_outline_branch_free (gpointer entry)
{
  RtOutlineBranch *e = entry;

  if (e->list != NULL)
    e->list->entry = NULL;
  g_clear_object (&e->item);
  g_free (e);
}

guint
rt_outline_branch_position (RtOutlineBranch *entry)
{
  guint i = 0;

  for (RtOutlineBranch *p = entry->prev; p != NULL; p = p->prev)
    i++;
  return i;
}

void
rt_outline_branch_link (RtOutlineBranch *parent,
                        RtOutlineBranch *entry,
                        RtOutlineBranch *before)
{
  entry->parent = parent;
  entry->listed = TRUE;
  entry->next = before;
  entry->prev = before != NULL ? before->prev : parent->last;
  if (entry->prev != NULL)
    entry->prev->next = entry;
  else
    parent->first = entry;
  if (before != NULL)
    before->prev = entry;
  else
    parent->last = entry;
  parent->n_children++;
  if (parent->list != NULL)
    parent->list->cached = NULL;
}

void
rt_outline_branch_unlink (RtOutlineBranch *entry)
{
  RtOutlineBranch *parent = entry->parent;

  if (entry->prev != NULL)
    entry->prev->next = entry->next;
  else
    parent->first = entry->next;
  if (entry->next != NULL)
    entry->next->prev = entry->prev;
  else
    parent->last = entry->prev;
  entry->prev = entry->next = NULL;
  entry->parent = NULL;
  entry->listed = FALSE;
  /* Its row, if it had one, is gone. */
  entry->made = RT_OUTLINE_MADE_UNKNOWN;
  parent->n_children--;
  if (parent->list != NULL)
    parent->list->cached = NULL;
}

void
rt_outline_model_emit (RtOutlineModel  *self,
                       RtOutlineBranch *parent,
                       guint           position,
                       guint           removed,
                       guint           added)
{
  g_autoptr(RtOutlineList) list = NULL;

  self->moved = TRUE;
  if (parent->list == NULL || (removed == 0 && added == 0))
    return;
  list = g_object_ref (parent->list);
  list->cached = NULL;
  g_list_model_items_changed (G_LIST_MODEL (list), position, removed, added);
}

void
rt_outline_model_check_made (RtOutlineModel  *self,
                             RtOutlineBranch *entry)
{
  gboolean has = entry->n_children > 0;

  if (entry == self->top || !entry->listed)
    return;
  if ((entry->made == RT_OUTLINE_MADE_LEAF && has) ||
      (entry->made == RT_OUTLINE_MADE_EXPANDABLE && !has))
    {
      entry->made = RT_OUTLINE_MADE_UNKNOWN;
      rt_outline_model_emit (self, entry->parent, rt_outline_branch_position (entry), 1, 1);
    }
}

/* Lists. */

static RtOutlineNode *
ensure_item (RtOutlineModel  *tree,
             RtOutlineBranch *e)
{
  if (e->item == NULL)
    {
      e->item = rt_outline_node_new (e->id);
      e->stamp = 0;
      if (g_hash_table_contains (tree->context, e->id))
        rt_outline_node_set_context (e->item, TRUE);
    }
  return e->item;
}

static RtOutlineBranch *
list_nth (RtOutlineList *self,
          guint         position)
{
  RtOutlineBranch *e = self->entry;
  RtOutlineBranch *c;
  guint i, n;

  if (e == NULL || position >= e->n_children)
    return NULL;
  n = e->n_children;
  /* From the nearest of the first, the last and the one asked for last
   * time: a list is mostly read in order. */
  if (self->cached != NULL &&
      MAX (position, self->at) - MIN (position, self->at) < MIN (position, n - 1 - position))
    {
      c = self->cached;
      for (i = self->at; i < position; i++)
        c = c->next;
      for (; i > position; i--)
        c = c->prev;
    }
  else if (position <= n - 1 - position)
    for (c = e->first, i = 0; i < position; i++)
      c = c->next;
  else
    for (c = e->last, i = n - 1; i > position; i--)
      c = c->prev;
  self->cached = c;
  self->at = position;
  return c;
}

static GType
rt_outline_list_get_item_type (GListModel *model)
{
  return RT_TYPE_OUTLINE_NODE;
}

static guint
rt_outline_list_get_n_items (GListModel *model)
{
  RtOutlineList *self = RT_OUTLINE_LIST (model);

  return self->entry != NULL ? self->entry->n_children : 0;
}

static gpointer
rt_outline_list_get_item (GListModel *model,
                          guint      position)
{
  RtOutlineList *self = RT_OUTLINE_LIST (model);
  RtOutlineBranch *c = list_nth (self, position);

  return c != NULL ? g_object_ref (ensure_item (self->tree, c)) : NULL;
}

static void
rt_outline_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rt_outline_list_get_item_type;
  iface->get_n_items = rt_outline_list_get_n_items;
  iface->get_item = rt_outline_list_get_item;
}

GListModel *
rt_outline_list_new_for (RtOutlineModel  *tree,
                         RtOutlineBranch *entry)
{
  RtOutlineList *list;

  if (entry->list != NULL)
    return g_object_ref (G_LIST_MODEL (entry->list));
  list = g_object_new (RT_TYPE_OUTLINE_LIST, NULL);
  list->tree = g_object_ref (tree);
  list->entry = entry;
  entry->list = list;
  return G_LIST_MODEL (list);
}

static void
rt_outline_list_finalize (GObject *object)
{
  RtOutlineList *self = RT_OUTLINE_LIST (object);

  if (self->entry != NULL && self->entry->list == self)
    {
      /* The rows of its children went with it. */
      for (RtOutlineBranch *c = self->entry->first; c != NULL; c = c->next)
        c->made = RT_OUTLINE_MADE_UNKNOWN;
      self->entry->list = NULL;
    }
  g_clear_object (&self->tree);

  G_OBJECT_CLASS (rt_outline_list_parent_class)->finalize (object);
}

static void
rt_outline_list_class_init (RtOutlineListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rt_outline_list_finalize;
}

static void
rt_outline_list_init (RtOutlineList *self)
{
}

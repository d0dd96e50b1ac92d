/* rt-outline-sync.c: the outline's tree brought up to date in one pass
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "render/rt-layout.h"
#include "rt-outline-model-private.h"

/* A list of children that differs from the one wanted. */
typedef struct {
  RtOutlineBranch *parent;
  guint           start, len;      /* the children wanted, in want */
  guint           prefix, suffix;  /* the children kept at either end */
} Change;

static gboolean
list_equals (RtOutlineBranch *parent,
             RtOutlineBranch **want,
             guint           len)
{
  RtOutlineBranch *c = parent->first;

  if (parent->n_children != len)
    return FALSE;
  for (guint i = 0; i < len; i++, c = c->next)
    if (c != want[i])
      return FALSE;
  return TRUE;
}

static void
add_change (GArray          *changes,
            RtOutlineBranch *parent,
            RtOutlineBranch **want,
            guint           start,
            guint           len)
{
  Change change = { parent, start, len, 0, 0 };
  guint old = parent->n_children;
  RtOutlineBranch *c;

  for (c = parent->first; c != NULL && change.prefix < len && c == want[start + change.prefix];
       c = c->next)
    change.prefix++;
  for (c = parent->last;
       c != NULL && change.suffix < old - change.prefix && change.suffix < len - change.prefix &&
       c == want[start + len - 1 - change.suffix];
       c = c->prev)
    change.suffix++;
  g_array_append_val (changes, change);
}

/* First every row that goes, then every row that comes: an entry is in one
 * list at a time, and each list is told of each change as it is made, so
 * that what a list says always matches what it was told. */
static void
apply_changes (RtOutlineModel  *self,
               GArray          *changes,
               RtOutlineBranch **want)
{
  for (guint k = 0; k < changes->len; k++)
    {
      Change *change = &g_array_index (changes, Change, k);
      RtOutlineBranch *parent = change->parent;
      guint removed = parent->n_children - change->prefix - change->suffix;
      RtOutlineBranch *c = parent->first;

      for (guint i = 0; i < change->prefix; i++)
        c = c->next;
      for (guint i = 0; i < removed; i++)
        {
          RtOutlineBranch *next = c->next;

          rt_outline_branch_unlink (c);
          c = next;
        }
      rt_outline_model_emit (self, parent, change->prefix, removed, 0);
    }
  for (guint k = 0; k < changes->len; k++)
    {
      Change *change = &g_array_index (changes, Change, k);
      RtOutlineBranch *parent = change->parent;
      RtOutlineBranch *before = parent->first;
      guint added = change->len - change->prefix - change->suffix;

      for (guint i = 0; i < change->prefix; i++)
        before = before->next;
      for (guint i = 0; i < added; i++)
        rt_outline_branch_link (parent, want[change->start + change->prefix + i], before);
      rt_outline_model_emit (self, parent, change->prefix, 0, added);
    }
  for (guint k = 0; k < changes->len; k++)
    rt_outline_model_check_made (self, g_array_index (changes, Change, k).parent);
}

void
rt_outline_model_sync (RtOutlineModel *self)
{
  RtDocument *doc;
  guint n;
  g_autofree int *parents = NULL;
  g_autofree RtOutlineBranch **at = NULL;
  g_autofree RtOutlineBranch **want = NULL;
  g_autofree guint *start = NULL;
  g_autofree guint *fill = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (RT_IS_OUTLINE_MODEL (self));

  doc = self->document;
  n = rt_document_get_n_nodes (doc);
  parents = self->parents != NULL ? g_steal_pointer (&self->parents)
                                  : rt_layout_get_primary_parents (doc);
  at = g_new (RtOutlineBranch *, n + 1);
  want = g_new (RtOutlineBranch *, MAX (n, 1));
  start = g_new0 (guint, n + 2);

  /* The entries by document index, and the top after them. */
  for (guint i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      RtOutlineBranch *e = rt_outline_model_lookup (self, node->id);

      if (e == NULL)
        {
          e = rt_outline_branch_new (node->id);
          g_hash_table_insert (self->entries, e->id, e);
        }
      e->kind = node->kind;
      e->seen = TRUE;
      at[i] = e;
    }
  at[n] = self->top;

  /* The children each entry should have, in document order; at the top
   * the problems first. */
  for (guint i = 0; i < n; i++)
    start[(parents[i] >= 0 ? (guint) parents[i] : n) + 1]++;
  for (guint k = 0; k <= n; k++)
    start[k + 1] += start[k];
  fill = g_memdup2 (start, sizeof (guint) * (n + 2));
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        if (parents[i] >= 0)
          {
            if (pass == 0)
              want[fill[parents[i]]++] = at[i];
          }
        else if ((at[i]->kind == RT_NODE_PROBLEM) == (pass == 0))
          want[fill[n]++] = at[i];
      }

  for (guint k = 0; k <= n; k++)
    if (!list_equals (at[k], want + start[k], start[k + 1] - start[k]))
      add_change (changes, at[k], want, start[k], start[k + 1] - start[k]);
  /* Nodes gone from the document lose their children, then go. */
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!((RtOutlineBranch *) value)->seen && ((RtOutlineBranch *) value)->n_children > 0)
      add_change (changes, value, want, 0, 0);
  apply_changes (self, changes, want);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!((RtOutlineBranch *) value)->seen)
      g_hash_table_iter_remove (&iter);

  for (guint i = 0; i < n; i++)
    at[i]->seen = FALSE;
  self->dirty = FALSE;
}

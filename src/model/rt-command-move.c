/* rt-command-move.c: moving and placing nodes; one drag is one step
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "rt-command-private.h"
#include "rt-document-private.h"

/* move_nodes and place_nodes */

typedef struct {
  char *id;
  double x, y;
  gboolean old_has_position;
  double old_x, old_y;
  gboolean old_pinned;
} MoveEntry;

typedef struct {
  RtCommand parent;
  GArray *entries;      /* MoveEntry */
  gboolean pin;
  guint merge_key;
} MoveNodes;

static void
move_entry_clear (MoveEntry *entry)
{
  g_free (entry->id);
}

static gboolean
move_nodes_apply (RtCommand   *command,
                  RtDocument  *doc,
                  GError     **error)
{
  MoveNodes *self = (MoveNodes *) command;
  guint i;

  for (i = 0; i < self->entries->len; i++)
    {
      MoveEntry *entry = &g_array_index (self->entries, MoveEntry, i);

      if (!rt_document_check_node (doc, entry->id, NULL, error))
        return FALSE;
      if (!isfinite (entry->x) || !isfinite (entry->y))
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                       _("The item “%s” cannot go to that place."), entry->id);
          return FALSE;
        }
    }

  for (i = 0; i < self->entries->len; i++)
    {
      MoveEntry *entry = &g_array_index (self->entries, MoveEntry, i);
      RtNode *node = rt_document_lookup_node_mut (doc, entry->id);

      entry->old_has_position = node->has_position;
      entry->old_x = node->x;
      entry->old_y = node->y;
      entry->old_pinned = node->pinned;
      node->has_position = TRUE;
      node->x = entry->x;
      node->y = entry->y;
      if (self->pin)
        node->pinned = TRUE;
      rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
    }
  return TRUE;
}

static void
move_nodes_revert (RtCommand  *command,
                   RtDocument *doc)
{
  MoveNodes *self = (MoveNodes *) command;
  guint i;

  for (i = self->entries->len; i > 0; i--)
    {
      MoveEntry *entry = &g_array_index (self->entries, MoveEntry, i - 1);
      RtNode *node = rt_document_lookup_node_mut (doc, entry->id);

      g_assert (node != NULL);
      node->has_position = entry->old_has_position;
      node->x = entry->old_x;
      node->y = entry->old_y;
      node->pinned = entry->old_pinned;
      rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
    }
}

static gboolean move_nodes_merge (RtCommand *command, RtCommand *next);

static void
move_nodes_finalize (RtCommand *command)
{
  g_array_unref (((MoveNodes *) command)->entries);
}

static const RtCommandClass move_nodes_class = {
  "move-nodes", N_("Move"), move_nodes_apply, move_nodes_revert, move_nodes_merge,
  move_nodes_finalize,
};

static gboolean
move_nodes_merge (RtCommand *command,
                  RtCommand *next_command)
{
  MoveNodes *self = (MoveNodes *) command;
  MoveNodes *next = (MoveNodes *) next_command;
  g_autoptr(GHashTable) known = NULL;
  guint i;

  if (next_command->klass != &move_nodes_class || self->merge_key == 0 ||
      self->merge_key != next->merge_key || self->pin != next->pin)
    return FALSE;

  /* A node moved before keeps its first old place and takes the new one;
   * a node new to the drag comes with its own old place. The table maps an
   * id to its entry's index plus one. */
  known = g_hash_table_new (g_str_hash, g_str_equal);
  for (i = 0; i < self->entries->len; i++)
    {
      MoveEntry *entry = &g_array_index (self->entries, MoveEntry, i);

      if (!g_hash_table_contains (known, entry->id))
        g_hash_table_insert (known, entry->id, GUINT_TO_POINTER (i + 1));
    }
  for (i = 0; i < next->entries->len; i++)
    {
      MoveEntry *entry = &g_array_index (next->entries, MoveEntry, i);
      guint mine = GPOINTER_TO_UINT (g_hash_table_lookup (known, entry->id));

      if (mine != 0)
        {
          MoveEntry *target = &g_array_index (self->entries, MoveEntry, mine - 1);

          target->x = entry->x;
          target->y = entry->y;
        }
      else
        {
          MoveEntry copy = *entry;

          copy.id = g_strdup (entry->id);
          g_array_append_val (self->entries, copy);
          g_hash_table_insert (known, copy.id, GUINT_TO_POINTER (self->entries->len));
        }
    }
  return TRUE;
}

static RtCommand *
move_nodes_new (guint              n,
                const char *const *node_ids,
                const double      *x,
                const double      *y,
                gboolean           pin,
                guint              merge_key)
{
  MoveNodes *self = (MoveNodes *) rt_command_alloc (&move_nodes_class, sizeof (MoveNodes));
  guint i;

  self->entries = g_array_sized_new (FALSE, TRUE, sizeof (MoveEntry), n);
  g_array_set_clear_func (self->entries, (GDestroyNotify) move_entry_clear);
  for (i = 0; i < n; i++)
    {
      MoveEntry entry = { 0 };

      entry.id = g_strdup (node_ids[i]);
      entry.x = x[i];
      entry.y = y[i];
      g_array_append_val (self->entries, entry);
    }
  self->pin = pin != FALSE;
  self->merge_key = merge_key;
  return &self->parent;
}

RtCommand *
rt_command_move_nodes (guint              n,
                       const char *const *node_ids,
                       const double      *x,
                       const double      *y,
                       gboolean           pin,
                       guint              merge_key)
{
  g_return_val_if_fail (n == 0 || (node_ids != NULL && x != NULL && y != NULL), NULL);
  return move_nodes_new (n, node_ids, x, y, pin, merge_key);
}

RtCommand *
rt_command_place_nodes (guint              n,
                        const char *const *node_ids,
                        const double      *x,
                        const double      *y)
{
  RtCommand *self;

  g_return_val_if_fail (n == 0 || (node_ids != NULL && x != NULL && y != NULL), NULL);

  self = move_nodes_new (n, node_ids, x, y, FALSE, 0);
  rt_command_set_label (self, _("Arrange"));
  return self;
}

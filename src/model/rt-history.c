/* rt-history.c: a document's undo history and its saved-marker
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include "rt-command-private.h"
#include "rt-document-private.h"

void
rt_document_history_init (RtDocument *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_command_free);
  self->position = 0;
  self->saved = 0;
}

void
rt_document_history_finalize (RtDocument *self)
{
  self->last = NULL;
  g_clear_pointer (&self->group, rt_command_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
}

/* Drops the steps that could be redone; the saved state goes with them if
 * it was among them. */
static void
truncate_redo (RtDocument *self)
{
  if (self->position == self->steps->len)
    return;
  if (self->saved > (int) self->position)
    self->saved = -1;
  g_ptr_array_remove_range (self->steps, self->position,
                            self->steps->len - self->position);
}

gboolean
rt_document_execute (RtDocument  *self,
                     RtCommand   *command,
                     GError     **error)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rt_command_apply (command, self, error))
    {
      rt_command_free (command);
      return FALSE;
    }

  truncate_redo (self);

  if (self->last != NULL && rt_command_merge (self->last, command))
    {
      rt_command_free (command);
      /* The saved state was the end of the step that just grew. */
      if (self->group == NULL && self->saved == (int) self->position)
        self->saved = -1;
    }
  else if (self->group != NULL)
    {
      rt_command_group_add (self->group, command);
      self->last = command;
    }
  else
    {
      g_ptr_array_add (self->steps, command);
      self->position++;
      self->last = command;
    }

  rt_document_emit (self, RT_DOCUMENT_SIGNAL_CHANGED, NULL);
  rt_document_update_state (self);
  return TRUE;
}

gboolean
rt_document_can_undo (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  return self->position > 0;
}

gboolean
rt_document_can_redo (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  return self->position < self->steps->len;
}

const char *
rt_document_get_undo_label (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);

  if (!rt_document_can_undo (self))
    return NULL;
  return rt_command_get_label (g_ptr_array_index (self->steps, self->position - 1));
}

const char *
rt_document_get_redo_label (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);

  if (!rt_document_can_redo (self))
    return NULL;
  return rt_command_get_label (g_ptr_array_index (self->steps, self->position));
}

gboolean
rt_document_undo (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->position == 0)
    return FALSE;

  self->position--;
  self->last = NULL;
  rt_command_revert (g_ptr_array_index (self->steps, self->position), self);
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_CHANGED, NULL);
  rt_document_update_state (self);
  return TRUE;
}

gboolean
rt_document_redo (RtDocument *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->position == self->steps->len)
    return FALSE;

  self->last = NULL;
  if (!rt_command_apply (g_ptr_array_index (self->steps, self->position), self, &error))
    {
      /* The document is where the step was undone, so this is a bug; keep
       * the history consistent by dropping what cannot be redone. */
      g_critical ("Cannot redo “%s”: %s",
                  rt_command_get_label (g_ptr_array_index (self->steps, self->position)),
                  error->message);
      truncate_redo (self);
      rt_document_update_state (self);
      return FALSE;
    }
  self->position++;
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_CHANGED, NULL);
  rt_document_update_state (self);
  return TRUE;
}

gboolean
rt_document_undo_discard (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (!rt_document_undo (self))
    return FALSE;
  truncate_redo (self);
  rt_document_update_state (self);
  return TRUE;
}

void
rt_document_begin_group (RtDocument *self,
                         const char *label)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));

  if (self->group_depth == 0)
    {
      self->group = rt_command_group_new (label);
      self->last = NULL;
    }
  self->group_depth++;
}

void
rt_document_end_group (RtDocument *self)
{
  RtCommand *group;

  g_return_if_fail (RT_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  self->group_depth--;
  if (self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  self->last = NULL;
  if (rt_command_group_get_size (group) == 0)
    {
      rt_command_free (group);
      return;
    }
  /* Its commands are applied already. */
  g_ptr_array_add (self->steps, group);
  self->position++;
  rt_document_update_state (self);
}

void
rt_document_seal (RtDocument *self)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  self->last = NULL;
}

guint
rt_document_get_history_length (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);
  return self->steps->len;
}

void
rt_document_clear_history (RtDocument *self)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  g_return_if_fail (self->group == NULL);

  self->last = NULL;
  self->saved = self->saved == (int) self->position ? 0 : -1;
  self->position = 0;
  g_ptr_array_remove_range (self->steps, 0, self->steps->len);
  rt_document_update_state (self);
}

gboolean
rt_document_get_modified (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);

  if (self->group != NULL && rt_command_group_get_size (self->group) > 0)
    return TRUE;
  return self->saved != (int) self->position;
}

void
rt_document_mark_saved (RtDocument *self)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));

  self->saved = (int) self->position;
  rt_document_update_state (self);
}

void
rt_document_mark_unsaved (RtDocument *self)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));

  self->saved = -1;
  rt_document_update_state (self);
}

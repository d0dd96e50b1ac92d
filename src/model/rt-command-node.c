/* rt-command-node.c: adding and removing nodes, and editing their fields
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-command-private.h"
#include "rt-document-private.h"

static gboolean
check_optional_person (RtDocument  *doc,
                       const char  *id,
                       GError     **error)
{
  return id == NULL || rt_document_check_person (doc, id, error);
}

static gboolean
check_stances (RtDocument    *doc,
               const RtNode  *node,
               GError       **error)
{
  guint i, j;

  for (i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = g_ptr_array_index (node->stances, i);

      if (!rt_document_check_person (doc, stance->person, error))
        return FALSE;
      if (stance->level == RT_STANCE_NONE || (guint) stance->level >= RT_N_STANCE_LEVELS ||
          (stance->due != NULL && !rt_date_is_valid (stance->due)))
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                       _("The stance of “%s” is not valid."), stance->person);
          return FALSE;
        }
      for (j = 0; j < i; j++)
        {
          const RtStance *other = g_ptr_array_index (node->stances, j);

          if (strcmp (other->person, stance->person) == 0)
            {
              g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
                           _("“%s” has two stances on one item."), stance->person);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
check_credits (RtDocument    *doc,
               const RtNode  *node,
               GError       **error)
{
  guint i, j;

  for (i = 0; i < node->credits->len; i++)
    {
      const char *person = g_ptr_array_index (node->credits, i);

      if (!rt_document_check_person (doc, person, error))
        return FALSE;
      if (g_strcmp0 (person, node->by) == 0)
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                       _("“%s” contributed the item and cannot also be credited on it."),
                       person);
          return FALSE;
        }
      for (j = 0; j < i; j++)
        {
          if (strcmp (g_ptr_array_index (node->credits, j), person) == 0)
            {
              g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
                           _("“%s” is credited twice on one item."), person);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
check_new_node (RtDocument    *doc,
                const RtNode  *node,
                int            index,
                GError       **error)
{
  if (!rt_id_is_valid (node->id))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a valid id."), node->id);
      return FALSE;
    }
  if (rt_document_lookup_node (doc, node->id) != NULL)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
                   _("There is already an item “%s” in this map."), node->id);
      return FALSE;
    }
  if ((guint) node->kind >= RT_N_NODE_KINDS ||
      !rt_status_valid_for_kind (node->status, node->kind) ||
      node->text == NULL ||
      (node->has_position && (!isfinite (node->x) || !isfinite (node->y))) ||
      (index >= 0 && (guint) index > rt_document_get_n_nodes (doc)))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("The item “%s” is not valid."), node->id);
      return FALSE;
    }
  return check_optional_person (doc, node->by, error) &&
         check_optional_person (doc, node->modified_by, error) &&
         check_credits (doc, node, error) &&
         check_stances (doc, node, error);
}

/* add_node */

typedef struct {
  RtCommand parent;
  RtNode *node;     /* owned, free-standing */
  int index;
} AddNode;

static gboolean
add_node_apply (RtCommand   *command,
                RtDocument  *doc,
                GError     **error)
{
  AddNode *self = (AddNode *) command;

  if (!check_new_node (doc, self->node, self->index, error))
    return FALSE;
  rt_document_insert_node (doc, rt_node_copy (self->node), self->index);
  return TRUE;
}

static void
add_node_revert (RtCommand  *command,
                 RtDocument *doc)
{
  AddNode *self = (AddNode *) command;

  rt_node_free (rt_document_steal_node (doc, self->node->id, NULL));
}

static void
add_node_finalize (RtCommand *command)
{
  rt_node_free (((AddNode *) command)->node);
}

static const RtCommandClass add_node_class = {
  "add-node", N_("Add Item"), add_node_apply, add_node_revert, NULL, add_node_finalize,
};

RtCommand *
rt_command_add_node (const RtNode *node,
                     int           index)
{
  AddNode *self;

  g_return_val_if_fail (node != NULL && node->id != NULL, NULL);

  self = (AddNode *) rt_command_alloc (&add_node_class, sizeof (AddNode));
  self->node = rt_node_copy (node);
  self->index = index < 0 ? -1 : index;
  return &self->parent;
}

/* remove_node_only: a node without links */

typedef struct {
  RtCommand parent;
  char *node_id;
  RtNode *node;     /* owned while removed */
  guint index;
} RemoveNodeOnly;

static gboolean
remove_node_only_apply (RtCommand   *command,
                        RtDocument  *doc,
                        GError     **error)
{
  RemoveNodeOnly *self = (RemoveNodeOnly *) command;

  if (!rt_document_check_node (doc, self->node_id, NULL, error))
    return FALSE;
  if (rt_document_get_links_from (doc, self->node_id)->len > 0 ||
      rt_document_get_links_to (doc, self->node_id)->len > 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("The item “%s” is still linked."), self->node_id);
      return FALSE;
    }
  g_clear_pointer (&self->node, rt_node_free);
  self->node = rt_document_steal_node (doc, self->node_id, &self->index);
  return TRUE;
}

static void
remove_node_only_revert (RtCommand  *command,
                         RtDocument *doc)
{
  RemoveNodeOnly *self = (RemoveNodeOnly *) command;

  rt_document_insert_node (doc, g_steal_pointer (&self->node), (int) self->index);
}

static void
remove_node_only_finalize (RtCommand *command)
{
  RemoveNodeOnly *self = (RemoveNodeOnly *) command;

  g_free (self->node_id);
  g_clear_pointer (&self->node, rt_node_free);
}

static const RtCommandClass remove_node_only_class = {
  "remove-node", N_("Delete"), remove_node_only_apply, remove_node_only_revert, NULL,
  remove_node_only_finalize,
};

RtCommand *
rt_command_remove_node_only (const char *node_id)
{
  RemoveNodeOnly *self;

  self = (RemoveNodeOnly *) rt_command_alloc (&remove_node_only_class,
                                              sizeof (RemoveNodeOnly));
  self->node_id = g_strdup (node_id);
  return &self->parent;
}

/* set_text, set_details: typing merges */

typedef struct {
  RtCommand parent;
  char *node_id;
  char *value;
  char *editor;
  gboolean details;
  gboolean touch;       /* set modified and modified-by */
  gint64 when;          /* the modified time, fixed at the first apply */
  char *old_value;
  gint64 old_modified;
  char *old_modified_by;
} SetText;

static gboolean
set_text_apply (RtCommand   *command,
                RtDocument  *doc,
                GError     **error)
{
  SetText *self = (SetText *) command;
  RtNode *node;
  char **field;

  if (!rt_document_check_node (doc, self->node_id, &node, error) ||
      !check_optional_person (doc, self->editor, error))
    return FALSE;

  field = self->details ? &node->details : &node->text;
  g_free (self->old_value);
  self->old_value = g_steal_pointer (field);
  *field = g_strdup (self->value);
  if (self->touch)
    {
      if (self->when == RT_TIME_NONE)
        self->when = rt_time_now ();
      self->old_modified = node->modified;
      g_free (self->old_modified_by);
      self->old_modified_by = g_steal_pointer (&node->modified_by);
      node->modified = self->when;
      node->modified_by = g_strdup (self->editor);
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
  return TRUE;
}

static void
set_text_revert (RtCommand  *command,
                 RtDocument *doc)
{
  SetText *self = (SetText *) command;
  RtNode *node = rt_document_lookup_node_mut (doc, self->node_id);
  char **field;

  g_assert (node != NULL);
  field = self->details ? &node->details : &node->text;
  g_free (*field);
  *field = g_steal_pointer (&self->old_value);
  if (self->touch)
    {
      node->modified = self->old_modified;
      g_free (node->modified_by);
      node->modified_by = g_steal_pointer (&self->old_modified_by);
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
}

static gboolean set_text_merge (RtCommand *command, RtCommand *next);

static void
set_text_finalize (RtCommand *command)
{
  SetText *self = (SetText *) command;

  g_free (self->node_id);
  g_free (self->value);
  g_free (self->editor);
  g_free (self->old_value);
  g_free (self->old_modified_by);
}

static const RtCommandClass set_text_class = {
  "set-text", N_("Typing"), set_text_apply, set_text_revert, set_text_merge,
  set_text_finalize,
};

static gboolean
set_text_merge (RtCommand *command,
                RtCommand *next_command)
{
  SetText *self = (SetText *) command;
  SetText *next = (SetText *) next_command;

  if (next_command->klass != &set_text_class ||
      strcmp (self->node_id, next->node_id) != 0 ||
      self->details != next->details || self->touch != next->touch)
    return FALSE;

  /* Keep the old values of the first, take the new values of the second. */
  g_free (self->value);
  self->value = g_steal_pointer (&next->value);
  g_free (self->editor);
  self->editor = g_steal_pointer (&next->editor);
  self->when = next->when;
  return TRUE;
}

static RtCommand *
set_text_new (const char *node_id,
              const char *value,
              const char *editor,
              gboolean    details,
              gboolean    touch)
{
  SetText *self = (SetText *) rt_command_alloc (&set_text_class, sizeof (SetText));

  self->node_id = g_strdup (node_id);
  self->value = g_strdup (value);
  self->editor = g_strdup (editor);
  self->details = details;
  self->touch = touch;
  self->when = RT_TIME_NONE;
  if (details)
    rt_command_set_label (&self->parent, _("Edit Details"));
  return &self->parent;
}

RtCommand *
rt_command_set_text (const char *node_id,
                     const char *text,
                     const char *editor)
{
  g_return_val_if_fail (node_id != NULL, NULL);
  return set_text_new (node_id, text != NULL ? text : "", editor, FALSE, TRUE);
}

/* Empty details are no details: the format cannot tell them apart. */
RtCommand *
rt_command_set_details (const char *node_id,
                        const char *details,
                        const char *editor)
{
  g_return_val_if_fail (node_id != NULL, NULL);
  return set_text_new (node_id, details != NULL && *details != '\0' ? details : NULL,
                       editor, TRUE, TRUE);
}

RtCommand *
rt_command_set_details_only (const char *node_id,
                             const char *details)
{
  return set_text_new (node_id, details != NULL && *details != '\0' ? details : NULL,
                       NULL, TRUE, FALSE);
}

/* Small field changes: kind and status, pinned, by, modified-by */

typedef enum {
  FIELD_KIND,
  FIELD_STATUS,
  FIELD_PINNED,
  FIELD_AUTHOR,
  FIELD_MODIFIED_BY,
} Field;

typedef struct {
  RtCommand parent;
  char *node_id;
  Field field;
  int value;            /* kind, status or pinned */
  char *person;         /* by or modified-by, or NULL */
  RtNodeKind old_kind;
  RtStatus old_status;
  gboolean old_pinned;
  char *old_person;
} SetField;

static gboolean
set_field_check (SetField    *self,
                 RtDocument  *doc,
                 RtNode      *node,
                 GError     **error)
{
  switch (self->field)
    {
    case FIELD_KIND:
      if ((guint) self->value < RT_N_NODE_KINDS)
        return TRUE;
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("There is no such kind of item."));
      return FALSE;
    case FIELD_STATUS:
      if ((guint) self->value < RT_N_STATUSES &&
          rt_status_valid_for_kind ((RtStatus) self->value, node->kind))
        return TRUE;
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("A %s cannot have the status “%s”."),
                   rt_node_kind_get_label (node->kind),
                   (guint) self->value < RT_N_STATUSES
                     ? rt_status_get_label ((RtStatus) self->value) : "?");
      return FALSE;
    case FIELD_AUTHOR:
      if (!check_optional_person (doc, self->person, error))
        return FALSE;
      if (self->person != NULL && rt_node_has_credit (node, self->person))
        {
          const RtPerson *person = rt_document_lookup_person (doc, self->person);

          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                       _("%s is credited on this item; remove the credit first."),
                       person->name);
          return FALSE;
        }
      return TRUE;
    case FIELD_MODIFIED_BY:
      return check_optional_person (doc, self->person, error);
    case FIELD_PINNED:
    default:
      return TRUE;
    }
}

static gboolean
set_field_apply (RtCommand   *command,
                 RtDocument  *doc,
                 GError     **error)
{
  SetField *self = (SetField *) command;
  RtNode *node;

  if (!rt_document_check_node (doc, self->node_id, &node, error) ||
      !set_field_check (self, doc, node, error))
    return FALSE;

  self->old_kind = node->kind;
  self->old_status = node->status;
  self->old_pinned = node->pinned;
  g_free (self->old_person);
  self->old_person = NULL;

  switch (self->field)
    {
    case FIELD_KIND:
      node->kind = (RtNodeKind) self->value;
      if (!rt_status_valid_for_kind (node->status, node->kind))
        node->status = rt_status_default_for_kind (node->kind);
      break;
    case FIELD_STATUS:
      node->status = (RtStatus) self->value;
      break;
    case FIELD_PINNED:
      node->pinned = self->value != 0;
      break;
    case FIELD_AUTHOR:
      self->old_person = g_strdup (node->by);
      rt_document_set_node_by (doc, node, self->person);
      break;
    case FIELD_MODIFIED_BY:
      self->old_person = g_steal_pointer (&node->modified_by);
      node->modified_by = g_strdup (self->person);
      break;
    default:
      g_assert_not_reached ();
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
  return TRUE;
}

static void
set_field_revert (RtCommand  *command,
                  RtDocument *doc)
{
  SetField *self = (SetField *) command;
  RtNode *node = rt_document_lookup_node_mut (doc, self->node_id);

  g_assert (node != NULL);
  node->kind = self->old_kind;
  node->status = self->old_status;
  node->pinned = self->old_pinned;
  if (self->field == FIELD_AUTHOR)
    rt_document_set_node_by (doc, node, self->old_person);
  else if (self->field == FIELD_MODIFIED_BY)
    {
      g_free (node->modified_by);
      node->modified_by = g_steal_pointer (&self->old_person);
    }
  g_clear_pointer (&self->old_person, g_free);
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
}

static void
set_field_finalize (RtCommand *command)
{
  SetField *self = (SetField *) command;

  g_free (self->node_id);
  g_free (self->person);
  g_free (self->old_person);
}

static const RtCommandClass set_field_class = {
  "set-field", N_("Change Item"), set_field_apply, set_field_revert, NULL,
  set_field_finalize,
};

static RtCommand *
set_field_new (const char *node_id,
               Field       field,
               int         value,
               const char *person,
               const char *label)
{
  SetField *self = (SetField *) rt_command_alloc (&set_field_class, sizeof (SetField));

  self->node_id = g_strdup (node_id);
  self->field = field;
  self->value = value;
  self->person = g_strdup (person);
  rt_command_set_label (&self->parent, label);
  return &self->parent;
}

RtCommand *
rt_command_set_kind (const char *node_id,
                     RtNodeKind  kind)
{
  g_return_val_if_fail (node_id != NULL, NULL);
  return set_field_new (node_id, FIELD_KIND, kind, NULL, _("Change Kind"));
}

RtCommand *
rt_command_set_status (const char *node_id,
                       RtStatus    status)
{
  g_return_val_if_fail (node_id != NULL, NULL);
  return set_field_new (node_id, FIELD_STATUS, status, NULL, _("Change Status"));
}

RtCommand *
rt_command_set_author (const char *node_id,
                       const char *person_id)
{
  g_return_val_if_fail (node_id != NULL, NULL);
  return set_field_new (node_id, FIELD_AUTHOR, 0, person_id, _("Change Contributor"));
}

RtCommand *
rt_command_set_pinned (const char *node_id,
                       gboolean    pinned)
{
  g_return_val_if_fail (node_id != NULL, NULL);
  return set_field_new (node_id, FIELD_PINNED, pinned != FALSE, NULL,
                        pinned ? _("Pin") : _("Unpin"));
}

RtCommand *
rt_command_set_modified_by (const char *node_id,
                            const char *person_id)
{
  return set_field_new (node_id, FIELD_MODIFIED_BY, 0, person_id, _("Change Item"));
}

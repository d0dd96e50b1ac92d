/* rt-command-stance.c: credits and stances on a node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-command-private.h"
#include "rt-document-private.h"

static int
find_credit (const RtNode *node,
             const char   *person)
{
  guint i;

  for (i = 0; i < node->credits->len; i++)
    {
      if (strcmp (g_ptr_array_index (node->credits, i), person) == 0)
        return (int) i;
    }
  return -1;
}

static int
find_stance (const RtNode *node,
             const char   *person)
{
  guint i;

  for (i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = g_ptr_array_index (node->stances, i);

      if (strcmp (stance->person, person) == 0)
        return (int) i;
    }
  return -1;
}

static const char *
person_name (RtDocument *doc,
             const char *id)
{
  const RtPerson *person = rt_document_lookup_person (doc, id);

  return person != NULL ? person->name : id;
}

/* Whether person may become a credit on node. */
static gboolean
check_new_credit (RtDocument    *doc,
                  const RtNode  *node,
                  const char    *person,
                  GError       **error)
{
  if (!rt_document_check_person (doc, person, error))
    return FALSE;
  if (g_strcmp0 (node->by, person) == 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("%s contributed this item and cannot also be credited on it."),
                   person_name (doc, person));
      return FALSE;
    }
  if (find_credit (node, person) >= 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
                   _("%s is already credited on this item."), person_name (doc, person));
      return FALSE;
    }
  return TRUE;
}

/* Credits */

typedef enum {
  CREDIT_ADD,
  CREDIT_REMOVE,
  CREDIT_RENAME,
} CreditOp;

typedef struct {
  RtCommand parent;
  CreditOp op;
  char *node_id;
  char *person;
  char *to;         /* rename: the new person */
  int index;        /* add: where, -1 appends */
  guint applied;    /* the index the last apply touched */
} Credit;

static gboolean
credit_apply (RtCommand   *command,
              RtDocument  *doc,
              GError     **error)
{
  Credit *self = (Credit *) command;
  RtNode *node;
  int found;

  if (!rt_document_check_node (doc, self->node_id, &node, error))
    return FALSE;
  found = find_credit (node, self->person);

  switch (self->op)
    {
    case CREDIT_ADD:
      if (!check_new_credit (doc, node, self->person, error))
        return FALSE;
      if (self->index >= 0 && (guint) self->index > node->credits->len)
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                       _("There is no place %d among the credits."), self->index);
          return FALSE;
        }
      self->applied = self->index < 0 ? node->credits->len : (guint) self->index;
      g_ptr_array_insert (node->credits, (int) self->applied, g_strdup (self->person));
      break;

    case CREDIT_REMOVE:
    case CREDIT_RENAME:
      if (found < 0)
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
                       _("%s is not credited on this item."), person_name (doc, self->person));
          return FALSE;
        }
      if (self->op == CREDIT_RENAME && !check_new_credit (doc, node, self->to, error))
        return FALSE;
      self->applied = (guint) found;
      if (self->op == CREDIT_REMOVE)
        g_ptr_array_remove_index (node->credits, self->applied);
      else
        {
          g_free (node->credits->pdata[self->applied]);
          node->credits->pdata[self->applied] = g_strdup (self->to);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
  return TRUE;
}

static void
credit_revert (RtCommand  *command,
               RtDocument *doc)
{
  Credit *self = (Credit *) command;
  RtNode *node = rt_document_lookup_node_mut (doc, self->node_id);

  g_assert (node != NULL);
  switch (self->op)
    {
    case CREDIT_ADD:
      g_ptr_array_remove_index (node->credits, self->applied);
      break;
    case CREDIT_REMOVE:
      g_ptr_array_insert (node->credits, (int) self->applied, g_strdup (self->person));
      break;
    case CREDIT_RENAME:
      g_free (node->credits->pdata[self->applied]);
      node->credits->pdata[self->applied] = g_strdup (self->person);
      break;
    default:
      g_assert_not_reached ();
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_NODE_CHANGED, node);
}

static void
credit_finalize (RtCommand *command)
{
  Credit *self = (Credit *) command;

  g_free (self->node_id);
  g_free (self->person);
  g_free (self->to);
}

static const RtCommandClass credit_class = {
  "credit", N_("Change Credits"), credit_apply, credit_revert, NULL, credit_finalize,
};

static RtCommand *
credit_new (CreditOp    op,
            const char *node_id,
            const char *person,
            const char *to,
            int         index,
            const char *label)
{
  Credit *self = (Credit *) rt_command_alloc (&credit_class, sizeof (Credit));

  self->op = op;
  self->node_id = g_strdup (node_id);
  self->person = g_strdup (person);
  self->to = g_strdup (to);
  self->index = index < 0 ? -1 : index;
  rt_command_set_label (&self->parent, label);
  return &self->parent;
}

RtCommand *
rt_command_add_credit (const char *node_id,
                       const char *person_id)
{
  g_return_val_if_fail (node_id != NULL && person_id != NULL, NULL);
  return credit_new (CREDIT_ADD, node_id, person_id, NULL, -1, _("Add Credit"));
}

RtCommand *
rt_command_add_credit_at (const char *node_id,
                          const char *person_id,
                          int         index)
{
  return credit_new (CREDIT_ADD, node_id, person_id, NULL, index, _("Add Credit"));
}

RtCommand *
rt_command_remove_credit (const char *node_id,
                          const char *person_id)
{
  g_return_val_if_fail (node_id != NULL && person_id != NULL, NULL);
  return credit_new (CREDIT_REMOVE, node_id, person_id, NULL, -1, _("Remove Credit"));
}

RtCommand *
rt_command_rename_credit (const char *node_id,
                          const char *from,
                          const char *to)
{
  return credit_new (CREDIT_RENAME, node_id, from, to, -1, _("Change Credits"));
}

/* Stances */

typedef enum {
  STANCE_SET,       /* at RT_TIME_NONE: now, fixed at the first apply */
  STANCE_PUT,       /* exactly as given */
  STANCE_RENAME,
} StanceOp;

typedef struct {
  RtCommand parent;
  StanceOp op;
  char *node_id;
  RtStance *stance; /* owned; level RT_STANCE_NONE removes */
  char *to;         /* rename: the new person */
  RtStance *old;    /* owned: what the last apply replaced or removed */
  guint applied;    /* the index the last apply touched */
} Stance;

static gboolean
check_stance_value (RtDocument      *doc,
                    const RtStance  *stance,
                    GError         **error)
{
  if (!rt_document_check_person (doc, stance->person, error))
    return FALSE;
  if ((guint) stance->level >= RT_N_STANCE_LEVELS)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("There is no such stance."));
      return FALSE;
    }
  if (stance->due != NULL && !rt_date_is_valid (stance->due))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a date."), stance->due);
      return FALSE;
    }
  return TRUE;
}

static gboolean
stance_apply (RtCommand   *command,
              RtDocument  *doc,
              GError     **error)
{
  Stance *self = (Stance *) command;
  RtNode *node;
  int found;

  if (!rt_document_check_node (doc, self->node_id, &node, error))
    return FALSE;
  found = find_stance (node, self->stance->person);

  if (self->op == STANCE_RENAME)
    {
      RtStance *stance;

      if (found < 0)
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
                       _("%s has no stance on this item."),
                       person_name (doc, self->stance->person));
          return FALSE;
        }
      if (!rt_document_check_person (doc, self->to, error))
        return FALSE;
      if (find_stance (node, self->to) >= 0)
        {
          g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
                       _("%s already has a stance on this item."),
                       person_name (doc, self->to));
          return FALSE;
        }
      self->applied = (guint) found;
      stance = g_ptr_array_index (node->stances, self->applied);
      g_free (stance->person);
      stance->person = g_strdup (self->to);
      rt_document_emit_stance_changed (doc, node, self->stance->person);
      rt_document_emit_stance_changed (doc, node, self->to);
      return TRUE;
    }

  if (!check_stance_value (doc, self->stance, error))
    return FALSE;
  if (self->stance->level == RT_STANCE_NONE && found < 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
                   _("%s has no stance on this item."),
                   person_name (doc, self->stance->person));
      return FALSE;
    }

  if (self->op == STANCE_SET && self->stance->at == RT_TIME_NONE &&
      self->stance->level != RT_STANCE_NONE)
    self->stance->at = rt_time_now ();

  g_clear_pointer (&self->old, rt_stance_free);
  if (found >= 0)
    {
      self->applied = (guint) found;
      self->old = g_ptr_array_steal_index (node->stances, self->applied);
    }
  else
    self->applied = node->stances->len;
  if (self->stance->level != RT_STANCE_NONE)
    g_ptr_array_insert (node->stances, (int) self->applied, rt_stance_copy (self->stance));
  rt_document_emit_stance_changed (doc, node, self->stance->person);
  return TRUE;
}

static void
stance_revert (RtCommand  *command,
               RtDocument *doc)
{
  Stance *self = (Stance *) command;
  RtNode *node = rt_document_lookup_node_mut (doc, self->node_id);

  g_assert (node != NULL);
  if (self->op == STANCE_RENAME)
    {
      RtStance *stance = g_ptr_array_index (node->stances, self->applied);

      g_free (stance->person);
      stance->person = g_strdup (self->stance->person);
      rt_document_emit_stance_changed (doc, node, self->to);
      rt_document_emit_stance_changed (doc, node, self->stance->person);
      return;
    }

  if (self->stance->level != RT_STANCE_NONE)
    g_ptr_array_remove_index (node->stances, self->applied);
  if (self->old != NULL)
    g_ptr_array_insert (node->stances, (int) self->applied, g_steal_pointer (&self->old));
  rt_document_emit_stance_changed (doc, node, self->stance->person);
}

static void
stance_finalize (RtCommand *command)
{
  Stance *self = (Stance *) command;

  g_free (self->node_id);
  g_free (self->to);
  rt_stance_free (self->stance);
  rt_stance_free (self->old);
}

static const RtCommandClass stance_class = {
  "stance", N_("Set Stance"), stance_apply, stance_revert, NULL, stance_finalize,
};

static Stance *
stance_new (StanceOp    op,
            const char *node_id,
            RtStance   *stance)
{
  Stance *self = (Stance *) rt_command_alloc (&stance_class, sizeof (Stance));

  self->op = op;
  self->node_id = g_strdup (node_id);
  self->stance = stance;
  return self;
}

/* Empty text or due is none: the format cannot tell them apart. */
RtCommand *
rt_command_set_stance (const char    *node_id,
                       const char    *person_id,
                       RtStanceLevel  level,
                       const char    *text,
                       const char    *due,
                       gint64         at)
{
  RtStance *stance;
  Stance *self;

  g_return_val_if_fail (node_id != NULL && person_id != NULL, NULL);

  stance = rt_stance_new (person_id, level);
  stance->text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  stance->due = due != NULL && *due != '\0' ? g_strdup (due) : NULL;
  stance->at = at;
  self = stance_new (STANCE_SET, node_id, stance);
  if (level == RT_STANCE_NONE)
    rt_command_set_label (&self->parent, _("Remove Stance"));
  return &self->parent;
}

RtCommand *
rt_command_put_stance (const char     *node_id,
                       const RtStance *stance)
{
  return &stance_new (STANCE_PUT, node_id, rt_stance_copy (stance))->parent;
}

RtCommand *
rt_command_rename_stance (const char *node_id,
                          const char *from,
                          const char *to)
{
  Stance *self = stance_new (STANCE_RENAME, node_id, rt_stance_new (from, RT_STANCE_NONE));

  self->to = g_strdup (to);
  return &self->parent;
}

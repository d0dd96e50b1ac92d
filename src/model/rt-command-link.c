/* rt-command-link.c: adding, removing and changing links
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-command-private.h"
#include "rt-document-private.h"

static gboolean
check_link_exists (RtDocument  *doc,
                   const char  *from,
                   const char  *to,
                   RtLinkKind   kind,
                   RtLink     **out,
                   GError     **error)
{
  RtLink *link = rt_document_find_link_mut (doc, from, to, kind);

  if (out != NULL)
    *out = link;
  if (link != NULL)
    return TRUE;
  g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
               _("There is no link from “%s” to “%s” of that kind."), from, to);
  return FALSE;
}

static gboolean
check_kind (RtLinkKind   kind,
            GError     **error)
{
  if ((guint) kind < RT_N_LINK_KINDS)
    return TRUE;
  g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
               _("There is no such kind of link."));
  return FALSE;
}

static gboolean
check_no_link (RtDocument  *doc,
               const char  *from,
               const char  *to,
               RtLinkKind   kind,
               GError     **error)
{
  if (rt_document_find_link (doc, from, to, kind) == NULL)
    return TRUE;
  g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
               _("There is already a link of that kind from “%s” to “%s”."),
               from, to);
  return FALSE;
}

/* add_link */

typedef struct {
  RtCommand parent;
  RtLink *link;     /* owned, free-standing */
  int index;
} AddLink;

static gboolean
add_link_apply (RtCommand   *command,
                RtDocument  *doc,
                GError     **error)
{
  AddLink *self = (AddLink *) command;
  const RtLink *link = self->link;

  if (!rt_document_check_node (doc, link->from, NULL, error) ||
      !rt_document_check_node (doc, link->to, NULL, error) ||
      !check_kind (link->kind, error) ||
      (link->by != NULL && !rt_document_check_person (doc, link->by, error)))
    return FALSE;
  if (g_strcmp0 (link->from, link->to) == 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("An item cannot be linked to itself."));
      return FALSE;
    }
  if (self->index >= 0 && (guint) self->index > rt_document_get_n_links (doc))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("There is no place %d among the links."), self->index);
      return FALSE;
    }
  if (!check_no_link (doc, link->from, link->to, link->kind, error))
    return FALSE;

  rt_document_insert_link (doc, rt_link_copy (link), self->index);
  return TRUE;
}

static void
add_link_revert (RtCommand  *command,
                 RtDocument *doc)
{
  AddLink *self = (AddLink *) command;

  rt_link_free (rt_document_steal_link (doc, self->link->from, self->link->to,
                                        self->link->kind, NULL));
}

static void
add_link_finalize (RtCommand *command)
{
  rt_link_free (((AddLink *) command)->link);
}

static const RtCommandClass add_link_class = {
  "add-link", N_("Connect"), add_link_apply, add_link_revert, NULL, add_link_finalize,
};

RtCommand *
rt_command_add_link (const RtLink *link,
                     int           index)
{
  AddLink *self;

  g_return_val_if_fail (link != NULL && link->from != NULL && link->to != NULL, NULL);

  self = (AddLink *) rt_command_alloc (&add_link_class, sizeof (AddLink));
  self->link = rt_link_copy (link);
  self->index = index < 0 ? -1 : index;
  return &self->parent;
}

/* remove_link */

typedef struct {
  RtCommand parent;
  char *from;
  char *to;
  RtLinkKind kind;
  RtLink *link;     /* owned while removed */
  guint index;
} RemoveLink;

static gboolean
remove_link_apply (RtCommand   *command,
                   RtDocument  *doc,
                   GError     **error)
{
  RemoveLink *self = (RemoveLink *) command;

  if (!check_link_exists (doc, self->from, self->to, self->kind, NULL, error))
    return FALSE;
  g_clear_pointer (&self->link, rt_link_free);
  self->link = rt_document_steal_link (doc, self->from, self->to, self->kind, &self->index);
  return TRUE;
}

static void
remove_link_revert (RtCommand  *command,
                    RtDocument *doc)
{
  RemoveLink *self = (RemoveLink *) command;

  rt_document_insert_link (doc, g_steal_pointer (&self->link), (int) self->index);
}

static void
remove_link_finalize (RtCommand *command)
{
  RemoveLink *self = (RemoveLink *) command;

  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->link, rt_link_free);
}

static const RtCommandClass remove_link_class = {
  "remove-link", N_("Disconnect"), remove_link_apply, remove_link_revert, NULL,
  remove_link_finalize,
};

RtCommand *
rt_command_remove_link (const char *from,
                        const char *to,
                        RtLinkKind  kind)
{
  RemoveLink *self;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  self = (RemoveLink *) rt_command_alloc (&remove_link_class, sizeof (RemoveLink));
  self->from = g_strdup (from);
  self->to = g_strdup (to);
  self->kind = kind;
  return &self->parent;
}

/* set_link_kind and set_link_author */

typedef struct {
  RtCommand parent;
  char *from;
  char *to;
  RtLinkKind kind;
  gboolean set_author;
  RtLinkKind new_kind;
  char *by;
  char *old_by;
} ChangeLink;

static gboolean
change_link_apply (RtCommand   *command,
                   RtDocument  *doc,
                   GError     **error)
{
  ChangeLink *self = (ChangeLink *) command;
  RtLink *link;

  if (!check_link_exists (doc, self->from, self->to, self->kind, &link, error))
    return FALSE;

  if (self->set_author)
    {
      if (self->by != NULL && !rt_document_check_person (doc, self->by, error))
        return FALSE;
      g_free (self->old_by);
      self->old_by = g_steal_pointer (&link->by);
      link->by = g_strdup (self->by);
    }
  else
    {
      if (!check_kind (self->new_kind, error) ||
          (self->new_kind != self->kind &&
           !check_no_link (doc, self->from, self->to, self->new_kind, error)))
        return FALSE;
      link->kind = self->new_kind;
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_LINK_CHANGED, link);
  return TRUE;
}

static void
change_link_revert (RtCommand  *command,
                    RtDocument *doc)
{
  ChangeLink *self = (ChangeLink *) command;
  RtLink *link;

  if (self->set_author)
    {
      link = rt_document_find_link_mut (doc, self->from, self->to, self->kind);
      g_assert (link != NULL);
      g_free (link->by);
      link->by = g_steal_pointer (&self->old_by);
    }
  else
    {
      link = rt_document_find_link_mut (doc, self->from, self->to, self->new_kind);
      g_assert (link != NULL);
      link->kind = self->kind;
    }
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_LINK_CHANGED, link);
}

static void
change_link_finalize (RtCommand *command)
{
  ChangeLink *self = (ChangeLink *) command;

  g_free (self->from);
  g_free (self->to);
  g_free (self->by);
  g_free (self->old_by);
}

static const RtCommandClass change_link_class = {
  "change-link", N_("Change Link"), change_link_apply, change_link_revert, NULL,
  change_link_finalize,
};

static ChangeLink *
change_link_new (const char *from,
                 const char *to,
                 RtLinkKind  kind)
{
  ChangeLink *self = (ChangeLink *) rt_command_alloc (&change_link_class,
                                                      sizeof (ChangeLink));

  self->from = g_strdup (from);
  self->to = g_strdup (to);
  self->kind = kind;
  return self;
}

RtCommand *
rt_command_set_link_kind (const char *from,
                          const char *to,
                          RtLinkKind  kind,
                          RtLinkKind  new_kind)
{
  ChangeLink *self;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  self = change_link_new (from, to, kind);
  self->new_kind = new_kind;
  return &self->parent;
}

RtCommand *
rt_command_set_link_author (const char *from,
                            const char *to,
                            RtLinkKind  kind,
                            const char *person_id)
{
  ChangeLink *self = change_link_new (from, to, kind);

  self->set_author = TRUE;
  self->by = g_strdup (person_id);
  return &self->parent;
}

/* rt-command.c: commands, groups of them, and the map's title
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-command-private.h"
#include "rt-document-private.h"

RtCommand *
rt_command_alloc (const RtCommandClass *klass,
                  gsize                 size)
{
  RtCommand *self;

  g_assert (size >= sizeof (RtCommand));

  self = g_malloc0 (size);
  self->klass = klass;
  return self;
}

void
rt_command_set_label (RtCommand  *self,
                      const char *label)
{
  char *copy = g_strdup (label);

  g_free (self->label);
  self->label = copy;
}

void
rt_command_free (RtCommand *command)
{
  if (command == NULL)
    return;
  if (command->klass->finalize != NULL)
    command->klass->finalize (command);
  g_free (command->label);
  g_free (command);
}

const char *
rt_command_get_label (RtCommand *command)
{
  g_return_val_if_fail (command != NULL, NULL);

  if (command->label != NULL)
    return command->label;
  return _(command->klass->label);
}

gboolean
rt_command_apply (RtCommand   *self,
                  RtDocument  *doc,
                  GError     **error)
{
  return self->klass->apply (self, doc, error);
}

void
rt_command_revert (RtCommand  *self,
                   RtDocument *doc)
{
  self->klass->revert (self, doc);
}

gboolean
rt_command_merge (RtCommand *self,
                  RtCommand *next)
{
  if (self->klass->merge == NULL)
    return FALSE;
  return self->klass->merge (self, next);
}

/* Groups */

typedef struct {
  RtCommand parent;
  GPtrArray *commands;  /* owned RtCommand * */
} Group;

static gboolean
group_apply (RtCommand   *command,
             RtDocument  *doc,
             GError     **error)
{
  Group *self = (Group *) command;
  guint i;

  for (i = 0; i < self->commands->len; i++)
    {
      if (!rt_command_apply (g_ptr_array_index (self->commands, i), doc, error))
        {
          /* All or nothing: take back the parts that went in. */
          while (i > 0)
            {
              i--;
              rt_command_revert (g_ptr_array_index (self->commands, i), doc);
            }
          return FALSE;
        }
    }
  return TRUE;
}

static void
group_revert (RtCommand  *command,
              RtDocument *doc)
{
  Group *self = (Group *) command;
  guint i;

  for (i = self->commands->len; i > 0; i--)
    rt_command_revert (g_ptr_array_index (self->commands, i - 1), doc);
}

static void
group_finalize (RtCommand *command)
{
  Group *self = (Group *) command;

  g_ptr_array_unref (self->commands);
}

static const RtCommandClass group_class = {
  "group", N_("Change"), group_apply, group_revert, NULL, group_finalize,
};

RtCommand *
rt_command_group_new (const char *label)
{
  Group *self = (Group *) rt_command_alloc (&group_class, sizeof (Group));

  self->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_command_free);
  rt_command_set_label (&self->parent, label);
  return &self->parent;
}

void
rt_command_group_add (RtCommand *group,
                      RtCommand *command)
{
  Group *self = (Group *) group;

  g_return_if_fail (group != NULL && group->klass == &group_class);
  g_return_if_fail (command != NULL);
  g_return_if_fail (command != group);

  g_ptr_array_add (self->commands, command);
}

guint
rt_command_group_get_size (RtCommand *group)
{
  g_assert (group->klass == &group_class);
  return ((Group *) group)->commands->len;
}

/* Derived commands */

typedef struct {
  RtCommand parent;
  RtCommandBuildFunc build;
  char *a;
  char *b;
  RtCommand *parts;     /* owned: what the last apply did, or NULL */
} Derived;

static gboolean
derived_apply (RtCommand   *command,
               RtDocument  *doc,
               GError     **error)
{
  Derived *self = (Derived *) command;
  RtCommand *parts;

  g_assert (self->parts == NULL);

  parts = self->build (doc, self->a, self->b, error);
  if (parts == NULL)
    return FALSE;
  if (!rt_command_apply (parts, doc, error))
    {
      rt_command_free (parts);
      return FALSE;
    }
  self->parts = parts;
  return TRUE;
}

static void
derived_revert (RtCommand  *command,
                RtDocument *doc)
{
  Derived *self = (Derived *) command;

  g_assert (self->parts != NULL);

  rt_command_revert (self->parts, doc);
  g_clear_pointer (&self->parts, rt_command_free);
}

static void
derived_finalize (RtCommand *command)
{
  Derived *self = (Derived *) command;

  g_free (self->a);
  g_free (self->b);
  g_clear_pointer (&self->parts, rt_command_free);
}

static const RtCommandClass derived_class = {
  "derived", N_("Change"), derived_apply, derived_revert, NULL, derived_finalize,
};

RtCommand *
rt_command_derived_new (const char         *label,
                        RtCommandBuildFunc  build,
                        const char         *a,
                        const char         *b)
{
  Derived *self = (Derived *) rt_command_alloc (&derived_class, sizeof (Derived));

  self->build = build;
  self->a = g_strdup (a);
  self->b = g_strdup (b);
  rt_command_set_label (&self->parent, label);
  return &self->parent;
}

/* Meta */

typedef struct {
  RtCommand parent;
  char *title;
  char *description;
  char *old_title;
  char *old_description;
} SetMeta;

static gboolean
set_meta_apply (RtCommand   *command,
                RtDocument  *doc,
                GError     **error)
{
  SetMeta *self = (SetMeta *) command;

  g_free (self->old_title);
  self->old_title = g_strdup (rt_document_get_title (doc));
  g_free (self->old_description);
  self->old_description = g_strdup (rt_document_get_description (doc));
  rt_document_replace_meta (doc, self->title, self->description);
  return TRUE;
}

static void
set_meta_revert (RtCommand  *command,
                 RtDocument *doc)
{
  SetMeta *self = (SetMeta *) command;

  rt_document_replace_meta (doc, self->old_title, self->old_description);
}

static void
set_meta_finalize (RtCommand *command)
{
  SetMeta *self = (SetMeta *) command;

  g_free (self->title);
  g_free (self->description);
  g_free (self->old_title);
  g_free (self->old_description);
}

static const RtCommandClass set_meta_class = {
  "set-meta", N_("Edit Map Details"), set_meta_apply, set_meta_revert, NULL,
  set_meta_finalize,
};

RtCommand *
rt_command_set_meta (const char *title,
                     const char *description)
{
  SetMeta *self = (SetMeta *) rt_command_alloc (&set_meta_class, sizeof (SetMeta));

  /* An empty title is no title: the format cannot tell them apart. */
  self->title = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
  self->description = description != NULL && *description != '\0' ? g_strdup (description) : NULL;
  return &self->parent;
}

/* rt-command-people.c: adding, editing, removing and merging people
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

static gboolean
check_person_value (const RtPerson  *person,
                    GError         **error)
{
  g_autofree char *name = g_strstrip (g_strdup (person->name != NULL ? person->name : ""));

  if (*name == '\0')
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("A person needs a name."));
      return FALSE;
    }
  if (!rt_color_is_valid (person->color))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a colour."), person->color != NULL ? person->color : "");
      return FALSE;
    }
  if (person->role != RT_ROLE_PARTICIPANT && person->role != RT_ROLE_FACILITATOR)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("There is no such role."));
      return FALSE;
    }
  return TRUE;
}

static RtPerson *
person_normalized_copy (const RtPerson *person)
{
  RtPerson *copy = rt_person_copy (person);
  char *color = copy->color != NULL ? g_ascii_strdown (copy->color, -1) : NULL;

  g_free (copy->color);
  copy->color = color;
  copy->present = copy->present != FALSE;
  return copy;
}

/* add_person */

typedef struct {
  RtCommand parent;
  RtPerson *person;     /* owned, free-standing */
  int index;
} AddPerson;

static gboolean
add_person_apply (RtCommand   *command,
                  RtDocument  *doc,
                  GError     **error)
{
  AddPerson *self = (AddPerson *) command;

  if (!rt_id_is_valid (self->person->id))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a valid id."), self->person->id);
      return FALSE;
    }
  if (rt_document_lookup_person (doc, self->person->id) != NULL)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_EXISTS,
                   _("There is already a person “%s” in this map."), self->person->id);
      return FALSE;
    }
  if (!check_person_value (self->person, error))
    return FALSE;
  if (self->index >= 0 && (guint) self->index > rt_document_get_n_people (doc))
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("There is no place %d among the people."), self->index);
      return FALSE;
    }
  rt_document_insert_person (doc, rt_person_copy (self->person), self->index);
  return TRUE;
}

static void
add_person_revert (RtCommand  *command,
                   RtDocument *doc)
{
  AddPerson *self = (AddPerson *) command;

  rt_person_free (rt_document_steal_person (doc, self->person->id, NULL));
}

static void
add_person_finalize (RtCommand *command)
{
  rt_person_free (((AddPerson *) command)->person);
}

static const RtCommandClass add_person_class = {
  "add-person", N_("Add Person"), add_person_apply, add_person_revert, NULL,
  add_person_finalize,
};

RtCommand *
rt_command_add_person (const RtPerson *person,
                       int             index)
{
  AddPerson *self;

  g_return_val_if_fail (person != NULL && person->id != NULL, NULL);

  self = (AddPerson *) rt_command_alloc (&add_person_class, sizeof (AddPerson));
  self->person = person_normalized_copy (person);
  self->index = index < 0 ? -1 : index;
  return &self->parent;
}

/* set_person */

typedef struct {
  RtCommand parent;
  RtPerson *person;     /* owned: the new values */
  RtPerson *old;        /* owned: the values the last apply replaced */
} SetPerson;

static void
person_assign (RtPerson       *target,
               const RtPerson *values)
{
  g_free (target->name);
  target->name = g_strdup (values->name);
  g_free (target->color);
  target->color = g_strdup (values->color);
  target->role = values->role;
  target->present = values->present;
}

static gboolean
set_person_apply (RtCommand   *command,
                  RtDocument  *doc,
                  GError     **error)
{
  SetPerson *self = (SetPerson *) command;
  RtPerson *person;

  if (!rt_document_check_person (doc, self->person->id, error) ||
      !check_person_value (self->person, error))
    return FALSE;
  person = rt_document_lookup_person_mut (doc, self->person->id);
  g_clear_pointer (&self->old, rt_person_free);
  self->old = rt_person_copy (person);
  person_assign (person, self->person);
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_PERSON_CHANGED, person);
  return TRUE;
}

static void
set_person_revert (RtCommand  *command,
                   RtDocument *doc)
{
  SetPerson *self = (SetPerson *) command;
  RtPerson *person = rt_document_lookup_person_mut (doc, self->person->id);

  g_assert (person != NULL && self->old != NULL);
  person_assign (person, self->old);
  g_clear_pointer (&self->old, rt_person_free);
  rt_document_emit (doc, RT_DOCUMENT_SIGNAL_PERSON_CHANGED, person);
}

static void
set_person_finalize (RtCommand *command)
{
  SetPerson *self = (SetPerson *) command;

  rt_person_free (self->person);
  rt_person_free (self->old);
}

static const RtCommandClass set_person_class = {
  "set-person", N_("Edit Person"), set_person_apply, set_person_revert, NULL,
  set_person_finalize,
};

RtCommand *
rt_command_set_person (const RtPerson *person)
{
  SetPerson *self;

  g_return_val_if_fail (person != NULL && person->id != NULL, NULL);

  self = (SetPerson *) rt_command_alloc (&set_person_class, sizeof (SetPerson));
  self->person = person_normalized_copy (person);
  return &self->parent;
}

/* remove_person */

/* "a, b and c" */
static char *
join_phrases (GPtrArray *phrases)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < phrases->len; i++)
    {
      if (i > 0 && i + 1 == phrases->len)
        /* Translators: joins the last two parts of a list */
        g_string_append (out, _(" and "));
      else if (i > 0)
        /* Translators: joins two parts of a list */
        g_string_append (out, _(", "));
      g_string_append (out, g_ptr_array_index (phrases, i));
    }
  return g_string_free (out, FALSE);
}

static gboolean
check_unreferenced (RtDocument  *doc,
                    const char  *person_id,
                    GError     **error)
{
  const RtPerson *person = rt_document_lookup_person (doc, person_id);
  g_autoptr(GPtrArray) phrases = NULL;
  g_autofree char *joined = NULL;
  guint contributed = 0, stances = 0, edited = 0, links = 0;
  guint i;

  if (!rt_document_person_is_referenced (doc, person_id))
    return TRUE;

  for (i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (rt_node_has_contributor (node, person_id))
        contributed++;
      else if (g_strcmp0 (node->modified_by, person_id) == 0)
        edited++;
      if (rt_node_find_stance (node, person_id) != NULL)
        stances++;
    }
  for (i = 0; i < rt_document_get_n_links (doc); i++)
    {
      if (g_strcmp0 (rt_document_get_link (doc, i)->by, person_id) == 0)
        links++;
    }

  phrases = g_ptr_array_new_with_free_func (g_free);
  if (contributed > 0)
    g_ptr_array_add (phrases, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "contributed %u item",
                                                            "contributed %u items",
                                                            contributed), contributed));
  if (edited > 0)
    g_ptr_array_add (phrases, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "last edited %u item",
                                                            "last edited %u items",
                                                            edited), edited));
  if (links > 0)
    g_ptr_array_add (phrases, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "made %u link",
                                                            "made %u links",
                                                            links), links));
  if (stances > 0)
    g_ptr_array_add (phrases, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "hold %u stance",
                                                            "hold %u stances",
                                                            stances), stances));
  joined = join_phrases (phrases);
  g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_HAS_CONTRIBUTIONS,
               /* Translators: the second %s lists what they did, as in
                * “contributed 4 items and hold 2 stances” */
               _("%s cannot be removed: they %s. Merge them into another person instead."),
               person->name, joined);
  return FALSE;
}

typedef struct {
  RtCommand parent;
  char *person_id;
  RtPerson *person;     /* owned while removed */
  guint index;
} RemovePerson;

static gboolean
remove_person_apply (RtCommand   *command,
                     RtDocument  *doc,
                     GError     **error)
{
  RemovePerson *self = (RemovePerson *) command;

  if (!rt_document_check_person (doc, self->person_id, error) ||
      !check_unreferenced (doc, self->person_id, error))
    return FALSE;
  g_clear_pointer (&self->person, rt_person_free);
  self->person = rt_document_steal_person (doc, self->person_id, &self->index);
  return TRUE;
}

static void
remove_person_revert (RtCommand  *command,
                      RtDocument *doc)
{
  RemovePerson *self = (RemovePerson *) command;

  rt_document_insert_person (doc, g_steal_pointer (&self->person), (int) self->index);
}

static void
remove_person_finalize (RtCommand *command)
{
  RemovePerson *self = (RemovePerson *) command;

  g_free (self->person_id);
  rt_person_free (self->person);
}

static const RtCommandClass remove_person_class = {
  "remove-person", N_("Remove Person"), remove_person_apply, remove_person_revert, NULL,
  remove_person_finalize,
};

RtCommand *
rt_command_remove_person_by_id (const char *person_id)
{
  RemovePerson *self = (RemovePerson *) rt_command_alloc (&remove_person_class,
                                                          sizeof (RemovePerson));

  self->person_id = g_strdup (person_id);
  return &self->parent;
}

RtCommand *
rt_command_remove_person (RtDocument  *doc,
                          const char  *person_id,
                          GError     **error)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rt_document_check_person (doc, person_id, error) ||
      !check_unreferenced (doc, person_id, error))
    return NULL;
  return rt_command_remove_person_by_id (person_id);
}

/* merge_people */

static void
merge_node_people (RtCommand    *group,
                   const RtNode *node,
                   const char   *gone,
                   const char   *keep)
{
  gboolean keep_credited = rt_node_has_credit (node, keep);
  guint i;

  if (g_strcmp0 (node->by, gone) == 0)
    {
      /* The keeper becomes the contributor, so cannot stay a credit. */
      if (keep_credited)
        rt_command_group_add (group, rt_command_remove_credit (node->id, keep));
      rt_command_group_add (group, rt_command_set_author (node->id, keep));
    }
  else if (rt_node_has_credit (node, gone))
    {
      if (keep_credited || g_strcmp0 (node->by, keep) == 0)
        rt_command_group_add (group, rt_command_remove_credit (node->id, gone));
      else
        rt_command_group_add (group, rt_command_rename_credit (node->id, gone, keep));
    }

  if (g_strcmp0 (node->modified_by, gone) == 0)
    rt_command_group_add (group, rt_command_set_modified_by (node->id, keep));

  for (i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = g_ptr_array_index (node->stances, i);

      if (strcmp (stance->person, gone) != 0)
        continue;
      if (rt_node_find_stance (node, keep) != NULL)
        rt_command_group_add (group, rt_command_set_stance (node->id, gone, RT_STANCE_NONE,
                                                            NULL, NULL, RT_TIME_NONE));
      else
        rt_command_group_add (group, rt_command_rename_stance (node->id, gone, keep));
    }
}

static gboolean
check_merge_people (RtDocument  *doc,
                    const char  *gone,
                    const char  *keep,
                    GError     **error)
{
  if (!rt_document_check_person (doc, gone, error) ||
      !rt_document_check_person (doc, keep, error))
    return FALSE;
  if (strcmp (gone, keep) == 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("A person cannot be merged into themselves."));
      return FALSE;
    }
  return TRUE;
}

static RtCommand *
build_merge_people (RtDocument  *doc,
                    const char  *gone,
                    const char  *keep,
                    GError     **error)
{
  RtCommand *group;
  guint i;

  if (!check_merge_people (doc, gone, keep, error))
    return NULL;

  group = rt_command_group_new (NULL);
  for (i = 0; i < rt_document_get_n_nodes (doc); i++)
    merge_node_people (group, rt_document_get_node (doc, i), gone, keep);
  for (i = 0; i < rt_document_get_n_links (doc); i++)
    {
      const RtLink *link = rt_document_get_link (doc, i);

      if (g_strcmp0 (link->by, gone) == 0)
        rt_command_group_add (group, rt_command_set_link_author (link->from, link->to,
                                                                 link->kind, keep));
    }
  rt_command_group_add (group, rt_command_remove_person_by_id (gone));
  return group;
}

RtCommand *
rt_command_merge_people (RtDocument  *doc,
                         const char  *gone_id,
                         const char  *keep_id,
                         GError     **error)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (gone_id != NULL && keep_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_merge_people (doc, gone_id, keep_id, error))
    return NULL;
  return rt_command_derived_new (_("Merge People"), build_merge_people, gone_id, keep_id);
}

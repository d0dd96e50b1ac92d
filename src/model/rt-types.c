/* rt-types.c: the plain values a Roundtable map is made of
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-types.h"

static const char *const node_kind_names[RT_N_NODE_KINDS] = {
  "problem", "response", "pro", "con", "note",
};

static const char *const node_kind_labels[RT_N_NODE_KINDS] = {
  N_("Problem"), N_("Response"), N_("Pro"), N_("Con"), N_("Note"),
};

/* RT_STATUS_NONE has no name in the format. */
static const char *const status_names[RT_N_STATUSES] = {
  NULL, "proposed", "adopted", "rejected", "parked", "open", "resolved",
};

static const char *const status_labels[RT_N_STATUSES] = {
  NC_("status", "No Status"), NC_("status", "Proposed"), NC_("status", "Adopted"),
  NC_("status", "Rejected"), NC_("status", "Parked"), NC_("status", "Open"),
  NC_("status", "Resolved"),
};

static const char *const link_kind_names[RT_N_LINK_KINDS] = {
  "responds-to", "supports", "opposes", "arises-from", "relates-to",
};

static const char *const link_kind_labels[RT_N_LINK_KINDS] = {
  N_("Responds to"), N_("Supports"), N_("Opposes"), N_("Arises from"),
  N_("Relates to"),
};

/* RT_STANCE_NONE has no name in the format. */
static const char *const stance_names[RT_N_STANCE_LEVELS] = {
  NULL, "commit", "agree", "accept", "object",
};

static const char *const stance_labels[RT_N_STANCE_LEVELS] = {
  NC_("stance", "No Stance"), NC_("stance", "Commit"), NC_("stance", "Agree"),
  NC_("stance", "Accept"), NC_("stance", "Object"),
};

static const char *const role_names[] = {
  "participant", "facilitator",
};

/* Colours given to new people, from the GNOME palette. */
static const char *const person_palette[] = {
  "#1c71d8", "#e66100", "#2ec27e", "#c01c28", "#813d9c",
  "#986a44", "#e5a50a", "#3584e4", "#26a269", "#a51d2d",
};

static gboolean
lookup_name (const char *const *names, guint n, const char *s, guint *out)
{
  guint i;

  if (s == NULL)
    return FALSE;
  for (i = 0; i < n; i++)
    {
      if (names[i] != NULL && strcmp (names[i], s) == 0)
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
rt_node_kind_to_string (RtNodeKind kind)
{
  g_return_val_if_fail ((guint) kind < RT_N_NODE_KINDS, NULL);
  return node_kind_names[kind];
}

gboolean
rt_node_kind_from_string (const char *s, RtNodeKind *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!lookup_name (node_kind_names, RT_N_NODE_KINDS, s, &i))
    return FALSE;
  *out = (RtNodeKind) i;
  return TRUE;
}

/* Returns NULL for RT_STATUS_NONE, which the format never writes. */
const char *
rt_status_to_string (RtStatus status)
{
  g_return_val_if_fail ((guint) status < RT_N_STATUSES, NULL);
  return status_names[status];
}

gboolean
rt_status_from_string (const char *s, RtStatus *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!lookup_name (status_names, RT_N_STATUSES, s, &i))
    return FALSE;
  *out = (RtStatus) i;
  return TRUE;
}

const char *
rt_link_kind_to_string (RtLinkKind kind)
{
  g_return_val_if_fail ((guint) kind < RT_N_LINK_KINDS, NULL);
  return link_kind_names[kind];
}

gboolean
rt_link_kind_from_string (const char *s, RtLinkKind *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!lookup_name (link_kind_names, RT_N_LINK_KINDS, s, &i))
    return FALSE;
  *out = (RtLinkKind) i;
  return TRUE;
}

/* Returns NULL for RT_STANCE_NONE, which the format never writes. */
const char *
rt_stance_level_to_string (RtStanceLevel level)
{
  g_return_val_if_fail ((guint) level < RT_N_STANCE_LEVELS, NULL);
  return stance_names[level];
}

gboolean
rt_stance_level_from_string (const char *s, RtStanceLevel *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!lookup_name (stance_names, RT_N_STANCE_LEVELS, s, &i))
    return FALSE;
  *out = (RtStanceLevel) i;
  return TRUE;
}

const char *
rt_role_to_string (RtRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (role_names), NULL);
  return role_names[role];
}

gboolean
rt_role_from_string (const char *s, RtRole *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!lookup_name (role_names, G_N_ELEMENTS (role_names), s, &i))
    return FALSE;
  *out = (RtRole) i;
  return TRUE;
}

const char *
rt_node_kind_get_label (RtNodeKind kind)
{
  g_return_val_if_fail ((guint) kind < RT_N_NODE_KINDS, NULL);
  return _(node_kind_labels[kind]);
}

const char *
rt_status_get_label (RtStatus status)
{
  g_return_val_if_fail ((guint) status < RT_N_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "status", status_labels[status]);
}

const char *
rt_link_kind_get_label (RtLinkKind kind)
{
  g_return_val_if_fail ((guint) kind < RT_N_LINK_KINDS, NULL);
  return _(link_kind_labels[kind]);
}

const char *
rt_stance_level_get_label (RtStanceLevel level)
{
  g_return_val_if_fail ((guint) level < RT_N_STANCE_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "stance", stance_labels[level]);
}

RtStatus
rt_status_default_for_kind (RtNodeKind kind)
{
  switch (kind)
    {
    case RT_NODE_PROBLEM:
      return RT_STATUS_OPEN;
    case RT_NODE_RESPONSE:
      return RT_STATUS_PROPOSED;
    case RT_NODE_PRO:
    case RT_NODE_CON:
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default:
      return RT_STATUS_NONE;
    }
}

gboolean
rt_status_valid_for_kind (RtStatus status, RtNodeKind kind)
{
  switch (kind)
    {
    case RT_NODE_PROBLEM:
      return status == RT_STATUS_OPEN || status == RT_STATUS_RESOLVED;
    case RT_NODE_RESPONSE:
      return status == RT_STATUS_PROPOSED || status == RT_STATUS_ADOPTED ||
             status == RT_STATUS_REJECTED || status == RT_STATUS_PARKED;
    case RT_NODE_PRO:
    case RT_NODE_CON:
    case RT_NODE_NOTE:
      return status == RT_STATUS_NONE;
    case RT_N_NODE_KINDS:
    default:
      return FALSE;
    }
}

RtLinkKind
rt_link_kind_infer (RtNodeKind from, RtNodeKind to)
{
  switch (from)
    {
    case RT_NODE_PRO:
      return RT_LINK_SUPPORTS;
    case RT_NODE_CON:
      return RT_LINK_OPPOSES;
    case RT_NODE_RESPONSE:
      return to == RT_NODE_PROBLEM ? RT_LINK_RESPONDS_TO : RT_LINK_RELATES_TO;
    case RT_NODE_PROBLEM:
      return RT_LINK_ARISES_FROM;
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default:
      return RT_LINK_RELATES_TO;
    }
}

RtNodeKind
rt_node_kind_child (RtNodeKind parent)
{
  switch (parent)
    {
    case RT_NODE_PROBLEM:
      return RT_NODE_RESPONSE;
    case RT_NODE_RESPONSE:
      return RT_NODE_PRO;
    case RT_NODE_PRO:
      return RT_NODE_PRO;
    case RT_NODE_CON:
      return RT_NODE_CON;
    case RT_NODE_NOTE:
    case RT_N_NODE_KINDS:
    default:
      return RT_NODE_NOTE;
    }
}

gboolean
rt_id_is_valid (const char *id)
{
  const char *p;

  if (id == NULL || *id == '\0')
    return FALSE;
  for (p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
        return FALSE;
    }
  return TRUE;
}

gboolean
rt_color_is_valid (const char *color)
{
  guint i;

  if (color == NULL || color[0] != '#')
    return FALSE;
  for (i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (color[i]))
        return FALSE;
    }
  return color[7] == '\0';
}

/* Reads exactly n digits. */
static gboolean
read_digits (const char **p, guint n, int *out)
{
  int v = 0;
  guint i;

  for (i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

gboolean
rt_time_parse (const char *s, gint64 *out)
{
  const char *p = s;
  int year, month, day, hour, minute, second;
  int offset = 0;
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (out != NULL, FALSE);

  if (s == NULL)
    return FALSE;
  if (!read_digits (&p, 4, &year) || *p++ != '-' ||
      !read_digits (&p, 2, &month) || *p++ != '-' ||
      !read_digits (&p, 2, &day) || (*p != 'T' && *p != 't'))
    return FALSE;
  p++;
  if (!read_digits (&p, 2, &hour) || *p++ != ':' ||
      !read_digits (&p, 2, &minute) || *p++ != ':' ||
      !read_digits (&p, 2, &second))
    return FALSE;

  if (*p == '.' || *p == ',')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  if (*p == 'Z' || *p == 'z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      int sign = *p == '-' ? -1 : 1;
      int oh, om;

      p++;
      if (!read_digits (&p, 2, &oh))
        return FALSE;
      if (*p == ':')
        p++;
      if (!read_digits (&p, 2, &om))
        return FALSE;
      if (oh > 23 || om > 59)
        return FALSE;
      offset = sign * (oh * 3600 + om * 60);
    }
  else
    return FALSE;

  if (*p != '\0')
    return FALSE;
  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year) ||
      hour > 23 || minute > 59 || second > 59)
    return FALSE;

  dt = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (dt == NULL)
    return FALSE;
  *out = g_date_time_to_unix (dt) - offset;
  return TRUE;
}

/* Returns NULL for RT_TIME_NONE or a time outside years 1 to 9999. */
char *
rt_time_format (gint64 t)
{
  g_autoptr(GDateTime) dt = NULL;

  if (t == RT_TIME_NONE)
    return NULL;
  dt = g_date_time_new_from_unix_utc (t);
  if (dt == NULL)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (dt),
                          g_date_time_get_month (dt),
                          g_date_time_get_day_of_month (dt),
                          g_date_time_get_hour (dt),
                          g_date_time_get_minute (dt),
                          g_date_time_get_second (dt));
}

gboolean
rt_date_is_valid (const char *s)
{
  const char *p = s;
  int year, month, day;

  if (s == NULL)
    return FALSE;
  if (!read_digits (&p, 4, &year) || *p++ != '-' ||
      !read_digits (&p, 2, &month) || *p++ != '-' ||
      !read_digits (&p, 2, &day) || *p != '\0')
    return FALSE;
  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month,
                                        (GDateYear) year);
}

gint64
rt_time_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Persons */

RtPerson *
rt_person_new (const char *id, const char *name)
{
  RtPerson *person;

  g_return_val_if_fail (id != NULL, NULL);

  person = g_new0 (RtPerson, 1);
  person->id = g_strdup (id);
  person->name = g_strdup (name != NULL ? name : "");
  person->color = g_strdup (person_palette[g_str_hash (id) % G_N_ELEMENTS (person_palette)]);
  person->role = RT_ROLE_PARTICIPANT;
  person->present = TRUE;
  return person;
}

RtPerson *
rt_person_copy (const RtPerson *person)
{
  RtPerson *copy;

  g_return_val_if_fail (person != NULL, NULL);

  copy = g_new0 (RtPerson, 1);
  copy->id = g_strdup (person->id);
  copy->name = g_strdup (person->name);
  copy->color = g_strdup (person->color);
  copy->role = person->role;
  copy->present = person->present;
  return copy;
}

void
rt_person_free (RtPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->id);
  g_free (person->name);
  g_free (person->color);
  g_free (person);
}

static gboolean
color_equal (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_ascii_strcasecmp (a, b) == 0;
}

gboolean
rt_person_equal (const RtPerson *a, const RtPerson *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         color_equal (a->color, b->color) &&
         a->role == b->role &&
         !a->present == !b->present;
}

/* Stances */

RtStance *
rt_stance_new (const char *person, RtStanceLevel level)
{
  RtStance *stance;

  g_return_val_if_fail (person != NULL, NULL);

  stance = g_new0 (RtStance, 1);
  stance->person = g_strdup (person);
  stance->level = level;
  stance->at = RT_TIME_NONE;
  return stance;
}

RtStance *
rt_stance_copy (const RtStance *stance)
{
  RtStance *copy;

  g_return_val_if_fail (stance != NULL, NULL);

  copy = g_new0 (RtStance, 1);
  copy->person = g_strdup (stance->person);
  copy->level = stance->level;
  copy->at = stance->at;
  copy->due = g_strdup (stance->due);
  copy->text = g_strdup (stance->text);
  return copy;
}

void
rt_stance_free (RtStance *stance)
{
  if (stance == NULL)
    return;
  g_free (stance->person);
  g_free (stance->due);
  g_free (stance->text);
  g_free (stance);
}

gboolean
rt_stance_equal (const RtStance *a, const RtStance *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->person, b->person) == 0 &&
         a->level == b->level &&
         a->at == b->at &&
         g_strcmp0 (a->due, b->due) == 0 &&
         g_strcmp0 (a->text, b->text) == 0;
}

/* Links */

RtLink *
rt_link_new (const char *from, const char *to, RtLinkKind kind)
{
  RtLink *link;

  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  link = g_new0 (RtLink, 1);
  link->from = g_strdup (from);
  link->to = g_strdup (to);
  link->kind = kind;
  link->created = RT_TIME_NONE;
  return link;
}

RtLink *
rt_link_copy (const RtLink *link)
{
  RtLink *copy;

  g_return_val_if_fail (link != NULL, NULL);

  copy = g_new0 (RtLink, 1);
  copy->from = g_strdup (link->from);
  copy->to = g_strdup (link->to);
  copy->kind = link->kind;
  copy->by = g_strdup (link->by);
  copy->created = link->created;
  return copy;
}

void
rt_link_free (RtLink *link)
{
  if (link == NULL)
    return;
  g_free (link->from);
  g_free (link->to);
  g_free (link->by);
  g_free (link);
}

gboolean
rt_link_equal (const RtLink *a, const RtLink *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->from, b->from) == 0 &&
         g_strcmp0 (a->to, b->to) == 0 &&
         a->kind == b->kind &&
         g_strcmp0 (a->by, b->by) == 0 &&
         a->created == b->created;
}

/* Nodes */

RtNode *
rt_node_new (const char *id, RtNodeKind kind)
{
  RtNode *node;

  g_return_val_if_fail (id != NULL, NULL);

  node = g_new0 (RtNode, 1);
  node->id = g_strdup (id);
  node->kind = kind;
  node->created = RT_TIME_NONE;
  node->modified = RT_TIME_NONE;
  node->status = rt_status_default_for_kind (kind);
  node->text = g_strdup ("");
  /* No reserved size: most nodes never get a credit or a stance, and an
   * empty GPtrArray allocates no storage. */
  node->credits = g_ptr_array_new_with_free_func (g_free);
  node->stances = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_stance_free);
  return node;
}

RtNode *
rt_node_copy (const RtNode *node)
{
  RtNode *copy;
  guint i;

  g_return_val_if_fail (node != NULL, NULL);

  copy = g_new0 (RtNode, 1);
  copy->id = g_strdup (node->id);
  copy->kind = node->kind;
  copy->by = g_strdup (node->by);
  copy->created = node->created;
  copy->modified = node->modified;
  copy->modified_by = g_strdup (node->modified_by);
  copy->status = node->status;
  copy->has_position = node->has_position;
  copy->x = node->x;
  copy->y = node->y;
  copy->pinned = node->pinned;
  copy->text = g_strdup (node->text != NULL ? node->text : "");
  copy->details = g_strdup (node->details);
  copy->credits = g_ptr_array_new_full (node->credits->len, g_free);
  for (i = 0; i < node->credits->len; i++)
    g_ptr_array_add (copy->credits, g_strdup (g_ptr_array_index (node->credits, i)));
  copy->stances = g_ptr_array_new_full (node->stances->len,
                                        (GDestroyNotify) rt_stance_free);
  for (i = 0; i < node->stances->len; i++)
    g_ptr_array_add (copy->stances, rt_stance_copy (g_ptr_array_index (node->stances, i)));
  copy->links = NULL;
  return copy;
}

void
rt_node_free (RtNode *node)
{
  if (node == NULL)
    return;
  /* A document detaches its link index before freeing a node. */
  g_warn_if_fail (node->links == NULL);
  g_free (node->id);
  g_free (node->by);
  g_free (node->modified_by);
  g_free (node->text);
  g_free (node->details);
  g_ptr_array_unref (node->credits);
  g_ptr_array_unref (node->stances);
  g_free (node);
}

gboolean
rt_node_equal (const RtNode *a, const RtNode *b)
{
  guint i;

  if (a == NULL || b == NULL)
    return a == b;
  if (g_strcmp0 (a->id, b->id) != 0 ||
      a->kind != b->kind ||
      g_strcmp0 (a->by, b->by) != 0 ||
      a->created != b->created ||
      a->modified != b->modified ||
      g_strcmp0 (a->modified_by, b->modified_by) != 0 ||
      a->status != b->status ||
      !a->has_position != !b->has_position ||
      !a->pinned != !b->pinned ||
      g_strcmp0 (a->text, b->text) != 0 ||
      g_strcmp0 (a->details, b->details) != 0)
    return FALSE;
  if (a->has_position && (a->x != b->x || a->y != b->y))
    return FALSE;
  if (a->credits->len != b->credits->len || a->stances->len != b->stances->len)
    return FALSE;
  for (i = 0; i < a->credits->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (a->credits, i),
                     g_ptr_array_index (b->credits, i)) != 0)
        return FALSE;
    }
  for (i = 0; i < a->stances->len; i++)
    {
      if (!rt_stance_equal (g_ptr_array_index (a->stances, i),
                            g_ptr_array_index (b->stances, i)))
        return FALSE;
    }
  return TRUE;
}

const RtStance *
rt_node_find_stance (const RtNode *node, const char *person)
{
  guint i;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (person != NULL, NULL);

  for (i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = g_ptr_array_index (node->stances, i);

      if (strcmp (stance->person, person) == 0)
        return stance;
    }
  return NULL;
}

gboolean
rt_node_has_credit (const RtNode *node, const char *person)
{
  guint i;

  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  for (i = 0; i < node->credits->len; i++)
    {
      if (strcmp (g_ptr_array_index (node->credits, i), person) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
rt_node_has_contributor (const RtNode *node, const char *person)
{
  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  return g_strcmp0 (node->by, person) == 0 || rt_node_has_credit (node, person);
}

/* rt-map-builder-elements.c: the elements that carry attributes, checked
 * against FORMAT.md
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-map-builder-private.h"

static gboolean
parse_bool (RtMapBuilder *self,
            Attr          a,
            gboolean     *out,
            guint         line,
            GError      **error)
{
  const char *value = attr (self, a);

  if (value == NULL)
    return TRUE;
  if (strcmp (value, "true") == 0)
    *out = TRUE;
  else if (strcmp (value, "false") == 0)
    *out = FALSE;
  else
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” must be “true” or “false”, not “%s”."), rt_map_attr_names[a], value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_digits (const char *s,
             guint       n,
             int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* Times as the writer writes them, "2026-11-24T18:03:12Z", without the
 * GDateTime that rt_time_parse() allocates; anything else goes to it. */
gboolean
rt_map_parse_time (const char *s,
                   gint64     *out)
{
  static const guint8 days_in_month[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int year, month, day, hour, minute, second;
  gint64 y, era, yoe, doy, doe;
  gboolean leap;

  if (strlen (s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
      s[16] != ':' || s[19] != 'Z' ||
      !read_digits (s, 4, &year) || !read_digits (s + 5, 2, &month) ||
      !read_digits (s + 8, 2, &day) || !read_digits (s + 11, 2, &hour) ||
      !read_digits (s + 14, 2, &minute) || !read_digits (s + 17, 2, &second))
    return rt_time_parse (s, out);

  leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month[month - 1] + (month == 2 && leap) ||
      hour > 23 || minute > 59 || second > 59)
    return FALSE;

  /* Civil date to days, after Howard Hinnant's chrono algorithms. */
  y = year - (month <= 2);
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *out = (era * 146097 + doe - 719468) * 86400 + hour * 3600 + minute * 60 + second;
  return TRUE;
}

static gboolean
parse_time (RtMapBuilder *self,
            const char   *value,
            gint64       *out,
            guint         line,
            GError      **error)
{
  if (value == NULL)
    return TRUE;
  if (!rt_map_parse_time (value, out))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” is not a valid time (a time looks like 2026-11-24T18:03:12Z)."), value);
      return FALSE;
    }
  return TRUE;
}

/* A decimal number: optional sign, digits with an optional fraction, an
 * optional exponent; no hex, infinity or NaN. */
static gboolean
parse_number (const char *s,
              double     *out)
{
  const char *p = s;
  guint digits = 0;
  char *end = NULL;
  double v;

  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits++;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++, digits++;
    }
  if (digits == 0)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return FALSE;

  v = g_ascii_strtod (s, &end);
  if (end != p || !isfinite (v))
    return FALSE;

  *out = v;
  return TRUE;
}

static gboolean
check_id (RtMapBuilder *self,
          const char   *id,
          guint         line,
          GError      **error)
{
  if (!rt_id_is_valid (id))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” is not a valid id (ids are made of letters, digits, “-”, “_” and “.”)."),
            id);
      return FALSE;
    }
  return TRUE;
}

static void
refer (RtMapBuilder *self,
       RefKind       kind,
       const char   *id,
       const char   *owner,
       guint         line)
{
  PendingRef ref = { id, owner, line, kind };

  if (id == NULL || rt_document_lookup_person (self->doc, id) != NULL)
    return;
  g_array_append_val (self->pending, ref);
}

gboolean
rt_map_start_root (RtMapBuilder *self,
                   guint         line,
                   GError      **error)
{
  const char *version = attr (self, A_VERSION);
  char *end = NULL;
  guint64 number;

  self->seen_root = TRUE;

  if (version == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_VERSION, line,
            _("the map does not say which version of the format it uses: in a text "
              "editor, add version=\"1\" to <roundtable>."));
      return FALSE;
    }
  if (strcmp (version, "1") == 0)
    return TRUE;

  number = g_ascii_strtoull (version, &end, 10);
  if (g_ascii_isdigit (version[0]) && end != version && *end == '\0' && number > 1)
    rt_map_builder_fail (self, error, RT_IO_ERROR_VERSION, line,
          _("this map was made by a newer version of Roundtable (format version %s). "
            "Update Roundtable to open it."), version);
  else
    rt_map_builder_fail (self, error, RT_IO_ERROR_VERSION, line,
          _("this map uses an unknown format version “%s”. If the file was changed "
            "by hand, correct it to version=\"1\" in a text editor; otherwise update "
            "Roundtable."), version);
  return FALSE;
}

gboolean
rt_map_start_person (RtMapBuilder *self,
                     guint         line,
                     GError      **error)
{
  const char *id = attr (self, A_ID);
  const char *name = attr (self, A_NAME);
  const char *color = attr (self, A_COLOR);
  const char *role = attr (self, A_ROLE);
  g_autoptr(RtPerson) person = NULL;
  g_autofree char *trimmed = NULL;

  if (id == NULL || name == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a person is missing the “%s” attribute."), id == NULL ? "id" : "name");
      return FALSE;
    }
  if (!check_id (self, id, line, error))
    return FALSE;
  if (rt_document_lookup_person (self->doc, id) != NULL)
    {
      guint other = 0;

      while (strcmp (rt_document_get_person (self->doc, other)->id, id) != 0)
        other++;
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("two people have the id “%s” (the other one is on line %u)."), id,
            g_array_index (self->person_lines, guint, other));
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (name));
  if (trimmed[0] == '\0')
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line, _("person “%s” has no name."), id);
      return FALSE;
    }

  person = rt_person_new (id, name);
  g_clear_pointer (&person->color, g_free);
  if (color != NULL)
    {
      if (!rt_color_is_valid (color))
        {
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
                _("person “%s” has the color “%s”, which is not a color of the form #rrggbb."),
                id, color);
          return FALSE;
        }
      person->color = g_ascii_strdown (color, -1);
    }
  if (role != NULL && !rt_role_from_string (role, &person->role))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("person “%s” has the role “%s”; a role is “facilitator” or “participant”."),
            id, role);
      return FALSE;
    }
  if (!parse_bool (self, A_PRESENT, &person->present, line, error))
    return FALSE;

  if (person->color == NULL)
    g_ptr_array_add (self->uncolored, person);
  g_array_append_val (self->person_lines, line);
  rt_document_take_person (self->doc, g_steal_pointer (&person));
  return TRUE;
}

static gboolean
read_node_attributes (RtMapBuilder *self,
                      RtNode       *node,
                      guint         line,
                      GError      **error)
{
  const char *kind_name = attr (self, A_KIND);
  const char *status_name = attr (self, A_STATUS);
  const char *x = attr (self, A_X), *y = attr (self, A_Y);

  if (status_name != NULL)
    {
      RtStatus status = RT_STATUS_NONE;

      if (!rt_status_from_string (status_name, &status) || status == RT_STATUS_NONE)
        {
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
                _("node “%s” has an unknown status “%s”."), node->id, status_name);
          return FALSE;
        }
      if (!rt_status_valid_for_kind (status, node->kind))
        {
          if (rt_status_default_for_kind (node->kind) == RT_STATUS_NONE)
            rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
                  _("node “%s” is a %s, which has no status, but it has the status “%s”."),
                  node->id, kind_name, status_name);
          else
            rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
                  _("node “%s” is a %s, which cannot have the status “%s”."),
                  node->id, kind_name, status_name);
          return FALSE;
        }
      node->status = status;
    }

  node->by = g_strdup (attr (self, A_BY));
  node->modified_by = g_strdup (attr (self, A_MODIFIED_BY));
  if ((node->by != NULL && !check_id (self, node->by, line, error)) ||
      (node->modified_by != NULL && !check_id (self, node->modified_by, line, error)) ||
      !parse_time (self, attr (self, A_CREATED), &node->created, line, error) ||
      !parse_time (self, attr (self, A_MODIFIED), &node->modified, line, error))
    return FALSE;

  if (x != NULL || y != NULL)
    {
      if (x == NULL || y == NULL)
        {
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
                _("node “%s” has only one of its two coordinates (x and y)."), node->id);
          return FALSE;
        }
      if (!parse_number (x, &node->x) || !parse_number (y, &node->y))
        {
          gboolean bad_x = !parse_number (x, &node->x);

          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
                _("node “%s” has the position %s=“%s”, which is not a number."),
                node->id, bad_x ? "x" : "y", bad_x ? x : y);
          return FALSE;
        }
      node->has_position = TRUE;
    }
  return parse_bool (self, A_PINNED, &node->pinned, line, error);
}

gboolean
rt_map_start_node (RtMapBuilder *self,
                   guint         line,
                   GError      **error)
{
  const char *id = attr (self, A_ID);
  const char *kind_name = attr (self, A_KIND);
  RtNodeKind kind;
  g_autoptr(RtNode) node = NULL;

  if (id == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line, _("a node is missing the “id” attribute."));
      return FALSE;
    }
  if (!check_id (self, id, line, error))
    return FALSE;
  if (rt_document_lookup_node (self->doc, id) != NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("two nodes have the id “%s” (the other one is on line %u)."), id,
            g_array_index (self->node_lines, guint,
                           rt_document_get_node_index (self->doc, id)));
      return FALSE;
    }
  if (kind_name == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("node “%s” is missing the “kind” attribute."), id);
      return FALSE;
    }
  if (!rt_node_kind_from_string (kind_name, &kind))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("node “%s” is of an unknown kind “%s” "
              "(the kinds are problem, response, pro, con and note)."), id, kind_name);
      return FALSE;
    }

  node = rt_node_new (id, kind);
  if (!read_node_attributes (self, node, line, error))
    return FALSE;

  refer (self, REF_NODE_BY, node->by, node->id, line);
  refer (self, REF_NODE_MODIFIED_BY, node->modified_by, node->id, line);
  self->node = node;
  self->node_has_text = FALSE;
  self->node_has_details = FALSE;
  g_array_append_val (self->node_lines, line);
  rt_document_take_node (self->doc, g_steal_pointer (&node));
  return TRUE;
}

static gboolean
person_seen_on_node (RtMapBuilder *self,
                     GPtrArray    *ids,
                     GHashTable  **set,
                     const char   *person,
                     gboolean      stances)
{
  /* Linear for the usual handful; a set once a node has many. */
  if (*set == NULL && ids->len < 32)
    {
      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = stances ? ((RtStance *) ids->pdata[i])->person : ids->pdata[i];

          if (strcmp (id, person) == 0)
            return TRUE;
        }
      return FALSE;
    }
  if (*set == NULL)
    {
      *set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < ids->len; i++)
        g_hash_table_add (*set, stances ? ((RtStance *) ids->pdata[i])->person : ids->pdata[i]);
    }
  return g_hash_table_contains (*set, person);
}

gboolean
rt_map_start_credit (RtMapBuilder *self,
                     guint         line,
                     GError      **error)
{
  RtNode *node = self->node;
  const char *person = attr (self, A_PERSON);
  char *copy;

  if (person == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a credit on node “%s” does not say which person it is for."), node->id);
      return FALSE;
    }
  if (!check_id (self, person, line, error))
    return FALSE;
  if (g_strcmp0 (person, node->by) == 0)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("node “%s” credits “%s”, who is already its author."), node->id, person);
      return FALSE;
    }
  if (person_seen_on_node (self, node->credits, &self->node_credits, person, FALSE))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("node “%s” credits “%s” twice."), node->id, person);
      return FALSE;
    }

  copy = g_strdup (person);
  g_ptr_array_add (node->credits, copy);
  if (self->node_credits != NULL)
    g_hash_table_add (self->node_credits, copy);
  refer (self, REF_CREDIT, copy, node->id, line);
  return TRUE;
}

gboolean
rt_map_start_stance (RtMapBuilder *self,
                     guint         line,
                     GError      **error)
{
  RtNode *node = self->node;
  const char *person = attr (self, A_PERSON);
  const char *level_name = attr (self, A_LEVEL);
  const char *due = attr (self, A_DUE);
  RtStanceLevel level = RT_STANCE_NONE;
  RtStance *stance;

  if (person == NULL || level_name == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a stance on node “%s” is missing the “%s” attribute."), node->id,
            person == NULL ? "person" : "level");
      return FALSE;
    }
  if (!check_id (self, person, line, error))
    return FALSE;
  if (!rt_stance_level_from_string (level_name, &level) || level == RT_STANCE_NONE)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a stance on node “%s” has an unknown level “%s” "
              "(the levels are commit, agree, accept and object)."), node->id, level_name);
      return FALSE;
    }
  if (person_seen_on_node (self, node->stances, &self->node_stances, person, TRUE))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” has two stances on node “%s”; a person takes only one."),
            person, node->id);
      return FALSE;
    }
  if (due != NULL && !rt_date_is_valid (due))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” is not a valid date (a date looks like 2026-12-01)."), due);
      return FALSE;
    }

  stance = rt_stance_new (person, level);
  g_ptr_array_add (node->stances, stance);
  if (self->node_stances != NULL)
    g_hash_table_add (self->node_stances, stance->person);
  self->stance = stance;
  stance->due = g_strdup (due);
  refer (self, REF_STANCE, stance->person, node->id, line);
  return parse_time (self, attr (self, A_AT), &stance->at, line, error);
}

static guint
link_line (RtMapBuilder *self,
           const RtLink *link)
{
  for (guint i = 0; i < self->link_lines->len; i++)
    if (rt_document_get_link (self->doc, i) == link)
      return g_array_index (self->link_lines, guint, i);
  return 0;
}

/* Takes the link unless it repeats one; both nodes are in the document. */
gboolean
rt_map_add_link (RtMapBuilder *self,
                 RtLink       *link,
                 guint         line,
                 GError      **error)
{
  const RtLink *first = rt_document_find_link (self->doc, link->from, link->to, link->kind);

  if (first != NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("the link from “%s” to “%s” (%s) is there twice; the first is on line %u."),
            link->from, link->to, rt_link_kind_to_string (link->kind), link_line (self, first));
      rt_link_free (link);
      return FALSE;
    }
  g_array_append_val (self->link_lines, line);
  rt_document_take_link (self->doc, link);
  return TRUE;
}

gboolean
rt_map_start_link (RtMapBuilder *self,
                   guint         line,
                   GError      **error)
{
  const char *from = attr (self, A_FROM);
  const char *to = attr (self, A_TO);
  const char *kind_name = attr (self, A_KIND);
  const char *by = attr (self, A_BY);
  RtLinkKind kind;
  g_autoptr(RtLink) link = NULL;

  if (from == NULL || to == NULL || kind_name == NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a link is missing the “%s” attribute."),
            from == NULL ? "from" : to == NULL ? "to" : "kind");
      return FALSE;
    }
  if (!check_id (self, from, line, error) || !check_id (self, to, line, error) ||
      (by != NULL && !check_id (self, by, line, error)))
    return FALSE;
  if (!rt_link_kind_from_string (kind_name, &kind))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a link has an unknown kind “%s” (the kinds are responds-to, supports, "
              "opposes, arises-from and relates-to)."), kind_name);
      return FALSE;
    }
  if (strcmp (from, to) == 0)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a link goes from node “%s” to itself."), from);
      return FALSE;
    }

  link = rt_link_new (from, to, kind);
  link->by = g_strdup (by);
  if (!parse_time (self, attr (self, A_CREATED), &link->created, line, error))
    return FALSE;
  refer (self, REF_LINK_BY, link->by, NULL, line);

  if (rt_document_lookup_node (self->doc, from) == NULL ||
      rt_document_lookup_node (self->doc, to) == NULL)
    {
      HeldLink held = { g_steal_pointer (&link), line };

      g_array_append_val (self->held_links, held);
      return TRUE;
    }
  return rt_map_add_link (self, g_steal_pointer (&link), line, error);
}

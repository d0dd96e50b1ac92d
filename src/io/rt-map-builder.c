/* rt-map-builder.c
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

const char *const rt_map_attr_names[N_ATTRS] = {
  "version", "id", "name", "color", "role", "present", "kind", "by", "created", "status",
  "x", "y", "pinned", "modified", "modified-by", "person", "level", "at", "due", "from", "to",
};

void
rt_map_builder_fail (RtMapBuilder *self,
                     GError      **error,
                     RtIoError     code,
                     guint         line,
                     const char   *format,
                     ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  rt_io_set_error_at (error, code, self->name, line, "%s", what);
}

RtMapBuilder *
rt_map_builder_new (const char *display_name)
{
  RtMapBuilder *self = g_new0 (RtMapBuilder, 1);

  self->name = g_strdup (display_name != NULL ? display_name : "");
  self->scratch = g_string_sized_new (256);
  self->text = g_string_sized_new (256);
  self->created = RT_TIME_NONE;
  self->modified = RT_TIME_NONE;
  self->doc = rt_document_new ();
  self->person_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->uncolored = g_ptr_array_new ();
  self->node_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->link_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->held_links = g_array_new (FALSE, FALSE, sizeof (HeldLink));
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingRef));
  for (guint i = 0; i < N_ATTRS; i++)
    self->attr_at[i] = -1;

  return self;
}

void
rt_map_builder_free (RtMapBuilder *self)
{
  if (self == NULL)
    return;

  /* Indexes first: their keys are borrowed from the objects. */
  g_clear_pointer (&self->node_credits, g_hash_table_unref);
  g_clear_pointer (&self->node_stances, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->uncolored, g_ptr_array_unref);
  for (guint i = 0; i < self->held_links->len; i++)
    rt_link_free (g_array_index (self->held_links, HeldLink, i).link);
  g_array_unref (self->held_links);
  g_array_unref (self->person_lines);
  g_array_unref (self->node_lines);
  g_array_unref (self->link_lines);
  g_clear_object (&self->doc);
  g_string_free (self->scratch, TRUE);
  g_string_free (self->text, TRUE);
  g_free (self->title);
  g_free (self->description);
  g_free (self->name);
  g_free (self);
}

static int
attr_lookup (const char *name)
{
  int first, last;

  /* Attribute names are few and short: narrow by the first letter. */
  switch (name[0])
    {
    case 'a': first = A_AT; last = A_AT; break;
    case 'b': first = A_BY; last = A_BY; break;
    case 'c': first = A_COLOR; last = A_CREATED; break;
    case 'd': first = A_DUE; last = A_DUE; break;
    case 'f': first = A_FROM; last = A_FROM; break;
    case 'i': first = A_ID; last = A_ID; break;
    case 'k': first = A_KIND; last = A_KIND; break;
    case 'l': first = A_LEVEL; last = A_LEVEL; break;
    case 'm': first = A_MODIFIED; last = A_MODIFIED_BY; break;
    case 'n': first = A_NAME; last = A_NAME; break;
    case 'p': first = A_PRESENT; last = A_PERSON; break;
    case 'r': first = A_ROLE; last = A_ROLE; break;
    case 's': first = A_STATUS; last = A_STATUS; break;
    case 't': first = A_TO; last = A_TO; break;
    case 'v': first = A_VERSION; last = A_VERSION; break;
    case 'x': first = A_X; last = A_X; break;
    case 'y': first = A_Y; last = A_Y; break;
    default: return -1;
    }

  for (int i = first; i <= last; i++)
    if (strcmp (name, rt_map_attr_names[i]) == 0)
      return i;

  return -1;
}

gboolean
rt_map_builder_attribute (RtMapBuilder *self,
                          const char   *name,
                          const char   *value,
                          GError      **error)
{
  int attr = attr_lookup (name);
  gsize len;

  if (attr < 0)
    return TRUE;

  len = strlen (value);
  if (len > RT_MAP_MAX_TEXT)
    {
      self->too_long = rt_map_attr_names[attr];
      return TRUE;
    }

  self->attr_at[attr] = self->scratch->len;
  g_string_append_len (self->scratch, value, len + 1);

  return TRUE;
}

static Element
element_lookup (Element     parent,
                guint       depth,
                const char *name)
{
  if (name == NULL)
    return EL_UNKNOWN;

  if (depth == 0)
    return strcmp (name, "roundtable") == 0 ? EL_ROOT : EL_UNKNOWN;

  switch (parent)
    {
    case EL_ROOT:
      if (strcmp (name, "nodes") == 0) return EL_NODES;
      if (strcmp (name, "links") == 0) return EL_LINKS;
      if (strcmp (name, "people") == 0) return EL_PEOPLE;
      if (strcmp (name, "meta") == 0) return EL_META;
      return EL_UNKNOWN;
    case EL_META:
      if (strcmp (name, "title") == 0) return EL_TITLE;
      if (strcmp (name, "description") == 0) return EL_DESCRIPTION;
      if (strcmp (name, "created") == 0) return EL_CREATED;
      if (strcmp (name, "modified") == 0) return EL_MODIFIED;
      return EL_UNKNOWN;
    case EL_PEOPLE:
      return strcmp (name, "person") == 0 ? EL_PERSON : EL_UNKNOWN;
    case EL_NODES:
      return strcmp (name, "node") == 0 ? EL_NODE : EL_UNKNOWN;
    case EL_NODE:
      if (strcmp (name, "text") == 0) return EL_TEXT;
      if (strcmp (name, "details") == 0) return EL_DETAILS;
      if (strcmp (name, "credit") == 0) return EL_CREDIT;
      if (strcmp (name, "stance") == 0) return EL_STANCE;
      return EL_UNKNOWN;
    case EL_LINKS:
      return strcmp (name, "link") == 0 ? EL_LINK : EL_UNKNOWN;
    case EL_UNKNOWN:
    case EL_TITLE:
    case EL_DESCRIPTION:
    case EL_CREATED:
    case EL_MODIFIED:
    case EL_PERSON:
    case EL_TEXT:
    case EL_DETAILS:
    case EL_CREDIT:
    case EL_STANCE:
    case EL_LINK:
    default:
      return EL_UNKNOWN;
    }
}

static void
clear_attributes (RtMapBuilder *self)
{
  g_string_truncate (self->scratch, 0);
  for (guint i = 0; i < N_ATTRS; i++)
    self->attr_at[i] = -1;
  self->too_long = NULL;
}

gboolean
rt_map_builder_start (RtMapBuilder *self,
                      const char   *name,
                      guint         line,
                      GError      **error)
{
  Element parent = self->depth > 0 ? self->stack[self->depth - 1] : EL_UNKNOWN;
  Element element;
  gboolean ok = TRUE;

  if (self->depth >= RT_MAP_MAX_DEPTH)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_LIMIT, line,
            _("the file is nested more than %d levels deep."), RT_MAP_MAX_DEPTH);
      return FALSE;
    }

  element = element_lookup (parent, self->depth, name);
  if (self->depth == 0 && element != EL_ROOT)
    {
      if (name != NULL)
        rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line,
              _("this is not a Roundtable map (it starts with <%s> instead of <roundtable>)."),
              name);
      else
        rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, line, _("this is not a Roundtable map."));
      return FALSE;
    }
  if (element != EL_UNKNOWN && self->too_long != NULL)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_LIMIT, line,
            _("the “%s” attribute is longer than 1 MiB."), self->too_long);
      return FALSE;
    }

  self->stack[self->depth++] = element;

  switch (element)
    {
    case EL_ROOT: ok = rt_map_start_root (self, line, error); break;
    case EL_PERSON: ok = rt_map_start_person (self, line, error); break;
    case EL_NODE: ok = rt_map_start_node (self, line, error); break;
    case EL_CREDIT: ok = rt_map_start_credit (self, line, error); break;
    case EL_STANCE: ok = rt_map_start_stance (self, line, error); break;
    case EL_LINK: ok = rt_map_start_link (self, line, error); break;
    case EL_TITLE:
    case EL_DESCRIPTION:
    case EL_CREATED:
    case EL_MODIFIED:
    case EL_TEXT:
    case EL_DETAILS:
    case EL_UNKNOWN:
    case EL_META:
    case EL_PEOPLE:
    case EL_NODES:
    case EL_LINKS:
    default:
      break;
    }
  if (element != EL_UNKNOWN)
    {
      /* Only known elements hold texts, and only directly. */
      g_string_truncate (self->text, 0);
      self->text_line = line;
    }

  clear_attributes (self);
  return ok;
}

gboolean
rt_map_builder_text (RtMapBuilder *self,
                     const char   *text,
                     gsize         len,
                     GError      **error)
{
  if (self->depth == 0)
    return TRUE;

  switch (self->stack[self->depth - 1])
    {
    case EL_TITLE:
    case EL_DESCRIPTION:
    case EL_CREATED:
    case EL_MODIFIED:
    case EL_TEXT:
    case EL_DETAILS:
    case EL_STANCE:
      if (self->text->len + len > RT_MAP_MAX_TEXT)
        {
          rt_map_builder_fail (self, error, RT_IO_ERROR_LIMIT, self->text_line,
                _("a text in the file is longer than 1 MiB."));
          return FALSE;
        }
      g_string_append_len (self->text, text, len);
      return TRUE;
    case EL_UNKNOWN:
    case EL_ROOT:
    case EL_META:
    case EL_PEOPLE:
    case EL_PERSON:
    case EL_NODES:
    case EL_NODE:
    case EL_CREDIT:
    case EL_LINKS:
    case EL_LINK:
    default:
      return TRUE;
    }
}

static char *
take_text (RtMapBuilder *self)
{
  return g_strndup (self->text->str, self->text->len);
}

static gboolean
end_meta_time (RtMapBuilder *self,
               gboolean     *seen,
               gint64       *out,
               GError      **error)
{
  if (*seen)
    return TRUE;
  *seen = TRUE;
  if (!rt_map_parse_time (self->text->str, out))
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, self->text_line,
            _("“%s” is not a valid time (a time looks like 2026-11-24T18:03:12Z)."),
            self->text->str);
      return FALSE;
    }
  return TRUE;
}

gboolean
rt_map_builder_end (RtMapBuilder *self,
                    GError      **error)
{
  Element element;

  g_assert (self->depth > 0);
  element = self->stack[--self->depth];

  switch (element)
    {
    case EL_TITLE:
      if (!self->has_title)
        self->title = take_text (self);
      self->has_title = TRUE;
      break;
    case EL_DESCRIPTION:
      if (!self->has_description)
        self->description = take_text (self);
      self->has_description = TRUE;
      break;
    case EL_CREATED:
      return end_meta_time (self, &self->has_created, &self->created, error);
    case EL_MODIFIED:
      return end_meta_time (self, &self->has_modified, &self->modified, error);
    case EL_TEXT:
      if (!self->node_has_text)
        {
          g_free (self->node->text);
          self->node->text = take_text (self);
        }
      self->node_has_text = TRUE;
      break;
    case EL_DETAILS:
      if (!self->node_has_details)
        self->node->details = take_text (self);
      self->node_has_details = TRUE;
      break;
    case EL_STANCE:
      if (self->text->len > 0)
        self->stance->text = take_text (self);
      self->stance = NULL;
      break;
    case EL_NODE:
      self->node = NULL;
      g_clear_pointer (&self->node_credits, g_hash_table_unref);
      g_clear_pointer (&self->node_stances, g_hash_table_unref);
      break;
    case EL_UNKNOWN:
    case EL_ROOT:
    case EL_META:
    case EL_PEOPLE:
    case EL_PERSON:
    case EL_NODES:
    case EL_CREDIT:
    case EL_LINKS:
    case EL_LINK:
    default:
      break;
    }
  return TRUE;
}

static gboolean
resolve_pending (RtMapBuilder *self,
                 GError      **error)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      const PendingRef *ref = &g_array_index (self->pending, PendingRef, i);
      if (rt_document_lookup_person (self->doc, ref->id) != NULL)
        continue;

      switch (ref->kind)
        {
        case REF_NODE_BY:
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” was contributed by “%s”, who is not in this map."),
                ref->owner, ref->id);
          break;
        case REF_NODE_MODIFIED_BY:
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” was last changed by “%s”, who is not in this map."),
                ref->owner, ref->id);
          break;
        case REF_CREDIT:
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” credits “%s”, who is not in this map."), ref->owner, ref->id);
          break;
        case REF_STANCE:
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” has a stance by “%s”, who is not in this map."),
                ref->owner, ref->id);
          break;
        case REF_LINK_BY:
        default:
          rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("the link was made by “%s”, who is not in this map."), ref->id);
          break;
        }
      return FALSE;
    }
  return TRUE;
}

static gboolean
take_held_links (RtMapBuilder *self,
                 GError      **error)
{
  for (guint i = 0; i < self->held_links->len; i++)
    {
      HeldLink *held = &g_array_index (self->held_links, HeldLink, i);
      RtLink *link = g_steal_pointer (&held->link);

      if (rt_document_lookup_node (self->doc, link->from) == NULL)
        rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, held->line,
              _("the link starts at node “%s”, which is not in this map."), link->from);
      else if (rt_document_lookup_node (self->doc, link->to) == NULL)
        rt_map_builder_fail (self, error, RT_IO_ERROR_INVALID, held->line,
              _("the link points to node “%s”, which is not in this map."), link->to);
      else if (rt_map_add_link (self, link, held->line, error))
        continue;
      else
        return FALSE;

      rt_link_free (link);
      return FALSE;
    }
  return TRUE;
}

/* The model's person colors, in the order people without one receive
 * them: the first that nobody in the map has yet. */
static const char *const palette[] = {
  "#1c71d8", "#e66100", "#2ec27e", "#c01c28", "#813d9c",
  "#986a44", "#e5a50a", "#3584e4", "#26a269", "#a51d2d",
};

static void
assign_colors (RtMapBuilder *self)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  guint next = 0;

  for (guint i = 0; i < rt_document_get_n_people (self->doc); i++)
    {
      const RtPerson *person = rt_document_get_person (self->doc, i);

      if (person->color != NULL)
        g_hash_table_add (used, person->color);
    }

  for (guint i = 0; i < self->uncolored->len; i++)
    {
      RtPerson *person = self->uncolored->pdata[i];
      const char *color;

      while (next < G_N_ELEMENTS (palette) && g_hash_table_contains (used, palette[next]))
        next++;
      if (next < G_N_ELEMENTS (palette))
        color = palette[next++];
      else
        color = palette[i % G_N_ELEMENTS (palette)];
      person->color = g_strdup (color);
    }
}

RtDocument *
rt_map_builder_finish (RtMapBuilder *self,
                       GError      **error)
{
  if (!self->seen_root || self->depth != 0)
    {
      rt_map_builder_fail (self, error, RT_IO_ERROR_PARSE, 0, _("the file ends before the map does."));
      return NULL;
    }
  if (!resolve_pending (self, error) || !take_held_links (self, error))
    return NULL;

  assign_colors (self);
  rt_document_set_meta (self->doc, self->title, self->description,
                        self->created, self->modified);

  return g_steal_pointer (&self->doc);
}

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

#include "rt-io-error.h"
#include "rt-map-builder.h"

typedef enum {
  EL_UNKNOWN, /* ignored, with everything inside it */
  EL_ROOT,
  EL_META,
  EL_TITLE,
  EL_DESCRIPTION,
  EL_CREATED,
  EL_MODIFIED,
  EL_PEOPLE,
  EL_PERSON,
  EL_NODES,
  EL_NODE,
  EL_TEXT,
  EL_DETAILS,
  EL_CREDIT,
  EL_STANCE,
  EL_LINKS,
  EL_LINK,
} Element;

typedef enum {
  A_VERSION,
  A_ID,
  A_NAME,
  A_COLOR,
  A_ROLE,
  A_PRESENT,
  A_KIND,
  A_BY,
  A_CREATED,
  A_STATUS,
  A_X,
  A_Y,
  A_PINNED,
  A_MODIFIED,
  A_MODIFIED_BY,
  A_PERSON,
  A_LEVEL,
  A_AT,
  A_DUE,
  A_FROM,
  A_TO,
  N_ATTRS
} Attr;

static const char *const attr_names[N_ATTRS] = {
  "version", "id", "name", "color", "role", "present", "kind", "by", "created", "status",
  "x", "y", "pinned", "modified", "modified-by", "person", "level", "at", "due", "from", "to",
};

typedef enum {
  REF_NODE_BY,
  REF_NODE_MODIFIED_BY,
  REF_CREDIT,
  REF_STANCE,
  REF_LINK_BY,
} RefKind;

/* A reference to a person not seen yet; resolved at the end. */
typedef struct {
  const char *id;    /* borrowed from the object that refers */
  const char *owner; /* the node that refers, or NULL for links */
  guint       line;
  RefKind     kind;
} PendingRef;

/* A link read before one of its nodes; taken at the end. */
typedef struct {
  RtLink *link;      /* owned */
  guint   line;
} HeldLink;

struct _RtMapBuilder
{
  char       *name; /* for messages */

  Element     stack[RT_MAP_MAX_DEPTH];
  guint       depth;

  /* Attributes of the element about to start: NUL-separated values in
   * scratch, at the offsets in attr_at (-1 when absent). */
  GString    *scratch;
  gssize      attr_at[N_ATTRS];
  const char *too_long; /* an attribute over the text limit */

  GString    *text;     /* the text of the open text element */
  guint       text_line;

  gboolean    seen_root;
  char       *title;
  char       *description;
  gint64      created;
  gint64      modified;
  gboolean    has_title, has_description, has_created, has_modified;

  /* People, nodes and links go into the document as they are read, so
   * that its indexes are the only ones; a refused file drops it whole. */
  RtDocument *doc;
  GArray     *person_lines; /* guint, in document order */
  GPtrArray  *uncolored;    /* borrowed RtPerson * read without a color */
  GArray     *node_lines;
  GArray     *link_lines;
  GArray     *held_links;   /* HeldLink */

  RtNode     *node;         /* the node being read, in doc */
  guint       node_line;
  gboolean    node_has_text, node_has_details;
  GHashTable *node_credits; /* person ids, for nodes with many */
  GHashTable *node_stances;
  RtStance   *stance;       /* the stance being read: the last of node */

  GArray     *pending;      /* PendingRef */
};

static void
fail (RtMapBuilder *self,
      GError      **error,
      RtIoError     code,
      guint         line,
      const char   *format,
      ...) G_GNUC_PRINTF (5, 6);

static void
fail (RtMapBuilder *self,
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
    if (strcmp (name, attr_names[i]) == 0)
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
      self->too_long = attr_names[attr];
      return TRUE;
    }

  self->attr_at[attr] = self->scratch->len;
  g_string_append_len (self->scratch, value, len + 1);

  return TRUE;
}

static inline const char *
attr (RtMapBuilder *self,
      Attr          a)
{
  return self->attr_at[a] < 0 ? NULL : self->scratch->str + self->attr_at[a];
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
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” must be “true” or “false”, not “%s”."), attr_names[a], value);
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
static gboolean
parse_time_value (const char *s,
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
  if (!parse_time_value (value, out))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
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
      fail (self, error, RT_IO_ERROR_INVALID, line,
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

static gboolean
start_root (RtMapBuilder *self,
            guint         line,
            GError      **error)
{
  const char *version = attr (self, A_VERSION);
  char *end = NULL;
  guint64 number;

  self->seen_root = TRUE;

  if (version == NULL)
    {
      fail (self, error, RT_IO_ERROR_VERSION, line,
            _("the map does not say which version of the format it uses."));
      return FALSE;
    }
  if (strcmp (version, "1") == 0)
    return TRUE;

  number = g_ascii_strtoull (version, &end, 10);
  if (g_ascii_isdigit (version[0]) && end != version && *end == '\0' && number > 1)
    fail (self, error, RT_IO_ERROR_VERSION, line,
          _("this map was made by a newer version of Roundtable (format version %s). "
            "Update Roundtable to open it."), version);
  else
    fail (self, error, RT_IO_ERROR_VERSION, line,
          _("this map uses an unknown format version “%s”."), version);
  return FALSE;
}

static gboolean
start_person (RtMapBuilder *self,
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
      fail (self, error, RT_IO_ERROR_INVALID, line,
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
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("two people have the id “%s” (the other one is on line %u)."), id,
            g_array_index (self->person_lines, guint, other));
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (name));
  if (trimmed[0] == '\0')
    {
      fail (self, error, RT_IO_ERROR_INVALID, line, _("person “%s” has no name."), id);
      return FALSE;
    }

  person = rt_person_new (id, name);
  g_clear_pointer (&person->color, g_free);
  if (color != NULL)
    {
      if (!rt_color_is_valid (color))
        {
          fail (self, error, RT_IO_ERROR_INVALID, line,
                _("person “%s” has the color “%s”, which is not a color of the form #rrggbb."),
                id, color);
          return FALSE;
        }
      person->color = g_ascii_strdown (color, -1);
    }
  if (role != NULL && !rt_role_from_string (role, &person->role))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
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
          fail (self, error, RT_IO_ERROR_INVALID, line,
                _("node “%s” has an unknown status “%s”."), node->id, status_name);
          return FALSE;
        }
      if (!rt_status_valid_for_kind (status, node->kind))
        {
          if (rt_status_default_for_kind (node->kind) == RT_STATUS_NONE)
            fail (self, error, RT_IO_ERROR_INVALID, line,
                  _("node “%s” is a %s, which has no status, but it has the status “%s”."),
                  node->id, kind_name, status_name);
          else
            fail (self, error, RT_IO_ERROR_INVALID, line,
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
          fail (self, error, RT_IO_ERROR_INVALID, line,
                _("node “%s” has only one of its two coordinates (x and y)."), node->id);
          return FALSE;
        }
      if (!parse_number (x, &node->x) || !parse_number (y, &node->y))
        {
          gboolean bad_x = !parse_number (x, &node->x);

          fail (self, error, RT_IO_ERROR_INVALID, line,
                _("node “%s” has the position %s=“%s”, which is not a number."),
                node->id, bad_x ? "x" : "y", bad_x ? x : y);
          return FALSE;
        }
      node->has_position = TRUE;
    }
  return parse_bool (self, A_PINNED, &node->pinned, line, error);
}

static gboolean
start_node (RtMapBuilder *self,
            guint         line,
            GError      **error)
{
  const char *id = attr (self, A_ID);
  const char *kind_name = attr (self, A_KIND);
  RtNodeKind kind;
  g_autoptr(RtNode) node = NULL;

  if (id == NULL)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line, _("a node is missing the “id” attribute."));
      return FALSE;
    }
  if (!check_id (self, id, line, error))
    return FALSE;
  if (rt_document_lookup_node (self->doc, id) != NULL)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("two nodes have the id “%s” (the other one is on line %u)."), id,
            g_array_index (self->node_lines, guint,
                           rt_document_get_node_index (self->doc, id)));
      return FALSE;
    }
  if (kind_name == NULL)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("node “%s” is missing the “kind” attribute."), id);
      return FALSE;
    }
  if (!rt_node_kind_from_string (kind_name, &kind))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
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

static gboolean
start_credit (RtMapBuilder *self,
              guint         line,
              GError      **error)
{
  RtNode *node = self->node;
  const char *person = attr (self, A_PERSON);
  char *copy;

  if (person == NULL)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a credit on node “%s” does not say which person it is for."), node->id);
      return FALSE;
    }
  if (!check_id (self, person, line, error))
    return FALSE;
  if (g_strcmp0 (person, node->by) == 0)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("node “%s” credits “%s”, who is already its author."), node->id, person);
      return FALSE;
    }
  if (person_seen_on_node (self, node->credits, &self->node_credits, person, FALSE))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
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

static gboolean
start_stance (RtMapBuilder *self,
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
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a stance on node “%s” is missing the “%s” attribute."), node->id,
            person == NULL ? "person" : "level");
      return FALSE;
    }
  if (!check_id (self, person, line, error))
    return FALSE;
  if (!rt_stance_level_from_string (level_name, &level) || level == RT_STANCE_NONE)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a stance on node “%s” has an unknown level “%s” "
              "(the levels are commit, agree, accept and object)."), node->id, level_name);
      return FALSE;
    }
  if (person_seen_on_node (self, node->stances, &self->node_stances, person, TRUE))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("“%s” has two stances on node “%s”; a person takes only one."),
            person, node->id);
      return FALSE;
    }
  if (due != NULL && !rt_date_is_valid (due))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
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
static gboolean
add_link (RtMapBuilder *self,
          RtLink       *link,
          guint         line,
          GError      **error)
{
  const RtLink *first = rt_document_find_link (self->doc, link->from, link->to, link->kind);

  if (first != NULL)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("the link from “%s” to “%s” (%s) is there twice; the first is on line %u."),
            link->from, link->to, rt_link_kind_to_string (link->kind), link_line (self, first));
      rt_link_free (link);
      return FALSE;
    }
  g_array_append_val (self->link_lines, line);
  rt_document_take_link (self->doc, link);
  return TRUE;
}

static gboolean
start_link (RtMapBuilder *self,
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
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a link is missing the “%s” attribute."),
            from == NULL ? "from" : to == NULL ? "to" : "kind");
      return FALSE;
    }
  if (!check_id (self, from, line, error) || !check_id (self, to, line, error) ||
      (by != NULL && !check_id (self, by, line, error)))
    return FALSE;
  if (!rt_link_kind_from_string (kind_name, &kind))
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
            _("a link has an unknown kind “%s” (the kinds are responds-to, supports, "
              "opposes, arises-from and relates-to)."), kind_name);
      return FALSE;
    }
  if (strcmp (from, to) == 0)
    {
      fail (self, error, RT_IO_ERROR_INVALID, line,
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
  return add_link (self, g_steal_pointer (&link), line, error);
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
      fail (self, error, RT_IO_ERROR_LIMIT, line,
            _("the file is nested more than %d levels deep."), RT_MAP_MAX_DEPTH);
      return FALSE;
    }

  element = element_lookup (parent, self->depth, name);
  if (self->depth == 0 && element != EL_ROOT)
    {
      if (name != NULL)
        fail (self, error, RT_IO_ERROR_INVALID, line,
              _("this is not a Roundtable map (it starts with <%s> instead of <roundtable>)."),
              name);
      else
        fail (self, error, RT_IO_ERROR_INVALID, line, _("this is not a Roundtable map."));
      return FALSE;
    }
  if (element != EL_UNKNOWN && self->too_long != NULL)
    {
      fail (self, error, RT_IO_ERROR_LIMIT, line,
            _("the “%s” attribute is longer than 1 MiB."), self->too_long);
      return FALSE;
    }

  self->stack[self->depth++] = element;

  switch (element)
    {
    case EL_ROOT: ok = start_root (self, line, error); break;
    case EL_PERSON: ok = start_person (self, line, error); break;
    case EL_NODE: ok = start_node (self, line, error); break;
    case EL_CREDIT: ok = start_credit (self, line, error); break;
    case EL_STANCE: ok = start_stance (self, line, error); break;
    case EL_LINK: ok = start_link (self, line, error); break;
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
          fail (self, error, RT_IO_ERROR_LIMIT, self->text_line,
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
  if (!parse_time_value (self->text->str, out))
    {
      fail (self, error, RT_IO_ERROR_INVALID, self->text_line,
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
          fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” was contributed by “%s”, who is not in this map."),
                ref->owner, ref->id);
          break;
        case REF_NODE_MODIFIED_BY:
          fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” was last changed by “%s”, who is not in this map."),
                ref->owner, ref->id);
          break;
        case REF_CREDIT:
          fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” credits “%s”, who is not in this map."), ref->owner, ref->id);
          break;
        case REF_STANCE:
          fail (self, error, RT_IO_ERROR_INVALID, ref->line,
                _("node “%s” has a stance by “%s”, who is not in this map."),
                ref->owner, ref->id);
          break;
        case REF_LINK_BY:
        default:
          fail (self, error, RT_IO_ERROR_INVALID, ref->line,
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
        fail (self, error, RT_IO_ERROR_INVALID, held->line,
              _("the link starts at node “%s”, which is not in this map."), link->from);
      else if (rt_document_lookup_node (self->doc, link->to) == NULL)
        fail (self, error, RT_IO_ERROR_INVALID, held->line,
              _("the link points to node “%s”, which is not in this map."), link->to);
      else if (add_link (self, link, held->line, error))
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
      fail (self, error, RT_IO_ERROR_PARSE, 0, _("the file ends before the map does."));
      return NULL;
    }
  if (!resolve_pending (self, error) || !take_held_links (self, error))
    return NULL;

  assign_colors (self);
  rt_document_set_meta (self->doc, self->title, self->description,
                        self->created, self->modified);

  return g_steal_pointer (&self->doc);
}

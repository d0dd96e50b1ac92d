/* rt-outline.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>

#include "rt-outline.h"

typedef struct {
  RtOutline  *outline;
  GPtrArray  *people;       /* RtPerson *, owned: the map's people */
  GHashTable *people_by_id; /* id → RtPerson *, borrowed */
  guint       next_person;
  GPtrArray  *nodes;        /* RtNode *, owned, one per item */
  GHashTable *node_index;   /* node id → index + 1 */
  GHashTable *source_index; /* source id → index + 1 */
  GPtrArray  *links;        /* RtLink *, owned */
  GHashTable *link_keys;    /* "from to kind", owned */
} Build;

/* A roundtable-links record. */
typedef struct {
  char       *to;
  RtLinkKind  kind;
  char       *by;
  gint64      created;
  gboolean    used;
} LinkRecord;

void
rt_outline_item_free (RtOutlineItem *item)
{
  if (item == NULL)
    return;
  g_free (item->text);
  g_free (item->details);
  g_free (item->source_id);
  for (guint i = 0; i < RT_N_ATTRS; i++)
    g_free (item->attrs[i]);
  g_clear_pointer (&item->arrows, g_ptr_array_unref);
  g_free (item);
}

RtOutline *
rt_outline_new (void)
{
  RtOutline *self = g_new0 (RtOutline, 1);

  self->problem_levels = 1;
  self->created = RT_TIME_NONE;
  self->modified = RT_TIME_NONE;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_outline_item_free);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_person_free);
  return self;
}

void
rt_outline_free (RtOutline *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->people);
  g_free (self->title);
  g_free (self->description);
  g_free (self);
}

RtOutlineItem *
rt_outline_item_new (guint line)
{
  RtOutlineItem *item = g_new0 (RtOutlineItem, 1);

  item->line = line;
  item->parent = -1;
  item->text = g_strdup ("");
  item->hint = -1;
  item->created = RT_TIME_NONE;
  item->modified = RT_TIME_NONE;
  return item;
}

guint
rt_outline_append (RtOutline     *self,
                   RtOutlineItem *item,
                   int            parent)
{
  g_return_val_if_fail (parent < (int) self->items->len, 0);

  item->parent = parent;
  item->level = parent >= 0 ? ((RtOutlineItem *) self->items->pdata[parent])->level + 1 : 0;
  g_ptr_array_add (self->items, item);
  return self->items->len - 1;
}

RtOutlineItem *
rt_outline_add_item (RtOutline *self,
                     int        parent,
                     guint      line)
{
  RtOutlineItem *item = rt_outline_item_new (line);

  rt_outline_append (self, item, parent);
  return item;
}

gboolean
rt_outline_item_take_attr (RtOutlineItem *item,
                           const char    *name,
                           const char    *value)
{
  RtOutlineAttr attr;

  if (!g_str_has_prefix (name, RT_ATTR_PREFIX))
    return FALSE;
  if (!rt_outline_attr_lookup (name, &attr))
    return TRUE;

  if (attr == RT_ATTR_MODIFIED)
    {
      gint64 t;

      if (rt_record_parse_time (value, &t))
        item->modified = t;
    }
  else if (item->attrs[attr] == NULL)
    item->attrs[attr] = g_strdup (value);
  return TRUE;
}

void
rt_outline_item_add_arrow (RtOutlineItem *item,
                           const char    *destination)
{
  if (item->arrows == NULL)
    item->arrows = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (item->arrows, g_strdup (destination));
}

void
rt_outline_add_person_record (RtOutline  *self,
                              const char *record)
{
  g_auto(GStrv) fields = NULL;
  RtPerson *person;
  guint n;

  fields = rt_record_split_fields (record, 5, &n);
  if (n < 2)
    return;

  person = rt_person_new (g_strstrip (fields[0]), fields[1]);
  /* No color: the first free one is given when building, as the map
   * reader does. */
  g_clear_pointer (&person->color, g_free);
  if (n > 2 && fields[2][0] != '\0')
    person->color = g_strdup (g_strstrip (fields[2]));
  if (n > 3 && strcmp (g_strstrip (fields[3]), "facilitator") == 0)
    person->role = RT_ROLE_FACILITATOR;
  if (n > 4 && strcmp (g_strstrip (fields[4]), "absent") == 0)
    person->present = FALSE;
  g_ptr_array_add (self->people, person);
}

/* People */

static void
add_person (Build    *b,
            RtPerson *person)
{
  g_ptr_array_add (b->people, person);
  g_hash_table_insert (b->people_by_id, person->id, person);
}

static void
collect_people (Build *b)
{
  GPtrArray *declared = b->outline->people;

  for (guint i = 0; i < declared->len; i++)
    {
      RtPerson *person = declared->pdata[i];
      g_autofree char *name = g_strstrip (g_strdup (person->name != NULL ? person->name : ""));

      if (!rt_id_is_valid (person->id) || g_hash_table_contains (b->people_by_id, person->id) ||
          name[0] == '\0')
        continue;

      person = rt_person_copy (person);
      if (person->color != NULL && !rt_color_is_valid (person->color))
        g_clear_pointer (&person->color, g_free);
      else if (person->color != NULL)
        {
          char *lower = g_ascii_strdown (person->color, -1);

          g_free (person->color);
          person->color = lower;
        }
      add_person (b, person);
    }
}

static const char *
known_person (Build      *b,
              const char *id)
{
  RtPerson *person;

  if (id == NULL)
    return NULL;
  person = g_hash_table_lookup (b->people_by_id, id);
  return person != NULL ? person->id : NULL;
}

/* The person by id; failing that, by name (found or added). */
static const char *
author (Build      *b,
        const char *raw_id,
        const char *raw_name)
{
  g_autofree char *id = g_strstrip (g_strdup (raw_id != NULL ? raw_id : ""));
  g_autofree char *name = g_strstrip (g_strdup (raw_name != NULL ? raw_name : ""));
  RtPerson *person;

  if (known_person (b, id) != NULL)
    return known_person (b, id);
  if (name[0] == '\0')
    return NULL;

  if (!rt_id_is_valid (id))
    {
      for (guint i = 0; i < b->people->len; i++)
        {
          person = b->people->pdata[i];
          if (strcmp (person->name, name) == 0)
            return person->id;
        }
      g_clear_pointer (&id, g_free);
      do
        {
          g_free (id);
          id = g_strdup_printf ("p%u", ++b->next_person);
        }
      while (g_hash_table_contains (b->people_by_id, id));
    }

  person = rt_person_new (id, name);
  g_clear_pointer (&person->color, g_free);
  add_person (b, person);
  return person->id;
}

/* Nodes */

static void
assign_ids (Build *b)
{
  GPtrArray *items = b->outline->items;
  g_autoptr(GHashTable) claimed = g_hash_table_new (g_str_hash, g_str_equal);
  guint counter = 0;

  for (guint i = 0; i < items->len; i++)
    {
      RtOutlineItem *item = items->pdata[i];
      const char *id = item->attrs[RT_ATTR_ID];

      if (id != NULL && rt_id_is_valid (id) && !g_hash_table_contains (claimed, id))
        {
          g_hash_table_add (claimed, (gpointer) id);
          b->nodes->pdata[i] = rt_node_new (id, RT_NODE_NOTE);
        }
    }

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *id = NULL;

      if (b->nodes->pdata[i] != NULL)
        continue;
      do
        {
          g_free (id);
          id = g_strdup_printf ("n%u", ++counter);
        }
      while (g_hash_table_contains (claimed, id));
      b->nodes->pdata[i] = rt_node_new (id, RT_NODE_NOTE);
    }

  for (guint i = 0; i < items->len; i++)
    {
      RtOutlineItem *item = items->pdata[i];
      RtNode *node = b->nodes->pdata[i];

      g_hash_table_insert (b->node_index, node->id, GUINT_TO_POINTER (i + 1));
      if (item->source_id != NULL && !g_hash_table_contains (b->source_index, item->source_id))
        g_hash_table_insert (b->source_index, item->source_id, GUINT_TO_POINTER (i + 1));
    }
}

static gboolean
ends_with_question (const char *text)
{
  gsize len = strlen (text);

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return len > 0 && text[len - 1] == '?';
}

static RtNodeKind
infer_kind (Build         *b,
            RtOutlineItem *item,
            RtNode        *node)
{
  RtNodeKind kind, mark_kind;
  gboolean has_mark = FALSE;
  gsize offset;

  if (item->attrs[RT_ATTR_KIND] != NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (item->attrs[RT_ATTR_KIND]));

      if (rt_node_kind_from_string (name, &kind))
        return kind;
    }

  if (b->outline->text_marks && rt_kind_parse_mark (node->text, &mark_kind, &offset))
    {
      char *rest = g_strdup (node->text + offset);

      g_free (node->text);
      node->text = rest;
      has_mark = TRUE;
    }

  if (item->hint >= 0 && item->hint < RT_N_NODE_KINDS)
    return item->hint;
  if (has_mark)
    return mark_kind;
  if (ends_with_question (node->text) || item->level < b->outline->problem_levels ||
      item->parent < 0)
    return RT_NODE_PROBLEM;
  return rt_node_kind_child (((RtNode *) b->nodes->pdata[item->parent])->kind);
}

static void
read_credits (Build         *b,
              RtOutlineItem *item,
              RtNode        *node)
{
  g_autoptr(GPtrArray) records = NULL;

  if (item->attrs[RT_ATTR_CREDITS] == NULL)
    return;
  records = rt_record_split_list (item->attrs[RT_ATTR_CREDITS]);
  for (guint i = 0; i < records->len; i++)
    {
      const char *id = known_person (b, g_strstrip (records->pdata[i]));

      if (id != NULL && g_strcmp0 (id, node->by) != 0 && !rt_node_has_credit (node, id))
        g_ptr_array_add (node->credits, g_strdup (id));
    }
}

static void
read_stances (Build         *b,
              RtOutlineItem *item,
              RtNode        *node)
{
  g_autoptr(GPtrArray) records = NULL;

  if (item->attrs[RT_ATTR_STANCES] == NULL)
    return;
  records = rt_record_split_list (item->attrs[RT_ATTR_STANCES]);
  for (guint i = 0; i < records->len; i++)
    {
      g_auto(GStrv) f = NULL;
      RtStanceLevel level;
      RtStance *stance;
      const char *person;
      guint n;

      /* person:level:at:due:text */
      f = rt_record_split_fields (records->pdata[i], 5, &n);
      person = known_person (b, g_strstrip (f[0]));
      if (person == NULL || n < 2 || !rt_stance_level_from_string (g_strstrip (f[1]), &level) ||
          level == RT_STANCE_NONE || rt_node_find_stance (node, person) != NULL)
        continue;

      stance = rt_stance_new (person, level);
      if (n > 2 && !rt_record_parse_time (g_strstrip (f[2]), &stance->at))
        stance->at = RT_TIME_NONE;
      if (n > 3 && rt_date_is_valid (g_strstrip (f[3])))
        stance->due = g_strdup (f[3]);
      if (n > 4 && f[4][0] != '\0')
        stance->text = g_strdup (f[4]);
      g_ptr_array_add (node->stances, stance);
    }
}

static void
make_node (Build *b,
           guint  index)
{
  RtOutlineItem *item = b->outline->items->pdata[index];
  RtNode *node = b->nodes->pdata[index];
  RtStatus status;

  g_free (node->text);
  node->text = g_strdup (item->text);
  node->kind = infer_kind (b, item, node);

  node->status = rt_status_default_for_kind (node->kind);
  if (item->attrs[RT_ATTR_STATUS] != NULL &&
      rt_status_from_string (g_strstrip (item->attrs[RT_ATTR_STATUS]), &status) &&
      rt_status_valid_for_kind (status, node->kind))
    node->status = status;

  if (item->details != NULL && item->details[0] != '\0')
    node->details = g_strdup (item->details);
  node->by = g_strdup (author (b, item->attrs[RT_ATTR_BY], item->attrs[RT_ATTR_BY_NAME]));
  if (item->attrs[RT_ATTR_MODIFIED_BY] != NULL)
    node->modified_by = g_strdup (known_person (b, g_strstrip (item->attrs[RT_ATTR_MODIFIED_BY])));
  node->created = item->created;
  node->modified = item->modified;
  read_credits (b, item, node);
  read_stances (b, item, node);
}

/* Links */

static void
add_link (Build      *b,
          const char *from,
          const char *to,
          RtLinkKind  kind,
          const char *by,
          gint64      created)
{
  char *key;
  RtLink *link;

  if (strcmp (from, to) == 0)
    return;
  key = g_strdup_printf ("%s %s %d", from, to, kind);
  if (!g_hash_table_add (b->link_keys, key))
    return;

  link = rt_link_new (from, to, kind);
  link->by = g_strdup (known_person (b, by));
  link->created = created;
  g_ptr_array_add (b->links, link);
}

/* kind:by:created, the tail of both link records. */
static void
read_link_fields (char      **f,
                  guint       n,
                  RtLinkKind *kind,
                  gboolean   *has_kind,
                  char      **by,
                  gint64     *created)
{
  *has_kind = n > 0 && rt_link_kind_from_string (g_strstrip (f[0]), kind);
  *by = n > 1 ? g_strstrip (f[1]) : NULL;
  if (n < 3 || !rt_record_parse_time (g_strstrip (f[2]), created))
    *created = RT_TIME_NONE;
}

static void
tree_link (Build *b,
           guint  index)
{
  RtOutlineItem *item = b->outline->items->pdata[index];
  RtNode *node = b->nodes->pdata[index];
  RtNode *parent;
  g_auto(GStrv) f = NULL;
  RtLinkKind kind = RT_LINK_RELATES_TO;
  gboolean has_kind = FALSE;
  char *by = NULL;
  gint64 created = RT_TIME_NONE;
  guint n;

  if (item->parent < 0)
    return;
  parent = b->nodes->pdata[item->parent];
  if (item->attrs[RT_ATTR_LINK] != NULL)
    {
      f = rt_record_split_fields (item->attrs[RT_ATTR_LINK], 3, &n);
      read_link_fields (f, n, &kind, &has_kind, &by, &created);
    }
  if (!has_kind)
    kind = rt_link_kind_infer (node->kind, parent->kind);
  add_link (b, node->id, parent->id, kind, by, created);
}

static void
link_record_free (LinkRecord *record)
{
  g_free (record->to);
  g_free (record->by);
  g_free (record);
}

static GPtrArray *
read_link_records (const char *value)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) link_record_free);
  g_autoptr(GPtrArray) raw = NULL;

  if (value == NULL)
    return records;
  raw = rt_record_split_list (value);
  for (guint i = 0; i < raw->len; i++)
    {
      g_auto(GStrv) f = NULL;
      LinkRecord *record;
      gboolean has_kind;
      char *by;
      guint n;

      /* to:kind:by:created */
      f = rt_record_split_fields (raw->pdata[i], 4, &n);
      record = g_new0 (LinkRecord, 1);
      record->to = g_strdup (g_strstrip (f[0]));
      read_link_fields (f + 1, n - 1, &record->kind, &has_kind, &by, &record->created);
      if (!has_kind)
        record->kind = RT_LINK_RELATES_TO;
      record->by = g_strdup (by);
      g_ptr_array_add (records, record);
    }
  return records;
}

static void
other_links (Build *b,
             guint  index)
{
  RtOutlineItem *item = b->outline->items->pdata[index];
  RtNode *node = b->nodes->pdata[index];
  g_autoptr(GPtrArray) records = read_link_records (item->attrs[RT_ATTR_LINKS]);

  if (!b->outline->links_from_arrows)
    {
      for (guint r = 0; r < records->len; r++)
        {
          LinkRecord *record = records->pdata[r];

          if (g_hash_table_contains (b->node_index, record->to))
            add_link (b, node->id, record->to, record->kind, record->by, record->created);
        }
      return;
    }

  for (guint a = 0; item->arrows != NULL && a < item->arrows->len; a++)
    {
      guint target = GPOINTER_TO_UINT (g_hash_table_lookup (b->source_index,
                                                            item->arrows->pdata[a]));
      const char *to;
      LinkRecord *match = NULL;

      if (target == 0)
        continue;
      to = ((RtNode *) b->nodes->pdata[target - 1])->id;
      for (guint r = 0; r < records->len && match == NULL; r++)
        {
          LinkRecord *record = records->pdata[r];

          if (!record->used && strcmp (record->to, to) == 0)
            match = record;
        }
      if (match != NULL)
        {
          match->used = TRUE;
          add_link (b, node->id, to, match->kind, match->by, match->created);
        }
      else
        add_link (b, node->id, to, RT_LINK_RELATES_TO, NULL, RT_TIME_NONE);
    }
}

RtDocument *
rt_outline_build (RtOutline *self)
{
  RtDocument *doc;
  Build b = { 0, };
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  n = self->items->len;
  b.outline = self;
  b.people = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_person_free);
  b.people_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  b.nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_node_free);
  g_ptr_array_set_size (b.nodes, n);
  b.node_index = g_hash_table_new (g_str_hash, g_str_equal);
  b.source_index = g_hash_table_new (g_str_hash, g_str_equal);
  b.links = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_link_free);
  b.link_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_people (&b);
  assign_ids (&b);
  for (guint i = 0; i < n; i++)
    make_node (&b, i);
  for (guint i = 0; i < n; i++)
    {
      tree_link (&b, i);
      other_links (&b, i);
    }
  rt_outline_assign_colors (b.people);

  doc = rt_document_new ();
  rt_document_set_meta (doc, self->title, self->description, self->created, self->modified);
  /* The indexes borrow from what the document is about to own. */
  g_hash_table_remove_all (b.people_by_id);
  g_hash_table_remove_all (b.node_index);
  for (guint i = 0; i < b.people->len; i++)
    rt_document_take_person (doc, g_steal_pointer (&b.people->pdata[i]));
  for (guint i = 0; i < n; i++)
    rt_document_take_node (doc, g_steal_pointer (&b.nodes->pdata[i]));
  for (guint i = 0; i < b.links->len; i++)
    rt_document_take_link (doc, g_steal_pointer (&b.links->pdata[i]));

  g_ptr_array_unref (b.people);
  g_hash_table_unref (b.people_by_id);
  g_ptr_array_unref (b.nodes);
  g_hash_table_unref (b.node_index);
  g_hash_table_unref (b.source_index);
  g_ptr_array_unref (b.links);
  g_hash_table_unref (b.link_keys);
  return doc;
}

/* rt-document-query.c: people's contributions, fresh ids, comparing and copying
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-document-private.h"

/* People's contributions */

guint
rt_document_count_nodes_by (RtDocument *self,
                            const char *person_id)
{
  GHashTable *set;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);

  if (person_id == NULL)
    return 0;
  set = g_hash_table_lookup (self->nodes_by_person, person_id);
  return set != NULL ? g_hash_table_size (set) : 0;
}

GPtrArray *
rt_document_list_nodes_by (RtDocument *self,
                           const char *person_id)
{
  GHashTable *set;
  GPtrArray *list;
  GHashTableIter iter;
  gpointer node;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);

  set = person_id != NULL ? g_hash_table_lookup (self->nodes_by_person, person_id) : NULL;
  list = g_ptr_array_new_full (set != NULL ? g_hash_table_size (set) : 0, NULL);
  if (set == NULL)
    return list;
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    g_ptr_array_add (list, node);
  return list;
}

gboolean
rt_document_person_is_referenced (RtDocument *self,
                                  const char *person_id)
{
  guint i;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);

  if (rt_document_count_nodes_by (self, person_id) > 0)
    return TRUE;
  for (i = 0; i < self->nodes->len; i++)
    {
      const RtNode *node = g_ptr_array_index (self->nodes, i);

      if (g_strcmp0 (node->modified_by, person_id) == 0 ||
          rt_node_has_credit (node, person_id) ||
          rt_node_find_stance (node, person_id) != NULL)
        return TRUE;
    }
  for (i = 0; i < self->links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (self->links, i);

      if (g_strcmp0 (link->by, person_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static char *
new_id (GHashTable *in_use,
        guint      *next,
        char        prefix)
{
  for (;;)
    {
      char *id = g_strdup_printf ("%c%u", prefix, *next);

      (*next)++;
      if (!g_hash_table_contains (in_use, id))
        return id;
      g_free (id);
    }
}

char *
rt_document_new_node_id (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return new_id (self->nodes_by_id, &self->next_node_number, 'n');
}

char *
rt_document_new_person_id (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return new_id (self->people_by_id, &self->next_person_number, 'p');
}
/* Comparing and copying */

static gboolean
differ (char **why, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
differ (char      **why,
        const char *format,
        ...)
{
  va_list args;

  if (why != NULL)
    {
      va_start (args, format);
      *why = g_strdup_vprintf (format, args);
      va_end (args);
    }
  return FALSE;
}

gboolean
rt_document_equal (RtDocument *a,
                   RtDocument *b,
                   char      **why)
{
  guint i;

  g_return_val_if_fail (RT_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (RT_IS_DOCUMENT (b), FALSE);

  if (why != NULL)
    *why = NULL;

  if (g_strcmp0 (a->title, b->title) != 0)
    return differ (why, "title: “%s” vs “%s”", a->title, b->title);
  if (g_strcmp0 (a->description, b->description) != 0)
    return differ (why, "description differs");
  if (a->created != b->created)
    return differ (why, "created: %" G_GINT64_FORMAT " vs %" G_GINT64_FORMAT,
                   a->created, b->created);
  if (a->modified_time != b->modified_time)
    return differ (why, "modified: %" G_GINT64_FORMAT " vs %" G_GINT64_FORMAT,
                   a->modified_time, b->modified_time);

  if (a->people->len != b->people->len)
    return differ (why, "%u people vs %u", a->people->len, b->people->len);
  for (i = 0; i < a->people->len; i++)
    {
      const RtPerson *pa = g_ptr_array_index (a->people, i);
      const RtPerson *pb = g_ptr_array_index (b->people, i);

      if (!rt_person_equal (pa, pb))
        return differ (why, "person %u: “%s” vs “%s”", i, pa->id, pb->id);
    }

  if (a->nodes->len != b->nodes->len)
    return differ (why, "%u nodes vs %u", a->nodes->len, b->nodes->len);
  for (i = 0; i < a->nodes->len; i++)
    {
      const RtNode *na = g_ptr_array_index (a->nodes, i);
      const RtNode *nb = g_ptr_array_index (b->nodes, i);

      if (!rt_node_equal (na, nb))
        return differ (why, "node %u: “%s” vs “%s”", i, na->id, nb->id);
    }

  if (a->links->len != b->links->len)
    return differ (why, "%u links vs %u", a->links->len, b->links->len);
  for (i = 0; i < a->links->len; i++)
    {
      const RtLink *la = g_ptr_array_index (a->links, i);
      const RtLink *lb = g_ptr_array_index (b->links, i);

      if (!rt_link_equal (la, lb))
        return differ (why, "link %u: %s→%s vs %s→%s", i, la->from, la->to,
                       lb->from, lb->to);
    }
  return TRUE;
}

RtDocument *
rt_document_copy (RtDocument *self)
{
  RtDocument *copy;
  guint i;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);

  copy = rt_document_new ();
  rt_document_set_meta (copy, self->title, self->description, self->created,
                        self->modified_time);
  for (i = 0; i < self->people->len; i++)
    rt_document_take_person (copy, rt_person_copy (g_ptr_array_index (self->people, i)));
  for (i = 0; i < self->nodes->len; i++)
    rt_document_take_node (copy, rt_node_copy (g_ptr_array_index (self->nodes, i)));
  for (i = 0; i < self->links->len; i++)
    rt_document_take_link (copy, rt_link_copy (g_ptr_array_index (self->links, i)));
  copy->next_node_number = self->next_node_number;
  copy->next_person_number = self->next_person_number;
  return copy;
}

/* rt-filter.c: which nodes a search and its filters let through
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>

#include "rt-filter.h"

struct _RtFilter
{
  char       *text;           /* as set; NULL when empty */
  char       *folded;         /* rt_filter_fold (text); NULL when empty */
  gboolean    kind_hidden[RT_N_NODE_KINDS];
  gboolean    status_hidden[RT_N_STATUSES];
  GHashTable *people_hidden;  /* set of owned person ids; "" for unknown */
};

#define UNKNOWN_KEY ""

RtFilter *
rt_filter_new (void)
{
  RtFilter *self = g_new0 (RtFilter, 1);

  self->people_hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

RtFilter *
rt_filter_copy (const RtFilter *self)
{
  RtFilter *copy;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, NULL);

  copy = rt_filter_new ();
  copy->text = g_strdup (self->text);
  copy->folded = g_strdup (self->folded);
  memcpy (copy->kind_hidden, self->kind_hidden, sizeof self->kind_hidden);
  memcpy (copy->status_hidden, self->status_hidden, sizeof self->status_hidden);
  g_hash_table_iter_init (&iter, self->people_hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->people_hidden, g_strdup (key));
  return copy;
}

void
rt_filter_free (RtFilter *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->folded);
  g_hash_table_unref (self->people_hidden);
  g_free (self);
}

char *
rt_filter_fold (const char *text)
{
  g_autofree char *casefolded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  casefolded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (casefolded, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_steal_pointer (&casefolded);

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
rt_filter_set_text (RtFilter   *self,
                    const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (text != NULL)
    stripped = g_strstrip (g_strdup (text));
  if (stripped != NULL && *stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (stripped, self->text) == 0)
    return FALSE;

  g_free (self->text);
  g_free (self->folded);
  self->folded = stripped != NULL ? rt_filter_fold (stripped) : NULL;
  self->text = g_steal_pointer (&stripped);
  return TRUE;
}

const char *
rt_filter_get_text (const RtFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text != NULL ? self->text : "";
}

gboolean
rt_filter_set_kind_shown (RtFilter   *self,
                          RtNodeKind  kind,
                          gboolean    shown)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, FALSE);

  if (self->kind_hidden[kind] == !shown)
    return FALSE;
  self->kind_hidden[kind] = !shown;
  return TRUE;
}

gboolean
rt_filter_get_kind_shown (const RtFilter *self,
                          RtNodeKind      kind)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, FALSE);

  return !self->kind_hidden[kind];
}

gboolean
rt_filter_set_status_shown (RtFilter *self,
                            RtStatus  status,
                            gboolean  shown)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (status < RT_N_STATUSES, FALSE);

  /* Kinds without a status are never filtered by status. */
  if (status == RT_STATUS_NONE || self->status_hidden[status] == !shown)
    return FALSE;
  self->status_hidden[status] = !shown;
  return TRUE;
}

gboolean
rt_filter_get_status_shown (const RtFilter *self,
                            RtStatus        status)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (status < RT_N_STATUSES, FALSE);

  return !self->status_hidden[status];
}

gboolean
rt_filter_set_person_shown (RtFilter   *self,
                            const char *person_id,
                            gboolean    shown)
{
  const char *key = person_id != NULL ? person_id : UNKNOWN_KEY;

  g_return_val_if_fail (self != NULL, FALSE);

  if (shown)
    return g_hash_table_remove (self->people_hidden, key);
  if (g_hash_table_contains (self->people_hidden, key))
    return FALSE;
  g_hash_table_add (self->people_hidden, g_strdup (key));
  return TRUE;
}

gboolean
rt_filter_get_person_shown (const RtFilter *self,
                            const char     *person_id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !g_hash_table_contains (self->people_hidden,
                                 person_id != NULL ? person_id : UNKNOWN_KEY);
}

gboolean
rt_filter_reset (RtFilter *self)
{
  gboolean changed;

  g_return_val_if_fail (self != NULL, FALSE);

  changed = rt_filter_is_active (self);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->folded, g_free);
  memset (self->kind_hidden, 0, sizeof self->kind_hidden);
  memset (self->status_hidden, 0, sizeof self->status_hidden);
  g_hash_table_remove_all (self->people_hidden);
  return changed;
}

gboolean
rt_filter_has_text (const RtFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->folded != NULL;
}

gboolean
rt_filter_has_filters (const RtFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < RT_N_NODE_KINDS; i++)
    if (self->kind_hidden[i])
      return TRUE;
  for (guint i = 0; i < RT_N_STATUSES; i++)
    if (self->status_hidden[i])
      return TRUE;
  return g_hash_table_size (self->people_hidden) > 0;
}

gboolean
rt_filter_is_active (const RtFilter *self)
{
  return rt_filter_has_text (self) || rt_filter_has_filters (self);
}

static gboolean
text_holds (const char *text,
            const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = rt_filter_fold (text);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
person_matches (const RtFilter *self,
                const RtNode   *node)
{
  if (g_hash_table_size (self->people_hidden) == 0)
    return TRUE;
  if (node->by == NULL && node->credits->len == 0)
    return !g_hash_table_contains (self->people_hidden, UNKNOWN_KEY);
  if (node->by != NULL && !g_hash_table_contains (self->people_hidden, node->by))
    return TRUE;
  for (guint i = 0; i < node->credits->len; i++)
    if (!g_hash_table_contains (self->people_hidden, g_ptr_array_index (node->credits, i)))
      return TRUE;
  return FALSE;
}

/* The kind, status and people shown; the text aside. */
static gboolean
facets_match (const RtFilter *self,
              const RtNode   *node)
{
  if (node->kind < RT_N_NODE_KINDS && self->kind_hidden[node->kind])
    return FALSE;
  if (node->status < RT_N_STATUSES && self->status_hidden[node->status])
    return FALSE;
  return person_matches (self, node);
}

gboolean
rt_filter_matches (const RtFilter *self,
                   const RtNode   *node)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (node != NULL, FALSE);

  if (!facets_match (self, node))
    return FALSE;
  if (self->folded != NULL)
    return text_holds (node->text, self->folded) || text_holds (node->details, self->folded);
  return TRUE;
}

gboolean
rt_filter_matches_folded (const RtFilter *self,
                          const RtNode   *node,
                          const char     *folded_text,
                          const char     *folded_details)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (node != NULL, FALSE);

  if (!facets_match (self, node))
    return FALSE;
  if (self->folded != NULL)
    return (folded_text != NULL && strstr (folded_text, self->folded) != NULL) ||
           (folded_details != NULL && strstr (folded_details, self->folded) != NULL);
  return TRUE;
}

GPtrArray *
rt_filter_list_matches (const RtFilter *self,
                        RtDocument     *doc)
{
  GPtrArray *ids;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  n = rt_document_get_n_nodes (doc);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (rt_filter_matches (self, node))
        g_ptr_array_add (ids, node->id);
    }
  return ids;
}

typedef struct {
  const RtNode *node;
  guint         index;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->node->created != y->node->created)
    return x->node->created < y->node->created ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

GPtrArray *
rt_nodes_in_creation_order (RtDocument *doc)
{
  g_autoptr(GArray) ranked = NULL;
  GPtrArray *nodes;
  guint n;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  n = rt_document_get_n_nodes (doc);
  ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);
  for (guint i = 0; i < n; i++)
    {
      Ranked r = { rt_document_get_node (doc, i), i };

      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  nodes = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (nodes, (gpointer) g_array_index (ranked, Ranked, i).node);
  return nodes;
}

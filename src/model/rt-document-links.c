/* rt-document-links.c: links between nodes, indexed per node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-document-private.h"

void
rt_node_links_free (RtNodeLinks *links)
{
  if (links == NULL)
    return;
  g_clear_pointer (&links->out, g_ptr_array_unref);
  g_clear_pointer (&links->in, g_ptr_array_unref);
  g_free (links);
}

/* Links */

guint
rt_document_get_n_links (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);
  return self->links->len;
}

const RtLink *
rt_document_get_link (RtDocument *self,
                      guint       index)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);
  return g_ptr_array_index (self->links, index);
}

RtLink *
rt_document_find_link_mut (RtDocument *self,
                           const char *from,
                           const char *to,
                           RtLinkKind  kind)
{
  RtNode *from_node = rt_document_lookup_node_mut (self, from);
  RtNode *to_node = rt_document_lookup_node_mut (self, to);
  GPtrArray *out, *in;
  GPtrArray *shorter;
  guint i;

  if (from_node == NULL || to_node == NULL ||
      from_node->links == NULL || to_node->links == NULL)
    return NULL;
  out = from_node->links->out;
  in = to_node->links->in;
  if (out == NULL || in == NULL)
    return NULL;

  shorter = out->len <= in->len ? out : in;
  for (i = 0; i < shorter->len; i++)
    {
      RtLink *link = g_ptr_array_index (shorter, i);

      if (link->kind == kind && strcmp (link->from, from) == 0 &&
          strcmp (link->to, to) == 0)
        return link;
    }
  return NULL;
}

const RtLink *
rt_document_find_link (RtDocument *self,
                       const char *from,
                       const char *to,
                       RtLinkKind  kind)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return rt_document_find_link_mut (self, from, to, kind);
}

int
rt_document_get_link_index (RtDocument   *self,
                            const RtLink *link)
{
  guint index;

  if (link == NULL || !g_ptr_array_find (self->links, link, &index))
    return -1;
  return (int) index;
}

/* Inserts the link into one node's array so that the array stays in
 * document order; doc_index is where the link now is in self->links. */
static void
node_links_insert (RtDocument *self,
                   GPtrArray **array,
                   RtLink     *link,
                   guint       doc_index,
                   gboolean    outgoing)
{
  const char *id = outgoing ? link->from : link->to;
  guint before = 0;
  guint i;

  if (*array == NULL)
    *array = g_ptr_array_new ();

  if (doc_index + 1 == self->links->len)
    {
      g_ptr_array_add (*array, link);
      return;
    }
  for (i = 0; i < doc_index; i++)
    {
      RtLink *other = g_ptr_array_index (self->links, i);

      if (strcmp (outgoing ? other->from : other->to, id) == 0)
        before++;
    }
  g_ptr_array_insert (*array, before, link);
}

static RtNodeLinks *
ensure_node_links (RtNode *node)
{
  if (node->links == NULL)
    node->links = g_new0 (RtNodeLinks, 1);
  return node->links;
}

static void
add_link (RtDocument *self,
          RtLink     *link,
          int         index)
{
  RtNode *from = rt_document_lookup_node_mut (self, link->from);
  RtNode *to = rt_document_lookup_node_mut (self, link->to);
  guint doc_index = index < 0 ? self->links->len : (guint) index;

  g_ptr_array_insert (self->links, index, link);
  if (from != NULL)
    node_links_insert (self, &ensure_node_links (from)->out, link, doc_index, TRUE);
  if (to != NULL)
    node_links_insert (self, &ensure_node_links (to)->in, link, doc_index, FALSE);
}

void
rt_document_take_link (RtDocument *self,
                       RtLink     *link)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  g_return_if_fail (link != NULL && link->from != NULL && link->to != NULL);

  add_link (self, link, -1);
}

void
rt_document_insert_link (RtDocument *self,
                         RtLink     *link,
                         int         index)
{
  g_assert (index < 0 || (guint) index <= self->links->len);

  add_link (self, link, index);
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_LINK_ADDED, link);
}

RtLink *
rt_document_steal_link (RtDocument *self,
                        const char *from,
                        const char *to,
                        RtLinkKind  kind,
                        guint      *index)
{
  RtLink *link = rt_document_find_link_mut (self, from, to, kind);
  RtNode *from_node, *to_node;
  guint i;

  g_assert (link != NULL);
  if (!g_ptr_array_find (self->links, link, &i))
    g_assert_not_reached ();

  from_node = rt_document_lookup_node_mut (self, from);
  to_node = rt_document_lookup_node_mut (self, to);
  g_ptr_array_remove (from_node->links->out, link);
  g_ptr_array_remove (to_node->links->in, link);
  g_ptr_array_steal_index (self->links, i);
  if (index != NULL)
    *index = i;
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_LINK_REMOVED, link);
  return link;
}

static GPtrArray *
node_links_or_empty (RtDocument *self,
                     const char *node_id,
                     gboolean    outgoing)
{
  RtNode *node = rt_document_lookup_node_mut (self, node_id);
  GPtrArray *array = NULL;

  if (node != NULL && node->links != NULL)
    array = outgoing ? node->links->out : node->links->in;
  return array != NULL ? array : self->no_links;
}

GPtrArray *
rt_document_get_links_from (RtDocument *self,
                            const char *node_id)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return node_links_or_empty (self, node_id, TRUE);
}

GPtrArray *
rt_document_get_links_to (RtDocument *self,
                          const char *node_id)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return node_links_or_empty (self, node_id, FALSE);
}

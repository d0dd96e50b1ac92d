/* rt-scene-query.c: what lies where, and what the scene knows of a node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rt-scene-private.h"

static int
compare_guint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static gboolean
cell_range (RtScene *self, const RtRect *rect, Span *span)
{
  if (self->cols <= 0 || self->rows <= 0)
    return FALSE;
  rt_scene_span_of (self, rect, span);
  return TRUE;
}

/* Queries return entries in document order. A query stamps every entry it
 * looks at with stamp and every one it returns with stamp + 1; when it
 * returns much of the scene (a map seen whole, every frame), one pass over
 * the entries in order is cheaper than sorting what the cells gave. */
#define QUERY_STAMP_STEP 2

static gboolean
most_of (guint found,
         guint n_entries)
{
  return found > 64 && found > n_entries / 8;
}

/* Whether rect holds the drawn area of every placed node. */
static gboolean
covers_all_nodes (RtScene      *self,
                  const RtRect *rect)
{
  RtRect b, v;

  if (!rt_scene_get_bounds (self, &b))
    return FALSE;
  rt_scene_visual_rect (self, &b, &v);
  return rect->x < v.x && rect->y < v.y &&
         rect->x + rect->width > v.x + v.width &&
         rect->y + rect->height > v.y + v.height;
}

void
rt_scene_query_nodes (RtScene      *self,
                      const RtRect *rect,
                      GArray       *out)
{
  Span span;
  guint start = out->len;
  guint stamp;
  int x, y;

  rt_scene_ensure (self);
  if (covers_all_nodes (self, rect))
    {
      /* The whole map in view (an overview, zoom to fit): every placed
       * node, without asking the grid. */
      for (guint i = 0; i < self->nodes->len; i++)
        {
          const NodeEntry *e = &g_array_index (self->nodes, NodeEntry, i);

          if (e->node != NULL && e->span.x0 >= 0)
            g_array_append_val (out, i);
        }
      return;
    }
  if (!cell_range (self, rect, &span))
    return;
  self->stamp += QUERY_STAMP_STEP;
  stamp = self->stamp;
  for (y = span.y0; y <= span.y1; y++)
    for (x = span.x0; x <= span.x1; x++)
      {
        const Cell *cell = &self->node_cells[y * self->cols + x];
        guint32 k;

        for (k = 0; k < cell->n; k++)
          {
            guint i = cell->items[k];
            NodeEntry *e = &g_array_index (self->nodes, NodeEntry, i);
            RtRect v;

            if (e->stamp == stamp || e->stamp == stamp + 1)
              continue;
            e->stamp = stamp;
            rt_scene_visual_rect (self, &e->rect, &v);
            if (rt_rect_intersects (&v, rect))
              {
                e->stamp = stamp + 1;
                g_array_append_val (out, i);
              }
          }
      }
  if (most_of (out->len - start, self->nodes->len))
    {
      g_array_set_size (out, start);
      for (guint i = 0; i < self->nodes->len; i++)
        if (g_array_index (self->nodes, NodeEntry, i).stamp == stamp + 1)
          g_array_append_val (out, i);
    }
  else if (out->len - start > 1)
    qsort (&g_array_index (out, guint, start), out->len - start, sizeof (guint), compare_guint);
}

void
rt_scene_query_links (RtScene      *self,
                      const RtRect *rect,
                      GArray       *out)
{
  Span span;
  guint start = out->len;
  guint stamp;
  guint k;
  int x, y;

  rt_scene_ensure (self);
  if (!cell_range (self, rect, &span))
    return;
  self->stamp += QUERY_STAMP_STEP;
  stamp = self->stamp;
  for (y = span.y0; y <= span.y1; y++)
    for (x = span.x0; x <= span.x1; x++)
      {
        const Cell *cell = &self->link_cells[y * self->cols + x];
        guint32 j;

        for (j = 0; j < cell->n; j++)
          {
            guint i = cell->items[j];
            LinkEntry *e = &g_array_index (self->links, LinkEntry, i);

            if (e->stamp == stamp || e->stamp == stamp + 1)
              continue;
            e->stamp = stamp;
            if (rt_rect_intersects (&e->bounds, rect))
              {
                e->stamp = stamp + 1;
                g_array_append_val (out, i);
              }
          }
      }
  for (k = 0; k < self->big_links->len; k++)
    {
      guint i = g_array_index (self->big_links, guint, k);
      LinkEntry *e = &g_array_index (self->links, LinkEntry, i);

      if (rt_rect_intersects (&e->bounds, rect))
        {
          e->stamp = stamp + 1;
          g_array_append_val (out, i);
        }
    }
  if (most_of (out->len - start, self->links->len))
    {
      g_array_set_size (out, start);
      for (guint i = 0; i < self->links->len; i++)
        if (g_array_index (self->links, LinkEntry, i).stamp == stamp + 1)
          g_array_append_val (out, i);
    }
  else if (out->len - start > 1)
    qsort (&g_array_index (out, guint, start), out->len - start, sizeof (guint), compare_guint);
}

guint
rt_scene_get_n_node_entries (RtScene *self)
{
  rt_scene_ensure (self);
  return self->nodes->len;
}

const RtNode *
rt_scene_get_node (RtScene *self,
                   guint    entry)
{
  g_return_val_if_fail (entry < self->nodes->len, NULL);

  return g_array_index (self->nodes, NodeEntry, entry).node;
}

const RtRect *
rt_scene_get_node_rect (RtScene *self,
                        guint    entry)
{
  g_return_val_if_fail (entry < self->nodes->len, NULL);

  return &g_array_index (self->nodes, NodeEntry, entry).rect;
}

guint
rt_scene_get_node_version (RtScene *self,
                           guint    entry)
{
  g_return_val_if_fail (entry < self->nodes->len, 0);

  return g_array_index (self->nodes, NodeEntry, entry).version;
}

static int
compare_rank (gconstpointer a, gconstpointer b, gpointer data)
{
  GArray *nodes = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  const RtNode *nx = g_array_index (nodes, NodeEntry, x).node;
  const RtNode *ny = g_array_index (nodes, NodeEntry, y).node;

  if (nx->created != ny->created)
    return nx->created < ny->created ? -1 : 1;
  return x < y ? -1 : x > y;
}

guint
rt_scene_get_node_rank (RtScene *self,
                        guint    entry)
{
  g_return_val_if_fail (entry < self->nodes->len, 0);

  if (self->ranks_dirty)
    {
      g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
      guint i;

      for (i = 0; i < self->nodes->len; i++)
        if (g_array_index (self->nodes, NodeEntry, i).node != NULL)
          g_array_append_val (order, i);
      g_array_sort_with_data (order, compare_rank, self->nodes);
      for (i = 0; i < order->len; i++)
        g_array_index (self->nodes, NodeEntry, g_array_index (order, guint, i)).rank = i;
      self->ranks_dirty = FALSE;
    }
  return g_array_index (self->nodes, NodeEntry, entry).rank;
}

int
rt_scene_lookup_node (RtScene      *self,
                      const RtNode *node)
{
  int i;

  rt_scene_ensure (self);
  i = rt_scene_entry_of (self, node);
  if (i < 0 || g_array_index (self->nodes, NodeEntry, i).span.x0 < 0)
    return -1;
  return i;
}

const RtLink *
rt_scene_get_link (RtScene *self,
                   guint    entry)
{
  g_return_val_if_fail (entry < self->links->len, NULL);

  return g_array_index (self->links, LinkEntry, entry).link;
}

const RtLinkCurve *
rt_scene_get_link_curve (RtScene *self,
                         guint    entry)
{
  g_return_val_if_fail (entry < self->links->len, NULL);

  return &g_array_index (self->links, LinkEntry, entry).curve;
}

guint
rt_scene_get_link_from (RtScene *self,
                        guint    entry)
{
  g_return_val_if_fail (entry < self->links->len, 0);

  return g_array_index (self->links, LinkEntry, entry).from;
}

guint
rt_scene_get_link_to (RtScene *self,
                      guint    entry)
{
  g_return_val_if_fail (entry < self->links->len, 0);

  return g_array_index (self->links, LinkEntry, entry).to;
}

gboolean
rt_scene_get_bounds (RtScene *self,
                     RtRect  *out)
{
  rt_scene_ensure (self);
  if (self->bounds_dirty)
    {
      guint i;

      self->have_bounds = FALSE;
      memset (&self->bounds, 0, sizeof self->bounds);
      for (i = 0; i < self->nodes->len; i++)
        {
          const NodeEntry *e = &g_array_index (self->nodes, NodeEntry, i);

          if (e->node == NULL || e->span.x0 < 0)
            continue;
          if (!self->have_bounds)
            self->bounds = e->rect;
          else
            rt_rect_union (&self->bounds, &e->rect);
          self->have_bounds = TRUE;
        }
      self->bounds_dirty = FALSE;
    }
  if (out)
    *out = self->bounds;
  return self->have_bounds;
}

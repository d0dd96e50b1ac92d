/* rt-layout-forest.c: the tree the layout works on, and free space
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-layout-private.h"

#define OBSTACLE_CELL 256.0

gboolean
rt_link_is_structural (const RtLink *link,
                       const RtNode *from)
{
  if (link->kind != RT_LINK_RELATES_TO)
    return TRUE;
  return from != NULL && from->kind == RT_NODE_NOTE;
}

static guint
uf_find (guint *uf, guint i)
{
  guint root = i;

  while (uf[root] != root)
    root = uf[root];
  while (uf[i] != root)
    {
      guint next = uf[i];

      uf[i] = root;
      i = next;
    }
  return root;
}

RtForest *
rt_forest_new (RtDocument *document)
{
  RtForest *f = g_new0 (RtForest, 1);
  guint n = rt_document_get_n_nodes (document);
  guint n_links = rt_document_get_n_links (document);
  g_autofree guint *uf = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = NULL;
  guint i;

  f->n = n;
  f->nodes = g_new (const RtNode *, MAX (n, 1));
  f->parent = g_new (int, MAX (n, 1));
  f->child_start = g_new0 (guint, n + 1);
  f->child_list = g_new0 (guint, MAX (n, 1));
  f->index = g_hash_table_new (g_str_hash, g_str_equal);

  for (i = 0; i < n; i++)
    {
      f->nodes[i] = rt_document_get_node (document, i);
      f->parent[i] = -1;
      uf[i] = i;
      g_hash_table_insert (f->index, f->nodes[i]->id, GUINT_TO_POINTER (i + 1));
    }

  /* Each node is the root of its own tree until its first structural
   * link; a link into its own subtree would close a cycle. */
  for (i = 0; i < n_links; i++)
    {
      const RtLink *link = rt_document_get_link (document, i);
      int child = rt_forest_lookup (f, link->from);
      int parent = rt_forest_lookup (f, link->to);
      guint rc, rp;

      if (child < 0 || parent < 0 || child == parent || f->parent[child] >= 0)
        continue;
      if (!rt_link_is_structural (link, f->nodes[child]))
        continue;
      rc = uf_find (uf, (guint) child);
      rp = uf_find (uf, (guint) parent);
      if (rc == rp)
        continue;
      f->parent[child] = parent;
      uf[rc] = rp;
    }

  for (i = 0; i < n; i++)
    if (f->parent[i] >= 0)
      f->child_start[f->parent[i] + 1]++;
  for (i = 0; i < n; i++)
    f->child_start[i + 1] += f->child_start[i];
  fill = g_memdup2 (f->child_start, sizeof (guint) * (n + 1));
  for (i = 0; i < n; i++)
    if (f->parent[i] >= 0)
      f->child_list[fill[f->parent[i]]++] = i;
  return f;
}

void
rt_forest_free (RtForest *f)
{
  if (f == NULL)
    return;
  g_hash_table_destroy (f->index);
  g_free (f->nodes);
  g_free (f->parent);
  g_free (f->child_start);
  g_free (f->child_list);
  g_free (f);
}

int
rt_forest_lookup (RtForest   *f,
                  const char *id)
{
  gpointer v = g_hash_table_lookup (f->index, id);

  return v ? GPOINTER_TO_INT (v) - 1 : -1;
}

typedef struct {
  gint64  key;
  GArray *rects;
} ObstacleCell;

struct _RtObstacles {
  double      margin;
  GHashTable *cells;   /* &ObstacleCell.key → ObstacleCell, owned */
};

static void
obstacle_cell_free (gpointer data)
{
  ObstacleCell *cell = data;

  g_array_unref (cell->rects);
  g_free (cell);
}

static gint64
cell_key (gint64 cx, gint64 cy)
{
  /* Shifted unsigned: cells left of or above the origin are negative. */
  return (gint64) (((guint64) cx << 32) ^ ((guint64) cy & 0xffffffff));
}

RtObstacles *
rt_obstacles_new (double margin)
{
  RtObstacles *self = g_new0 (RtObstacles, 1);

  self->margin = margin;
  self->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, obstacle_cell_free);
  return self;
}

void
rt_obstacles_free (RtObstacles *self)
{
  if (self == NULL)
    return;
  g_hash_table_destroy (self->cells);
  g_free (self);
}

void
rt_obstacles_add (RtObstacles  *self,
                  const RtRect *rect)
{
  RtRect r = *rect;
  gint64 x0, x1, y0, y1, cx, cy;

  rt_rect_inflate (&r, self->margin);
  x0 = (gint64) floor (r.x / OBSTACLE_CELL);
  x1 = (gint64) floor ((r.x + r.width) / OBSTACLE_CELL);
  y0 = (gint64) floor (r.y / OBSTACLE_CELL);
  y1 = (gint64) floor ((r.y + r.height) / OBSTACLE_CELL);
  for (cy = y0; cy <= y1; cy++)
    for (cx = x0; cx <= x1; cx++)
      {
        gint64 key = cell_key (cx, cy);
        ObstacleCell *cell = g_hash_table_lookup (self->cells, &key);

        if (cell == NULL)
          {
            cell = g_new0 (ObstacleCell, 1);
            cell->key = key;
            cell->rects = g_array_new (FALSE, FALSE, sizeof (RtRect));
            g_hash_table_insert (self->cells, &cell->key, cell);
          }
        g_array_append_val (cell->rects, r);
      }
}

gboolean
rt_obstacles_hit (RtObstacles  *self,
                  const RtRect *rect,
                  double       *min_top,
                  double       *max_bottom)
{
  gint64 x0, x1, y0, y1, cx, cy;
  gboolean hit = FALSE;
  double top = 0.0, bottom = 0.0;

  x0 = (gint64) floor (rect->x / OBSTACLE_CELL);
  x1 = (gint64) floor ((rect->x + rect->width) / OBSTACLE_CELL);
  y0 = (gint64) floor (rect->y / OBSTACLE_CELL);
  y1 = (gint64) floor ((rect->y + rect->height) / OBSTACLE_CELL);
  for (cy = y0; cy <= y1; cy++)
    for (cx = x0; cx <= x1; cx++)
      {
        gint64 key = cell_key (cx, cy);
        ObstacleCell *cell = g_hash_table_lookup (self->cells, &key);
        guint k;

        if (cell == NULL)
          continue;
        for (k = 0; k < cell->rects->len; k++)
          {
            const RtRect *o = &g_array_index (cell->rects, RtRect, k);

            if (!rt_rect_intersects (o, rect))
              continue;
            top = hit ? MIN (top, o->y) : o->y;
            bottom = hit ? MAX (bottom, o->y + o->height) : o->y + o->height;
            hit = TRUE;
          }
      }
  if (min_top)
    *min_top = top;
  if (max_bottom)
    *max_bottom = bottom;
  return hit;
}

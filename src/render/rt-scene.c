/* rt-scene.c: where every node and link of a document is, indexed in space
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rt-scene-private.h"

static void
cells_free (Cell *cells, int n)
{
  int i;

  if (cells == NULL)
    return;
  for (i = 0; i < n; i++)
    g_free (cells[i].items);
  g_free (cells);
}

static void
cell_add (Cell *cell, guint32 item)
{
  if (cell->n == cell->cap)
    {
      cell->cap = MAX (4, cell->cap * 2);
      cell->items = g_renew (guint32, cell->items, cell->cap);
    }
  cell->items[cell->n++] = item;
}

static void
cell_remove (Cell *cell, guint32 item)
{
  guint32 i;

  for (i = 0; i < cell->n; i++)
    if (cell->items[i] == item)
      {
        cell->items[i] = cell->items[--cell->n];
        return;
      }
}

static int
clamp_cell (double v, int n)
{
  if (!(v >= 0.0))
    return 0;
  if (v >= n - 1)
    return n - 1;
  return (int) v;
}

void
rt_scene_span_of (RtScene *self, const RtRect *r, Span *span)
{
  span->x0 = clamp_cell (floor ((r->x - self->ox) / self->cell), self->cols);
  span->x1 = clamp_cell (floor ((r->x + r->width - self->ox) / self->cell), self->cols);
  span->y0 = clamp_cell (floor ((r->y - self->oy) / self->cell), self->rows);
  span->y1 = clamp_cell (floor ((r->y + r->height - self->oy) / self->cell), self->rows);
}

static void
span_apply (RtScene *self, Cell *cells, const Span *span, guint32 item, gboolean add)
{
  int x, y;

  if (span->x0 < 0)
    return;
  for (y = span->y0; y <= span->y1; y++)
    for (x = span->x0; x <= span->x1; x++)
      {
        if (add)
          cell_add (&cells[y * self->cols + x], item);
        else
          cell_remove (&cells[y * self->cols + x], item);
      }
}

void
rt_scene_visual_rect (RtScene *self, const RtRect *rect, RtRect *out)
{
  *out = *rect;
  rt_rect_inflate (out, self->overhang);
}

static void
node_place (RtScene *self, guint i)
{
  NodeEntry *e = &g_array_index (self->nodes, NodeEntry, i);
  RtRect v;

  rt_metrics_get_rect (self->metrics, e->node, &e->rect);
  rt_scene_visual_rect (self, &e->rect, &v);
  rt_scene_span_of (self, &v, &e->span);
  span_apply (self, self->node_cells, &e->span, i, TRUE);
  /* Outside the grid a node lands in an edge cell: still found, but many
   * there (a map laid out after the grid was made) would make every query
   * slow. Then the grid is made again to fit. */
  if (v.x < self->ox || v.y < self->oy ||
      v.x + v.width > self->ox + self->cols * self->cell ||
      v.y + v.height > self->oy + self->rows * self->cell)
    {
      self->n_outside++;
      if (self->n_outside > 64 + self->nodes->len / 16)
        self->dirty = TRUE;
    }
}

static void
node_unplace (RtScene *self, guint i)
{
  NodeEntry *e = &g_array_index (self->nodes, NodeEntry, i);

  span_apply (self, self->node_cells, &e->span, i, FALSE);
  e->span.x0 = -1;
}

static void
link_unplace (RtScene *self, guint i)
{
  LinkEntry *e = &g_array_index (self->links, LinkEntry, i);
  guint k;

  if (e->span.x0 == -2)
    {
      for (k = 0; k < self->big_links->len; k++)
        if (g_array_index (self->big_links, guint, k) == i)
          {
            g_array_remove_index_fast (self->big_links, k);
            break;
          }
    }
  else
    span_apply (self, self->link_cells, &e->span, i, FALSE);
  e->span.x0 = -1;
}

/* Computes the link's curve and files it; the ends must be placed. */
static void
link_place (RtScene *self, guint i)
{
  LinkEntry *e = &g_array_index (self->links, LinkEntry, i);
  const NodeEntry *from = &g_array_index (self->nodes, NodeEntry, e->from);
  const NodeEntry *to = &g_array_index (self->nodes, NodeEntry, e->to);

  rt_link_curve_compute (&from->rect, &to->rect, &e->curve);
  rt_link_curve_bounds (&e->curve, &e->bounds);
  rt_scene_span_of (self, &e->bounds, &e->span);
  if ((e->span.x1 - e->span.x0 + 1) * (e->span.y1 - e->span.y0 + 1) > BIG_LINK_CELLS)
    {
      e->span.x0 = -2;
      g_array_append_val (self->big_links, i);
    }
  else
    span_apply (self, self->link_cells, &e->span, i, TRUE);
}

int
rt_scene_entry_of (RtScene *self, const RtNode *node)
{
  gpointer v = g_hash_table_lookup (self->node_index, node);

  return v ? GPOINTER_TO_INT (v) - 1 : -1;
}

/* Appends an entry for the link if both ends are placed. */
static void
link_append (RtScene *self, const RtLink *link)
{
  const RtNode *from = rt_document_lookup_node (self->document, link->from);
  const RtNode *to = rt_document_lookup_node (self->document, link->to);
  int fi = from ? rt_scene_entry_of (self, from) : -1;
  int ti = to ? rt_scene_entry_of (self, to) : -1;
  LinkEntry e = { 0 };

  if (fi < 0 || ti < 0)
    return;
  e.link = link;
  e.from = (guint) fi;
  e.to = (guint) ti;
  e.span.x0 = -1;
  g_array_append_val (self->links, e);
  g_hash_table_insert (self->link_index, (gpointer) link, GUINT_TO_POINTER (self->links->len));
  link_place (self, self->links->len - 1);
}

static void
choose_grid (RtScene *self, guint n)
{
  guint i;
  gboolean any = FALSE;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0, w, h, max_cells;

  for (i = 0; i < rt_document_get_n_nodes (self->document); i++)
    {
      const RtNode *node = rt_document_get_node (self->document, i);

      if (!node->has_position)
        continue;
      if (!any)
        {
          x0 = x1 = node->x;
          y0 = y1 = node->y;
          any = TRUE;
        }
      x0 = MIN (x0, node->x);
      x1 = MAX (x1, node->x);
      y0 = MIN (y0, node->y);
      y1 = MAX (y1, node->y);
    }
  /* Room around the centres for the nodes themselves. */
  x0 -= 400.0;
  y0 -= 400.0;
  w = x1 - x0 + 800.0;
  h = y1 - y0 + 800.0;
  max_cells = MAX (4096.0, 2.0 * n);
  self->cell = MAX (MIN_CELL, sqrt (w * h / max_cells));
  self->cell = MAX (self->cell, MAX (w, h) / MAX_CELLS_SIDE);
  self->ox = x0;
  self->oy = y0;
  self->cols = MAX (1, (int) ceil (w / self->cell));
  self->rows = MAX (1, (int) ceil (h / self->cell));
}

static void
rebuild (RtScene *self)
{
  guint n = rt_document_get_n_nodes (self->document);
  guint n_links = rt_document_get_n_links (self->document);
  guint i;

  cells_free (self->node_cells, self->cols * self->rows);
  cells_free (self->link_cells, self->cols * self->rows);
  g_array_set_size (self->nodes, 0);
  g_array_set_size (self->links, 0);
  g_array_set_size (self->big_links, 0);
  g_hash_table_remove_all (self->node_index);
  g_hash_table_remove_all (self->link_index);

  self->overhang = RT_NODE_OVERHANG * rt_metrics_get_text_scale (self->metrics);
  choose_grid (self, n);
  self->node_cells = g_new0 (Cell, self->cols * self->rows);
  self->link_cells = g_new0 (Cell, self->cols * self->rows);

  for (i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (self->document, i);
      NodeEntry e = { 0 };

      e.node = node;
      e.span.x0 = -1;
      g_array_append_val (self->nodes, e);
      g_hash_table_insert (self->node_index, (gpointer) node, GUINT_TO_POINTER (i + 1));
      if (node->has_position)
        node_place (self, i);
    }
  for (i = 0; i < n_links; i++)
    link_append (self, rt_document_get_link (self->document, i));

  self->n_live_nodes = n;
  self->n_live_links = n_links;
  self->dirty = FALSE;
  self->ranks_dirty = TRUE;
  self->bounds_dirty = TRUE;
  self->n_rebuilds++;
  self->n_outside = 0;
}

RtScene *
rt_scene_new (RtDocument *document,
              RtMetrics  *metrics)
{
  RtScene *self;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (RT_IS_METRICS (metrics), NULL);

  self = g_new0 (RtScene, 1);
  self->document = document;
  self->metrics = g_object_ref (metrics);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (NodeEntry));
  self->links = g_array_new (FALSE, FALSE, sizeof (LinkEntry));
  self->big_links = g_array_new (FALSE, FALSE, sizeof (guint));
  self->node_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->link_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->dirty = TRUE;
  return self;
}

void
rt_scene_free (RtScene *self)
{
  if (self == NULL)
    return;
  cells_free (self->node_cells, self->cols * self->rows);
  cells_free (self->link_cells, self->cols * self->rows);
  g_array_unref (self->nodes);
  g_array_unref (self->links);
  g_array_unref (self->big_links);
  g_hash_table_destroy (self->node_index);
  g_hash_table_destroy (self->link_index);
  g_clear_object (&self->metrics);
  g_free (self);
}

void
rt_scene_invalidate (RtScene *self)
{
  self->dirty = TRUE;
}

void
rt_scene_ensure (RtScene *self)
{
  /* Counts that disagree mean a change went by unannounced (a document
   * built with the take_ functions): start again. */
  if (self->dirty ||
      self->overhang != RT_NODE_OVERHANG * rt_metrics_get_text_scale (self->metrics) ||
      self->n_live_nodes != rt_document_get_n_nodes (self->document) ||
      self->n_live_links != rt_document_get_n_links (self->document))
    rebuild (self);
}

guint
rt_scene_get_n_rebuilds (RtScene *self)
{
  return self->n_rebuilds;
}

/* The union of the placed rectangles follows single changes: a rectangle
 * added grows it, one taken away from inside leaves it as it is; only one
 * that touched its edge means walking every node again. */
static void
bounds_include (RtScene *self, guint i)
{
  const NodeEntry *e = &g_array_index (self->nodes, NodeEntry, i);

  if (self->bounds_dirty || e->span.x0 < 0)
    return;
  if (!self->have_bounds)
    self->bounds = e->rect;
  else
    rt_rect_union (&self->bounds, &e->rect);
  self->have_bounds = TRUE;
}

static void
bounds_exclude (RtScene *self, const RtRect *old)
{
  const RtRect *b = &self->bounds;

  if (self->bounds_dirty || !self->have_bounds)
    return;
  if (old->x <= b->x || old->y <= b->y ||
      old->x + old->width >= b->x + b->width ||
      old->y + old->height >= b->y + b->height)
    self->bounds_dirty = TRUE;
}

void
rt_scene_node_added (RtScene      *self,
                     const RtNode *node)
{
  guint n = rt_document_get_n_nodes (self->document);
  guint i;
  NodeEntry e = { 0 };

  if (self->dirty)
    return;
  /* Only an append keeps entries in document order. */
  if (n == 0 || rt_document_get_node (self->document, n - 1) != node ||
      self->n_live_nodes + 1 != n)
    {
      self->dirty = TRUE;
      return;
    }
  e.node = node;
  e.span.x0 = -1;
  g_array_append_val (self->nodes, e);
  i = self->nodes->len - 1;
  g_hash_table_insert (self->node_index, (gpointer) node, GUINT_TO_POINTER (i + 1));
  if (node->has_position)
    node_place (self, i);
  self->n_live_nodes++;
  self->ranks_dirty = TRUE;
  bounds_include (self, i);
}

void
rt_scene_node_removed (RtScene      *self,
                       const RtNode *node)
{
  int i;
  NodeEntry *e;

  if (self->dirty)
    return;
  i = rt_scene_entry_of (self, node);
  if (i < 0)
    {
      self->dirty = TRUE;
      return;
    }
  e = &g_array_index (self->nodes, NodeEntry, i);
  if (e->span.x0 >= 0)
    bounds_exclude (self, &e->rect);
  node_unplace (self, (guint) i);
  e->node = NULL;
  g_hash_table_remove (self->node_index, node);
  self->n_live_nodes--;
  self->ranks_dirty = TRUE;
}

static void
update_links_of (RtScene *self, const RtNode *node, GPtrArray *links)
{
  guint k;

  for (k = 0; k < links->len; k++)
    {
      const RtLink *link = g_ptr_array_index (links, k);
      gpointer v = g_hash_table_lookup (self->link_index, link);

      if (v != NULL)
        {
          guint li = GPOINTER_TO_UINT (v) - 1;

          link_unplace (self, li);
          link_place (self, li);
        }
      else
        {
          /* The other end may have been waiting for this one. */
          link_append (self, link);
        }
    }
}

void
rt_scene_node_changed (RtScene      *self,
                       const RtNode *node)
{
  int i;
  NodeEntry *e;

  if (self->dirty)
    return;
  i = rt_scene_entry_of (self, node);
  if (i < 0)
    {
      self->dirty = TRUE;
      return;
    }
  e = &g_array_index (self->nodes, NodeEntry, i);
  e->version++;
  if (e->span.x0 >= 0)
    bounds_exclude (self, &e->rect);
  node_unplace (self, (guint) i);
  if (node->has_position)
    node_place (self, (guint) i);
  else
    {
      /* Its links can no longer be drawn: drop them by rebuilding. */
      self->dirty = TRUE;
      return;
    }
  update_links_of (self, node, rt_document_get_links_from (self->document, node->id));
  update_links_of (self, node, rt_document_get_links_to (self->document, node->id));
  self->ranks_dirty = TRUE;
  bounds_include (self, (guint) i);
}

void
rt_scene_link_added (RtScene      *self,
                     const RtLink *link)
{
  if (self->dirty)
    return;
  link_append (self, link);
  self->n_live_links++;
}

void
rt_scene_link_removed (RtScene      *self,
                       const RtLink *link)
{
  gpointer v;

  if (self->dirty)
    return;
  v = g_hash_table_lookup (self->link_index, link);
  if (v != NULL)
    {
      guint li = GPOINTER_TO_UINT (v) - 1;

      link_unplace (self, li);
      g_array_index (self->links, LinkEntry, li).link = NULL;
      g_hash_table_remove (self->link_index, link);
    }
  self->n_live_links--;
}

void
rt_scene_link_changed (RtScene      *self,
                       const RtLink *link)
{
  /* The kind changed; geometry did not. Nothing is cached by kind. */
  if (!self->dirty && g_hash_table_lookup (self->link_index, link) == NULL)
    {
      const RtNode *from = rt_document_lookup_node (self->document, link->from);
      const RtNode *to = rt_document_lookup_node (self->document, link->to);

      if (from && to && from->has_position && to->has_position)
        self->dirty = TRUE;
    }
}


/* rt-layout.c: automatic placement of nodes
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-layout-private.h"

/* Outlines of a subtree, one span per level: the top and bottom of the
 * nodes at that depth, relative to the subtree root's centre plus off.
 * Stored deepest level first, so a parent's level is an append. */
typedef struct {
  GArray *top;
  GArray *bot;
  double  off;
} Contour;

typedef struct {
  RtForest   *forest;
  RtMetrics  *metrics;
  gboolean   *movable;
  double     *w, *h;
  double     *x, *y;       /* centres: results, and positions of fixed nodes */
  double     *rel;         /* centre relative to the parent's, movable nodes */
  int        *depth;       /* within the node's block */
  Contour   **contours;
  RtObstacles *obstacles;
  gboolean     file;       /* whether placed blocks must be filed as obstacles */
} Layout;

static Contour *
contour_new (double h)
{
  Contour *c = g_new0 (Contour, 1);
  double t = -h / 2.0, b = h / 2.0;

  c->top = g_array_new (FALSE, FALSE, sizeof (double));
  c->bot = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_val (c->top, t);
  g_array_append_val (c->bot, b);
  return c;
}

static void
contour_free (Contour *c)
{
  if (c == NULL)
    return;
  g_array_unref (c->top);
  g_array_unref (c->bot);
  g_free (c);
}

static guint
contour_len (const Contour *c)
{
  return c->top->len;
}

static double *
ctop (Contour *c, guint level)
{
  return &g_array_index (c->top, double, c->top->len - 1 - level);
}

static double *
cbot (Contour *c, guint level)
{
  return &g_array_index (c->bot, double, c->bot->len - 1 - level);
}

/* Stacks the children of node i below one another as tightly as their
 * outlines allow, centres i on them and leaves i's outline. */
static void
tidy_node (Layout *L, guint i)
{
  RtForest *f = L->forest;
  guint k, first = 0, n_kids = 0;
  Contour *acc = NULL;
  double first_off = 0.0, last_off = 0.0, mid, t, b;
  g_autofree double *offs = NULL;
  guint start = f->child_start[i], end = f->child_start[i + 1];

  offs = g_new0 (double, end - start + 1);
  for (k = start; k < end; k++)
    {
      guint c = f->child_list[k];
      Contour *B;
      double shift = -G_MAXDOUBLE;
      guint l, shared;

      if (!L->movable[c])
        continue;
      B = g_steal_pointer (&L->contours[c]);
      if (acc == NULL)
        {
          acc = B;
          offs[k - start] = 0.0;
          first = k;
          first_off = last_off = 0.0;
          n_kids++;
          continue;
        }
      shared = MIN (contour_len (acc), contour_len (B));
      for (l = 0; l < shared; l++)
        {
          double gap = l == 0 ? RT_LAYOUT_SIBLING_GAP : RT_LAYOUT_COUSIN_GAP;

          shift = MAX (shift, (*cbot (acc, l) + acc->off) + gap - (*ctop (B, l) + B->off));
        }
      offs[k - start] = shift;
      last_off = shift;
      B->off += shift;
      if (contour_len (B) > contour_len (acc))
        {
          Contour *tmp = acc;

          acc = B;
          B = tmp;
        }
      for (l = 0; l < contour_len (B); l++)
        {
          *ctop (acc, l) = MIN (*ctop (acc, l) + acc->off, *ctop (B, l) + B->off) - acc->off;
          *cbot (acc, l) = MAX (*cbot (acc, l) + acc->off, *cbot (B, l) + B->off) - acc->off;
        }
      contour_free (B);
      n_kids++;
    }

  if (acc == NULL)
    {
      L->contours[i] = contour_new (L->h[i]);
      return;
    }
  (void) first;
  mid = (first_off + last_off) / 2.0;
  for (k = start; k < end; k++)
    {
      guint c = f->child_list[k];

      if (L->movable[c])
        L->rel[c] = offs[k - start] - mid;
    }
  acc->off -= mid;
  t = -L->h[i] / 2.0 - acc->off;
  b = L->h[i] / 2.0 - acc->off;
  g_array_append_val (acc->top, t);
  g_array_append_val (acc->bot, b);
  L->contours[i] = acc;
  (void) n_kids;
}

/* The movable nodes of the block rooted at root, parents before children,
 * siblings in document order. */
static GArray *
block_nodes (Layout *L, guint root)
{
  RtForest *f = L->forest;
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_val (stack, root);
  L->depth[root] = 0;
  while (stack->len > 0)
    {
      guint i = g_array_index (stack, guint, stack->len - 1);
      guint k;

      g_array_set_size (stack, stack->len - 1);
      g_array_append_val (order, i);
      /* Pushed last to first, so the first child comes off first. */
      for (k = f->child_start[i + 1]; k > f->child_start[i]; k--)
        {
          guint c = f->child_list[k - 1];

          if (!L->movable[c])
            continue;
          L->depth[c] = L->depth[i] + 1;
          g_array_append_val (stack, c);
        }
    }
  return order;
}

typedef struct {
  guint    root;
  gboolean virtual_root;  /* root is a fixed node: only its children move */
  GArray  *order;         /* guint nodes */
  double   top, bot;      /* extent relative to the root's centre */
  int      max_depth;     /* deepest column of the block, from 0 */
} Block;

static void
tidy_block (Layout *L, Block *blk, GArray *colw)
{
  guint k, skip = blk->virtual_root ? 1 : 0;
  Contour *c;

  blk->order = block_nodes (L, blk->root);
  for (k = blk->order->len; k > 0; k--)
    tidy_node (L, g_array_index (blk->order, guint, k - 1));

  c = L->contours[blk->root];
  blk->top = G_MAXDOUBLE;
  blk->bot = -G_MAXDOUBLE;
  for (k = skip; k < contour_len (c); k++)
    {
      blk->top = MIN (blk->top, *ctop (c, k) + c->off);
      blk->bot = MAX (blk->bot, *cbot (c, k) + c->off);
    }
  g_clear_pointer (&L->contours[blk->root], contour_free);

  blk->max_depth = 0;
  for (k = skip; k < blk->order->len; k++)
    {
      guint i = g_array_index (blk->order, guint, k);
      int d = L->depth[i] - (int) skip;

      blk->max_depth = MAX (blk->max_depth, d);
      if ((guint) d >= colw->len)
        g_array_set_size (colw, d + 1);
      g_array_index (colw, double, d) = MAX (g_array_index (colw, double, d), L->w[i]);
    }
}

static double
columns_width (GArray *colw, int max_depth)
{
  double w = 0.0;
  int d;

  for (d = 0; d <= max_depth && (guint) d < colw->len; d++)
    w += g_array_index (colw, double, d) + (d > 0 ? RT_LAYOUT_COLUMN_GAP : 0.0);
  return w;
}

/* Sets the centres of the block's nodes: its first column's left edge at
 * x0, its root's centre at y. */
static void
place_block (Layout *L, Block *blk, GArray *colw, double x0, double y)
{
  g_autofree double *colx = g_new0 (double, blk->max_depth + 1);
  int skip = blk->virtual_root ? 1 : 0;
  guint k;
  int d;

  colx[0] = x0;
  for (d = 1; d <= blk->max_depth; d++)
    colx[d] = colx[d - 1] + g_array_index (colw, double, d - 1) + RT_LAYOUT_COLUMN_GAP;
  for (k = (guint) skip; k < blk->order->len; k++)
    {
      guint i = g_array_index (blk->order, guint, k);
      guint p = (guint) L->forest->parent[i];

      L->x[i] = colx[L->depth[i] - skip] + L->w[i] / 2.0;
      if (i == blk->root)
        L->y[i] = y;
      else
        L->y[i] = (p == blk->root ? y : L->y[p]) + L->rel[i];
    }
}

static void
node_rect (Layout *L, guint i, RtRect *r)
{
  r->x = L->x[i] - L->w[i] / 2.0;
  r->y = L->y[i] - L->h[i] / 2.0;
  r->width = L->w[i];
  r->height = L->h[i];
}

/* Moves the block's nodes order[from, to) down by dy, rounds their
 * centres to whole units (gaps are far wider than that) and files them as
 * obstacles. */
static void
settle_range (Layout *L, GArray *order, guint from, guint to, double dy)
{
  guint k;

  for (k = from; k < to; k++)
    {
      guint i = g_array_index (order, guint, k);
      RtRect r;

      L->x[i] = round (L->x[i]);
      L->y[i] = round (L->y[i] + dy);
      if (!L->file)
        continue;
      node_rect (L, i, &r);
      rt_obstacles_add (L->obstacles, &r);
    }
}

static void
block_rect (const Block *blk, double x0, double width, double y, RtRect *r)
{
  r->x = x0;
  r->y = y + blk->top;
  r->width = width;
  r->height = blk->bot - blk->top;
}

/* How far area must move to meet no obstacle: down, or up when that is
 * much nearer. */
static double
free_shift (Layout *L, const RtRect *area)
{
  RtRect r = *area;
  double down, up, hit_top, hit_bot;
  int guard;

  for (guard = 0; guard < 100000; guard++)
    {
      if (!rt_obstacles_hit (L->obstacles, &r, &hit_top, &hit_bot))
        break;
      r.y = hit_bot;
    }
  down = r.y - area->y;
  r = *area;
  for (guard = 0; guard < 100000; guard++)
    {
      if (!rt_obstacles_hit (L->obstacles, &r, &hit_top, &hit_bot))
        break;
      r.y = hit_top - r.height;
    }
  up = area->y - r.y;
  return up + 1.0 < down / 2.0 ? -up : down;
}

/* The moving children of a fixed node, tidily stacked and centred on it;
 * each child's subtree that would meet something placed moves to the
 * nearest free room, the others keep their place. */
static void
settle_hanging (Layout *L, Block *blk, GArray *colw, double x0)
{
  GArray *order = blk->order;
  guint k = 1;

  place_block (L, blk, colw, x0, L->y[blk->root]);
  while (k < order->len)
    {
      guint c = g_array_index (order, guint, k);
      guint end = k + 1, j;
      RtRect area, r;

      /* In preorder a subtree is the run up to the next node as shallow. */
      while (end < order->len && L->depth[g_array_index (order, guint, end)] > L->depth[c])
        end++;
      node_rect (L, c, &area);
      for (j = k + 1; j < end; j++)
        {
          node_rect (L, g_array_index (order, guint, j), &r);
          rt_rect_union (&area, &r);
        }
      settle_range (L, order, k, end, free_shift (L, &area));
      k = end;
    }
}

/* Left edge for a block hanging off the fixed node p: beside p's placed
 * children when it has some, else one column gap to its right. */
static double
beside (Layout *L, guint p)
{
  RtForest *f = L->forest;
  double x0 = L->x[p] + L->w[p] / 2.0 + RT_LAYOUT_COLUMN_GAP;
  gboolean any = FALSE;
  guint k;

  for (k = f->child_start[p]; k < f->child_start[p + 1]; k++)
    {
      guint c = f->child_list[k];
      double left;

      if (L->movable[c] || !f->nodes[c]->has_position)
        continue;
      left = L->x[c] - L->w[c] / 2.0;
      if (left > L->x[p] && (!any || left < x0))
        {
          x0 = left;
          any = TRUE;
        }
    }
  return x0;
}

/* The only columns where one node alone (place_new) can land: beside its
 * parent, or below the map at its left edge. Placed nodes elsewhere cannot
 * be in its way, and need not be filed as obstacles. */
static gboolean
single_band (Layout *L, double fx0, double *x0, double *x1)
{
  RtForest *f = L->forest;
  guint i;
  int p;

  for (i = 0; i < f->n && !L->movable[i]; i++)
    ;
  if (i == f->n)
    return FALSE;
  p = f->parent[i];
  if (p >= 0 && f->nodes[p]->has_position)
    *x0 = round (beside (L, (guint) p));
  else
    *x0 = round (fx0);
  *x1 = *x0 + L->w[i];
  return TRUE;
}

/* Lays out the movable nodes. below_content: root blocks go under what
 * is placed already, instead of at the top left of the movable nodes.
 * single: only one node moves. */
static void
run (Layout *L, gboolean below_content, gboolean single)
{
  RtForest *f = L->forest;
  g_autoptr(GArray) root_colw = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) roots = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(GArray) hanging = g_array_new (FALSE, FALSE, sizeof (Block));
  double base_x = 0.0, cursor = 0.0, width, band0 = 0.0, band1 = 0.0;
  gboolean have_base = FALSE, have_fixed = FALSE, banded = FALSE;
  double fx0 = 0.0, fy1 = 0.0;
  guint i, k;

  for (i = 0; i < f->n; i++)
    {
      const RtNode *node = f->nodes[i];

      if (!L->movable[i] && !node->has_position)
        continue;
      rt_metrics_get_size (L->metrics, node, &L->w[i], &L->h[i]);
      if (!L->movable[i])
        {
          L->x[i] = node->x;
          L->y[i] = node->y;
          fx0 = have_fixed ? MIN (fx0, node->x - L->w[i] / 2.0) : node->x - L->w[i] / 2.0;
          fy1 = have_fixed ? MAX (fy1, node->y + L->h[i] / 2.0) : node->y + L->h[i] / 2.0;
          have_fixed = TRUE;
        }
      else if (node->has_position)
        {
          double left = node->x - L->w[i] / 2.0, top = node->y - L->h[i] / 2.0;

          base_x = have_base ? MIN (base_x, left) : left;
          cursor = have_base ? MIN (cursor, top) : top;
          have_base = TRUE;
        }
    }
  /* With nothing fixed, stacked trees cannot meet anything. */
  L->file = have_fixed;
  if (single)
    banded = single_band (L, fx0, &band0, &band1);
  for (i = 0; i < f->n; i++)
    {
      RtRect r;

      if (L->movable[i] || !f->nodes[i]->has_position)
        continue;
      r.x = L->x[i] - L->w[i] / 2.0;
      r.y = L->y[i] - L->h[i] / 2.0;
      r.width = L->w[i];
      r.height = L->h[i];
      if (banded && (r.x + r.width + RT_LAYOUT_SIBLING_GAP < band0 ||
                     r.x - RT_LAYOUT_SIBLING_GAP > band1))
        continue;
      rt_obstacles_add (L->obstacles, &r);
    }
  if (below_content && have_fixed)
    {
      base_x = fx0;
      cursor = fy1 + RT_LAYOUT_ROOT_GAP;
    }
  base_x = round (base_x);
  cursor = round (cursor);

  for (i = 0; i < f->n; i++)
    {
      Block blk = { 0 };
      int p = f->parent[i];

      if (L->movable[i] && (p < 0 || (!L->movable[p] && !f->nodes[p]->has_position)))
        {
          blk.root = i;
          g_array_append_val (roots, blk);
        }
      else if (!L->movable[i] && f->nodes[i]->has_position)
        {
          /* A placed node's moving children hang beside it as one block. */
          for (k = f->child_start[i]; k < f->child_start[i + 1]; k++)
            if (L->movable[f->child_list[k]])
              break;
          if (k == f->child_start[i + 1])
            continue;
          blk.root = i;
          blk.virtual_root = TRUE;
          g_array_append_val (hanging, blk);
        }
    }

  for (k = 0; k < roots->len; k++)
    tidy_block (L, &g_array_index (roots, Block, k), root_colw);

  /* A very long stack of trees wraps into several side-by-side columns,
   * so that a big map is roughly square; workshop-sized maps stay in one
   * column with every root problem on the left. */
  {
    double total = 0.0, column_w, limit = G_MAXDOUBLE, top = cursor, x = base_x;
    double n_cols;
    int deepest = 0;

    for (k = 0; k < roots->len; k++)
      {
        Block *blk = &g_array_index (roots, Block, k);

        total += blk->bot - blk->top + RT_LAYOUT_ROOT_GAP;
        deepest = MAX (deepest, blk->max_depth);
      }
    column_w = columns_width (root_colw, deepest) + RT_LAYOUT_WRAP_GAP;
    n_cols = sqrt (total / column_w);
    if (n_cols >= 2.5)
      limit = total / ceil (n_cols);

    for (k = 0; k < roots->len; k++)
      {
        Block *blk = &g_array_index (roots, Block, k);
        double y, hit_top, hit_bot;
        RtRect r;
        int guard;

        if (cursor > top && cursor - top + (blk->bot - blk->top) / 2.0 > limit)
          {
            x += column_w;
            cursor = top;
          }
        width = columns_width (root_colw, blk->max_depth);
        y = cursor - blk->top;
        for (guard = 0; guard < 100000; guard++)
          {
            block_rect (blk, x, width, y, &r);
            if (!rt_obstacles_hit (L->obstacles, &r, &hit_top, &hit_bot))
              break;
            y = hit_bot + RT_LAYOUT_ROOT_GAP - blk->top;
          }
        y = round (y);
        place_block (L, blk, root_colw, x, y);
        settle_range (L, blk->order, 0, blk->order->len, 0.0);
        cursor = y + blk->bot + RT_LAYOUT_ROOT_GAP;
      }
  }

  for (k = 0; k < hanging->len; k++)
    {
      Block *blk = &g_array_index (hanging, Block, k);
      g_autoptr(GArray) colw = g_array_new (FALSE, TRUE, sizeof (double));

      tidy_block (L, blk, colw);
      settle_hanging (L, blk, colw, round (beside (L, blk->root)));
    }

  for (k = 0; k < roots->len; k++)
    g_array_unref (g_array_index (roots, Block, k).order);
  for (k = 0; k < hanging->len; k++)
    g_array_unref (g_array_index (hanging, Block, k).order);
}

static void
layout_init (Layout *L, RtForest *forest, RtMetrics *metrics)
{
  guint n = forest->n;

  memset (L, 0, sizeof *L);
  L->forest = forest;
  L->metrics = metrics;
  L->movable = g_new0 (gboolean, n);
  L->w = g_new0 (double, n);
  L->h = g_new0 (double, n);
  L->x = g_new0 (double, n);
  L->y = g_new0 (double, n);
  L->rel = g_new0 (double, n);
  L->depth = g_new0 (int, n);
  L->contours = g_new0 (Contour *, n);
  L->obstacles = rt_obstacles_new (RT_LAYOUT_SIBLING_GAP);
}

static void
layout_clear (Layout *L)
{
  guint i;

  for (i = 0; i < L->forest->n; i++)
    contour_free (L->contours[i]);
  g_free (L->contours);
  g_free (L->movable);
  g_free (L->w);
  g_free (L->h);
  g_free (L->x);
  g_free (L->y);
  g_free (L->rel);
  g_free (L->depth);
  rt_obstacles_free (L->obstacles);
}

void
rt_layout_result_free (RtLayoutResult *result)
{
  if (result == NULL)
    return;
  g_strfreev (result->ids);
  g_free (result->x);
  g_free (result->y);
  g_free (result);
}

RtCommand *
rt_layout_result_to_command (const RtLayoutResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (result->n == 0)
    return NULL;
  return rt_command_place_nodes (result->n, (const char *const *) result->ids,
                                 result->x, result->y);
}

RtLayoutResult *
rt_layout_arrange (RtDocument   *document,
                   RtMetrics    *metrics,
                   RtLayoutScope scope)
{
  RtLayoutResult *result;
  RtForest *forest;
  Layout L;
  guint i, n, k;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (RT_IS_METRICS (metrics), NULL);

  forest = rt_forest_new (document);
  layout_init (&L, forest, metrics);
  n = 0;
  for (i = 0; i < forest->n; i++)
    {
      const RtNode *node = forest->nodes[i];

      if (scope == RT_LAYOUT_UNPLACED)
        L.movable[i] = !node->has_position;
      else
        L.movable[i] = !(node->pinned && node->has_position);
      n += L.movable[i];
    }
  if (n > 0)
    run (&L, scope == RT_LAYOUT_UNPLACED, FALSE);

  result = g_new0 (RtLayoutResult, 1);
  result->n = n;
  result->ids = g_new0 (char *, n + 1);
  result->x = g_new0 (double, MAX (n, 1));
  result->y = g_new0 (double, MAX (n, 1));
  for (i = 0, k = 0; i < forest->n; i++)
    {
      if (!L.movable[i])
        continue;
      result->ids[k] = g_strdup (forest->nodes[i]->id);
      result->x[k] = L.x[i];
      result->y[k] = L.y[i];
      k++;
    }
  layout_clear (&L);
  rt_forest_free (forest);
  return result;
}

gboolean
rt_layout_apply (RtDocument    *document,
                 RtMetrics     *metrics,
                 RtLayoutScope  scope,
                 GError       **error)
{
  g_autoptr(RtLayoutResult) result = NULL;
  RtCommand *command;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (RT_IS_METRICS (metrics), FALSE);

  result = rt_layout_arrange (document, metrics, scope);
  command = rt_layout_result_to_command (result);
  if (command == NULL)
    return TRUE;
  return rt_document_execute (document, command, error);
}

gboolean
rt_layout_place_new (RtDocument *document,
                     RtMetrics  *metrics,
                     const char *node_id,
                     double     *x,
                     double     *y)
{
  RtForest *forest;
  Layout L;
  int target;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (RT_IS_METRICS (metrics), FALSE);
  g_return_val_if_fail (node_id != NULL, FALSE);

  forest = rt_forest_new (document);
  target = rt_forest_lookup (forest, node_id);
  if (target < 0)
    {
      rt_forest_free (forest);
      return FALSE;
    }
  layout_init (&L, forest, metrics);
  L.movable[target] = TRUE;
  run (&L, TRUE, TRUE);
  if (x)
    *x = L.x[target];
  if (y)
    *y = L.y[target];
  layout_clear (&L);
  rt_forest_free (forest);
  return TRUE;
}

const RtNode *
rt_layout_get_primary_parent (RtDocument *document,
                              const char *node_id)
{
  RtForest *forest;
  const RtNode *parent = NULL;
  int i;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (node_id != NULL, NULL);

  forest = rt_forest_new (document);
  i = rt_forest_lookup (forest, node_id);
  if (i >= 0 && forest->parent[i] >= 0)
    parent = forest->nodes[forest->parent[i]];
  rt_forest_free (forest);
  return parent;
}

int *
rt_layout_get_primary_parents (RtDocument *document)
{
  RtForest *forest;
  int *parents;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);

  forest = rt_forest_new (document);
  parents = g_steal_pointer (&forest->parent);
  rt_forest_free (forest);
  return parents;
}

gboolean
rt_layout_link_is_structural (const RtLink *link,
                              const RtNode *from)
{
  g_return_val_if_fail (link != NULL, FALSE);
  return rt_link_is_structural (link, from);
}

/* rt-node-cache.c: finished nodes kept as images
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>

#include "rt-draw-private.h"

typedef struct {
  const RtNode    *node;     /* borrowed: the key */
  cairo_surface_t *surface;  /* owned */
  guint64          key;
  RtDrawFlags      flags;
  double           scale, fx, fy;
  int              width, height;
  GList            lru;      /* in cache->lru, most recent first */
} Entry;

struct _RtNodeCache {
  GHashTable *entries;   /* const RtNode * → Entry, owned */
  GQueue      lru;
  gsize       bytes;
  gsize       max_bytes;
};

static gsize
entry_bytes (const Entry *e)
{
  return (gsize) e->width * (gsize) e->height * 4;
}

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_clear_pointer (&e->surface, cairo_surface_destroy);
  g_free (e);
}

RtNodeCache *
rt_node_cache_new (gsize max_bytes)
{
  RtNodeCache *cache = g_new0 (RtNodeCache, 1);

  cache->entries = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, entry_free);
  cache->max_bytes = max_bytes;
  return cache;
}

void
rt_node_cache_free (RtNodeCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_destroy (cache->entries);
  g_free (cache);
}

void
rt_node_cache_clear (RtNodeCache *cache)
{
  /* The queue's links live in the entries: empty it before freeing them. */
  g_queue_init (&cache->lru);
  g_hash_table_remove_all (cache->entries);
  cache->bytes = 0;
}

static void
drop (RtNodeCache *cache, Entry *e)
{
  g_queue_unlink (&cache->lru, &e->lru);
  cache->bytes -= entry_bytes (e);
  g_hash_table_remove (cache->entries, e->node);
}

void
rt_node_cache_forget (RtNodeCache  *cache,
                      const RtNode *node)
{
  Entry *e = g_hash_table_lookup (cache->entries, node);

  if (e != NULL)
    drop (cache, e);
}

gsize
rt_node_cache_get_bytes (RtNodeCache *cache)
{
  return cache->bytes;
}

gboolean
rt_node_cache_usable (cairo_t              *cr,
                      const cairo_matrix_t *base)
{
  cairo_surface_t *target = cairo_get_target (cr);
  double sx, sy;

  if (cairo_get_group_target (cr) != target ||
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (sx != 1.0 || sy != 1.0)
    return FALSE;
  /* Whole-pixel translation only: the copy must land on pixel edges. */
  return base->xx == 1.0 && base->yy == 1.0 && base->xy == 0.0 && base->yx == 0.0 &&
         base->x0 == floor (base->x0) && base->y0 == floor (base->y0);
}

static void
render (Entry *e, RtDraw *d, const RtNode *node, const RtRect *rect, const RtRect *area)
{
  RtDraw sub = *d;
  cairo_t *cr;

  e->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, e->width, e->height);
  cr = cairo_create (e->surface);
  cairo_set_tolerance (cr, cairo_get_tolerance (d->cr));
  cairo_translate (cr, e->fx, e->fy);
  cairo_scale (cr, e->scale, e->scale);
  cairo_translate (cr, -area->x, -area->y);
  sub.cr = cr;
  if (e->flags & RT_DRAW_SIMPLE)
    rt_draw_node_simple (&sub, node, rect, e->flags);
  else
    rt_draw_node_full (&sub, node, rect, e->flags);
  cairo_destroy (cr);
}

gboolean
rt_node_cache_draw (RtNodeCache          *cache,
                    RtDraw               *d,
                    const RtView         *view,
                    const cairo_matrix_t *base,
                    const RtNode         *node,
                    const RtRect         *rect,
                    RtDrawFlags           flags,
                    guint64               key)
{
  RtRect area = *rect;
  double dx, dy, ix, iy, fx, fy;
  int width, height;
  Entry *e;
  cairo_t *cr = d->cr;

  flags &= RT_DRAW_DIMMED | RT_DRAW_SIMPLE;
  rt_rect_inflate (&area, RT_NODE_OVERHANG * d->s);
  dx = (area.x - view->x) * view->scale + base->x0;
  dy = (area.y - view->y) * view->scale + base->y0;
  ix = floor (dx);
  iy = floor (dy);
  fx = dx - ix;
  fy = dy - iy;
  width = (int) ceil (area.width * view->scale + fx);
  height = (int) ceil (area.height * view->scale + fy);
  /* A node filling the screen is drawn directly: copying it would cost as
   * much, and it would crowd out the others. */
  if ((gsize) width * (gsize) height * 4 > cache->max_bytes / 16)
    return FALSE;

  e = g_hash_table_lookup (cache->entries, node);
  if (e != NULL &&
      (e->key != key || e->flags != flags || e->scale != view->scale ||
       fabs (e->fx - fx) > 1e-6 || fabs (e->fy - fy) > 1e-6 ||
       e->width != width || e->height != height))
    {
      drop (cache, e);
      e = NULL;
    }
  if (e == NULL)
    {
      e = g_new0 (Entry, 1);
      e->node = node;
      e->key = key;
      e->flags = flags;
      e->scale = view->scale;
      e->fx = fx;
      e->fy = fy;
      e->width = width;
      e->height = height;
      e->lru.data = e;
      render (e, d, node, rect, &area);
      g_hash_table_insert (cache->entries, (gpointer) node, e);
      g_queue_push_head_link (&cache->lru, &e->lru);
      cache->bytes += entry_bytes (e);
      while (cache->bytes > cache->max_bytes && cache->lru.tail != &e->lru)
        drop (cache, cache->lru.tail->data);
    }
  else
    {
      d->stats->nodes_cached++;
      if (cache->lru.head != &e->lru)
        {
          g_queue_unlink (&cache->lru, &e->lru);
          g_queue_push_head_link (&cache->lru, &e->lru);
        }
    }

  cairo_save (cr);
  cairo_set_matrix (cr, base);
  cairo_set_source_surface (cr, e->surface, ix - base->x0, iy - base->y0);
  cairo_rectangle (cr, ix - base->x0, iy - base->y0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  return TRUE;
}

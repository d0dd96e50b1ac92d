/* rt-renderer.c: draws a map onto any cairo_t
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-draw-private.h"
#include "rt-renderer.h"

/* Below this body text height in device pixels text is not drawn: it
 * could not be read, and it is the costliest part of a node. */
#define FULL_MIN_TEXT_PX   6.0
/* Below this node height in device pixels nodes become plain fills. */
#define SIMPLE_MIN_NODE_PX 7.0
/* Memory for node images: some hundreds of nodes at 100%. */
#define CACHE_BYTES        (48 * 1024 * 1024)

struct _RtRenderer
{
  GObject        parent_instance;

  RtDocument    *document;  /* owned reference */
  RtMetrics     *metrics;   /* owned reference */
  RtScene       *scene;     /* owned */
  RtTheme        theme;
  RtRenderStats  stats;
  GArray        *visible;   /* scratch: guint scene entries */
  RtDotsPlan    *dots;      /* scratch for the lowest detail, or NULL */
  gulong         handlers[10];

  RtNodeCache   *cache;           /* owned; NULL when disabled */
  guint          look_serial;     /* changes whatever every node looks like */
  guint          cache_rebuilds;  /* the scene rebuild the cache belongs to */
  char          *last_highlight;  /* state of the previous frame */
  gboolean       last_presentation;
};

G_DEFINE_FINAL_TYPE (RtRenderer, rt_renderer, G_TYPE_OBJECT)

void
rt_render_state_init (RtRenderState *state)
{
  g_return_if_fail (state != NULL);

  memset (state, 0, sizeof *state);
  state->history_limit = -1;
  state->draw_background = TRUE;
}

static void
on_node_added (RtDocument *doc, const RtNode *node, RtRenderer *self)
{
  rt_scene_node_added (self->scene, node);
}

static void
on_node_removed (RtDocument *doc, const RtNode *node, RtRenderer *self)
{
  if (self->cache != NULL)
    rt_node_cache_forget (self->cache, node);
  rt_scene_node_removed (self->scene, node);
  rt_metrics_invalidate (self->metrics, node->id);
}

static void
on_node_changed (RtDocument *doc, const RtNode *node, RtRenderer *self)
{
  rt_scene_node_changed (self->scene, node);
}

/* A first stance adds the strip, the last one takes it away. */
static void
on_stance_changed (RtDocument *doc, const RtNode *node, const char *person, RtRenderer *self)
{
  rt_scene_node_changed (self->scene, node);
}

/* Badges show people's colours and initials. */
static void
on_person (RtDocument *doc, const RtPerson *person, RtRenderer *self)
{
  self->look_serial++;
}

static void
on_link_added (RtDocument *doc, const RtLink *link, RtRenderer *self)
{
  rt_scene_link_added (self->scene, link);
}

static void
on_link_removed (RtDocument *doc, const RtLink *link, RtRenderer *self)
{
  rt_scene_link_removed (self->scene, link);
}

static void
on_link_changed (RtDocument *doc, const RtLink *link, RtRenderer *self)
{
  rt_scene_link_changed (self->scene, link);
}

static void
rt_renderer_dispose (GObject *object)
{
  RtRenderer *self = RT_RENDERER (object);
  guint i;

  if (self->document != NULL)
    {
      for (i = 0; i < G_N_ELEMENTS (self->handlers); i++)
        g_clear_signal_handler (&self->handlers[i], self->document);
    }
  g_clear_pointer (&self->scene, rt_scene_free);
  g_clear_object (&self->document);
  g_clear_object (&self->metrics);

  G_OBJECT_CLASS (rt_renderer_parent_class)->dispose (object);
}

static void
rt_renderer_finalize (GObject *object)
{
  RtRenderer *self = RT_RENDERER (object);

  g_clear_pointer (&self->visible, g_array_unref);
  g_clear_pointer (&self->dots, rt_dots_plan_free);
  g_clear_pointer (&self->cache, rt_node_cache_free);
  g_free (self->last_highlight);

  G_OBJECT_CLASS (rt_renderer_parent_class)->finalize (object);
}

static void
rt_renderer_class_init (RtRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_renderer_dispose;
  object_class->finalize = rt_renderer_finalize;
}

static void
rt_renderer_init (RtRenderer *self)
{
  rt_theme_init (&self->theme, RT_THEME_LIGHT);
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cache = rt_node_cache_new (CACHE_BYTES);
}

RtRenderer *
rt_renderer_new (RtDocument *document,
                 RtMetrics  *metrics)
{
  RtRenderer *self;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (metrics == NULL || RT_IS_METRICS (metrics), NULL);

  self = g_object_new (RT_TYPE_RENDERER, NULL);
  self->document = g_object_ref (document);
  self->metrics = metrics ? g_object_ref (metrics) : rt_metrics_new ();
  self->scene = rt_scene_new (document, self->metrics);
  self->handlers[0] = g_signal_connect (document, "node-added", G_CALLBACK (on_node_added), self);
  self->handlers[1] = g_signal_connect (document, "node-removed", G_CALLBACK (on_node_removed), self);
  self->handlers[2] = g_signal_connect (document, "node-changed", G_CALLBACK (on_node_changed), self);
  self->handlers[3] = g_signal_connect (document, "link-added", G_CALLBACK (on_link_added), self);
  self->handlers[4] = g_signal_connect (document, "link-removed", G_CALLBACK (on_link_removed), self);
  self->handlers[5] = g_signal_connect (document, "link-changed", G_CALLBACK (on_link_changed), self);
  self->handlers[6] = g_signal_connect (document, "stance-changed", G_CALLBACK (on_stance_changed), self);
  self->handlers[7] = g_signal_connect (document, "person-added", G_CALLBACK (on_person), self);
  self->handlers[8] = g_signal_connect (document, "person-removed", G_CALLBACK (on_person), self);
  self->handlers[9] = g_signal_connect (document, "person-changed", G_CALLBACK (on_person), self);
  return self;
}

RtDocument *
rt_renderer_get_document (RtRenderer *self)
{
  g_return_val_if_fail (RT_IS_RENDERER (self), NULL);

  return self->document;
}

RtMetrics *
rt_renderer_get_metrics (RtRenderer *self)
{
  g_return_val_if_fail (RT_IS_RENDERER (self), NULL);

  return self->metrics;
}

RtScene *
rt_renderer_get_scene (RtRenderer *self)
{
  g_return_val_if_fail (RT_IS_RENDERER (self), NULL);

  return self->scene;
}

void
rt_renderer_set_theme (RtRenderer    *self,
                       const RtTheme *theme)
{
  g_return_if_fail (RT_IS_RENDERER (self));
  g_return_if_fail (theme != NULL);

  self->theme = *theme;
  self->look_serial++;
  /* Sizes follow the text scale; the scene notices and rebuilds. */
  rt_metrics_set_text_scale (self->metrics, theme->text_scale);
}

const RtTheme *
rt_renderer_get_theme (RtRenderer *self)
{
  g_return_val_if_fail (RT_IS_RENDERER (self), NULL);

  return &self->theme;
}

const RtRenderStats *
rt_renderer_get_stats (RtRenderer *self)
{
  g_return_val_if_fail (RT_IS_RENDERER (self), NULL);

  return &self->stats;
}

void
rt_renderer_invalidate (RtRenderer *self)
{
  g_return_if_fail (RT_IS_RENDERER (self));

  rt_scene_invalidate (self->scene);
  self->look_serial++;
}

void
rt_renderer_set_cache_enabled (RtRenderer *self,
                               gboolean    enabled)
{
  g_return_if_fail (RT_IS_RENDERER (self));

  if (!enabled)
    g_clear_pointer (&self->cache, rt_node_cache_free);
  else if (self->cache == NULL)
    self->cache = rt_node_cache_new (CACHE_BYTES);
}

void
rt_renderer_node_changed (RtRenderer *self,
                          const char *node_id)
{
  const RtNode *node;

  g_return_if_fail (RT_IS_RENDERER (self));
  g_return_if_fail (node_id != NULL);

  rt_metrics_invalidate (self->metrics, node_id);
  self->look_serial++;
  node = rt_document_lookup_node (self->document, node_id);
  if (node != NULL)
    rt_scene_node_changed (self->scene, node);
  else
    rt_scene_invalidate (self->scene);
}

RtDetail
rt_renderer_detail_for_scale (RtRenderer *self,
                              double      scale)
{
  double s;

  g_return_val_if_fail (RT_IS_RENDERER (self), RT_DETAIL_FULL);

  s = rt_metrics_get_text_scale (self->metrics) * scale;
  if (RT_NODE_FONT_SIZE * s >= FULL_MIN_TEXT_PX)
    return RT_DETAIL_FULL;
  if (RT_NODE_MIN_HEIGHT * s >= SIMPLE_MIN_NODE_PX)
    return RT_DETAIL_SIMPLE;
  return RT_DETAIL_DOTS;
}

gboolean
rt_renderer_node_visible (RtRenderer          *self,
                          const RtRenderState *state,
                          guint                entry)
{
  const RtNode *node = rt_scene_get_node (self->scene, entry);

  if (node == NULL || !node->has_position)
    return FALSE;
  if (state == NULL)
    return TRUE;
  if (state->only != NULL && !g_hash_table_contains (state->only, node->id))
    return FALSE;
  if (state->history_limit >= 0 &&
      rt_scene_get_node_rank (self->scene, entry) >= (guint) state->history_limit)
    return FALSE;
  return TRUE;
}

static gboolean
person_takes_part (const RtNode *node, const char *person)
{
  return rt_node_has_contributor (node, person) || rt_node_find_stance (node, person) != NULL;
}

/* Most frames have no selection and nothing dimmed: an empty set costs no
 * hashing of every node's id. */
static gboolean
set_holds (GHashTable *set, const char *id)
{
  return set != NULL && g_hash_table_size (set) > 0 && g_hash_table_contains (set, id);
}

static gboolean
node_dimmed (const RtRenderState *state, const RtNode *node)
{
  return set_holds (state->dimmed, node->id) ||
         (state->dim_func != NULL && state->dim_func (node, state->dim_data)) ||
         (state->highlight_person != NULL && !person_takes_part (node, state->highlight_person));
}

static RtDrawFlags
node_flags (const RtRenderState *state, const RtNode *node)
{
  RtDrawFlags flags = 0;

  if (set_holds (state->selection, node->id))
    flags |= RT_DRAW_SELECTED;
  if (!state->presentation && state->hover_id != NULL &&
      strcmp (state->hover_id, node->id) == 0)
    flags |= RT_DRAW_HOVER;
  if (state->focus_id != NULL && strcmp (state->focus_id, node->id) == 0)
    flags |= RT_DRAW_FOCUS;
  if (node_dimmed (state, node))
    flags |= RT_DRAW_DIMMED;
  return flags;
}

static gboolean
same_link (const RtLink *a, const RtLink *b)
{
  return a != NULL && b != NULL && a->kind == b->kind &&
         strcmp (a->from, b->from) == 0 && strcmp (a->to, b->to) == 0;
}

static void
draw_links (RtRenderer *self, RtDraw *d, const RtRect *visible, RtDetail detail)
{
  const RtRenderState *state = d->state;
  guint i;

  g_array_set_size (self->visible, 0);
  rt_scene_query_links (self->scene, visible, self->visible);

  for (i = 0; i < self->visible->len; i++)
    {
      guint e = g_array_index (self->visible, guint, i);
      const RtLink *link = rt_scene_get_link (self->scene, e);
      guint from, to;
      RtDrawFlags flags = 0;

      if (link == NULL)
        continue;
      from = rt_scene_get_link_from (self->scene, e);
      to = rt_scene_get_link_to (self->scene, e);
      if (!rt_renderer_node_visible (self, state, from) ||
          !rt_renderer_node_visible (self, state, to))
        continue;
      if (same_link (link, state->selected_link))
        flags |= RT_DRAW_SELECTED;
      else if (!state->presentation && same_link (link, state->hover_link))
        flags |= RT_DRAW_HOVER;
      if (node_dimmed (state, rt_scene_get_node (self->scene, from)) &&
          node_dimmed (state, rt_scene_get_node (self->scene, to)))
        flags |= RT_DRAW_DIMMED;
      rt_draw_link (d, link, rt_scene_get_link_curve (self->scene, e), flags,
                    detail != RT_DETAIL_FULL);
    }
}

/* Sorts items into n_buckets by key (G_MAXUINT8: left out), keeping their
 * order within a bucket: offsets[b] .. offsets[b + 1] index into order. */
static void
bucket_sort (const guint8 *keys,
             guint         n,
             guint         n_buckets,
             guint        *offsets,
             guint        *order)
{
  guint i, b;

  memset (offsets, 0, sizeof (guint) * (n_buckets + 1));
  for (i = 0; i < n; i++)
    if (keys[i] < n_buckets)
      offsets[keys[i] + 1]++;
  for (b = 0; b < n_buckets; b++)
    offsets[b + 1] += offsets[b];
  {
    g_autofree guint *next = g_memdup2 (offsets, sizeof (guint) * n_buckets);

    for (i = 0; i < n; i++)
      if (keys[i] < n_buckets)
        order[next[keys[i]]++] = i;
  }
}

static void
plan_run (RtDotsPlan *plan, const RtColor *color, double alpha, gboolean lines)
{
  RtDotsRun run = { *color, alpha, lines, plan->coords->len / 4, plan->coords->len / 4 };

  g_array_append_val (plan->runs, run);
}

static void
plan_add (RtDotsPlan *plan, double x0, double y0, double x1, double y1)
{
  double c[4] = { x0, y0, x1, y1 };

  g_array_append_vals (plan->coords, c, 4);
  g_array_index (plan->runs, RtDotsRun, plan->runs->len - 1).end++;
}

/* Lowest detail, in view pixels: links as one-pixel lines, nodes as boxes,
 * grouped by colour; selected nodes last. Each goes into its colour's
 * bucket in one sweep, so a map of 100,000 nodes is walked once, not once
 * per colour. nodes: the visible scene entries. plan: NULL for a new
 * one, or one to fill again. */
static RtDotsPlan *
plan_dots (RtRenderer *self, const RtRenderState *state, const RtView *view, GArray *nodes,
           RtDotsPlan *plan)
{
  const RtTheme *t = &self->theme;
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *keys = NULL;
  g_autofree guint *order = NULL;
  guint offsets[3 * RT_N_NODE_KINDS + 1];
  RtRect visible;
  guint i, b, n;

  if (plan == NULL)
    {
      plan = g_new0 (RtDotsPlan, 1);
      plan->runs = g_array_new (FALSE, FALSE, sizeof (RtDotsRun));
      plan->coords = g_array_new (FALSE, FALSE, sizeof (double));
    }
  g_array_set_size (plan->runs, 0);
  plan->n_lines = 0;
  rt_view_get_visible (view, &visible);
  rt_scene_query_links (self->scene, &visible, links);

  n = MAX (links->len, nodes->len);
  keys = g_new (guint8, MAX (n, 1));
  order = g_new (guint, MAX (n, 1));
  g_array_set_size (plan->coords, 4 * (gsize) (links->len + nodes->len));
  g_array_set_size (plan->coords, 0);

  for (i = 0; i < links->len; i++)
    {
      guint e = g_array_index (links, guint, i);
      const RtLink *link = rt_scene_get_link (self->scene, e);

      keys[i] = link == NULL ||
                !rt_renderer_node_visible (self, state, rt_scene_get_link_from (self->scene, e)) ||
                !rt_renderer_node_visible (self, state, rt_scene_get_link_to (self->scene, e))
                ? G_MAXUINT8 : (guint8) link->kind;
    }
  bucket_sort (keys, links->len, RT_N_LINK_KINDS, offsets, order);
  for (b = 0; b < RT_N_LINK_KINDS; b++)
    {
      if (offsets[b] == offsets[b + 1])
        continue;
      plan_run (plan, &t->links[b].color, 0.6, TRUE);
      for (i = offsets[b]; i < offsets[b + 1]; i++)
        {
          const RtLinkCurve *c = rt_scene_get_link_curve (self->scene,
                                                          g_array_index (links, guint, order[i]));
          double x0, y0, x1, y1;

          rt_view_map_to_screen (view, c->x0, c->y0, &x0, &y0);
          rt_view_map_to_screen (view, c->tip_x, c->tip_y, &x1, &y1);
          plan_add (plan, x0, y0, x1, y1);
          plan->n_lines++;
        }
    }

  /* Passes: 0 normal, 1 dimmed, 2 selected, drawn in that order, each by
   * kind. */
  for (i = 0; i < nodes->len; i++)
    {
      const RtNode *node = rt_scene_get_node (self->scene, g_array_index (nodes, guint, i));
      RtDrawFlags flags = node_flags (state, node);
      guint pass = (flags & RT_DRAW_SELECTED) ? 2 : (flags & RT_DRAW_DIMMED) ? 1 : 0;

      keys[i] = (guint8) (pass * RT_N_NODE_KINDS + node->kind);
    }
  bucket_sort (keys, nodes->len, 3 * RT_N_NODE_KINDS, offsets, order);
  for (b = 0; b < 3 * RT_N_NODE_KINDS; b++)
    {
      guint pass = b / RT_N_NODE_KINDS, kind = b % RT_N_NODE_KINDS;
      RtColor c;

      if (offsets[b] == offsets[b + 1])
        continue;
      if (pass == 2)
        c = t->selection;
      else
        {
          /* The border colour reads better than the pale fill when tiny. */
          c = rt_color_mix (&t->kinds[kind].fill, &t->kinds[kind].border, 0.7);
          if (pass == 1)
            c = rt_color_mix (&c, &t->background, 1.0 - t->dim_alpha);
        }
      plan_run (plan, &c, 1.0, FALSE);
      for (i = offsets[b]; i < offsets[b + 1]; i++)
        {
          const RtRect *r = rt_scene_get_node_rect (self->scene,
                                                    g_array_index (nodes, guint, order[i]));
          double x0, y0, x1, y1;

          rt_view_map_to_screen (view, r->x, r->y, &x0, &y0);
          rt_view_map_to_screen (view, r->x + r->width, r->y + r->height, &x1, &y1);
          plan_add (plan, x0, y0, x1, y1);
        }
    }
  return plan;
}

/* The scene entries the state shows within the view, into self->visible. */
static void
collect_visible (RtRenderer *self, const RtRenderState *state, const RtRect *visible)
{
  guint i, kept;

  g_array_set_size (self->visible, 0);
  rt_scene_query_nodes (self->scene, visible, self->visible);
  self->stats.nodes_considered = self->visible->len;
  for (i = 0, kept = 0; i < self->visible->len; i++)
    {
      guint e = g_array_index (self->visible, guint, i);

      if (rt_renderer_node_visible (self, state, e))
        g_array_index (self->visible, guint, kept++) = e;
    }
  g_array_set_size (self->visible, kept);
  self->stats.nodes_drawn = kept;
}

RtDotsPlan *
rt_renderer_plan_dots (RtRenderer          *self,
                       const RtView        *view,
                       const RtRenderState *state)
{
  RtRenderState defaults;
  RtRect visible;

  g_return_val_if_fail (RT_IS_RENDERER (self), NULL);
  g_return_val_if_fail (view != NULL && view->scale > 0.0, NULL);

  if (state == NULL)
    {
      rt_render_state_init (&defaults);
      state = &defaults;
    }
  rt_scene_ensure (self->scene);
  rt_view_get_visible (view, &visible);
  collect_visible (self, state, &visible);
  return plan_dots (self, state, view, self->visible, NULL);
}

void
rt_renderer_draw (RtRenderer          *self,
                  cairo_t             *cr,
                  const RtView        *view,
                  const RtRenderState *state)
{
  RtRenderState defaults;
  RtDraw d;
  RtRect visible;
  RtDetail detail;
  cairo_matrix_t base;
  gboolean cached;
  guint i;

  g_return_if_fail (RT_IS_RENDERER (self));
  g_return_if_fail (cr != NULL && view != NULL && view->scale > 0.0);

  if (state == NULL)
    {
      rt_render_state_init (&defaults);
      state = &defaults;
    }
  memset (&self->stats, 0, sizeof self->stats);
  rt_scene_ensure (self->scene);
  /* Node versions start again after a rebuild: so do the images. */
  if (self->cache != NULL && self->cache_rebuilds != rt_scene_get_n_rebuilds (self->scene))
    {
      rt_node_cache_clear (self->cache);
      self->cache_rebuilds = rt_scene_get_n_rebuilds (self->scene);
    }
  if (g_strcmp0 (self->last_highlight, state->highlight_person) != 0 ||
      self->last_presentation != state->presentation)
    {
      g_free (self->last_highlight);
      self->last_highlight = g_strdup (state->highlight_person);
      self->last_presentation = state->presentation;
      self->look_serial++;
    }

  d.cr = cr;
  d.theme = &self->theme;
  d.metrics = self->metrics;
  d.document = self->document;
  d.state = state;
  d.stats = &self->stats;
  d.scale = view->scale;
  d.s = rt_metrics_get_text_scale (self->metrics);
  d.px = 1.0 / view->scale;
  detail = state->full_detail ? RT_DETAIL_FULL
                              : rt_renderer_detail_for_scale (self, view->scale);
  self->stats.detail = detail;

  cairo_save (cr);
  cairo_get_matrix (cr, &base);
  if (state->draw_background)
    {
      cairo_rectangle (cr, 0, 0, view->width, view->height);
      rt_color_set_source (cr, &self->theme.background);
      cairo_fill (cr);
    }
  /* A quarter pixel is finer than the eye sees and flattens curves into
   * far fewer segments than cairo's default. */
  cairo_set_tolerance (cr, 0.25);
  rt_view_apply (view, cr);
  rt_view_get_visible (view, &visible);
  d.visible = visible;

  if (detail != RT_DETAIL_DOTS)
    draw_links (self, &d, &visible, detail);

  collect_visible (self, state, &visible);

  cached = self->cache != NULL && rt_node_cache_usable (cr, &base);
  if (detail == RT_DETAIL_DOTS)
    {
      /* One plan, filled again each frame rather than made anew. */
      self->dots = plan_dots (self, state, view, self->visible, self->dots);
      self->stats.links_drawn += self->dots->n_lines;
      rt_dots_plan_draw_at (self->dots, cr, &base, view->width, view->height);
    }
  else
    for (i = 0; i < self->visible->len; i++)
      {
        guint e = g_array_index (self->visible, guint, i);
        const RtNode *node = rt_scene_get_node (self->scene, e);
        const RtRect *rect = rt_scene_get_node_rect (self->scene, e);
        RtDrawFlags flags = node_flags (state, node);
        guint64 key = ((guint64) self->look_serial << 32) | rt_scene_get_node_version (self->scene, e);

        if (detail == RT_DETAIL_SIMPLE)
          flags |= RT_DRAW_SIMPLE;
        if (!cached || !rt_node_cache_draw (self->cache, &d, view, &base, node, rect, flags, key))
          {
            if (detail == RT_DETAIL_SIMPLE)
              rt_draw_node_simple (&d, node, rect, flags);
            else
              rt_draw_node_full (&d, node, rect, flags);
          }
        rt_draw_node_rings (&d, node, rect, flags);
      }
  cairo_restore (cr);
}

gboolean
rt_renderer_get_bounds (RtRenderer          *self,
                        const RtRenderState *state,
                        RtRect              *out)
{
  gboolean any = FALSE;
  RtRect acc = { 0 };
  guint i, n;

  g_return_val_if_fail (RT_IS_RENDERER (self), FALSE);

  /* Every placed node counts: the scene keeps their union up to date, so
   * a big map is not walked at each layout of the canvas. */
  if (state == NULL || (state->only == NULL && state->history_limit < 0))
    {
      if (!rt_scene_get_bounds (self->scene, &acc))
        return FALSE;
      rt_rect_inflate (&acc, RT_NODE_OVERHANG * rt_metrics_get_text_scale (self->metrics));
      if (out)
        *out = acc;
      return TRUE;
    }

  n = rt_scene_get_n_node_entries (self->scene);
  for (i = 0; i < n; i++)
    {
      RtRect r;

      if (!rt_renderer_node_visible (self, state, i))
        continue;
      r = *rt_scene_get_node_rect (self->scene, i);
      rt_rect_inflate (&r, RT_NODE_OVERHANG * rt_metrics_get_text_scale (self->metrics));
      if (!any)
        acc = r;
      else
        rt_rect_union (&acc, &r);
      any = TRUE;
    }
  if (out)
    *out = acc;
  return any;
}

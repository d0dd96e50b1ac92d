/* rt-metrics.c: text measurement and node sizes, cached per node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "rt-metrics.h"

/* Text beyond this many bytes can never show within the line limit. */
#define MAX_TEXT_BYTES  2000
#define MAX_LABELS      256

typedef struct {
  char        *id;        /* owned; also the hash table's key */
  guint        hash;      /* of the text measured */
  gsize        len;
  RtNodeKind   kind;
  gboolean     strip;
  double       width, height;
  PangoLayout *layout;    /* owned or NULL; then not in the LRU */
  GList        lru;       /* link in self->lru while layout != NULL */
} Entry;

struct _RtMetrics
{
  GObject               parent_instance;

  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *fonts[2];      /* regular, bold */
  PangoFontDescription *label_font;
  PangoLayout          *scratch[2];    /* for measuring only */
  double                text_scale;

  GHashTable           *entries;       /* id → Entry, owned */
  GQueue                lru;           /* Entry with layouts, most recent first */
  guint                 capacity;
  GHashTable           *labels;        /* "style:text" → PangoLayout */
  guint64               n_measured;
};

G_DEFINE_FINAL_TYPE (RtMetrics, rt_metrics, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_clear_object (&e->layout);
  g_free (e->id);
  g_free (e);
}

static void
drop_layouts (RtMetrics *self)
{
  GList *link;

  /* The links live inside the entries: pop them, never free them. */
  while ((link = g_queue_pop_head_link (&self->lru)) != NULL)
    {
      Entry *e = link->data;

      g_clear_object (&e->layout);
    }
}

static void
setup_fonts (RtMetrics *self)
{
  int i;

  for (i = 0; i < 2; i++)
    {
      g_clear_pointer (&self->fonts[i], pango_font_description_free);
      self->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (self->fonts[i], rt_node_style_font_family ());
      pango_font_description_set_weight (self->fonts[i],
                                         i ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_font_description_set_absolute_size (self->fonts[i],
                                                RT_NODE_FONT_SIZE * self->text_scale * PANGO_SCALE);
    }
  g_clear_pointer (&self->label_font, pango_font_description_free);
  self->label_font = pango_font_description_new ();
  pango_font_description_set_family (self->label_font, rt_node_style_font_family ());
  pango_font_description_set_weight (self->label_font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (self->label_font,
                                            RT_NODE_LABEL_SIZE * self->text_scale * PANGO_SCALE);
}

static void
setup_layout (RtMetrics *self, PangoLayout *layout, gboolean bold)
{
  pango_layout_set_font_description (layout, self->fonts[bold ? 1 : 0]);
  pango_layout_set_width (layout, (int) (RT_NODE_TEXT_WIDTH * self->text_scale * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -RT_NODE_MAX_LINES);
}

static void
setup_scratch (RtMetrics *self)
{
  int i;

  for (i = 0; i < 2; i++)
    {
      g_clear_object (&self->scratch[i]);
      self->scratch[i] = pango_layout_new (self->context);
      setup_layout (self, self->scratch[i], i == 1);
    }
}

static void
rt_metrics_finalize (GObject *object)
{
  RtMetrics *self = RT_METRICS (object);

  drop_layouts (self);
  g_hash_table_destroy (self->entries);
  g_hash_table_destroy (self->labels);
  g_clear_object (&self->scratch[0]);
  g_clear_object (&self->scratch[1]);
  g_clear_pointer (&self->fonts[0], pango_font_description_free);
  g_clear_pointer (&self->fonts[1], pango_font_description_free);
  g_clear_pointer (&self->label_font, pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (rt_metrics_parent_class)->finalize (object);
}

static void
rt_metrics_class_init (RtMetricsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_metrics_finalize;
}

static void
rt_metrics_init (RtMetrics *self)
{
  cairo_font_options_t *options;

  self->text_scale = 1.0;
  self->capacity = 1500;
  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);

  /* Unhinted metrics: a layout measured here scales exactly with zoom. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  setup_fonts (self);
  setup_scratch (self);
}

RtMetrics *
rt_metrics_new (void)
{
  return g_object_new (RT_TYPE_METRICS, NULL);
}

void
rt_metrics_set_text_scale (RtMetrics *self,
                           double     text_scale)
{
  g_return_if_fail (RT_IS_METRICS (self));
  g_return_if_fail (text_scale > 0.0);

  if (self->text_scale == text_scale)
    return;
  self->text_scale = text_scale;
  rt_metrics_clear (self);
  setup_fonts (self);
  setup_scratch (self);
}

double
rt_metrics_get_text_scale (RtMetrics *self)
{
  g_return_val_if_fail (RT_IS_METRICS (self), 1.0);

  return self->text_scale;
}

gboolean
rt_metrics_node_has_strip (const RtNode *node)
{
  return node->stances != NULL && node->stances->len > 0;
}

/* The text handed to pango: at most MAX_TEXT_BYTES, cut at a character
 * boundary. */
static int
text_length (const char *text, gsize len)
{
  const char *end;

  if (len <= MAX_TEXT_BYTES)
    return (int) len;
  end = g_utf8_find_prev_char (text, text + MAX_TEXT_BYTES + 1);
  return end ? (int) (end - text) : 0;
}

static Entry *
lookup_valid (RtMetrics *self, const RtNode *node)
{
  Entry *e = g_hash_table_lookup (self->entries, node->id);
  gsize len;
  gboolean strip;

  if (e == NULL)
    {
      e = g_new0 (Entry, 1);
      e->id = g_strdup (node->id);
      e->lru.data = e;
      e->width = -1.0;
      g_hash_table_insert (self->entries, e->id, e);
    }

  len = strlen (node->text);
  strip = rt_metrics_node_has_strip (node);
  if (e->width >= 0.0 && e->kind == node->kind && e->strip == strip &&
      e->len == len && e->hash == g_str_hash (node->text))
    return e;

  /* Stale or new: measure. */
  if (e->layout != NULL)
    {
      g_queue_unlink (&self->lru, &e->lru);
      g_clear_object (&e->layout);
    }
  {
    gboolean bold = rt_node_style_is_bold (node->kind);
    PangoLayout *layout = self->scratch[bold ? 1 : 0];
    PangoRectangle logical;
    RtInsets in;
    double s = self->text_scale;

    pango_layout_set_text (layout, node->text, text_length (node->text, len));
    pango_layout_get_extents (layout, NULL, &logical);
    rt_node_style_get_insets (node->kind, strip, s, &in);
    e->width = ceil (MAX ((double) logical.width / PANGO_SCALE + in.left + in.right,
                          RT_NODE_MIN_WIDTH * s));
    e->height = ceil (MAX ((double) logical.height / PANGO_SCALE + in.top + in.bottom,
                           (RT_NODE_MIN_HEIGHT + (strip ? RT_NODE_STRIP_HEIGHT : 0.0)) * s));
    e->kind = node->kind;
    e->strip = strip;
    e->len = len;
    e->hash = g_str_hash (node->text);
    self->n_measured++;
  }
  return e;
}

void
rt_metrics_get_size (RtMetrics    *self,
                     const RtNode *node,
                     double       *width,
                     double       *height)
{
  Entry *e;

  g_return_if_fail (RT_IS_METRICS (self));
  g_return_if_fail (node != NULL);

  e = lookup_valid (self, node);
  if (width)
    *width = e->width;
  if (height)
    *height = e->height;
}

void
rt_metrics_get_rect (RtMetrics    *self,
                     const RtNode *node,
                     RtRect       *rect)
{
  Entry *e;
  double cx, cy;

  g_return_if_fail (RT_IS_METRICS (self));
  g_return_if_fail (node != NULL && rect != NULL);

  e = lookup_valid (self, node);
  cx = node->has_position ? node->x : 0.0;
  cy = node->has_position ? node->y : 0.0;
  rect->x = cx - e->width / 2.0;
  rect->y = cy - e->height / 2.0;
  rect->width = e->width;
  rect->height = e->height;
}

PangoLayout *
rt_metrics_get_layout (RtMetrics    *self,
                       const RtNode *node)
{
  Entry *e;

  g_return_val_if_fail (RT_IS_METRICS (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);

  e = lookup_valid (self, node);
  if (e->layout != NULL)
    {
      if (self->lru.head != &e->lru)
        {
          g_queue_unlink (&self->lru, &e->lru);
          g_queue_push_head_link (&self->lru, &e->lru);
        }
      return e->layout;
    }

  e->layout = pango_layout_new (self->context);
  setup_layout (self, e->layout, rt_node_style_is_bold (node->kind));
  pango_layout_set_text (e->layout, node->text, text_length (node->text, e->len));
  g_queue_push_head_link (&self->lru, &e->lru);

  while (self->lru.length > MAX (self->capacity, 1))
    {
      GList *last = g_queue_pop_tail_link (&self->lru);
      Entry *old = last->data;

      g_clear_object (&old->layout);
    }
  return e->layout;
}

PangoLayout *
rt_metrics_get_label (RtMetrics    *self,
                      const char   *text,
                      RtLabelStyle  style)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;

  g_return_val_if_fail (RT_IS_METRICS (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  key = g_strdup_printf ("%d:%s", (int) style, text);
  layout = g_hash_table_lookup (self->labels, key);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (self->labels) >= MAX_LABELS)
    g_hash_table_remove_all (self->labels);
  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->label_font);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (self->labels, g_steal_pointer (&key), layout);
  return layout;
}

void
rt_metrics_measure_range (RtMetrics  *self,
                          RtDocument *document,
                          guint       first,
                          guint       end)
{
  guint i;

  g_return_if_fail (RT_IS_METRICS (self));
  g_return_if_fail (RT_IS_DOCUMENT (document));

  end = MIN (end, rt_document_get_n_nodes (document));
  for (i = first; i < end; i++)
    lookup_valid (self, rt_document_get_node (document, i));
}

guint
rt_metrics_adopt (RtMetrics *self,
                  RtMetrics *from)
{
  GHashTableIter iter;
  gpointer value;
  guint taken = 0;

  g_return_val_if_fail (RT_IS_METRICS (self), 0);
  g_return_val_if_fail (RT_IS_METRICS (from), 0);

  if (self->text_scale != from->text_scale)
    {
      rt_metrics_clear (from);
      return 0;
    }

  /* Layouts belong to from's font map: only sizes move. */
  drop_layouts (from);
  if (g_hash_table_size (self->entries) == 0)
    {
      GHashTable *swap = self->entries;

      self->entries = from->entries;
      from->entries = swap;
      return g_hash_table_size (self->entries);
    }

  g_hash_table_iter_init (&iter, from->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Entry *e = value;

      if (g_hash_table_contains (self->entries, e->id))
        continue;
      g_hash_table_iter_steal (&iter);
      g_hash_table_insert (self->entries, e->id, e);
      taken++;
    }
  g_hash_table_remove_all (from->entries);
  return taken;
}

void
rt_metrics_invalidate (RtMetrics  *self,
                       const char *node_id)
{
  Entry *e;

  g_return_if_fail (RT_IS_METRICS (self));
  g_return_if_fail (node_id != NULL);

  e = g_hash_table_lookup (self->entries, node_id);
  if (e == NULL)
    return;
  if (e->layout != NULL)
    g_queue_unlink (&self->lru, &e->lru);
  g_hash_table_remove (self->entries, node_id);
}

void
rt_metrics_clear (RtMetrics *self)
{
  g_return_if_fail (RT_IS_METRICS (self));

  drop_layouts (self);
  g_hash_table_remove_all (self->entries);
  g_hash_table_remove_all (self->labels);
}

void
rt_metrics_set_layout_capacity (RtMetrics *self,
                                guint      capacity)
{
  g_return_if_fail (RT_IS_METRICS (self));

  self->capacity = MAX (capacity, 1);
  while (self->lru.length > self->capacity)
    {
      GList *last = g_queue_pop_tail_link (&self->lru);
      Entry *old = last->data;

      g_clear_object (&old->layout);
    }
}

guint
rt_metrics_get_n_layouts (RtMetrics *self)
{
  g_return_val_if_fail (RT_IS_METRICS (self), 0);

  return self->lru.length;
}

guint64
rt_metrics_get_n_measured (RtMetrics *self)
{
  g_return_val_if_fail (RT_IS_METRICS (self), 0);

  return self->n_measured;
}

PangoContext *
rt_metrics_get_context (RtMetrics *self)
{
  g_return_val_if_fail (RT_IS_METRICS (self), NULL);

  return self->context;
}

PangoFontDescription *
rt_metrics_get_font (RtMetrics  *self,
                     RtNodeKind  kind)
{
  g_return_val_if_fail (RT_IS_METRICS (self), NULL);

  return self->fonts[rt_node_style_is_bold (kind) ? 1 : 0];
}

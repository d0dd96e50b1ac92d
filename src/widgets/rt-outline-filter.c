/* rt-outline-filter.c: the outline's rows that a search shows
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "rt-outline-filter.h"

/* Each slice in idle time is this long at most, in microseconds, with
 * room to spare for the rest of the main loop. */
#define SLICE_US 8000


/* A model with fewer rows is filtered at once. */
#define FILTER_AT_ONCE 4096

struct _RtOutlineFilter
{
  GObject             parent_instance;

  GListModel         *model;    /* owned, or NULL */
  GtkCustomFilterFunc func;
  gpointer            func_data;
  RtOutlineSplitFunc  split;
  gpointer            split_data;
  GCallback           done;
  gpointer            done_data;
  RtOutlineReadyFunc  ready;
  gpointer            ready_data;
  GtkBitset          *matches;  /* owned, or NULL: every row */
  GtkBitset          *next;     /* owned while rows are looked at again */
  guint               next_pos; /* the first row not looked at yet */
  guint               idle_id;
};

static GType
filter_get_item_type (GListModel *list)
{
  return G_TYPE_OBJECT;
}

static guint
filter_get_n_items (GListModel *list)
{
  RtOutlineFilter *self = RT_OUTLINE_FILTER (list);

  if (self->model == NULL)
    return 0;
  if (self->matches == NULL)
    return g_list_model_get_n_items (self->model);
  return (guint) gtk_bitset_get_size (self->matches);
}

static gpointer
filter_get_item (GListModel *list,
                 guint       position)
{
  RtOutlineFilter *self = RT_OUTLINE_FILTER (list);

  if (self->model == NULL)
    return NULL;
  if (self->matches == NULL)
    return g_list_model_get_item (self->model, position);
  if (position >= gtk_bitset_get_size (self->matches))
    return NULL;
  return g_list_model_get_item (self->model, gtk_bitset_get_nth (self->matches, position));
}

static void
filter_model_init (GListModelInterface *iface)
{
  iface->get_item_type = filter_get_item_type;
  iface->get_n_items = filter_get_n_items;
  iface->get_item = filter_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (RtOutlineFilter, rt_outline_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, filter_model_init))

static gboolean
lets_through (RtOutlineFilter *self,
              guint            position)
{
  g_autoptr(GObject) item = NULL;

  if (self->func == NULL)
    return TRUE;
  item = g_list_model_get_item (self->model, position);
  return item != NULL && self->func (item, self->func_data);
}

/* Looks at the rows from next_pos on for budget microseconds (all of them
 * for a negative budget); TRUE when none is left. */
static gboolean
look_slice (RtOutlineFilter *self,
            gint64           budget)
{
  guint n = g_list_model_get_n_items (self->model);
  gint64 end = g_get_monotonic_time () + budget;

  while (self->next_pos < n)
    {
      if (lets_through (self, self->next_pos))
        gtk_bitset_add (self->next, self->next_pos);
      self->next_pos++;
      if (budget >= 0 && (self->next_pos & 31) == 0 && g_get_monotonic_time () >= end)
        return FALSE;
    }
  return TRUE;
}

/* Moves the rows in [first, last] of the model from what matches says to
 * what want says, and tells. */
static void
change_range (RtOutlineFilter *self,
              GtkBitset       *want,
              guint            first,
              guint            last)
{
  g_autoptr(GtkBitset) part = NULL;
  guint position, removed, added;

  if (first > last)
    return;
  position = first > 0 ? (guint) gtk_bitset_get_size_in_range (self->matches, 0, first - 1) : 0;
  removed = (guint) gtk_bitset_get_size_in_range (self->matches, first, last);
  part = gtk_bitset_new_range (first, last - first + 1);
  gtk_bitset_intersect (part, want);
  added = (guint) gtk_bitset_get_size (part);
  gtk_bitset_remove_range_closed (self->matches, first, last);
  gtk_bitset_union (self->matches, part);
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* Lists the rows want holds (NULL: every row), telling what changed. */
static void
apply (RtOutlineFilter *self,
       GtkBitset       *want)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  g_autoptr(GtkBitset) all = NULL;
  g_autoptr(GtkBitset) changes = NULL;
  guint min, max, split;

  if (want == NULL)
    want = all = gtk_bitset_new_range (0, n);
  if (self->matches == NULL)
    self->matches = gtk_bitset_new_range (0, n);
  changes = gtk_bitset_copy (self->matches);
  gtk_bitset_difference (changes, want);
  if (!gtk_bitset_is_empty (changes))
    {
      min = gtk_bitset_get_minimum (changes);
      max = gtk_bitset_get_maximum (changes);
      split = self->split != NULL ? self->split (self->split_data) : G_MAXUINT;
      if (split < min || split > max)
        change_range (self, want, min, max);
      else
        {
          if (split > min)
            change_range (self, want, min, split - 1);
          change_range (self, want, split, split);
          change_range (self, want, split + 1, max);
        }
    }
  if (all != NULL)
    g_clear_pointer (&self->matches, gtk_bitset_unref);
}

static void
stop_looking (RtOutlineFilter *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->next, gtk_bitset_unref);
}

static gboolean
look_idle_cb (gpointer data)
{
  RtOutlineFilter *self = data;
  g_autoptr(GtkBitset) next = NULL;

  if (!look_slice (self, SLICE_US))
    return G_SOURCE_CONTINUE;
  self->idle_id = 0;
  if (self->ready != NULL && !self->ready (self->ready_data))
    return G_SOURCE_REMOVE;
  next = g_steal_pointer (&self->next);
  apply (self, self->func != NULL ? next : NULL);
  if (self->done != NULL)
    ((void (*) (gpointer)) self->done) (self->done_data);
  return G_SOURCE_REMOVE;
}

static void
model_changed_cb (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  RtOutlineFilter *self)
{
  guint filter_removed, filter_added = 0;

  if (self->next != NULL)
    {
      gtk_bitset_splice (self->next, position, removed, added);
      if (self->next_pos >= position + removed)
        self->next_pos += added - removed;
      else if (self->next_pos > position)
        self->next_pos = position + added;
      /* The rows added before the ones left are looked at now. */
      for (guint i = position; i < position + added && i < self->next_pos; i++)
        if (lets_through (self, i))
          gtk_bitset_add (self->next, i);
    }
  if (self->matches == NULL)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }
  filter_removed = removed > 0
    ? (guint) gtk_bitset_get_size_in_range (self->matches, position, position + removed - 1) : 0;
  gtk_bitset_splice (self->matches, position, removed, added);
  for (guint i = position; i < position + added; i++)
    if (lets_through (self, i))
      {
        gtk_bitset_add (self->matches, i);
        filter_added++;
      }
  if (filter_removed > 0 || filter_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self),
                                position > 0
                                  ? (guint) gtk_bitset_get_size_in_range (self->matches, 0, position - 1)
                                  : 0,
                                filter_removed, filter_added);
}

RtOutlineFilter *
rt_outline_filter_new (void)
{
  return g_object_new (RT_TYPE_OUTLINE_FILTER, NULL);
}

void
rt_outline_filter_set_model (RtOutlineFilter *self,
                             GListModel      *model)
{
  guint removed;

  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  removed = filter_get_n_items (G_LIST_MODEL (self));
  stop_looking (self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_changed_cb, self);
  g_clear_pointer (&self->matches, gtk_bitset_unref);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect (model, "items-changed", G_CALLBACK (model_changed_cb), self);
      if (self->func != NULL)
        {
          self->next = gtk_bitset_new_empty ();
          self->next_pos = 0;
          look_slice (self, -1);
          self->matches = g_steal_pointer (&self->next);
        }
    }
  if (removed > 0 || filter_get_n_items (G_LIST_MODEL (self)) > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                                filter_get_n_items (G_LIST_MODEL (self)));
}

void
rt_outline_filter_set_func (RtOutlineFilter     *self,
                            GtkCustomFilterFunc  func,
                            gpointer             data)
{
  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));

  stop_looking (self);
  self->func = func;
  self->func_data = data;
  if (self->model == NULL || (func == NULL && self->matches == NULL))
    return;
  /* Every row again: nothing to look at. */
  self->next = func != NULL ? gtk_bitset_new_empty ()
                            : gtk_bitset_new_range (0, g_list_model_get_n_items (self->model));
  self->next_pos = func != NULL ? 0 : g_list_model_get_n_items (self->model);
  if (g_list_model_get_n_items (self->model) < FILTER_AT_ONCE)
    rt_outline_filter_finish (self);
  else
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, look_idle_cb, self, NULL);
}

void
rt_outline_filter_set_split_func (RtOutlineFilter    *self,
                                  RtOutlineSplitFunc  split,
                                  gpointer            data)
{
  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));
  self->split = split;
  self->split_data = data;
}

void
rt_outline_filter_set_done (RtOutlineFilter *self,
                            GCallback        callback,
                            gpointer         data)
{
  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));
  self->done = callback;
  self->done_data = data;
}

void
rt_outline_filter_set_ready (RtOutlineFilter    *self,
                             RtOutlineReadyFunc  ready,
                             gpointer            data)
{
  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));
  self->ready = ready;
  self->ready_data = data;
}

void
rt_outline_filter_resume (RtOutlineFilter *self)
{
  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));

  if (self->next != NULL && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, look_idle_cb, self, NULL);
}

gboolean
rt_outline_filter_is_pending (RtOutlineFilter *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_FILTER (self), FALSE);
  return self->next != NULL;
}

void
rt_outline_filter_finish (RtOutlineFilter *self)
{
  g_autoptr(GtkBitset) next = NULL;

  g_return_if_fail (RT_IS_OUTLINE_FILTER (self));

  if (self->next == NULL)
    return;
  look_slice (self, -1);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  next = g_steal_pointer (&self->next);
  apply (self, self->func != NULL ? next : NULL);
  if (self->done != NULL)
    ((void (*) (gpointer)) self->done) (self->done_data);
}

static void
rt_outline_filter_dispose (GObject *object)
{
  RtOutlineFilter *self = RT_OUTLINE_FILTER (object);

  stop_looking (self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->matches, gtk_bitset_unref);

  G_OBJECT_CLASS (rt_outline_filter_parent_class)->dispose (object);
}

static void
rt_outline_filter_class_init (RtOutlineFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rt_outline_filter_dispose;
}

static void
rt_outline_filter_init (RtOutlineFilter *self)
{
}

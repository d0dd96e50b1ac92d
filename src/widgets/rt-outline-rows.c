/* rt-outline-rows.c: the outline's rows, expanded and found
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "rt-outline-row.h"
#include "rt-outline-rows.h"

/* Each slice in idle time is this long at most, in microseconds, with
 * room to spare for the rest of the main loop. */
#define SLICE_US 8000

struct _RtOutlineExpander
{
  GtkTreeListModel *rows;     /* owned */
  guint             next;     /* the first top-level row not yet expanded */
  guint             idle_id;
  GCallback         progress;
  gpointer          progress_data;
};

/* Expands top-level rows for budget microseconds (all of them for a
 * negative budget); TRUE when none is left. */
static gboolean
expand_slice (RtOutlineExpander *self,
              gint64             budget)
{
  GListModel *top = gtk_tree_list_model_get_model (self->rows);
  gint64 end = g_get_monotonic_time () + budget;

  while (self->next < g_list_model_get_n_items (top))
    {
      GtkTreeListRow *row = gtk_tree_list_model_get_child_row (self->rows, self->next++);

      if (row != NULL)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          g_object_unref (row);
        }
      if (budget >= 0 && g_get_monotonic_time () >= end)
        break;
    }
  return self->next >= g_list_model_get_n_items (top);
}

static gboolean
expand_idle_cb (gpointer data)
{
  RtOutlineExpander *self = data;
  gboolean done = expand_slice (self, SLICE_US);

  if (done)
    self->idle_id = 0;
  if (self->progress != NULL)
    ((void (*) (gpointer)) self->progress) (self->progress_data);
  return done ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

RtOutlineExpander *
rt_outline_expander_new (GtkTreeListModel *rows)
{
  RtOutlineExpander *self;

  g_return_val_if_fail (GTK_IS_TREE_LIST_MODEL (rows), NULL);

  self = g_new0 (RtOutlineExpander, 1);
  self->rows = g_object_ref (rows);
  /* Rows added from now on come expanded. */
  gtk_tree_list_model_set_autoexpand (rows, TRUE);
  if (!expand_slice (self, SLICE_US))
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, expand_idle_cb, self, NULL);
  return self;
}

void
rt_outline_expander_free (RtOutlineExpander *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_object_unref (self->rows);
  g_free (self);
}

void
rt_outline_expander_restart (RtOutlineExpander *self)
{
  g_return_if_fail (self != NULL);

  /* Expanded rows are passed over quickly. */
  if (self->idle_id != 0)
    self->next = 0;
}

void
rt_outline_expander_finish (RtOutlineExpander *self)
{
  g_return_if_fail (self != NULL);

  if (self->idle_id == 0)
    return;
  expand_slice (self, -1);
  g_clear_handle_id (&self->idle_id, g_source_remove);
}

void
rt_outline_expander_set_progress (RtOutlineExpander *self,
                                  GCallback          callback,
                                  gpointer           data)
{
  g_return_if_fail (self != NULL);
  self->progress = callback;
  self->progress_data = data;
}

/* Rows expanded above where a list view shows move it on, and it binds
 * its rows anew: top-level rows each side of the one shown, enough to
 * fill the list's 200 rows unless most have no children. */
#define NEAR_TOP_ROWS 64

gboolean
rt_outline_expander_covers (RtOutlineExpander *self,
                            guint              position)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->idle_id == 0 || position + NEAR_TOP_ROWS < self->next;
}

/* Finding rows. */

GtkTreeListRow *
rt_outline_rows_find (GtkTreeListModel *rows,
                      RtOutlineModel   *model,
                      const char       *id,
                      guint            *top)
{
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTreeListRow *row;

  g_return_val_if_fail (GTK_IS_TREE_LIST_MODEL (rows), NULL);
  g_return_val_if_fail (RT_IS_OUTLINE_MODEL (model), NULL);

  if (id == NULL || !rt_outline_model_get_path (model, id, path))
    return NULL;
  if (top != NULL)
    *top = g_array_index (path, guint, 0);
  row = gtk_tree_list_model_get_child_row (rows, g_array_index (path, guint, 0));
  for (guint k = 1; row != NULL && k < path->len; k++)
    {
      GtkTreeListRow *next;

      gtk_tree_list_row_set_expanded (row, TRUE);
      next = gtk_tree_list_row_get_child_row (row, g_array_index (path, guint, k));
      g_object_unref (row);
      row = next;
    }
  return row;
}

guint
rt_outline_rows_position_in (GListModel     *filtered,
                             GtkTreeListRow *row)
{
  guint target, lo = 0, hi;
  g_autoptr(GtkTreeListRow) found = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (filtered), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (GTK_IS_TREE_LIST_ROW (row), GTK_INVALID_LIST_POSITION);

  target = gtk_tree_list_row_get_position (row);
  hi = g_list_model_get_n_items (filtered);
  /* The rows keep their order: halve the range. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GtkTreeListRow) at = g_list_model_get_item (filtered, mid);

      if (gtk_tree_list_row_get_position (at) < target)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < g_list_model_get_n_items (filtered))
    found = g_list_model_get_item (filtered, lo);
  return found != NULL && gtk_tree_list_row_get_position (found) == target
           ? lo : GTK_INVALID_LIST_POSITION;
}

/* Rows. */

/* Rows bound at once when the list jumps: a screenful of rows at least
 * this tall, on the side the row jumped to shows them. The rest are bound
 * a few a frame. */
#define MIN_ROW_HEIGHT 40
#define ROWS_PER_FRAME 12

struct _RtOutlineBinder
{
  RtOutlineModel *model;     /* owned, or NULL */
  GHashTable     *bound;     /* RtOutlineNode in a row (borrowed) → count */
  GCallback       edited;
  gpointer        edited_data;
  GPtrArray      *later;     /* GtkListItem (owned) yet to show their node */
  GtkWidget      *list;      /* while rows are bound later */
  guint           tick_id;
  guint           first;     /* the rows bound at once while jumping */
  guint           last;
  gboolean        jumping;
};

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), rt_outline_row_new ());
  gtk_list_item_set_child (list_item, expander);
}

static RtOutlineRow *
row_widget (GtkListItem *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  return RT_OUTLINE_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)));
}

static void
bind_now (RtOutlineBinder *self,
          GtkListItem     *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->bound, item));

  if (count == 0 && self->edited != NULL)
    g_signal_connect_swapped (item, "edited", self->edited, self->edited_data);
  g_hash_table_insert (self->bound, item, GUINT_TO_POINTER (count + 1));
  if (self->model != NULL)
    rt_outline_model_refresh_item (self->model, RT_OUTLINE_NODE (item));
  rt_outline_row_set_node (row_widget (list_item), RT_OUTLINE_NODE (item));
}

static guint
distance (RtOutlineBinder *self,
          GtkListItem     *list_item)
{
  guint position = gtk_list_item_get_position (list_item);

  if (position < self->first)
    return self->first - position;
  return position > self->last ? position - self->last : 0;
}

static int
nearer (gconstpointer a,
        gconstpointer b,
        gpointer      data)
{
  return (int) distance (data, *(GtkListItem **) a) - (int) distance (data, *(GtkListItem **) b);
}

static gboolean
bind_later_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  RtOutlineBinder *self = data;
  guint n;

  /* Nearest first: the rows a scroll reaches first. */
  g_ptr_array_sort_with_data (self->later, nearer, self);
  n = MIN (self->later->len, ROWS_PER_FRAME);
  for (guint i = 0; i < n; i++)
    bind_now (self, g_ptr_array_index (self->later, i));
  g_ptr_array_remove_range (self->later, 0, n);
  if (self->later->len > 0)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         RtOutlineBinder          *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), gtk_list_item_get_item (list_item));
  if (!self->jumping || distance (self, list_item) == 0)
    {
      bind_now (self, list_item);
      return;
    }
  g_ptr_array_add (self->later, g_object_ref (list_item));
  if (self->tick_id == 0 && self->list != NULL)
    self->tick_id = gtk_widget_add_tick_callback (self->list, bind_later_cb, self, NULL);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           RtOutlineBinder          *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  RtOutlineRow *row = row_widget (list_item);
  RtOutlineNode *node = rt_outline_row_get_node (row);
  g_autoptr(RtOutlineNode) item = node != NULL ? g_object_ref (node) : NULL;
  guint count;

  g_ptr_array_remove_fast (self->later, list_item);
  /* Text being edited is kept: the item's "edited" still goes out. */
  rt_outline_row_set_node (row, NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
  if (item == NULL)
    return;
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->bound, item));
  if (count > 1)
    g_hash_table_insert (self->bound, item, GUINT_TO_POINTER (count - 1));
  else
    {
      g_hash_table_remove (self->bound, item);
      if (self->edited != NULL)
        g_signal_handlers_disconnect_by_func (item, self->edited, self->edited_data);
    }
}

RtOutlineBinder *
rt_outline_binder_new (void)
{
  RtOutlineBinder *self = g_new0 (RtOutlineBinder, 1);

  self->bound = g_hash_table_new (NULL, NULL);
  self->later = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

void
rt_outline_binder_free (RtOutlineBinder *self)
{
  if (self == NULL)
    return;
  if (self->tick_id != 0 && self->list != NULL)
    gtk_widget_remove_tick_callback (self->list, self->tick_id);
  g_clear_weak_pointer (&self->list);
  g_ptr_array_unref (self->later);
  g_hash_table_unref (self->bound);
  g_clear_object (&self->model);
  g_free (self);
}

GtkListItemFactory *
rt_outline_binder_new_factory (RtOutlineBinder *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (self != NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  return factory;
}

void
rt_outline_binder_set_model (RtOutlineBinder *self,
                             RtOutlineModel  *model)
{
  g_return_if_fail (self != NULL);
  g_set_object (&self->model, model);
}

void
rt_outline_binder_set_edited (RtOutlineBinder *self,
                              GCallback        callback,
                              gpointer         data)
{
  g_return_if_fail (self != NULL);
  self->edited = callback;
  self->edited_data = data;
}

gboolean
rt_outline_binder_is_bound (RtOutlineBinder *self,
                            RtOutlineNode   *item)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return g_hash_table_contains (self->bound, item);
}

void
rt_outline_binder_refresh (RtOutlineBinder *self)
{
  GHashTableIter iter;
  gpointer item;

  g_return_if_fail (self != NULL);

  if (self->model == NULL)
    return;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    rt_outline_model_refresh_item (self->model, item);
}

guint
rt_outline_rows_screenful (GtkWidget *list)
{
  GtkRoot *root;
  int height;

  g_return_val_if_fail (GTK_IS_WIDGET (list), 0);

  /* Not shown yet, the list is at most as tall as its window. */
  height = gtk_widget_get_height (list);
  root = gtk_widget_get_root (list);
  if (height <= 0 && root != NULL)
    height = gtk_widget_get_height (GTK_WIDGET (root));
  return (height > 0 ? (guint) height : 1000) / MIN_ROW_HEIGHT + 2;
}

void
rt_outline_binder_jump (RtOutlineBinder *self,
                        GtkWidget       *list,
                        guint            position)
{
  GtkAdjustment *adjustment;
  guint rows, n, now = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_LIST_VIEW (list));

  g_set_weak_pointer (&self->list, list);
  rows = rt_outline_rows_screenful (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  /* Roughly where the list is now: a row below comes in at the bottom,
   * a row above at the top. */
  if (adjustment != NULL && gtk_adjustment_get_upper (adjustment) > 0)
    now = (guint) (n * (gtk_adjustment_get_value (adjustment) / gtk_adjustment_get_upper (adjustment)));
  self->first = position > now && position >= rows ? position - rows : (position >= 2 ? position - 2 : 0);
  self->last = position > now ? position + 2 : position + rows;
  self->jumping = TRUE;
}

void
rt_outline_binder_land (RtOutlineBinder *self)
{
  g_return_if_fail (self != NULL);
  self->jumping = FALSE;
}

/* Filtering. */

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

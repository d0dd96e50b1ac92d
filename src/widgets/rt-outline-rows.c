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

/* rt-outline-view.c: the map as an indented, editable list
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-outline-filter.h"
#include "rt-outline-node.h"
#include "rt-outline-rows.h"
#include "rt-outline-view.h"

struct _RtOutlineView
{
  GtkWidget           parent_instance;

  GtkWidget          *scrolled;   /* child */
  GtkListView        *list;
  /* Made when the outline is first shown or asked for its rows, then kept
   * up to date edit by edit. */
  RtOutlineModel     *model;      /* owned, or NULL */
  GtkTreeListModel   *rows;       /* owned, with the tree */
  RtOutlineExpander  *expander;   /* owned, with the tree */
  RtOutlineFilter    *filtered;   /* owned by window */
  GtkSliceListModel  *window;     /* owned by selection: the rows the list has */
  guint               grow_id;    /* tick handing the list more rows */
  guint               shrink_id;  /* tick handing it fewer, for a search */
  guint               shrink_frames;
  guint               catch_up_id;
  GtkSingleSelection *selection;  /* owned */

  RtDocument         *document;   /* owned reference */
  GHashTable         *shown;      /* referenced set of ids, or NULL: all */
  RtOutlineBinder    *binder;     /* owned */
  gboolean            filtering;  /* the filter has a function */
  gboolean            shown_stale; /* shown changed while hidden */
  gboolean            select_pending; /* selected_id is yet to be selected */
  gboolean            quiet;      /* selection changes are ours: no signal */
  char               *selected_id;
  gulong              doc_handlers[10];
};

G_DEFINE_FINAL_TYPE (RtOutlineView, rt_outline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  NODE_SELECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Filtering. */

static gboolean
filter_func (gpointer row,
             gpointer user_data)
{
  RtOutlineView *self = user_data;
  g_autoptr(GObject) item = NULL;

  if (self->model == NULL)
    return TRUE;
  item = gtk_tree_list_row_get_item (row);
  return rt_outline_model_is_shown (self->model, rt_outline_node_get_id (RT_OUTLINE_NODE (item)));
}

/* Where the selected row is in the tree's rows: the filter keeps it. */
static guint
selected_row_position (gpointer data)
{
  RtOutlineView *self = data;
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? gtk_tree_list_row_get_position (row) : G_MAXUINT;
}

/* Without a search the filter has no function: it then lets every row
 * through without looking at it. */
static void
apply_shown (RtOutlineView *self)
{
  if (self->model != NULL)
    rt_outline_model_set_shown (self->model, self->shown);
  if (self->shown == NULL && !self->filtering)
    return;
  self->filtering = self->shown != NULL;
  rt_outline_filter_set_func (self->filtered, self->filtering ? filter_func : NULL, self);
}

void
rt_outline_view_set_shown (RtOutlineView *self,
                           GHashTable    *shown)
{
  g_return_if_fail (RT_IS_OUTLINE_VIEW (self));

  if (shown != self->shown)
    {
      if (shown != NULL)
        g_hash_table_ref (shown);
      g_clear_pointer (&self->shown, g_hash_table_unref);
      self->shown = shown;
    }
  /* Hidden behind the map, the rows are filtered when it is shown. */
  if (self->rows != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->shown_stale = TRUE;
      return;
    }
  self->shown_stale = FALSE;
  apply_shown (self);
}

/* Selection. */

static void
selection_changed_cb (RtOutlineView *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  const char *id = item != NULL ? rt_outline_node_get_id (RT_OUTLINE_NODE (item)) : NULL;

  if (g_strcmp0 (id, self->selected_id) == 0)
    return;
  if (self->quiet && id == NULL)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  if (!self->quiet)
    g_signal_emit (self, signals[NODE_SELECTED], 0, id);
}

const char *
rt_outline_view_get_selected (RtOutlineView *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), NULL);
  return self->selected_id;
}

static gboolean
selected_is (RtOutlineView *self,
             const char    *id)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  return g_strcmp0 (item != NULL ? rt_outline_node_get_id (RT_OUTLINE_NODE (item)) : NULL,
                    id) == 0;
}

void
rt_outline_view_select_node (RtOutlineView *self,
                             const char    *node_id)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  guint position, top = 0;
  gboolean quiet;

  g_return_if_fail (RT_IS_OUTLINE_VIEW (self));

  /* Hidden, or with its rows on their way: selected when shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || (self->model != NULL && self->rows == NULL) ||
      rt_outline_filter_is_pending (self->filtered))
    {
      char *id = g_strdup (node_id);

      g_free (self->selected_id);
      self->selected_id = id;
      self->select_pending = TRUE;
      return;
    }
  self->select_pending = FALSE;
  quiet = self->quiet;
  self->quiet = TRUE;
  if (self->model != NULL && rt_outline_model_is_dirty (self->model))
    rt_outline_model_sync (self->model);
  if (self->model == NULL ||
      (row = rt_outline_rows_find (self->rows, self->model, node_id, &top)) == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_clear_pointer (&self->selected_id, g_free);
      self->quiet = quiet;
      return;
    }

  position = rt_outline_rows_position_in (G_LIST_MODEL (self->filtered), row);
  if (position != GTK_INVALID_LIST_POSITION &&
      (position >= gtk_slice_list_model_get_size (self->window) ||
       !rt_outline_expander_covers (self->expander, top)))
    {
      /* The list does not have that row yet, or would move on from it as
       * the rows above are expanded: it is selected when it can be. */
      char *id = g_strdup (node_id);

      g_free (self->selected_id);
      self->selected_id = id;
      self->select_pending = TRUE;
    }
  else if (position != GTK_INVALID_LIST_POSITION)
    {
      char *id = g_strdup (node_id);

      gtk_single_selection_set_selected (self->selection, position);
      g_free (self->selected_id);
      self->selected_id = id;
      if (gtk_widget_get_mapped (GTK_WIDGET (self->list)))
        {
          rt_outline_binder_jump (self->binder, GTK_WIDGET (self->list), position);
          gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u",
                                      position);
          rt_outline_binder_land (self->binder);
        }
    }
  self->quiet = quiet;
}

/* The tree. */

/* When the outline is first shown the list is handed a screenful of rows,
 * then a few dozen a frame: it makes a widget for each of its first 200 or
 * so. */
#define MORE_ROWS 24
#define ALL_WIDGETS 240

static void
retry_select (RtOutlineView *self)
{
  g_autofree char *id = NULL;

  if (!self->select_pending || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  id = g_strdup (self->selected_id);
  rt_outline_view_select_node (self, id);
}

static gboolean
grow_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  RtOutlineView *self = data;
  guint size = gtk_slice_list_model_get_size (self->window) + MORE_ROWS;

  rt_outline_binder_jump (self->binder, widget, 0);
  gtk_slice_list_model_set_size (self->window, size >= ALL_WIDGETS ? G_MAXUINT : size);
  rt_outline_binder_land (self->binder);
  retry_select (self);
  if (size < ALL_WIDGETS)
    return G_SOURCE_CONTINUE;
  self->grow_id = 0;
  return G_SOURCE_REMOVE;
}

/* A search on a large map changes most rows the list has: it makes and
 * binds a widget for each of them, up to about 200. Before the change it
 * is handed fewer rows, a few dozen a dispatch, down to a screenful, and
 * after it more a frame at a time, as when the outline is first shown. */
#define FEWER_ROWS 48

static void filter_done (RtOutlineView *self);

static gboolean
shrink_cb (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  RtOutlineView *self = data;
  GtkAdjustment *adjustment;
  guint screen = rt_outline_rows_screenful (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->window));
  guint size = n;

  if (n > screen)
    {
      guint now = 0;

      /* The list has widgets for rows around where it shows: past them
       * at once, then a few dozen at a time from below. Shown far down,
       * the rows it shows go too, and the rest go with them at once. */
      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (widget));
      if (adjustment != NULL && gtk_adjustment_get_upper (adjustment) > 0)
        now = (guint) (n * (gtk_adjustment_get_value (adjustment) /
                            gtk_adjustment_get_upper (adjustment)));
      if (n > now + ALL_WIDGETS)
        size = now + ALL_WIDGETS;
      else if (now > screen || ++self->shrink_frames > ALL_WIDGETS / FEWER_ROWS)
        size = screen;
      else
        size = n > FEWER_ROWS ? n - FEWER_ROWS : 0;
      size = MAX (size, screen);
      gtk_slice_list_model_set_size (self->window, size);
    }
  if (size > screen)
    return G_SOURCE_CONTINUE;
  self->shrink_id = 0;
  rt_outline_filter_resume (self->filtered);
  /* The search it made ready for may have gone. */
  if (!rt_outline_filter_is_pending (self->filtered))
    filter_done (self);
  return G_SOURCE_REMOVE;
}

static gboolean
filter_ready (gpointer data)
{
  RtOutlineView *self = data;
  guint screen;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return TRUE;
  screen = rt_outline_rows_screenful (GTK_WIDGET (self->list));
  if (gtk_slice_list_model_get_size (self->window) <= screen)
    return TRUE;
  if (self->grow_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list), self->grow_id);
  self->grow_id = 0;
  /* With few rows now, the many a search brings back come a few at once. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->window)) <= screen)
    {
      gtk_slice_list_model_set_size (self->window, screen);
      return TRUE;
    }
  if (self->shrink_id == 0)
    {
      self->shrink_frames = 0;
      self->shrink_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list), shrink_cb, self, NULL);
    }
  return FALSE;
}

static void
filter_done (RtOutlineView *self)
{
  if (gtk_slice_list_model_get_size (self->window) != G_MAXUINT && self->grow_id == 0 &&
      self->rows != NULL)
    {
      self->grow_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list), grow_cb, self, NULL);
      self->select_pending = self->selected_id != NULL;
    }
  retry_select (self);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  return rt_outline_model_create_children (user_data, item);
}

static void
drop_tree (RtOutlineView *self)
{
  rt_outline_filter_set_model (self->filtered, NULL);
  if (self->grow_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list), self->grow_id);
  self->grow_id = 0;
  if (self->shrink_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list), self->shrink_id);
  self->shrink_id = 0;
  gtk_slice_list_model_set_size (self->window, G_MAXUINT);
  rt_outline_binder_set_model (self->binder, NULL);
  g_clear_pointer (&self->expander, rt_outline_expander_free);
  g_clear_object (&self->rows);
  g_clear_object (&self->model);
}

static void
attach (RtOutlineView *self)
{
  self->rows = gtk_tree_list_model_new (rt_outline_model_get_roots (self->model), FALSE, FALSE,
                                        create_children_cb, g_object_ref (self->model),
                                        g_object_unref);
  /* The first rows are expanded before the list sees them. */
  self->expander = rt_outline_expander_new (self->rows);
  rt_outline_expander_set_progress (self->expander, G_CALLBACK (retry_select), self);
  rt_outline_binder_set_model (self->binder, self->model);
  apply_shown (self);
  gtk_slice_list_model_set_size (self->window, rt_outline_rows_screenful (GTK_WIDGET (self->list)));
  rt_outline_binder_jump (self->binder, GTK_WIDGET (self->list), 0);
  rt_outline_filter_set_model (self->filtered, G_LIST_MODEL (self->rows));
  rt_outline_binder_land (self->binder);
  self->grow_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list), grow_cb, self, NULL);
  self->select_pending = self->selected_id != NULL;
}

/* Bringing the outline up to date takes up to four steps: finding every
 * node's parent, moving the rows, handing the rows to the list, then the
 * search and the selection. Shown, it takes them in dispatches of their
 * own, ahead of the next frame. TRUE when up to date. */
static gboolean
catch_up_step (RtOutlineView *self)
{
  gboolean quiet = self->quiet;
  gboolean done = FALSE;

  if (self->document == NULL)
    return TRUE;
  if (self->model == NULL)
    self->model = rt_outline_model_new (self->document);
  self->quiet = TRUE;
  if (rt_outline_model_is_dirty (self->model) && !rt_outline_model_is_prepared (self->model))
    rt_outline_model_prepare (self->model);
  else if (rt_outline_model_is_dirty (self->model))
    rt_outline_model_sync (self->model);
  else if (self->rows == NULL)
    attach (self);
  else
    {
      if (self->shown_stale)
        {
          self->shown_stale = FALSE;
          apply_shown (self);
        }
      if (rt_outline_model_take_moved (self->model))
        {
          rt_outline_expander_restart (self->expander);
          if (self->shown != NULL)
            apply_shown (self);
          if (!selected_is (self, self->selected_id))
            self->select_pending = TRUE;
        }
      retry_select (self);
      done = TRUE;
    }
  self->quiet = quiet;
  return done;
}

static void
catch_up (RtOutlineView *self)
{
  while (!catch_up_step (self))
    ;
}

static gboolean
catch_up_cb (gpointer data)
{
  RtOutlineView *self = data;

  if (!catch_up_step (self))
    return G_SOURCE_CONTINUE;
  self->catch_up_id = 0;
  return G_SOURCE_REMOVE;
}

static void
catch_up_later (RtOutlineView *self)
{
  if (self->catch_up_id == 0)
    self->catch_up_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, catch_up_cb, self, NULL);
}

static void
item_edited_cb (RtOutlineView *self,
                const char    *text,
                RtOutlineNode *item)
{
  const char *id = rt_outline_node_get_id (item);
  const RtNode *node;
  g_autoptr(GError) error = NULL;

  node = self->document != NULL ? rt_document_lookup_node (self->document, id) : NULL;
  if (node != NULL && g_strcmp0 (node->text, text) != 0)
    {
      rt_document_seal (self->document);
      if (!rt_document_execute (self->document, rt_command_set_text (id, text, NULL), &error))
        g_warning ("Could not change the text of %s: %s", id, error->message);
      rt_document_seal (self->document);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

/* Document signals: the tree moves the rows an edit moves, quietly. */

static void
node_added_cb (RtOutlineView *self,
               const RtNode  *node)
{
  gboolean quiet = self->quiet;

  self->quiet = TRUE;
  if (self->model != NULL)
    rt_outline_model_node_added (self->model, node);
  self->quiet = quiet;
}

static void
node_removed_cb (RtOutlineView *self,
                 const RtNode  *node)
{
  gboolean quiet = self->quiet;

  self->quiet = TRUE;
  if (self->model != NULL)
    rt_outline_model_node_removed (self->model, node);
  self->quiet = quiet;
}

static void
node_changed_cb (RtOutlineView *self,
                 const RtNode  *node)
{
  gboolean quiet = self->quiet;
  RtOutlineNode *item;

  if (self->model == NULL)
    return;
  self->quiet = TRUE;
  rt_outline_model_node_changed (self->model, node);
  /* A row not shown copies the node when it is. */
  item = rt_outline_model_peek_item (self->model, node->id);
  if (item != NULL && rt_outline_binder_is_bound (self->binder, item))
    rt_outline_model_refresh_item (self->model, item);
  self->quiet = quiet;
}

static void
link_added_cb (RtOutlineView *self,
               const RtLink  *link)
{
  gboolean quiet = self->quiet;

  self->quiet = TRUE;
  if (self->model != NULL)
    rt_outline_model_link_added (self->model, link);
  self->quiet = quiet;
}

static void
link_removed_cb (RtOutlineView *self,
                 const RtLink  *link)
{
  gboolean quiet = self->quiet;

  self->quiet = TRUE;
  if (self->model != NULL)
    rt_outline_model_link_removed (self->model, link);
  self->quiet = quiet;
}

static void
link_changed_cb (RtOutlineView *self,
                 const RtLink  *link)
{
  gboolean quiet = self->quiet;

  self->quiet = TRUE;
  if (self->model != NULL)
    rt_outline_model_link_changed (self->model, link);
  self->quiet = quiet;
}

static void
people_changed_cb (RtOutlineView *self)
{
  if (self->model == NULL)
    return;
  rt_outline_model_invalidate_items (self->model);
  rt_outline_binder_refresh (self->binder);
}

/* Hidden behind the map, the outline catches up when it is shown or asked
 * for its rows: an edit that moves many nodes costs a pass over the whole
 * map. */
static void
document_changed_cb (RtOutlineView *self)
{
  if (self->model == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (rt_outline_model_is_dirty (self->model))
    catch_up_later (self);
  else
    catch_up (self);
}

/* Editing and keys. */

gboolean
rt_outline_view_edit_selected (RtOutlineView *self)
{
  GtkTreeListRow *row;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), FALSE);

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return FALSE;
  item = gtk_tree_list_row_get_item (row);
  rt_outline_node_set_editing (RT_OUTLINE_NODE (item), TRUE);
  return TRUE;
}

static void
activate_cb (RtOutlineView *self,
             guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  rt_outline_view_edit_selected (self);
}

static void
delete_selected (RtOutlineView *self)
{
  g_autoptr(GError) error = NULL;
  RtCommand *command;

  if (self->document == NULL || self->selected_id == NULL)
    return;
  command = rt_command_remove_node (self->document, self->selected_id, &error);
  if (command == NULL || !rt_document_execute (self->document, command, &error))
    g_warning ("Could not remove %s: %s", self->selected_id, error->message);
}

static gboolean
key_pressed_cb (RtOutlineView         *self,
                guint                 keyval,
                guint                 keycode,
                GdkModifierType       state,
                GtkEventControllerKey *controller)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || row == NULL ||
      self->model == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_F2:
      return rt_outline_view_edit_selected (self);

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      delete_selected (self);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (gtk_tree_list_row_is_expandable (row))
        gtk_tree_list_row_set_expanded (row, TRUE);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (gtk_tree_list_row_is_expandable (row) && gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, FALSE);
      else
        {
          g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
          const char *parent = rt_outline_model_get_parent (self->model,
                                                           rt_outline_node_get_id (RT_OUTLINE_NODE (item)));

          if (parent != NULL)
            {
              rt_outline_view_select_node (self, parent);
              g_signal_emit (self, signals[NODE_SELECTED], 0, self->selected_id);
            }
        }
      return TRUE;

    default:
      return FALSE;
    }
}

/* Rows for tests. */

guint
rt_outline_view_get_n_rows (RtOutlineView *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), 0);
  catch_up (self);
  if (self->expander != NULL)
    rt_outline_expander_finish (self->expander);
  rt_outline_filter_finish (self->filtered);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
rt_outline_view_get_row (RtOutlineView *self,
                         guint         position,
                         guint         *depth)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), NULL);

  catch_up (self);
  if (self->expander != NULL)
    rt_outline_expander_finish (self->expander);
  rt_outline_filter_finish (self->filtered);
  row = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (row == NULL)
    return NULL;
  if (depth != NULL)
    *depth = gtk_tree_list_row_get_depth (row);
  item = gtk_tree_list_row_get_item (row);
  /* The tree's copy of the id lives as long as the node is in it. */
  return rt_outline_model_get_id (self->model, rt_outline_node_get_id (RT_OUTLINE_NODE (item)));
}

/* The document. */

void
rt_outline_view_set_document (RtOutlineView *self,
                              RtDocument    *document)
{
  g_return_if_fail (RT_IS_OUTLINE_VIEW (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->doc_handlers); i++)
        g_clear_signal_handler (&self->doc_handlers[i], self->document);
      g_clear_object (&self->document);
    }

  /* Another map: nothing of the old one stays. */
  self->quiet = TRUE;
  drop_tree (self);
  g_clear_pointer (&self->selected_id, g_free);
  self->select_pending = FALSE;
  self->quiet = FALSE;

  if (document != NULL)
    {
      guint h = 0;

      self->document = g_object_ref (document);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "node-added",
                                                          G_CALLBACK (node_added_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "node-removed",
                                                          G_CALLBACK (node_removed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "node-changed",
                                                          G_CALLBACK (node_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "link-added",
                                                          G_CALLBACK (link_added_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "link-removed",
                                                          G_CALLBACK (link_removed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "link-changed",
                                                          G_CALLBACK (link_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "person-changed",
                                                          G_CALLBACK (people_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "person-removed",
                                                          G_CALLBACK (people_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "changed",
                                                          G_CALLBACK (document_changed_cb), self);
      g_assert (h <= G_N_ELEMENTS (self->doc_handlers));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        catch_up_later (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RtDocument *
rt_outline_view_get_document (RtOutlineView *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), NULL);
  return self->document;
}

GtkWidget *
rt_outline_view_new (void)
{
  return g_object_new (RT_TYPE_OUTLINE_VIEW, NULL);
}

static void
rt_outline_view_dispose (GObject *object)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (object);

  rt_outline_view_set_document (self, NULL);
  g_clear_handle_id (&self->catch_up_id, g_source_remove);
  /* The filter may outlive the view with the list's models. */
  rt_outline_filter_set_model (self->filtered, NULL);
  rt_outline_filter_set_split_func (self->filtered, NULL, NULL);
  rt_outline_filter_set_ready (self->filtered, NULL, NULL);
  rt_outline_filter_set_done (self->filtered, NULL, NULL);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (rt_outline_view_parent_class)->dispose (object);
}

static void
rt_outline_view_finalize (GObject *object)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (object);

  rt_outline_binder_free (self->binder);
  g_free (self->selected_id);

  G_OBJECT_CLASS (rt_outline_view_parent_class)->finalize (object);
}

static void
rt_outline_view_get_property (GObject    *object,
                              guint      prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_outline_view_set_property (GObject      *object,
                              guint        prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_outline_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
rt_outline_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RT_OUTLINE_VIEW (widget)->list));
}

static void
rt_outline_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rt_outline_view_parent_class)->map (widget);
  catch_up_later (RT_OUTLINE_VIEW (widget));
}
static void
rt_outline_view_class_init (RtOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_outline_view_dispose;
  object_class->finalize = rt_outline_view_finalize;
  object_class->get_property = rt_outline_view_get_property;
  object_class->set_property = rt_outline_view_set_property;
  widget_class->grab_focus = rt_outline_view_grab_focus;
  widget_class->map = rt_outline_view_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[NODE_SELECTED] =
    g_signal_new ("node-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-outline-view");
}

static void
rt_outline_view_init (RtOutlineView *self)
{
  GtkListItemFactory *factory;
  GtkEventController *keys;

  self->binder = rt_outline_binder_new ();
  rt_outline_binder_set_edited (self->binder, G_CALLBACK (item_edited_cb), self);
  self->filtered = rt_outline_filter_new ();
  rt_outline_filter_set_split_func (self->filtered, selected_row_position, self);
  rt_outline_filter_set_ready (self->filtered, filter_ready, self);
  rt_outline_filter_set_done (self->filtered, G_CALLBACK (filter_done), self);
  self->window = gtk_slice_list_model_new (G_LIST_MODEL (self->filtered), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->window));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);

  factory = rt_outline_binder_new_factory (self->binder);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                 factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "rt-outline");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Outline of the map"), -1);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (activate_cb), self);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), keys);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

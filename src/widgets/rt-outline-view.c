/* rt-outline-view.c: the map as an indented, editable list
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "render/rt-layout-private.h"
#include "rt-outline-node.h"
#include "rt-outline-row.h"
#include "rt-outline-view.h"

struct _RtOutlineView
{
  GtkWidget           parent_instance;

  GtkWidget          *scrolled;   /* child */
  GtkListView        *list;
  GListStore         *roots;      /* owned: top-level RtOutlineNode */
  GtkTreeListModel   *tree;       /* owned */
  GtkFilterListModel *filtered;   /* owned by selection */
  GtkCustomFilter    *filter;     /* owned by filtered */
  GtkSingleSelection *selection;  /* owned */

  RtDocument         *document;   /* owned reference */
  GHashTable         *items;      /* node id (owned) → RtOutlineNode (owned) */
  /* Row expandability as the tree list made each row: a row cannot become
   * expandable later, so a node whose first child arrives is listed anew. */
  GHashTable         *expandable; /* RtOutlineNode (borrowed) → 1 + expandable */
  GHashTable         *shown;      /* referenced set of ids, or NULL: all */
  GHashTable         *context;    /* owned set of ids shown above matches */
  gboolean            dirty;      /* the tree must be brought up to date */
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

/* Structure. */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  RtOutlineView *self = user_data;
  GListStore *children = rt_outline_node_get_children (item);
  gboolean expandable = g_list_model_get_n_items (G_LIST_MODEL (children)) > 0;

  g_hash_table_insert (self->expandable, item, GINT_TO_POINTER (1 + expandable));
  return expandable ? g_object_ref (G_LIST_MODEL (children)) : NULL;
}

static GListStore *
store_of (RtOutlineView *self,
          RtOutlineNode *item)
{
  RtOutlineNode *parent = rt_outline_node_get_parent (item);

  return parent != NULL ? rt_outline_node_get_children (parent) : self->roots;
}

static gboolean
item_at_is (GListModel *model,
            guint       position,
            gpointer    item)
{
  g_autoptr(GObject) at = g_list_model_get_item (model, position);

  return at == item;
}

/* Makes store hold want, in order, touching only the rows that differ. */
static void
apply_children (GListStore    *store,
                GPtrArray     *want,
                RtOutlineNode *parent)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint p = 0, s = 0;

  for (guint i = 0; i < want->len; i++)
    rt_outline_node_set_parent (g_ptr_array_index (want, i), parent);
  while (p < n_old && p < want->len && item_at_is (model, p, g_ptr_array_index (want, p)))
    p++;
  if (p == n_old && p == want->len)
    return;
  while (s < n_old - p && s < want->len - p &&
         item_at_is (model, n_old - 1 - s, g_ptr_array_index (want, want->len - 1 - s)))
    s++;
  g_list_store_splice (store, p, n_old - p - s, want->pdata + p, want->len - p - s);
}

static RtOutlineNode *
ensure_item (RtOutlineView *self,
             const RtNode  *node);

static void
sync_structure (RtOutlineView *self)
{
  RtForest *forest;
  g_autofree guint *depth = NULL;
  g_autofree guint *order = NULL;
  g_autoptr(GPtrArray) want = g_ptr_array_new ();
  g_autoptr(GPtrArray) stale = g_ptr_array_new ();
  g_autofree char *selected = g_strdup (self->selected_id);
  GHashTableIter iter;
  gpointer key, value;
  guint max_depth = 0, k = 0;

  self->dirty = FALSE;
  if (self->document == NULL)
    {
      g_list_store_remove_all (self->roots);
      g_hash_table_remove_all (self->items);
      return;
    }

  forest = rt_forest_new (self->document);
  for (guint i = 0; i < forest->n; i++)
    ensure_item (self, forest->nodes[i]);

  self->quiet = TRUE;

  /* Rows whose expandability changes are listed anew. */
  for (guint i = 0; i < forest->n; i++)
    {
      RtOutlineNode *item = g_hash_table_lookup (self->items, forest->nodes[i]->id);
      int made = GPOINTER_TO_INT (g_hash_table_lookup (self->expandable, item));
      gboolean has = forest->child_start[i + 1] > forest->child_start[i];
      guint position;

      if (made != 0 && (made - 1) != has &&
          g_list_store_find (store_of (self, item), item, &position))
        {
          g_list_store_remove (store_of (self, item), position);
          g_hash_table_remove (self->expandable, item);
        }
    }

  /* Deepest first, so that a row is made with its children in place. */
  depth = g_new0 (guint, forest->n);
  for (guint i = 0; i < forest->n; i++)
    {
      guint d = 0;

      for (int j = forest->parent[i]; j >= 0 && d <= forest->n; j = forest->parent[j])
        d++;
      depth[i] = d;
      max_depth = MAX (max_depth, d);
    }
  order = g_new (guint, forest->n);
  for (guint d = max_depth + 1; d-- > 0;)
    for (guint i = 0; i < forest->n; i++)
      if (depth[i] == d)
        order[k++] = i;

  for (guint o = 0; o < forest->n; o++)
    {
      guint i = order[o];
      RtOutlineNode *item = g_hash_table_lookup (self->items, forest->nodes[i]->id);

      g_ptr_array_set_size (want, 0);
      for (guint c = forest->child_start[i]; c < forest->child_start[i + 1]; c++)
        g_ptr_array_add (want, g_hash_table_lookup (self->items,
                                                    forest->nodes[forest->child_list[c]]->id));
      apply_children (rt_outline_node_get_children (item), want, item);
    }

  /* The top level: problems that arise from nothing, then the rest. */
  g_ptr_array_set_size (want, 0);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < forest->n; i++)
      if (forest->parent[i] < 0 && (forest->nodes[i]->kind == RT_NODE_PROBLEM) == (pass == 0))
        g_ptr_array_add (want, g_hash_table_lookup (self->items, forest->nodes[i]->id));
  apply_children (self->roots, want, NULL);

  /* Nodes gone from the document. */
  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (rt_forest_lookup (forest, key) < 0)
      {
        g_list_store_remove_all (rt_outline_node_get_children (value));
        g_hash_table_remove (self->expandable, value);
        g_hash_table_iter_remove (&iter);
      }
  rt_forest_free (forest);

  if (self->shown != NULL)
    rt_outline_view_set_shown (self, self->shown);
  rt_outline_view_select_node (self, selected);
  self->quiet = FALSE;
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

static RtOutlineNode *
ensure_item (RtOutlineView *self,
             const RtNode  *node)
{
  RtOutlineNode *item = g_hash_table_lookup (self->items, node->id);

  if (item != NULL)
    return item;
  item = rt_outline_node_new (node->id);
  rt_outline_node_update (item, self->document, node);
  g_signal_connect_object (item, "edited", G_CALLBACK (item_edited_cb), self, G_CONNECT_SWAPPED);
  g_hash_table_insert (self->items, g_strdup (node->id), item);
  return item;
}

/* Document signals. */

static void
node_added_cb (RtOutlineView *self,
               const RtNode  *node)
{
  ensure_item (self, node);
  self->dirty = TRUE;
}

static void
node_changed_cb (RtOutlineView *self,
                 const RtNode  *node)
{
  RtOutlineNode *item = g_hash_table_lookup (self->items, node->id);

  if (item == NULL)
    {
      self->dirty = TRUE;
      return;
    }
  /* The kind decides whether a relates-to link is structural and where a
   * root is listed. */
  if (rt_outline_node_get_kind (item) != node->kind)
    self->dirty = TRUE;
  rt_outline_node_update (item, self->document, node);
}

static void
structure_changed_cb (RtOutlineView *self)
{
  self->dirty = TRUE;
}

static void
people_changed_cb (RtOutlineView *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const RtNode *node = rt_document_lookup_node (self->document, key);

      if (node != NULL)
        rt_outline_node_update (value, self->document, node);
    }
}

/* Hidden behind the map, the outline only notes that it is out of date
 * and catches up when it is shown or asked for its rows: a pass over a
 * very large map on every edit would freeze the window. */
static void
document_changed_cb (RtOutlineView *self)
{
  if (self->dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    sync_structure (self);
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

static GtkTreeListRow *
row_for_item (RtOutlineView *self,
              RtOutlineNode *item)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkTreeListRow *row = NULL;

  for (RtOutlineNode *i = item; i != NULL; i = rt_outline_node_get_parent (i))
    g_ptr_array_insert (chain, 0, i);

  for (guint c = 0; c < chain->len; c++)
    {
      RtOutlineNode *link = g_ptr_array_index (chain, c);
      GtkTreeListRow *next;
      guint position;

      if (!g_list_store_find (store_of (self, link), link, &position))
        {
          g_clear_object (&row);
          return NULL;
        }
      if (row == NULL)
        next = gtk_tree_list_model_get_child_row (self->tree, position);
      else
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          next = gtk_tree_list_row_get_child_row (row, position);
          g_object_unref (row);
        }
      row = next;
      if (row == NULL)
        return NULL;
    }
  return row;
}

void
rt_outline_view_select_node (RtOutlineView *self,
                             const char    *node_id)
{
  RtOutlineNode *item;
  g_autoptr(GtkTreeListRow) row = NULL;
  GListModel *model;
  guint n;
  gboolean quiet;

  g_return_if_fail (RT_IS_OUTLINE_VIEW (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      char *id = g_strdup (node_id);

      g_free (self->selected_id);
      self->selected_id = id;
      self->select_pending = TRUE;
      return;
    }
  self->select_pending = FALSE;
  item = node_id != NULL ? g_hash_table_lookup (self->items, node_id) : NULL;
  quiet = self->quiet;
  self->quiet = TRUE;
  if (item == NULL || (row = row_for_item (self, item)) == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_clear_pointer (&self->selected_id, g_free);
      self->quiet = quiet;
      return;
    }

  model = G_LIST_MODEL (self->filtered);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    if (item_at_is (model, i, row))
      {
        gtk_single_selection_set_selected (self->selection, i);
        g_free (self->selected_id);
        self->selected_id = g_strdup (node_id);
        if (gtk_widget_get_mapped (GTK_WIDGET (self->list)))
          gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
        break;
      }
  self->quiet = quiet;
}

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
             guint          position)
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
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || row == NULL)
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
          RtOutlineNode *parent = rt_outline_node_get_parent (RT_OUTLINE_NODE (item));

          if (parent != NULL)
            {
              rt_outline_view_select_node (self, rt_outline_node_get_id (parent));
              g_signal_emit (self, signals[NODE_SELECTED], 0, self->selected_id);
            }
        }
      return TRUE;

    default:
      return FALSE;
    }
}

/* Filtering. */

static gboolean
filter_func (gpointer row,
             gpointer user_data)
{
  RtOutlineView *self = user_data;
  g_autoptr(GObject) item = NULL;
  const char *id;

  if (self->shown == NULL)
    return TRUE;
  item = gtk_tree_list_row_get_item (row);
  id = rt_outline_node_get_id (RT_OUTLINE_NODE (item));
  return g_hash_table_contains (self->shown, id) || g_hash_table_contains (self->context, id);
}

void
rt_outline_view_set_shown (RtOutlineView *self,
                           GHashTable    *shown)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (RT_IS_OUTLINE_VIEW (self));

  if (shown != self->shown)
    {
      if (shown != NULL)
        g_hash_table_ref (shown);
      g_clear_pointer (&self->shown, g_hash_table_unref);
      self->shown = shown;
    }

  g_hash_table_remove_all (self->context);
  if (shown != NULL)
    {
      g_hash_table_iter_init (&iter, shown);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          RtOutlineNode *item = g_hash_table_lookup (self->items, key);

          for (RtOutlineNode *p = item != NULL ? rt_outline_node_get_parent (item) : NULL;
               p != NULL && !g_hash_table_contains (shown, rt_outline_node_get_id (p));
               p = rt_outline_node_get_parent (p))
            g_hash_table_add (self->context, (gpointer) rt_outline_node_get_id (p));
        }
    }
  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    rt_outline_node_set_context (value, g_hash_table_contains (self->context, key));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Rows. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), rt_outline_row_new ());
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  rt_outline_row_set_node (RT_OUTLINE_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))),
                           RT_OUTLINE_NODE (item));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  rt_outline_row_set_node (RT_OUTLINE_ROW (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))),
                           NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

/* Rows for tests. */

guint
rt_outline_view_get_n_rows (RtOutlineView *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), 0);
  if (self->dirty)
    sync_structure (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
rt_outline_view_get_row (RtOutlineView *self,
                         guint          position,
                         guint         *depth)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), NULL);

  if (self->dirty)
    sync_structure (self);
  row = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (row == NULL)
    return NULL;
  if (depth != NULL)
    *depth = gtk_tree_list_row_get_depth (row);
  item = gtk_tree_list_row_get_item (row);
  /* The id lives as long as the node's item in the table. */
  return rt_outline_node_get_id (g_hash_table_lookup (self->items,
                                                      rt_outline_node_get_id (RT_OUTLINE_NODE (item))));
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
  g_list_store_remove_all (self->roots);
  g_hash_table_remove_all (self->items);
  g_hash_table_remove_all (self->expandable);
  g_clear_pointer (&self->selected_id, g_free);
  self->quiet = FALSE;

  if (document != NULL)
    {
      guint h = 0;

      self->document = g_object_ref (document);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "node-added",
                                                          G_CALLBACK (node_added_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "node-removed",
                                                          G_CALLBACK (structure_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "node-changed",
                                                          G_CALLBACK (node_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "link-added",
                                                          G_CALLBACK (structure_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "link-removed",
                                                          G_CALLBACK (structure_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "link-changed",
                                                          G_CALLBACK (structure_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "person-changed",
                                                          G_CALLBACK (people_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "person-removed",
                                                          G_CALLBACK (people_changed_cb), self);
      self->doc_handlers[h++] = g_signal_connect_swapped (document, "changed",
                                                          G_CALLBACK (document_changed_cb), self);
      g_assert (h <= G_N_ELEMENTS (self->doc_handlers));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        sync_structure (self);
      else
        self->dirty = TRUE;
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
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (rt_outline_view_parent_class)->dispose (object);
}

static void
rt_outline_view_finalize (GObject *object)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (object);

  g_hash_table_unref (self->items);
  g_hash_table_unref (self->expandable);
  g_hash_table_unref (self->context);
  g_free (self->selected_id);

  G_OBJECT_CLASS (rt_outline_view_parent_class)->finalize (object);
}

static void
rt_outline_view_get_property (GObject    *object,
                              guint       prop_id,
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
                              guint         prop_id,
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
  RtOutlineView *self = RT_OUTLINE_VIEW (widget);

  GTK_WIDGET_CLASS (rt_outline_view_parent_class)->map (widget);
  if (self->dirty)
    sync_structure (self);
  else if (self->select_pending)
    {
      g_autofree char *id = g_strdup (self->selected_id);

      rt_outline_view_select_node (self, id);
    }
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

  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->expandable = g_hash_table_new (NULL, NULL);
  self->context = g_hash_table_new (g_str_hash, g_str_equal);
  self->roots = g_list_store_new (RT_TYPE_OUTLINE_NODE);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)), FALSE, TRUE,
                                        create_children_cb, self, NULL);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tree)),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
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

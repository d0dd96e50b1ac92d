/* test-outline.c: the outline's tree follows edits as a new one would be
 * built, and the outline in a window lists, selects, filters and keeps
 * its rows expanded or collapsed
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "model/rt-command.h"
#include "render/rt-layout.h"
#include "render/rt-sample-map.h"
#include "widgets/rt-outline-filter.h"
#include "widgets/rt-outline-model.h"
#include "widgets/rt-outline-view.h"

/* A model kept up to date as the view keeps it. */
typedef struct {
  RtDocument       *doc;
  RtOutlineModel   *model;
  GtkTreeListModel *rows;
  guint             syncs;
} Follow;

static GListModel *
create_cb (gpointer item,
           gpointer model)
{
  return rt_outline_model_create_children (model, item);
}

static GtkTreeListModel *
rows_of (RtOutlineModel *model)
{
  return gtk_tree_list_model_new (rt_outline_model_get_roots (model), FALSE, TRUE, create_cb,
                                  g_object_ref (model), g_object_unref);
}

static void
node_added_cb (Follow *f, const RtNode *node) { rt_outline_model_node_added (f->model, node); }
static void
node_removed_cb (Follow *f, const RtNode *node) { rt_outline_model_node_removed (f->model, node); }
static void
node_changed_cb (Follow *f, const RtNode *node) { rt_outline_model_node_changed (f->model, node); }
static void
link_added_cb (Follow *f, const RtLink *link) { rt_outline_model_link_added (f->model, link); }
static void
link_removed_cb (Follow *f, const RtLink *link) { rt_outline_model_link_removed (f->model, link); }
static void
link_changed_cb (Follow *f, const RtLink *link) { rt_outline_model_link_changed (f->model, link); }

static void
changed_cb (Follow *f)
{
  if (rt_outline_model_is_dirty (f->model))
    {
      rt_outline_model_sync (f->model);
      f->syncs++;
    }
}

static void
follow_init (Follow     *f,
             RtDocument *doc)
{
  f->doc = g_object_ref (doc);
  f->model = rt_outline_model_new (doc);
  rt_outline_model_prepare (f->model);
  rt_outline_model_sync (f->model);
  f->rows = rows_of (f->model);
  f->syncs = 0;
  g_signal_connect_swapped (doc, "node-added", G_CALLBACK (node_added_cb), f);
  g_signal_connect_swapped (doc, "node-removed", G_CALLBACK (node_removed_cb), f);
  g_signal_connect_swapped (doc, "node-changed", G_CALLBACK (node_changed_cb), f);
  g_signal_connect_swapped (doc, "link-added", G_CALLBACK (link_added_cb), f);
  g_signal_connect_swapped (doc, "link-removed", G_CALLBACK (link_removed_cb), f);
  g_signal_connect_swapped (doc, "link-changed", G_CALLBACK (link_changed_cb), f);
  g_signal_connect_swapped (doc, "changed", G_CALLBACK (changed_cb), f);
}

static void
follow_clear (Follow *f)
{
  g_signal_handlers_disconnect_by_data (f->doc, f);
  g_clear_object (&f->rows);
  g_clear_object (&f->model);
  g_clear_object (&f->doc);
}

/* "id/depth id/depth …" for every row. */
static char *
flatten (GListModel *rows)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(RtOutlineNode) item = gtk_tree_list_row_get_item (row);

      g_string_append_printf (s, "%s/%u ", rt_outline_node_get_id (item),
                              gtk_tree_list_row_get_depth (row));
    }
  return g_string_free (s, FALSE);
}

/* The rows of a tree built anew, each below the primary parent the
 * layout gives it, with the problems first at the top. */
static char *
built_anew (RtDocument *doc)
{
  g_autoptr(RtOutlineModel) model = rt_outline_model_new (doc);
  g_autoptr(GtkTreeListModel) rows = NULL;
  g_autofree int *parents = rt_layout_get_primary_parents (doc);
  g_autoptr(GPtrArray) above = g_ptr_array_new ();
  gboolean others = FALSE;
  guint n;

  rt_outline_model_sync (model);
  rows = rows_of (model);
  n = g_list_model_get_n_items (G_LIST_MODEL (rows));
  g_assert_cmpuint (n, ==, rt_document_get_n_nodes (doc));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_autoptr(RtOutlineNode) item = gtk_tree_list_row_get_item (row);
      const char *id = rt_outline_node_get_id (item);
      guint depth = gtk_tree_list_row_get_depth (row);
      int index = rt_document_get_node_index (doc, id);

      g_ptr_array_set_size (above, depth);
      g_ptr_array_add (above, (gpointer) id);
      if (depth == 0)
        {
          gboolean problem = rt_document_get_node (doc, index)->kind == RT_NODE_PROBLEM;

          g_assert_cmpint (parents[index], <, 0);
          g_assert_false (others && problem);
          others = others || !problem;
        }
      else
        g_assert_cmpstr (rt_document_get_node (doc, parents[index])->id, ==,
                         g_ptr_array_index (above, depth - 1));
    }
  return flatten (G_LIST_MODEL (rows));
}

static void
assert_follows (Follow *f)
{
  g_autofree char *live = flatten (G_LIST_MODEL (f->rows));
  g_autofree char *anew = built_anew (f->doc);

  g_assert_cmpstr (live, ==, anew);
}

static const char *
random_node (RtDocument *doc,
             GRand      *rand)
{
  guint n = rt_document_get_n_nodes (doc);

  return n > 0 ? rt_document_get_node (doc, g_rand_int_range (rand, 0, (gint32) n))->id : NULL;
}

static void
execute (RtDocument *doc,
         RtCommand  *command)
{
  g_autoptr(GError) error = NULL;

  if (command != NULL && !rt_document_execute (doc, command, &error))
    g_test_message ("refused: %s", error->message);
}

/* Adds a node linked to another, as a capture does; returns its id. */
static char *
add_linked_node (RtDocument *doc,
                 const char *to,
                 RtNodeKind  kind,
                 RtLinkKind  link_kind)
{
  char *id = rt_document_new_node_id (doc);
  g_autoptr(RtNode) node = rt_node_new (id, kind);
  g_autoptr(RtLink) link = rt_link_new (id, to, link_kind);

  rt_document_begin_group (doc, "Add");
  execute (doc, rt_command_add_node (node, -1));
  execute (doc, rt_command_add_link (link, -1));
  rt_document_end_group (doc);
  return id;
}

static void
random_edit (RtDocument *doc,
             GRand      *rand)
{
  guint n_links = rt_document_get_n_links (doc);
  const RtLink *link = n_links > 0 ? rt_document_get_link (doc, g_rand_int_range (rand, 0, (gint32) n_links))
                                   : NULL;
  RtNodeKind kind = g_rand_int_range (rand, 0, RT_N_NODE_KINDS);
  RtLinkKind link_kind = g_rand_int_range (rand, 0, RT_N_LINK_KINDS);
  g_autoptr(GError) error = NULL;

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
      g_free (add_linked_node (doc, random_node (doc, rand), kind, link_kind));
      break;
    case 1:
      {
        g_autoptr(RtLink) added = rt_link_new (random_node (doc, rand), random_node (doc, rand),
                                               link_kind);
        int index = g_rand_boolean (rand) ? -1 : g_rand_int_range (rand, 0, (gint32) n_links + 1);

        execute (doc, rt_command_add_link (added, index));
      }
      break;
    case 2:
      if (link != NULL)
        execute (doc, rt_command_remove_link (link->from, link->to, link->kind));
      break;
    case 3:
      execute (doc, rt_command_set_kind (random_node (doc, rand), kind));
      break;
    case 4:
      if (link != NULL)
        execute (doc, rt_command_set_link_kind (link->from, link->to, link->kind, link_kind));
      break;
    case 5:
      execute (doc, rt_command_remove_node (doc, random_node (doc, rand), &error));
      break;
    case 6:
    case 7:
      rt_document_undo (doc);
      break;
    default:
      rt_document_redo (doc);
      break;
    }
}

static void
test_follows_random_edits (void)
{
  for (guint32 seed = 1; seed <= 4; seed++)
    {
      g_autoptr(RtDocument) doc = rt_sample_map_new (120, seed, FALSE);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      Follow f;

      follow_init (&f, doc);
      assert_follows (&f);
      for (guint i = 0; i < 150; i++)
        {
          random_edit (doc, rand);
          assert_follows (&f);
        }
      g_test_message ("seed %u: %u full passes in 150 edits", seed, f.syncs);
      follow_clear (&f);
    }
}

/* Adding a node, changing its kind and undoing move one row at a time. */
static void
test_follows_one_node (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (2000, 7, FALSE);
  const char *problem = NULL;
  g_autofree char *id = NULL;
  Follow f;

  for (guint i = 0; i < rt_document_get_n_nodes (doc) && problem == NULL; i++)
    if (rt_document_get_node (doc, i)->kind == RT_NODE_PROBLEM)
      problem = rt_document_get_node (doc, i)->id;
  g_assert_nonnull (problem);
  follow_init (&f, doc);

  id = add_linked_node (doc, problem, RT_NODE_RESPONSE, RT_LINK_RESPONDS_TO);
  assert_follows (&f);
  g_assert_cmpstr (rt_layout_get_primary_parent (doc, id)->id, ==, problem);
  g_free (add_linked_node (doc, id, RT_NODE_PRO, RT_LINK_SUPPORTS));
  assert_follows (&f);
  execute (doc, rt_command_set_kind (id, RT_NODE_NOTE));
  assert_follows (&f);
  g_free (id);
  /* A note relates to what it is placed under; as a problem it is not. */
  id = add_linked_node (doc, problem, RT_NODE_NOTE, RT_LINK_RELATES_TO);
  assert_follows (&f);
  g_assert_cmpstr (rt_layout_get_primary_parent (doc, id)->id, ==, problem);
  execute (doc, rt_command_set_kind (id, RT_NODE_PROBLEM));
  assert_follows (&f);
  g_assert_null (rt_layout_get_primary_parent (doc, id));
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (rt_document_undo (doc));
      assert_follows (&f);
    }
  g_assert_true (rt_document_redo (doc));
  assert_follows (&f);
  g_assert_cmpuint (f.syncs, ==, 0);
  follow_clear (&f);
}

/* The view in a window. */

static void
run_pending (void)
{
  for (int i = 0; i < 200; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static GtkListView *
list_of (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *list = GTK_IS_LIST_VIEW (child) ? GTK_LIST_VIEW (child) : list_of (child);

      if (list != NULL)
        return list;
    }
  return NULL;
}

static guint
depth_of (RtDocument *doc,
          const char *id)
{
  guint depth = 0;

  for (const RtNode *p = rt_layout_get_primary_parent (doc, id); p != NULL;
       p = rt_layout_get_primary_parent (doc, p->id))
    depth++;
  return depth;
}

static void
test_view (void)
{
  g_autoptr(RtDocument) doc = rt_sample_map_new (3000, 11, FALSE);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *window = gtk_window_new ();
  RtOutlineView *view = RT_OUTLINE_VIEW (rt_outline_view_new ());
  guint n = rt_document_get_n_nodes (doc);
  GListModel *listed;
  const char *deep = NULL;
  g_autofree char *added = NULL;
  guint depth = 0, hidden;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  rt_outline_view_set_document (view, doc);
  gtk_window_present (GTK_WINDOW (window));
  run_pending ();
  listed = G_LIST_MODEL (gtk_list_view_get_model (list_of (GTK_WIDGET (view))));

  /* Every node, every row expanded, in the list too once it has them. */
  g_assert_cmpuint (rt_outline_view_get_n_rows (view), ==, n);
  run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, n);

  /* A node deep down is selected, the rows above it expanded. */
  for (guint i = n; i-- > 0 && depth < 2;)
    {
      deep = rt_document_get_node (doc, i)->id;
      depth = depth_of (doc, deep);
    }
  g_assert_cmpuint (depth, >=, 2);
  rt_outline_view_select_node (view, deep);
  g_assert_cmpstr (rt_outline_view_get_selected (view), ==, deep);
  {
    guint position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (listed));
    guint row_depth;

    g_assert_cmpstr (rt_outline_view_get_row (view, position, &row_depth), ==, deep);
    g_assert_cmpuint (row_depth, ==, depth);
  }

  /* A collapsed row stays collapsed through an edit elsewhere. */
  {
    g_autoptr(GtkTreeListRow) first = g_list_model_get_item (listed, 0);

    gtk_tree_list_row_set_expanded (first, FALSE);
    hidden = n - rt_outline_view_get_n_rows (view);
    g_assert_cmpuint (hidden, >, 0);
    added = add_linked_node (doc, deep, RT_NODE_CON, RT_LINK_OPPOSES);
    g_assert_cmpuint (rt_outline_view_get_n_rows (view), ==, n + 1 - hidden);
    g_assert_false (gtk_tree_list_row_get_expanded (first));
    gtk_tree_list_row_set_expanded (first, TRUE);
    g_assert_cmpuint (rt_outline_view_get_n_rows (view), ==, n + 1);
  }

  /* The new node lists below the one it opposes; selected, the view
   * follows. */
  rt_outline_view_select_node (view, added);
  g_assert_cmpstr (rt_outline_view_get_selected (view), ==, added);
  {
    guint position = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (listed));
    guint row_depth;

    g_assert_cmpstr (rt_outline_view_get_row (view, position - 1, NULL), ==, deep);
    g_assert_cmpstr (rt_outline_view_get_row (view, position, &row_depth), ==, added);
    g_assert_cmpuint (row_depth, ==, depth + 1);
  }

  /* A search shows what it found and, dimmed, what is above it. */
  g_hash_table_add (shown, (gpointer) added);
  rt_outline_view_set_shown (view, shown);
  g_assert_cmpuint (rt_outline_view_get_n_rows (view), ==, depth + 2);
  g_assert_cmpstr (rt_outline_view_get_row (view, depth + 1, NULL), ==, added);
  {
    g_autoptr(GtkTreeListRow) top = g_list_model_get_item (listed, 0);
    g_autoptr(RtOutlineNode) item = gtk_tree_list_row_get_item (top);
    g_autoptr(GtkTreeListRow) last = g_list_model_get_item (listed, depth + 1);
    g_autoptr(RtOutlineNode) found = gtk_tree_list_row_get_item (last);

    g_assert_true (rt_outline_node_get_context (item));
    g_assert_false (rt_outline_node_get_context (found));
  }
  rt_outline_view_set_shown (view, NULL);
  g_assert_cmpuint (rt_outline_view_get_n_rows (view), ==, n + 1);

  /* Undone, the row goes, and the selection with it; hidden and shown
   * again, the outline has caught up and selects what it is told to. */
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpuint (rt_outline_view_get_n_rows (view), ==, n);
  g_assert_null (rt_outline_view_get_selected (view));
  gtk_widget_set_visible (GTK_WIDGET (view), FALSE);
  g_assert_true (rt_document_redo (doc));
  rt_outline_view_select_node (view, added);
  gtk_widget_set_visible (GTK_WIDGET (view), TRUE);
  run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, n + 1);
  g_assert_cmpstr (rt_outline_view_get_selected (view), ==, added);
  g_assert_cmpstr (rt_outline_view_get_row (view, gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (listed)),
                                            NULL), ==, added);

  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
}

/* The outline's filter of rows lists what a GtkFilterListModel with the
 * same function lists, at once on a small model and after idle slices on
 * a large one, while rows come and go in the meantime; what it tells of
 * its changes adds up to what it lists. */
static guint divisor;

static gboolean
divides (gpointer item,
         gpointer data)
{
  return divisor != 0 &&
         g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10) % divisor == 0;
}

static void
mirror_cb (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           GPtrArray  *mirror)
{
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (model, position + i));
}

static void
assert_same (RtOutlineFilter *filter,
             GPtrArray       *mirror,
             GListModel      *expected)
{
  guint n = g_list_model_get_n_items (expected);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, n);
  g_assert_cmpuint (mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (G_LIST_MODEL (filter), i);
      g_autoptr(GObject) b = g_list_model_get_item (expected, i);

      g_assert_true (a == b);
      g_assert_true (g_ptr_array_index (mirror, i) == b);
    }
}

static void
fill (GListStore *store,
      guint       from,
      guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", from + i);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }
}

static void
test_filter_rows (void)
{
  const guint sizes[] = { 100, 20000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
      g_autoptr(RtOutlineFilter) filter = rt_outline_filter_new ();
      g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
      GtkCustomFilter *custom = gtk_custom_filter_new (NULL, NULL, NULL);
      g_autoptr(GtkFilterListModel) expected =
        gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)), GTK_FILTER (custom));
      const guint divisors[] = { 3, 7, 1, 0, 5, 2 };

      fill (store, 0, sizes[s]);
      g_signal_connect (filter, "items-changed", G_CALLBACK (mirror_cb), mirror);
      rt_outline_filter_set_model (filter, G_LIST_MODEL (store));
      assert_same (filter, mirror, G_LIST_MODEL (expected));
      for (guint d = 0; d < G_N_ELEMENTS (divisors); d++)
        {
          divisor = divisors[d];
          rt_outline_filter_set_func (filter, divides, NULL);
          gtk_custom_filter_set_filter_func (custom, divides, NULL, NULL);
          if (sizes[s] > 10000)
            {
              g_assert_true (rt_outline_filter_is_pending (filter));
              /* Rows come and go while it looks. */
              fill (store, sizes[s] + d * 10, 10);
              g_list_store_splice (store, 5, 3, NULL, 0);
              while (rt_outline_filter_is_pending (filter))
                g_main_context_iteration (NULL, TRUE);
            }
          else
            g_assert_false (rt_outline_filter_is_pending (filter));
          assert_same (filter, mirror, G_LIST_MODEL (expected));
        }
      /* Every row again. */
      rt_outline_filter_set_func (filter, NULL, NULL);
      rt_outline_filter_finish (filter);
      gtk_custom_filter_set_filter_func (custom, NULL, NULL, NULL);
      assert_same (filter, mirror, G_LIST_MODEL (expected));
      rt_outline_filter_set_model (filter, NULL);
      g_assert_cmpuint (mirror->len, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/outline/model/random-edits", test_follows_random_edits);
  g_test_add_func ("/outline/model/one-node", test_follows_one_node);
  g_test_add_func ("/outline/view", test_view);
  g_test_add_func ("/outline/filter-rows", test_filter_rows);
  return g_test_run ();
}

/* rt-search-bar.c: finding nodes, and showing only some kinds, statuses
 * and people
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-search-bar-private.h"
#include "rt-widget-util.h"

G_DEFINE_FINAL_TYPE (RtSearchBar, rt_search_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SEARCH_MODE_ENABLED,
  N_PROPS
};

enum {
  FILTER_CHANGED,
  MATCH_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


/* Matching. */

static void
update_count (RtSearchBar *self)
{
  g_autofree char *text = NULL;
  guint n = self->match_list->len;
  guint index = 0;

  if (!rt_filter_is_active (self->filter) || self->document == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->count), "");
      return;
    }
  if (n == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->count), _("No matches"));
      return;
    }
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (g_ptr_array_index (self->match_list, i), self->current) == 0)
      index = i + 1;
  if (index > 0)
    /* Translators: the match shown and how many nodes match: "2 of 7". */
    text = g_strdup_printf (_("%u of %u"), index, n);
  else
    text = g_strdup_printf (ngettext ("%u match", "%u matches", n), n);
  gtk_label_set_text (GTK_LABEL (self->count), text);
}

/* Folding every node's texts takes a while on a large map: it is done in
 * idle time once the bar opens, a slice at a time, and a search typed in
 * the meantime is counted when it is done. */
#define FOLD_SLICE_US 8000
/* Fewer texts than this are folded at once. */
#define FOLD_AT_ONCE 2000

typedef struct {
  char     *text;           /* folded, or NULL when empty */
  char     *details;
  gboolean  is_folded;
  gboolean  removed;        /* the node left the document */
  char      id[];
} Folded;

static Folded *
folded_entry (RtSearchBar  *self,
              const RtNode *node)
{
  Folded *entry = g_hash_table_lookup (self->folded, node->id);
  gsize len;

  if (entry != NULL)
    {
      if (entry->removed)
        {
          entry->removed = FALSE;
          self->n_removed--;
        }
      return entry;
    }
  len = strlen (node->id);
  entry = g_malloc0 (sizeof (Folded) + len + 1);
  memcpy (entry->id, node->id, len + 1);
  g_hash_table_insert (self->folded, entry->id, entry);
  self->n_unfolded++;
  return entry;
}

static void
folded_free (gpointer data)
{
  Folded *entry = data;

  g_free (entry->text);
  g_free (entry->details);
  g_free (entry);
}

static void
fold_entry (RtSearchBar  *self,
            Folded       *entry,
            const RtNode *node)
{
  if (entry->is_folded)
    return;
  entry->text = node->text != NULL && *node->text != '\0' ? rt_filter_fold (node->text) : NULL;
  entry->details = node->details != NULL && *node->details != '\0'
                     ? rt_filter_fold (node->details) : NULL;
  entry->is_folded = TRUE;
  self->n_unfolded--;
}

static void
unfold_entry (RtSearchBar *self,
              Folded      *entry)
{
  if (!entry->is_folded)
    return;
  g_clear_pointer (&entry->text, g_free);
  g_clear_pointer (&entry->details, g_free);
  entry->is_folded = FALSE;
  self->n_unfolded++;
}

/* Folds the texts of the nodes from fold_next on for budget microseconds
 * (all of them for a negative budget); TRUE when every node's are. */
static gboolean
fold_slice (RtSearchBar *self,
            gint64       budget)
{
  guint n = self->document != NULL ? rt_document_get_n_nodes (self->document) : 0;
  gint64 end = g_get_monotonic_time () + budget;

  while (self->fold_next < n)
    {
      const RtNode *node = rt_document_get_node (self->document, self->fold_next++);

      fold_entry (self, folded_entry (self, node), node);
      if (budget >= 0 && (self->fold_next & 63) == 0 && g_get_monotonic_time () >= end)
        return FALSE;
    }
  return TRUE;
}

static void count_now (RtSearchBar *self,
                       gboolean     typed);

static gboolean
fold_idle_cb (gpointer data)
{
  RtSearchBar *self = data;

  if (!fold_slice (self, FOLD_SLICE_US))
    return G_SOURCE_CONTINUE;
  self->fold_id = 0;
  if (self->pending)
    {
      self->pending = FALSE;
      count_now (self, self->pending_typed);
    }
  return G_SOURCE_REMOVE;
}

/* Whether every node's texts are folded; if not, folding goes on in idle
 * time. */
static gboolean
texts_folded (RtSearchBar *self)
{
  guint n = self->document != NULL ? rt_document_get_n_nodes (self->document) : 0;

  if (self->n_unfolded == 0 && g_hash_table_size (self->folded) - self->n_removed >= n)
    return TRUE;
  if (self->fold_id == 0)
    {
      self->fold_next = 0;
      self->fold_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fold_idle_cb, self, NULL);
    }
  return FALSE;
}

static void
stop_folding (RtSearchBar *self)
{
  g_clear_handle_id (&self->fold_id, g_source_remove);
  self->pending = FALSE;
}

/* Drops every text, and the counts that borrow their ids. */
static void
forget_texts (RtSearchBar *self)
{
  stop_folding (self);
  g_hash_table_remove_all (self->matches);
  g_hash_table_remove_all (self->unmatched);
  g_ptr_array_set_size (self->match_list, 0);
  g_array_set_size (self->match_index, 0);
  g_hash_table_remove_all (self->folded);
  self->n_unfolded = 0;
  self->n_removed = 0;
  self->stale = TRUE;
}

static void
recompute (RtSearchBar *self)
{
  guint n = self->document != NULL ? rt_document_get_n_nodes (self->document) : 0;
  gboolean text = rt_filter_has_text (self->filter);

  g_hash_table_remove_all (self->matches);
  g_hash_table_remove_all (self->unmatched);
  g_ptr_array_set_size (self->match_list, 0);
  g_array_set_size (self->match_index, 0);
  if (self->n_removed > 0)
    {
      GHashTableIter iter;
      Folded *entry;

      g_hash_table_iter_init (&iter, self->folded);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
        if (entry->removed)
          {
            if (!entry->is_folded)
              self->n_unfolded--;
            g_hash_table_iter_remove (&iter);
          }
      self->n_removed = 0;
    }
  for (guint i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (self->document, i);
      Folded *entry = folded_entry (self, node);

      if (text)
        fold_entry (self, entry, node);
      if (rt_filter_matches_folded (self->filter, node, entry->text, entry->details))
        {
          g_hash_table_add (self->matches, entry->id);
          g_ptr_array_add (self->match_list, entry->id);
          g_array_append_val (self->match_index, i);
        }
      else
        g_hash_table_add (self->unmatched, entry->id);
    }
  self->stale = FALSE;
  gtk_widget_set_sensitive (self->count, self->match_list->len > 0);
  update_count (self);
}

static void
count_now (RtSearchBar *self,
           gboolean     typed)
{
  recompute (self);
  g_signal_emit (self, signals[FILTER_CHANGED], 0);
  /* Searching as one types: the first match from where one is. */
  if (typed && rt_filter_has_text (self->filter) && self->match_list->len > 0 &&
      (self->current == NULL || !g_hash_table_contains (self->matches, self->current)))
    rt_search_bar_next_match (self, TRUE);
}

/* Counts the matches anew and tells; with a search text on a large map
 * whose texts are not all folded yet, once they are unless at_once. */
static void
count_matches (RtSearchBar *self,
               gboolean     typed,
               gboolean     at_once)
{
  if (rt_filter_has_text (self->filter) && !texts_folded (self))
    {
      guint n = rt_document_get_n_nodes (self->document);
      guint known = g_hash_table_size (self->folded) - self->n_removed;

      /* Nodes without an entry are yet to be folded too. */
      if (at_once || self->n_unfolded + (n > known ? n - known : 0) < FOLD_AT_ONCE)
        stop_folding (self);
      else
        {
          self->pending = TRUE;
          self->pending_typed = self->pending_typed || typed;
          return;
        }
    }
  else if (self->pending)
    stop_folding (self);
  self->pending_typed = FALSE;
  count_now (self, typed);
}

static void
update_filter_button (RtSearchBar *self)
{
  if (rt_filter_has_filters (self->filter))
    gtk_widget_add_css_class (self->filter_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->filter_button, "suggested-action");
}

void
rt_search_bar_filter_changed (RtSearchBar *self)
{
  update_filter_button (self);
  count_matches (self, FALSE, FALSE);
}

static void
document_changed_cb (RtSearchBar *self)
{
  self->stale = TRUE;
  /* Nodes may have moved: folding goes on from the first. */
  if (self->fold_id != 0)
    self->fold_next = 0;
  if (self->enabled)
    rt_search_bar_filter_changed (self);
}

static void
node_changed_cb (RtSearchBar  *self,
                 const RtNode *node)
{
  Folded *entry = g_hash_table_lookup (self->folded, node->id);

  if (entry != NULL)
    unfold_entry (self, entry);
}

static void
node_removed_cb (RtSearchBar  *self,
                 const RtNode *node)
{
  Folded *entry = g_hash_table_lookup (self->folded, node->id);

  /* Dropped at the next count: the sets still hold its id. */
  if (entry != NULL && !entry->removed)
    {
      entry->removed = TRUE;
      self->n_removed++;
    }
}

gboolean
rt_search_bar_next_match (RtSearchBar *self,
                          gboolean     forward)
{
  int current = -1;
  guint n;
  const char *found = NULL;

  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), FALSE);

  n = self->match_list->len;
  if (self->document == NULL || n == 0)
    return FALSE;
  if (self->current != NULL)
    current = rt_document_get_node_index (self->document, self->current);

  /* The first match past the current node in document order. */
  if (!self->stale && current >= 0)
    {
      guint lo = 0, hi = n;

      /* The indexes rise: halve the range for the first past current. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (self->match_index, guint, mid) <= (guint) current)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (forward && lo < n)
        found = g_ptr_array_index (self->match_list, lo);
      else if (!forward)
        {
          /* Past the ones at or before current, back over current itself. */
          guint k = lo;

          while (k > 0 && g_array_index (self->match_index, guint, k - 1) >= (guint) current)
            k--;
          if (k > 0)
            found = g_ptr_array_index (self->match_list, k - 1);
        }
    }
  for (guint k = 0; (self->stale || current < 0) && k < n && found == NULL; k++)
    {
      const char *id = g_ptr_array_index (self->match_list, forward ? k : n - 1 - k);
      int index = rt_document_get_node_index (self->document, id);

      if (current < 0 || (forward ? index > current : index < current))
        found = id;
    }
  if (found == NULL)
    found = g_ptr_array_index (self->match_list, forward ? 0 : n - 1);

  g_free (self->current);
  self->current = g_strdup (found);
  update_count (self);
  g_signal_emit (self, signals[MATCH_ACTIVATED], 0, self->current);
  return TRUE;
}

static void
search_changed (RtSearchBar *self,
                gboolean     at_once)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (!rt_filter_set_text (self->filter, text))
    return;
  update_filter_button (self);
  count_matches (self, TRUE, at_once);
}

static void
search_changed_cb (RtSearchBar *self)
{
  search_changed (self, FALSE);
}

static void
next_cb (RtSearchBar *self)
{
  rt_search_bar_next_match (self, TRUE);
}

static void
previous_cb (RtSearchBar *self)
{
  rt_search_bar_next_match (self, FALSE);
}

static void
stop_search_cb (RtSearchBar *self)
{
  rt_search_bar_set_search_mode (self, FALSE);
}

static gboolean
entry_key_cb (RtSearchBar           *self,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & GDK_SHIFT_MASK) != 0)
    {
      rt_search_bar_next_match (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

/* Public. */

GtkWidget *
rt_search_bar_new (void)
{
  return g_object_new (RT_TYPE_SEARCH_BAR, NULL);
}

void
rt_search_bar_set_document (RtSearchBar *self,
                            RtDocument  *document)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, node_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->document, node_removed_cb, self);
    }
  forget_texts (self);
  rt_widget_follow_document (self, &self->document, document, G_CALLBACK (document_changed_cb));
  if (document != NULL)
    {
      g_signal_connect_object (document, "node-changed", G_CALLBACK (node_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "node-removed", G_CALLBACK (node_removed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_clear_pointer (&self->current, g_free);
  update_filter_button (self);
  count_matches (self, FALSE, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RtDocument *
rt_search_bar_get_document (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);
  return self->document;
}

void
rt_search_bar_set_search_mode (RtSearchBar *self,
                               gboolean     enabled)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->bar), enabled);
}

gboolean
rt_search_bar_get_search_mode (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), FALSE);
  return self->enabled;
}

static void
search_mode_cb (RtSearchBar *self)
{
  gboolean enabled = gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->bar));

  if (enabled == self->enabled)
    return;
  self->enabled = enabled;
  /* The texts are folded ahead of the first search. */
  if (enabled)
    texts_folded (self);
  if (self->stale)
    rt_search_bar_filter_changed (self);
  else
    g_signal_emit (self, signals[FILTER_CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);
}

void
rt_search_bar_focus_entry (RtSearchBar *self)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));

  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

RtFilter *
rt_search_bar_get_filter (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);
  return self->filter;
}

void
rt_search_bar_set_text (RtSearchBar *self,
                        const char  *text)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  /* GtkSearchEntry waits a moment before "search-changed". */
  search_changed (self, TRUE);
}

gboolean
rt_search_bar_is_filtering (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), FALSE);
  return self->enabled && self->document != NULL && rt_filter_is_active (self->filter);
}

GHashTable *
rt_search_bar_get_matches (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);
  return self->matches;
}

GHashTable *
rt_search_bar_get_unmatched (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);
  return self->unmatched;
}

guint
rt_search_bar_get_n_matches (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), 0);
  return self->match_list->len;
}

void
rt_search_bar_set_current (RtSearchBar *self,
                           const char  *node_id)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));

  if (g_strcmp0 (self->current, node_id) == 0)
    return;
  g_free (self->current);
  self->current = g_strdup (node_id);
  update_count (self);
}

/* GObject. */

static void
rt_search_bar_dispose (GObject *object)
{
  RtSearchBar *self = RT_SEARCH_BAR (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, node_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->document, node_removed_cb, self);
    }
  rt_widget_follow_document (self, &self->document, NULL, G_CALLBACK (document_changed_cb));
  stop_folding (self);
  g_clear_pointer (&self->bar, gtk_widget_unparent);

  G_OBJECT_CLASS (rt_search_bar_parent_class)->dispose (object);
}

static void
rt_search_bar_finalize (GObject *object)
{
  RtSearchBar *self = RT_SEARCH_BAR (object);

  rt_filter_free (self->filter);
  g_hash_table_unref (self->matches);
  g_hash_table_unref (self->unmatched);
  g_ptr_array_unref (self->match_list);
  g_array_unref (self->match_index);
  g_hash_table_unref (self->folded);
  g_free (self->current);

  G_OBJECT_CLASS (rt_search_bar_parent_class)->finalize (object);
}

static void
rt_search_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RtSearchBar *self = RT_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_search_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RtSearchBar *self = RT_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_search_bar_set_document (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE_ENABLED:
      rt_search_bar_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_search_bar_class_init (RtSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_search_bar_dispose;
  object_class->finalize = rt_search_bar_finalize;
  object_class->get_property = rt_search_bar_get_property;
  object_class->set_property = rt_search_bar_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FILTER_CHANGED] =
    g_signal_new ("filter-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MATCH_ACTIVATED] =
    g_signal_new ("match-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
rt_search_bar_init (RtSearchBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *previous, *next;
  GtkEventController *keys;

  self->filter = rt_filter_new ();
  self->folded = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, folded_free);
  self->matches = g_hash_table_new (g_str_hash, g_str_equal);
  self->unmatched = g_hash_table_new (g_str_hash, g_str_equal);
  self->match_list = g_ptr_array_new ();
  self->match_index = g_array_new (FALSE, FALSE, sizeof (guint));
  self->stale = TRUE;

  self->entry = gtk_search_entry_new ();
  /* Narrow at least: the bar is as wide as the map's column must be even
   * while hidden, and a wider one folds the people panel over the map. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 12);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->entry), 32);
  g_object_set (self->entry, "placeholder-text", _("Find in the map"), NULL);
  gtk_box_append (GTK_BOX (box), self->entry);

  previous = icon_button ("go-up-symbolic", _("Previous Match (Shift+Enter)"));
  next = icon_button ("go-down-symbolic", _("Next Match (Enter)"));
  gtk_box_append (GTK_BOX (box), previous);
  gtk_box_append (GTK_BOX (box), next);

  self->count = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->count), 11);
  gtk_widget_add_css_class (self->count, "dim-label");
  gtk_widget_add_css_class (self->count, "numeric");
  gtk_box_append (GTK_BOX (box), self->count);

  self->filter_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->filter_button), _("Filters"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->filter_button),
                               rt_search_bar_build_filter_popover (self));
  gtk_widget_set_tooltip_text (self->filter_button,
                               _("Show only some kinds, statuses or people"));
  gtk_box_append (GTK_BOX (box), self->filter_button);

  self->bar = gtk_search_bar_new ();
  gtk_search_bar_set_child (GTK_SEARCH_BAR (self->bar), box);
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->bar), GTK_EDITABLE (self->entry));
  gtk_search_bar_set_show_close_button (GTK_SEARCH_BAR (self->bar), TRUE);
  gtk_widget_set_parent (self->bar, GTK_WIDGET (self));

  g_signal_connect_swapped (self->bar, "notify::search-mode-enabled",
                            G_CALLBACK (search_mode_cb), self);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (next_cb), self);
  g_signal_connect_swapped (self->entry, "next-match", G_CALLBACK (next_cb), self);
  g_signal_connect_swapped (self->entry, "previous-match", G_CALLBACK (previous_cb), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (stop_search_cb), self);
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (next_cb), self);
  g_signal_connect_swapped (previous, "clicked", G_CALLBACK (previous_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (entry_key_cb), self);
  gtk_widget_add_controller (self->entry, keys);
}
